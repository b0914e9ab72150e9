"""A news report's summary deck under its title (a rule of the Chinese blocks, run after
:func:`.zh_tails.decks_under_title`, which takes the short decks).

Under the title of a news report, above the paragraph its dateline lead opens (【新华社北京二日电】,
新华社三日讯　), the paper may print a summary of the news in one or more sentences, longer than a
deck's line: ``两个世界两个经济制度的鲜明对比，以全部力量显露出来。在社会主义国家，…``,
``阮明芳代表南越民族解放阵线中央向毛主席林副主席表示深切感谢中国人民支援，并递交解放阵线政治纲领。``.
Nothing but a deck stands between the title and the report's lead: that one paragraph, right under
the title's decks, is a subtitle. Not a quotation (an epigraph opens with a quotation mark, or
names its speaker first: 毛主席教导我们：“…”, 最高指示：“…”, or quotes 毛主席语录), not a picture's
caption (图为…), not a long paragraph (the body's first, when the lead stands lower), not a line
opening with a lead itself, nor one whose own text ends announcing what follows (…如下：); and the
lead under it opens the text's only report (not 又讯, a second report's; not the second item of a
page of news items, each under its own lead: the paragraph above is the first item's text).

The other way round (issue 13, round t): short lines under a title over its first lead, which
:func:`.zh_tails.decks_under_title` takes as decks, are the first report's heading when another
report below has a heading they parallel (:func:`report_heading`): the text is a page of reports
under one title (1951-09-06, four reports of one news; 2000-08-01, the column 友好往来). Dev blocks
+3 (1950s +1, 2000s +2; both halves); nothing moves outside the gold. The threshold of parallel
headings (:data:`PARALLEL_PAIRS`, 3) was set knowing a made-up near-miss with 2 pairs in common
(京沪津穗群众集会游行 / 上海百万群众游行) and 1999-03-02 (友好往来 again, outside the gold, its first
heading sharing 会见 alone with the next: left a subtitle, as before). Parallel is more than
pairs in common (review of round t): one long name shared (中国人民志愿军, 长江三峡工程) or a deck
naming every report's place (北京上海天津广州等地群众集会游行 over 上海百万群众集会游行) is no parallel
(:func:`.deck_lead.parallel`: the same opening words, or pairs in two places of each line).
"""

from __future__ import annotations

import itertools

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import DECK_KINDS, Block, BlockKind
from . import deck_lead, deck_summary

#: The longest summary deck.
_SUMMARY_LENGTH = 200
#: What a summary deck is not: a quotation (“…”), an epigraph naming its speaker (最高指示：“…”), a
#: picture's caption (图为…, 上图：…).
_NOT_SUMMARY = lazy(r"^(?:[“「『]|[^，。！？“”]{1,16}[：:][“「『]|图为|[上下左右中]?图[一二三四五六七八九十]*[：:])")


def summary_deck(blocks: list[Block]) -> None:
    """The one paragraph between the title's decks and the report's lead is a subtitle (see the module)."""
    start = 0
    while start < len(blocks) and blocks[start].kind in DECK_KINDS:
        start += 1
    if not any(block.kind is BlockKind.HEADLINE for block in blocks[:start]) or start + 1 >= len(blocks):
        return
    block, following = blocks[start], blocks[start + 1]
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1 or len(text) > _SUMMARY_LENGTH:
        return
    if _NOT_SUMMARY.match(text) or "语录" in text or text.endswith(("：", ":")) or pt.ZH_LEAD.match(text):
        return
    if following.kind is not BlockKind.PARAGRAPH or not (lead := pt.ZH_LEAD.match(following.text)):
        return
    if lead.group().startswith("又讯") or any(
        other.kind is BlockKind.PARAGRAPH and pt.ZH_LEAD.match(other.text) for other in blocks[start + 2 :]
    ):
        return  # (a second report below: the paragraph above is the first report's text)
    block.kind, block.lines = BlockKind.SUBTITLE, [[block.text]]
    deck_summary.three_decks(blocks[:start], block, following.text)  # the title has three decks now


#: The longest heading of a report among several under one title.
REPORT_HEADING = 30
#: The fewest character pairs a heading shares with another report's for the two to be parallel
#: (钱其琛会见里约集团 / 钱其琛会见陈丽敏一行: 4; not 京沪津穗群众集会游行 / 上海百万群众游行: 2).
PARALLEL_PAIRS = 3


def report_heading(lines: list[Block], blocks: list[Block]) -> int:
    """Where the heading of a text's first report starts among ``lines``, short lines under the
    text's title over that report's lead (``len(lines)``: nowhere, they are all the title's decks).
    ``blocks``, below the lead, may hold another report under its own heading (a short line with no
    sentence punctuation over a paragraph opening on a lead); the first of ``lines`` that parallels
    such a heading (:func:`.deck_lead.parallel`, :data:`PARALLEL_PAIRS` pairs), and the lines after it are
    the first report's heading (``南京天主教和基督教教徒认为…`` / ``津爱国天主教徒和基督教徒认为…`` over
    ``【新华社天津五日电】…``; ``钱其琛会见里约集团`` / ``“三驾马车”外长`` beside ``钱其琛会见陈丽敏一行``): the
    text is a page of reports under one title."""
    headings = [
        block.text
        for block, below in itertools.pairwise(blocks)
        if _heading(block) and below.kind is BlockKind.PARAGRAPH and pt.ZH_LEAD.match(below.text) is not None
    ]
    parallel = (
        i for i, line in enumerate(lines) if any(deck_lead.parallel(line.text, h, PARALLEL_PAIRS) for h in headings)
    )
    return next(parallel, len(lines))


def _heading(block: Block) -> bool:
    text = block.text.strip()
    plain = block.kind in (BlockKind.PARAGRAPH, BlockKind.INTERTITLE) and len(block.lines) == 1
    return plain and 4 <= len(text) <= REPORT_HEADING and not set(text) & (pt.ZH_SENTENCE_PUNCT - {"，"})

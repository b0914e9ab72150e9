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
"""

from __future__ import annotations

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind

#: The longest summary deck.
_SUMMARY_LENGTH = 200
#: The kinds of the title's decks above the summary.
_TITLE_KINDS = (BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE)
#: What a summary deck is not: a quotation (“…”), an epigraph naming its speaker (最高指示：“…”), a
#: picture's caption (图为…, 上图：…).
_NOT_SUMMARY = lazy(r"^(?:[“「『]|[^，。！？“”]{1,16}[：:][“「『]|图为|[上下左右中]?图[一二三四五六七八九十]*[：:])")


def summary_deck(blocks: list[Block]) -> None:
    """The one paragraph between the title's decks and the report's lead is a subtitle (see the module)."""
    start = 0
    while start < len(blocks) and blocks[start].kind in _TITLE_KINDS:
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

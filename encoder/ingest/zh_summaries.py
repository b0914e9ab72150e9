"""A news report's summary deck under its title (a rule of the Chinese blocks, run after
:func:`.zh_tails.decks_under_title`, which takes the short decks).

Under the title of a news report, above the paragraph its dateline lead opens (【新华社北京二日电】,
新华社三日讯　), the paper may print a summary of the news in one or more sentences, longer than a
deck's line: ``两个世界两个经济制度的鲜明对比，以全部力量显露出来。在社会主义国家，…``,
``阮明芳代表南越民族解放阵线中央向毛主席林副主席表示深切感谢中国人民支援，并递交解放阵线政治纲领。``.
Nothing but a deck stands between the title and the report's lead: that one paragraph, right under
the title's decks, is a subtitle. Not a quotation (an epigraph opens with a quotation mark, or
quotes 毛主席语录), not a long paragraph (the body's first, when the lead stands lower), not a
line opening with a lead itself, nor one whose own text ends announcing what follows (…如下：).
"""

from __future__ import annotations

from .. import patterns as pt
from ..model import Block, BlockKind

#: The longest summary deck.
_SUMMARY_LENGTH = 200
#: The kinds of the title's decks above the summary.
_TITLE_KINDS = (BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE)


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
    if text.startswith(("“", "「", "『")) or "语录" in text or text.endswith(("：", ":")) or pt.ZH_LEAD.match(text):
        return
    if following.kind is BlockKind.PARAGRAPH and pt.ZH_LEAD.match(following.text):
        block.kind, block.lines = BlockKind.SUBTITLE, [[block.text]]

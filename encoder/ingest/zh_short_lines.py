"""Short lines of paragraph indentation that are no heading by themselves, for the candidates' rules of
:mod:`.zh_lines` (``resolve_candidates``): where the export broke a line, and where short lines are verse.

* **a broken line**: under a line of prose that stops in mid-sentence (on a character, no punctuation
  after it: ``…缅甸艺术家们唱的中国歌曲``), a short line that stops on a conjunction itself (和, 、, 或, 以及,
  而) goes on with its sentence (``“歌唱祖国”、“东方红”和`` / ``“牧羊姑娘”受到…``): no heading. Any other stays
  a heading, as it ends as one may (a poem's title under a verse line left open, ``…千年的穷根从此刨`` /
  ``虎头山上红旗飘``; a heading under a paragraph whose signer is glued or whose final stop was lost,
  ``…此致敬礼！王明`` / ``农村需要更多的科技书``, ``…生产情绪极为高涨`` / ``组织起来``). Under a short line that
  stops so, with no sentence mark (a comma may stand in it), filling a heading's line (12 characters at least: not a
  couplet's half, ``桃花开了，杏花开了`` / ``满山遍野一片红``), itself under prose that ends its sentence, it is
  the second line of one heading broken in mid-word (``密切机务工作与农业生产的联系，全`` /
  ``面安排劳力畜力和机械动力``). Not under a writer's name glued after the last sentence (``…的会”。　孙福瑄``),
  nor for a deck opening with a dash (``——苏联文学报的社论``).
* **verse**: two short lines or more read as a pair over a line of verse (15 characters at most), under
  another verse line (30 characters at most) or the title, are the poem's lines (``吃人的鬼`` / ``咬牛的怪`` /
  ``快！快！滚开``); not under prose (a heading in two lines over a short sentence: ``铁人精神`` / ``代代相传`` /
  ``王进喜去世了。``), and not when the last is a poem's author under its title on a page of poems
  (``一切为着毛主席`` / ``五好战士　徐金荣``) or a date stands among them (a message's signers and date, a ``后记``
  under them).
"""

from __future__ import annotations

from typing import Literal

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import TOP_KINDS, Block, BlockKind
from .zh_ends import HEADING_STOPS, SENTENCE_END

#: The longest line of verse under short lines read as a pair: body text under a heading is longer.
VERSE_LINE = 15
#: The shortest paragraph over such lines that is prose, not a line of verse (我们走在大路上，意气风发斗志昂扬，).
_PROSE_LINE = 30
#: A poem's author under its title, in a page of poems: a rank, a gap and a name or two (五好战士　徐金荣).
_AUTHOR_LINE = lazy(r"^[\u4e00-\u9fff]{1,8}(?:[　 ]+[\u4e00-\u9fff·]{2,4}){1,3}$")
#: The words a line stops on in mid-sentence: characters or figures after its last punctuation, no space.
_LAST_WORDS = lazy(r"(?:^|[^\w\s])\w+$")
#: The shortest and the longest first line of a heading the export broke in two (密切机务工作与农业生产的联系，全 /
#: 面安排劳力畜力和机械动力: the line filled), and the longest such heading: a paragraph above it is longer.
_BROKEN_SHORTEST, _BROKEN_FIRST, _BROKEN_HEADING = 12, 20, 36
#: How the end of a broken sentence that the export broke again stops: on a conjunction (“歌唱祖国”、“东方红”和),
#: as no heading does.
_CONJUNCTION_END = ("和", "、", "或", "以及", "及其", "而")
#: What the first line of a broken heading holds none of (its commas aside).
_SENTENCE_MARKS = HEADING_STOPS


def opens_quote(text: str) -> bool:
    """Whether a quotation opens in ``text`` and does not close there: the first words of a
    quoted document (“大会 / 注意到…), not a heading."""
    return text.count("“") > text.count("”") or text.count("「") > text.count("」")


def verse_pair(blocks: list[Block], candidates: set[int], index: int, follows: int) -> bool:
    """Whether the short line at ``index``, one of a run of candidates standing over the paragraph at
    ``follows``, is verse: that paragraph a verse line, the run under another or the title (not under
    prose), with no author's line closing it and no date (see the module)."""
    if len(blocks[follows].text) > VERSE_LINE:
        return False
    first = index
    while first - 1 in candidates:
        first -= 1
    above = blocks[first - 1] if first else None
    if above is not None and above.kind not in TOP_KINDS and len(above.text.strip()) > _PROSE_LINE:
        return False  # (under prose: a heading in two lines over a short sentence)
    texts = [block.text.strip() for block in blocks[first:follows]]
    return not _AUTHOR_LINE.match(texts[-1]) and not any(pt.ZH_PLACE_DATE.match(text) for text in texts)


def broken_above(blocks: list[Block], index: int) -> Literal["tail", "heading"] | None:
    """How the short line at ``index``, standing alone under a paragraph, goes on with the line above
    it when that stops in mid-sentence (no space before its last words): "tail" when that is a line of
    prose (longer than a heading's first line, with a comma or a full stop) and the short line stops on a
    conjunction, "heading" when it is short (but fills a heading's line),
    holds no sentence mark and stands under prose that ends its sentence (or the title); None otherwise,
    and for a line opening with a dash (see the module)."""
    above, line = blocks[index - 1].text.strip(), blocks[index].text.strip()
    if not _LAST_WORDS.search(above) or line.startswith(("—", "-")):
        return None
    if len(above) > _BROKEN_FIRST:
        return "tail" if set(above) & set("，。,") and line.endswith(_CONJUNCTION_END) else None
    if (
        index < 2
        or len(above) < _BROKEN_SHORTEST
        or len(above) + len(line) > _BROKEN_HEADING
        or set(above) & _SENTENCE_MARKS
        or opens_quote(above)
    ):
        return None
    first = blocks[index - 2]
    prose = first.kind is BlockKind.PARAGRAPH and len(first.text.strip()) > _BROKEN_HEADING
    return "heading" if first.kind in TOP_KINDS or (prose and first.text.rstrip().endswith(SENTENCE_END)) else None

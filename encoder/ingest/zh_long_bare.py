"""A feature's long bare headings (:func:`long_bare_series`, called by :func:`.zh_lines.bare_intertitles`):
lines longer than a bare heading (26 to 45 characters) with no sentence mark, standing between finished
paragraphs, that are a text's headings: ``中国外交官对受难同胞的关爱给俄罗斯医生和其他国家的受难学生留下了难忘的印象``,
``一“新”：人数总额超历届，表明了爱国统一战线的不断扩大`` (2003-12-01, 2003-03-02).

Such a line is more often the first part of a sentence the export broke at a line's end (…全省已整顿和调整了一批
村党 / 支部，依照…), and a text broken once is often broken again: so the lines are headings only where the
text has no heading yet, two or more stand so, and one of them at least is set as a feature's heading is, a
label and its claim around a colon (``一“新”：…``, ``一位华侨道出了心声：…``) — a sentence broken at a line's end
has none. Not a colon announcing a list (``出席宴会的有：陈毅、李先念…``), nor one after a speaker
(``县委书记说：…``, ``毛主席教导我们：…``), nor a line opening with a day's date (a diary's entry:
``十一月六日　阴：夜里…``).
"""

from __future__ import annotations

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind
from .zh_ends import BARE_HEADING_BODY, HEADING_STOPS, SENTENCE_END
from .zh_short_lines import opens_quote

#: The shortest and the longest such line (a bare heading, :mod:`.zh_lines`, runs to 25 characters).
_SHORTEST, _LONGEST = 26, 45
#: The shortest paragraph under such a line (as under a bare heading).
_BODY_LENGTH = BARE_HEADING_BODY
#: What such a line holds none of (a colon inside it aside).
_SENTENCE_MARKS = HEADING_STOPS - {"："}
#: A label and its claim around a colon (not :data:`_SPOKEN_OR_LISTED`).
_LABELLED = lazy(r"^[^：]{2,24}：(?=[^：]{4})")
#: A colon after a speaker (…说：, 毛主席教导我们：, …指出：) or announcing a list (出席宴会的有：, …如下：).
_SPOKEN_OR_LISTED = lazy(r"^[^：]*(?:[说问道讲答称们有是为]|表示|指出|提出|指示|教导|强调|认为|宣布|包括|如下)：")
#: A day's date opening a line: a diary's entry (十一月六日　阴：…).
_DAY_FIRST = lazy(rf"^(?:{pt.ZH_YEAR})?{pt.ZH_MONTH}{pt.ZH_DAY}")


def long_bare_series(blocks: list[Block]) -> None:
    """Where a text has no heading yet, two lines or more shaped and placed as :func:`_long_bare` says, one
    of them a label and its claim (see the module), are its headings."""
    if any(block.kind is BlockKind.INTERTITLE for block in blocks):
        return
    found = [index for index in range(1, len(blocks) - 1) if _long_bare(blocks, index)]
    if len(found) < 2 or not any(_labelled(blocks[index].text.strip()) for index in found):
        return
    for index in found:
        blocks[index].kind, blocks[index].lines = BlockKind.INTERTITLE, [[blocks[index].text]]


def _long_bare(blocks: list[Block], index: int) -> bool:
    """A paragraph of one line longer than a bare heading, with no sentence mark (a colon inside it aside),
    stopping on a word (not on a figure: …修建道路1.2 / 万多公里，…), opening with no day's date, between a
    paragraph that ends its sentence and a long one that ends its own and opens with no figure (…调整村党支部 /
    2371个，…)."""
    block, before, after = blocks[index], blocks[index - 1], blocks[index + 1]
    text, under = block.text.strip(), after.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1 or not _SHORTEST <= len(text) <= _LONGEST:
        return False
    if set(text) & _SENTENCE_MARKS or not text[-1].isalpha() or opens_quote(text) or _DAY_FIRST.match(text):
        return False
    if before.kind is not BlockKind.PARAGRAPH or not before.text.rstrip().endswith(SENTENCE_END):
        return False
    body = after.kind is BlockKind.PARAGRAPH and len(under) > _BODY_LENGTH and under.endswith(SENTENCE_END)
    return body and not under[0].isdigit()


def _labelled(text: str) -> bool:
    """Whether ``text`` is a label and its claim around a colon: not a speaker's words, nor a list announced."""
    return _LABELLED.match(text) is not None and _SPOKEN_OR_LISTED.match(text) is None

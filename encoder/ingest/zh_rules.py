"""Rules on the Chinese blocks that do not need indentation (the JSON distribution has none).

They run after the line-by-line classification and decide only where the evidence is clear:

* numbered intertitles: a series of numbered lines (一、 二、, （一） （二）, 1． 2．) each short
  and each followed by body text, a bare numeral line (一, （二）), a chapter line (第二章 …);
* the closing lines: a byline or a credit glued to the end of the last paragraph, a reporter's
  line or a pen name in brackets at the end, a date in brackets closing the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import patterns as pt
from ..model import Block, BlockKind, Span

_DIGITS = "0123456789０１２３４５６７８９"
_ZH_UNITS = "一二三四五六七八九十"
#: Numbering of a heading or an item, by style: 一、 （一） 1． （1）.
_NUMBERED = (
    ("zh", re.compile(rf"^([{_ZH_UNITS}]{{1,3}})、")),
    ("zh()", re.compile(rf"^[（(]([{_ZH_UNITS}]{{1,3}})[）)]")),
    ("arabic", re.compile(rf"^([{_DIGITS}]{{1,2}})[．.、]")),
    ("arabic()", re.compile(rf"^[（(]([{_DIGITS}]{{1,2}})[）)]")),
)
#: A line that is a heading by itself: a bare numeral (一, （二）, ·小麦条锈病·) or a chapter (第二章 …).
_BARE_HEADING = re.compile(
    rf"^(?:[·•]?[{_ZH_UNITS}]{{1,3}}[·•]?|[（(][{_ZH_UNITS}]{{1,3}}[）)]|·[^·，。！？；：]{{1,15}}·"
    rf"|第[{_ZH_UNITS}]{{1,3}}(?:章|节|部分|篇)(?:[　 ]+[^。！？；]{{1,24}})?)$"
)
#: A label of the outline level above the numbers: （甲） 乙、.
_STEM_LABEL = re.compile(r"^(?:[（(][甲乙丙丁戊己庚][）)]|[甲乙丙丁戊己庚]、)")
#: What a numbered heading holds at most (its numbering included).
_HEADING_MAX = 30
_INNER_STOPS = set("。！？：:!?")
_NO_END = ("；", "：", "，", "、", ";", ":", ",")


def _number(text: str) -> tuple[str, int] | None:
    """The numbering style and value of a line (一、 → ("zh", 1)), or None."""
    for style, pattern in _NUMBERED:
        match = pattern.match(text)
        if match:
            value = pt.zh_numeral(match.group(1)) if style.startswith("zh") else int(match.group(1).translate(_WIDE))
            return (style, value) if value else None
    return None


_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")


def _heading_shaped(text: str) -> bool:
    """Short, one phrase (commas allowed), at most a full stop at its end."""
    body = text[:-1] if text.endswith("。") else text
    return len(text) <= _HEADING_MAX and not _INNER_STOPS & set(body) and not text.endswith(_NO_END)


def _body(block: Block | None) -> bool:
    return block is not None and block.kind is BlockKind.PARAGRAPH


def _make_intertitle(block: Block) -> None:
    block.kind = BlockKind.INTERTITLE
    block.lines = [[block.text]]


def numbered_intertitles(blocks: list[Block]) -> None:
    """Numbered series whose every member is heading-shaped and followed by body text become
    intertitles (a series of long or adjacent numbered lines is a list, and stays); so do bare
    numerals and chapter lines that body text follows."""
    series: dict[str, list[list[tuple[int, int]]]] = {}
    for index, block in enumerate(blocks):
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.INTERTITLE):
            continue
        text = block.text
        if _BARE_HEADING.match(text) and _body(_next(blocks, index)):
            _make_intertitle(block)
            continue
        numbered = _number(text)
        if numbered is None:
            continue
        style, value = numbered
        runs = series.setdefault(style, [])
        if value == 1 or not runs or runs[-1][-1][1] >= value:  # (a gap: a member glued elsewhere)
            runs.append([])
        runs[-1].append((index, value))
    if any(_STEM_LABEL.match(block.text) for block in blocks):
        return  # an outline under （甲） （乙）: sections from the numbers would cut across it
    for runs in series.values():
        for run in runs:
            indexes = [index for index, _ in run]
            if len(indexes) >= 2 and all(_heads_body(blocks, index, indexes) for index in indexes):
                for index in indexes:
                    _make_intertitle(blocks[index])


def _next(blocks: list[Block], index: int) -> Block | None:
    return blocks[index + 1] if index + 1 < len(blocks) else None


def _heads_body(blocks: list[Block], index: int, members: list[int]) -> bool:
    """Whether the numbered line at ``index`` is heading-shaped and followed by text that is
    not the next member of its series (or by the first heading of a series one level down)."""
    following = _next(blocks, index)
    sub_heading = following is not None and _number(following.text) is not None
    return _heading_shaped(blocks[index].text) and index + 1 not in members and (_body(following) or sub_heading)


def _line(kind: BlockKind, text: str) -> list:
    return pt.split_phrases(text, "zh") if kind is BlockKind.PARAGRAPH else [text]


def _split(block: Block, at: int, head: BlockKind, tail: BlockKind) -> Block:
    """Cut ``block`` (one line) at character ``at``: it becomes the ``head`` block of the text
    before, and the returned ``tail`` block holds the rest (less the white space between)."""
    text = block.text
    rest = text[at:].lstrip(" \u3000")
    start = len(text) - len(rest)
    block.kind, block.lines = head, [_line(head, text[:at])]
    span = Span(block.span.path, block.span.line, block.span.column + start)
    return replace(block, kind=tail, lines=[_line(tail, rest)], span=span)


#: A heading run into its paragraph: ·小麦条锈病·根据各地的…
_GLUED_HEADING = re.compile(r"^·[^·，。！？；：]{1,15}·(?=.)")


def glued_intertitles(blocks: list[Block]) -> None:
    """Split off the headings that open paragraphs, when at least two paragraphs open so."""
    glued = [i for i, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH and _GLUED_HEADING.match(b.text)]
    if len(glued) < 2:
        return
    for index in reversed(glued):
        match = _GLUED_HEADING.match(blocks[index].text)
        assert match is not None
        tail = _split(blocks[index], match.end(), BlockKind.INTERTITLE, BlockKind.PARAGRAPH)
        blocks.insert(index + 1, tail)

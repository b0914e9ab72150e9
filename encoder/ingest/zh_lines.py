"""Chinese lines that the classifier of :mod:`.classify` decides from their neighbours: short
lines of paragraph indentation that are intertitles (a pair, a line between paragraphs, a text
with an insert note), the place-and-date line and signers that end a text whose layout was lost,
and runs of intertitle lines that are one heading.
"""

from __future__ import annotations

import re

from .. import patterns as pt
from ..model import Block, BlockKind

#: An addressee line that needs no colon: the honorific 阁下 (Your Excellency) ends it (…先生阁下).
EXCELLENCY = re.compile(r"^[^，。！？；：]{2,40}阁下$")


def is_candidate(text: str) -> bool:
    if not 2 <= len(text) <= 20 or pt.ZH_NUMBERING.match(text):
        return False
    if any(char in pt.ZH_SENTENCE_PUNCT for char in text):
        return False
    return not (text.startswith(("“", "「", "（", "(")) and text.endswith(("”", "」", "）", ")")))


def resolve_candidates(blocks: list[Block], candidates: set[int], has_insert_note: bool) -> None:
    """Turn same-indent short lines into intertitles where the context supports it."""

    def paragraph(index: int) -> bool:
        return 0 <= index < len(blocks) and blocks[index].kind is BlockKind.PARAGRAPH and index not in candidates

    for index in sorted(candidates):
        paired = index - 1 in candidates or index + 1 in candidates
        follows = index + 1
        while follows in candidates:
            follows += 1
        if not paragraph(follows):
            continue  # nothing follows an intertitle: a signed line, a closing phrase, the end
        single_ok = paragraph(index - 1) and len(blocks[index].text) <= 15 and len(blocks[follows].text) > 15
        if paired or has_insert_note or single_ok:
            blocks[index].kind = BlockKind.INTERTITLE
            blocks[index].lines = [[blocks[index].text]]


def closing_at_end(blocks: list[Block]) -> None:
    """Where layout was lost: a final place-and-date line and the short signer lines above it."""
    index = len(blocks) - 1
    while index >= 0 and blocks[index].kind in (BlockKind.CREDIT, BlockKind.EDITORIAL):
        index -= 1
    if index < 1 or blocks[index].kind is not BlockKind.PARAGRAPH or not pt.ZH_PLACE_DATE.match(blocks[index].text):
        return
    blocks[index].kind = BlockKind.PLACE_DATE
    index -= 1
    while index > 0 and blocks[index].kind is BlockKind.PARAGRAPH and is_candidate(blocks[index].text):
        blocks[index].kind = BlockKind.SIGNATURE
        index -= 1


#: The numbering that opens a heading: 二、 （一） 3． 第三章.
_NUMBERED_START = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}[章节部])"
)


def merge_intertitles(blocks: list[Block]) -> list[Block]:
    """Join runs of adjacent intertitle lines (at most three) into one block; a numbered line
    (``（一）推动…`` under ``二、主要任务``) opens a heading of its own."""
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (
            block.kind is BlockKind.INTERTITLE
            and previous is not None
            and previous.kind is BlockKind.INTERTITLE
            and len(previous.lines) < 3
            and block.span.line == previous.span.line + len(previous.lines)
            and not _NUMBERED_START.match(block.text)
        ):
            previous.lines.extend(block.lines)
        else:
            merged.append(block)
    return merged


#: The longest line that may be a heading with no mark of one but its place and its form.
_BARE_LENGTH = 25
#: What no heading holds (its commas and enumeration commas aside).
_SENTENCE_MARKS = set("。！？；：…!?;:")
_SENTENCE_END = ("。", "！", "？", "”", "」", "…", "）", "!", "?")
#: The shortest paragraph that may follow such a heading.
_BODY_LENGTH = 30


def _bare_heading(text: str) -> bool:
    """Short, a phrase or phrases (commas allowed), no sentence mark, not closed by a comma,
    not a bracketed note or a date."""
    return (
        4 <= len(text) <= _BARE_LENGTH
        and not set(text) & _SENTENCE_MARKS
        and not text.endswith(("，", "、", ",", "）", ")"))
        and pt.ZH_PLACE_DATE.match(text) is None
    )


def bare_intertitles(blocks: list[Block]) -> None:
    """A short line with no sentence mark and no final punctuation (``降低阻力，减小震动，平稳推进改革``,
    ``“我们是好朋友”``) standing between two paragraphs that end their sentences, the one after it
    long, is a heading: the text's sentences all end with their punctuation, a heading does not.
    Lines with commas must be two or more (a series of headings): one alone is more likely the
    opening of a paragraph that the export broke in mid-sentence (一九四八年，曾经…寄到我手里)."""
    found = [index for index in range(1, len(blocks) - 1) if _bare_between(blocks, index)]
    commas = [index for index in found if set(blocks[index].text) & set("，、,")]
    for index in found:
        if len(commas) >= 2 or index not in commas:  # (one line with commas: a sentence the export broke)
            blocks[index].kind, blocks[index].lines = BlockKind.INTERTITLE, [[blocks[index].text]]


def _bare_between(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index`` is a bare heading between two paragraphs (see above)."""
    block, before, after = blocks[index], blocks[index - 1], blocks[index + 1]
    if block.kind is not BlockKind.PARAGRAPH or not _bare_heading(block.text.strip()):
        return False
    if before.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.EDITORIAL):
        return False  # (under a heading, a short line is the first of a paragraph the export broke)
    ended = before.text.rstrip().endswith(_SENTENCE_END)
    body = after.kind is BlockKind.PARAGRAPH and len(after.text) > _BODY_LENGTH
    return ended and body and after.text.rstrip().endswith(_SENTENCE_END)

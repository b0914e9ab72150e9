"""List items and picture captions among the paragraphs of a Chinese text.

Both are read from the text alone (the JSON distribution has no indentation):

* **list items**: paragraphs opening with an enumerator of one family (``一、``, ``（一）``,
  ``1．``) in sequence, long enough not to be a numbered intertitle (those are short); a
  single unnumbered paragraph between two items belongs to the list (``一、免去…`` /
  ``任命…`` / ``二、免去…``). Runs of two or more bulleted paragraphs (``△…``) are lists too.
* **captions**: a picture note (``（附图片）``, ``（图片）``) and a paragraph that speaks of a
  picture (``图为…``, ``上图：…``); after a picture note, the few short paragraphs that end
  the text are its captions.
"""

from __future__ import annotations

import itertools
import re

from ..model import Block, BlockKind

_ZH_DIGITS = "一二三四五六七八九"
_FAMILIES = (
    re.compile(r"^([一二三四五六七八九十]+)、"),
    re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]"),
    re.compile(r"^([0-9０-９]{1,2})[．.、](?![0-9０-９])"),
)
_BULLET = re.compile(r"^[△▲●○◆◇■□★☆※]")
#: The longest numbered line that may still be an intertitle rather than a list item.
INTERTITLE_LENGTH = 32
_PICTURE_NOTE = re.compile(r"^[（(]附?图片?[）)]")
_PICTURE_TEXT = re.compile(r"^(?:图为|[上下左右中]图[：:]|图[一二三四五六七八九十]*[：:])")
#: Captions after a picture note: at most this many paragraphs, each at most this long.
CAPTIONS, CAPTION_LENGTH = 3, 100


def _number(text: str) -> int:
    """The value of an enumerator (Chinese numerals to 99, or digits)."""
    if text.isdigit():
        return int(text)
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return _ZH_DIGITS.index(text) + 1 if len(text) == 1 and text in _ZH_DIGITS else 0
    value = (_ZH_DIGITS.index(tens) + 1 if tens in _ZH_DIGITS and tens else 1) * 10
    return value + (_ZH_DIGITS.index(units) + 1 if units in _ZH_DIGITS and units else 0)


def _numbered(block: Block) -> tuple[int, int] | None:
    """(family, number) of a paragraph long enough to be a list item; None otherwise."""
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or len(text) <= INTERTITLE_LENGTH:
        return None
    for family, pattern in enumerate(_FAMILIES):
        if match := pattern.match(text):
            return family, _number(match.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    return None


def mark_lists(blocks: list[Block]) -> None:
    """Make the paragraphs of ``blocks`` that are list items LIST_ITEM (see the module)."""
    numbered = [(index, found) for index, block in enumerate(blocks) if (found := _numbered(block))]
    for (first, (family, number)), (second, (other, following)) in itertools.pairwise(numbered):
        if family != other or following != number + 1 or second - first > 2:
            continue
        gap = blocks[first + 1 : second]
        if all(block.kind is BlockKind.PARAGRAPH for block in gap):
            for block in (blocks[first], *gap, blocks[second]):
                block.kind = BlockKind.LIST_ITEM
    for index, block in enumerate(blocks):
        bulleted = block.kind is BlockKind.PARAGRAPH and _BULLET.match(block.text.strip())
        neighbours = blocks[max(index - 1, 0) : index] + blocks[index + 1 : index + 2]
        if bulleted and any(_BULLET.match(other.text.strip()) for other in neighbours):
            block.kind = BlockKind.LIST_ITEM


def mark_captions(blocks: list[Block]) -> None:
    """Make picture notes and the paragraphs that caption a picture CAPTION (see the module)."""
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        text = block.text.strip()
        if _PICTURE_TEXT.match(text):
            block.kind = BlockKind.CAPTION
        elif _PICTURE_NOTE.match(text):
            block.kind = BlockKind.CAPTION
            rest = [other for other in blocks[index + 1 :] if other.kind is BlockKind.PARAGRAPH]
            after = blocks[index + 1 :]
            if len(rest) <= CAPTIONS and all(len(other.text) <= CAPTION_LENGTH for other in rest):
                for other in after:
                    if other.kind is BlockKind.PARAGRAPH:
                        other.kind = BlockKind.CAPTION

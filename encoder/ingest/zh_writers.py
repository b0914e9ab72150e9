"""Writers' lines of a page of short pieces under intertitles (Chinese blocks, no layout).

A page of several short pieces, each under its own heading (新人新事, a page of farmers' poems or
talks, readers' letters under 批评与建议, 过党日), may print each piece's writer on a line of
names alone: under the piece's heading (``俺两口的老实话`` / ``金惠兰　王生才`` / text) or after its
last sentence, before the next heading (…新丰镇！ / ``周思平  吕纯英`` / next heading). The
line-by-line rules read such a short line as a heading (two short lines in a row are a heading's
two lines); it is the piece's byline (:func:`writers_lines`) when

* it holds one to four names and nothing else, each two or three Han characters opening with a
  surname (three or four with a compound surname: 欧阳), parted by spaces or 、, none ending as a
  village's or a county's name does (王家庄, 李村, 张店, 高唐县: :data:`_PLACE_END`) (:func:`names_line`);
* the text right under it is not about them (:func:`_subject`), who are then the piece's subject,
  not its writers: it does not name any of them (``特级英雄`` / ``杨根思`` / ``杨根思同志是…``), nor
  open with a third-person pronoun (``一级英雄`` / ``黄继光`` / ``他在上甘岭…``) or a title
  (邱班长, 老邱, 这位英雄);
* it stands right under an intertitle with a paragraph under it, or right under a paragraph
  that ends its sentence with an intertitle under it (:func:`writer_at`), or a short line with
  no sentence mark over longer text, which is then the next piece's heading (``“回头望”``);
* the page shows the kind: two lines of names or more stand so (not the text's last line: a
  letter ends signed too), or the one line holds two names or more and closes a
  piece (two names under a heading alone may be the second signer of a letter whose first
  signer, 中共武汉市第二商业局总支, was read as a heading).

The structure pass keeps these bylines where they stand (``enrich.structure``): at the top of
the heading's section, or at the end of the piece they close.
"""

from __future__ import annotations

import re

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind
from .zh_ends import SENTENCE_END

#: What parts the names of a writers' line: spaces (full-width too) or an enumeration comma.
_SEPARATOR = lazy(r"[　 、]+")
#: The most names a writers' line holds.
_MOST = 4
#: The longest heading-shaped line after a writers' line (and the shortest text under it).
_HEADING_LENGTH = 25
#: How a village's, a town's or a county's name ends, as no writer's given name does (王家庄, 李村,
#: 张店, 高唐县, 赵家屯).
_PLACE_END = set("庄村县店镇乡屯堡寨营铺")
#: What no heading holds.
_SENTENCE_MARKS = set("。！？；：，、!?;:,")
#: How a text about the person over it may open: a third-person pronoun (他, 她, 他们, 她们), or
#: a demonstrative and a person's classifier, then a title (这位英雄).
_PRONOUNS = ("他", "她")
_DEMONSTRATIVES = ("这位", "那位")
#: A title after a person's surname: a form of address (黄同志, 王大娘) or a head's post (邱班长).
_TITLE = lazy(r"同志|先生|女士|师傅|老师|大[娘爷妈嫂伯叔]|老汉|[\u4e00-\u9fff]?[班排连营团队组社厂科处局]长|书记|主任")
#: The kinds of a piece's text that a closing line of names may follow.
_BODY_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)


def _name(word: str) -> bool:
    """Whether ``word`` is shaped as a person's name: a surname, then one or two Han characters."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word) or word[-1] in _PLACE_END or not pt.zh_surnamed(word):
        return False
    return len(word) >= 3 if word[:2] in pt.ZH_COMPOUND_SURNAMES else len(word) <= 3


def names_line(text: str) -> int:
    """How many names ``text`` holds when it is a line of writers' names and nothing else (0 when not)."""
    words = [word for word in _SEPARATOR.split(text.strip()) if word]
    if not 1 <= len(words) <= _MOST or not all(map(_name, words)):
        return 0
    return len(words)


def writer_at(blocks: list[Block], index: int, kinds: tuple[BlockKind, ...] = (BlockKind.PARAGRAPH,)) -> bool:
    """Whether the one-line block at ``index``, a line of names, stands where a piece's writer
    does: under an intertitle (a block of ``kinds`` under it), or under a body block that ends
    its sentence with an intertitle under it."""
    block = blocks[index]
    if index == 0 or index + 1 >= len(blocks) or len(block.lines) != 1 or not names_line(block.text):
        return False
    before, after = blocks[index - 1], blocks[index + 1]
    if _subject(block.text, after.text):
        return False
    if before.kind is BlockKind.INTERTITLE and not names_line(before.text):
        return after.kind in kinds
    return _closing(blocks, index)


def _subject(names: str, text: str) -> bool:
    """Whether ``text``, right under the line ``names``, is about them, who are then its subject
    and not its writers: it names one of them (杨根思 / 杨根思同志是…), or opens calling them by a
    third-person pronoun (黄继光 / 他在上甘岭…; 他们, 她, 她们) or by a title (:data:`_TITLED`:
    邱少云 / 邱班长…, 老邱…, 这位英雄…)."""
    words = [name for name in _SEPARATOR.split(names.strip()) if name]
    opening = text.lstrip(" 　")
    if any(name in text for name in words) or opening.startswith(_PRONOUNS):
        return True
    return opening.startswith(_DEMONSTRATIVES) or any(_titled(opening, name) for name in words)


def _titled(text: str, name: str) -> bool:
    """Whether ``text`` opens calling the person ``name`` by the surname and a title (邱班长,
    黄同志, 王大娘) or 老 and the surname (老邱)."""
    surname = name[:2] if name[:2] in pt.ZH_COMPOUND_SURNAMES else name[:1]
    if text.startswith("老" + surname):
        return True
    return text.startswith(surname) and _TITLE.match(text, len(surname)) is not None


def _closing(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index`` stands under a body block that ends its sentence, an
    intertitle under it (or a line shaped as one, :func:`_heading_line`)."""
    before, after = blocks[index - 1], blocks[index + 1]
    ended = before.kind in _BODY_KINDS and before.text.rstrip().endswith(SENTENCE_END)
    heading = after.kind is BlockKind.INTERTITLE or _heading_line(blocks, index + 1)
    return ended and heading and not names_line(after.text)


def _heading_line(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index`` is a paragraph shaped as a heading over a longer one: short,
    no sentence mark (a quotation allowed: ``“回头望”``), a paragraph of body text under it."""
    text = blocks[index].text.strip()
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        blocks[index].kind is BlockKind.PARAGRAPH
        and 2 <= len(text) <= _HEADING_LENGTH
        and not _SENTENCE_MARKS & set(text)
        and after is not None
        and after.kind is BlockKind.PARAGRAPH
        and len(after.text) > _HEADING_LENGTH
    )


def writers(
    blocks: list[Block],
    kinds: tuple[BlockKind, ...] = (BlockKind.PARAGRAPH, BlockKind.INTERTITLE),
    under: tuple[BlockKind, ...] = (BlockKind.PARAGRAPH,),
) -> list[int]:
    """The indices of the blocks of ``kinds`` that are lines of a piece's writers (see the module):
    each where a writer stands (:func:`writer_at`, a block of ``under`` under the heading's), and
    the page showing the kind (two such lines, or one of two names or more closing a piece)."""
    found = [index for index, block in enumerate(blocks) if block.kind in kinds and writer_at(blocks, index, under)]
    if len(found) == 1 and not (names_line(blocks[found[0]].text) > 1 and _closing(blocks, found[0])):
        return []
    return found


def writers_lines(blocks: list[Block]) -> None:
    """Make BYLINE the lines of writers' names of a page of short pieces under intertitles (see
    the module)."""
    for index in writers(blocks):
        blocks[index].kind, blocks[index].lines = BlockKind.BYLINE, [[blocks[index].text]]
        if index + 1 < len(blocks) and _heading_line(blocks, index + 1) and _closing(blocks, index):
            after = blocks[index + 1]  # the next piece's heading, under its writer's line
            after.kind, after.lines = BlockKind.INTERTITLE, [[after.text]]

"""Bylines that close a piece in the middle of a page of short pieces (Chinese blocks, read by the
structure pass before it builds the part tree: the test needs jieba's dictionary, :mod:`.zh_words`).

A page of several short pieces of one kind (简讯 and 出版动态, each piece a ▲ or △ item; two reports
under one title, each opening with its dateline lead) may end each piece with its writer's name in
brackets, then the next piece begins. Such a name closes the piece before it: a byline, not a
paragraph (:func:`closes_piece`), when

* it is one person's name in brackets (:func:`person_in_brackets`: ``（晓江）``, ``（本报记者　王志）``;
  not an applause note, ``（热烈鼓掌）``, a note, ``（译者）``, ``（转第二版）``, an agency's credit,
  ``（美联社）``, ``（冀南分社）``, a place, ``（苏联）``), or two reporters' (:func:`writers_pair`:
  ``（吴锐、任大卫）``; not two counties, ``（左权、和顺）``, people in the story, ``（王师傅、李大娘）``,
  nor a quotation's speakers after it), alone on its line under a paragraph or a
  list item that ends its sentence, or glued right after that sentence's end (``…二百亩。（萧簧）``);
* the next block opens a new piece of the same kind as the piece it closes (:func:`opening`): a
  ▲, △ or ● item after an item with the same bullet, a paragraph opening with a dateline lead
  (``【本报讯】…``, ``又讯：…``) after a report that opened with one; or the next piece's title, an
  intertitle, on a page of titled short pieces (:func:`_titled_pieces`: 各地简讯, two pieces at
  least closed so), the writers then a name or a few read as a person's, one opening with a
  surname, or a unit of writers (:func:`_writers`: （王化洲）, （中国人民大学通讯组）; not an agency's
  short name, （合众）, a region, （晋绥）, nor a word, （初稿）; a speech's sections, closed by
  applause, are no such page);
* the piece it closes is no quotation (``▲“…！”（王师傅）``: the speaker, not a writer);
* the text is not signed at its top (a page signed at the top signs its pieces at the top: a name
  in the middle is the next piece's writer).

The bylines that end the whole text are the classifier's closing rules' (``ingest.zh_tails``).
The structure pass (:mod:`.structure`) makes these bylines (:func:`closing_bylines`), then keeps
the bylines in the middle that the same test passes, each at the end of its piece (an item where
a run holds several pieces, the section where a titled piece is one), and the writers closing the
last titled piece in its section (:func:`last_piece_writers`).
"""

from __future__ import annotations

import re

from .. import patterns as pt
from ..ingest.zh_closing_bylines import GLUED_NAMES
from ..ingest.zh_ends import (
    MOST_NAMES,
    REPORTER_LINE,
    SENTENCE_END,
    SHAPED_NAMES,
    VILLAGE_LIKE,
    WRITERS_UNIT,
    bracketed_names,
    called,
    name_under_sentence,
    split_names,
)
from ..ingest.zh_rules import split_block
from ..lazy_re import lazy
from ..model import Block, BlockKind
from . import zh_divisions, zh_words
from .zh_regions import DIRECTIONS, ONE_CHARACTER_NAMES, PROVINCES

#: The bullets that open the items of a page of short pieces.
_BULLETS = "▲△●"
#: What ends a piece's last sentence here: no closing bracket (``…（鼓掌）`` ends no sentence).
_SENTENCE_END = tuple(end for end in SENTENCE_END if end not in "）)")
#: The kinds of a piece's text that a closing name may follow.
_BODY_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
#: The kinds that begin the text's body, below its title and the byline at its top.
_BODY_START = (*_BODY_KINDS, BlockKind.INTERTITLE, BlockKind.SALUTATION, BlockKind.TABLE_ROW)
#: A reporter's role before the name inside the brackets: （本报记者　王志）, （通讯员　李明）.
_REPORTER = lazy(r"^(?:本报)?(?:特约)?(?:记者|通讯员)[　 ]*")
#: What no name holds: a jump note or a repeat (见, 转, 续, 下, 上, 略, 同), a digit, an agency, a
#: paper or its branch at the end (社, 讯, 电, 报, 台: 共同社, 太行讯, 晋察冀电, 光明日报), 据 (据法新社),
#: 路透, a count of poems or pieces (外一首).
_NO_NAME = lazy(r"[见转续下上略同0-9０-９]|[社讯电报台]$|^据|路透|[一二三四五六七八九十两][首篇则幅]")


#: The fewest names a group of writers in brackets holds (see :func:`person_in_brackets`).
_GROUP = 3
#: The fewest pieces closed by their writers that make a page of titled short pieces.
_TITLED_PIECES = 2


def person_in_brackets(text: str) -> bool:
    """Whether ``text`` is one person's name in brackets and nothing else, or the names of a group
    of writers (``（连相、经文、麦生、本成）``), as writers sign a piece: each two to four Han
    characters (a reporter's role before the first allowed), names in brackets as
    ``zh_ends.bracketed_names`` reads them, none of :data:`_NO_NAME`; neither the whole nor a word
    of two characters or more of its cut by jieba's dictionary a word it knows as a common word
    (鼓掌, 掌声, 译者, 来稿, 漫画; 大娘 of 李大娘) or as a place's or a body's name (苏联, 美联社; 湖南
    of 湖南民歌), unless as a person's; and no one-character verb ending a name that opens with no
    surname (众笑). Two names are no writers' group (王志、李明); in a group of three or more, where
    given names stand alone (经文 among 连相、麦生、本成), more than half reading so is enough, up to
    ``zh_ends.MOST_NAMES``, so long as none is a name the dictionary knows as a place's or a
    body's (天津 of （北京、天津…）)."""
    if not bracketed_names(text, MOST_NAMES):
        return False
    names = split_names(_REPORTER.sub("", text[1:-1]))
    if len(names) == 1:
        return _person(names[0])
    if not (len(names) >= _GROUP and all(map(_name_shaped, names)) and 2 * sum(map(_person, names)) > len(names)):
        return False
    words = zh_words.words()
    return words is None or not any(words.named(name) and not words.person(name) for name in names)


def writers_pair(text: str) -> bool:
    """Whether ``text`` is two writers' names in brackets, as the two reporters of a report sign it
    between reports (（吴锐、任大卫）, （董志智　李绪珍））: each name-shaped and opening with a surname
    (:func:`_surnamed`), neither a division's or a region's name (:func:`place_like`: （左权、和顺）, two
    counties), a village's (:data:`.zh_ends.VILLAGE_LIKE`: （王家峪、李家坪））, nor a person in the story as the text
    calls one (:func:`.zh_ends.called`: （王师傅、李大娘）, （周总理、陈毅））, nor a word or a
    thing's name (:func:`_no_thing`: （方向、路线）, （华北、华东）, （白洋淀、洪泽湖））.
    :func:`person_in_brackets` reads no pair as writers: two names are read so only where they close a
    piece before the next (:func:`closes_piece`)."""
    text = text.strip().removesuffix("。")
    if not bracketed_names(text):
        return False
    names = split_names(text[1:-1])
    return len(names) == 2 and all(
        _surnamed(name)
        and _no_thing(name)
        and not place_like(name)
        and not called(name)
        and not VILLAGE_LIKE.search(name)
        for name in names
    )


def _no_thing(name: str) -> bool:
    """Whether ``name`` is no word the dictionary knows for no person (（方向、路线）, （高粱、谷子）, 解放) nor a
    named thing that is no person's name (华北, 白洋淀, 高山), as :func:`person_in_brackets` reads one name."""
    words = zh_words.words()
    return words is None or not (words.names_nothing(name) or (words.named(name) and not words.person(name)))


def _name_shaped(name: str) -> bool:
    """Whether ``name`` is written as a writer's name is: two to four Han characters, none of :data:`_NO_NAME`."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name)) and not _NO_NAME.search(name)


def _person(name: str) -> bool:
    """Whether ``name`` reads as one person's name (see :func:`person_in_brackets`)."""
    if not _name_shaped(name):
        return False
    words = zh_words.words()
    if words is None:
        return True
    for word in {name, *words.cut(name)}:
        if (
            len(word) > 1
            and not words.person(word)
            and (words.names_nothing(word) or words.idiom(word) or words.named(word))
        ):
            return False
    return pt.zh_surnamed(name) or not words.verb(name[-1])


def opening(block: Block) -> str | None:
    """How ``block`` opens a new piece of a page of short pieces: its bullet (▲, △, ●), ``"lead"``
    for a paragraph opening with a dateline lead (``【本报讯】``, ``又讯：``), or None."""
    text = block.text.strip()
    if block.kind in _BODY_KINDS and text[:1] and text[0] in _BULLETS:
        return text[0]
    if block.kind is BlockKind.PARAGRAPH and pt.ZH_LEAD.match(text):
        return "lead"
    return None


def _signed_at_top(blocks: list[Block]) -> bool:
    """Whether a byline stands above the text's body (under its title): a block read as one, or a
    reporter's line read as a deck (本报记者　李明) or as the first line of the first intertitle."""
    for block in blocks:
        if block.kind is BlockKind.BYLINE or REPORTER_LINE.match(block.text.strip().split("\n")[0].strip()):
            return True
        if block.kind in _BODY_START:
            return False
    return False


def _quotation(text: str) -> bool:
    """Whether ``text`` (a bullet before it left out) is a quotation: “…”."""
    text = text.strip().lstrip(_BULLETS).strip()
    return text.startswith("“") and text.endswith("”")


def _writers(text: str) -> bool:
    """Whether ``text`` is writers in brackets as they close the pieces of a page of titled short
    pieces, a full stop after them allowed (（梁尚敏、律宗宪）。): a unit of writers
    (``zh_ends.WRITERS_UNIT``: （中国人民大学通讯组）), or a person's name or a few, each read as a
    person's (:func:`_person`) or opening with a surname (:func:`_surnamed`: 郭万泉, though 万泉
    names a county), one at least read so and one opening with a surname (（王化洲）, （仪光、郭万泉）;
    not an agency's short name, （合众）, （塔斯）, nor a word, （初稿）, （修正）), none a place
    (:func:`place_like`: （冀中）, （晋绥））."""
    text = text.strip()
    if WRITERS_UNIT.match(text):
        return True
    text = text.removesuffix("。")
    names = split_names(_REPORTER.sub("", text[1:-1])) if bracketed_names(text, MOST_NAMES) else []
    if not names or any(map(place_like, names)) or not all(_person(name) or _surnamed(name) for name in names):
        return False
    return any(map(_person, names)) and any(map(_surnamed, names))


def _surnamed(name: str) -> bool:
    """Whether ``name`` is name-shaped and opens with a surname (郭万泉, though 万泉 names a county)."""
    return _name_shaped(name) and pt.zh_surnamed(name)


def place_like(name: str) -> bool:
    """Whether ``name`` is a division's name (:func:`.zh_divisions.usable`: 承德, 左权) or a region
    of one-character names (:func:`_region`: 晋绥): no writer's name."""
    return zh_divisions.usable(name) or _region(name)


def _region(name: str) -> bool:
    """Whether ``name`` is one-character names of provinces run together (晋绥, 鄂豫), maybe with a
    direction (冀中)."""
    return any(c in PROVINCES for c in name) and all(c in ONE_CHARACTER_NAMES or c in DIRECTIONS for c in name)


def _titled_closing(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index`` is writers in brackets (:func:`_writers`) alone on its line
    under the end of a piece's sentence, with the next piece's title, an intertitle, below it."""
    return (
        index + 1 < len(blocks)
        and blocks[index + 1].kind is BlockKind.INTERTITLE
        and name_under_sentence(blocks, index, _writers, _SENTENCE_END, _BODY_KINDS)
    )


def _titled_pieces(blocks: list[Block]) -> bool:
    """Whether ``blocks`` are a page of titled short pieces (各地简讯: an intertitle over each piece),
    at least two of them closed by their writers in brackets on a line of their own."""
    return sum(_titled_closing(blocks, index) for index in range(1, len(blocks) - 1)) >= _TITLED_PIECES


def last_piece_writers(blocks: list[Block], index: int) -> bool:
    """Whether the byline at ``index``, writers in brackets (:func:`_writers`) alone under the end of
    the last piece's sentence on a page of titled short pieces not signed at its top, closes that
    piece (the structure pass keeps it in the piece's section, not in the back matter)."""
    return (
        blocks[index].kind is BlockKind.BYLINE
        and name_under_sentence(blocks, index, _writers, _SENTENCE_END, _BODY_KINDS)
        and _titled_pieces(blocks)
        and not _signed_at_top(blocks)
    )


def _piece_closed(blocks: list[Block], last: int, text: str, after: int) -> bool:
    """Whether a name closing ``text``, the end of the block at ``last``, closes a piece: the
    block at ``after`` opens a piece of the kind the piece holding ``last`` opened with, or, on a
    page of titled short pieces (:func:`_titled_pieces`), is the next piece's title; that piece no
    quotation, the text not signed at its top (see the module)."""
    if after >= len(blocks) or _quotation(text) or not text.rstrip().endswith(_SENTENCE_END):
        return False
    if blocks[after].kind is BlockKind.INTERTITLE:
        return _titled_pieces(blocks) and not _signed_at_top(blocks)
    kind = opening(blocks[after])
    start = last
    while start > 0 and opening(blocks[start]) is None and blocks[start].kind is BlockKind.PARAGRAPH:
        start -= 1
    return kind is not None and opening(blocks[start]) == kind and not _signed_at_top(blocks)


def _piece_writers(text: str, above: str) -> bool:
    """Whether ``text`` is writers in brackets as they close a piece, ``above`` its last words, before
    the next: a person's name or a group's (:func:`person_in_brackets`), or two writers' names
    (:func:`writers_pair`) not right after a quotation's end (…：“…。”（王志、李明）: its speakers)."""
    if person_in_brackets(text):
        return True
    return writers_pair(text) and not above.rstrip().endswith(("”", "」"))


def closes_piece(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index``, writers in brackets alone on their line (a paragraph, or the
    byline this rule made it: a person's name, a group's, or on a page of titled short pieces the
    writers :func:`_writers` reads), closes the piece above it before the next one (see the module)."""
    if blocks[index].kind not in (BlockKind.PARAGRAPH, BlockKind.BYLINE):
        return False
    if not (
        _titled_closing(blocks, index)
        or name_under_sentence(
            blocks, index, lambda text: _piece_writers(text, blocks[index - 1].text), _SENTENCE_END, _BODY_KINDS
        )
    ):
        return False
    return _piece_closed(blocks, index - 1, blocks[index - 1].text, index + 1)


def closing_bylines(blocks: list[Block]) -> None:
    """Make BYLINE the names in brackets that close a piece before the next one (see the module),
    and a group of more names than ``zh_ends.SHAPED_NAMES`` (which the classifier, reading their
    shape alone, leaves a paragraph) closing the text under its last sentence, each read as a name
    (（陈璜、南田、蔡泛、卢志成、冀春、张四维、杨岱华））."""
    last = blocks[-1] if len(blocks) > 1 else None
    if (
        last is not None
        and last.kind is BlockKind.PARAGRAPH
        and len(split_names(last.text.strip()[1:-1])) > SHAPED_NAMES
    ):
        if name_under_sentence(blocks, len(blocks) - 1, person_in_brackets):
            last.kind, last.lines = BlockKind.BYLINE, [[last.text]]
    for index in reversed(range(len(blocks) - 1)):
        block = blocks[index]
        if block.kind is BlockKind.PARAGRAPH and closes_piece(blocks, index):
            block.kind, block.lines = BlockKind.BYLINE, [[block.text]]
            continue
        glued = GLUED_NAMES.search(block.text.rstrip()) if block.kind in _BODY_KINDS else None
        if not glued or len(block.lines) != 1 or glued.start() == 0:
            continue
        if not _piece_writers(glued.group(), block.text[: glued.start()]):
            continue
        if _piece_closed(blocks, index, block.text[: glued.start()], index + 1):
            blocks.insert(index + 1, split_block(block, glued.start(), block.kind, BlockKind.BYLINE))

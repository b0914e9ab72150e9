"""The profile's names: which TEI element (and ``@type``) each kind of the model becomes.

One table for each direction the writer and the reader need: the writer maps a kind to its
element; the reader maps an element back to its kind with the inverse, which is derived
here from the same table (never kept by hand).

Two block kinds may share an element when the element's container tells them apart: a
``head`` in a ``div type="section"`` is an intertitle, elsewhere the headline; a ``salute``
in the ``opener`` is the salutation, in the ``closer`` the valediction. The decks of a
headline are ``head`` elements with a ``@type`` (``kicker`` above it, ``sub`` below it).
"""

from __future__ import annotations

from typing import NamedTuple

from ..model import BlockKind, PhraseKind


class BlockName(NamedTuple):
    """How a block of one kind is written."""

    element: str
    type: str | None = None  # its @type
    within: str | None = None  # the container that tells it apart: the parent's @type or element name


BLOCKS: dict[BlockKind, BlockName] = {
    BlockKind.HEADLINE: BlockName("head"),
    BlockKind.INTERTITLE: BlockName("head", within="section"),
    BlockKind.PARAGRAPH: BlockName("p"),
    BlockKind.BYLINE: BlockName("byline"),
    BlockKind.EDITORIAL: BlockName("note", "editorial"),
    BlockKind.CREDIT: BlockName("note", "source"),
    BlockKind.SALUTATION: BlockName("salute", within="opener"),
    BlockKind.VALEDICTION: BlockName("salute", within="closer"),
    BlockKind.SIGNATURE: BlockName("signed"),
    BlockKind.PLACE_DATE: BlockName("dateline"),
    BlockKind.ATTRIBUTION: BlockName("bibl"),
    BlockKind.TRANSLATOR_NOTE: BlockName("note", "translator"),
    BlockKind.KICKER: BlockName("head", "kicker"),
    BlockKind.SUBTITLE: BlockName("head", "sub"),
    BlockKind.CAPTION: BlockName("note", "caption"),
    BlockKind.LIST_ITEM: BlockName("item", within="list"),
    BlockKind.TABLE_ROW: BlockName("row", within="table"),
}
#: The element that holds a run of list items, and the one that holds a run of table rows.
LIST, TABLE = "list", "table"
#: The element of each cell of a table row (one a line of the row's block).
CELL = "cell"
#: The element of an epigraph's quotation, a paragraph block of its own.
QUOTE = "quote"


class NameName(NamedTuple):
    """How a name of one kind is written: in the text, and as its register and entry in standOff."""

    element: str
    register: str
    entry: str


NAMES: dict[PhraseKind, NameName] = {
    PhraseKind.PERSON: NameName("persName", "listPerson", "person"),
    PhraseKind.PLACE: NameName("placeName", "listPlace", "place"),
    PhraseKind.ORG: NameName("orgName", "listOrg", "org"),
}

_BLOCK_KINDS: dict[tuple[str, str | None, str | None], BlockKind] = {
    (name.element, name.type, name.within): kind for kind, name in BLOCKS.items()
}
_BLOCK_KINDS[QUOTE, None, None] = BlockKind.PARAGRAPH
_NAME_KINDS = {name.element: kind for kind, name in NAMES.items()}
_ENTRY_KINDS = {name.entry: kind for kind, name in NAMES.items()}


def block_kind(element: str, type: str | None, container: str | None) -> BlockKind | None:
    """The kind of the block written as ``element`` with ``@type`` ``type`` inside ``container``
    (the parent's @type, or its element name when it has none); None for no block."""
    return _BLOCK_KINDS.get((element, type, container)) or _BLOCK_KINDS.get((element, type, None))


def name_kind(element: str) -> PhraseKind | None:
    """The kind of the name written as ``element`` (``persName``…); None for no name."""
    return _NAME_KINDS.get(element)


def entry_kind(element: str) -> PhraseKind | None:
    """The kind of the register entry ``element`` (``person``…); None for no entry."""
    return _ENTRY_KINDS.get(element)

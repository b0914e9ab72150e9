"""The article model: what a People's Daily article is, independent of TEI.

The parser fills :class:`Text.blocks` (a flat list in source order); the structure stage
groups the same block objects into headline, front matter, sections, letters and back
matter. Inline content is a list of plain strings and :class:`Phrase` objects.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple


class BlockKind(enum.StrEnum):
    """What a block of the article is."""

    HEADLINE = "headline"
    BYLINE = "byline"
    PARAGRAPH = "paragraph"
    INTERTITLE = "intertitle"
    SALUTATION = "salutation"
    VALEDICTION = "valediction"
    SIGNATURE = "signature"
    PLACE_DATE = "place-date"
    CREDIT = "credit"
    EDITORIAL = "editorial"
    ATTRIBUTION = "attribution"
    TRANSLATOR_NOTE = "translator-note"
    KICKER = "kicker"  # 引题: a deck printed above the main title
    SUBTITLE = "subtitle"  # 副题: a deck printed below the main title, before the body
    CAPTION = "caption"  # a picture's caption or picture note: （附图片）, 图为…
    LIST_ITEM = "list-item"  # one item of an enumeration that is not a heading
    TABLE_ROW = "table-row"  # one row of a table (a price list); each of its lines is a cell


#: Blocks that close a letter or message.
CLOSING_KINDS = frozenset({BlockKind.VALEDICTION, BlockKind.SIGNATURE, BlockKind.PLACE_DATE})
#: Blocks that may stand as notes at the end of a language version.
NOTE_KINDS = frozenset({BlockKind.CREDIT, BlockKind.EDITORIAL, BlockKind.TRANSLATOR_NOTE})
#: A title's decks: the kicker (引题), the headline (主题), the subtitles (副题).
DECK_KINDS = frozenset({BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE})
#: Blocks that stand above a language version's body: the title's decks and the bylines under them.
TOP_KINDS = DECK_KINDS | {BlockKind.BYLINE}


class PhraseKind(enum.StrEnum):
    """What an inline phrase is."""

    LEAD = "lead"  # 【新华社延安十六日电】 opening a paragraph
    CREDIT = "credit"  # （新华社延安二十四日电） closing a paragraph
    PERSON = "person"
    PLACE = "place"
    ORG = "org"
    DATE = "date"


#: The phrase kinds that name an entity of a register.
NAME_KINDS = frozenset({PhraseKind.PERSON, PhraseKind.PLACE, PhraseKind.ORG})


@dataclass(slots=True)
class Phrase:
    """A marked stretch of text inside a block: a lead, a credit, a name or a date."""

    kind: PhraseKind
    content: list[Inline]
    entity: str | None = None  # a name: the key of its entry in the article's registers
    value: str | None = None  # a date: its ISO 8601 value
    tagger: str | None = None  # who found it when a statistical tagger did (None: rules, authority)
    certainty: str | None = None  # None: certain; else "high", "medium" or "low"

    @property
    def text(self) -> str:
        return inline_text(self.content)


Inline = str | Phrase
Line = list[Inline]


def inline_text(content: list[Inline]) -> str:
    """The plain text of a list of inlines."""
    if len(content) == 1 and isinstance(content[0], str):  # most phrases and lines
        return content[0]
    return "".join(item if isinstance(item, str) else item.text for item in content)


class Span(NamedTuple):
    """Where something starts in its source file (1-based line and column)."""

    path: str
    line: int
    column: int = 1


@dataclass(slots=True, eq=False)
class Block:
    """One block of text: a paragraph, a heading, a signature line…"""

    kind: BlockKind
    lines: list[Line]
    span: Span
    indent: int = 0
    right_aligned: bool = False
    id: str | None = None

    @property
    def text(self) -> str:
        """The block's text, its lines joined by a newline."""
        return "\n".join(inline_text(line) for line in self.lines)


def body_start(blocks: list[Block]) -> int:
    """The index of the first of ``blocks`` after the title's decks and the bylines under them
    (:data:`TOP_KINDS`)."""
    start = 0
    while start < len(blocks) and blocks[start].kind in TOP_KINDS:
        start += 1
    return start


@dataclass(slots=True, eq=False)
class Section:
    """A run of blocks under an intertitle."""

    head: Block
    content: list[Node] = field(default_factory=list)
    id: str | None = None


@dataclass(slots=True, eq=False)
class Letter:
    """A letter, telegram or signed message: opener, body, closer."""

    opener: list[Block] = field(default_factory=list)
    content: list[Node] = field(default_factory=list)
    closer: list[Block] = field(default_factory=list)
    id: str | None = None


@dataclass(slots=True, eq=False)
class Item:
    """Unsigned text that follows signed messages in the same container."""

    content: list[Node] = field(default_factory=list)
    id: str | None = None


@dataclass(slots=True, eq=False)
class BlockList:
    """A run of consecutive list items: one enumeration; or, with ``table``, a run of table
    rows: one table (the structure pass groups them)."""

    items: list[Block] = field(default_factory=list)
    id: str | None = None
    table: bool = False


Node = Block | Section | Letter | Item | BlockList


@dataclass(slots=True, eq=False)
class Epigraph:
    """A quotation and its attribution at the top of an article."""

    quote: Block
    attribution: Block


@dataclass(slots=True, eq=False)
class Text:
    """One language version of the article."""

    lang: str  # a BCP 47 tag: "zh-Hans" or "en"
    blocks: list[Block]
    span: Span
    source_lines: range = range(0)  # the line numbers of the body in the source file
    kickers: list[Block] = field(default_factory=list)  # the decks above the headline
    headline: Block | None = None
    subtitles: list[Block] = field(default_factory=list)  # the decks below the headline
    front: list[Block | Epigraph] = field(default_factory=list)
    content: list[Node] = field(default_factory=list)
    back: list[Block] = field(default_factory=list)
    id: str | None = None

    @property
    def short(self) -> str:
        """The short language code used inside ids ("zh" or "en")."""
        return self.lang.split("-")[0]


@dataclass(slots=True)
class Field:
    """A header value with the place it came from."""

    value: str
    span: Span


class SourceForm(enum.StrEnum):
    """The form of the file an article was read from."""

    BILINGUAL = "bilingual-markdown"  # the English translation, <hr />, the Chinese original
    ENGLISH = "english-markdown"  # the English translation alone
    RMRB_MARKDOWN = "rmrb-markdown"  # ### title, author, date, 第N版(), 专栏：, one paragraph a line
    RMRB_JSON = "rmrb-json"  # the JSON distribution: title, authors, dates, parts, page_start


@dataclass(frozen=True, slots=True)
class Provenance:
    """Which file an article was read from: its form, its path relative to the input named on
    the command line, and the SHA-256 of its bytes."""

    form: SourceForm
    path: str
    sha256: str


@dataclass(slots=True)
class Header:
    """What the source says about the article (all source forms), and where it came from."""

    title_en: Field | None = None
    title_zh: Field | None = None
    author_en: Field | None = None
    author_zh: Field | None = None
    date: Field | None = None  # ISO YYYY-MM-DD
    page: Field | None = None  # the page number as digits
    column: Field | None = None  # 专栏
    extra: dict[str, Field] = field(default_factory=dict)
    provenance: Provenance | None = None


@dataclass(slots=True, eq=False)
class Link:
    """Blocks of the original and of the translation that say the same thing."""

    zh: list[Block]
    en: list[Block]
    cert: str | None = None  # None: certain; else "high", "medium" or "low"
    cost: float = 0.0

    @property
    def shape(self) -> str:
        return f"{len(self.zh)}:{len(self.en)}"


@dataclass(slots=True, eq=False)
class Unaligned:
    """A block that the alignment left without a counterpart, and why."""

    block: Block
    lang: str
    reason: str


@dataclass(slots=True, eq=False)
class Entity:
    """An entry of the article's registers: a person, place or organisation."""

    key: str  # the authority id, or "local-…" for an entity only this article knows
    kind: PhraseKind
    names: dict[str, list[str]] = field(default_factory=dict)  # language -> forms, in order of use
    idnos: list[tuple[str, str]] = field(default_factory=list)  # (subtype, URI)
    resp: str | None = None  # the tagger that found a local entity
    cert: str | None = None

    def add_name(self, lang: str, form: str) -> None:
        forms = self.names.setdefault(lang, [])
        if form not in forms:
            forms.append(form)


@dataclass(slots=True)
class Party:
    """A sender or an addressee of a letter, in the source's words: the name, the title the
    source puts before it (``中华人民共和国主席``), and its register entry when the name is tagged."""

    name: str
    role: str | None = None
    entity: str | None = None  # the key of the name's entry in the article's registers
    kind: PhraseKind | None = None  # the kind of that entry (person, place, organisation)


@dataclass(slots=True)
class Correspondence:
    """What a signed letter says of its sending: who sent it to whom, and when and where when it
    says so."""

    letter: str  # the letter's id
    lang: str  # the language of the letter (and of the names below)
    senders: list[str]  # the signers, in order, as the signature lines write them
    date: str | None = None  # ISO YYYY-MM-DD, when the closer states the day
    place: str | None = None  # where it was sent from, when the closer says so
    date_text: str | None = None  # the date as the source writes it
    date_cert: str | None = None  # None: the source states the full date; else year or month were inferred
    sender_parties: list[Party] = field(default_factory=list)  # the senders with titles and entries
    addressees: list[Party] = field(default_factory=list)  # from the opener's salutation(s)


@dataclass(slots=True, eq=False)
class Article:
    """One newspaper article, in one or two languages."""

    path: str
    header: Header
    texts: list[Text]  # in output order: Chinese original first, then English
    id: str | None = None
    links: list[Link] = field(default_factory=list)
    unaligned: list[Unaligned] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    taggers: dict[str, str] = field(default_factory=dict)  # tagger -> version, for those with tags here
    correspondence: list[Correspondence] = field(default_factory=list)  # one per signed letter

    def text(self, lang: str) -> Text | None:
        """The language version whose tag starts with ``lang``."""
        return next((t for t in self.texts if t.lang.startswith(lang)), None)


Part = Block | Section | Letter | Item | BlockList | Epigraph


def walk(text: Text) -> Iterator[tuple[Part, int]]:
    """Every part of ``text`` in document order with its depth (0 for the parts of the text
    itself): the kickers, the headline, the subtitles, the front matter (an epigraph, then its
    quote and attribution), each
    node before what it holds (a section's head first; a letter's opener, content, closer),
    then the back matter. The one traversal of the part tree the passes share."""
    for kicker in text.kickers:
        yield kicker, 0
    if text.headline is not None:
        yield text.headline, 0
    for subtitle in text.subtitles:
        yield subtitle, 0
    for part in text.front:
        yield part, 0
        if isinstance(part, Epigraph):
            yield part.quote, 1
            yield part.attribution, 1
    for node in text.content:
        yield from _walk_node(node, 0)
    for block in text.back:
        yield block, 0


def _walk_node(node: Node, depth: int) -> Iterator[tuple[Part, int]]:
    yield node, depth
    if isinstance(node, Section):
        yield node.head, depth + 1
        children: list[Node] = node.content
    elif isinstance(node, Letter):
        children = [*node.opener, *node.content, *node.closer]
    elif isinstance(node, Item):
        children = node.content
    elif isinstance(node, BlockList):
        children = list(node.items)
    else:
        return
    for child in children:
        yield from _walk_node(child, depth + 1)

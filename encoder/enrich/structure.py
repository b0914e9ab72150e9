"""Structure stage: group the flat blocks of each language into the article's parts.

* the decks above the headline (kickers), the headline, the decks below it (subtitles), then
  front matter (bylines, editorial notes, an epigraph with its attribution);
* back matter: the credit lines, editorial remarks, bylines and picture captions that end the text;
* in between, sections under intertitles and letters (opener, body, closer). An article
  that opens with a salutation is one letter holding its sections (unless a letter further
  down has its own title over its salutation, or a heading stands under a letter's closing: a
  page of titled letters, a letter and its answer); otherwise every run of
  text that ends in a signature or date is a signed message inside its section;
* a byline in brackets in the middle that closes a piece of a page of short pieces (▲… / （王志） /
  ▲…: :mod:`.zh_pieces`, read here first) stays a byline at the end of its piece, an item (in
  its section for a titled piece; the writers of the last titled piece too, not back matter);
* consecutive list items, wherever they stand, are one list.
"""

from __future__ import annotations

from ..diagnostics import Reporter
from ..ingest import zh_ends, zh_writers
from ..ingest.zh_letters import REPLY_HEADING
from ..lazy_re import lazy
from ..model import (
    CLOSING_KINDS,
    NOTE_KINDS,
    Article,
    Block,
    BlockKind,
    BlockList,
    Epigraph,
    Item,
    Letter,
    Node,
    Section,
    Text,
)
from . import zh_pieces
from .decks import repeated_title


def structure(article: Article, reporter: Reporter) -> None:
    """Build the part tree of every language version of ``article`` (idempotent)."""
    for text in article.texts:
        build(text, reporter)


def build(text: Text, reporter: Reporter) -> None:
    """Fill ``headline``, ``front``, ``content`` and ``back`` of ``text`` from its blocks."""
    blocks = text.blocks
    if text.lang.startswith("zh"):
        zh_pieces.closing_bylines(blocks)  # (names in brackets closing the pieces of a page of them)
    start = _decks(text)
    front: list[Block | Epigraph] = []
    while start < len(blocks):
        block = blocks[start]
        if block.kind in (BlockKind.BYLINE, BlockKind.EDITORIAL) or (not front and repeated_title(block)):
            front.append(block)
            start += 1
        elif (
            block.kind is BlockKind.PARAGRAPH
            and start + 1 < len(blocks)
            and blocks[start + 1].kind is BlockKind.ATTRIBUTION
        ):
            front.append(Epigraph(block, blocks[start + 1]))
            start += 2
        else:
            break
    end = len(blocks)
    while end > start and (blocks[end - 1].kind in NOTE_KINDS or blocks[end - 1].kind in _BACK_KINDS):
        end -= 1
    kept: set[int] = set()  # (the writers closing the last titled piece stay in its section)
    if end < len(blocks) and text.lang.startswith("zh") and zh_pieces.last_piece_writers(blocks, end):
        kept, end = {id(blocks[end])}, end + 1
    middle = blocks[start:end]
    letters = bool(_opener_end(middle, 0)) and not _titled_letters(middle)
    closing = set() if letters else _closing_bylines(blocks, start, end) | kept
    for block in middle:
        if block.kind in (BlockKind.ATTRIBUTION, BlockKind.BYLINE, *_TITLE_KINDS) and id(block) not in closing:
            block.kind = BlockKind.PARAGRAPH  # (a byline closing a piece stays, at the end of its item)
    text.front, text.back = front, blocks[end:]
    if letters:
        tail = _postscript(middle)
        _demote(middle[tail:], reporter, "after the letters")
        text.content = [_letter(one, reporter) for one in _replies(middle[:tail])]
        text.content += _sections(middle[tail:], reporter, letters=False)
    else:
        text.content = _sections(middle, reporter, letters=True)
    text.content = group_lists(text.content)


def _letter(blocks: list[Block], reporter: Reporter) -> Letter:
    """One letter of blocks that open with its opener: the opener, the body, the closing run."""
    opener_end = _opener_end(blocks, 0)
    closer_start = len(blocks)
    while closer_start > opener_end and blocks[closer_start - 1].kind in CLOSING_KINDS:
        closer_start -= 1
    inner = blocks[opener_end:closer_start]
    _demote(inner, reporter, "inside a letter, before its closing")
    return Letter(blocks[:opener_end], _sections(inner, reporter, letters=False), blocks[closer_start:])


def _replies(blocks: list[Block]) -> list[list[Block]]:
    """The letters of a text that opens with a salutation: a salutation right under a closing
    line (the signature of the letter before) opens the next one, a reply printed under it."""
    starts = [0] + [
        index
        for index in range(2, len(blocks))
        if blocks[index].kind is BlockKind.SALUTATION and blocks[index - 1].kind in CLOSING_KINDS
    ]
    return [blocks[start:end] for start, end in zip(starts, [*starts[1:], len(blocks)], strict=True)]


def _titled_letters(blocks: list[Block]) -> bool:
    """Whether a letter further down has its own title over its salutation (司福柱第二次来信 /
    群众工作部的同志们：), or a heading stands under a letter's closing (its answer's 答复): the
    text is then read as sections, each heading its letter or answer. (Another heading under a
    closing, 后记, 附件, follows the letter: :func:`_postscript`.)"""
    return any(
        blocks[index].kind is BlockKind.INTERTITLE
        and (
            blocks[index + 1].kind is BlockKind.SALUTATION
            or (blocks[index - 1].kind in CLOSING_KINDS and bool(REPLY_HEADING.match(blocks[index].text.strip())))
        )
        for index in range(1, len(blocks) - 1)
    )


def _postscript(blocks: list[Block]) -> int:
    """Where the part after the letters of a text read as letters starts: the first heading under
    a closing (not a reply's: :func:`_titled_letters`), a 后记 or 附件 printed after the letter."""
    return next(
        (
            index
            for index in range(1, len(blocks))
            if blocks[index].kind is BlockKind.INTERTITLE and blocks[index - 1].kind in CLOSING_KINDS
        ),
        len(blocks),
    )


_TITLE_KINDS = (BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.SUBTITLE)
#: Besides the notes, what may end the text as back matter: bylines, and the captions of a
#: picture printed at the end (a byline above them stays a byline).
_BACK_KINDS = (BlockKind.BYLINE, BlockKind.CAPTION)
#: The end of a picture's maker's line, a byline wherever it stands: …摄, …摄影, …绘, …插图, in brackets or not.
_MAKER_END = lazy(rf"{zh_ends.MAKER_VERB}[）)]?$")


def _decks(text: Text) -> int:
    """Fill the kickers, the headline and the subtitles of ``text`` from the blocks that open
    it; where the body starts. Decks with no headline between them are kept as they stand. An
    editor's note printed above the title is kept there, in :attr:`Text.kickers` (written as the
    note it is, before the headline)."""
    blocks = text.blocks
    text.kickers, text.headline, text.subtitles = [], None, []
    start = 0
    while start + 1 < len(blocks) and blocks[start].kind is BlockKind.EDITORIAL:
        start += 1  # an editor's note printed above the title: it stays there, with the kickers
    while start < len(blocks) and blocks[start].kind is BlockKind.KICKER:
        start += 1
    if start >= len(blocks) or blocks[start].kind is not BlockKind.HEADLINE:
        return 0  # kickers with no headline below them: the body demotes them
    text.kickers, text.headline = blocks[:start], blocks[start]
    start += 1
    while start < len(blocks) and blocks[start].kind is BlockKind.SUBTITLE:
        text.subtitles.append(blocks[start])
        start += 1
    return start


def group_lists(nodes: list[Node]) -> list[Node]:
    """``nodes`` with each run of consecutive list items made one list (of table rows, one
    table), inside every section,
    letter and item too (idempotent: a list already built stays as it is)."""
    grouped: list[Node] = []
    for node in nodes:
        if isinstance(node, Block) and node.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW):
            table = node.kind is BlockKind.TABLE_ROW
            if grouped and isinstance(grouped[-1], BlockList) and grouped[-1].table is table:
                grouped[-1].items.append(node)
            else:
                grouped.append(BlockList([node], table=table))
            continue
        if isinstance(node, Section | Item):
            node.content = group_lists(node.content)
        elif isinstance(node, Letter):
            node.content = group_lists(node.content)
        grouped.append(node)
    return grouped


def _opener_end(blocks: list[Block], start: int) -> int:
    """Where the opener that starts at ``start`` ends (``start`` when none starts there): a
    place line (a telegram's 河内, the letter's dateline) if a salutation follows it, then the
    salutations (one per addressee)."""
    index = start
    if index + 1 < len(blocks) and blocks[index].kind is BlockKind.PLACE_DATE:
        index += 1
    if index >= len(blocks) or blocks[index].kind is not BlockKind.SALUTATION:
        return start
    while index < len(blocks) and blocks[index].kind is BlockKind.SALUTATION:
        index += 1
    return index


def _demote(blocks: list[Block], reporter: Reporter, where: str) -> None:
    """Closing blocks that cannot close anything here become paragraphs, with a warning."""
    for block in blocks:
        if block.kind in CLOSING_KINDS or block.kind is BlockKind.SALUTATION:
            reporter.warning(
                "S001",
                f"a {block.kind} line stands {where}; it is kept as a paragraph",
                block.span.line,
                block.span.column,
            )
            block.kind = BlockKind.PARAGRAPH


def _sections(blocks: list[Block], reporter: Reporter, letters: bool) -> list[Node]:
    """Split ``blocks`` at intertitles; group each part into signed messages if ``letters``."""
    before: list[Node] = []
    sections: list[Section] = []
    for block in blocks:
        if block.kind is BlockKind.INTERTITLE:
            sections.append(Section(block))
        elif sections:
            sections[-1].content.append(block)
        else:
            before.append(block)
    if letters:
        before = _units(before, reporter)
        for section in sections:
            top = section.content[:1] if section.content and _byline(section.content[0]) else []
            section.content = [*top, *_units(section.content[len(top) :], reporter)]  # (its writer, under the head)
    return [*before, *sections]


def _closing_bylines(blocks: list[Block], start: int, end: int) -> set[int]:
    """The ids of the blocks of ``blocks[start:end]`` that close a piece or stand under its heading
    as its writers (:func:`_closes_piece`)."""
    writers = {id(blocks[i]) for i in zh_writers.writers(blocks, (BlockKind.BYLINE,), _UNDER_HEADING)}
    return {id(blocks[i]) for i in range(start, end) if _closes_piece(blocks, i, writers)}


def _closes_piece(blocks: list[Block], index: int, writers: set[int]) -> bool:
    """Whether the block at ``index`` is a byline in brackets that closes a piece of a page of
    short pieces before the next one (:func:`.zh_pieces.closes_piece`, the test that made it:
    ▲… / （王志） / ▲…), or a line of a piece's writers under its heading or before the next
    heading that the writers' rule's whole test passes (``writers``, the ids of those of
    :func:`.zh_writers.writers`), or a picture's maker's line (:data:`_MAKER_END`: （王普林摄）, 新华社记者 摄), which
    stands where its picture does; a byline in the middle from any other rule is a paragraph."""
    if blocks[index].kind is not BlockKind.BYLINE:
        return False
    if _MAKER_END.search(blocks[index].text.rstrip()):
        return True  # (a picture's maker, wherever its picture stands: （王普林摄）, 新华社记者 摄)
    return id(blocks[index]) in writers or zh_pieces.closes_piece(blocks, index)


#: What may stand under a piece's writer under its heading (:func:`.zh_writers.writer_at`).
_UNDER_HEADING = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_ROW, BlockKind.SALUTATION)


def _pieces(nodes: list[Node]) -> list[Node]:
    """A run of blocks split after each byline that closes a piece (kept by :func:`build`: followed
    by the next piece, or closing the last titled piece): each piece an item ending with its byline
    (a titled piece's section holds one), the last one an item too; a run with no such byline stays
    as it is."""
    if not any(_byline(node) for node in nodes):
        return nodes
    pieces: list[list[Node]] = [[]]
    for node in nodes:
        pieces[-1].append(node)
        if _byline(node):
            pieces.append([])
    return [Item(piece) for piece in pieces if piece]


def _byline(node: Node) -> bool:
    """Whether ``node`` is a byline block."""
    return isinstance(node, Block) and node.kind is BlockKind.BYLINE


def _units(nodes: list[Node], reporter: Reporter) -> list[Node]:
    """Group blocks into letters that end in a closing run; what follows the last is an item.
    With no closing run, the pieces that bylines close (:func:`_pieces`) are the items."""
    blocks = [node for node in nodes if isinstance(node, Block)]
    if not any(b.kind in CLOSING_KINDS or b.kind is BlockKind.SALUTATION for b in blocks):
        return _pieces(nodes)
    for block in blocks:
        if block.kind is BlockKind.BYLINE:
            block.kind = BlockKind.PARAGRAPH  # (a page of letters: its closing runs sign them)
    units: list[Letter | Item] = []
    current = Letter()

    def flush() -> None:
        nonlocal current
        if current.opener or current.closer:
            if not current.content and not current.opener and units and isinstance(units[-1], Letter):
                units[-1].closer.extend(current.closer)  # a second signature line of the same message
            elif not current.content:
                _demote([*current.opener, *current.closer], reporter, "with no text to open or close")
                units.append(Item([*current.opener, *current.closer]))
            else:
                units.append(current)
        elif current.content:
            units.append(Item(current.content))
        current = Letter()

    for index, block in enumerate(blocks):
        # A place line opens the next letter when a salutation follows it, unless it ends a closing run.
        opens = block.kind is BlockKind.PLACE_DATE and not current.closer and _opener_end(blocks, index) > index
        if block.kind is BlockKind.SALUTATION or opens:
            if current.content or current.closer:
                flush()
            current.opener.append(block)
        elif block.kind in CLOSING_KINDS:
            current.closer.append(block)
        else:
            if current.closer:
                flush()
            current.content.append(block)
    flush()
    if len(units) == 1 and isinstance(units[0], Item):
        return list(units[0].content)
    return list(units)

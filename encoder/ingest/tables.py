"""Tables flattened onto one padded line: a price list (``小米    一斤    二五·○○小麦 …``).

The rmrb markdown prints a table's cells on one line, separated by runs of spaces; a price
and the next row's first cell are sometimes glued (``二五·○○小麦``). A paragraph is a table
when it is cut into cells by that padding, a price (a figure with a decimal mark:
``二五·○○``, ``25.00``, ``16,200.00``) closes each row, every row has as many cells (two or
more) and there are at least two rows: then each row is a block of its own whose lines are
its cells. Nothing else is a table (a padded line that does not fall into equal rows stays
as it was), and no text is lost: the cells hold every character but the padding.

A table may also be printed one row per paragraph (a medal table: ``苏联    9    6    5``): a run of
at least three paragraphs next to each other, each cut by the padding into as many cells (three or
more), every one but the first (a header row, ``国家    金牌    银牌    铜牌``) closed by a figure, is
a table, one row per paragraph. Names set apart by padding (``北京  齐卫  廖杜``) close with no figure.
"""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import Block, BlockKind, Span

_PADDING = lazy(r"[ \u3000]{2,}")
_ZH_FIGURE = "○〇零一二三四五六七八九0-9０-９"
#: A price opening a cell: Chinese numerals or digits with a decimal mark.
_PRICE = lazy(rf"^(?:[{_ZH_FIGURE}][{_ZH_FIGURE},，]*[·.．][{_ZH_FIGURE}]+|\d[\d,]*\.\d+)")
#: The fewest padding runs a table line has.
MIN_PADDING = 3
#: A figure closing a row printed as a paragraph of its own (9, 1.5, 12%, 二五·○○, 十, 一百二十).
_FIGURE = lazy(rf"^[{_ZH_FIGURE}十百千万][{_ZH_FIGURE}十百千万,，.．·]*[%％]?$")
#: The fewest rows, and the fewest cells of each, of a table printed one row per paragraph.
MIN_ROWS, MIN_CELLS = 3, 3


def _cells(text: str) -> list[tuple[int, str]]:
    """The cells of a padded line with their offsets; a price glued to the next cell is cut off."""
    cells: list[tuple[int, str]] = []
    start = 0
    for match in [*_PADDING.finditer(text), None]:
        end = match.start() if match else len(text)
        cell = text[start:end]
        price = _PRICE.match(cell)
        if price and price.end() < len(cell):
            cells.extend([(start, cell[: price.end()]), (start + price.end(), cell[price.end() :])])
        elif cell:
            cells.append((start, cell))
        start = match.end() if match else len(text)
    return cells


def rows(text: str) -> list[list[tuple[int, str]]] | None:
    """The rows of a table line (each cell with its offset), or None if it is no table."""
    if len(_PADDING.findall(text)) < MIN_PADDING:
        return None
    found: list[list[tuple[int, str]]] = [[]]
    for offset, cell in _cells(text):
        found[-1].append((offset, cell))
        if _PRICE.fullmatch(cell):
            found.append([])
    if found[-1]:
        return None  # cells after the last price: no row closes them
    found.pop()
    widths = {len(row) for row in found}
    return found if len(found) >= 2 and len(widths) == 1 and widths.pop() >= 2 else None


def mark_tables(blocks: list[Block]) -> None:
    """Replace each one-line paragraph of ``blocks`` that is a table by its rows (see the module)."""
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
            continue
        found = rows(block.text)
        if found is None:
            continue
        blocks[index : index + 1] = [_row(block, row) for row in found]


def _row(block: Block, cells: list[tuple[int, str]]) -> Block:
    """A table row of the paragraph ``block``'s ``cells`` (each with its offset), one line each,
    its span at the first cell."""
    span = block.span
    return Block(
        BlockKind.TABLE_ROW,
        [[cell] for _offset, cell in cells],
        Span(span.path, span.line, span.column + cells[0][0]),
        block.indent,
    )


def _row_cells(block: Block) -> list[tuple[int, str]] | None:
    """The cells of a one-line paragraph cut by padding into at least MIN_CELLS, or None."""
    if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
        return None
    cells = [
        (offset + cell.index(trimmed), trimmed)
        for offset, cell in _cells(block.text)
        if (trimmed := cell.strip(" \u3000"))
    ]
    return cells if len(cells) >= MIN_CELLS else None


def mark_row_paragraphs(blocks: list[Block]) -> None:
    """Make TABLE_ROW the paragraphs that are the rows of a table, one row each (see the module)."""
    index = 0
    while index < len(blocks):
        run: list[tuple[int, list[tuple[int, str]]]] = []
        while index + len(run) < len(blocks) and (cells := _row_cells(blocks[index + len(run)])) is not None:
            if run and len(cells) != len(run[0][1]):
                break
            run.append((index + len(run), cells))
        if len(run) >= MIN_ROWS and all(_FIGURE.match(cells[-1][1]) for _at, cells in run[1:]):
            for at, cells in run:
                blocks[at] = _row(blocks[at], cells)
        index += max(len(run), 1)

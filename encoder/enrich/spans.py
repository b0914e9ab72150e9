"""Wrapping stretches of a block's text in phrases, without touching the text itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..model import Block, Inline, Phrase, PhraseKind

#: Finds phrases in a string: (start, end, phrase) triples, sorted and not overlapping.
Finder = Callable[[str], list[tuple[int, int, Phrase]]]
#: Phrases whose content may hold further phrases (a lead may name a place and a date).
OPEN = frozenset({PhraseKind.LEAD, PhraseKind.CREDIT})


def tag_inlines(items: list[Inline], finder: Finder) -> list[Inline]:
    """``items`` with every string split around the phrases ``finder`` finds in it."""
    out: list[Inline] = []
    for item in items:
        if isinstance(item, str):
            _split(item, finder(item), out)
        else:
            if item.kind in OPEN:
                item.content = tag_inlines(item.content, finder)
            out.append(item)
    return out


def _split(text: str, found: list[tuple[int, int, Phrase]], out: list[Inline]) -> None:
    """Append ``text`` to ``out``, split around the (start, end, phrase) triples ``found`` in it."""
    position = 0
    for start, end, phrase in found:
        if start > position:
            out.append(text[position:start])
        out.append(phrase)
        position = end
    if position < len(text):
        out.append(text[position:])


def tag_block(block: Block, finder: Finder) -> None:
    lines = block.lines
    if len(lines) == 1 and len(lines[0]) == 1 and isinstance(lines[0][0], str):  # the usual block
        found = finder(lines[0][0])
        if found:  # (else the block stays as it is)
            line: list[Inline] = []
            _split(lines[0][0], found, line)
            block.lines = [line]
        return
    block.lines = [tag_inlines(line, finder) for line in lines]


def phrases(items: list[Inline]) -> list[Phrase]:
    """Every phrase in ``items``, nested ones included, in order."""
    found: list[Phrase] = []
    for item in items:
        if isinstance(item, Phrase):
            found.append(item)
            content = item.content
            if len(content) > 1 or (content and not isinstance(content[0], str)):  # most hold one string
                found.extend(phrases(content))
    return found


def strings(items: list[Inline]) -> list[str]:
    """The plain strings of ``items`` that no name or date phrase covers (in order)."""
    found: list[str] = []
    for item in items:
        if isinstance(item, str):
            found.append(item)
        elif item.kind in OPEN:
            found.extend(strings(item.content))
    return found


def positions(items: list[Inline]) -> tuple[list[tuple[int, int, Inline]], str]:
    """Each item with its start and end in the items' text, and that text."""
    spans: list[tuple[int, int, Inline]] = []
    position = 0
    for item in items:
        text = item if isinstance(item, str) else item.text
        spans.append((position, position + len(text), item))
        position += len(text)
    return spans, "".join(item if isinstance(item, str) else item.text for item in items)


def located(items: list[Inline], offset: int = 0) -> Iterator[tuple[int, Phrase]]:
    """Every phrase in ``items`` (nested ones included) with its offset in the items' text."""
    for item in items:
        if isinstance(item, Phrase):
            yield offset, item
            yield from located(item.content, offset)
            offset += len(item.text)
        else:
            offset += len(item)

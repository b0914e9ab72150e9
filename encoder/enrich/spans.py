"""Wrapping stretches of a block's text in phrases, without touching the text itself.

Every tagger (the authority file, the statistical taggers, projection, dates) puts its
phrases into a block through :func:`tag_block` or :func:`tag_inlines`, and so through
:func:`resolve`: candidate spans may overlap (two finders, or one finder proposing 手工业合作社
inside 手工业合作社体育协会), the phrases written never do. A phrase already in the block is
never cut: only plain strings are split. So splitting neither duplicates nor loses text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ..model import Block, Inline, Phrase, PhraseKind

#: A candidate phrase: its start and end in a string, and the phrase.
Found = tuple[int, int, Phrase]
#: Finds phrases in a string: (start, end, phrase) triples, which may overlap (see :func:`resolve`).
Finder = Callable[[str], list[Found]]
#: Phrases whose content may hold further phrases (a lead may name a place and a date).
OPEN = frozenset({PhraseKind.LEAD, PhraseKind.CREDIT})
#: Who wins a tie between two spans of one length and start: rules and the authority file
#: (``tagger`` None), then projection across the alignment, then the statistical taggers.
RANK = {None: 0, "projection": 1, "jieba": 2, "spacy": 2}


def resolve(candidates: Iterable[Found], length: int | None = None) -> list[Found]:
    """The spans to tag among ``candidates``: none overlapping, in text order.

    The rule: a longer span is kept before a shorter one, then an earlier one before a later
    one, then the tagger of higher :data:`RANK` (then the finder's own order); a candidate
    that overlaps one kept is dropped. Empty spans and spans outside a string of ``length``
    characters (when given) are dropped too. What a finder usually gives (spans in order,
    none overlapping) comes back as it is."""
    found = list(candidates)
    if _ordered(found, length):
        return found
    valid = [c for c in found if 0 <= c[0] < c[1] and (length is None or c[1] <= length)]
    ranks = [RANK.get(c[2].tagger, len(RANK)) for c in valid]
    return [valid[index] for index in keep([(c[0], c[1]) for c in valid], ranks)]


def keep(spans: list[tuple[int, int]], ranks: list[int] | None = None) -> list[int]:
    """The indices of the non-empty ``spans`` (start, end) that :func:`resolve`'s rule keeps
    (longer first, then earlier, then lower ``ranks``, then the given order), in text order.

    Linear in the spans' total length (a map of the characters already covered), where
    :func:`keep_plain`, the reference, compares each span with every span kept."""
    order = sorted(
        (index for index, (start, end) in enumerate(spans) if start < end),
        key=lambda i: (spans[i][0] - spans[i][1], spans[i][0], ranks[i] if ranks else 0),
    )
    if not order:
        return []
    base = min(spans[i][0] for i in order)
    covered = bytearray(max(spans[i][1] for i in order) - base)
    kept = []
    for index in order:
        start, end = spans[index][0] - base, spans[index][1] - base
        if 1 not in covered[start:end]:
            covered[start:end] = b"\x01" * (end - start)
            kept.append(index)
    return sorted(kept, key=lambda i: spans[i][0])


def keep_plain(spans: list[tuple[int, int]], ranks: list[int] | None = None) -> list[int]:
    """:func:`keep` as first written: each span against every span kept (the reference)."""
    kept: list[int] = []
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0] - spans[i][1], spans[i][0], ranks[i] if ranks else 0))
    for index in order:
        start, end = spans[index]
        if start < end and all(end <= spans[k][0] or spans[k][1] <= start for k in kept):
            kept.append(index)
    return sorted(kept, key=lambda i: spans[i][0])


def enclosing(found: list[Found], name: Found) -> list[Found] | None:
    """``found`` (in text order) with ``name`` in place of the names inside it (the longest name),
    or None where a name crosses its edges or ``found`` holds it already (its span and kind): how
    a rule adds a name it reads whole (a periodical in 《》, a numbered army unit)."""
    start, end, phrase = name
    if any(s < end and start < e and not (start <= s and e <= end) for s, e, _ in found):
        return None
    if any(s == start and e == end and p.kind is phrase.kind for s, e, p in found):
        return None
    return sorted([f for f in found if not (start <= f[0] and f[1] <= end)] + [name], key=lambda f: f[0])


def _ordered(found: list[Found], length: int | None) -> bool:
    """Whether ``found`` is already in order, inside the string, and without overlap."""
    position = 0
    for start, end, _ in found:
        if start < position or end <= start:
            return False
        position = end
    return length is None or position <= length


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


def _split(text: str, found: list[Found], out: list[Inline]) -> None:
    """Append ``text`` to ``out``, split around the (start, end, phrase) triples ``found`` in it
    (resolved first: see :func:`resolve`)."""
    position = 0
    for start, end, phrase in resolve(found, len(text)):
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

"""Windows of a long line, so that a tagger's time and memory grow linearly with the line.

A statistical tagger reads a line whole (its context is the line). On a line of megabytes
that costs memory in proportion to the line (the CRF's features, spaCy's document) and, for
spaCy, is refused past ``nlp.max_length``. A line longer than a window is therefore tagged in
windows: whole sentences (cut after a sentence end) gathered up to the window's size; a
sentence longer than a window is cut at a fixed size, each piece overlapping the next by
``overlap`` characters. The entities of the windows are put back in the line's coordinates;
an entity touching a cut that is not a sentence end is dropped (the window did not see it
whole: the overlapping window does), and overlapping entities of two windows are resolved by
:func:`.spans.keep` (longer first, then earlier). A line no longer than a window is one window,
so a tagger gives on it exactly what it gives on the line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

from .spans import keep

#: Chinese and English sentence ends.
ZH_ENDS = frozenset("。！？；")
EN_ENDS = frozenset(".!?;")

#: A window: its start and end in the line, and whether each of its two ends is a cut
#: inside a sentence (where an entity may have been cut in two).
Window = tuple[int, int, bool, bool]
_E = TypeVar("_E", bound=tuple[Any, ...])


def sentences(text: str, ends: frozenset[str]) -> list[tuple[int, int]]:
    """``text`` cut after each sentence end (and the closing quotes or brackets and spaces that
    follow it) into (start, end) pieces covering it."""
    pieces = []
    start, index, size = 0, 0, len(text)
    while index < size:
        if text[index] in ends:
            index += 1
            while index < size and (text[index] in "”’」』）)\"'" or text[index].isspace()):
                index += 1
            pieces.append((start, index))
            start = index
        else:
            index += 1
    if start < size:
        pieces.append((start, size))
    return pieces


def windows(text: str, size: int, ends: frozenset[str], overlap: int) -> list[Window]:
    """The windows of ``text`` (see the module's docstring); one when ``text`` fits in ``size``.
    The overlap is at most half a window."""
    if len(text) <= size:
        return [(0, len(text), False, False)]
    overlap = min(overlap, size // 2)  # each piece moves on by at least half a window
    out: list[Window] = []
    start = end = 0
    for s, e in sentences(text, ends):
        if e - start <= size:
            end = e
            continue
        if end > start:
            out.append((start, end, False, False))
        start = end = s
        if e - s > size:  # one sentence longer than a window: fixed pieces, overlapping
            step = size - overlap
            while e - start > size:
                out.append((start, start + size, start > s, True))
                start += step
            out.append((start, e, start > s, False))
            start = end = e
        else:
            end = e
    if end > start:
        out.append((start, end, False, False))
    return out


def tag_windows(
    text: str,
    size: int,
    ends: frozenset[str],
    overlap: int,
    tag: Callable[[list[str]], Sequence[Sequence[_E]]],
) -> list[_E]:
    """The entities ``tag`` finds in ``text`` read in windows: ``tag`` takes a list of texts and
    gives each text's entities, tuples starting with their start and end (in order, none
    overlapping); the entities come back in ``text``'s coordinates, in order, none overlapping."""
    cuts = windows(text, size, ends, overlap)
    found = tag([text[start:end] for start, end, _, _ in cuts])
    if len(cuts) == 1:
        return list(found[0])
    shifted: list[_E] = []
    for (start, end, cut_before, cut_after), entities in zip(cuts, found, strict=True):
        for entity in entities:
            if (cut_before and entity[0] == 0) or (cut_after and start + entity[1] == end):
                continue  # cut by the window's edge: the overlapping window has it whole
            shifted.append(cast(_E, (entity[0] + start, entity[1] + start, *entity[2:])))
    return [shifted[index] for index in keep([(entity[0], entity[1]) for entity in shifted])]

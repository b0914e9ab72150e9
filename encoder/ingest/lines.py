"""Source lines as the parser and the classifiers see them: text, number, indentation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class RawLine(NamedTuple):
    """A source line with its number and its indentation measured in display columns."""

    number: int
    text: str  # without indentation and trailing white space
    indent: int  # display width: ASCII space 1, U+3000 2, TAB 4
    column: int  # 1-based column where ``text`` starts


def raw_lines(lines: Sequence[str], first: int = 1) -> list[RawLine]:
    """The lines as :class:`RawLine`, numbered from ``first``."""
    out = []
    for number, line in enumerate(lines, first):
        stripped = line.lstrip(" \u3000\t")
        lead = len(line) - len(stripped)
        width = lead + line.count("\u3000", 0, lead) + 3 * line.count("\t", 0, lead) if lead else 0
        out.append(RawLine(number, stripped.rstrip(" \u3000\t"), width, lead + 1))
    return out

"""The part of jieba's word table (:mod:`.zh_words`) for one first character, split by the
words' second character: built once into the cache file, and read a pair of characters at a
time, so that a cut turns into tables only the words opening with the pairs its text holds."""

from __future__ import annotations

import marshal
from array import array

#: A part as read: the first character's own frequency (-1: not in the table, 0: only a
#: prefix), the second characters of the longer words, where each one's table ends in the
#: bytes (the first end 0), and the bytes of the marshalled tables one after the other.
Head = tuple[int, str, array, bytes]
EMPTY: Head = (-1, "", array("I", [0]), b"")


def pairs(char: str, part: dict[str, int]) -> tuple[int, str, bytes, bytes]:
    """The part of the table of the words (and prefixes) ``part`` opening with ``char``, as the
    cache file keeps it (:data:`Head`, the ends as bytes)."""
    groups: dict[str, dict[str, int]] = {}
    for word, frequency in part.items():
        if len(word) > 1:
            groups.setdefault(word[1], {})[word] = frequency
    seconds = "".join(sorted(groups))
    tables = [marshal.dumps(groups[second]) for second in seconds]
    ends = array("I", [0])
    for table in tables:
        ends.append(ends[-1] + len(table))
    return part.get(char, -1), seconds, ends.tobytes(), b"".join(tables)


def head(data: bytes | None) -> Head:
    """A part of the cache file read (:data:`EMPTY` for none): its tables stay bytes."""
    if data is None:
        return EMPTY
    frequency, seconds, ends, tables = marshal.loads(data)
    numbers = array("I")
    numbers.frombytes(ends)
    return frequency, seconds, numbers, tables


def table(part: Head, second: str) -> dict[str, int]:
    """The words and prefixes of ``part`` whose second character is ``second``, with their frequencies."""
    _, seconds, ends, tables = part
    index = seconds.find(second)
    return marshal.loads(tables[ends[index] : ends[index + 1]]) if index >= 0 else {}

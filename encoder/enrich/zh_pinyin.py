"""Pinyin of Chinese text, without tones, as pypinyin's ``lazy_pinyin`` gives it, without
loading pypinyin's phrase dictionary into every process.

Importing pypinyin reads its 47,000 phrases (and their readings) and builds the table of their
prefixes its word cut needs, which costs more than the rest of a Chinese article's names. What
``lazy_pinyin`` actually needs of them is smaller: the first reading of each character, the
phrases whose reading is not their characters' first readings (about 3,400), and the prefixes
of all phrases (for the cut). Those are built once from pypinyin itself and kept in a cache file
in the temporary folder (like jieba's cache and :mod:`.zh_words`), the phrases and prefixes split
by their first character, the characters' readings by their block of 256 code points, a part
read when a text first holds it. The conversion is then
pypinyin's: the text split into runs of characters with and without pinyin, each run with pinyin
cut by forward maximum matching over the phrases' prefixes (pypinyin's ``mmseg``, strict),
a phrase read as the dictionary reads it, anything else character by character.
:func:`reference` (pypinyin itself) is the reference a property test holds :func:`lazy_pinyin`
to.
"""

from __future__ import annotations

import functools
import importlib.util
import marshal
import os
import re
from pathlib import Path

from .cache_files import cache_path, load_or_build

_VERSION = "3"  # of the cache file's layout

#: Of the phrases beginning with one character: ``(readings of those read otherwise than their
#: characters, each prefix of one of them: whether it is a phrase)``
Part = tuple[dict[str, list[str]], dict[str, bool]]
#: ``(pattern of a character with pinyin, each block of 256 code points: the first reading of each
#: of its characters, marshalled; each first character of a phrase: its Part, marshalled)``
Table = tuple[str, dict[int, bytes], dict[str, bytes]]


def _package() -> Path | None:
    """pypinyin's folder (found without importing it), or None without pypinyin."""
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def reference(text: str) -> list[str]:
    """pypinyin's ``lazy_pinyin(text)``: the reference of :func:`lazy_pinyin`."""
    from pypinyin import lazy_pinyin as pypinyin_lazy

    return list(pypinyin_lazy(text))


def build() -> Table:
    """The table, from pypinyin (imported: this is the slow part the cache saves)."""
    from pypinyin import Style
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
    from pypinyin.converter import DefaultConverter

    converter = DefaultConverter()  # what lazy_pinyin converts each word of its cut with

    def read(word: str) -> list[str]:  # what lazy_pinyin gives for one word of its cut
        return [found[0] for found in converter.convert(word, Style.NORMAL, False, "default", True)]

    chars: dict[str, str] = {}
    for code in PINYIN_DICT:
        char = chr(code)
        found = read(char)
        if found and found != [char]:
            chars[char] = found[0]
    parts: dict[str, Part] = {}
    for phrase in PHRASES_DICT:
        phrases, prefixes = parts.setdefault(phrase[0], ({}, {}))
        for end in range(1, len(phrase)):
            prefixes.setdefault(phrase[:end], False)
        prefixes[phrase] = True
        found = read(phrase)
        if len(phrase) > 1 and found != [chars.get(char, char) for char in phrase]:
            phrases[phrase] = found
    blocks: dict[int, dict[str, str]] = {}
    for char, reading in chars.items():
        blocks.setdefault(ord(char) >> 8, {})[char] = reading
    return (
        RE_HANS.pattern,
        {block: marshal.dumps(readings) for block, readings in blocks.items()},
        {first: marshal.dumps(part) for first, part in parts.items()},
    )


def _cache_path(package: Path) -> Path:
    stamps = " ".join(
        f"{path.stat().st_size} {path.stat().st_mtime_ns}"
        for path in (package / "pinyin_dict.json", package / "phrases_dict.json", package / "__init__.py")
        if path.exists()
    )
    # pypinyin reads no phrases where PYPINYIN_NO_PHRASES is set: a table of its own
    phrases = "no-phrases" if os.environ.get("PYPINYIN_NO_PHRASES") else "phrases"
    return cache_path("zh-pinyin", f"{_VERSION} {package} {stamps} {phrases}")


def load() -> Table | None:
    """:func:`build`'s result, from the cache file when there is one (written atomically when
    not); None without pypinyin."""
    package = _package()
    if package is None:
        return None
    pattern, blocks, parts = load_or_build(_cache_path(package), build, 3)
    return pattern, blocks, parts


class Reader:
    """``lazy_pinyin`` over the table of :func:`build`."""

    def __init__(self, table: Table) -> None:
        pattern, self._blocks, self._parts = table
        self._read: dict[str, Part] = {}
        self._readings: dict[int, dict[str, str]] = {}
        # pypinyin's pattern matches a whole run; one character of it is the class inside
        self._runs = re.compile(f"({pattern.removeprefix('^(?:').removesuffix(')+$')}+)")

    def _part(self, char: str) -> Part:
        """The phrases beginning with ``char`` and their prefixes (read once)."""
        part = self._read.get(char)
        if part is None:
            data = self._parts.get(char)
            part = self._read[char] = marshal.loads(data) if data is not None else ({}, {})
        return part

    def _reading(self, char: str) -> str:
        """The first reading of ``char`` (``char`` itself where it has none); its block read once."""
        block = ord(char) >> 8
        readings = self._readings.get(block)
        if readings is None:
            data = self._blocks.get(block)
            readings = self._readings[block] = marshal.loads(data) if data is not None else {}
        return readings.get(char, char)

    def lazy_pinyin(self, text: str) -> list[str]:
        """The pinyin of each character of ``text`` with pinyin (a run without pinyin as it is)."""
        out: list[str] = []
        for index, run in enumerate(self._runs.split(text)):
            if not run:
                continue
            if index % 2 == 0:
                out.append(run)
                continue
            for word in self._cut(run):
                read = self._part(word[0])[0].get(word)
                out.extend(read if read is not None else [self._reading(char) for char in word])
        return out

    def _cut(self, run: str) -> list[str]:
        """pypinyin's word cut (``mmseg.seg``: forward maximum matching, strict): the longest
        phrase that begins what remains, found while what is read still begins a phrase; else
        one character; and where all that remains begins a phrase without holding one, each of
        its characters."""
        words: list[str] = []
        start, size = 0, len(run)
        while start < size:
            phrase_end, end = start, start + 1
            prefixes = self._part(run[start])[1]
            while end <= size and (is_phrase := prefixes.get(run[start:end])) is not None:
                if is_phrase:
                    phrase_end = end
                end += 1
            if phrase_end > start:
                words.append(run[start:phrase_end])
                start = phrase_end
            elif end > size:
                words.extend(run[start:])
                break
            else:
                words.append(run[start])
                start += 1
        return words


@functools.lru_cache(maxsize=1)
def reader() -> Reader | None:
    """The reader of this process (None without pypinyin)."""
    table = load()
    return Reader(table) if table is not None else None


def lazy_pinyin(text: str) -> list[str]:
    """pypinyin's ``lazy_pinyin(text)`` (``[]`` without pypinyin)."""
    read = reader()
    return read.lazy_pinyin(text) if read is not None else []

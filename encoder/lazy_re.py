"""Regular expressions compiled when first used, not when their module is imported.

The rules' patterns are written at the top of their modules, as ``re.compile`` would have them;
:func:`lazy` keeps each one's source and compiles it the first time a method of it is called,
so a run pays only for the patterns its articles reach (many hold large classes of Han
characters, slow to compile). ``re.compile`` of the same source is the reference: a test holds
the two to each other.

What compiling a pattern makes (the code the regular expression engine runs) is kept in a cache
file of the temporary folder, as the word table's is (:data:`CODE_CACHE`), so that a later
process does not compile the same pattern again: most of the time compiling takes goes to its
classes of Han characters, whose code is the same each time. The file is named after the Python
that made it (its version and the engine's own version numbers: another Python, another file)
and checked by a CRC-32; where it cannot be read, or what it holds is not code the engine
accepts, the pattern is compiled by ``re.compile`` (:func:`compile_cached`).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the engine of re (no stubs)
import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

#: What a compiled pattern gives that is copied onto the stand-in once it is compiled, so that
#: later uses reach the compiled pattern's own methods directly.
_COPIED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "flags",
    "groups",
    "groupindex",
)


class _Lazy:
    """A pattern's source, compiled at the first use of anything but its source (``pattern``)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.given_flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("compiled")
        if compiled is None:  # the first use: compiled once, its common methods copied on
            compiled = self.compiled = compile_cached(self.pattern, self.given_flags)
            for copied in _COPIED:
                setattr(self, copied, getattr(compiled, copied))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.given_flags!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used (see the module)."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))


# ------------------------------------------------------------------ the compiled code's cache

#: The Python and engine the cached code is for (the code's opcodes are the engine's own).
_STAMP = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXGROUPS}"

#: The cache file (see the module): a CRC-32 of the rest, then the marshalled table.
CODE_CACHE = Path(tempfile.gettempdir()) / f"encoder-patterns-{hashlib.sha1(_STAMP.encode()).hexdigest()[:16]}.marshal"

#: A table grown past this many patterns (old sources of edited rules) is started afresh.
_MOST_KEPT = 1000

#: What ``_sre.compile`` takes after the pattern's source: its flags, code, number of groups,
#: the groups' names to their numbers and the numbers to their names.
_Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_table: dict[tuple[str, int], _Parts] | None = None  # read from the file at the first compile
_made: dict[tuple[str, int], _Parts] = {}  # compiled by this process, not found in the file


def compile_cached(
    pattern: str, flags: int = 0, plain: Callable[[str, int], re.Pattern[str]] = re.compile
) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` (the reference), its code taken from :data:`CODE_CACHE`
    where it is there, else made and added to it when the process ends; ``plain(pattern,
    flags)`` where the engine is not reached this way."""
    global _table
    if _table is None:
        _table = _read(CODE_CACHE)
        atexit.register(_save)
    key = (pattern, int(flags))
    parts = _table.get(key) or _made.get(key)
    try:
        if parts is None:
            parts = _made[key] = _parts(pattern, int(flags))
        return cast("re.Pattern[str]", _sre.compile(pattern, *parts))
    except Exception:  # a Python whose engine is not reached this way, or code it refuses
        _made.pop(key, None)
        return plain(pattern, flags)


@contextlib.contextmanager
def every_pattern_cached() -> Iterator[None]:
    """Inside, every pattern of text that ``re`` compiles, other libraries' too, is compiled by
    :func:`compile_cached` (for a library that compiles many when it is loaded: spaCy). Each is
    the pattern ``re.compile`` gives; patterns of bytes, and ``re.DEBUG``, go to ``re`` itself."""
    from re import _compiler  # type: ignore[attr-defined]

    plain = _compiler.compile

    def compile_text(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and not flags & re.DEBUG:
            return compile_cached(pattern, flags, plain)
        return plain(pattern, flags)

    _compiler.compile = compile_text
    try:
        yield
    finally:
        _compiler.compile = plain


def _parts(pattern: str, flags: int) -> _Parts:
    """What ``re.compile`` gives ``_sre.compile`` for ``pattern`` (as ``re._compiler.compile``)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    if flags & re.DEBUG:
        raise ValueError("compiled by re.compile alone")
    parsed = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # its opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _read(path: Path) -> dict[tuple[str, int], _Parts]:
    """The table of ``path``; an empty one where there is none, it does not pass its CRC-32, or
    another user owns it (the temporary folder may be shared: the code is taken as it is)."""
    try:
        with path.open("rb") as opened:
            if hasattr(os, "getuid") and os.fstat(opened.fileno()).st_uid != os.getuid():
                return {}
            data = opened.read()
        if int.from_bytes(data[:4], "little") == zlib.crc32(data[4:]):
            table = marshal.loads(data[4:])
            if isinstance(table, dict):
                return table
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return {}


def _save() -> None:
    """The patterns this process compiled added to the cache file (read again: another process
    may have added its own), written atomically; nothing where the folder cannot be written."""
    if not _made:
        return
    table = _read(CODE_CACHE)
    if len(table) + len(_made) > _MOST_KEPT:
        table = {}
    table.update(_made)
    temporary = None
    try:
        data = marshal.dumps(table)
        handle, temporary = tempfile.mkstemp(dir=CODE_CACHE.parent, prefix=CODE_CACHE.name, suffix=".part")
        with os.fdopen(handle, "wb") as written:
            written.write(zlib.crc32(data).to_bytes(4, "little") + data)
        os.replace(temporary, CODE_CACHE)
    except (OSError, ValueError):
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass

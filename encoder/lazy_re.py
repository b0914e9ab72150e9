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
and the version of its own layout, checked by a CRC-32, each entry by a CRC-32 of its key and
its code together; where it cannot be read, or what it holds is not code the engine accepts, the
pattern is compiled by ``re.compile`` (:func:`compile_cached`).

The trust given the file is the other caches' (:mod:`.own_files`): it is read only where it is
a regular file of this user's (written 0600 by this user's processes), and its code is then
taken as it is, not parsed again (that is the time saved). The checks catch a damaged file or
an entry mixed up with another pattern's, not a forgery: anyone who can write this user's files
can run code as this user anyway. Only keys of exactly ``str`` are kept (marshal refuses a
subclass of it); other patterns are compiled by ``re.compile``. A forked worker of a pool ends
without running ``atexit``: the pool saves what it compiled after each chunk (:func:`save`).
Saves are serialized by an advisory lock on a file beside the cache; a save that finds it held
is skipped (what it compiled is saved by a later save of the process, or compiled again).
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
import threading
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

from .own_files import read_own, write_own

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

#: The version of the cache file's layout (an entry: the CRC-32 of its key and parts, its parts).
_LAYOUT = "2"

#: The Python and engine the cached code is for (the code's opcodes are the engine's own), and
#: the file's layout.
_STAMP = f"{_LAYOUT}|{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXGROUPS}"

#: The cache file (see the module): a CRC-32 of the rest, then the marshalled table.
CODE_CACHE = Path(tempfile.gettempdir()) / f"encoder-patterns-{hashlib.sha1(_STAMP.encode()).hexdigest()[:16]}.marshal"

#: A table grown past this many patterns (old sources of edited rules) is started afresh.
_MOST_KEPT = 1000

#: What ``_sre.compile`` takes after the pattern's source: its flags, code, number of groups,
#: the groups' names to their numbers and the numbers to their names.
_Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_Key = tuple[str, int]
_table: dict[_Key, Any] | None = None  # read from the file at the first compile: (check, parts)
_made: dict[_Key, _Parts] = {}  # compiled by this process, not found in the file

_hook_lock = threading.Lock()  # every_pattern_cached's: its depth and re's compiler
_hook_depth = 0
_hook_plain: Any = None


def compile_cached(
    pattern: str, flags: int = 0, plain: Callable[[str, int], re.Pattern[str]] = re.compile
) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` (the reference), its code taken from :data:`CODE_CACHE`
    where it is there, else made and added to it when the process ends; ``plain(pattern,
    flags)`` where the engine is not reached this way, or ``pattern`` is not exactly a ``str``."""
    global _table
    if type(pattern) is not str or not isinstance(flags, int):
        return plain(pattern, flags)
    if _table is None:
        _table = _read(CODE_CACHE)
        atexit.register(save)
    key = (pattern, int(flags))
    parts = _made.get(key) or _checked(key, _table.get(key))
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
    the pattern ``re.compile`` gives; patterns of bytes, and ``re.DEBUG``, go to ``re`` itself.
    Blocks of it may be entered by several threads at once: ``re``'s own compiler is put back
    when the last one leaves, in whatever order they leave."""
    global _hook_depth, _hook_plain
    from re import _compiler  # type: ignore[attr-defined]

    with _hook_lock:
        if _hook_depth == 0:
            plain = _hook_plain = _compiler.compile

            def compile_text(pattern: Any, flags: int = 0) -> Any:
                if isinstance(pattern, str) and not flags & re.DEBUG:
                    return compile_cached(pattern, flags, plain)
                return plain(pattern, flags)

            _compiler.compile = compile_text
        _hook_depth += 1
    try:
        yield
    finally:
        with _hook_lock:
            _hook_depth -= 1
            if _hook_depth == 0:
                _compiler.compile, _hook_plain = _hook_plain, None


def _check(key: _Key, parts: _Parts) -> int:
    """The CRC-32 binding ``key`` to ``parts`` (marshal's version 2: no references, the same
    bytes whoever holds the objects)."""
    return zlib.crc32(marshal.dumps((key, parts), 2))


def _checked(key: _Key, entry: Any) -> _Parts | None:
    """The parts of a cache file's ``entry`` for ``key``, None where it is not bound to ``key``."""
    try:
        check, parts = entry
        if check == _check(key, parts):
            return cast("_Parts", parts)
    except (TypeError, ValueError):
        pass
    return None


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


def _read(path: Path) -> dict[_Key, Any]:
    """The table of ``path``; an empty one where it is not this user's regular file
    (:func:`.own_files.read_own`) or does not pass its CRC-32."""
    data = read_own(path)
    if data is None or len(data) < 4:
        return {}
    try:
        if int.from_bytes(data[:4], "little") == zlib.crc32(data[4:]):
            table = marshal.loads(data[4:])
            if isinstance(table, dict):
                return table
    except (EOFError, ValueError, TypeError):
        pass
    return {}


def save() -> None:
    """The patterns this process compiled added to the cache file (read again: another process
    may have added its own), written atomically under the lock beside it; nothing where the
    folder cannot be written or another process holds the lock (they are kept for a later save)."""
    if not _made:
        return
    lock = _lock(CODE_CACHE.with_name(CODE_CACHE.name + ".lock"))
    if lock is None:
        return
    try:
        made = dict(_made)
        table = _read(CODE_CACHE)
        if len(table) + len(made) > _MOST_KEPT:
            table = {}
        table.update({key: (_check(key, parts), parts) for key, parts in made.items()})
        data = marshal.dumps(table)
        if write_own(CODE_CACHE, lambda written: written.write(zlib.crc32(data).to_bytes(4, "little") + data)):
            for key in made:
                _made.pop(key, None)
            if _table is not None:
                _table.update({key: table[key] for key in made})
    except ValueError:  # (marshal refuses what the table holds)
        pass
    finally:
        os.close(lock)


def _lock(path: Path) -> int | None:
    """A descriptor of ``path`` holding an exclusive advisory lock on it, None where it cannot be
    opened or another process holds the lock (no lock where the system has none: the save then
    goes on without one)."""
    try:
        handle = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except (OSError, ValueError):
        return None
    try:
        import fcntl
    except ImportError:
        return handle
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(handle)
        return None
    return handle

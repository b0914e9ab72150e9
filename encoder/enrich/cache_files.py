"""Tables built once from a library's data and kept in a cache file in the temporary folder
(like jieba's own cache): :mod:`.zh_words` (jieba's dictionary) and :mod:`.zh_pinyin`
(pypinyin's readings). A cache file is read only where it is this user's regular file
(:mod:`..own_files`)."""

from __future__ import annotations

import hashlib
import marshal
import mmap
import os
import struct
import tempfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from ..own_files import open_own, read_own, write_own


def cache_path(kind: str, stamp: str) -> Path:
    """The cache file of ``kind`` for what ``stamp`` says of its sources (a version, their paths,
    sizes and times, or the hash of their bytes): another stamp, another file."""
    digest = hashlib.sha1(stamp.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"encoder-{kind}-{digest}.marshal"


def load_or_build(cache: Path, build: Callable[[], Any], items: int) -> Any:
    """The tuple of ``items`` values in ``cache``; where there is none (or what is there is not
    such a tuple), ``build()``'s, written to ``cache`` atomically (no cache where the folder
    cannot be written: the next process builds it again)."""
    # marshal.loads of the whole file: marshal.load reads a file object in small pieces
    data = read_own(cache)
    try:
        found = marshal.loads(data) if data is not None else None
        if isinstance(found, tuple) and len(found) == items:
            return found
    except (EOFError, ValueError, TypeError):
        pass
    built = build()
    write_own(cache, lambda written: marshal.dump(built, written))
    return built


class Parts(Mapping[str, bytes]):
    """The parts of a cache file written by :func:`load_or_build_parts`, each read from the
    mapped file when asked for (the file is not read whole) and checked against the CRC-32 that
    opens it: a damaged part makes ``rebuild()`` give the parts again (the file is built anew)."""

    def __init__(
        self,
        data: mmap.mmap | bytes,
        index: dict[str, tuple[int, int]],
        base: int = 0,
        rebuild: Callable[[], Parts] | None = None,
    ) -> None:
        self._data, self._index, self._base, self._rebuild = data, index, base, rebuild

    def __getitem__(self, key: str) -> bytes:
        start, end = self._index[key]
        start += self._base
        part = self._data[start + _CHECK.size : self._base + end]
        if _CHECK.unpack_from(self._data, start)[0] != zlib.crc32(part):
            if self._rebuild is None:
                raise ValueError(f"the part {key!r} of a cache file is damaged")
            fresh = self._rebuild()
            self._data, self._index, self._base, self._rebuild = fresh._data, fresh._index, fresh._base, None
            return self[key]
        return part

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self._index else default

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


#: The length of the header (the value and where each part lies) that opens the file.
_LENGTH = struct.Struct("<Q")
#: The CRC-32 of a part, that opens it.
_CHECK = struct.Struct("<I")


def load_or_build_parts(cache: Path, build: Callable[[], tuple[dict[str, bytes], Any]]) -> tuple[Parts, Any]:
    """:func:`load_or_build` of a table of many parts (bytes by key) and one more value: the file
    holds a header (the value, and where each part lies after the header), then the parts, each
    opened by its CRC-32, and is mapped, not read whole."""
    handle = open_own(cache)
    try:
        if handle is None:
            raise OSError("no cache file of this user's")
        try:
            data = mmap.mmap(handle, 0, access=mmap.ACCESS_READ)
        finally:
            os.close(handle)
        (length,) = _LENGTH.unpack_from(data)
        base = _LENGTH.size + length
        value, index = marshal.loads(data[_LENGTH.size : base])
        if isinstance(index, dict) and all(base + end <= len(data) for _, end in index.values()):
            return Parts(data, index, base, lambda: _build_parts(cache, build)[0]), value
    except (OSError, EOFError, ValueError, TypeError, struct.error):
        pass
    return _build_parts(cache, build)


def _build_parts(cache: Path, build: Callable[[], tuple[dict[str, bytes], Any]]) -> tuple[Parts, Any]:
    """``build()``'s parts and value, written to ``cache`` as :func:`load_or_build_parts` reads it."""
    built, value = build()
    parts = [_CHECK.pack(zlib.crc32(part)) + part for part in built.values()]
    index, offset = {}, 0
    for key, part in zip(built, parts, strict=True):
        index[key] = (offset, offset + len(part))
        offset += len(part)
    header = marshal.dumps((value, index))

    def write(written: IO[bytes]) -> None:
        written.write(_LENGTH.pack(len(header)))
        written.write(header)
        written.writelines(parts)

    write_own(cache, write)
    return Parts(b"".join(parts), index), value

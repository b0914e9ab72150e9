"""Cache files of the temporary folder opened only where they are this user's regular files.

The temporary folder may be shared and the caches' names are predictable: another user may have
put a file, a link or a FIFO where a cache is looked for. A cache is read only from a regular
file this user owns, opened without following a link and without waiting on a FIFO
(``O_NOFOLLOW``, ``O_NONBLOCK`` where the system has them); anything else is no cache (the
table is built, or the pattern compiled, as where there is none). The caches are written by
``tempfile.mkstemp`` (mode 0600) and renamed into place, so what such a file holds is what this
user's processes wrote: the trust the caches' readers give it (:func:`write_own`).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def open_own(path: Path) -> int | None:
    """A descriptor of ``path`` opened for reading, None where it cannot be opened or is not a
    regular file of this user (see the module); the caller closes it."""
    try:
        handle = os.open(path, _FLAGS)
    except (OSError, ValueError):
        return None
    try:
        found = os.fstat(handle)
        if stat.S_ISREG(found.st_mode) and (not hasattr(os, "getuid") or found.st_uid == os.getuid()):
            return handle
    except OSError:
        pass
    os.close(handle)
    return None


def read_own(path: Path) -> bytes | None:
    """The bytes of ``path`` where :func:`open_own` opens it, else None."""
    handle = open_own(path)
    if handle is None:
        return None
    try:
        with os.fdopen(handle, "rb") as opened:
            return opened.read()
    except OSError:
        return None


def write_own(path: Path, write: Callable[[IO[bytes]], object]) -> bool:
    """``path`` written by ``write`` atomically, through a ``.part`` file beside it (mode 0600) that
    does not stay behind; False, nothing written, where the folder cannot be written or the file
    not replaced."""
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
        with os.fdopen(handle, "wb") as written:
            write(written)
        os.replace(temporary, path)
        return True
    except OSError:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
        return False

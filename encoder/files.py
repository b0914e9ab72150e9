"""Atomic output: a file appears whole under its name, or not at all."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()


def _special(target: Path) -> bool:
    """Whether ``target`` is a device, pipe or socket (``/dev/null``, a FIFO), or a link to one
    of a process's open files (``/dev/stdout`` → ``/proc/self/fd/1``, whatever that is): what is
    written there goes to what it stands for, and is never replaced by a file."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return True
    return _is_fd_link(target)


def _is_fd_link(target: Path) -> bool:
    """Whether ``target`` is a link into ``/proc`` (``/dev/stdout``) or one of the links of a
    ``/proc/…/fd`` folder (``/dev/fd/1``)."""
    if not target.is_symlink():
        return False
    return os.readlink(target).startswith("/proc/") or os.path.realpath(target.parent).startswith("/proc/")


@contextmanager
def atomic(target: Path) -> Iterator[BinaryIO]:
    """A binary stream to a temporary file beside ``target``, renamed to it when the block ends
    without error; on any error (Ctrl-C included) the temporary file is removed.

    A device, pipe or socket at ``target`` is written in place, never replaced by a file (a
    rename over ``/dev/null`` run as root would make it a plain file)."""
    if _special(target):
        with open(target, "wb") as stream:
            yield stream
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.chmod(temporary, _FILE_MODE)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file and a rename."""
    with atomic(target) as stream:
        stream.write(data)


def drop_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush at exit cannot fail too."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor (a test's capture): nothing to flush at exit
        pass

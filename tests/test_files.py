"""Atomic output (encoder/files.py): whole files or none, and devices or pipes written in place."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from encoder.files import atomic, write_atomic


def test_a_file_appears_whole_and_no_temporary_file_stays(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.xml"
    write_atomic(target, b"<TEI/>")
    assert target.read_bytes() == b"<TEI/>" and os.listdir(target.parent) == ["a.xml"]


def test_an_error_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "a.xml"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic(target) as stream:
        stream.write(b"half")
        raise RuntimeError
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["a.xml"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_written_in_place_never_replaced_by_a_file(tmp_path: Path) -> None:
    """Replacing it by a rename would turn ``-o /dev/null`` into a plain file when run as root."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    write_atomic(pipe, b"<TEI/>")
    reader.join(timeout=10)
    assert received == [b"<TEI/>"]
    assert stat.S_ISFIFO(pipe.stat().st_mode) and os.listdir(tmp_path) == ["pipe"]


def test_the_null_device_stays_a_device(tmp_path: Path) -> None:
    write_atomic(Path(os.devnull), b"<TEI/>")
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)
    assert not list(Path(os.devnull).parent.glob(".null.*.tmp"))

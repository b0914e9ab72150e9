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


def test_a_link_to_an_open_file_is_written_through_never_replaced(tmp_path: Path) -> None:
    """``-o /dev/stdout`` with stdout sent to a file: the file gets the output, the link stays."""
    out = tmp_path / "out.xml"
    with out.open("wb") as handle:
        fd_link = Path(f"/proc/self/fd/{handle.fileno()}")
        if not fd_link.exists():
            pytest.skip("no /proc here")
        link = tmp_path / "stdout"
        link.symlink_to(fd_link)
        write_atomic(link, b"<TEI/>")
        handle.flush()
    assert link.is_symlink() and out.read_bytes() == b"<TEI/>"
    assert sorted(os.listdir(tmp_path)) == ["out.xml", "stdout"]


def test_a_link_to_a_plain_file_is_replaced_not_followed(tmp_path: Path) -> None:
    """Another link at the output path is replaced, as before: output never lands elsewhere."""
    elsewhere = tmp_path / "elsewhere.xml"
    elsewhere.write_bytes(b"theirs")
    link = tmp_path / "a.xml"
    link.symlink_to(elsewhere)
    write_atomic(link, b"<TEI/>")
    assert not link.is_symlink() and link.read_bytes() == b"<TEI/>" and elsewhere.read_bytes() == b"theirs"

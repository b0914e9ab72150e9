"""Cache files read only where they are this user's regular files (:mod:`encoder.own_files`),
by the code cache and by the tables' caches (:mod:`encoder.enrich.cache_files`)."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from encoder import own_files
from encoder.enrich import cache_files

ROOT = Path(__file__).resolve().parents[1]


def test_a_regular_file_of_this_user_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cache"
    path.write_bytes(b"table")
    assert own_files.read_own(path) == b"table"
    assert own_files.read_own(tmp_path / "missing") is None


def test_a_fifo_a_directory_and_a_link_are_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")  # would block an open without O_NONBLOCK: nobody writes it
    (tmp_path / "folder").mkdir()
    (tmp_path / "target").write_bytes(b"table")
    (tmp_path / "link").symlink_to(tmp_path / "target")
    for name in ("fifo", "folder", "link"):
        assert own_files.read_own(tmp_path / name) is None, name


def test_a_file_of_another_user_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cache"
    path.write_bytes(b"table")
    monkeypatch.setattr(os, "getuid", lambda: path.stat().st_uid + 1)
    assert own_files.read_own(path) is None


def test_the_tables_caches_pass_over_a_fifo_and_a_foreign_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # in a child process with a time limit: a reader that blocks on the FIFO fails the test
    script = (
        "import os, sys\nfrom pathlib import Path\nfrom encoder.enrich import cache_files\n"
        "folder = Path(sys.argv[1])\n"
        "os.mkfifo(folder / 'one'); os.mkfifo(folder / 'parts')\n"
        "print(cache_files.load_or_build(folder / 'one', lambda: (1, 2), 2))\n"
        "parts, value = cache_files.load_or_build_parts(folder / 'parts', lambda: ({'a': b'x'}, 7))\n"
        "print(dict(parts), value)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split("\n")[:2] == ["(1, 2)", "{'a': b'x'} 7"]
    foreign = tmp_path / "foreign"
    foreign.write_bytes(marshal.dumps((8, 9)))
    assert cache_files.load_or_build(foreign, lambda: (1, 2), 2) == (8, 9)
    monkeypatch.setattr(os, "getuid", lambda: foreign.stat().st_uid + 1)
    assert cache_files.load_or_build(foreign, lambda: (1, 2), 2) == (1, 2)


def test_a_cache_is_written_whole_and_private_and_read_back(tmp_path: Path) -> None:
    cache = tmp_path / "table.marshal"
    assert own_files.write_own(cache, lambda written: written.write(b"abc"))
    assert own_files.read_own(cache) == b"abc"
    assert cache.stat().st_mode & 0o777 == 0o600  # mkstemp's mode: this user's alone
    assert [p.name for p in tmp_path.iterdir()] == ["table.marshal"]  # no .part left behind


def test_a_write_that_fails_leaves_no_part_and_the_old_file(tmp_path: Path) -> None:
    cache = tmp_path / "table.marshal"
    own_files.write_own(cache, lambda written: written.write(b"old"))

    def failing(written: object) -> None:
        raise OSError("disk full")

    assert not own_files.write_own(cache, failing)
    assert own_files.read_own(cache) == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["table.marshal"]
    assert not own_files.write_own(tmp_path / "missing" / "table.marshal", lambda written: written.write(b"x"))

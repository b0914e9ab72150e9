"""The code cache of :mod:`encoder.lazy_re` where its file is damaged, hostile or raced, and the
``re`` hook where several threads use it."""

from __future__ import annotations

import fcntl
import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from encoder import lazy_re

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The code cache in ``tmp_path``, as a process that has not read it yet sees it."""
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setattr(lazy_re, "CODE_CACHE", cache)
    monkeypatch.setattr(lazy_re, "_table", None)
    monkeypatch.setattr(lazy_re, "_made", {})
    return cache


def _a_later_process(monkeypatch: pytest.MonkeyPatch) -> None:
    lazy_re.save()
    monkeypatch.setattr(lazy_re, "_table", None)
    monkeypatch.setattr(lazy_re, "_made", {})


def _write_table(path: Path, table: dict[object, object]) -> None:
    data = marshal.dumps(table)
    path.write_bytes(zlib.crc32(data).to_bytes(4, "little") + data)


def _env(tmp: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp)}


def test_an_entry_holding_another_patterns_code_is_not_used(fresh_cache: Path) -> None:
    # a file that passes its CRC-32, whose entry is another pattern's code: not bound to its key
    source, other = r"(\d{4})年", r"([a-z]{4})年"
    parts = lazy_re._parts(other, 0)
    for entry in (parts, (lazy_re._check((other, 0), parts), parts)):
        _write_table(fresh_cache, {(source, 0): entry})
        lazy_re._table = None
        assert lazy_re.compile_cached(source) == re.compile(source)
        assert lazy_re.compile_cached(source).findall("1949年 abcd年") == ["1949"]


def test_the_layout_version_is_in_the_files_name() -> None:
    assert lazy_re._STAMP.startswith(f"{lazy_re._LAYOUT}|")


def test_a_fifo_at_the_cache_path_does_not_hang_the_conversion(tmp_path: Path) -> None:
    # anyone can make a FIFO under the predictable name in a shared folder: it is not read
    os.mkfifo(tmp_path / lazy_re.CODE_CACHE.name)
    script = "from encoder.lazy_re import lazy\nprint(lazy(r'[\\u4e00-\\u9fff]+').findall('人民日报 1949'))"
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], env=_env(tmp_path), capture_output=True, text=True, timeout=60, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail("compile_cached blocked on a FIFO at the cache path")
    assert done.returncode == 0 and "人民日报" in done.stdout


def test_a_directory_at_the_cache_path_is_passed_over(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh_cache.mkdir()
    assert lazy_re.compile_cached("人民+") == re.compile("人民+")
    _a_later_process(monkeypatch)
    assert fresh_cache.is_dir() and not list(fresh_cache.parent.glob("*.part"))


def test_a_symlink_at_the_cache_path_is_not_read_and_is_replaced_not_written_through(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lazy_re.compile_cached("新华社")
    _a_later_process(monkeypatch)
    target = fresh_cache.parent / "elsewhere.marshal"
    fresh_cache.rename(target)
    fresh_cache.symlink_to(target)
    assert lazy_re._read(fresh_cache) == {}  # a link is not followed, even to a good table
    before = target.read_bytes()
    assert lazy_re.compile_cached("社论") == re.compile("社论")
    _a_later_process(monkeypatch)
    assert target.read_bytes() == before and not fresh_cache.is_symlink()
    assert ("社论", 0) in lazy_re._read(fresh_cache)


@pytest.mark.parametrize("cut", [0, 3, 4, 5, 100])
def test_a_truncated_cache_file_gives_the_plain_pattern(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch, cut: int
) -> None:
    source = r"(?P<m>[一二三四五六七八九十]+)月"
    lazy_re.compile_cached(source)
    _a_later_process(monkeypatch)
    fresh_cache.write_bytes(fresh_cache.read_bytes()[:cut])
    assert lazy_re.compile_cached(source) == re.compile(source)
    assert lazy_re.compile_cached(source).match("十二月").group("m") == "十二"


def test_a_parent_that_is_a_file_is_an_unwritable_folder(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = fresh_cache.parent / "file"
    blocker.write_text("x")
    monkeypatch.setattr(lazy_re, "CODE_CACHE", blocker / "patterns.marshal")
    assert lazy_re.compile_cached("社论") == re.compile("社论")
    lazy_re.save()  # nothing raised


def test_a_str_subclass_pattern_is_compiled_plainly_and_the_others_saved(fresh_cache: Path) -> None:
    class Source(str):
        pass

    with lazy_re.every_pattern_cached():
        odd = re.compile(Source("通讯员+"))
        re.compile("记者+")
    assert odd.findall("通讯员员") == ["通讯员员"]
    assert set(lazy_re._made) == {("记者+", 0)}
    lazy_re.save()
    assert ("记者+", 0) in lazy_re._read(fresh_cache)


def test_flags_are_part_of_the_key(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for flags in (re.I, 0, re.A, re.M | re.S):
        lazy_re.compile_cached(r"\w+ peking", flags)
    _a_later_process(monkeypatch)
    for flags in (0, re.I, re.A, re.M | re.S, re.RegexFlag.IGNORECASE):
        cached, plain = lazy_re.compile_cached(r"\w+ peking", flags), re.compile(r"\w+ peking", flags)
        assert cached == plain and cached.flags == plain.flags
        assert cached.findall("人民 Peking 中国 peking") == plain.findall("人民 Peking 中国 peking")


def test_an_invalid_pattern_inside_the_hook_raises_re_error(fresh_cache: Path) -> None:
    with lazy_re.every_pattern_cached(), pytest.raises(re.error):
        re.compile("(未闭合")
    assert not lazy_re._made


def test_the_hook_is_taken_away_when_two_blocks_leave_it_in_either_order(fresh_cache: Path) -> None:
    from re import _compiler  # type: ignore[attr-defined]

    plain = _compiler.compile
    try:
        for order in ((0, 1), (1, 0)):
            blocks = [lazy_re.every_pattern_cached(), lazy_re.every_pattern_cached()]
            for block in blocks:
                block.__enter__()
            assert _compiler.compile is not plain
            blocks[order[0]].__exit__(None, None, None)
            assert _compiler.compile is not plain  # the other block still inside
            re.purge()
            re.compile("尚在+")
            blocks[order[1]].__exit__(None, None, None)
            assert _compiler.compile is plain
        assert ("尚在+", 0) in lazy_re._made
    finally:
        _compiler.compile = plain


def test_a_save_while_another_holds_the_lock_is_skipped_and_kept_for_later(fresh_cache: Path) -> None:
    lazy_re.compile_cached("人民日报社论")
    lock = os.open(fresh_cache.with_name(fresh_cache.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another open file: flock holds against this process too
        lazy_re.save()
        assert not fresh_cache.exists() and ("人民日报社论", 0) in lazy_re._made
    finally:
        os.close(lock)
    lazy_re.save()
    assert ("人民日报社论", 0) in lazy_re._read(fresh_cache) and not lazy_re._made


def test_a_save_racing_another_process_loses_no_entry(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # another process saves between this save's read and its replace: it finds the lock held and
    # keeps off; what either wrote is in the file, and the other's entry comes with its next save
    import tempfile

    _write_table(fresh_cache, {})
    lazy_re.compile_cached("人民日报社论")
    other = (
        "import sys\nfrom pathlib import Path\nfrom encoder import lazy_re\n"
        f"lazy_re.CODE_CACHE = Path({str(fresh_cache)!r})\nlazy_re.compile_cached('新华社电')\n"
        "lazy_re.save()\nprint(bool(lazy_re._made))\n"
    )
    real = tempfile.mkstemp
    skipped: list[str] = []

    def between(*args: object, **kwargs: object) -> tuple[int, str]:
        done = subprocess.run(
            [sys.executable, "-c", other], env=_env(fresh_cache.parent), capture_output=True, text=True, check=True
        )
        skipped.append(done.stdout.strip())
        return real(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", between)
    lazy_re.save()
    monkeypatch.setattr(tempfile, "mkstemp", real)
    assert skipped == ["True"]  # the other process kept its entry for a later save
    assert set(lazy_re._read(fresh_cache)) == {("人民日报社论", 0)}
    subprocess.run([sys.executable, "-c", other], env=_env(fresh_cache.parent), capture_output=True, check=True)
    assert set(lazy_re._read(fresh_cache)) == {("人民日报社论", 0), ("新华社电", 0)}


def test_processes_saving_at_once_leave_a_readable_cache(tmp_path: Path) -> None:
    script = (
        "import sys\nfrom encoder import lazy_re\n"
        "for i in range(60): lazy_re.compile_cached('[\\u4e00-\\u9fff]{%d}' % i + sys.argv[1])\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, tag], env=_env(tmp_path)) for tag in ("甲", "乙", "丙", "丁")
    ]
    assert all(proc.wait(timeout=120) == 0 for proc in procs)
    (cache,) = tmp_path.glob("encoder-patterns-*.marshal")
    assert len(lazy_re._read(cache)) >= 60 and not list(tmp_path.glob("*.part"))

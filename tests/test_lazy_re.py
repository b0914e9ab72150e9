"""The patterns compiled when first used (:mod:`encoder.lazy_re`) against ``re.compile``."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import encoder
from encoder import lazy_re
from encoder.lazy_re import _Lazy, lazy

_SOURCES = [r"(?P<year>\d{4})年", r"[\u4e00-\u9fff]+", r"^\s*(?:第[一二三]|[A-Z]\.)", r"(a)|b"]


@settings(max_examples=200, deadline=None)
@given(source=st.sampled_from(_SOURCES), flags=st.sampled_from([0, re.M, re.I]), text=st.text(max_size=30))
def test_a_lazy_pattern_does_what_the_compiled_one_does(source: str, flags: int, text: str) -> None:
    compiled, late = re.compile(source, flags), lazy(source, flags)
    assert late.pattern == compiled.pattern
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert late.findall(text) == compiled.findall(text)
    assert late.sub("-", text) == compiled.sub("-", text)
    assert late.split(text) == compiled.split(text)
    assert (late.flags, late.groups, late.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
    assert bool(late.match(text)) == bool(compiled.match(text))
    assert bool(late.fullmatch(text)) == bool(compiled.fullmatch(text))


def test_every_lazy_pattern_of_the_package_compiles() -> None:
    """A pattern is compiled when first used: each one is compiled here, so that none waits for
    an article to find that it does not compile."""
    found = 0
    for module in pkgutil.walk_packages(encoder.__path__, "encoder."):
        if module.name.startswith(("encoder.bench", "encoder.train_", "encoder.evaluate")):
            continue
        for value in vars(importlib.import_module(module.name)).values():
            held = value.values() if isinstance(value, dict) else value if isinstance(value, tuple | list) else [value]
            for pattern in (item for item in held if isinstance(item, _Lazy)):
                assert pattern.flags == re.compile(pattern.pattern, pattern.given_flags).flags  # compiled here
                found += 1
    assert found > 200


# ------------------------------------------------------------------ the compiled code's cache


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The code cache in ``tmp_path``, as a process that has not read it yet sees it."""
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setattr(lazy_re, "CODE_CACHE", cache)
    monkeypatch.setattr(lazy_re, "_table", None)
    monkeypatch.setattr(lazy_re, "_made", {})
    return cache


def _a_later_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What this process compiled written to the cache file, then read as the next process reads it."""
    lazy_re.save()
    monkeypatch.setattr(lazy_re, "_table", None)
    monkeypatch.setattr(lazy_re, "_made", {})


def _package_patterns() -> list[_Lazy]:
    found: list[_Lazy] = []
    for module in pkgutil.walk_packages(encoder.__path__, "encoder."):
        for value in vars(importlib.import_module(module.name)).values():
            held = value.values() if isinstance(value, dict) else value if isinstance(value, tuple | list) else [value]
            found.extend(item for item in held if isinstance(item, _Lazy))
    return found


def _same(cached: re.Pattern[str], plain: re.Pattern[str]) -> None:
    # patterns are equal when their source, flags and code are
    assert cached == plain
    assert (cached.flags, cached.groups, cached.groupindex) == (plain.flags, plain.groups, plain.groupindex)


def test_every_pattern_of_the_package_is_compiled_from_the_cache_as_re_compiles_it(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = {(pattern.pattern, pattern.given_flags) for pattern in _package_patterns()}
    for source, flags in patterns:  # made by this process
        _same(lazy_re.compile_cached(source, flags), re.compile(source, flags))
    _a_later_process(monkeypatch)
    assert lazy_re._read(fresh_cache).keys() >= {(source, int(flags)) for source, flags in patterns}
    for source, flags in patterns:  # read from the file
        _same(lazy_re.compile_cached(source, flags), re.compile(source, flags))
    assert not lazy_re._made


_PIECES = [
    "[\u4e00-\u9fff]",
    "[^，。]",
    r"\d",
    "(?P<n>[一二三])",
    "(a|bc)",
    "(?:记者|通讯员)",
    "[A-Za-z·]",
    r"\s",
    "(?<=、)",
    "(?!据)",
    "^",
    "$",
]


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6),
    repeat=st.sampled_from(["", "+", "*?", "{2,4}", "?"]),
    flags=st.sampled_from([0, re.M, re.I, re.S, re.X]),
    text=st.text(alphabet="一二三记者通讯员，。、据ab c1·" + "人民日报", max_size=30),
)
def test_a_pattern_from_the_cache_is_the_one_re_compiles(
    tmp_path_factory: pytest.TempPathFactory, pieces: list[str], repeat: str, flags: int, text: str
) -> None:
    source = "".join(piece + repeat if piece not in "^$" and not piece.startswith("(?") else piece for piece in pieces)
    try:
        plain = re.compile(source, flags)
    except re.error:
        with pytest.raises(re.error):
            lazy_re.compile_cached(source, flags)
        return
    with pytest.MonkeyPatch.context() as monkeypatch:
        cache = tmp_path_factory.mktemp("cache") / "patterns.marshal"
        monkeypatch.setattr(lazy_re, "CODE_CACHE", cache)
        monkeypatch.setattr(lazy_re, "_table", None)
        monkeypatch.setattr(lazy_re, "_made", {})
        for _ in range(2):  # made, then read from the file
            cached = lazy_re.compile_cached(source, flags)
            _same(cached, plain)
            assert [m.span() for m in cached.finditer(text)] == [m.span() for m in plain.finditer(text)]
            _a_later_process(monkeypatch)


def test_a_damaged_cache_file_is_not_read(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lazy_re.compile_cached(r"[\u4e00-\u9fff]{2,4}")
    _a_later_process(monkeypatch)
    data = bytearray(fresh_cache.read_bytes())
    data[-3] ^= 0xFF
    fresh_cache.write_bytes(bytes(data))
    assert lazy_re._read(fresh_cache) == {}
    _same(lazy_re.compile_cached(r"[\u4e00-\u9fff]{2,4}"), re.compile(r"[\u4e00-\u9fff]{2,4}"))
    fresh_cache.write_bytes(b"\x00\x01")
    assert lazy_re._read(fresh_cache) == {}


def test_a_cache_file_of_another_user_is_not_read(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lazy_re.compile_cached("a+b")
    _a_later_process(monkeypatch)
    assert lazy_re._read(fresh_cache)
    monkeypatch.setattr(os, "getuid", lambda: fresh_cache.stat().st_uid + 1)
    assert lazy_re._read(fresh_cache) == {}
    _same(lazy_re.compile_cached("a+b"), re.compile("a+b"))


def test_code_the_engine_refuses_gives_the_plain_pattern(fresh_cache: Path) -> None:
    """A table whose code is not what the engine runs (a cache of another Python under this
    one's name): the engine refuses it and the pattern is compiled by ``re.compile``."""
    source = r"(?P<year>\d{4})年"
    flags, code, groups, groupindex, indexgroup = lazy_re._parts(source, 0)
    refused = (flags, [9999, *code[1:]], groups, groupindex, indexgroup)
    lazy_re._table = {(source, 0): (lazy_re._check((source, 0), refused), refused)}
    _same(lazy_re.compile_cached(source), re.compile(source))
    lazy_re._table = {(source, 0): (flags,)}
    _same(lazy_re.compile_cached(source), re.compile(source))


def test_a_cache_that_cannot_be_written_is_left(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lazy_re, "CODE_CACHE", fresh_cache.parent / "missing" / "patterns.marshal")
    lazy_re.compile_cached("a+b")
    lazy_re.save()  # nothing raised, nothing written
    assert not (fresh_cache.parent / "missing").exists()


def test_a_table_grown_too_long_is_started_afresh(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lazy_re, "_MOST_KEPT", 3)
    for source in ("a", "b", "c"):
        lazy_re.compile_cached(source)
    _a_later_process(monkeypatch)
    lazy_re.compile_cached("d")
    _a_later_process(monkeypatch)
    assert set(lazy_re._read(fresh_cache)) == {("d", 0)}


def test_inside_every_pattern_cached_re_compile_gives_its_own_patterns(fresh_cache: Path) -> None:
    from re import _compiler  # type: ignore[attr-defined]

    plain = _compiler.compile
    sources = [r"[\u00A6\u00A9\u00AE]+x", r"(?u)^(?:\w+://)?\S+"]
    with lazy_re.every_pattern_cached():
        inside = [re.compile(source, re.I) for source in sources]
        in_bytes = re.compile(rb"(__libc_init)|(GLIBC_([0-9.]+))")
    assert _compiler.compile is plain  # put back
    assert set(lazy_re._made) == {(source, int(re.I)) for source in sources}  # bytes went to re
    re.purge()
    for source, pattern in zip(sources, inside, strict=True):
        _same(pattern, re.compile(source, re.I))
    assert in_bytes == re.compile(rb"(__libc_init)|(GLIBC_([0-9.]+))")


def test_the_package_patterns_have_one_source_in_every_process() -> None:
    """The cache is keyed by a pattern's source: a source built from a set in its hash order
    would be another key in each process (and the file would grow with them)."""
    script = (
        "import importlib, pkgutil, encoder\n"
        "from encoder.lazy_re import _Lazy\n"
        "for m in pkgutil.walk_packages(encoder.__path__, 'encoder.'):\n"
        "    for v in vars(importlib.import_module(m.name)).values():\n"
        "        h = v.values() if isinstance(v, dict) else v if isinstance(v, tuple | list) else [v]\n"
        "        for p in h:\n"
        "            if isinstance(p, _Lazy): print(repr((p.pattern, p.given_flags)))\n"
    )
    seen = [
        sorted(
            subprocess.run(
                [sys.executable, "-c", script],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "PYTHONHASHSEED": seed},
            ).stdout.splitlines()
        )
        for seed in ("1", "2")
    ]
    assert seen[0] == seen[1] and len(seen[0]) > 200

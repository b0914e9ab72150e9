"""Where a run's chunks are converted (:mod:`encoder.run.executors`): the code cache of the
regular expressions (:mod:`encoder.lazy_re`) fed by forked workers, and outputs the same with
the cache cold and warm."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from encoder import lazy_re

from .conftest import FIXTURES, ROOT


def _convert(inputs: Path, out: Path, temp: Path, *more: str) -> dict[str, bytes]:
    subprocess.run(
        [sys.executable, "-m", "encoder", "convert", str(inputs), "-o", str(out), *more],
        env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp)},
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    return {str(path.relative_to(out)): path.read_bytes() for path in sorted(out.rglob("*.xml"))}


def _inputs(tmp_path: Path, paths: list[Path]) -> Path:
    given = tmp_path / "in"
    given.mkdir()
    for path in paths:
        shutil.copy(path, given / path.name)
    return given


def test_a_run_with_two_workers_leaves_the_patterns_they_compiled_in_the_cache(tmp_path: Path) -> None:
    # forked workers end without atexit: the pool saves after each chunk
    given = _inputs(tmp_path, sorted((FIXTURES / "rmrb-json-dev").glob("*.json"))[:6])
    temp = tmp_path / "tmp"
    temp.mkdir()
    _convert(given, tmp_path / "out", temp, "--jobs", "2", "--no-ner")
    (cache,) = temp.glob("encoder-patterns-*.marshal")
    table = lazy_re._read(cache)
    assert len(table) > 50
    assert not list(temp.glob("*.part"))


def test_outputs_with_the_cache_cold_and_warm_are_the_same_bytes(tmp_path: Path) -> None:
    dev = sorted((FIXTURES / "rmrb-json-dev").glob("*.json"))
    given = _inputs(tmp_path, [*dev[::97], *sorted((FIXTURES / "bilingual").glob("*.txt"))[:4]])
    temp = tmp_path / "tmp"
    temp.mkdir()
    cold = _convert(given, tmp_path / "cold", temp)
    assert list(temp.glob("encoder-patterns-*.marshal"))
    warm = _convert(given, tmp_path / "warm", temp)
    assert len(cold) == len(list(given.iterdir())) and cold == warm

"""The benchmark runs through the real pipeline and prints every figure the README quotes."""

from __future__ import annotations

import re

from encoder import bench


def test_benchmark_prints_its_figures(capsys) -> None:
    assert bench.main(["--articles", "40", "--stage-articles", "40", "--rounds", "2", "--skip-jobs"]) == 0
    out = capsys.readouterr().out
    for stage in ("read and parse", "enrich", "write", "fidelity", "validate", "whole pipeline"):
        assert re.search(rf"^  {stage} +\d+ articles/s +[\d.]+ MB/s", out, re.MULTILINE), stage
    ratio = re.search(
        r"ratio of the whole pipeline to the floor: ([\d.]+)x \(median of the rounds; "
        r"their ratios ([\d., ]+); fastest of each ([\d.]+)x\)",
        out,
    )
    assert ratio and float(ratio.group(1)) > 1 and len(ratio.group(2).split(", ")) == 2 and float(ratio.group(3)) > 1
    assert re.search(
        r"floor alone in one tight loop: \d+ articles/s; the ratio to it: [\d.]+x \(median of the "
        r"rounds; their ratios [\d.]+, [\d.]+\)",
        out,
    )

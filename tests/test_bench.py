"""The benchmark runs both paths the way ``encoder convert`` does and prints every figure the
README quotes; the run report's CPU time is CPU time."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from encoder import bench
from encoder.bench_sizes import KINDS, generate
from encoder.cli import main


def test_benchmark_prints_its_figures(capsys) -> None:
    argv = [
        "--articles",
        "40",
        "--fast-articles",
        "40",
        "--ner-articles",
        "2",
        "--rounds",
        "2",
        "--skip-jobs",
        "--sizes",
        "",
    ]
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    for label, count in (("default path", 2), ("--no-ner path", 40)):
        section = out.split(label, 1)[1]
        assert re.match(rf" \(.*\): {count} articles \([\d,]+ characters\), median of 2 rounds by CPU time", section)
        for stage in ("read and parse", "enrich", "write", "fidelity", "validate"):
            assert re.search(rf"^  {stage} +\d+ articles/s +[\d.]+ % \(wall\)", section, re.MULTILINE), stage
        whole = re.search(
            r"^  whole pipeline +[\d.]+ articles/s +\d+ characters/s \(per CPU second\)  "
            r"CPU ([\d.]+) s \(wall [\d.]+ s\)",
            section,
            re.MULTILINE,
        )
        assert whole and float(whole.group(1)) > 0
        ratio = re.search(r"ratio to the floor \(CPU\): ([\d.]+)x \(rounds ([\d., ]+)\)", section)
        assert ratio and float(ratio.group(1)) > 1 and len(ratio.group(2).split(", ")) == 2


def test_run_report_counts_cpu_and_wall_time_apart(tmp_path: Path) -> None:
    bench.synthesize(6, tmp_path / "in")
    out = tmp_path / "out"
    assert main(["convert", "-q", "--no-ner", str(tmp_path / "in"), "-o", str(out)]) == 0
    report = json.loads((out / "encoder-report.json").read_text(encoding="utf-8"))
    summary = report["summary"]
    assert summary["cpu_seconds_in_conversions"] > 0 and summary["wall_seconds_in_conversions"] > 0
    assert all(entry["cpu_seconds"] > 0 and entry["seconds"] > 0 for entry in report["files"])
    assert summary["jobs"] == 1


def test_the_growing_size_section_prints_time_and_memory_per_size(capsys) -> None:
    argv = ["--sizes-only", "--sizes", "0.02,0.06", "--kinds", "zh,bilingual", "--size-paths", "no-ner"]
    assert bench.main(argv) == 0
    rows = re.findall(
        r"^  (\S+) +no-ner +([\d.]+) +([\d.]+) +[\d.]+ +([\d.]+) +([\d.]+) +(\d+) +\d+  (\S+)$",
        capsys.readouterr().out,
        re.MULTILINE,
    )
    assert [(row[0], row[-1]) for row in rows] == [
        (kind, "converted") for kind in ("zh", "zh", "bilingual", "bilingual")
    ]
    assert [round(float(row[1]), 2) for row in rows] == [0.02, 0.06, 0.02, 0.06]
    assert all(float(row[4]) == 1.0 for row in rows[::2]) and all(int(row[5]) > 0 for row in rows)


@pytest.mark.parametrize("kind", KINDS)
def test_generated_inputs_have_their_size_and_convert(kind) -> None:
    from encoder.ingest.reader import decode
    from encoder.run.pipeline import encode_sources

    text = generate(kind, 30_000)
    assert 30_000 <= len(text.encode("utf-8")) < 36_000
    (result,) = encode_sources([decode(text.encode("utf-8"), f"{kind}.md")], ner=False)
    assert result.ok, result.diagnostics
    lines = [line for line in text.splitlines() if len(line) > 10_000]
    assert (kind in ("zh-line", "en-line")) == bool(lines)  # one line of the whole size


def test_the_default_path_section_prints_rate_projection_tagger_and_one_file_rows(
    capsys, monkeypatch, tmp_path
) -> None:
    """``--default-only``: the default path's rate over real articles and the projection to the
    whole corpus on 16 cores, the Chinese tagger's characters per second, and one-file CPU rows
    for a Chinese-only and two bilingual files on both paths (figures printed, not judged)."""
    dev = tmp_path / "dev"
    dev.mkdir()
    for path in sorted(bench.DEV.glob("*.json"))[:3]:
        (dev / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(bench, "DEV", dev)
    assert bench.main(["--default-only", "--rounds", "1", "--one-file-runs", "1"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"default path over the 3 real articles of dev .*\n  [\d.]+ articles/s +\d+ characters/s", out)
    hours = re.search(r"projected: 1,300,000 articles on 16 cores at this rate: ([\d.]+) h", out)
    assert hours and float(hours.group(1)) > 0
    assert re.search(r"^ +\d+ characters per CPU second, one core", out, re.MULTILINE)
    rows = re.findall(r"^  (Chinese-only|bilingual) .* default +([\d.]+) s \([\d.]+\) +--no-ner +([\d.]+) s", out, re.M)
    assert [row[0] for row in rows] == ["Chinese-only", "bilingual", "bilingual"]
    assert all(float(default) > 0 and float(fast) > 0 for _, default, fast in rows)

"""Corpus runs: process pool, report, resume, progress, Ctrl-C, Dask, teiCorpus."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lxml import etree

from encoder.bench import synthesize
from encoder.check.validate import Validation
from encoder.cli import main

from .conftest import RMRB

DASK = importlib.util.find_spec("distributed") is not None
#: No test here checks names, so runs tag them from the authority file only: the statistical
#: taggers cost seconds of start-up in every process.
CONVERT = ["convert", "--no-ner"]


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    """120 articles in a dated tree, and one corrupt file among them."""
    folder = tmp_path_factory.mktemp("corpus") / "in"
    synthesize(120, folder)
    (folder / "1950" / "01" / "02" / "corrupt.md").write_bytes(b"### \xb1\xea\xcc\xe2\n\n1950-01-02\n")
    return folder


def report(out: Path) -> dict:
    return json.loads((out / "encoder-report.json").read_text(encoding="utf-8"))


def outputs(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*.xml"))


def test_two_jobs_convert_the_tree_and_report_the_corrupt_file(tree, tmp_path, capsys) -> None:
    out = tmp_path / "out"
    assert main([*CONVERT, str(tree), "-o", str(out), "--jobs", "2"]) == 1
    written = outputs(out)
    assert len(written) == 120 and "1950/01/02/000_770e009bb3385bcc.xml" in written
    summary = report(out)["summary"]
    assert (summary["total"], summary["converted"], summary["failed"], summary["interrupted"]) == (121, 120, 1, False)
    (bad,) = [f for f in report(out)["files"] if f["status"] == "failed"]
    assert bad["path"].endswith("corrupt.md") and ":1:5: error R001:" in bad["diagnostics"][0]
    err = capsys.readouterr().err
    assert "progress: 121/121 files" in err and "1 failed" in err  # plain lines: stderr is no terminal
    assert f"{tree}/1950/01/02/corrupt.md:1:5: error R001" in err


def test_outputs_of_a_run_are_valid(tree, tmp_path) -> None:
    out = tmp_path / "out"
    main([*CONVERT, "-q", str(tree), "-o", str(out), "--jobs", "2"])
    validation = Validation("project", engine="lxml")
    assert all(validation.file(out / name) == [] for name in outputs(out)[::10])


def test_resume_skips_what_is_up_to_date(tree, tmp_path) -> None:
    out = tmp_path / "out"
    main([*CONVERT, "-q", str(tree), "-o", str(out)])
    assert main([*CONVERT, "-q", str(tree), "-o", str(out), "--resume"]) == 1  # the corrupt file still fails
    summary = report(out)["summary"]
    assert (summary["skipped"], summary["converted"], summary["failed"]) == (120, 0, 1)
    touched = tree / "1950" / "01" / "01" / "000_770e009bb3385bcc.txt"
    future = time.time() + 5
    os.utime(touched, (future, future))
    (out / "1950" / "01" / "02" / "1946-05-19_简讯.xml").write_text("<TEI/>", encoding="utf-8")  # invalid now
    main([*CONVERT, "-q", str(tree), "-o", str(out), "--resume"])
    summary = report(out)["summary"]
    assert (summary["skipped"], summary["converted"]) == (118, 2)
    converted = sorted(f["path"] for f in report(out)["files"] if f["status"] == "converted")
    assert converted[0].endswith("01/000_770e009bb3385bcc.txt") and converted[1].endswith("02/1946-05-19_简讯.md")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_no_partial_file_and_writes_the_report(tmp_path, jobs) -> None:
    folder = tmp_path / "big"
    synthesize(3000, folder)
    out = tmp_path / "out"
    # Without the taggers chunks finish often, so a Ctrl-C often lands just as one is done: the
    # case in which a chunk's files were once written but not reported (see executors.pump).
    process = subprocess.Popen(
        [sys.executable, "-m", "encoder", *CONVERT, str(folder), "-o", str(out), "--jobs", jobs],
        stderr=subprocess.PIPE,
        text=True,
    )
    lines_file = out / ".encoder-report.json.lines"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not lines_file.exists() or lines_file.stat().st_size < 20000):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    summary = report(out)["summary"]
    assert summary["interrupted"] is True and 0 < summary["converted"] < 3000
    assert not list(out.rglob("*.tmp")) and not lines_file.exists()
    assert len(outputs(out)) == summary["converted"]
    for name in outputs(out)[:: max(1, summary["converted"] // 20)]:
        etree.parse(str(out / name))  # every file left is whole


def test_usage(tmp_path, capsys) -> None:
    assert main(["convert", str(RMRB), "-o", str(tmp_path / "o"), "--jobs", "0"]) == 2
    assert main(["convert", str(RMRB)]) == 2
    assert main(["convert", str(tmp_path / "empty-dir-that-is-not-there")]) == 1


@pytest.mark.skipif(not DASK, reason="dask.distributed is not installed (pip install '.[dask]'; CI installs it)")
def test_dask_executor_on_a_local_cluster(tree, tmp_path) -> None:
    from distributed import LocalCluster

    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        code = main(
            [*CONVERT, "-q", str(tree), "-o", str(out), "--executor", "dask", "--scheduler", cluster.scheduler_address]
        )
    assert code == 1
    summary = report(out)["summary"]
    assert (summary["converted"], summary["failed"], summary["executor"]) == (120, 1, "dask")
    assert len(outputs(out)) == 120


def test_tei_corpus_per_month_embedded_and_valid(tree, tmp_path) -> None:
    out = tmp_path / "out"
    main([*CONVERT, "-q", str(tree), "-o", str(out), "--jobs", "2"])
    assert main(["corpus", str(out), "--by", "month"]) == 0
    corpora = sorted((out / "corpus").glob("*.xml"))
    assert [p.name for p in corpora] == ["rmrb-1950-01.xml"]
    root = etree.parse(str(corpora[0])).getroot()
    assert root.tag == "{http://www.tei-c.org/ns/1.0}teiCorpus" and len(root) == 121  # header + 120
    assert Validation("project", engine="lxml").file(corpora[0]) == []
    assert Validation("tei_all", engine="lxml").file(corpora[0]) == []


def test_tei_corpus_per_date_with_xinclude(tmp_path) -> None:
    out = tmp_path / "out"
    main([*CONVERT, "-q", str(RMRB), "-o", str(out)])
    target = tmp_path / "corpora"
    assert main(["corpus", str(out), "--by", "date", "--xinclude", "-o", str(target)]) == 0
    day = etree.parse(str(target / "rmrb-1946-05-15.xml"))
    assert len(day.getroot().findall("{http://www.w3.org/2001/XInclude}include")) == 9
    day.xinclude()
    assert len(day.getroot().findall("{http://www.tei-c.org/ns/1.0}TEI")) == 9
    data = etree.tostring(day, encoding="UTF-8")
    assert Validation("tei_all", engine="lxml").data(data, "day.xml") == []


def test_progress_bar_on_a_terminal() -> None:
    import io

    from encoder.run.report import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    progress = Progress(total=4, stream=screen)
    for status in ("converted", "failed", "converted", "converted"):
        progress.update({"status": status})
    text = screen.getvalue()
    assert text.startswith("\r[") and text.endswith("4/4 files, " + text.split("4/4 files, ")[-1])
    assert "[" + "#" * 30 + "] 4/4 files" in text and "1 failed" in text and text.endswith("\n")


def test_a_full_disk_stops_the_run_and_the_report_says_what_was_written(tmp_path, monkeypatch, capsys) -> None:
    import errno

    import encoder.run.batch as batch

    real, written = batch.write_atomic, []

    def write(target: Path, data: bytes) -> None:
        if len(written) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(target, data)
        written.append(target)

    monkeypatch.setattr(batch, "write_atomic", write)
    out = tmp_path / "out"
    assert main([*CONVERT, str(RMRB), "-o", str(out)]) == 1
    summary = report(out)["summary"]
    assert (summary["converted"], summary["failed"], summary["done"]) == (3, 1, 4)  # then nothing more
    assert summary["interrupted"] is True and summary["stopped_by"] == "C005" and summary["total"] == 37
    assert sorted(Path(p) for p in outputs(out)) == sorted(p.relative_to(out) for p in written)
    err = capsys.readouterr().err
    assert "error C005: cannot write" in err and "No space left on device; the run stops" in err
    assert "stopped: the device is full (C005)" in err and "Traceback" not in err


def test_folders_not_entered_are_failures_of_the_run(tmp_path, capsys) -> None:
    tree = tmp_path / "in"
    (tree / "a").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    for folder in (tree / "a", tmp_path / "elsewhere"):
        (folder / "x.md").write_text((RMRB / "1946-05-19_简讯.md").read_text(encoding="utf-8"), encoding="utf-8")
    (tree / "link").symlink_to(tmp_path / "elsewhere")
    out = tmp_path / "out"
    assert main([*CONVERT, str(tree), "-o", str(out)]) == 1
    summary = report(out)["summary"]
    assert (summary["total"], summary["converted"], summary["failed"]) == (2, 1, 1)
    (refused,) = [f for f in report(out)["files"] if f["status"] == "failed"]
    assert refused["diagnostics"] == [
        f"{tree / 'link'}:0:0: error C006: a symbolic link to a folder is not followed; name its target instead"
    ]
    assert outputs(out) == ["a/x.xml"]


def test_the_eta_waits_for_a_sensible_estimate() -> None:
    import io

    from encoder.run.report import ESTIMATE_AFTER, Progress

    progress = Progress(total=1000, stream=io.StringIO(), started=0.0)
    assert progress.eta(1.0) is None  # no result yet
    progress.first, progress.first_done, progress.done = 30.0, 1, 32  # a first chunk after 30 s of start-up
    assert progress.eta(30.0) is None and progress.eta(30.0 + ESTIMATE_AFTER - 0.1) is None
    progress.done = 64  # 63 files in 10 s since the first result
    assert progress.eta(40.0) == pytest.approx((1000 - 64) * 10 / 63)
    progress.show(40.0)
    assert "ETA 0:02:28" in progress.stream.getvalue()  # not the 0:15:xx of counting the start-up
    fresh = Progress(total=10, stream=io.StringIO(), started=0.0)
    fresh.first, fresh.first_done, fresh.done = 1.0, 1, 2  # a tenth done: an estimate at once
    assert fresh.eta(1.5) == pytest.approx(8 * 0.5)
    fresh.show(1.5)
    fresh.done = 3
    fresh.first = None
    fresh.show(1.6)
    assert "ETA 0:00:04" in fresh.stream.getvalue() and "ETA estimating" in fresh.stream.getvalue()


def test_sigterm_stops_a_run_that_ignores_sigint(tmp_path) -> None:
    """A run started in the background (``nohup``, ``&``) ignores SIGINT; SIGTERM still stops it
    cleanly, as Ctrl-C would (the Ctrl-C test's twin; the README table runs the usual case)."""
    folder = tmp_path / "big"
    synthesize(1500, folder)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "encoder", *CONVERT, str(folder), "-o", str(out), "--jobs", "2"],
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    lines_file = out / ".encoder-report.json.lines"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not lines_file.exists() or lines_file.stat().st_size < 5000):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)  # ignored
    time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 143, err
    summary = report(out)["summary"]
    assert summary["interrupted"] is True and summary["stopped_by"] == "SIGTERM" and summary["converted"] < 1500
    assert not list(out.rglob("*.tmp")) and not lines_file.exists() and len(outputs(out)) == summary["converted"]
    assert "interrupted (SIGTERM)" in err


def test_a_full_disk_in_a_worker_stops_a_pool_run(tree, tmp_path, monkeypatch, capsys) -> None:
    """The workers write (and meet the full device); the main process stops submitting, drains
    what is in flight, and writes the report (the workers are forked, so they share the fake)."""
    import errno

    import encoder.run.batch as batch

    real = batch.write_atomic

    def write(target: Path, data: bytes) -> None:
        if "/02/" in str(target):  # the device fills up from the files of 1950-01-02 on
            raise OSError(errno.ENOSPC, "No space left on device")
        real(target, data)

    monkeypatch.setattr(batch, "write_atomic", write)
    out = tmp_path / "out"
    assert main([*CONVERT, "-q", str(tree), "-o", str(out), "--jobs", "2"]) == 1
    summary = report(out)["summary"]
    assert summary["stopped_by"] == "C005" and summary["interrupted"] is True and summary["failed"] >= 1
    assert len(outputs(out)) == summary["converted"] and not list(out.rglob("*.tmp"))
    full = [f for f in report(out)["files"] if any(" error C005: " in d for d in f["diagnostics"])]
    assert full and all("/02/" in f["output"] and f["status"] == "failed" for f in full)
    assert "Traceback" not in capsys.readouterr().err


def _loaded_in_worker() -> tuple[int, int, int]:
    """In a pool worker, before it converts anything: how many of the CRF's model, its word
    table and the schema it holds already."""
    from encoder.enrich import zh_crf, zh_words
    from encoder.run import batch

    return zh_crf.tagger.cache_info().currsize, zh_words.words.cache_info().currsize, int(batch._VALIDATION is not None)


@pytest.mark.skipif(importlib.util.find_spec("pycrfsuite") is None, reason="python-crfsuite is not installed")
def test_forked_workers_get_the_models_the_run_loaded_once_before_the_pool(monkeypatch):
    """``--jobs N`` loads the Chinese tagger's model and word table and the schema once in the
    main process before the pool forks its workers: every worker starts with them loaded."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from encoder.enrich import zh_crf, zh_words
    from encoder.run import batch

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("workers are not forked here")
    zh_crf.tagger.cache_clear()
    zh_words.words.cache_clear()
    monkeypatch.setattr(batch, "_VALIDATION", None)
    with ProcessPoolExecutor(max_workers=1) as pool:
        assert pool.submit(_loaded_in_worker).result() == (0, 0, 0)
    batch._preload(batch.Options())
    with ProcessPoolExecutor(max_workers=2) as pool:
        assert [pool.submit(_loaded_in_worker).result() for _ in range(2)] == [(1, 1, 1), (1, 1, 1)]

"""Corpus runs: convert many files, in a process pool or on Dask, with progress and a report.

The input tree is walked lazily (twice: once to count, once to convert), results are handled
as they arrive and written to the report as JSON lines, so memory stays flat in the number
of files. Workers write their own outputs atomically; on Ctrl-C the run stops submitting,
lets the tasks in flight finish, and writes the report, so no partial file is left behind.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..diagnostics import Diagnostic, Level
from .files import atomic, write_atomic

if TYPE_CHECKING:
    from .pipeline import Result

INPUT_SUFFIXES = (".txt", ".md")
#: Files converted together (one task of a pool; the pipeline takes them stage by stage).
CHUNK_SIZE = 32


@dataclass(frozen=True, slots=True)
class Options:
    """What every conversion of a run shares (sent to the workers)."""

    encoding: str | None = None
    validate: bool = True
    resume: bool = False
    ner: bool = True


@dataclass(frozen=True, slots=True)
class Job:
    source: str
    target: str


def walk(inputs: Iterable[str], output: Path) -> Iterator[Job]:
    """The jobs of a run, in a stable order: directories are walked, their tree mirrored."""
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            for found in _walk_dir(path):
                yield Job(str(found), str(output / found.relative_to(path).with_suffix(".xml")))
        else:
            yield Job(str(path), str(output / Path(path.name).with_suffix(".xml")))


def _walk_dir(folder: Path) -> Iterator[Path]:
    """Files with an input suffix below ``folder``, sorted per directory, without a full listing."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_dir(Path(entry.path))
        elif entry.is_file() and entry.name.endswith(INPUT_SUFFIXES):
            yield Path(entry.path)


# ------------------------------------------------------------------ the work of one file

_VALIDATION = None


def _validation():
    """The project schema, compiled once per worker process."""
    global _VALIDATION
    if _VALIDATION is None:
        from ..check.validate import Validation

        _VALIDATION = Validation("project", engine="auto")
    return _VALIDATION


#: A converted file before its output is written: the job, the seconds of a resume check that
#: skipped it (None: not skipped), the pipeline's result, and what went wrong if there is none.
_Converted = tuple[Job, "float | None", "Result | None", "str | None"]


def _convert(jobs: list[Job], options: Options) -> list[_Converted]:
    """Convert several files together (stage by stage, see :mod:`encoder.run.pipeline`); nothing
    is written yet."""
    from .pipeline import encode_files

    skipped: dict[int, float] = {}
    for index, job in enumerate(jobs):
        start = time.perf_counter()
        if options.resume and _up_to_date(job):
            skipped[index] = time.perf_counter() - start
    todo = [job for index, job in enumerate(jobs) if index not in skipped]
    failure = None
    try:
        results = iter(
            encode_files(
                [job.source for job in todo],
                options.encoding,
                validation=_validation() if options.validate else None,
                ner=options.ner,
            )
        )
    except Exception as exc:  # the pipeline isolates each file; this guards what they share
        results, failure = iter(()), f"internal error ({type(exc).__name__}: {exc})"
    return [
        (job, skipped[index], None, None) if index in skipped else (job, None, next(results, None), failure)
        for index, job in enumerate(jobs)
    ]


def _entry(job: Job, skipped: float | None, result: Result | None, failure: str | None) -> dict[str, object]:
    """Write the output of a converted file; its report entry (small, JSON-ready)."""
    entry: dict[str, object] = {"path": job.source, "output": job.target}
    if skipped is not None:
        entry.update(status="skipped", diagnostics=[], seconds=round(skipped, 4))
        return entry
    start = time.perf_counter()
    converted = False
    if result is None:
        diagnostics = [Diagnostic(Level.ERROR, "E001", failure or "internal error", job.source)]
    else:
        diagnostics = [d for d in result.diagnostics if d.level >= Level.WARNING]
        if result.tei is not None:
            try:
                write_atomic(Path(job.target), result.tei)
                converted = True
            except OSError as exc:
                diagnostics.append(
                    Diagnostic(Level.ERROR, "C001", f"cannot write {job.target}: {exc.strerror or exc}", job.source)
                )
    entry["status"] = "converted" if converted else "failed"
    entry["diagnostics"] = [str(d) for d in diagnostics]
    entry["seconds"] = round((result.seconds if result else 0.0) + time.perf_counter() - start, 4)
    return entry


def convert_entries(jobs: list[Job], options: Options) -> Iterator[dict[str, object]]:
    """Convert several files together, write their outputs, and yield each report entry in
    order, once its output is written."""
    for converted in _convert(jobs, options):
        yield _entry(*converted)


@contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Ctrl-C held back while outputs are written and reported, so that a run never stops
    between writing a file and reporting it: the Python handler is swapped for one that takes
    note (which also catches a signal that arrived just before, not yet handled), and the
    interrupt is raised when the block ends."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught and previous is not signal.SIG_IGN:
        raise KeyboardInterrupt


def _up_to_date(job: Job) -> bool:
    """The output exists, is newer than the input, and is valid."""
    try:
        if os.stat(job.target).st_mtime < os.stat(job.source).st_mtime:
            return False
    except OSError:
        return False
    return not _validation().file(job.target)


def convert_chunk(jobs: list[Job], options: Options) -> list[dict[str, object]]:
    """Convert several files (one task of a pool or of Dask)."""
    return list(convert_entries(jobs, options))


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# ------------------------------------------------------------------ progress and report


@dataclass
class Progress:
    """Done/total, rate, ETA and failures: a bar on a terminal, plain lines elsewhere."""

    total: int
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    interval: float = 2.0
    done: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)
    shown: float = 0.0

    def update(self, entry: dict[str, object]) -> None:
        self.done += 1
        self.failed += entry["status"] == "failed"
        now = time.monotonic()
        if now - self.shown >= (0.1 if self.tty else self.interval) or self.done == self.total:
            self.shown = now
            self.show(now)

    @property
    def tty(self) -> bool:
        return self.stream.isatty()

    def show(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        eta = (self.total - self.done) / rate if rate else 0.0
        text = f"{self.done}/{self.total} files, {rate:.1f} files/s, ETA {_clock(eta)}, {self.failed} failed"
        if self.tty:
            width = 30
            filled = int(width * self.done / self.total) if self.total else width
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {text}\x1b[K")
            if self.done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(f"progress: {text}\n")
        self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Report:
    """The run report: entries streamed to a JSON-lines file, folded into JSON at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines_path = path.with_name(f".{path.name}.lines")
        path.parent.mkdir(parents=True, exist_ok=True)
        self.stream = self.lines_path.open("w", encoding="utf-8")
        self.counts = {"converted": 0, "failed": 0, "skipped": 0}
        self.seconds = 0.0

    def add(self, entry: dict[str, object]) -> None:
        self.counts[str(entry["status"])] += 1
        self.seconds += float(entry["seconds"])  # type: ignore[arg-type]
        self.stream.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def close(self, total: int, wall: float, interrupted: bool, executor: str, jobs: int) -> dict[str, object]:
        self.stream.close()
        summary = {
            "total": total,
            "done": sum(self.counts.values()),
            **self.counts,
            "interrupted": interrupted,
            "wall_seconds": round(wall, 3),
            "cpu_seconds_in_conversions": round(self.seconds, 3),
            "executor": executor,
            "jobs": jobs,
        }
        with atomic(self.path) as out, self.lines_path.open(encoding="utf-8") as lines:
            out.write(('{\n  "summary": ' + json.dumps(summary, ensure_ascii=False) + ',\n  "files": [').encode())
            for number, line in enumerate(lines):
                out.write((("\n    " if number == 0 else ",\n    ") + line.rstrip("\n")).encode())
            out.write(b"\n  ]\n}\n")
        self.lines_path.unlink()
        return summary


# ------------------------------------------------------------------ executors

Submit = Callable[[list[Job]], Future]


def _chunks(jobs: Iterator[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(
    jobs: Iterator[Job],
    total: int,
    options: Options,
    report: Report,
    progress: Progress | None,
    workers: int = 1,
    executor: str = "process",
    scheduler: str | None = None,
    on_entry: Callable[[dict[str, object]], None] | None = None,
) -> dict[str, object]:
    """Convert every job; return the report's summary. Ctrl-C stops cleanly (summary says so)."""
    started = time.monotonic()
    interrupted = False

    def handle(entry: dict[str, object]) -> None:
        report.add(entry)
        if on_entry is not None:
            on_entry(entry)
        if progress is not None:
            progress.update(entry)

    try:
        if executor == "dask":
            interrupted = _run_dask(jobs, total, options, handle, scheduler, workers)
        elif workers <= 1:
            try:
                for chunk in _chunks(jobs, CHUNK_SIZE):
                    converted = _convert(chunk, options)  # Ctrl-C here: nothing of the chunk written
                    with _sigint_deferred():
                        for item in converted:
                            handle(_entry(*item))
            except KeyboardInterrupt:
                interrupted = True
        else:
            with ProcessPoolExecutor(max_workers=workers, initializer=_ignore_sigint) as pool:
                interrupted = _pump(
                    jobs,
                    lambda chunk: pool.submit(convert_chunk, chunk, options),
                    handle,
                    window=4 * workers,
                    waiter=_wait_first,
                    chunk_size=_chunk_size(total, workers),
                )
    finally:
        summary = report.close(total, time.monotonic() - started, interrupted, executor, workers)
    return summary


def _chunk_size(total: int, workers: int) -> int:
    """Chunks of CHUNK_SIZE files, smaller when a run is too short to give every worker four."""
    return max(1, min(CHUNK_SIZE, -(-total // (4 * max(workers, 1)))))


def _wait_first(pending: set) -> tuple[set, set]:
    done, rest = wait(pending, return_when=FIRST_COMPLETED)
    return set(done), set(rest)


def _pump(
    jobs: Iterator[Job],
    submit: Submit,
    handle: Callable[[dict[str, object]], None],
    window: int,
    waiter: Callable[[set], tuple[set, set]],
    chunk_size: int = CHUNK_SIZE,
) -> bool:
    """Keep ``window`` chunks in flight; on Ctrl-C stop submitting and drain. True if interrupted."""
    pending: set[Future] = set()
    chunks = _chunks(jobs, chunk_size)
    interrupted = False
    exhausted = False
    while True:
        try:
            while not interrupted and not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.add(submit(chunk))
            if not pending:
                return interrupted
            done, pending = waiter(pending)
            with _sigint_deferred():  # every entry of a finished chunk is reported: its files exist
                for future in done:
                    for entry in future.result():
                        handle(entry)
        except KeyboardInterrupt:
            interrupted = True  # drain what is in flight, submit nothing more


def _run_dask(
    jobs: Iterator[Job],
    total: int,
    options: Options,
    handle: Callable[[dict[str, object]], None],
    scheduler: str | None,
    workers: int,
) -> bool:
    try:
        from distributed import Client, LocalCluster
        from distributed import wait as dask_wait
    except ImportError:
        raise RuntimeError("--executor dask needs dask.distributed (pip install 'encoder[dask]')") from None
    cluster = None
    if scheduler in (None, "local"):
        cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        threads = max(sum(client.nthreads().values()), 1)
        window = 4 * threads

        def waiter(pending: set) -> tuple[set, set]:
            done, rest = dask_wait(list(pending), return_when="FIRST_COMPLETED")
            return set(done), set(rest)

        return _pump(
            jobs,
            lambda chunk: client.submit(convert_chunk, chunk, options, pure=False),
            handle,
            window,
            waiter,
            _chunk_size(total, threads),
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

"""Corpus runs: convert many files, in a process pool or on Dask, with progress and a report.

The input tree is walked lazily (twice: once to count, once to convert), results are handled
as they arrive and written to the report as JSON lines, so memory stays flat in the number
of files. Workers write their own outputs atomically; on Ctrl-C the run stops submitting,
lets the tasks in flight finish, and writes the report, so no partial file is left behind.

Words: a *task* is one file to convert (:class:`~encoder.run.paths.Task`); ``jobs`` is the
number of worker processes (``--jobs``).
"""

from __future__ import annotations

import errno
import functools
import os
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Project
from ..diagnostics import Diagnostic, Level
from ..files import write_atomic
from ..ingest.reader import MAX_ARTICLE_BYTES
from .executors import (
    CHUNK_SIZE,
    RunStopped,
    chunks,
    hand_on,
    run_dask,
    run_pool,
    sigint_deferred,
    terminate_as_interrupt,
)
from .paths import INPUT_SUFFIXES, Task, tasks
from .report import Entry, Progress, Report

if TYPE_CHECKING:
    from ..check.validate import Validation
    from .pipeline import Result

__all__ = [
    "CHUNK_SIZE",
    "INPUT_SUFFIXES",
    "Entry",
    "Options",
    "Progress",
    "Report",
    "Settings",
    "Task",
    "convert_chunk",
    "convert_entries",
    "run",
    "tasks",
]


@dataclass(frozen=True, slots=True)
class Options:
    """What every conversion of a run shares (sent to the workers)."""

    encoding: str | None = None
    validate: bool = True
    resume: bool = False
    ner: bool = True
    max_bytes: int | None = MAX_ARTICLE_BYTES  # an article's file over it fails with R007 (None: no limit)
    project: Project | None = None  # the configuration (encoder.toml) the headers are written from


@dataclass(frozen=True, slots=True)
class Settings:
    """How a run goes: the conversion options, and where it runs (``jobs`` worker processes,
    or Dask workers; ``scheduler``: a Dask scheduler's address, None for a local cluster)."""

    options: Options = field(default_factory=Options)
    jobs: int = 1
    executor: str = "process"
    scheduler: str | None = None


# ------------------------------------------------------------------ the work of one file

_VALIDATION: Validation | None = None


def _validation() -> Validation:
    """The project schema, compiled once per worker process."""
    global _VALIDATION
    if _VALIDATION is None:
        from ..check.validate import Validation

        _VALIDATION = Validation("project", engine="auto")
    return _VALIDATION


@dataclass(slots=True)
class _Converted:
    """A converted file before its output is written: the pipeline's result (None: skipped as
    up to date, or the chunk failed as a whole, see ``failure``)."""

    task: Task
    result: Result | None = None
    failure: str | None = None
    skipped: bool = False
    seconds: float = 0.0
    cpu_seconds: float = 0.0


def _skipped(task: Task, options: Options) -> _Converted | None:
    """The task as skipped when ``--resume`` finds its output up to date, or as refused (a
    folder not entered); else None."""
    if task.refused:
        return _Converted(task)
    if not options.resume:
        return None
    start, cpu = time.perf_counter(), time.process_time()
    if not _up_to_date(task):
        return None
    return _Converted(task, None, None, True, time.perf_counter() - start, time.process_time() - cpu)


def _convert(chunk: list[Task], options: Options, timings: dict[str, float] | None = None) -> list[_Converted]:
    """Convert several files together (stage by stage, see :mod:`encoder.run.pipeline`); nothing
    is written yet. ``timings`` (if given) gains the seconds of each stage."""
    from .pipeline import encode_files

    skipped = {index: found for index, task in enumerate(chunk) if (found := _skipped(task, options))}
    todo = [task for index, task in enumerate(chunk) if index not in skipped]
    failure = None
    try:
        results = iter(
            encode_files(
                [task.source for task in todo],
                options.encoding,
                validation=_validation() if options.validate else None,
                ner=options.ner,
                timings=timings,
                names=[task.name for task in todo],
                max_bytes=options.max_bytes,
                project=options.project,
            )
        )
    except Exception as exc:  # the pipeline isolates each file; this guards what they share
        results, failure = iter(()), f"internal error ({type(exc).__name__}: {exc})"
    converted = []
    for index, task in enumerate(chunk):
        if index in skipped:
            converted.append(skipped[index])
            continue
        result = next(results, None)
        seconds, cpu = (result.seconds, result.cpu_seconds) if result else (0.0, 0.0)
        converted.append(_Converted(task, result, failure, False, seconds, cpu))
    return converted


def _entry(converted: _Converted) -> Entry:
    """Write the output of a converted file; its report entry (small, JSON-ready)."""
    task, result = converted.task, converted.result
    entry: Entry = {"path": task.source, "output": task.target}
    if task.refused:
        code, _, message = task.refused.partition(" ")
        entry.update(status="failed", diagnostics=[str(Diagnostic(Level.ERROR, code, message, task.source))])
        return _timed(entry, 0.0, 0.0)
    if converted.skipped:
        entry.update(status="skipped", diagnostics=[])
        return _timed(entry, converted.seconds, converted.cpu_seconds)
    start, cpu = time.perf_counter(), time.process_time()
    written = False
    if result is None:
        diagnostics = [Diagnostic(Level.ERROR, "E001", converted.failure or "internal error", task.source)]
    else:
        diagnostics = [d for d in result.diagnostics if d.level >= Level.WARNING]
        if task.collides:
            message = f"another input's output is {task.collides}; this one is written to {task.target}"
            diagnostics.append(Diagnostic(Level.WARNING, "C003", message, task.source))
        if result.tei is not None:
            try:
                write_atomic(Path(task.target), result.tei)
                written = True
            except OSError as exc:
                diagnostics.append(_unwritten(task, exc))
    entry["status"] = ("degraded" if result is not None and result.degraded else "converted") if written else "failed"
    entry["diagnostics"] = [str(d) for d in diagnostics]
    seconds = converted.seconds + time.perf_counter() - start
    return _timed(entry, seconds, converted.cpu_seconds + time.process_time() - cpu)


#: The errors of a full device: the run stops (every later file would fail the same way).
_FULL = (errno.ENOSPC, errno.EDQUOT)


def _unwritten(task: Task, exc: OSError) -> Diagnostic:
    """C001 for an output that could not be written; C005 when the device is full."""
    if exc.errno in _FULL:
        message = f"cannot write {task.target}: {exc.strerror or exc}; the run stops (free some space, then --resume)"
        return Diagnostic(Level.ERROR, "C005", message, task.source)
    return Diagnostic(Level.ERROR, "C001", f"cannot write {task.target}: {exc.strerror or exc}", task.source)


def _stops(entry: Entry) -> bool:
    """Whether the entry stops the run (its output could not be written: the device is full)."""
    lines = entry.get("diagnostics")
    return isinstance(lines, list) and any(" error C005: " in str(line) for line in lines)


def _timed(entry: Entry, seconds: float, cpu_seconds: float) -> Entry:
    entry["seconds"] = round(seconds, 4)
    entry["cpu_seconds"] = round(cpu_seconds, 4)
    return entry


def _up_to_date(task: Task) -> bool:
    """The output exists, is newer than the input, and is valid."""
    try:
        if os.stat(task.target).st_mtime < os.stat(task.source).st_mtime:
            return False
    except OSError:
        return False
    return not _validation().file(task.target)


def convert_entries(chunk: list[Task], options: Options, timings: dict[str, float] | None = None) -> Iterator[Entry]:
    """Convert several files together, write their outputs, and yield each report entry in
    order, once its output is written (``timings``: see :func:`_convert`)."""
    for converted in _convert(chunk, options, timings):
        yield _entry(converted)


def convert_chunk(chunk: list[Task], options: Options) -> list[Entry]:
    """Convert several files (one task of a pool or of Dask)."""
    return list(convert_entries(chunk, options))


# ------------------------------------------------------------------ the run


def _run_here(todo: Iterator[Task], options: Options, handle: Callable[[Entry], None]) -> bool:
    """Convert in this process, chunk by chunk; True if interrupted."""
    try:
        for chunk in chunks(todo, CHUNK_SIZE):
            converted = _convert(chunk, options)  # Ctrl-C here: nothing of the chunk written
            stopped = False
            with sigint_deferred():
                for item in converted:
                    if not stopped:
                        stopped = hand_on(handle, _entry(item))
            if stopped:
                return True
    except KeyboardInterrupt:
        return True
    return False


def _preload(options: Options) -> None:
    """Before a pool of forked workers starts: the schema and the Chinese taggers loaded in this
    process, once, instead of once in every worker (a worker started otherwise loads its own)."""
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        return
    # each apart: what fails here fails again in each worker, which reports it per file
    if options.validate:
        try:
            _validation()
        except Exception:
            pass
    if options.ner:
        try:
            from ..enrich.names import preload

            preload()
        except Exception:
            pass


def run(
    todo: Iterator[Task],
    total: int,
    settings: Settings,
    report: Report,
    progress: Progress | None = None,
    on_entry: Callable[[Entry], None] | None = None,
) -> dict[str, object]:
    """Convert every task; return the report's summary. Ctrl-C and SIGTERM stop cleanly, and so
    does a full device (C005): the summary says ``interrupted`` and ``stopped_by`` what ("SIGINT",
    "SIGTERM", "C005"). OSError: the report itself could not be written."""
    started = time.monotonic()
    interrupted = False
    full: list[bool] = []

    def handle(entry: Entry) -> None:
        report.add(entry)
        if on_entry is not None:
            on_entry(entry)
        if progress is not None:
            progress.update(entry)
        if _stops(entry):
            full.append(True)
            raise RunStopped

    convert = functools.partial(convert_chunk, options=settings.options)
    with terminate_as_interrupt() as signals:
        try:
            if settings.executor == "dask":
                interrupted = run_dask(todo, total, convert, handle, settings.jobs, settings.scheduler)
            elif settings.jobs <= 1:
                interrupted = _run_here(todo, settings.options, handle)
            else:
                _preload(settings.options)
                interrupted = run_pool(todo, total, convert, handle, settings.jobs)
        finally:
            elapsed = time.monotonic() - started
            stopped = (
                "C005" if full else signal.Signals(signals[0]).name if signals else "SIGINT" if interrupted else None
            )
            summary = report.close(total, elapsed, interrupted, settings.executor, settings.jobs, stopped)
    return summary

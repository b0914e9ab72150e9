"""Where the chunks of a run are converted: a process pool on this machine, or Dask.

Both keep a window of chunks in flight and hand each finished chunk's entries to the run as
they arrive; on Ctrl-C (and SIGTERM, made one by :func:`terminate_as_interrupt`) they stop
submitting, let what is in flight finish, and say so.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .paths import Task
from .report import Entry

if TYPE_CHECKING:
    from concurrent.futures import Future

#: Files converted together (one task of a pool; the pipeline takes them stage by stage).
CHUNK_SIZE = 32

#: Converts one chunk in a worker: must be picklable (a module function or a partial of one).
Convert = Callable[[list[Task]], list[Entry]]
Handle = Callable[[Entry], None]
Waiter = Callable[[set[Any]], tuple[set[Any], set[Any]]]


class RunStopped(Exception):
    """Raised by a run's ``handle`` to stop the run as Ctrl-C does (e.g. the device is full)."""


@contextmanager
def terminate_as_interrupt() -> Iterator[list[int]]:
    """SIGTERM handled as Ctrl-C in the block (in the main thread): the handler notes the
    signal in the list yielded and raises KeyboardInterrupt, so the run stops the way Ctrl-C
    stops it (what is in flight let finish, the workers stopped, the report written), even when
    SIGINT is ignored (a run started with ``nohup`` or in the background)."""
    caught: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield caught
        return

    def terminated(signum: int, frame: object) -> None:
        caught.append(signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        yield caught
    finally:
        signal.signal(signal.SIGTERM, previous)


def chunks(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    """``tasks`` in lists of ``size`` (the last one shorter)."""
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def chunk_size(total: int, jobs: int) -> int:
    """Chunks of CHUNK_SIZE files, smaller when a run is too short to give every worker four."""
    return max(1, min(CHUNK_SIZE, -(-total // (4 * max(jobs, 1)))))


@contextmanager
def sigint_deferred() -> Iterator[None]:
    """Ctrl-C (and SIGTERM) held back while outputs are written and reported, so that a run
    never stops between writing a file and reporting it: the Python handlers are swapped for
    one that takes note (which also catches a signal that arrived just before, not yet
    handled), and each signal noted is handled as before when the block ends."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def note(signum: int, frame: object) -> None:
        caught.append(signum)

    previous = {number: signal.signal(number, note) for number in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if signal.SIGTERM in caught:
        terminate = previous[signal.SIGTERM]
        if callable(terminate):
            terminate(signal.SIGTERM, None)  # terminate_as_interrupt's: raises KeyboardInterrupt
        elif terminate == signal.SIG_DFL:
            signal.raise_signal(signal.SIGTERM)
    if signal.SIGINT in caught and previous[signal.SIGINT] is not signal.SIG_IGN:
        raise KeyboardInterrupt


def _ignore_sigint() -> None:
    """A worker: Ctrl-C is the main process's to handle; SIGTERM kills it, as by default (a
    forked worker would otherwise inherit the main process's handler)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def converted_and_saved(convert: Convert, chunk: list[Task]) -> list[Entry]:
    """``convert(chunk)`` in a worker, then the regular expressions it compiled saved to their
    code's cache (:func:`..lazy_re.save`): a forked worker ends by ``os._exit``, without the
    ``atexit`` that saves them in a process of its own."""
    from .. import lazy_re

    try:
        return convert(chunk)
    finally:
        lazy_re.save()


def _wait_first(pending: set[Any]) -> tuple[set[Any], set[Any]]:
    from concurrent.futures import FIRST_COMPLETED, wait

    done, rest = wait(pending, return_when=FIRST_COMPLETED)
    return set(done), set(rest)


def hand_on(handle: Handle, entry: Entry) -> bool:
    """Hand ``entry`` to the run; True if it stops the run (:class:`RunStopped`). :func:`pump`
    still hands on the rest of the chunks that finished, whose files the workers wrote, so that
    all of them are reported; a run in this process writes no more files."""
    try:
        handle(entry)
    except RunStopped:
        return True
    return False


def pump(
    tasks: Iterator[Task],
    submit: Callable[[list[Task]], Any],
    handle: Handle,
    window: int,
    waiter: Waiter,
    size: int = CHUNK_SIZE,
) -> bool:
    """Keep ``window`` chunks in flight; on Ctrl-C stop submitting and drain. True if interrupted."""
    pending: set[Any] = set()
    queued = chunks(tasks, size)
    interrupted = False
    exhausted = False
    while True:
        try:
            # Ctrl-C is held back through a whole step (submitting, waiting, reporting), so it
            # never lands between a chunk's submission and its record in ``pending``, nor
            # between a chunk's end and its report: a chunk whose files a worker wrote is
            # always reported. Held back, it takes effect when the step ends.
            with sigint_deferred():
                while not interrupted and not exhausted and len(pending) < window:
                    chunk = next(queued, None)
                    if chunk is None:
                        exhausted = True
                        break
                    pending.add(submit(chunk))
                if not pending:
                    return interrupted
                done, pending = waiter(pending)
                for future in done:
                    for entry in future.result():
                        interrupted = hand_on(handle, entry) or interrupted
        except KeyboardInterrupt:
            interrupted = True  # drain what is in flight, submit nothing more


def run_pool(tasks: Iterator[Task], total: int, convert: Convert, handle: Handle, jobs: int) -> bool:
    """Convert in ``jobs`` worker processes on this machine; True if interrupted. (concurrent.futures,
    with multiprocessing, is imported here and in :func:`_wait_first`: a one-file conversion does
    not use it.)"""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint) as pool:

        def submit(chunk: list[Task]) -> Future[list[Entry]]:
            return pool.submit(converted_and_saved, convert, chunk)

        return pump(tasks, submit, handle, 4 * jobs, _wait_first, chunk_size(total, jobs))


def run_dask(
    tasks: Iterator[Task], total: int, convert: Convert, handle: Handle, jobs: int, scheduler: str | None
) -> bool:
    """Convert on the Dask cluster at ``scheduler`` (None or "local": a local cluster of
    ``jobs`` workers); True if interrupted."""
    try:
        from distributed import Client, LocalCluster
        from distributed import wait as dask_wait
    except ImportError:
        raise RuntimeError("--executor dask needs dask.distributed (pip install 'encoder[dask]')") from None
    cluster = None
    if scheduler in (None, "local"):
        cluster = LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        threads = max(sum(client.nthreads().values()), 1)

        def waiter(pending: set[Any]) -> tuple[set[Any], set[Any]]:
            done, rest = dask_wait(list(pending), return_when="FIRST_COMPLETED")
            return set(done), set(rest)

        def submit(chunk: list[Task]) -> Any:
            return client.submit(converted_and_saved, convert, chunk, pure=False)

        return pump(tasks, submit, handle, 4 * threads, waiter, chunk_size(total, threads))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

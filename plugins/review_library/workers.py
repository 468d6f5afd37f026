"""Worker processes for the work MkDocs leaves to us: checks, output scan, search data.

MkDocs builds pages in one process; these pools give the other cores the plugin's own work,
started early in the build and collected before it is needed.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor

WORKERS_ENV = "REVIEW_LIBRARY_WORKERS"
"""Cores to plan for, instead of the ones this process may use (a shared CI runner)."""
_PR_SET_PDEATHSIG = 1


def default_workers() -> int:
    """Worker processes for a check run: one per core the process may use, at most 8
    (REVIEW_LIBRARY_WORKERS overrides the number of cores)."""
    override = os.environ.get(WORKERS_ENV, "").strip()
    if override.isdigit() and int(override) > 0:
        return min(int(override), 8)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def _worker_start(parent: int) -> None:
    """In each worker: end with the parent, whatever ends it (SIGTERM, SIGKILL, a crash), and
    leave Ctrl-C to the parent, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's handlers; SIGTERM must end it, not raise in it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # the parent ended before the line above took effect
        os._exit(1)


class WorkerPool:
    """A lazily started process pool that survives `serve` rebuilds."""

    def __init__(self, workers: int | None = None):
        self.workers = workers if workers is not None else default_workers()
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, function: Callable, *args, **kwargs) -> Future:
        """Run ``function(*args, **kwargs)`` in a worker; starts the pool on first use."""
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers,
                mp_context=_context(),
                initializer=_worker_start,
                initargs=(os.getpid(),),
            )
        return self._executor.submit(function, *args, **kwargs)

    def close(self, *, kill: bool = False) -> None:
        """Stop the workers: after their current task, or at once with ``kill`` (an
        interrupted build must not wait for work whose result nobody will read)."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if kill:
            # The executor has no public way to stop a running task; its processes do.
            for process in list((getattr(executor, "_processes", None) or {}).values()):
                with contextlib.suppress(Exception):
                    process.kill()
        executor.shutdown(wait=True, cancel_futures=True)


def _context() -> multiprocessing.context.BaseContext:
    """fork while this process has one thread (the first build, even under `serve`): no
    re-import of the caller's script, which may lack a __main__ guard. Forking a threaded
    process can copy a lock another thread holds, so later pools are spawned."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class Task:
    """Work sent to a worker, and its input while it might still be taken back. The input
    (pages' HTML) is dropped once the work is done, so the main process does not hold a
    second copy of the whole site until the end of the build."""

    def __init__(self, future: Future, items: list):
        self.future = future
        self.items: list | None = items
        future.add_done_callback(self._forget)
        if future.running():
            self.items = None

    def _forget(self, _: Future) -> None:
        self.items = None


def collect(tasks: list[Task], run_here: Callable[[list], list]) -> list[list]:
    """Each task's result, in task order. Tasks no worker has started are taken back and run
    here (from the end of the queue, since workers take from the front), so the caller does
    not wait idle for work it could do itself."""
    results: list[list | None] = [None] * len(tasks)
    for position in reversed(range(len(tasks))):
        items = tasks[position].items  # cancelling runs the callback that drops them
        if items is not None and tasks[position].future.cancel():
            results[position] = run_here(items)
    return [
        result if result is not None else task.future.result()
        for result, task in zip(results, tasks, strict=True)
    ]


class SigtermAsInterrupt:
    """While installed, SIGTERM stops the main thread as Ctrl-C does (KeyboardInterrupt), so
    `finally` blocks run: the plugin then empties the site directory and stops the workers.
    Installed only over the default action, and only from the main thread."""

    def __init__(self) -> None:
        self._previous = None

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
            return
        self._previous = signal.signal(signal.SIGTERM, _raise_interrupt)

    def restore(self) -> None:
        if self._previous is not None and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, self._previous)
            self._previous = None


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")

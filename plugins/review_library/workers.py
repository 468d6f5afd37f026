"""Worker processes for the work MkDocs leaves to us: checks, output scan, search data.

MkDocs builds pages in one process; these pools give the other cores the plugin's own work,
started early in the build and collected before it is needed.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor


def default_workers() -> int:
    """Worker processes for a check run: one per core the process may use, at most 8."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


class WorkerPool:
    """A lazily started process pool that survives `serve` rebuilds."""

    def __init__(self, workers: int | None = None):
        self.workers = workers if workers is not None else default_workers()
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, function: Callable, *args, **kwargs) -> Future:
        """Run ``function(*args, **kwargs)`` in a worker; starts the pool on first use."""
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self.workers, mp_context=_context())
        return self._executor.submit(function, *args, **kwargs)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


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

"""One scheduler for the plugin's own work: source checks, output scan, search data, `check`.

MkDocs builds pages in one process; the scheduler gives the other cores the rest. Every job
is submitted the same way (``Scheduler.submit``, or ``Scheduler.map`` for a list split into
chunks); it starts in a worker process when there are workers and the size warrants it, or is
held to run in the caller. When the caller needs a result, a job no worker has started is
taken back and run in the caller rather than waited for (``Job.result``, ``results``), and
results come back in the order the jobs were submitted, whoever ran them. Workers end with
their parent, and a job that fails, wherever it ran, raises ``WorkerError``: the job and the
line of code, never the exception's text (it may quote an identifier), never a traceback.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from review_library import memory

WORKERS_ENV = "REVIEW_LIBRARY_WORKERS"
"""Cores to plan for, instead of the ones this process may use (a shared CI runner)."""
_PR_SET_PDEATHSIG = 1
PARENT_CHECK_SECONDS = 0.5
"""How often a worker checks that its parent is alive (the signal below covers most cases)."""


def default_workers() -> int:
    """Cores to use: one per core the process may use, at most 8
    (REVIEW_LIBRARY_WORKERS overrides the number of cores)."""
    override = os.environ.get(WORKERS_ENV, "").strip()
    if override.isdigit() and int(override) > 0:
        return min(int(override), 8)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


# --- errors ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Failure:
    """A job's exception as plain data: exceptions with custom constructors do not survive
    the way back from a worker, and the exception's text may quote an identifier."""

    kind: str
    where: str
    detail: str = ""

    @classmethod
    def of(cls, error: BaseException) -> Failure:
        frames = traceback.extract_tb(error.__traceback__)
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
        # An OSError's text is the system's (a path and a reason), never the file's content.
        detail = (
            f"{error.filename}: {error.strerror}"
            if isinstance(error, OSError) and error.filename and error.strerror
            else ""
        )
        return cls(type(error).__name__, where, detail)


class WorkerError(Exception):
    """A job failed: a bug in the library, or a worker process that ended (killed, out of
    memory). Has ``path``, ``line`` and ``render()``, as problems.build_problems expects."""

    def __init__(self, message: str, path: str = ""):
        self.message = message
        self.path = path
        self.line: int | None = None
        super().__init__(self.render())

    @classmethod
    def of(cls, job: str, failure: Failure) -> WorkerError:
        what = failure.detail or failure.kind + (f" at {failure.where}" if failure.where else "")
        return cls(f"internal error in review-library ({job}: {what}); please report it")

    def render(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def _run(function: Callable, args: tuple, kwargs: dict) -> object:
    """A job, in a worker or here: its result, or its exception as a Failure."""
    if _worker.releases_memory:  # in a worker
        if _worker.previous not in (None, function):
            _release_memory()
        _worker.previous = function
    try:
        return function(*args, **kwargs)
    except Exception as error:
        return Failure.of(error)


# --- jobs -----------------------------------------------------------------------------------

_UNSET = object()


class Job:
    """One submitted call: in a worker (``future``) or held for the caller. Its input is
    dropped once a worker has finished it or it ran here, so the caller does not hold a
    second copy of what it handed out (pages' HTML) until the end of the build."""

    def __init__(self, function: Callable, args: tuple, kwargs: dict, future: Future | None):
        self.name = function.__name__
        self.sent = future is not None
        """Handed to a worker process (it may still be taken back)."""
        self._call: tuple | None = (function, args, kwargs)
        self._future = future
        self._value: object = _UNSET
        if future is not None:
            future.add_done_callback(self._forget)

    def _forget(self, _: Future) -> None:
        self._call = None

    def done(self) -> bool:
        """Finished (in a worker or here), so ``result`` does not wait."""
        return self._value is not _UNSET or (self._future is not None and self._future.done())

    def take_back(self) -> bool:
        """Run the job here if no worker has started it; True if it ran here now."""
        call = self._call
        if self._value is not _UNSET or call is None:
            return False
        if self._future is not None and not self._future.cancel():
            return False  # a worker has it
        self._future = self._call = None
        self._value = _run(*call)
        return True

    def result(self) -> object:
        """The job's result: run here if no worker started it, else waited for. Raises
        WorkerError if it failed, wherever it ran."""
        if self._value is _UNSET and not self.take_back():
            assert self._future is not None
            try:
                self._value = self._future.result()
            except BrokenProcessPool:
                self._value = Failure(
                    "BrokenProcessPool", "", "a worker process ended (killed, or out of memory)"
                )
            except CancelledError:
                self._value = Failure("CancelledError", "", "the workers were stopped")
            except Exception as error:  # the job's own exceptions come back as Failures:
                self._value = Failure.of(error)  # this is the pool's (input not picklable)
            self._future = None
        if isinstance(self._value, Failure):
            raise WorkerError.of(self.name, self._value)
        return self._value


def results(jobs: Sequence[Job]) -> Iterator[object]:
    """Each job's result, in the order given. While a worker has the next one, the caller
    takes back the last job no worker has started and runs it (workers take from the front),
    so it does not wait idle for work it could do itself."""
    for position, job in enumerate(jobs):
        while not job.done() and not job.take_back():
            if not any(later.take_back() for later in reversed(jobs[position + 1 :])):
                break
        yield job.result()


def gather(jobs: Sequence[Job]) -> list:
    """Every job's result, in order (see ``results``)."""
    return list(results(jobs))


# --- the scheduler --------------------------------------------------------------------------


class Scheduler:
    """Starts jobs in up to ``workers`` worker processes (0: every job runs in the caller).

    The pool starts with the first job sent to it and survives `serve` rebuilds; ``close``
    (or leaving a ``with`` block) stops it.
    """

    def __init__(self, workers: int | None = None, *, standby: bool = False):
        """``standby``: fork a second set of workers with the first, idle until ``renew``."""
        self.workers = max(0, default_workers() if workers is None else workers)
        self._executor: ProcessPoolExecutor | None = None
        self._standby: ProcessPoolExecutor | None = None
        self._wants_standby = standby
        self._renewing = False
        """``renew`` was called and the current workers have not finished yet."""
        self._retired: list[ProcessPoolExecutor] = []
        """Pools ``renew`` let go: they finish their queued jobs, then their workers end."""
        self._sent: dict[Callable, list[Job]] = {}
        self._prepare: list[Callable[[], object]] = []
        self._frozen = False
        """Whether this scheduler froze the heap before forking (``close`` thaws it)."""

    def prepare(self, load: Callable[[], object]) -> None:
        """Run ``load`` here just before the workers are forked (if they are forked, and not
        yet), so that they inherit what it loads instead of loading it each (the rules'
        name lists: see redaction.preload). Never run when no job goes to a worker."""
        if self._executor is None and load not in self._prepare:
            self._prepare.append(load)

    def parallel(self, size: int, threshold: int) -> bool:
        """Whether work of ``size`` goes to workers: there are some, and it is at least
        ``threshold`` (below it, starting and feeding workers costs more than it saves)."""
        return self.workers > 0 and size >= threshold

    def submit(
        self,
        function: Callable,
        *args: object,
        background: bool = True,
        queue_limit: int | None = None,
        **kwargs: object,
    ) -> Job:
        """``function(*args, **kwargs)`` as a job: sent to a worker, or held for the caller
        when ``background`` is false or there are no workers. With ``queue_limit``, when that
        many jobs of the same function are unfinished in the workers, this one runs here now
        (each queued job's input is held in memory until a worker takes it)."""
        if not background or self.workers == 0:
            return Job(function, args, kwargs, None)
        # Only unfinished jobs are kept, of every function: a finished job holds its result
        # (the search data job: every report's sections again), and this is the only other
        # reference once its caller has used it.
        self._sent = {f: [j for j in jobs if not j.done()] for f, jobs in self._sent.items()}
        sent = self._sent.get(function, [])
        if not self._swap_if_idle() or (queue_limit is not None and len(sent) >= queue_limit):
            job = Job(function, args, kwargs, None)
            job.take_back()
            return job
        try:
            future = self._pool().submit(_run, function, args, kwargs)
        except BrokenProcessPool:  # a worker died in an earlier build: `serve` goes on
            self.close(kill=True)
            future = self._pool().submit(_run, function, args, kwargs)
        job = Job(function, args, kwargs, future)
        self._sent[function] = [*sent, job]
        return job

    def map(
        self,
        function: Callable,
        items: Sequence,
        *args: object,
        chunk: int,
        parallel_from: int,
        **kwargs: object,
    ) -> list[Job]:
        """``function(part, *args, **kwargs)`` over ``items`` in chunks of ``chunk``: sent to
        the workers when there are at least ``parallel_from`` items, else held for the caller
        (in chunks too, so a caller reporting progress sees it)."""
        background = self.parallel(len(items), parallel_from)
        return [
            self.submit(
                function, list(items[start : start + chunk]), *args, background=background, **kwargs
            )
            for start in range(0, len(items), chunk)
        ]

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            in_main = threading.current_thread() is threading.main_thread()
            context = _context()
            loads, self._prepare = self._prepare, []
            if context.get_start_method() == "fork":
                for load in loads:
                    load()
                self._frozen = freeze_for_fork()

            def make() -> ProcessPoolExecutor:
                return ProcessPoolExecutor(
                    self.workers,
                    mp_context=context,
                    initializer=_worker_start,
                    initargs=(os.getpid(), in_main),
                )

            self._executor = make()
            if self._wants_standby and context.get_start_method() == "fork":
                self._wants_standby = False
                # Forked now, with the first workers, from the same small heap (the rules'
                # data, frozen): a pool forked later would share the build's pages it then
                # writes to, and they would count twice.
                self._standby = make()
                self._standby.submit(_ready)  # a pool forks its workers at its first job
        return self._executor

    def renew(self) -> bool:
        """Jobs go to the standby workers once the current ones have finished what they were
        given (until then, each new job runs here at once); the current workers then end,
        and the memory their jobs left them (the source checks' and the search data's, which
        the allocator keeps) ends with them. Waiting keeps the two sets from holding memory
        at the same time. Whether there were standby workers (only once, and only when
        ``standby`` was asked for)."""
        if self._standby is None or self._executor is None:
            return False
        self._renewing = True
        return True

    def _swap_if_idle(self) -> bool:
        """After ``renew``: hand over to the standby workers if the current ones are idle;
        whether jobs may go to a worker now."""
        if not self._renewing:
            return True
        if any(not job.done() for jobs in self._sent.values() for job in jobs):
            return False
        old, self._executor = self._executor, self._standby
        self._standby, self._renewing = None, False
        if old is not None:
            old.shutdown(wait=False)
            self._retired.append(old)
        return True

    def close(self, *, kill: bool = False) -> None:
        """Stop the workers: after their current job, or at once with ``kill`` (an
        interrupted build must not wait for work whose result nobody will read)."""
        executor, self._executor = self._executor, None
        pools = [p for p in (executor, self._standby, *self._retired) if p is not None]
        self._standby, self._retired, self._renewing = None, [], False
        self._sent.clear()
        if not pools:
            return
        for pool in pools:
            if kill:
                # The executor has no public way to stop a running job; its processes do.
                for process in list((getattr(pool, "_processes", None) or {}).values()):
                    with contextlib.suppress(Exception):
                        process.kill()
            pool.shutdown(wait=True, cancel_futures=True)
        if self._frozen:
            self._frozen = False
            gc.unfreeze()

    def __enter__(self) -> Scheduler:
        return self

    def __exit__(self, kind, error, trace) -> None:
        self.close(kill=kind is not None)


# --- worker processes -----------------------------------------------------------------------


def freeze_for_fork() -> bool:
    """Before forking the workers: collect, then move every object alive now (the rules'
    data that ``prepare`` loaded, the configuration, the theme) out of the cycle collector's
    reach (``gc.freeze``); whether it froze. A forked worker shares these objects' pages
    with this process until either writes to them, and each collection writes to the header
    of every container it traverses, so without this the pages of the rules' tables were
    copied into the worker (and, after the parent's own collections, into the parent) one by
    one. Only objects that later end in a reference cycle wait for ``Scheduler.close``
    (``gc.unfreeze``) to be freed. Not done when the heap is already frozen (``serve``
    freezes it after its first build and thaws it itself)."""
    if gc.get_freeze_count():
        return False
    gc.collect()
    gc.freeze()
    return True


class _WorkerState:
    previous: Callable | None = None
    """The function of this worker's last job."""
    releases_memory = False
    """Whether this is a worker that gives freed memory back between kinds of job (glibc
    only; the build process releases its own as it writes pages: memory.MemoryRelease)."""
    releases = 0


_worker = _WorkerState()


def _release_memory() -> None:
    """Between one kind of job and the next (checks, search data, output scan), give the
    memory the last kind freed back to the system: the C allocator keeps freed blocks (the
    search job's copy of the reports, its index) otherwise, and a worker lives as long as
    the build, so they would count in its peak memory until the end (at 300 generated
    reviews the worker ended at 114 MB instead of 127 MB)."""
    _worker.releases += 1
    memory.release()


def _ready() -> None:
    """A job that does nothing: sent to the standby pool so that its workers fork now."""


def _worker_start(parent: int, deathsig: bool) -> None:
    """In each worker: end with the parent, whatever ends it (SIGTERM, SIGKILL, a crash), and
    leave Ctrl-C to the parent, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's handlers; SIGTERM must end it, not raise in it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # The kernel signals a worker when the *thread* that started it ends, so only a pool
    # started from the main thread asks for it; the watch below covers every case.
    if deathsig and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # the parent ended before the line above took effect
        os._exit(1)
    _worker.releases_memory = memory.can_release()
    _worker.previous = None
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    """End this worker when its parent is gone (re-parented to init or a subreaper)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _context() -> multiprocessing.context.BaseContext:
    """fork while this process has one thread (the first build, even under `serve`): no
    re-import of the caller's script, which may lack a __main__ guard. Forking a threaded
    process can copy a lock another thread holds, so later pools are spawned."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


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

"""The job scheduler (workers.Scheduler): order, steal-back, inline work, errors, orphans.

Jobs run in real worker processes; each returns the process id that ran it, so a test knows
where a job ran, not only what it returned.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from review_library.problems import build_problems
from review_library.workers import Scheduler, WorkerError, gather, results
from tests.helpers import SiteFixture, build_failure

ROOT = Path(__file__).resolve().parent.parent


def where(index: int, pause: float = 0.0) -> tuple[int, int]:
    """A job: (its index, the process that ran it), after ``pause`` seconds."""
    time.sleep(pause)
    return index, os.getpid()


def failing(text: str) -> None:
    raise ValueError(f"cannot handle {text!r}")


def dying() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def started(marker: str, pause: float) -> tuple[int, int]:
    """A job that leaves ``marker`` when a process starts it, then takes ``pause`` seconds."""
    Path(marker).touch()
    return where(0, pause)


def where_all(items: list[int]) -> list[int]:
    return [os.getpid() for _ in items]


def broken_search(catalogue, *_args):
    raise KeyError("Kayden Morris")


def broken_chunk(files, config, register):
    raise KeyError("Kayden Morris")


def _busy_worker(scheduler: Scheduler, tmp_path: Path, pause: float):
    """The first job, once a worker has started it."""
    marker = tmp_path / "started"
    job = scheduler.submit(started, str(marker), pause)
    deadline = time.monotonic() + 30
    while not marker.exists():
        assert time.monotonic() < deadline, "no worker started the first job"
        time.sleep(0.01)
    return job


def test_results_come_in_submit_order_whoever_finishes_first() -> None:
    with Scheduler(2) as scheduler:
        # Earlier jobs take longer, so the workers finish them last.
        jobs = [scheduler.submit(where, k, 0.3 - 0.05 * k) for k in range(6)]
        assert [index for index, _ in results(jobs)] == list(range(6))


def test_a_job_no_worker_started_is_taken_back_and_run_here(tmp_path: Path) -> None:
    """One busy worker: while the parent waits for the first job, it runs the last ones
    itself (the worker takes from the front) instead of waiting on the pool."""
    with Scheduler(1) as scheduler:
        jobs = [_busy_worker(scheduler, tmp_path, 1.5)]
        jobs += [scheduler.submit(where, k) for k in range(1, 8)]
        assert all(job.sent for job in jobs)
        out = gather(jobs)
    assert [index for index, _ in out] == list(range(8))
    ran = [pid for _, pid in out]
    assert ran[0] != os.getpid(), "the first job ran in the worker"
    assert ran[-1] == os.getpid(), "the last job was taken back"
    # The worker is busy with the first for 1.5 s: the queue's tail ran here.
    assert ran.count(os.getpid()) >= 5


def test_result_of_an_unstarted_job_runs_it_here_rather_than_wait(tmp_path: Path) -> None:
    with Scheduler(1) as scheduler:
        busy = _busy_worker(scheduler, tmp_path, 1.0)
        queued = [scheduler.submit(where, k) for k in range(1, 4)]
        started = time.monotonic()
        assert queued[-1].result() == (3, os.getpid())
        assert time.monotonic() - started < 0.8, "it did not wait for the busy worker"
        assert busy.result()[1] != os.getpid()


def test_below_the_threshold_nothing_goes_to_a_worker() -> None:
    with Scheduler(2) as scheduler:
        below = scheduler.map(where_all, list(range(39)), chunk=25, parallel_from=40)
        assert not any(job.sent for job in below)
        assert len(below) == 2  # held in chunks, so progress can be reported per chunk
        assert [pid for part in gather(below) for pid in part] == [os.getpid()] * 39
        at = scheduler.map(where_all, list(range(40)), chunk=25, parallel_from=40)
        assert all(job.sent for job in at)
        assert len([pid for part in gather(at) for pid in part]) == 40


def releases() -> int:
    from review_library import workers

    return workers._worker.releases


def test_a_worker_gives_memory_back_between_kinds_of_job() -> None:
    """The search job's memory is given back before the output scan, not after every batch."""

    def in_worker(function, *args):
        job = scheduler.submit(function, *args)
        while not job.done():  # left to the worker, not taken back
            time.sleep(0.01)
        return job.result()

    with Scheduler(1) as scheduler:
        assert [in_worker(where, k)[1] != os.getpid() for k in range(2)] == [True, True]
        assert in_worker(releases) == 1
        assert in_worker(releases) == 1
    assert releases() == 0, "the main process is never trimmed"


def test_no_workers_runs_every_job_here() -> None:
    scheduler = Scheduler(0)
    jobs = [scheduler.submit(where, k) for k in range(3)]
    assert not any(job.sent for job in jobs)
    assert gather(jobs) == [(k, os.getpid()) for k in range(3)]


def test_queue_limit_runs_the_job_here_when_workers_are_behind() -> None:
    with Scheduler(1) as scheduler:
        # The first two keep the worker busy; the next two find it behind.
        jobs = [scheduler.submit(where, k, 2.0 if k < 2 else 0, queue_limit=2) for k in range(4)]
        assert [job.sent for job in jobs] == [True, True, False, False]
        assert [index for index, _ in gather(jobs)] == [0, 1, 2, 3]


@pytest.mark.parametrize("workers", [0, 1], ids=["here", "in a worker"])
def test_a_failing_job_raises_one_error_without_its_text(workers: int) -> None:
    """An exception in a job, wherever it ran, is a WorkerError naming the job and the line
    of code; the exception's text (it may quote an identifier) is never shown."""
    with Scheduler(workers) as scheduler:
        job = scheduler.submit(failing, "Kayden Morris")
        with pytest.raises(WorkerError) as caught:
            job.result()
    message = str(caught.value)
    assert "failing: ValueError at test_scheduler.py:" in message
    assert "Kayden" not in message and "Traceback" not in message
    shown = build_problems(internal=[caught.value])
    assert shown.startswith("review-library: 1 internal error(s); nothing was published.")
    assert "Kayden" not in shown


def test_a_worker_that_dies_is_an_error_not_a_hang() -> None:
    """The job's error names what happened; the next job (a `serve` rebuild) gets new
    workers rather than the broken pool."""
    with Scheduler(1) as scheduler:
        with pytest.raises(WorkerError, match="a worker process ended"):
            scheduler.submit(dying).result()
        job = scheduler.submit(where, 1)
        assert job.sent
        assert job.result()[0] == 1


def test_a_failing_job_in_a_build_is_the_builds_one_error_shape(
    tmp_path: Path, caplog, monkeypatch
) -> None:
    """The search data job fails in a worker: the build stops with the plugin's message, no
    traceback, and nothing is published."""
    from review_library import plugin as plugin_module
    from review_library.search import page

    monkeypatch.setattr(page, "packed_files", broken_search)
    monkeypatch.setattr(plugin_module, "default_workers", lambda: 2)
    site = SiteFixture(tmp_path)
    site.add_review()
    message = build_failure(site, caplog)
    assert "1 internal error(s); nothing was published" in message
    assert "broken_search: KeyError at test_scheduler.py:" in message
    assert "Kayden" not in message
    assert not (site.site_dir / "index.html").exists()


def test_check_reports_a_failed_job_in_the_same_shape(tmp_path: Path, monkeypatch, capsys):
    from review_library import workers
    from review_library.cli import main
    from review_library.redaction import runner
    from tests.helpers import review_text

    monkeypatch.setattr(workers, "default_workers", lambda: 2)
    monkeypatch.setattr(runner, "check_chunk", broken_chunk)
    (tmp_path / "reviews").mkdir()
    for number in range(runner.PARALLEL_FROM):
        (tmp_path / "reviews" / f"r-{number:03d}.md").write_text(
            review_text(id=f"testshire-2024-child-{number:03d}"), encoding="utf-8"
        )
    monkeypatch.chdir(tmp_path)
    assert main(["check", "reviews"]) == 2
    err = capsys.readouterr().err
    assert "internal error(s); no report was written" in err
    assert "broken_chunk: KeyError at test_scheduler.py:" in err
    assert "Kayden" not in err and "Traceback" not in err


# --- workers end with their parent ----------------------------------------------------------

PARENT = """\
import os, sys, threading, time
sys.path[:0] = [{plugins!r}, {root!r}]
from review_library.workers import Scheduler
from pathlib import Path
from tests.test_scheduler import started

def start():
    scheduler = Scheduler(2)
    markers = [Path({tmp!r}, f"started-{{k}}") for k in range(2)]
    jobs = [scheduler.submit(started, str(marker), 600) for marker in markers]
    while not all(marker.exists() for marker in markers):  # both workers are busy
        time.sleep(0.05)
    print(*scheduler._executor._processes, flush=True)
    return scheduler, jobs

if {thread!r}:
    # A pool started from another thread (as a `serve` rebuild would): the kernel's
    # parent-death signal follows that thread, so the worker's own watch must do it.
    box = []
    thread = threading.Thread(target=lambda: box.append(start()))
    thread.start()
    thread.join()
else:
    box = [start()]
{end}
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _gone(pids: list[int], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(_alive(pid) for pid in pids):
            return True
        time.sleep(0.1)
    return False


def _parent(tmp: Path, thread: bool, end: str) -> tuple[subprocess.Popen, list[int]]:
    script = PARENT.format(
        plugins=str(ROOT / "plugins"), root=str(ROOT), tmp=str(tmp), thread=thread, end=end
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    line = process.stdout.readline()
    assert line.strip(), "the parent printed no worker ids"
    return process, [int(pid) for pid in line.split()]


@pytest.mark.parametrize("thread", [False, True], ids=["main thread", "other thread"])
def test_workers_end_when_the_parent_is_killed(tmp_path: Path, thread: bool) -> None:
    """SIGKILL runs no cleanup in the parent; its busy workers still end within seconds."""
    process, workers = _parent(tmp_path, thread, "time.sleep(600)")
    try:
        assert all(_alive(pid) for pid in workers)
        process.kill()
        process.wait(timeout=30)
        assert _gone(workers, 10), "a worker outlived its parent"
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_workers_end_when_the_parent_fails(tmp_path: Path) -> None:
    """An exception in the parent while jobs run (a failed build): leaving the scheduler's
    block stops the busy workers at once, rather than waiting 600 s for their jobs."""
    process, workers = _parent(
        tmp_path,
        False,
        "scheduler, jobs = box[0]\nwith scheduler:\n    raise SystemExit('the build failed')\n",
    )
    try:
        process.wait(timeout=30)
        assert process.returncode != 0
        assert _gone(workers, 10)
    finally:
        if process.poll() is None:
            process.kill()
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def large(size: int) -> bytes:
    return b"x" * size


def test_a_finished_job_and_its_result_are_not_held_by_the_scheduler() -> None:
    """A job's result (the search data job returns every report's sections) is the caller's
    to keep: once the caller has dropped it and other work is submitted, the scheduler holds
    no reference to the job, so the result does not stay in memory until the build ends."""
    import gc
    import weakref

    with Scheduler(1) as scheduler:
        job = scheduler.submit(large, 1_000_000)
        assert len(job.result()) == 1_000_000
        gone = weakref.ref(job)
        del job
        assert scheduler.submit(where, 1).result()[0] == 1  # another kind of job
        gc.collect()
        assert gone() is None


# --- workers start with the rules compiled ------------------------------------------------

FORKED = """\
import sys
sys.path[:0] = [{plugins!r}, {root!r}]
import review_library.plugin  # all a build has imported when its first job starts a worker
from review_library.workers import Scheduler
from tests.test_scheduler import worker_start

with Scheduler(1) as scheduler:
    print(*scheduler.submit(worker_start).result())
"""


def worker_start() -> tuple[bool, float]:
    """In a worker: whether the rule modules were there before this job, and the CPU the
    worker had used by then."""
    import resource

    loaded = "review_library.redaction.rules.person_name" in sys.modules
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return loaded, usage.ru_utime + usage.ru_stime


def test_a_worker_inherits_the_compiled_rules() -> None:
    """Compiling the rules' 1,200 patterns costs about 0.5 to 0.9 s of CPU. The plugin imports
    them, and the first pool is forked, so each worker starts with them compiled; a spawned
    worker spent 0.88 s before its first job."""
    root = Path(__file__).resolve().parents[1]
    script = FORKED.format(plugins=str(root / "plugins"), root=str(root))
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    ).stdout.split()
    assert out[0] == "True", "the plugin no longer imports the rules: each worker compiles them"
    assert float(out[1]) < 0.3, f"a worker spent {out[1]} s of CPU before its first job"


LOADED_BEFORE_FORK = """
import sys
sys.path[:0] = [{plugins!r}, {root!r}]
from review_library.redaction.rules.gazetteer import gazetteer
from review_library.redaction.preload import load_rule_data
from review_library.workers import Scheduler
from tests.test_scheduler import rule_data_in_worker

with Scheduler(1) as scheduler:
    scheduler.prepare(load_rule_data)
    job = scheduler.submit(rule_data_in_worker)
    print(gazetteer.cache_info().currsize, *job.result())
"""


def rule_data_in_worker() -> tuple[int, int, int]:
    """In a worker, before any rule ran here: whether the name lists were loaded, and the
    worker's private and shared memory (kB) after reading all of them."""
    from review_library.redaction.rules.gazetteer import gazetteer

    loaded = gazetteer.cache_info().currsize
    names = gazetteer()
    sum(
        1
        for word in ("amelia", "zebra", "smith")
        for s in (names.first, names.surnames)
        if word in s
    )
    private = shared = 0
    for line in Path(f"/proc/{os.getpid()}/smaps_rollup").read_text().splitlines():
        if line.startswith(("Private_Clean:", "Private_Dirty:")):
            private += int(line.split()[1])
        elif line.startswith(("Shared_Clean:", "Shared_Dirty:")):
            shared += int(line.split()[1])
    return loaded, private, shared


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="Linux only")
def test_a_forked_worker_shares_the_rules_data_loaded_before_it() -> None:
    """The rules' name lists (about 35 MB) are loaded in the main process just before the
    workers are forked (Scheduler.prepare), so a worker shares them rather than loading its
    own copy; reading them keeps them shared."""
    root = Path(__file__).resolve().parents[1]
    script = LOADED_BEFORE_FORK.format(plugins=str(root / "plugins"), root=str(root))
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    ).stdout.split()
    before_fork, in_worker, private_kb, shared_kb = map(int, out)
    assert before_fork == 1, "Scheduler.prepare did not run its loader before the fork"
    assert in_worker == 1, "the worker did not inherit the name lists"
    # Shared: at least the name lists' 35 MB; the worker's own pages are far fewer.
    assert shared_kb > 30_000 and private_kb < shared_kb, (private_kb, shared_kb)


COLLECTED_IN_WORKER = """
import gc, sys
sys.path[:0] = [{plugins!r}, {root!r}]
from review_library.redaction.preload import load_rule_data
from review_library.workers import Scheduler
from tests.test_scheduler import collect_in_worker

with Scheduler(1) as scheduler:
    scheduler.prepare(load_rule_data)
    job = scheduler.submit(collect_in_worker)  # forks the worker
    frozen_here = gc.get_freeze_count()
    print(frozen_here, *job.result())
print(gc.get_freeze_count())
"""


def collect_in_worker() -> tuple[int, int]:
    """In a worker: how many objects it inherited frozen, and how many kB of its pages a
    full collection made its own (copied from the parent's)."""
    import gc

    def dirty() -> int:
        rollup = Path(f"/proc/{os.getpid()}/smaps_rollup").read_text().splitlines()
        return sum(int(line.split()[1]) for line in rollup if line.startswith("Private_Dirty:"))

    before = dirty()
    gc.collect()
    return gc.get_freeze_count(), dirty() - before


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="Linux only")
def test_a_collection_in_a_worker_leaves_the_inherited_pages_shared() -> None:
    """The heap is frozen before the fork (workers.freeze_for_fork), so the cycle collector
    in a worker never writes to the headers of the objects it inherited (the rules' tables):
    without it one full collection copied about 8 MB of them into the worker. The parent
    thaws its heap when the pool closes."""
    root = Path(__file__).resolve().parents[1]
    script = COLLECTED_IN_WORKER.format(plugins=str(root / "plugins"), root=str(root))
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    ).stdout.split()
    frozen_here, frozen_there, copied_kb, after_close = map(int, out)
    assert frozen_here > 10_000 and frozen_there > 10_000, (frozen_here, frozen_there)
    assert copied_kb < 2_000, f"a collection copied {copied_kb} kB of inherited pages"
    assert after_close == 0, "the parent's heap stayed frozen after the pool closed"


def test_prepare_runs_nothing_when_no_job_goes_to_a_worker() -> None:
    calls: list[int] = []
    with Scheduler(0) as scheduler:
        scheduler.prepare(lambda: calls.append(1))
        assert scheduler.submit(where, 1).result()[1] == os.getpid()
    assert calls == []


_KEPT: list[bytes] = []
"""What ``keep`` leaves in the process that ran it (as the checks leave the allocator's)."""
_MARKED: list[int] = []
"""Set in this process once the first job is sent (a worker forked later would see it)."""


def keep(size: int) -> tuple[int, int, bool]:
    """A job that leaves ``size`` bytes behind: (its process, the bytes held there, whether
    that process saw ``_MARKED`` set)."""
    _KEPT.append(b"x" * size)
    return os.getpid(), sum(map(len, _KEPT)), bool(_MARKED)


def _in_worker(scheduler: Scheduler, function, *args):
    """A job's result, left to a worker (never taken back and run here)."""
    job = scheduler.submit(function, *args)
    deadline = time.monotonic() + 30
    while not job.done():
        assert time.monotonic() < deadline, "no worker finished the job"
        time.sleep(0.01)
    return job.result()


IN_A_FRESH_PROCESS = """
import sys
from pathlib import Path
sys.path[:0] = [{plugins!r}, {root!r}]
import tests.test_scheduler as scenarios
getattr(scenarios, sys.argv[1])(Path(sys.argv[2]))
"""


def _run_in_a_fresh_process(scenario: str, tmp_path: Path) -> None:
    """Run ``scenario(tmp_path)`` in a new interpreter. Standby workers are forked, and the
    scheduler forks only while its process has one thread (workers._context); a test process
    may hold threads other tests left (the browser tests' page server lives for the session),
    and then the scheduler spawns and has no standby: these scenarios failed in CI for it."""
    script = IN_A_FRESH_PROCESS.format(plugins=str(ROOT / "plugins"), root=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script, scenario, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stderr[-4000:]


def renew_scenario(tmp_path: Path) -> None:
    """The build's output scan runs in workers forked with the first ones (from the same
    small heap) but given no job before ``renew``: what the earlier jobs left in their
    worker is not there, and the old worker ends once it has finished what it was given.
    Until then, new jobs run here (both sets holding memory at once was the build's peak)."""
    with Scheduler(1, standby=True) as scheduler:
        old, held, _ = _in_worker(scheduler, keep, 100_000)
        _MARKED.append(1)
        busy = _busy_worker(scheduler, tmp_path, 2.0)
        assert scheduler.renew(), "no standby workers"
        # The old worker is busy: a job sent now runs here, not in a second set at once.
        assert scheduler.submit(where, 1).result()[1] == os.getpid()
        assert busy.result()[1] == old, "the old worker finished the job it had started"
        new, held_new, saw_mark = _in_worker(scheduler, keep, 10)
        assert new not in (old, os.getpid())
        assert (held, held_new) == (100_000, 10), "the fresh worker held the old's memory"
        assert not saw_mark, "the fresh worker was forked after the first job, not with it"
        deadline = time.monotonic() + 30
        while Path(f"/proc/{old}").exists():
            assert time.monotonic() < deadline, "the old worker did not end"
            time.sleep(0.05)
        assert not scheduler.renew(), "only once"
        assert _in_worker(scheduler, keep, 10)[0] == new


def test_renew_sends_later_jobs_to_fresh_workers_and_ends_the_old_ones(tmp_path: Path) -> None:
    _run_in_a_fresh_process("renew_scenario", tmp_path)


def test_a_fresh_process_reports_a_failed_scenario(tmp_path: Path) -> None:
    """The fresh-process runner fails the test when its scenario fails, so the scenarios
    above cannot pass by not running."""
    with pytest.raises(AssertionError, match="no standby workers"):
        _run_in_a_fresh_process("renew_without_standby_scenario", tmp_path)


def renew_without_standby_scenario(tmp_path: Path) -> None:
    with Scheduler(1) as scheduler:
        _in_worker(scheduler, where, 0)
        assert scheduler.renew(), "no standby workers"


def test_renew_without_a_standby_keeps_the_workers() -> None:
    with Scheduler(1) as scheduler:
        first = _in_worker(scheduler, where, 0)[1]
        assert not scheduler.renew()
        assert _in_worker(scheduler, where, 1)[1] == first


def build_events_scenario(tmp_path: Path) -> None:
    """Build a one-review site with two workers and write, one a line, the scheduler's
    renewals (whether it renewed, whether it still wanted standby workers) and the jobs
    submitted, in order, to ``events.txt``."""
    from review_library import plugin as plugin_module
    from review_library import workers

    events: list[str] = []
    submit, renew = workers.Scheduler.submit, workers.Scheduler.renew

    def renewing(self):
        done = renew(self)
        events.append(f"renew {done} {self._wants_standby}")
        return done

    def submitting(self, function, *args, **kwargs):
        events.append(function.__name__)
        return submit(self, function, *args, **kwargs)

    workers.Scheduler.renew, workers.Scheduler.submit = renewing, submitting
    plugin_module.default_workers = lambda: 2
    site = SiteFixture(tmp_path)
    site.add_review()
    site.build()
    (tmp_path / "events.txt").write_text("\n".join(events), encoding="utf-8")


def test_a_build_scans_its_output_in_workers_the_checks_did_not_use(tmp_path: Path) -> None:
    """The plugin asks for standby workers and renews before the output scan's first job:
    the scan then runs in workers that neither the source checks nor the search data grew."""
    _run_in_a_fresh_process("build_events_scenario", tmp_path)
    events = (tmp_path / "events.txt").read_text(encoding="utf-8").splitlines()
    assert "renew True False" in events
    renewed = events.index("renew True False")
    assert "scan_task" in events and events.index("scan_task") > renewed
    assert "packed_files" in events[:renewed], events

"""Signals: workers end with their parent, and an interrupted build leaves nothing publishable.

Real `mkdocs build`, `mkdocs serve` and `review-library check` processes are interrupted while
their worker processes are busy; every worker must be gone soon after, and the site directory
must hold nothing but its top-level dot-files (a deploy checkout).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import SiteFixture, review_text

# A hook that stops the build in the middle of writing pages, once the workers are busy.
PAUSE_HOOK = """\
import time
from pathlib import Path

def on_post_page(output, page, config):
    if page.file.src_uri == "themes/index.md":
        Path(config.config_file_path).with_name("paused").write_text("yes")
        time.sleep(120)
    return output
"""


def _children(pid: int) -> set[int]:
    """Process ids whose parent is ``pid``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _env(workers: int = 3) -> dict[str, str]:
    return {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": "0",
        "REVIEW_LIBRARY_WORKERS": str(workers),
    }


def _library(site: SiteFixture, count: int = 45) -> None:
    for number in range(count):
        site.add_review(id=f"testshire-2024-child-{number:03d}")


def _ctrl_c_as_at_a_terminal() -> None:
    """In the build's process before it starts: Ctrl-C (SIGINT) at its default, as in a
    terminal. A shell runs a background job with SIGINT ignored and the ignoring is inherited:
    CI started that way once ignored the test's Ctrl-C, and the build slept out its pause."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def paused_build(site: SiteFixture):
    """A real `mkdocs build` of an ordinary library, paused while writing pages, with a
    deploy checkout and a previous build in its site directory."""
    _library(site)
    site.write("site/.git/HEAD", "ref: refs/heads/gh-pages\n")
    site.write("site/index.html", "<p>last good build</p>")
    site.write("hooks.py", PAUSE_HOOK)
    site.mkdocs_extra = {"hooks": ["hooks.py"]}
    config = site.write_config()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)],
        cwd=site.root,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_ctrl_c_as_at_a_terminal,
    )
    try:
        _wait_for(lambda: (site.root / "paused").exists(), 120, "the build to reach the pause")
        assert list((site.site_dir / "reviews").iterdir()), "pages were written before the pause"
        workers = _children(process.pid)
        assert workers, "the build has no worker processes"
        yield process, workers
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_build_leaves_nothing_publishable(site, paused_build, signum) -> None:
    process, workers = paused_build
    process.send_signal(signum)
    process.wait(timeout=60)
    assert process.returncode != 0
    _wait_for(lambda: not any(_alive(pid) for pid in workers), 10, "the workers to end")
    assert sorted(p.name for p in site.site_dir.iterdir()) == [".git"]


def test_workers_end_when_the_build_is_killed(site, paused_build) -> None:
    """Even SIGKILL, which runs no cleanup in the parent, leaves no worker behind."""
    process, workers = paused_build
    process.kill()
    process.wait(timeout=60)
    _wait_for(lambda: not any(_alive(pid) for pid in workers), 10, "the workers to end")


def test_sigterm_to_check_leaves_no_worker(tmp_path: Path) -> None:
    reviews = tmp_path / "reviews"
    reviews.mkdir()
    # Long reports, so the workers are still busy when the signal comes.
    body = "## Findings\n\n" + "The health visitor saw Child A at home in the spring. " * 4000
    for number in range(60):
        (reviews / f"r-{number:03d}.md").write_text(
            review_text(body=body, id=f"testshire-2024-child-{number:03d}"), encoding="utf-8"
        )
    process = subprocess.Popen(
        [sys.executable, "-m", "review_library", "check", "reviews"],
        cwd=tmp_path,
        env=_env(workers=2),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(lambda: bool(_children(process.pid)), 60, "the check's workers to start")
        workers = _children(process.pid)
        time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        _wait_for(lambda: not any(_alive(pid) for pid in workers), 10, "the workers to end")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_sigterm_to_serve_leaves_no_worker(site: SiteFixture) -> None:
    _library(site)
    config = site.write_config()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", "127.0.0.1:0"],
        cwd=site.root,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines: list[str] = []

        def serving() -> bool:
            line = process.stderr.readline()
            lines.append(line)
            return "Serving on" in line or process.poll() is not None

        _wait_for(serving, 120, "serve to start")
        assert process.poll() is None, "".join(lines)
        workers = _children(process.pid)
        assert workers, "serve has no worker processes"
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        _wait_for(lambda: not any(_alive(pid) for pid in workers), 10, "the workers to end")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

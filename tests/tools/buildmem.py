"""Where a build's memory grows: one `mkdocs build` in this process, its resident memory and
its workers' sampled 5 times a second, with the times of the plugin's build events.

    NO_MKDOCS_2_WARNING=1 PYTHONPATH=plugins .venv/bin/python tests/tools/buildmem.py \\
        /tmp/scale-work/ours-300/mkdocs.yml /tmp/buildmem-site

Prints the build process's peak and the peak of it and its workers together, the build
process's memory at each event, and a line of samples (seconds: build + workers, MB). For
site_src/about/performance.md; not a test. A thread reads /proc, so Linux only.
"""

from __future__ import annotations

import os
import resource
import sys
import threading
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from review_library import plugin as plugin_module
from review_library import site as site_module

EVENTS = ("on_files", "on_nav", "on_env", "on_post_build")
SAMPLE_SECONDS = 0.2


def rss_mb(pid: int) -> int:
    """Resident memory of a process, MB (0 when it has ended)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    except (OSError, ValueError):
        pass
    return 0


def children(parent: int) -> list[int]:
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(entry.name))
    return found


class Timeline:
    """Memory samples and event times, in seconds from the start."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.samples: list[tuple[float, int, int]] = []
        self.events: list[tuple[float, str]] = []
        self.done = threading.Event()

    def now(self) -> float:
        return time.perf_counter() - self.start

    def sample(self) -> None:
        me = os.getpid()
        while not self.done.wait(SAMPLE_SECONDS):
            workers = sum(rss_mb(pid) for pid in children(me))
            self.samples.append((self.now(), rss_mb(me), workers))

    def mark(self, owner: type, name: str) -> None:
        original = getattr(owner, name)

        def marked(*args, **kwargs):
            self.events.append((self.now(), f"{name} start"))
            try:
                return original(*args, **kwargs)
            finally:
                self.events.append((self.now(), f"{name} end"))

        setattr(owner, name, marked)

    def at(self, moment: float) -> int:
        return min(self.samples, key=lambda s: abs(s[0] - moment))[1] if self.samples else 0


def main(config_file: str, site_dir: str) -> None:
    timeline = Timeline()
    for name in EVENTS:
        timeline.mark(plugin_module.ReviewLibraryPlugin, name)
    timeline.mark(site_module.SiteBuild, "write_outputs")
    sampler = threading.Thread(target=timeline.sample, daemon=True)
    sampler.start()
    config = load_config(config_file, site_dir=site_dir)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
        timeline.done.set()
        sampler.join()
    samples = timeline.samples or [(0.0, 0, 0)]
    own = max(samples, key=lambda s: s[1])
    both = max(samples, key=lambda s: s[1] + s[2])
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(
        f"build process peak {own[1]} MB at {own[0]:.1f} s (ru_maxrss {maxrss} MB); "
        f"build and workers {both[1]} + {both[2]} MB at {both[0]:.1f} s"
    )
    for moment, event in timeline.events:
        print(f"{moment:8.1f} s  {event:28} build process {timeline.at(moment)} MB")
    step = max(1, len(samples) // 40)
    print(" ".join(f"{t:.0f}:{a}+{b}" for t, a, b in samples[::step]))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: buildmem.py MKDOCS_YML SITE_DIR")
    main(sys.argv[1], sys.argv[2])

"""The build process gives freed memory back to the system as it goes (memory.MemoryRelease)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from review_library import memory

linux_glibc = pytest.mark.skipif(
    memory._c_library() is None, reason="malloc_trim is glibc's (Linux) only"
)


def _resident_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096 / 2**20


@linux_glibc
def test_freed_blocks_in_the_middle_of_the_heap_are_given_back() -> None:
    """Blocks of the size of a page's HTML, freed with a few kept between them (as a build
    keeps some objects of every page): the allocator keeps the freed ones until a release."""
    blocks = [bytearray(3000) for _ in range(20_000)]  # about 60 MB
    kept = blocks[::16]
    del blocks
    before = _resident_mb()
    release = memory.MemoryRelease()
    release.now()
    after = _resident_mb()
    assert release.releases == 1
    assert before - after > 30, (before, after)
    assert len(kept) == 1250


def test_tick_releases_every_so_many_calls(monkeypatch) -> None:
    release = memory.MemoryRelease(every=3)
    calls = []
    monkeypatch.setattr(release, "now", lambda: calls.append(release.ticks))
    for _ in range(7):
        release.tick()
    assert calls == [3, 6]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_a_build_releases_memory_as_it_writes(tmp_path: Path, monkeypatch) -> None:
    from review_library import site as site_module
    from tests.helpers import SiteFixture

    made: list[memory.MemoryRelease] = []

    class Counting(memory.MemoryRelease):
        def __init__(self) -> None:
            super().__init__(every=2)
            made.append(self)

    monkeypatch.setattr(site_module, "MemoryRelease", Counting)
    site = SiteFixture(tmp_path)
    for n in range(3):
        site.add_review(f"r{n}", id=f"testshire-2024-child-{n}")
    site.build()
    (release,) = made
    # Each of our pages ticks when read and when written; write_outputs releases twice.
    assert release.ticks >= 12
    if memory._c_library() is not None:
        assert release.releases >= release.ticks // 2 + 2

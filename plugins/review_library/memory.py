"""Give the memory a build has freed back to the system as the build goes.

The C allocator keeps blocks Python freed (each page's Markdown, its HTML once written, the
search files once written) for reuse, and a block in the middle of the heap is never returned
on its own; the build process's resident memory then only grows, and its peak at the end of
the build counts all of it. ``malloc_trim`` (glibc) returns the free pages, wherever they
lie, for about a millisecond a call. The workers call ``release`` between kinds of job
(workers._release_memory).
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import sys

EVERY = 100
"""Pages between two releases: a page's HTML and Markdown are some tens of kB."""


@functools.cache
def _c_library() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        library = ctypes.CDLL(None)
        library.malloc_trim  # noqa: B018 - not glibc (musl): nothing to call
    except (OSError, AttributeError):
        return None
    return library


def can_release() -> bool:
    """Whether this process can give freed memory back (glibc on Linux)."""
    return _c_library() is not None


def release() -> bool:
    """Give the memory this process has freed back to the system now; whether it could."""
    library = _c_library()
    if library is None:
        return False
    with contextlib.suppress(OSError):
        library.malloc_trim(0)
    return True


class MemoryRelease:
    """Releases freed memory now (``now``), or every ``every`` calls of ``tick``."""

    def __init__(self, every: int = EVERY):
        self.every = every
        self.ticks = 0
        self.releases = 0
        """How many times memory was released (for tests)."""

    def now(self) -> None:
        if release():
            self.releases += 1

    def tick(self) -> None:
        self.ticks += 1
        if self.ticks % self.every == 0:
            self.now()

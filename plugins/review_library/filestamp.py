"""Files' SHA-256 remembered by their stat, so a serve rebuild need not read and hash every
review again to learn that it did not change."""

from __future__ import annotations

import os
import stat
import time

Stamp = tuple[int, int, int, int, int]

SETTLED_NS = 2_000_000_000
"""A file whose last change is younger than this is not remembered (read again next time):
a write in the same tick of the file system's clock as the read would leave its stamp as it
was (git's "racily clean" entries)."""


def _stamp(info: os.stat_result) -> Stamp | None:
    if not stat.S_ISREG(info.st_mode):
        return None  # links, pipes, devices: read (and refused) as before
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def lstat(path: str) -> Stamp | None:
    """The stamp of a regular file (not following a link), else None."""
    try:
        return _stamp(os.lstat(path))
    except OSError:
        return None


class DigestMemo:
    """Path -> (stamp, SHA-256 of the bytes read under that stamp). A file is trusted
    unchanged only while its device, inode, size, modification and status-change times are
    the same: any write or rename onto it changes the status-change time."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[Stamp, str]] = {}

    def find(self, path: str) -> str | None:
        """The digest of ``path``'s bytes if it is the same file as when they were read."""
        entry = self.entries.get(path)
        if entry is None:
            return None
        if lstat(path) != entry[0]:
            return None
        return entry[1]

    def add(self, path: str, digest: str, before: Stamp | None) -> None:
        """Remember ``digest``, of bytes read after the file had stamp ``before`` (taken
        before reading), if the file still has it and settled before it was read."""
        self.entries.pop(path, None)
        if before is None or lstat(path) != before:
            return
        if time.time_ns() - max(before[3], before[4]) < SETTLED_NS:
            return
        self.entries[path] = (before, digest)

    def keep(self, paths: set[str]) -> None:
        """Forget files no longer listed (memory tracks the library, not its history)."""
        for path in list(self.entries):
            if path not in paths:
                del self.entries[path]

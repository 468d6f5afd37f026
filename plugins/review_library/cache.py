"""Per-file memo keyed by content hash, so `serve` rebuilds redo work only for changed reviews."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")


class ContentCache(Generic[T]):
    """Remembers ``compute(path)`` until the file's bytes change.

    The plugin instance survives `mkdocs serve` rebuilds, so a cache held by it turns
    "re-parse and re-check 3,000 reviews" into "re-check the one that was edited".
    """

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[str, T]] = {}
        self.hits = 0
        self.misses = 0

    def get(self, path: Path, raw: bytes, compute: Callable[[], T]) -> T:
        digest = hashlib.sha256(raw).hexdigest()
        entry = self._entries.get(path)
        if entry is not None and entry[0] == digest:
            self.hits += 1
            return entry[1]
        self.misses += 1
        value = compute()
        self._entries[path] = (digest, value)
        return value

    def find(self, path: Path, digest: str) -> tuple[T] | None:
        """``(value,)`` remembered for ``path`` if its bytes had SHA-256 ``digest``, else
        None (so a caller that already hashed the bytes need not read them again)."""
        entry = self._entries.get(path)
        if entry is not None and entry[0] == digest:
            self.hits += 1
            return (entry[1],)
        return None

    def retain(self, paths: set[Path]) -> None:
        """Forget files that no longer exist, so memory tracks the library, not its history."""
        for path in list(self._entries):
            if path not in paths:
                del self._entries[path]

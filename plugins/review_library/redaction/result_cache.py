"""A persistent cache of what the redaction rules found, keyed by content and by everything
else that can change it, so a second `check` or build pays the rules only for what changed.

Entries live under ``.cache/plugin/review-library/`` (as Material's own plugins cache under
``.cache/plugin/<name>/``), one folder per *fingerprint*: the SHA-256 of the plugin's
source and data files, the versions of the packages the rules use, the Python and Unicode
versions, the rule severities and the identifier register's salted hashes (never its text).
Change any of them and the folder is another one: nothing old is read. Inside it, an entry
is found by the hash of the exact text checked.

A cache file is untrusted input (a CI cache, a shared disk): it is JSON, read with size
limits, and every entry is checked field by field; a corrupted, truncated or foreign file is
ignored and its texts are checked again, never a traceback. Writers never modify a file: each
writes a new segment to a temporary name and renames it, so workers writing at once cannot
corrupt one another, and a reader sees a segment whole or not at all. Segments are merged
once there are many, keeping the newest entries up to a limit, and only the newest
fingerprint folders of each kind are kept.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import secrets
import shutil
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

CACHE_DIR = Path(".cache") / "plugin" / "review-library"
"""Where the cache lives, relative to the project (mkdocs.yml's folder, or the working folder
of `review-library check`)."""
FORMAT = 1
MAX_SEGMENT_BYTES = 256 * 1024 * 1024
"""A segment larger than this is not read (a hostile or runaway file)."""
MAX_SEGMENTS = 8
"""More segments than this are merged into one."""
KEEP_FOLDERS = 3
"""Fingerprint folders kept per kind (the newest): older rules' results are evicted."""
RULE_PACKAGES = (
    "phonenumbers",
    "python-stdnum",
    "confusable-homoglyphs",
    "Pillow",
    "pypdf",
    "pyahocorasick",  # finds the rules' cue words (rules/cue_index.py)
)
"""Distributions whose data or code the rules and attachment checks use."""
_KEY = re.compile(r"[0-9a-f]{32,64}\Z")
_SEGMENT = re.compile(r"[0-9]{20}-[0-9]+-[0-9a-f]{8}\.json\Z")
_STALE_TEMP = 3600.0
"""A temporary file older than this (seconds) is a crashed writer's; it is removed."""


@functools.cache
def code_fingerprint() -> str:
    """SHA-256 of the code and data the checks run (see ``package_fingerprint``), the
    versions of the packages the rules use, and the Python and Unicode versions (regular
    expressions and case folding)."""
    from importlib import metadata

    import review_library

    versions = []
    for name in RULE_PACKAGES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=absent")
    versions.append(f"review-library={review_library.__version__}")
    versions.append(f"python={sys.version}")
    versions.append(f"unicode={unicodedata.unidata_version}")
    package = package_fingerprint(Path(review_library.__file__).resolve().parent)
    return hashlib.sha256("\n".join([package, *versions]).encode()).hexdigest()


def package_fingerprint(package: Path) -> str:
    """SHA-256 of every Python file of the plugin (the checks read front matter, paths and
    files through modules outside ``redaction``) and every file of the redaction package
    (name lists, gazetteer), with their paths."""
    redaction = package / "redaction"
    files = set(package.rglob("*.py")) | {p for p in redaction.rglob("*") if p.is_file()}
    digest = hashlib.sha256()
    for file in sorted(files):
        if "__pycache__" in file.parts:
            continue
        digest.update(file.relative_to(package).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def fingerprint(kind: str, config: Any, register: Any, extra: Iterable[str] = ()) -> str:
    """The fingerprint of ``kind`` results under this configuration and register.

    The register enters as its salted hashes: a register loaded from a plain identifiers
    file is salted afresh at each load, so its results are never reused by another run
    (and nothing stored could be compared with a guessed name)."""
    parts = {
        "format": FORMAT,
        "kind": kind,
        "code": code_fingerprint(),
        "severities": sorted(dict(config.severities).items()),
        "register": register.content_digest() if register is not None else "",
        "extra": list(extra),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


class ResultStore:
    """Results of one kind under one fingerprint: ``get`` what an earlier run stored, ``put``
    what this run found, ``save`` to write it. ``decode`` turns a stored JSON value into the
    result, raising (anything) when it is malformed: such an entry counts as absent."""

    def __init__(
        self,
        root: Path,
        kind: str,
        fingerprint: str,
        decode: Callable[[Any], Any],
        max_entries: int,
    ):
        self.root = Path(root)
        self.kind = kind
        self.fingerprint = fingerprint
        self.folder = self.root / f"{kind}-{fingerprint[:32]}"
        self.decode = decode
        self.max_entries = max_entries
        self._stored: dict[str, Any] | None = None
        self.fresh: dict[str, Any] = {}
        """Entries found by this run (encoded), written by ``save``."""

    # -- reading -------------------------------------------------------------------------
    def _load(self) -> dict[str, Any]:
        if self._stored is None:
            # Shared by every store of this folder in the process (a scanner is made for
            # each `serve` rebuild): only segments written since are read.
            read, stored = _LOADED.get(self.folder, (set(), {}))
            if len(stored) > 2 * self.max_entries:
                read, stored = set(), {}
            with contextlib.suppress(OSError):
                names = sorted(p.name for p in self.folder.iterdir() if _SEGMENT.match(p.name))
                for name in names:  # oldest first: a newer entry wins
                    if name not in read:
                        stored.update(self._read(self.folder / name))
                        read.add(name)
            for folder in [f for f in _LOADED if f.name.startswith(f"{self.kind}-")]:
                del _LOADED[folder]  # another fingerprint's: no longer used here
            _LOADED[self.folder] = (read, stored)
            self._stored = stored
        return self._stored

    def _read(self, path: Path) -> dict[str, Any]:
        """The entries of one segment, or none when it is not a whole segment of this kind
        and fingerprint."""
        try:
            if path.stat().st_size > MAX_SEGMENT_BYTES:
                return {}
            data = json.loads(path.read_bytes())
        except (OSError, ValueError, RecursionError):
            return {}
        if not (
            isinstance(data, dict)
            and data.get("format") == FORMAT
            and data.get("kind") == self.kind
            and data.get("fingerprint") == self.fingerprint
            and isinstance(data.get("entries"), dict)
        ):
            return {}
        return {k: v for k, v in data["entries"].items() if isinstance(k, str) and _KEY.match(k)}

    def keys(self) -> Iterable[str]:
        return self._load().keys()

    def get(self, key: str) -> Any | None:
        """The stored result for ``key``, or None (absent, or malformed: check again)."""
        value = self._load().get(key)
        if value is None:
            return None
        try:
            return self.decode(value)
        except Exception:  # an untrusted file: whatever is wrong with it, check again
            return None

    def put(self, key: str, encoded: Any) -> None:
        """Remember ``encoded`` (a JSON value ``decode`` accepts) for ``key``."""
        if _KEY.match(key):
            self.fresh[key] = encoded

    # -- writing -------------------------------------------------------------------------
    def save(self) -> None:
        """Write this run's entries as a new segment; merge segments once there are many,
        and drop old fingerprint folders. A cache that cannot be written is skipped (the
        next run checks again)."""
        with contextlib.suppress(OSError):
            if self.fresh:
                self.folder.mkdir(parents=True, exist_ok=True)
                _ignore_folder(self.root.parent.parent)
                self._write(self.fresh)
                self.fresh = {}
                self._stored = None  # read again (with other writers' segments) if needed
            if self.folder.is_dir():
                os.utime(self.folder)  # in use: evicted last
                self._compact()
                self._evict_folders()

    def _write(self, entries: dict[str, Any]) -> Path:
        name = f"{time.time_ns():020d}-{os.getpid()}-{secrets.token_hex(4)}.json"
        data = {
            "format": FORMAT,
            "kind": self.kind,
            "fingerprint": self.fingerprint,
            "entries": entries,
        }
        temp = self.folder / f".{name}.tmp"
        try:
            with open(temp, "w", encoding="utf-8") as out:
                json.dump(data, out, separators=(",", ":"))
            os.replace(temp, self.folder / name)
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
        return self.folder / name

    def _compact(self) -> None:
        segments = sorted(p for p in self.folder.iterdir() if _SEGMENT.match(p.name))
        now = time.time()
        for temp in self.folder.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if now - temp.stat().st_mtime > _STALE_TEMP:
                    temp.unlink()
        if len(segments) <= MAX_SEGMENTS:
            return
        merged: dict[str, Any] = {}
        for path in segments:
            merged.update(self._read(path))
        if len(merged) > self.max_entries:  # the oldest go first (dicts keep insertion order)
            merged = dict(list(merged.items())[-self.max_entries :])
        self._write(merged)
        for path in segments:  # only what was merged: a segment written since stays
            with contextlib.suppress(OSError):
                path.unlink()
        self._stored = None

    def _evict_folders(self) -> None:
        prefix = f"{self.kind}-"
        folders = []
        for folder in self.root.iterdir():
            if folder.name.startswith(prefix) and folder.is_dir() and folder != self.folder:
                with contextlib.suppress(OSError):
                    folders.append((folder.stat().st_mtime, folder))
        for _, folder in sorted(folders, reverse=True)[KEEP_FOLDERS - 1 :]:
            shutil.rmtree(folder, ignore_errors=True)


_LOADED: dict[Path, tuple[set[str], dict[str, Any]]] = {}
"""Per cache folder: the segments read in this process, and their entries."""


def _ignore_folder(cache: Path) -> None:
    """A ``.gitignore`` in ``.cache`` so the cache is never committed by mistake."""
    ignore = cache / ".gitignore"
    if cache.name == ".cache" and not ignore.exists():
        with contextlib.suppress(OSError):
            ignore.write_text("*\n", encoding="utf-8")


def cache_root(project: Path | None) -> Path | None:
    """The cache folder of a project (None: no cache)."""
    return None if project is None else Path(project) / CACHE_DIR

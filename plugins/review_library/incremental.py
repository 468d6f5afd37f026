"""Incremental `mkdocs serve` rebuilds: what an edit changed, decided from content hashes.

Under `mkdocs serve` the plugin keeps a ``ServeState`` across rebuilds. Each build it computes

- a **site key**: everything every page depends on (the configuration, the theme's and the
  plugin's files, the taxonomy and registers, the navigation with its titles, and the list of
  files with their URLs). Any change to it, a failed previous build, or a plain first build
  makes the next build a full one (the site directory emptied, every page rendered);
- a **page key** per page: the content hash of what that page is made from (a review's file
  and the recurring-finding notes under its learning points; a generated listing's Markdown; a
  hand-written page's file, plus the library's front matter when it has placeholders).
  ``None`` means "always render" (navigation pages, tombstones).

A page whose key equals the one recorded at the last successful build keeps the file that
build wrote; every other page is rendered again. The keys hash the inputs themselves, never
times, so a page is skipped only when it would come out byte-identical. The output scan is
incremental the same way (``ScanMemo``): a file is scanned again when its bytes may have
changed or when anything the scanner depends on did (its token).

Nothing here touches MkDocs objects: ``serve_build`` adapts them to plain data.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from review_library.catalogue import Catalogue
from review_library.search.live import LiveSearch


class NeedsFullBuild(Exception):
    """Raised during an incremental build when something the plan relied on turned out to
    have changed (a navigation title); the serve builder then builds in full."""


def digest(*parts: Any) -> str:
    """A stable hash of plain data (str, numbers, lists, dicts, None)."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def tree_stamp(
    folders: Iterable[str | Path], skip: frozenset[str] = frozenset({"__pycache__"})
) -> list[list]:
    """(path, size, mtime_ns) of every file under ``folders``: a change to a template, a
    stylesheet or a register shows up here. A missing folder or file counts as empty.
    Folders named in ``skip`` are left out (by default bytecode caches, which appear as
    modules are first imported: they are not inputs)."""
    stamp: list[list] = []
    for folder in folders:
        folder = str(folder)
        if os.path.isfile(folder):
            info = os.stat(folder)
            stamp.append([folder, info.st_size, info.st_mtime_ns])
            continue
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d not in skip)
            for name in sorted(files):
                path = os.path.join(root, name)
                try:
                    info = os.stat(path)
                except OSError:
                    continue
                stamp.append([path, info.st_size, info.st_mtime_ns])
    return stamp


def catalogue_key(catalogue: Catalogue) -> str:
    """Hash of everything the generated listings read from the library: each review's front
    matter, where it lives, and whether it is published, withdrawn or neither. Report bodies
    are left out: no listing shows them (the search data and review pages are keyed apart)."""
    parts = [
        [group, review.source_path, review.abs_path, review.id_line, review.meta.model_dump_json()]
        for group, reviews in (
            ("published", catalogue.published),
            ("withdrawn", catalogue.withdrawn),
            ("unpublished", catalogue.unpublished),
        )
        for review in reviews
    ]
    return digest(parts)


class Memo:
    """One value remembered under one key (the last build's), recomputed when the key
    changes."""

    def __init__(self) -> None:
        self.key: str | None = None
        self.value: Any = None
        self.hits = 0

    def get(self, key: str, compute: Callable[[], Any]) -> Any:
        if self.key == key:
            self.hits += 1
            return self.value
        self.key, self.value = None, None  # a failing compute leaves nothing stale behind
        value = compute()
        self.key, self.value = key, value
        return value


@dataclass
class PageRecord:
    """What a page's last render left behind, for builds that skip it."""

    key: str
    title: str | None
    """The page's title (the navigation shows it)."""
    anchors: list[str] | None
    """The ids present in the page (MkDocs checks links to them)."""
    links: dict[str, dict[str, str]]
    """Links to anchors this page holds: target page -> anchor -> link as written."""


@dataclass
class Plan:
    """One build's decision."""

    full: bool
    reason: str = ""
    render: set[str] = field(default_factory=set)
    """Pages to render (src_uri); the others keep last build's output."""

    def renders(self, uri: str) -> bool:
        return self.full or uri in self.render


class ScanMemo:
    """Output-scan results of the last checked build, by file: reused for a file whose size
    and modification time, or else content hash, are unchanged, when the scanner's token (its
    rules, register, forbidden and allowed texts) is the same."""

    def __init__(self) -> None:
        self.token: str | None = None
        self.scans: dict[str, tuple[tuple[int, int], str, Any]] = {}

    def find(
        self,
        token: str,
        shown: str,
        stamp: tuple[int, int] | None = None,
        digest: str | None = None,
    ) -> tuple[str, Any] | None:
        """(content hash, scan) of ``shown`` if it is known unchanged, else None."""
        if token != self.token:
            return None
        entry = self.scans.get(shown)
        if entry is None:
            return None
        if (stamp is not None and entry[0] == stamp) or (digest is not None and entry[1] == digest):
            return entry[1], entry[2]
        return None

    def replace(self, token: str, scans: dict[str, tuple[tuple[int, int], str, Any]]) -> None:
        self.token, self.scans = token, scans

    def clear(self) -> None:
        self.token, self.scans = None, {}


@dataclass
class ServeState:
    """What one `mkdocs serve` session remembers between builds."""

    ok: bool = False
    """The last build succeeded and its output is in the site directory, all checked."""
    site_key: str = ""
    nav: str = ""
    """Hash of the navigation with its titles, as the last build rendered it."""
    pages: dict[str, PageRecord] = field(default_factory=dict)
    listings: Memo = field(default_factory=Memo)
    scans: ScanMemo = field(default_factory=ScanMemo)
    written: dict[str, str] = field(default_factory=dict)
    """Output files the plugin writes itself (search data): relative path -> content hash."""
    outputs: dict[str, str] = field(default_factory=dict)
    """The feed and open-data files the last build wrote: path -> content hash."""
    search: LiveSearch = field(default_factory=LiveSearch)
    """The search data of the last build, patched for the next (see search.live)."""
    templates: dict[str, Any] = field(default_factory=dict)
    """Compiled-template caches, one per Jinja environment (see serve_build.TemplateCache)."""
    theme_listing: Memo = field(default_factory=Memo)
    """The theme's static files as MkDocs lists them (see serve_build.keep_theme_listing)."""
    dirty: bool = False
    """The current build was started with MkDocs' dirty flag (so skipping a page works)."""
    plan: Plan | None = None

    def invalidate(self) -> None:
        """After a failed build: the site directory no longer holds a checked build."""
        self.ok = False
        self.pages = {}
        self.scans.clear()
        self.written = {}
        self.outputs = {}


def plan(
    state: ServeState, site_key: str, page_keys: dict[str, str | None], alone: bool = True
) -> Plan:
    """Full or incremental, and which pages to render. ``alone``: no other plugin takes part
    (another one may gather data from every page, which a skipped page would not give)."""
    if not state.dirty:
        return Plan(True, "MkDocs renders every page of this build")
    if not alone:
        return Plan(True, "other plugins take part in the build")
    if not state.ok:
        return Plan(True, "no checked build to start from")
    if site_key != state.site_key:
        return Plan(True, "the configuration, theme, navigation or set of pages changed")
    render = set()
    for uri, key in page_keys.items():
        record = state.pages.get(uri)
        if key is None or record is None or record.key != key:
            render.add(uri)
    return Plan(False, render=render)


def commit(
    state: ServeState,
    site_key: str,
    nav: str,
    page_keys: dict[str, str | None],
    rendered: dict[str, tuple[str | None, list[str] | None, dict[str, dict[str, str]]]],
) -> None:
    """Record a successful build: skipped pages keep their records, rendered ones get new."""
    pages = {}
    for uri, key in page_keys.items():
        if key is None:
            continue
        if uri in rendered:
            pages[uri] = PageRecord(key, *rendered[uri])
        elif uri in state.pages:
            pages[uri] = state.pages[uri]
    state.pages = pages
    state.site_key = site_key
    state.nav = nav
    state.ok = True


def sync_files(
    files: Mapping[str, str], out: Path, owned: Callable[[str], bool], state: ServeState | None
) -> None:
    """Write ``files`` (relative path -> text) under ``out`` and delete the files ``owned``
    by the writer that are no longer in it. With a serve ``state`` from a checked build,
    unchanged files are not written again (so the output scan does not read them again).
    Each text is read from ``files`` once (it may be made as it is read: search.packed)."""
    known = state.written if state is not None and state.ok else {}
    # Strings, not a Path per file: under `serve` this runs over every search file (about
    # 1,300 at 1,000 reviews) on each rebuild.
    base = os.fspath(out)
    for folder, dirs, names in os.walk(base):
        dirs.sort()
        prefix = folder[len(base) :].lstrip(os.sep).replace(os.sep, "/")
        for entry in sorted(names):
            name = f"{prefix}/{entry}" if prefix else entry
            path = os.path.join(folder, entry)
            if owned(name) and name not in files and os.path.isfile(path):
                os.unlink(path)
    made: set[str] = set()
    hashes: dict[str, str] = {}
    for name, text in files.items():
        path = os.path.join(base, name)
        if state is not None:
            hashes[name] = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if known.get(name) == hashes[name] and os.path.isfile(path):
                continue
        parent = os.path.dirname(path)
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    if state is not None:
        state.written = hashes

"""The /search/ page (a generated page) and the output writer for its data and scripts."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

from review_library.catalogue import Catalogue
from review_library.incremental import ServeState, sync_files
from review_library.options import PageOptions
from review_library.pages.base import GeneratedPage, count_label, esc
from review_library.search import shards
from review_library.search.live import LiveSearch, first_build
from review_library.search.packed import SearchFiles, packed_files
from review_library.workers import Job, Scheduler

PAGE_URI = "search/index.md"
TEMPLATE = "review_library/search.html"
ASSETS = Path(__file__).resolve().parent.parent / "assets" / "search"
# Where the page's scripts and styles are copied in the built site (the template links them).
ASSETS_OUT = "assets/review_library/search"
# What the site serves; VENDORED.md and anything else in the folder stays in the source only.
SERVED_SUFFIXES = (".js", ".css")
# lunr.js is the source of lunr-text.js (tests/tools/lunr_text.py), which the page loads.
NOT_SERVED = ("lunr.js",)
# Folders of search/ that the writer owns entirely (shards, section text).
DATA_FOLDERS = ("lessons", "reviews", "text")


def search_pages(catalogue: Catalogue, options: PageOptions) -> list[GeneratedPage]:
    """The /search/ page: a title and an introduction; the template adds the search itself."""
    count = count_label(len(catalogue.published), "published review")
    markdown = (
        "---\n"
        f"template: {TEMPLATE}\n"
        "title: Search lessons and reports\n"
        f"description: {esc('Search the learning points, recommendations, summaries and full reports of every review.')}\n"
        "hide:\n  - navigation\n  - toc\n"
        "---\n\n"
        "# Search lessons and reports\n\n"
        f"Search the lessons and full reports of {count}. An acronym also finds its words "
        "in full, and the other way round.\n"
    )
    return [GeneratedPage(PAGE_URI, markdown, in_nav=True)]


class SearchData:
    """The search files of one build. ``start`` submits what does not depend on the built
    pages (a worker computes it while the pages are built), ``write`` adds the result files
    (with the report sections' heading anchors) once the pages are written."""

    def __init__(self, catalogue: Catalogue, live: LiveSearch | None = None, key: str = ""):
        """``live``: under `serve`, what the last build made, patched for this one (see
        search.live); ``key``: the lessons' key (see LiveSearch.independent_files)."""
        self.catalogue = catalogue
        self.live = live
        self.key = key
        self.pending: Job | None = None

    def start(self, scheduler: Scheduler) -> None:
        # The shard size is passed, not read in the worker: a worker process does not see
        # a setting changed in this one after it started.
        if self.live is None:
            # Compressed, and written one file at a time (see search.packed).
            self.pending = scheduler.submit(packed_files, self.catalogue, shards.SHARD_BYTES)
        elif not self.live.ready:
            # The first build under `serve`: a worker makes the index and sends it back.
            self.pending = scheduler.submit(
                first_build, self.catalogue, shards.SHARD_BYTES, self.key
            )
        # Else a serve rebuild: patching the index costs less than sending it out (write).

    def write(self, site_dir: Path, state: ServeState | None = None) -> None:
        """Write the indexes, facets and result text into search/, and the page's scripts
        and styles. Runs after the pages are written: full text reads heading anchors."""
        pending, self.pending = self.pending, None
        live = self.live
        if live is None:
            packed = pending.result() if pending is not None else None
            if packed is None:
                packed = packed_files(self.catalogue, shards.SHARD_BYTES)
            write_files(SearchFiles(packed, self.catalogue, site_dir), site_dir, state)
            return
        if pending is not None:
            files, text, made = pending.result()
            live.adopt(made)
        else:
            files, text = live.independent_files(self.catalogue, shards.SHARD_BYTES, self.key)
        files.update(live.result_files(self.catalogue, text, site_dir))
        write_files(files, site_dir, state)


def write_files(files: Mapping[str, str], site_dir: Path, state: ServeState | None = None) -> None:
    """Replace the search data in ``site_dir`` with ``files``, and copy the scripts and styles.
    Under `serve` (``state``), only the files that changed are written."""
    # A serve rebuild with fewer reviews must not keep old shards or result text (nor the
    # lessons-store-<n>.json files of sites built before results.py).
    sync_files(files, site_dir / "search", _owned, state)
    assets = site_dir / ASSETS_OUT
    assets.mkdir(parents=True, exist_ok=True)
    for source in sorted(ASSETS.iterdir()):
        if source.suffix in SERVED_SUFFIXES and source.name not in NOT_SERVED:
            target = assets / source.name
            if state is None or not state.ok or not _same_file(source, target):
                shutil.copyfile(source, target)


def _owned(name: str) -> bool:
    """The files of search/ the writer replaces (the page itself, index.html, is MkDocs')."""
    return name.startswith("lessons-") or name.split("/", 1)[0] in DATA_FOLDERS


def _same_file(source: Path, target: Path) -> bool:
    return target.is_file() and target.read_bytes() == source.read_bytes()

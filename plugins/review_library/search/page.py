"""The /search/ page (a generated page) and the output writer for its data and scripts."""

from __future__ import annotations

import shutil
from pathlib import Path

from review_library.catalogue import Catalogue
from review_library.config import ReviewLibraryConfig
from review_library.pages.base import GeneratedPage, count_label, esc
from review_library.search.payload import search_files

PAGE_URI = "search/index.md"
TEMPLATE = "review_library/search.html"
ASSETS = Path(__file__).resolve().parent.parent / "assets" / "search"
# Where the page's scripts and styles are copied in the built site (the template links them).
ASSETS_OUT = "assets/review_library/search"
# What the site serves; VENDORED.md and anything else in the folder stays in the source only.
SERVED_SUFFIXES = (".js", ".css")


def search_pages(catalogue: Catalogue, options: ReviewLibraryConfig) -> list[GeneratedPage]:
    """The /search/ page: a title and an introduction; the template adds the search itself."""
    count = count_label(len(catalogue.published), "published review")
    markdown = (
        "---\n"
        f"template: {TEMPLATE}\n"
        "title: Search lessons\n"
        f"description: {esc('Search the learning points, recommendations and summaries of every review.')}\n"
        "hide:\n  - navigation\n  - toc\n"
        "---\n\n"
        "# Search lessons\n\n"
        f"Search the summaries, learning points, recommendations and questions of {count}, "
        "and narrow the results by theme, review type, place, year, age and agency.\n"
    )
    return [GeneratedPage(PAGE_URI, markdown, in_nav=True)]


def write_search_data(catalogue: Catalogue, options: ReviewLibraryConfig, site_dir: Path) -> None:
    """Write the index, facets and result text into search/, and the page's scripts and styles."""
    out = site_dir / "search"
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("lessons-*.json"):
        stale.unlink()  # a serve rebuild with fewer reviews must not keep old chunks
    for name, text in search_files(catalogue).items():
        (out / name).write_text(text, encoding="utf-8")
    assets = site_dir / ASSETS_OUT
    assets.mkdir(parents=True, exist_ok=True)
    for source in sorted(ASSETS.iterdir()):
        if source.suffix in SERVED_SUFFIXES:
            shutil.copyfile(source, assets / source.name)

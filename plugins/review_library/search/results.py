"""The result text: one file per review, all that a result on screen shows of it.

``reviews/<n>.json`` (review n in catalogue order, newest first) is the review's id, title,
partnership, date, summary, learning points, ``[[recommendation id, text]]``,
``[[question, answer]]``, ``[[theme, [synonyms]]]`` (payload.store_rows), then its report
sections as ``[[heading, heading anchor on the built page, text], ...]``, in document order:
full-text section m of the manifest is section ``m - first section of review n`` here.

The page fetches the file of each result it shows, once, for both the result itself and the
passage of the section the full-text index found. One file a review instead of one for the
lessons and one per section (about 12 a review: 35,000 files at 3,000 reviews) makes the build
write, and a rebuild delete, a tenth of the files, and a result one request instead of two;
a result's file is larger (the whole report), so the page shows results ten at a time
(site_src/about/search.md has the figures).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from review_library.catalogue import Catalogue
from review_library.search.fulltext import anchors
from review_library.search.sections import Section

FOLDER = "reviews"


@dataclass(frozen=True)
class ResultText:
    """What the result files hold that does not depend on the built pages."""

    rows: list[list]
    """Per review, its lessons fields (payload.store_rows)."""
    found: list[tuple[int, Section]]
    """(review position, section) for every report section, in document order."""


def result_files(
    catalogue: Catalogue, text: ResultText, site_dir: Path | None, dumps: Callable[[object], str]
) -> dict[str, str]:
    """Relative path (inside search/) -> JSON text, one file per review. ``site_dir``: the
    built site, where the sections' heading anchors are read ('' without it)."""
    found: list[list[Section]] = [[] for _ in text.rows]
    for n, section in text.found:
        found[n].append(section)
    ids = iter(anchors(catalogue, text.found, site_dir))
    return {
        f"{FOLDER}/{n}.json": review_result(row, found[n], [next(ids) for _ in found[n]], dumps)
        for n, row in enumerate(text.rows)
    }


def review_result(
    row: list, found: list[Section], ids: list[str], dumps: Callable[[object], str]
) -> str:
    """One review's result file: its row, then its sections with their heading anchors."""
    sections = [[s.heading, anchor, s.text] for s, anchor in zip(found, ids, strict=True)]
    return dumps([*row, sections])

"""The ids MkDocs gave the report's headings, read back from the built review pages.

A full-text result links to its section's heading. The id is whatever the toc extension made
of the heading on the rendered page, where the body's headings follow the page's own (Summary,
Learning points, ...) and are made unique against them: a report's "## Recommendations"
becomes ``recommendations_1``. Reading the page is the only way to be sure, and cheap: the
headings after the report-start rule, matched to the body's headings by their text.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

REPORT_START = 'class="rl-report-start"'
_HEADING = re.compile(r'<h([1-3])\b[^>]*?\bid="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
_TAG = re.compile(r"<[^>]+>")


def _text(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())


def page_path(site_dir: Path, review_id: str) -> Path | None:
    """The built page of a review (directory URLs or not), if it is there."""
    for candidate in (
        site_dir / "reviews" / review_id / "index.html",
        site_dir / "reviews" / f"{review_id}.html",
    ):
        if candidate.is_file():
            return candidate
    return None


def heading_ids(page: Path | None, headings: list[str]) -> list[str]:
    """For each heading of the body (plain text, in order), its id on the page, or ''."""
    if page is None:
        return [""] * len(headings)
    text = page.read_text("utf-8", errors="replace")
    start = text.find(REPORT_START)
    if start < 0:
        return [""] * len(headings)
    found = [(ident, _text(inner)) for _, ident, inner in _HEADING.findall(text, start)]
    ids: list[str] = []
    at = 0
    for heading in headings:
        wanted = " ".join(heading.split())
        # The next heading on the page with this text (the toc adds none of its own).
        match = next((n for n in range(at, len(found)) if found[n][1] == wanted), None)
        if match is None:
            ids.append("")
            continue
        ids.append(html.unescape(found[match][0]))
        at = match + 1
    return ids

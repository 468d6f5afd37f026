"""The recommendations tracker: /recommendations/ and one page per status.

Every recommendation of every published review with its agencies, status and last update;
filtered by status (a page each) and by agency (the agency pages), without JavaScript.
Recommendations not updated for ``stale_after_months`` are flagged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from review_library.catalogue import Catalogue, now_utc
from review_library.config import ReviewLibraryConfig
from review_library.model import Recommendation, Review
from review_library.pages.base import (
    GeneratedPage,
    agency_uri,
    attr,
    count_label,
    esc,
    link,
    long_date,
    raw_html,
    rel,
    review_uri,
)

INDEX = "recommendations/index.md"


@dataclass(frozen=True)
class Row:
    """One recommendation with the review it belongs to."""

    review: Review
    rec: Recommendation


def status_uri(key: str) -> str:
    return f"recommendations/{key}.md"


def as_of() -> dt.date:
    """The date staleness is judged at: REVIEW_LIBRARY_NOW when set (as for embargoes)."""
    return now_utc().date()


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from ``earlier`` to ``later``."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def is_stale(rec: Recommendation, today: dt.date, months: int) -> bool:
    """Not updated for ``months`` (or never), and not finished with."""
    if rec.status in ("implemented", "not-accepted"):
        return False
    return rec.updated is None or months_between(rec.updated, today) >= months


def all_rows(catalogue: Catalogue) -> list[Row]:
    """Every recommendation of the published reviews, newest review first, in report order."""
    return [
        Row(review, rec) for review in catalogue.published for rec in review.meta.recommendations
    ]


def table(
    rows: list[Row], catalogue: Catalogue, options: ReviewLibraryConfig, here: str, today: dt.date
) -> str:
    """Recommendations as a table: review, ref, text, agencies, status, last update."""
    if not rows:
        return "No recommendations here yet.\n"
    taxonomy = catalogue.taxonomy
    lines = [
        "<table>",
        "<thead><tr><th>Review</th><th>Ref</th><th>Recommendation</th><th>Agencies</th>"
        "<th>Status</th><th>Last update</th></tr></thead>",
        "<tbody>",
    ]
    for row in rows:
        rec = row.rec
        agencies = ", ".join(
            f'<a href="{link(agency_uri(a))}">{attr(taxonomy.agencies[a].label)}</a>'
            for a in rec.agencies
        )
        status = taxonomy.recommendation_statuses[rec.status]
        updated = long_date(rec.updated) if rec.updated else "not recorded"
        if is_stale(rec, today, options.stale_after_months):
            updated += (
                f'<br><strong class="rl-stale">Not updated for '
                f"{options.stale_after_months} months</strong>"
            )
        lines.append(
            f'<tr><td><a href="{link(review_uri(row.review.id))}">'
            f"{attr(row.review.meta.title)}</a></td>"
            f"<td>{attr(rec.id)}</td><td>{attr(rec.text)}</td>"
            f"<td>{agencies or 'not stated'}</td>"
            f'<td><span class="rl-status rl-status--{status.key}">{attr(status.label)}</span></td>'
            f"<td>{updated}</td></tr>"
        )
    lines += ["</tbody>", "</table>"]
    return raw_html("\n".join(lines))


def _filters(catalogue: Catalogue, rows: list[Row], here: str, current: str | None) -> str:
    taxonomy = catalogue.taxonomy
    by_status = {key: 0 for key in taxonomy.recommendation_statuses}
    for row in rows:
        by_status[row.rec.status] = by_status.get(row.rec.status, 0) + 1
    links = [
        f"**All** ({len(rows)})" if current is None else f"[All]({rel(here, INDEX)}) ({len(rows)})"
    ]
    for key, term in taxonomy.recommendation_statuses.items():
        label = esc(term.label)
        links.append(
            f"**{label}** ({by_status[key]})"
            if key == current
            else f"[{label}]({rel(here, status_uri(key))}) ({by_status[key]})"
        )
    agencies: dict[str, int] = {}
    for row in rows:
        for agency in row.rec.agencies:
            agencies[agency] = agencies.get(agency, 0) + 1
    agency_links = [
        f"[{esc(term.label)}]({rel(here, agency_uri(key))}#recommendations) ({agencies[key]})"
        for key, term in taxonomy.agencies.items()
        if key in agencies
    ]
    out = [
        '<nav class="rl-filters" aria-label="Filter recommendations" markdown>\n',
        "**By status:** " + " · ".join(links) + "\n",
    ]
    if agency_links:
        out.append("**By agency:** " + " · ".join(agency_links) + "\n")
    out.append("</nav>\n")
    return "\n".join(out)


def recommendations_pages(
    catalogue: Catalogue, options: ReviewLibraryConfig
) -> list[GeneratedPage]:
    """/recommendations/ (in the navigation) and /recommendations/<status>/."""
    today = as_of()
    rows = all_rows(catalogue)
    stale = [r for r in rows if is_stale(r.rec, today, options.stale_after_months)]
    intro = (
        "Every recommendation of every review in the library, with the agencies it is "
        "addressed to, its status and when that status was last updated, as reported by "
        "the partnership's action plan. "
        f"Recommendations still open and not updated for {options.stale_after_months} months "
        f"are flagged: {count_label(len(stale), 'recommendation')} on {long_date(today)}.\n"
    )
    pages = [
        GeneratedPage(
            INDEX,
            "# Recommendations\n\n"
            + intro
            + "\n"
            + _filters(catalogue, rows, INDEX, None)
            + "\n"
            + table(rows, catalogue, options, INDEX, today),
            in_nav=True,
        )
    ]
    for key, term in catalogue.taxonomy.recommendation_statuses.items():
        here = status_uri(key)
        chosen = [r for r in rows if r.rec.status == key]
        pages.append(
            GeneratedPage(
                here,
                f"# Recommendations: {esc(term.label.lower())}\n\n"
                f"{count_label(len(chosen), 'recommendation')} with the status "
                f"“{esc(term.label)}”.\n\n"
                + _filters(catalogue, rows, here, key)
                + "\n"
                + table(chosen, catalogue, options, here, today),
            )
        )
    return pages

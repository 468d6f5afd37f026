"""The recommendations tracker: /recommendations/ and one page per status.

Every recommendation of every published review with its agencies, status and last update;
filtered by status (a page each) and by agency (the agency pages), without JavaScript.
Recommendations not updated for ``stale_after_months`` are flagged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from review_library.catalogue import Catalogue, now_utc
from review_library.model import Recommendation, Review
from review_library.options import PageOptions
from review_library.pages.base import (
    GeneratedPage,
    agency_uri,
    count_label,
    esc,
    long_date,
    review_uri,
)
from review_library.pages.templates import PageTemplates
from review_library.pages.views import is_stale, recommendation_rows

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


def all_rows(catalogue: Catalogue) -> list[Row]:
    """Every recommendation of the published reviews, newest review first, in report order."""
    return [
        Row(review, rec) for review in catalogue.published for rec in review.meta.recommendations
    ]


def groups(
    rows: list[Row], catalogue: Catalogue, options: PageOptions, today: dt.date
) -> list[dict]:
    """Rows grouped by review (in row order), with status counts, for the templates."""
    taxonomy = catalogue.taxonomy
    chosen: dict[str, set[str]] = {}
    reviews: dict[str, Review] = {}
    for row in rows:
        reviews.setdefault(row.review.id, row.review)
        chosen.setdefault(row.review.id, set()).add(row.rec.id)
    out = []
    for review_id, review in reviews.items():
        recs = [
            rec
            for rec in recommendation_rows(review, taxonomy, today, options.stale_after_months)
            if rec["id"] in chosen[review_id]
        ]
        counts = {}
        for rec in recs:
            counts[rec["status"]["key"]] = counts.get(rec["status"]["key"], 0) + 1
        out.append(
            {
                "title": review.meta.title,
                "uri": review_uri(review.id),
                "recommendations": recs,
                "counts": [
                    {"label": term.label, "count": counts[key]}
                    for key, term in taxonomy.recommendation_statuses.items()
                    if key in counts
                ],
            }
        )
    return out


def grouped_block(
    rows: list[Row],
    catalogue: Catalogue,
    options: PageOptions,
    templates: PageTemplates,
    *,
    open_groups: bool = False,
) -> str:
    """Recommendations grouped by review, as a finished HTML block (agency pages)."""
    return templates.block(
        "partials/recommendation-groups.html",
        groups=groups(rows, catalogue, options, as_of()),
        open=open_groups,
    )


def _tracker(
    rows: list[Row],
    chosen: list[Row],
    catalogue: Catalogue,
    options: PageOptions,
    templates: PageTemplates,
    intro: str,
    current: str | None,
    today: dt.date,
) -> str:
    taxonomy = catalogue.taxonomy
    by_status = {key: 0 for key in taxonomy.recommendation_statuses}
    for row in rows:
        by_status[row.rec.status] = by_status.get(row.rec.status, 0) + 1
    statuses = [{"label": "All", "uri": INDEX, "count": len(rows), "current": current is None}]
    statuses += [
        {
            "label": term.label,
            "uri": status_uri(key),
            "count": by_status[key],
            "current": key == current,
        }
        for key, term in taxonomy.recommendation_statuses.items()
    ]
    agencies: dict[str, int] = {}
    for row in rows:
        for agency in row.rec.agencies:
            agencies[agency] = agencies.get(agency, 0) + 1
    agency_links = sorted(
        (
            {"label": term.label, "uri": agency_uri(key), "count": agencies[key]}
            for key, term in taxonomy.agencies.items()
            if key in agencies
        ),
        key=lambda item: item["label"].lower(),
    )
    return templates.compose(
        "recommendations.html",
        intro=intro,
        statuses=statuses,
        agencies=agency_links,
        groups=groups(chosen, catalogue, options, today),
        open=current is not None,
    )


def recommendations_pages(
    catalogue: Catalogue, options: PageOptions, templates: PageTemplates
) -> list[GeneratedPage]:
    """/recommendations/ (in the navigation) and /recommendations/<status>/."""
    today = as_of()
    rows = all_rows(catalogue)
    stale = [r for r in rows if is_stale(r.rec, today, options.stale_after_months)]
    intro = (
        "Every recommendation of every review in the library, grouped by review, with the "
        "agencies it is addressed to, its status and when that status was last updated, as "
        "reported by the partnership's action plan. "
        f"Recommendations still open and not updated for {options.stale_after_months} months "
        f"are flagged: {count_label(len(stale), 'recommendation')} on {long_date(today)}."
    )
    pages = [
        GeneratedPage(
            INDEX,
            "# Recommendations\n\n"
            + _tracker(rows, rows, catalogue, options, templates, intro, None, today),
            in_nav=True,
        )
    ]
    for key, term in catalogue.taxonomy.recommendation_statuses.items():
        here = status_uri(key)
        chosen = [r for r in rows if r.rec.status == key]
        intro = f"{count_label(len(chosen), 'recommendation')} with the status “{term.label}”."
        pages.append(
            GeneratedPage(
                here,
                f"# Recommendations: {esc(term.label.lower())}\n\n"
                + _tracker(rows, chosen, catalogue, options, templates, intro, key, today),
            )
        )
    return pages

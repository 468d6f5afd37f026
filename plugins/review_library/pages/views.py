"""Plain data for the page templates: what a template shows of a review, ready to print.

Every text value is the author's text as it is (the templates escape it); every link is a
source URI for ``link()``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from review_library.model import Recommendation, Review
from review_library.pages.base import (
    agency_uri,
    month_year,
    nation_uri,
    review_uri,
    theme_uri,
    type_uri,
    year_uri,
)
from review_library.taxonomy import Taxonomy

if TYPE_CHECKING:
    from review_library.pages.templates import PageTemplates


def _value(text: str, uri: str = "") -> dict[str, str]:
    return {"text": text, "uri": uri}


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from ``earlier`` to ``later``."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def is_stale(rec: Recommendation, today: dt.date, months: int) -> bool:
    """Not updated for ``months`` (or never), and not finished with."""
    if rec.status in ("implemented", "not-accepted"):
        return False
    return rec.updated is None or months_between(rec.updated, today) >= months


def key_facts(review: Review, taxonomy: Taxonomy) -> list[dict[str, str]]:
    """The one line under a review's title: type, partnership, nation, published, age band."""
    meta = review.meta
    kind = taxonomy.review_types.get(meta.review_type)
    nation = taxonomy.nations.get(meta.nation)
    facts = [
        {"label": "Review type", **_value(kind.label if kind else meta.review_type)},
        {"label": "Partnership", **_value(meta.partnership)},
        {"label": "Nation", **_value(nation.label if nation else meta.nation)},
        {"label": "Published", **_value(f"published {month_year(review)}")},
    ]
    if meta.age_band:
        band = taxonomy.age_bands.get(meta.age_band)
        facts.append({"label": "Age band", **_value(band.label if band else meta.age_band)})
    return facts


def metadata_rows(review: Review, taxonomy: Taxonomy) -> list[dict]:
    """'About this review': every fact, each value linked to its listing where there is one."""
    meta = review.meta
    kind = taxonomy.review_types.get(meta.review_type)
    nation = taxonomy.nations.get(meta.nation)
    where = [_value(nation.label if nation else meta.nation, nation_uri(meta.nation))]
    region = taxonomy.region_label(meta.nation, meta.region)
    if region:
        where.append(_value(region))
    rows = [
        {
            "label": "Review type",
            "parts": [_value(kind.label if kind else meta.review_type, type_uri(meta.review_type))],
        },
        {"label": "Partnership", "parts": [_value(meta.partnership)]},
        {"label": "Nation and region", "parts": where},
        {"label": "Published", "parts": [_value(month_year(review), year_uri(review.year))]},
    ]
    if meta.age_band:
        band = taxonomy.age_bands.get(meta.age_band)
        rows.append({"label": "Age band", "parts": [_value(band.label if band else meta.age_band)]})
    rows.append(
        {
            "label": "Themes",
            "parts": [_value(taxonomy.themes[t].label, theme_uri(t)) for t in meta.themes],
        }
    )
    if meta.agencies:
        rows.append(
            {
                "label": "Agencies",
                "parts": [_value(taxonomy.agencies[a].label, agency_uri(a)) for a in meta.agencies],
            }
        )
    rows.append({"label": "Reviewer", "parts": [_value(meta.author)]})
    return rows


def recommendation_rows(
    review: Review, taxonomy: Taxonomy, today: dt.date | None = None, stale_months: int = 12
) -> list[dict]:
    """A review's recommendations for partials/recommendations.html (one shape everywhere)."""
    rows = []
    for rec in review.meta.recommendations:
        status = taxonomy.recommendation_statuses[rec.status]
        rows.append(
            {
                "id": rec.id,
                "text": rec.text,
                "agencies": sorted(
                    (
                        {"label": taxonomy.agencies[a].label, "uri": agency_uri(a)}
                        for a in rec.agencies
                    ),
                    key=lambda agency: agency["label"].lower(),
                ),
                "status": {"key": status.key, "label": status.label},
                "updated": rec.updated,
                "stale": today is not None and is_stale(rec, today, stale_months),
                "review": {"title": review.meta.title, "uri": review_uri(review.id)},
            }
        )
    return rows


def review_cards(reviews: list[Review], taxonomy: Taxonomy) -> list[dict]:
    """Reviews for partials/review-list.html: title, details and the summary's first sentence."""
    from review_library.pages.templates import first_sentence

    cards = []
    for review in reviews:
        meta = review.meta
        kind = taxonomy.review_types.get(meta.review_type)
        summary = first_sentence(meta.summary)
        cards.append(
            {
                "title": meta.title,
                "uri": review_uri(review.id),
                "details": [
                    kind.label if kind else meta.review_type,
                    meta.partnership,
                    f"published {month_year(review)}",
                ],
                "summary": summary,
                "shortened": summary != " ".join(meta.summary.split()),
            }
        )
    return cards


def review_list(reviews: list[Review], taxonomy: Taxonomy, templates: PageTemplates) -> str:
    """A listing of reviews as a finished HTML block for a page's Markdown."""
    return templates.block("partials/review-list.html", reviews=review_cards(reviews, taxonomy))


def learning_by_review(reviews: list[Review]) -> list[dict]:
    """Learning points grouped by review, for partials/learning-by-review.html."""
    return [
        {
            "title": review.meta.title,
            "uri": review_uri(review.id),
            "points": list(review.meta.learning_points),
        }
        for review in reviews
    ]

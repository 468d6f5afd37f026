"""Agency pages: what reviews have asked of each agency (recommendations and learning).

/agencies/ lists every agency named by a published review; /agencies/<key>/ shows the
recommendations addressed to it (with status), the learning of the reviews it took part in,
and those reviews. Only published reviews are read, so withdrawn text never appears.
"""

from __future__ import annotations

from review_library.catalogue import Catalogue, newest_first
from review_library.options import PageOptions
from review_library.pages.base import (
    GeneratedPage,
    agency_uri,
    esc,
)
from review_library.pages.recommendations import Row, all_rows, as_of, groups
from review_library.pages.templates import PageTemplates
from review_library.pages.views import learning_by_review, review_cards

INDEX = "agencies/index.md"


def agencies_index(catalogue: Catalogue, templates: PageTemplates) -> GeneratedPage:
    """/agencies/: every agency with reviews and recommendations addressed to it, A to Z."""
    by_agency = catalogue.by_agency()
    recs: dict[str, int] = {}
    for row in all_rows(catalogue):
        for agency in row.rec.agencies:
            recs[agency] = recs.get(agency, 0) + 1
    # A to Z: readers look an agency up by its name, not by the taxonomy's order.
    agencies = [
        {
            "label": term.label,
            "uri": agency_uri(key),
            "reviews": len(by_agency[key]),
            "recommendations": recs.get(key, 0),
        }
        for key, term in sorted(
            catalogue.taxonomy.agencies.items(), key=lambda i: i[1].label.lower()
        )
        if key in by_agency
    ]
    return GeneratedPage(
        INDEX, "# Agencies\n\n" + templates.compose("agencies-index.html", agencies=agencies)
    )


def agency_page(
    key: str,
    reviews: list,
    catalogue: Catalogue,
    options: PageOptions,
    templates: PageTemplates,
    every_row: list[Row] | None = None,
) -> GeneratedPage:
    """/agencies/<key>/: recommendations to the agency, learning, and the reviews.
    ``every_row``: ``all_rows(catalogue)``, when the caller has it (made once for all the
    agencies: about 0.3 s at 1,000 reviews when made for each)."""
    taxonomy = catalogue.taxonomy
    term = taxonomy.agencies[key]
    ordered = newest_first(reviews)
    if every_row is None:
        every_row = all_rows(catalogue)
    rows = [row for row in every_row if key in row.rec.agencies]
    markdown = f"# {esc(term.label)}\n\n" + templates.compose(
        "agency.html",
        agency=term,
        reviews=review_cards(ordered, taxonomy),
        groups=groups(rows, catalogue, options, as_of()),
        open=False,
        recommendation_count=len(rows),
        learning=learning_by_review(ordered),
    )
    return GeneratedPage(agency_uri(key), markdown)


def agency_pages(
    catalogue: Catalogue, options: PageOptions, templates: PageTemplates
) -> list[GeneratedPage]:
    """/agencies/ and /agencies/<key>/ for every agency a published review names."""
    pages = [agencies_index(catalogue, templates)]
    rows = all_rows(catalogue)
    for key, reviews in sorted(catalogue.by_agency().items()):
        pages.append(agency_page(key, reviews, catalogue, options, templates, rows))
    return pages

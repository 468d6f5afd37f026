"""Theme, browse and agency pages, and the home page blocks, generated from the catalogue."""

from __future__ import annotations

import re

from review_library.catalogue import Catalogue, newest_first
from review_library.pages.base import (
    GeneratedPage,
    agency_uri,
    esc,
    nation_uri,
    rel,
    theme_uri,
    type_uri,
    year_uri,
)
from review_library.pages.templates import PageTemplates
from review_library.pages.views import learning_by_review, review_cards, review_list


def slug(heading: str) -> str:
    """A heading's id as the toc extension writes it: 'Harm and risk' -> 'harm-and-risk'."""
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


THEME_GROUPS = {
    "harm": "Harm and risk",
    "context": "Child, adult and family context",
    "practice": "Practice and system",
    "flag": "Other",
}


def themes_index(catalogue: Catalogue, templates: PageTemplates) -> GeneratedPage:
    """/themes/: every theme with its description and count, grouped."""
    counts = {key: len(items) for key, items in catalogue.by_theme().items()}
    groups = []
    for group, heading in THEME_GROUPS.items():
        terms = [t for t in catalogue.taxonomy.themes.values() if (t.group or "flag") == group]
        if terms:
            groups.append(
                {
                    "heading": heading,
                    "anchor": slug(heading),
                    "themes": [
                        {
                            "label": t.label,
                            "uri": theme_uri(t.key) if counts.get(t.key) else "",
                            "count": counts.get(t.key, 0),
                            "description": t.description,
                        }
                        for t in terms
                    ],
                }
            )
    return GeneratedPage(
        "themes/index.md",
        "# Themes\n\n" + templates.compose("themes-index.html", groups=groups),
        in_nav=True,
    )


def theme_pages(catalogue: Catalogue, templates: PageTemplates) -> list[GeneratedPage]:
    """/themes/<key>/ for every theme that has at least one published review."""
    pages = []
    for key, reviews in sorted(catalogue.by_theme().items()):
        term = catalogue.taxonomy.themes[key]
        ordered = newest_first(reviews)
        pages.append(
            GeneratedPage(
                theme_uri(key),
                f"# {esc(term.label)}\n\n"
                + templates.compose(
                    "theme.html",
                    theme=term,
                    learning=learning_by_review(ordered),
                    reviews=review_cards(ordered, catalogue.taxonomy),
                ),
            )
        )
    return pages


def _facet_page(
    here: str,
    title: str,
    intro: str,
    reviews: list,
    catalogue: Catalogue,
    templates: PageTemplates,
) -> GeneratedPage:
    """A year or review-type listing; ``title`` is escaped Markdown, ``intro`` plain text."""
    return GeneratedPage(
        here,
        f"# {title}\n\n"
        + templates.compose(
            "listing.html",
            intro=intro,
            total=len(reviews),
            sections=[
                {
                    "heading": "",
                    "anchor": "",
                    "reviews": review_cards(newest_first(reviews), catalogue.taxonomy),
                }
            ],
        ),
    )


def browse_pages(catalogue: Catalogue, templates: PageTemplates) -> list[GeneratedPage]:
    """/browse/ and its year, review type and nation (with regions) pages."""
    taxonomy = catalogue.taxonomy
    here = "browse/index.md"
    pages: list[GeneratedPage] = []
    by_year = catalogue.by_year()
    by_type = catalogue.by_type()
    by_nation = catalogue.by_nation()
    by_agency = catalogue.by_agency()
    sections = []
    years = []
    for year in sorted(by_year, reverse=True):
        years.append({"label": str(year), "uri": year_uri(year), "count": len(by_year[year])})
        pages.append(
            _facet_page(
                year_uri(year),
                f"Reviews published in {year}",
                "",
                by_year[year],
                catalogue,
                templates,
            )
        )
    sections.append(
        {"heading": "By year of publication", "anchor": "by-year-of-publication", "entries": years}
    )
    kinds = []
    for key, term in taxonomy.review_types.items():
        if key not in by_type:
            continue
        kinds.append({"label": term.label, "uri": type_uri(key), "count": len(by_type[key])})
        pages.append(
            _facet_page(
                type_uri(key),
                esc(term.label),
                term.description,
                by_type[key],
                catalogue,
                templates,
            )
        )
    sections.append({"heading": "By review type", "anchor": "by-review-type", "entries": kinds})
    nations = []
    for key, nation in taxonomy.nations.items():
        if key not in by_nation:
            continue
        reviews = by_nation[key]
        nations.append({"label": nation.label, "uri": nation_uri(key), "count": len(reviews)})
        pages.append(_nation_page(key, reviews, catalogue, templates))
    sections.append(
        {"heading": "By nation and region", "anchor": "by-nation-and-region", "entries": nations}
    )
    agencies = [
        {"label": term.label, "uri": agency_uri(key), "count": len(by_agency[key])}
        for key, term in sorted(taxonomy.agencies.items(), key=lambda item: item[1].label.lower())
        if key in by_agency
    ]
    sections.append({"heading": "By agency", "anchor": "by-agency", "entries": agencies})
    markdown = "# Browse reviews\n\n" + templates.compose(
        "browse.html", total=len(catalogue.published), sections=sections
    )
    return [GeneratedPage(here, markdown, in_nav=True), *pages]


def _nation_page(
    key: str, reviews: list, catalogue: Catalogue, templates: PageTemplates
) -> GeneratedPage:
    taxonomy = catalogue.taxonomy
    nation = taxonomy.nations[key]
    by_region: dict[str, list] = {}
    for review in reviews:
        by_region.setdefault(review.meta.region or "", []).append(review)
    sections = [
        {
            "heading": region.label,
            "anchor": region_key,
            "reviews": review_cards(newest_first(by_region[region_key]), taxonomy),
        }
        for region_key, region in nation.regions.items()
        if region_key in by_region
    ]
    if "" in by_region:
        sections.append(
            {
                "heading": "Region not stated",
                "anchor": "region-not-stated",
                "reviews": review_cards(newest_first(by_region[""]), taxonomy),
            }
        )
    return GeneratedPage(
        nation_uri(key),
        f"# Reviews in {esc(nation.label)}\n\n"
        + templates.compose("listing.html", intro="", total=len(reviews), sections=sections),
    )


def latest_reviews_block(catalogue: Catalogue, templates: PageTemplates, limit: int = 6) -> str:
    """Home page block: the newest reviews."""
    return review_list(catalogue.published[:limit], catalogue.taxonomy, templates)


def themes_block(catalogue: Catalogue, from_uri: str) -> str:
    """Home page block: themes that have reviews, with counts, most used first."""
    by_theme = catalogue.by_theme()
    ranked = sorted(by_theme.items(), key=lambda item: (-len(item[1]), item[0]))
    items = [
        f"- [{esc(catalogue.taxonomy.themes[key].label)}]({rel(from_uri, theme_uri(key))}) "
        f"({len(reviews)})"
        for key, reviews in ranked
    ]
    return '<div class="rl-theme-cloud" markdown>\n\n' + "\n".join(items) + "\n\n</div>\n"


def all_pages(catalogue: Catalogue, templates: PageTemplates) -> list[GeneratedPage]:
    """Every index page the foundation generates (agency pages: pages/agencies.py)."""
    return [
        themes_index(catalogue, templates),
        *theme_pages(catalogue, templates),
        *browse_pages(catalogue, templates),
    ]

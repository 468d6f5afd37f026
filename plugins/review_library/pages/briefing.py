"""The 7-minute briefing of a review, at /reviews/<id>/briefing/, for team meetings.

Seven numbered boxes generated from the front matter: the ``briefing`` fields where the
author wrote them, otherwise derived from the summary, learning points, recommendations and
themes, so a briefing never drifts from its review. Prints on at most two A4 pages
(learning.css).
"""

from __future__ import annotations

from collections import Counter

from review_library.catalogue import Catalogue
from review_library.model import Review
from review_library.options import PageOptions
from review_library.pages.base import (
    GeneratedPage,
    absolute_url,
    briefing_uri,
    count_label,
    esc,
    month_year,
    page_path,
    review_uri,
    text_paragraphs,
    theme_uri,
)
from review_library.pages.templates import PageTemplates
from review_library.taxonomy import Taxonomy

MAX_ITEMS = 6
"""Items per box at most: a briefing is read in seven minutes and printed on two pages."""


def _items(values: list[str]) -> list[dict]:
    return [{"label": "", "text": v, "uri": ""} for v in values[:MAX_ITEMS]]


def theme_ids(by_theme: dict[str, list[Review]]) -> dict[str, Counter]:
    """How many times each review id is listed under each theme (``catalogue.by_theme()``):
    counted once for the library, not once per briefing."""
    return {key: Counter(r.id for r in reviews) for key, reviews in by_theme.items()}


def _why_it_matters(review: Review, catalogue: Catalogue, themed: dict[str, Counter]) -> list[dict]:
    taxonomy = catalogue.taxonomy
    items = []
    for key in review.meta.themes[:MAX_ITEMS]:
        ids = themed.get(key, Counter())
        others = ids.total() - ids[review.id]
        also = f" ({count_label(others, 'other review')} in this library)" if others else ""
        items.append(
            {
                "label": taxonomy.themes[key].label + also,
                "text": taxonomy.themes[key].description,
                "uri": "",
            }
        )
    return items


def _what_to_remember(review: Review) -> list[str]:
    # The first clause of each learning point: the message itself, without the advice that
    # follows a semicolon (which 'What to do' covers).
    out = []
    for point in review.meta.learning_points:
        head = point.split(";")[0].strip().rstrip(".")
        out.append(head + ".")
    return out


def _questions(review: Review, taxonomy: Taxonomy) -> list[str]:
    questions = [
        f"How would you recognise {taxonomy.themes[key].label.lower()} in the families you "
        "work with, and who would you tell?"
        for key in review.meta.themes[:3]
    ]
    questions.append("What would you do differently tomorrow after reading this review?")
    return questions


def _box(number: int, heading: str, paragraphs: list[str] | None = None, items=None) -> dict:
    return {
        "number": number,
        "heading": heading,
        "paragraphs": paragraphs or [],
        "entries": items or [],
    }


def briefing_markdown(
    review: Review,
    catalogue: Catalogue,
    templates: PageTemplates,
    content_note: str = "",
    themed: dict[str, Counter] | None = None,
) -> str:
    """The briefing page's Markdown: title, then ``review_library/briefing.html``.
    ``themed``: ``theme_ids(catalogue.by_theme())``, when the caller has it (grouping the
    library again for each of 1,000 briefings took about 2 s, and counting the other reviews
    of a theme by going through its list about 0.4 s more)."""
    meta = review.meta
    taxonomy = catalogue.taxonomy
    given = meta.briefing
    kind = taxonomy.review_types.get(meta.review_type)
    site_url = templates.options.site_url
    use_dirs = templates.options.use_directory_urls

    def printed(uri: str) -> str:
        # The full address of the review; site paths for the rest (the header prints the
        # site's address), so the links' addresses fit on paper.
        if uri == review_uri(review.id) and site_url:
            return absolute_url(site_url, uri, use_dirs)
        return "/" + page_path(uri, use_dirs)

    if given and given.why_it_matters:
        why = _box(2, "Why it matters", text_paragraphs(given.why_it_matters))
    else:
        why = _box(
            2,
            "Why it matters",
            items=_why_it_matters(review, catalogue, themed or theme_ids(catalogue.by_theme())),
        )
    if given and given.what_to_do:
        todo = _box(5, "What to do", items=_items(given.what_to_do))
    elif meta.recommendations:
        todo = _box(5, "What to do", items=_items([r.text for r in meta.recommendations]))
    else:
        todo = _box(
            5, "What to do", ["Read the learning points with your team and agree one change."]
        )
    links = [
        {
            "label": "The full review",
            "text": meta.title,
            "uri": review_uri(review.id),
            "print_url": printed(review_uri(review.id)),
        },
        *(
            {
                "label": "Theme",
                "text": taxonomy.themes[t].label,
                "uri": theme_uri(t),
                "print_url": printed(theme_uri(t)),
            }
            for t in meta.themes
        ),
        {
            "label": "",
            "text": "Every recommendation and its progress",
            "uri": "recommendations/index.md",
            "print_url": printed("recommendations/index.md"),
        },
    ]
    boxes = [
        _box(
            1,
            "Background",
            text_paragraphs(given.background if given and given.background else meta.summary),
        ),
        why,
        _box(
            3,
            "Key findings",
            items=_items(
                given.key_findings if given and given.key_findings else meta.learning_points
            ),
        ),
        _box(
            4,
            "What to remember",
            items=_items(
                given.what_to_remember
                if given and given.what_to_remember
                else _what_to_remember(review)
            ),
        ),
        todo,
        _box(
            6,
            "Questions for reflection",
            items=_items(
                given.questions if given and given.questions else _questions(review, taxonomy)
            ),
        ),
        _box(7, "Find out more", items=links),
    ]
    return f"# 7-minute briefing: {esc(meta.title)}\n\n" + templates.compose(
        "briefing.html",
        review=review,
        source=[
            kind.label if kind else meta.review_type,
            meta.partnership,
            f"published {month_year(review)}",
            f"reviewer {meta.author}",
        ],
        content_note=" ".join(content_note.split()),
        boxes=boxes,
        page_address=absolute_url(site_url, briefing_uri(review.id), use_dirs) if site_url else "",
    )


def briefing_pages(
    catalogue: Catalogue, options: PageOptions, templates: PageTemplates
) -> list[GeneratedPage]:
    """One briefing per published review (withdrawn and draft reviews get none)."""
    themed = theme_ids(catalogue.by_theme())
    return [
        GeneratedPage(
            briefing_uri(review.id),
            briefing_markdown(
                review,
                catalogue,
                templates,
                review.meta.content_note or options.content_note,
                themed,
            ),
        )
        for review in catalogue.published
    ]

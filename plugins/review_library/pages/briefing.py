"""The 7-minute briefing of a review, at /reviews/<id>/briefing/, for team meetings.

Seven numbered boxes generated from the front matter: the ``briefing`` fields where the
author wrote them, otherwise derived from the summary, learning points, recommendations and
themes, so a briefing never drifts from its review. Prints on at most two A4 pages
(learning.css).
"""

from __future__ import annotations

import re

from review_library.catalogue import Catalogue
from review_library.config import ReviewLibraryConfig
from review_library.model import Review
from review_library.pages.base import (
    GeneratedPage,
    attr,
    briefing_uri,
    count_label,
    esc,
    link,
    month_year,
    raw_html,
    rel,
    review_uri,
    theme_uri,
)
from review_library.taxonomy import Taxonomy

MAX_ITEMS = 6
"""Items per box at most: a briefing is read in seven minutes and printed on two pages."""


def _items(values: list[str]) -> str:
    return "<ul>\n" + "".join(f"<li>{attr(v)}</li>\n" for v in values[:MAX_ITEMS]) + "</ul>"


def _paragraphs(text: str) -> str:
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    return "\n".join(f"<p>{attr(b)}</p>" for b in blocks)


def _box(number: int, heading: str, content: str) -> str:
    # Finished HTML (see base.raw_html): seven boxes a page, for every review, cost Markdown
    # more than the briefing is worth; the headings need no place in the table of contents.
    slug = f"box-{number}"
    return (
        f'<section class="rl-briefing__box" aria-labelledby="{slug}">\n'
        f'<h2 id="{slug}">{number}. {heading}</h2>\n{content.strip()}\n</section>'
    )


def _why_it_matters(review: Review, catalogue: Catalogue) -> str:
    taxonomy = catalogue.taxonomy
    by_theme = catalogue.by_theme()
    lines = []
    for key in review.meta.themes:
        others = len([r for r in by_theme.get(key, []) if r.id != review.id])
        also = f" ({count_label(others, 'other review')} in this library)" if others else ""
        lines.append(
            f"<strong>{attr(taxonomy.themes[key].label)}</strong>{also}: "
            f"{attr(taxonomy.themes[key].description)}"
        )
    return "<ul>\n" + "".join(f"<li>{line}</li>\n" for line in lines[:MAX_ITEMS]) + "</ul>"


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


def briefing_markdown(review: Review, catalogue: Catalogue) -> str:
    """The briefing page's Markdown: title, a line of context, seven boxes."""
    meta = review.meta
    taxonomy = catalogue.taxonomy
    given = meta.briefing
    kind = taxonomy.review_types.get(meta.review_type)
    background = (
        _paragraphs(given.background) if given and given.background else _paragraphs(meta.summary)
    )
    why = (
        _paragraphs(given.why_it_matters)
        if given and given.why_it_matters
        else _why_it_matters(review, catalogue)
    )
    findings = _items(given.key_findings if given and given.key_findings else meta.learning_points)
    remember = _items(
        given.what_to_remember if given and given.what_to_remember else _what_to_remember(review)
    )
    if given and given.what_to_do:
        todo = _items(given.what_to_do)
    elif meta.recommendations:
        todo = _items([r.text for r in meta.recommendations])
    else:
        todo = "<p>Read the learning points with your team and agree one change to practice.</p>"
    questions = _items(
        given.questions if given and given.questions else _questions(review, taxonomy)
    )
    themes = ", ".join(
        f'<a href="{link(theme_uri(t))}">{attr(taxonomy.themes[t].label)}</a>' for t in meta.themes
    )
    more = (
        "<ul>\n"
        f'<li>The full review: <a href="{link(review_uri(review.id))}">{attr(meta.title)}</a></li>\n'
        f"<li>Its themes: {themes}</li>\n"
        f'<li><a href="{link("recommendations/index.md")}">Every recommendation and its '
        "progress</a></li>\n</ul>"
    )
    boxes = [
        _box(1, "Background", background),
        _box(2, "Why it matters", why),
        _box(3, "Key findings", findings),
        _box(4, "What to remember", remember),
        _box(5, "What to do", todo),
        _box(6, "Questions for reflection", questions),
        _box(7, "Find out more", more),
    ]
    return (
        f"# 7-minute briefing: {esc(meta.title)}\n\n"
        f'<p class="rl-briefing__source">{attr(kind.label if kind else meta.review_type)} · '
        f"{attr(meta.partnership)} · published {month_year(review)} · reviewer {attr(meta.author)}</p>\n\n"
        + raw_html('<div class="rl-briefing">\n' + "\n".join(boxes) + "\n</div>")
    )


def briefing_pages(catalogue: Catalogue, options: ReviewLibraryConfig) -> list[GeneratedPage]:
    """One briefing per published review (withdrawn and draft reviews get none)."""
    return [
        GeneratedPage(briefing_uri(review.id), briefing_markdown(review, catalogue))
        for review in catalogue.published
    ]


def briefing_link(review: Review) -> str:
    """The line on a review page that leads to its briefing."""
    here = review_uri(review.id)
    return (
        f'<p class="rl-briefing-link" markdown>[7-minute briefing for team meetings]'
        f"({rel(here, briefing_uri(review.id))}): the review on one page, ready to print.</p>\n"
    )

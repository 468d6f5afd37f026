"""The page of one review: metadata panel, summary, learning, recommendations, then the report."""

from __future__ import annotations

from markupsafe import Markup

from review_library.model import Review
from review_library.pages.base import attr, esc, long_date, review_uri, text_paragraphs
from review_library.pages.templates import PageTemplates
from review_library.pages.views import key_facts, metadata_rows, recommendation_rows
from review_library.taxonomy import Taxonomy


def review_markdown(
    review: Review,
    taxonomy: Taxonomy,
    body: str,
    templates: PageTemplates,
    *,
    content_note: str = "",
    point_notes: list[str] | None = None,
    faq: str = "",
    support: str = "",
) -> str:
    """The full Markdown of a review page; ``body`` is the report text without front matter.

    The page is rendered from ``review_library/review.html``; the report (``body``) and the
    helplines (``support``, Markdown) fill its slots. ``point_notes``: per learning point, a
    recurring-finding note (finished HTML) or ''; ``faq``: the questions block (HTML).
    """
    meta = review.meta
    notes = point_notes or [""] * len(meta.learning_points)
    learning = [
        {"text": point, "note": Markup(note)}
        for point, note in zip(meta.learning_points, notes, strict=False)
    ]
    return f"# {esc(meta.title)}\n\n" + templates.compose(
        "review.html",
        slots={"report": body.strip(), "support": support},
        review=review,
        taxonomy=taxonomy,
        facts=key_facts(review, taxonomy),
        metadata=metadata_rows(review, taxonomy),
        content_note=content_note,
        has_support=bool(support),
        learning=learning,
        recommendations=recommendation_rows(review, taxonomy),
        faq=Markup(faq),
    )


def tombstone_markdown(
    review: Review,
    templates: PageTemplates,
    *,
    themes: list[dict[str, str]],
    learning_summary: Review | None = None,
) -> str:
    """What stays at a withdrawn review's URL: its title, dates and the reason, never its text.

    ``themes``: the review's themes that still have a page; ``learning_summary``: the published
    review that replaces it, if the withdrawal names one.
    """
    meta = review.meta
    withdrawal = meta.withdrawal
    return f"# {esc(meta.title)}\n\n" + templates.compose(
        "tombstone.html",
        review=review,
        withdrawn_on=long_date(withdrawal.date) if withdrawal else "an unrecorded date",
        reason=text_paragraphs(withdrawal.reason) if withdrawal else ["No reason was recorded."],
        themes=themes,
        learning_summary=(
            {"title": learning_summary.meta.title, "uri": review_uri(learning_summary.id)}
            if learning_summary
            else None
        ),
    )


def support_block(helplines: list) -> str:
    """'Where to get support' at the end of a review page, from the ``helplines`` option."""
    if not helplines:
        return ""
    items = []
    for index, entry in enumerate(helplines):
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("text"):
            raise ValueError(
                f"plugin option helplines[{index}] needs 'name' and 'text' (and optionally 'url')"
            )
        text = esc(entry["text"])
        if entry.get("url"):
            text += f" [{esc(entry['url'])}]({attr(entry['url'])})"
        items.append(f"- **{esc(entry['name'])}**: {text}")
    return (
        '<aside class="rl-support" aria-labelledby="where-to-get-support" markdown>\n\n'
        "## Where to get support\n\n" + "\n".join(items) + "\n\n</aside>\n"
    )

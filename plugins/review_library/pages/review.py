"""The page of one review: metadata panel, summary, learning, recommendations, then the report."""

from __future__ import annotations

from review_library.model import Review
from review_library.pages.base import (
    agency_uri,
    attr,
    esc,
    link,
    long_date,
    month_year,
    nation_uri,
    paragraphs,
    raw_html,
    theme_uri,
    type_uri,
    year_uri,
)
from review_library.taxonomy import Taxonomy


def metadata_panel(review: Review, taxonomy: Taxonomy) -> str:
    """The 'About this review' definition list, every value escaped and linked.

    Finished HTML (see base.raw_html): it is on every review page, and as Markdown (a
    definition list inside an HTML section) it cost almost as much as the report's text.
    """
    meta = review.meta
    kind = taxonomy.review_types.get(meta.review_type)
    nation = taxonomy.nations.get(meta.nation)

    def a(uri: str, label: str) -> str:
        return f'<a href="{link(uri)}">{attr(label)}</a>'

    rows: list[tuple[str, str]] = [
        ("Review type", a(type_uri(meta.review_type), kind.label if kind else meta.review_type)),
        ("Partnership", attr(meta.partnership)),
    ]
    where = a(nation_uri(meta.nation), nation.label if nation else meta.nation)
    region = taxonomy.region_label(meta.nation, meta.region)
    if region:
        where += f", {attr(region)}"
    rows.append(("Nation and region", where))
    rows.append(("Published", a(year_uri(review.year), month_year(review))))
    if meta.age_band:
        band = taxonomy.age_bands.get(meta.age_band)
        rows.append(("Age band", attr(band.label if band else meta.age_band)))
    rows.append(
        ("Themes", ", ".join(a(theme_uri(t), taxonomy.themes[t].label) for t in meta.themes))
    )
    if meta.agencies:
        rows.append(
            (
                "Agencies",
                ", ".join(a(agency_uri(k), taxonomy.agencies[k].label) for k in meta.agencies),
            )
        )
    rows.append(("Reviewer", attr(meta.author)))
    body = "\n".join(f"<dt>{label}</dt>\n<dd>{value}</dd>" for label, value in rows)
    return raw_html(
        '<section class="rl-meta" aria-labelledby="about-this-review">\n'
        '<h2 id="about-this-review">About this review</h2>\n'
        f"<dl>\n{body}\n</dl>\n</section>"
    )


def recommendations_table(review: Review, taxonomy: Taxonomy) -> str:
    """Recommendations with agencies, status and last update, as an accessible table."""
    lines = [
        "<table>",
        "<thead><tr><th>Ref</th><th>Recommendation</th><th>Agencies</th><th>Status</th>"
        "<th>Last update</th></tr></thead>",
        "<tbody>",
    ]
    for rec in review.meta.recommendations:
        agencies = ", ".join(
            f'<a href="{link(agency_uri(a))}">{attr(taxonomy.agencies[a].label)}</a>'
            for a in rec.agencies
        )
        status = taxonomy.recommendation_statuses[rec.status]
        updated = long_date(rec.updated) if rec.updated else "not recorded"
        lines.append(
            f"<tr><td>{attr(rec.id)}</td><td>{attr(rec.text)}</td>"
            f"<td>{agencies or 'not stated'}</td>"
            f'<td><span class="rl-status rl-status--{status.key}">{attr(status.label)}</span></td>'
            f"<td>{updated}</td></tr>"
        )
    lines += ["</tbody>", "</table>"]
    return raw_html("\n".join(lines))


def review_markdown(
    review: Review,
    taxonomy: Taxonomy,
    body: str,
    extra_blocks: str = "",
    *,
    briefing: str = "",
    point_notes: list[str] | None = None,
    faq: str = "",
    support: str = "",
) -> str:
    """The full Markdown of a review page; ``body`` is the report text without front matter.

    ``briefing``: the link to the 7-minute briefing; ``point_notes``: per learning point, a
    recurring-finding note or ''; ``faq``: the questions block; ``support``: helplines.
    """
    meta = review.meta
    notes = point_notes or [""] * len(meta.learning_points)
    points = [
        f"<li>{attr(point)}" + (f"<br>\n{note}" if note else "") + "</li>"
        for point, note in zip(meta.learning_points, notes, strict=False)
    ]
    parts = [
        f"# {esc(meta.title)}\n",
        extra_blocks,
        metadata_panel(review, taxonomy),
        briefing,
        "## Summary\n",
        paragraphs(meta.summary) + "\n",
        "## Learning points\n",
        raw_html("<ol>\n" + "\n".join(points) + "\n</ol>"),
    ]
    if meta.recommendations:
        parts += ["## Recommendations\n", recommendations_table(review, taxonomy)]
    parts += [faq, '<hr class="rl-report-start">\n', body.strip() + "\n", support]
    return "\n".join(p for p in parts if p)


def tombstone_markdown(review: Review) -> str:
    """What stays at a withdrawn review's URL: its title, dates and the reason, never its text."""
    meta = review.meta
    withdrawal = meta.withdrawal
    reason = paragraphs(withdrawal.reason) if withdrawal else "No reason was recorded."
    when = long_date(withdrawal.date) if withdrawal else "an unrecorded date"
    return (
        f"# {esc(meta.title)}\n\n"
        '<div class="rl-tombstone" markdown>\n\n'
        f"This review was **withdrawn** on {when}. It was first published in "
        f"{month_year(review)} by {esc(meta.partnership)}.\n\n"
        f"**Reason:** {reason}\n\n"
        "The report's text has been removed from this library. The address of this page is kept "
        "so that links to it still explain what happened.\n\n</div>\n"
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

"""Charts drawn at build time as inline SVG: no JavaScript, no external request.

Every chart is a <figure> with an SVG (role="img", <title> and <desc>) and the same numbers
as a table under it, so a screen reader user or anyone who cannot tell the colours apart
gets the data itself. Counts over sensitive facets are suppressed (see suppression.py).
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from review_library.catalogue import Catalogue
from review_library.options import PageOptions
from review_library.pages.suppression import count_text, shown_count

# Each colour has at least 3:1 contrast against white (WCAG 1.4.11 non-text contrast).
PALETTE = (
    "#3949ab",
    "#00796b",
    "#b45309",
    "#7b1fa2",
    "#c62828",
    "#2e7d32",
    "#455a64",
    "#ad1457",
    "#1565c0",
    "#6d4c41",
)
WIDTH = 640
LABEL_WIDTH = 250
ROW = 22
BAR = 16
TOP_THEMES = 8
"""Themes shown in the co-occurrence matrix (the most frequent ones)."""
# The phone layout: drawn for a column about 360 px wide, so its 14-unit text renders at
# 12 px or more on a 390 px screen (the wide layout would shrink to 7 px there).
NARROW = 360
NARROW_FONT = 14
NARROW_ROW = 40


@dataclass(frozen=True)
class Series:
    """A named part of a stacked bar, with its colour."""

    key: str
    label: str
    colour: str


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _svg(slug: str, title: str, desc: str, body: str, width: int, height: int, kind: str) -> str:
    font = 12 if kind == "wide" else NARROW_FONT
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="chart-{slug}-{kind}-title chart-{slug}-{kind}-desc" '
        f'class="rl-chart__svg rl-chart__svg--{kind}" font-family="sans-serif" font-size="{font}">'
        f'<title id="chart-{slug}-{kind}-title">{_e(title)}</title>'
        f'<desc id="chart-{slug}-{kind}-desc">{_e(desc)}</desc>'
        f"{body}</svg>\n"
    )


def _figure(
    slug: str,
    title: str,
    desc: str,
    svg_body: str,
    height: int,
    table: str,
    narrow: tuple[str, int] | None = None,
    after: str = "",
) -> str:
    """The figure: a wide SVG and a phone SVG (CSS shows one), then the data table.

    ``narrow``: the phone drawing and its height; ``after``: HTML under the phone drawing
    (a key it needs).
    """
    narrow_body, narrow_height = narrow if narrow else (svg_body, height)
    return (
        f'<figure class="rl-chart" id="chart-{slug}">\n'
        f"<figcaption>{_e(title)}</figcaption>\n"
        + _svg(slug, title, desc, svg_body, WIDTH, height, "wide")
        + '<div class="rl-chart__narrow">'
        + _svg(slug, title, desc, narrow_body, NARROW if narrow else WIDTH, narrow_height, "narrow")
        + f"{after}</div>\n"
        f"<details><summary>Data table: {_e(title.lower())}</summary>\n{table}\n</details>\n"
        "</figure>\n"
    )


def _bars_narrow(rows: list[tuple[str, list[tuple[Series, int]], str]]) -> tuple[str, int]:
    """Phone bars: each label on its own line above a full-width bar, the total after it."""
    longest = max((sum(v for _, v in parts) for _, parts, _ in rows), default=0) or 1
    scale = (NARROW - 50) / longest
    out = []
    y = 4
    for label, parts, total in rows:
        out.append(f'<text x="0" y="{y + 14}" fill="#000">{_e(label)}</text>')
        x = 0.0
        for series, value in parts:
            if value <= 0:
                continue
            width = value * scale
            out.append(
                f'<rect x="{x:.1f}" y="{y + 19}" width="{width:.1f}" height="{BAR}" '
                f'fill="{series.colour}" stroke="#fff" stroke-width="1">'
                f"<title>{_e(label)}, {_e(series.label)}: {value}</title></rect>"
            )
            x += width
        out.append(f'<text x="{x + 6:.1f}" y="{y + 32}" fill="#000">{_e(total)}</text>')
        y += NARROW_ROW
    return "".join(out), y


def _table(caption: str, head: list[str], rows: list[list[str]]) -> str:
    """An HTML table with a caption, column headers and a row header per row."""
    out = [f'<table class="rl-chart__table"><caption>{_e(caption)}</caption><thead><tr>']
    out += [f'<th scope="col">{_e(h)}</th>' for h in head]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append(f'<tr><th scope="row">{_e(row[0])}</th>')
        # data-label: on a phone each row becomes a card that names its columns (CSS).
        out += [
            f'<td data-label="{_e(name)}">{_e(cell)}</td>'
            for name, cell in zip(head[1:], row[1:], strict=False)
        ]
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _bars(rows: list[tuple[str, list[tuple[Series, int]], str]], top: int = 4) -> tuple[str, int]:
    """Horizontal (stacked) bars: (label, [(series, value)], total text) per row."""
    longest = max((sum(v for _, v in parts) for _, parts, _ in rows), default=0) or 1
    scale = (WIDTH - LABEL_WIDTH - 90) / longest
    out = []
    y = top
    for label, parts, total in rows:
        out.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + BAR - 4}" text-anchor="end" fill="#000">'
            f"{_e(label)}</text>"
        )
        x = float(LABEL_WIDTH)
        for series, value in parts:
            if value <= 0:
                continue
            width = value * scale
            out.append(
                f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{BAR}" '
                f'fill="{series.colour}" stroke="#fff" stroke-width="1">'
                f"<title>{_e(label)}, {_e(series.label)}: {value}</title></rect>"
            )
            x += width
        out.append(f'<text x="{x + 6:.1f}" y="{y + BAR - 4}" fill="#000">{_e(total)}</text>')
        y += ROW
    return "".join(out), y


def _legend(series: list[Series], y: int) -> tuple[str, int]:
    out = []
    x = 0
    for item in series:
        width = 22 + 7 * len(item.label)
        if x + width > WIDTH:
            x, y = 0, y + ROW
        out.append(
            f'<rect x="{x}" y="{y}" width="14" height="14" fill="{item.colour}"/>'
            f'<text x="{x + 20}" y="{y + 11}" fill="#000">{_e(item.label)}</text>'
        )
        x += width + 12
    return "".join(out), y + ROW


def reviews_per_year_chart(catalogue: Catalogue) -> str:
    """Stacked bars: published reviews per year of publication, split by review type."""
    taxonomy = catalogue.taxonomy
    by_year = catalogue.by_year()
    used = [k for k in taxonomy.review_types if k in catalogue.by_type()]
    series = [
        Series(k, taxonomy.review_types[k].label, PALETTE[i % len(PALETTE)])
        for i, k in enumerate(used)
    ]
    rows = []
    table_rows = []
    for year in sorted(by_year):
        counts = Counter(r.meta.review_type for r in by_year[year])
        parts = [(s, counts.get(s.key, 0)) for s in series]
        rows.append((str(year), parts, str(len(by_year[year]))))
        table_rows.append([str(year), *(str(v) for _, v in parts), str(len(by_year[year]))])
    bars, y = _bars(rows)
    legend, height = _legend(series, y + 8)
    total = len(catalogue.published)
    desc = (
        f"{total} published reviews by year of publication, each bar split by review type. "
        + "; ".join(f"{r[0]}: {r[-1]}" for r in table_rows)
        + "."
    )
    table = _table(
        "Published reviews by year and review type",
        ["Year", *(s.label for s in series), "Total"],
        table_rows,
    )
    # On a phone, an 11-colour legend is unreadable: one bar per year with its total, and the
    # split by review type in the data table.
    total_series = Series("reviews", "Reviews", PALETTE[0])
    narrow = _bars_narrow([(r[0], [(total_series, sum(v for _, v in r[1]))], r[2]) for r in rows])
    return _figure(
        "reviews-per-year",
        "Reviews per year by review type",
        desc,
        bars + legend,
        height,
        table,
        narrow=narrow,
    )


def theme_frequency_chart(catalogue: Catalogue) -> str:
    """Bars: how many published reviews carry each theme, most frequent first."""
    taxonomy = catalogue.taxonomy
    ranked = sorted(
        ((key, len(reviews)) for key, reviews in catalogue.by_theme().items()),
        key=lambda item: (-item[1], taxonomy.themes[item[0]].label),
    )
    series = Series("reviews", "Reviews", PALETTE[0])
    rows = [(taxonomy.themes[k].label, [(series, n)], str(n)) for k, n in ranked]
    bars, height = _bars(rows)
    desc = "Number of published reviews tagged with each theme, most frequent first. " + "; ".join(
        f"{taxonomy.themes[k].label}: {n}" for k, n in ranked
    )
    table = _table(
        "Published reviews per theme",
        ["Theme", "Reviews"],
        [[taxonomy.themes[k].label, str(n)] for k, n in ranked],
    )
    return _figure(
        "theme-frequency",
        "How often each theme occurs",
        desc,
        bars,
        height + 4,
        table,
        narrow=_bars_narrow(rows),
    )


def _shade(value: int, highest: int) -> str:
    """White to indigo 300: black text keeps at least 6:1 contrast on every shade."""
    if value <= 0:
        return "#ffffff"
    share = value / highest
    start, end = (255, 255, 255), (0x79, 0x86, 0xCB)
    rgb = [round(a + (b - a) * (0.25 + 0.75 * share)) for a, b in zip(start, end, strict=True)]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def theme_cooccurrence_chart(catalogue: Catalogue) -> str:
    """A matrix of the most frequent themes: cell = reviews that carry both themes."""
    taxonomy = catalogue.taxonomy
    ranked = sorted(
        catalogue.by_theme().items(),
        key=lambda item: (-len(item[1]), taxonomy.themes[item[0]].label),
    )[:TOP_THEMES]
    keys = [key for key, _ in ranked]
    pairs: Counter = Counter()
    for review in catalogue.published:
        present = [k for k in keys if k in review.meta.themes]
        for a, b in combinations(present, 2):
            pairs[(a, b)] += 1
            pairs[(b, a)] += 1
    highest = max(pairs.values(), default=1)
    cell = 34
    left = WIDTH - cell * len(keys) - 10
    top = 26
    out = []
    for col in range(len(keys)):
        out.append(
            f'<text x="{left + col * cell + cell / 2:.0f}" y="{top - 8}" text-anchor="middle" '
            f'fill="#000">{col + 1}</text>'
        )
    for row, a in enumerate(keys):
        y = top + row * cell
        out.append(
            f'<text x="{left - 8}" y="{y + cell / 2 + 4:.0f}" text-anchor="end" fill="#000">'
            f"{row + 1}. {_e(taxonomy.themes[a].label)}</text>"
        )
        for col, b in enumerate(keys):
            x = left + col * cell
            value = pairs.get((a, b), 0) if a != b else None
            fill = "#e0e0e0" if value is None else _shade(value, highest)
            label = "" if value is None else str(value)
            out.append(
                f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{fill}" '
                f'stroke="#595959" stroke-width="1"/>'
            )
            if label:
                out.append(
                    f'<text x="{x + cell / 2:.0f}" y="{y + cell / 2 + 4:.0f}" '
                    f'text-anchor="middle" fill="#000">{label}</text>'
                )
    height = top + len(keys) * cell + 8
    labels = [taxonomy.themes[k].label for k in keys]
    strongest = sorted(
        ((n, a, b) for (a, b), n in pairs.items() if keys.index(a) < keys.index(b)),
        key=lambda item: (-item[0], keys.index(item[1]), keys.index(item[2])),
    )[:5]
    desc = (
        f"How many reviews carry two themes together, for the {len(keys)} most frequent themes. "
        + (
            "Most frequent pairs: "
            + "; ".join(
                f"{taxonomy.themes[a].label} with {taxonomy.themes[b].label}: {n}"
                for n, a, b in strongest
            )
            + "."
            if strongest
            else "No two of them occur together."
        )
    )
    table = _table(
        "Reviews carrying both themes (row theme and column theme)",
        ["Theme", *labels],
        [
            [labels[i], *("–" if a == b else str(pairs.get((a, b), 0)) for b in keys)]
            for i, a in enumerate(keys)
        ],
    )
    return _figure(
        "theme-cooccurrence",
        "Themes that occur together",
        desc,
        "".join(out),
        height,
        table,
        narrow=_matrix_narrow(keys, pairs, highest),
        after='<ol class="rl-chart__key">'
        + "".join(f"<li>{_e(label)}</li>" for label in labels)
        + "</ol>",
    )


def _matrix_narrow(keys: list[str], pairs: Counter, highest: int) -> tuple[str, int]:
    """The co-occurrence matrix for a phone: numbered rows and columns, the key under it."""
    cell = (NARROW - 30) // max(len(keys), 1)
    left, top = 30, 22
    out = []
    for index in range(len(keys)):
        out.append(
            f'<text x="{left + index * cell + cell / 2:.0f}" y="{top - 6}" text-anchor="middle" '
            f'fill="#000">{index + 1}</text>'
            f'<text x="{left - 6}" y="{top + index * cell + cell / 2 + 5:.0f}" '
            f'text-anchor="end" fill="#000">{index + 1}</text>'
        )
    for row, a in enumerate(keys):
        for col, b in enumerate(keys):
            x, y = left + col * cell, top + row * cell
            value = pairs.get((a, b), 0) if a != b else None
            fill = "#e0e0e0" if value is None else _shade(value, highest)
            out.append(
                f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{fill}" '
                f'stroke="#595959" stroke-width="1"/>'
            )
            if value:
                out.append(
                    f'<text x="{x + cell / 2:.0f}" y="{y + cell / 2 + 5:.0f}" '
                    f'text-anchor="middle" fill="#000">{value}</text>'
                )
    return "".join(out), top + len(keys) * cell + 6


def age_band_chart(catalogue: Catalogue, options: PageOptions) -> str:
    """Bars per age band; small counts are suppressed (age is a sensitive facet)."""
    taxonomy = catalogue.taxonomy
    counts = Counter(r.meta.age_band for r in catalogue.published if r.meta.age_band)
    series = Series("reviews", "Reviews", PALETTE[1])
    rows = []
    table_rows = []
    for key, band in taxonomy.age_bands.items():
        if key not in counts:
            continue
        shown = shown_count(counts[key], "age_band", options)
        text = count_text(counts[key], "age_band", options)
        rows.append((band.label, [(series, shown or 0)], text))
        table_rows.append([band.label, text])
    if not rows:
        return ""
    bars, height = _bars(rows)
    threshold = options.suppress_below
    desc = (
        "Published reviews by the age band of the child or adult. Counts below "
        f"{threshold} are not shown, so that no family can be identified. "
        + "; ".join(f"{label}: {text}" for label, text in table_rows)
    )
    table = _table("Published reviews by age band", ["Age band", "Reviews"], table_rows)
    return _figure(
        "age-bands",
        "Reviews by age band",
        desc,
        bars,
        height + 4,
        table,
        narrow=_bars_narrow(rows),
    )


def charts_block(catalogue: Catalogue, options: PageOptions, *, full: bool) -> str:
    """The charts of the home page (``full=False``) or of /themes/ (``full=True``)."""
    if not catalogue.published:
        return ""
    parts = [reviews_per_year_chart(catalogue), theme_frequency_chart(catalogue)]
    heading = ""
    if full:
        parts += [theme_cooccurrence_chart(catalogue), age_band_chart(catalogue, options)]
        heading = "## Charts\n\n"
    return heading + '<div class="rl-charts">\n' + "\n".join(p for p in parts if p) + "</div>\n"

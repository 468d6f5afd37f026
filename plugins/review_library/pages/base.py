"""Shared pieces for generated Markdown: escaping, relative links, review listings."""

from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
from dataclasses import dataclass

from review_library.model import Review

# Characters Python-Markdown (and the enabled extensions) treat as syntax; each can be
# backslash-escaped. Escaping them keeps front matter text literal on the page.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|])")
_LEADING_LIST = re.compile(r"^(\s*)(\d+)([.)])")
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class GeneratedPage:
    """A page made by the plugin: where it lives in the site and its Markdown."""

    src_uri: str
    markdown: str
    in_nav: bool = False


def esc(text: object) -> str:
    """Make user text safe inside generated Markdown: HTML-escaped and syntax-escaped."""
    value = " ".join(str(text).split())
    value = html.escape(value, quote=True)
    value = _MD_SPECIAL.sub(r"\\\1", value)
    value = _LEADING_LIST.sub(r"\1\2\\\3", value)
    if value.startswith("-"):
        value = "\\" + value
    return value


def attr(text: object) -> str:
    """Text for an HTML attribute value (quotes escaped)."""
    return html.escape(" ".join(str(text).split()), quote=True)


def safe_text(text: object) -> str:
    """Text for a template that prints it as HTML, escaped once whatever it was before.

    Idempotent: escaped text (a rendered page title, ``attr()`` output) comes back unchanged,
    raw text is escaped, so a value can pass through it at any stage without double escaping.
    """
    return html.escape(html.unescape(" ".join(str(text).split())), quote=True)


# page.meta values the theme prints as HTML; Material's `page.title | striptags` would turn
# an escaped title back into markup, so every page gets an escaped meta title instead.
TEMPLATE_TEXT_META = ("title", "description")


def template_meta(meta: dict, title: str | None, is_homepage: bool) -> dict:
    """``meta`` with every text value the theme prints escaped, and a title for every page but
    the home page (which the theme titles with the site name)."""
    safe = dict(meta)
    if "title" not in safe and title and not is_homepage:
        safe["title"] = title
    for key in TEMPLATE_TEXT_META:
        if isinstance(safe.get(key), str):
            safe[key] = safe_text(safe[key])
    return safe


def text_paragraphs(text: str) -> list[str]:
    """The paragraphs of text that may contain blank-line breaks, each on one line."""
    return [" ".join(b.split()) for b in re.split(r"\n\s*\n", str(text).strip()) if b.strip()]


def paragraphs(text: str) -> str:
    """Escaped Markdown paragraphs from text that may contain blank-line breaks."""
    return "\n\n".join(esc(b) for b in text_paragraphs(text))


def rel(from_uri: str, to_uri: str) -> str:
    """Relative Markdown link from one source page to another (MkDocs resolves it)."""
    start = posixpath.dirname(from_uri) or "."
    return posixpath.relpath(to_uri, start)


def long_date(value: dt.date) -> str:
    """A date as readers write it: 14 March 2024."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def month_year(review: Review) -> str:
    published = review.meta.published
    return f"{_MONTHS[published.month - 1]} {published.year}"


def review_uri(review_id: str) -> str:
    return f"reviews/{review_id}.md"


def page_path(uri: str, use_directory_urls: bool = True) -> str:
    """The site path of a page from its source URI: 'reviews/x.md' -> 'reviews/x/'."""
    stem = uri.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/" if use_directory_urls else f"{stem}.html"


def absolute_url(site_url: str, uri: str, use_directory_urls: bool = True) -> str:
    """The public address of a page from its source URI (one function for every page)."""
    return site_url.rstrip("/") + "/" + page_path(uri, use_directory_urls)


def briefing_uri(review_id: str) -> str:
    return f"reviews/{review_id}/briefing.md"


def theme_uri(key: str) -> str:
    return f"themes/{key}.md"


def agency_uri(key: str) -> str:
    return f"agencies/{key}.md"


def year_uri(year: int) -> str:
    return f"browse/years/{year}.md"


def type_uri(key: str) -> str:
    return f"browse/types/{key}.md"


def nation_uri(key: str) -> str:
    return f"browse/nations/{key}.md"


RAW_HTML_START = "<!-- review-library:html\n"
RAW_HTML_END = "\n-->"
LINK_PREFIX = "review-library:"


def raw_html(markup: str) -> str:
    """A block of finished HTML that Markdown passes through untouched.

    Long generated listings (every review of a theme, every recommendation) would cost
    Python-Markdown far more than the report text itself; wrapped in a comment, the block
    is skipped by the parser and unwrapped in on_page_content. Links inside it are written
    with ``link()`` and resolved then, by MkDocs' own rules.
    """
    if "-->" in markup:
        raise ValueError("raw HTML blocks cannot contain '-->'")
    return f"\n{RAW_HTML_START}{markup}{RAW_HTML_END}\n"


def link(to_uri: str, fragment: str = "") -> str:
    """An href to a page by its source URI, resolved to a relative URL in on_page_content."""
    return LINK_PREFIX + to_uri + (f"#{fragment}" if fragment else "")


def count_label(count: int, noun: str = "review") -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"

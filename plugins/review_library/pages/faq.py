"""Questions and answers: per-review and per-theme FAQ blocks, and FAQPage JSON-LD.

Questions expand and collapse with native <details>/<summary> (keyboard and screen reader
support without JavaScript). Every page with questions also carries a schema.org FAQPage
block, so search engines can show the answers.
"""

from __future__ import annotations

import html
import json
import re

from review_library.catalogue import Catalogue
from review_library.model import Review
from review_library.options import PageOptions
from review_library.pages.base import count_label

JSONLD_PLACEHOLDER = "<!-- review-library:faq-jsonld -->"

_DETAILS = re.compile(
    r"<details\b[^>]*>\s*<summary\b[^>]*>(.*?)</summary>(.*?)</details>", re.S | re.I
)
_TAGS = re.compile(r"<[^>]+>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"[*_`#>|]+")


def _html_paragraphs(text: str) -> str:
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    return "".join(f"<p>{html.escape(' '.join(b.split()))}</p>" for b in blocks)


def jsonld(pairs: list[tuple[str, str]]) -> str:
    """A schema.org FAQPage <script> block for (question, answer) pairs in plain text."""
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": " ".join(q.split()),
                "acceptedAnswer": {"@type": "Answer", "text": " ".join(a.split())},
            }
            for q, a in pairs
        ],
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=None)
    # '</' would end the script element early and '<!--' changes how it is parsed: write the
    # characters as JSON unicode escapes, which decode to the same text.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>\n'


def faq_section(pairs: list[tuple[str, str]], heading: str, slug: str) -> str:
    """An <h2> section of expandable questions, then its JSON-LD; '' without questions."""
    if not pairs:
        return ""
    items = "\n".join(
        f'<details class="rl-faq__item"><summary>{html.escape(q)}</summary>'
        f"{_html_paragraphs(a)}</details>"
        for q, a in pairs
    )
    return (
        f'<section class="rl-faq" aria-labelledby="{slug}">\n'
        f'<h2 id="{slug}">{html.escape(heading)}</h2>\n{items}\n</section>\n\n' + jsonld(pairs)
    )


def review_faq(review: Review) -> str:
    """The review page's 'Questions about this review' from its ``faq`` front matter."""
    pairs = [(entry.q, entry.a) for entry in review.meta.faq]
    return faq_section(pairs, "Questions about this review", "questions-about-this-review")


def theme_faq_pairs(catalogue: Catalogue, key: str) -> list[tuple[str, str]]:
    """Questions a theme's taxonomy entry answers: what it covers, other names, how common."""
    term = catalogue.taxonomy.themes[key]
    pairs: list[tuple[str, str]] = []
    if term.description:
        pairs.append((f"What does the theme “{term.label}” cover?", term.description))
    if term.synonyms:
        pairs.append(
            (
                f"What else is “{term.label}” called?",
                f"Reviews and guidance also use: {', '.join(term.synonyms)}.",
            )
        )
    reviews = catalogue.by_theme().get(key, [])
    if reviews:
        agencies: dict[str, int] = {}
        for review in reviews:
            for rec in review.meta.recommendations:
                for agency in rec.agencies:
                    agencies[agency] = agencies.get(agency, 0) + 1
        top = sorted(agencies.items(), key=lambda item: (-item[1], item[0]))[:3]
        answer = f"{count_label(len(reviews))} in this library carry this theme."
        if top:
            names = ", ".join(catalogue.taxonomy.agencies[a].label for a, _ in top)
            answer += f" Their recommendations are most often addressed to: {names}."
        pairs.append((f"How many reviews in this library are about “{term.label}”?", answer))
    return pairs


def theme_faq(catalogue: Catalogue, options: PageOptions, uri: str) -> str:
    """Section added to /themes/<key>/ pages (see site.PAGE_SECTIONS)."""
    if not (uri.startswith("themes/") and uri != "themes/index.md"):
        return ""
    key = uri.removeprefix("themes/").removesuffix(".md")
    if key not in catalogue.taxonomy.themes:
        return ""
    return faq_section(theme_faq_pairs(catalogue, key), "Questions about this theme", "theme-faq")


def _plain(markdown_or_html: str) -> str:
    text = _MD_LINK.sub(r"\1", markdown_or_html)
    text = _TAGS.sub(" ", text)
    text = _MD_MARKS.sub(" ", text)
    return html.unescape(" ".join(text.split()))


def page_jsonld(markdown: str) -> str:
    """FAQPage JSON-LD for a hand-written page's <details><summary> questions ('' if none)."""
    pairs = [(_plain(q), _plain(a)) for q, a in _DETAILS.findall(markdown)]
    pairs = [(q, a) for q, a in pairs if q and a]
    return jsonld(pairs) if pairs else ""

"""Jinja templates for the generated pages, which a board can override from its custom_dir.

Every generated page is rendered from a template in ``templates/review_library/``; a file of
the same name in the theme's ``custom_dir`` replaces it, as with any Material template. The
templates get plain data (the review model, the taxonomy, a ``PageOptions``) and helper
functions; autoescaping is on, so text from a report or the taxonomy is always shown as text.

A template may mark where Markdown parts of the page go (the report itself, for instance)
with ``slot("name")``; ``compose`` puts them there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import jinja2
from markupsafe import Markup

from review_library.options import PageOptions
from review_library.pages import base

_SLOT = re.compile(r"<!--rl-slot:([a-z-]+)-->")
_ID = re.compile(r'\sid="([^"<>&]+)"')
RESERVED_ID_CLASS = "rl-reserved-id"
"""Empty elements that carry the ids of a page's generated HTML through Python-Markdown, so
the toc extension makes the report's own heading ids unique against them (a report's
"## Summary" becomes ``summary_1``); ``site`` removes them from the rendered page."""


def first_sentence(text: str, limit: int = 220) -> str:
    """The first sentence of ``text`` (at most ``limit`` characters, cut at a word)."""
    flat = " ".join(str(text).split())
    match = re.search(r"(?<=[.!?])\s+(?=[A-Z0-9“\"'(])", flat)
    sentence = flat[: match.start()] if match else flat
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return sentence


def _slot(name: str) -> Markup:
    return Markup(f"<!--rl-slot:{name}-->")


class PageTemplates:
    """The template environment: the theme's folders (custom_dir first), then the plugin's."""

    def __init__(self, dirs: Sequence[str], options: PageOptions | None = None) -> None:
        self.options = options or PageOptions()
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(list(dirs)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals.update(
            link=base.link,
            review_uri=base.review_uri,
            theme_uri=base.theme_uri,
            agency_uri=base.agency_uri,
            year_uri=base.year_uri,
            type_uri=base.type_uri,
            nation_uri=base.nation_uri,
            briefing_uri=base.briefing_uri,
            long_date=base.long_date,
            month_year=base.month_year,
            count_label=base.count_label,
            first_sentence=first_sentence,
            paragraphs=base.text_paragraphs,
            slot=_slot,
            options=self.options,
        )

    def render(self, name: str, **context: object) -> str:
        """The HTML of ``review_library/<name>`` with ``context``."""
        return self.env.get_template(f"review_library/{name}").render(**context)

    def block(self, name: str, **context: object) -> str:
        """The rendered template as one raw HTML block for a page's Markdown."""
        return base.raw_html(self.render(name, **context).strip())

    def compose(self, name: str, slots: Mapping[str, str] | None = None, **context: object) -> str:
        """Page Markdown: the rendered template as raw HTML blocks, Markdown slots between."""
        rendered = self.render(name, **context)
        parts = _SLOT.split(rendered)
        # The generated blocks skip Markdown, so its toc extension cannot see their ids.
        out: list[str] = [
            f'<div class="{RESERVED_ID_CLASS}" id="{ident}" markdown="1"></div>\n'
            for ident in dict.fromkeys(_ID.findall(rendered))
        ]
        for index, part in enumerate(parts):
            if index % 2:
                out.append((slots or {}).get(part, "") + "\n")
            elif part.strip():
                out.append(base.raw_html(part.strip()))
        return "\n".join(out)

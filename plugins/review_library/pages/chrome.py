"""Material's page chrome for review pages and briefings, rendered once per kind of page.

Material renders the navigation tabs and sidebar, the footer and the script configuration
for every page. Review pages (``reviews/<id>/``) and briefings (``reviews/<id>/briefing/``)
are out of the navigation and all at the same depth, so that HTML is the same for every page
of a kind: no navigation item is active, there is no previous or next page, and every link is
relative to the same folder depth. ``generated-page.html`` asks ``ChromeCache`` for it and
renders it only for the first pages of each kind.

Used only where that holds: the navigation has no page under ``reviews/`` (its link would be
relative to each review), Material's own templates draw the navigation (a board's override in
``custom_dir`` could print per-page values), and Material's ``site_nav`` block reads as the copy
in ``generated-page.html`` (a Material update falls back to rendering every page). The second
page of each kind is rendered in full and compared; a difference turns the reuse off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import jinja2
from markupsafe import Markup

TEMPLATE = "review_library/generated-page.html"
OWN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# The templates that draw the reused parts: they must be Material's own.
MATERIAL_TEMPLATES = (
    "main.html",
    "base.html",
    "partials/nav.html",
    "partials/nav-item.html",
    "partials/tabs.html",
    "partials/tabs-item.html",
    "partials/logo.html",
    "partials/footer.html",
    "partials/copyright.html",
    "partials/social.html",
)
_NAV_INCLUDE = '{% include "partials/nav.html" %}'
_BLOCK = re.compile(r"\{% block site_nav %\}.*?\{% endblock %\}", re.S)
_CACHED_NAV = re.compile(r"\{% set cached = rl_chrome_cached\(\"nav\"\) %\}.*?\{\{ cached \}\}")
_KIND = re.compile(r"^reviews/[^/]+(?=/|\.html$|$)")


def usable(theme_dirs: Sequence[str]) -> bool:
    """True when the reused HTML is what Material would render for each page (see above)."""
    material = _material_dir(theme_dirs)
    if material is None:
        return False
    for name in MATERIAL_TEMPLATES:
        first = next((Path(d) / name for d in theme_dirs if (Path(d) / name).is_file()), None)
        if first is None or first.resolve() != (material / name).resolve():
            return False
    ours = _BLOCK.search((OWN_TEMPLATES / TEMPLATE).read_text(encoding="utf-8"))
    theirs = _BLOCK.search((material / "base.html").read_text(encoding="utf-8"))
    if ours is None or theirs is None:
        return False
    return _CACHED_NAV.sub(lambda _: _NAV_INCLUDE, ours.group()) == theirs.group()


def _material_dir(theme_dirs: Sequence[str]) -> Path | None:
    try:
        import material
    except ImportError:
        return None
    folder = Path(material.__file__).resolve().parent / "templates"
    return folder if str(folder) in {str(Path(d).resolve()) for d in theme_dirs} else None


def page_kind(url: str) -> str | None:
    """'reviews/*/' for a review page's URL, 'reviews/*/briefing/' for a briefing's."""
    match = _KIND.match(url)
    return None if match is None else "reviews/*" + url[match.end() :]


class ChromeCache:
    """The reused HTML of one build, by (part, kind of page); a Jinja global of the theme."""

    def __init__(self) -> None:
        self.parts: dict[tuple[str, str], Markup] = {}
        self.seen: dict[tuple[str, str], int] = {}
        self.off: set[tuple[str, str]] = set()
        self.allowed: bool | None = None

    def install(self, env: jinja2.Environment) -> None:
        env.globals["rl_chrome_cached"] = self.cached
        env.globals["rl_chrome_keep"] = self.keep

    def _key(self, context, part: str) -> tuple[str, str] | None:
        page = context.get("page")
        kind = page_kind(getattr(page, "url", "") or "") if page is not None else None
        if kind is None:
            return None
        if self.allowed is None:
            nav = context.get("nav")
            urls = [p.url for p in getattr(nav, "pages", [])] if nav is not None else []
            self.allowed = not any(u.startswith("reviews/") for u in urls)
        if not self.allowed or (part, kind) in self.off:
            return None
        return part, kind

    @jinja2.pass_context
    def cached(self, context, part: str) -> Markup | None:
        """The part as rendered for an earlier page of this kind; None: render it."""
        key = self._key(context, part)
        if key is None:
            return None
        self.seen[key] = self.seen.get(key, 0) + 1
        # The second page of a kind is rendered anyway, to prove the reuse gives its HTML.
        return None if self.seen[key] == 2 else self.parts.get(key)

    @jinja2.pass_context
    def keep(self, context, part: str, html: str) -> Markup:
        """Remember a part rendered for this page; returns it."""
        html = Markup(html)
        key = self._key(context, part)
        if key is None:
            return html
        kept = self.parts.setdefault(key, html)
        if kept != html:
            self.off.add(key)
            self.parts.pop(key, None)
        return html

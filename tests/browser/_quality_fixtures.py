"""Quality-gate helpers for the browser tests: page types of the built site, axe, screenshots.

The shared fixtures (built_site, base_url, page) live in conftest.py; this module only adds
what the accessibility, keyboard and screenshot tests need.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.tools.sitebuild import ROOT

AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "mobile": {"width": 390, "height": 844}}
# A word every example review is likely to match; search pages are checked with results shown.
SEARCH_QUERY = "neglect"

Matcher = Callable[[str, str], bool]


def _path(pattern: str) -> Matcher:
    return lambda rel, html: re.fullmatch(pattern, rel) is not None


# Page types in matching order (first match wins), as URL paths of the built site's HTML files.
# required: the type must exist in the example site (its absence is a failure, not a skip).
PAGE_TYPES: list[tuple[str, Matcher, bool]] = [
    ("home", _path(r"index\.html"), True),
    ("tombstone", lambda rel, html: rel.startswith("reviews/") and "rl-tombstone" in html, True),
    ("briefing", _path(r"(reviews/[^/]+/)?briefings?/.*index\.html"), True),
    ("review", _path(r"reviews/[^/]+/index\.html"), True),
    ("themes-overview", _path(r"themes/index\.html"), True),
    ("theme", _path(r"themes/[^/]+/index\.html"), True),
    ("browse", _path(r"browse/index\.html"), True),
    ("browse-listing", _path(r"browse/.+/index\.html"), True),
    ("search", _path(r"search/index\.html"), True),
    ("faq", _path(r"faq/(.+/)?index\.html"), True),
    ("recommendations", _path(r"recommendations/(.+/)?index\.html"), True),
    ("agencies-overview", _path(r"agencies/index\.html"), True),
    ("agency", _path(r"agencies/[^/]+/index\.html"), True),
]
TYPE_NAMES = [name for name, _, _ in PAGE_TYPES]
REQUIRED = {name for name, _, required in PAGE_TYPES if required}
# Not a page a reader navigates to by URL: MkDocs' 404 links root-relative to site_url.
NOT_PAGES = {"404.html"}


def _url(rel: str) -> str:
    return "/" + rel.removesuffix("index.html")


def classify(site: Path) -> dict[str, list[str]]:
    """Every page of the built site by type (URL paths, sorted); unmatched pages go under
    'other:<first folder>' so hand-written pages such as About are covered too."""
    found: dict[str, list[str]] = {}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel in NOT_PAGES:
            continue
        html = path.read_text(encoding="utf-8")
        name = next((n for n, match, _ in PAGE_TYPES if match(rel, html)), None)
        name = name or "other:" + rel.split("/")[0]
        found.setdefault(name, []).append(_url(rel))
    return found


@pytest.fixture(scope="session")
def site_pages(built_site: Path) -> dict[str, list[str]]:
    """Page URLs of the built example site by page type."""
    return classify(built_site)


def representative(site_pages: dict[str, list[str]], page_type: str) -> str:
    """The first page of a type; fails for a required type, skips for one not built yet."""
    if page_type in site_pages:
        return site_pages[page_type][0]
    if page_type in REQUIRED:
        pytest.fail(f"the example site has no {page_type} page")
    pytest.skip(f"no {page_type} page in the built site (not built yet)")


@pytest.fixture(scope="session")
def axe_script() -> str:
    """axe-core from npm (package.json pins it): the current rules, not a bundled old copy."""
    if not AXE_JS.is_file():
        pytest.fail(f"{AXE_JS.relative_to(ROOT)} is missing: run `npm ci` (see .ci/run)")
    return AXE_JS.read_text(encoding="utf-8")


def run_axe(page, axe_script: str) -> list[dict]:
    """axe's WCAG 2.2 A/AA violations on the current page state."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_script)
    results = page.evaluate(
        "opts => axe.run(document, opts)",
        {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    return results["violations"]


def axe_report(violations: list[dict]) -> str:
    """One readable block per violated rule, with every offending element."""
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v.get('impact')}): {v['help']} [{v['helpUrl']}]")
        for node in v["nodes"]:
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)


def show_search_results(page) -> bool:
    """Type the query into the page's search box (key by key: Material listens to key events)
    and wait for results; False when the page has no search box."""
    box = page.locator(
        ".md-content input[type=search], .md-content [role=searchbox], "
        ".md-content input[name=q], .md-content input[type=text]"
    ).first
    if box.count() == 0:
        return False
    box.click()
    box.press_sequentially(SEARCH_QUERY, delay=20)
    box.press("Enter")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    return True


def screenshot(page, name: str, full_page: bool = True) -> Path:
    """A screenshot into test-artifacts/screenshots/, written on every run (full_page=False for
    overlays such as open search, which a full-page capture stretches)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{re.sub(r'[^a-z0-9-]+', '-', name.lower())}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


# What keyboard tests read about the focused element (document.activeElement).
FOCUS_INFO_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(), type: el.getAttribute('type'), id: el.id,
    href: el.getAttribute('href'), text: (el.innerText || el.value || '').trim().slice(0, 80),
    inContent: !!el.closest('.md-content'),
    inSearchResults: !!el.closest('.md-search-result'),
    searchBox: el.matches('input[type=search], [role=searchbox], input[type=text], input[name=q]'),
    visible: r.width > 0 && r.height > 0,
    outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
    shadow: s.boxShadow !== 'none',
  };
}"""


def tab_to(page, wanted, limit: int = 80, key: str = "Tab") -> dict:
    """Press Tab until wanted(focus info) is true; fails after limit presses."""
    seen = []
    for _ in range(limit):
        page.keyboard.press(key)
        info = page.evaluate(FOCUS_INFO_JS)
        if info and wanted(info):
            return info
        seen.append(info and (info["tag"], info["text"][:30] or info["href"]))
    pytest.fail(f"not reached with {limit} x {key}; focus went through {seen}")


def has_focus_indicator(info: dict) -> bool:
    """Keyboard focus is drawn: an outline or a box-shadow ring (2.4.7 focus visible)."""
    return info["visible"] and (info["outline"] or info["shadow"])

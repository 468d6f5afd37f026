"""No value from a review or the taxonomy runs as script, on any page type, in real Chromium.

A library whose every text field (title, subject, partnership, summary, learning points,
recommendations, FAQ, briefing, content note, author, withdrawal reason) and taxonomy labels and
descriptions are script payloads is built with real MkDocs; every page is loaded in Chromium,
which fails the test on any dialog, and the DOM is searched for live payload elements.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, expect

from tests.browser.conftest import _QuietHandler
from tests.helpers import SiteFixture
from tests.tools.hostile import build_hostile, field_of, payload

pytestmark = pytest.mark.browser

LIVE_PAYLOADS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) found.push(`${el.tagName} ${a.name}=${a.value}`);
    }
    // JSON-LD is data, never run; any other script holding a payload is live.
    if (el.tagName === 'SCRIPT' && !/json/.test(el.type) && /alert\\(/.test(el.textContent)) {
      found.push(`SCRIPT ${el.textContent.slice(0, 60)}`);
    }
  }
  return found;
}"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    site = SiteFixture(root)
    # A hand-written page whose front matter title and description are payloads too.
    front = yaml.safe_dump(
        {"title": payload("page_title"), "description": payload("page_description")}
    )
    site.write("site_src/about.md", f"---\n{front}---\n\n# About\n\nText.\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "0")
        patch.chdir(root)
        return build_hostile(site)


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(hostile_site))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def page(context, hostile_url: str):
    """A page of its own (the shared one belongs to the example site's server), failing the
    test if it requests anything but the hostile site's server."""
    tab = context.new_page()
    external: list[str] = []
    tab.on(
        "request",
        lambda r: external.append(r.url) if not r.url.startswith((hostile_url, "data:")) else None,
    )
    yield tab
    assert not external, f"page requested external URLs: {external}"


def _pages(site: Path) -> list[str]:
    return sorted(
        "/" + path.relative_to(site).as_posix().removesuffix("index.html")
        for path in site.rglob("*.html")
    )


def _visit(page: Page, url: str, dialogs: list[str]) -> list[str]:
    page.goto(url, wait_until="load")
    # Lazy content (details, images) gets a moment to fire its handlers.
    page.wait_for_timeout(50)
    return page.evaluate(LIVE_PAYLOADS)


def test_every_page_type_is_covered(hostile_site: Path) -> None:
    pages = set(_pages(hostile_site))
    for expected in (
        "/",
        "/reviews/testshire-2024-child-a/",
        "/reviews/testshire-2024-child-a/briefing/",
        "/reviews/testshire-2020-child-w/",
        "/themes/",
        "/themes/neglect/",
        "/agencies/",
        "/agencies/gp/",
        "/browse/",
        "/browse/types/lcspr/",
        "/browse/nations/england/",
        "/browse/years/2024/",
        "/recommendations/",
        "/recommendations/in-progress/",
        "/search/",
        "/about/",
        "/404.html",
    ):
        assert expected in pages, expected


def test_no_page_runs_a_planted_script(page: Page, hostile_site: Path, hostile_url: str) -> None:
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:
        dialogs.append(f"{page.url}: alert({dialog.message})")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    live: list[str] = []
    for path in _pages(hostile_site):
        live += [f"{path}: {found}" for found in _visit(page, hostile_url + path, dialogs)]
    assert not dialogs, f"script ran (fields {field_of(' '.join(dialogs))}): {dialogs}"
    assert not live, f"live payload elements (fields {field_of(' '.join(live))}): {live}"


def test_search_results_and_facets_stay_text(page: Page, hostile_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(f"alert({dialog.message})"), dialog.dismiss()))
    for query in ("Child", "learning_point", "recommendation", "summary"):
        page.goto(f"{hostile_url}/search/?q={query}")
        expect(page.locator("#rl-status")).to_contain_text(f"“{query}”")
        for facet in page.locator("details[data-facet] summary").all():
            facet.click()
        page.wait_for_timeout(50)
        live = page.evaluate(LIVE_PAYLOADS)
        assert not live, f"{query}: live payload elements (fields {field_of(' '.join(live))})"
    assert not dialogs, f"script ran (fields {field_of(' '.join(dialogs))}): {dialogs}"
    # The payload is shown as the text the author wrote.
    expect(page.locator(".rl-result__title a").first).to_contain_text("</title><script>")


BODY_ATTACKS = [
    "<script>alert(31)</script>",
    "<img src=x onerror=alert(32)>",
    "<svg onload=alert(33)>",
    "<details ontoggle=alert(34) open><summary>x</summary>y</details>",
    '<p onmouseover="alert(35)">hover</p>',
    '<a href="javascript:alert(36)" id="j">x</a>',
    '<a href="java&#x09;script:alert(37)" id="k">x</a>',
    '<iframe src="javascript:alert(38)"></iframe>',
    '<object data="javascript:alert(39)"></object>',
    "<scr<script>ipt>alert(40)</script>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(41)>",
    '<form><button formaction="javascript:alert(42)">b</button></form>',
    "<body onload=alert(43)>",
    '<div><img src="x" onerror="alert(44)"',
]


def test_sanitised_report_html_runs_nothing(page: Page, hostile_url: str) -> None:
    """Whatever the check might miss, the sanitiser's output runs no script in Chromium
    (links are clicked, details opened, elements hovered)."""
    from review_library.report_html import sanitise

    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{hostile_url}/404.html")
    clean = sanitise("\n".join(BODY_ATTACKS))
    page.evaluate("html => { document.body.innerHTML = html; }", clean)
    page.set_content(f"<!doctype html><title>t</title><body>{clean}</body>")
    for link in page.locator("a").all():
        link.click()
    for element in page.locator("p, div, img").all():
        element.hover()
    page.wait_for_timeout(100)
    assert not dialogs, f"script ran: {dialogs}"
    assert not page.evaluate(LIVE_PAYLOADS)

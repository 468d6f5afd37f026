"""Pages a practitioner in a hurry can use on a phone: measured in Chromium at 390 and 1280 px.

Targets (issue 15): learning points start within 1,000 px on every review page at 390 x 844;
no table wider than the screen and no sideways scroll on any page type; the page title at
least as dark as the h2s; chart text at least 12 px as rendered; FAQ questions and body text
at least 16 px; a search box in the home page's first screen on a phone.
"""

from __future__ import annotations

import pytest

from tests.browser._quality_fixtures import (
    TYPE_NAMES,
    VIEWPORTS,
    representative,
    screenshot,
    site_pages,
)

__all__ = ["site_pages"]  # fixture, imported so pytest finds it

pytestmark = pytest.mark.browser

# Everything measured in one evaluate: positions are page coordinates (scrollY added).
MEASURE = """() => {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
      && !el.closest('details:not([open]) > :not(summary)');
  };
  const luminance = (css) => {
    const [r, g, b, a = 1] = css.match(/[\\d.]+/g).map(Number);
    const mix = (c) => ((c * a + 255 * (1 - a)) / 255);
    const lin = (c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(mix(r)) + 0.7152 * lin(mix(g)) + 0.0722 * lin(mix(b));
  };
  const contrast = (el) => el ? 1.05 / (luminance(getComputedStyle(el).color) + 0.05) : null;
  const lp = document.getElementById('learning-points');
  const chartText = [...document.querySelectorAll('svg.rl-chart__svg')].filter(visible)
    .flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map(
        (t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    });
  const article = document.querySelector('.md-content article');
  // Reading text; secondary lines (a result's metadata, a form hint) may be smaller.
  const secondary = '[class*="meta"], [class*="hint"], [class*="__themes"], .md-typeset__table, '
    + '.rl-recs, .rl-chart';
  const textSizes = [...article.querySelectorAll('p, li, summary, dd')]
    .filter((el) => visible(el) && el.textContent.trim() && !el.closest(secondary))
    .map((el) => parseFloat(getComputedStyle(el).fontSize));
  const search = document.querySelector('.rl-search-box input, #rl-q');
  return {
    learning: lp ? lp.getBoundingClientRect().top + scrollY : null,
    scrollWidth: document.documentElement.scrollWidth,
    wideTables: [...document.querySelectorAll('table')].filter(visible)
      .map((t) => Math.round(t.getBoundingClientRect().width)).filter((w) => w > innerWidth),
    h1: contrast(article.querySelector('h1')),
    h2: contrast(article.querySelector('h2')),
    smallestChartText: chartText.length ? Math.min(...chartText) : null,
    smallestText: textSizes.length ? Math.min(...textSizes) : null,
    faq: [...document.querySelectorAll('.rl-faq__item > summary')].filter(visible)
      .map((s) => parseFloat(getComputedStyle(s).fontSize)),
    searchBottom: search ? search.getBoundingClientRect().bottom + scrollY : null,
  };
}"""


def _measure(page, base_url: str, url: str, viewport: str) -> dict:
    page.set_viewport_size(VIEWPORTS[viewport])
    response = page.goto(base_url + url)
    assert response is not None and response.ok, url
    page.wait_for_load_state("networkidle")
    return page.evaluate(MEASURE)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("page_type", TYPE_NAMES)
def test_page_type_fits_the_screen_and_reads_well(
    page, base_url, site_pages, page_type: str, viewport: str
) -> None:
    url = representative(site_pages, page_type)
    found = _measure(page, base_url, url, viewport)
    screenshot(page, f"layout-{page_type}-{viewport}", full_page=False)
    width = VIEWPORTS[viewport]["width"]
    assert found["scrollWidth"] <= width, f"{url}: scrolls sideways ({found['scrollWidth']} px)"
    assert not found["wideTables"], f"{url}: tables wider than the screen {found['wideTables']}"
    if found["h1"] is not None and found["h2"] is not None:
        assert found["h1"] >= found["h2"], f"{url}: h1 contrast {found['h1']:.1f} < h2"
    if found["smallestChartText"] is not None:
        assert found["smallestChartText"] >= 12, (
            f"{url}: chart text {found['smallestChartText']:.1f} px at {width} px"
        )
    if found["smallestText"] is not None:
        assert found["smallestText"] >= 16, f"{url}: body text {found['smallestText']} px"
    assert all(size >= 16 for size in found["faq"]), f"{url}: FAQ questions {found['faq']}"


def test_learning_starts_in_the_first_1000_px_of_every_review_on_a_phone(
    page, base_url, site_pages
) -> None:
    late = {}
    for url in site_pages["review"]:
        found = _measure(page, base_url, url, "mobile")
        if found["learning"] is None or found["learning"] > 1000:
            late[url] = found["learning"]
    assert site_pages["review"] and not late, f"learning points too far down: {late}"


def test_home_page_has_a_search_box_in_the_first_phone_screen(page, base_url) -> None:
    found = _measure(page, base_url, "/", "mobile")
    screenshot(page, "layout-home-first-screen-mobile", full_page=False)
    assert found["searchBottom"] is not None and found["searchBottom"] <= 844

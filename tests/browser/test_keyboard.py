"""Keyboard-only walk-throughs: search (header and /search/ page) and the FAQ.

Only keys are pressed: Tab to reach things, typing, Enter to follow, and each element that
takes focus on the way must show where focus is (WCAG 2.1.1 keyboard, 2.4.7 focus visible).
"""

from __future__ import annotations

import pytest

from tests.browser._quality_fixtures import (
    SEARCH_QUERY,
    VIEWPORTS,
    has_focus_indicator,
    representative,
    screenshot,
    site_pages,
    tab_to,
)

__all__ = ["site_pages"]  # fixture, imported so pytest finds it

pytestmark = pytest.mark.browser


def _start(page, base_url: str, url: str) -> None:
    page.set_viewport_size(VIEWPORTS["desktop"])
    response = page.goto(base_url + url)
    assert response is not None and response.ok
    page.wait_for_load_state("networkidle")


def test_skip_link_is_first_and_moves_focus_to_content(page, base_url) -> None:
    _start(page, base_url, "/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.get_attribute("href") == "#safeguarding-review-library" or "md-skip" in (
        skip.get_attribute("class") or ""
    ), "the first Tab stop must be the skip link"
    assert skip.is_visible(), "the skip link must become visible when focused"
    page.keyboard.press("Enter")
    info = tab_to(page, lambda f: True, limit=1)
    assert info["inContent"], f"after the skip link, Tab must land in the content, not {info}"


def test_search_page_by_keyboard(page, base_url, site_pages) -> None:
    url = representative(site_pages, "search")
    _start(page, base_url, url)
    box = tab_to(page, lambda f: f["searchBox"] and f["inContent"])
    assert box["visible"]
    page.keyboard.type(SEARCH_QUERY, delay=20)
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    result = tab_to(page, lambda f: f["inContent"] and "reviews/" in (f["href"] or ""))
    assert has_focus_indicator(result), f"focused search result shows no focus: {result}"
    screenshot(page, "keyboard-search-page-desktop", full_page=False)
    page.keyboard.press("Enter")
    page.wait_for_url("**/reviews/**")


def test_faq_by_keyboard(page, base_url, site_pages) -> None:
    url = representative(site_pages, "faq")
    _start(page, base_url, url)
    content = page.locator(".md-content")
    expected = content.locator("a[href], summary, button, input, select, textarea").count()
    assert expected > 0, "the FAQ has nothing to reach by keyboard"
    tab_to(page, lambda f: f["inContent"])
    reached, opened = 1, 0
    for _ in range(expected * 2 + 10):
        info = page.evaluate("() => ({tag: document.activeElement.tagName.toLowerCase()})")
        focus = page.evaluate(
            "() => { const e = document.activeElement; const s = getComputedStyle(e);"
            " return {inContent: !!e.closest('.md-content'), visible: e.getClientRects().length>0,"
            " outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,"
            " shadow: s.boxShadow !== 'none', text: (e.innerText||'').trim().slice(0,60)} }"
        )
        if not focus["inContent"]:
            break
        assert has_focus_indicator(focus), f"no visible focus on {focus['text']!r}"
        if info["tag"] == "summary":
            page.keyboard.press("Enter")
            assert page.evaluate("() => document.activeElement.parentElement.open"), (
                f"Enter did not open the question {focus['text']!r}"
            )
            opened += 1
        page.keyboard.press("Tab")
        reached += 1
    screenshot(page, "keyboard-faq-desktop")
    assert reached >= expected, f"Tab reached {reached} of {expected} controls in the FAQ"
    if content.locator("summary").count():
        assert opened == content.locator("summary").count()

"""WCAG 2.2 AA with axe-core: zero violations on every page type at 1280 px and 390 px.

Each run also writes a full-page screenshot of each page type at both widths into
test-artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import pytest

from tests.browser._quality_fixtures import (
    TYPE_NAMES,
    VIEWPORTS,
    axe_report,
    axe_script,
    representative,
    run_axe,
    screenshot,
    show_search_results,
    site_pages,
)

__all__ = ["axe_script", "site_pages"]  # fixtures, imported so pytest finds them

pytestmark = pytest.mark.browser


def _open(page, base_url: str, url: str, viewport: str) -> None:
    page.set_viewport_size(VIEWPORTS[viewport])
    response = page.goto(base_url + url)
    assert response is not None and response.ok, f"{url}: HTTP {response and response.status}"
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("page_type", TYPE_NAMES)
def test_page_type_has_no_wcag_violations(
    page, base_url, site_pages, axe_script, page_type: str, viewport: str
) -> None:
    url = representative(site_pages, page_type)
    _open(page, base_url, url, viewport)
    if page_type == "search":
        assert show_search_results(page), f"{url}: no search box in the page content"
    violations = run_axe(page, axe_script)
    screenshot(page, f"{page_type}-{viewport}")
    assert not violations, f"{url} at {viewport} width:\n{axe_report(violations)}"


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_other_pages_have_no_wcag_violations(
    page, base_url, site_pages, axe_script, viewport: str
) -> None:
    """Hand-written pages (About and the like) that match no known page type."""
    others = {name: urls[0] for name, urls in site_pages.items() if name.startswith("other:")}
    assert others, "expected at least one hand-written page (About)"
    problems = []
    for name, url in sorted(others.items()):
        _open(page, base_url, url, viewport)
        violations = run_axe(page, axe_script)
        screenshot(page, f"{name.replace(':', '-')}-{viewport}")
        if violations:
            problems.append(f"{url}:\n{axe_report(violations)}")
    assert not problems, "\n".join(problems)

"""Print stylesheet: review and briefing pages print on A4 with no navigation around the text."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.browser._quality_fixtures import ARTIFACTS, representative, site_pages

__all__ = ["site_pages"]  # fixture, imported so pytest finds it

pytestmark = pytest.mark.browser

A4_POINTS = (595, 842)
CHROME = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"]


@pytest.mark.parametrize("page_type", ["review", "briefing"])
def test_prints_on_a4_without_navigation(page, base_url, site_pages, page_type: str) -> None:
    url = representative(site_pages, page_type)
    page.goto(base_url + url)
    page.wait_for_load_state("networkidle")
    page.emulate_media(media="print")
    for selector in CHROME:
        shown = page.locator(selector).evaluate_all(
            "els => els.filter(e => getComputedStyle(e).display !== 'none').length"
        )
        assert shown == 0, f"{selector} is printed on {url}"
    title = page.locator(".md-content h1").first.inner_text().strip()
    # prefer_css_page_size: the stylesheet's @page decides the paper, as a browser's print would.
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    (ARTIFACTS / "print").mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "print" / f"{page_type}.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
    first = " ".join(reader.pages[0].extract_text().split())
    assert first.startswith(" ".join(title.split())[:40]), f"page 1 starts: {first[:120]!r}"
    assert "Table of contents" not in first

"""The 7-minute briefing prints on A4 in at most two pages (Debian's Chromium, page.pdf()).

Checked for every briefing of the example library and for a worst case: every box at its
item limit with long items.
"""

from __future__ import annotations

import functools
import http.server
import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from review_library.pages.briefing import MAX_ITEMS
from tests.helpers import ROOT, SiteFixture

pytestmark = pytest.mark.browser

A4_POINTS = (595, 842)
LONG = (
    "Practitioners should read each new concern against the whole history of the family, "
    "share what they know with every agency involved, and record why they decided as they did"
)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def chromium(browser):
    """pytest-playwright's browser (Debian's Chromium, see conftest.py): a second Playwright
    of our own in the same process fails inside pytest-playwright's event loop."""
    return browser


def _serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(directory))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def printed_pages(browser, url: str) -> tuple[int, tuple[int, int], str]:
    """Pages, first page size in points and first page text of the page printed to PDF."""
    page = browser.new_page()
    try:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.emulate_media(media="print")
        pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    finally:
        page.close()
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    text = " ".join(reader.pages[0].extract_text().split())
    return len(reader.pages), (round(float(box.width)), round(float(box.height))), text


def test_worst_case_briefing_fits_two_a4_pages(site: SiteFixture, chromium) -> None:
    items = [f"{LONG} ({n})." for n in range(1, MAX_ITEMS + 3)]  # more than a box shows
    site.add_review(
        summary=" ".join([LONG + "."] * 4),
        learning_points=items,
        recommendations=[
            {"id": f"R{n}", "text": item, "agencies": ["gp"], "status": "accepted"}
            for n, item in enumerate(items, start=1)
        ],
        briefing={
            "why_it_matters": " ".join([LONG + "."] * 3),
            "what_to_remember": items,
            "questions": items,
        },
    )
    out = site.build()
    httpd, base = _serve(out)
    try:
        pages, size, text = printed_pages(
            chromium, base + "/reviews/testshire-2024-child-a/briefing/"
        )
    finally:
        httpd.shutdown()
    assert size == A4_POINTS
    assert text.startswith("7-minute briefing: Child A")
    assert 1 <= pages <= 2, f"the worst-case briefing prints on {pages} pages"


def test_every_example_briefing_fits_two_a4_pages(tmp_path: Path, chromium) -> None:
    out = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(ROOT / "mkdocs.yml"),
            "-d",
            str(out),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    briefings = sorted(out.glob("reviews/*/briefing/index.html"))
    reviews = sorted(
        p for p in out.glob("reviews/*/index.html") if "rl-tombstone" not in p.read_text()
    )
    assert len(briefings) == len(reviews) > 0
    httpd, base = _serve(out)
    try:
        counts = {
            p.parent.parent.name: printed_pages(
                chromium, f"{base}/{p.parent.relative_to(out).as_posix()}/"
            )[0]
            for p in briefings
        }
    finally:
        httpd.shutdown()
    assert all(1 <= n <= 2 for n in counts.values()), counts

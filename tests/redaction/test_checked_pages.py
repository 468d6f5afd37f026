"""Hand-written pages the site checks passed are checked text too: the output scan skips a
piece that is one whole block of such a page, as read by its check, and scans everything
else (a template's identifier, a taxonomy label, a join of checked blocks, part of a block
with other text, a page changed since its check)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest

import review_library.redaction.output_scan as output_scan
from review_library.redaction.config import RedactionConfig
from review_library.redaction.site_sources import PAGE_DIGEST, PendingSiteCheck, SiteSources
from tests.helpers import SiteFixture, build_failure
from tests.redaction.scan_recorder import scanned_texts as _scanned_texts

CONFIG = RedactionConfig()
PARAGRAPH = "The board asked every agency to record who was present at each strategy meeting."
FIRST = "Her mobile was 07700"
SECOND = "900456 at the time."
PAGE = f"""\
---
description: {FIRST}
---
# How reviews are commissioned

{PARAGRAPH}

<!-- review-library:themes -->

{SECOND}
"""
"""Two checked texts (a front matter value and a paragraph) that pass apart."""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    file = tmp_path / "site_src" / "commissioning.md"
    file.parent.mkdir()
    file.write_text(PAGE, encoding="utf-8")
    return file


def _scan(page: Path, html: str, checked: list[str]):
    site = page.parent.parent / "site"
    site.mkdir(exist_ok=True)
    (site / "index.html").write_text(html, encoding="utf-8")
    args = {"config": CONFIG, "register": None, "forbidden": [], "allowance_files": [str(page)]}
    return output_scan.scan_site(site, **args, checked=checked)


def _digest(page: Path) -> str:
    return PAGE_DIGEST + hashlib.sha256(page.read_bytes()).hexdigest()


def test_a_checked_pages_block_is_skipped(page: Path, monkeypatch) -> None:
    """Fails without page digests: the paragraph was read by the rules again."""
    scanned = _scanned_texts(monkeypatch)
    report = _scan(
        page, f"<h1>How reviews are commissioned</h1><p>{PARAGRAPH}</p>", [_digest(page)]
    )
    assert report.findings == []
    assert "strategy meeting" not in "".join(scanned)


@pytest.mark.parametrize(
    "html",
    [
        # an identifier a template put next to checked text, in the same element
        f"<p>{PARAGRAPH} Ring 07700 900123.</p>",
        # part of a checked block (an excerpt) with text a template or the taxonomy added
        f"<li>{PARAGRAPH[:44]} Ring 07700 900123.</li><p>{PARAGRAPH}</p>",
        # two checked blocks, each passed alone, joined into one piece: a phone number
        f"<p>{FIRST} {SECOND}</p>",
        # an identifier in an attribute a template wrote
        f'<a href="tel:07700900123" title="{PARAGRAPH}">{PARAGRAPH}</a>',
    ],
    ids=["template-identifier", "part-of-a-block", "join-of-blocks", "attribute"],
)
def test_what_is_not_one_checked_block_is_scanned(page: Path, html: str) -> None:
    """Each page holds a phone number only the output makes: found with the page checked
    (a skip of contained or joined text would lose it)."""
    report = _scan(page, html, [_digest(page)])
    assert "phone-number" in {f.rule for f in report.findings}


def test_a_stale_page_digest_skips_nothing(page: Path, monkeypatch) -> None:
    """A page's blocks count only for the bytes its check read."""
    scanned = _scanned_texts(monkeypatch)
    _scan(page, f"<p>{PARAGRAPH}</p>", [PAGE_DIGEST + "0" * 64])
    assert "strategy meeting" in "".join(scanned)


def test_a_page_is_read_with_its_placeholders_blanked(tmp_path: Path, monkeypatch) -> None:
    """As its check reads it: the placeholder's comment is no part of the checked text."""
    file = tmp_path / "site_src" / "index.md"
    file.parent.mkdir()
    file.write_text(f"{PARAGRAPH} <!-- review-library:themes -->\n", encoding="utf-8")
    scanned = _scanned_texts(monkeypatch)
    _scan(file, f"<p>{PARAGRAPH}</p>", [_digest(file)])
    assert "strategy meeting" not in "".join(scanned)


def test_the_site_checks_report_each_page_they_read(page: Path) -> None:
    """The digest of the bytes the page check read, marked as a page; with an error on the
    page, the gate leaves it out (checked_files is filtered by the failed files)."""
    sources = SiteSources(root=page.parent.parent, pages=[page])
    pending = PendingSiteCheck(None, sources, CONFIG, None, [])
    report = pending.result()
    assert report.errors == []
    assert pending.checked_files() == {("site_src/commissioning.md", _digest(page))}


def test_a_hook_that_adds_an_identifier_to_a_checked_page_fails_the_build(
    tmp_path: Path, caplog
) -> None:
    """A page's paragraph passed the site checks; a hook (standing for a template or another
    plugin) writes a phone number into it. As published it is no checked block: found."""
    site = SiteFixture(tmp_path)
    site.add_review()
    site.write("site_src/commissioning.md", PAGE)
    site.write(
        "hooks.py",
        "def on_page_content(html, page, config, files):\n"
        "    return html.replace('each strategy meeting.',\n"
        "                        'each strategy meeting. Ring 07700 900123.')\n",
    )
    site.mkdocs_extra = {"hooks": ["hooks.py"]}
    logging.getLogger("mkdocs").propagate = True
    message = build_failure(site, caplog)
    assert "output scan" in message and "phone-number" in message
    assert "900123" not in message

"""Reviews the build does not publish: one INFO line each, and withdrawn reviews as documented.

A draft is normal, so the reason is logged at INFO, never as a warning (which `strict` turns
into a failed build). A withdrawn review keeps a `noindex` tombstone that the sitemap leaves
out, and appears in the exports only as `catalogue.json`'s tombstone entry.
"""

from __future__ import annotations

import gzip
import json
import logging
from xml.etree import ElementTree

import pytest

from tests.helpers import SiteFixture

WITHDRAWN = "testshire-2020-child-w"


@pytest.fixture
def library(site: SiteFixture) -> SiteFixture:
    site.add_review()
    site.add_review(id="testshire-2024-child-d", status="draft")
    site.add_review(id="testshire-2024-child-e", status="approved")
    site.add_review(
        id="testshire-2024-child-f", status="published", embargo_until="2099-03-14T09:00:00Z"
    )
    site.add_review(
        id=WITHDRAWN,
        status="withdrawn",
        withdrawal={"date": "2025-01-20", "reason": "Withdrawn at the request of the family."},
    )
    return site


def test_one_info_line_per_review_not_published(library: SiteFixture, caplog) -> None:
    with caplog.at_level(logging.INFO):
        library.build(strict=True)  # the reasons must never fail a strict build
    ours = [r for r in caplog.records if r.name.endswith("review_library")]
    lines = [
        r.getMessage().removeprefix("review_library: ")
        for r in ours
        if "not published" in r.getMessage()
    ]
    assert lines == [
        f"reviews/{WITHDRAWN}.md: not published: withdrawn on 2025-01-20; "
        "only its tombstone page is published",
        "reviews/testshire-2024-child-d.md: not published: draft "
        "(set 'status: published' to publish it)",
        "reviews/testshire-2024-child-e.md: not published: approved "
        "(set 'status: published' to publish it)",
        "reviews/testshire-2024-child-f.md: not published: embargoed until 2099-03-14T09:00:00Z",
    ]
    assert all(
        r.levelno == logging.INFO for r in caplog.records if "not published" in r.getMessage()
    )


def test_tombstones_stay_out_of_the_sitemap(library: SiteFixture) -> None:
    out = library.build()
    page = (out / "reviews" / WITHDRAWN / "index.html").read_text("utf-8")
    assert '<meta name="robots" content="noindex">' in page
    sitemap = (out / "sitemap.xml").read_bytes()
    locs = [
        loc.text
        for loc in ElementTree.fromstring(sitemap).iter(
            "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
        )
    ]
    assert "https://example.org/reviews/testshire-2024-child-a/" in locs
    assert not [loc for loc in locs if WITHDRAWN in loc]
    assert gzip.decompress((out / "sitemap.xml.gz").read_bytes()) == sitemap


def test_sitemap_is_deterministic(library: SiteFixture) -> None:
    first = library.build()
    packed = (first / "sitemap.xml.gz").read_bytes()
    again = library.build()
    assert (again / "sitemap.xml.gz").read_bytes() == packed


def test_withdrawn_review_in_exports_as_documented(library: SiteFixture) -> None:
    out = library.build()
    catalogue = json.loads((out / "catalogue.json").read_text("utf-8"))
    assert [r["id"] for r in catalogue["withdrawn"]] == [WITHDRAWN]
    assert set(catalogue["withdrawn"][0]) <= {
        "id",
        "url",
        "title",
        "partnership",
        "published",
        "withdrawn",
        "reason",
    }
    assert WITHDRAWN not in [r["id"] for r in catalogue["reviews"]]
    assert WITHDRAWN not in (out / "catalogue.csv").read_text("utf-8")
    assert WITHDRAWN not in (out / "feed.xml").read_text("utf-8")

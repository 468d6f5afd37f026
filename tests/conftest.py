"""Shared fixtures: a tiny review-library project built with real MkDocs in a temp dir."""

from __future__ import annotations

import pytest

from tests.helpers import SiteFixture


@pytest.fixture
def site(tmp_path, monkeypatch) -> SiteFixture:
    """A fresh project; `site.add_review(...)`, then `site.build()` returns the site dir."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.chdir(tmp_path)
    return SiteFixture(tmp_path)

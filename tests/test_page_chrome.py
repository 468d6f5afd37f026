"""Review pages and briefings reuse Material's navigation HTML (pages/chrome.py): the site is
byte-identical to one where Material renders it for every page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from review_library.pages import chrome
from tests.helpers import SiteFixture

ROOT = Path(__file__).resolve().parents[1]


def library(root: Path) -> SiteFixture:
    """Three of the example reviews, with Material's navigation tabs and a nav of pages."""
    site = SiteFixture(root)
    for review in sorted((ROOT / "reviews").glob("*.md"))[:3]:
        shutil.copy(review, site.root / "reviews" / review.name)
    site.write("site_src/about.md", "# About\n\nAbout the library.\n")
    site.mkdocs_extra = {
        "theme": {"name": "material", "font": False, "features": ["navigation.tabs"]},
        "nav": [{"Home": "index.md"}, {"Themes": "themes/index.md"}, {"About": "about.md"}],
    }
    return site


def build_example(out: Path) -> Path:
    out.mkdir()
    return library(out).build()


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_reused_navigation_gives_the_same_site(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    caches: list[chrome.ChromeCache] = []
    install = chrome.ChromeCache.install
    monkeypatch.setattr(
        chrome.ChromeCache, "install", lambda self, env: (caches.append(self), install(self, env))
    )
    reused = files(build_example(tmp_path / "reused"))
    (cache,) = caches
    # Both parts of both kinds were reused, and the second page of each kind agreed.
    assert set(cache.parts) == {
        (part, kind)
        for part in ("nav", "tabs", "footer", "config")
        for kind in ("reviews/*/", "reviews/*/briefing/")
    }
    assert not cache.off
    assert max(cache.seen.values()) > 2

    monkeypatch.setattr(chrome, "usable", lambda dirs: False)
    rendered = files(build_example(tmp_path / "rendered"))
    assert reused.keys() == rendered.keys()
    assert [name for name in reused if reused[name] != rendered[name]] == []


def test_not_used_when_a_board_overrides_the_navigation(tmp_path: Path) -> None:
    import material

    theme = Path(material.__file__).parent / "templates"
    dirs = [str(tmp_path), str(theme), str(chrome.OWN_TEMPLATES)]
    assert chrome.usable(dirs)
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "nav.html").write_text("{{ page.title }}")
    assert not chrome.usable(dirs)


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("reviews/child-q/", "reviews/*/"),
        ("reviews/child-q/briefing/", "reviews/*/briefing/"),
        ("reviews/child-q.html", "reviews/*"),
        ("themes/neglect/", None),
        ("reviews/", None),
    ],
)
def test_page_kinds(url: str, kind: str | None) -> None:
    assert chrome.page_kind(url) == kind

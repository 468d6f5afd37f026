"""The plugin drops the Markdown and HTML MkDocs keeps of its own pages once they are no
longer needed (site.SiteBuild.release), to cut the build's peak memory: the site must be
byte-identical to one where they are kept."""

from __future__ import annotations

from pathlib import Path

from review_library import site as site_module
from tests.helpers import SiteFixture
from tests.test_page_chrome import files


def build_example(out: Path) -> Path:
    """Two reviews, a hand-written page, and a navigation with generated pages in it (their
    titles show on every page: a released page must keep its title)."""
    out.mkdir()
    site = SiteFixture(out)
    site.add_review()
    site.add_review(
        id="testshire-2023-child-b",
        title="Child B: a baby not seen",
        subject="Child B",
        pseudonyms=["Child B"],
        published="2023-06-01",
    )
    site.write("site_src/about.md", "# About\n\nAbout the library.\n")
    site.mkdocs_extra = {
        "theme": {"name": "material", "font": False, "features": ["navigation.tabs"]},
        "nav": [{"Home": "index.md"}, "themes/index.md", "browse/index.md", {"About": "about.md"}],
    }
    return site.build()


def test_released_pages_give_the_same_site(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    released: dict[str, set[str]] = {"content": set(), "written": set(), "source": set()}
    release = site_module.SiteBuild.release

    def recording(self, page, stage):
        release(self, page, stage)
        emptied = page.markdown if stage == "content" else page.content
        if not emptied:
            released[stage].add(page.file.src_uri)
        generated = self.generated.get(page.file.src_uri)
        if stage == "content" and generated is not None and not generated.markdown:
            # A generated page's Markdown, kept by its File and the listings, is dropped too.
            assert page.file.abs_src_path is None and page.file.content_string == ""
            released["source"].add(page.file.src_uri)

    monkeypatch.setattr(site_module.SiteBuild, "release", recording)
    light = files(build_example(tmp_path / "released"))
    # Reviews, briefings and generated listings were released at both stages; the
    # hand-written pages (about.md, the home page) were left to MkDocs.
    for stage in ("content", "written"):
        uris = released[stage]
        assert any(u.startswith("reviews/") and u.endswith("/briefing.md") for u in uris)
        assert "reviews/testshire-2023-child-b.md" in uris
        assert "themes/index.md" in uris
        assert "about.md" not in uris and "index.md" not in uris
    assert "themes/index.md" in released["source"]
    assert "reviews/testshire-2023-child-b/briefing.md" in released["source"]
    assert not any(u.startswith("reviews/") and u.count("/") == 1 for u in released["source"])

    monkeypatch.setattr(site_module.SiteBuild, "release", lambda self, page, stage: None)
    kept = files(build_example(tmp_path / "kept"))
    assert light.keys() == kept.keys()
    assert [name for name in light if light[name] != kept[name]] == []


def test_held_pages_give_the_same_site(tmp_path: Path, monkeypatch) -> None:
    """Our pages' HTML is held compressed between on_page_content and on_page_context
    (SiteBuild.hold): MkDocs keeps nothing of it meanwhile, and the site is the same."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    hold = site_module.SiteBuild.hold
    unhold = site_module.SiteBuild.unhold
    held: set[str] = set()
    kept_by_mkdocs: dict[str, str] = {}
    given_back: set[str] = set()

    def holding(self, page, html):
        out = hold(self, page, html)
        kept_by_mkdocs[page.file.src_uri] = out
        if page.file.src_uri in self.held:
            held.add(page.file.src_uri)
        return out

    def unholding(self, page):
        was_held = page.file.src_uri in self.held
        unhold(self, page)
        if was_held and page.content:
            given_back.add(page.file.src_uri)

    monkeypatch.setattr(site_module.SiteBuild, "hold", holding)
    monkeypatch.setattr(site_module.SiteBuild, "unhold", unholding)
    light = files(build_example(tmp_path / "held"))
    assert "reviews/testshire-2023-child-b.md" in held
    assert any(u.endswith("/briefing.md") for u in held) and "themes/index.md" in held
    # MkDocs kept nothing of a held page, and every held page got its HTML back.
    assert all(kept_by_mkdocs[u] == "" for u in held)
    assert given_back == held
    # Hand-written pages are left to MkDocs.
    assert "about.md" not in held and kept_by_mkdocs["about.md"]

    monkeypatch.setattr(site_module.SiteBuild, "hold", lambda self, page, html: html)
    kept = files(build_example(tmp_path / "kept"))
    assert light.keys() == kept.keys()
    assert [name for name in light if light[name] != kept[name]] == []

"""Build tiny sites with real MkDocs and check the pages that come out."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from tests.helpers import SiteFixture, build_failure


def content(site_dir: Path, url: str) -> BeautifulSoup:
    """The article of a built page (the nav repeats links, so tests look only here)."""
    html = (site_dir / url / "index.html").read_text(encoding="utf-8")
    article = BeautifulSoup(html, "html.parser").select_one(".md-content article")
    assert article is not None
    return article


def all_text(site_dir: Path) -> str:
    return "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(site_dir.rglob("*"))
        if p.is_file() and p.suffix in {".html", ".xml", ".json", ".csv", ".txt", ".js"}
    )


def test_review_page_has_metadata_learning_and_report(site: SiteFixture):
    site.add_review()
    out = site.build()
    page = content(out, "reviews/testshire-2024-child-a")
    assert page.h1.get_text() == "Child A: missed appointments"
    panel = page.select_one("section.rl-meta")
    terms = {dt.get_text(): dt.find_next_sibling("dd") for dt in panel.select("dt")}
    assert terms["Review type"].get_text() == "Local Child Safeguarding Practice Review"
    assert terms["Review type"].a["href"] == "../../browse/types/lcspr/"
    assert terms["Partnership"].get_text() == "Testshire Safeguarding Children Partnership"
    assert terms["Nation and region"].get_text() == "England, North West"
    assert terms["Published"].get_text() == "March 2024"
    assert terms["Age band"].get_text() == "Under 1"
    assert [a["href"] for a in terms["Themes"].select("a")] == [
        "../../themes/neglect/",
        "../../themes/was-not-brought/",
    ]
    assert [a.get_text() for a in terms["Agencies"].select("a")] == [
        "Health visiting",
        "GP and primary care",
    ]
    assert terms["Reviewer"].get_text() == "H. Ashdown"
    assert "not brought to health appointments" in page.find(id="summary").find_next("p").get_text()
    assert (
        page.find(id="learning-points")
        .find_next("ol")
        .li.get_text()
        .startswith("Missed appointments")
    )
    row = page.find(id="recommendations").find_next("table").tbody.tr
    assert [td.get_text() for td in row.select("td")] == [
        "R1",
        "The health visiting service will follow up every missed appointment.",
        "Health visiting",
        "Accepted",
        "1 September 2024",
    ]
    assert page.find("h2", id="introduction-and-why-this-review-was-held") is not None
    assert "Content note" in page.select_one(".rl-content-note").get_text()


def test_theme_pages_list_reviews_newest_first(site: SiteFixture):
    site.add_review(id="testshire-2021-child-b", title="Child B review", published="2021-05-01")
    site.add_review(id="testshire-2024-child-a")
    site.add_review(
        id="testshire-2023-child-c",
        title="Child C review",
        published="2023-01-10",
        themes=["domestic-abuse"],
    )
    out = site.build()
    neglect = content(out, "themes/neglect")
    assert [a.get_text() for a in neglect.select(".rl-review-list li > a")] == [
        "Child A: missed appointments",
        "Child B review",
    ]
    themes = content(out, "themes")
    assert "Neglect (2 reviews)" in " ".join(themes.get_text().split())
    assert not (out / "themes" / "sudi-unsafe-sleep").exists()
    assert (out / "themes" / "domestic-abuse" / "index.html").exists()


def test_browse_pages(site: SiteFixture):
    site.add_review()
    site.add_review(
        id="valeshire-2023-adult-d",
        title="Adult D review",
        review_type="sar",
        nation="wales",
        region="gwent",
        published="2023-06-01",
        age_band="65-84",
        themes=["self-neglect"],
        agencies=["adult-social-care"],
        recommendations=[],
    )
    site.write(
        "site_src/../reviews/valeshire-2023-adult-d.md",
        (site.root / "reviews/valeshire-2023-adult-d.md")
        .read_text()
        .replace("review_type: sar", "review_type: apr"),
    )
    out = site.build()
    browse = content(out, "browse")
    links = {a.get_text(): a["href"] for a in browse.select("a")}
    assert links["2024"] == "years/2024/"
    assert links["Adult Practice Review"] == "types/apr/"
    assert links["Wales"] == "nations/wales/"
    assert links["Adult social care"] == "../agencies/adult-social-care/"
    wales = content(out, "browse/nations/wales")
    assert wales.find("h2").get_text() == "Gwent"
    assert [a.get_text() for a in wales.select(".rl-review-list li > a")] == ["Adult D review"]
    year = content(out, "browse/years/2023")
    assert [a.get_text() for a in year.select(".rl-review-list li > a")] == ["Adult D review"]
    agency = content(out, "agencies/gp")
    assert [a.get_text() for a in agency.select(".rl-review-list li > a")] == [
        "Child A: missed appointments"
    ]


def test_home_page_lists_latest_reviews(site: SiteFixture):
    site.add_review()
    out = site.build()
    home = content(out, "")
    assert [a.get_text() for a in home.select(".rl-review-list li > a")] == [
        "Child A: missed appointments"
    ]
    assert "review-library:" not in (out / "index.html").read_text()


def test_reviews_stay_out_of_the_sidebar(site: SiteFixture):
    site.add_review()
    out = site.build()
    nav = BeautifulSoup((out / "index.html").read_text(), "html.parser").select_one(
        "nav.md-nav--primary"
    )
    assert "reviews/testshire-2024-child-a" not in str(nav)


def test_front_matter_values_are_escaped(site: SiteFixture):
    site.add_review(
        title="Child A <script>alert(1)</script> & *not emphasis* [x](y)",
        partnership='Testshire <img src=x onerror="alert(2)">',
        summary="A summary with <b>tags</b> and {: #attr } syntax.",
    )
    out = site.build()
    html = (out / "reviews/testshire-2024-child-a/index.html").read_text()
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html and '<img src="x"' not in html
    assert "<b>tags</b>" not in html
    page = content(out, "reviews/testshire-2024-child-a")
    assert page.h1.get_text() == "Child A <script>alert(1)</script> & *not emphasis* [x](y)"
    assert "<title>Child A &lt;script&gt;alert(1)&lt;/script&gt;" in html
    listing = (out / "themes/neglect/index.html").read_text()
    assert "<script>alert(1)" not in listing


def test_drafts_and_embargoed_reviews_reach_no_output(site: SiteFixture):
    site.add_review()
    site.add_review(
        id="testshire-2024-child-x",
        title="Draft about Child X",
        summary="DRAFTSECRET summary text that must never be published anywhere.",
        status="draft",
    )
    site.add_review(
        id="testshire-2024-child-y",
        title="Embargoed about Child Y",
        summary="EMBARGOSECRET summary text that must never be published before the embargo.",
        embargo_until="2999-01-01T09:00:00Z",
        themes=["online-abuse"],
    )
    out = site.build()
    text = all_text(out)
    for secret in ("DRAFTSECRET", "EMBARGOSECRET", "child-x", "child-y", "Online abuse ("):
        assert secret not in text
    assert not (out / "themes/online-abuse").exists()


def test_embargo_in_the_past_is_published(site: SiteFixture, monkeypatch):
    monkeypatch.setenv("REVIEW_LIBRARY_NOW", "2024-03-14T10:00:00Z")
    site.add_review(embargo_until="2024-03-14T09:00:00Z")
    out = site.build()
    assert (out / "reviews/testshire-2024-child-a/index.html").exists()


def test_withdrawn_review_keeps_a_tombstone_without_its_text(site: SiteFixture):
    site.add_review(
        status="withdrawn",
        summary="WITHDRAWNSECRET text removed on withdrawal.",
        withdrawal={"date": "2025-01-20", "reason": "Withdrawn at the request of the family."},
    )
    out = site.build()
    page = content(out, "reviews/testshire-2024-child-a")
    assert page.h1.get_text() == "Child A: missed appointments"
    assert "withdrawn on 20 January 2025" in page.get_text()
    assert "Withdrawn at the request of the family." in page.get_text()
    assert "WITHDRAWNSECRET" not in all_text(out)
    assert not (out / "themes/neglect").exists()


def test_unknown_theme_fails_the_build_before_writing(site: SiteFixture, caplog):
    site.add_review(themes=["neglet"])
    message = build_failure(site, caplog)
    assert "reviews/testshire-2024-child-a.md:" in message
    assert "themes[0]: unknown theme 'neglet', did you mean 'neglect'?" in message
    assert "nothing was published" in message
    assert not site.site_dir.exists() or not list(site.site_dir.rglob("*.html"))


def test_duplicate_id_fails(site: SiteFixture, caplog):
    site.add_review(name="first")
    site.add_review(name="second")
    assert (
        "reviews/second.md:2: id: 'testshire-2024-child-a' is already used by reviews/first.md"
        in build_failure(site, caplog)
    )


def test_missing_reviews_folder_is_a_clear_error(site: SiteFixture, caplog):
    (site.root / "reviews").rmdir()
    assert "the reviews folder 'reviews' does not exist" in build_failure(site, caplog)


def test_same_input_builds_byte_identical_site(site: SiteFixture, tmp_path: Path):
    site.add_review()
    site.add_review(id="testshire-2021-child-b", title="Child B review", published="2021-05-01")

    def digest(root: Path) -> dict[str, str]:
        return {
            p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*"))
            if p.is_file()
        }

    first = digest(site.build(site_dir=str(tmp_path / "one")))
    second = digest(site.build(site_dir=str(tmp_path / "two")))
    assert first == second
    assert any(name.startswith("reviews/") for name in first)


def test_plugin_state_is_reset_between_builds(site: SiteFixture):
    site.add_review()
    extra = site.add_review(
        id="testshire-2021-child-b", title="Child B review", published="2021-05-01"
    )
    config_file = site.write_config()
    cfg = load_config(str(config_file))
    cfg.plugins.on_startup(command="serve", dirty=False)
    try:
        build(cfg)
        assert (Path(cfg.site_dir) / "reviews/testshire-2021-child-b/index.html").exists()
        extra.unlink()
        # serve reloads the config on each rebuild but keeps the plugin instance.
        cfg2 = load_config(str(config_file))
        cfg2.plugins = cfg.plugins
        cfg2.plugins["review-library"].config = cfg.plugins["review-library"].config
        build(cfg2)
        assert not (Path(cfg2.site_dir) / "reviews/testshire-2021-child-b/index.html").exists()
        neglect = content(Path(cfg2.site_dir), "themes/neglect")
        assert len(neglect.select(".rl-review-list li")) == 1
    finally:
        cfg.plugins.on_shutdown()


def test_serve_watches_reviews_and_taxonomy(site: SiteFixture):
    site.add_review()
    cfg = load_config(str(site.write_config()))
    cfg.plugins.on_startup(command="serve", dirty=False)
    cfg = cfg.plugins.on_config(cfg)

    class FakeServer:
        def __init__(self):
            self.watched: list[str] = []

        def watch(self, path: str, *args, **kwargs):
            self.watched.append(path)

    server = FakeServer()
    try:
        cfg.plugins.on_serve(server, config=cfg, builder=lambda: None)
    finally:
        cfg.plugins.on_shutdown()  # as serve ends: the heap frozen by on_serve is given back
    assert str((site.root / "reviews").resolve()) in server.watched
    assert str((site.root / "site_src/taxonomy.yml").resolve()) in server.watched


def test_attachments_publish_only_with_their_review(site: SiteFixture):
    site.add_review(
        body="## Chronology\n\n![Timeline of contacts](testshire-2024-child-a/timeline.svg)\n"
    )
    site.write(
        "reviews/testshire-2024-child-a/timeline.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>'
    )
    site.add_review(id="testshire-2024-child-x", title="Draft", status="draft")
    site.write(
        "reviews/testshire-2024-child-x/photo.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>'
    )
    out = site.build(strict=True)
    assert (out / "reviews/testshire-2024-child-a/timeline.svg").exists()
    assert not (out / "reviews/testshire-2024-child-x").exists()


def test_taxonomy_file_is_not_published(site: SiteFixture):
    site.add_review()
    out = site.build()
    assert not (out / "taxonomy.yml").exists()


def test_real_file_in_docs_dir_replaces_generated_page(site: SiteFixture, caplog):
    site.add_review()
    site.write("site_src/themes/index.md", "# Our own themes page\n")
    with caplog.at_level(logging.INFO):
        out = site.build()
    assert content(out, "themes").h1.get_text() == "Our own themes page"
    assert any("replaces the generated page" in r.getMessage() for r in caplog.records)


def test_strict_build_aborts_on_warning_and_leaves_no_site(site: SiteFixture):
    site.add_review(body="See [missing](nowhere.md).\n")
    with pytest.raises(Abort):
        site.build(strict=True)
    assert not any(site.site_dir.iterdir())  # emptied (dot-files kept)


def test_serve_rebuild_revalidates_only_the_edited_review(site: SiteFixture):
    site.add_review()
    edited = site.add_review(
        id="testshire-2021-child-b", title="Child B review", published="2021-05-01"
    )
    config_file = site.write_config()
    cfg = load_config(str(config_file))
    cfg.plugins.on_startup(command="serve", dirty=False)
    plugin = cfg.plugins["review-library"]
    try:
        build(cfg)
        # MkDocs keeps plugin instances that define on_startup, so count from here.
        hits, misses = plugin.review_cache.hits, plugin.review_cache.misses
        edited.write_text(
            edited.read_text().replace("title: Child B review", "title: 'Child B: edited'")
        )
        cfg2 = load_config(str(config_file))
        cfg2.plugins = cfg.plugins
        build(cfg2)
        assert (plugin.review_cache.hits - hits, plugin.review_cache.misses - misses) == (1, 1)
        page = content(Path(cfg2.site_dir), "reviews/testshire-2021-child-b")
        assert page.h1.get_text() == "Child B: edited"
    finally:
        cfg.plugins.on_shutdown()

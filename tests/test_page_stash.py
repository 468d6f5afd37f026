"""Our pages' raw HTML blocks skip Python-Markdown (site.SiteBuild.stash): Markdown reads a
short comment in each one's place, and on_page_content puts the block back. The site must be
byte-identical to one where Markdown reads the blocks, and a report cannot call a block in."""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure import pages as mkdocs_pages

from review_library import site as site_module
from review_library.pages.base import RAW_HTML_START
from tests.helpers import SiteFixture
from tests.test_page_chrome import files
from tests.test_page_release import build_example


def test_stashed_blocks_give_the_same_site(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    read: dict[str, str] = {}
    render = mkdocs_pages.Page.render

    def recording(self, config, files):
        read[self.file.src_uri] = self.markdown
        return render(self, config, files)

    monkeypatch.setattr(mkdocs_pages.Page, "render", recording)
    light = files(build_example(tmp_path / "stashed"))
    # Python-Markdown read none of our pages' blocks: reviews, briefings, listings.
    ours = [
        "reviews/testshire-2023-child-b.md",
        "reviews/testshire-2023-child-b/briefing.md",
        "themes/index.md",
        "browse/index.md",
    ]
    for uri in ours:
        assert RAW_HTML_START not in read[uri], uri
        assert "<!-- review-library:block 0 -->" in read[uri], uri
    # A hand-written page's placeholder is filled as before (the home page's latest reviews).
    assert RAW_HTML_START in read["index.md"]

    monkeypatch.setattr(site_module.SiteBuild, "stash", lambda self, uri, markdown: markdown)
    whole = files(build_example(tmp_path / "whole"))
    for uri in ours:
        assert RAW_HTML_START in read[uri], uri
    assert light.keys() == whole.keys()
    assert [name for name in light if light[name] != whole[name]] == []


def test_a_report_cannot_call_in_a_block(tmp_path: Path) -> None:
    """A report that writes a stash comment gets no generated block there: a comment is
    sanitised out of the report's body, and in code it is shown as text."""
    site = SiteFixture(tmp_path)
    body = (
        "## Findings\n\n"
        "<!-- review-library:block 0 -->\n\n"
        "Practitioners saw each missed appointment on its own.\n\n"
        "The marker `<!-- review-library:block 0 -->` is text here.\n"
    )
    site.add_review(body=body)
    # The source check refuses a comment in a report anyway; as a warning, the build goes on.
    site.plugin_options = {"checks": {"rules": {"html-comment": "warning"}}}
    page = (site.build() / "reviews" / "testshire-2024-child-a" / "index.html").read_text()
    # Block 0 (the key facts, summary and learning) appears once, where the plugin put it.
    assert page.count('<p class="rl-facts">') == 1
    assert page.count('<h2 id="summary">') == 1
    assert "<code>&lt;!-- review-library:block 0 --&gt;</code>" in page
    assert "<!-- review-library:block" not in page

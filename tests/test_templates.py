"""Generated pages come from Jinja templates that a board overrides from its custom_dir.

Each test builds a real site with MkDocs and reads the HTML that came out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from review_library.pages.templates import first_sentence
from tests.helpers import BASE_META, SiteFixture

TEMPLATES = Path(__file__).resolve().parent.parent / (
    "plugins/review_library/templates/review_library"
)
LONG_SUMMARY = (
    "Child A was not brought to health appointments over several months. Each agency saw "
    "only its own missed contacts. The review asks agencies to see missed appointments as a "
    "signal about the child."
)


def article(site_dir: Path, url: str) -> BeautifulSoup:
    html = (site_dir / url / "index.html").read_text(encoding="utf-8")
    found = BeautifulSoup(html, "html.parser").select_one(".md-content article")
    assert found is not None, url
    return found


@pytest.fixture
def site(tmp_path: Path) -> SiteFixture:
    fixture = SiteFixture(tmp_path)
    fixture.add_review(summary=LONG_SUMMARY)
    fixture.add_review(
        id="testshire-2021-child-b",
        title="Child B: a baby not seen",
        subject="Child B",
        pseudonyms=["Child B"],
        published="2021-05-01",
        status="withdrawn",
        withdrawal={"date": "2023-01-10", "reason": "Withdrawn at the family's request."},
    )
    return fixture


# Every page type's template, a page that uses it, and where its override must show.
OVERRIDES = [
    ("review.html", "reviews/testshire-2024-child-a"),
    ("briefing.html", "reviews/testshire-2024-child-a/briefing"),
    ("theme.html", "themes/neglect"),
    ("recommendations.html", "recommendations"),
    ("tombstone.html", "reviews/testshire-2021-child-b"),
    ("agency.html", "agencies/health-visiting"),
    ("listing.html", "browse/years/2024"),
    ("themes-index.html", "themes"),
    ("browse.html", "browse"),
    ("agencies-index.html", "agencies"),
    ("listing.html", "browse/nations/england"),
    ("partials/review-list.html", "browse/years/2024"),
    ("partials/recommendations.html", "reviews/testshire-2024-child-a"),
    ("partials/recommendation-groups.html", "agencies/health-visiting"),
    ("partials/learning-by-review.html", "agencies/health-visiting"),
    ("partials/review-metadata.html", "reviews/testshire-2024-child-a"),
    ("partials/search-box.html", ""),
]


def test_every_shipped_template_is_covered_by_an_override_test() -> None:
    shipped = {p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.html")}
    # search.html is a whole-page template (front matter `template:`), overridden the same way
    # and tested with the search page.
    whole_pages = {"search.html", "tombstone-page.html", "generated-page.html"}
    assert shipped - whole_pages == {name for name, _ in OVERRIDES}
    # search.html, tombstone-page.html and generated-page.html are whole-page templates (front
    # matter `template:`), overridden the same way; the search page's tests cover search.html,
    # tests/test_page_chrome.py generated-page.html.


@pytest.mark.parametrize(("name", "url"), OVERRIDES)
def test_a_template_in_custom_dir_replaces_the_shipped_one(
    site: SiteFixture, name: str, url: str
) -> None:
    site.mkdocs_extra = {"theme": {"name": "material", "font": False, "custom_dir": "overrides"}}
    site.write("site_src/index.md", "# Home\n\n<!-- review-library:search-box -->\n")
    site.write(
        f"overrides/review_library/{name}",
        '<p class="board-override">Our own layout</p>\n'
        + (TEMPLATES / name).read_text(encoding="utf-8"),
    )
    out = site.build()
    page = article(out, url)
    assert page.select_one(".board-override").get_text() == "Our own layout"


def test_an_override_cannot_print_report_text_as_markup(site: SiteFixture) -> None:
    """Autoescaping is on: a board's template that prints a value plainly still shows text."""
    site.add_review(title="Child A <em>x</em> & co", summary="A <b>bold</b> claim.")
    site.mkdocs_extra = {"theme": {"name": "material", "font": False, "custom_dir": "overrides"}}
    site.write(
        "overrides/review_library/review.html",
        '<p class="t">{{ review.meta.title }}</p><p class="s">{{ review.meta.summary }}</p>'
        '{{ slot("report") }}',
    )
    out = site.build()
    page = article(out, "reviews/testshire-2024-child-a")
    assert page.select_one(".t").get_text() == "Child A <em>x</em> & co"
    assert page.select_one(".s").get_text() == "A <b>bold</b> claim."
    assert page.select_one(".t em") is None and page.select_one(".s b") is None


def test_review_page_puts_the_learning_first_and_the_metadata_after(site: SiteFixture) -> None:
    out = site.build()
    page = article(out, "reviews/testshire-2024-child-a")
    facts = page.select_one(".rl-facts").get_text(" ", strip=True)
    assert "Local Child Safeguarding Practice Review" in facts
    assert "Testshire Safeguarding Children Partnership" in facts
    assert "published March 2024" in facts
    order = [h["id"] for h in page.select("h2[id]")]
    assert order[:4] == ["summary", "learning-points", "recommendations", "about-this-review"]
    assert page.select_one(".rl-content-note").find_previous("h2") is None
    # The generated sections are in the table of contents, the report's headings after them.
    html = (out / "reviews/testshire-2024-child-a/index.html").read_text(encoding="utf-8")
    toc = BeautifulSoup(html, "html.parser").select_one("nav.md-nav--secondary")
    anchors = [a["href"] for a in toc.select("a.md-nav__link")]
    assert anchors[:4] == ["#summary", "#learning-points", "#recommendations", "#about-this-review"]
    assert "#introduction-and-why-this-review-was-held" in anchors


def test_recommendation_cells_name_their_column_for_phone_cards(site: SiteFixture) -> None:
    out = site.build()
    row = article(out, "reviews/testshire-2024-child-a").select_one(".rl-recs tbody tr")
    assert [td["data-label"] for td in row.select("td")] == [
        "Ref",
        "Recommendation",
        "Agencies",
        "Status",
        "Last update",
    ]


def test_listings_show_the_first_sentence_with_a_more_link(site: SiteFixture) -> None:
    out = site.build()
    item = article(out, "browse/years/2024").select_one(".rl-review-list li")
    text = item.get_text(" ", strip=True)
    assert "Child A was not brought to health appointments over several months." in text
    assert "Each agency saw only its own missed contacts" not in text
    more = item.select_one("a.rl-more")
    assert more["href"] == "../../../reviews/testshire-2024-child-a/"
    assert more.get_text(" ", strip=True) == "More about Child A: missed appointments"


def test_theme_page_lists_the_learning_filed_under_it(site: SiteFixture) -> None:
    out = site.build()
    page = article(out, "themes/neglect")
    group = page.find(id="learning").find_next("section", class_="rl-learning-group")
    assert group.a["href"] == "../../reviews/testshire-2024-child-a/"
    assert [li.get_text() for li in group.select("li")] == BASE_META["learning_points"]


def test_tombstone_leads_to_the_library_themes_and_learning_summary(site: SiteFixture) -> None:
    site.add_review(
        id="testshire-2023-learning-summary",
        title="Learning summary: a baby not seen",
        published="2023-02-01",
    )
    site.add_review(
        id="testshire-2021-child-b",
        title="Child B: a baby not seen",
        subject="Child B",
        pseudonyms=["Child B"],
        published="2021-05-01",
        status="withdrawn",
        withdrawal={
            "date": "2023-01-10",
            "reason": "Withdrawn at the family's request.",
            "learning_summary": "testshire-2023-learning-summary",
        },
    )
    out = site.build()
    links = {
        a.get_text(" ", strip=True): a["href"]
        for a in article(out, "reviews/testshire-2021-child-b").select(".rl-tombstone__next a")
    }
    assert links["Learning summary: a baby not seen"] == "../testshire-2023-learning-summary/"
    assert links["neglect"] == "../../themes/neglect/"
    assert links["The library's home page"] == "../../"


def test_a_learning_summary_that_is_not_published_is_an_error(
    site: SiteFixture, caplog: pytest.LogCaptureFixture
) -> None:
    from tests.helpers import build_failure

    site.add_review(
        id="testshire-2021-child-b",
        title="Child B: a baby not seen",
        subject="Child B",
        pseudonyms=["Child B"],
        published="2021-05-01",
        status="withdrawn",
        withdrawal={"date": "2023-01-10", "reason": "Withdrawn.", "learning_summary": "nope"},
    )
    message = build_failure(site, caplog)
    assert "reviews/testshire-2021-child-b.md" in message
    assert "withdrawal.learning_summary: 'nope' is not a published review" in message


def test_agencies_are_listed_a_to_z(site: SiteFixture) -> None:
    site.add_review(
        id="testshire-2022-adult-c",
        title="Adult C",
        subject="Adult C",
        pseudonyms=["Adult C"],
        review_type="sar",
        published="2022-06-01",
        age_band="25-44",
        themes=["self-neglect"],
        agencies=["police", "ambulance", "housing"],
        recommendations=None,
    )
    out = site.build()
    names = [a.get_text() for a in article(out, "agencies").select("tbody a")]
    assert names == sorted(names, key=str.lower)
    assert len(names) >= 4


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("One. Two.", "One."),
        ("Aged 3 (approx.) when seen. Later.", "Aged 3 (approx.) when seen."),
        ("No full stop at all", "No full stop at all"),
    ],
)
def test_first_sentence(text: str, first: str) -> None:
    assert first_sentence(text) == first


def test_first_sentence_cuts_a_long_sentence_at_a_word() -> None:
    shortened = first_sentence("word " * 200)
    assert shortened.endswith("word…")
    assert len(shortened) <= 221

"""Learning outputs on a built tiny site: FAQ, briefing, recommendations, agencies,
recurring findings, charts, content note and support. Checks and output scan are on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.helpers import BASE_META, SiteFixture

SHARED = (
    "Missed health appointments for a baby are a warning sign that should be shared with "
    "the health visitor and the GP."
)
SHARED_REWORDED = (
    "Missed health appointments for a baby are a warning sign; share them with the GP and "
    "the health visitor."
)
UNRELATED = "Interpreters should be independent professionals, never a relative or a landlord."


def content(site_dir: Path, url: str) -> BeautifulSoup:
    """The article of a built page (the nav repeats links, so tests look only here)."""
    html = (site_dir / url / "index.html").read_text(encoding="utf-8")
    article = BeautifulSoup(html, "html.parser").select_one(".md-content article")
    assert article is not None, url
    return article


def jsonld(article: BeautifulSoup) -> list[dict]:
    return [json.loads(s.string) for s in article.select('script[type="application/ld+json"]')]


def library(site: SiteFixture) -> None:
    """Two published reviews sharing a learning point, one more on another topic."""
    site.plugin_options = {}  # redaction checks and output scan on, as in production
    site.write("site_src/index.md", "# Home\n\n<!-- review-library:charts -->\n")
    site.add_review(
        learning_points=[SHARED, "Fathers and male carers in the home must be identified."],
        faq=[
            {
                "q": "Why 'was not brought'?",
                "a": "A baby cannot attend on her own.\n\nSo we say so.",
            },
            {"q": "Who took part?", "a": "Health visiting, the GP practice and the police."},
        ],
        recommendations=[
            {
                "id": "R1",
                "text": "The health visiting service will follow up every missed appointment.",
                "agencies": ["health-visiting"],
                "status": "in-progress",
                "updated": "2024-01-10",
            },
            {
                "id": "R2",
                "text": "GP practices will code a child's missed appointments as not brought.",
                "agencies": ["gp"],
                "status": "implemented",
                "updated": "2024-02-01",
            },
        ],
    )
    site.add_review(
        id="testshire-2023-child-b",
        title="Child B: a baby not seen",
        subject="Child B",
        pseudonyms=["Child B"],
        published="2023-06-01",
        themes=["neglect", "babies-under-one"],
        learning_points=[SHARED_REWORDED],
        recommendations=[
            {
                "id": "R1",
                "text": "Health visitors will record who lives in the home at every contact.",
                "agencies": ["health-visiting"],
                "status": "accepted",
                "updated": "2025-11-01",
            }
        ],
    )
    site.add_review(
        id="testshire-2025-adult-c",
        title="Adult C: an interpreter who was the employer",
        subject="Adult C",
        pseudonyms=["Adult C"],
        review_type="sar",
        age_band="25-44",
        published="2025-02-01",
        themes=["modern-slavery-trafficking"],
        agencies=["police"],
        learning_points=[UNRELATED],
        recommendations=[],
        summary="Adult C worked long hours and spoke through her employer.",
    )


@pytest.fixture
def built(site: SiteFixture, monkeypatch) -> Path:
    monkeypatch.setenv("REVIEW_LIBRARY_NOW", "2025-12-01T00:00:00Z")
    library(site)
    return site.build()


def test_review_page_faq_expands_and_has_faqpage_jsonld(built: Path) -> None:
    page = content(built, "reviews/testshire-2024-child-a")
    items = page.select("section.rl-faq details.rl-faq__item")
    assert [d.summary.get_text() for d in items] == ["Why 'was not brought'?", "Who took part?"]
    assert [p.get_text() for p in items[0].select("p")] == [
        "A baby cannot attend on her own.",
        "So we say so.",
    ]
    (data,) = jsonld(page)
    assert data["@type"] == "FAQPage"
    assert [q["name"] for q in data["mainEntity"]] == ["Why 'was not brought'?", "Who took part?"]
    assert data["mainEntity"][0]["acceptedAnswer"]["text"] == (
        "A baby cannot attend on her own. So we say so."
    )
    # A review without questions has no FAQ block and no FAQPage claim.
    other = content(built, "reviews/testshire-2025-adult-c")
    assert not other.select("section.rl-faq") and not jsonld(other)


def test_faq_jsonld_cannot_end_its_script_early(site: SiteFixture) -> None:
    site.add_review(faq=[{"q": "Is </script><b>bold</b> safe?", "a": "Yes & </p> too."}])
    out = site.build()
    page = content(out, "reviews/testshire-2024-child-a")
    (data,) = jsonld(page)
    assert data["mainEntity"][0]["name"] == "Is </script><b>bold</b> safe?"
    assert data["mainEntity"][0]["acceptedAnswer"]["text"] == "Yes & </p> too."
    assert not page.select("section.rl-faq b")


def test_briefing_has_seven_boxes_from_front_matter_and_is_linked(built: Path) -> None:
    review = content(built, "reviews/testshire-2024-child-a")
    link = review.select_one(".rl-briefing-link a")
    assert link["href"] == "briefing/"
    page = content(built, "reviews/testshire-2024-child-a/briefing")
    assert page.h1.get_text() == "7-minute briefing: Child A: missed appointments"
    boxes = page.select("section.rl-briefing__box")
    assert [b.h2.get_text() for b in boxes] == [
        "1. Background",
        "2. Why it matters",
        "3. Key findings",
        "4. What to remember",
        "5. What to do",
        "6. Questions for reflection",
        "7. Find out more",
    ]
    assert BASE_META["summary"] in boxes[0].get_text()
    # Each theme counts the other published reviews that have it (Child B shares neglect).
    why = [" ".join(li.get_text().split()) for li in boxes[1].select("li")]
    assert any(item.startswith("Neglect (1 other review in this library)") for item in why)
    assert not any("was not brought (" in item.lower() for item in why)
    assert boxes[2].select_one("li").get_text() == SHARED
    assert "follow up every missed appointment" in boxes[4].get_text()
    assert boxes[6].select_one("a")["href"] == "../"


def test_briefing_uses_the_authors_text_where_given(site: SiteFixture) -> None:
    site.add_review(
        briefing={
            "background": "Written background for the team meeting.",
            "questions": ["What would you ask the father?"],
        }
    )
    out = site.build()
    boxes = content(out, "reviews/testshire-2024-child-a/briefing").select(".rl-briefing__box")
    assert boxes[0].p.get_text() == "Written background for the team meeting."
    assert [li.get_text() for li in boxes[5].select("li")] == ["What would you ask the father?"]


def test_recommendations_tracker_lists_filters_and_flags_stale(built: Path) -> None:
    page = content(built, "recommendations")
    # Grouped by review, newest first; each group's summary counts its statuses.
    groups = page.select("details.rl-rec-group")
    assert [g.select_one(".rl-rec-group__title").get_text() for g in groups] == [
        "Child A: missed appointments",
        "Child B: a baby not seen",
    ]
    assert groups[0].select_one(".rl-rec-group__counts").get_text() == (
        "2 recommendations: 1 in progress, 1 implemented"
    )
    rows = [
        [td.get_text(" ", strip=True) for td in tr.select("td")] for tr in page.select("tbody tr")
    ]
    assert [(r[0], r[3]) for r in rows] == [
        ("R1", "In progress"),
        ("R2", "Implemented"),
        ("R1", "Accepted"),
    ]
    # In progress since January 2024, judged on 1 December 2025: flagged. Implemented: never.
    assert "Not updated for 12 months" in rows[0][4]
    assert "Not updated" not in rows[1][4] and "Not updated" not in rows[2][4]
    assert "1 recommendation on 1 December 2025" in page.get_text()
    nav = page.select_one("nav.rl-filters")
    assert nav["aria-label"] == "Filter recommendations"
    hrefs = {a.get_text(): a["href"] for a in nav.select("a")}
    assert hrefs["Implemented"] == "implemented/"
    assert hrefs["Health visiting"] == "../agencies/health-visiting/#recommendations"
    implemented = content(built, "recommendations/implemented")
    assert [tr.select("td")[0].get_text() for tr in implemented.select("tbody tr")] == ["R2"]


def test_agency_page_shows_recommendations_and_learning(built: Path) -> None:
    page = content(built, "agencies/health-visiting")
    recs = [tr.select("td")[1].get_text() for tr in page.select("tbody tr")]
    assert recs == [
        "The health visiting service will follow up every missed appointment.",
        "Health visitors will record who lives in the home at every contact.",
    ]
    learning = page.find(id="learning-from-these-reviews").find_all_next("li")
    assert SHARED in [li.get_text() for li in learning]
    index = content(built, "agencies")
    cells = {
        tr.th.get_text() if tr.th else tr.td.get_text(): [td.get_text() for td in tr.select("td")]
        for tr in index.select("tbody tr")
    }
    assert cells["Health visiting"][1:] == ["2", "2"]


def test_recurring_finding_is_noted_and_listed_on_themes(built: Path) -> None:
    page = content(built, "reviews/testshire-2024-child-a")
    notes = page.select(".rl-recurring")
    assert len(notes) == 1
    assert notes[0].get_text().startswith("This finding also appears in 1 other review")
    assert notes[0].a["href"] == "../testshire-2023-child-b/"
    assert not content(built, "reviews/testshire-2025-adult-c").select(".rl-recurring")
    themes = content(built, "themes")
    section = themes.find(id="recurring-findings")
    first = section.find_next("h3")
    # Headed by what the points share, not by a number.
    assert first.get_text() == "Missed health appointments · baby · warning (in 2 reviews)"
    listed = [li.get_text() for li in first.find_next("ul").select("li")]
    assert any(SHARED in item for item in listed) and any(
        SHARED_REWORDED in item for item in listed
    )
    assert UNRELATED not in section.find_parent().get_text()


def test_theme_page_answers_questions_from_the_taxonomy(built: Path) -> None:
    page = content(built, "themes/neglect")
    questions = [s.get_text() for s in page.select("section.rl-faq summary")]
    assert questions[0] == "What does the theme “Neglect” cover?"
    assert any(q.startswith("How many reviews") for q in questions)
    (data,) = jsonld(page)
    assert [q["name"] for q in data["mainEntity"]] == questions


def test_charts_are_svg_with_title_desc_and_data_table(built: Path) -> None:
    themes = content(built, "themes")
    figures = themes.select("figure.rl-chart")
    assert [f["id"] for f in figures] == [
        "chart-reviews-per-year",
        "chart-theme-frequency",
        "chart-theme-cooccurrence",
        "chart-age-bands",
    ]
    for figure in figures:
        # Drawn twice, for wide screens and for phones (CSS shows one), each a labelled image.
        drawings = figure.select("svg")
        assert [svg["class"][-1] for svg in drawings] == [
            "rl-chart__svg--wide",
            "rl-chart__svg--narrow",
        ]
        for svg in drawings:
            assert svg["role"] == "img"
            title, desc = (figure.find(id=i) for i in svg["aria-labelledby"].split())
            assert title.name == "title" and desc.name == "desc" and desc.get_text()
        assert figure.select_one("details table caption")
    years = figures[0].select("tbody tr")
    assert [[c.get_text() for c in tr.find_all(["th", "td"])] for tr in years] == [
        ["2023", "1", "0", "1"],
        ["2024", "1", "0", "1"],
        ["2025", "0", "1", "1"],
    ]
    frequency = {tr.th.get_text(): tr.td.get_text() for tr in figures[1].select("tbody tr")}
    assert frequency["Neglect"] == "2" and frequency["Was not brought"] == "1"
    # Age is sensitive: one review per band is shown as "fewer than 3", never as 1.
    ages = {tr.th.get_text(): tr.td.get_text() for tr in figures[3].select("tbody tr")}
    assert ages == {"Under 1": "fewer than 3", "25 to 44 years": "fewer than 3"}
    assert "fewer than 3" in figures[3].find("desc").get_text()
    home = BeautifulSoup((built / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert len(home.select(".md-content figure.rl-chart svg.rl-chart__svg--wide")) == 2


def test_suppression_threshold_is_configurable(site: SiteFixture) -> None:
    site.plugin_options = {"suppress_below": 1, "sensitive_facets": ["age_band"]}
    site.add_review()
    out = site.build()
    figure = content(out, "themes").select_one("#chart-age-bands")
    assert {tr.th.get_text(): tr.td.get_text() for tr in figure.select("tbody tr")} == {
        "Under 1": "1"
    }


def test_content_note_links_to_support_and_helplines_are_configurable(site: SiteFixture) -> None:
    site.plugin_options = {
        "content_note": "This review describes the death of a baby.",
        "helplines": [{"name": "Testshire support line", "text": "Open every day."}],
    }
    site.add_review()
    out = site.build()
    page = content(out, "reviews/testshire-2024-child-a")
    note = page.select_one(".rl-content-note")
    assert "This review describes the death of a baby." in note.get_text()
    assert note.a["href"] == "#where-to-get-support"
    support = page.select_one("aside.rl-support")
    assert support["aria-labelledby"] == "where-to-get-support"
    assert support.find(id="where-to-get-support")
    assert [li.get_text() for li in support.select("li")] == [
        "Testshire support line: Open every day."
    ]


def test_site_faq_page_gets_jsonld_from_its_questions(site: SiteFixture) -> None:
    site.add_review()
    site.write(
        "site_src/faq/index.md",
        "# FAQ\n\n<details markdown>\n<summary>What is a review?</summary>\n\n"
        "A look back at how **agencies** worked together.\n\n</details>\n\n"
        "<!-- review-library:faq-jsonld -->\n",
    )
    out = site.build()
    page = content(out, "faq")
    assert page.select_one("details summary").get_text() == "What is a review?"
    (data,) = jsonld(page)
    assert data["mainEntity"] == [
        {
            "@type": "Question",
            "name": "What is a review?",
            "acceptedAnswer": {
                "@type": "Answer",
                "text": "A look back at how agencies worked together.",
            },
        }
    ]


def test_example_site_faq_covers_the_issue(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parent.parent / "site_src/faq/index.md").read_text()
    for phrase in (
        "several agencies",
        "internal review",
        "Who takes part",
        "How long does a review take",
        "| Decision |",
        "| Implementation |",
        "poor communication between agencies",
        "Open communication without blame",
        "external facilitator",
        "<!-- review-library:faq-jsonld -->",
    ):
        assert phrase in text, phrase
    assert re.search(r"Gathering information from agencies", text)

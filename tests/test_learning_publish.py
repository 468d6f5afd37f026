"""Feed and open data on a built tiny site (XML, JSON and CSV parsed), small-count
suppression, and withdrawn or draft reviews kept out of every output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from tests.helpers import BASE_META, SiteFixture

ATOM = "{http://www.w3.org/2005/Atom}"
WITHDRAWN_SUMMARY = "Zephyrine Quillfeather summary sentence that was withdrawn with its report."
WITHDRAWN_POINT = "Withdrawn learning about Zephyrine Quillfeather must vanish from every output."
WITHDRAWN_REC = "Withdrawn recommendation about Zephyrine Quillfeather for the police service."
WITHDRAWN_BODY = (
    "The withdrawn report explained at length how the plan for Zephyrine Quillfeather failed, "
    "in a paragraph long enough to be checked by the output scan for leaks."
)


def build_library(site: SiteFixture) -> Path:
    site.plugin_options = {}  # redaction checks and the output scan run, as in production
    site.add_review(recommendations=[{**BASE_META["recommendations"][0], "text": "=SUM(A1)"}])
    site.add_review(
        id="testshire-2023-child-b",
        title="Child B: a baby not seen",
        subject="Child B",
        pseudonyms=["Child B"],
        published="2023-06-01",
        age_band="1-4",
        region="north-east",
    )
    site.add_review(
        id="testshire-2022-child-w",
        title="Child W: a withdrawn review",
        subject="Child W",
        pseudonyms=["Child W"],
        published="2022-05-01",
        status="withdrawn",
        withdrawal={"date": "2025-01-20", "reason": "Withdrawn at the request of the family."},
        summary=WITHDRAWN_SUMMARY,
        learning_points=[WITHDRAWN_POINT],
        recommendations=[
            {"id": "R1", "text": WITHDRAWN_REC, "agencies": ["police"], "status": "accepted"}
        ],
        themes=["neglect", "fabricated-induced-illness"],
        agencies=["police"],
        body=f"## Findings\n\n{WITHDRAWN_BODY}\n",
    )
    site.add_review(
        id="testshire-2025-child-d",
        title="Child D: a draft",
        subject="Child D",
        pseudonyms=["Child D"],
        status="draft",
        summary="Draft summary about Child D that must not be published anywhere at all.",
        learning_points=["Draft learning about Child D that nobody outside the board may read."],
        recommendations=[],
        body="## Findings\n\nDraft findings about Child D.\n",
    )
    return site.build()


@pytest.fixture
def built(site: SiteFixture) -> Path:
    return build_library(site)


def test_atom_feed_lists_published_reviews(built: Path) -> None:
    feed = ET.parse(built / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    assert feed.find(f"{ATOM}updated").text == "2024-03-14T00:00:00Z"
    assert feed.find(f"{ATOM}id").text.startswith("urn:uuid:")
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == [
        "Child A: missed appointments",
        "Child B: a baby not seen",
    ]
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href") == "reviews/testshire-2024-child-a/"
    assert (built / "reviews/testshire-2024-child-a/index.html").exists()
    assert first.find(f"{ATOM}published").text == "2024-03-14T00:00:00Z"
    assert first.find(f"{ATOM}author/{ATOM}name").text == BASE_META["author"]
    assert first.find(f"{ATOM}summary").text == BASE_META["summary"]
    assert [c.get("term") for c in first.findall(f"{ATOM}category")] == BASE_META["themes"]
    ids = {e.find(f"{ATOM}id").text for e in entries}
    assert len(ids) == 2 and all(i.startswith("urn:uuid:") for i in ids)


def test_feed_size_is_configurable(site: SiteFixture) -> None:
    site.plugin_options = {"feed_size": 1}
    site.add_review()
    site.add_review(id="testshire-2023-child-b", published="2023-01-01")
    out = site.build()
    entries = ET.parse(out / "feed.xml").getroot().findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [
        "reviews/testshire-2024-child-a/"
    ]


def test_catalogue_json_has_metadata_learning_and_recommendations(built: Path) -> None:
    data = json.loads((built / "catalogue.json").read_text(encoding="utf-8"))
    assert data["schema"] == "review-library catalogue" and data["schema_version"] == "1"
    assert [r["id"] for r in data["reviews"]] == [
        "testshire-2024-child-a",
        "testshire-2023-child-b",
    ]
    first = data["reviews"][0]
    assert first["learning_points"] == BASE_META["learning_points"]
    assert first["recommendations"] == [
        {
            "id": "R1",
            "text": "=SUM(A1)",
            "agencies": ["health-visiting"],
            "status": "accepted",
            "updated": "2024-09-01",
        }
    ]
    assert first["url"] == "reviews/testshire-2024-child-a/"
    assert first["briefing_url"] == "reviews/testshire-2024-child-a/briefing/"
    assert (built / first["briefing_url"] / "index.html").exists()
    # No report text and no incident year (on no page; it narrows a case down).
    assert "body" not in first and "incident_year" not in first
    assert "three clinic appointments were missed" not in json.dumps(data)
    assert data["withdrawn"] == [
        {
            "id": "testshire-2022-child-w",
            "url": "reviews/testshire-2022-child-w/",
            "title": "Child W: a withdrawn review",
            "partnership": BASE_META["partnership"],
            "published": "2022-05-01",
            "withdrawn": "2025-01-20",
            "reason": "Withdrawn at the request of the family.",
        }
    ]


def test_aggregates_suppress_small_counts_of_sensitive_facets(built: Path) -> None:
    data = json.loads((built / "catalogue.json").read_text(encoding="utf-8"))
    assert data["suppression"] == {"threshold": 3, "sensitive_facets": ["age_band", "region"]}
    aggregates = data["aggregates"]
    assert aggregates["age_band"] == {"1-4": None, "under-1": None}
    assert aggregates["region"] == {"north-east": None, "north-west": None}
    # Not sensitive: exact counts, and only published reviews are counted.
    assert aggregates["theme"] == {"neglect": 2, "was-not-brought": 2}
    assert aggregates["nation"] == {"england": 2}
    assert aggregates["recommendation_status"] == {"accepted": 2}


def test_catalogue_csv_parses_with_one_row_per_review(built: Path) -> None:
    raw = (built / "catalogue.csv").read_bytes()
    assert raw.startswith(b"id,url,title,") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert [r["id"] for r in rows] == ["testshire-2024-child-a", "testshire-2023-child-b"]
    first = rows[0]
    assert first["themes"] == "neglect | was-not-brought"
    assert first["learning_points"] == BASE_META["learning_points"][0]
    # A cell that would start with '=' is written so a spreadsheet does not run it.
    assert first["recommendations"] == "R1 [accepted, 2024-09-01]: =SUM(A1)"
    assert rows[1]["recommendations"].startswith("R1 [accepted, 2024-09-01]: The health")


def test_csv_cells_that_look_like_formulas_are_neutralised(site: SiteFixture) -> None:
    site.add_review(summary="=HYPERLINK(x) is how a cell could start.")
    out = site.build()
    rows = list(csv.DictReader(io.StringIO((out / "catalogue.csv").read_text(), newline="")))
    assert rows[0]["summary"] == "'=HYPERLINK(x) is how a cell could start."


def test_withdrawn_and_draft_text_is_in_no_output(built: Path) -> None:
    outputs = {
        p.relative_to(built).as_posix(): p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(built.rglob("*"))
        if p.is_file() and p.suffix in {".html", ".xml", ".json", ".csv", ".svg", ".js"}
    }
    assert {"feed.xml", "catalogue.json", "catalogue.csv", "recommendations/index.html"} <= set(
        outputs
    )
    for name, text in outputs.items():
        for secret in ("Zephyrine", "Quillfeather", "Draft summary about Child D"):
            assert secret not in text, f"{secret} in {name}"
    # The tombstone stays at the review's address, with no briefing and no agency trace.
    tombstone = outputs["reviews/testshire-2022-child-w/index.html"]
    assert "Withdrawn at the request of the family." in tombstone
    assert not (built / "reviews/testshire-2022-child-w/briefing").exists()
    assert not (built / "themes/fabricated-induced-illness").exists()
    assert not (built / "agencies/police").exists()
    assert "Child W" not in outputs["feed.xml"]


def test_exports_are_byte_identical_across_builds(site: SiteFixture) -> None:
    first = build_library(site)
    files = ("feed.xml", "catalogue.json", "catalogue.csv", "themes/index.html")
    before = {name: (first / name).read_bytes() for name in files}
    second = site.build()
    assert {name: (second / name).read_bytes() for name in files} == before

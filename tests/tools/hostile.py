"""A library whose every text value is an attack: for the escaping tests, static and in Chromium.

Each payload number says where it was planted, so a dialog or a live element found in the built
site names the field that let it through.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tests.helpers import BASE_BODY, SiteFixture

FIELDS = [
    "title",
    "subject",
    "partnership",
    "summary",
    "learning_point",
    "recommendation",
    "faq_q",
    "faq_a",
    "briefing",
    "content_note",
    "author",
    "withdrawn_title",
    "withdrawal_reason",
    "theme_label",
    "theme_description",
    "agency_label",
    "agency_description",
    "type_label",
    "type_description",
    "nation_label",
    "region_label",
    "age_label",
    "page_title",
    "page_description",
]


def payload(field: str) -> str:
    """Text that runs ``alert(<n>)`` wherever it reaches a page unescaped, in any context:
    element content, an attribute, <title>, a JSON-LD script, or after striptags."""
    n = FIELDS.index(field) + 1
    return (
        f"Child Q {field} &lt;b&gt;</title><script>alert({n})</script>"
        f"<img src=x onerror=alert({n})>\"'><svg onload=alert({n})>"
        f"</script><script>alert({n})</script>"
    )


def hostile_taxonomy(source: Path) -> str:
    """The real taxonomy with hostile labels and descriptions on the keys the review uses."""
    data = yaml.safe_load(source.read_text("utf-8"))

    def plant(items: list[dict], key: str, label: str, description: str | None) -> None:
        for item in items:
            if item["key"] == key:
                item["label"] = payload(label)
                if description:
                    item["description"] = payload(description)

    plant(data["themes"], "neglect", "theme_label", "theme_description")
    plant(data["agencies"], "gp", "agency_label", "agency_description")
    plant(data["review_types"], "lcspr", "type_label", "type_description")
    plant(data["nations"], "england", "nation_label", None)
    plant(data["nations"][0]["regions"], "north-west", "region_label", None)
    plant(data["age_bands"], "under-1", "age_label", None)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def build_hostile(site: SiteFixture) -> Path:
    """Write the hostile library into ``site`` and build it; returns the site dir."""
    # The payloads are markup, not people: the name rule may read a payload's fragments as a
    # name, which would stop the build before the pages this test is about are written.
    site.plugin_options.setdefault("checks", {})["rules"] = {"person-name": "warning"}
    site.write("site_src/taxonomy.yml", hostile_taxonomy(site.root / "site_src/taxonomy.yml"))
    site.write(
        "site_src/index.md",
        "# Home\n\n<!-- review-library:latest-reviews -->\n\n<!-- review-library:themes -->\n\n"
        "<!-- review-library:charts -->\n",
    )
    subject = payload("subject")
    site.add_review(
        title=payload("title"),
        subject=subject,
        pseudonyms=["Child A", "Mother", subject],
        partnership=payload("partnership"),
        summary=payload("summary"),
        learning_points=[payload("learning_point")],
        recommendations=[
            {
                "id": "R1",
                "text": payload("recommendation"),
                "agencies": ["gp"],
                "status": "in-progress",
                "updated": "2024-09-01",
            }
        ],
        faq=[{"q": payload("faq_q"), "a": payload("faq_a")}],
        briefing={
            "background": payload("briefing"),
            "why_it_matters": payload("briefing"),
            "key_findings": [payload("briefing")],
            "what_to_remember": [payload("briefing")],
            "what_to_do": [payload("briefing")],
            "questions": [payload("briefing")],
        },
        content_note=payload("content_note"),
        author=payload("author"),
        body=BASE_BODY,
    )
    site.add_review(
        id="testshire-2020-child-w",
        title=payload("withdrawn_title"),
        status="withdrawn",
        withdrawal={"date": "2025-01-20", "reason": payload("withdrawal_reason")},
    )
    return site.build()


ALERT = re.compile(r"alert\((\d+)\)")


def field_of(text: str) -> list[str]:
    """The fields named by the payload numbers in ``text``."""
    return sorted({FIELDS[int(n) - 1] for n in ALERT.findall(text)})

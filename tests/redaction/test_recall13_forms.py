"""Identifiers read by their form and position, and look-alikes left alone (issue 12,
recall13): an age in weeks and days as the point a chart or a note reaches. Every name and
place here is invented for this file or a real place used only as a place."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from tests.redaction.eval.corpus import merged_front_matter, render_document


def _errors(text: str) -> set[str]:
    """The rules that report ``text`` at error level through the whole gate."""
    document = render_document(merged_front_matter({}), text)
    report = check_text(document, "case.md", config=RedactionConfig())
    return {f.rule for f in report.findings if f.severity == "error"}


IDENTIFIERS = [
    # weeks and days as the point a chart or a note reaches
    ("exact-age", "Graph 4: length and weight, birth to 13 weeks and 4 days."),
    ("exact-age", "Her weight at 7 weeks 6 days had fallen to the 2nd centile."),
    ("exact-age", "By 10 wks 1 day Baby Q was feeding better."),
]

LOOK_ALIKES = [
    "Baby Q was born at 37 weeks and 5 days and went home the next day.",
    "The target was cut to 3 weeks and 2 days after the audit.",
    "The transfer was delayed by 2 weeks and 1 day.",
    "Mother booked at 11 weeks and 3 days in the pregnancy.",
]


@pytest.mark.parametrize(("rule", "text"), IDENTIFIERS)
def test_identifier_forms_are_blocked(rule: str, text: str) -> None:
    assert rule in _errors(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_pass(text: str) -> None:
    assert _errors(text) == set()

"""Names that stand for something else (issue 12, gaps10): a street for the government or a
soap, a national hospital named by its street and cited as a source, a doctor's name for a
disease, a service's title-case name and its initials, a phase of school before a bracketed
season. A real street, surgery, person or school beside them is still found. Every name
here is invented or a public one."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules as _rules
from tests.redaction.one_line import flags_at as _flags

NAMED_USES = [
    # a street that speaks or broadcasts, or leads a national body cited as a source
    "Downing Street confirmed the funding in a statement.",
    "A statement from the Downing Street press office followed the report.",
    "Coronation Street ran a storyline about grooming that year.",
    "The family watched Emmerdale and Coronation Street most nights.",
    "The paediatrician followed guidance from Great Ormond Street Hospital on bruising.",
    # a disease named after a doctor
    "Adult P had Addison's disease and missed several appointments.",
    "Ehlers-Danlos syndrome was considered and excluded.",
    # a service in title case and its initials; a phase of school with a season
    "Child Q received Education Other Than At School (EOTAS) after the exclusion.",
    "## Towards the end of school (autumn and winter)",
]


@pytest.mark.parametrize("text", NAMED_USES)
def test_named_use_is_no_identifier(text: str) -> None:
    assert _rules(text) == set()


STILL_FOUND = [
    ("The family lived on Coronation Street until the eviction.", "street-address", "Coronation"),
    ("Child Q was taken to Cedar Road Surgery by Mother.", "named-institution", "Cedar"),
    ("Mr Addison's disease progressed quickly.", "person-name", "Addison"),
    ("Child Q attended Oakfield Primary School (OPS) until 2020.", "named-institution", "OPS"),
]


@pytest.mark.parametrize(("text", "rule", "target"), STILL_FOUND)
def test_real_identifier_beside_a_named_use_is_still_found(
    text: str, rule: str, target: str
) -> None:
    assert _flags(text, rule, target)

"""Professionals' and family organisations' register numbers (issue 12, gaps10): an NMC PIN,
HCPC, Social Work England, NISCC and GPhC numbers, a family's company and a local group's
charity number are reported; a regulator named without a number, a national charity's or
the partnership's own number pass. Every number here is invented."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.rules import registration_number
from tests.redaction.one_line import error_rules as _rules


def _gate_covers(text: str, target: str) -> bool:
    report = check_text(text, "review.md", config=RedactionConfig())
    column = text.index(target) + 1
    return any(
        f.severity == "error" and f.column <= column < f.column + len(f.excerpt)
        for f in report.findings
    )


REGISTER_NUMBERS = [
    ("The health visitor's NMC PIN was 14H2210W on the referral form.", "14H2210W"),
    ("Paramedic, HCPC registration PA30417, attended first.", "PA30417"),
    ("The social worker (Social Work England no. SW70213) wrote the plan.", "SW70213"),
    ("The NISCC registration number 6103387 was on her badge.", "6103387"),
    ("The dispensing pharmacist (GPhC reg. 2210935) was spoken to.", "2210935"),
    ("The GOsC registration number of the osteopath, 140982, was on the letter.", "140982"),
    ("Uncle's garage, company number 11223098, employed Father.", "11223098"),
    ("Mother ran the village toddler group, charity no. 1183302, for two years.", "1183302"),
]


@pytest.mark.parametrize(("text", "number"), REGISTER_NUMBERS)
def test_register_number_is_reported(text: str, number: str) -> None:
    # (some forms are the case-reference rule's too, which wins the overlap in the gate)
    assert [text[h.start : h.end] for h in registration_number.find(text)] == [number]
    assert _gate_covers(text, number)


REGISTER_LOOK_ALIKES = [
    "Nurses register with the NMC every three years; the NMC Code (2018) applies.",
    "The NSPCC (registered charity number 216401) publishes learning from reviews.",
    "The partnership's company number is 01234567 and it files accounts each year.",
    "The HCPC regulates 15 professions and had 295,809 registrants in 2021.",
    "The NMC registration data showed 812000 nurses and midwives that year.",
]


@pytest.mark.parametrize("text", REGISTER_LOOK_ALIKES)
def test_register_look_alike_passes(text: str) -> None:
    assert _rules(text) == set()

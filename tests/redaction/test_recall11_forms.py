"""Identifiers read by their form and position (issue 12, recall11): names with digits for
letters, postcodes spaced out character by character, phone numbers with O for zero,
mutated Welsh place names, landmarks named by a generic word, and more. Positives and
look-alikes for each form; every name here is invented for this file or a real place
used only as a place."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.normalise import normalise_text
from tests.redaction.eval.corpus import merged_front_matter, render_document


def _errors(text: str, **front_matter: object) -> set[str]:
    """The rules that report ``text`` at error level through the whole gate."""
    document = render_document(merged_front_matter(front_matter), text)
    report = check_text(document, "case.md", config=RedactionConfig())
    return {f.rule for f in report.findings if f.severity == "error"}


NORMALISED = [
    ("Her friend, B3thany W4lsh, came round.", "Bethany Walsh"),
    ("A message from 5tacey said to wait.", "Stacey"),
    ("The lodger, R0ry Gr1ffin, stayed.", "Rory Griffin"),
    ("The letter went to D N 1 5 7 H W in error.", "DN15 7HW"),
    ("The card read O79OO 111 222.", "07900 111 222"),
]

LEFT = [
    "He was in Y6, then Y7; the CP1 and B4 forms were filed on the 4th at 10am.",
    "The car was AB12 CDE and the postcode SA18 4PQ.",
    "Grades A B C D E were used; the S M A R T plan format too.",
    "Referrals rose by 4O per cent; her score was 2O.",
    "See www.example.org/f1le3 and user4me@example.org.",
]


@pytest.mark.parametrize(("text", "read"), NORMALISED)
def test_disguised_letters_and_digits_are_read_as_written(text: str, read: str) -> None:
    assert read in normalise_text(text)


@pytest.mark.parametrize("text", LEFT)
def test_codes_ordinals_and_lists_are_left_as_they_are(text: str) -> None:
    assert normalise_text(text) == text


def test_a_name_in_digits_for_letters_is_reported() -> None:
    assert "person-name" in _errors("Mother's partner, J4son Pr1ce, was known to police.")


def test_a_postcode_spaced_out_is_reported() -> None:
    assert "uk-postcode" in _errors("The new address was N P 2 0 4 A B, near the school.")


def test_a_phone_number_with_o_for_zero_is_reported() -> None:
    assert "phone-number" in _errors("Mother's mobile was O7911 4O2 883 on the GP record.")

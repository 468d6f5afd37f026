"""Round 14 (nums14): numbers, dates, ages, contact details and paths by form and position."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("She gave it as oh-one-four-nine-two, three-three-one, seven-seven-zero.", "oh-one"),
        ("Ei rif oedd dim saith naw wyth wyth, un dau tri, pedwar pump chwech.", "dim saith"),
        ("He read out zero seven seven double-one, two three four, five six seven.", "zero"),
    ],
)
def test_phone_numbers_in_words_any_separator_and_language(text: str, target: str) -> None:
    assert flags_at(text, "phone-number", target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The sort code was fifty, nineteen, seventy-one on the slip.", "fifty"),
        ("Her account number was nine-eight-seven-six, five-four-three-two.", "nine-eight"),
        ("Rhif cyfrif: wyth saith chwech pump pedwar tri dau un.", "wyth"),
    ],
)
def test_bank_numbers_in_words_after_their_label(text: str, target: str) -> None:
    assert flags_at(text, "bank-details", target)


@pytest.mark.parametrize(
    "text",
    [
        "The family owed twenty, thirty and forty pounds across three months.",
        "The account was written two or three times, one of many.",
    ],
)
def test_counts_in_words_are_no_bank_or_phone_number(text: str) -> None:
    assert not error_rules(text) & {"bank-details", "phone-number"}

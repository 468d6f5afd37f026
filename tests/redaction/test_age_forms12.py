"""Issue 12 (ages): an age in whole units said to be to the day, and an age in days in a
table column headed as an age, give the date of birth like "17 days old"."""

from __future__ import annotations

import pytest

from review_library.redaction.rules import exact_age


def _found(text: str) -> set[str]:
    return {text[h.start : h.end] for h in exact_age.find(text)}


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The baby was exactly six weeks old when he died.", "exactly six weeks old"),
        ("He was one week old to the day when Father was arrested.", "one week old to the day"),
        (
            "She was aged precisely 14 years when she was first reported missing.",
            "aged precisely 14 years",
        ),
    ],
)
def test_an_age_said_to_be_to_the_day_is_found(text: str, age: str) -> None:
    assert age in _found(text)


TABLE = """The chronology:

| Date | Child K's age | Contact |
| --- | --- | --- |
| 03/2021 | 6 weeks 4 days | Health visitor |
| 04/2021 | 11 weeks | GP |

| Age in days | Event |
|---|---|
| 23 | Admission |

| Agency | Contacts | Time to respond |
|---|---|---|
| GP | 4 | 2 weeks 3 days |
"""


def test_an_age_in_days_in_a_column_headed_age_is_found() -> None:
    found = _found(TABLE)
    assert "6 weeks 4 days" in found
    assert "23" in found


def test_weeks_in_an_age_column_and_days_in_another_column_are_not_ages_to_the_day() -> None:
    found = _found(TABLE)
    assert "11 weeks" not in found
    assert "2 weeks 3 days" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Child K was six weeks old at the first check.",
        "Babies should be seen at six to eight weeks; the visit was exactly on time.",
        "He was 2 years and 3 months old, precisely the age at which the plan ended.",
    ],
)
def test_ages_in_weeks_months_or_years_stay_normal(text: str) -> None:
    assert not _found(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Child K's age at the time of the injury was 97 days.", "97 days"),
        ("Mother and baby left the ward at 36 hours of age.", "36 hours of age"),
    ],
)
def test_an_age_after_a_named_moment_or_in_hours_of_age_is_found(text: str, age: str) -> None:
    assert any(age in found for found in _found(text))


def test_an_age_at_a_named_moment_in_months_stays_normal() -> None:
    assert not _found("Her age at the time of death was 2 years and 3 months.")

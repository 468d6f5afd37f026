"""Round sixteen's forms for numbers, dates, ages and link paths (issue 12)."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at

# A named day with no year is one day of a life only when its sentence tells of one
# occasion: a custom or a habit recurs each year.
HABIT_DAYS = [
    "Every winter she baked with her aunt and they always went to church on Christmas Eve.",
    "He spoke of the food he missed, his grandmother's soup on Christmas Eve with his cousins.",
    "Each year the children opened one present with Father on Boxing Day.",
]
ONE_OCCASION_DAYS = [
    ("Mother found Child P unresponsive on Boxing Day.", "Boxing Day"),
    ("Father said he would come home on Christmas Eve but he was arrested.", "Christmas Eve"),
]


@pytest.mark.parametrize("text", HABIT_DAYS)
def test_a_named_day_told_as_a_custom_is_no_event(text: str) -> None:
    assert "event-date" not in error_rules(text)


@pytest.mark.parametrize(("text", "target"), ONE_OCCASION_DAYS)
def test_a_named_day_of_one_occasion_is_an_event(text: str, target: str) -> None:
    assert flags_at(text, "event-date", target)

"""Issue 12, round thirteen (ages): an age to the day measured from birth, or opening a
heading, a table cell or a caption."""

from __future__ import annotations

from tests.redaction.one_line import error_rules, flags_at


# -- an age to the day by where it stands -----------------------------------------------------
def test_an_age_to_the_day_measured_from_birth_or_opening_a_heading_is_blocked() -> None:
    assert flags_at("Figure 1: length from birth to 9 weeks and 4 days.", "exact-age", "9 weeks")
    assert flags_at("## At 5 months and 3 days: admission", "exact-age", "5 months")
    assert flags_at("| Admission | At 2 years, 1 month and 6 days |", "exact-age", "2 years")


def test_a_services_timescale_from_birth_passes() -> None:
    assert "exact-age" not in error_rules("Midwives visit from birth to 28 days.")
    assert "exact-age" not in error_rules("The review took 3 weeks and 2 days.")

"""Ages to the day in relative forms (issue 12, gaps10): "turned 15 two days before", "three
days past her first birthday", "was seven weeks and four days"; an age in weeks or months,
a delay or a stay in weeks and days pass."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules as _rules
from tests.redaction.one_line import flags_at as _flags

DAY_AGES = [
    ("Young Person L turned 15 two days before the assault.", "turned"),
    ("She had turned 17 the previous day.", "turned"),
    ("Child M was three days past her first birthday.", "three"),
    ("By then the baby was seven weeks and four days, and unsettled.", "seven"),
    ("Child N died four days after turning 2.", "four"),
]


@pytest.mark.parametrize(("text", "start"), DAY_AGES)
def test_age_to_the_day_in_relative_form(text: str, start: str) -> None:
    assert _flags(text, "exact-age", start)


NORMAL_AGES = [
    "Young Person L turned 15 in the autumn, two months before the assault.",
    "The baby was seven weeks old and unsettled.",
    "They were two weeks and three days behind with the rent.",
    "She was three weeks and two days in hospital after the birth.",
]


@pytest.mark.parametrize("text", NORMAL_AGES)
def test_age_in_weeks_months_or_a_stay_passes(text: str) -> None:
    assert "exact-age" not in _rules(text)

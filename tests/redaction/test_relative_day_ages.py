"""Ages to the day in relative forms (issue 12, gaps10): "turned 15 two days before", "three
days past her first birthday", "was seven weeks and four days"; an age in weeks or months,
a delay or a stay in weeks and days pass."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text


def _rules(text: str) -> set[str]:
    report = check_text(text, "review.md", config=RedactionConfig())
    return {f.rule for f in report.findings if f.severity == "error"}


def _flags(text: str, rule: str, target: str) -> bool:
    report = check_text(text, "review.md", config=RedactionConfig())
    column = text.index(target) + 1
    return any(
        f.rule == rule and f.line == 1 and f.column <= column < f.column + len(f.excerpt)
        for f in report.findings
    )


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

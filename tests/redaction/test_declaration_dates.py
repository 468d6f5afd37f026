"""A date in a declaration's reason: the day the partnership recorded its decision."""

from __future__ import annotations

from tests.redaction.one_line import error_rules, review_with_front_matter

NAMED = (
    "redaction:\n  named_people:\n    - name: Child K\n"
    '      reason: "Her parents asked for her name to be used; decision recorded by the '
    'partnership on 4 June 2024."\n'
)


def test_decision_date_in_a_named_people_reason_is_a_process_date() -> None:
    assert "event-date" not in error_rules(review_with_front_matter(NAMED))


def test_partnership_pair_leaves_a_family_event_an_event() -> None:
    assert "event-date" in error_rules(
        "Mother and Adult B entered a civil partnership on 4 June 2019."
    )

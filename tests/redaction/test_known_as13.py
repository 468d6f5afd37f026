"""Issue 12, round thirteen: "known ... as" names a person even when who knew them and where
take more than three words ("known to her neighbours in the village as Mali")."""

from __future__ import annotations

from tests.redaction.one_line import error_rules, flags_at


def test_a_name_after_a_long_known_to_as_is_blocked() -> None:
    text = "Adult M, known to her neighbours in the village as Mali, lived alone."
    assert flags_at(text, "person-name", "Mali")


def test_a_long_known_to_as_before_a_label_or_a_description_passes() -> None:
    for text in (
        "He was known to staff at the local authority as a quiet boy.",
        "The family were known to services in the area as Family K.",
    ):
        assert "person-name" not in error_rules(text), text

"""Round fifteen's numbers, dates, ages and contact forms (issue 12), and a review's own
file name read as a family's file (issue 16)."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules


@pytest.mark.parametrize(
    "name", ["greengate-2015-baby-id-00086.md", "redby-2016-child-gp-00110.md"]
)
def test_own_review_id_with_label_initials_is_not_a_number(name: str) -> None:
    # the subject's initials ("id", "gp") before the serial are the review's label
    assert "link-target" not in error_rules(f"[name]({name})")


@pytest.mark.parametrize(
    "name",
    [
        "redby-2016-child-gp-00110-crime-ref-44-118273-22.md",
        "greengate-2015-baby-id-00086/nhs-485-777-3456.png",
    ],
)
def test_number_after_own_review_id_still_found(name: str) -> None:
    assert "link-target" in error_rules(f"[name]({name})")

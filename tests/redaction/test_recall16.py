"""Round sixteen's recall forms: names by word knowledge and position (recall16)."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, review_with_front_matter


@pytest.mark.parametrize(
    "review_id",
    [
        "westmarch-2025-child-tamiko",
        "westmarch-2025-baby-blessing",
        "westmarch-2024-young-person-ifeoluwa",
    ],
)
def test_name_in_the_ids_label_position(review_id: str) -> None:
    assert "person-name" in error_rules(review_with_front_matter(id=review_id))


@pytest.mark.parametrize(
    "review_id",
    ["westmarch-2025-child-k", "westmarch-2025-baby-neglect", "westmarch-2025-young-person-jj"],
)
def test_a_label_or_word_in_the_id_is_no_name(review_id: str) -> None:
    assert "person-name" not in error_rules(review_with_front_matter(id=review_id))

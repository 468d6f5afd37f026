"""Round sixteen's recall forms: names by word knowledge and position (recall16)."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at, review_with_front_matter


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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("WhatsApp from Father: 'tell the school zarina is sick'.", "zarina"),
        ("Snapchat from Young Person F: 'stayin at kierans 2nite'.", "kierans"),
        ("The drawing was labelled 'me, mum and uncle bob'.", "bob"),
        ("The card said 'to mummy love from dimple xx'.", "dimple"),
        ("Message from Mother: 'tobenna hes shouting again'.", "tobenna"),
    ],
)
def test_lower_case_name_in_a_written_message(text: str, name: str) -> None:
    assert flags_at(text, "person-name", name)


@pytest.mark.parametrize(
    "text",
    [
        "Text from Child B at 22:10: 'cant come out, hes here'.",
        "The card said 'to mummy love from me xx'.",
        "The drawing was labelled 'me, mum, my nan and the cat'.",
        "Text from Mother: 'my nan will pick me up from school'.",
    ],
)
def test_a_written_message_without_a_name(text: str) -> None:
    assert "person-name" not in error_rules(text)

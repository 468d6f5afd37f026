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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GWENLLIAN (Child A's aunt) was not invited to the conference.", "GWENLLIAN"),
        ("Custody record: DP = 'TEODOR', arrested 02:30.", "TEODOR"),
        ("Practitioners spoke of 'the Murphys' as a family well known to services.", "Murphys"),
        ("Staff described the Brennans as a family who would not engage.", "Brennans"),
    ],
)
def test_name_in_capitals_or_family_plural(text: str, name: str) -> None:
    assert flags_at(text, "person-name", name)


@pytest.mark.parametrize(
    "text",
    [
        "The IMCA and the FIFA rules were not relevant to the case.",
        "Brother played rugby and followed the Scarlets with Dad.",
        "The health visitor saw the Moses\nbasket in the living room.",
        "The Victorians built the terrace the family lived in.",
        'A word after "his" is read as a noun typed wrong ("his ankie").',
    ],
)
def test_no_name_in_capitals_or_plural(text: str) -> None:
    assert "person-name" not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The case moved from the Ramsbottom office to the duty team.", "Ramsbottom"),
        ("| Early Help (Thornquay hub) | 4 | one worker |", "Thornquay"),
        ("The Brackwater locality team completed the assessment.", "Brackwater"),
    ],
)
def test_area_name_on_a_services_team_or_office(text: str, place: str) -> None:
    assert flags_at(text, "named-place", place)


@pytest.mark.parametrize(
    "text",
    [
        "The case transferred from the area team to the Duty team.",
        "The North hub and the Leeds office shared the case.",
        "The Leaving Care team and the Children in Care team met.",
    ],
)
def test_no_area_name_on_a_team(text: str) -> None:
    assert "named-place" not in error_rules(text)


def test_the_alone_before_a_team_is_no_place() -> None:
    assert "named-place" not in error_rules(
        'The community team\'s records describe her as "a carer".'
    )

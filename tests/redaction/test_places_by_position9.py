"""Places, institutions and link paths read by their form and position (issue 12, places9):
a second place listed after a place, two places moved between, a tenement flat's position,
a venue named by a capitalised plural, a setting that speaks or must act, two-letter
hospital initials, a place of care before any verb in the past, and a family's surname in a
file name. One positive and one negative per form; every name here is invented for this
file."""

from __future__ import annotations

import pytest

from review_library.redaction.rules import (
    link_target,
    named_institution,
    named_place,
    street_address,
)
from tests.redaction.test_places import spans

FOUND = [
    # a second and third place after a place found by its context, surnames too
    (named_place, "She had lived in Quenbury and Tolley before the move.", "Tolley"),
    (named_place, "They stayed in Quenbury, Haverick and Mossley Green.", "Mossley Green"),
    # an estate named by a compound of a word and a place element
    (named_place, "The flat was on the Woodlands estate near the ring road.", "Woodlands"),
    # two places someone moved between
    (named_place, "Mother moved between Wigley and Ormerod every few months.", "Wigley"),
    (named_place, "He split his time between Ashworth and Ormerod.", "Ormerod"),
    # a tenement flat's position, with or without its street
    (street_address, "The family lived in flat 1/2 on the top landing.", "flat 1/2"),
    (street_address, "Officers went to the 0/1 flat at 2am.", "0/1 flat"),
    (street_address, "She had the 2 up right flat in the stair.", "2 up right"),
    (street_address, "The address was 2/L, 41 Garvock Street.", "2/L"),
    # a venue named by a capitalised plural after a preposition of place
    (named_institution, "He drank most nights at the Anchors, two streets away.", "the Anchors"),
    (named_institution, "She was seen outside the Drovers after closing time.", "the Drovers"),
    # a setting that opens a sentence before a verb of reporting or duty
    (named_institution, "Tamberlyn said that the family had missed the review.", "Tamberlyn"),
    (
        named_institution,
        "Recommendations:\n\n- Tamberlyn should audit its late collections.",
        "Tamberlyn",
    ),
    # two-letter hospital initials that spell a word, after "the" and a move to hospital
    (named_institution, "She was admitted to the GH children's ward that night.", "GH"),
    # a home named by a compound of a word and a place element
    (named_institution, "Adult D moved into Lakeside in 2020 and was settled there.", "Lakeside"),
    # a place of care before any verb in the past
    (named_institution, "Staff at Thistlecombe noticed that he was hungry.", "Thistlecombe"),
]

PASS = [
    (named_place, "She had lived in Quenbury and Pelham said he would visit.", "Pelham"),
    (named_place, "There was a meeting between Pelham and Ashby in March.", "Pelham"),
    (named_place, "He moved between Mother's home and Father's flat.", "Mother"),
    (named_place, "He lived on a Council estate, then on the Housing scheme.", "Council"),
    (named_place, "The Countryside site visit was cancelled.", "Countryside"),
    (street_address, "Attendance was 2/3 in the autumn and 1/4 in the spring.", "2/3"),
    (street_address, "She scored 3 up on the left side of the chart.", "3 up"),
    (named_institution, "The chair turned at the Recommendations to the Findings.", "the"),
    (named_institution, "He was seen at the Courts and at the Services.", "the"),
    (named_institution, "She was seen at the Outpatients, then at the Governors.", "the"),
    (named_institution, "Ofsted said the school required improvement.", "Ofsted"),
    (named_institution, "Mother was taken to the US by her brother.", "US"),
    (named_institution, "Staff at the nursery noticed the bruise.", "nursery"),
    (named_institution, "She moved into the countryside in 2020.", "countryside"),
]

LINKS_FOUND = [
    ("The plan is [here](/files/potter-family-plan.pdf).", "potter"),
    ("![The hall](images/fowler_home_2022.jpg)", "fowler"),
]

LINKS_PASS = [
    "See [the guide](/files/foster-family-guide.pdf).",
    "![Outside](images/care_home_garden.jpg) and [tips](docs/large-family-support.pdf)",
    "[Checklist](docs/new-home-checklist.pdf)",
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_places_read_by_form_and_position_are_found(rule, text: str, wanted: str) -> None:
    found = spans(rule.find, text)
    assert any(wanted in s for s in found), (wanted, found)


@pytest.mark.parametrize(("rule", "text", "word"), PASS)
def test_look_alikes_are_not_places(rule, text: str, word: str) -> None:
    assert not any(word in s for s in spans(rule.find, text)), spans(rule.find, text)


@pytest.mark.parametrize(("text", "wanted"), LINKS_FOUND)
def test_a_family_surname_in_a_file_name_is_found(text: str, wanted: str) -> None:
    assert any(wanted in s for s in spans(link_target.find, text))


@pytest.mark.parametrize("text", LINKS_PASS)
def test_a_kind_of_family_or_home_in_a_file_name_is_no_name(text: str) -> None:
    assert spans(link_target.find, text) == []

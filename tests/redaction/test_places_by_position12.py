"""Places and institutions read by their form and position (issue 12, place12): a club by
whom it is for, a children's centre by its newer names (not one named after the council's
area), a pub by its sign, a venue's village after a comma, and a village by its qualifier
wherever it stands. One positive and one negative per form at least; every name here is
invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.rules import named_institution, named_place
from tests.redaction.test_places import spans

FOUND = [
    # a club by whom it is for
    (named_institution, "Sibling 1 boxed for Tregarth Boys Club on Fridays.", "Tregarth Boys Club"),
    (named_institution, "She joined Amblecote Girls' Club at eleven.", "Amblecote Girls' Club"),
    # a children's centre by its newer names
    (
        named_institution,
        "Mother took the baby to Harrowfield Family Hub.",
        "Harrowfield Family Hub",
    ),
    (named_institution, "The family used Corran Glen Sure Start weekly.", "Corran Glen Sure Start"),
    # a pub by its sign, where a place stands
    (named_institution, "The fight started outside the White Stag.", "White Stag"),
    (named_institution, "He was seen near the Seven Stars at midnight.", "Seven Stars"),
    (named_institution, "The Three Ravens pub was where they met.", "Three Ravens"),
    # a venue's village after a comma that ends the clause
    (named_place, "She worshipped at Salem Baptist Chapel, Cwmhesgen.", "Cwmhesgen"),
    (named_place, "He was arrested outside the Plough Inn, Skelbrooke.", "Skelbrooke"),
    # a village by its qualifier, wherever it stands
    (named_place, "The phone pinged a mast covering Nether Ormsgill overnight.", "Nether Ormsgill"),
    (named_place, "Lower Quenby was cut off by the flood.", "Lower Quenby"),
]

PASS = [
    (named_institution, "The Family Hub and Sure Start programmes were reviewed.", "Hub"),
    (named_institution, "Flying Start and Sure Start were national programmes.", "Start"),
    (named_institution, "The boys club together to buy a ball.", "club"),
    (named_institution, "Sedgeholm Family Hub opened. Sedgeholm Borough Council ran it.", "Hub"),
    (named_institution, "The Crown and the defence agreed the facts of the case.", "Crown"),
    (named_institution, "The Red Book was given to Mother at the birth.", "Red"),
    (named_institution, "The golden thread of the review is the child's voice.", "thread"),
    (named_place, "She was a member of St Mary's Church, Cardiff.", "Cardiff"),
    (named_place, "Pupils came from Oakfield School, Ashby Academy and Hill School.", "Ashby"),
    (named_place, "The head of Hillside School, Mrs Jones, said so.", "Jones"),
    (named_place, "Long Covid affected Mother's work.", "Covid"),
    (named_place, "The appeal went to the Upper Tribunal in March.", "Tribunal"),
    (named_place, "Data on Lower Super Output Areas were used.", "Super"),
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_places_read_by_form_and_position_are_found(rule, text: str, wanted: str) -> None:
    found = spans(rule.find, text)
    assert any(wanted in s for s in found), (wanted, found)


@pytest.mark.parametrize(("rule", "text", "word"), PASS)
def test_look_alikes_are_not_places(rule, text: str, word: str) -> None:
    assert not any(word in s for s in spans(rule.find, text)), spans(rule.find, text)

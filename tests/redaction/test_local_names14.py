"""Round fourteen: places and venues known by a local name (``rules/local_names.py``, the
lake and "going back" forms of ``named_place``, listed inn signs of ``pub_sign``).

Each positive case fails at main 373c31e; each negative one is the public or generic form
the same shape must leave alone."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at

INSTITUTION = "named-institution"
PLACE = "named-place"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a ward by its number
        ("Baby Q was nursed on Ward 12C after the operation.", "Ward 12C"),
        ("He stayed on Ward 31 for a week.", "Ward 31"),
        # a ward's own name before "ward" in lower case
        ("Child W spent two nights on Heron ward before discharge.", "Heron"),
        # a venue beside its kind, either way round
        ("The snooker hall, Benny Doyle's, was where he was first given drugs.", "Benny Doyle's"),
        ("The Lithuanian shop, Parduotuve Ruta, sold the family food on credit.", "Parduotuve"),
        ("She had a job at Marlene's, the florist and gift shop by the market.", "Marlene's"),
        # "the", one capitalised word, a youth or day venue's kind
        ("Sibling 2 went to the Loft youth club most Fridays.", "the Loft"),
        # a quoted nickname of a building named earlier in the sentence
        (
            "He was taken to the district hospital, which locals called 'the Wellgate'.",
            "the Wellgate",
        ),
        # a church known by its dedication, where one goes
        ("Her aunt took her to the Good Shepherd every Sunday morning.", "the Good Shepherd"),
    ],
)
def test_local_venues_are_institutions(text: str, target: str) -> None:
    assert flags_at(text, INSTITUTION, target)
    assert INSTITUTION in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "the" and a capitalised word after living or moving
        ("The family was rehoused on the Paddocks after the fire.", "the Paddocks"),
        ("The family were moved from the Warren to a hotel.", "the Warren"),
        # how people say where they hang out
        ("He told staff he was 'down the Ridings' with older lads.", "the Ridings"),
        # the name, then what it is
        ("Officers went to the Scar, the strip of waste ground where he slept.", "the Scar"),
        # a part of town
        ("They rented a house in the Wharfside part of town.", "Wharfside"),
        # a name one is at, then "where"
        ("The girls were taken to parties at Crowlas, where alcohol was given.", "Crowlas"),
        # a lake
        ("The brothers went swimming near Skelby Water without an adult.", "Skelby Water"),
        # going back, in lower case speech
        ("She said 'we can't go back to pellingham, not after that'.", "pellingham"),
    ],
)
def test_local_places_are_places(text: str, target: str) -> None:
    assert flags_at(text, PLACE, target)
    assert PLACE in error_rules(text)


def test_listed_inn_sign_after_place_preposition() -> None:
    text = "Father spent his afternoons in the bookmakers and the Black Bull."
    assert flags_at(text, INSTITUTION, "Black Bull")


@pytest.mark.parametrize(
    "text",
    [
        "She worked for Welsh Water and then for Thames Water.",
        "The children stayed with the Hendersons over the Summer.",
        "Child R was moved to the Children's ward and then to the Postnatal ward.",
        "She prayed to the Holy Spirit every night.",
        "The supermarket, Tesco, was open all night.",
        "The family moved from the Valleys to the Midlands.",
        "Child J wanted a doll from Hamleys for Christmas.",
        "Mr Ward 21 years on still remembered the case.",
    ],
)
def test_public_and_generic_forms_pass(text: str) -> None:
    assert not {INSTITUTION, PLACE} & error_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ward 9 was short of nurses that night.",
        "Baby R was seen on ward 3 and then in the unit.",
        "The family moved to the Republic of Ireland in 2019.",
    ],
)
def test_counted_wards_and_of_names_pass(text: str) -> None:
    assert not {INSTITUTION, PLACE} & error_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Child P ran up the Stairs and hid in the Loft until the officers left.",
        "The toddler was found at the top of the Staircase, the gate left open.",
    ],
)
def test_parts_of_a_house_after_the_are_no_place(text: str) -> None:
    """A part of a home written with a capital ('up the Stairs') is no local place's name."""
    assert "named-place" not in error_rules(text)

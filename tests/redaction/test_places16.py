"""Round sixteen: small towns by the GeoNames list wherever they stand (``listed_towns``),
and streets whose type is no street word in everyday English, by the parts and signs that
name them (``street_address``).

Each positive case fails at main 9c7dfde; each negative one is the public, generic or
cited form the same shape must leave alone."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at

PLACE = "named-place"
STREET = "street-address"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # in a list of moves, no preposition
        ("Addresses held: Ludgershall (2020), Tidworth (2021).", "Tidworth"),
        # opening a sentence as a place's own adjective
        ("Tredegar police were called twice that weekend.", "Tredegar"),
        # in a table cell after a spot
        ("| 2 | car park, Kirkintilloch | Police |", "Kirkintilloch"),
        # in coordination after a city
        ("The boys sold in Leeds and Knottingley over the summer.", "Knottingley"),
    ],
)
def test_listed_small_town_anywhere(text: str, target: str) -> None:
    assert flags_at(text, PLACE, target)


@pytest.mark.parametrize(
    "text",
    [
        # a publisher's town in a reference
        "Smith, J. (2019) Youth Justice Today. Cullompton: Willan Publishing.",
        # an author whose surname is a town, before initials
        "See Hoghton, M. and Russ, L. (2013) on learning disability mortality.",
        # the town opens a longer proper name: a saint's day, a body, a street
        "The family celebrated St David's Day at school.",
        "The Nuffield Family Justice Observatory published the data.",
        # a town that is also an English word or a surname
        "Mother wanted time to settle before the next visit.",
        "Mr Wooler, the headteacher, attended the strategy meeting.",
        # a place element quoted as the start of names, as the docs give it
        'Chapels are named in Welsh ("Eglwys ...", "Capel ...").',
    ],
)
def test_listed_small_town_left_alone(text: str) -> None:
    assert "named-place" not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The car was abandoned at the bottom of Tanyard Brow.", "Tanyard Brow"),
        ("They lived in the first house on the corner of Pinfold Croft.", "Pinfold Croft"),
        ("Police could not see the sign for Larkfield Walk in the dark.", "Larkfield Walk"),
        ("A neighbour on Westfield Garth called the police.", "Westfield Garth"),
        ("The referral gave her address as 22 Heather Garth.", "22 Heather Garth"),
        ("The young people used the flat at 3/1 Craigmount Loan.", "3/1 Craigmount Loan"),
    ],
)
def test_streets_by_part_and_sign(text: str, target: str) -> None:
    assert flags_at(text, STREET, target)


@pytest.mark.parametrize(
    "text",
    [
        "The helpline is open 24/7 Crisis House staff said.",
        "The school's head of Maths Walk-through lessons were observed.",
        "At the end of Sponsored events the money went to the charity.",
    ],
)
def test_street_parts_left_alone(text: str) -> None:
    assert "street-address" not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Officers stopped the car near Walkley just after midnight.", "Walkley"),
        ("She was dropped outside Gorton by two older males.", "Gorton"),
    ],
)
def test_surname_district_after_spatial_preposition(text: str, target: str) -> None:
    assert flags_at(text, PLACE, target)


@pytest.mark.parametrize(
    "text",
    [
        "The boys hung around outside Greggs after school.",
        "She went to the cinema with Heeley, her best friend.",
    ],
)
def test_surname_after_other_prepositions_left_alone(text: str) -> None:
    assert "named-place" not in error_rules(text)

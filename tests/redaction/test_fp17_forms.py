"""Round seventeen (fp17): culture and public life that the gate refused as identifiers.

Each sentence is invented. The clean ones are the shapes of the false alarms of round
sixteen's sealed holdout: a family's word for a parent in Polish or Urdu, a festival, a
generic place of worship, a national children's hospital, an author cited without a year, a
footballer a child wanted to become, a soap's or a board game's street, a phone's assistant,
a toy brand and the Welsh half of a bilingual heading. Beside each, a person or a home in
the same slot stays a finding.
"""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules

CLEAN = [
    # a word of address in the family's language, alone or after a relation
    "Child K called his grandfather Dziadek and went to him after school.",
    "She called her mother Mamusia and her father Tatuś at home.",
    "Her Babcia came every Wednesday to cook.",
    # festivals and gatherings, and generic places of worship after "went to the"
    "Child K went to the Fleadh with the maternal uncle most summers.",
    "They went to the Mandir for Navratri and to the Gurdwara on Sundays.",
    # a national youth organisation and a toy brand
    "The young person went to the Foróige group and liked the leader.",
    "Her room was full of Squishmallows that Father had bought.",
    # a national children's hospital by its street
    "Baby L was transferred to Great Ormond Street for an operation.",
    "The neurologist at Great Ormond Street Hospital wrote to the GP.",
    # authors cited without a year
    "As Brandon observes, neglect is rarely a single event.",
    "As Stanley has shown, children in such families learn to hide.",
    "Ferguson describes how practitioners lose sight of the child in neglect. His research "
    "is drawn on throughout this review.",
    # a public figure as an ambition
    "Child R wanted to become the next Harry Kane and trained three nights a week.",
    # a soap's street compared with, and Monopoly's squares in a game
    "Father said life on the estate was like living on Coronation Street.",
    "At Monopoly he always bought Park Lane and Mayfair first.",
    # a phone's assistant asked to ring, or a speaker asked to read a story
    "Child M asked Siri to ring her aunt when Mother collapsed.",
    "The children asked Alexa to read them a story at bedtime.",
    # a smart speaker as a thing the household has
    "Police listened to recordings from the household's Alexa.",
    "The Alexa on the landing was left playing music all night.",
]

PEOPLE = [
    ("Child K called his grandfather Mateusz and went to him after school.", "Mateusz"),
    ("Her Babcia, Halina Wrobek, came every Wednesday to cook.", "Halina Wrobek"),
    ("Child K went to the Fleadh with Padraig Conneely most summers.", "Padraig Conneely"),
    ("As Shona Bentovim, the support worker, recorded, the home was cold.", "Shona Bentovim"),
    ("As Kayden said, the door was locked every night.", "Kayden"),
    ("As Kayden puts it, school was the only warm place.", "Kayden"),
    ("Kayden describes how children at school called him names.", "Kayden"),
    ("Child R wanted to be like Jaxon Tidmarsh, an older boy on the estate.", "Jaxon"),
    ("Child M asked Siri Halvorsen to ring her aunt when Mother collapsed.", "Siri Halvorsen"),
    ("Child M asked Alexa to ring her aunt when Mother collapsed.", "Alexa"),
    ("Mother said Albert Square was where she grew up.", "Albert Square"),
    ("My Alexa would never run off, Mother told the officer.", "Alexa"),
    ("An older girl, the Alexa who lived upstairs, looked after them.", "Alexa"),
]

HOMES = [
    "The family moved to 7 Old Kent Road in the spring.",
    "Mother rented a room on Coronation Street from a friend.",
    "They played Monopoly every Sunday at the flat on Bramley Street.",
    "The family lived on Albert Square until the eviction.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_culture_and_public_life_of_round_seventeen_pass(text: str) -> None:
    assert not error_rules(text), text


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_a_person_in_the_same_slot_is_still_found(text: str, name: str) -> None:
    assert "person-name" in error_rules(text), name


@pytest.mark.parametrize("text", HOMES)
def test_a_home_on_a_soap_or_board_street_is_still_found(text: str) -> None:
    assert error_rules(text) & {"street-address", "person-name"}, text


def test_the_welsh_half_of_a_bilingual_heading_is_no_name() -> None:
    assert not error_rules("## Gair gan y Cadeirydd / A word from the Chair\n\nText.\n")


def test_a_name_inside_a_bilingual_heading_is_still_found() -> None:
    assert "person-name" in error_rules("## Gair gan Bethan Morgan / A word from the Chair\n")
    assert "person-name" in error_rules("## Stori Kayden / Kayden's story\n")

"""Round fourteen: culture read by form and position, and the national chains in one list.

Each sentence is invented. The clean ones are the shapes of the false alarms of round
fourteen's clean reviews (a performer after "favourite player was" or in a record collection,
a title after "the songs from", a ground gone to, a soap's street); the ones with a person
keep the shapes only a person takes.
"""

from __future__ import annotations

import pytest

from review_library.redaction.rules import culture
from review_library.redaction.rules.gazetteer import gazetteer
from tests.redaction.one_line import error_rules, flags_at

# -- one list of chains, the surnames marked -------------------------------------------------


def test_chains_are_one_list_with_surnames_marked() -> None:
    chains = dict(gazetteer().chains)
    assert chains["Morrisons"] is True and chains["Greggs"] is True
    assert chains["Tesco"] is False and chains["Scotmid"] is False
    # A chain that is a surname is no phrase read everywhere; the others still are.
    assert "Greggs" not in gazetteer().body_phrases
    assert "Tesco" in gazetteer().body_phrases
    assert not hasattr(culture, "_CHAINS")


@pytest.mark.parametrize(
    "text",
    [
        "Most of his shopping came from the Morrisons near the bus station, and he walked home.",
        "He bought his lunch at Greggs most days, and the school gave the family Aldi vouchers.",
        # The clause about shopping wrapped over a line break.
        "Most of his shopping came\nfrom the Morrisons near the bus station.",
    ],
)
def test_surname_chain_in_a_shape_of_shopping_is_clean(text: str) -> None:
    assert "person-name" not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Mother said Greggs had hit her in the kitchen.", "Greggs"),
        ("The children stayed with the Morrisons next door while Mother went out.", "Morrisons"),
    ],
)
def test_surname_chain_in_a_person_shape_is_flagged(text: str, target: str) -> None:
    assert flags_at(text, "person-name", target)


def test_chain_gone_to_is_no_institution_and_no_person() -> None:
    # "Nando's" is a first name's possessive, not a surname: it stays a phrase read
    # everywhere, as before the lists were folded.
    text = "He would not let her go to Nando's with the girls from work."
    assert not error_rules(text) & {"named-institution", "person-name"}


# -- performers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'He told the reviewer that his favourite player was Mo Salah "because he smiles".',
        "His record collection ran to thousands of vinyl albums: Ella Fitzgerald, Nina Simone "
        "and Otis Redding.",
        "On Sunday evenings he listened to the radio and to an old collection of Elvis and "
        "Shirley Bassey records.",
        "He knew every word of the Gerry Cinnamon album and queued all night for tickets.",
        "She loved old Bollywood films, especially anything with Madhuri Dixit.",
    ],
)
def test_performer_by_position_is_clean(text: str) -> None:
    assert "person-name" not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Her favourite player was Kayden Morley, the team captain.", "Kayden"),
        ("The delayed collection of Kayden Morley from nursery was noted.", "Kayden"),
        ("She would do anything with Kayden Morley after school.", "Kayden"),
    ],
)
def test_person_after_the_same_words_is_flagged(text: str, target: str) -> None:
    assert flags_at(text, "person-name", target)


# -- titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He knows every word of the songs from Encanto and sings them loudly.",
        "She knew all the songs from Dilwale\nDulhania Le Jayenge by heart.",
        "He laughs at the theme tune of Mrs Brown's Boys when his daddy watches it.",
        'She had planned to sing Suo Gân to the baby, "like Mam-gu did for me".',
        "She sang Yma o Hyd with the rest of the family at the football.",
    ],
)
def test_title_by_position_is_clean(text: str) -> None:
    assert not error_rules(text) & {"person-name", "named-place"}


def test_child_sung_to_sleep_is_flagged() -> None:
    assert flags_at("Mother sang Kayden to sleep every night.", "person-name", "Kayden")


# -- grounds and soap streets ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He is a lifelong Hibs supporter, like his Gran, and the two of them used to go to "
        "Easter Road together before her hip operation.",
        "He followed Leeds United, though he had not been to Elland Road since the injury.",
        "Gran watched Coronation Street every night and never missed it.",
        "Her favourite storyline was set on Pelham Road in Doctors.",
        "The café on Brookfield Road in the soap Hollyoaks was where the characters met.",
    ],
)
def test_ground_or_soap_street_is_no_address(text: str) -> None:
    assert "street-address" not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The family lived on Easter Road and the boy loved football.", "Easter"),
        ("They lived on Albert Street in Oldham and watched TV all day.", "Albert"),
        (
            "Police attended Willow Street in Aberwen after the neighbours watched the fight.",
            "Willow",
        ),
    ],
)
def test_home_street_stays_an_address(text: str, target: str) -> None:
    assert flags_at(text, "street-address", target)

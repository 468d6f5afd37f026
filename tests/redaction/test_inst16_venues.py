"""Round sixteen's venues with no institution word, read by where the name stands: a whole
inn sign anywhere, a venue by the people who work there, a ward known by an everyday word, a
practice in brackets after its records, a business beside its kind after "a", a name the
sentence then calls by its kind, a gurdwara's name past its honorifics, and a chain named
as a possessive gone to (no person)."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at

RULE = "named-institution"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Police raided the Plough and Harrow after the call.", "Plough and Harrow"),
        ("The landlady of the Golden Swan knew her age.", "Golden Swan"),
        ("He said the White Hart was where the men met.", "White Hart"),
    ],
)
def test_whole_inn_sign_read_wherever_it_stands(text: str, target: str) -> None:
    assert flags_at(text, RULE, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A volunteer at the Attic saw the bruise on his neck.", "Attic"),
        ("The key person at Little Wrens noted the weight loss.", "Little Wrens"),
        ("Later the Lantern's youth workers shared their worry.", "Lantern"),
        ("The Quayside's landlord banned him in May.", "Quayside"),
    ],
)
def test_venue_named_by_the_people_who_work_there(text: str, target: str) -> None:
    assert flags_at(text, RULE, target)


@pytest.mark.parametrize(
    "text",
    [
        "Staff at the Trust said the referral was late.",
        "The Council's volunteers delivered food parcels.",
    ],
)
def test_a_body_staffed_is_no_venue(text: str) -> None:
    assert RULE not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The baby was readmitted to Wren two days later.", "Wren"),
        ("Nurses on Badger recorded the bruising.", "Badger"),
    ],
)
def test_ward_known_by_an_everyday_word(text: str, target: str) -> None:
    assert flags_at(text, RULE, target)


@pytest.mark.parametrize(
    "text",
    [
        "He was admitted to Theatre for the repair.",
        "She was transferred to Reading for the assessment.",
        "He was discharged from Section 2 after a week.",
    ],
)
def test_department_place_or_section_after_a_hospital_verb_is_no_ward(text: str) -> None:
    assert RULE not in error_rules(text)


def test_practice_named_in_brackets_after_its_records() -> None:
    text = "Practice records (Fernlea) show three missed reviews."
    assert flags_at(text, RULE, "Fernlea")


@pytest.mark.parametrize(
    "text",
    [
        "GP records (Appendix B) show three missed reviews.",
        "GP records (SystmOne) show three missed reviews.",
        "GP records (Child K) show three missed reviews.",
    ],
)
def test_citation_system_or_pseudonym_in_brackets_is_no_practice(text: str) -> None:
    assert RULE not in error_rules(text)


def test_business_beside_its_kind_after_an_indefinite_article() -> None:
    text = "Uncle B ran a tyre garage, Quickfit Larkspur, on the ring road."
    assert flags_at(text, RULE, "Quickfit Larkspur")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "He went to Bumblebees on weekdays; the nursery's manager said he was settled.",
            "Bumblebees",
        ),
        ("She attended Outlook on Fridays and the staff there liked her.", "Outlook"),
    ],
)
def test_name_the_sentence_then_calls_by_its_kind(text: str, target: str) -> None:
    assert flags_at(text, RULE, target)


def test_name_before_what_it_teaches_is_no_venue() -> None:
    assert RULE not in error_rules("She attended Torah classes at the synagogue on Sundays.")


def test_gurdwara_named_past_its_honorifics() -> None:
    text = "Volunteers at the Gurdwara Sri Dasmesh Darbar noticed him."
    assert flags_at(text, RULE, "Gurdwara Sri Dasmesh Darbar")


def test_chain_named_as_a_possessive_and_gone_to_is_no_person() -> None:
    assert "person-name" not in error_rules("Dad took them to McDonald's after football.")


def test_staying_at_a_possessive_is_still_a_family_name() -> None:
    assert "person-name" in error_rules("Child K stayed at McDonald's for the weekend.")


def test_a_body_gone_to_then_a_home_is_no_venue() -> None:
    # the generated corpus's prose: a body's name, then "the home" (a family's)
    text = "The review was invited to Safeguard Children Partnership accepts the home visits."
    assert RULE not in error_rules(text)


def test_a_body_attended_by_its_kind_is_no_venue() -> None:
    assert RULE not in error_rules("Adult JH attended the Trust for the review meeting.")

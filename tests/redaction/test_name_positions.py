"""Names found by their position in the sentence or the message: a title and an initial
before a surname that is also a word, a quoted nickname in a person's clause, initials in
minutes and signatures, and a name in a message's self-introduction or sign-off."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from tests.redaction.one_line import error_rules, flags_at, review_with_front_matter

RULE = "person-name"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title and an initial, then a surname that is also a word, ended by a closing quote
        # or a word that joins the name to the clause
        ('The invoice was addressed to "Mr P. Hill" and was never paid.', "Hill"),
        ("The report was sent to Ms D. Rose at the school.", "Rose"),
        ("The tenancy names Mr K. Fisher as the tenant.", "Fisher"),
    ],
)
def test_title_initial_and_word_surname(text: str, name: str) -> None:
    assert flags_at(text, RULE, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The boy said that "Wizzy" was the one who first gave him the bag.', "Wizzy"),
        ('He said "Dibs" gave him the phone.', "Dibs"),
        ('Officers learned that "Kazza" was the older girl who hosted the parties.', "Kazza"),
        ('The mother said it was "Tash" who had called her.', "Tash"),
    ],
)
def test_quoted_nickname_in_a_person_clause(text: str, name: str) -> None:
    assert flags_at(text, RULE, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Present were P. Rose (health) and T. Fisher (police).", "Fisher"),
        ("The note was copied to B. Hill and the duty manager.", "Hill"),
        ("The entry was signed by D Hammond, team leader.", "Hammond"),
    ],
)
def test_initials_and_word_surname_mid_sentence(text: str, name: str) -> None:
    assert flags_at(text, RULE, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi it's Dawn from the school, can you ring me", "Dawn"),
        ("The caller said it was Hope from the nursery.", "Hope"),
        ('The text was signed off "Mum x" and then "Crystal x".', "Crystal"),
    ],
)
def test_name_in_a_message(text: str, name: str) -> None:
    assert flags_at(text, RULE, name)


def test_name_alone_under_a_sign_off() -> None:
    assert RULE in error_rules("The email ended:\n\nBest wishes,\nSunny\n")


@pytest.mark.parametrize(
    "text",
    [
        "We met Mr E. Sadly, he did not come.",
        "Child A. Hill walking was a hobby of hers.",
        "It was graded as Plan B. Fisher was told later.",
        'The phrase "Safer" was the one that stuck.',
        "The team (Thrive) was the one that helped.",
        "It's Monday, can you come round",
        "Kind regards,\nSafeguarding Team",
        "Thanks,\nMum",
        "Vitamin D was prescribed.",
    ],
)
def test_positions_that_take_no_name(text: str) -> None:
    assert RULE not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He was known to his friends as Chunk, which he liked.", "Chunk"),
        ("She was known as Sparky.", "Sparky"),
    ],
)
def test_bare_nickname_after_a_pronoun_opening_the_sentence(text: str, name: str) -> None:
    assert flags_at(text, RULE, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The neighbour, mrs hill, called the police.", "hill"),
        ("The notes say mr. marsh was present.", "marsh"),
    ],
)
def test_lower_case_title_and_word_surname(text: str, name: str) -> None:
    assert flags_at(text, RULE, name)


@pytest.mark.parametrize(
    "text",
    [
        "They were known as Gypsies, and were proud of it.",
        "we miss school, he said",
        "the mr men books were on the shelf",
    ],
)
def test_lower_case_and_nickname_positions_that_take_no_name(text: str) -> None:
    assert RULE not in error_rules(text)


def test_a_letter_named_as_a_letter_is_no_initial() -> None:
    # the clean corpus's FAQ: "the letter W." ends its sentence; Arthur is a declared pseudonym
    review = review_with_front_matter(
        pseudonyms="Child W, Arthur",
        body="The family chose the letter W. Arthur, the older brother's pseudonym, was his.",
    )
    report = check_text(review, "review.md", config=RedactionConfig())
    assert [f.rule for f in report.findings if f.severity == "error"] == []


def test_a_grade_letter_is_no_initial() -> None:
    assert "person-name" not in error_rules(
        "The plan was marked grade B. Fisher and his team reviewed it later."
    )

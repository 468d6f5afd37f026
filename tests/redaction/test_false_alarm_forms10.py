"""Report prose the gate took for identifiers (issue 12, round ten): a policy's birth-date
cut-off for a group, the day of a judgment after its citation, "@" for "at" in a product's name, a car's make and model, a child's
nursery word for a parent figure, Welsh pseudonym labels, lower-case Welsh words, a language's name in a compound, and a
title that opens with a phrase. Each form has a near miss beside it that must still block.
Every passage is written for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text


def rules(text: str, front: str = 'title: "Review"\n') -> list[str]:
    document = f"---\n{front}review_type: lcspr\n---\n\n{text}\n"
    report = check_text(document, "r.md", config=RedactionConfig())
    return sorted(f.rule for f in report.findings if f.severity == "error")


@pytest.mark.parametrize(
    "text",
    [
        # a birth-date cut-off for a group: eligibility, not anyone's birth
        "Children born after 1 September 2019 were offered a place at the group.",
        "Families with children born on or after 6 April 2017 were affected by the limit.",
        "Only pupils born before 1 September 2013 were in the year group that term.",
        "The offer was open to those who were born before 1 January 2020 in the area.",
        # the day a judgment was given, after its neutral citation
        "Baroness Hale's speech in Re B [2008] UKHL 35 was delivered on 11 June 2008.",
        "The Court of Appeal in Re W (A Child) [2016] EWCA Civ 793, delivered on 28 July 2016, "
        "set out the test.",
        # "@" standing for "at" in a product's name
        "During the pandemic the school used its @home learning portal for set work.",
        "Pupils logged in to the @school app to see their timetable.",
        # a make before a model that is also a first name
        "Father drove a Seat Leon to the appointment in March 2023.",
        "She had a small blue Vauxhall\nAstra that was often off the road.",
        # a child's nursery word for a parent figure, in quotes
        'Child D called him "Daddy".',
        'The children called him "Daddy" although he was not their father.',
        # a Welsh pseudonym label after the Welsh verb that opens the sentence
        "Mae Plentyn R yn byw gyda'i nain erbyn hyn.",
        "Mae Oedolyn T wedi symud i gartref gofal yn y gwanwyn.",
        # a language's name joined to an English word, after a preposition
        "Child M would not talk about him in Welsh-medium lessons.",
        # lower-case Welsh words no English list explains
        'Dywedodd hi, "Mae\'r mab yn dweud bod dim arian." Roedd y cynhalydd yn poeni.',
        "Roedd y plentyn wedi colli llawer o ysgol yn ystod y flwyddyn ac roedd hi'n drist.",
    ],
)
def test_report_forms_are_no_identifiers(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Child K was born on 3 March 2019 at the hospital.", "date-of-birth"),
        ("The children, born 3 March 2019 and 5 May 2020, lived with Mother.", "date-of-birth"),
        ("Child K was born after 1 September 2019 at home.", "event-date"),
        ("Following Re W [2016] EWCA Civ 793, Child K was admitted on 3 May 2017.", "event-date"),
        ("Her account was @home and she posted every day.", "social-handle"),
        ("Her Snapchat name was @school gang.", "social-handle"),
        ("She followed @jessie_k on Instagram.", "social-handle"),
        ("The mechanic, Seat Leon, said he was fine.", "person-name"),
        ("Mother met Leon at the pub after work.", "person-name"),
        ('Child D called him "Kyle" when they met.', "person-name"),
        ('Child D called Mother\'s partner "Daddy Jason".', "person-name"),
        ("Mae Siân yn byw gyda'i mam.", "person-name"),
        ("He was at school in Kestonbury-under-Hill.", "named-place"),
        ("Mae Siân Q yn byw gyda'i mam.", "person-name"),
        ("Tyler Quenderby B said he was fine.", "person-name"),
    ],
)
def test_near_misses_still_block(text: str, rule: str) -> None:
    assert rule in rules(text)


def test_title_opening_with_a_phrase_names_nobody() -> None:
    front = 'title: "Was not brought: a thematic review"\nsubject: "Six children"\n'
    assert rules("Six children were not brought to appointments.", front) == []


def test_title_opening_with_a_name_still_blocks() -> None:
    front = 'title: "Riley: a learning review"\nsubject: "Child R"\n'
    assert "person-name" in rules("Child R was seen twice.", front)


def test_welsh_clause_needs_welsh_words() -> None:
    from review_library.redaction.rules.text import welsh_clause

    welsh = "Mae Plentyn M yn wyth oed ac yn byw gyda theulu estynedig."
    english = "Child M is eight and now lives with extended family in a village."
    assert welsh_clause(welsh, 0)
    assert not welsh_clause(english, 0)

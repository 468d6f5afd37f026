"""Word-names and dates by form (issue 12, round nine): a first name that is an everyday
word found by what only a person is, has or does, where its capital tells nothing (in
capitals, at a list item's start, after "little"), and dates whose month is typed in lower
case. Every name and date here is invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.engine import VALUE_SEPARATOR
from review_library.redaction.rules.datetext import find_dates
from review_library.redaction.rules.person_name import find


def names_in(text: str) -> list[str]:
    return sorted({text[h.start : h.end] for h in find(text)})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # in capitals, with what a person has or does after it
        ("HARMONY'S FATHER WAS NOT SPOKEN TO BY ANY AGENCY.", "HARMONY"),
        ("When MARVEL ARRIVED AT SCHOOL he had a cut above his eye.", "MARVEL"),
        ("JOY SAID SHE WAS SCARED OF HER STEPFATHER.", "JOY"),
        ("GIFT, AGED NINE, WAS THE ELDEST.", "GIFT"),
        # listed only as a surname, with an age or a possessive relation after it
        ("Gift's father was not invited to the conference.", "Gift"),
        ("The children were Gift, aged nine, and a baby.", "Gift"),
        # an endearment or a verb done to a child's body before it
        ("Neighbours often saw little Summer playing in the car park.", "Summer"),
        ("Grandad had always called him little Storm.", "Storm"),
        ("The paediatrician examined Honey and found bruises.", "Honey"),
        ("The health visitor weighed Treasure at the clinic.", "Treasure"),
        ("Father shook Honour when she would not stop crying.", "Honour"),
        # an age after "then", a pet name, family speech going on about him or her
        ("- Unity, then aged 15, went missing overnight.", "Unity"),
        ("Dad told the nurse that his little Pudding had fallen off the sofa.", "Pudding"),
        ('In messages Father called his daughter "Peanut" every day.', "Peanut"),
        ('Mother wrote: "Wisdom keeps hitting his sister and I cannot stop him."', "Wisdom"),
    ],
)
def test_word_names_by_form(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "THE PANEL HOPE THAT THIS REVIEW WILL LEAD TO LASTING CHANGE.",
        "HER MOTHER'S FAITH WAS IMPORTANT TO HER.",
        "PRECIOUS TIME WAS LOST WHILE AGENCIES WAITED FOR A STRATEGY MEETING.",
        "THE FAMILY EXPRESSED GREAT HOPE FOR THE NEW PLACEMENT.",
        "THE GIFT'S WRAPPING WAS TORN.",
        "STAR TEAM MEMBERS VISITED THE FAMILY.",
        "She gave her baby Calpol at night.",
        "He played with his little Lego set.",
        '"Hope is not a plan," the reviewer told the panel.',
        # an acronym in prose is no text in capitals
        "The Young Child (MAC) forum reviewed the plan.",
        "The provider met ISO 9001 in its audit.",
        "The Bank's partner agencies met monthly.",
        "She showed little Hope Street residents the plans.",
        "Little progress was made after the conference.",
        "- Hope is key to the family's recovery.",
        "- Summer schemes should be offered to children on plans.",
    ],
)
def test_word_names_used_as_words_pass(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("item", "name"),
    [("- Faith missed the dental check.", "Faith"), ("- Joy missed her two-year check.", "Joy")],
)
def test_list_item_reads_the_same_alone_and_joined(item: str, name: str) -> None:
    """A list item opening a piece is a line's start whether or not a piece comes before
    it; its subject doing something is a name either way."""
    joined = "Some prose here." + VALUE_SEPARATOR + item
    assert names_in(item) == names_in(joined) == [name]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Child L died on 4 nov 2022 at home.", "4 nov 2022"),
        ("Child L was admitted on 2nd dec. 2019 with a head injury.", "2nd dec. 2019"),
        ("Child P died on 7 sept 2019 at the hospital.", "7 sept 2019"),
        ("The incident took place on the 3rd of feb 2021.", "3rd of feb 2021"),
        ("The injuries were found on 26 nov '22.", "26 nov '22"),
    ],
)
def test_lower_case_month_abbreviation_with_day_and_year(text: str, date: str) -> None:
    assert [text[d.start : d.end] for d in find_dates(text)] == [date]


@pytest.mark.parametrize(
    "text", ["The family moved in nov 2022.", "a mar 2020 entry", "dec 12 items", "3 oct"]
)
def test_lower_case_abbreviation_without_day_or_year_is_no_date(text: str) -> None:
    assert find_dates(text) == []

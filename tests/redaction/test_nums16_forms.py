"""Round sixteen's forms for numbers, dates, ages and link paths (issue 12)."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at

# A named day with no year is one day of a life only when its sentence tells of one
# occasion: a custom or a habit recurs each year.
HABIT_DAYS = [
    "Every winter she baked with her aunt and they always went to church on Christmas Eve.",
    "He spoke of the food he missed, his grandmother's soup on Christmas Eve with his cousins.",
    "Each year the children opened one present with Father on Boxing Day.",
]
ONE_OCCASION_DAYS = [
    ("Mother found Child P unresponsive on Boxing Day.", "Boxing Day"),
    ("Father said he would come home on Christmas Eve but he was arrested.", "Christmas Eve"),
]


@pytest.mark.parametrize("text", HABIT_DAYS)
def test_a_named_day_told_as_a_custom_is_no_event(text: str) -> None:
    assert "event-date" not in error_rules(text)


@pytest.mark.parametrize(("text", "target"), ONE_OCCASION_DAYS)
def test_a_named_day_of_one_occasion_is_an_event(text: str, target: str) -> None:
    assert flags_at(text, "event-date", target)


# A file of the review's own: a day in a record's name, a record's number after its label or
# in a crime number's three groups, a town's name, a ward or flat by its number.
FILE_NAME_IDENTIFIERS = [
    ("[Log](exports/contact-log_2022-01-17_to_2022-04-02.csv)", "2022-01-17"),
    ("[Letter](post/housing-letter-09.11.2020.pdf)", "09.11.2020"),
    ("The shared drive held 'strategy_CASE_5902_draft.docx'.", "5902"),
    ("[Police log](annex/sequence-52-771903-21.xlsx)", "52-771903-21"),
    ("![Garden](photos/garden_alnwick_back.jpg)", "alnwick"),
    ('<img src="img/ward11a-corridor.jpg" alt="The corridor">', "ward11a"),
    ("![Door](img/door-flat-22.jpg)", "flat-22"),
    ("[Log](lowerby-2023-adult-cr-00444/crime-ref-0412.pdf)", "0412"),
]
FILE_NAME_CLEAN = [
    "[Annual report](docs/annual-report-2022-23.pdf)",
    "[Minutes](files/minutes-20230514.pdf)",
    "![Play area](photos/IMG_20230314_102233.jpg)",
    "[Book](files/book-978-1-906579-12-8.pdf)",
    "[Case study](docs/case-study-2023-v2.pdf)",
    "[Award](img/award2023.png) and [layout](img/flat-lay.png)",
    "[Map](img/map-of-england-and-wales.png)",
    # a review's own id whose subject's initials spell a label (the generated 1,000-review
    # library's "Adult CR"): its serial is no crime reference
    "[Adult CR's review](lowerby-2023-adult-cr-00444.md)",
    "[Briefing](../reviews/eastfield-2021-child-cr-00123/briefing/)",
]


@pytest.mark.parametrize(("text", "target"), FILE_NAME_IDENTIFIERS)
def test_an_identifier_in_a_file_name_is_found(text: str, target: str) -> None:
    assert flags_at(text, "link-target", target)


@pytest.mark.parametrize("text", FILE_NAME_CLEAN)
def test_a_file_name_without_an_identifier_passes(text: str) -> None:
    assert "link-target" not in error_rules(text)


# Ages to the day in more of the ways records put them.
DAY_AGES = [
    ("On the ward round the infant was called 'day 14' of life in the notes.", "day 14"),
    ("The weight chart ran from birth to age 63 days.", "age 63 days"),
    (
        "Grandmother marked her 85th birthday with the family three days before the fall.",
        "her 85th",
    ),
    ("He was taken to hospital the day after his seventy-second birthday.", "the day after"),
    ("The midwife wrote that the baby was day 4 post birth when jaundice was seen.", "day 4"),
]
NO_DAY_AGES = [
    "Babies under 28 days old are seen by the neonatal team.",
    "His 18th birthday was a milestone he never reached.",
    "She talked about her fortieth birthday party, planned for the summer.",
]


@pytest.mark.parametrize(("text", "target"), DAY_AGES)
def test_an_age_to_the_day_is_found(text: str, target: str) -> None:
    assert flags_at(text, "exact-age", target)


@pytest.mark.parametrize("text", NO_DAY_AGES)
def test_an_age_not_to_the_day_passes(text: str) -> None:
    assert "exact-age" not in error_rules(text)


# Numbers typed with odd spacing or in words and figures run together.
SPACED_DATES = [
    ("The court order gave her date of birth as 2004 / 11 / 23.", "2004"),
    ("Mr D (DOB 19 - 06 - 1977) was the tenant.", "19"),
]
LABELLED_NI = [
    ("The form gave the NI number QX 5 5 3 1 0 8 R in full.", "QX"),
    ("National Insurance no. A B 7 7 1 2 4 6 D was on the letter.", "A B"),
]
MIXED_PHONES = [
    ("Her brother's number was 07eight00 one00 456.", "07eight00"),
    ("She read it out as 0 7 7 two one, 3 3 9, 8 five 1.", "0 7 7"),
]
SPACED_CLEAN = [
    "The NI scheme began in 1948 and 2 million people joined.",
    "In 2020 one child and 07 two were seen.",
    "The pages 2019 - 12 - 30 of the bundle.",
]


@pytest.mark.parametrize(("text", "target"), SPACED_DATES)
def test_a_date_of_birth_typed_with_spaces_is_found(text: str, target: str) -> None:
    assert flags_at(text, "date-of-birth", target)


@pytest.mark.parametrize(("text", "target"), LABELLED_NI)
def test_a_labelled_ni_number_is_found_whatever_its_prefix(text: str, target: str) -> None:
    assert flags_at(text, "ni-number", target)


@pytest.mark.parametrize(("text", "target"), MIXED_PHONES)
def test_a_phone_number_in_figures_and_words_is_found(text: str, target: str) -> None:
    assert flags_at(text, "phone-number", target)


@pytest.mark.parametrize("text", SPACED_CLEAN)
def test_spaced_figures_that_are_no_identifier_pass(text: str) -> None:
    assert not error_rules(text)


# A Welsh review labels its subjects in Welsh: the label ties a date to a person as "Adult M".
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ar 9 Medi 2021 aeth Baban B i'r clinig.", "9 Medi 2021"),
        ("Ar 3 Gorffennaf 2022 symudodd Person Ifanc D i fflat newydd.", "3 Gorffennaf 2022"),
        ("Ar 14 Mai 2020 gwelwyd Oedolyn R gan y nyrs.", "14 Mai 2020"),
    ],
)
def test_a_welsh_subject_label_ties_a_date_to_a_person(text: str, target: str) -> None:
    assert flags_at(text, "event-date", target)

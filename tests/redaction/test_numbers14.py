"""Round 14 (nums14): numbers, dates, ages, contact details and paths by form and position."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("She gave it as oh-one-four-nine-two, three-three-one, seven-seven-zero.", "oh-one"),
        ("Ei rif oedd dim saith naw wyth wyth, un dau tri, pedwar pump chwech.", "dim saith"),
        ("He read out zero seven seven double-one, two three four, five six seven.", "zero"),
    ],
)
def test_phone_numbers_in_words_any_separator_and_language(text: str, target: str) -> None:
    assert flags_at(text, "phone-number", target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The sort code was fifty, nineteen, seventy-one on the slip.", "fifty"),
        ("Her account number was nine-eight-seven-six, five-four-three-two.", "nine-eight"),
        ("Rhif cyfrif: wyth saith chwech pump pedwar tri dau un.", "wyth"),
    ],
)
def test_bank_numbers_in_words_after_their_label(text: str, target: str) -> None:
    assert flags_at(text, "bank-details", target)


@pytest.mark.parametrize(
    "text",
    [
        "The family owed twenty, thirty and forty pounds across three months.",
        "The account was written two or three times, one of many.",
    ],
)
def test_counts_in_words_are_no_bank_or_phone_number(text: str) -> None:
    assert not error_rules(text) & {"bank-details", "phone-number"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The growth chart runs from birth until 4/12 + 11/7.", "4/12"),
        ("Dad said the children had been 'exactly five weeks and one day' when they left.", "five"),
        ("'He was twelve and three days,' his aunt recalled, 'when it started.'", "twelve"),
        ("She was only six days when the midwife called.", "six days"),
    ],
)
def test_ages_to_the_day_said_in_speech_or_charted_from_birth(text: str, target: str) -> None:
    assert flags_at(text, "exact-age", target)


@pytest.mark.parametrize(
    "text",
    [
        "He was three days in hospital after the fall.",
        "The visits were four weeks and two days apart, on average.",
    ],
)
def test_stays_and_intervals_are_no_age(text: str) -> None:
    assert "exact-age" not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The fire on 9 Awst 2021 was the start of the review.", "9 Awst"),
        ("Bu ymosodiad arni ar 30 Ionawr 2023.", "30 Ionawr"),
        ("Chaidh a murt air 5 Iuchar 2020 le a companach.", "5 Iuchar"),
    ],
)
def test_dates_in_the_languages_of_the_four_nations(text: str, target: str) -> None:
    assert flags_at(text, "event-date", target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Write to {kez.m.home} [at] yahoo [dot] co [dot] uk for the notes.", "{kez"),
        ("The form gave (tam_b_82) (at) gmail (dot) com as contact.", "(tam"),
    ],
)
def test_email_with_its_name_bracketed_off(text: str, target: str) -> None:
    assert flags_at(text, "email", target)


def test_postcode_with_a_slashed_zero() -> None:
    assert flags_at("The summons went to LS1Ø 2QT in error.", "uk-postcode", "LS1")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The car (reg. t 228 gwd) was seen twice.", "t 228"),
        ("Police traced the van, registration d 904 fhm, to a yard.", "d 904"),
    ],
)
def test_older_plate_with_a_space_after_its_letter(text: str, target: str) -> None:
    assert flags_at(text, "vehicle-registration", target)


def test_a_count_and_a_unit_near_a_car_is_no_plate() -> None:
    assert "vehicle-registration" not in error_rules("She drove on a 3 day trip in the car.")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("[Bruising](child-q/bodymap-nov21-nursery.pdf)", "nov21"),
        ("[Photo](family/IMG_0913_no14_larkspur_road.jpg)", "larkspur"),
        ("[Log](young-person-s/incident-police-ref-31-552907-23.xlsx)", "31-552907"),
    ],
)
def test_every_segment_of_a_link_path_is_read(text: str, target: str) -> None:
    assert flags_at(text, "link-target", target)


@pytest.mark.parametrize(
    "text",
    ["[Summary](docs/summary22-final.pdf)", "[Plan](plans/may-2023-v2.pdf)"],
)
def test_a_month_in_an_undated_plain_file_name_is_left(text: str) -> None:
    assert "link-target" not in error_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Young Person F was handed the Childline number, 0800 1111, on a card.",
        "Person M was handed the Samaritans number, 116 123, at discharge.",
    ],
)
def test_a_number_glossed_as_a_services_is_no_record(text: str) -> None:
    assert "case-reference" not in error_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "A call with the Department for Education took place in Tufton Street by video.",
        "Adult D enjoyed Emmerdale, Brookside Close, darts and his dog.",
    ],
)
def test_streets_standing_for_a_department_or_a_show(text: str) -> None:
    assert not error_rules(text) & {"street-address", "named-place"}


def test_a_person_met_in_a_street_near_a_department_is_still_an_address() -> None:
    text = "The Home Office caseworker met Adult B in Acacia Avenue."
    assert error_rules(text) & {"street-address", "named-place", "person-name"}

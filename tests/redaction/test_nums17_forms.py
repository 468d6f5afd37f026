"""Round seventeen (issue 12, numbers, ages and dates): ages counted from a birthday in weeks,
clinical shorthand joined by "and" or after an age label, days after a date of birth, Welsh
ages in days with their mutations; a police reference read out in words or spaced figures;
and the national days everyone shares (a lockdown's start, an election), which date no one.

Each positive fails without its change; the look-alike beside it must stay clean."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.rules import case_reference, dates, exact_age


def _spans(find, text: str) -> set[str]:
    return {text[h.start : h.end] for h in find(text)}


def _findings(text: str) -> list[tuple[str, str]]:
    report = check_text(f"---\ntitle: A review\n---\n\n{text}\n", "r.md", config=RedactionConfig())
    return [(f.rule, f.severity) for f in report.findings]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Three weeks after her second birthday Child K was seen in the Emergency Department.",
            "Three weeks after her second birthday",
        ),
        (
            "She was a week short of her third birthday when the nursery raised concerns.",
            "a week short of her third birthday",
        ),
        (
            "A month to the day after his first birthday Child K was taken into police protection.",
            "A month to the day after his first birthday",
        ),
        (
            "On the morning after her first birthday Child K was found unresponsive.",
            "the morning after her first birthday",
        ),
        (
            "Child K was admitted a week after his first birthday.",
            "a week after his first birthday",
        ),
        ("Child K was seen in clinic aged 10/52 and 3/7 with a torn frenulum.", "10/52 and 3/7"),
        ("Age on admission: 4/12 + 5/7. Weight below the second centile.", "4/12 + 5/7"),
        ("The midwife's note on DOB+10 recorded poor weight gain.", "DOB+10"),
        ("Baby K was 10/7 at the time of the visit.", "10/7"),
        ("The midwife visited on D.O.B. + 3 days and weighed the baby.", "D.O.B. + 3 days"),
        ("Bu farw Babi D yn ddeg diwrnod oed.", "ddeg diwrnod oed"),
        ("Roedd Plentyn C yn bum niwrnod oed pan welodd y fydwraig hi.", "bum niwrnod oed"),
        (
            "Roedd Plentyn C yn bythefnos a thri diwrnod oed pan gafodd ei dderbyn.",
            "bythefnos a thri diwrnod oed",
        ),
    ],
)
def test_an_age_to_the_day_in_these_forms_is_found(text: str, age: str) -> None:
    assert age in _spans(exact_age.find, text)


@pytest.mark.parametrize(
    "text",
    [
        "She was seen by the dentist shortly after her second birthday.",
        "Two months after her first birthday she started at the nursery.",
        "She died in January 2025, seven weeks before her eighteenth birthday.",
        "Sibling 1 had a party for her fifth birthday, which Child K attended.",
        "Child K was seen aged 10/52 for her first immunisations.",
        "Antibiotics were given for 1/52 and the rash had gone by the review.",
        "The DOB recorded was wrong + the address was out of date.",
        "She was 5/7 of the way through the course.",
        "He was 24/7 on call for the family.",
        "Roedd y babi yn bythefnos oed pan symudodd y teulu.",
        "Mae Plentyn C yn dair oed ac yn byw gyda'i fam.",
    ],
)
def test_look_alike_ages_stay_clean(text: str) -> None:
    assert _findings(text) == []


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        (
            "Police logged the call under crime reference four seven one nine two two zero three.",
            "four seven one nine two two zero three",
        ),
        (
            "Mother quoted the incident number, one four zero three double two, to the MASH.",
            "one four zero three double two",
        ),
        (
            "The occurrence number was written in the minutes as forty-seven nineteen twenty-two.",
            "forty-seven nineteen twenty-two",
        ),
        (
            "The police reference, CR 0 4 7 7 1 9 / 2 2, was attached.",
            "CR 0 4 7 7 1 9 / 2 2",
        ),
        ("Crime ref: 2 1 / 4 4 7 1 8 / 2 3 was recorded.", "2 1 / 4 4 7 1 8 / 2 3"),
        (
            "The court case number was read out as zero four double one three seven.",
            "zero four double one three seven",
        ),
        (
            "The MARAC reference was given as five two nine one eight four.",
            "five two nine one eight four",
        ),
    ],
)
def test_a_police_reference_read_out_is_found(text: str, reference: str) -> None:
    assert reference in _spans(case_reference.find, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police attended on four occasions in seven months and made two arrests.",
        "The police log shows officers attended six, seven or eight times that year.",
        "Crime reference numbers one to six were linked to the same address.",
        "The police reference was given as one of several on the form.",
        "The incident was on 14 03 and officers attended twice.",
        "In this case, one, two or three visits a week were planned.",
        "The court heard from four, five or six witnesses over two days.",
    ],
)
def test_counts_after_a_police_word_stay_clean(text: str) -> None:
    assert _findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The first national lockdown began on 23 March 2020 and the nursery closed to most children.",
        "After the second national lockdown began on 5 November 2020 visits moved to video calls.",
        "Father said he had not voted in the general election on 12 December 2019.",
        "Schools reopened to all pupils on 8 March 2021, but Child K did not return until June.",
        "On 23 March 2020 the UK went into the first national lockdown.",
    ],
)
def test_a_national_day_told_as_the_nations_event_passes(text: str) -> None:
    assert _findings(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Child K was born on 23 March 2020, the day the first lockdown began.", "23 March 2020"),
        ("On VE Day, 8 May 2020, Child K was found with bruising to her face.", "8 May 2020"),
        (
            "On 23 March 2020, the day the first lockdown began, Child K was admitted.",
            "23 March 2020",
        ),
        ("Mother was arrested on 23 March 2020, the day the lockdown began.", "23 March 2020"),
        ("The lockdown had begun when Child K was admitted on 24 March 2020.", "24 March 2020"),
    ],
)
def test_a_persons_day_on_or_near_a_national_day_still_blocks(text: str, date: str) -> None:
    hits = [h for h in dates.find(text) if text[h.start : h.end] == date]
    assert hits and hits[0].rule in ("date-of-birth", "event-date")


def test_a_plate_hyphenated_after_a_vehicle_word_is_found() -> None:
    text = "The car, registration ab-15-cde, was seen outside the house."
    assert ("vehicle-registration", "error") in _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The form listed codes such as ks-12-abc for each course.",
        "She drove the car to the km-20-ten mark on the track.",
    ],
)
def test_hyphenated_codes_without_a_plate_stay_clean(text: str) -> None:
    assert _findings(text) == []


def test_a_upn_joined_to_its_label_by_a_hyphen_is_found() -> None:
    assert ("upn", "error") in _findings("His former UPN-Z801234567890 was on the school's file.")


def test_a_stock_code_of_that_shape_after_another_label_stays_clean() -> None:
    assert _findings("The code ABC-X938412209118 was a stock number.") == []


def test_a_day_and_month_after_a_weekday_and_its_part_of_the_day_is_an_event() -> None:
    text = "She was found on Wednesday afternoon, 14/02, by her carer."
    assert any(s.endswith("14/02") for s in _spans(dates.find, text))


def test_a_fraction_after_a_weekday_session_stays_clean() -> None:
    assert _findings("The Tuesday morning session, 3/4 of staff attended.") == []


def test_a_police_log_dated_with_a_lower_case_month_is_found() -> None:
    text = "incident 312 on 5 march was logged by the control room."
    assert any(s.startswith("312") for s in _spans(case_reference.find, text))


def test_a_log_number_before_a_count_of_people_stays_clean() -> None:
    assert _findings("The log 312 of 5 men was a list.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A 21 day old referral waited in the duty tray until the Monday.",
        "The paediatrician described a two-day-old bruise on the upper arm.",
    ],
)
def test_the_age_of_a_thing_in_days_stays_clean(text: str) -> None:
    assert _findings(text) == []


def test_the_age_of_a_baby_in_days_before_a_person_noun_is_still_found() -> None:
    assert "12 day old" in _spans(exact_age.find, "The 12 day old twins were discharged home.")


def test_a_weekday_date_the_plan_looks_ahead_to_stays_clean() -> None:
    text = "The actions will be checked at the next meeting on Monday 10 March 2025."
    assert _findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Child K should have been seen on Monday 3 March 2025.",
        "Child K will be seen by the paediatrician on Tuesday 4 March 2025.",
    ],
)
def test_a_weekday_date_of_a_person_or_looked_back_on_still_blocks(text: str) -> None:
    assert ("event-date", "error") in _findings(text)

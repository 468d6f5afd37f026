"""Numbers, dates and ages read by their form (issue 12, nums11): a heading that opens a
chronology entry with its date, a National Insurance number with its digits grouped any way,
a building society roll number, a company number with its register after it, and an age in
weeks and days after birth. One positive and one negative per form; every number here is
invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.rules import (
    bank_details,
    case_reference,
    dates,
    exact_age,
    ni_number,
    registration_number,
)
from tests.redaction.test_places import spans

FOUND = [
    # a National Insurance number grouped 2-3-3-1, 2-6-1, 2-4-2-1; lower case after its label
    (ni_number, "Her NI number, KP 718 240 D, was on the form.", "KP 718 240 D"),
    (ni_number, "The claim used WM 402119 A for two years.", "WM 402119 A"),
    (ni_number, "The number RJ 3056 41 B belonged to her cousin.", "RJ 3056 41 B"),
    (ni_number, "The DWP wrote to him under NINO hs217 804b.", "hs217 804b"),
    # a building society roll number after its label, in any grouping
    (bank_details, "Paid into a building society, roll number 3/07712846-1.", "3/07712846-1"),
    (bank_details, "Her roll no. 55-310928-4 was on the statement.", "55-310928-4"),
    (bank_details, "The savings roll number 8812/004.17 was in his name.", "8812/004.17"),
    (bank_details, "Building society reference: TQR 4471029.", "TQR 4471029"),
    # a company number with its register after it; an LLP's number after "company no."
    (registration_number, "His firm was registered as 07719304 at Companies House.", "077193"),
    (registration_number, "The cafe traded as SC508812 on the Companies House register.", "SC5"),
    (registration_number, "The landlord (LLP, company no. OC318842) owned it.", "OC318842"),
    # an age in weeks and days after birth, in words and digits
    (exact_age, "He died eleven weeks and four days after his birth.", "eleven weeks"),
    (exact_age, "She was admitted 7 weeks and 2 days after her birth.", "7 weeks"),
    (exact_age, "He died 9 weeks and 3 days after being born.", "9 weeks"),
    # ... and after "died at", "lived", or "at" before the child
    (exact_age, "Baby K died at 12 weeks and 2 days.", "12 weeks"),
    (exact_age, "Child K lived eight weeks and one day.", "eight weeks"),
    (exact_age, "At 2 months and 5 days, Child K was admitted.", "2 months"),
    # an Ofsted children's home number
    (case_reference, "The children's home (SC048812) was inspected by Ofsted.", "SC048812"),
    # a company's number after its label opening a bracket
    (registration_number, "His company (registered number 06612049) was wound up.", "066120"),
]

PASS = [
    # the same shapes where they are no one's number
    (ni_number, "Spending on 150 000 a year was agreed.", "150 000"),
    (ni_number, "The board met at qz 123 456 a later date.", "123"),
    (bank_details, "The school roll number was 412 pupils.", "412"),
    (bank_details, "The roll number fell from 1,412 to 1,380.", "412"),
    (registration_number, "In 2019, 12345678 filings were made at Companies House.", "1234"),
    (registration_number, "The NSPCC is registered as 01234567 with Companies House.", "0123"),
    (exact_age, "The review is due 6 weeks after the birth.", "6 weeks"),
    (exact_age, "A visit between 10 and 14 days after birth is offered.", "14 days"),
    (registration_number, "The company (registered in 2019) had 12 staff.", "2019"),
    (exact_age, "He was seen at 6 weeks and 2 days after discharge.", "6 weeks"),
    (exact_age, "He was seen at 6 days after discharge.", "6 day"),
    (exact_age, "Mother lived 2 weeks and 3 days in the refuge.", "2 weeks"),
    # a national charity's number in Scotland (Ofsted registers homes in England only)
    (case_reference, "It is registered in England (1098221) and Scotland (SC037717).", "SC03"),
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_numbers_read_by_their_form_are_found(rule, text: str, wanted: str) -> None:
    found = spans(rule.find, text)
    assert any(wanted in s for s in found), (wanted, found)


@pytest.mark.parametrize(("rule", "text", "word"), PASS)
def test_look_alikes_are_not_numbers(rule, text: str, word: str) -> None:
    assert not any(word in s for s in spans(rule.find, text)), spans(rule.find, text)


def _event_dates(text: str) -> list[str]:
    return [text[h.start : h.end] for h in dates.find(text) if h.rule == "event-date"]


def _any_dates(text: str) -> list[str]:
    return [text[h.start : h.end] for h in dates.find(text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("### 4 April 2024: the final home visit\n\nThe health visitor saw Child K.", "4 April"),
        ("#### Thursday 6 June\n\nMother rang the GP.", "6 June"),
        ("## 18/03/2024 — the last contact\n\nNo one saw the baby.", "18/03/2024"),
        ("### On 2 May 2023, the last appointment\n\nIt was missed.", "2 May 2023"),
        ("### 21 February 2024\n\nChild K was brought to the nursery late.", "21 February"),
    ],
)
def test_a_heading_that_opens_with_a_date_dates_an_event(text: str, date: str) -> None:
    assert any(date in found for found in _event_dates(text)), _event_dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "## Review timetable, 2 May 2024\n\nThe panel met four times.",
        "## Published 4 March 2024\n\nThe board agreed the report.",
        "### 7 May 2024: panel meeting\n\nThe draft was discussed.",
        "### 9 July 2024: report published\n\nThe board agreed it.",
    ],
)
def test_a_heading_date_of_the_review_s_work_passes(text: str) -> None:
    assert _any_dates(text) == []

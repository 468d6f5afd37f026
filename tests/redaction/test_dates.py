"""Dates by context: every spelling of a day-precise date, classified by its sentence."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.rules.datetext import find_dates, normalise


def rules_in(text: str) -> list[str]:
    report = check_text(text, "review.md", config=RedactionConfig())
    return [f.rule for f in report.findings]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("14 March 2022", "2022-03-14"),
        ("14th of March '22", "2022-03-14"),
        ("the fourteenth of March two thousand and twenty-two", "2022-03-14"),
        ("twenty-first of June nineteen ninety-nine", "1999-06-21"),
        ("March 14, 2022", "2022-03-14"),
        ("14/03/22", "2022-03-14"),
        ("14.03.2022", "2022-03-14"),
        ("14-3-2022", "2022-03-14"),
        ("2022-03-14", "2022-03-14"),
        ("2022/03/14", "2022-03-14"),
        ("14 Feb 09", "2009-02-14"),
        ("1ST MAY 2020", "2020-05-01"),
        ("Sept 3 2021", "2021-09-03"),
        ("3rd May", "--05-03"),
        ("14 Chwefror 2023", "2023-02-14"),
        ("2 Mehefin 2021", "2021-06-02"),
        ("14eg o Chwefror 2023", "2023-02-14"),
    ],
)
def test_every_spelling_is_found_and_normalised(text: str, key: str) -> None:
    (found,) = list(find_dates(f"It was {text}, then."))
    assert found.key == key
    assert normalise(text) == key


@pytest.mark.parametrize(
    "text",
    [
        "in May 2022",
        "paragraph 3.2",
        "see 4.1.12 of the guidance",
        "version 1.2.3",
        "the 2021-22 financial year",
        "they may 4 times",
        "3/4 of families",
        "at 10.30 on the day",
    ],
)
def test_look_alikes_are_no_dates(text: str) -> None:
    assert rules_in(f"The note says {text} here.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Child Q was born on 14 March 2021 at the local hospital.",
        "The referral gave his DOB: 03/04/2019 and the school.",
        "Her date of birth, 2nd June 2018, was recorded wrongly.",
        "The records gave a date of birth of 21 August and no year.",
        "DOB 3/4 was on the form.",
        "D.o.B. 17/10/20 was on the letter.",
        "dob: 01.02.03 (from the GP).",
        "The form read AB, 01.02.03 in the first box.",
        "Child A, b. 14.3.21, lived with Mother.",
        "She was born on the fourteenth of March two thousand and nine.",
        "On 3 May 2022, when Child A was aged 4 months, the GP saw the family.",
        "The baby, then 6 weeks old, was seen on 14/03/22.",
    ],
)
def test_dates_of_birth_and_ages_with_dates_are_errors(text: str) -> None:
    assert "date-of-birth" in rules_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 12 May 2022 the health visitor made an unannounced visit.",
        "Mother died on the fourteenth of March two thousand and twenty-two.",
        "The incident happened on 03.04.21 at the flat.",
        "On Tuesday 14 June the family moved.",
        "At 14:30 on 3 May 2022 an ambulance was called.",
        "Police were called on 5/6/22 at 23.10.",
        "| 14/03/22 | Mother took Child A to the emergency department |",
        "He was found unresponsive on 2022-03-14T06:10.",
        "The inquest concluded on 5 June 2023.",
        "The review was commissioned on 3 April 2022, after Child A died on 14 March 2022.",
        # a date of death by its label, in a title block
        "CHILD R\n\nD.O.D.: 03/09/2021\n\nOverview report",
        "Date of death: 9 March 2020.",
        # a weekday with a day and month in digits, no year
        "Late on Friday 12/8 he broke the door down.",
        "On Sat. 3.9 the baby was taken to the emergency department.",
        # in Welsh: died in hospital
        "Bu farw Oedolyn D yn yr ysbyty ar 3 Mawrth 2021.",
        # a strategy meeting is a step in the child's case (see the redaction checks page)
        "A strategy meeting was held on 20 October 2021 and a section 47 enquiry began.",
        # an ordinal day alone, its month named before
        "In March 2022 Mother moved out. On the 9th, the police were called to the flat.",
        # a day and month after an event's date label
        "The date of the assault (18/06) was after the school term ended.",
        # a short dotted date right after an event word
        "Child P (discharged 4.5.22) was not seen again by the GP.",
        # a part of the day in words with the date
        "On the evening of 2nd March 2023 the neighbour heard shouting.",
        "She went missing on Burns Night 2023 and was found the next day.",
    ],
)
def test_dates_tied_to_a_person_or_event_are_errors(text: str) -> None:
    assert "event-date" in rules_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "This report was published on 14 March 2024.",
        "The report was completed on 3 May 2023 and approved by the Board on 1 June 2023.",
        "The review period was 1 January 2020 to 31 March 2021.",
        "Terms of reference were agreed on 3 June 2022.",
        "A learning event was held on 14 September 2022 with practitioners.",
        "The rapid review was held on 2 February 2022.",
        "Working Together to Safeguard Children (HM Government, published 4 July 2018).",
        "Available online (accessed 3 May 2022).",
        "The panel met on 6 October 2022 and 1 December 2022.",
        "| Decision to commission a review | 14 March 2024 |",
        "The group recommended a Concise Child Practice Review on 9 February 2023.",
        "A Domestic Homicide Review was started on 2 April 2024.",
        "| Draft v2, circulated to panel members | 16 October 2023 |",
        "| Date report finalised | 9 November 2023 |",
        "Independent Chair, Cwmdulas Regional Safeguarding Board, 14 December 2023",
        "The Domestic Abuse Act 2021 received Royal Assent on 29 April 2021.",
        # a document's own date field opening a line of its title block
        "Author: the independent reviewer\n\nDate: 22nd June 2025\n\nVersion: final",
        "**Date:** 3 March 2024",
        "Reviewer: the independent author. Date: 22 October 2021.",
        "The Sub-group considered each referral and, at its meeting on 4 May 2023, agreed.",
        "Police attended twice; the review's chronology starts on 1 January 2021 by agreement.",
        "The record showed a date of birth of 01/01/1900, the system's placeholder.",
        # Welsh: date of publication, approved by the board
        "Dyddiad cyhoeddi: 3 Mehefin 2025. Cymeradwywyd gan y Bwrdd: 12/03/2025.",
    ],
)
def test_process_dates_pass_without_an_allow_entry(text: str) -> None:
    assert rules_in(text) == []


def test_process_date_before_an_event_date_in_one_sentence() -> None:
    text = "The review was commissioned on 3 April 2022, after Child A died on 14 March 2022.\n"
    report = check_text(text, "review.md", config=RedactionConfig())
    assert [(f.rule, f.column) for f in report.findings] == [("event-date", text.index("14 M") + 1)]


def test_a_date_no_sentence_explains_is_a_warning() -> None:
    report = check_text("The leaflet is dated 12 May 2022.\n", "r.md", config=RedactionConfig())
    assert [(f.rule, f.severity) for f in report.findings] == [("full-date", "warning")]


@pytest.mark.parametrize(
    "text",
    [
        "The midwife visited when the baby was aged 4 months and 12 days.",
        "A 10-day-old baby was brought in.",
        "Baby L was aged seventeen days.",
        "Child A was 2 years, 3 months and 5 days old.",
        "Age: 4y 3m 12d.",
    ],
)
def test_an_age_to_the_day_is_an_error(text: str) -> None:
    assert "exact-age" in rules_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "The placement lasted 3 months and 12 days.",
        "Child A was aged 4 months.",
        "Within 28 days the plan was reviewed.",
        "Fourteen days later the family moved.",
    ],
)
def test_ages_in_weeks_months_and_periods_in_days_pass(text: str) -> None:
    assert "exact-age" not in rules_in(text)


def test_front_matter_value_is_its_own_sentence() -> None:
    text = (
        "---\ntitle: Child A\nsummary: Child A was hurt at home.\n---\n\n"
        "The leaflet is dated 12 May 2022.\n"
    )
    report = check_text(text, "review.md", config=RedactionConfig())
    assert [f.rule for f in report.findings] == ["full-date"]


@pytest.mark.parametrize(
    "text",
    [
        "On Christmas Day 2019 she was found; Easter Sunday, 2022 and Eid al-Fitr in 2023.",
        "Christmas Day\n\n   2019, new year's eve 2020 2021, St David's Day 2018 and Diwali 2021.",
        "Mother said that on Boxing Day of 2021 and Mother's Day 2019 the children stayed home.",
        "In 2019 the family moved; by 2020 the case was closed (Working Together 2018).",
    ],
)
def test_named_days_found_from_the_years_are_the_full_scans_matches(text: str) -> None:
    # The year-first search is a speed-up only: it must match what one scan of the text finds.
    from review_library.redaction.rules.datetext import HOLIDAY_RE, _holidays

    assert [m.span() for m in _holidays(text)] == [m.span() for m in HOLIDAY_RE.finditer(text)]

"""Dates by context: every spelling of a day-precise date, classified by its sentence."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.rules.datetext import find_dates, normalise
from tests.helpers import review_text


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
        ("the third of march", "--03-03"),  # typed in lower case after "the"
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
        "a third of may be eligible",
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
        # a birthday's eve, the day an age was reached, clinical days after a label, Scots
        # and Welsh (weeks and mutated days)
        "Child K ran away on the eve of her fifteenth birthday.",
        "On the day she turned 13 Child K was reported missing.",
        "Two days after he turned 16 he was arrested.",
        "Age on admission: 17/7",
        "Grandmother told police the bairn wis only 5 days auld.",
        "Roedd hi'n 3 wythnos a 2 ddiwrnod oed.",
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
        "She was a fortnight old when the family moved.",  # weeks alone pass
        "In 2019 the service turned 10 years old. Mother turned 30 that year.",
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


# -- issue 12 item 4, round 4: forms brainstormed from how records and reports write dates --


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("15-jan-23", "2023-01-15"),  # a record system's lower-case month between dashes
        ("15/JAN/2023", "2023-01-15"),
        ("the 3rd day of May 2019", "2019-05-03"),  # as statements and court papers write it
        ("Dydd Mawrth 14 Chwefror", "--02-14"),  # "dydd Mawrth" is Tuesday, not March
        ("ddydd Sadwrn, 4 Mawrth", "--03-04"),
    ],
)
def test_more_spellings_are_found_and_normalised(text: str, key: str) -> None:
    found = find_dates(f"It was {text}, then.")
    assert [d.key for d in found] == [key]
    assert normalise(text) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [("12/3", "--03-12"), ("Sunday 4/6", "--06-04"), ("Fri 14.3", "--03-14"),
     ("4/5 June 2022", "2022-06-05")],
)  # fmt: skip
def test_findings_with_a_weekday_or_without_a_year_normalise_for_allowances(text, key) -> None:
    assert normalise(text) == key


@pytest.mark.parametrize(
    "text",
    [
        "D/O/B: 03/04/2019",
        "Child K's d/o/b was given as 3.4.19 on the form.",
        "Ganwyd Plentyn K ar 3 Mai 2019.",
        "Child K was born in Glasgow on the 3rd day of May 2019.",
    ],
)
def test_more_dates_of_birth_are_errors(text: str) -> None:
    assert "date-of-birth" in rules_in(text) or "event-date" in rules_in(text)
    assert "full-date" not in rules_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # a day and month in digits after "on" with a time of day, no year
        "At 03:40 on 12/3 the ambulance was called to the flat.",
        "On 12/3 at 03:40 the ambulance was called.",
        # a chronology's first cell or list item, no year
        "| Date | Agency | Event |\n|---|---|---|\n| 14/02 | GP | Appointment missed |",
        "- 14/02: Child K seen by the GP with a rash",
        "| 14.2 | Police | Domestic incident; Mr B arrested. |",
        "| Date | Agency | Event |\n|---|---|---|\n| 3.5 | Police | Called to the home |",
        # Welsh weekdays and months without a year
        "Ar ddydd Sadwrn, 4 Mawrth, daeth yr heddlu i'r tŷ.",
        "Dydd Mawrth 14 Chwefror oedd y tro olaf i'r ysgol weld Plentyn K.",
        # a record system's month abbreviation in lower case, or digits with spaces
        "on 15-jan-23 the school raised a concern.",
        "Child K was seen by the GP on 14 03 2022.",
        # a named day without its year, of a person
        "Child K died on Boxing Day.",
        "On Christmas Eve Mother took Child K to the out-of-hours GP.",
    ],
)
def test_more_event_dates_are_errors(text: str) -> None:
    assert "event-date" in rules_in(text)


def test_a_day_and_month_after_an_event_word_and_the_next_one_are_errors() -> None:
    text = "Child K was admitted 14/3 and discharged 16/3.\n"
    report = check_text(text, "review.md", config=RedactionConfig())
    assert [(f.rule, f.column) for f in report.findings] == [
        ("event-date", text.index("14/3") + 1),
        ("event-date", text.index("16/3") + 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Services are closed on Christmas Day and Boxing Day.",
        "The team works on Bonfire Night with the fire service on prevention.",
        "Scores went from 14/20 to 16/20 over the term.",
    ],
)
def test_named_days_of_no_one_and_scores_pass(text: str) -> None:
    assert rules_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Father was seen on 3/4 occasions by the GP.",
        "The police attended on 2/3 of the calls made that year.",
        "The proportion of child deaths rose from 1/5 to 1/3.",
        "| 4.1 | Police should review how domestic incidents are recorded. |",
        "| Recommendation | Lead | Action |\n|---|---|---|\n| 9.1 | Police | Update training |",
        "| No. | Finding |\n|---|---|\n| 4.2 | Police did not record the incident as abuse |",
    ],
)
def test_fractions_counts_and_paragraph_numbers_are_no_dates(text: str) -> None:
    assert rules_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a document control table, whatever its rows say
        "| Version | Date | Changes |\n|---|---|---|\n"
        "| 1.1 | 14 March 2024 | Comments from the mother included |",
        # a page footer naming the review after its type
        "Westmarch Safeguarding Children Partnership | CSPR Child K | 14/03/2024 | Page 3",
        # laws and duties coming into use
        "The Serious Violence Duty commenced on 31 January 2023.",
        # statistics: a census date, a year to a date, a count
        "In the twelve months to 31 March 2023, 1,234 referrals were received by the MASH.",
        "On 31 March 2023 there were 412 children looked after by the council.",
        "As of 1 April 2024 the partnership had 12 open reviews.",
        "Figures as at 31 March 2023: 412 children subject to a plan.",
        "The national data release of 14 November 2023 shows the same pattern.",
        # the review's scope, audits, inspections, training and consultations
        "Scope: 1 April 2021 – 28 February 2023",
        "Section 4 sets out the chronology from 1 September 2021 to 14 February 2023.",
        "Ofsted inspected the service on 14 to 18 November 2022 and judged it good.",
        "The multi-agency audit took place on 9 November 2023.",
        "Training sessions were delivered on 5 and 12 March 2024 to 120 staff.",
        "The government's consultation closed on 6 March 2023.",
        "Minutes of the meeting of 11 January 2024 record the decision.",
        # the family's part in the review
        "The family were told about the review by letter on 12 January 2024.",
        "Adult D's sister contributed to the review at a meeting on 3 May 2024.",
        "The family's contribution to the review, received on 7 March 2024, is in section 5.",
        "The chair of the Partnership wrote to Mother on 1 August 2024 to thank her.",
    ],
)
def test_more_process_dates_pass(text: str) -> None:
    assert rules_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "When he died, Child K had lived for 417 days.",
        "Baby K died at 10 days of age.",
        "Child K's age at death: 2 years 1 month 3 days",
        "Baby K was a 3-week-and-2-day-old infant.",
        "Baby K was aged 4 mths 3 days.",
        "Baby K died on her 40th day of life.",
        "Baby K died on the ninth day of her life.",
    ],
)
def test_more_ages_to_the_day_are_errors(text: str) -> None:
    assert "exact-age" in rules_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # gestation at birth is no age and gives no date of birth
        "Baby K was born at 34+2 weeks' gestation and spent three weeks in the neonatal unit.",
        "Baby K was born at 34 weeks and 2 days gestation.",
        "Child K lived for 10 days in a hostel before the move.",
        "Baby K stayed on the ward for 3 weeks and 2 days.",
        "Babies under 28 days of age are seen within a day.",
    ],
)
def test_gestation_stays_and_limits_are_no_ages(text: str) -> None:
    assert "exact-age" not in rules_in(text)


@pytest.mark.parametrize(
    ("allowed", "body"),
    [
        ("12 March", "At 03:40 on 12/3 the ambulance was called to the flat."),
        ("14 February", "| 14.2 | Police | Domestic incident; Mr B arrested. |"),
        ("4 June", "Late on Sunday 4/6 he broke the door down."),
        ("15 January 2023", "On 15-jan-23 the school raised a concern about Child A."),
        ("3 May 2019", "Child A was born on the 3rd day of May 2019."),
        ("14/02", "Dydd Mawrth 14 Chwefror oedd y tro olaf i'r ysgol weld Plentyn K."),
    ],
)
def test_an_allow_entry_matches_the_new_forms_in_any_spelling(allowed: str, body: str) -> None:
    def check(allow: list[dict] | None) -> list[str]:
        meta = {"redaction": {"allow": allow}} if allow else {}
        found = check_text(review_text(body + "\n", **meta), "r.md", config=RedactionConfig())
        return [f.rule for f in found.findings if f.rule in ("event-date", "date-of-birth")]

    rule = check(None)
    assert rule  # found without the entry
    assert check([{"text": allowed, "rule": rule[0], "reason": "public"}]) == []


def test_digits_with_spaces_are_a_date_only_with_a_cue() -> None:
    assert rules_in("The form was signed on 12 03 2023 by the deputy.") == []
    assert "event-date" in rules_in("Child K was seen by the GP on 14 03 2022.")
    # a date in words with no cue stays a warning
    assert rules_in("The leaflet is dated 12 May 2022.") == ["full-date"]


# Round 5: the incident that led to the review, what happened on a day, and process dates of
# the review's own work (information gathering, the family's part, a law taking effect).
@pytest.mark.parametrize(
    "text",
    [
        "The incident that led to this review happened on the evening of 9 June 2023.\n",
        "The rapid review considered what happened on 20 July 2023 at the family home.\n",
        "Mother told the health visitor on 3 March 2023 that she could not take part in the group.\n",
        "Mother was invited to the child protection conference on 3 May 2023 but did not attend.\n",
    ],
)
def test_round5_event_dates(text: str) -> None:
    assert "event-date" in rules_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "The figures were taken on 12 March 2024 from the local authority's system.\n",
        "Interviews with practitioners took place between 4 and 8 November 2024.\n",
        "The learning was shared with practitioners at a briefing on 6 June 2025.\n",
        "The family were written to on 2 October 2024 and invited to take part.\n",
        "The family were informed of the review on 5 September 2023 by letter.\n",
        "The panel chair wrote to the GP practice on 3 February 2024 to ask for its records.\n",
        "Before publication, the report was shared with Adult D's daughter on 14 April 2025.\n",
        "From 1st April 2015, No Secrets was repealed and replaced by the Care Act 2014.\n",
        "The statutory guidance took effect on 1 July 2016.\n",
        "Information was requested from eleven agencies on 20 September 2023.\n",
    ],
)
def test_round5_process_dates(text: str) -> None:
    assert rules_in(text) == []


def test_a_body_told_of_the_review_s_decision_dates_the_process() -> None:
    text = (
        "The Chair agreed the recommendation on 6 December 2023, and the Care Inspectorate "
        "was told of the decision on 11 December 2023.\n"
    )
    assert rules_in(text) == []


@pytest.mark.parametrize("before", ["", "The family moved from İstanbul in 2010. İİİ\n\n"])
def test_a_date_of_birth_after_a_dotted_capital_i_is_found(before: str) -> None:
    # "İ" lowers to two characters: the rules' lower-case copy of the text must keep the
    # text's offsets, or every cue window after it is read one character early.
    assert "date-of-birth" in rules_in(before + "Mother, DOB 22nd Sept '98, was a care leaver.")


@pytest.mark.parametrize(
    "text",
    [
        "Baby L was an hour old when the midwife raised the alarm.",
        "Baby L was 20 hours old at the first examination.",
        "Baby L was a week and a day old at the GP check.",
        "Seen in clinic at 4w3d, feeding well.",
        "Age at discharge | 5 weeks 2 days",
        "Baby L, aged 3/12 and 4 days, had a bruise on the ear.",
        "Baby L went missing on his fifteenth birthday.",
        "Adult P fell three days after her 80th birthday.",
        "At 11 days, she was readmitted with weight loss.",
        "Baby L was readmitted to the ward at 9 days with jaundice.",
        "The midwife weighed Baby L on day 5 and found a 10% loss.",
        "Roedd Babi L yn 20 diwrnod oed.",
        # beside the person, relative to birth or a birthday, in midwives' notation
        "Baby L, 12 days, was brought in by ambulance.",
        "Baby L (9/7) was readmitted.",
        "Baby L died on her 60th day.",
        "Baby L was born 4 days before the assault.",
        "Baby L was 3+2 weeks old at the visit.",
        "Baby L was 2 days shy of his first birthday.",
        "Baby L, just hours old, was left with a neighbour.",
        "Baby L was weighed on the 3rd day after his birth.",
    ],
)
def test_ages_to_the_day_in_more_forms_are_errors(text: str) -> None:
    assert "exact-age" in rules_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Baby L was a week old when the family moved.",
        "The case was reviewed at 28 days and closed.",
        "On day 2 of the hearing the judge heard from the nurse.",
        "On day 3 the family moved into a hostel.",
        "The card arrived on her birthday.",
        "Babies less than 48 hours old are seen by the midwife.",
        "The 24-hour helpline was advertised in the leaflet.",
        "Initial Assessment (10 days) is the local timescale.",
        "Eastholme (12 days) met the timescale.",
        "On her second day at the nursery Baby L cried a lot.",
        "Mothers are visited 10 to 14 days after birth.",
        "Mother was 38+1 weeks pregnant.",
    ],
)
def test_weeks_process_days_and_plain_birthdays_are_no_exact_ages(text: str) -> None:
    assert "exact-age" not in rules_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # a step of the work with a person dates the case, whatever verb completes it
        "A needs assessment was completed on 4 October 2022 and found no eligible needs.",
        "The referral, submitted on 9 May 2023, was not acknowledged.",
        "A child protection plan followed the conference, agreed on 2 June 2022.",
        "Child K was taken home on Weds 9/3 although the bruise was unexplained.",
        "Nobody audited the case closed after the fall on 3 January 2023.",
        "The section 47 enquiry ended on 5 May 2022.",
    ],
)
def test_case_work_completed_and_abbreviated_weekdays_are_event_dates(text: str) -> None:
    assert "event-date" in rules_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "The overview report was completed on 30 April 2025.",
        "The SAR referral was submitted on 14 March 2024.",
        "The board will consider progress on 1 October 2026.",
        "Agencies are expected to report back on 31 January 2026.",
    ],
)
def test_review_documents_and_planned_dates_are_no_findings(text: str) -> None:
    assert rules_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the review's governing body, named in capitals, as what a date is for
        "The action plan will be reported to the Board on 12 December 2023.\n",
        "A referral was received by the Board on 3 February 2022 from the fire service.\n",
        "Progress will go to the Domestic Abuse Local Partnership Board on 21 October 2024.\n",
        "3. The Community Safety Partnership to report on progress by 31 March 2025.\n",
        "The findings were taken to the Child Exploitation Sub-group on 9 May 2024.\n",
    ],
)
def test_a_named_governing_body_dates_the_process(text: str) -> None:
    assert rules_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a body that decides on a person, and a service named as a partnership
        "The Parole Board released him on 3 May 2021.\n",
        "Mr W was admitted to the South Vale Mental Health Partnership NHS Trust on 5 May 2021.\n",
        "The Complex Case Panel discussed Mr W after his fall on 4 June 2022.\n",
    ],
)
def test_bodies_that_act_on_a_person_still_date_an_event(text: str) -> None:
    assert "event-date" in rules_in(text)


def test_a_timeline_of_the_review_s_steps_holds_process_dates() -> None:
    table = (
        "| Step | When |\n|---|---|\n| Notification of concern to the CPC | 7 October 2022 |\n"
        "| Draft report to CPC | 4 December 2023 |\n"
    )
    assert rules_in(table) == []
    chronology = table.replace("| Step | When |", "| Event | When |")
    assert "event-date" in rules_in(chronology)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a Roman-numeral month, as clinical and court records write it
        ("12.iv.19", "2019-04-12"),
        ("3 xi 2021", "2021-11-03"),
        ("14/VII/2020", "2020-07-14"),
        ("29.ii.2020", "2020-02-29"),
        # spaces round the separators, and a misspelt month name
        ("14 / 02 / 2023", "2023-02-14"),
        ("14 Febuary 2023", "2023-02-14"),
        ("3 Septmber 2021", "2021-09-03"),
        ("12 Jully 2019", "2019-07-12"),
    ],
)
def test_roman_misspelt_and_spaced_months_are_found_and_normalised(text: str, key: str) -> None:
    found = find_dates(f"Police attended on {text} after a call.")
    assert [d.key for d in found] == [key]
    assert normalise(text) == key


@pytest.mark.parametrize(
    "text",
    [
        "Sessions were 3 x 20 minutes.",
        "Aged 3 v 12 in the match.",
        "She lived at 5 Marks 2020 Court.",  # two edits from "March": no month
        "By 3 years 2020 had gone.",
    ],
)
def test_counts_with_a_roman_looking_letter_are_no_dates(text: str) -> None:
    assert find_dates(text) == []


def test_a_roman_month_event_date_is_an_error_and_a_process_one_passes() -> None:
    assert "event-date" in rules_in("Child K was found unresponsive on 12.iv.19.")
    assert rules_in("The report was approved by the partnership on 12.iv.2024.") == []


@pytest.mark.parametrize(
    "text",
    [
        # midwives' notation for days (N/7) and weeks (N/52) of life
        "At 5/7 the baby was readmitted with jaundice.",
        "Seen by the health visitor at 6/52; weight had dropped.",
        "| Age | Event |\n|---|---|\n| 3/7 | Community midwife visit |",
        "Day 10 post-natal visit: the midwife noted weight loss.",
    ],
)
def test_clinical_ages_to_the_day_are_errors(text: str) -> None:
    assert "exact-age" in rules_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "The out-of-hours team gives 24/7 cover.",
        "Midwives visit on day 1, day 5 and day 10 after birth as standard.",
        "National guidance is to offer induction between 41+0 and 42+0 weeks.",
        "Babies born before 34+0 weeks are usually cared for in a neonatal unit.",
    ],
)
def test_clinical_notation_in_general_statements_passes(text: str) -> None:
    assert "exact-age" not in rules_in(text)

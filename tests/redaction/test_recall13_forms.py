"""Identifiers read by their form and position, and look-alikes left alone (issue 12,
recall13): an age in weeks and days as the point a chart or a note reaches; a date in a
community language; a record number with a short prefix (hospital, Home Office); a phone
number with its code bracketed after the 0; a group's or a display name in quotes; a postcode
or a plate spelt out with a wider gap; a name broken after its first letter; a street's
short type after a preposition; a name glossing a note's shorthand relation; an Irish place
eclipsed after "i". Organisations' accounts, holidays without a year, degrees and
compounds broken at their hyphen pass. Every name and
place here is invented for this file or a real place used only as a place."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import review_error_rules

IDENTIFIERS = [
    # weeks and days as the point a chart or a note reaches
    ("exact-age", "Graph 4: length and weight, birth to 13 weeks and 4 days."),
    ("exact-age", "Her weight at 7 weeks 6 days had fallen to the 2nd centile."),
    ("exact-age", "By 10 wks 1 day Baby Q was feeding better."),
    # dates in the languages of the UK's communities
    ("event-date", "The Spanish record gives 12 de marzo de 2018 as the day of birth."),
    ("date-of-birth", "Mother's form said urodzona 2 lutego 2019 r. in her own hand."),
    ("date-of-birth", "The Albanian certificate says she was born on 9 qershor 2016."),
    ("event-date", "Hungarian papers gave 2015. október 3. for the birth."),
    # record numbers with a short prefix after their label
    ("case-reference", "Her hospital number, QH2 4471093, was on the wristband."),
    ("case-reference", "The Home Office reference was W3 5560128/1 on each letter."),
    ("case-reference", "The UAN 3434-0099-1122-7788 was quoted by the solicitor."),
    # a phone number with its code bracketed after the 0
    ("phone-number", "She called from 0(7441) 902 331 late that night."),
    ("phone-number", "The form gave 0 [113] 496 0821 as the home number."),
    # a group's or a display name in quotes
    ("social-handle", "The Discord server 'Hawthorn Vale Crew' was where the videos went round."),
    ("social-handle", 'On WhatsApp his display name "Top Dog Kez 🐺" appeared in the group.'),
    # a postcode or a plate spelt out with a wider gap between the halves
    ("uk-postcode", "The label said N P 1 9  4 D W in felt pen."),
    ("vehicle-registration", "The van's plate was B K 2 1  H R M."),
    # a name broken after its first letter
    ("person-name", "Step-sister: E-\nmrys, aged 9, was at the house."),
    # a street's short type after a preposition, as messages and labels write it
    ("street-address", "txt: 'im at the park off Rowan Cl if u want'"),
    ("street-address", "He said he was staying near Hazel Gro with a friend."),
    # a name in brackets after a note's shorthand for a relation
    ("label-gloss", "HV note: 'MGF (Desmond) smokes in the house. Plan: r/v 4/52.'"),
    ("label-gloss", "ED: 'brought in by G/F (Tayla), intoxicated.'"),
    # an Irish place eclipsed after "i"
    ("named-place", "Bhí an teaghlach ina gcónaí i gCnoc an Doire ag an am."),
]

LOOK_ALIKES = [
    "Baby Q was born at 37 weeks and 5 days and went home the next day.",
    "The target was cut to 3 weeks and 2 days after the audit.",
    "The transfer was delayed by 2 weeks and 1 day.",
    "Mother booked at 11 weeks and 3 days in the pregnancy.",
    "The partnership posts from @SafeguardingMidlands and the NSPCC's @NSPCC_Policy account.",
    "Children's Day (1 czerwca) is marked in Polish schools.",
    "She was doing her A-\nlevels and wore a T-\nshirt to the X-\nray.",
    "A Discord server for the school's film club was run by a teacher.",
    "Call Childline on 0800 1111 or the police on 101.",
    "HV note: 'MGF (tearful) attended. Plan: r/v (2/52).'",
    "She has an MA (Hons) and bought an mBank card online.",
]


@pytest.mark.parametrize(("rule", "text"), IDENTIFIERS)
def test_identifier_forms_are_blocked(rule: str, text: str) -> None:
    assert rule in review_error_rules(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_pass(text: str) -> None:
    assert review_error_rules(text) == set()

"""Identifiers read by their form and position (issue 12, recall10): an age to the day after
a verb of working it out, a control-room log number, file paths on a network share, a Mac or
relative to a folder, a district named as the area of its town, and more. One positive and
one negative per form; every name here is invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.rules import (
    case_reference,
    exact_age,
    link_target,
    named_place,
    nhs_number,
    person_name,
    social_handle,
    street_address,
)
from tests.redaction.one_line import review_error_rules
from tests.redaction.test_places import spans

FOUND = [
    # an age to the day after a verb of working it out or writing it down
    (exact_age, "Age calculated as 3 years 5 months and 2 days at the incident.", "3 years"),
    (exact_age, "His age was estimated at 1 year 4 months and 6 days.", "1 year"),
    # a control-room log number with the clause going on after it
    (case_reference, "The call was logged as CAD 4417 of the same night.", "4417"),
    (case_reference, "The second call, STORM 0932, was graded urgent.", "0932"),
    # a file's path from a network share, a Mac home folder, or relative to the writer's
    (link_target, r"Notes were copied from \\fs02\Cases\Quennell_D\notes.docx.", "Quennell"),
    (link_target, "The photo came from /Users/tbrandt/Downloads/IMG_0042.jpg.", "tbrandt"),
    (link_target, "See ../evidence/police/2022-10-19_Mbatha_statement.pdf.", "Mbatha"),
    # a district named as the area, district or part of its town
    (named_place, "The flat was in the Cotterwick area of Stockport.", "Cotterwick"),
    (named_place, "The flat was in the Hollinsby district of the town.", "Hollinsby"),
    # a street address in a police log's capitals and abbreviations
    (street_address, "O/S 14 LARKSPUR CL, IP=MOTHER, NFA", "14 LARKSPUR CL"),
    (street_address, "ATTENDED 31 BRACKEN WY RE DA", "31 BRACKEN WY"),
    # a surname in capitals beside a police log's roles and actions, "Mc" surnames too
    (person_name, "VRM STOPPED, DRIVER J. MCALLISTER ARRESTED S.5 MDA", "MCALLISTER"),
    (person_name, "23:40 OKONKWO DETAINED AT SCENE, CONVEYED", "OKONKWO"),
    # a family court case titled by the family's surname
    (person_name, "Re Tranmere (A Child) was heard in the spring.", "Tranmere"),
    (person_name, "In re Gilchrist (Children) the judge criticised the delay.", "Gilchrist"),
    # a surname in the capitals of a payment's reference or payee
    (person_name, 'The statement showed the reference "K DUNSTAN RENT".', "DUNSTAN"),
    (person_name, 'Weekly payments referenced "T BRADSHAW LOAN" were made.', "BRADSHAW"),
    # an account's shape after "known as"; a channel with a first name and an acronym
    (social_handle, "His YouTube channel, Kai Plays FIFA, had fans.", "Kai Plays FIFA"),
    # a house's name, then the lane it stands on
    (street_address, "Adult C lived alone at Rowan Cottage on Mill Brow.", "Mill Brow"),
    # a town that is also a surname, after a part of a place or a journey
    (named_place, "They lived on the outskirts of Chard, by the bypass.", "Chard"),
    (named_place, "The family fled to Chard after the assault.", "Chard"),
    # the town after a street address and a comma, in any language
    (street_address, "Roedd hi'n byw yn 9 Heol y Felin, Llanwerydd.", "Llanwerydd"),
    # a health number after its label and a verb, whatever its check digit
    (nhs_number, "Her NHS number was given as 614 097 3822 on the form.", "614 097 3822"),
]

PASS = [
    (exact_age, "The placement was calculated as 1 year 2 months and 6 days.", "1 year"),
    (case_reference, "The force handled 1200 CAD incidents that month.", "1200"),
    (case_reference, "The log showed 1,250 calls in the year.", "250"),
    (link_target, "The template is at ../templates/review-report.pdf in the folder.", "review"),
    (link_target, r"Saved on \\server\shared\templates\review-plan.docx as usual.", "plan"),
    (named_place, "The Local Authority area of Westmere covers six towns.", "Local"),
    (named_place, "The family were in the Old part of town.", "Old"),
    (street_address, "GAVE 2 TABLETS PL RE PAIN", "TABLETS"),
    (street_address, "ON 14 MARCH DR PATEL ATTENDED", "MARCH"),
    (street_address, "she had 3 gr of flour", "gr"),
    (person_name, "MOTHER ARRESTED AT SCENE, CHILD TO NAN", "MOTHER"),
    (person_name, "DRIVER UNKNOWN, VEHICLE DECAMPED", "UNKNOWN"),
    (person_name, "CHARITY SHOPS PROVIDED CLOTHES FOR THE CHILDREN.", "REN"),
    (person_name, "The court applied Re Tranmere (A Child) [2003] EWHC 2927.", "Tranmere"),
    (person_name, "The judgment in Re W (Children) was considered.", "W"),
    (person_name, 'The payments were referenced "BILLS", "GIFT" and "RENT".', "BILLS"),
    (social_handle, "She was known as 'the quiet one' in class.", "quiet"),
    (social_handle, "The service was known as CAMHS at the time.", "CAMHS"),
    (social_handle, "The board's YouTube channel, Westmarch SCP Briefings, hosts it.", "Westmarch"),
    (street_address, "The Town Hall on High Street hosted the meeting.", "Town Hall"),
    (named_place, "The research of Chard and colleagues was cited.", "Chard"),
    (named_place, "He spoke to Chard about the plan.", "Chard"),
    (street_address, "He lived at 14 Acacia Avenue, Mother said.", "Mother"),
    (nhs_number, "The NHS spent more in 2019, about 614 097 3822 pounds.", "614"),
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_identifiers_read_by_form_and_position_are_found(rule, text: str, wanted: str) -> None:
    found = spans(rule.find, text)
    assert any(wanted in s for s in found), (wanted, found)


@pytest.mark.parametrize(("rule", "text", "word"), PASS)
def test_look_alikes_are_not_identifiers(rule, text: str, word: str) -> None:
    assert not any(word in s for s in spans(rule.find, text)), spans(rule.find, text)


def test_an_account_shape_after_known_as_is_reported() -> None:
    assert "social-handle" in review_error_rules(
        "Online she was known as 'kay_b_x' to the older men."
    )


def test_a_body_after_known_as_is_no_account() -> None:
    assert review_error_rules("Locally the service was known as CAMHS.") == set()

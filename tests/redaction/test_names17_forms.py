"""Round seventeen: person names the gate missed in forms an independent holdout wrote.

Each sentence is invented. Five forms: a name after a nursing or religious title ("Nurse
Pendry"), bare initials signing a report beside the signer's role, a name in capitals beside
a family word on a child's drawing or card ("NANNY AND KOBI"), a first name typed in lower
case opening a clause ("said that tobiah used to"), and an unquoted alias after "aka" or "went
by". Each positive fails without its form; the look-alike beside it is the same shape without
a person and must stay clean.
"""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at, review_error_rules

RULE = "person-name"

ONE_LINE_PEOPLE = [
    # a nursing or religious title before a surname no list of words explains
    ("Later that evening Nurse Quennell checked the baby's temperature.", "Quennell"),
    ("The discharge letter was written by Sister Okwuosa on the ward.", "Okwuosa"),
    ("Matron Threlfall agreed to a strategy discussion.", "Threlfall"),
    ("Midwife Ravensworth booked a further home visit.", "Ravensworth"),
    # a first name after the title
    ("Sister Ferelith from the parish visited the family twice.", "Ferelith"),
    # a name in capitals joined to a family word, as a child writes it, also a name a word
    # shares (a name no word shares is found in capitals already)
    ("The nursery kept a picture labelled DADDY AND JACK in felt pen.", "JACK"),
    ("On the fridge was a card that said LOVE FROM RUBY N MUMMY.", "RUBY"),
    ("Her drawing showed two figures with NANA & ROSE written underneath.", "ROSE"),
    # a first name in lower case opening a clause, before a verb
    ("The note in the diary read that kaiden used to hide food in his room.", "kaiden"),
    ("Sibling 1 explained that when braylen kept shouting the baby woke.", "braylen"),
    ("The log records that lacey-mae waited outside the shop until dark.", "lacey-mae"),
]

ONE_LINE_CLEAN = [
    # the title before a role, a ward, a unit or a pseudonym
    "The Nurse Practitioner saw Child K and the Nurse Specialist reviewed the notes.",
    "Sister 1 and Sister B stayed with their grandmother that week.",
    "The Matron Team reviewed the incident and a Midwife Led Unit took over her care.",
    "The Ward Sister Bank was used to cover the night shift.",
    # capitals beside a family word that are what the child drew, or a service
    "Child K's picture showed MUMMY AND ME at the seaside.",
    "The poster in the waiting room said MUM AND BABY GROUP ON FRIDAYS.",
    "The leaflet was headed DAD AND CAMHS: WHAT TO EXPECT.",
    # a lower-case word after a clause opener that is an English word, or a pseudonym
    "The teacher said that staff used to meet the parents at the gate.",
    "The plan was that child k would stay with Mother until the review.",
    "She said that grace was shown by the neighbours when money ran out.",
]


@pytest.mark.parametrize(("text", "name"), ONE_LINE_PEOPLE)
def test_names_of_round_seventeen_are_found(text: str, name: str) -> None:
    assert flags_at(text, RULE, name), name


@pytest.mark.parametrize("text", ONE_LINE_CLEAN)
def test_look_alikes_of_round_seventeen_stay_clean(text: str) -> None:
    assert RULE not in error_rules(text)


SIGNED = [
    "We are grateful to the family for their part in this review.\n\nJ.P., Independent Reviewer",
    "The partnership accepts every recommendation.\n\nD W-H\nLead Reviewer",
    "Questions go to the business unit.\n\nSigned: TN (Independent Author)",
]

SIGNED_CLEAN = [
    # a role alone, a service's abbreviation, and the reviewer's own initials (the case
    # corpus's front matter names the author "R. Ashdown")
    "We are grateful to the family for their part in this review.\n\nThe Independent Reviewer",
    "The partnership accepts every recommendation.\n\nLSCP, Independent Chair",
    "Questions go to the business unit.\n\nSAB\nIndependent Chair",
    "We are grateful to the family for their part in this review.\n\nR.A., Independent Reviewer",
]


@pytest.mark.parametrize("text", SIGNED)
def test_initials_signing_a_report_are_found(text: str) -> None:
    assert RULE in review_error_rules(text)


@pytest.mark.parametrize("text", SIGNED_CLEAN)
def test_a_role_or_the_reviewers_own_initials_stay_clean(text: str) -> None:
    assert RULE not in review_error_rules(text)


# An alias or nickname after "aka", "went by", "nicknamed" or "also called", unquoted and an
# everyday word; after "nicknamed", "also ..." and "otherwise ..." only where the clause
# before names a person (places and services have other names too).
ALIASES = [
    ("Adult P (aka Biscuit) was at the flat most evenings.", "Biscuit"),
    ("Adult M, who went by Moth, drove the children.", "Moth"),
    ("Child K's uncle, nicknamed Spud, drove them home.", "Spud"),
    ("Adult M (also called Spud) was not known to police.", "Spud"),
]

ALIASES_CLEAN = [
    "The practice, also known as Brookside, closed in 2022.",
    "The estate, nicknamed Beirut by residents, had few services.",
    "The hub (aka CAMHS) saw the family twice.",
    "The approach, also called Signs of Safety, was used by the team.",
    "The team, otherwise known as the MASH, took the call.",
]


@pytest.mark.parametrize(("text", "name"), ALIASES)
def test_an_alias_after_its_cue_is_a_name(text: str, name: str) -> None:
    assert flags_at(text, RULE, name), name


@pytest.mark.parametrize("text", ALIASES_CLEAN)
def test_another_name_of_a_place_or_service_stays_clean(text: str) -> None:
    assert RULE not in error_rules(text)


# A first name in lower case in prose, beside a word that puts a person there or before a
# verb: only listed first names no English word, place or body shares, never inside a mail
# address, handle or file name.
LOWER_IN_PROSE = [
    ("Child K went to the park with jayden and came back late.", "jayden"),
    ("The social worker saw braylen at the flat on two visits.", "braylen"),
    ("Mother and tobiah were seen at the shop by a neighbour.", "tobiah"),
]

LOWER_IN_PROSE_CLEAN = [
    "She met the family with grace and patience, and saw amber lights on the dashboard.",
    "The notes were saved as braylen_visit_notes and shared with the team.",
    "The school wrote to jayden.parent at the address on file.",
    # a word typed wrong after a determiner, that a list holds as a first name
    "Staff said a new cafer arrived on the Monday and stayed a week.",
]


@pytest.mark.parametrize(("text", "name"), LOWER_IN_PROSE)
def test_a_lower_case_first_name_in_prose_is_found(text: str, name: str) -> None:
    assert flags_at(text, RULE, name), name


@pytest.mark.parametrize("text", LOWER_IN_PROSE_CLEAN)
def test_lower_case_words_and_handles_stay_clean(text: str) -> None:
    assert RULE not in error_rules(text)

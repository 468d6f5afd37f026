"""Forms met in the front parts of published reports (title pages, panel lists, terms of
reference, family involvement, contact blocks): what is public and must pass, and the
identifiers next to it that must still be found. Every name and place here is invented for
this file."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.rules import named_institution, person_name


def findings(text: str) -> list[tuple[str, str]]:
    report = check_text(f"# Review\n\n{text}\n", "r.md", config=RedactionConfig())
    return [(f.rule, f.severity) for f in report.findings]


def spans(find, text: str) -> list[str]:
    return sorted({text[h.start : h.end] for h in find(text)})


# -- a board's contact block ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "3.2 Contact: NVSB, 12 Quarry Court, Northvale NV2 7QQ.",
        "Address: Northvale Safeguarding Board, 12 Quarry Court, Northvale NV2 7QQ.",
        "Community Safety Team, Northvale District Council, Council Offices, Priory Road, "
        "Northvale.",
    ],
)
def test_a_contact_line_of_a_board_is_public(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Contact: 07700 900913 (Mother, mobile).", "phone-number"),
        ("The family lived at 12 Quarry Court, Northvale NV2 7QQ.", "street-address"),
        ("Contact: the family at 12 Quarry Court.", "street-address"),
    ],
)
def test_a_contact_line_without_a_board_is_still_read(text: str, rule: str) -> None:
    assert (rule, "error") in findings(text)


# -- teams and services of an agency --------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The employing trust's Occupational Health Unit saw her twice.",
        "Advice was given at the Antenatal Clinic in the spring.",
        "Officers from the Community Safety Unit attended the learning events.",
        "Chronologies were requested through the Board's Business Unit.",
        "A Detective Inspector, South Wales Police Public Protection Unit, sat on the panel.",
        "Her sister attended the Flying Start nursery most mornings.",
        "Mother was offered a place at the Carers Centre.",
    ],
)
def test_a_team_or_service_is_no_named_place(text: str) -> None:
    assert spans(named_institution.find, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She was moved to the Rainbow Unit overnight.", "Rainbow Unit"),
        ("He was seen at the Harrowdene Clinic.", "Harrowdene Clinic"),
        ("The child was on Hazel Ward for a week.", "Hazel Ward"),
    ],
)
def test_a_named_unit_or_clinic_is_still_found(text: str, name: str) -> None:
    assert name in spans(named_institution.find, text)


# -- homes known by a name and their kind ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("From 2018 she lived with foster carers at Brackendown, a farmhouse near the town.",
         "Brackendown"),
        ("In 2021 he moved into Keystone, a supported housing project for men.", "Keystone"),
        ("She spent her last year at Craigellan, a smallholding in the hills.", "Craigellan"),
        ("She had been a resident of Glenfarrow since 2017.", "Glenfarrow"),
        ("She lived in a Shared Lives home, and later at Rowan Bank with four other women.",
         "Rowan Bank"),
    ],
)  # fmt: skip
def test_a_home_named_with_its_kind_is_found(text: str, name: str) -> None:
    assert name in spans(named_institution.find, text)


@pytest.mark.parametrize(
    "text",
    [
        "Adult P, a farm labourer, was interviewed by the police.",
        "Father, a farm worker, left early each morning.",
        "She worked in Leeds, and later at Leeds with the same team.",
    ],
)
def test_a_person_or_a_public_place_is_no_home(text: str) -> None:
    assert spans(named_institution.find, text) == []


# -- process dates ---------------------------------------------------------------------------
def test_the_period_a_review_covers_is_a_process_date() -> None:
    text = "The review covers the period from 1 September 2021 to Mr D's death."
    assert findings(text) == []
    assert ("event-date", "error") in findings("Mr D died on 1 September 2021.")


# -- a first name that is also a word, taking part in the review -----------------------------
def test_a_word_name_taking_part_in_the_review_is_a_name() -> None:
    text = "Child H lived with her aunt. Heather gave the review a full account of those years."
    assert spans(person_name.find, text) == ["Heather"]
    assert spans(person_name.find, "The Trust gave the review its chronology.") == []


def test_a_name_after_the_elder_or_younger_is_a_name() -> None:
    text = "She had two children; the elder, Summer, was at school that day."
    assert spans(person_name.find, text) == ["Summer"]
    assert spans(person_name.find, "The younger Child 1 was at nursery.") == []


def test_a_resident_of_needs_the_word_resident() -> None:
    assert spans(named_institution.find, "The team of Glenfarrow met since 2017.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Denbighshire County Council (Cyngor Sir Ddinbych) held information.",
        "North Wales Police (Heddlu Gogledd Cymru) attended the learning event.",
        "Bwrdd Iechyd Prifysgol Hywel Dda sent a chronology.",
    ],
)
def test_welsh_names_of_public_bodies_are_no_names(text: str) -> None:
    assert spans(person_name.find, text) == []


# -- a references list -----------------------------------------------------------------------
REFERENCES = (
    "## References\n\n"
    "Marchbank, S. and Oyelowo, T. (2021) *Homelessness and safeguarding*. London: NIHR\n"
    "Policy Research Unit in Health and Social Care Workforce, King's College London.\n\n"
    "Allnutt, R. (2014) *Hidden in plain sight*. London: Jessica Kingsley Publishers.\n\n"
    "Women's Aid Federation of England (2019) *Economic abuse*. Bristol: Women's Aid.\n"
)


def test_authors_publishers_and_places_of_a_references_list_are_public() -> None:
    assert findings(REFERENCES) == []


# The Vancouver style of medical journals: "Surname I" authors, year;volume or publisher; year.
VANCOUVER = (
    "## References\n\n"
    "1. Hallmark N, Okonjo R, Treadwell P. Missed appointments in infancy. Child Abuse Negl.\n"
    "   2019;88:12-20. doi:10.1016/j.chiabu.2018.11.004\n"
    "2. Mbeki T, Grayson L. Safeguarding in general practice. Br J Gen Pract. 2021;71(703):e12.\n"
    "3. Brandwood M, Sidebottom P, Belderson P et al. Complexity and challenge. London:\n"
    "   Department for Education; 2020.\n"
)


def test_authors_of_a_vancouver_references_list_are_public() -> None:
    assert findings(VANCOUVER) == []


@pytest.mark.parametrize(
    "text",
    [
        # A line that starts like an author, with no mark of a citation.
        "Keira Mbeki T. was seen at home by the health visitor in 2021.",
        "1. Mbeki T, Grayson L. visited the family twice in 2021; 3 visits were missed.",
    ],
)
def test_names_shaped_like_vancouver_authors_are_still_found(text: str) -> None:
    assert ("person-name", "error") in findings(text)


def test_a_year_in_brackets_alone_makes_no_citation() -> None:
    text = "In the first review (2019) the family lived near Oakvale Primary: Staff knew them."
    assert ("named-institution", "error") in findings(text)


# Under a heading of cited works an entry needs no title in italics or "Place: Publisher". (A
# hospital named by its town: one named by its street and cited is public anywhere.)
SOURCES = (
    "## Sources of national learning\n\n"
    "- Westmarch General Hospital (2019) Transition to adult services: a guide for families\n"
    "- Royal College of Nursing (2021) Meeting the health needs of people with learning "
    "disabilities\n"
)


def test_entries_under_a_heading_of_cited_works_are_public() -> None:
    assert findings(SOURCES) == []


def test_the_same_entry_under_another_heading_is_still_read() -> None:
    text = SOURCES.replace("Sources of national learning", "What happened")
    assert ("named-institution", "error") in findings(text)


def test_a_board_meeting_date_is_a_process_date() -> None:
    text = (
        "The Sub-group considered each referral and, at its meeting on 16 November 2023, "
        "recommended a thematic review."
    )
    assert findings(text) == []


def test_a_residential_college_named_with_its_kind_is_found() -> None:
    text = "He had attended Kestrel, a residential college for autistic young people."
    assert spans(named_institution.find, text) == ["Kestrel"]


# -- groups of schools -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He attended a school in the Brackley Learning Trust.", "Brackley Learning Trust"),
        ("She joined the sixth form of Hazelmere Federation that autumn.", "Hazelmere Federation"),
    ],
)
def test_a_named_trust_or_federation_of_schools_is_found(text: str, name: str) -> None:
    assert spans(named_institution.find, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Women's Aid Federation of England (2019) published the guidance.",
        "Officials of the Russian Federation and the Police Federation commented.",
        "The Carers Trust and the Education Trust were consulted.",
    ],
)
def test_a_national_federation_or_trust_is_no_school_group(text: str) -> None:
    assert spans(named_institution.find, text) == []


# -- the end of a review period that is the day of the incident ------------------------------
def test_a_process_date_that_is_also_the_day_of_the_harm_is_an_event() -> None:
    text = (
        "The period under review runs from the start of the Summer term 2019 to 2 December "
        "2020, when Child B was found injured."
    )
    assert ("event-date", "error") in findings(text)
    quiet = "The report was completed on 3 May 2023, when the panel met for the last time."
    assert findings(quiet) == []

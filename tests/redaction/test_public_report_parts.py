"""Parts of published reports that are public and must pass the gate (a board's address
block, references, process dates, organisations and the units of public bodies), each with
the identifier next to it that must still be found. Every name and place here is invented
for this file, except public bodies."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text


def findings(text: str) -> list[tuple[str, str]]:
    report = check_text(f"# Review\n\n{text}\n", "r.md", config=RedactionConfig())
    return [(f.rule, f.severity) for f in report.findings]


def rules(text: str) -> set[str]:
    return {rule for rule, _ in findings(text)}


# -- a board's address block whose area is two places joined by "and" -----------------------
def test_an_address_block_of_a_board_of_two_areas_is_public() -> None:
    text = (
        "The Board thanks the panel.\n\n"
        "Morfa and Dyffryn Regional Safeguarding Board\nBusiness Unit\nCouncil Offices\n"
        "Ffordd yr Orsaf\nMorfa\n"
    )
    assert findings(text) == []


def test_a_family_address_after_two_areas_is_still_found() -> None:
    text = "Morfa and Dyffryn families were visited; Child A lived at 4 Ffordd yr Orsaf.\n"
    assert ("street-address", "error") in findings(text)


# -- an organisation named after a word or a place -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "| Chief Executive | Sahara Women's Aid |",
        "| Head of Tenancy Services | Tai Dyffryn Housing Association |",
        "Advocacy was offered by the Roshni Advocacy Project.",
        "A carer from the Domiciliary Care Agency recorded it.",
    ],
)
def test_an_organisation_is_no_person(text: str) -> None:
    assert "person-name" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her friend, Sahara, told the police what she had seen.",
        "The tenancy officer spoke to Dafydd Pryce, who said he was managing.",
    ],
)
def test_a_person_near_an_organisation_word_is_still_found(text: str) -> None:
    assert ("person-name", "error") in findings(text)


# -- a unit of a public body -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The panel thanks the staff of the Pennock Domestic Abuse Unit of Thames Valley Police.",
        "The protocol (North East Safeguarding Procedures Unit, 2021) was not followed.",
    ],
)
def test_a_unit_of_an_agency_is_no_institution(text: str) -> None:
    assert "named-institution" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "She was placed at the Larchwood Mother and Baby Unit of a private provider.",
        "He was admitted to Hazelmere Assessment Unit, Thames Valley.",
    ],
)
def test_a_named_unit_is_still_found(text: str) -> None:
    assert ("named-institution", "error") in findings(text)


# -- a public body of the Republic of Ireland ------------------------------------------------
def test_tusla_is_a_public_body() -> None:
    text = (
        "Tusla, the Child and Family Agency, sent its records. A letter to Tusla went unanswered."
    )
    assert findings(text) == []


# -- a place in the title of a cited work ----------------------------------------------------
def test_words_of_a_cited_title_are_no_place() -> None:
    text = (
        "Imkaan (2020) *The Value of Intersectionality in Understanding Violence against "
        "Women and Girls*. London: Imkaan.\n"
    )
    assert findings(text) == []


# -- dates of the review process -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The criteria for a concise review were met on 14 March 2024.",
        "Reviewer: signed on 29 October 2024",
        "A reflective session was held on 7 March 2023 with practitioners.",
        "The review team reported to the Child Protection Committee on 27 March 2024.",
        "The Chief Officers Group endorsed it on 23 April 2024.",
        "The Home Office was informed on 20 December 2022.",
        "Date of report: 20 December 2024",
        "Date approved by the safeguarding partners: 23 September 2024",
        "Date of final report: 12 July 2024",
    ],
)
def test_a_date_of_the_review_process_passes(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Date of incident: 20 December 2024",
        "Child D was found unresponsive at home on 19 February 2023.",
        "The reviewer was told that Mother died on 3 May 2022.",
    ],
)
def test_a_date_of_the_case_is_still_found(text: str) -> None:
    assert any(rule in ("event-date", "full-date") for rule in rules(text))


# -- a unit of a police force or council, whatever its area is called ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Officers from Avonvale Police's Child Abuse Investigation Unit attended.",
        "Kestle Council's Family Support Team visited twice.",
    ],
)
def test_a_unit_of_a_named_force_or_council_is_no_institution(text: str) -> None:
    assert "named-institution" not in rules(text)


def test_a_named_unit_after_a_force_is_still_found() -> None:
    text = "Avonvale Police took her to the Rowanbank Assessment Unit for the night."
    assert ("named-institution", "error") in findings(text)


# -- generic names of education and care services ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "She moved to an Alternative Provision Academy and later to a Further Education College.",
        "He later moved to an Extra Care Housing scheme near his son.",
        "He was known to the Salvation Army and to St Mungo's outreach workers.",
        "An Ofsted-registered Children's Home and two Independent Fostering Agencies replied.",
    ],
)
def test_a_generic_service_is_no_institution_or_place(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("She moved to Brookfield Further Education College in the autumn.", "named-institution"),
        ("He later moved to the Larkhill Housing scheme near his son.", "named-place"),
    ],
)
def test_a_named_service_is_still_found(text: str, rule: str) -> None:
    assert (rule, "error") in findings(text)


# -- a link to a published national review -----------------------------------------------------
def test_a_link_to_a_national_review_names_no_family() -> None:
    text = (
        "The national review is at https://www.gov.uk/government/publications/"
        "national-review-into-the-murders-of-arthur-labinjo-hughes-and-star-hobson."
    )
    assert findings(text) == []


def test_a_name_in_a_link_beside_a_published_one_is_still_found() -> None:
    text = "The chronology is at files/star-hobson-review-and-kayden-okonkwo-notes.pdf."
    assert ("link-target", "error") in findings(text)


# -- a sentence about the report itself ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The draft was shared with Adult R's son on 20 September 2023.",
        "1.3 The final report was sent to Mother on 4 March 2024 for her comments.",
    ],
)
def test_a_date_the_report_was_shared_is_a_process_date(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The report was shared with the family, who said that Adult R died on 3 May 2022.",
        "The review was commissioned on 4 May 2023, following Child K's death on 14 February 2023.",
    ],
)
def test_a_report_sentence_that_dates_a_death_is_still_found(text: str) -> None:
    assert ("event-date", "error") in findings(text)


# -- the review's own steps, people and governance -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "| Scoping meeting | 2 February 2023 |",
        "The SAR referral was received on 9 December 2022.",
        "The Board's decision was shared with Adult T's wife on 20 January 2023.",
        "The reviewer met Adult T's wife on 18 July 2023.",
        "The lead reviewer spoke to Mother on 3 March 2023.",
        "The report was quality assured by the SAB Chair on 29 September 2023.",
        "The Executive Group accepted the recommendations on 3 October 2023.",
        "| Board sign-off | 3 October 2023 |",
        "It met twice. The\nreviewer met Adult R's son by video call on 18 July 2023.",
    ],
)
def test_a_date_of_the_reviews_own_work_passes(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The reviewer learned that Adult T was admitted to hospital on 2 March 2022.",
        "The reviewer met Mother, who said that Child M was injured on 5 May 2022.",
        "A referral was received from the school on 9 December 2022 about bruising.",
    ],
)
def test_a_date_of_the_case_told_to_the_reviewer_is_still_found(text: str) -> None:
    assert any(rule in ("event-date", "full-date") for rule in rules(text))


# -- an area inside the name of a police force, council or other public body -------------------
@pytest.mark.parametrize(
    "text",
    [
        "Officers of the North Wessex Police and Wessex Constabulary attended.",
        "West Bramcote Police and the Borough of Wessex took part.",
        "Wessex Probation Delivery Unit and Merrow Fire and Rescue Service attended.",
        "Bramcote and Wessex Police and the University of Kestle contributed.",
    ],
)
def test_an_area_in_a_public_bodys_name_is_no_person(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Her partner, Wessex, told the police that he had left.",
        "Kasimir told Police Constable Ward that he had not been there.",
    ],
)
def test_a_person_before_police_words_is_still_found(text: str) -> None:
    assert ("person-name", "error") in findings(text)


# -- communities, territories and observances ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "She was a Vietnamese national; he had come from Hong Kong on a BN(O) visa.",
        "The family identified as Gypsy Roma Traveller (GRT) and later as Irish Travellers.",
        "She attended Eid celebrations at the mosque; during Ramadan she fasted.",
        "Her family observed Diwali and Vaisakhi; his observed Passover and Yom Kippur.",
    ],
)
def test_communities_places_and_festivals_are_no_names(text: str) -> None:
    assert findings(text) == []


def test_a_person_named_after_a_cue_beside_a_community_is_still_found() -> None:
    text = "The family were Gypsy Roma Traveller; her sister, Kezia Loveridge, told the police."
    assert ("person-name", "error") in findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The assault happened on Eid al-Fitr 2023, when the family had gathered.",
        "She was found injured on Easter Sunday 2022.",
        "He died at home on Diwali 2021.",
    ],
)
def test_a_moveable_feast_with_a_year_is_a_day_precise_date(text: str) -> None:
    assert ("event-date", "error") in findings(text)


def test_a_feast_without_a_year_is_no_date() -> None:
    assert findings("The family gathered at Eid and at Easter, as every year.") == []


# -- a month in a link target ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "See [Performance](performance.md#the-rules-own-speed-30-november-2026-issue-12).",
        "The minutes are at [the panel page](panel/minutes-may2023.html).",
    ],
)
def test_a_month_beside_a_day_or_year_in_a_link_is_no_name(text: str) -> None:
    assert "link-target" not in rules(text)


def test_a_month_name_alone_in_a_link_is_still_a_name() -> None:
    text = "The photograph is at [the image](images/april-okonkwo-bedroom.jpg)."
    assert ("link-target", "error") in findings(text)


def test_a_welsh_school_kind_alone_names_no_school() -> None:
    text = "Child L attended a Welsh-medium school (Ysgol Gymraeg) and then an Ysgol Gyfun."
    assert "named-institution" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Child L attended Ysgol Gymraeg Bryn Celyn until she was seven.",
        "Child L had been withdrawn from Ysgol Gynradd\nBryn Celyn in the spring.",
    ],
)
def test_a_named_welsh_school_is_still_found(text: str) -> None:
    assert ("named-institution", "error") in findings(text)

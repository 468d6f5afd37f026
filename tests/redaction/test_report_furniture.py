"""Furniture of published reports that is public and must pass the gate, found by writing
new dev reports modelled on real CSPRs, SARs, DHRs, Welsh practice reviews, Scottish learning
reviews and a Northern Ireland CMR: the partnership's area and initials, quoted project
names, template and table process dates, a board's contact details in a sentence or on
separate paragraphs, venues of the review's own events, NHS bodies' full names, cited case
law, eponyms, towns named Fort/Port + a first name. Each form has the identifier next to it
that must still be found. Every name and place is invented, except public bodies."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text

FRONT = """---
id: r
title: "Review"
review_type: lcspr
subject: "Child K"
pseudonyms: ["Child K", "Mother"]
partnership: "{partnership}"
nation: england
published: 2025-01-01
themes: [neglect]
author: "R. Ashdown"
summary: "Summary."
learning_points: ["Learning."]
status: published
---

"""


def findings(text: str, partnership: str = "Westmarch Safeguarding Children Partnership"):
    report = check_text(
        FRONT.format(partnership=partnership) + text + "\n", "r.md", config=RedactionConfig()
    )
    return [(f.rule, f.severity) for f in report.findings]


def rules(text: str, partnership: str = "Westmarch Safeguarding Children Partnership"):
    return {rule for rule, _ in findings(text, partnership)}


# -- the partnership's area when its name begins with the body's words, and its initials ----
@pytest.mark.parametrize(
    ("partnership", "text"),
    [
        ("Safer Sedgevale Partnership", "No one had worked in the Sedgevale area before."),
        (
            "Safeguarding Board for Northern Ireland",
            "The CMR Panel recommended to the SBNI Chair that a review be held.",
        ),
        (
            "Safeguarding Board for Northern Ireland",
            "A review team was drawn from the SBNI's member agencies.",
        ),
    ],
)
def test_the_partnerships_area_and_initials_are_allowed(partnership: str, text: str) -> None:
    assert findings(text, partnership) == []


def test_another_hospitals_initials_are_still_found() -> None:
    text = "Child K was transferred to the RBHI in the night."
    assert ("named-institution", "error") in findings(
        text, "Safeguarding Board for Northern Ireland"
    )


# -- a quoted project or group named with everyday words -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        'Mother met the Chair at the offices of "Hope and Faith", a women\'s charity.',
        'She said "Grace and Favour" had helped her more than anyone.',
    ],
)
def test_a_quoted_project_of_everyday_words_is_no_name(text: str) -> None:
    assert "person-name" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        'Mother said "Kyle and Mason" were at school that day.',
        'He shouted "Jade and Kayden get in here".',
    ],
)
def test_quoted_first_names_joined_by_and_are_still_found(text: str) -> None:
    assert ("person-name", "error") in findings(text)


# -- process dates in sentences about the report, template labels and table columns --------
@pytest.mark.parametrize(
    "text",
    [
        "The Board accepted the report on 11 January 2024.",
        "Date information received: 19 January 2024.",
        "Date acknowledgment letter sent: 26 January 2024.",
        "| Agency | IMR author's role | Date received |\n|---|---|---|\n"
        "| Police | Detective Inspector, Review Unit | 28/08/2012 |",
        "| Version | Date | Author |\n|---|---|---|\n| 0.2 | 03/07/2024 | Police reviewers |",
        # A Welsh template's statement table: the label alone in the cell before the date.
        "| | |\n|---|---|\n| Reviewer | Independent reviewer |\n| Date | 20 May 2024 |",
        "| | |\n|---|---|\n| Chair of Review Panel | Head of Safeguarding |\n"
        "| **Date signed** | 20/05/2024 |",
        "The family were informed of the review by letter on 12 February 2023.",
        "The contract ended on 31 March 2022 and the service was recommissioned.",
    ],
)
def test_process_dates_of_templates_and_tables_pass(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Board received a referral on 11 January 2024 about Child K.",
        "Date sent to hospital: 26 January 2024.",
        "| Date | Agency | Event |\n|---|---|---|\n| 14/03/2021 | Police | Child K found injured |",
        "| | |\n|---|---|\n| Date | 14 March 2021 | Child K was found injured |",
        "| | |\n|---|---|\n| Date of incident | 14 March 2021 |",
        "Mother was informed of the injury on 12 February 2023.",
    ],
)
def test_dates_of_events_in_the_same_forms_are_still_errors(text: str) -> None:
    assert ("event-date", "error") in findings(text)


# -- a board's contact details in a sentence, and address lines on their own paragraphs -----
@pytest.mark.parametrize(
    "text",
    [
        "For further information contact the Safeguarding Board for Northern Ireland, "
        "4 Glenshane Quay, Belfast BT1 9QZ. Telephone 028 9649 6018. Email "
        "cmr.enquiries@sbni-example.net.",
        "## Contact\n\nWestmarch Safeguarding Adults Board\n\nBusiness Unit, County Hall\n\n"
        "Market Road\n\nWestmarch WM1 2XX\n\nTelephone: 01632 960 123",
        # Telephone, e-mail and web site on one long line under the board's address.
        "Westmarch Safeguarding Adults Board, 3rd Floor, 12 Market Road, Westmarch WM1 2XX.\n"
        "Telephone: 01632 960 123. Email: board.enquiries@westmarch-example.net. "
        "Web: www.westmarch-example.net",
    ],
)
def test_a_boards_contact_details_are_public(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mother was told to contact the Council, and moved to 14 Acacia Avenue the next week.",
        "Westmarch Safeguarding Adults Board\n\nThe review was commissioned in 2022.\n\n"
        "Child K lived at 14 Acacia Avenue.",
        "Westmarch Safeguarding Adults Board\nThe review heard that Mother had moved in with "
        "a friend, and by the summer she lived at 14 Acacia Avenue with Child K and a lodger.",
    ],
)
def test_a_family_address_near_a_board_is_still_found(text: str) -> None:
    assert ("street-address", "error") in findings(text)


# -- the venue of the review's own events ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A learning event was held in Carmarthen in April 2024.",
        "The review team met practitioners at a reflective session in Fort William.",
        "The learning event was held at the Fenwold Enterprise Centre in January 2025.",
        "The panel met in Llanbedrog twice.",
    ],
)
def test_the_venue_of_a_review_event_is_public(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The funeral was held in Llanbedrog.", "named-place"),
        ("A family meeting was held at Sharon's flat.", "person-name"),
        ("The learning event was held at Oakfield Primary School, which Child K attended.",
         "named-institution"),
    ],
)  # fmt: skip
def test_family_places_and_schools_are_still_found(text: str, rule: str) -> None:
    assert (rule, "error") in findings(text)


# -- NHS bodies by their full names ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Christie NHS Foundation Trust provided a report.",
        "James Paget University Hospitals NHS Foundation Trust provided a report.",
        "Kingston Hospital NHS Foundation Trust took part.",
        "Guy's and St Thomas' NHS Foundation Trust took part.",
        "The Royal Free London NHS Foundation Trust provided care.",
    ],
)
def test_an_nhs_bodys_full_name_is_public(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Child K was admitted to Kingston Hospital and NHS Trust staff said he was well.",
        "Child K was admitted to Kingston Hospital. NHS Trust staff said he was well.",
    ],
)
def test_a_hospital_named_alone_is_still_found(text: str) -> None:
    assert ("named-institution", "error") in findings(text)


# -- case law, eponyms, towns named with a first name ----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The judgment in *Montgomery v Lanarkshire Health Board* [2015] UKSC 11 applies.",
        "Staff completed the Oliver McGowan Mandatory Training on Learning Disability.",
        "See the page at https://www.lullabytrust.org.uk/safer-sleep-advice/ for advice.",
    ],
)
def test_citations_eponyms_and_towns_are_public(text: str) -> None:
    assert findings(text) == []


def test_a_town_named_with_a_first_name_is_a_place_not_a_person() -> None:
    """ "William" in "Fort William" names no person; where a family moved, the small town
    itself locates them (named-place, from the list of UK towns since 30 November 2026)."""
    assert findings("The family later moved to Fort William.") == [("named-place", "error")]


@pytest.mark.parametrize(
    "text",
    [
        "Mother said that Oliver McGowan had visited the flat.",
        "Mother said that William had visited the flat.",
        "The file is at https://example.org/files/kayden-morris-chronology.pdf today.",
    ],
)
def test_names_beside_those_forms_are_still_found(text: str) -> None:
    assert any(severity == "error" for _, severity in findings(text))


def test_a_guest_house_used_as_temporary_accommodation_is_a_place() -> None:
    text = "Child K's mother was placed at the Seaview Guest House on the seafront."
    assert ("named-place", "error") in findings(text)


def test_a_hospitals_short_name_before_a_schools_is_found() -> None:
    # The short-name scan went word by word ("Infants" before "General") and let a match
    # later in the text hide one earlier: found in a new dev opening.
    text = (
        "Baby K was born on the Delivery Suite of Wrenfield General. His sister attended "
        "St Aidan's Infants."
    )
    report = check_text(
        FRONT.format(partnership="Westmarch SCP") + text, "r.md", config=RedactionConfig()
    )
    lines = {f.excerpt[:1] for f in report.findings if f.rule == "named-institution"}
    assert {"W", "S"} <= lines


@pytest.mark.parametrize(
    "text",
    [
        "## 6. Effective Practice and Areas for Development",
        "### Reflective Practice in supervision",
        # A profession's or a task's practice, in a heading or in prose.
        "### Recording Practice",
        "### Supervision Practice",
        "### Health Visiting Practice",
        "### Learning for Social Work Practice",
        "## Single Agency Practice",
        "The review found examples of Trauma Informed Practice and Relationship Based Practice.",
        "The Acute Assessment Unit admitted her and the Clinical Decisions Unit discharged her.",
        "## Partnership Working Centre",
    ],
)
def test_a_way_of_working_called_practice_is_no_gp_practice(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mother was registered with the Riverside Practice.",
        "### Moorside Medical Practice",
        "Mother moved to the Castle Practice and then to the Station Practice.",
        "He was seen at the Kingsway Practice by a locum.",
    ],
)
def test_a_gp_practice_with_a_name_is_still_found(text: str) -> None:
    assert ("named-institution", "error") in findings(text)


def test_venues_found_from_the_event_words_are_the_full_scans_matches() -> None:
    # venues() tries the pattern only at an event's first word: a speed-up that must find what
    # one scan of the text finds, in any case and wherever the words stand.
    from review_library.redaction import process_venue as pv

    text = (
        "The Learning Event was held at the Fenwold Enterprise Centre. A reflective session "
        "in Fort William followed; the review panel met in Carmarthen, and the board met at "
        "Ty Gwyn School. Practitioners' workshops were run at Bramley Hall.\nThe sub-group "
        "met at Riverside House. A preview panel met at Nowhere; REVIEW TEAM MET AT Oak Lodge."
    )
    scanned = [
        (m.start("venue"), m.end("venue"))
        for m in pv._VENUE.finditer(text)
        if not pv._FAMILY_PLACE.search(m.group("venue"))
    ]
    assert len(scanned) >= 5
    assert pv.venues(text) == scanned


# -- links to other reviews of the library, and to research centres ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The learning echoes [the Sedgemoor Vale review](../sedgemoor-vale-2025-dhr-amira/).",
        "See [Adult T](../ashwell-vale-2024-sar-mr-t/) and "
        "[the thematic review](/reviews/kingsreach-2025-thematic-sar-learning-disability/).",
    ],
)
def test_a_link_to_another_reviews_page_passes(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "See [the timeline](../westmarch-2019-kayden-morris/).",  # no review's label
        "See [the file](../kayden-2024-sar-mr-t/).",  # a first name as the area
        "See [the photos](../westmarch-2024-dhr-amira/photos-of-kayden.pdf).",
    ],
)
def test_a_name_in_a_link_shaped_like_a_review_page_is_still_found(text: str) -> None:
    assert ("link-target", "error") in findings(text)

"""Identifiers with a structure, in the forms their standards allow (issue 12, round nine; geo9).

Each positive case was missed before the change that added it; each negative one is a
near-miss of the same shape that must stay clean.
"""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text


def rules_found(text: str) -> set[tuple[str, str]]:
    report = check_text(text + "\n", "review.md", config=RedactionConfig())
    return {(f.rule, f.severity) for f in report.findings}


LOCATIONS = [
    # a position at the end of a sentence: the full stop after it is no decimal
    "He was last seen at 51 30 26N 0 07 39W.",
    "The log recorded the position as 30U WB 12345 67890.",
    "The control room recorded it as BNG 458730 304120.",
    "The log gave the spot as easting 458730.",
    # degrees and decimal minutes spaced, as a GPS receiver writes them
    "The boat's position was 51 28.896N 003 10.746W when the call came.",
    # "º" (read as "o") with a space before the minutes; d/m/s letters
    "The drone log showed 52º 57.4' N 1º 09.2' W as the last point.",
    "The helicopter found him at 52d 57m 24s N, 1d 9m 12s W on the moor.",
    # a Google Maps link's data part, a Street View link, a decimal zoom, a height
    "He sent maps/place/X/data=!3m1!4b1!8m2!3d51.4816!4d-3.1791 to her.",
    "The link google.com/maps/@51.4816,-3.1791,3a,75y,90t was sent to the girl.",
    "The link google.com/maps/@51.4816,-3.1791,14.5z was sent to the girl.",
    "The link google.com/maps/@51.4816,-3.1791,150m/data=!3m1 was sent to the girl.",
    # a full plus code that stops at its "+", or is padded with zeros
    "The plus code 9C3XGV4C+ marked the field.",
    "The pin was dropped at 9C3XGV00+ on the map.",
    # six figures run together in capitals after a word of place or of sending
    "Mountain rescue were tasked to NY215072 after the call.",
    "The tent was found at NY215072 in the gully.",
    # ... four after a word of finding or locating
    "The tent was located at NT2573 by the volunteer search team.",
    # ... and spaced in lower case
    "The tent was at tq 3012 8045 when the dog unit arrived.",
    # degrees, minutes and seconds with colons; run together (charts, NMEA sentences)
    "The photo's metadata put it at 51:28:53N 3:10:44W, the back garden.",
    "The chart position 512853N 0031044W was passed to the coastguard.",
    "The tracker sent $GPGGA,123519,5128.896,N,00310.746,W,1,08 to the server.",
]


@pytest.mark.parametrize("text", LOCATIONS)
def test_precise_locations_are_found(text: str) -> None:
    assert ("precise-location", "error") in rules_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The values 51.48, -3.17, 22.5 were the means of the three groups.",
        "Scottish charity SC012345 ran the youth club.",
        "The C++ code base and the score 4+2 were both mentioned.",
        "The scores were 52 57 and 1 09 on the two forms.",
        "The times 12:30:45 and 14:10:20 were logged by the call handler.",
        "The tracker logged 5128N 00310W once, a box two kilometres wide.",
        "Call the helpline at no 0800 1111 for advice.",
        "The two teams met at ST1234, the room by the lifts.",
        "The rent was 2d 6 and 4d 3 in the old money.",
    ],
)
def test_near_misses_are_not_locations(text: str) -> None:
    assert not any(rule == "precise-location" for rule, _ in rules_found(text))


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a zero typed as the letter O in a two-letter area's district ("CR0" is Croydon)
        ("They lived at CRO 2YR in 2019.", "uk-postcode"),
        # two spaces between a plate's halves (justified text, a PDF's copy)
        ("The car LB19  XKT was seen outside the school.", "vehicle-registration"),
        # a handset's number as the network records it (MSISDN): 44 with no "+" or "00"
        ("The phone's MSISDN 447700900123 was in the download.", "phone-number"),
        ("The call records showed 44 7700 900123 calling her.", "phone-number"),
    ],
)
def test_typed_variants_are_found(text: str, rule: str) -> None:
    assert (rule, "error") in rules_found(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # half capitals, half an ordinal: a floor, not a postcode
        ("The team met in room G12 5th floor.", "uk-postcode"),
        ("PART TWO 3RD EDITION was printed in the appendix.", "uk-postcode"),
        # a file's draft, in a sentence that is not about being online
        ("The file name was report.final.v2 on the shared drive.", "social-handle"),
        ("The minutes were saved as minutes.draft.v3 in the folder.", "social-handle"),
        # a decimal, and a helpline, after 44
        ("The model's estimate was 44.7700900123 before rounding.", "phone-number"),
        ("The service's line 448001111111 was listed.", "phone-number"),
        # a police reference in fours that starts with 44
        ("The crime number 4422 0012 3456 was given to the mother.", "phone-number"),
    ],
)
def test_near_misses_of_other_kinds_are_clean(text: str, rule: str) -> None:
    assert not any(found == rule for found, _ in rules_found(text))


def test_a_versioned_account_name_is_still_found_online() -> None:
    assert ("social-handle", "error") in rules_found(
        "Her Snapchat was kayla.final.v2 and she posted daily."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Referrals from the LS6 and LS7 postcode areas rose by 12 per cent.",
        "Of the 240 children, 31% lived in the B23 area.",
        "Children living in the BD3 area were twice as likely to be referred.",
        "Deprivation was highest in the L8 postcode area (IMD decile 1).",
    ],
)
def test_an_outward_code_in_a_statistic_about_many_people_is_clean(text: str) -> None:
    assert not any(rule == "uk-postcode" for rule, _ in rules_found(text))


@pytest.mark.parametrize(
    "text",
    [
        "She lived in LS7, the area with the highest crime rate.",
        "Child K lived in the NE6 postcode district, where 40% of children are poor.",
        "They were rehoused in the BD3 area, where deprivation rates are high.",
    ],
)
def test_an_outward_code_where_someone_lived_is_found_beside_a_statistic(text: str) -> None:
    assert ("uk-postcode", "error") in rules_found(text)

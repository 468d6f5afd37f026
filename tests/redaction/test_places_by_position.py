"""Places, institutions and postcodes read by their form and position (issue 12, places8):
hospital initials beside a part of a hospital, venues and local services named without an
institution word, lower-case and qualified villages after a preposition, headlands and
hollows, places under a label, and postcode sectors. One positive and one negative per form;
every name and code here is invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.rules import named_institution, named_place, uk_postcode
from tests.redaction.test_places import spans

FOUND = [
    # hospital initials beside a part of a hospital, whatever letter they end in
    (named_institution, "She was taken to ward 9 at KPW with a fracture.", "KPW"),
    (named_institution, "| 2021 | Admitted to ward 4, DRQ, after a fall |", "DRQ"),
    (named_institution, "The on-call registrar at bxw did not ask who was at home.", "bxw"),
    (named_institution, "A midwife from TRWH visited twice.", "TRWH"),
    (named_institution, "He was seen at PLMC maternity triage.", "PLMC"),
    (named_institution, "PLMC's neonatal unit was full that night.", "PLMC"),
    # local services and venues named like a venue, with no institution word
    (named_institution, "Father was referred to the Kestrel hub for alcohol support.", "Kestrel"),
    (named_institution, "He went to the Lantern day service twice a week.", "Lantern"),
    (named_institution, "She was a regular at the Quarrymen boxing gym.", "Quarrymen"),
    (named_institution, "He had a job at Jade Garden, a takeaway near the flat.", "Jade Garden"),
    (named_institution, "He drank at the Copper Kettle most days; the landlord knew.", "Copper"),
    (named_institution, "Mother met him at Club Marisol that summer.", "Club Marisol"),
    (named_institution, "She spent her last three years at The Hollies.", "The Hollies"),
    (named_institution, "At the KPW the paediatric registrar saw him.", "KPW"),
    (named_institution, "She went to Kestrel Recovery Hub for her script.", "Kestrel Recovery Hub"),
    (named_institution, "He had attended Marlow Vale Day Services for years.", "Marlow Vale"),
    (named_institution, "He played for Cotley Rangers U12s on Sundays.", "Cotley Rangers"),
    (named_institution, "He worked as a doorman at Velour nightclub.", "Velour nightclub"),
    # lower-case and qualified villages after a preposition
    (named_place, "The family moved to upper thrapley that spring.", "upper thrapley"),
    (named_place, "He was staying with a cousin in nether wallop.", "nether wallop"),
    (named_place, "He was found in woods near brackenholt at dawn.", "brackenholt"),
    # headlands, drops and hollows after a preposition
    (named_place, "He was found below Raven's Leap by a walker.", "Raven's Leap"),
    (named_place, "The van was parked at Tanner's Hollow overnight.", "Tanner's Hollow"),
    (named_place, "She grew up in Gorse Point and left at sixteen.", "Gorse Point"),
    # a harbour village, a place under its label, a place after "towards" or "between"
    (named_place, "They were driven from Port Quarran to the city.", "Port Quarran"),
    (named_place, "Home address: Upper Thrinby (rented).", "Upper Thrinby"),
    (named_place, "He was seen walking towards Stony Gadwell along the canal.", "Stony Gadwell"),
    # postcode sectors; a district of one letter and two figures in lower case
    (uk_postcode, "The address ended Newport, NP19 7.", "NP19 7"),
    (uk_postcode, "mum was at her friend's in ls14 2 for a week", "ls14 2"),
    (uk_postcode, "The flat was in m33, near the school.", "m33"),
    (uk_postcode, "The referral gave the postcode as 'pl6 5'.", "pl6 5"),
    (uk_postcode, "They lived in Sheffield S5 in a high-rise.", "S5"),
]

PASS = [
    (named_institution, "The ENT registrar and the consultant at the ICB were told."),
    (named_institution, "Guidance from the RCPCH on paediatric care was followed."),
    (named_institution, "The consultant, JS, said the ward at the time was full."),
    (named_institution, "He was referred to the Early Help hub and the Family hub."),
    (named_institution, "Father's drinking was discussed at the Strategy Meeting."),
    (named_institution, "Father, a regular at the pub, said he drank most days."),
    (named_institution, "She spent three years at University before moving home."),
    (named_institution, "He went to the Early Help Hub and the Community Services team."),
    (named_institution, "They ate at an Indian restaurant; Local takeaways were closed."),
    (named_place, "Learning Point 4: professionals should ask who lives in the home."),
    (named_place, "He was referred to the Single Point of Access at Breaking Point."),
    (named_place, "Numbers were lower in little detail, to great effect, in east london."),
    (named_place, "The family came from west africa and settled in west yorkshire."),
    (named_place, "The purpose is not to reinvestigate a death."),
    # a word before "time" names a time of day (from the generated corpus: a listed small
    # town, and a word ending as places do)
    (named_place, "What was it like to be Child B at chard time? At consapport time, not."),
    (named_place, "They met between Monday and Friday, towards Christmas."),
    (uk_postcode, "The M62 3 miles further on was closed."),
    (uk_postcode, "She was an ST4 2 years ago and had B12 2 tablets."),
    (uk_postcode, "She moved up to S3 in August."),
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_places_read_by_form_and_position_are_found(rule, text: str, wanted: str) -> None:
    found = spans(rule.find, text)
    assert any(wanted in s for s in found), (wanted, found)


@pytest.mark.parametrize(("rule", "text"), PASS)
def test_look_alikes_in_report_prose_are_not_places(rule, text: str) -> None:
    assert spans(rule.find, text) == []


def test_a_venue_needs_a_drinking_sentence() -> None:
    """The cue of drinking is read in its own sentence only: "the Copper Kettle" in the
    next sentence is a name of something else."""
    text = "Father drank most days. Later the learning was shared at the Copper Kettle."
    assert spans(named_institution.find, text) == []
    assert spans(named_institution.find, "Father drank at the Copper Kettle.") == ["Copper Kettle"]


def test_the_engine_reports_a_sector_at_error_level() -> None:
    body = "# Review\n\nPlacement history: Jan-Mar: CF38 1; Apr-Jun: out of area.\n"
    report = check_text(body, "r.md", config=RedactionConfig())
    assert any(f.rule == "uk-postcode" and f.severity == "error" for f in report.findings)

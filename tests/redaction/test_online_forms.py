"""Structured and online identifiers in forms brainstormed for issue 12 (round 5): person
fields in link queries, dates of birth in file names, account names typed with spaces,
defanged profile links, unlabelled IMEIs, computers named after their owners, foreign and
taxi plates, record numbers named only as a number, outward codes in a table's postcode
column. One positive and one negative per form; every name and number is invented here."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import find_hits
from review_library.redaction.rules import (
    case_reference,
    device_identifier,
    email,
    link_target,
    social_handle,
    uk_postcode,
    vehicle_registration,
)
from tests.redaction.test_structured_forms import spans

FOUND = [
    # link targets: a query field that names a person, a date of birth in a file name, two
    # first names joined by "and", a capitalised surname among lower-case words, a personal
    # word the link text also shows
    (link_target, "[Record](https://x.example.org/view?first_name=marek&id=2)", ["marek"]),
    (link_target, "[Notes](notes.html#patient=olusegun)", ["olusegun"]),
    (link_target, "[Scan](scans/dob-03.11.2016-scan.pdf)", ["03.11.2016"]),
    (link_target, "[Memo](memo-about-kyle-and-jordan.docx)", ["kyle", "jordan"]),
    (link_target, "[Timeline](files/timeline-Walker.pdf)", ["Walker"]),
    (link_target, "![Her family drawing](img/amelia-family-drawing.png)", ["amelia"]),
    # accounts: typed with spaces and a number after a platform and "as"; in apposition;
    # a defanged profile link
    (social_handle, "On Roblox she played as pinky star 12 every night.", ["pinky star 12"]),
    (social_handle, "On Xbox he was Night Wolf 2008 to the others.", ["Night Wolf 2008"]),
    (social_handle, "A TikTok user, ZedPlayz 99, sent the video.", ["ZedPlayz"]),
    (social_handle, "The page was facebook[.]com/tee.marsh.77 then.", ["tee.marsh.77"]),
    (social_handle, "See instagram(.)com/kaz_b_x for the posts.", ["kaz_b_x"]),
    # devices: an IMEI without a label or with the label earlier in the sentence; a host
    # named after its owner; a product named in capitals without a hyphen; a spaced-out IP
    (device_identifier, "The handset 490154203237518 was seized.", ["490154203237518"]),
    (
        device_identifier,
        "The IMEI ended 1234; in full it was 356938035643801.",
        ["356938035643801"],
    ),
    (device_identifier, "The PC was named LAPTOP-NOWAKOWSKI.", ["LAPTOP-NOWAKOWSKI"]),
    (device_identifier, "A speaker called TYRONES ECHO was paired.", ["TYRONES ECHO"]),
    (device_identifier, "Logins came from IP 81 . 2 . 144 . 17 that week.", ["81 . 2 . 144 . 17"]),
    # email: a doubled at sign
    (email, "Letters went to k.obi@@yahoo.co.uk by mistake.", ["k.obi@@yahoo.co.uk"]),
    # vehicles: a plate after another country's registration; a taxi's council plate
    (vehicle_registration, "A Latvian-registered van (LR 4471) waited.", ["LR 4471"]),
    (vehicle_registration, "The cab's hackney carriage plate 2231 was noted.", ["2231"]),
    # references: a record number named only as a number; a short log number; an agency
    # name as the label of its record number
    (case_reference, "The contact was logged under number 3318842.", ["3318842"]),
    (case_reference, "The review (no. 55019) was closed.", ["55019"]),
    (case_reference, "It became police log 0412 that night.", ["0412"]),
    (case_reference, "The CAD number was 2876 and it was graded.", ["2876"]),
    (case_reference, "Records: Probation 4401987; Health RX4471902.", ["4401987", "RX4471902"]),
    # postcodes: in a table's postcode column; after a verb of being found or picked up; a
    # partly masked sector after "postcode as"
    (uk_postcode, "| Child | Postcode |\n|---|---|\n| Child B | WF10 |", ["WF10"]),
    (uk_postcode, "She was picked up in Tottenham N17 by a man.", ["N17"]),
    (uk_postcode, "The form gave her postcode as HU5 3*.", ["HU5 3"]),
]

PASS = [
    # brands in a website's host, query keys, function words in a news slug, inquiries
    # named after people with the accents dropped in the URL
    (link_target, "[BAILII](https://www.bailii.org/ew/cases/EWFC/2019/23.html)"),
    (link_target, "[Tool](https://www.example.nhs.uk/tool?version=2&lang=cy)"),
    (link_target, "[News](https://news.example.co.uk/man-jailed-over-death-of-baby-son-123)"),
    (
        link_target,
        "[Report](https://www.gov.uk/government/publications/the-victoria-climbie-inquiry)",
    ),
    (link_target, "[Plan](files/plan-for-summer-and-autumn-terms.pdf)"),
    # a count, a pseudonym's label or a time after a platform and "as" or "by"
    (social_handle, "On TikTok as many as 40 children saw it."),
    (social_handle, "On Instagram, as Child Q 2 said, it was worse."),
    (social_handle, "She was on Snapchat by 9 pm most days."),
    (social_handle, "Facebook and Instagram were used by 12 of the 30 pupils."),
    # numbers near a device word that are no device's
    (device_identifier, "The IMEI was not known; 12 phones were seized in 2021."),
    (device_identifier, "The laptop-repair shop and the desktop-publishing course."),
    # a blood test, a country's registration rules with a year, a badge without a number
    (vehicle_registration, "The HbA1c was 48 and the FEV1 was normal."),
    (vehicle_registration, "The EU registration rules of 2021 changed; the school badge 2019."),
    # charity, application and publication numbers; counts; the DS1500 form; a year after
    # "incident"
    (case_reference, "NSPCC, registered charity number 216401, helped."),
    (case_reference, "Opuz v Turkey (Application no. 33401/02) was cited."),
    (case_reference, "A number 12345 of contacts were made; the DS1500 was sent."),
    (case_reference, "The incident 2019 review and log 250 hours of training."),
    # a table without a postcode column; vitamins after "found"
    (uk_postcode, "| Child | Room |\n|---|---|\n| Child B | WF10 |"),
    (uk_postcode, "A deficiency was found in B12 levels and iron."),
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_online_forms_are_found(rule, text: str, wanted: list[str]) -> None:
    found = spans(rule.find, text)
    for item in wanted:
        assert any(item == s or item in s for s in found), (item, found)


@pytest.mark.parametrize(("rule", "text"), PASS)
def test_online_look_alikes_pass(rule, text: str) -> None:
    assert spans(rule.find, text) == []


def test_email_with_an_encoded_at_sign_is_found() -> None:
    """The at sign as an HTML character reference is decoded before the rules run."""
    text = "The form went to r.lenz&#64;example-mail.co.uk by mistake."
    hits = [h for h in find_hits(text, config=RedactionConfig()) if h.rule == "email"]
    assert [text[h.start : h.end] for h in hits] == ["r.lenz&#64;example-mail.co.uk"]

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
from tests.redaction.test_structured_forms import assert_found, spans

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
    # round 5b: a surname after a pseudonym's label and letter in a file name; a first
    # name somewhere personal; a channel's name as a query field
    (link_target, "[Minutes](minutes/RCPC_Child_D_Wood_2020-01-09.pdf)", ["Wood"]),
    (link_target, "![](img/IMG_0042_lily_at_nursery.jpg)", ["lily"]),
    (link_target, "[Clip](https://video.example.com/watch?v=x1&ab_channel=KezzaVlogs)", ["Kezza"]),
    # account names of words after their own label, with a platform between or a bracket
    (social_handle, "His gamer tag is Silent Viper.", ["Silent Viper"]),
    (social_handle, "Her username on Snapchat was bubbles kayleigh x.", ["bubbles kayleigh x"]),
    (social_handle, "The TikTok handle (jay dee 07) was public.", ["jay dee 07"]),
    # email: a bracketed dot and at, a name quoted up to its at sign, a spaced name
    (email, "Email: deano.81 [@] yahoo [.] com", ["deano.81 [@] yahoo [.] com"]),
    (email, "The address began 'tashb90@' and was cut off.", ["tashb90"]),
    (email, "Her email was kez b at hotmail, the school said.", ["kez b"]),
    # vehicles: a table's vehicle column; the area letters a plate began with; a private
    # hire licence number; part of a VIN
    (vehicle_registration, "| Date | Vehicle |\n|---|---|\n| May | yk68 tzv |", ["yk68 tzv"]),
    (vehicle_registration, "The plate began with 'MA' and had a 9.", ["MA"]),
    (vehicle_registration, "A private hire vehicle licence, number 4471, was shown.", ["4471"]),
    (vehicle_registration, "The VIN ended in 884512 on the log book.", ["884512"]),
    # references: six digits or more with no label in a sentence about records
    (case_reference, "The visit was recorded under 448712 on the system.", ["448712"]),
    # round 5c: numbers inside link targets, read with the path's separators as spaces;
    # profile pages on more sites and hosts named after their owner; a quoted everyday word
    # after "by" before a platform
    (link_target, "[Rec](records/nhs_9434765919_summary.pdf)", ["9434765919"]),
    (link_target, "[Still](evidence/anpr_KX19LMP_cam2.jpg)", ["KX19LMP"]),
    (social_handle, "Her blog was at tashb09.tumblr.com then.", ["tashb09"]),
    (social_handle, "His page vimeo.com/kaidenfilms was public.", ["vimeo.com/kaidenfilms"]),
    (social_handle, "She was messaged by 'robin' on Snapchat.", ["robin"]),
    # postcodes: in a table's postcode column; after a verb of being found or picked up; a
    # partly masked sector after "postcode as"
    (uk_postcode, "| Child | Postcode |\n|---|---|\n| Child B | WF10 |", ["WF10"]),
    (uk_postcode, "She was picked up in Tottenham N17 by a man.", ["N17"]),
    (uk_postcode, "The form gave her postcode as HU5 3*.", ["HU5 3"]),
    # a page whose host names its owner, on every host the pattern lists and in any case
    (social_handle, "Her page kaylab99.onlyfans.com was shared.", ["kaylab99"]),
    (social_handle, "Links were on kaylab-x.linktr.ee at the time.", ["kaylab-x"]),
    (social_handle, "She wrote at Kaylab99.Tumblr.com for a year.", ["Kaylab99"]),
    # a reference-shaped number in a link that is no DOI resolver's
    (link_target, "https://example.org/10.1136/case-2013-004606", ["case-2013-004606"]),
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
    (link_target, "[Visit](files/Child_A_Park_visit.pdf)"),
    (social_handle, "Her username was not known and staff did not know how to handle it."),
    (social_handle, "The username, which she chose, was private."),
    (email, "The team met at 10 am; she looked at Google and Outlook calendars."),
    (vehicle_registration, "| Date | Vehicle |\n|---|---|\n| 2019 | Ford Focus |"),
    (case_reference, "The police received 123456 calls in 2021, about 2,000 a week."),
    (link_target, "[Act](https://www.legislation.gov.uk/ukpga/1989/41/section/17)"),
    (link_target, "[Review](../westmarch-2025-child-k/) and [DOI](https://doi.org/10.1093/x.123)"),
    # a DOI's suffix is the publisher's numbering, shaped like a case reference
    (link_target, "*BMJ Open*, 4(4). https://doi.org/10.1136/bmjopen-2013-004606"),
    (
        link_target,
        "[doi:10.1136/bmjopen-2013-004606](https://dx.doi.org/10.1136/bmjopen-2013-004606)",
    ),
    (social_handle, "See westshirescp.wordpress.com and the news.blogspot.com pages."),
    # a table without a postcode column; vitamins after "found"
    (uk_postcode, "| Child | Room |\n|---|---|\n| Child B | WF10 |"),
    (uk_postcode, "A deficiency was found in B12 levels and iron."),
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_online_forms_are_found(rule, text: str, wanted: list[str]) -> None:
    assert_found(rule, text, wanted)


@pytest.mark.parametrize(("rule", "text"), PASS)
def test_online_look_alikes_pass(rule, text: str) -> None:
    assert spans(rule.find, text) == []


def test_email_with_an_encoded_at_sign_is_found() -> None:
    """The at sign as an HTML character reference is decoded before the rules run."""
    text = "The form went to r.lenz&#64;example-mail.co.uk by mistake."
    hits = [h for h in find_hits(text, config=RedactionConfig()) if h.rule == "email"]
    assert [text[h.start : h.end] for h in hits] == ["r.lenz&#64;example-mail.co.uk"]


def test_a_record_cue_never_reaches_across_joined_pieces() -> None:
    """The output scan joins separate texts with NULs: a record word ending one piece must
    not make a bare number starting the next a reference."""
    joined = "the first result file.\n\0\0\0\nOn a quiet machine, 3012113's site was built."
    assert spans(case_reference.find, joined) == []
    assert spans(case_reference.find, joined.replace("\0\0\0", "")) == ["3012113"]

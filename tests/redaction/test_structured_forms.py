"""Structured identifiers in the forms real reports use (issue 12): lists of outward codes,
police system numbers, accounts named in prose on any platform, names in link targets,
anchors and file names. One positive and one negative per form; every name, account and
number here is invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.rules import (
    case_reference,
    dates,
    device_identifier,
    link_target,
    social_handle,
    uk_postcode,
    vehicle_registration,
)


def spans(find, text: str) -> list[str]:
    return sorted({text[h.start : h.end] for h in find(text)})


FOUND = [
    # dateless and Crown Dependency plates after a vehicle word; current plates spaced apart
    (vehicle_registration, "Her car's cherished plate, 7 KEZ, was well known.", ["7 KEZ"]),
    (vehicle_registration, "The van had Jersey plates (J 55821).", ["J 55821"]),
    (vehicle_registration, "A car registered in the Isle of Man, 4412 MN, was seen.", ["4412 MN"]),
    (vehicle_registration, "ANPR read the car, yk 21 ptz, at the junction.", ["yk 21 ptz"]),
    # an Irish Eircode; an outward code after a move and a preposition of place
    (uk_postcode, "Her aunt lived near Sligo, Eircode F91 K2X8, for years.", ["F91 K2X8"]),
    (uk_postcode, "The family moved back across the city to LS11 in May.", ["LS11"]),
    (uk_postcode, "He worked nights in a warehouse in NW10.", ["NW10"]),
    # numbers of registers and certificates after their name
    (case_reference, "Her housing register number, HN0093311, was on each letter.", ["HN0093311"]),
    (case_reference, "His DBS certificate, number 001188224466, was clear.", ["001188224466"]),
    # accounts: after a platform and "as"; a Reddit user; a saved contact; a poster
    (social_handle, "On Fortnite he played as Zx_Kaii_07 most nights.", ["Zx_Kaii_07"]),
    (social_handle, "He posted in a parenting forum as u/tired_dad_ls9.", ["u/tired_dad_ls9"]),
    (social_handle, "Her phone had him saved as 'Uncle Dee' in contacts.", ["Uncle Dee"]),
    (social_handle, "lil.kez07 shared the video with the group.", ["lil.kez07"]),
    (social_handle, "Send money to revolut.me/dazk81 for it.", ["revolut.me/dazk81"]),
    (social_handle, "Her account was @kez_uk on Instagram.", ["@kez_uk"]),
    (social_handle, "He wrote to her from an account in the name 'Lee Marsh'.", ["Lee Marsh"]),
    (social_handle, "She posted in 'Thornbury Mums Chat', a local Facebook group.", ["Thornbury"]),
    (social_handle, "The family WhatsApp group, 'Nowakowski Family', held it.", ["Nowakowski"]),
    (social_handle, "He sold her phone on eBay as dazza_k_81.", ["dazza_k_81"]),
    (device_identifier, "The EID, 89049032004008882600098765432101, was sent.", ["8904903200"]),
    (link_target, "[Chronology](files/JM_230517_chronology.xlsx)", ["JM_230517"]),
    (case_reference, "The Ombudsman (LGSCO ref 23 004 117) upheld it.", ["23 004 117"]),
    (uk_postcode, "NE6 was where the family was rehoused after the fire.", ["NE6"]),
    (uk_postcode, "They lived at an address in S017 3PL for a year.", ["S017 3PL"]),
    (case_reference, "The appeal (EH204/24/00871) was still open.", ["EH204/24/00871"]),
    (social_handle, "He put out songs on Spotify as 'Kid Rayz' that year.", ["Kid Rayz"]),
    (social_handle, "Her friend code, SW-4821-0093-5512, was in the chat.", ["SW-4821-0093-5512"]),
    (
        vehicle_registration,
        "They were driven in a Polish-registered van, WX 4412 KP.",
        ["WX 4412 KP"],
    ),
    (social_handle, "His profile said 'SC - kai.bzz' under the photo.", ["kai.bzz"]),
    (social_handle, "Her PSN name, dark angel 07, was known to the men.", ["dark angel 07"]),
    (social_handle, "On Discord she was lil.moth, and he found her there.", ["lil.moth"]),
    (link_target, "Saved at file:///H:/Reviews/Oyeleke/notes.docx by mistake.", ["Oyeleke"]),
    (uk_postcode, "The flat was in the ls12 4 sector of the city.", ["ls12 4"]),
    (dates, "In June 2022 it got worse. On Saturday 9th, police were called.", ["Saturday 9th"]),
    # default names of computers and routers; a name in a device's quoted name
    (device_identifier, "The school logs showed LAPTOP-8H2JD0QA.", ["LAPTOP-8H2JD0QA"]),
    (device_identifier, "Her phone joined VM5512093 at his flat.", ["VM5512093"]),
    (device_identifier, "The doorbell was set up as 'Back Door Adeyemi' on the app.", ["Adeyemi"]),
    # a date cited with its record; an ordinal day after "on the" in a chronology
    (dates, "A bruise was seen on the arm (3.9.22, GP record) but not followed up.", ["3.9.22"]),
    (dates, "5.3 On the 22nd the social worker visited; nobody answered.", ["22nd"]),
    # outward codes in a list, the place cue before the first or after the last
    (uk_postcode, "Most incidents were in postcodes beginning WF3 and WF4.", ["WF3", "WF4"]),
    (uk_postcode, "Contacts came from the BD5, BD6 and BD7 areas.", ["BD5", "BD6", "BD7"]),
    (uk_postcode, "He moved between addresses in LS8 or LS9.", ["LS8", "LS9"]),
    (uk_postcode, "a postcode starting with hx3 was given", ["hx3"]),
    # a police system named before the number
    (case_reference, "Police recorded it on CRIS as 4418820/22.", ["4418820/22"]),
    (case_reference, "The Niche occurrence was 22000318841.", ["22000318841"]),
    # a platform named between the verb and "as"
    (social_handle, "Father posted on Netmums as 'DadOfTwoLS'.", ["DadOfTwoLS"]),
    (social_handle, "She was known on the Yubo app as kyz_mae07.", ["kyz_mae07"]),
    # another person's account after a possessive, in an online sentence
    (social_handle, "Her username was ember_k and the man's was dreadz_99.", ["dreadz_99"]),
    # a quoted display name, then the platform
    (social_handle, "He was 'Tazzy M' on Instagram.", ["Tazzy M"]),
    # names in link targets: a title's name also shown in the link text
    (
        link_target,
        "[Letter to Mr Adebayo-Cole](files/letter-mr-adebayo-cole.pdf)",
        ["adebayo"],
    ),
    # a common surname the dictionary has only as a loan word
    (link_target, "![Kitchen](media/2023-scene-singh-kitchen.jpg)", ["singh"]),
    # a word no list accounts for in the review's own file
    (link_target, "[photo]: images/ezeafulukwe-hall-2022.jpg", ["ezeafulukwe"]),
    # a heading's anchor and an HTML id
    (link_target, "## The last week {#last-week-of-kaydence}", ["kaydence"]),
    (link_target, '<a id="note-kowalewska">1</a>', ["kowalewska"]),
]

PASS = [
    # the review gathering its information; a publication's gateway number; a body's account
    (dates, "By 3 March 2024 all agencies had returned their information reports."),
    (dates, "In May 2024 the panel met on Monday 3rd to agree the terms of reference."),
    (social_handle, "Her username, password and PIN were shared."),
    (social_handle, "The parents' group, 'Parents Together', met weekly."),
    (link_target, "See [the 2023 report](files/CSPR_2023_report.pdf)."),
    (uk_postcode, "NE6 was where the review began."),
    (social_handle, "On Instagram she was 14 then."),
    (dates, "Version 2. Date of issue 01/04/2024. Latest revision 12/10/2025."),
    (case_reference, "NHS England's guidance (Publications Gateway ref. 08812) was used."),
    (social_handle, "Advice is at @NSPCC and @CEOPUK on X."),
    (vehicle_registration, "The car was stopped by PC 2231 on the M6."),
    (vehicle_registration, "Her car, a 2012 VW Golf, was seen."),
    (vehicle_registration, "The car had 3 GPS units fitted."),
    (vehicle_registration, "The car was on the M 25 at J 12."),
    (vehicle_registration, "They drove down the A 30 NHS route."),
    (uk_postcode, "She moved up to S3 in August."),
    (uk_postcode, "She worked in B2 grade roles."),
    (uk_postcode, "Form A12 3456 was used."),
    (case_reference, "The register showed 12345 entries."),
    (social_handle, "On Facebook as 2.5 million others did."),
    (social_handle, "The file was saved as 'draft 2'."),
    (social_handle, "report.pdf posted to the portal."),
    (device_identifier, "The app listed the camera as 'Front Door' only."),
    (device_identifier, "We registered as 'Interested Parties' at court."),
    (dates, "The findings are set out below (4.1.12, learning)."),
    (dates, "On the 5th floor the ward was closed."),
    (dates, "On the 3rd the panel met to agree the terms of reference."),
    (uk_postcode, "Vitamin B6 and B12 levels were low."),
    (uk_postcode, "The M6 and M62 were closed."),
    (case_reference, "The connect time was recorded as 10:30."),
    # a review's generated file name: "id" is a word of the slug, not a label
    (case_reference, "![Chart](redby-2016-baby-id-00762/contacts-1.svg)"),
    (social_handle, "She posted on Facebook as well."),
    (social_handle, "It was 'normal' on TikTok to share images."),
    (social_handle, "The 'Quick Add' feature on Snapchat suggested him."),
    # "father's was" is no "her's was"; a possessive outside an online sentence
    (social_handle, "The father's was K2_a model."),
    (link_target, "[Briefing](../assets/briefing.pdf) and ![Genogram](images/genogram.png)"),
    (link_target, "See [the guide](https://www.thinkuknowsafe.org.uk/parents-guide.pdf)."),
    (link_target, "## Findings {#findings .wide}"),
    (link_target, "![Logo](images/cspr-logo.png)"),
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_structured_forms_are_found(rule, text: str, wanted: list[str]) -> None:
    found = spans(rule.find, text)
    for item in wanted:
        assert any(item == s or item in s for s in found), (item, found)


@pytest.mark.parametrize(("rule", "text"), PASS)
def test_look_alikes_pass(rule, text: str) -> None:
    assert spans(rule.find, text) == []

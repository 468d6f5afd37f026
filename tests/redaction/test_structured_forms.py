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


def assert_found(rule, text: str, wanted: list[str]) -> None:
    """Each wanted identifier lies inside some span the rule found in ``text``."""
    found = spans(rule.find, text)
    for item in wanted:
        assert any(item in s for s in found), (item, found)


FOUND = [
    # a serial number label after a word that is no pseudonym's
    (device_identifier, "The laptop SN: 5CD1234XYZ was seized.", ["5CD1234XYZ"]),
    # a plate typed with its space in the wrong place, after a vehicle word
    (vehicle_registration, "The officer typed the plate as YX1 9KLM.", ["YX1 9KLM"]),
    # a news slug names its subject after who they were; a person's web page has a year
    (
        link_target,
        "[news]: https://n.example.co.uk/local/tributes-paid-to-toddler-esmae",
        ["esmae"],
    ),
    (link_target, "<https://notes.example.org/visits/brogan-2022-11.html>", ["brogan"]),
    # an account opened in a person's name, quoted or not
    (social_handle, "A Facebook profile in the name of Jordan Kelly wrote.", ["Jordan Kelly"]),
    (social_handle, "An Instagram account under the name 'Kiki Rose' posted.", ["Kiki Rose"]),
    # an address after a provider's name, after "from", or labelled after a product's name
    (device_identifier, "BT 86.142.17.203 and Sky 81.2.69.160", ["86.142", "81.2.69"]),
    (device_identifier, "Logins came from 86.142.17.203 at night.", ["86.142.17.203"]),
    (device_identifier, "The Ring app's IP 81.2.69.160 was logged.", ["81.2.69.160"]),
    # dateless and Crown Dependency plates after a vehicle word; current plates spaced apart
    (vehicle_registration, "Her car's cherished plate, 7 KEZ, was well known.", ["7 KEZ"]),
    (vehicle_registration, "The van had Jersey plates (J 55821).", ["J 55821"]),
    (vehicle_registration, "His car, reg. OI 1234, was seen twice.", ["OI 1234"]),
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
    (social_handle, "The boy, kai_09, was seen; grace_1 too.", ["kai_09", "grace_1"]),
    (social_handle, "Her account name was summary_1 on Instagram.", ["summary_1"]),
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
    # a range of one area's districts; a table row labelled as a home
    (uk_postcode, "Her contacts were spread across WF41-WF44.", ["WF41", "WF44"]),
    (uk_postcode, "| Home | DN3 |\n|---|---|", ["DN3"]),
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
    # account names by shape alone: underscores at the edges, dotted capitals, a Discord tag
    (social_handle, "Police found messages from _mikey.k_ on her phone.", ["_mikey.k_"]),
    (social_handle, "A second account, RILEY.ROSE.BACKUP, was opened.", ["RILEY.ROSE.BACKUP"]),
    (social_handle, "Child K's Discord tag was wolfie#2231.", ["wolfie#2231"]),
    # letters and digits, in a sentence about being online (any platform, a Welsh sentence)
    (social_handle, "Bu Mr B yn anfon negeseuon ati ar Facebook fel dazmoss79.", ["dazmoss79"]),
    (social_handle, "He contacted her on Threema, where he was d4rkside.", ["d4rkside"]),
    # a label that says an account's name follows
    (social_handle, "The man, who went by the name lonewolf on Kik, asked.", ["lonewolf"]),
    (social_handle, "The man who called himself Tommo on Instagram was found.", ["Tommo"]),
    (social_handle, "On Snap he was called dazzaaa and he sent her money.", ["dazzaaa"]),
    (social_handle, "Her TikTok name: Riley\U0001f338Rose.", ["Riley\U0001f338Rose"]),
    (social_handle, "The man's Instagram, officialdaz, was private.", ["officialdaz"]),
    # a group, page or channel named without quotes
    (social_handle, "They joined a WhatsApp group called Eastside Runners.", ["Eastside Runners"]),
    (social_handle, "A JustGiving page, Remembering Riley, raised £6,000.", ["Remembering Riley"]),
    # a table column of accounts; a platform as a list item's label
    (social_handle, "| Platform | Account |\n|---|---|\n| Snapchat | jadexo |", ["jadexo"]),
    (
        social_handle,
        "- Snapchat – rileyroseee\n- Instagram – r.moss.x",
        ["rileyroseee", "r.moss.x"],
    ),
    # memorial sites, a payment link's $, any subdomain, an address written out in words
    (social_handle, "See muchloved.com/gateway/tribute.htm?t=riley-anne.", ["muchloved.com/"]),
    (social_handle, "He sent money to cash.app/$dazmoss88.", ["cash.app/$dazmoss88"]),
    (social_handle, "It was at https://vm.tiktok.com/ZMabc123/ then.", ["vm.tiktok.com/ZMabc123"]),
    (social_handle, "It was fb dot com slash darren dot moss dot 88.", ["fb dot com slash darren"]),
    (social_handle, "Her Instagram handle, @RILEYROSE, was in capitals.", ["@RILEYROSE"]),
    # names of everyday words in pairs: a first name and a surname, an initial and a surname,
    # a first name before what a person has or made; encoded, dotted and CamelCase targets
    (link_target, "[Appendix C](files/jade-smith-statement.pdf)", ["jade-smith"]),
    (link_target, "[chronology](docs/smith_j_chronology.pdf)", ["smith_j"]),
    (link_target, "[plan](plans/WalkerG_safety_plan.docx)", ["WalkerG"]),
    (link_target, "[letter](uploads/JadeSmith.docx)", ["JadeSmith"]),
    (link_target, "![photo](images/Jade%20Smith%20and%20baby.jpg)", ["Jade%20Smith"]),
    (link_target, "[drawing](assets/summer-family-drawing.png)", ["summer"]),
    (link_target, "The police attached J.Turner_interview_2023.docx.", ["J.Turner"]),
    # a heading's anchor and an HTML id
    (link_target, "## The last week {#last-week-of-kaydence}", ["kaydence"]),
    (link_target, '<a id="note-kowalewska">1</a>', ["kowalewska"]),
]

PASS = [
    # a pseudonym's initials before a colon in a title are no serial number label
    (device_identifier, "Adult SN: covid-19 and domestic abuse incidents"),
    # the review gathering its information; a publication's gateway number; a body's account
    (dates, "By 3 March 2024 all agencies had returned their information reports."),
    (dates, "In May 2024 the panel met on Monday 3rd to agree the terms of reference."),
    (social_handle, "Her username, password and PIN were shared."),
    (social_handle, "The parents' group, 'Parents Together', met weekly."),
    (link_target, "See [the 2023 report](files/CSPR_2023_report.pdf)."),
    (uk_postcode, "NE6 was where the review began."),
    # motorways, key stages and paper sizes in a range; a room in a table row
    (uk_postcode, "The M1-M6 junctions, KS1-KS2 results and A4-A3 paper were noted."),
    (uk_postcode, "| Room | G12 |\n|---|---|"),
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
    # a review's slug ("mr-rd" is no Mr Rd, nor "2016 mr rd" a street); labels' letters;
    # a place's words; the words of a published national review
    (link_target, "[review](../easthaven-2016-mr-rd-00771.md)"),
    (link_target, "[ToR](files/tor-a-v3.pdf), [Part B](files/part-b-walk-through.pdf)"),
    (link_target, "[Child K](files/child-k-7-minute-briefing.pdf)"),
    (link_target, "[leaflet](files/rose-hill-centre-leaflet.pdf)"),
    # shapes that prose has: abbreviations, versions, times, file names, snake-case words
    (social_handle, "The logs (para.4.2, Fig.3, s.47, e.g. Art.8) and Cellebrite 7.62 were used."),
    (social_handle, "She messaged her mother at 10.30am; the app showed 2nd messages."),
    (social_handle, "The panel read chronology_v2.docx and the learning_points list."),
    (social_handle, "He played FIFA23 and GTA5 on a PS5 and an Xbox360 online."),
    # naming cues with an ordinary word after them; a body's or an ordinary group's name
    (social_handle, "Her username was not known; the alias she used was not known either."),
    # names in code, even beside words of being online: spans, blocks, constants, calls
    (social_handle, "The app server reads `site_src` and `kai_b_2009` from the account."),
    (
        social_handle,
        "Online:\n\n    NO_MKDOCS_2_WARNING=1 python -m tests.benchmarks.search_profile",
    ),
    (social_handle, '<label for="__drawer">Account</label> and re.compile( in the app'),
    (social_handle, "Mother was known as a caring parent online and offline."),
    (social_handle, "The partnership posted on its Facebook page (Westmarch SCP)."),
    (social_handle, "The boys had a WhatsApp group called Year 9 Football."),
    (social_handle, "- Snapchat: used daily\n- TikTok – mostly dance videos\n- Instagram: private"),
    (social_handle, "| Agency | Account given |\n|---|---|\n| Police | Yes |"),
    # the anchors MkDocs gives repeated headings, in every page and search file
    (social_handle, '<h2 id="summary_1">Summary</h2> <a href="#recommendations_1">'),
    # a DOI in a reference list, with the journal's code "car" for a vehicle word
    (vehicle_registration, "Child Abuse Review, 28(2). DOI 10.1111/car.2560."),
    # a code shaped like a plate with a misplaced space, with no vehicle word near
    (vehicle_registration, "Form AB12C DE and item XY1 2ABC were filed."),
    # a slug's word for a person before a verb or a word; a site's folders; groups by age
    (link_target, "https://x.example.org/news/boy-died-after-fall-and-mum-of-three-thanks"),
    (link_target, "https://www.example.org/learning-2023/grace-period/briefing.html"),
    (social_handle, "Ofcom's report on TikTok use by under-13s and over-18s."),
    (social_handle, "A Facebook page in the name of the school was set up."),
    # software releases dotted like an IPv4 address, after the product's name or a release word
    (device_identifier, "Cellebrite UFED 7.62.0.45 and Physical Analyzer 7.60.1.17 were used."),
    (device_identifier, "The router's firmware\n1.0.22.118 was out of date."),
    (device_identifier, "SystmOne 2.10.2.0 and XRY v 10.4.1.2 showed the same."),
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_structured_forms_are_found(rule, text: str, wanted: list[str]) -> None:
    assert_found(rule, text, wanted)


@pytest.mark.parametrize(("rule", "text"), PASS)
def test_look_alikes_pass(rule, text: str) -> None:
    assert spans(rule.find, text) == []

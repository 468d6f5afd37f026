"""Identifier kinds from UK anonymisation guidance: one positive and one negative per form.

Numbers with a check digit are built here with python-stdnum, so every positive case is a
valid number of its kind and every negative one fails for a stated reason.
"""

from __future__ import annotations

import pytest
from stdnum import luhn
from stdnum.gb import nhs, upn

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text


def _health(prefix: str) -> str:
    """The first number from ``prefix``0... with a valid modulus 11 check digit."""
    number = int(prefix.ljust(9, "0"))
    while True:
        for digit in "0123456789":
            if nhs.is_valid(f"{number:09d}{digit}"):
                return f"{number:09d}{digit}"
        number += 1


NHS = _health("401")  # England
CHI = _health("150615")  # Scotland: the first six digits are a date of birth
HC = _health("320")  # Northern Ireland
IMEI = "35200000000000" + luhn.calc_check_digit("35200000000000")
ICCID = "894411006820547015" + luhn.calc_check_digit("894411006820547015")
CARD = "412345678901234" + luhn.calc_check_digit("412345678901234")
UPN_BODY = "302373618613"
UPN = upn.calc_check_digit(UPN_BODY) + UPN_BODY


def found(text: str) -> list[tuple[str, str]]:
    report = check_text(text + "\n", "review.md", config=RedactionConfig())
    return [(f.rule, f.severity) for f in report.findings]


def rules(text: str) -> set[str]:
    return {rule for rule, severity in found(text) if severity == "error"}


POSITIVE = [
    ("nhs-number", f"The letter gave {NHS[:3]} {NHS[3:6]} {NHS[6:]} at the top."),
    ("nhs-number", f"Records held {NHS} for the baby."),
    ("nhs-number", f"NHS No. {NHS[:3]}-{NHS[3:6]}-{NHS[6:]} was on the form."),
    ("nhs-number", f"The clinic wrote {' '.join(NHS[i : i + 2] for i in range(0, 10, 2))} twice."),
    ("nhs-number", f"The scan request used {NHS[:4]} {NHS[4:7]} {NHS[7:]}."),
    ("nhs-number", f"Patient ID {NHS[:3]}.{NHS[3:6]}.{NHS[6:]} appears on the request."),
    ("nhs-number", f"The health board used CHI {CHI[:6]} {CHI[6:]}."),
    ("nhs-number", f"The Trust gave the H&C number {HC} for Mother."),
    ("nhs-number", "The NHS number 123 456 7890 was mistyped in the letter."),
    ("ni-number", "Benefits were traced through JT 48 27 19 C."),
    ("ni-number", "The DWP letter quoted jt482719c."),
    ("ni-number", "The form read SH-20-45-18-D."),
    ("ni-number", "NI no: nz 55 21 07 a."),
    ("upn", f"The census record showed {UPN}."),
    ("upn", f"The letter quoted upn {UPN.lower()}."),
    ("upn", f"The file gave ({UPN[:4]} {UPN[4:8]} {UPN[8:12]} {UPN[12]})."),
    ("uk-postcode", "The family moved to CF24 3PN in the spring."),
    ("uk-postcode", "The housing file gives the postcode as m130pl."),
    ("uk-postcode", "Police recorded the location as g12 8qq."),
    ("uk-postcode", "Mother had lived in the LS7 area all her life."),
    ("uk-postcode", "Father was staying somewhere in BT47."),
    ("uk-postcode", "They were rehoused to the B23 postcode."),
    ("email", "Mother wrote from kayleigh.b93@gmail.com."),
    ("email", "Father's email was tyler.marsh [at] outlook [dot] com."),
    ("email", "The grandmother wrote from j-okafor(at)yahoo.co.uk."),
    ("email", "The address, darren dot holt at btinternet dot com, was copied."),
    # an at sign in brackets, "-at-" and "-dot-", no top-level domain, broken over a line,
    # percent-encoded in a link, a spelled-out name before a bare provider
    ("email", "Her contact was jade.smith[@]hotmail.co.uk then."),
    ("email", "He wrote from dmoss88 -at- outlook -dot- com after the order."),
    ("email", "Her address was jadesmith@gmail (the rest was not recorded)."),
    ("email", "Email: jade.smith@\ngmail.com (given by the health visitor)."),
    ("email", "The school wrote to [her](mailto:jade.smith%40gmail.com) twice."),
    ("email", "Her email was jade dot smith at icloud."),
    ("phone-number", "The school used WhatsApp at wa.me/447700900321 after that."),
    ("phone-number", "The leaflet said [call](tel:+447700900777) and she did."),
    ("vehicle-registration", "The van (reg ky68 tdn) was seen outside."),
    ("vehicle-registration", "The PNC check on YR21XBT showed no insurance."),
    ("vehicle-registration", "A car registered LEZ 4521 was stopped near Belfast."),
    ("vehicle-registration", "The taxi, plate AXZ 1234, took Child K away."),
    ("social-handle", "The adults contacted him on Snapchat, where he went by jay_m2006."),
    ("social-handle", "Mother's TikTok account, kenzie.xo, had videos of the flat."),
    ("social-handle", "The YouTube channel TylerVlogz showed knives."),
    ("social-handle", "His profile at facebook.com/darren.holt.779 showed the address."),
    ("social-handle", "Friends set up gofundme.com/f/justice-for-baby-k after the death."),
    ("social-handle", "The page https://www.justgiving.com/page/ruby-memorial raised money."),
    ("case-reference", "Police recorded it under crime reference CR/0041977/23."),
    ("case-reference", "It was linked to occurrence 23000451782."),
    ("case-reference", "Police crime number 14/88213/22 related to the assault."),
    ("case-reference", "His prison number, A4821BK, was on the record."),
    ("case-reference", "The CPS file was opened under URN 42AB1234523."),
    ("case-reference", "Children's social care record: Mosaic ID 1184206."),
    ("case-reference", "The hospital number for Child K (RX1234567) was on the body map."),
    ("case-reference", "The referral was numbered MARAC/2022/0193."),
    ("passport-number", "Father's passport number, 533380006, was passed on."),
    ("driving-licence", "The car was hired on licence BAKER802174JT9KL."),
    ("bank-details", "It was paid into sort code 60-16-13, account 31926819."),
    ("bank-details", "Transfers went to IBAN GB82WEST12345698765432 monthly."),
    ("bank-details", f"Her card, {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}, was used."),
    ("device-identifier", "Images were uploaded from IP address 86.143.22.197."),
    ("device-identifier", "The router showed 2a00:23c5:9e41:7f01::1 connecting."),
    ("device-identifier", "The tablet's MAC address, 3C:22:FB:9A:10:4E, was logged."),
    ("device-identifier", f"Police seized a phone with IMEI {IMEI}."),
    ("precise-location", "The body was found at 51.4816, -3.1791, in woodland."),
    ("precise-location", "The phone last connected near 53°28′N 2°14′W."),
    ("precise-location", "Mother shared her location as ///filled.count.soap."),
    ("precise-location", "The search worked outwards from grid reference SJ 838 978."),
    ("precise-location", "Plus code 9C3XGV4C+2V marked where the car was found."),
    ("precise-location", "Searchers went to OS grid reference SE 29 34 by the canal."),
    ("precise-location", "The meeting place, lat 54.5973 long -5.9301, was shared."),
    ("social-handle", "On Discord the adult used the name ShadowKing_77."),
    ("vehicle-registration", "The motorbike (registration WU 63 PHX) was seen."),
    ("phone-number", "Contact: 0 7700 900 913 (Mother, mobile)."),
    ("email", "Threats came from gethin.p.1990 @ yahoo.co.uk at night."),
    ("event-date", "Police were called to the home on Christmas Day 2021."),
    ("event-date", "Child K was injured on the night of 4/5 June 2022."),
    ("exact-age", "The post-mortem report gives the baby's age as 47 days."),
    # Forms added for issue 12 (one each; the eval corpus has the sentences in context).
    ("ni-number", "NINO: RT.21.90.44.C was on the letter."),
    ("email", "Reply to leanne_h @ outlook . com for the rota."),
    ("uk-postcode", "Mother had always lived in the ls7 area."),
    ("uk-postcode", "The address, 14 Orchard Way, nb3 6tq, was rented."),
    ("vehicle-registration", "A white van, reg ouz 4418, was seen outside."),
    ("vehicle-registration", "The keeper of the car, r462 kft, was traced."),
    (
        "device-identifier",
        f"The SIM card held {ICCID[:4]} {ICCID[4:8]} {ICCID[8:12]} {ICCID[12:]}.",
    ),
    ("device-identifier", "The SIM card (ICCID 8944110068205470154) was his."),
    ("device-identifier", "The MAC address 3C22.FB9A.104E was logged."),
    ("precise-location", "The phone connected at 52°29'N, 1°53'W that night."),
    ("precise-location", "The what3words address given to the crew was 'crib.lads.tidy'."),
    ("bank-details", "Bank details (s/c 30-92-16) were on the letter."),
    ("bank-details", "The building society roll number was 4471-220891-03."),
    ("case-reference", "The Liquidlogic record (ID: 2291847) showed three episodes."),
    ("social-handle", "He was on TikTok as kaidenxo and posted videos."),
    ("social-handle", "The adult's Snap name, darkangel666, was passed on."),
    ("social-handle", "A fundraiser at https://gofund.me/8f2a91c3 raised money."),
    ("social-handle", "She was contacted by an account called xoxo.mia.22 on Snapchat."),
    ("event-date", "The last contact with the family was a telephone call on 28.2.23."),
    ("event-date", "Adult D was last seen on the 2nd, a Sunday, in February 2023."),
    ("event-date", "The concern was first raised by a dietitian on 14/10/21."),
    ("date-of-birth", "AB, 010203, was the entry in the census extract."),
    ("link-target", "The chronology is in [Appendix 1](files/hargreaves-chronology.pdf)."),
    ("link-target", "[Letter](letters/letter-to-mrs-hall.pdf) is in the appendix."),
    ("bank-details", "The pension went into his bank account (Nationwide, 38271645)."),
    ("bank-details", "Bank statements show transfers to 40-47-84 70123456 weekly."),
    ("bank-details", "Her American Express card, 3782 822463 10005, was used."),
    ("passport-number", "Father's passport (no. 925 076 473) was held."),
    ("passport-number", "Her biometric residence permit, ZU1234567, had expired."),
    ("driving-licence", "The agreement gave driving licence no. BAKER 802174 JT9KL."),
    ("driving-licence", "His licence number was holt9703142dh9ab."),
    ("upn", f"The transfer file gave the pupil number as {UPN[:4]}-{UPN[4:8]}-{UPN[8:]}."),
    ("upn", "Sibling 1's ULN 4812345670 was on the enrolment form."),
    ("case-reference", "The crime number 4422 0012 3456 was given to Mother."),
    ("case-reference", "The Athena investigation (42/1187/23) was filed."),
    ("case-reference", "Police recorded it as CRN 12345/22 and passed it on."),
    ("case-reference", "The MARAC reference was MAR-0091-22."),
    ("case-reference", "The Datix report, number 118934, described the fall."),
    ("event-date", "The house fire on 8 December 2021 started in the bedroom."),
    ("event-date", "Mr B passed away at home on 19 January 2022."),
    ("ni-number", "national insurance no. wp/45/67/12/b appears on the claim."),
    ("ni-number", "Her NI number, YZ 45 67 12, was missing its final letter."),
    ("precise-location", "The tent was at N 53° 24.512' W 002° 59.376' in the woods."),
    ("device-identifier", "The iPad's serial number DMPX2B3KHP8Q was linked to the account."),
    ("email", "He signed up as jay_m_2006 at gmail and used the same name elsewhere."),
    ("phone-number", "Contact was through WhatsApp on +48 512 345 678, her Polish number."),
    ("exact-age", "The notes record the baby as a 10/7 old infant with jaundice."),
    ("exact-age", "Child K was readmitted on day 9 of life with poor feeding."),
    ("exact-age", "She was a baby of 11 days when the family moved."),
    ("social-handle", "The account 'kenzie.xo' was reported to Instagram twice."),
    ("event-date", "Child K was admitted on 14/Mar/2022 with a head injury."),
    ("uk-postcode", "The family moved to ls7 in the spring."),
    ("case-reference", "Her RiO number 1234567 was on the discharge letter."),
    ("case-reference", "The SystmOne unit number 7712345 was quoted by the GP."),
    ("case-reference", "The employment tribunal case 2401234/2022 was withdrawn."),
    ("social-handle", "His Tinder profile name was 'Dazzler79' and they met through the app."),
    ("social-handle", "Her TikTok username (kaiden.xo) was shared in the group chat."),
    ("social-handle", "The appeal page at gf.me/u/zk4f9x raised money."),
    ("link-target", "The police disclosed a file, osei_interview_notes.docx, to the review."),
    ("link-target", "The press release is at www.example.org/news/mensah-family-tribute."),
    ("device-identifier", "The router logs show MAC address 3C22FB9A104E joined at 01:12."),
    ("device-identifier", "The advertising ID 38400000-8cf0-11bd-b23e-10b96e4ef00d was his."),
    ("precise-location", "The car was found at easting 318200, northing 176500."),
    ("social-handle", "She went by kenz_x on TikTok."),
    ("social-handle", "Sibling 1 posted on YouTube under the channel name 'TylerPlays'."),
    ("social-handle", "Her Snapchat handle, which was kenzie2009, was in the messages."),
    ("social-handle", "He messaged her from the account jaybird_07."),
    ("social-handle", "On Instagram she was known as kenziee."),
    ("social-handle", "The Snapchat account of Male 1 (user: dz_holt) was reported."),
    # a quoted account name of several words after a naming phrase
    ("social-handle", "He contacted her from an Instagram profile under the name 'Lexi Brook'."),
    ("social-handle", "On TikTok he was known as 'Uncle Kev', and the children trusted him."),
    # after an account noun and a comma, a word no dictionary has
    ("social-handle", "Her Instagram account, jadeyboo, was public until March."),
    # a Discord name with its four-digit tag
    ("social-handle", "The Discord user kxzz#0917 sent the links."),
    # vehicle: suffix-era plate after a make; Irish plates; a VIN after its name
    ("vehicle-registration", "His battered Ford Escort, JFM 212V, was seen at the lay-by."),
    ("vehicle-registration", "The Garda stopped a car with the registration 08-KY-4417."),
    ("vehicle-registration", "An Irish-registered Toyota, 152-D-20931, was at the house."),
    ("vehicle-registration", "The chassis number SALLAAA148A123456 had been ground off."),
    # references named as an ID or a pupil's or candidate's number
    ("case-reference", "Her Scottish Candidate Number, 305129447, was on the results."),
    ("case-reference", "The home (provider ID 1-2201458817) was rated inadequate."),
    # a partial postcode in brackets after a place's name
    ("uk-postcode", "The family moved to Handsworth (B21) in the summer."),
    # a Wi-Fi network named after its owner
    ("device-identifier", "His phone joined the Wi-Fi network SKY-Pryce-5G at the flat."),
    # an email address cut short still names its owner
    ("email", "A Gmail address (kayz_2007@…) was added as the recovery address."),
    ("email", "Threats came from dazza.k(a)hotmail.co.uk over several weeks."),
    ("email", "Her email address was leannemcgill on outlook, the GP noted."),
    ("social-handle", "sc: kenz.xo (a second account her parents did not know about)"),
    ("vehicle-registration", "CCTV showed the van as YR21-XBT leaving at speed."),
    ("case-reference", "PC 3318 and DC 9021 attended the address that evening."),
    ("case-reference", "The incident was logged on StEIS as 2022/18874 by the trust."),
    ("case-reference", "The Child and Family Assessment (CFA/30417) was not updated."),
    ("uk-postcode", "Postcode sector: LS9 7. Tenure: social housing."),
    ("uk-postcode", "Home: NE4 (the west end). School: the same ward."),
    ("bank-details", "The money was paid into sort code 20-11-09 that afternoon."),
    ("link-target", "[Minutes](file:///C:/Users/jkershaw/Desktop/strategy-minutes.docx)"),
    ("link-target", "The file 'Nowak family - initial visit.docx' was attached."),
    ("link-target", "[^4]: https://www.example.org/judgments/r-v-hollins-sentencing/"),
    ("link-target", "![Photograph](photos/kaydenmorris-room.jpg)"),
    # a mobile number wrapped over a line break in the source
    ("phone-number", "Her new number was 07700\n900456 and it was never recorded."),
    # a reference in a code span
    ("case-reference", "The occurrence was logged as crime number `44/12093/22`."),
    # a quoted account name in a sentence about messages
    ("social-handle", "Staff never asked who 'dee_xo' was, though the messages came nightly."),
    ("social-handle", "Her Snapchat, jazzyb, was where he first messaged her."),
    ("social-handle", "They met on Yubo, where his profile was rikkz and hers was mollzx07."),
    ("case-reference", "Police attended under CAD 0917 of 03/05/2022 and made an arrest."),
    ("case-reference", "His PPS number, 1234567T, was on the benefit claim."),
    ("bank-details", "The standing order went to 40-12-76 / 31926819 every month."),
    ("bank-details", "She sent the money by Western Union (MTCN 7302119846)."),
    ("vehicle-registration", "The witness read the plate as 'KX19 L?P' in the dark."),
    (
        "link-target",
        "His record (https://example.org/search/officers?q=jason+hollins) listed two firms.",
    ),
    # the postcode rule reads a URL's "+" between the halves itself, and outranks link-target
    ("uk-postcode", "See the map at <https://maps.example.com/?q=LS7+3AB>."),
    ("link-target", "![Front of the house](photos/14-acacia-avenue-front.jpg)"),
    ("link-target", "The school sent [the plan](attachments/oakfield-primary-safety-plan.pdf)."),
]

NEGATIVE = [
    # a partnership's, a board's or a team's published mailbox; "at" in hyphenated prose
    "Contact the partnership at contact@westmarch-partnership.org.uk or businessunit@westmarchscb.org.uk.",
    "The children-at-risk register and the at-home visits were reviewed at sky-high caseloads.",
    "Munro, E. (2011) The Munro Review. ISBN 0-19-945807-3.",
    "ISBN 0199458073 is the edition cited.",
    "The survey numbers 1234567890 and 943 476 5918 fail the checksum.",
    "Referral form MA 12 and the CP 1 checklist were completed.",
    "Child K was prescribed vitamin B12; the gas engineer had no CP12 certificate.",
    "Father drove along the M62 and the A470; Key Stage 2 (KS2) and Year 6 (Y6).",
    "The referral was sent by secure email; see www.example.org/training.",
    "She looked at gov.uk and at home; messages were signed @ the flat.",
    "Mother was given NHS 111, the police line 101 and Childline on 0800 1111.",
    "The call us link was [tel](tel:08001111) for the helpline.",
    "Father travelled on the A1(M) and the M60; the CSPR panel met the ICB.",
    "He spent hours on Snapchat and TikTok and Instagram direct messages.",
    "The partnership publishes reviews at https://www.example.org/reviews/.",
    "A Section 47 enquiry followed within 15 working days.",
    # a feed entry's id, which the build writes itself
    "<id>urn:uuid:3f2b8c1e-9a4d-5b6e-8f7a-1c2d3e4f5a6b</id>",
    "The regulations (SI 2018/789) and Home Office Circular 12/2021 apply.",
    "Practice Direction 12J and Form C100 govern applications.",
    "(Bellis et al., 2014, vol. 36, pp. 81-91) is summarised in Appendix 4.",
    "The review's questionnaire reference numbers, such as 1234567890, are internal.",
    "The family received Universal Credit of about £1,250 a month.",
    "Council tax arrears of £2,314.56 were referred in 2022.",
    "Mother did not hold a passport or a driving licence.",
    "The system was upgraded to version 2.4.1; see paragraph 3.2.1.4.",
    "The CCTV timings were 10:15:30 and 11:02:45, 47 minutes apart.",
    "The risk score rose from 3/5 to 4/5; the staff ratio was 1:3.",
    "The family lived about 2.5 miles from the school.",
    "Between 2018 and 2022, 51.4 per cent of referrals came from the police.",
    "At Christmas 2021 the family moved; the ST 12 34 form was used.",
    "The Board's Case Review Group met on 11 May 2022 and recommended a concise review.",
    "Email the team at 5 @ 10am.",
    'The family chose the name "Maria" for this report.',
    "The Sub-Group considered the case on 14 March 2018 and agreed.",
    "Child K was in the 3rd week of Year 2; the 4th floor was closed.",
    "He drove the van along the m62 and the a1 most days for work.",
    "Practitioners asked about TikTok, YouTube or online games.",
    "She was on TikTok as well as Snapchat; her Snapchat was private.",
    "The card 8944110068205470155 fails its check digit.",
    "| 0.3 | 12/05/2024 | Draft for panel |\n| 1.0 | 03/07/2024 | Final |",
    "Policy 4.1.12 was revised; see section 28.2.23 of the manual.",
    "The panel met on 4 October 2023, 15 November 2023 and 10 January 2024.",
    "He was released on licence in 2021 after serving 18 months of a 36-month sentence.",
    "The account she gave of the fire matched her 2022 statement; 12345678 calls were logged.",
    "She had no ID card and no passport; the Home Office visa route changed in 2021.",
    "The Section 47 investigation of 2021-2022 and the inquest in 2023 were considered.",
    "The governing body approved the policy on 4 June 2024.",
    "Scores rose by +12 345 678 points; the team looked at gmail and at outlook for the rota.",
    "The serial number was not recorded; the NI number was not known to the school.",
    "Babies are usually discharged within 2 days of birth; the 6-8 week check followed.",
    "Child K lived at home in year 6; she moved to m1 maths set and then to b6 class.",
    "Adult D used Tinder, Hinge and Bumble; Messenger (Facebook) was her main app.",
    "The panel read chronology.pdf, terms-of-reference.docx and the www.gov.uk guidance.",
    "The 2019 data had 318200 rows; the Mac and the PC were replaced.",
    "The account 2022-23 closed; the account was closed; she was known as a quiet child.",
    "On 10/7 the panel met; the child of 11 was in Year 6; the account 'was not clear'.",
    "See the [chart](images/referrals-by-month-2023.svg) and [NG76](https://www.nice.org.uk/guidance/ng76).",
    # a platform's feature in quotes is no account; an organisation's own account is public
    "The Snapchat 'Snap Map' feature showed where she was; a 'finsta' account was mentioned.",
    "The board posts its briefings as @NorthbaySAB and @NorthbaySCP.",
    # a government publication code in a reference list
    "DfE (2018) ref. DFE-00195-2018; Laming (2003) Cm 5730.",
    # authors cited in the text, named in the reference's URL
    "Haworth, P. and Lindqvist, S. (2019) Neglect. https://example.org/haworth-lindqvist-2019/",
    # a public body's function mailbox
    "Referrals go to mash.referrals@northbay.gov.uk or childrens.services@example.nhs.net.",
    # a Wi-Fi network named in plain words; a bracketed code after a word that is no place
    "The Wi-Fi network was down; the school lent a hotspot to the family.",
    "Father's medication (B12) was reviewed by the GP in Year 6 (Y6).",
    "Staff addresses follow firstname.surname@example.gov.uk; write to reviews@westmarchscp.org.uk.",
    "See section 2(a) and the list at (a) above; the email was sent on the same day.",
    "The scope: fb: none found; ig: not used. Officers (PC and DC grades) attended.",
    "The EHA/2021 guidance was replaced; the SI 2018/789 regulations apply.",
    "The home was on the 3rd floor; on the 2nd visit in May the GP was absent.",
    "[Guidance](https://www.gov.uk/guidance/working-together) and [data](data/metadata.csv).",
    # a link to another review, whose words the link shows (the prose rules judge them)
    "Read with [the Ashfield siblings](https://www.example.org/reviews/ashfield-siblings).",
    # a service's published line: its label, or its opening hours
    "Children's Services Front Door: 01632 960 000 (Monday to Friday, 9am to 5pm).",
    "Out of hours: 0161 496 0999; the duty team on 0161 496 0123.",
    # a quoted file or version name is no account, even in a sentence about messages
    "The messages were saved as 'export.txt' and the app was version '2.14'.",
    "Her Snapchat, which she used daily, was private; his was the same.",
    "The PPS number was not known; 1234567 people and 7654321X records were counted.",
    "See [the seven-minute briefing](briefings/neglect-seven-minute-briefing.pdf) and (https://www.gov.uk/guidance/keeping-children-safe).",
    # a place-shaped word run together is a place, though its tail is a surname ('Aleshire')
    "See [the earlier review](../valeshire-2023-adult-d/) and [this one](northbury-2024-child-c.md).",
]


@pytest.mark.parametrize(("rule", "text"), POSITIVE)
def test_every_form_is_blocked(rule: str, text: str) -> None:
    assert rule in rules(text), found(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_look_alikes_pass(text: str) -> None:
    assert found(text) == []


def test_a_labelled_isbn_is_never_an_nhs_number() -> None:
    isbn_like = NHS  # a valid modulus 11 number, labelled as an ISBN
    assert found(f"The book (ISBN {isbn_like}) was cited.") == []
    assert "nhs-number" in rules(f"The book's NHS number {isbn_like} was cited.")


def test_an_isbn_written_in_groups_is_no_phone_number() -> None:
    # "0 10 295892 7" inside "ISBN 978 0 10 295892 7" reads as a phone number on its own.
    assert (
        found(
            "Laming, Lord (2009) The Protection of Children. London: TSO. ISBN 978 0 10 295892 7."
        )
        == []
    )
    # The same digits with no ISBN label are still a phone number.
    assert "phone-number" in rules("Call Mother on 010 295892 7 after six.")


def test_a_date_listed_after_a_date_of_birth_is_one_too() -> None:
    text = "Born 2.3.19 (Child K) and 15.8.16 (Sibling 1), both were on the caseload."
    assert found(text) == [("date-of-birth", "error"), ("date-of-birth", "error")]
    # Without the birth word the same list is no finding: short dotted dates are mostly
    # paragraph numbers.
    assert found("See 2.3.19 (Child K) and 15.8.16 (Sibling 1).") == []

"""Online and device identifiers by class (issue 12, helper online6): platforms typed in
lower case, cashtags, clan tags, two-word gamertags, links on every domain of the profile
sites, recordings and record numbers in file names, angle-bracket link targets, memorial
slugs, spelled-out address parts, organisations' function mailboxes, values after "was noted
as", routers' own addresses, plate-shaped codes after "ref". One positive and one negative
per form; every name and number is invented here."""

from __future__ import annotations

import pytest

from review_library.redaction.rules import (
    device_identifier,
    email,
    link_target,
    social_handle,
    vehicle_registration,
)
from tests.redaction.test_structured_forms import assert_found, spans

FOUND = [
    # social: a platform in lower case; "was called"; a cashtag; a clan tag; a gamertag of
    # two words; short links on .be and .am domains
    (social_handle, "on tiktok she was lil.miss.k and posted daily", ["lil.miss.k"]),
    (social_handle, "Mother's fb was kerry.walsh.", ["kerry.walsh"]),
    (social_handle, "his snap was tyreek.xo and he added them", ["tyreek.xo"]),
    (social_handle, "the youtube channel was called KSquadTV", ["KSquadTV"]),
    (social_handle, "A Cash App request came from $DazzaKay88.", ["$DazzaKay88"]),
    (social_handle, "The money was paid to the cashtag $lilmissk.", ["$lilmissk"]),
    (social_handle, "He played as [KSK] Viper on Fortnite.", ["[KSK] Viper"]),
    (social_handle, "On Xbox he was known as Toxic Vyper.", ["Toxic Vyper"]),
    (social_handle, "They watched youtu.be/aB3dE5fG7hI together.", ["youtu.be/aB3dE5fG7hI"]),
    (social_handle, "The link instagr.am/p/CxYz123 was sent.", ["instagr.am/p/CxYz123"]),
    # link targets: a recording's name; a target in angle brackets with spaces; a record
    # number in a file name; the name a memorial or campaign slug is for
    (link_target, "It is in calls/999-call-Marsha-Lewis.mp3 now.", ["Marsha-Lewis"]),
    (link_target, "[Note](audio/voicenote-from-tyreek.m4a)", ["tyreek"]),
    (link_target, "[Report](<files/Health Visiting report Kowalczyk.pdf>)", ["Kowalczyk"]),
    (link_target, "[a]: <files/Plan for Zofia Wojcik.docx>", ["Zofia Wojcik"]),
    (link_target, "[Strategy](notes/strategy-EH23-004512.docx)", ["EH23-004512"]),
    (link_target, "[Referral](files/referral_MASH0041872.pdf)", ["MASH0041872"]),
    (link_target, "[Page](https://www.facebook.com/groups/justiceforleo2021/)", ["leo"]),
    (link_target, "[Page](memorials/in-memory-of-baby-ruby.pdf)", ["ruby"]),
    # email: a spelled-out underscore and a bracketed dot inside the name; an account after
    # a provider's name; a function mailbox of a business named after its owner
    (email, "Contact: tyler underscore reid at yahoo dot co dot uk", ["tyler underscore reid"]),
    (email, "the address jade[dot]smith[at]gmail[dot]com", ["jade[dot]smith[at]gmail[dot]com"]),
    (email, "Her Gmail was kayzbaby09.", ["kayzbaby09"]),
    (email, "Email sales at kerrys-salon dot co dot uk to book.", ["kerrys-salon"]),
    (email, "He wrote to jade@kidsclub.co.uk often.", ["jade@kidsclub.co.uk"]),
    # devices: a value after "was noted as"/"was listed as"; an address a device was given
    (device_identifier, "The laptop's MAC was noted as 3C22FB9A104E.", ["3C22FB9A104E"]),
    (device_identifier, "The phone's serial was listed as F2LXK9ABHG7K.", ["F2LXK9ABHG7K"]),
    (device_identifier, "Her laptop had 192.168.1.64 on the Wi-Fi.", ["192.168.1.64"]),
    (device_identifier, "The IP address 192.168.1.1 was his.", ["192.168.1.1"]),
    # vehicles: a plate in capitals anywhere else
    (vehicle_registration, "Then WM21 CSP drove off.", ["WM21 CSP"]),
]

PASS = [
    (social_handle, "The review cost $500 and the US$2.1 million study was cited."),
    (social_handle, "The $HOME variable and $PATH were set."),
    (social_handle, "See [NSPCC] guidance on online safety; the [ONS] data on apps agree."),
    (social_handle, "[NB] Mother said she messaged the school."),
    (social_handle, "He posted on his snap story; the snap decision to close it followed."),
    (social_handle, "Child K watched youtube and tiktok until late."),
    (social_handle, "See strathford-2014-baby-fb-00707.md and the ig_2019 folder."),
    (social_handle, "Sibling 1 played Fortnite online and was known as a quiet boy."),
    (link_target, "![Play area](photos/IMG_20230314_102233.jpg) ![](photos/DSC01234.jpg)"),
    (link_target, "[Justice for Grenfell](https://www.example.org/justice-for-grenfell/)"),
    (link_target, "[Forever](https://www.example.org/forever-in-our-hearts/)"),
    (link_target, "[Briefing](files/cspr-2023-briefing-v2.pdf) [M](files/minutes-20230514.pdf)"),
    (link_target, "[Earlier](../redby-2015-mr-mx-00610/briefing/)"),
    (email, "Copies from safeguarding at westmarch dot gov dot uk."),
    (email, "The NSPCC helpline (help@nspcc.org.uk) is open."),
    (email, "Write to enquiries [at] barnardos [dot] org [dot] uk for a leaflet."),
    (email, "Her Gmail was full, she said."),
    (device_identifier, "The router at 192.168.0.1 was reset by the engineer."),
    (vehicle_registration, "The SCR was published under ref WM21 CSP in 2021."),
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_online_classes_are_found(rule, text: str, wanted: list[str]) -> None:
    assert_found(rule, text, wanted)


@pytest.mark.parametrize(("rule", "text"), PASS)
def test_online_class_look_alikes_pass(rule, text: str) -> None:
    assert spans(rule.find, text) == []

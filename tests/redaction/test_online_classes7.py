"""Online, link and device forms of issue 12 (round 7): an address's scheme in capitals, a
relative's name after a kin word in a file name, a record's word between "birth" and a date,
a blog's subdomain after "https://", a marketplace seller's name, Cisco's dotted MAC address
ending a sentence; and the false alarms they must not raise: a pseudonym's letters that spell
a platform's short name ("Baby IG"), an organisation's own account, "followed" in prose. One
positive and one negative per form; every name and number is invented here."""

from __future__ import annotations

import pytest

from review_library.redaction.rules import (
    device_identifier,
    link_target,
    social_handle,
    vehicle_registration,
)
from tests.redaction.test_structured_forms import assert_found, spans

FOUND = [
    # an autolink and a bare address with the scheme in capitals
    (
        link_target,
        "Coverage: <HTTPS://EXAMPLE.ORG/TRIBUTES/CONNOR-MCGLINCHEY>",
        ["CONNOR-MCGLINCHEY"],
    ),
    (link_target, "See HTTP://EXAMPLE.ORG/NEWS/ADEBAYO-OKONJO today.", ["ADEBAYO"]),
    # a relative's name after a kin word, even a name that is also a word
    (link_target, "[Transcript](transcripts/interview-with-nana-grace.txt)", ["grace"]),
    (link_target, "![Seaside](images/child-k-with-grandad-baker.jpg)", ["baker"]),
    # a record's word between "birth" and the date
    (link_target, "[Certificate](docs/birth-cert-14-03-2019.pdf)", ["14-03-2019"]),
    # a blog's subdomain after the scheme
    (
        social_handle,
        "Friends wrote at https://justice-for-kaylan-pryor.wordpress.com/ after the trial.",
        ["justice-for-kaylan-pryor"],
    ),
    # a marketplace seller or shop in quotes after the platform
    (social_handle, "She sold clothes as the Vinted seller 'shannzcloset'.", ["shannzcloset"]),
    (social_handle, "His Depop shop, 'kicksbyjay', sold the trainers.", ["kicksbyjay"]),
    # a person's account still found next to the new organisation checks
    (social_handle, "Her Instagram (instagram.com/kayz.b) was public.", ["instagram.com/kayz.b"]),
    (social_handle, "She messaged @KAYbabes2009 and @mollyy_k.", ["@KAYbabes2009", "@mollyy_k"]),
    # a pseudonym's letters do not hide a real platform label
    (social_handle, "Her IG was kezzab_x and her FB was kez.b.", ["kezzab_x", "kez.b"]),
    # an account's noun and a naming verb, a counted platform in apposition, "she was" after
    # a platform: a lower-case word no dictionary has; a quoted name after "using the name"
    (social_handle, "He messaged her from an account called jaydenxx.", ["jaydenxx"]),
    (
        social_handle,
        "She had a second TikTok, kayleighbackup, that Mother did not know about.",
        ["kayleighbackup"],
    ),
    (social_handle, "On Instagram she was kaylarosee.", ["kaylarosee"]),
    (social_handle, "An adult using the name 'Big Mike' on Snapchat contacted her.", ["Big Mike"]),
    # Cisco's dotted MAC address at the end of a sentence
    (device_identifier, "Its MAC address was 001A.2B3C.4D5E.", ["001A.2B3C.4D5E"]),
]

PASS = [
    # the scheme in capitals: the host and public paths are no names
    (
        link_target,
        "See <HTTPS://WWW.GOV.UK/GOVERNMENT/PUBLICATIONS/WORKING-TOGETHER-TO-SAFEGUARD-CHILDREN>",
    ),
    # what a file is of after a kin word
    (link_target, "[Plan](files/uncle-care-plan.pdf) and ![Visit](p/nan-house.jpg)"),
    (link_target, "![Family](images/mum-and-dad-at-home.jpg)"),
    # a theme's link to a tool's pages
    (social_handle, "Made with https://squidfunk.github.io/mkdocs-material/ and MkDocs."),
    # an organisation's own accounts
    (social_handle, "The partnership's Facebook page (facebook.com/WestmarchSCP) has briefings."),
    (social_handle, "The force's Instagram (instagram.com/westmarchpolice) shared the appeal."),
    (social_handle, "Follow the IWF (@IWFhotline) for updates."),
    # a pseudonym's letters that spell a platform's short name
    (social_handle, "Baby IG was seen by the health visitor. Baby FB was eactione by then."),
    # "followed" in prose, then an unknown word after "recorded as"
    (
        social_handle,
        "The family were rarely online. "
        + "Nothing more was known of it then. " * 4
        + "Carer 1 followed the plan, recorded as surratheament, and then left.",
    ),
    # words of prose after the same cues
    (social_handle, "On Facebook she was unhappy and on TikTok he was bullied."),
    (social_handle, "She had a new TikTok, however, it was private."),
    # a file's name and extension are no plate joined by a dot
    (vehicle_registration, "The photographs p1.jpg and s7.png were attached."),
    # a dotted number that continues is no MAC address
    (device_identifier, "See section 1234.2020.1999.4 of the log."),
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_online_forms_are_found(rule, text: str, wanted: list[str]) -> None:
    assert_found(rule, text, wanted)


@pytest.mark.parametrize(("rule", "text"), PASS)
def test_online_look_alikes_pass(rule, text: str) -> None:
    assert spans(rule.find, text) == []


def test_a_word_of_grammar_after_a_title_is_no_name() -> None:
    """ "Mr and Mrs Bello": the name after the second title, not "and" after the first."""
    text = "[Chronology](Chronology%20-%20Mr%20and%20Mrs%20Bello.docx)"
    assert spans(link_target.find, text) == ["Bello"]

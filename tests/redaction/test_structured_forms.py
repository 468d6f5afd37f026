"""Structured identifiers in the forms real reports use (issue 12): lists of outward codes,
police system numbers, accounts named in prose on any platform, names in link targets,
anchors and file names. One positive and one negative per form; every name, account and
number here is invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.rules import (
    case_reference,
    link_target,
    social_handle,
    uk_postcode,
)


def spans(find, text: str) -> list[str]:
    return sorted({text[h.start : h.end] for h in find(text)})


FOUND = [
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

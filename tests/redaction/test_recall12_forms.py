"""Identifiers read by their form and position, and look-alikes left alone (issue 12,
recall12): clinical shorthand ages to the day, device names in capitals, collar numbers
with the officer's surname, a sheriff court code shaped like a review's, neighbourhoods as
turf, Welsh address labels, lower-case nicknames in quoted messages, names disguised by a
character reference or a line break, phone numbers in words; police times, Welsh days,
phrases and features that look like handles pass; every comment, however plain, blocks. Every name and
place here is invented for this file or a real place used only as a place."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import find_hits
from tests.redaction.one_line import review_error_rules

IDENTIFIERS = [
    # clinical shorthand ages to the day, by a person
    ("exact-age", "Triage: girl, 4/52 + 2/7, crying on handling, bruised shin."),
    ("exact-age", "Child T (then 2/12 + 3/52 + 1/7) was seen by the paediatrician."),
    ("exact-age", "Record: male twin 1, 6/52 5/7, poor feeding."),
    # a device named for its owner in capitals
    ("device-identifier", "The Bluetooth list showed ‘KORBIN'S SOUNDBAR’ in the lounge."),
    ("device-identifier", "AirDrop named the sender as ESMEE'S IPHONE 12."),
    # a collar number and the officer's surname
    ("case-reference", "Police Constable 2876 Ogunleye took the statement."),
    # a court code whose letters are also a review's acronym
    ("case-reference", "Sheriff court reference SAR-D301-24 was cited in the minutes."),
    # a neighbourhood as turf or community
    ("named-place", "He said ‘the olders run Fernleigh’ and laughed."),
    ("named-place", "She said ‘everyone on Brackwell knows him’ and cried."),
    # a Welsh address label
    ("named-place", "Cyfeiriad: Bwthyn y Felin, SA43 2PQ."),
    # lower-case nicknames in quoted messages
    ("person-name", "Text (verbatim): ‘ask dazza if he wants some’"),
    ("person-name", "Text (verbatim): ‘stayin at kenz's house 2nite’"),
    ("person-name", "Message (verbatim): ‘omg zaz is kicking off again’"),
    # names in disguise
    ("person-name", "The carer said that Jor&#100;an had gone out."),
    ("person-name", "The worker could not reach Ty-\nrone by phone."),
    # a phone number in words
    ("phone-number", "He wrote zero seven seven zero zero, nine zero zero, one two three."),
]

LOOK_ALIKES = [
    "Antibiotics for 1/52 + 3/7 and a review in 2/52 were advised.",
    "The heading read ‘MOTHER'S PHONE – CALL LOG’ in the download.",
    "THE BOARD'S RESPONSE TO THE REVIEW is at the end.",
    "Two officers (PC A and PC B) attended; PC A completed the form.",
    "The earlier review (SCR/2017/02) made the same point.",
    "Control room log: call received 2215hrs, on scene 2231 hrs.",
    "She said ‘people on Universal Credit get treated badly’.",
    "Message (verbatim): ‘tell them to ring me, im at home’",
    "Gwelwyd Plentyn R ddydd Sul ac eto nos Fercher ym mis Medi.",
    "Gwelwyd Plentyn R ar ddydd Sul.",
    "The review used the word caf&#233; and said &#8216;no concerns&#8217;.",
    "The guidance is long-\nstanding and multi-\nagency.",
    "Contacts fell from seven to zero, then rose to nine.",
    "Messages on WhatsApp, which is end-to-end encrypted, were lost.",
    "Staff used @mentions and @replies in Teams to share minutes.",
]


@pytest.mark.parametrize(("rule", "text"), IDENTIFIERS)
def test_identifier_forms_are_blocked(rule: str, text: str) -> None:
    assert rule in review_error_rules(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_pass(text: str) -> None:
    assert review_error_rules(text) == set()


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- confirm the school name -->",
        "<!-- was Jordan -->",
        "<!-- Kayden -->",
        # a plain editor's note blocks too: the page source publishes it, and the project
        # treats every comment as hidden content (one rule, no judgement of its words)
        "<!-- TODO: add the board's response once approved -->",
    ],
)
def test_comments_that_may_hide_an_identifier_still_block(comment: str) -> None:
    assert "html-comment" in review_error_rules(f"{comment}\nThe board agreed.")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("PC 4471 HARGREAVES noted it.", "PC 4471 HARGREAVES"),
        ("PC 5513 DRUMMOND-HAYES noted it.", "PC 5513 DRUMMOND-HAYES"),
        ("DS 40512 McALISTER was there.", "DS 40512 McALISTER"),
        ("PC 4471 ATTENDED THE ADDRESS.", "PC 4471"),
        ("Sgt 2904 Then went home.", "Sgt 2904"),
    ],
)
def test_a_collar_number_takes_the_surname_after_it_not_a_word(text: str, span: str) -> None:
    hits = find_hits(text, config=RedactionConfig(), rules=["case-reference"])
    assert [text[h.start : h.end] for h in hits] == [span]

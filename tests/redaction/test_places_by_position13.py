"""Places and venues read by their form and position (issue 12, place13): Scottish streets
in capitals, venues with no institution word (a kind in brackets, a ward's own name, a name
one stands outside, an owner's possessive), a village opening a list item, a street in a
message, a place after a verb of going; a national chain, a programme or a performer that
is no place, and the look-alikes of each.
Every name here is invented for this file, or a chain or a programme used only as one."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import review_error_rules

IDENTIFIERS = [
    # Scottish streets as police logs write them: capitals, an apostrophe in the name
    ("street-address", "Crew sent to 4 TANNERS WYND, male found unresponsive."),
    ("street-address", "CALLER AT 7 KILNHOUSE LOAN REPORTS A FIGHT IN THE STAIR"),
    ("street-address", "Police attended 15 DYER'S ROW at 02:10."),
    ("street-address", "The family moved into 5 Cordiner Vennel that spring."),
    ("street-address", "A neighbour at 2 Glebe Pend raised the alarm."),
    ("street-address", "The note gave 8 skinners wynd as her address."),
    # a venue with no institution word: its kind in brackets, a ward's name after its number
    ("named-institution", "Child D went to Little Wrens (Cylch Meithrin) on Mondays."),
    ("named-institution", "Baby E joined Apple Seeds (day nursery) at ten months."),
    ("named-institution", "She was nursed on Ward 11 (Curlew) for a week."),
    # a venue one stands outside, opposite or behind
    ("named-institution", "The group waited outside Burger Shack most nights."),
    ("named-institution", "He sold cannabis behind Lucky Star after school."),
    # an owner's possessive before the shop's own words, or a time after it
    ("named-institution", "He stole the cider from Malik's Corner Store near the flats."),
    ("named-institution", "Mother had a shift at Dolly's that night and left the twins."),
    ("named-institution", "He drank at Fogarty's and walked home alone."),
    # an alternative provision beside its kind
    (
        "named-institution",
        "Staff said he was doing well at Launchpad, the borough's alternative provision.",
    ),
    # a village that opens a list item
    ("named-place", "- Cwmllynfach: no answer at the door."),
    ("named-place", "- Home visit, Penrhiwgoch: Mother declined entry."),
    ("named-place", "3. Aberdulas, school nurse visit: child well."),
    # a street abbreviated in a message, with no number
    ("street-address", "Text read: im on tregarne st come quick"),
    ("street-address", "She replied: at the park by ollerton rd now"),
    # a place after a verb of going with no preposition
    ("named-place", "He said they went Brackwellby most weekends to sell."),
    ("named-place", "She told her friend she was going Penhallow Cross later."),
    ("named-place", "He came back Dunmorrow on the last bus."),
]

NOT_IDENTIFIERS = [
    # a programme named after its street, said to be a programme
    "Father said Coronation Street was the only programme he never missed.",
    # a house that stands for a body, with what a body has
    "The letter went to the Cabinet Office and to 10 Downing Street's press office.",
    # national chains where a young person works or shops
    "Sibling 2 worked at Greggs and bought trainers at JD Sports.",
    "The boys met at Nando's and then went into Sports Direct.",
    "He spent the money in Primark and at Burger King.",
    # what one stands outside that is no venue, a chain or a national programme in brackets
    "The meeting was held outside Office Hours by the duty team.",
    "The same checks run outside KwikDocs, so authors can check a draft early.",
    "Memory grows outside Pythonic's objects as the library grows.",
    "She waited outside Greggs for her friend.",
    "Child B attended Flying Start (nursery) twice a week.",
    "Ward 3 (Paediatrics) was full that night.",
    # a relative's home by a possessive
    "She stayed at Nan's that night and went home in the morning.",
    # a county, a person or a word that opens a list item
    "- Lancashire: referrals rose by a fifth.",
    "- Mother: declined to take part.",
    "- Health visitor, Wrexham: seen at home.",
    # a street word after an everyday word in a message; going somewhere no place
    "Text read: im on main st come quick",
    "They went Christmas shopping and then went Dutch on the meal.",
    "Young Person S said they went Manchester most weekends.",
    # a performer one listens to; a programme with its contestants
    "Father said he had been listening to Kanyebright in the car.",
    "The girls followed Love Island contestants on their phones.",
    # counts before a word that is also a Scottish street type in lower case
    "She had taken out 2 payday loans and 3 student loans.",
]


@pytest.mark.parametrize(("rule", "text"), IDENTIFIERS)
def test_places_read_by_form_and_position_block(rule: str, text: str) -> None:
    assert rule in review_error_rules(text)


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_look_alikes_pass(text: str) -> None:
    assert not review_error_rules(text)


def test_a_device_cue_in_the_next_piece_makes_no_device_name() -> None:
    """A school's name in capitals is no device because the next piece of a joined scan
    speaks of an app's account (found by the joined-scan test once the pieces were shuffled
    anew)."""
    from review_library.redaction.engine import VALUE_SEPARATOR
    from review_library.redaction.rules import device_identifier

    school = "He went to ST AIDAN'S RC PRIMARY."
    app = "The account was reported through the in-app Report button, and Instagram's list."
    joined = school + VALUE_SEPARATOR + app
    assert not [h for h in device_identifier.find(joined) if h.start < len(school)]

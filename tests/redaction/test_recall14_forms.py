"""Names read by their form and position (issue 12, recall14): two names joined as the
subject of a lower-case message in plain single quotes, and a saint's school there; a name
opening quoted speech before "'s not", a quoted word "was the name", a name before a Welsh
endearment ("bach", "fach"); a nickname after "referred to by ... as"; a name written
backwards; emphasis closing a split word; an account after "@" and a space. Look-alikes
are left alone. Every name here is invented for this file."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at

FOUND = [
    # two names as a lower-case message's subject; a saint's school in the same message
    ("'sky n kenzie r stayin at hers 2nite'", "sky"),
    ("Her text said: 'rio n tj went town without me'.", "tj"),
    ("Her text: 'omg got kicked out of st teresas again lol'.", "st teresas"),
    # a name opening quoted speech, "is" or "has" shortened after it
    ("'Saffron's never been the same,' her aunt told the nurse.", "Saffron"),
    # a quoted word said to be a name
    ("Neighbours said 'Haftom' was the name the lodger used.", "Haftom"),
    # a Welsh endearment after a name
    ("The grandmother remembered that Mali fach was always hungry.", "Mali"),
    # a nickname after "referred to by ... as"
    ("The uncle, referred to by staff as 'Tall Col', was not checked.", "Tall Col"),
    # a name written backwards
    ("She signed the card 'ylimE' in purple pen.", "ylimE"),
    # an emphasis marker closing a word it split
    ("They moved to Elder*field* Close in June.", "Elder*field* Close"),
    # an account after "@" and a space
    ("Snapchat: @ bex.__.j (since deleted).", "@ bex.__.j"),
    ("He used the handle @ ozzy.9 to message her.", "@ ozzy.9"),
]


@pytest.mark.parametrize(("text", "target"), FOUND)
def test_name_found_by_form(text: str, target: str) -> None:
    rules = ("person-name", "social-handle", "street-address")
    assert any(flags_at(text, rule, target) for rule in rules), target


CLEAN = [
    "Her text read: 'me n u r going out, mum n dad r away'.",
    "'Mother's not been well,' the neighbour said.",
    "She said 'Shona's grammar is hard to learn' at college.",
    "The stepfather, referred to by the children as 'the stepfather', was not assessed.",
    "She was referred to by her GP as an urgent case.",
    "Readings: 14 mmHg, pH 7, a 3kW heater, kWh, iOS and macOS.",
    "The roundB and blindC sets were scored apart.",
    "He was *very* quiet and the re*ally* odd one.",
    "Meet me @ the park @ 3pm, im @ tescos.",
    "The account used the @ symbol in its display name.",
    "The hamlet of Pentre Bach lies above the river.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alike_passes(text: str) -> None:
    assert not error_rules(text) & {"person-name", "social-handle", "street-address"}

"""Round fifteen: places, homes and venues read by form and position (``home_number``,
``street_address``'s Scots words and typed messages, ``local_names``' gone-to, said, death
and possessive forms, ``public_outing``).

Each positive case fails at main c31daa6; each negative one is the public, generic or
counted form the same shape must leave alone."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at

INSTITUTION = "named-institution"
PLACE = "named-place"
STREET = "street-address"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a home by its number alone
        ("Officers returned to number 31 the next morning and the door was open.", "number 31"),
        ("She had been living at number 7, the flat above the bakery.", "number 7"),
        # a lower-case street with everyday words inside a typed message
        ('message from Child V: "im by the shop on church lane hurry"', "church lane"),
        # Scots street words
        ("Adult B was found in a close off Tolbooth Vennel.", "Tolbooth Vennel"),
        ("The flat at the foot of Bell Wynd had no heating.", "Bell Wynd"),
        ("They rented a house on Greenside Loan near the school.", "Greenside Loan"),
    ],
)
def test_homes_and_streets_by_position(text: str, target: str) -> None:
    assert flags_at(text, STREET, target)


@pytest.mark.parametrize(
    ("text", "target", "rule"),
    [
        # a part of town gone up or down to, no "the"
        ('Child C said she was "going down Brindles" with the older girls.', "Brindles", PLACE),
        # "the" and one word where young people gather or sleep out
        ("The boys congregated on the Knap behind the garages most nights.", "the Knap", PLACE),
        # a venue gone or taken to as "the" and one word
        ("Child D went to the Forge on Wednesday evenings to box.", "the Forge", INSTITUTION),
        ("The ambulance crew took him to the Alexandra where he was treated.", "the Alexandra",
         INSTITUTION),
        # a venue's odd name before its lower-case kind
        ("The phone was sold on at Quiggins market the same day.", "Quiggins", INSTITUTION),
        # a friend's home by the possessive alone
        ('msg: "cant come home im stopping at Kezza\'s tonight"', "Kezza's", INSTITUTION),
        # the named building of a death
        ("The review concerns the death of a woman at Kestrel View in 2024.", "Kestrel View",
         INSTITUTION),
        # a nickname of a footbridge
        ("They sold from the bridge over the bypass, which local children called 'the "
         "Cage'.", "Cage", INSTITUTION),
    ],
)  # fmt: skip
def test_local_places_and_venues(text: str, target: str, rule: str) -> None:
    assert flags_at(text, rule, target)


@pytest.mark.parametrize(
    "text",
    [
        "She caught the number 42 bus into town.",
        "He was number 3 on the housing list.",
        "They walked home along a quiet country lane.",
        "She went up North to stay with her aunt.",
        "They went over Christmas to see their father.",
        "He went to the Police to report it.",
        "She went to Nan's after school most days.",
        "She went to Mum's for tea and stayed over.",
        "She bought vegetables at Saturday market.",
        "The boys met at Nando's and then the cinema.",
        "Father had loans from Lendable and owed £800 in total.",
        "The family had a day out in Brighton and talked about the Palace Pier for weeks.",
    ],
)
def test_public_and_generic_look_alikes_pass(text: str) -> None:
    assert not (error_rules(text) & {PLACE, INSTITUTION, STREET})

"""A venue named by a capitalised plural after "the" and a preposition of place, read by the
``named-institution`` rule: "at the Acorns" (a nursery), "outside the Feathers" (a pub), "met
at the Rovers" (a club). Mid-sentence, a capital on a plural common noun after "the" makes a
name of it; the preposition of place before makes the name a place's. Whether the word may
name a house or venue (not "the Services", "the Courts") is the caller's to judge. Shared
helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.text import word_set

# Led by "the" (a literal found fast; the look-behind after it, as one before it made the
# engine try every character: 0.83 -> 0.12 ms a review); the preposition before is read
# backwards.
THE_PLURAL_RE = re.compile(
    r"the(?<![\w\-]the)[ \t]+(?P<name>[A-Z][a-z]{3,}s)(?![\w\-'’]|[ \t]+(?:[A-Z]|of\b|and[ \t]+[A-Z]))"
)
PLACE_PREP_BEFORE_RE = re.compile(r"(?<![\w\-])(?:at|outside|inside|near|behind|opposite)[ \t]+\Z")
# Plurals of abstract nouns name a report's parts or an event, not a venue ("the
# Recommendations", "the Arrangements", "the Olympics").
NOT_VENUE_ENDINGS = ("ions", "ments", "ics", "ances", "ences", "ities")
# A hospital's departments and the people of a meeting are no venue ("at the Outpatients",
# "at the Governors").
NOT_VENUES = word_set(
    """outpatients inpatients governors trustees commissioners partners parents carers
    practitioners professionals managers residents neighbours agencies families"""
)


def plural_venues(text: str, house_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans ("the Acorns") of plurals after "at the", "outside the" that ``house_name``
    accepts."""
    if "the " not in text:
        return
    for match in THE_PLURAL_RE.finditer(text):
        at = match.start()
        name = match.group("name")
        if (
            not name.endswith(NOT_VENUE_ENDINGS)
            and name.lower() not in NOT_VENUES
            and PLACE_PREP_BEFORE_RE.search(text, max(0, at - 10), at)
            and house_name(name)
        ):
            yield at, match.end("name")

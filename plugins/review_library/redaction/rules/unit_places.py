"""A local office, team or hub named after its small area, read by ``named-place``: "the
Ravenscourt locality team", "from the Bootle office to the Kirkby office", "Early Help
(Northgate hub)". A service's own unit is named after the town or estate it covers, so the
name locates the family. Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules.gazetteer import Gazetteer, place_key, settlements
from review_library.redaction.rules.text import fold

# The unit a service names after its area; led by its literal blank, the name is read back.
UNIT_RE = re.compile(
    r"[ \t](?:(?:locality|area|neighbourhood|district|patch|family|community)[ \t]+)?"
    r"(?:team|office|hub|MASH|clinic)\b"
)
# One or two capitalised words just before the unit, after "the", a bracket or a blank.
BEFORE_RE = re.compile(r"(?:^|[ \t(])(?P<place>[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?)\Z")


def unit_places(text: str, names: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of an area's name that names a service's team, office or hub."""
    towns = settlements()
    for unit in UNIT_RE.finditer(text):
        before = BEFORE_RE.search(text, max(0, unit.start() - 40), unit.start())
        if before is None:
            continue
        start, end = before.span("place")
        if text.startswith("The ", start):
            start += 4  # "The Brackwater locality team" opens a sentence
        place = text[start:end]
        if not place:
            continue
        people = towns.get(place_key(place))
        if (people is not None and people >= 0) or (
            people is None and all(_no_word(fold(word), names) for word in place.split())
        ):
            yield start, end


def _no_word(key: str, names: Gazetteer) -> bool:
    """No English word, public body's word or first name: an area's own name ("Northgate")."""
    return not names.is_word(key) and key not in names.bodies and key not in names.first

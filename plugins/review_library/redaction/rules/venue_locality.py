"""The village or district a named venue stands in, read by the ``named-place`` rule:
"Elim Pentecostal Church, Fairwater.", "arrested outside the Ship Inn, Porthleven." A
comma after a venue's kind word, then a name that ends the clause, is how a venue's
locality is written on a sign, a letterhead or a police log (a list goes on: "Hill
School, Ashby Academy and ..."). Whether the name is a small place, not a city, county or
public body, is the caller's to judge. Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.text import CAP_WORD

# Kind words that end a venue's name. Not "Practice" ("Research in Practice, Dartington" is
# a national body and its town) nor "Centre" (research centres sign their city).
_KINDS = (
    r"Inn|Arms|Tavern|Hotel|Church|Chapel|Mosque|Masjid|Gurdwara|Mandir|Temple|Synagogue|"
    r"Tabernacle|Pentecostal|Baptist|Methodist|Presbyterian|Club|School|Academy|Primary|"
    r"Surgery|Nursery|Playgroup|Hostel|Refuge|Foyer"
)
_NAME = rf"{CAP_WORD}(?:-(?:y|yr|ar|on|le)-{CAP_WORD})?(?:[ \t]+{CAP_WORD})?"
VENUE_COMMA_RE = re.compile(
    rf"(?<![\w\-'’]){CAP_WORD}[ \t]+(?:{_KINDS})[ \t]*,[ \t]*(?P<name>{_NAME})"
    r"(?=[ \t]*(?:[.;:)\n]|\Z)|,[ \t]+[a-z])"
)
_TRIGGER_RE = re.compile(rf"(?:{_KINDS})[ \t]*,")


def venue_localities(text: str, place: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of the names after "<venue>, " that end a clause and that ``place`` accepts."""
    for trigger in _TRIGGER_RE.finditer(text):
        # the venue's last distinctive word is looked for just before its kind word
        match = VENUE_COMMA_RE.search(text, max(0, trigger.start() - 40), trigger.end() + 60)
        if (
            match is not None
            and 0 <= match.start("name") - trigger.end() <= 2
            and place(match.group("name"))
        ):
            yield match.start("name"), match.end("name")

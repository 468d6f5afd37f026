"""Where the review's own events took place: a venue of the process, not the family's place.

Reports say where the learning event or the panel met ("a reflective session was held in
Fort William", "the learning event took place at the Kingsway Centre", "the panel met in
Carmarthen"). The place is the review's, chosen by the board, and says nothing about the
family. Findings of the place, institution and name rules inside the venue's name are dropped.
A family's own events ("the funeral was held in ...", "a family meeting at ...") are not
review events and stay reported.
"""

from __future__ import annotations

import re

from review_library.redaction.address_block import drop_within
from review_library.redaction.rules.text import literal_positions, lowered

# A review event, then (within a few words) "held", "took place", "met" and "in" or "at", then
# the venue's capitalised name: "The practitioner learning event was held at the Fenwold
# Enterprise Centre", "a reflective session in Fort William", "the panel met in Carmarthen".
_EVENT = (
    r"(?:learning|practitioners?['’]?|reflective|multi-agency|review|panel|dissemination|"
    r"launch|scoping|consultation|briefing)[ \t\n]+(?:event|events|session|sessions|workshop|"
    r"workshops|meeting|meetings|day|days|conversation|conversations|discussion|discussions)"
    r"|(?:review[ \t\n]+)?(?:panel|review[ \t\n]+team|sub-?group|board)[ \t\n]+met"
)
_VENUE = re.compile(
    rf"\b(?i:{_EVENT})\b(?:[ \t\n]+(?:was|were|had[ \t\n]+been|has[ \t\n]+been|is|are|also|"
    r"then|practitioners|staff|held|hosted|run|facilitated|took[ \t\n]+place|[a-z]+ly)){0,4}"
    r"[ \t\n]+(?:in|at)[ \t\n]+(?:the[ \t\n]+)?"
    # the venue: capitalised words (no possessive: "at Sharon's flat" is a person's home)
    r"(?P<venue>[A-Z][\w’'-]*(?<!['’]s)(?:[ \t]+(?:(?:of|on|upon|and|the)[ \t]+)?[A-Z][\w-]*){0,5})"
)
_TRIGGERS = ("event", "session", "workshop", "meeting", "met ", "conversation", "discussion", "day")
# The first words of _EVENT, in lower case.
_EVENT_STARTS = ("learning", "practitioner", "reflective", "multi-agency", "review", "panel",
                 "dissemination", "launch", "scoping", "consultation", "briefing", "board",
                 "sub-group", "subgroup")  # fmt: skip

# A school, surgery or hospital is where the child or adult was known, whoever met there.
_FAMILY_PLACE = re.compile(
    r"\b(?:School|Academy|Primary|Infants|Juniors|Nursery|College|Surgery|Practice|Hospital|"
    r"Ward|Home)\b"
)

# Rules whose findings a venue's name may hold.
RULES = frozenset({"named-place", "named-institution", "person-name", "location"})


def venues(text: str) -> list[tuple[int, int]]:
    """Spans of the names of venues of the review's own events."""
    if not any(trigger in text for trigger in _TRIGGERS):
        return []
    # Tried only where an event's first word stands (found by str.find in the lower-case
    # text): a scan of the whole text with the pattern, which begins with a case-insensitive
    # choice of words, cost more than the rules it serves. Same matches as a scan.
    lower = lowered(text)
    spans, end = [], -1
    for position in literal_positions(text, _EVENT_STARTS, whole=False):
        if position < end or (position and lower[position - 1].isalnum()):
            continue
        match = _VENUE.match(text, position)
        if match is None:
            continue
        end = match.end()
        if not _FAMILY_PLACE.search(match.group("venue")):
            spans.append((match.start("venue"), match.end("venue")))
    return spans


def drop_in_venues(hits: list, text: str) -> list:
    """The hits that do not lie in the name of a venue of the review's own events."""
    if not any(h.rule in RULES for h in hits):
        return hits
    return drop_within(hits, venues(text), RULES)

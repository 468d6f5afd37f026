"""The full name of an NHS trust or health board: a public body, not the family's hospital.

Reports list the agencies that took part by their full names ("Kingston Hospital NHS
Foundation Trust", "James Paget University Hospitals NHS Foundation Trust", "The Christie NHS
Foundation Trust", "Western Health and Social Care Trust"). Such a name ends with the legal
form of an NHS body and names an organisation serving a whole area. A hospital named on its own
("admitted to Kingston Hospital") is still reported; inside the body's full name, findings of
the name, institution and place rules are dropped.
"""

from __future__ import annotations

import re

from review_library.redaction.address_block import drop_within

_BODY = re.compile(
    r"\b(?:[A-Z][\w'’-]*[ \t]+(?:(?:and|of|&|upon|on|in)[ \t]+)?){0,7}[A-Z][\w'’-]*[ \t]+"
    r"(?:NHS[ \t]+(?:Foundation[ \t]+)?Trust|University[ \t]+Health[ \t]+Board|"
    r"Health[ \t]+and[ \t]+Social[ \t]+Care[ \t]+Trust)\b"
)
_TRIGGERS = ("NHS", "Health Board", "Social Care Trust")

# Rules whose findings an NHS body's name may hold.
RULES = frozenset({"named-place", "named-institution", "person-name"})


def bodies(text: str) -> list[tuple[int, int]]:
    """Spans of the full names of NHS trusts and health boards."""
    if not any(trigger in text for trigger in _TRIGGERS):
        return []
    return [(m.start(), m.end()) for m in _BODY.finditer(text)]


def drop_in_bodies(hits: list, text: str) -> list:
    """The hits that do not lie in the full name of an NHS trust or health board."""
    if not any(h.rule in RULES for h in hits):
        return hits
    return drop_within(hits, bodies(text), RULES)

"""Counties and regions named where a family lived: public areas, not small places.

The policy reads towns over 50,000 people and larger areas as not identifying. The lists
know some of Ireland's counties only as a small town of the same name ("Kildare", "Kerry")
or as a first name ("Mayo", "Clare"), and a few large regions only as a first name
("Brittany"). After a verb of living or moving, or after "County", these are the county or
the region: "lived in Offaly", "moved to County Clare", "grew up in Co. Mayo". A town or
village of the county is still read ("lived in Portmagee", "moved to Kilkee in County
Clare"), and so is the same word as a person's name anywhere else ("Clare said").
"""

from __future__ import annotations

import re

# Ireland's counties and provinces (Ordnance Survey Ireland's and OSNI's county lists), the
# region of Connemara, and the French regions Brittany and Normandy.
LARGE_AREAS = frozenset(
    {"carlow", "cavan", "clare", "cork", "donegal", "dublin", "galway", "kerry", "kildare",
     "kilkenny", "laois", "leitrim", "limerick", "longford", "louth", "mayo", "meath",
     "monaghan", "offaly", "roscommon", "sligo", "tipperary", "waterford", "westmeath",
     "wexford", "wicklow", "antrim", "armagh", "down", "fermanagh", "londonderry", "derry",
     "tyrone", "munster", "leinster", "connacht", "connaught", "ulster", "connemara",
     "brittany", "normandy"}
)  # fmt: skip
# "County Clare", "Co. Mayo", "Co Kerry": the name after it is the county.
COUNTY_PREFIX_RE = re.compile(r"(?:County|Co\.?)\s+")
_COUNTY_BEFORE_RE = re.compile(r"\b(?:County|Co\.?)\s+\Z")
_AREA_AFTER_RE = re.compile(r"\.?\s+(?P<area>[A-Z][a-z]+)\b")
_LISTED_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)(?:,|\s+(?:and|or|then)(?:\s+then|\s+later)?)\s+\Z")
# A verb of living or moving, then "in", "to", "near", maybe "County": what follows is where
# the family lived ("lived in ", "moved back to County ").
LIVED_BEFORE_RE = re.compile(
    r"\b(?i:lived|living|lives|live|grew\s+up|grown\s+up|brought\s+up|raised|born|settled|moved|"
    r"moving|relocated|returned|returning|stayed|staying|holidayed)"
    r"(?:\s+(?i:back|there|together))?\s+(?i:in|to|near|from)\s+"
    r"(?:(?:County|Co\.?)\s+)?\Z"
)


def large_area(name: str) -> bool:
    """Whether ``name`` is one of LARGE_AREAS, maybe after "County" or "Co."."""
    prefix = COUNTY_PREFIX_RE.match(name)
    rest = name[prefix.end() :] if prefix else name
    return rest.lower().rstrip(".,") in LARGE_AREAS


def lived_in_area(text: str, start: int, end: int) -> bool:
    """A large area at ``text[start:end]`` where a family lived or moved, or a county by
    its "County": "lived in Mayo", "moved to County Offaly", "Co. Kerry"."""
    name = text[start:end]
    if name == "Co":  # "Co. Offaly" read as a place at its "Co"
        after = _AREA_AFTER_RE.match(text, end)
        return after is not None and large_area(after.group("area"))
    if not large_area(name):
        return False
    if COUNTY_PREFIX_RE.match(name) or _COUNTY_BEFORE_RE.search(text, max(0, start - 8), start):
        return True
    if LIVED_BEFORE_RE.search(text, max(0, start - 40), start) is not None:
        return True
    # the next of a list of them: "lived in Kildare and then Wicklow", "in Sligo, Mayo"
    previous = _LISTED_BEFORE_RE.search(text, max(0, start - 40), start)
    return previous is not None and lived_in_area(text, previous.start(1), previous.end(1))

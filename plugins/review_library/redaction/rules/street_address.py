"""Rule ``street-address``: house numbers and named streets, flats and estates.

"14 Acacia Avenue", "Flat 3, 22 Mill Lane" and "Acacia Avenue" are reported. Street types
that are also ordinary nouns or court names ("Park", "Green", "Court", "Way", "Hill") count
only after a house number, so "the Family Court" or "Hyde Park" pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import (
    CAP_WORD,
    digit_windows,
    fold,
    strip_possessive,
    word_set,
    word_windows,
)

MESSAGE = (
    "a street address locates the family; remove it or describe it ('the family home', "
    "'a flat in the town centre')"
)

_ALWAYS = (
    r"Road|Rd|Street|Avenue|Ave|Lane|Close|Drive|Crescent|Gardens|Gdns|Grove|Terrace|Mews|"
    r"Rise|Estate|Cottages|Villas"
)
_WITH_NUMBER = (
    _ALWAYS + r"|St|Way|Court|Ct|Place|Pl|Walk|Hill|Park|Row|Square|Sq|View|Green|Vale|Parade|"
    r"Mount|Yard|Wharf|Quay|Gate|Fold|Croft|Meadows?|Chase|Approach|Boulevard|Broadway|Hollow|"
    r"Heights|Bank|Brow|Wynd|Brae|Path|Embankment|Promenade|House|Flats|Towers?|Lodge|Farm"
)
_NAME = rf"{CAP_WORD}(?:[ \t]+(?:{CAP_WORD}|St\.?))*?"

NUMBERED_RE = re.compile(
    rf"(?<![\w\-/.,])(?:(?:Flat|Apartment|Apt|Unit|Room)\.?\s+\d+[A-Za-z]?,?\s+)?"
    rf"\d{{1,4}}[A-Za-z]?,?\s+(?P<name>{_NAME})\s+(?P<type>{_WITH_NUMBER})\b\.?"
)
NAMED_RE = re.compile(rf"(?<![\w\-])(?P<name>{_NAME})[ \t]+(?P<type>{_ALWAYS})\b")
FLAT_RE = re.compile(
    rf"(?<![\w\-])(?:Flat|Apartment|Apt)\.?\s+\d+[A-Za-z]?,?\s+{CAP_WORD}(?:\s+{CAP_WORD})*\s+(?:House|Court|Tower|Lodge|Flats|Mansions)\b"
)

GENERIC = word_set(
    """
    the a an this that his her their its our in on at to from into onto when after before during
    while although because since also however then of and or but by for with
    high main family crown county magistrates magistrate youth coroners coroner appeal supreme
    district civil criminal juvenile appeals mr mrs ms miss dr
    """
)


def _named(words: list[str]) -> list[str]:
    return [w for w in words if fold(strip_possessive(w)) not in GENERIC and len(w) >= 2]


STREET_WORDS = tuple(_ALWAYS.split("|"))


def find(text: str) -> Iterator[Hit]:
    numeric = digit_windows(text)
    for match, delta in numeric.finditer(NUMBERED_RE):
        if _named(re.findall(CAP_WORD, match.group("name"))):
            yield Hit(match.start() + delta, match.end("type") + delta, RULE.id, MESSAGE)
    for match, delta in numeric.finditer(FLAT_RE):
        yield Hit(match.start() + delta, match.end() + delta, RULE.id, MESSAGE)
    for match, delta in word_windows(text, STREET_WORDS, 100, 2).finditer(NAMED_RE):
        named = _named(re.findall(CAP_WORD, match.group("name")))
        if named:
            start = match.start("name") + match.group("name").find(named[0]) + delta
            yield Hit(start, match.end("type") + delta, RULE.id, MESSAGE)


RULE = Rule(
    id="street-address",
    severity="error",
    message=MESSAGE,
    summary="A street address",
    fix="Remove it; say 'the family home' or 'a flat in the town'.",
    docs='"14 Acacia Avenue", "Flat 3, 22 Mill Lane", "Acacia Avenue", "the Brambles Estate"',
    rank=130,
    find=find,
)

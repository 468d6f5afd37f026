"""A flat's position in a Scottish tenement, read by the ``street-address`` rule.

Glasgow writes the floor and the door ("flat 0/2", "the 2/1 flat", "3/2, 14 Kelvin Street");
Edinburgh and Dundee the floor and the side ("3 up left", "2 up right"), or the floor and
the door ("flat 2F1"). Each is a home's address even without its street. A slash between
digits is a fraction or a date in most prose, so a position counts only where the words
around make it a flat: "flat" before it, "flat" or "tenement" after it, or a numbered
street right after it. Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules.text import literal_positions

# The position itself: floor 0-9 then door 1-9 or a side letter ("0/1", "1/R", "2/L").
_SLASH = r"[0-9]/(?:[1-9]|[LRMlrm])"
_EDINBURGH = r"(?:[1-9]|[PGpg])[Ff][1-9]"
_POSITION = rf"(?:{_SLASH}|{_EDINBURGH})"

# "flat 0/2", "Flat 2F1", "flat no. 3/1" (anchored at the word "flat")
FLAT_BEFORE_RE = re.compile(
    rf"(?:flat|Flat|FLAT)(?:[ \t]+(?:no\.?|number))?[ \t]+{_POSITION}(?![\w/])"
)
# "the 2/1 flat", "a 0/1 tenement flat", "3/2, 14 Kelvin Street" (the street rule finds the
# street; this covers the position before it)
POSITION_BEFORE_RE = re.compile(
    rf"(?<![\w/.\-]){_POSITION}(?:[ \t]+(?:tenement[ \t]+)?(?:flat|tenement)\b"
    rf"|,?[ \t]+\d{{1,4}}[A-Za-z]?,?[ \t]+(?=[A-Z]))"
)
# "3 up left", "2 up right" (anchored at the floor's digit two characters before "up")
UP_RE = re.compile(
    r"(?<![\w\-/.])[1-9][ \t]up[ \t]+(?:left|right|middle|centre|center|mid)(?![\w\-])", re.I
)


def find_positions(text: str) -> Iterator[tuple[int, int]]:
    """Spans of tenement flat positions in ``text``."""
    if "lat" in text or "LAT" in text:
        for at in literal_positions(text, ("flat",)):
            match = FLAT_BEFORE_RE.match(text, at)
            if match is not None:
                yield match.start(), match.end()
    if "/" in text:
        start = text.find("/")
        while start != -1:
            match = POSITION_BEFORE_RE.match(text, start - 1) if start else None
            if match is not None:
                yield match.start(), match.end()
            start = text.find("/", start + 1)
    for at in literal_positions(text, ("up",)):
        match = UP_RE.match(text, at - 2) if at >= 2 else None
        if match is not None:
            yield match.start(), match.end()

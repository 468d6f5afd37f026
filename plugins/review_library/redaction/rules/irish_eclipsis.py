"""Irish place names as Irish writes them after "i" (in) and the article, read by ``named-place``.

Irish eclipses a name's first letter after "i" (and after "ón", "ar an" and the like),
writing the new sound in lower case before the name's own capital: "i mBaile an Mhuilinn", "i
gCill Mhantáin", "i nDoire", "i bhFear Manach", "i dTrá Lí", "i bPort Láirge". A lower-case
letter joined to a capital is no English spelling, so the form alone says a proper name
follows (after "i" or "ón", a place: "an" is English too, "an mBank card"); no list of
places need hold it. Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules.text import LOWER, literal_spans

_CAP = "A-ZÀ-ÖØ-Þ"
# The eclipsing letters and the capitals each goes before: "mB", "gC", "nD", "nG", "bhF",
# "dT", "bP".
_ECLIPSED = r"(?:m(?=B)|g(?=C)|n(?=[DG])|bh(?=F)|d(?=T)|b(?=P))"
ECLIPSED_PLACE_RE = re.compile(
    rf"(?<![\w\-'’])(?:i|ón|I)[ \t]+(?P<name>{_ECLIPSED}[{_CAP}][{LOWER}]+"
    # the rest of the name: "an Mhuilinn", "na hAbhann", "Mhantáin", "Lí"
    rf"(?:[ \t]+(?:(?:an|na)[ \t]+)?(?:t-|h-|h|n-)?[{_CAP}][{LOWER}]+)*)"
)
# Where the pattern can match: the eclipsing letters before their capital (rare in English),
# each found by ``str.find``. No two overlap: each ends in a capital, none starts with one.
_TRIGGER = re.compile(r"(?:mB|gC|n[DG]|bhF|dT|bP)")
TRIGGERS = ("mB", "gC", "nD", "nG", "bhF", "dT", "bP")


def eclipsed_places(text: str) -> Iterator[tuple[int, int]]:
    """Spans of names eclipsed after "i" or "ón"."""
    seen = -1
    for start, end in literal_spans(text, TRIGGERS):
        if start < seen:
            continue
        begin = max(0, start - 5)
        match = ECLIPSED_PLACE_RE.search(text, begin, end + 60)
        if match is not None and match.start("name") <= start < match.end("name"):
            seen = match.end("name")
            yield match.start("name"), match.end("name")

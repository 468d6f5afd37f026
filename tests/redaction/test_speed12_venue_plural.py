"""``named-institution``'s plural venues ("at the Acorns") are found by a pattern led by
"the", its look-behind after it: the same matches as the pattern first written."""

from __future__ import annotations

import re

from review_library.redaction.rules import venue_plural as V
from tests.redaction.random_texts import texts_of

FIRST_WRITTEN = re.compile(
    r"(?<![\w\-])the[ \t]+(?P<name>[A-Z][a-z]{3,}s)"
    r"(?![\w\-'’]|[ \t]+(?:[A-Z]|of\b|and[ \t]+[A-Z]))"
)
PIECES = (
    *("the", "The", "at", "other", "-the", "_the", "1the", "Acorns", "Willows", "Pines", "of"),
    *("and", "Oak", "Limes's", "x", "éthe", "Beeches", ",", ".", "Ash", "and Elm"),
)


def test_plural_venues_found_as_the_first_pattern_finds_them() -> None:
    found = 0
    for text in texts_of(PIECES, words=10, count=3000):
        expected = [(m.span(), m.group("name")) for m in FIRST_WRITTEN.finditer(text)]
        assert [(m.span(), m.group("name")) for m in V.THE_PLURAL_RE.finditer(text)] == expected
        found += len(expected)
    assert found > 50

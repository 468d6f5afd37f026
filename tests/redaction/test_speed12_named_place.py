"""``named-place``'s name in capitals before a place kind in lower case ("the BRACKENFIELD
estate") is found by a pattern led by its first capital: the same matches as the pattern
first written (led by a look-behind and a repeated group)."""

from __future__ import annotations

import re

from review_library.redaction.rules import named_place as NP
from tests.redaction.random_texts import SPACED, texts_of

KINDS = NP.CAPS_BEFORE_LOWER_KIND_RE.pattern.split("(?=", 1)[1]
FIRST_WRITTEN = re.compile(
    r"(?<![\w\-'’])(?:[A-Z][A-Z'’\-]{2,}[ \t]+){0,2}[A-Z][A-Z'’\-]{3,}(?=" + KINDS
)
PIECES = (
    *("BRACKENFIELD", "TANWORTH", "OLD", "MILL", "ST", "O'NEIL", "HIGH-GATE", "ABC", "AB"),
    *("estate", "rec", "park", "estates", "the", "on", "x", "_", "-", "’", "Brackenfield"),
    *("A", "XY", "WOOD", "LANE", "1", "é", "KING’S"),
)


def test_capitals_before_a_kind_found_as_the_first_pattern_finds_them() -> None:
    found = 0
    for text in texts_of(PIECES, words=10, count=4000, separators=SPACED):
        expected = [m.span() for m in FIRST_WRITTEN.finditer(text)]
        assert [m.span() for m in NP.CAPS_BEFORE_LOWER_KIND_RE.finditer(text)] == expected, text
        found += len(expected)
    assert found > 200

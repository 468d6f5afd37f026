"""``named-institution``'s inn signs: the pattern led by its first letter (the look-behind
after it) finds what the pattern as first written found."""

from __future__ import annotations

from review_library.redaction.rules import pub_sign as P
from tests.redaction.random_texts import texts_of

PIECES = (
    *("the", "The", "THE", "tthe", "other", "-the", "_the", "éthe", "Red", "Lion", "Lions"),
    *("White", "Hart", "Three", "Horseshoes", "and", "&", "Crown", "Rose", "King's", "Head"),
    *("x", "X", "pub", "at", "outside", "'", "’", "-", "\t", "\n", "Inn", "Oak", "Royal"),
    *("the Red Lion", "The Rose and Crown", "-the King's Head", "xthe Oak", "the Three Horseshoes"),
)


def test_inn_signs_found_as_the_pattern_first_written_found_them() -> None:
    found = 0
    for text in texts_of(PIECES, words=10, count=4000):
        expected = [(m.span(), m.span("name")) for m in P.SIGN_BEHIND_RE.finditer(text)]
        assert [(m.span(), m.span("name")) for m in P.SIGN_RE.finditer(text)] == expected, text
        found += len(expected)
    assert found > 300

"""``device-identifier`` tries a device named after its owner ("LEIGHTON'S PS5") only where
a run of letters ends at "'S " or "'s ": the same matches as a scan of the whole text."""

from __future__ import annotations

from review_library.redaction.rules import device_identifier as D
from tests.redaction.random_texts import texts_of

PIECES = (
    *("LEIGHTON", "KAI", "Jade", "jade", "AB", "A", "x", "éMMA", "ÉMMA", "-", "_", "7", "PS5"),
    *("'S", "’S", "'s", "’s", "'", "’", "S", "s", '"', "“", "‘", "”", "IPAD", "Galaxy", "X-1"),
    *("LEIGHTON'S", "Jade's", "KAI’S", "DEV-KAI'S", "\t", "ß"),
)


def test_possessive_devices_found_where_a_scan_of_the_text_finds_them() -> None:
    found = 0
    for text in texts_of(PIECES, words=14, count=3000):
        expected = [(m.span(), m.groupdict()) for m in D.POSSESSIVE_DEVICE_RE.finditer(text)]
        now = [(m.span(), m.groupdict()) for m in D._possessive_matches(text)]
        assert now == expected, text
        found += len(expected)
    assert found > 300

"""``named-institution``'s pub names ("at the Fox and Hounds") are read only where their
preposition stands (``cue_finditer``): the same matches as a scan of the whole text."""

from __future__ import annotations

import random

from review_library.redaction.rules import named_institution as NI
from review_library.redaction.rules import text as T
from tests.redaction.eval import corpus

STARTS = (
    *("at", "outside", "in", "from", "to", "near", "behind", "into", "inside", "opposite"),
    *("At", "that", "x_to", "1in", "-at", "INTO"),
)
NAMES = ("Fox and Hounds", "Coach & Horses", "Children and Families", "Rose and Crown's")
NOISE = ("ı", "ſ", "İ", "-", "'", "_", "\n", "\t", " ", "Inn", ",")


def test_paired_venues_found_where_a_scan_of_the_text_finds_them() -> None:
    rng = random.Random(12)
    texts = []
    for _ in range(1000):
        parts = []
        for _ in range(rng.randint(1, 4)):
            gap = rng.choice((" ", " ", "\t", "  ", "\n"))
            the = rng.choice(("the", "The", "THE", "a"))
            parts.append(rng.choice(STARTS) + gap + the + gap + rng.choice(NAMES))
            parts.append(rng.choice(NOISE))
        texts.append("".join(parts))
    texts += [p.text() for p in corpus.clean_reports("dev")[:4]]
    found = 0
    for text in texts:
        T.lowered.cache_clear()
        expected = [(m.span(), m.group("name")) for m in NI.PAIRED_VENUE_RE.finditer(text)]
        now = T.cue_finditer(NI.PAIRED_VENUE_RE, NI.PAIRED_VENUE_STARTS, text)
        assert [(m.span(), m.group("name")) for m in now] == expected, text
        found += len(expected)
    assert found > 300

"""``named-institution`` reads a shop by its owner's possessive and a setting by its staff
only where their first words stand (``cue_finditer``): the same matches as a scan of the
whole text."""

from __future__ import annotations

import random

import pytest

from review_library.redaction.rules import setting_forms as S
from review_library.redaction.rules import text as T
from tests.redaction.eval import corpus

STARTS = (
    *("at", "At", "to", "from", "outside", "near", "behind", "opposite", "into", "inside"),
    *("round", "owner of", "staff at", "Staff at", "worked at", "worked in", "Workers from"),
    *("Key workers at", "key worker at", "manager at", "Managers from", "teachers at"),
    *("carers from", "Volunteers at", "practitioners at", "STAFF at", "that", "x_at", "1to"),
)
NAMES = ("Patel's", "Jenny Wren's", "Tiny Treasures", "Oak Tree Farm", "Kowalski’s", "Nan's")
AFTER = ("on", "every", "of Mary", "and Lee", ",", ".", "", "near", "Road")
NOISE = ("ı", "ſ", "İ", "-", "'", "_", "\n", "\t", " ")


def _texts() -> list[str]:
    rng = random.Random(12)
    texts = []
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(1, 5)):
            gap = rng.choice((" ", " ", "\t", "  ", "\n", ""))
            parts.append(rng.choice(STARTS) + gap + rng.choice(NAMES) + gap + rng.choice(AFTER))
            parts.append(rng.choice(NOISE))
        texts.append("".join(parts))
    return [*texts, *(p.text() for p in corpus.clean_reports("dev")[:4])]


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (S.POSSESSIVE_PREMISES_RE, S.PREMISES_STARTS),
        (S.STAFF_AT_RE, S.STAFF_STARTS),
    ],
    ids=["possessive", "staff"],
)
def test_settings_found_where_a_scan_of_the_text_finds_them(pattern, starts) -> None:
    found = 0
    for text in _texts():
        T.lowered.cache_clear()
        expected = [(m.span(), m.group("name")) for m in pattern.finditer(text)]
        now = T.cue_finditer(pattern, starts, text)
        assert [(m.span(), m.group("name")) for m in now] == expected, text
        found += len(expected)
    assert found > 100

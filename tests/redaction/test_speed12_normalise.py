"""Normalisation's scans for spelt-out words, spaced postcodes, digits for letters and O for
0, rewritten so that the regex engine skips to where they can start: the same matches as
the patterns as first written (led by a look-behind, tried at every character)."""

from __future__ import annotations

import random
import re

import pytest

from review_library.redaction import normalise as N
from tests.redaction.eval import corpus

PIECES = (
    *("J", "a", "c", "k", "K", "A", "Y", "L", "E", "I", "G", "H", "x", "9", "7", "Q", "T"),
    *("S", "1", "8", "4", "P", "0", "O", "5", "3", "K4yl4", "Pr1ce", "5teele", "J4son", "4th"),
    *("10am", "AB12", "O7911", "4O2", "883", "07700", "@", ".", "/", "-", ":", "_", "é", "Ab"),
)
SEPARATORS = ("", " ", " ", " ", "-", "\n", "  ")


def _texts() -> list[str]:
    rng = random.Random(12)
    texts = [
        "".join(rng.choice(PIECES) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 20)))
        for _ in range(4000)
    ]
    return [*texts, *(p.text() for p in corpus.clean_reports("dev")[:4])]


FIRST_WRITTEN = {
    "leet": (
        r"(?<![\w@./\\\-:])(?=[A-Z0-9][a-z0-9]*(?<=[0-9]))(?=[A-Z0-9][0-9]*[a-z])"
        r"[A-Z013457][a-z013457]{3,}(?![\w@/\\\-:]|\.\w)",
        N._LEET_WORD,
    ),
    "letter O": (r"(?<![\w])[0O](?:[ ]?[0-9O]){9,10}(?![\w])", N._O_NUMBER),
}


@pytest.mark.parametrize("name", sorted(FIRST_WRITTEN))
def test_patterns_led_by_their_first_character_find_what_the_first_forms_find(name) -> None:
    before, now = FIRST_WRITTEN[name]
    before = re.compile(before)
    found = 0
    for text in _texts():
        expected = [m.span() for m in before.finditer(text)]
        assert [m.span() for m in now.finditer(text)] == expected, text
        found += len(expected)
    assert found > 20


@pytest.mark.parametrize(
    ("pattern", "gates"),
    [(N._SPELLED, N._SPELLED_GATES), (N._SPACED_RUN, (N._SPACED_GATE,))],
    ids=["spelled", "spaced"],
)
def test_gates_pass_every_text_the_pattern_matches(pattern, gates) -> None:
    found = 0
    for text in _texts():
        if pattern.search(text):
            found += 1
            assert any(gate.search(text) for gate in gates), text
    assert found > 20

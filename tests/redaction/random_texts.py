"""Random texts for tests that prove a faster search finds what the slower one found.

A text is made of pieces chosen at random (cue words, their look-alikes, characters whose
case folding changes length), each followed by a separator; four clean dev reports are
added so the search also meets real prose. The seed is fixed: the same texts on every run.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from tests.redaction.eval import corpus

SEPARATORS = ("", " ", " ", "\t", "\n")
# more spaces: pieces that must stand as separate words meet more often
SPACED = ("", " ", " ", " ", "\t", "\n")


def texts_of(
    pieces: Sequence[str], *, words: int, count: int, separators: Sequence[str] = SEPARATORS
) -> list[str]:
    """``count`` texts of ``words`` random pieces each, then four clean dev reports."""
    rng = random.Random(12)
    texts = [
        "".join(rng.choice(pieces) + rng.choice(separators) for _ in range(words))
        for _ in range(count)
    ]
    return [*texts, *(p.text() for p in corpus.clean_reports("dev")[:4])]

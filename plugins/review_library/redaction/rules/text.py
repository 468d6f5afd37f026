"""Text helpers shared by the rules and the register: folding, words, capitalised words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Upper-case letters of Latin-1 and Latin Extended-A, so "Łukasz" or "Zoë" count as names.
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.islower())
APOS = "'’"

# A capitalised word: "Kayden", "O'Brien", "McDonald", "Smith-Jones", "Zoë".
CAP_WORD = rf"[{UPPER}][{LOWER}]*(?:[{UPPER}][{LOWER}]+)?(?:[{APOS}\-][{UPPER}{LOWER}][{LOWER}]*)*"

WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case without accents or apostrophes: ``"O’Brien"`` -> ``"obrien"``."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def strip_possessive(word: str) -> str:
    """``"Zeb's"`` -> ``"Zeb"``; ``"James'"`` -> ``"James"``."""
    if len(word) > 2 and word[-2] in APOS and word[-1] in "sS":
        return word[:-2]
    if len(word) > 1 and word[-1] in APOS:
        return word[:-1]
    return word


def line_starts(text: str) -> list[int]:
    """Offsets where each line begins (index 0 is line 1)."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def word_set(words: str) -> frozenset[str]:
    """Folded words of a whitespace-separated list (keeps long vocabularies readable)."""
    return frozenset(fold(w) for w in words.split())

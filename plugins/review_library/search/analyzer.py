"""Text to index terms exactly as lunr.js's default pipeline makes them, fast.

lunr lower-cases a field, splits it on whitespace and hyphens, then runs the trimmer, the
stop-word filter and the Porter stemmer on every token. The browser stems queries with lunr.js,
so the index uses a port of lunr.js's own trimmer and stemmer (jsstem.py; lunr.py's disagree
on about 1% of words). Each distinct raw token goes through them once (memoised).
"""

from __future__ import annotations

import re
from collections import Counter

from lunr.stop_word_filter import WORDS as STOP_WORDS

from review_library.search.jsstem import SEPARATORS as _SEPARATORS
from review_library.search.jsstem import stem, trim

# str.split() splits on these and lunr.js does not, and lunr.js splits on \ufeff, which
# str.split() does not: text holding any takes the slow path.
_ODD_SPACE = re.compile("[\x1c-\x1f\x85\ufeff]")
_terms: dict[str, str | None] = {"": None}


def _term(raw: str) -> str | None:
    """trimmer, stopWordFilter, stemmer: lunr.js's pipeline for one token."""
    word = trim(raw)
    if not word or word in STOP_WORDS:
        return None
    return stem(word)


def terms(text: str) -> list[str]:
    """The index terms of a field's text, in order (what lunr.js's builder would index)."""
    text = text.lower()
    if _ODD_SPACE.search(text):
        raws = _SEPARATORS.split(text)
    else:  # the same split, twice as fast
        raws = text.replace("-", " ").replace("\xa0", " ").split()
    cache = _terms
    try:
        mapped = list(map(cache.__getitem__, raws))
    except KeyError:
        if len(cache) > 2_000_000:  # a pathological input must not hold memory for ever
            cache.clear()
            cache[""] = None
        for raw in set(raws).difference(cache):
            cache[raw] = _term(raw)
        mapped = list(map(cache.__getitem__, raws))
    return list(filter(None, mapped))


def display_words(texts: list[str]) -> dict[str, str]:
    """A readable word for each term of the texts: the commonest of the words that stem to it
    (then the shortest, then the first in alphabetical order), e.g. 'hoarding' for 'hoard'.
    For "did you mean", which offers a word as people write it."""
    raws = Counter(raw for text in texts for raw in _SEPARATORS.split(text.lower()))
    counts: dict[str, int] = {}
    for raw, count in raws.items():
        word = trim(raw)
        if word.isalpha():
            counts[word] = counts.get(word, 0) + count
    words: dict[str, str] = {}
    best: dict[str, tuple[int, int, str]] = {}
    for word, count in counts.items():
        term = terms(word)
        if len(term) != 1:
            continue
        rank = (-count, len(word), word)
        if term[0] not in best or rank < best[term[0]]:
            best[term[0]] = rank
            words[term[0]] = word
    return words

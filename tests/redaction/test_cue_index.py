"""The shared pass over cue words (``cue_index``) finds exactly what each rule's own scans
found: every occurrence, overlapping ones included, with the same boundary and digit tests."""

from __future__ import annotations

import random

import pytest

from review_library.redaction.rules import cue_index
from review_library.redaction.rules import text as T
from tests.redaction.random_texts import SPACED, texts_of
from tests.redaction.test_text_windows import TRICKY, WORDS

# Cue words, their look-alikes inside longer words, overlapping words ("a a", "aa"),
# digits, a superscript digit, case-folding letters, the engine's piece separator.
PIECES = (
    *WORDS,
    "roads", "byroad", "Road", "ROAD", "monday2", "2mon", "aa", "aaa", "a", "a a a", "İ", "ß",
    "²", "_", "4th", "12", "lay", "-by", "\x00\x00\x00\x00", "'s", "’", "é", "beach-hut",
)  # fmt: skip
SEARCHED = (*WORDS, "aa", "a", "a a a", "by", "s", "’s", "ay-b", "4th", "rd 1", "\x00")


def _texts() -> list[str]:
    # 120 pieces: longer than SHORT_TEXT, so the shared pass is used
    return [TRICKY * 3, *texts_of(PIECES, words=120, count=120, separators=SPACED)]


def _old(lower: str, words, boundary, digit_within: int, text: str) -> list[tuple[int, int]]:
    """What the rules' own scans found: the word index for whole words, else ``str.find``."""
    if boundary is str.isalnum or boundary is str.isalpha:
        index = T.WordIndex(text)
        alpha = boundary is str.isalpha
        found = []
        for word in index.may_find(words, alpha):
            for position in index.places(word, alpha):
                end = position + len(word)
                if not digit_within or T._DIGIT.search(lower, end, end + digit_within):
                    found.append((position, end))
        return sorted(found)
    return sorted(T._scan_words(lower, words, boundary, digit_within, text))


@pytest.mark.parametrize("boundary", [None, str.isalpha, str.isalnum])
@pytest.mark.parametrize("digit_within", [0, 6])
def test_shared_pass_finds_what_each_rules_scans_found(boundary, digit_within) -> None:
    assert cue_index.available()
    rng = random.Random(13)
    for text in _texts():
        assert len(text) > T.SHORT_TEXT
        lower = T.lowered(text)
        # Words of the text itself too (most occur), some first asked after the text's pass.
        own = tuple(
            lower[s : s + rng.randint(1, 7)]
            for s in (rng.randrange(len(lower)) for _ in range(6))
            if lower[s:].strip()
        )
        for words in (SEARCHED, own):
            new = sorted(T._indexed_words(lower, words, boundary, digit_within, text))
            assert new == _old(lower, words, boundary, digit_within, text), words


def test_overlapping_occurrences_are_all_found() -> None:
    lower = T.lowered(("a a a aaa " * 80) + "ending")
    index = cue_index.CueIndex(lower)
    for word in ("a a", "aa", "a a a"):
        expected, position = [], lower.find(word)
        while position != -1:
            expected.append(position)
            position = lower.find(word, position + 1)
        assert index.starts(word) == expected
        # asked again of a fresh text, the word is now in the automaton: the same places
        assert cue_index.CueIndex(lower).starts(word) == expected


def test_find_words_uses_the_shared_pass_for_long_texts() -> None:
    text = TRICKY * 3
    lower = T.lowered(text)
    found = sorted(T._find_words(lower, WORDS, boundary=None, digit_within=0, text=text))
    assert found == sorted(T._indexed_words(lower, WORDS, None, 0, text))
    assert {lower[s:e] for s, e in found} >= {"road", "car park", "a a", "ending", "#tag"}


def test_gates_answer_as_a_search_of_the_lowered_text() -> None:
    """``occurs``, ``occurs_any`` and ``occurring`` from the one pass: ``word in lowered``."""
    rng = random.Random(14)
    for text in _texts():
        lower = T.lowered(text)
        own = [
            lower[s : s + rng.randint(1, 6)] for s in (rng.randrange(len(lower)) for _ in range(8))
        ]
        words = (*SEARCHED, "absentword", "beach hut", *own)
        for word in words:
            assert T.occurs(word, text) == (word in lower), word
        assert T.occurring(words, text) == [w for w in words if w in lower]
        for size in (1, 2, 3):
            for start in range(0, len(words), size):
                group = words[start : start + size]
                assert T.occurs_any(group, text) == any(w in lower for w in group), group


def test_words_of_one_or_two_characters_stay_out_of_the_automaton() -> None:
    """Words such as "i", "o", "at" stand thousands of times a report: the one pass does not list them,
    and they are still found, as whole words or anywhere."""
    text = "At the pit, I sat at home in it. " * 40
    lower = T.lowered(text)
    assert cue_index.CueIndex(lower).starts("at") == [
        i for i in range(len(lower)) if lower.startswith("at", i)
    ]
    assert "at" not in cue_index._registered and "i" not in cue_index._registered
    whole = sorted(T._indexed_words(lower, ("at", "i"), str.isalnum, 0, text))
    assert [lower[s:e] for s, e in whole] == ["at", "i", "at"] * 40


def test_a_text_holds_places_only_for_the_words_it_holds() -> None:
    """A text's index keeps a list for each held word it holds, not one for every word the
    automaton holds (a thousand empty lists a text were most of the cost of a short piece,
    read one by one by the output scan's piece-by-piece rules); an absent word has none."""
    T.occurs("beach", "x" * (T.SHORT_TEXT + 1))  # the rules' words registered and held
    for word in ("road", "lived in", "known as"):
        cue_index.cue_index("a").starts(word)
    cue_index._current()
    lower = "she lived in a road near a road"
    index = cue_index.CueIndex(lower)
    held = {w: r for w, r in cue_index._registered.items() if r < len(cue_index._current())}
    assert len(held) > 100
    # every held word the text holds, and no other
    assert set(index._places) == {rank for word, rank in held.items() if word in lower}
    assert list(index.starts("road")) == [15, 27]
    assert list(index.starts("known as")) == []

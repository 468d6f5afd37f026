"""The rules' case-sensitive gates (``contains_any``) answered from the cue words' one pass
over a long text: the same answer as a test of each word in turn, without a scan of the
text per gate (check17, performance.md "The rules' one cue scan, round 17")."""

from __future__ import annotations

import random

import pytest

from review_library.redaction.rules import cue_index
from review_library.redaction.rules import named_institution as NI
from review_library.redaction.rules import named_place as NP
from review_library.redaction.rules import person_name as P
from review_library.redaction.rules import text as T
from tests.redaction.random_texts import SPACED, texts_of

GATES = {
    "family": P.FAMILY_WORDS,
    "speakers": P.SPEAKER_VERBS,
    "log": P.LOG_WORD_HINTS,
    "titles": P._UPPER_TITLES,
    "caps kinds": NP._CAPS_KINDS,
    "units": NI.UNIT_WORDS,
}
ALL_WORDS = tuple(w for words in GATES.values() for w in words)
# The gates' words, their lower and title cases (look-alikes that must not open a gate), the
# words cut short, the words inside longer ones ("Nancy", "recorded", "respond"), letters
# whose case folding changes length ("İ") or depends on context ("Σ"), the piece separator.
PIECES = (
    *ALL_WORDS[::3],
    *(w.lower() for w in ALL_WORDS),
    *(w.title() for w in ALL_WORDS[1::4]),
    *(w[:-1] for w in ALL_WORDS[2::5]),
    "Nancy", "recorded", "respond", "thousands", "İ", "İPC", "ΣΑΣ", "x", "X", "\x00\x00\x00\x00",
    "rec", "REc", "IP", "OFF", "pc", "Pc",
)  # fmt: skip


def _long_texts(count: int) -> list[str]:
    # 160 pieces: longer than SHORT_TEXT, so the one pass answers
    return texts_of(PIECES, words=160, count=count, separators=SPACED)


@pytest.mark.parametrize("gate", sorted(GATES))
def test_each_gate_answers_as_a_test_of_each_word(gate: str) -> None:
    assert cue_index.available()
    words = GATES[gate]
    rng = random.Random(17)
    answers = []
    for text in _long_texts(150):
        assert len(text) > T.SHORT_TEXT
        # parts of the gate (so that some texts hold none of the words), and the whole gate
        for size in (1, 2):
            group = tuple(rng.sample(words, size))
            expected = any(word in text for word in group)
            assert T.contains_any(text, group) == expected, (gate, group)
            answers.append(expected)
        assert T.contains_any(text, words) == any(word in text for word in words), gate
    assert 20 < sum(answers) < len(answers) - 20  # texts that hold the cue and texts that don't


def test_the_lower_case_of_a_word_alone_does_not_open_its_gate() -> None:
    """A near miss: "nan" in "finance", "rec" in "records", "PARK" written "park", a
    title in lower case: the one pass finds the lower cases, the gate still says no."""
    filler = "the finance records were kept at the park by the pc of the uncle " * 40
    assert len(filler) > T.SHORT_TEXT
    for words in (P.FAMILY_WORDS, NP._CAPS_KINDS, P._UPPER_TITLES, NI.UNIT_WORDS):
        assert not T.contains_any(filler, words), words
    assert T.contains_any(filler + "Uncle", P.FAMILY_WORDS)
    assert T.contains_any(filler + " PARK", NP._CAPS_KINDS)
    assert T.contains_any(filler + " PC", P._UPPER_TITLES)


def test_a_common_lower_case_is_tested_by_a_scan() -> None:
    """More places than ``_MOST_PLACES`` of a word's lower case: a scan answers, the same;
    the other words are still answered from the one pass."""
    text = "the rec was recorded; " * 60
    assert len(T.cue_index.cue_index(T.lowered(text)).starts("rec")) > T._MOST_PLACES
    assert not T.contains_any(text, ("REC",))
    assert T.contains_any(text[:-40] + "REC " + text[-40:], ("REC",))
    assert T.contains_any(text[:-40] + "REC " + text[-40:], ("ABSENT", "REC", "Rec"))


def test_a_long_text_is_answered_by_the_one_pass_not_a_scan(monkeypatch) -> None:
    """The gate's own scan (its alternation) is not used over a long text for words the
    one pass lists, present or absent; a gate of words it does not list is still scanned."""
    text = "Her Nan said that the PC called at the flat. " * 20

    def no_scan(words):
        raise AssertionError("a gate scanned the text")

    monkeypatch.setattr(T, "_literals", no_scan)
    assert T.contains_any(text, P.FAMILY_WORDS)
    assert not T.contains_any(text, NI.UNIT_WORDS)
    with pytest.raises(AssertionError):
        T.contains_any(text, P._UPPER_TITLES)  # "PC", "DC": too short to be listed
    with pytest.raises(AssertionError):
        T.contains_any(text[:100], P.FAMILY_WORDS)  # a short text is still scanned

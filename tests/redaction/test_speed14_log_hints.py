"""``person-name``'s police-log gate asks for its 62 words in one scan (``contains_any``):
the same answer as a test of each word in turn."""

from __future__ import annotations

from review_library.redaction.rules import person_name as P
from review_library.redaction.rules import text as T
from tests.redaction.random_texts import texts_of

PIECES = (
    *P.LOG_WORD_HINTS[::7],
    *(w.lower() for w in P.LOG_WORD_HINTS[::5]),
    *(w[:-1] for w in P.LOG_WORD_HINTS[1::6]),
    *("IP", "OFF", "DP", "YP", "=", ":", "x", "X", "İ", "SUSPEC", "WITNES"),
)


def test_log_gate_answers_as_a_test_of_each_word() -> None:
    answers = []
    for text in texts_of(PIECES, words=3, count=4000):
        expected = any(word in text for word in P.LOG_WORD_HINTS)
        assert T.contains_any(text, P.LOG_WORD_HINTS) == expected, text
        answers.append(expected)
    assert 500 < sum(answers) < len(answers) - 500

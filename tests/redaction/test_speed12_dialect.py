"""``person-name`` reads a name after "our" or "me and" only where those words stand
(``cue_finditer``): the same matches as a scan of the whole text."""

from __future__ import annotations

from review_library.redaction.rules import dialect_names as D
from review_library.redaction.rules import text as T
from tests.redaction.random_texts import texts_of

PIECES = (
    *("our", "Our", "OUR", "wor", "Wor", "me", "Me", "him", "Him", "her", "Her", "myself"),
    *("an", "and", "an'", "Shane", "Shane'll", "Gary's", "Lee", "Mary-Jane", "Holt", "x"),
    *("hour", "home", "-", "'", "’", "_", "1", "ı", "ſ", "İ", "Tour", "Myself"),
)


def test_dialect_names_found_where_a_scan_of_the_text_finds_them() -> None:
    found = 0
    for text in texts_of(PIECES, words=12, count=1500):
        T.lowered.cache_clear()
        expected = [(m.span(), m.group("name")) for m in D.DIALECT_NAME_RE.finditer(text)]
        now = T.cue_finditer(D.DIALECT_NAME_RE, D.DIALECT_STARTS, text)
        assert [(m.span(), m.group("name")) for m in now] == expected, text
        found += len(expected)
    assert found > 100

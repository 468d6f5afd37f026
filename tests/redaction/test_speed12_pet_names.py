"""``person-name``'s pet names ("his little Pudding") are read only where "his", "her",
"their", "my" or "our" stands (``cue_finditer``): the same matches as a scan of the text."""

from __future__ import annotations

from review_library.redaction.rules import person_name_words as PW
from review_library.redaction.rules import text as T
from tests.redaction.random_texts import SPACED, texts_of

PIECES = (
    *("his", "her", "their", "my", "our", "His", "this", "-her", "_my", "1our", "little", "wee"),
    *("tiny", "Pudding", "Calpol", "Lego", "Mary-Jane", "Bo", "set", "x", "ı", "ſ", "İ", "’"),
)


def test_pet_names_found_where_a_scan_of_the_text_finds_them() -> None:
    found = 0
    for text in texts_of(PIECES, words=10, count=3000, separators=SPACED):
        T.lowered.cache_clear()
        expected = [(m.span(), m.group("name")) for m in PW.PET_NAME_RE.finditer(text)]
        now = T.cue_finditer(PW.PET_NAME_RE, PW._PET_STARTS, text)
        assert [(m.span(), m.group("name")) for m in now] == expected, text
        found += len(expected)
    assert found > 30

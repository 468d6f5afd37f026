"""Whole-text scans led by a digit, run only at the text's digits (check17b, performance.md
"The rules' one cue scan, round 17", second step): the same matches, in the same order, as
the pattern's own scan of the whole text; and the whole text is not scanned."""

from __future__ import annotations

import re

from review_library.redaction.rules import dates as D
from review_library.redaction.rules import datetext as DT
from review_library.redaction.rules import exact_age as EA
from review_library.redaction.rules import foreign_dates as FD
from review_library.redaction.rules import location as L
from review_library.redaction.rules import street_address as SA
from review_library.redaction.rules import text as T
from tests.redaction.random_texts import SPACED, texts_of

# Digits in every shape the digit-led patterns read, beside look-alikes without digits and
# digits no ASCII text holds (Arabic-Indic, full-width: "\d" matches them too).
DIGIT_PIECES = (
    "3", "12", "2019", "07700", "12/3", "1.2.03", "3/4/21", "4th", "21st", "2nd", "3rd", "9d",
    "12d", "3d2", "4 / 5", "52.41 / -4.08", "1 ; 2", "5 | 6", "7, the", "8a the", "9 The",
    "10b, THE", "3 iv", "12 xii", "3 iv 2020", "12 XII 1999", "31 x 20", "14 Febuary", "2 of Januray", "14 Febuary 2019", "2nd of Januray 2020", "3 Sepember, 1999",
    "5 de marzo de 2019", "7 mai 2020", "1er juin 2021", "12. März 2018", "3 de", "4 m. de", "5er jour",
    "£3", "$4", "x5", "/6", "-7", ".8", "the", "th", "st", "d", "Feb", "of", "/", ".", "-",
    "٣", "١٢", "１２", "\x00\x00\x00\x00", "x" * 45,
)  # fmt: skip


def _texts() -> list[str]:
    texts = texts_of(DIGIT_PIECES, words=180, count=80, separators=SPACED)
    # long stretches of prose between the digits, as in a report
    texts.append(("word " * 60).join(texts_of(DIGIT_PIECES, words=4, count=20)))
    return texts


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


class Recording:
    """A pattern that records where it was searched."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.scanned = 0  # characters given to finditer or search
        self.tried = 0  # match calls

    def finditer(self, text: str, pos: int = 0):
        self.scanned += len(text) - pos
        return self.pattern.finditer(text, pos)

    def search(self, text: str, pos: int = 0):
        self.scanned += len(text) - pos
        return self.pattern.search(text, pos)

    def match(self, text: str, pos: int = 0):
        self.tried += 1
        return self.pattern.match(text, pos)


def test_digit_positions_are_every_digit_the_engine_sees() -> None:
    for text in _texts():
        assert list(T.digit_positions(text)) == [m.start() for m in re.finditer(r"\d", text)]
    assert T.digit_positions("no digit at all, only words") == ()
    assert T.digit_positions("a “quote” then ٣ and 4") == (15, 21)


def test_digit_scans_find_what_the_whole_text_scans_found() -> None:
    patterns = (
        D.SHORT_DAY_MONTH,
        D._ORDINAL_SUFFIX,
        SA.THE_TRIGGER_RE,
        L.WIDE_GAP,
        EA.SHORTHAND_RE,
        T._NUMBER_TOKEN,
    )
    for pattern in patterns:
        found = 0
        for text in _texts():
            expected = _spans(pattern.finditer(text))
            assert _spans(T.digit_finditer(pattern, text)) == expected, pattern.pattern
            found += len(expected)
        assert found > 100, pattern.pattern


def test_digit_anchored_scans_find_what_the_trigger_scans_found() -> None:
    pairs = (
        (DT.ROMAN_SPACED_RE, DT._ROMAN_START),
        (DT.TYPO_DATE_RE, DT._TYPO_START),
        (FD.FOREIGN_DATE_RE, FD._START),
    )
    for pattern, trigger in pairs:
        found = 0
        for text in _texts():
            expected = _spans(T.anchored_finditer(pattern, trigger, text))
            assert _spans(T.digit_anchored_finditer(pattern, trigger, text)) == expected
            found += len(expected)
        assert found > 20, pattern.pattern


def test_digit_clusters_are_the_cluster_scan() -> None:
    for text in _texts():
        assert T._digit_clusters(text) == _spans(T._DIGITS.finditer(text))
    # 40 characters between two digits join them; 41 do not; a NUL between never does
    assert T._digit_clusters("1" + "x" * 40 + "2") == [(0, 42)]
    assert T._digit_clusters("1" + "x" * 41 + "2") == [(0, 1), (42, 43)]
    assert T._digit_clusters("1 \x00 2") == [(0, 1), (4, 5)]


def test_digit_scans_are_tried_only_at_digits() -> None:
    text = "the family was seen at home on the fourth. " * 40 + "on the 4th and 21st, 12/3"
    pattern = Recording(D._ORDINAL_SUFFIX)
    assert [m.group() for m in T.digit_finditer(pattern, text)] == ["4th", "1st"]
    assert pattern.scanned == 0 and pattern.tried == 6  # "4", "2", "1", "1", "2", "3"
    # the near miss: no digit, nothing tried, nothing found
    pattern = Recording(D._ORDINAL_SUFFIX)
    assert list(T.digit_finditer(pattern, "the fourth and twenty-first " * 40)) == []
    assert pattern.scanned == 0 and pattern.tried == 0
    trigger = Recording(DT._ROMAN_START)
    found = T.digit_anchored_finditer(DT.ROMAN_SPACED_RE, trigger, text + " 3 iv 2020")
    assert [m.group() for m in found] == ["3 iv 2020"]
    # the six digits before, then "3"; the digits of its year are inside the match
    assert trigger.scanned == 0 and trigger.tried == 7

"""Whole-text scans led by a class, run only where the shared passes found their cues
(check17, performance.md "The rules' one cue scan, round 17"): the same matches, in the same
order, as the pattern's own scan of the whole text; and the whole text is not scanned."""

from __future__ import annotations

import re

from review_library.redaction.rules import capital_names as CN
from review_library.redaction.rules import datetext as DT
from review_library.redaction.rules import named_institution as NI
from review_library.redaction.rules import person_name as P
from review_library.redaction.rules import person_name_words as PW
from review_library.redaction.rules import text as T
from tests.redaction.random_texts import SPACED, texts_of


class Recording:
    """A pattern that records where it was searched."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.scanned = 0  # characters given to finditer
        self.tried = 0  # match calls

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        self.scanned += end - pos
        return self.pattern.finditer(text, pos, end)

    def match(self, text: str, pos: int = 0):
        self.tried += 1
        return self.pattern.match(text, pos)


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


MONTH_PIECES = (
    "jan 2019", "feb 2020", "mar '19", "apr 2021", "jun", "jul 1999", "aug 2010", "sep 2019",
    "sept 2019", "sept. 2019", "oct, 2020", "nov\t2021", "dec 19", "dec 2019", "Dec 2019",
    "DEC 2019", "decision 2019", "2jan 2020", "xjan 2020", "summary 2020", "ajar 2020",
    "march 2020", "jan 20199", "jan 2019x", "2019", "'19", "the", "İ", "ı", "\x00\x00\x00\x00",
)  # fmt: skip


def _texts(pieces) -> list[str]:
    texts = texts_of(pieces, words=180, count=80, separators=SPACED)
    # long stretches of prose between the cues, as in a report
    texts.append(("word " * 60).join(texts_of(pieces, words=4, count=20)))
    return texts


def test_lower_case_months_are_found_at_their_cue_places_only() -> None:
    found = 0
    for text in _texts(MONTH_PIECES):
        expected = _spans(DT.LOWER_ABBREVIATION_RE.finditer(text))
        new = T.cue_finditer(DT.LOWER_ABBREVIATION_RE, DT._LOWER_MONTHS, text, whole=False)
        assert _spans(new) == expected
        found += len(expected)
    assert found > 100
    text = "the family was seen at home in september 2019. " * 40 + "on 3 feb 2020 "
    pattern = Recording(DT.LOWER_ABBREVIATION_RE)
    assert len(list(T.cue_finditer(pattern, DT._LOWER_MONTHS, text, whole=False))) == 1
    assert pattern.scanned == 0 and pattern.tried == 41  # the "sep" of each "september"


CAPITAL_PIECES = (
    "MASH", "GP", "CAMHS", "NHS", "A&E", "ABCDEFGHIJKLMNOP", "JONES", "JONES'S", "JONES’S",
    "SMITH-JONES", "O'NEILL", "A", "I", "Mr", "RE", "DC", "PC", "the", "and", "x", "X1", "1X",
    "İ", "ÉCOLE", "ÀB", "\x00\x00\x00\x00", "-", "&", "'", "MASHes", "ABC DEF", "ABC\tDEF",
)  # fmt: skip


def test_capital_scans_find_what_the_whole_text_scans_found() -> None:
    patterns = (
        NI._CAPITALS_RE,
        NI._CAPS_PAIR,
        NI.CAPS_INITIALS_RE,
        P.CAPS_SCAN_RE,
        PW.CAPS_WORD_RE,
        CN.CAPS_RE,
        NI.HOSPITAL_INITIALS_RE,
    )
    for pattern in patterns:
        found = 0
        for text in _texts(CAPITAL_PIECES):
            expected = _spans(pattern.finditer(text))
            assert _spans(T.capital_finditer(pattern, text)) == expected, pattern.pattern
            found += len(expected)
        assert found > 100, pattern.pattern


def test_capital_scans_are_tried_only_at_capital_runs() -> None:
    text = "the family was seen at home. " * 40 + "The GP and CAMHS. A I Mr"
    pattern = Recording(NI._CAPITALS_RE)
    assert [m.group() for m in T.capital_finditer(pattern, text)] == ["GP", "CAMHS"]
    assert pattern.scanned == 0 and pattern.tried == 2


# Openers of a clause before a lower-case first name and a verb, and their look-alikes:
# inside words ("athat", "whence"), after a digit or an underscore, in capitals, a name too
# long or too short, blanks of every kind between (check17b).
OPENER_PIECES = (
    "that", "then", "when", "because", "until", "while", "once", "where", "whether", "That",
    "athat", "whence", "3that", "_then", "thatjaxon", "jaxon", "tobiah", "maisie-rae", "jo",
    "abcdefghijklmnop", "kept", "had", "then", "always", "waited", "went", "ed", "the", "İ",
    "ı", "\x00\x00\x00\x00", "'", "-",
)  # fmt: skip


def test_lower_name_openers_are_tried_at_their_cue_places_only() -> None:
    from review_library.redaction.rules import lower_names as LN

    found = 0
    for text in _texts(OPENER_PIECES):
        expected = _spans(LN.LOWER_NAME_RE.finditer(text))
        assert _spans(T.cue_finditer(LN.LOWER_NAME_RE, LN.OPENERS, text)) == expected
        found += len(expected)
    assert found > 100
    text = "the family was seen at home and athat whence. " * 40 + "then jaxon went out"
    pattern = Recording(LN.LOWER_NAME_RE)
    found = [m.group("name") for m in T.cue_finditer(pattern, LN.OPENERS, text)]
    assert found == ["jaxon"]
    assert pattern.scanned == 0 and pattern.tried == 1  # "athat" and "whence" are not tried


# Irish eclipsis: the lower-case letters joined to a capital, and look-alikes (check17b).
ECLIPSIS_PIECES = (
    "mB", "gC", "nD", "nG", "bhF", "dT", "bP", "i mBaile", "i nDoire", "mBB", "nDG", "bhFF",
    "hF", "bh", "MB", "mb", "dTbP", "nGgC", "ámB", "the", "\x00\x00\x00\x00",
)  # fmt: skip


def test_eclipsis_triggers_are_the_alternations_matches() -> None:
    from review_library.redaction.rules import irish_eclipsis as IE

    found = 0
    for text in _texts(ECLIPSIS_PIECES):
        assert T.literal_spans(text, IE.TRIGGERS) == _spans(IE._TRIGGER.finditer(text))
        found += len(T.literal_spans(text, IE.TRIGGERS))
    assert found > 100
    # the near miss: capitals and lower case the other way round hold no trigger
    assert T.literal_spans("MB GC Nd bHf the mb", IE.TRIGGERS) == []


# The name prefixes' start patterns as they were, a class leading two of them (check17b).
PREFIX_STARTS_BEFORE = (
    r"O['’][A-Z]", r"Ma?c[A-Z]", r"Fitz[A-Z]", r"a[pb] [A-Z]", r"Ní [A-Z]", r"Nic [A-Z]",
    r"Ó [A-Z]", r"Uí [A-Z]", r"Mhic [A-Z]", r"[AaEe]l-[A-Z]", r"v[ao]n [A-Z]",
    r"v[ao]n de[nr]? [A-Z]",
)  # fmt: skip
PREFIX_PIECES = (
    "Al-Amin", "al-Rashid", "El-Sayed", "el-Masri", "Il-Nur", "ol-Bar", "AL-X", "al-x", "ap Rhys",
    "ab Owen", "ac Hugh", "ap rhys", "O'Neill", "MacLeod", "Ní Bhriain", "von Trapp", "al", "-",
)  # fmt: skip


def test_name_prefix_starts_are_the_places_they_were() -> None:
    from review_library.redaction.rules import person_name as P

    before = tuple(re.compile(p) for p in PREFIX_STARTS_BEFORE)
    found = 0
    for text in _texts(PREFIX_PIECES):
        expected = sorted(m.start() for p in before for m in p.finditer(text))
        assert sorted(m.start() for p in P.PREFIX_STARTS for m in p.finditer(text)) == expected
        found += len(expected)
    assert found > 100


# Dashes and the blanks around them, of every kind the engine reads as "\s" (check17b).
DASH_PIECES = (
    "-", "–", "—", " - ", "--", " – ", "\u00a0-\u00a0", "\t-", "-\n", "IG - ", "x", "well-being",
    "a", " ", "\n", "\t", "\u2003", "\x00\x00\x00\x00",
)  # fmt: skip


def test_dashes_are_found_where_the_scan_found_them() -> None:
    from review_library.redaction.rules import social_handle as SH

    found = 0
    for text in _texts(DASH_PIECES):
        expected = _spans(SH.DASH_RE.finditer(text))
        assert _spans(T.blank_led_finditer(SH.DASH_RE, SH.DASHES, text)) == expected
        found += len(expected)
    assert found > 100
    # blanks after one dash belong to it, not to the next: "- -" is two matches
    pattern = Recording(SH.DASH_RE)
    assert _spans(T.blank_led_finditer(pattern, SH.DASHES, "a -  - b — c")) == [(1, 5), (5, 7)]
    assert pattern.scanned == 0 and pattern.tried == 2  # the em dash is none of them

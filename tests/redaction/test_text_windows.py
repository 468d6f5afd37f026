"""The rules' shared search helpers skip words a text's vocabulary rules out; these tests
prove the skip never changes what is found (the same occurrences as a search of every word)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from review_library.redaction.engine import VALUE_SEPARATOR
from review_library.redaction.rules import text as T
from tests.redaction.eval import corpus

TRICKY = (
    "He moved to 2road and the Road. 'Beach' in beaches; car park, car-park and car\tpark.\n"
    "Mon Monday MONDAY common; lay-by and layby. İstanbul road, ROAD, Road's, Straße street "
    "Quarry2 quarry² 3rd street, the roadside, e-mail email, profile was, profile\nwas"
    " the 12th and 3rd; a a a; #tag, ref. 4 and ref 44; last 4 digits, last4, ending 1234"
)
WORDS = (
    "road",
    "street",
    "beach",
    "car park",
    "lay-by",
    "layby",
    "mon",
    "monday",
    "quarry",
    "profile was",
    "email",
    "e-mail",
    "straße",
    "absentword",
    "rd",
    "th",
    "4",
    "44",
    "last 4",
    "a a",
    "#tag",
    "ref.",
    "ref",
    "ending",
    "ref",  # twice: found twice, as the scan finds it
)
CAP_WORDS = ("Road", "Beach", "Monday", "ROAD", "car park", "Straße", "Quarry", "Absent", "Mon")


def _texts() -> list[str]:
    clean = [p.text() for p in corpus.clean_reports("dev")[:4]]
    return [TRICKY, TRICKY.lower(), *clean]


def _reference_words(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Every whole-word, case-sensitive occurrence, one ``str.find`` loop a word."""
    found = []
    for word in words:
        position = text.find(word)
        while position != -1:
            end = position + len(word)
            if (position == 0 or not text[position - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            ):
                found.append((position, end))
            position = text.find(word, position + 1)
    return sorted(found)


def test_may_occur_rules_out_only_absent_words() -> None:
    text = "She lived near the roads, by a car\tpark."
    assert T.may_occur("road", text)  # inside "roads"
    assert not T.may_occur("road", text, whole=True)  # no whole word "road"
    assert T.may_occur("roads", text, whole=True)
    assert not T.may_occur("beach", text)
    assert T.may_occur("car park", text)  # each piece occurs: the caller searches
    assert not T.may_occur("quarry road", text)


@pytest.mark.parametrize("boundary", [None, str.isalpha, str.isalnum])
@pytest.mark.parametrize("digit_within", [0, 12])
def test_find_words_with_vocabulary_finds_what_a_full_search_finds(boundary, digit_within) -> None:
    for text in _texts():
        lower = T.lowered(text)
        full = sorted(T._scan_words(lower, WORDS, boundary, digit_within))
        indexed = sorted(
            T._find_words(lower, WORDS, boundary=boundary, digit_within=digit_within, text=text)
        )
        assert indexed == full
        assert boundary is not None or full  # the texts hold some of the words


_ALPHABET = "aab bc1²_-.' İ\n#ßé"


@pytest.mark.parametrize("boundary", [None, str.isalpha, str.isalnum])
def test_word_index_finds_what_a_scan_finds_in_random_texts(boundary) -> None:
    """Random texts of letters, digits, a superscript digit (alphanumeric but no decimal),
    underscores and punctuation; the words are pieces of the text, so most occur."""
    rng = random.Random(16)
    for _ in range(400):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60)))
        lower = T.lowered(text)
        pieces = []
        for _ in range(8):
            start = rng.randint(0, max(0, len(lower) - 1))
            piece = lower[start : start + rng.randint(1, 6)]
            if piece:
                pieces.append(piece)
        words = tuple(pieces)
        for digit_within in (0, 3):
            full = sorted(T._scan_words(lower, words, boundary, digit_within))
            indexed = sorted(
                T._find_words(lower, words, boundary=boundary, digit_within=digit_within, text=text)
            )
            assert indexed == full, (text, words)


def test_find_words_found_something_in_the_tricky_text() -> None:
    lower = T.lowered(TRICKY)
    found = {lower[s:e] for s, e in T._find_words(lower, WORDS, boundary=None, digit_within=0)}
    assert {"road", "beach", "car park", "mon", "monday", "lay-by", "profile was"} <= found


@pytest.mark.parametrize("words", [CAP_WORDS, ("Road", "Beach"), ("lay-by", "car park")])
def test_word_windows_match_a_search_of_every_word(words: tuple[str, ...]) -> None:
    for text in _texts():
        windows = T.word_windows(text, words, 0, 0)
        reference = T._merge(text, _reference_words(text, words), 0, 0)
        assert windows.spans == reference
    assert T.word_windows(TRICKY, ("Road", "Beach"), 0, 0).spans  # the text has both
    assert not T.word_windows(TRICKY, ("Absent",), 0, 0).spans


def test_occurs_is_a_substring_test_of_the_lower_cased_text() -> None:
    gates = (*WORDS, " at gmail", "'s ", ".pdf", "d.o.b", "serial", "mail", "", " ")
    for text in _texts():
        lower = T.lowered(text)
        for word in gates:
            assert T.occurs(word, text) == (word in lower), word
    assert T.occurs("car park", TRICKY) and not T.occurs("car  park", TRICKY)


def _reference_may_occur(word: str, text: str, whole: bool) -> bool:
    """``may_occur`` as written before its probes were worked out once per word."""
    joined, runs, joined_runs = T.vocabulary(text)
    if whole and word.isalnum():
        return word in runs
    piece = max(word.split(), key=len, default="")
    return piece in joined_runs if piece.isalnum() else piece in joined


def test_gates_give_the_same_answers_on_short_and_long_texts() -> None:
    """The short-text ways of ``occurs``, ``occurs_any`` and ``occurring`` (a substring test
    of the lower case), and ``may_occur_any``, answer as the tests a word at a time did, on
    either side of ``SHORT_TEXT``."""
    gates = (*WORDS, " at gmail", "'s ", ".pdf", "d.o.b", "serial", "mail", "", " ", "İstanbul")
    groups = [gates[i : i + 4] for i in range(0, len(gates), 4)] + [(), ("absentword",)]
    texts = [TRICKY[:n] for n in (0, 1, 40, 200, T.SHORT_TEXT, T.SHORT_TEXT + 1)]
    texts += [*_texts(), TRICKY * 3]
    for text in texts:
        lower = T.lowered(text)
        for word in gates:
            assert T.occurs(word, text) == (word in lower), word
            for whole in (False, True):
                expected = _reference_may_occur(word, text, whole)
                assert T.may_occur(word, text, whole=whole) == expected, word
        for group in groups:
            assert T.occurs_any(group, text) == any(w in lower for w in group), group
            assert T.occurring(group, text) == [w for w in group if w in lower], group
            for whole in (False, True):
                expected = any(_reference_may_occur(w, text, whole) for w in group)
                assert T.may_occur_any(group, text, whole=whole) == expected, group


def test_anchored_finditer_finds_what_finditer_finds() -> None:
    from review_library.redaction.rules.person_name import UPPER_TITLE_RE, UPPER_TITLE_START

    titles = (
        "DC Morris and DCI Patel met MRS PRITCHARD, MR O'NEILL and MISS JONES-SMITH. "
        "HHJ Rowe; xDC Foo; HHHJ Bar; MRMR SMITH; DR. EVANS; PC\tAdams; ADSDI Kerr; DI  Lowe"
    )
    for text in (titles, *_texts()):
        expected = [(m.span(), m.groupdict()) for m in UPPER_TITLE_RE.finditer(text)]
        found = [
            (m.span(), m.groupdict())
            for m in T.anchored_finditer(UPPER_TITLE_RE, UPPER_TITLE_START, text)
        ]
        assert found == expected
    assert len(list(T.anchored_finditer(UPPER_TITLE_RE, UPPER_TITLE_START, titles))) >= 8


def test_widen_grows_to_whitespace_at_most_64_back() -> None:
    import re

    text = "one twothree four " + "x" * 100 + " end\n\tlast"
    assert T._widen(text, 6, 9) == (4, 12)  # "twothree" whole
    assert T._widen(text, 4, 5) == (4, 12)
    assert T._widen(text, 13, 14) == (13, 17)  # after a space: nothing to the left
    assert T._widen(text, 3, 3) == (0, 3)
    assert T._widen(text, 110, 112) == (110 - 64, 118)  # 64 back at most
    # the same as the search it replaced, at every position
    left_word = re.compile(r"\S+\Z")
    for start in range(len(text)):
        found = left_word.search(text, max(0, start - 64), start) if start else None
        assert T._widen(text, start, start)[0] == (found.start() if found else start)


def test_contains_any_is_any_substring_test() -> None:
    gates = [
        ("ROAD", "Road", "WOODS", "WOOD"),
        ("Wat ", "Masjid"),
        ("a+b", "(", "car.park", "[x]"),
        ("MR", "HHJ", "PC"),
        ("absentword", "Absent"),
    ]
    texts = [*_texts(), "met a+b at (noon) in the car.park [x]", ""]
    for text in texts:
        for words in gates:
            assert T.contains_any(text, words) == any(w in text for w in words), (words, text)
    assert T.contains_any(TRICKY, ("Road",)) and not T.contains_any(TRICKY, ("ROADS",))


def _find_loops(text: str, words: tuple[str, ...]) -> list[tuple[int, str]]:
    found = []
    for word in words:
        position = text.find(word)
        while position != -1:
            found.append((position, word))
            position = text.find(word, position + 1)
    return sorted(found, key=lambda pair: (pair[0], words.index(pair[1])))


def test_occurrences_finds_what_a_find_loop_a_word_finds() -> None:
    word_lists = [
        ("Pri", "Prim", "Primary", "Sch", "R.C.", "C of E", "CofE", "HS"),
        ("aa", "a", "aaa"),  # overlapping, and words inside words
        ("Road", "ROAD", "road", "Absent"),
    ]
    texts = [*_texts(), "aaaa Primary Sch. R.C. C of E CofE HS; Pri Prim", ""]
    for text in texts:
        for words in word_lists:
            assert list(T.occurrences(text, words)) == _find_loops(text, words), words
    assert len(list(T.occurrences("aaaa", ("aa",)))) == 3


# Pieces of cue phrases, neighbours and odd letters for random texts: the patterns tried only
# at their cue words must find what a scan of every position finds.
_CUE_PIECES = (
    "known as ", "went by ", "goes  by ", "called herself ", "streamed as ", "under the name ",
    "playing as ", "username ", "user name was ", "gamer tag: ", "psn id ", "handle, ",
    "display name (", "online name is ", "group ", "chat", "Server ", "_chat ", "forum.",
    "page-", " posted", " shared ", "\tDMed ", " DM'd", " dmed", "reposted ", "VIN ",
    "chassis no. ", "vehicle identification number ", "vin:", "KNOWN AS ", "Known\tas ",
    "'Big T' ", "kxyla.xox ", "lil_kez93 ", "Dark Knight 77", "WAUZZZ8V5KA012345 ", "ı", "ſ",
    "İ", "x", "2", "-", "\n", ". ", "’", "“", "Toxic Reaper ", "ABC 12 ",
)  # fmt: skip


def _cue_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_CUE_PIECES) for _ in range(rng.randint(0, 24))) for _ in range(count)
    ]


def test_cue_finditer_finds_what_finditer_finds() -> None:
    from review_library.redaction.rules import social_handle as S
    from review_library.redaction.rules import vehicle_registration as V

    cases = (
        (S.NAMED_ACCOUNT_RE, S.NAMED_ACCOUNT_STARTS),
        (S.GROUP_WORD_RE, S.GROUP_WORDS),
        (S.SPACED_NAME_RE, S.SPACED_NAME_STARTS),
        (S.POSTER_VERB_RE, S.POSTER_VERBS),
        (V.VIN_RE, ("vin", "chassis", "vehicle")),
    )
    texts = [*_cue_texts(1500, 7), *_texts()]
    found_any = 0
    for pattern, words in cases:
        for text in texts:
            T.lowered.cache_clear()  # texts repeat across patterns: each is read afresh
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            found = [(m.span(), m.groupdict()) for m in T.cue_finditer(pattern, words, text)]
            assert found == expected, (pattern.pattern[:40], text)
            found_any += bool(found)
    assert found_any > 500


def test_double_first_names_found_where_a_scan_finds_them() -> None:
    from review_library.redaction.rules import person_name as P

    rng = random.Random(3)
    letters = "AaBbZz-'’ xY_1é\n"
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    texts += ["Mary-Jane and Lily-May met Anne-Marie-Claire; x-Ray, Jo-Ann's, Ab-Cd-", *_texts()]
    for text in texts:
        expected = [m.span() for m in P.DOUBLE_FIRST_RE.finditer(text)]
        assert [m.span() for m in P._double_first_matches(text)] == expected, text


def test_holidays_found_from_the_years_as_a_scan_before_each_year_finds() -> None:
    from review_library.redaction.rules import datetext as D

    def reference(text: str) -> list[tuple[int, int]]:
        found, end = [], 0
        for year in D._HOLIDAY_YEAR_RE.finditer(text):
            start = max(end, year.start() - D._HOLIDAY_REACH)
            for match in D.HOLIDAY_RE.finditer(text, start, year.end()):
                if match.end() == year.end():
                    end = match.end()
                    found.append(match.span())
                    break
        return found

    pieces = ("Christmas Day", "boxing day", "EID AL-FITR", "Mother’s Day", "mother's day",
              "Holi", "xmas", ",", " ", "  ", "\n", " of ", " in ", " OF", "İn ", "ın ", "ſt ",
              "2019", "1998", "2021 ", "x", "Good Friday", "day", "of", "in")  # fmt: skip
    rng = random.Random(5)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(6000)]
    texts += _texts()
    hits = 0
    for text in texts:
        expected = reference(text)
        assert [m.span() for m in D._holidays(text)] == expected, text
        hits += len(expected)
    assert hits > 100


def test_family_names_found_from_their_first_letters_as_a_scan_finds_them() -> None:
    from review_library.redaction.rules import person_name as P

    pieces = ("Nana ", "Nanny\t", "Grampy ", "Grandad ", "Aunty ", "Auntie ", "Uncle ", "Daddy ",
              "Mummy ", "Mamgu ", "Tadcu ", "Bampi ", "Nain ", "Taid ", "Joe", "O'Neill ", "Lee",
              "xNana ", "Smith-Jones ", "Mama", " ", "\n", ",", "Aunt Sue Ellen ", "the ")  # fmt: skip
    rng = random.Random(11)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(4000)]
    found_any = 0
    for text in [*texts, *_texts()]:
        expected = [m.span() for m in P.FAMILY_NAME_RE.finditer(text)]
        found = [m.span() for m in T.anchored_finditer(P.FAMILY_NAME_RE, P._FAMILY_START, text)]
        assert found == expected, text
        found_any += bool(found)
    assert found_any > 1000


def test_every_window_stays_in_the_piece_of_its_anchor() -> None:
    """Pieces joined by the engine's separator: a window around a digit, a number, a trigger,
    a cue word or a capitalised word ends where its piece ends, and is never merged with a
    window of the next piece."""
    pieces = ("Seen on 12 May 2021 by the GP; registered", "car KX19 LMP parked at Road End")
    text = VALUE_SEPARATOR.join(pieces)
    windows = {
        "digit": T.digit_windows(text),
        "number": T.number_windows(text),
        "keyword": T.keyword_windows(text, re.compile("GP|car"), 40, 40),
        "literal": T.literal_windows(text, ("registered", "car"), 40, 40),
        "word": T.word_windows(text, ("Road", "Seen"), 40, 40),
    }
    for name, found in windows.items():
        assert found.spans, name
        for start, end in found.spans:
            assert "\0" not in text[start:end], (name, text[start:end])


def _random_words(rng: random.Random, text: str) -> tuple[str, ...]:
    """Pieces of the text (most occur) and pieces of nothing, in both cases, some twice."""
    words = []
    for _ in range(10):
        source = text if rng.random() < 0.6 else "".join(rng.choice(_ALPHABET) for _ in range(9))
        start = rng.randint(0, max(0, len(source) - 1))
        piece = source[start : start + rng.randint(1, 7)]
        if piece:
            words.append(piece if rng.random() < 0.5 else piece.lower())
    return tuple(words + words[:2])


@pytest.mark.parametrize("alpha", [True, False])
def test_may_find_drops_only_words_places_finds_nowhere(alpha: bool) -> None:
    rng = random.Random(9)
    texts = [TRICKY, *(_texts()[2:3])]
    texts += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60))) for _ in range(300)]
    for text in texts:
        index = T.WordIndex(text)
        for words in (WORDS, tuple(w.lower() for w in _random_words(rng, text))):
            kept = index.may_find(words, alpha)
            assert [w for w in words if w in kept] == list(kept)  # the words' own order
            assert all(not index.places(w, alpha) for w in words if w not in kept), text
            assert len(kept) == sum(1 for w in words if w in kept)  # repeats kept


def test_may_occur_cased_is_the_word_at_a_time_filter() -> None:
    rng = random.Random(4)
    texts = [TRICKY, TRICKY.lower(), *(_texts()[2:3])]
    texts += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60))) for _ in range(300)]
    for text in texts:
        for words in (CAP_WORDS, WORDS, _random_words(rng, text)):
            expected = tuple(
                w for w in words if not w.isascii() or T.may_occur(w.lower(), text, whole=True)
            )
            assert T._may_occur_cased(words, text) == expected, (text, words)


_DATE_AND_NAME_PIECES = (
    *("12", "3", "03", "31", "1", "2019", "1998", " ", "\t", "\n", "of", "th", "st", "-", "/"),
    *(".", "£", "x", "iv", "IV", "xii", "Septmber", "Febuary", "Darren", "'Dazza'", "“T”"),
    *("Kettle", "O'Neil", "Mary-Jane", "road", "Pant-y-Dwr", "Rd", "a", "Ü", "(at)", "-dot-"),
    *("[a]", "<@>", "_at_", "{dot}"),
)


def _led_pattern_pairs() -> list[tuple[str, Callable, Callable]]:
    """(name, the pattern as first written, led by its look-behind, and as the rule finds
    it now): each rewritten so that the regex engine skips to its first character."""
    from review_library.redaction.rules import datetext, email, person_name, street_address

    def old(pattern: str, flags: int = 0) -> Callable:
        compiled = re.compile(pattern, flags)
        return compiled.finditer

    number = r"(?<![\w\-/.,])\d{1,4}"
    return [
        (
            "nickname",
            old(
                rf"(?<![\w\-])(?P<first>{T.CAP_WORD})[ \t]+[\"“‘'][A-Z][\w\-]{{0,20}}"
                rf"[\"”’'][ \t]+{T.CAP_WORD}"
            ),
            person_name.NICKNAME_INSIDE_RE.finditer,
        ),
        (
            "holiday year",
            old(r"(?<=\s)(?:19|20)\d{2}\b"),
            datetext._HOLIDAY_YEAR_RE.finditer,
        ),
        (
            "street any case",
            old(number + street_address.ANY_CASE_RE.pattern.split(r"\d{0,3}", 1)[1], re.I),
            street_address.ANY_CASE_RE.finditer,
        ),
        (
            "hyphenated street",
            old(number + street_address.NUMBERED_HYPHEN_RE.pattern.split(r"\d{0,3}", 1)[1]),
            street_address.NUMBERED_HYPHEN_RE.finditer,
        ),
        (
            "roman month",
            datetext.ROMAN_SPACED_RE.finditer,
            lambda text: T.anchored_finditer(datetext.ROMAN_SPACED_RE, datetext._ROMAN_START, text),
        ),
        (
            "misspelt month",
            datetext.TYPO_DATE_RE.finditer,
            lambda text: T.anchored_finditer(datetext.TYPO_DATE_RE, datetext._TYPO_START, text),
        ),
        (
            "bracketed at",
            old(r"[\[({<](?:at|dot|a|@)[\])}>]|[-_](?:at|dot)[-_]"),
            email.BRACKETED_RE.finditer,
        ),
    ]


@pytest.mark.parametrize("name", [name for name, _, _ in _led_pattern_pairs()])
def test_patterns_led_by_their_first_character_find_what_the_look_behind_forms_find(
    name: str,
) -> None:
    _, before, now = next(pair for pair in _led_pattern_pairs() if pair[0] == name)
    rng = random.Random(name)
    crafted = "On 3 iv 2019, 12 XII 1998 and 12th of Septmber 2019; 4th Febuary, 2020 (x3 iv 2019)"
    texts = [TRICKY, crafted, *_texts()]
    for _ in range(3000):
        texts.append(
            "".join(
                rng.choice(_DATE_AND_NAME_PIECES) + rng.choice(("", " ", " ", "\t"))
                for _ in range(rng.randint(1, 14))
            )
        )
    found = 0
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in before(text)]
        assert [(m.span(), m.groupdict()) for m in now(text)] == expected, text
        found += len(expected)
    assert found >= 3  # the texts hold the forms

"""Text helpers shared by the rules and the register: folding, words, capitalised words."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

from . import cue_index

# Letters of Latin-1, Latin Extended-A and -B and Latin Extended Additional, so "Łukasz",
# "Zoë", "Ionuț" (comma below) or "Nguyễn" count as names.
_LATIN_RANGES = (range(0x100, 0x250), range(0x1E00, 0x1F00))
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for r in _LATIN_RANGES for c in map(chr, r) if c.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(c for r in _LATIN_RANGES for c in map(chr, r) if c.islower())
APOS = "'’"
# Hyphens as word processors type them, for a regex character class: hyphen-minus, hyphen,
# non-breaking hyphen, figure dash, en dash, minus sign.
DASH = "\\-\u2010\u2011\u2012\u2013\u2212"

# A capitalised word: "Kayden", "O'Brien", "McDonald", "Smith-Jones", "Zoë".
_CAP_REST = rf"[{LOWER}]*(?:[{UPPER}][{LOWER}]+)?(?:[{APOS}\-][{UPPER}{LOWER}][{LOWER}]*)*"
CAP_WORD = rf"[{UPPER}]{_CAP_REST}"


def cap_word_not_after(behind: str) -> str:
    """``(?<!behind)`` and CAP_WORD, written with the look-behind after the first capital:
    the same matches, but a pattern that starts with a capital's class is skipped to the
    capitals at C speed, where one led by a look-behind is tried at every character.
    ``behind`` is of fixed width; the ``.`` is the capital (never a newline)."""
    return rf"[{UPPER}](?<!{behind}.){_CAP_REST}"


WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
AT_RE = re.compile(r"@")


# Letters that NFKD does not split into a base letter and a mark ("Łukasz" -> "lukasz").
_LETTERS = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d"}
)


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case without accents or apostrophes: ``"O’Brien"`` -> ``"obrien"``."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_LETTERS))
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


def token_set(words: str) -> frozenset[str]:
    """The whitespace-separated tokens of a list, as written (no folding)."""
    return frozenset(words.split())


def word_set(words: str) -> frozenset[str]:
    """Folded words of a whitespace-separated list (keeps long vocabularies readable)."""
    return frozenset(fold(w) for w in words.split())


# -- windows: run a rule's regexes only near what it needs (digits, keywords) -----------------
# Python's regex engine scans text at roughly 100 MB/s per pattern; running each of some
# thirty patterns over the whole text cannot reach the 10 MB/s target, so rules that need a
# digit search only text near digits, and keyword rules only near their keywords.
# Digits no more than 40 characters apart form one cluster: one window, one Python step.
_DIGITS = re.compile(r"\d(?:[^\d\0]{0,40}\d)*")  # a cluster stays in its piece
# Joins windows: neither a word character nor whitespace, so no pattern matches across it.
WINDOW_SEPARATOR = "\x00\x00\x00\x00"


class Windows:
    """Parts of a text joined into one string, with a map back to the text's offsets."""

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.spans = spans
        self.text = WINDOW_SEPARATOR.join(text[s:e] for s, e in spans)
        self.joined_starts: list[int] = []
        self.deltas: list[int] = []
        position = 0
        for start, end in spans:
            self.joined_starts.append(position)
            self.deltas.append(start - position)
            position += end - start + len(WINDOW_SEPARATOR)

    def finditer(self, pattern: re.Pattern):
        """(match, delta): add ``delta`` to the match's offsets to get offsets in the text."""
        starts, deltas = self.joined_starts, self.deltas
        for match in pattern.finditer(self.text):
            yield match, deltas[bisect.bisect_right(starts, match.start()) - 1]


_RIGHT_WORD = re.compile(r"[^\s\0]*")


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a span to whitespace on both sides, so windows never cut a word in two (at most
    64 characters to the left); never into the NULs of the separator between joined pieces."""
    # A step a character back to the last whitespace (what ``\S+\Z`` found searching from
    # 64 back, trying each of those positions in turn).
    left = start
    floor = max(0, start - 64)
    while left > floor and not text[left - 1].isspace() and text[left - 1] != "\0":
        left -= 1
    return left, _RIGHT_WORD.match(text, end).end()


def _merge(text: str, anchors, before: int, after: int) -> list[tuple[int, int]]:
    """Windows from ``before`` characters ahead of each anchor (sorted ``(start, end)`` spans)
    to ``after`` past it, merged where they touch and widened to whole words. A window stays
    in its anchor's piece: pieces the engine joins with its separator (NULs) never see each
    other's text ("GP: registered." ending one piece made a plate of a police computer's
    label and number in the next)."""
    merged: list[list[int]] = []
    length = len(text)
    joined = "\0" in text
    for anchor_start, anchor_end in anchors:
        start, end = anchor_start - before, anchor_end + after
        if joined:
            start = max(start, text.rfind("\0", max(0, start), anchor_start) + 1)
            stop = text.find("\0", anchor_end, end)
            end = end if stop == -1 else stop
        start, end = max(0, start), min(length, end)
        if (
            merged
            and start <= merged[-1][1] + 64
            and not (joined and "\0" in text[merged[-1][1] : start])
        ):
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    out: list[tuple[int, int]] = []
    for start, end in merged:
        start, end = _widen(text, start, end)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=8)
def digit_positions(text: str) -> tuple[int, ...]:
    """The offset of every character of ``text`` that ``\\d`` matches, in order, found once
    for every scan led by a digit. An ASCII text (nearly every report) holds no other digit
    than "0" to "9": ten ``str.find`` loops at C speed; any other text, one scan."""
    if not text.isascii():
        return tuple(match.start() for match in _DIGIT.finditer(text))
    found: list[int] = []
    find = text.find
    for digit in "0123456789":
        at = find(digit)
        while at != -1:
            found.append(at)
            at = find(digit, at + 1)
    found.sort()
    return tuple(found)


def literal_spans(text: str, literals: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end), in order, of every occurrence of each case-sensitive literal, found by
    ``str.find`` at C speed: the matches of the literals' alternation scanned over the text
    where no two occurrences can overlap (the caller's literals end where none starts). An
    alternation has no literal start for the engine to skip to: it is tried at every
    character."""
    found: list[tuple[int, int]] = []
    find = text.find
    for literal in literals:
        size = len(literal)
        at = find(literal)
        while at != -1:
            found.append((at, at + size))
            at = find(literal, at + size)
    found.sort()
    return found


def blank_led_finditer(
    pattern: re.Pattern, literals: tuple[str, ...], text: str
) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern of the shape ``\\s*`` then one of the
    single-character ``literals`` (``\\s*[-–]\\s*``): led by ``\\s*``, which matches empty,
    the engine tries it at every character. Here each literal is found by ``str.find`` and
    the match tried from the start of the blanks before it (not before the last match's
    end), where the engine's scan would first have found it."""
    last = 0
    match_at = pattern.match
    for position, _ in literal_spans(text, literals):
        if position < last:
            continue
        start = position
        while start > last and text[start - 1].isspace():
            start -= 1
        match = match_at(text, start)
        if match is not None:
            yield match
            last = match.end()


def digit_finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at a digit (led by
    ``\\d``) and never matches empty: tried only at ``digit_positions(text)``, in order, each
    from the end of the last match, as the engine's scan tries them. A scan led by ``\\d``
    pays about 10 ns a character where no digit stands; a report holds some 250 digits."""
    last = 0
    match_at = pattern.match
    for position in digit_positions(text):
        if position < last:
            continue
        match = match_at(text, position)
        if match is not None:
            yield match
            last = match.end()


def digit_anchored_finditer(
    pattern: re.Pattern, trigger: re.Pattern, text: str
) -> Iterator[re.Match]:
    """``anchored_finditer(pattern, trigger, text)`` for a ``trigger`` led by ``\\d``: the
    trigger is tried only at the text's digits."""
    last = 0
    trigger_at, match_at = trigger.match, pattern.match
    for position in digit_positions(text):
        if position < last or trigger_at(text, position) is None:
            continue
        match = match_at(text, position)
        if match is not None:
            yield match
            last = match.end()


def _digit_clusters(text: str) -> list[tuple[int, int]]:
    """The spans of ``_DIGITS.finditer(text)``: digits at most 40 characters apart, with no
    NUL between, from the shared digit positions."""
    spans: list[tuple[int, int]] = []
    joined = "\0" in text
    start = end = -1
    for position in digit_positions(text):
        if end != -1 and position - end <= 40 and not (joined and "\0" in text[end:position]):
            end = position + 1
            continue
        if end != -1:
            spans.append((start, end))
        start, end = position, position + 1
    if end != -1:
        spans.append((start, end))
    return spans


@lru_cache(maxsize=16)
def digit_windows(text: str, before: int = 20, after: int = 36) -> Windows:
    """Text from ``before`` characters ahead of each digit cluster to ``after`` past it."""
    return Windows(text, _merge(text, _digit_clusters(text), before, after))


_NUMBER_TOKEN = re.compile(r"\d[\w.:/\-]*")
_PLATE_LETTERS = re.compile(r"[A-Z]{2,3}[ \-]?$")  # "LEZ 4521", "GXZ-4521"
_NUMERIC_DATE_SHAPE = re.compile(r"\d[/.\-]\d{1,2}[/.\-]\d")


@lru_cache(maxsize=16)
def number_windows(text: str) -> Windows:
    """Text around the numbers that could be identifiers: a token with five digits or more
    ("07700 900123", "60-16-13"), or with letters and digits together ("NX1", "KX19",
    "A4821BK"), and a shorter number after capitals ("LEZ 4521"); from 14 characters before
    to 14 after. Years, counts, ages and paragraph numbers are most of a report's numbers
    and none of these, so each of the many number rules scans a small share of the text."""
    spans = []
    last_end = -10
    digits = 0
    mixed = False
    start = 0
    for match in digit_finditer(_NUMBER_TOKEN, text):
        token_start = match.start()
        while token_start > 0 and text[token_start - 1].isalnum():
            token_start -= 1  # the letters before the digits: "KX19", "A4821BK"
        token = text[token_start : match.end()]
        if token_start - last_end > 3:  # a new cluster: close the previous one
            if digits >= 5 or mixed:
                spans.append((start, last_end))
            start, digits, mixed = token_start, 0, False
        count = sum(c.isdigit() for c in token)
        digits += count
        mixed = mixed or (count < len(token.rstrip(".:/-")) and any(c.isalpha() for c in token))
        if not mixed and count >= 3 and _NUMERIC_DATE_SHAPE.search(token):
            mixed = True  # "3/4/21", "1.2.03": a date in numbers
        if (
            not mixed
            and count >= 2
            and _PLATE_LETTERS.search(text, max(0, token_start - 4), token_start)
        ):
            mixed = True
        last_end = match.end()
    if digits >= 5 or mixed:
        spans.append((start, last_end))
    return Windows(text, _merge(text, spans, 14, 14))


def anchored_finditer(pattern: re.Pattern, trigger: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern that never matches empty and can only match
    where ``trigger`` matches: the trigger, led by literals, is found at C speed, and the
    pattern (led by a look-behind or ``\\b``, with which the engine tries every position) is
    tried only there. The same matches in the same order: leftmost, non-overlapping."""
    last = 0
    found = trigger.search(text)
    while found is not None:
        position = found.start()
        match = pattern.match(text, position)
        if match is not None:
            yield match
            last = match.end()
        found = trigger.search(text, max(position + 1, last))


def keyword_windows(
    text: str, trigger: re.Pattern, before: int, after: int, *, digit_led: bool = False
) -> Windows:
    """Text from ``before`` characters ahead of each trigger match to ``after`` past it
    (``digit_led``: the trigger is led by ``\\d``, tried only at the text's digits)."""
    found = digit_finditer(trigger, text) if digit_led else trigger.finditer(text)
    return Windows(text, _merge(text, (m.span() for m in found), before, after))


@lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """``text.lower()``, one character for each of the text's, computed once per text for
    the rules' keyword pre-checks: rules read windows of it at the text's own offsets."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    # "İ" lowers to two characters ("i" and a combining dot): every window after it would
    # be read one character early (a date of birth after "İstanbul" was missed).
    return "".join(c.lower()[0] for c in text)


@lru_cache(maxsize=8)
def lowered_chunks(text: str) -> frozenset[str]:
    """The distinct whitespace-separated chunks of ``text`` in lower case (with their
    punctuation), computed once per text: a set test replaces a scan per cue word."""
    return frozenset(lowered(text).split())


_DIGIT = re.compile(r"\d")
# A run of letters and digits: exactly the characters ``str.isalnum`` accepts ("\w" without
# "_" is ``isalnum`` in Python's regex engine).
_ALNUM_RUN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=8)
def vocabulary(text: str) -> tuple[str, frozenset[str], str]:
    """What ``lowered(text)`` is made of, for asking cheaply whether a word can occur at
    all: its distinct whitespace-separated chunks joined by NUL (a few times shorter than
    the text, so a ``str.find`` there costs a fraction of one over the text), its distinct
    runs of letters and digits, and those runs joined by NUL (shorter still: a word of
    letters and digits lies inside one run). Computed once per text from the chunks the
    rules share (``lowered_chunks``)."""
    joined = "\x00".join(lowered_chunks(text))
    runs = frozenset(_ALNUM_RUN.findall(joined))
    return joined, runs, "\x00".join(runs)


@lru_cache(maxsize=256)
def _literals(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """``any(word in text for word in words)`` (case-sensitive). Over a long text, answered
    from the cue words' one pass over ``lowered(text)`` (``cue_index``): a word occurs only
    where its lower case does, so a gate whose words' lower cases are absent costs lookups,
    and one whose lower cases occur tests only those places. Each gate was a scan of the
    whole text (an alternation of its words). The words the pass does not list, and those
    whose lower case is common ("rec" of "REC"), are left to one scan of their alternation;
    over a short text, one scan of all the words."""
    if len(text) <= SHORT_TEXT or not cue_index.available():
        return _literals(words).search(text) is not None
    starts = cue_index.cue_index(lowered(text)).starts
    scanned = []
    for word, key in _gate_keys(words):
        if key is None:  # too short to be listed, or not ASCII
            scanned.append(word)
            continue
        places = starts(key)
        if not places:
            continue
        if len(places) > _MOST_PLACES:  # testing each place in Python costs more than a scan
            scanned.append(word)
        elif any(text.startswith(word, place) for place in places):
            return True
    return bool(scanned) and _literals(tuple(scanned)).search(text) is not None


# Above this many places of a gate word's lower case, the word is left to the scan.
_MOST_PLACES = 24


@lru_cache(maxsize=256)
def _gate_keys(words: tuple[str, ...]) -> tuple[tuple[str, str | None], ...]:
    """Each word of a gate with the lower case the cue words' pass lists it by, or None for
    a word looked for by its own scan: one of ``cue_index.SHORT_WORD`` characters or fewer
    (never listed: the pass would list thousands of places), or one not ASCII, whose lower
    case need not be what ``lowered`` makes of it in every text ("Σ" lowers by context)."""
    return tuple(
        (word, word.lower() if word.isascii() and len(word) > cue_index.SHORT_WORD else None)
        for word in words
    )


@lru_cache(maxsize=64)
def _by_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    first: dict[str, list[str]] = {}
    for word in words:
        first.setdefault(word[:1], []).append(word)
    return {c: tuple(group) for c, group in first.items()}


def occurrences(text: str, words: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(offset, word) for every occurrence of each of the (non-empty) words in ``text``,
    case-sensitive, overlapping ones included: what a ``str.find`` loop a word finds, in
    text order (the words at one offset in their given order). One scan of an alternation
    of the words finds each offset where any stands, where a loop a word read the whole
    text once a word. For words led by capitals (the engine skips to those few letters);
    words in lower case are tried at most letters of a text, slower than the loops."""
    search = _literals(words).search
    first = _by_first(words)
    match = search(text)
    while match is not None:
        position = match.start()
        for word in first[text[position]]:
            if text.startswith(word, position):
                yield position, word
        match = search(text, position + 1)


def may_occur(word: str, text: str, *, whole: bool = False) -> bool:
    """False only when the lower-case ``word`` cannot occur in ``lowered(text)``: with
    ``whole`` (the characters either side of an occurrence are no letter or digit), a word of
    letters and digits only that is no run of the text's letters and digits; otherwise a word
    whose longest space-free piece is in no chunk of the text (or, a piece of letters and
    digits, in no run). True says nothing: the caller still searches.

    Rules look for hundreds of cue words in every text and most are absent; proving that
    from the text's vocabulary (a set lookup, or a search of the shorter chunk list) replaces
    a ``str.find`` over the whole text, and never changes what is found: only words that
    cannot occur are skipped."""
    where, piece = _probe(word, whole)
    return piece in vocabulary(text)[where]


@lru_cache(maxsize=8192)
def _probe(word: str, whole: bool) -> tuple[int, str]:
    """What ``may_occur`` looks for, and where in the vocabulary (its index): the word among
    the runs (a set), or the word's longest space-free piece among the runs joined, or among
    the chunks joined. Worked out once per cue word: rules ask for the same few hundred in
    every text, and working it out each time cost more than the lookup itself."""
    if whole and word.isalnum():
        return 1, word
    piece = max(word.split(), key=len, default="")
    return (2 if piece.isalnum() else 0), piece


SHORT_TEXT = 512
"""Up to this length, ``word in lowered(text)`` costs less than asking the vocabulary first
(the output scan reads tens of thousands of short pieces: labels, titles, cells)."""


def occurs(word: str, text: str) -> bool:
    """``word in lowered(text)``, answered from the text's vocabulary when that rules the
    word out (most cue words of a gate are absent: each ``in`` test read the whole text)."""
    if len(text) <= SHORT_TEXT:
        return word in lowered(text)
    if cue_index.available():  # the cue words' one pass answers at once
        return bool(cue_index.cue_index(lowered(text)).starts(word))
    return may_occur(word, text) and word in lowered(text)


def occurs_any(words: tuple[str, ...], text: str) -> bool:
    """``any(occurs(word, text) for word in words)``; over a short text the loop runs at C
    speed (a rule's gate asks for a dozen words, once per output piece)."""
    lower = lowered(text)
    if len(text) <= SHORT_TEXT:
        return any(map(lower.__contains__, words))
    if cue_index.available():  # a word occurs if the one pass found a place of it
        return any(map(cue_index.cue_index(lower).starts, words))
    return any(may_occur(word, text) and word in lower for word in words)


def occurring(words: tuple[str, ...], text: str) -> list[str]:
    """``[word for word in words if occurs(word, text)]``, at C speed over a short text."""
    lower = lowered(text)
    if len(text) <= SHORT_TEXT:
        return list(filter(lower.__contains__, words))
    if cue_index.available():
        starts = cue_index.cue_index(lower).starts
        return [word for word in words if starts(word)]
    return [word for word in words if may_occur(word, text) and word in lower]


def may_occur_any(words: tuple[str, ...], text: str, *, whole: bool = False) -> bool:
    """``any(may_occur(word, text, whole=whole) for word in words)``: the words that are a
    set lookup among the text's runs are asked all at once."""
    looked_up, others = _probes(words, whole)
    if not vocabulary(text)[1].isdisjoint(looked_up):
        return True
    return any(may_occur(word, text, whole=whole) for word in others)


@lru_cache(maxsize=256)
def _probes(words: tuple[str, ...], whole: bool) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words ``may_occur`` looks up among the runs, and the others."""
    looked_up = frozenset(w for w in words if _probe(w, whole)[0] == 1)
    return looked_up, tuple(w for w in words if w not in looked_up)


# Exactly the characters ``str.isalnum`` accepts; and those ``str.isalpha`` accepts in a
# text with no numeral that is no decimal digit ("²", "Ⅻ": see ``WordIndex``).
_ALNUM_CLASS = r"[^\W_]"
_ALPHA_CLASS = r"[^\W\d_]"


@lru_cache(maxsize=2048)
def _whole_word(word: str, alpha: bool) -> re.Pattern:
    """``word`` with no character of the class either side. The word comes first, so the
    engine skips to it at C speed; the look-behind then tests the character before it."""
    cls = _ALPHA_CLASS if alpha else _ALNUM_CLASS
    return re.compile(rf"{re.escape(word)}(?!{cls})(?<!{cls}.{{{len(word)}}})", re.S)


Boundary = Callable[[str], bool] | None  # the class no neighbour of a word may be of


class WordIndex:
    """Where the whole words of ``lowered(text)`` start, found once per text and word and
    shared by every rule that asks (rules ask for hundreds of cue words in every text, the
    same ones many times, most absent): an absent word is a set lookup in the text's
    vocabulary, a present one a scan for all the rules."""

    __slots__ = ("_found", "_letters", "_numerals", "lower", "runs", "text")

    def __init__(self, text: str):
        self.text = text
        self.lower = lowered(text)
        self.runs = vocabulary(text)[1]  # the maximal runs of letters and digits
        self._letters: frozenset[str] | None = None
        self._numerals: bool | None = None
        self._found: dict[tuple[str, bool], list[int]] = {}

    def _letters_in_mixed(self) -> frozenset[str]:
        """Runs of letters inside runs that also hold other characters ("th" in "12th"):
        with the runs of letters only, every maximal run of letters is one of the two."""
        if self._letters is None:
            self._letters = frozenset(
                piece
                for run in self.runs
                if not run.isalpha()
                for piece in "".join(c if c.isalpha() else " " for c in run).split()
            )
        return self._letters

    def _odd_numerals(self) -> bool:
        """Whether the text has a numeral that is no decimal digit ("²", "½"): the regex
        engine counts those as letters and ``str.isalpha`` does not."""
        if self._numerals is None:
            self._numerals = any(
                not c.isalpha() and not c.isdecimal()
                for run in self.runs
                if not run.isalpha()
                for c in run
            )
        return self._numerals

    def may_find(self, words: tuple[str, ...], alpha: bool) -> tuple[str, ...]:
        """The words, in order, less those ``places`` finds nowhere because their first
        stretch of the class is no run of the text: asked of all the words at once with set
        operations (most cue words are absent, and a call of ``places`` for each cost more
        than the search for the few present, above all over the output scan's short pieces)."""
        leads, pairs, unled = _leads(words, alpha)
        present = leads & self.runs
        if alpha and len(present) < len(leads):
            present |= leads & self._letters_in_mixed()
        if not present and not unled:
            return ()  # every word has a first stretch, and none is in the text
        return tuple(word for word, lead in pairs if not lead or lead in present)

    def places(self, word: str, alpha: bool) -> list[int]:
        """Starts, ascending, of each occurrence of ``word`` with no character of the class
        (letters with ``alpha``, else letters and digits) either side."""
        key = (word, alpha)
        found = self._found.get(key)
        if found is not None:
            return found
        found = []
        lead = _lead(word, alpha)
        # The word's first stretch of the class is a whole run of the text, or it is absent.
        if lead:
            present = lead in self.runs or (alpha and lead in self._letters_in_mixed())
        else:  # "#tag", "@": the vocabulary's test
            present = may_occur(word, self.text)
        if present:
            lower = self.lower
            if not (alpha and self._odd_numerals()):
                # A search from each place found, not finditer: occurrences may overlap
                # ("a a" twice in "a a a").
                search = _whole_word(word, alpha).search
                match = search(lower)
                while match is not None:
                    found.append(match.start())
                    match = search(lower, match.start() + 1)
            else:
                size, length = len(word), len(lower)
                position = lower.find(word)
                while position != -1:
                    end = position + size
                    if (position == 0 or not lower[position - 1].isalpha()) and (
                        end == length or not lower[end].isalpha()
                    ):
                        found.append(position)
                    position = lower.find(word, position + 1)
        self._found[key] = found
        return found


@lru_cache(maxsize=8)
def word_index(text: str) -> WordIndex:
    """The ``WordIndex`` of ``text``, one per text."""
    return WordIndex(text)


@lru_cache(maxsize=256)
def _leads(
    words: tuple[str, ...], alpha: bool
) -> tuple[frozenset[str], tuple[tuple[str, str], ...], bool]:
    """The non-empty first stretches (``_lead``) of ``words``, each word with its own, and
    whether a word has none ("#tag": ``places`` asks the vocabulary for it)."""
    pairs = tuple((word, _lead(word, alpha)) for word in words)
    return frozenset(lead for _, lead in pairs if lead), pairs, not all(lead for _, lead in pairs)


@lru_cache(maxsize=4096)
def _lead(word: str, alpha: bool) -> str:
    """The longest start of ``word`` made of letters (``alpha``) or of letters and digits."""
    test = str.isalpha if alpha else str.isalnum
    size = 0
    while size < len(word) and test(word[size]):
        size += 1
    return word[:size]


def _find_words(
    lower: str,
    words: tuple[str, ...],
    *,
    boundary: Callable[[str], bool] | None,
    digit_within: int,
    text: str | None = None,
) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of the words in ``lower``, in no particular order:
    with a ``boundary``, only where the characters either side are not of that class; with
    ``digit_within``, only where a digit follows within that many characters. With ``text``
    (``lower`` is ``lowered(text)``), whole words are found through the text's
    ``WordIndex`` (once per text and word, for every rule), other words by a scan that
    skips those the vocabulary rules out."""
    if text is not None and len(text) > SHORT_TEXT and cue_index.available():
        yield from _indexed_words(lower, words, boundary, digit_within, text)
        return
    if text is None or (boundary is not str.isalnum and boundary is not str.isalpha):
        yield from _scan_words(lower, words, boundary, digit_within, text)
        return
    alpha = boundary is str.isalpha
    index = word_index(text)
    for word in index.may_find(words, alpha):
        size = len(word)
        for position in index.places(word, alpha):
            end = position + size
            if not digit_within or _DIGIT.search(lower, end, end + digit_within):
                yield position, end


def _indexed_words(
    lower: str, words: tuple[str, ...], boundary: Boundary, digit_within: int, text: str
) -> list[tuple[int, int]]:
    """``_find_words`` from the text's ``CueIndex``: every cue word's occurrences found in
    one pass for all the rules, then tested here for the boundary and the digit. A word of
    one or two characters asked as a whole word ("i", "at", "st") is found by the word
    index's search instead: it stands thousands of times inside longer words, and testing
    each place here cost more than the rest of the cue words together."""
    index = cue_index.cue_index(lower)
    length = len(lower)
    found: list[tuple[int, int]] = []
    whole = boundary is str.isalnum or boundary is str.isalpha
    for word in words:
        size = len(word)
        if whole and size <= cue_index.SHORT_WORD:
            # The same places: those with no character of the boundary's class either side.
            for position in word_index(text).places(word, boundary is str.isalpha):
                end = position + size
                if not digit_within or _DIGIT.search(lower, end, end + digit_within):
                    found.append((position, end))
            continue
        starts = index.starts(word)
        if boundary is None and not digit_within:
            found.extend([(position, position + size) for position in starts])
            continue
        for position in starts:
            end = position + size
            if boundary is not None and (
                (position and boundary(lower[position - 1]))
                or (end < length and boundary(lower[end]))
            ):
                continue
            if digit_within and not _DIGIT.search(lower, end, end + digit_within):
                continue
            found.append((position, end))
    return found


def _scan_words(
    lower: str, words: tuple[str, ...], boundary: Boundary, digit_within: int, text=None
):
    """``_find_words`` by ``str.find``, a scan of ``lower`` for each group of words."""
    length = len(lower)
    whole = boundary is str.isalnum
    if text is not None and len(text) <= SHORT_TEXT:
        text = None  # a search of a short text costs less than asking its vocabulary first
    for head, group in _heads(words):
        if text is not None:
            if whole:  # a set lookup a word: keep only the words that may occur
                present = tuple(w for w in group if may_occur(w, text, whole=True))
                if len(present) < len(group):
                    if not present:
                        continue
                    head, group = _common_start(list(present)), present
            elif not may_occur(head, text):  # every word of the group starts with the head
                continue
        position = lower.find(head)
        while position != -1:
            for word in group:
                if len(word) != len(head) and not lower.startswith(word, position):
                    continue
                end = position + len(word)
                if (
                    boundary is None
                    or (
                        (position == 0 or not boundary(lower[position - 1]))
                        and (end == length or not boundary(lower[end]))
                    )
                ) and (not digit_within or _DIGIT.search(lower, end, end + digit_within)):
                    yield position, end
            position = lower.find(head, position + 1)


@lru_cache(maxsize=64)
def _heads(words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words grouped by their first four letters, each group with its common start:
    "posted as", "posting as" and "posts as" are found with one scan for "post" (a scan for
    a word the text lacks reads all of it), then told apart where it occurs."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:4], []).append(word)
    return tuple((_common_start(group), tuple(group)) for group in groups.values())


def _common_start(words: list[str]) -> str:
    first, last = min(words), max(words)
    size = 0
    while size < len(first) and first[size] == last[size]:
        size += 1
    return first[:size]


def literal_windows(
    text: str,
    words: tuple[str, ...],
    before: int,
    after: int,
    whole: bool = False,
    digit_after: bool = False,
) -> Windows:
    """Text around each occurrence (any case) of the given lower-case words, found with
    ``str.find`` (far faster than a case-insensitive regex alternation); ``whole`` skips
    occurrences inside longer words ("ref" in "referral"); ``digit_after`` keeps only
    occurrences followed by a digit within ``after`` characters."""
    found = _find_words(
        lowered(text),
        words,
        boundary=str.isalpha if whole else None,
        digit_within=after if digit_after else 0,
        text=text,
    )
    return Windows(text, _merge(text, sorted(found), before, after))


@lru_cache(maxsize=64)
def _alternation(words: tuple[str, ...]) -> re.Pattern | None:
    """One pattern for words of letters only, longest first; None for other words."""
    if not all(word.isalpha() for word in words):
        return None
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=64)
def _cased_probes(
    words: tuple[str, ...],
) -> tuple[frozenset[str], tuple[tuple[str, int, str], ...], bool]:
    """For ``_may_occur_cased``: the runs looked up for the words, each word with what
    ``may_occur`` asks of its lower case (-1: not ASCII, kept), and whether any word needs
    more than a lookup among the runs."""
    entries = tuple(
        (word, *_probe(word.lower(), True)) if word.isascii() else (word, -1, "") for word in words
    )
    looked_up = frozenset(piece for _, where, piece in entries if where == 1)
    return looked_up, entries, any(where != 1 for _, where, _ in entries)


def _may_occur_cased(words: tuple[str, ...], text: str) -> tuple[str, ...]:
    """``tuple(w for w in words if not w.isascii() or may_occur(w.lower(), text,
    whole=True))``, with the lookups among the runs made all at once (a set operation)."""
    looked_up, entries, others = _cased_probes(words)
    vocab = vocabulary(text)
    present = looked_up & vocab[1]
    if not present and not others:
        return ()
    return tuple(
        word
        for word, where, piece in entries
        if where == -1 or (piece in present if where == 1 else piece in vocab[where])
    )


def word_windows(text: str, words: tuple[str, ...], before: int, after: int) -> Windows:
    """Text around each whole-word, case-sensitive occurrence of the given words."""
    spans = []
    length = len(text)
    # Words that cannot occur (their lower case is no run or chunk of the lower-cased text;
    # only for ASCII words, whose lower case is the lower case of their every occurrence)
    # are not looked for.
    words = _may_occur_cased(words, text)
    if not words:
        return Windows(text, [])
    pattern = _alternation(words) if len(words) > 2 else None
    if pattern is not None:
        # One scan instead of one per word (capitalised words: the engine skips to the rare
        # capitals). Same spans: an occurrence this skips starts inside a longer match or
        # after a letter of one, so it is no whole word.
        for match in pattern.finditer(text):
            position, end = match.span()
            if (position == 0 or not text[position - 1].isalnum()) and (
                end == length or not text[end].isalnum()
            ):
                spans.append((position, end))
        spans.sort()
        return Windows(text, _merge(text, spans, before, after))
    for word in words:
        position = text.find(word)
        while position != -1:
            end = position + len(word)
            if (position == 0 or not text[position - 1].isalnum()) and (
                end == length or not text[end].isalnum()
            ):
                spans.append((position, end))
            position = text.find(word, position + 1)
    spans.sort()
    return Windows(text, _merge(text, spans, before, after))


def literal_positions(
    text: str,
    words: tuple[str, ...],
    *,
    whole: bool = True,
    digit_within: int = 0,
) -> list[int]:
    """Offsets of each occurrence (any case) of the given lower-case words, in text order.

    For rules that anchor a pattern at a keyword (``pattern.match(text, offset)``): scanning
    with an alternation of keywords costs a regex step at every character, this a ``str.find``
    per occurrence. ``whole`` skips occurrences inside longer words; ``digit_within`` keeps
    only occurrences followed by a digit within that many characters.
    """
    found = [
        start
        for start, _ in _find_words(
            lowered(text),
            words,
            boundary=str.isalnum if whole else None,
            digit_within=digit_within,
            text=text,
        )
    ]
    found.sort()
    return found


def has_odd_case(text: str) -> bool:
    """Whether ``text`` has a letter that a case-insensitive pattern reads as "i" or "s" but
    ``lowered(text)`` does not: a search of ``lowered(text)`` then cannot stand in for it."""
    return "ı" in text or "ſ" in text


def cue_finditer(
    pattern: re.Pattern, words: tuple[str, ...], text: str, *, whole: bool = True
) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern that never matches empty and can only match
    where one of the lower-case ``words`` starts in ``lowered(text)`` (with ``whole``, a
    word with no letter or digit either side): the pattern is tried only there. The same
    matches in the same order, without the engine trying a case-insensitive or look-behind
    start at every character of the text (a cue word absent from the text is a set lookup)."""
    if has_odd_case(text):
        yield from pattern.finditer(text)
        return
    last = 0
    for position in literal_positions(text, words, whole=whole):
        if position < last:
            continue
        match = pattern.match(text, position)
        if match is not None:
            yield match
            last = match.end()


# Two or more ASCII capitals: where the rules' scans for words and initials in capitals start.
_CAPITAL_RUN = re.compile(r"[A-Z]{2,}")


@lru_cache(maxsize=8)
def capital_runs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each run of two or more ASCII capitals of ``text``, found once for
    every rule that reads words or initials in capitals."""
    return tuple(match.span() for match in _CAPITAL_RUN.finditer(text))


def capital_finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern that never matches empty and whose every
    match starts at two ASCII capitals (a pattern led by "[A-Z]{2,}", say): tried only
    at the positions of the text's capital runs (``capital_runs``) where two capitals stand,
    in order, each from the end of the last match, as the engine's scan tries them. Each of
    seven such scans was led by a class, which the engine tries at every character of the
    text; the runs are a few dozen places a report, found once."""
    last = 0
    match_at = pattern.match
    for start, end in capital_runs(text):
        position = start if start >= last else last
        while position < end - 1:
            match = match_at(text, position)
            if match is None:
                position += 1
                continue
            yield match
            position = last = match.end()


# An ISBN label, then what stands between it and a number found inside the ISBN: "ISBN ",
# "ISBN-13: ", or the ISBN's own first groups ("ISBN 978 0 10 " before "295892 7").
ISBN_BEFORE = re.compile(r"(?i:\bisbn(?:-?1[03])?\b[^\n\d]{0,6}(?:\d[\d \-–]{0,16})?)$")

_LOWER_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=8)
def words_of(text: str) -> frozenset[str]:
    """The distinct lower-case letter runs of ``text``: one pass shared by every rule that
    asks "does this text mention X at all?" (each ``"x" in text`` is a full scan)."""
    # Each maximal run of a-z lies inside one of the text's maximal runs of letters and
    # digits, so the distinct runs (the vocabulary, a few times shorter) hold them all.
    return frozenset(_LOWER_WORD.findall(vocabulary(text)[2]))


_CAP_WORD_RE = re.compile(CAP_WORD)


@lru_cache(maxsize=8)
def capitalised_words(text: str) -> frozenset[str]:
    """The distinct capitalised words of ``text`` (one pass, shared by the rules that look
    up names and proper nouns)."""
    return frozenset(_CAP_WORD_RE.findall(text))


_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")


def column_cells(text: str, header: re.Pattern) -> Iterator[tuple[int, str]]:
    """(offset, cell) of each body cell of a Markdown table under a header cell that
    ``header`` matches in full ("| Child | Postcode |" ... "| Child B | WF10 |"): a column's
    header says what its values are whatever the sentence around them."""
    columns: set[int] = set()
    offset = 0
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\n")
        if "|" not in bare:
            columns = set()
        elif not _TABLE_RULE.fullmatch(bare):
            cells, position = [], offset
            for cell in bare.split("|"):
                cells.append((position, cell))
                position += len(cell) + 1
            if bare.lstrip().startswith("|"):
                cells = cells[1:]
            headers = {i for i, (_, cell) in enumerate(cells) if header.fullmatch(cell)}
            if headers:
                columns = headers
            else:
                yield from (cells[i] for i in sorted(columns) if i < len(cells))
        offset += len(line)


def english_ending(key: str) -> bool:
    """Whether a word no list explains ends as English adverbs, past tenses and abstract
    nouns do ("-ly", "-ed", "-ically", "-tion", "-ment"), as names of places, people and
    accounts never do: a misspelling or a rare word ("convinced" typed "covinced"). Not "-ing" or "-ness"
    (Ealing, Inverness), "-ley" or "-lly" (Bexley, Scilly)."""
    if len(key) < 5:
        return False
    if key.endswith(("ed", "ically", "tion", "tions", "ment", "ments")):
        return True
    return key.endswith("ly") and len(key) > 5 and not key.endswith(("ley", "lly"))


# Welsh words that carry a clause and are no English words (the verb "to be" in its common
# forms, particles, prepositions, pronouns): bilingual reports of Welsh boards write whole
# sentences in Welsh, whose lower-case words no English list explains.
WELSH_CLAUSE_WORDS = token_set(
    """yn yr mae mae'r maen roedd roedden oedd oedden sydd sy wedi gyda gyda'i ac eu ei bod
    ddim dim nid nad hefyd gan ond hyn hynny cael gael dweud mewn wrth i'r o'r a'r ar ôl
    iawn fe fo hi nhw ni chi chwi ydy ydw ydyn yw fydd bydd byddai gall gallai efo"""
)
# A sentence ends at its stop, a blank line, or the separator of joined pieces (engine.py).
_CLAUSE_END = re.compile(r"[.!?][\"”’)\]]*(?=\s)|\n\s*\n|\x00")
_CLAUSE_WORD = re.compile(r"[a-zâêîôûŵŷàèéïöü']+")


def welsh_clause(text: str, start: int) -> bool:
    """Whether the sentence around ``start`` is written in Welsh: at least three distinct
    Welsh clause words, and they are a fifth of its words or more."""
    begin = 0
    for match in _CLAUSE_END.finditer(text, max(0, start - 400), start):
        begin = match.end()
    after = _CLAUSE_END.search(text, start, start + 400)
    end = after.start() if after else min(len(text), start + 400)
    words = _CLAUSE_WORD.findall(text[begin:end].lower().replace("’", "'"))
    welsh = [w for w in words if w in WELSH_CLAUSE_WORDS]
    return len(set(welsh)) >= 3 and len(welsh) * 5 >= len(words)

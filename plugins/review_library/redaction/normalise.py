"""Normalise text before the rules see it, keeping a map back to the source offsets.

A name can be written so that a reader sees it but a pattern does not: ``J&#97;ck``,
``Ja**ck**son``, ``J_o_hn``, an invisible character inside a word, a Cyrillic ``а`` for a
Latin ``a``, full-width letters, or an accent typed as a separate combining character. Every
rule runs on the text as a reader sees it:

1. HTML character references to letters, digits, marks and spaces are decoded (``&#74;``,
   ``&#x4A;``, ``&eacute;``, ``&#8203;``); ``&lt;`` and its kind stay, as they are not markup;
2. zero-width characters, bidirectional controls and soft hyphens are removed;
3. Unicode NFKC (full-width and mathematical letters, ligatures, composed accents); combining
   marks left on a Latin letter after that are dropped; superscript and subscript digits
   (footnote markers) become a space rather than a digit glued to the word before;
4. letters of other scripts that look like Latin ones are folded to them, from Unicode's
   confusables data as shipped by the ``confusable-homoglyphs`` package (Cyrillic, Greek,
   Armenian, Cherokee, ... ``а`` -> ``a``); Latin letters with accents are kept;
5. Markdown emphasis and inline HTML tags inside a word are removed (``Ja**ck**son``,
   ``J_o_hn``, ``Ja<b>ck</b>son``), except in chunks that look like a URL or a file path;
6. a word spelt out letter by letter, with single spaces or hyphens between four or more
   letters, is joined (``J a c k``, ``K-A-Y-L-E-I-G-H`` -> ``Kayleigh``: letters spelt out
   in capitals are a word said aloud, not an acronym); spaced capitals (``J A D E``) are left
   to ``person-name``, which reads them with a cue (a list of grades or options is written so);
7. a word hyphenated over a line break, its second part in lower case, is joined (``Ka-`` at
   a line's end and ``ylee`` on the next -> ``Kaylee``), as typed notes and text copied from
   a PDF break words; a blockquote's ``>`` on the next line goes with the break.
8. a postcode typed with a space between every character (``L S 9 7 Q T``) is joined;
9. a capitalised word with digits for letters inside it (``K4yl4``, ``J4son``, ``5teele``)
   is read with the letters (``4`` a, ``3`` e, ``1`` i, ``0`` o, ``5`` s, ``7`` t): upper-case
   codes (postcodes, plates, references) and ordinals and units (``4th``, ``10am``) are left;
10. a phone number with the letter O typed for a zero (``O7911 4O2 883``) reads as digits.

:class:`Normalised` maps offsets of the normalised text back to the source text, so
findings point at what the author wrote. Text that needs none of this (most of it) is
returned as it is, at the cost of a few C-speed scans.
"""

from __future__ import annotations

import bisect
import html
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# (norm_start, norm_end, src_start, src_end) of each edited stretch of one pass.
_Region = tuple[int, int, int, int]


@dataclass(frozen=True)
class _Pass:
    regions: tuple[_Region, ...]
    starts: tuple[int, ...]

    def back(self, offset: int, is_end: bool) -> int:
        """The input offset of an output offset (a span's end maps to an edit's end)."""
        index = (
            bisect.bisect_left(self.starts, offset)
            if is_end
            else bisect.bisect_right(self.starts, offset)
        ) - 1
        if index < 0:
            return offset
        _, norm_end, src_start, src_end = self.regions[index]
        if is_end:
            return src_end if offset <= norm_end else src_end + offset - norm_end
        return src_start if offset < norm_end else src_end + offset - norm_end


@dataclass(frozen=True)
class Normalised:
    """The normalised ``text`` of ``source`` and the passes that changed its length."""

    text: str
    source: str
    passes: tuple[_Pass, ...] = ()

    @property
    def changed(self) -> bool:
        return self.text != self.source

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of ``text[start:end]``: the span covers every source character
        that produced it (a decoded ``&#97;`` maps to the whole reference)."""
        for step in reversed(self.passes):
            start, end = step.back(start, False), step.back(end, True)
        return start, max(start, end)


def normalise(text: str) -> Normalised:
    """``text`` as a reader sees it, with a map back to ``text``'s offsets."""
    passes: list[_Pass] = []
    current = text
    distinct = _distinct(text)
    for step in (
        _references,
        _invisible,
        _nfkc,
        _confusables,
        _emphasis,
        _spelled,
        _line_hyphens,
        _spaced_postcode,
        _leet,
        _letter_o_number,
    ):
        result = step(current, distinct)
        if result is None:
            continue
        current, regions = result
        distinct = _distinct(current)
        if regions:
            passes.append(_Pass(tuple(regions), tuple(r[0] for r in regions)))
    return Normalised(current, text, tuple(passes))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _distinct(text: str) -> frozenset[str]:
    """The distinct non-ASCII characters of a text: the passes look at these first (a few
    curly quotes and dashes, typically) and touch the text only for the ones that matter."""
    return frozenset() if text.isascii() else frozenset(_NON_ASCII.findall(text))


def normalise_text(text: str) -> str:
    """Only the normalised text (for declarations and allowances)."""
    return normalise(text).text


# -- passes: each returns None (nothing to do) or (new text, regions of changed length) ------
Edit = tuple[int, int, str]


def _apply(text: str, edits: list[Edit]) -> tuple[str, list[_Region]]:
    """Apply sorted, non-overlapping edits; regions record where lengths changed."""
    out: list[str] = []
    regions: list[_Region] = []
    position = 0
    length = 0
    for start, end, replacement in edits:
        out.append(text[position:start])
        length += start - position
        out.append(replacement)
        if len(replacement) != end - start:
            regions.append((length, length + len(replacement), start, end))
        length += len(replacement)
        position = end
    out.append(text[position:])
    return "".join(out), regions


_REFERENCE = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")


def _references(text: str, _distinct: frozenset[str]) -> tuple[str, list[_Region]] | None:
    if "&" not in text:
        return None
    edits = []
    for match in _REFERENCE.finditer(text):
        decoded = html.unescape(match.group())
        # Only letters, digits, marks, spaces and the punctuation of addresses ("&#64;" in
        # an email address): a decoded "&lt;" would turn escaped text into markup ("&lt;!--"
        # is no comment on the page).
        if decoded != match.group() and all(
            c.isalnum() or c in "@._+-" or unicodedata.category(c) in ("Mn", "Cf", "Zs")
            for c in decoded
        ):
            edits.append((match.start(), match.end(), decoded))
    return _apply(text, edits) if edits else None


# Zero-width characters, bidirectional controls, soft hyphen, combining grapheme joiner,
# Mongolian vowel separator, word joiner and invisible operators, byte order mark.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff]+"
)


def _invisible(text: str, distinct: frozenset[str]) -> tuple[str, list[_Region]] | None:
    if not any(_INVISIBLE.match(c) for c in distinct):
        return None
    edits = [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]
    return _apply(text, edits) if edits else None


# Superscript and subscript digits and signs: footnote markers, not part of the word.
_SCRIPT_DIGITS = re.compile("[\u00b2\u00b3\u00b9\u2070-\u209f]")
_SCRIPTS = frozenset("\u00b2\u00b3\u00b9" + "".join(map(chr, range(0x2070, 0x20A0))))
_LATIN_MARKED = re.compile(
    "(?<=[A-Za-z\u00c0-\u024f])[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)


def _nfkc(text: str, distinct: frozenset[str]) -> tuple[str, list[_Region]] | None:
    changing = [
        c
        for c in distinct
        if unicodedata.combining(c) or not unicodedata.is_normalized("NFKC", c) or c in _SCRIPTS
    ]
    if not changing:
        return None
    # A character that NFKC maps to one other character on its own (a no-break space, a
    # full-width letter) is replaced everywhere at C speed; the rest (combining marks,
    # ligatures, ellipses, footnote digits) are normalised with the character before them.
    simple = {}
    for c in changing:
        mapped = unicodedata.normalize("NFKC", c)
        if len(mapped) == 1 and not unicodedata.combining(c) and c not in _SCRIPTS:
            simple[c] = mapped
    for c, mapped in simple.items():
        text = text.replace(c, mapped)
    rest = [c for c in changing if c not in simple]
    if not rest:
        return text, []
    pattern = re.compile("[^\\W\\d_]?[" + "".join(re.escape(c) for c in sorted(rest)) + "]+")
    edits = []
    for match in pattern.finditer(text):
        run = match.group()
        fixed = _LATIN_MARKED.sub("", unicodedata.normalize("NFKC", _SCRIPT_DIGITS.sub(" ", run)))
        if fixed != run:
            edits.append((match.start(), match.end(), fixed))
    return _apply(text, edits)


# Characters below U+0180 (ASCII, Latin-1, Latin Extended-A) are never folded: they are the
# letters of names written in Latin script ("Zoë", "Łukasz").


@lru_cache(maxsize=1)
def _confusable_table() -> dict[int, str]:
    """Letters of other scripts that look like one ASCII letter, from Unicode's
    confusables.txt as shipped by ``confusable-homoglyphs`` (read once, on first need)."""
    try:
        data = json.loads(
            resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
        )
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - a declared dependency
        return {}
    table: dict[int, str] = {}
    for character, homoglyphs in data.items():
        if len(character) != 1 or ord(character) < 0x180 or not character.isalpha():
            continue
        targets = {
            h["c"] for h in homoglyphs if len(h["c"]) == 1 and h["c"].isascii() and h["c"].isalpha()
        }
        if len(targets) == 1:
            table[ord(character)] = targets.pop()
    return table


def _confusables(text: str, distinct: frozenset[str]) -> tuple[str, list[_Region]] | None:
    found = [c for c in distinct if c > "\u017f"]
    if not found:
        return None
    table = _confusable_table()
    hits = [c for c in found if ord(c) in table]
    if not hits:
        return None
    # One character for one: no offsets move.
    for c in hits:
        text = text.replace(c, table[ord(c)])
    return text, []


# Emphasis markers or inline tags; removed when they sit between two letters of one word.
_MARKER = re.compile(r"\*{1,3}|_{1,3}|~~|(?:</?[A-Za-z][A-Za-z0-9]*\s*/?>)+")
_MARKER_START = re.compile(r"[*_~<]")
# A chunk that is a URL, e-mail address, file path or code: its underscores are real.
_CODE_LIKE = re.compile(r"[/\\@=#`]|://|\.[A-Za-z]")
_CHUNK_LEFT = re.compile(r"\S*\Z")
_UNDERSCORES = re.compile(r"_+")
_CHUNK_RIGHT = re.compile(r"\S*")


def _emphasis(text: str, _distinct: frozenset[str]) -> tuple[str, list[_Region]] | None:
    if "*" not in text and "_" not in text and "~~" not in text and "<" not in text:
        return None
    edits = []
    length = len(text)
    # The markers' first characters are found at C speed (an alternation, or a regex led by
    # a letter class, is many times slower), then each marker's neighbours are checked.
    position = 0
    while True:
        found = _MARKER_START.search(text, position)
        if found is None:
            break
        match = _MARKER.match(text, found.start())
        if match is None:
            position = found.end()
            continue
        start, end = match.start(), match.end()
        position = end
        if end >= length or not text[end].isalpha():
            continue
        if start == 0 or not text[start - 1].isalpha():
            # A marker opening a word is removed with its partner inside the word:
            # "_Kay_leigh" -> "Kayleigh" (left, "_Kayleigh" is no capitalised word).
            if _opens_split_word(text, start, end):
                edits.append((start, end, ""))
            else:
                # Underscores around a whole word ("_Bryony_"): an underscore is a word
                # character, so the name's word boundaries would be hidden.
                close = _closes_word(text, start, end)
                if close is not None:
                    edits.extend(((start, end, ""), (close, close + end - start, "")))
            continue
        if match.group()[0] != "<":
            left = _CHUNK_LEFT.search(text, max(0, start - 200), start)
            right = _CHUNK_RIGHT.match(text, end)
            chunk = (left.group() if left else "") + (right.group() if right else "")
            if _CODE_LIKE.search(chunk):
                continue
            # A lone underscore, or underscores in a word with digits, is an account name
            # ("kenz_x", "lil_bee_07"), never emphasis: emphasis needs a pair of markers.
            if match.group()[0] == "_" and (
                (len(_UNDERSCORES.findall(chunk)) + 1) % 2 or any(c.isdigit() for c in chunk)
            ):
                continue
        edits.append((start, end, ""))
        # Its partner closing the same word goes too: "Elder*field* Close" -> "Elderfield".
        partner = _closing_partner(text, start, end)
        if partner is not None:
            edits.append((partner, partner + end - start, ""))
            position = partner + end - start
    return _apply(text, edits) if edits else None


def _closing_partner(text: str, start: int, end: int) -> int | None:
    """Where the asterisks or tildes at text[start:end], between two letters of a word, are
    repeated right after that word's last letter, at the word's end; None when not."""
    marker = text[start:end]
    if marker[0] not in "*~":
        return None  # underscores at a word's end make an account's name ("riley_xo_")
    close = _WORD_RIGHT.match(text, end).end()
    after = close + len(marker)
    if (
        close == end
        or text[close:after] != marker
        or not text[close - 1].isalpha()
        or (after < len(text) and (text[after].isalnum() or text[after] in "*_~"))
    ):
        return None
    return close


_WORD_RIGHT = re.compile(r"[^\s*_~<]*")


def _opens_split_word(text: str, start: int, end: int) -> bool:
    """Whether the marker at text[start:end], before a letter at a word's start, is closed by
    the same marker between two letters of that word (and the word is no code or path)."""
    marker = text[start:end]
    if marker[0] == "<":
        return False
    first = _WORD_RIGHT.match(text, end)
    close = first.end()
    if text[close : close + len(marker)] != marker or close == end:
        return False
    after = close + len(marker)
    if after >= len(text) or not text[after].isalpha() or not text[close - 1].isalpha():
        return False
    if after < len(text) and text[after] in "*_~":
        return False
    chunk = _CHUNK_RIGHT.match(text, start).group()
    return not _CODE_LIKE.search(chunk) and not any(c.isdigit() for c in chunk)


_LETTERS_RIGHT = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _closes_word(text: str, start: int, end: int) -> int | None:
    """Where the underscores that close a word opened at text[start:end] begin, when they
    wrap letters only and end the word; None otherwise."""
    marker = text[start:end]
    if marker[0] != "_":
        return None
    word = _LETTERS_RIGHT.match(text, end)
    if word is None:
        return None
    close = word.end()
    after = close + len(marker)
    if text[close:after] != marker or (
        after < len(text) and (text[after].isalnum() or text[after] == "_")
    ):
        return None
    return close


# Four or more letters each followed by one space or one hyphen, the same one throughout, and
# no letter before or after the run: "J a c k", "K-A-Y-L-E-I-G-H".
# ASCII letters (the passes before have folded look-alikes and accents): twice as fast.
_SPELLED = re.compile(
    r"(?<![A-Za-z])[A-Za-z](?P<gap>[ \-])[A-Za-z](?:(?P=gap)[A-Za-z]){2,}(?![A-Za-z])"
)
# Four letters with a gap after each of the first three hold " X Y " or "-X-Y-" (the middle
# two letters, a gap either side): searched first, led by a character the engine skips to,
# where _SPELLED, led by a look-behind, is tried at every character (0.8 ms a review).
_SPELLED_GATES = (re.compile(r" [A-Za-z] [A-Za-z] "), re.compile(r"-[A-Za-z]-[A-Za-z]-"))


def _spelled(text: str, _distinct: frozenset[str]) -> tuple[str, list[_Region]] | None:
    if not any(gate.search(text) for gate in _SPELLED_GATES):
        return None
    edits = []
    for match in _SPELLED.finditer(text):
        word = match.group().replace(match.group("gap"), "")
        if word.isupper() and match.group("gap") == " ":
            continue  # "J A D E": person-name reads spaced capitals with their cue
        # Letters spelt out in capitals are a word said aloud, not an acronym: read as a name.
        edits.append((match.start(), match.end(), word.capitalize() if word.isupper() else word))
    return _apply(text, edits) if edits else None


# Letters, a hyphen at the line's end, then lower-case letters on the next line (after any
# indent or blockquote marks): a word broken by hyphenation, not a compound ("Tyler-\nJay"
# keeps its capital and its hyphen).
_LINE_HYPHEN = re.compile(r"(?<=[^\W\d_]{2})-[ \t]*\n[ \t]*(?:>[ \t]*)*(?=[^\W\d_A-Z]{2})")


# A name's first letter alone before the break ("A-" then "lys"): the break, then the rest.
_BREAK = re.compile(r"-[ \t]*\n")
_REST = re.compile(r"[ \t]*(?:>[ \t]*)*(?P<rest>[^\W\d_A-Z]{2}[^\W\d_]*)")


def _line_hyphens(text: str, _distinct: frozenset[str]) -> tuple[str, list[_Region]] | None:
    if "-\n" not in text and "- \n" not in text:
        return None
    edits = [
        (m.start(), m.end(), "") for m in _LINE_HYPHEN.finditer(text) if not text[m.end()].isupper()
    ]
    edits.extend(_letter_breaks(text))
    edits.sort()
    return _apply(text, edits) if edits else None


def _letter_breaks(text: str) -> list[tuple[int, int, str]]:
    """A capital alone before a hyphen at a line's end, and lower-case letters after: a name
    broken after its first letter ("A-" / "lys"), unless the two make no listed name and the
    rest is an English word ("A-" / "level", "X-" / "ray", "T-" / "shirt": a compound broken
    at its own hyphen)."""
    edits = []
    for found in _BREAK.finditer(text):
        at = found.start()
        if at < 1 or not text[at - 1].isupper() or (at > 1 and text[at - 2].isalnum()):
            continue
        rest = _REST.match(text, found.end())
        if rest is None:
            continue
        from review_library.redaction.rules.gazetteer import gazetteer  # loaded by the rules

        names, word = gazetteer(), rest["rest"].lower()
        if not names.is_name(text[at - 1] + word) and (
            names.is_word(word) or names.is_word(text[at - 1].lower() + word)
        ):
            continue
        edits.append((at, rest.start("rest"), ""))
    return edits


# A postcode or a number plate spelt out character by character: "L S 9 7 Q T", "S A 1 8 4
# P Q", and with a wider gap between the halves, as typed: "C F 2 4  3 R T", "Y D 1 9  K L P".
_SPACED_RUN = re.compile(r"(?<!\w)(?:[A-Za-z0-9] {1,2}){4,}[A-Za-z0-9](?!\w)")
# Five characters each followed by a gap hold " X Y " or " X  Y " (the second and third):
# searched first, led by a space, where _SPACED_RUN is tried at every character (0.9 ms a
# review).
_SPACED_GATE = re.compile(r" [A-Za-z0-9] {1,2}[A-Za-z0-9] ")
_POSTCODE_SHAPE = re.compile(r"(?P<out>[A-Z]{1,2}[0-9][A-Z0-9]?)(?P<in>[0-9][A-Z]{2})")
# A current number plate: two letters, the age's two digits, three letters ("YD19 KLP").
_PLATE_SHAPE = re.compile(r"(?P<out>[A-Z]{2}[0-9]{2})(?P<in>[A-Z]{3})")


def _spaced_postcode(text: str, _distinct: frozenset[str]) -> tuple[str, list[_Region]] | None:
    if " " not in text or not _SPACED_GATE.search(text):
        return None
    edits = []
    for match in _SPACED_RUN.finditer(text):
        run = match.group()
        offsets = [i for i, c in enumerate(run) if c != " "]
        chars = "".join(run[i] for i in offsets).upper()
        # The longest stretch of the run with a postcode's or a plate's shape ("a L S 9 7 Q
        # T"); letters and digits both, so "A B C D E" (a list) is left.
        found = None
        for size in (7, 6, 5):
            for i in range(len(chars) - size + 1):
                piece = chars[i : i + size]
                shape = _POSTCODE_SHAPE.fullmatch(piece) or (
                    _PLATE_SHAPE.fullmatch(piece) if size == 7 else None
                )
                if shape is not None:
                    found = (i, size, shape)
                    break
            if found is not None:
                break
        if found is not None:
            i, size, shape = found
            start = match.start() + offsets[i]
            edits.append(
                (start, match.start() + offsets[i + size - 1] + 1, f"{shape['out']} {shape['in']}")
            )
    return _apply(text, edits) if edits else None


# A capitalised word of four or more characters with a digit standing for a letter ("K4yl4",
# "Pr1ce", "5teele"); lower case after the first letter keeps codes ("AB12 CDE") out.
# Led by its first character, the look-behind and the look-aheads after it (as first written,
# "(?<![\w@./\\\-:])(?=[A-Z0-9][a-z0-9]*(?<=[0-9]))(?=[A-Z0-9][0-9]*[a-z])[A-Z013457]...",
# the engine tried it at every character: 0.97 -> 0.33 ms a review, the same matches).
_LEET_WORD = re.compile(
    r"[A-Z013457](?<![\w@./\\\-:].)(?=[a-z0-9]*(?<=[0-9]))(?=[0-9]*[a-z])[a-z013457]{3,}"
    r"(?![\w@/\\\-:]|\.\w)"
)
_LEET_LETTERS = str.maketrans("0134577", "oieastt")
_LEET_FIRST = str.maketrans("0134577", "OIEASTT")
_NOT_LEET = re.compile(
    r"[0-9]+(?:st|nd|rd|th|am|pm|s|k|m|kg|g|mg|ml|cm|mm|km|hrs?|mins?|yrs?|wks?)"
)


def _leet(text: str, _distinct: frozenset[str]) -> tuple[str, list[_Region]] | None:
    edits = []
    for match in _LEET_WORD.finditer(text):
        word = match.group()
        letters = sum(c.isalpha() for c in word)
        # More letters than digits ("1d3a" in an IP address, "14eg" a Welsh ordinal, are not).
        if letters <= len(word) - letters or _NOT_LEET.fullmatch(word):
            continue
        read = word[0].translate(_LEET_FIRST) + word[1:].translate(_LEET_LETTERS)
        # Only a name comes out: a gamer tag ("Sn1per") keeps the digits that make it one.
        if read.isalpha() and _is_name(read):
            edits.append((match.start(), match.end(), read))
    return _apply(text, edits) if edits else None


def _is_name(word: str) -> bool:
    """A first name or surname of the name lists (imported late: the lists load once)."""
    from review_library.redaction.rules.gazetteer import gazetteer
    from review_library.redaction.rules.text import fold

    names = gazetteer()
    return fold(word) in names.first or fold(word) in names.surnames


# A phone number with O for 0: a leading 0 or O, then digits and O's, in the usual groups.
# Led by "0" or "O", the look-behind after it ("(?<![\w])[0O]..." was tried at every
# character: 0.85 -> 0.29 ms a review, the same matches).
_O_NUMBER = re.compile(r"[0O](?<![\w].)(?:[ ]?[0-9O]){9,10}(?![\w])")


def _letter_o_number(text: str, _distinct: frozenset[str]) -> tuple[str, list[_Region]] | None:
    if "O" not in text:
        return None
    edits = []
    for match in _O_NUMBER.finditer(text):
        number = match.group()
        if "O" in number and sum(c.isdigit() for c in number) >= 6:
            edits.append((match.start(), match.end(), number.replace("O", "0")))
    return _apply(text, edits) if edits else None

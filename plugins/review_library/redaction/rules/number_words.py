"""Numbers written in words, digit by digit or in groups, in the languages of the four nations.

A phone number, a sort code or an account number read aloud is written as words: "oh seven
nine one one, four five two", "twenty, thirty-two, ninety", Welsh "dim saith wyth", Irish
"náid a seacht", Gaelic "neoni seachd". ``read_digits`` turns the run of number words at a
position into its digits, so the rules that know a number's shape can check it.
"""

from __future__ import annotations

import re

# One digit: English, Welsh (with the feminine and mutated forms a count takes), Irish and
# Scottish Gaelic (with and without their accents, as a keyboard may drop them).
DIGITS: dict[str, str] = {
    # English
    "zero": "0", "oh": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    # Welsh
    "dim": "0", "un": "1", "dau": "2", "dwy": "2", "ddau": "2", "ddwy": "2", "tri": "3",
    "tair": "3", "dri": "3", "pedwar": "4", "pedair": "4", "bedwar": "4", "pump": "5",
    "bump": "5", "chwech": "6", "chwe": "6", "saith": "7", "wyth": "8", "naw": "9",
    # Irish
    "náid": "0", "naid": "0", "haon": "1", "aon": "1", "dó": "2", "trí": "3", "ceathair": "4",
    "cúig": "5", "cuig": "5", "sé": "6", "seacht": "7", "ocht": "8", "naoi": "9",
    # Scottish Gaelic
    "neoni": "0", "dhà": "2", "dha": "2", "trì": "3", "ceithir": "4", "còig": "5", "coig": "5",
    "sia": "6", "seachd": "7", "ochd": "8",
}  # fmt: skip
# Two digits in one word: English teens and tens, Irish tens.
PAIRS: dict[str, str] = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}  # fmt: skip
TENS: dict[str, str] = {
    "twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7",
    "eighty": "8", "ninety": "9",
    "fiche": "2", "tríocha": "3", "triocha": "3", "daichead": "4", "caoga": "5",
    "seasca": "6", "seachtó": "7", "seachto": "7", "ochtó": "8", "ochto": "8", "nócha": "9",
    "nocha": "9",
}  # fmt: skip
# "double eight", "treble two", Welsh "dwbl wyth": the next digit said again.
REPEATS = {"double": 2, "treble": 3, "triple": 3, "dwbl": 2, "dwbwl": 2}
# Irish counts with a particle ("a haon, a dó"); Welsh tens with "deg" ("dau ddeg tri", 23).
_PARTICLES = frozenset({"a"})
_WELSH_TEN = frozenset({"deg", "ddeg"})
# Where a run of zero-led words can start: the words for zero (a UK number starts with one).
ZERO_WORDS = ("zero", "oh", "nought", "dim", "náid", "naid", "neoni")

_TOKEN = re.compile(r"[^\W\d_]+")
# With figures too: "07 double 9 three 2 ...", "4 5 0, treble seven, 1 2 3 4".
_MIXED_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# Between two number words: spaces, a hyphen or a comma (a line may wrap in between).
_GAP = re.compile(r"(?:[ \t]*[,\-–][ \t\n]*|[ \t\n]+)")


def is_number_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a digit, teen or tens word of this module."""
    return word in DIGITS or word in PAIRS or word in TENS or word in REPEATS


def read_digits(text: str, start: int, figures: bool = False) -> tuple[int, str]:
    """The end and the digits of the run of number words starting at ``start`` ("" when
    none starts there). A tens word takes the digit after it ("thirty-two" is 32, "twenty"
    alone 20); "double" repeats the next digit; a run stops at the first other word.
    ``figures``: digits written as figures are part of the run too, as a number said in a
    mix of both is written ("07 double 9 three 2")."""
    pattern = _MIXED_TOKEN if figures else _TOKEN
    digits = ""
    end = start
    position = start
    repeat = 1
    tens = ""
    while True:
        token = pattern.match(text, position)
        if token is None:
            break
        word = token.group(0).lower()
        if word[0].isdigit():
            if tens:
                digits += tens + "0"
                tens = ""
            digits += word[0] * repeat + word[1:]
            repeat = 1
            end = token.end()
        elif word in _PARTICLES or word in _WELSH_TEN:
            if word in _WELSH_TEN and digits and not tens:
                tens = digits[-1]  # "dau ddeg": the digit before is the tens
                digits = digits[:-1]
                end = token.end()
            elif word in _PARTICLES and not _next_is_digit(text, token.end()):
                break
        elif word in REPEATS:
            repeat = REPEATS[word]
        elif word in DIGITS:
            if tens:
                digits += tens + DIGITS[word]
                tens = ""
            else:
                digits += DIGITS[word] * repeat
            repeat = 1
            end = token.end()
        elif word in PAIRS or word in TENS:
            if tens:  # "twenty, thirty-two": the tens said alone are a multiple of ten
                digits += tens + "0"
                tens = ""
            if word in PAIRS:
                digits += PAIRS[word]
            else:
                tens = TENS[word]
            end = token.end()
        else:
            break
        gap = _GAP.match(text, token.end())
        if gap is None:
            # figures and words run together, as a number typed in a hurry: "07seven00"
            following = pattern.match(text, token.end()) if figures else None
            if following is None or following.group(0)[0].isdigit() == word[0].isdigit():
                break
            position = token.end()
            continue
        position = gap.end()
    if tens:
        digits += tens + "0"
    return end, digits


def _next_is_digit(text: str, position: int) -> bool:
    gap = _GAP.match(text, position)
    token = _TOKEN.match(text, gap.end()) if gap else None
    return token is not None and token.group(0).lower() in DIGITS

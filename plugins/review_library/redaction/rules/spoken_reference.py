"""A police or crime reference read out: in words or in figures spaced one by one.

Minutes and chronologies copy a reference as someone said it on the phone: "crime reference
four seven one nine two two zero three", "the incident number, one four zero three double
two", "occurrence number ... as forty-seven nineteen twenty-two", "Crime ref: 2 1 / 4 4 7 1 8
/ 2 3". Read only after a police label and the word that hands over the value ("number",
"reference", "was", "as", a colon or a comma), and only when at least six digits are said:
a count ("police attended on four occasions") never reaches six, and a reference never has
fewer. A helper of ``case_reference`` (no rule of its own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules.number_words import DIGITS, PAIRS, REPEATS, TENS, read_digits
from review_library.redaction.rules.text import literal_windows

# The labels of police, court, MARAC and prison records (the cue: found with str.find, whole
# words only).
LABELS = (
    "crime",
    "incident",
    "occurrence",
    "log",
    "cad",
    "storm",
    "police",
    "court",
    "case",
    "marac",
    "prison",
)
_HANDOVER = (
    r"(?:(?<=number )|(?<=reference )|(?<=ref )|(?<=ref\. )|(?<=no\. )|(?<=was )|(?<=as )|"
    r"(?<=: )|(?<=, )|(?<=:)|(?<=is ))"
)
SPOKEN_RE = re.compile(
    r"(?i:\b(?:crime|incident|occurrence|log|cad|storm|police|court|case|marac|prison)\b)"
    r"(?:[^\n;!?\d.]|(?<=no)\.|(?<=ref)\.){0,60}?" + _HANDOVER + r"(?i:"
    # figures spaced one by one, perhaps with a short prefix and slashes: "CR 0 4 7 7 1 9 / 2 2"
    r"(?P<spaced>(?:[A-Z]{1,4}[ \t]+)?\d{1,2}(?:(?:[ \t]*[/\-][ \t]*|[ \t]+)\d{1,2}){3,}"
    r"(?![\w/\-]))"
    # or a word for a number, read on with number_words.read_digits
    r"|(?P<word>"
    + "|".join(sorted({*DIGITS, *PAIRS, *TENS, *REPEATS}, key=len, reverse=True))
    + r")(?![^\W\d_]))"
)
MIN_DIGITS = 6


def spoken_references(text: str) -> Iterator[tuple[int, int]]:
    """The spans of references after a police label, read out in words or spaced figures."""
    windows = literal_windows(text, LABELS, 0, 140, whole=True)
    for match, delta in windows.finditer(SPOKEN_RE):
        if match.group("spaced"):
            raw = match.group("spaced")
            if sum(c.isdigit() for c in raw) >= MIN_DIGITS:
                yield match.start("spaced") + delta, match.end("spaced") + delta
            continue
        start = match.start("word") + delta
        end, digits = read_digits(text, start, figures=True)
        if len(digits) >= MIN_DIGITS:
            yield start, end

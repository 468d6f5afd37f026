"""Rule ``nhs-number``: the health and care numbers of all four nations.

England and Wales' NHS number, Scotland's CHI number and Northern Ireland's Health and Care
number are all ten digits with the same modulus 11 check digit. Any grouping is read (3-3-4,
4-3-3, pairs, 6-4, spaces, hyphens, dots, none). A number is reported when its check digit
holds in a grouping health numbers are written in, or, whatever its check digit, when the
text calls it a health number ("NHS No.", "CHI", "H&C", "patient ID"): a mistyped real number
still identifies. An ISBN-10 passes the same check: a number labelled as an ISBN, or grouped
as one, is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.gb import nhs

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.number_words import is_number_word, read_digits
from review_library.redaction.rules.text import ISBN_BEFORE, literal_positions, number_windows

# Ten digits, single separators between any of them; never part of a longer number.
NUMBER_RE = re.compile(r"(?<![\w./+\-])(?<!\d[ .\-])\d(?:[ .\-]?\d){9}(?![\w/\-]|[ .\-]?\d)")
LABEL_BEFORE = re.compile(
    r"(?i:\bnhs\b|\bchi\b|\bh\s?&\s?c\b|\bh\s?and\s?c\b|health (?:and care |& care )?(?:no|number)|"
    r"\bpatient (?:id|no|number|identifier)|\bhospital (?:no|number)|community health index)"
    # the label and its verb may come first: "NHS number was given as ...", "CHI number was
    # recorded as ..."
    r"[^\n\d]{0,32}$"
)
# Groupings health numbers are written in; other groupings ("0-19-945807-3") need a label.
GROUPINGS = frozenset({(10,), (3, 3, 4), (4, 3, 3), (2, 2, 2, 2, 2), (6, 4), (3, 4, 3), (5, 5)})


# A health number said aloud, in words or in words and figures ("four eight five, seven
# seven seven, ...", "4 5 0, treble seven, 1 2 3 4"), after its label: ten digits.
SPOKEN_LABELS = ("nhs number", "nhs no", "chi number", "health and care number")
_WORD = re.compile(r"\b[^\W_]+")


def _spoken(text: str) -> Iterator[Hit]:
    for position in literal_positions(text, SPOKEN_LABELS, whole=False):
        search = position + 6  # the shortest label
        for lead in _WORD.finditer(text[search : search + 40]):
            word = lead.group(0).lower()
            if not (word.isdigit() or is_number_word(word)):
                continue
            start = search + lead.start()
            end, digits = read_digits(text, start, figures=True)
            # figures alone are the written number's, read below
            if len(digits) == 10 and any(c.isalpha() for c in text[start:end]):
                yield RULE.hit(start, end)
            break


def find(text: str) -> Iterator[Hit]:
    yield from _spoken(text)
    for match, delta in number_windows(text).finditer(NUMBER_RE):
        raw = match.group(0)
        start = match.start() + delta
        before = text[max(0, start - 40) : start]
        if ISBN_BEFORE.search(before):
            continue
        separators = set(re.findall(r"[ .\-]", raw))
        if len(separators) > 1:
            continue  # "12 34-56.7890": no number is written so
        digits = re.sub(r"\D", "", raw)
        labelled = LABEL_BEFORE.search(before) is not None
        grouping = tuple(len(g) for g in re.split(r"[ .\-]", raw))
        if labelled or (grouping in GROUPINGS and nhs.is_valid(digits)):
            yield RULE.hit(start, match.end() + delta)


RULE = Rule(
    id="nhs-number",
    severity="error",
    message="a health and care number (NHS, CHI or H&C number) identifies a patient; remove it",
    summary="An NHS, CHI (Scotland) or Health and Care (Northern Ireland) number",
    fix="Remove it.",
    docs="ten digits with a valid NHS/CHI/H&C check digit in any grouping (3-3-4, 4-3-3, pairs, "
    '6-4, unspaced; spaces, hyphens or dots), or any ten digits after "NHS number", "CHI", '
    '"H&C", "patient ID"; ISBNs are not reported',
    rank=20,
    find=find,
    output_scan=True,
)

"""Rule ``driving-licence``: driving licence numbers of Great Britain and Northern Ireland.

A GB licence number is 16 characters built from the holder's surname and date of birth
("MORGA753116SM9IJ"); a Northern Ireland one is eight digits after "licence".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import number_windows

GB_RE = re.compile(
    r"(?<![\w\-])[A-Za-z9]{5} ?\d(?:[05]\d|[16][012])(?:[0-2]\d|3[01])\d ?[A-Za-z9]{2}\d ?[A-Za-z]{2}"
    r"(?![\w\-])"
)
NI_RE = re.compile(r"(?<![\w\-/.])\d{8}(?![\w\-/]|\.\d)")
LABEL = re.compile(
    r"(?i:\b(?:(?:driving|driver['’]?s?)\s+licen[cs]e\b|licen[cs]e\s+(?:number|no\b))"
    r"(?:[^.\n]|(?<=\bno)\.){0,30})$"
)


def find(text: str) -> Iterator[Hit]:
    windows = number_windows(text)
    for match, delta in windows.finditer(GB_RE):
        start = match.start() + delta
        raw = match.group(0)
        if (raw.isupper() and " " not in raw) or LABEL.search(text, max(0, start - 50), start):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(NI_RE):
        start = match.start() + delta
        if LABEL.search(text, max(0, start - 50), start):
            yield RULE.hit(start, match.end() + delta)


RULE = Rule(
    id="driving-licence",
    severity="error",
    message="a driving licence number identifies its holder; remove it",
    summary="A driving licence number",
    fix="Remove it; say 'his driving licence'.",
    docs="GB licence numbers (16 characters from surname and date of birth); eight digits after "
    '"driving licence"',
    rank=26,
    find=find,
)

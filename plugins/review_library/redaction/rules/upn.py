"""Rule ``upn``: Unique Pupil Numbers, by check letter or when called what they are."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.gb import upn

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import digit_windows

UPN_RE = re.compile(r"(?<![\w-])[A-Z]\d{11}[\dA-Z](?![\w-])")
UPN_CONTEXT = re.compile(r"(?i:\bupn\b|unique pupil number)[^\n]{0,15}$")


def find(text: str) -> Iterator[Hit]:
    for match, delta in digit_windows(text).finditer(UPN_RE):
        number = match.group(0)
        start = match.start() + delta
        if upn.calc_check_digit(number[1:]) == number[0] or UPN_CONTEXT.search(
            text, max(0, start - 40), start
        ):
            yield RULE.hit(start, match.end() + delta)


RULE = Rule(
    id="upn",
    severity="error",
    message="a Unique Pupil Number identifies a child; remove it",
    summary="A Unique Pupil Number",
    fix="Remove it.",
    docs='Unique Pupil Numbers with a valid check letter, or after "UPN"',
    rank=30,
    find=find,
    output_scan=True,
)

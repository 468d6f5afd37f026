"""Rule ``upn``: Unique Pupil Numbers, in any case and grouping.

A letter, eleven digits and a check digit or letter ("B302373618613", "k681675615073",
"E916 3161 1909 2"): reported when the check letter holds, or when the text calls it a UPN.
A Unique Learner Number (ten digits, further education) is reported after "ULN".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.gb import upn

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import number_windows

# (after its label joined by a hyphen too: "UPN-X938...")
UPN_RE = re.compile(
    r"(?:(?<![\w-])|(?<=[Uu][Pp][Nn]-))[A-Za-z](?:[ \-.]?\d){11}[ \-.]?[\dA-Za-z](?![\w-])"
)
# A Unique Learner Number (further education): ten digits, reported after its name.
ULN_RE = re.compile(r"(?<![\w\-/.])\d{10}(?![\w\-/]|\.\d)")
ULN_CONTEXT = re.compile(r"(?i:\buln\b|unique learner (?:number|no))[^\n\d]{0,30}$")
UPN_CONTEXT = re.compile(
    r"(?i:\bupn\b|unique pupil (?:number|no)|pupil (?:number|no|id))[^\n]{0,15}$"
)


def find(text: str) -> Iterator[Hit]:
    for match, delta in number_windows(text).finditer(UPN_RE):
        number = re.sub(r"[ \-.]", "", match.group(0)).upper()
        start = match.start() + delta
        valid = upn.calc_check_digit(number[1:]) == number[0]
        if valid or UPN_CONTEXT.search(text, max(0, start - 40), start):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in number_windows(text).finditer(ULN_RE):
        start = match.start() + delta
        if ULN_CONTEXT.search(text, max(0, start - 50), start):
            yield RULE.hit(start, match.end() + delta)


RULE = Rule(
    id="upn",
    severity="error",
    message="a Unique Pupil Number identifies a child; remove it",
    summary="A Unique Pupil Number",
    fix="Remove it.",
    docs="Unique Pupil Numbers in any case or grouping (spaces, hyphens, dots) with a valid check "
    'letter, or after "UPN"; Unique Learner Numbers (ten digits) after "ULN"',
    rank=30,
    find=find,
    output_scan=True,
)

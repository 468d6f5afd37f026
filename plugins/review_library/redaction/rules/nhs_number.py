"""Rule ``nhs-number``: NHS numbers.

Reported when the checksum holds, or when the text calls the number what it is ("NHS
number ..."): a mistyped real number still identifies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.gb import nhs

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import digit_windows

NHS_RE = re.compile(r"(?<![\w./-])(\d{3})([ \-]?)(\d{3})\2(\d{4})(?![\w/-]|\.\d)")
NHS_CONTEXT = re.compile(r"(?i:\bnhs\b|\bchi\b|\bh&c\b|health (?:and care )?number)[^\n]{0,15}$")


def find(text: str) -> Iterator[Hit]:
    for match, delta in digit_windows(text).finditer(NHS_RE):
        digits = match.group(1) + match.group(3) + match.group(4)
        start = match.start() + delta
        if nhs.is_valid(digits) or NHS_CONTEXT.search(text, max(0, start - 40), start):
            yield RULE.hit(start, match.end() + delta)


RULE = Rule(
    id="nhs-number",
    severity="error",
    message="an NHS number identifies a patient; remove it",
    summary="An NHS number (valid checksum)",
    fix="Remove it.",
    docs='ten digits with a valid NHS checksum, or any ten digits after "NHS number"',
    rank=20,
    find=find,
    output_scan=True,
)

"""Rule ``ni-number``: National Insurance numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import digit_windows

NINO_RE = re.compile(r"(?<![\w-])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])")


def find(text: str) -> Iterator[Hit]:
    for match, delta in digit_windows(text).finditer(NINO_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)


RULE = Rule(
    id="ni-number",
    severity="error",
    message="a National Insurance number identifies a person; remove it",
    summary="A National Insurance number",
    fix="Remove it.",
    docs="National Insurance numbers (two letters, three pairs of digits, a letter A to D)",
    rank=40,
    find=find,
    output_scan=True,
)

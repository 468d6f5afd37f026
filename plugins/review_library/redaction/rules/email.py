"""Rule ``email``: email addresses."""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import AT_RE, keyword_windows

EMAIL_RE = re.compile(
    r"(?<![\w.%+\-])[A-Za-z0-9][\w.%+\-]*@[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*\.[A-Za-z]{2,}(?![\w@])"
)


def find(text: str) -> Iterator[Hit]:
    if "@" not in text:
        return
    for match, delta in keyword_windows(text, AT_RE, 80, 80).finditer(EMAIL_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)


RULE = Rule(
    id="email",
    severity="error",
    message="an email address identifies a person; remove it",
    summary="An email address",
    fix="Remove it.",
    docs="email addresses",
    rank=50,
    find=find,
    output_scan=True,
)

"""Rule ``phone-number``: UK landline and mobile numbers, national and +44 forms."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import digit_windows

PHONE_RE = re.compile(
    r"(?<![\w.+/-])(?:(?:\+|00)\s?44[\s.\-]?(?:\(0\)[\s.\-]?)?|\(?0)"
    r"\d(?:[\s.\-()]{0,2}\d){8,9}(?![\w/])"
)
# Organisations' helplines (0800, 0808, 03..., 0845 ...) are signposting, not identifiers:
# only geographic (01, 02) and mobile (07) numbers can belong to a person.
PERSONAL_PREFIXES = ("1", "2", "7")


def find(text: str) -> Iterator[Hit]:
    for match, delta in digit_windows(text).finditer(PHONE_RE):
        raw = match.group(0)
        digits = re.sub(r"\D", "", raw)
        if digits.startswith("0044"):
            national = digits[4:]
        elif digits.startswith("44") and raw.lstrip("(").startswith("+"):
            national = digits[2:]
        else:
            national = digits
        national = national.lstrip("0")
        if not national.startswith(PERSONAL_PREFIXES):
            continue
        try:
            number = phonenumbers.parse(raw, "GB")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            yield RULE.hit(match.start() + delta, match.end() + delta)


RULE = Rule(
    id="phone-number",
    severity="error",
    message="a phone number identifies a person; remove it",
    summary="A UK or international phone number",
    fix="Remove it.",
    docs="UK landline and mobile numbers, +44 forms (helplines on 0800, 0808, 03... are not reported)",
    rank=60,
    find=find,
    output_scan=True,
)

"""Rule ``bank-details``: bank sort codes and account numbers, IBANs and payment card numbers.

An IBAN must pass its check digits, a card number (13 to 19 digits, usually in fours) its
Luhn check; a sort code ("60-16-13") and an account number (eight digits) are reported after
the words that name them, since alone they look like dates and counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iban, luhn

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.datetext import normalise
from review_library.redaction.rules.text import number_windows

IBAN_RE = re.compile(
    r"(?<![\w\-])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?(?![\w\-])"
)
CARD_RE = re.compile(
    r"(?<![\w\-/.])(?:\d{4}(?:[ \-]?\d{4}){2}[ \-]?\d{1,7}|3[47]\d{2}[ \-]?\d{6}[ \-]?\d{5})"
    r"(?![\w\-/]|\.\d)"
)  # in fours, or American Express's 4-6-5
# A sort code followed by an account number is bank details without any label.
PAIR_RE = re.compile(
    r"(?<![\w\-/.])\d{2}([\- ])\d{2}\1\d{2}(?:,?\s+|\s*[/|;]\s*)\d{8}(?![\w\-/]|\.\d)"
)
SORT_CODE_RE = re.compile(
    r"(?<![\w\-/.])\d{2}([\-\s])\d{2}\1\d{2}(?![\w\-/]|\.\d)|(?<![\w\-/.])\d{6}(?![\w\-/]|\.\d)"
)
ACCOUNT_RE = re.compile(
    r"(?<![\w\-/.])\d{4}[ \-]?\d{4}(?![\w\-/]|\.\d)|(?<![\w\-/.])\d{6,10}(?![\w\-/]|\.\d)"
    # A roll or reference number in groups ("4471-220891-03").
    r"|(?<![\w\-/.])\d{2,6}(?:[\-/]\d{2,8}){1,3}(?![\w\-/]|\.\d)"
)
YEAR_RANGE = re.compile(r"(?:19|20)\d{2}[/\-](?:19|20)?\d{2}")
SORT_LABEL = re.compile(r"(?i:(?:\bsort[\s\-]?code\b|(?<!\w)s/c\b)[^\n\d]{0,12})$")
ACCOUNT_LABEL = re.compile(
    r"(?i:\b(?:(?:bank )?account(?: number| no\.?)?|a/c(?: no\.?)?|acc(?:ount)?\.? no\.?|"
    r"building society roll number|mtcn|transaction (?:id|number|ref(?:erence)?)|"
    r"payment reference)\b[^\n\d]{0,24})$"
)


def find(text: str) -> Iterator[Hit]:
    windows = number_windows(text)
    for match, delta in windows.finditer(IBAN_RE):
        compact = re.sub(r"\s", "", match.group(0)).upper()
        if 15 <= len(compact) <= 34 and iban.is_valid(compact):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(CARD_RE):
        digits = re.sub(r"\D", "", match.group(0))
        card_length = len(digits) in (16, 19) or (len(digits) == 15 and digits[:2] in ("34", "37"))
        iccid = digits.startswith("89") and len(digits) >= 19  # a SIM card: device-identifier
        if card_length and luhn.is_valid(digits) and digits[0] in "2345689" and not iccid:
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(PAIR_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)
    for pattern, label in ((SORT_CODE_RE, SORT_LABEL), (ACCOUNT_RE, ACCOUNT_LABEL)):
        for match, delta in windows.finditer(pattern):
            start = match.start() + delta
            raw = match.group(0)
            # "account 2022-23": a financial year; "account of 12/03/22": a date. After "sort
            # code", six digits in pairs are a sort code even when they read as a date.
            if YEAR_RANGE.fullmatch(raw) or (pattern is ACCOUNT_RE and normalise(raw) is not None):
                continue
            if label.search(text, max(0, start - 40), start):
                yield RULE.hit(start, match.end() + delta)


RULE = Rule(
    id="bank-details",
    severity="error",
    message="bank and card details identify their holder; remove them",
    summary="A bank sort code or account number, an IBAN or a payment card number",
    fix="Remove it; say 'the bank account' or 'a bank card'.",
    docs='sort codes and account numbers after "sort code", "s/c", "account", "a/c" (also with '
    'the bank\'s name between: "account (Nationwide, ...)"); a sort code followed by an account '
    "number; IBANs with valid check digits, in any case; card numbers (in fours, or American "
    "Express 4-6-5) with a valid Luhn check digit",
    rank=22,
    find=find,
)

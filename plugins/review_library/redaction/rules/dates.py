"""Rules ``date-of-birth`` and ``full-date``: day-precise dates, found in one pass."""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import digit_windows, literal_windows, lowered

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
FULL_DATE_RE = re.compile(
    rf"(?<![\w/.\-])(?:"
    rf"{_DAY}(?:\s+of)?[\s\-]+{_MONTH}[\s,\-]+{_YEAR}"
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR}"
    rf"|(?:0?[1-9]|[12]\d|3[01])([/\-])(?:0?[1-9]|1[0-2])\1(?:{_YEAR}|\d{{2}})"
    rf"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.{_YEAR}"
    rf"|{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    rf")(?![\w/\-]|\.\d)"
)
DAY_MONTH_RE = re.compile(
    rf"(?<![\w/.\-])(?:{_DAY}(?:\s+of)?\s+{_MONTH}|{_MONTH}\s+{_DAY}|"
    rf"(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2]))(?![\w/\-]|\.\d)"
)
DOB_CONTEXT = re.compile(
    r"(?i:\b(?:date of birth|d\.?o\.?b\b\.?|born|birthday|birth date|b\.))"
    r"\s*(?:(?i:on|was|is|of|in|the)\s+)*[:\-,]?\s*(?:(?i:the)\s+)?$"
)
DATE_EXEMPT_CONTEXT = re.compile(
    r"(?i:\b(?:published|updated|issued|accessed|last reviewed|amended|version|revised|"
    r"came into force|in force from)\b)[^\n]{0,30}$"
)
BIRTH_WORDS = ("born", "birth", "dob", "d.o.b")


def find(text: str) -> Iterator[Hit]:
    windows = digit_windows(text)
    for match, delta in windows.finditer(FULL_DATE_RE):
        start = match.start() + delta
        end = match.end() + delta
        before = max(0, start - 45)
        if DOB_CONTEXT.search(text, before, start):
            yield DATE_OF_BIRTH.hit(start, end)
        elif not DATE_EXEMPT_CONTEXT.search(text, before, start):
            yield FULL_DATE.hit(start, end)
    # Day and month of birth without a year still identify.
    lower = lowered(text)
    if any(word in lower for word in BIRTH_WORDS):
        for match, delta in literal_windows(text, BIRTH_WORDS, 0, 40, digit_after=True).finditer(
            DAY_MONTH_RE
        ):
            start = match.start() + delta
            if DOB_CONTEXT.search(text, max(0, start - 45), start):
                yield DATE_OF_BIRTH.hit(start, match.end() + delta)


DATE_OF_BIRTH = Rule(
    id="date-of-birth",
    severity="error",
    message="a date of birth identifies a child; use an age ('aged 4 months') instead",
    summary="A date of birth",
    fix="Give an age instead ('aged 4 months').",
    docs='a day and month (with or without year) after "born", "date of birth", "DOB"',
    rank=80,
    find=find,
)
FULL_DATE = Rule(
    id="full-date",
    # Day-month-year dates are a strong warning sign, but only when tied to the child;
    # the rule cannot know that, so it warns and the reviewer decides.
    severity="warning",
    message="a full date tied to the child can identify them; give the month and year only",
    summary="A day-month-year date, which can identify a child when tied to an event in their life",
    fix="Give the month and year only ('in March 2023').",
    docs="a day-month-year date (14 March 2022, 14/03/2022, 2022-03-14); publication and update dates are not reported",
    rank=90,
    find=find,
)
RULES = (DATE_OF_BIRTH, FULL_DATE)

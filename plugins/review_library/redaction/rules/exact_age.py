"""Rule ``exact-age``: an age given to the day ("aged 4 months and 12 days", "17 days old").

An age to the day, with any date in the report, gives the date of birth; an age in weeks,
months or years does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import literal_positions, literal_windows, lowered

_NUMBER = (
    r"(?:\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)(?:[\s\-]"
    r"(?i:one|two|three|four|five|six|seven|eight|nine))?)"
)
# Units as records abbreviate them too: "4 mths 3 days", "2 yrs 1 wk 3 days".
_UNIT = r"(?i:years?|yrs?|months?|mths?|mnths?|mos?|weeks?|wks?)"
# Between parts: "3 weeks and 2 days", "3 weeks, 2 days", "3-week-and-2-day-old".
_JOIN = r"(?:,?[\s\-]+(?i:and[\s\-]+)?)"
_COMPOUND = (
    rf"{_NUMBER}[\s\-]?{_UNIT}(?:{_JOIN}{_NUMBER}[\s\-]?{_UNIT})*"
    rf"{_JOIN}{_NUMBER}[\s\-](?i:days?)"
)
# "aged", "age:", and an age at a moment: "age at death: 2 years 1 month 3 days".
_AGE_LABEL = (
    r"(?i:aged?|age\s+(?:at|on)\s+(?:the\s+)?[a-z\-]+)\s*"
    r"(?:(?i:as|of|was|is|given as|recorded as)\s+|:\s*)?"
)
EXACT_AGE_RE = re.compile(
    rf"(?<![\w\-])(?:"
    # "aged 4 months and 12 days", "2 years, 3 months and 5 days old" (a period of "3 months
    # and 12 days" is no age: "aged" or "old" must say so)
    rf"{_AGE_LABEL}{_COMPOUND}|{_COMPOUND}[\s\-](?i:old)"
    # "at 10 days of age", "3 weeks and 2 days of age"
    rf"|(?:{_COMPOUND}|{_NUMBER}[\s\-](?i:days?))\s+(?i:of\s+age)"
    # "when he died, Child K had lived for 417 days" (not "lived for 10 days in a hostel")
    rf"|(?i:lived\s+(?:for\s+)?(?:just\s+|only\s+)?){_NUMBER}\s+(?i:days)"
    r"(?!\s+(?i:with|in|at|on|under|without|alongside|there|here)\b)"
    # "17 days old", "a 10-day-old baby"
    rf"|{_NUMBER}[\s\-](?i:days?)[\s\-](?i:old)"
    # "aged 17 days", "age: 17 days"
    rf"|{_AGE_LABEL}{_NUMBER}\s+(?i:days?)"
    # "4y 3m 12d"
    rf"|\d{{1,2}}\s*y(?:rs?)?,?\s*\d{{1,2}}\s*m(?:ths?)?,?\s*\d{{1,2}}\s*d(?:ays?)?"
    rf")(?![\w\-])"
)


# Clinical shorthand and phrasings: "aged 10/7" or "a 10/7 old" (ten days), "day 9 of life",
# "a baby of 11 days".
CLINICAL_RE = re.compile(
    rf"(?<![\w/\-])(?:(?:(?i:aged?)\s+\d{{1,2}}/7(?![\w/])|\d{{1,2}}/7[\s\-](?i:old)\b)"
    rf"|(?i:day)\s+{_NUMBER}\s+(?i:of\s+life)\b"
    # "on her 40th day of life", "the ninth day of his life"
    r"|(?:\d{1,3}(?i:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth|twenty-[a-z]+|thirty-[a-z]+))"
    r"\s+(?i:day\s+of\s+(?:(?:his|her|their|the\s+baby's|life)\s+)?life|day\s+of\s+life)\b"
    rf"|(?i:(?:baby|infant|child|newborn|neonate)\s+of\s+){_NUMBER}\s+(?i:days?)\b)"
)
CLINICAL_CUES = (
    "/7",
    "of life",
    "of his life",
    "of her life",
    "of their life",
    "baby of",
    "infant of",
    "child of",
    "newborn of",
    "neonate of",
)
BOUND_BEFORE = re.compile(
    r"(?i:\b(?:under|over|than|up to|within|between|from|to|until|till|at least|at most|"
    r"aged under|aged over|younger than|older than)\s+)$"
)


SHORTHAND_RE = re.compile(r"\dd\b")


def find(text: str) -> Iterator[Hit]:
    lower = lowered(text)
    for match, delta in literal_windows(text, CLINICAL_CUES, 20, 30).finditer(CLINICAL_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)
    shorthand = SHORTHAND_RE.search(lower) is not None
    cues = ("age", "old", "lived")
    if not shorthand and ("day" not in lower or not any(cue in lower for cue in cues)):
        return
    for position in literal_positions(text, ("day",), whole=False):
        window = lower[max(0, position - 90) : position + 12]
        if not any(cue in window for cue in cues):
            continue
        for match in EXACT_AGE_RE.finditer(text, max(0, position - 90), position + 12):
            if match.end() < position:
                continue
            start = match.start()
            if BOUND_BEFORE.search(text, max(0, start - 20), start):
                continue  # "infants under 28 days old": an age limit, not a person's age
            yield RULE.hit(start, match.end())
    if shorthand:
        for match in EXACT_AGE_RE.finditer(text):
            if not re.search(r"(?i:day)", match.group(0)):
                yield RULE.hit(match.start(), match.end())


RULE = Rule(
    id="exact-age",
    severity="error",
    message=(
        "an age given to the day gives the date of birth; give it in weeks, months or years "
        "('aged 4 months')"
    ),
    summary="An age given to the day",
    fix="Give the age in weeks, months or years ('aged 4 months').",
    docs='an age to the day: "aged 4 months and 12 days", "17 days old", "a 10-day-old '
    'baby", "aged 17 days", "4y 3m 12d", "aged 10/7", "day 9 of life", "a baby of 11 days"',
    rank=88,
    find=find,
)

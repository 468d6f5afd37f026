"""Day-precise dates in every spelling, read into one normalised value.

Shared by the date rules and the allowances: "14 March 2022", "14th of March '22",
"the fourteenth of March two thousand and twenty-two", "March 14, 2022", "14/03/22",
"14.03.2022", "2022-03-14" and "Monday 14 March" are all found, and ``normalise`` reads each
into the same key ("2022-03-14", or "--03-14" without a year), so an allowance written in one
form matches the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from review_library.redaction.rules.foreign_dates import find_foreign, foreign_key
from review_library.redaction.rules.text import (
    cue_finditer,
    digit_anchored_finditer,
    has_odd_case,
    literal_windows,
    lowered,
    number_windows,
    occurring,
    occurs_any,
)

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
_ORDINALS = {word: index + 1 for index, word in enumerate(_ORDINAL_UNITS)}
_ORDINALS.update(
    {
        "tenth": 10,
        "eleventh": 11,
        "twelfth": 12,
        "thirteenth": 13,
        "fourteenth": 14,
        "fifteenth": 15,
        "sixteenth": 16,
        "seventeenth": 17,
        "eighteenth": 18,
        "nineteenth": 19,
        "twentieth": 20,
        "thirtieth": 30,
    }
)
for _index, _unit in enumerate(_ORDINAL_UNITS):
    _ORDINALS[f"twenty-{_unit}"] = 21 + _index
    _ORDINALS[f"twenty {_unit}"] = 21 + _index
_ORDINALS["thirty-first"] = _ORDINALS["thirty first"] = 31
_NUMBER_WORDS = {w: i + 1 for i, w in enumerate(_UNITS)}
_NUMBER_WORDS.update({w: i + 10 for i, w in enumerate(_TEENS)})
_NUMBER_WORDS.update({w: (i + 2) * 10 for i, w in enumerate(_TENS)})

# Welsh month names: reports of Welsh boards are published in Welsh too ("14 Chwefror 2023").
WELSH_MONTHS = {
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6,
    "gorffennaf": 7, "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
}  # fmt: skip
WELSH_SHORT = ("mai", "medi", "awst")
# Words that tell Welsh text when no long month name does ("Ganwyd Plentyn K ar 3 Mai").
WELSH_TEXT = ("ganwyd", "dydd", "plentyn", "oedolyn", "bu farw", "ysbyty", "heddlu")
WELSH_SHORT_DATE = re.compile(r"\d[ \t]+(?:Mai|Medi|Awst)[ \t]+(?:19|20)\d\d\b")
WELSH_LONG = tuple(m for m in WELSH_MONTHS if m not in WELSH_SHORT)
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|"
    r"rhagfyr)\.?"
)
# Without a year, a month must be capitalised: "may" and "march" are everyday words.
_MONTH_CAP = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|"
    r"JULY?|AUG|SEPT?|OCT|NOV|DEC|"
    # Welsh months are looked for only in Welsh text (see find_dates): "dydd Sadwrn, 4 Mawrth"
    r"Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|"
    r"Rhagfyr)\.?"
)
_DAY_NUM = r"(?:0?[1-9]|[12]\d|3[01])(?i:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?"
_ORDINAL_WORD = "|".join(sorted((re.escape(w) for w in _ORDINALS), key=len, reverse=True))
_DAY_WORD = rf"(?i:{_ORDINAL_WORD})"
_U = "|".join(_UNITS)
_T = "|".join(_TEENS)
_X = "|".join(_TENS)
_YEAR_WORDS = (
    rf"(?i:two thousand(?:,? and)?(?:[ \-](?:{_T}|(?:{_X})(?:[ \-](?:{_U}))?|{_U}))?"
    rf"|(?:nineteen|twenty)[ \-](?:(?:oh|nought|o)[ \-](?:{_U})|{_T}|(?:{_X})(?:[ \-](?:{_U}))?))"
)
_YEAR = rf"(?:(?:19|20)\d{{2}}|['’]\d{{2}}|{_YEAR_WORDS})"
# A bare two-digit year only after a month word ("14 Feb 09"), never before a letter.
_YEAR_AFTER_MONTH = rf"(?:{_YEAR}|\d{{2}}(?![\w/.:\-]))"
# "14 March", "14th of March", "the 3rd day of May" (as statements and court papers write it)
_SEP = r"(?:\s+(?:day\s+)?of\s+|\s+o\s+|[\s\-]+)"
_DAY_ANY = rf"(?:{_DAY_NUM}|{_DAY_WORD})"

_WORD_DATE = (
    rf"(?:{_DAY_ANY}{_SEP}{_MONTH}(?:[\s,\-]+{_YEAR_AFTER_MONTH})"
    # "14/Mar/2022", as hospital and police systems print dates
    rf"|(?:0?[1-9]|[12]\d|3[01])/{_MONTH}/(?:(?:19|20)\d{{2}}|\d{{2}})"
    rf"|{_MONTH}[ \t]+(?:the[ \t]+)?{_DAY_ANY},?[ \t]+{_YEAR}"
    rf"|{_DAY_ANY}{_SEP}{_MONTH_CAP}(?![\w'’])"
    # typed in lower case, a day "of" a month's full name: "on the third of march"
    rf"|(?<=[Tt]he ){_DAY_ANY}\s+of\s+(?:january|february|march|april|may|june|july|august|"
    rf"september|october|november|december)(?![\w'’])"
    rf"|{_MONTH_CAP}[ \t]+(?:the[ \t]+)?{_DAY_ANY})"
)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
ROMAN_MONTHS = {numeral: index + 1 for index, numeral in enumerate(_ROMAN)}
_ROMAN_BY_LENGTH = sorted(_ROMAN, key=len, reverse=True)
_ROMAN_MONTH = "|".join([*_ROMAN_BY_LENGTH, *(r.upper() for r in _ROMAN_BY_LENGTH)])
_NUMERIC_DATE = (
    r"(?:(?:0?[1-9]|[12]\d|3[01])([/\-])(?:0?[1-9]|[12]\d|3[01])\1(?:(?:19|20)\d{2}|\d{2})"
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:(?:19|20)\d{2}|\d{2})"
    r"|(?:19|20)\d{2}([/\-.])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])"
    # "14 03 2022", as some record systems print it: two digits each, a four-digit year
    r"|(?<!\d )(?:0[1-9]|[12]\d|3[01]) (?:0[1-9]|1[0-2]) (?:19|20)\d{2}(?! \d)"
    # A month abbreviation between dashes or slashes, in any case, as record systems print it
    # ("15-jan-23", "15/JAN/2023"): the digits each side keep it from being a word.
    r"|(?:0?[1-9]|[12]\d|3[01])([/\-])(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
    r"\3(?:(?:19|20)\d{2}|\d{2})"
    # A Roman-numeral month, as clinical and court records write it ("12.iv.19", "3 xi 2021",
    # "14/VII/2020"): one case throughout, the same separator each side.
    rf"|(?:0?[1-9]|[12]\d|3[01])([/.\- ])(?:{_ROMAN_MONTH})\4(?:(?:19|20)\d{{2}}|\d{{2}})"
    # typed with spaces round the slashes, dots or dashes: "14 / 02 / 2023", "03 - 08 - 2011"
    # (a four-digit year), or year first: "1985 / 04 / 17"
    r"|(?:0?[1-9]|[12]\d|3[01])[ \t]+([/.\-])[ \t]+(?:0?[1-9]|1[0-2])[ \t]+\5[ \t]+(?:19|20)\d{2}"
    r"|(?:19|20)\d{2}[ \t]+([/.\-])[ \t]+(?:0?[1-9]|1[0-2])[ \t]+\6[ \t]+(?:0?[1-9]|[12]\d|3[01])"
    r"(?![ \t]*\d))"
)
NUMERIC_RE = re.compile(
    rf"(?<![\w/.\-£$]){_NUMERIC_DATE}(?![\w/\-]|[.:]\d)"
    rf"|(?<![\w/.\-])(?:19|20)\d{{2}}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?=T\d)"
)
# The spaced Roman form ("3 xi 2021") has no run of digits that number_windows looks near;
# it takes a four-digit year ("3 x 20 minutes" is a count).
ROMAN_SPACED_RE = re.compile(
    rf"(?<![\w/.\-£$])(?:0?[1-9]|[12]\d|3[01]) (?:{_ROMAN_MONTH}) (?:19|20)\d{{2}}"
    r"(?![\w/\-]|[.:]\d)"
)
# Where ROMAN_SPACED_RE and TYPO_DATE_RE can start: a day's digit after none of the
# characters of their look-behind, then what follows the day. Led by a digit (the
# look-behind after it), these are skipped to the digits at C speed; the patterns, led by
# their look-behind, were tried at every character of a report.
_ROMAN_START = re.compile(r"\d(?<![\w/.\-£$]\d)\d? [ivxIVX]")
WORD_DATE_RE = re.compile(rf"(?<![\w/.\-£$])(?:{_WORD_DATE})(?![\w/\-]|\.\d)")
WORD_DATE_BODY_RE = re.compile(rf"(?:{_WORD_DATE})(?![\w/\-]|\.\d)")


_WEEKDAY = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# A day split from its month by a weekday: "the 2nd, a Sunday, in February 2023".
SPLIT_RE = re.compile(
    rf"(?<![\w/.\-])(?i:the)\s+(?:(?:0?[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)|{_DAY_WORD}),?\s+"
    rf"(?i:(?:which|that)\s+was\s+)?(?i:a)\s+{_WEEKDAY},?\s+(?i:of|in)\s+{_MONTH}"
    rf"(?:,?\s+{_YEAR})?(?![\w/\-]|\.\d)"
)
WEEKDAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SPLIT_TRIGGERS = tuple(f"a {day}" for day in WEEKDAY_WORDS)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A day-precise date at ``text[start:end]`` and its normalised value."""

    start: int
    end: int
    key: str
    """``YYYY-MM-DD``, or ``--MM-DD`` when the text gives no year."""
    has_year: bool
    numeric: bool
    """Written with digits only ("14/03/22"), as opposed to a month word."""


MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
# Abbreviations count only when written with a capital ("14 Feb 09"): in lower case they are
# inside too many words ("primary", "decision").
MONTH_ABBREVIATIONS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]
ABBREVIATION_RE = re.compile(
    "|".join(
        sorted({f for a in MONTH_ABBREVIATIONS for f in (a, a.upper())}, key=len, reverse=True)
    )
)
# A month abbreviation typed in lower case ("7 sept 2019", "3rd of feb 2021") is a month only
# with a year after it (and, below, a day before it): "mar", "dec" and "nov" alone are words.
LOWER_ABBREVIATION_RE = re.compile(
    r"(?<![A-Za-z])(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
    r"(?=\.?,?[ \t]+(?:(?:19|20)\d\d|['’]\d\d)(?!\d))"
)
# Where it can start: tried only at these words' places in the cue words' one pass.
_LOWER_MONTHS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ORDINAL_STARTS = ("the ", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                   "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirt", "fourt",
                   "fift", "sixt", "sevent", "eight", "ninet", "twent")  # fmt: skip
# What may stand before a month word as the day: "14 ", "14th of ", "the fourteenth of ".
DAY_BEFORE = re.compile(rf"(?:{_DAY_NUM}|{_DAY_WORD})(?:(?:\s+day)?\s+of|\s+o)?(?:[\s\-]+|/)$")
# "dydd Mawrth" (Tuesday), "ddydd Mawrth" (mutated), "nos Fawrth" (Tuesday night).
WELSH_DAY_WORDS = ("dydd ", "nos ")
WELSH_ORDINAL = ("af", "il", "ydd", "ed", "fed", "eg", "ain")


# Named days are day-precise with a year: "Christmas Day 2019", "on Boxing Day, 2021".
HOLIDAYS = {
    "christmas day": "12-25",
    "christmas eve": "12-24",
    "boxing day": "12-26",
    "new year's day": "01-01",
    "new year’s day": "01-01",
    "new year's eve": "12-31",
    "new year’s eve": "12-31",
    "halloween": "10-31",
    "hallowe'en": "10-31",
    "bonfire night": "11-05",
    "guy fawkes night": "11-05",
    "valentine's day": "02-14",
    "valentine’s day": "02-14",
    # the nations' own days and nights
    "hogmanay": "12-31",
    "burns night": "01-25",
    "st andrew's day": "11-30",
    "st andrew’s day": "11-30",
    "st david's day": "03-01",
    "st david’s day": "03-01",
    "st patrick's day": "03-17",
    "st patrick’s day": "03-17",
    "st george's day": "04-23",
    "st george’s day": "04-23",
    "nos galan": "12-31",
    "dydd nadolig": "12-25",
}
# Feasts whose date moves from year to year are still one day with a year: "on Eid al-Fitr
# 2023", "Easter Sunday 2022", "Diwali 2021". Their key names the feast.
MOVEABLE = (
    "eid al-fitr", "eid ul-fitr", "eid al-adha", "eid ul-adha", "easter sunday", "easter monday",
    "good friday", "diwali", "vaisakhi", "baisakhi", "mothering sunday", "mother's day",
    "mother’s day", "father's day", "father’s day", "yom kippur", "rosh hashanah",
    "chinese new year", "lunar new year", "shrove tuesday", "pancake day", "ash wednesday",
    "palm sunday", "holi",
)  # fmt: skip
HOLIDAYS.update({feast: feast.replace(" ", "-").replace("’", "'") for feast in MOVEABLE})
HOLIDAY_NAMES = rf"(?i:{'|'.join(re.escape(h) for h in sorted(HOLIDAYS, key=len, reverse=True))})"
HOLIDAY_RE = re.compile(
    rf"{HOLIDAY_NAMES}"
    r",?\s+(?:(?i:of|in)\s+)?(?P<year>(?:19|20)\d{2})\b"
)
HOLIDAY_TRIGGERS = ("Christmas", "Boxing", "New Year", "Hallowe", "Bonfire", "Fawkes", "Valentine",
                    "Hogmanay", "Burns", "Andrew", "David", "Patrick", "George", "Galan",
                    "Nadolig", "Eid", "Easter", "Good Friday", "Diwali", "Vaisakhi",
                    "Baisakhi", "Mother", "Father", "Yom", "Rosh", "Chinese", "Lunar", "Shrove",
                    "Pancake", "Ash", "Palm", "Holi")  # fmt: skip
# Any of them in one scan (seven substring tests read the text seven times).
HOLIDAY_TRIGGER_RE = re.compile("|".join(re.escape(t) for t in HOLIDAY_TRIGGERS))
# A named day needs a year after it, so the name is looked for only just before each year:
# a case-insensitive scan of the whole text with every name took most of the rule's time
# ("Mother" and "David" open the scan in nearly every report).
# "(?<=\s)(?:19|20)\d{2}\b", the look-behind after the first digit: each branch then starts
# with a literal, and the engine skips to a 1 or a 2 at C speed instead of trying each place.
_HOLIDAY_YEAR_RE = re.compile(r"(?:1(?<=\s.)9|2(?<=\s.)0)\d{2}\b")
_HOLIDAY_REACH = max(map(len, HOLIDAYS)) + 40  # the name, ", ", " of " and spaces


_HOLIDAY_LOWER = tuple(HOLIDAYS)  # the names in lower case, as HOLIDAY_RE spells them


def _holiday_before(lower: str, year: int) -> bool:
    """Whether a holiday's name can end where HOLIDAY_RE needs it for the year at ``year``
    (then ", ", " of " or " in " and spaces): most years follow no holiday, and the pattern,
    case-insensitive, was tried at every character of the 80 before each."""
    end = year
    while end > 0 and lower[end - 1].isspace():
        end -= 1
    ends = [end - 1 if lower[end - 1 : end] == "," else end]
    if lower[end - 2 : end] in ("of", "in") and lower[end - 3 : end - 2].isspace():
        before = end - 2
        while before > 0 and lower[before - 1].isspace():
            before -= 1
        ends.append(before - 1 if lower[before - 1 : before] == "," else before)
    return any(lower.endswith(_HOLIDAY_LOWER, 0, at) for at in ends)


def _holidays(text: str) -> Iterator[re.Match[str]]:
    """The matches of HOLIDAY_RE in ``text``, found from the years back."""
    end = 0
    lower = None if has_odd_case(text) else lowered(text)
    for year in _HOLIDAY_YEAR_RE.finditer(text):
        if lower is not None and not _holiday_before(lower, year.start()):
            continue  # no name can end before this year
        start = max(end, year.start() - _HOLIDAY_REACH)
        for match in HOLIDAY_RE.finditer(text, start, year.end()):
            if match.end() == year.end():
                end = match.end()
                yield match
                break


# The first day of a night or a span written on one date: "4/5 June 2022", "4-5 June".
SPAN_BEFORE = re.compile(r"(?<![\w/.])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s?[/\-–]\s?$")


ORDINAL_MONTH_RE = re.compile(
    r"(?<![\w/.])(0?[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)\s+of\s+the\s+(0?[1-9]|1[0-2])"
    r"(?i:st|nd|rd|th)(?:,?\s+((?:19|20)\d\d))?(?![\w/])"
)


def find_dates(text: str) -> list[DateMatch]:
    """Every day-precise date in ``text``, in text order; overlapping readings keep the longest
    ("14 Feb 09" is one date, not "Feb 09" too).

    Numeric dates are looked for near digits; dates with a month word at each month word of
    the text (a scan with the full word-date pattern cost more than all the rest).
    """
    candidates: list[tuple[int, str]] = []
    for match, delta in number_windows(text).finditer(NUMERIC_RE):
        candidates.append((match.start() + delta, match.group(0)))
    candidates.extend(
        (m.start(), m.group(0))
        for m in digit_anchored_finditer(ROMAN_SPACED_RE, _ROMAN_START, text)
    )
    candidates.extend(
        (m.start(), m.group(0))
        for m in digit_anchored_finditer(TYPO_DATE_RE, _TYPO_START, text)
        if _misspelt_month(m.group("month"))
    )
    # "3 de abril de 2017", "14 marca 2016 r.": a family's documents in their language
    candidates.extend(find_foreign(text))
    lower = lowered(text)
    months = tuple(occurring(MONTH_NAMES, text))
    welsh = tuple(occurring(WELSH_LONG, text))
    if welsh or occurs_any(WELSH_TEXT, text):
        # "mai", "medi" and "awst" are inside English words: only in Welsh text
        months += (*welsh, *(m for m in WELSH_SHORT if m in lower))
    elif ("Mai" in text or "Medi" in text or "Awst" in text) and WELSH_SHORT_DATE.search(text):
        # or capitalised between a day and a year, which no English word is: "12 Medi 2022"
        months += WELSH_SHORT
    positions = []
    for month in months:
        found = lower.find(month)
        while found != -1:
            positions.append((found, found + len(month)))
            found = lower.find(month, found + 1)
    # Abbreviations are searched as written ("Feb", "FEB"): in lower case they are inside too
    # many words. "Mar" inside "March" is skipped by the word-boundary test below.
    # One scan for all of them (capitals are rare, so the engine skips most of the text); a
    # form inside a longer one ("Sep" in "Sept") is inside a longer word and skipped anyway.
    positions.extend(match.span() for match in ABBREVIATION_RE.finditer(text))
    positions.extend(
        match.span()
        for match in cue_finditer(LOWER_ABBREVIATION_RE, _LOWER_MONTHS, text, whole=False)
    )
    for position, after in positions:
        if (position and lower[position - 1].isalpha()) or (
            after < len(lower) and lower[after].isalpha()
        ):
            continue  # inside a longer word ("primary", "decision")
        if lower.endswith(WELSH_DAY_WORDS, max(0, position - 6), position):
            continue  # "dydd Mawrth" is Tuesday, not March
        # Month first ("March 14, 2022") ...
        following = lower[after : after + 12].lstrip(" .\t")
        if following[:1].isdigit() or following.startswith(_ORDINAL_STARTS):
            full = WORD_DATE_RE.match(text, position)
            if full:
                candidates.append((full.start(), full.group(0)))
        # ... or the day first ("14th of March", "the fourteenth of March 2022").
        before = lower[max(0, position - 12) : position].rstrip(" -/\t\n")
        before = before.removesuffix(" of").removesuffix(" o").removesuffix(" day").rstrip()
        if not (before[-1:].isdigit() or before.endswith(("st", "nd", "rd", "th", *WELSH_ORDINAL))):
            continue
        day = DAY_BEFORE.search(text, max(0, position - 40), position)
        if day:
            full = WORD_DATE_RE.match(text, day.start())
            if full is None and SPAN_BEFORE.search(text, max(0, day.start() - 8), day.start()):
                full = WORD_DATE_BODY_RE.match(text, day.start())  # "4/5 June"
            if full:
                candidates.append((full.start(), full.group(0)))
    # "the 1st of the 4th 2007": the month said as its number, as people read a date aloud
    for match, delta in literal_windows(text, (" of the ",), 8, 16).finditer(ORDINAL_MONTH_RE):
        candidates.append((match.start() + delta, match.group(0)))
    # "the 2nd, a Sunday, in February": looked for only where "a Sunday" stands (str.find).
    for match, delta in literal_windows(text, SPLIT_TRIGGERS, 30, 40).finditer(SPLIT_RE):
        candidates.append((match.start() + delta, match.group(0)))
    if HOLIDAY_TRIGGER_RE.search(text):
        for match in _holidays(text):
            name = " ".join(match.group(0)[: match.start("year") - match.start()].lower().split())
            day = HOLIDAYS.get(
                name.rstrip(", ").removesuffix(" of").removesuffix(" in").strip(", ")
            )
            if day:
                candidates.append((match.start(), match.group(0)))
                _HOLIDAY_KEYS[match.group(0)] = f"{match.group('year')}-{day}"
    found: list[DateMatch] = []
    end = -1
    for start, raw in sorted(candidates, key=lambda c: (c[0], -len(c[1]))):
        if start < end:
            continue
        date = _date(raw, start)
        if date is not None:
            span = SPAN_BEFORE.search(text, max(0, start - 8), start) if raw[:1].isdigit() else None
            if span is not None:  # "4/5 June 2022": the finding covers both days
                date = DateMatch(span.start(), date.end, date.key, date.has_year, date.numeric)
            found.append(date)
            end = date.end
    return found


_HOLIDAY_KEYS: dict[str, str] = {}


def _date(raw: str, start: int) -> DateMatch | None:
    key = _HOLIDAY_KEYS.get(raw) or normalise(raw) or foreign_key(raw)
    if key is None:
        return None
    return DateMatch(
        start, start + len(raw), key, not key.startswith("--"), not re.search("[A-Za-z]", raw)
    )


_DAY_MONTH_PARTS = re.compile(r"(\d{1,2})[/.](\d{1,2})")
_SPACED_SEPARATOR = re.compile(r"(?<=\d) ([/.\-]) (?=\d)")
_ROMAN_PARTS = re.compile(r"(\d{1,2})[/.\- ]((?i:[ivx]{1,4}))[/.\- ](\d{2}|\d{4})")
WEEKDAY_PREFIX = re.compile(
    r"^(?i:(?:d?dydd|nos)\s+\w+|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
    r"(?:day)?\b\.?),?\s*(?i:the\s+)?"
)
SPAN_START = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)?\s?[/\-–]\s?(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z])"
)
_NUMERIC_PARTS = re.compile(r"(\d{1,4})[/.\- ](\d{1,2})[/.\- ](\d{1,4})")
_WORDS = re.compile(
    r"[A-Za-z]+(?:-[A-Za-z]+)*|\d+(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?|['’]\d{2}", re.I
)


def normalise(raw: str) -> str | None:
    """The date a text names, as ``YYYY-MM-DD`` (``--MM-DD`` without a year); None if none.

    Two-digit years are read as 2000-2039 or 1940-1999. Numeric dates are read day first
    (the UK order) unless the first number cannot be a day's partner month and the second
    can ("03/14/2022" is 14 March).
    """
    # A weekday says nothing more: "Sunday 4/6", "Fri 14.3", "dydd Mawrth 14 Chwefror".
    text = WEEKDAY_PREFIX.sub("", " ".join(raw.split()))
    text = _SPACED_SEPARATOR.sub(r"\1", text)  # "14 / 02 / 2023"
    text = SPAN_START.sub("", text)  # "4/5 June 2022": the night's second day, as found
    ordinal = ORDINAL_MONTH_RE.fullmatch(text)
    if ordinal:  # "1st of the 4th 2007"
        day, month, year = ordinal.groups()
        return _key(int(year) if year else None, int(month), int(day))
    roman = _ROMAN_PARTS.fullmatch(text)
    if roman:  # "12.iv.19": the month in Roman numerals
        return _key(
            _year(roman.group(3)), ROMAN_MONTHS[roman.group(2).lower()], int(roman.group(1))
        )
    day_month = _DAY_MONTH_PARTS.fullmatch(text)
    if day_month:  # "12/3", "14.2": a day and month without a year
        day, month = int(day_month.group(1)), int(day_month.group(2))
        return _key(None, month, day)
    numeric = (
        _NUMERIC_PARTS.fullmatch(text.split("T")[0]) if not re.search("[A-Za-z]{2}", text) else None
    )
    if numeric:
        a, b, c = numeric.groups()
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        else:
            day, month, year = int(a), int(b), _year(c)
            if month > 12 and day <= 12:
                day, month = month, day
        return _key(year, month, day)
    tokens = [t.lower() for t in _WORDS.findall(text)]
    day = month = None
    year: int | None = None
    rest: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        pair = " ".join(tokens[index : index + 2])
        if month is None and token[:3] in MONTHS and (len(token) == 3 or _is_month(token)):
            month = MONTHS[token[:3]]
        elif month is None and _misspelt_month(token):
            month = _misspelt_month(token)
        elif month is None and token in WELSH_MONTHS:
            month = WELSH_MONTHS[token]
        elif day is None and (pair in _ORDINALS or token in _ORDINALS):
            if pair in _ORDINALS:
                day = _ORDINALS[pair]
                index += 1
            else:
                day = _ORDINALS[token]
        elif day is None and re.fullmatch(
            r"\d{1,2}(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?", token
        ):
            day = int(re.match(r"\d+", token).group())
        elif token in ("of", "the", "and", "o", "y", "day") or (
            # "the 2nd, a Sunday, in February": the weekday and its words say nothing more
            token in WEEKDAY_WORDS or token in ("a", "in", "which", "that", "was")
        ):
            pass
        else:
            rest.append(token)
        index += 1
    if rest:
        year = _year_words(rest)
        if year is None:
            return None
    if day is None or month is None:
        return None
    return _key(year, month, day)


def _edits(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (x != y))
    return row[-1]


def _misspelt_month(token: str) -> int | None:
    """The month a misspelt month name means ("febuary", "septmber", "ocotber"): same first
    letter, one edit for a short name, two for a long one; None for any other word."""
    token = token.lower()
    if len(token) < 5 or not token.isalpha():
        return None
    for index, name in enumerate(MONTH_NAMES):
        limit = 1 if len(name) <= 5 else 2
        if name[0] == token[0] and name != token and _edits(token, name) <= limit:
            return index + 1
    return None


# A day, a word shaped like a misspelt month, and a year: "14 Febuary 2023".
TYPO_DATE_RE = re.compile(
    r"(?<![\w/.\-£$])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?"
    r"(?P<month>[A-Za-z]{5,10})\.?,?[ \t]+(?:19|20)\d{2}(?![\w/\-]|\.\d)"
)
_TYPO_START = re.compile(r"\d(?<![\w/.\-£$]\d)\d?(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?[A-Za-z]{5}")


def _is_month(token: str) -> bool:
    return any(name.startswith(token) for name in MONTH_NAMES)


def _year(digits: str) -> int:
    value = int(digits.lstrip("'’"))
    if len(digits.lstrip("'’")) == 2:
        return 2000 + value if value < 40 else 1900 + value
    return value


def _year_words(tokens: list[str]) -> int | None:
    """A year in digits ("2022", "'22", "22") or words ("two thousand and nine")."""
    if len(tokens) == 1 and re.fullmatch(r"['’]?\d{2}|\d{4}", tokens[0]):
        return _year(tokens[0])
    words = [w for t in tokens for w in t.split("-") if w not in ("and", "oh", "nought", "o")]
    if words[:2] == ["two", "thousand"]:
        return 2000 + _small(words[2:])
    if words and words[0] in ("nineteen", "twenty"):
        century = 1900 if words[0] == "nineteen" else 2000
        return century + _small(words[1:])
    return None


def _small(words: list[str]) -> int:
    return sum(_NUMBER_WORDS.get(w, 0) for w in words)


def _key(year: int | None, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"

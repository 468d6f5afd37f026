"""Rule ``exact-age``: an age given to the day ("aged 4 months and 12 days", "17 days old").

An age to the day, with any date in the report, gives the date of birth; an age in weeks,
months or years does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.gazetteer import gazetteer
from review_library.redaction.rules.text import (
    digit_finditer,
    fold,
    literal_positions,
    literal_windows,
    lowered,
)

_WORD_NUMBER = (
    r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:[\s\-](?i:one|two|three|four|five|six|seven|eight|nine)\b)?"
)
# A count of days in words may run into hundreds: "two hundred and twelve days old".
_NUMBER = (
    r"(?:\d{1,3}|(?i:(?:one|two|three|a)[\s\-]hundred)(?:[\s\-](?i:and[\s\-])?"
    rf"{_WORD_NUMBER})?|{_WORD_NUMBER})"
)
# "a day old", "a week and a day old", "an hour old": the article is the number one.
_NUM_OR_A = rf"(?:{_NUMBER}|(?i:an?))"
# Units as records abbreviate them too: "4 mths 3 days", "2 yrs 1 wk 3 days", and clinical
# shorthand for months and weeks written straight after the number: "2/12", "3/52".
_UNIT = (
    r"(?:(?i:years?|yrs?|months?|mths?|mnths?|mos?|weeks?|wks?|fortnights?)|/(?:12|52)(?![\d/]))"
)
# Between parts: "3 weeks and 2 days", "3 weeks, 2 days", "3-week-and-2-day-old".
_JOIN = r"(?:,?[\s\-]+(?i:and[\s\-]+)?|[ \t]*\+[ \t]*)"
# A quantity before a unit: a number ("2weeks" too) or an article ("a week", never "aweek").
_QTY = rf"(?:{_NUMBER}[\s\-]?|(?i:an?)[\s\-])"
_COMPOUND = (
    rf"{_QTY}{_UNIT}(?:{_JOIN}{_QTY}{_UNIT})*"
    rf"{_JOIN}{_NUM_OR_A}[\s\-](?i:days?)"
)
# "aged", "age:", and an age at a moment: "age at death: 2 years 1 month 3 days".
_AGE_LABEL = (
    # "age at the time of the injury was 97 days": the moment may be named in a phrase
    r"(?i:aged?|age\s+(?:at|on)\s+(?:the\s+)?[a-z\-]+"
    r"(?:\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?[a-z\-]+(?:\s+[a-z\-]+)?)?)\s*"
    # a table row "| Age at admission | 7 weeks 5 days |" puts a cell wall between
    # and a verb of working the age out or writing it down: "age calculated as", "age was
    # estimated at", "age noted as" (a footnote's or a chronology's own wording)
    r"(?:(?:(?i:was|is)\s+)?(?i:calculated|estimated|stated|noted|recorded|given|confirmed|"
    r"documented|reckoned|worked\s+out)\s+(?i:as|at|to\s+be)\s+"
    r"|(?i:as|of|was|is|given as|recorded as)\s+|:\s*|\|[ \t]*)?"
)
EXACT_AGE_RE = re.compile(
    rf"(?<![\w\-])(?:"
    # "aged 4 months and 12 days", "2 years, 3 months and 5 days old" (a period of "3 months
    # and 12 days" is no age: "aged" or "old" must say so)
    rf"{_AGE_LABEL}{_COMPOUND}|{_COMPOUND}[\s\-](?i:old)"
    # "at 10 days of age", "3 weeks and 2 days of age"
    rf"|(?:{_COMPOUND}|{_NUMBER}[\s\-](?i:days?|hours?))\s+(?i:of\s+age)"
    # "when he died, Child K had lived for 417 days" (not "lived for 10 days in a hostel")
    rf"|(?i:lived\s+(?:for\s+)?(?:just\s+|only\s+)?)(?:{_COMPOUND}|{_NUMBER}\s+(?i:days))"
    r"(?!\s+(?i:with|in|at|on|under|without|alongside|there|here)\b)"
    # "17 days old", "a 10-day-old baby", "a day old", "36 hours old" (finer than a day)
    rf"|{_NUM_OR_A}[\s\-](?i:days?|hours?)[\s\-](?i:old|auld)"
    # "aged 17 days", "age: 17 days"
    rf"|{_AGE_LABEL}{_NUMBER}\s+(?i:days?)"
    # "4y 3m 12d", "3w2d", "1m 2w 3d": letters for units, ending in days
    r"|\d{1,2}\s*(?:y(?:rs?)?|m(?:ths?)?|w(?:ks?)?)(?:,?\s*\d{1,2}\s*(?:m(?:ths?)?|w(?:ks?)?))*"
    r",?\s*\d{1,3}\s*d(?:ays?)?"
    rf")(?![\w\-])"
)


_ORDINAL = (
    r"(?:\d{1,3}(?i:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+))"
)
# Clinical shorthand and phrasings: "aged 10/7" or "a 10/7 old" (ten days), "day 9 of life",
# "a baby of 11 days".
CLINICAL_RE = re.compile(
    rf"(?<![\w/\-])(?:(?:{_AGE_LABEL}\d{{1,2}}/7(?![\w/])|\d{{1,2}}/7[\s\-](?i:old)\b)"
    # (a record's words quoted: "'day 9' of life"; "day 12 post birth")
    rf"|(?i:day)\s+{_NUMBER}['’\"”]?\s+"
    r"(?i:of\s+life|post-?natal|post-?partum|post-?delivery|post[\s\-]?birth)\b"
    # Days or weeks of life in midwives' notation after "at", "by" or in a table cell:
    # "seen at 5/7", "weighed by 12/7", "at 6/52", "| 3/7 |" (not "24/7" cover, "5/7 days")
    r"|(?:(?<=(?i:at|by)\s)|(?<=\|)|(?<=\|[ \t]))(?!24/7)\d{1,2}/(?:7|52)(?![\w/])"
    r"(?!\s*(?i:days?|of|weeks?|per|a\s+week)\b)"
    # "on her 40th day of life", "the ninth day of his life"
    rf"|{_ORDINAL}"
    r"\s+(?i:day\s+of\s+(?:(?:his|her|their|the\s+baby's|life)\s+)?life|day\s+of\s+life)\b"
    rf"|(?i:(?:baby|infant|child|newborn|neonate)\s+of\s+){_NUMBER}\s+(?i:days?)\b)"
)
# Days of life after a person and "was": "Baby K was 10/7 at the visit", "the baby is 5/7"
# (not "5/7 of the way", "5/7 days", "24/7").
WAS_DAYS_RE = re.compile(
    r"(?:\b(?:Child|Baby|Sibling)[ \t]+[A-Z0-9]|\b(?i:the[ \t]+(?:baby|infant|newborn|twins?)|"
    r"he|she))[ \t]+(?i:was|is)[ \t]+(?:(?i:now|then|just|only)[ \t]+)?"
    r"(?P<a>(?!24/7)\d{1,2}/7)(?![\w/])"
    r"(?![ \t]*(?i:days?|of|weeks?|per|a[ \t]+week|through|into|sure|certain)\b)"
)
# An age in clinical shorthand down to the day: months or weeks, then days ("5/52 + 3/7",
# "3/52 4/7", "2/12 + 1/52 + 3/7"). A person must be beside it ("Infant, 5/52 + 3/7",
# "baby girl 7/52+2/7", "Child J was 9/52 + 1/7 old"); "antibiotics for 1/52 + 3/7" is a course.
SHORTHAND_AGE_RE = re.compile(
    # joined by "+", a space or "and" ("aged 10/52 and 3/7")
    r"(?<![\w/])(?:(?:\d{1,2}/(?:12|52)[ \t]*(?:\+|(?<=[ \t])(?i:and|&)(?=[ \t]))?[ \t]*){1,3}"
    r"\d{1,2}/7(?![\w/])"
    # weeks, then the days past them as a bare count ("6/52 + 4": a week has seven)
    r"|\d{1,2}/52[ \t]*\+[ \t]*[0-6](?![\w/]|[.,]\d))"
)
SHORTHAND_PERSON_BEFORE = re.compile(
    r"(?:\b(?i:infant|baby|babe|child|boy|girl|newborn|neonate|son|daughter|twin|sibling|"
    r"male|female|pt|patient|aged?|he|she|was|is|"
    # an age label with its moment: "Age on admission: 4/12 + 5/7"
    r"age[ \t]+(?:at|on)[ \t]+(?:the[ \t]+)?[a-z]+)(?:[ \t]+[A-Z0-9]{1,2})?"
    r"|\b(?:Child|Baby|Sibling)[ \t]+[A-Z0-9])"
    r"\b[ \t]*[,:(\-–]?[ \t]*(?:(?i:then|now|aged?|just|only)[ \t]+)?\Z"
)
# Measured from birth, as a chart or a caption says: "weight from birth to 5/12 + 16/7".
SHORTHAND_FROM_BIRTH = re.compile(r"(?i:\bbirth[ \t]+(?:up[ \t]+to|to|until|till|and))[ \t]+\Z")
SHORTHAND_OLD_AFTER = re.compile(r"[ \t\-]*(?i:old|of\s+age)\b")


def _shorthand_ages(text: str) -> Iterator[Hit]:
    """Clinical shorthand ages to the day with a person just before or "old" after."""
    for match, delta in literal_windows(text, ("/7", "/52"), 40, 12).finditer(SHORTHAND_AGE_RE):
        start, end = match.start() + delta, match.end() + delta
        if (
            SHORTHAND_PERSON_BEFORE.search(text, max(0, start - 30), start)
            or SHORTHAND_OLD_AFTER.match(text, end)
            or SHORTHAND_FROM_BIRTH.search(text, max(0, start - 30), start)
        ):
            yield RULE.hit(start, end)


CLINICAL_CUES = (
    "/7",
    "/52",
    "natal",
    "partum",
    "delivery",
    "post birth",
    "post-birth",
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


# ... but "from birth to age 97 days" is the point a chart or a record reaches
FROM_BIRTH = re.compile(r"(?i:\bbirth\s+(?:up\s+)?to\s+)$")

SHORTHAND_RE = re.compile(r"\dd\b")

# "a week", "a fortnight", "three weeks", "4 weeks": a few weeks, counted as days are.
_FEW_WEEKS = r"(?:(?i:an?|one|two|three|four|[1-4])\s+(?i:weeks?|fortnights?))"
_WHOSE = r"(?:(?i:his|her|their)|[A-Z][\w\-]*(?:[ \t][A-Z]\b)?['’]s)"
# A day fixed by a birthday gives the date of birth with any dated event: "on her sixteenth
# birthday", "two days before his third birthday", "the day after Child K's 1st birthday".
BIRTHDAY_RE = re.compile(
    rf"(?<![\w\-])(?:(?i:on|the\s+(?:day|eve|morning|afternoon|evening|night)\s+of)\s+{_WHOSE}\s+{_ORDINAL}"
    # weeks and months count from it as days do: "three weeks after her second birthday", "a
    # week short of her third birthday", "a month to the day after", "the morning after"
    # (months only "to the day": "two months after her birthday" says no more than an age;
    # weeks up to four: "seven weeks before her eighteenth birthday" tells how near an age
    # was, as months would)
    rf"|(?:{_NUM_OR_A}\s+(?i:days?|months?\s+to\s+the\s+day)|{_FEW_WEEKS}"
    r"|(?i:the\s+(?:day|morning|afternoon|evening|night)))"
    rf"\s+(?i:before|after|past|short\s+of|shy\s+of)\s+{_WHOSE}"
    rf"(?:\s+{_ORDINAL})?)\s+(?i:birthday)(?![\w\-])"
)
# A person's own numbered birthday in a sentence that counts the days from it to an event:
# "celebrated her 90th birthday two days before the fall", "his third birthday; the next
# day he was admitted" (the birthday and the event's date give the date of birth).
OWN_BIRTHDAY_RE = re.compile(rf"(?<![\w\-]){_WHOSE}\s+{_ORDINAL}\s+(?i:birthday)(?![\w\-])")
DAY_OFFSET_RE = re.compile(
    rf"\b(?:{_NUM_OR_A}\s+days?\s+(?:before|after|later|earlier|afterwards|beforehand)"
    r"|the\s+(?:day|night|morning|evening)\s+(?:before|after)|the\s+(?:next|following|"
    r"previous)\s+day|that\s+(?:same\s+)?day|the\s+same\s+day)\b"
)
# An age in days beside the person it is of: "Child K, 17 days, was", "Baby K (10/7)",
# "Child K, then 4 weeks and 1 day, was seen" (a label, a name or a pronoun before it).
_DAYS_AGE = rf"(?:{_COMPOUND}|{_NUM_OR_A}[\s\-](?i:days?)|\d{{1,2}}/7)"
BESIDE_PERSON_RE = re.compile(
    r"(?:\b(?:Child|Baby|Sibling|Adult|Young[ \t]+Person)[ \t]+[A-Z0-9]\b|"
    r"\b(?i:the[ \t]+(?:baby|infant|child|newborn|twins?))|\b(?P<who>[A-Z][a-z]+)\b)"
    rf"[ \t]*(?:,|\()[ \t]*(?:(?i:then|now|aged|just|only|at)[ \t]+)?(?P<a>{_DAYS_AGE})"
    r"[ \t]*[,)]"
)
# What fixes an age to the day against birth or a birthday: "his 100th day", "the 5th day
# after birth", "9 days after her birth", "eleven weeks and three days after his birth",
# "born 9 days before the incident", "only hours old", "4+1 weeks old" (weeks and days, as
# midwives write gestation).
RELATIVE_AGE_RE = re.compile(
    r"(?<![\w\-])(?:"
    r"(?i:his|her|their)[ \t]+(?:\d{1,3}(?i:st|nd|rd|th)|(?i:second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|[a-z]+teenth|twentieth|[a-z]+ieth|hundredth))[ \t]+(?i:day)"
    r"(?![ \t]+(?i:of[ \t]+(?:the|school|term|trial|hearing|placement)|at|in|on|back|with)\b)"
    rf"|(?P<d>(?:{_ORDINAL}[ \t]+(?i:day)|{_COMPOUND}|{_NUM_OR_A}[ \t]+(?i:days?))[ \t]+"
    r"(?i:after|following)"
    r"[ \t]+(?:(?P<whose>(?i:his|her|their|the)[ \t]+)?(?i:birth|delivery)"
    r"|(?P<self>(?i:being|(?:he|she|they)[ \t]+(?:was|were))[ \t]+(?i:born))))\b"
    rf"|(?i:born)[ \t]+(?P<b>{_NUM_OR_A}[ \t]+(?i:days?)[ \t]+(?i:before|after|prior[ \t]+to))\b"
    r"|(?i:only|just|mere|few|several|some)[ \t]+(?P<c>(?i:hours|minutes)[ \t\-](?i:old))\b"
    r"|\d{1,2}\+[0-6][ \t]*(?i:weeks?|wks?)?[ \t\-]+(?i:old)\b"
    r")"
)
# Where RELATIVE_AGE_RE can match: its words and an ordinal day ("100th day", "third day").
RELATIVE_CUES = ("birth", "born", "hours old", "minutes old", "+", "th day", "st day", "nd day",
                 "rd day")  # fmt: skip
RANGE_BEFORE = re.compile(r"(?:\d|[a-z])[ \t]+(?:and|to|or)[ \t]+\Z|[-–][ \t]*\Z")
PERSON_IN_SENTENCE = re.compile(r"\b(?:child|baby|sibling|adult|he|she|they)\b")
# Welsh: "12 diwrnod oed" (12 days old), and in Welsh words with the mutations a number and
# "yn" or "a" bring: "yn ddeg diwrnod oed", "pum niwrnod oed", "bythefnos a thri diwrnod oed"
# (a fortnight and three days), "yn flwydd a dau ddiwrnod oed". Number words and mutations
# from the standard grammar (Gareth King, Modern Welsh: A Comprehensive Grammar, numerals).
_WELSH_NUMBER = (
    r"(?:\d{1,3}|(?i:un[ \t]+ar[ \t]+ddeg|d?deuddeng?|[bp]?h?ymtheng?|h?ugain|un|d?dau|d?dwy|"
    r"th?ri|dri|th?air|dair|[bp]h?edwar|[bp]h?edair|[bp]h?ump?|chwech?|saith|wyth|naw|d?deg|"
    r"deng|can|gant))"
)
_WELSH_UNIT = r"(?i:[bfm]lwydd|[bfm]lynedd|f?mis|wythnos(?:au)?|[bp]h?ythefnos)"
WELSH_RE = re.compile(
    rf"(?<![\w\-])(?:(?:(?:{_NUMBER}|{_WELSH_NUMBER})\s+)?{_WELSH_UNIT}(?:,\s*|\s+(?i:a|ac)\s+))*"
    # a number before the days, or "yn ddiwrnod oed" (a day old: the article is the number)
    rf"(?:(?:{_NUMBER}|{_WELSH_NUMBER})\s+(?i:d?diwrnod|niwrnod)|(?<=[Yy]n )(?i:ddiwrnod))"
    r"\s+(?i:oed)(?![\w\-])"
)
# "At 19 days Child K was seen", "weighed by the midwife at 10 days": the days are an age
# when a person is the subject after them, or a newborn's check comes before them (not "the
# plan was reviewed at 28 days").
AT_DAYS_RE = re.compile(
    rf"(?<![\w\-])(?:(?i:at)\s+(?P<a>{_COMPOUND}|{_NUMBER}\s+(?i:days?))(?=,?\s+(?:Child|Baby|Sibling|"
    r"Young\s+Person|(?i:he|she|they|the\s+(?:baby|infant|child|twins?|newborn)))\b)"
    r"|(?i:seen|weighed|re-?weighed|examined|admitted|readmitted|re-admitted|died)"
    rf"(?:\s+(?!at\b)[\w'’]+){{0,4}}\s+(?i:at)\s+(?P<b>{_COMPOUND}|{_NUMBER}\s+(?i:days?))"
    r"(?![\w\-])(?!\s+(?i:after|before|later|following|post|from|intervals?|notice)\b))"
)
# An age to the day as the point a record reaches, in captions, charts and notes: "weight
# chart from birth to 8 weeks and 5 days", "the weight at 3 weeks 4 days", "By 5 wks 2 days
# the baby ...". Weeks (or months) and days together after "at", "to", "by" or "until" are a
# point in a life; a duration takes "for", "within", "over" (and the verbs of a change or a
# delay before "to" and "by", and a pregnancy's words around it, are left: those say
# gestation or a timescale).
POINT_AGE_RE = re.compile(
    rf"(?<![\w\-])(?P<prep>(?i:at|to|by|until|till))\s+"
    rf"(?P<a>{_QTY}{_UNIT}(?:{_JOIN}{_QTY}{_UNIT})*{_JOIN}{_NUM_OR_A}[\s\-](?i:days?))(?![\w\-])"
    r"(?![\s'’]*(?i:s?\s*gestation|pregnan|of\s+(?!age\b|life\b)|later|after|before|earlier|ago|"
    r"late|early|overdue|notice|delay|wait|in\s+(?:hospital|custody|care|the)|on\s+the)\b)"
)
# What before the preposition makes the weeks and days a pregnancy's, a change's or a delay's.
POINT_NOT_BEFORE = re.compile(
    r"(?i:\b(?:born|deliver\w*|book\w*|scan\w*|induc\w*|labour\w*|reduc\w*|extend\w*|"
    r"increas\w*|shorten\w*|lengthen\w*|cut|r[oi]se|fell|fall\w*|drop\w*|delay\w*|"
    r"late|early|overdue|behind|exceed\w*|up|down|equivalent|equal|close|closer|nearer|"
    r"between|from\s+\d[^.\n]{0,30})\W*)$"
)
PREGNANCY_WORDS = ("gestation", "pregnan", "antenatal", "ante-natal", "trimester", "edd")


# A unit before the days, without which POINT_AGE_RE cannot match: looked for in the 40
# characters before each "day" first (most days follow none), so the pattern, led by its
# look-behind, is tried only in the few windows that hold one.
_UNIT_BEFORE_DAY = re.compile(r"(?i:week|wk|month|mth|mnth|mos?\b|year|yr|/52|/12)")


def _point_ages(text: str, lower: str) -> Iterator[Hit]:
    seen = -1
    for position in literal_positions(text, ("day",), whole=False):
        if position < seen or not _UNIT_BEFORE_DAY.search(lower, max(0, position - 40), position):
            continue
        for match in POINT_AGE_RE.finditer(text, max(0, position - 60), position + 40):
            if match.end() > position:
                break
        else:
            continue
        seen = match.end()
        start, end = match.start(), match.end()
        if POINT_NOT_BEFORE.search(text, max(0, start - 40), start) or BOUND_BEFORE.search(
            text, max(0, start - 20), start
        ):
            continue
        if any(word in _sentence(lower, start, end) for word in PREGNANCY_WORDS):
            continue  # "seen at 12 weeks and 2 days of her pregnancy": a gestation
        yield RULE.hit(match.start("a"), match.end("a"))


# "The new birth visit took place on day 12": a day of a newborn's life (not "day 2 of the
# trial"), known by the newborn's care in the same sentence.
LIFE_DAY_RE = re.compile(
    rf"(?<![\w\-])(?i:on|by|at|from)\s+(?P<a>(?i:day)\s+{_NUMBER})(?![\w\-])"
    # not "day 2 of the trial", nor a range "day 5 to 7"
    r"(?!\s*(?i:of\s|(?:and|to|or|-|–)\s*(?:\d|day)))"
)
NEWBORN_CUES = (
    "new birth",
    "newborn",
    "midwi",
    "postnatal",
    "post-natal",
    "postpartum",
    "weighed",
    "heel prick",
    "jaundic",
    "after birth",
    "after delivery",
)
# A service's timetable, not one baby's age: "midwives visit on day 1, day 5 and day 10 after
# birth as standard", "the check should be done by day 14".
STANDARD_RE = re.compile(
    r"\b(?:as[ \t]+standard|routinely|usually|normally|should|expected|guidance|policy|"
    r"all[ \t]+(?:babies|families|mothers)|every[ \t]+(?:baby|family|mother))\b"
)
_SENTENCE_END = re.compile(r"[.!?\n\x00]")


def _sentence(lower: str, start: int, end: int) -> str:
    """The sentence of lower[start:end] (bounded by a stop, a line or a joined piece)."""
    before = max(lower.rfind(c, 0, start) for c in ".!?\n\x00")
    after = _SENTENCE_END.search(lower, end)
    return lower[before + 1 : after.start() if after else len(lower)]


# The day a person reached an age is a birthday: "the day she turned 13", "two days after he
# turned 16", "on the morning Child K turned two".
TURNED_RE = re.compile(
    rf"(?<![\w\-])(?:(?i:the\s+(?:day|eve|morning|afternoon|evening|night)(?:\s+(?:before|after))?)"
    rf"|{_NUM_OR_A}\s+(?i:days?)\s+(?i:before|after))"
    r"\s+(?:(?i:she|he|they)|(?:Child|Baby|Adult|Young\s+Person|Sibling)\s+[A-Z0-9]{1,2}|[A-Z][a-z]+)"
    rf"\s+(?i:turned|was\s+due\s+to\s+turn)\s+{_NUMBER}(?![\w\-])"
    # "turned 16 three days before the incident", "had turned 13 the previous day", "turned
    # fifteen only two days earlier", "turned two on the day of the fire"
    rf"|(?i:turned)\s+{_NUMBER}\s+(?:(?i:only|just|exactly)\s+)?"
    rf"(?:{_NUM_OR_A}\s+(?i:days?)\s+(?i:before|earlier|previously|prior|ago|after|later)"
    r"|(?i:the\s+(?:previous|preceding|same|next|following)\s+day"
    r"|(?:on\s+)?the\s+(?:day|eve|morning|afternoon|evening|night)\s+(?:of|before|after)"
    r"|that\s+(?:same\s+)?(?:day|morning|afternoon|evening)|the\s+day\s+(?:before|after)))\b"
    # "two days after turning 16", "the day before reaching 18"
    rf"|(?:{_NUM_OR_A}\s+(?i:days?)|(?i:the\s+day))\s+(?i:before|after|short\s+of)\s+"
    rf"(?i:turning|reaching)\s+{_NUMBER}(?![\w\-])"
)
# An age to the day after the person it is of: "the baby was six weeks and one day", "she
# was then 3 months and 2 days" (not a stay: "was eleven weeks and three days in hospital").
WAS_AGE_RE = re.compile(
    r"(?:\b(?:Child|Baby|Sibling|Young[ \t]+Person)[ \t]+[A-Z0-9]\b|\b(?i:he|she|they)\b"
    r"|\b(?i:the[ \t]+(?:baby|infant|child|newborn|twins|siblings|children)))"
    r"[ \t]+(?i:was|is|were|are|had[ \t]+been)[ \t]+"
    # said in quotes: "she was 'fourteen and two days'", "had been 'exactly three weeks ...'"
    r"['‘’\"“]?(?:(?i:then|now|just|only|still|already|by[ \t]+then|"
    r"barely|nearly|almost|exactly|precisely)[ \t]+){0,2}"
    # years left unsaid before the days: "she was fourteen and two days", "he was nine days"
    rf"(?P<a>{_COMPOUND}|{_NUMBER}[ \t]+(?i:and)[ \t]+{_NUM_OR_A}[ \t]+(?i:days?)"
    rf"|{_NUMBER}[ \t]+(?i:days?))(?![\w\-])"
    # an age ends its clause or says when: "..., and feeding poorly", "... when he was seen"
    r"(?=['’\"”]?[ \t]*(?:[,;:.!?)\n\x00]|$)|['’\"”]?[ \t]+(?i:when|at[ \t]+the[ \t]+time|"
    r"on[ \t]+the[ \t]+day)\b)"
)


# An age to the day by where it stands: measured from birth ("weight from birth to 8 weeks
# and 5 days", "between birth and 4 months and 2 days"), or opening a heading, a table cell
# or a caption ("### At 7 weeks and 6 days: the second attendance", "| At 3 months and 2
# days |", "Figure 2. At 10 weeks and 1 day"). Weeks or months and days both: a number of
# days alone there is as often a service's timescale ("at 28 days").
PLACED_AGE_RE = re.compile(
    r"(?:(?i:birth)[ \t]+(?:(?i:up[ \t]+to|to|until|till|and))[ \t]+"
    # a line's start (checked in the text: a window may start inside a line)
    r"|(?P<line>(?:^|(?<=\x00))(?:[ \t]{0,3}#{1,6}[ \t]+(?:[*_]{1,2})?(?:(?i:at|aged?)[ \t]+)?"
    r"|[ \t]*(?:[*_]{1,2})?(?i:at)[ \t]+))"
    r"|\|[ \t]*(?:[*_]{1,2})?(?i:at)[ \t]+"
    r"|(?i:figure|fig\.|table|chart|graph|caption)[ \t]*\d{0,3}[ \t]*[.:\-–][ \t]*(?i:at)[ \t]+)"
    rf"(?P<a>{_QTY}{_UNIT}(?:{_JOIN}{_QTY}{_UNIT})*{_JOIN}{_NUM_OR_A}[\s\-](?i:days?))"
    r"(?![\w\-])(?![ \t]+(?i:after|before|later|following|post|from|intervals?|notice)\b)",
    re.M,
)


# "born at 31+5 weeks and discharged from the neonatal unit on day 44": a day counted from a
# birth the same sentence tells of is the baby's age in days (not "day 2 of the trial").
BIRTH_DAY_RE = re.compile(r"(?i:day)\s+(?P<n>\d{1,3})(?![\w/\-]|[.,]\d|\s+(?i:of|and|to|or|-|–)\b)")
_SINCE_BIRTH = re.compile(
    r"(?i:\b(?:born|birth|neonatal|nicu|scbu|gestation)\b)[^.;!?\n]*"
    r"(?i:\b(?:on|by|at|until|till|from))\s+\Z"
)


def _days_since_birth(text: str) -> Iterator[Hit]:
    for match, delta in literal_windows(text, ("day",), 0, 8).finditer(BIRTH_DAY_RE):
        start = match.start() + delta
        if int(match.group("n")) < 2:
            continue
        if _SINCE_BIRTH.search(text, max(0, start - 150), start):
            yield RULE.hit(start, match.end() + delta)


def _placed_ages(text: str) -> Iterator[Hit]:
    for match, delta in literal_windows(text, ("day",), 110, 8).finditer(PLACED_AGE_RE):
        start = match.start() + delta
        if match.group("line") is not None and start and text[start - 1] != "\n":
            continue
        yield RULE.hit(match.start("a") + delta, match.end("a") + delta)


def _day_anchored(text: str, lower: str) -> Iterator[Hit]:
    """Ages fixed by a birthday, a Welsh age in days, days as an age by context."""
    if "turned" in lower or "turn " in lower or "turning" in lower or "reaching" in lower:
        for match, delta in literal_windows(
            text, ("turned", "turn", "turning", "reaching"), 60, 60
        ).finditer(TURNED_RE):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    if "birthday" in lower:
        for match, delta in literal_windows(text, ("birthday",), 60, 2).finditer(BIRTHDAY_RE):
            yield RULE.hit(match.start() + delta, match.end() + delta)
        for match, delta in literal_windows(text, ("birthday",), 40, 2).finditer(OWN_BIRTHDAY_RE):
            start, end = match.start() + delta, match.end() + delta
            if DAY_OFFSET_RE.search(_sentence(lower, start, end)):
                yield RULE.hit(start, end)
    if " was " in lower or " is " in lower or " were " in lower or " been " in lower:
        for match, delta in literal_windows(text, ("day",), 110, 8).finditer(WAS_AGE_RE):
            yield RULE.hit(match.start("a") + delta, match.end("a") + delta)
    if "iwrnod" in lower:  # "diwrnod", mutated "ddiwrnod", "niwrnod"
        for match, delta in literal_windows(text, ("iwrnod",), 60, 8).finditer(WELSH_RE):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in literal_windows(text, ("day", "/7"), 40, 50).finditer(BESIDE_PERSON_RE):
        who = match.group("who")
        if who and (fold(who) not in gazetteer().first or gazetteer().is_word(fold(who))):
            continue  # "Assessment (10 days)", "Westmarch (10 days)": timescales, not names
        yield RULE.hit(match.start("a") + delta, match.end("a") + delta)
    # 60 before: "twenty-three weeks and six days after her birth"
    relative = literal_windows(text, RELATIVE_CUES, 60, 30)
    for match, delta in relative.finditer(RELATIVE_AGE_RE):
        group = "b" if match.group("b") else "c" if match.group("c") else 0
        start, end = match.start(group) + delta, match.end(group) + delta
        if match.group("d") and (
            BOUND_BEFORE.search(text, max(0, start - 20), start)
            or RANGE_BEFORE.search(text, max(0, start - 12), start)
            or not (
                match.group("self")  # "after being born", "after she was born"
                or (match.group("whose") or "").strip().lower() in ("his", "her", "their")
                or PERSON_IN_SENTENCE.search(_sentence(lower, start, end))
            )
        ):
            continue  # "a visit between 10 and 14 days after birth": a service's standard
        yield RULE.hit(start, end)
    yield from _point_ages(text, lower)
    at_days = literal_windows(text, ("day",), 60, 30)
    for match, delta in at_days.finditer(AT_DAYS_RE):
        group = "a" if match.group("a") else "b"
        yield RULE.hit(match.start(group) + delta, match.end(group) + delta)
    if not any(cue in lower for cue in NEWBORN_CUES):
        return
    for match, delta in literal_windows(text, ("day",), 12, 12).finditer(LIFE_DAY_RE):
        sentence = _sentence(lower, match.start() + delta, match.end() + delta)
        if any(cue in sentence for cue in NEWBORN_CUES) and not STANDARD_RE.search(sentence):
            yield RULE.hit(match.start("a") + delta, match.end("a") + delta)


# An age in whole units said to be to the day: "exactly six weeks old", "a week old to the
# day", "aged precisely 2 years and 3 months" (without the word, "six weeks old" is no day).
_UNITS_ONLY = rf"{_QTY}{_UNIT}(?:{_JOIN}{_QTY}{_UNIT})*"
TO_THE_DAY_RE = re.compile(
    rf"(?<![\w\-])(?:(?i:aged)\s+(?i:exactly|precisely)\s+{_UNITS_ONLY}(?:[\s\-](?i:old))?"
    rf"|(?i:exactly|precisely)\s+{_UNITS_ONLY}[\s\-](?i:old)"
    rf"|{_UNITS_ONLY}[\s\-](?i:old)\s+(?i:to\s+the\s+day))(?![\w\-])"
)
TO_THE_DAY_CUES = ("exactly", "precisely", "to the day")


def _to_the_day(text: str) -> Iterator[Hit]:
    for match, delta in literal_windows(text, TO_THE_DAY_CUES, 60, 60).finditer(TO_THE_DAY_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)


# A table whose column is headed as an age ("| Date | Age | Contact |", "Child K's age at
# the time"): a cell of that column in days ("6 weeks 4 days", "17 days") is an age to the
# day, and so is a bare number when the heading counts in days ("Age (days)").
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_AGE_HEADING = re.compile(r"(?i:\bage\b|\boed\b)")
_DAYS_HEADING = re.compile(r"(?i:\bdays?\b)")
_DAYS_CELL = re.compile(rf"(?:{_COMPOUND}|{_NUM_OR_A}[\s\-](?i:days?))(?:[\s\-](?i:old))?")
_BARE_NUMBER = re.compile(r"\d{1,3}")
_CELL = re.compile(r"(?<!\\)\|([^|\n]*)(?=\|)")


def _age_columns(text: str) -> Iterator[Hit]:
    table: list[re.Match] = []
    for row in _TABLE_ROW.finditer(text):
        if table and text.count("\n", table[-1].end(), row.start()) == 1:
            table.append(row)
            continue
        yield from _age_cells(table)
        table = [row]
    yield from _age_cells(table)


def _age_cells(rows: list[re.Match]) -> Iterator[Hit]:
    if len(rows) < 3:
        return
    headings = [cell.group(1) for cell in _CELL.finditer(rows[0].group())]
    ages = {
        i: bool(_DAYS_HEADING.search(h)) for i, h in enumerate(headings) if _AGE_HEADING.search(h)
    }
    if not ages:
        return
    for row in rows[2:]:
        for index, cell in enumerate(_CELL.finditer(row.group())):
            if index not in ages:
                continue
            value = cell.group(1).strip()
            if _DAYS_CELL.fullmatch(value) or (ages[index] and _BARE_NUMBER.fullmatch(value)):
                start = row.start() + cell.start(1) + cell.group(1).index(value)
                yield RULE.hit(start, start + len(value))


# Days counted from the date of birth, as a midwife's or a ward's notes date an entry:
# "DOB+10", "D.O.B. + 3 days" (a day of life, so the birth date with any dated event).
DOB_OFFSET_RE = re.compile(
    r"(?<![\w.])(?i:dob|d\.o\.b\.?)[ \t]*\+[ \t]*\d{1,3}(?:[ \t]*(?i:days?|d)\b)?(?![\w/.]|\.\d)"
)


# What an age in days may be the age of besides a person: records, messages, injuries, food
# ("a 28 day old referral sat in the queue", "a two-day-old bruise", "three day old milk").
THING_AFTER = re.compile(
    r"[ \t]+(?i:referrals?|letters?|reports?|messages?|e-?mails?|texts?|notes?|records?|"
    r"entry|entries|requests?|applications?|warrants?|cases?|plans?|bruises?|bruising|"
    r"injury|injuries|fractures?|burns?|marks?|wounds?|scars?|milk|food|bread|bottles?|"
    r"photos?|photographs?|videos?|posts?|news|data|information)\b"
)


def find(text: str) -> Iterator[Hit]:
    lower = lowered(text)
    if "+" in text and ("dob" in lower or "d.o.b" in lower):
        for match in DOB_OFFSET_RE.finditer(text):
            yield RULE.hit(match.start(), match.end())
    if "exactly" in lower or "precisely" in lower or "to the day" in lower:
        yield from _to_the_day(text)
    if "|" in text and ("age" in lower or "oed" in lower):
        yield from _age_columns(text)
    for match, delta in literal_windows(text, CLINICAL_CUES, 36, 30).finditer(CLINICAL_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)
    if "/7" in text:
        for match, delta in literal_windows(text, ("/7",), 40, 12).finditer(WAS_DAYS_RE):
            yield RULE.hit(match.start("a") + delta, match.end("a") + delta)
    if ("/7" in text and ("/52" in text or "/12" in text)) or ("/52" in text and "+" in text):
        yield from _shorthand_ages(text)
    if "day" in lower or "iwrnod" in lower or "old" in lower or "/7" in lower or "turned" in lower:
        yield from _day_anchored(text, lower)
    if "day" in lower:
        yield from _placed_ages(text)
        if "born" in lower or "birth" in lower or "natal" in lower or "gestation" in lower:
            yield from _days_since_birth(text)
    shorthand = next(digit_finditer(SHORTHAND_RE, lower), None) is not None
    cues = ("age", "old", "auld", "lived")
    if not shorthand and (
        ("day" not in lower and "hour" not in lower) or not any(cue in lower for cue in cues)
    ):
        return
    for position in literal_positions(text, ("day", "hour"), whole=False):
        window = lower[max(0, position - 90) : position + 12]
        if not any(cue in window for cue in cues):
            continue
        for match in EXACT_AGE_RE.finditer(text, max(0, position - 90), position + 12):
            if match.end() < position:
                continue
            start = match.start()
            if BOUND_BEFORE.search(text, max(0, start - 20), start) and not FROM_BIRTH.search(
                text, max(0, start - 20), start
            ):
                continue  # "infants under 28 days old": an age limit, not a person's age
            if THING_AFTER.match(text, match.end()):
                continue  # "a 28 day old referral", "a 3-day-old bruise": a thing's age
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

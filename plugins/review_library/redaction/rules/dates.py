"""Rules ``date-of-birth``, ``event-date`` and ``full-date``: day-precise dates by context.

Every day-precise date (any spelling: see datetext.py) is read in its sentence:

* a date of birth ("born", "DOB", "d.o.b.", "b.", initials before a date: "AB, 01.02.03"),
  or a date given with an age ("on 3 May 2022, aged 4 months", which gives the birth date),
  is ``date-of-birth``;
* a process date (the report completed, approved or published, the learning event, the
  review period, terms of reference agreed, a reference accessed) passes;
* a date tied to a person or an event (died, admitted, found, the incident, a visit, a
  weekday or a time of day with the date, a person named by role or pseudonym) is
  ``event-date``;
* any other day-month-year date is ``full-date``, a warning: a person decides.

When a sentence holds both kinds of cue, the cue nearest before the date decides ("the review
was commissioned on 3 April, after Child A died on 14 March": the first date is process,
the second an event).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.datetext import DateMatch, find_dates
from review_library.redaction.rules.text import (
    literal_windows,
    lowered,
    number_windows,
    occurs,
    word_set,
)

DOB_BEFORE = re.compile(
    r"(?i:\b(?:date of birth|birth ?date|d\.?\s?o\.?\s?b\b\.?|born|birthday|b\.))"
    r"\s*(?:(?i:on|was|is|of|in|the|:|-|–|,)\s*)*[(\[]?\s*$"
)
PLACEHOLDER_DATES = frozenset({"1900-01-01", "1901-01-01", "1899-12-31", "1970-01-01"})
# A date of death by its label: "D.O.D.: 21/11/2022", "date of death", "DOD", "died:".
DOD_BEFORE = re.compile(
    r"(?i:\b(?:date of death|d\.?\s?o\.?\s?d\b\.?|died|dyddiad marw))"
    r"\s*(?:(?i:on|was|is|of|:|-|–|,)\s*)*[(\[]?\s*$"
)
# A document's own date field at the start of a line or after a full stop ("Date: ...",
# "Reviewer: ... Date: ...").
DATE_LABEL = re.compile(
    r"(?im:(?:^|[.;|]\s+)[ \t*_]*(?:date|dated|issue date|date of issue|"
    # "Date of report:", "Date of final report:", "Date approved by the safeguarding partners:"
    r"date of (?:the )?(?:final |draft |this )?(?:report|publication|approval|completion|"
    r"issue|version|submission|sign[- ]off|review)|(?:report|publication|approval|version) date|"
    # A template's handling of the report: "Date information received:", "Date
    # acknowledgment letter sent:", "Date circulated to relevant inspectorates:".
    r"date (?:(?:approved|completed|published|agreed|endorsed|submitted|signed|circulated|"
    r"ratified|issued|finalised)|(?:information|report|final report|draft|copy|letter|"
    r"acknowledge?ment letter|acknowledge?ment|notification|papers?)[ \t]+(?:received|sent|"
    r"acknowledged|accepted|approved|submitted|circulated|returned))\b[^:\n]{0,50}?)"
    r"[*_]*\s*:[*_]*\s*$)"
)
# Initials just before a numeric date: "AB, 01.02.03", "A.B. (01/02/2003)".
INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.?){2,3}),?\s*[(\[]?\s*$")
# Acronyms that precede a date in chronologies without being a person's initials.
NOT_INITIALS = frozenset(
    [
        "GP",
        "HV",
        "SW",
        "PC",
        "DC",
        "DS",
        "CP",
        "ED",
        "AE",
        "NHS",
        "CSC",
        "MASH",
        "ICPC",
        "RCPC",
        "CIN",
        "CPP",
        "LAC",
        "ICB",
        "CCG",
        "CAMHS",
        "SENCO",
        "DSL",
        "PLO",
        "ICO",
        "MARAC",
        "MAPPA",
        "IDVA",
        "ISVA",
        "CPS",
        "LA",
        "LADO",
        "EHCP",
        "EHA",
        "TAC",
        "TAF",
        "OT",
        "SALT",
        "ST",
        "STR",
    ]
)
# A weekday before a day and month in digits, without a year ("Sunday 4/6", "Fri 14.3").
WEEKDAY_DAY_MONTH = re.compile(
    r"(?i:\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?\s*)"
    r"(?P<date>(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2]))(?![\w/\-]|\.\d)"
)
WEEKDAY_WORDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_MONTH_DOB = re.compile(
    r"(?<![\w/.\-])(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])(?![\w/\-]|\.\d)"
)
BIRTH_WORDS = ("born", "birth", "dob", "d.o.b")

# Cue words, looked up word by word (a regex alternation of them cost more than all the
# other date work together). Pairs of words are looked up as "first second".
PROCESS_WORDS = frozenset(
    [
        "published",
        "publication",
        "updated",
        "issued",
        "accessed",
        "retrieved",
        "amended",
        "version",
        "revised",
        "completed",
        "completion",
        "approved",
        "approval",
        "endorsed",
        "ratified",
        "agreed",
        "commission",
        "commissioned",
        "commissioning",
        "workshop",
        "workshops",
        "notified",
        "notification",
        "submitted",
        "presented",
        "annual",
        "timeframe",
        "timescale",
        "timescales",
        # A document control table: "| 0.3 | 12/05/2024 | Draft |".
        "draft",
        "final",
    ]
)
PROCESS_PAIRS = frozenset(
    pair.replace("+", " ")
    for pair in [
        "last+reviewed",
        "came+into",
        "in+force",
        "signed+off",
        "sign+off",
        "learning+event",
        "learning+events",
        "learning+session",
        "learning+sessions",
        "learning+review",
        "learning+workshop",
        "practitioner+event",
        "practitioners+event",
        "practitioner+workshop",
        "practitioner+session",
        "panel+met",
        "panel+meeting",
        "the+panel",
        "review+panel",
        "rapid+review",
        "review+period",
        "under+review",
        "scoping+period",
        "scope+of",
        "time+frame",
        "terms+of",
        "of+reference",
        "national+panel",
        "report+date",
        "board+meeting",
        "board+met",
        "financial+year",
        "reporting+year",
        "year+ending",
        "year+to",
        "this+review",
        "review+began",
        "review+started",
        "review+concluded",
        "review+was",
    ]
)
# Review-process bodies and steps, beyond the words above.
PROCESS_WORDS |= {
    "sar", "sars", "dhr", "dhrs", "scr", "scrs", "cspr", "csprs", "lcspr", "lcsprs",
    "subgroup", "sub-group", "considered", "recommended",
}  # fmt: skip
PROCESS_PAIRS |= {
    "group met", "committee met", "review group", "case review", "serious case", "the chair",
    # "the Sub-group ... at its meeting on": a body's own meeting
    "its meeting", "its meetings",
    # the scope of the review's chronology
    "chronology starts", "chronology begins", "chronology ends", "chronology covers",
    "by agreement",
}  # fmt: skip
# Names of review types hold event words ("Child", "Homicide"): "a Concise Child Practice
# Review on 9 February" names the review, not the child.
PROCESS_PAIRS |= {
    "concise child", "extended child", "concise adult", "extended adult", "practice review",
    "child safeguarding", "adult safeguarding", "domestic homicide", "homicide review",
    "significant case", "case management", "management review", "adults review",
    "learning review", "weapons homicide",
}  # fmt: skip
# Steps of writing and publishing a report, and of law and guidance coming into use.
PROCESS_WORDS |= {
    "draft", "drafts", "circulated", "finalised", "finalized", "implemented", "launched",
}  # fmt: skip
# The same in Welsh: published, publication, approved, the review, the panel.
PROCESS_WORDS |= {
    "cyhoeddi", "cyhoeddwyd", "cyhoeddiad", "cymeradwywyd", "cymeradwyo", "cymeradwyaeth",
    "adolygiad", "panel", "comisiynwyd", "cwblhawyd",
}  # fmt: skip
# The span of time a review covers: "the review covers the period from 1 September 2021".
PROCESS_PAIRS |= {
    "period from", "period between", "review covers", "review covered", "review considers",
    "review considered", "period covered", "period considered", "covers the",
}  # fmt: skip
PROCESS_PAIRS |= {
    "its meeting", "final report", "reporting period", "panel meetings", "royal assent", "independent chair",
    "review commenced", "review started",
}  # fmt: skip
# The review's own people, bodies and steps, as reports name them: "the criteria were met
# on", "Reviewer: signed on", "a reflective session was held on", "reported to the Child
# Protection Committee on", "endorsed by the Chief Officers Group on".
PROCESS_WORDS |= {
    "criteria", "reviewer", "reviewers", "sub-committee", "subcommittee",
}  # fmt: skip
# The review gathering its information: "By 14 February all agencies had returned their
# information reports"; individual management reviews (IMRs) and agency reports.
PROCESS_WORDS |= {"imr", "imrs", "revision", "revisions"}
PROCESS_PAIRS |= {
    "all agencies", "agencies had", "information report", "information reports",
    "agency report", "agency reports", "management report", "management reports",
    # a document's own history: "Latest revision 11/12/2025", "Next review date"
    "review date", "next review", "of issue", "issue date",
}  # fmt: skip
PROCESS_PAIRS |= {
    "reflective session", "reflective sessions", "reflective discussion", "protection committee",
    "protection committees", "officers group", "officers' group", "review team",
    "safeguarding board", "safeguarding partners", "safeguarding partnership",
    # a DHR goes to the Home Office and its Quality Assurance Panel
    "home office", "quality assurance", "quality assured",
    # a referral for a review, and the groups that govern one
    "sar referral", "dhr referral", "scr referral", "cspr referral", "review referral",
    "executive group", "executive board", "strategic board", "leadership group",
}  # fmt: skip
PROCESS_WORDS |= {
    "scoping", "sab", "sabs", "lscb", "lscbs", "recommendations", "sign-off", "signoff",
}  # fmt: skip
EVENT_WORDS = frozenset(
    [
        "born",
        "birth",
        "died",
        "death",
        "dead",
        "deceased",
        "killed",
        "manslaughter",
        "homicide",
        "suicide",
        "admitted",
        "admission",
        "discharged",
        "hospital",
        "emergency",
        "ambulance",
        "police",
        "charged",
        "convicted",
        "sentenced",
        "custody",
        "found",
        "collapsed",
        "unresponsive",
        "missing",
        "incident",
        "reported",
        "seen",
        "saw",
        "attended",
        "appointment",
        "called",
        "phoned",
        "rang",
        "messaged",
        "texted",
        "assessment",
        "moved",
        "left",
        "returned",
        "removed",
        "placed",
        "placement",
        "taken",
        "went",
        "told",
        "said",
        "strategy",
        "conference",
        "hearing",
        "court",
        "school",
        "nursery",
        "gp",
        "child",
        "baby",
        "infant",
        "mother",
        "father",
        "mum",
        "dad",
        "parent",
        "parents",
        "sibling",
        "siblings",
        "brother",
        "sister",
        "grandmother",
        "grandfather",
        "grandparent",
        "grandparents",
        "partner",
        "victim",
        "perpetrator",
        "family",
        "he",
        "she",
        "his",
        "her",
        "him",
        "funeral",
        "inquest",
        "pregnant",
        "pregnancy",
        "delivered",
        "excluded",
        "exclusion",
        "evicted",
        "eviction",
        "arrived",
        "closed",
        "opened",
        "allocated",
        "a&e",
        # Concerns and the front-line professionals who saw the person.
        "concern",
        "concerns",
        "raised",
        "paediatrician",
        "dietitian",
        "nurse",
        "doctor",
        "teacher",
        "clinician",
        "psychiatrist",
        "therapist",
        # Deaths, injuries and incidents in other words.
        "drowned",
        "hanged",
        "shot",
        "shooting",
        "fire",
        "arson",
        "crash",
        "collision",
        "fell",
        "choked",
        "fatal",
        "fatally",
        "scene",
        "rape",
        "raped",
        "offence",
        "disappeared",
        "located",
        "recovered",
        "post-mortem",
        "autopsy",
        # The same in Welsh: died, hospital, police, child, admitted, mother, father.
        "farw",
        "marw",
        "ysbyty",
        "heddlu",
        "plentyn",
        "derbyn",
        "dderbyn",
        "mam",
        "tad",
    ]
)
EVENT_PREFIXES = (
    "murder", "overdos", "injur", "fractur", "bruis", "assault", "attack", "stabb", "strangl",
    "abus", "paramedic", "arrest", "resuscitat", "disclos", "referr", "visit", "contact",
    "midwi", "pregnan", "suffocat", "asphyx", "burn", "scald", "poison", "ingest", "exploit",
    "traffick", "self-harm", "overdos",
)  # fmt: skip
EVENT_PAIRS = frozenset(
    {
        "health visitor",
        "social worker",
        "gave birth",
        "last seen",
        "own life",
        "went missing",
        "passed away",
        "his body",
        "her body",
        "their body",
        "body was",
    }
)
ROLE_LABEL = re.compile(r"\b(?:Child|Adult|Baby|Sibling|Person|Mr|Mrs|Ms|Miss) [A-Z0-9]\b")
_TOKEN = re.compile(r"[a-z&]+(?:-[a-z]+)*")


def _cues(text: str, begin: int, end: int) -> tuple[int, int, int, int]:
    """(last process cue end, last event cue end, first process cue start, first event cue
    start) in ``text[begin:end]``, -1 where there is none (first: after the date)."""
    lower = lowered(text)
    last_process = last_event = first_process = first_event = -1
    previous = ""
    for match in _TOKEN.finditer(lower, begin, end):
        word = match.group()
        pair = f"{previous} {word}"
        previous = word
        if word in PROCESS_WORDS or pair in PROCESS_PAIRS:
            last_process = match.end()
            if first_process < 0:
                first_process = match.start()
        elif word in EVENT_WORDS or pair in EVENT_PAIRS or word.startswith(EVENT_PREFIXES):
            last_event = match.end()
            if first_event < 0:
                first_event = match.start()
    label = None
    for label in ROLE_LABEL.finditer(text, begin, end):
        if first_event < 0 or label.start() < first_event:
            first_event = label.start()
    if label is not None and label.end() > last_event:
        last_event = label.end()
    return last_process, last_event, first_process, first_event


WEEKDAY = re.compile(
    r"(?i:\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?\s*"
    r"(?:the\s+)?$)"
)
TIME = re.compile(
    r"(?i:\b(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:am|pm|hrs|hours|h)?\b|\b(?:1[0-2]|0?[1-9])\s*(?:am|pm)\b|"
    r"\bnoon\b|\bmidnight\b|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs|hours)\b|"
    # a part of the day in words: "on the morning of", "that evening", "in the early hours"
    r"\b(?:morning|afternoon|evening|night|overnight|early hours|lunchtime|teatime)\b)"
)
AGE = re.compile(
    r"(?i:\baged?\s+(?:about\s+|around\s+|just\s+)?\d+|\b\d+[\s\-](?:years?|months?|weeks?|days?)"
    r"[\s\-]old\b|\bage(?:d)?\s+(?:of\s+)?\d+)"
)
# Where a sentence (or a table cell's row, or a list item) begins and ends.
_BOUNDARY_BEFORE = re.compile(
    r"(?:[.!?][)\"”’]?\s+(?=[A-Z(\"“])|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+>#|]|\d+[.)]\s)))"
)
_BOUNDARY_AFTER = re.compile(
    r"(?:[.!?](?=\s|$)|\x00|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+>#|]|\d+[.)]\s)))"
)
# "on 28.2.23": a preposition that takes a date, never a paragraph number.
DATE_PREPOSITION = re.compile(r"(?i:\b(?:on|dated|until|since)\s+$)")
NOT_DATE_BEFORE = re.compile(r"(?i:\b(?:sort\s*code|s/c|sort)\s*:?\s*$)")
_PARAGRAPH_NUMBER = re.compile(
    r"(?i:\b(?:paragraphs?|paras?\.?|sections?|s\.|§|chapter|clause|page|pp?\.|figure|fig\.|"
    r"table|appendix|recommendation|version|v\.?|rule|part|annex)\s*$)"
)

MESSAGE_DOB = "a date of birth identifies a person; give an age ('aged 4 months') instead"
MESSAGE_AGE_AND_DATE = (
    "an age given with a day-precise date gives the date of birth; give the month and year, "
    "or the age, not both"
)
MESSAGE_EVENT = (
    "a day-precise date of an event in a person's life can identify them; give the month and "
    "year only ('in March 2023')"
)
MESSAGE_FULL = (
    "a day-precise date can identify a person when it is tied to an event in their life; give "
    "the month and year only, unless it is a date of the review process"
)


def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, at most 160 characters before, 80 after.

    A sentence ends at a full stop, a blank line, a list item, a heading line or a table
    row; a front matter value (the engine joins them with NUL characters) is its own text.
    """
    begin = max(0, start - 160)
    boundary = _last(_BOUNDARY_BEFORE, text, begin, start)
    if boundary >= 0:
        begin = boundary
    line_start = text.rfind("\n", begin, start)
    while line_start > begin:
        previous = max(text.rfind("\n", begin, line_start), begin - 1)
        line = text[previous + 1 : line_start].lstrip()
        if line.startswith(("#", "|", "---", "\x00")) or not line:
            begin = line_start + 1
            break
        line_start = previous
    nul = text.rfind("\x00", begin, start)
    if nul != -1:
        begin = nul + 1
    stop = min(len(text), end + 80)
    after = _BOUNDARY_AFTER.search(text, end, stop)
    return begin, after.start() if after else stop


def _last(pattern: re.Pattern, text: str, begin: int, end: int) -> int:
    """End offset of the last match in text[begin:end], or -1."""
    found = -1
    for match in pattern.finditer(text, begin, end):
        found = match.end()
    return found


def _word_ending(text: str, end: int) -> str:
    found = _WORD_BEFORE.search(text, max(0, end - 40), end)
    return found.group() if found else ""


def _before_space(text: str, start: int) -> int:
    """``start`` moved back over the white space before it."""
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start


def _word_starting(text: str, start: int) -> str:
    found = _WORD_AFTER.match(text, start)
    return found.group() if found else ""


WHEN_AFTER = re.compile(r",?[ \t\n]+(?:when|on which|the day|the date)\b")
# What happens to a person on a day, in a clause after the date.
WHEN_EVENTS = word_set(
    """born died dead killed found admitted collapsed unresponsive missing drowned hanged shot
    fell choked murdered stabbed injured assaulted arrested removed taken disclosed"""
)
# Nouns of what happened to a person: "following Child K's death on 14 February".
HARM_WORDS = word_set("death deaths birth born incident homicide killing suicide harm")
# A sentence whose subject is the report or one of its parts: "The draft was shared ...",
# "1.3 The final report was sent to the family ...", "The terms of reference were agreed".
DOCUMENT_SUBJECT = re.compile(
    r"(?i:[\s>*_#-]*(?:\d+(?:\.\d+)*\.?\s+)?(?:the|this|a|its|our)\s+"
    r"(?:(?:board|panel|partnership|partners|committee|sab|scp|csp)['’]s?\s+)?"
    r"(?:(?:final|draft|full|first|second|revised|anonymised|overview|completed)\s+)*"
    r"(?:(?:report|draft|overview report|executive summary|summary|terms of reference|learning "
    r"brief|briefing|action plan|recommendations|findings|chronology|chronologies|review|"
    r"decision)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\b|"
    # the review's own people: "The reviewer met Adult T's wife on ...", "The chair wrote to"
    r"(?:(?:lead|independent|overview)\s+)?(?:reviewers?|author|chair|review\s+panel|"
    r"review\s+team|panel)\s+(?:also\s+)?(?:met|spoke|wrote|visited|interviewed|"
    r"contacted|shared|sent|offered|invited|was\s+appointed|were\s+appointed)\b|"
    # a body of the review acting on the report: "The Board accepted the report on ..."
    r"(?:board|panel|partnership|(?:safeguarding\s+)?partners|committee|sub-?group|group|"
    r"sab|scp|csp|lscb|executive)\s+(?:formally\s+|then\s+|also\s+)?(?:accepted|received|"
    r"considered|approved|endorsed|ratified|noted|agreed|signed\s+off|published)\s+"
    r"(?:the|this|its)\s+(?:(?:final|draft|full|overview|revised|anonymised)\s+)*"
    r"(?:report|review|recommendations|action\s+plan|findings|executive\s+summary)\b))"
)


def _document_subject(text: str, begin: int, start: int, stop: int) -> bool:
    """Whether the date's sentence is about the report (its subject is the report or a part
    of it), and says of nobody that they were born, died, hurt or found."""
    if not DOCUMENT_SUBJECT.match(text, begin, start):
        return False
    words = _TOKEN.findall(lowered(text), begin, stop)
    return not any(
        w in WHEN_EVENTS or w in HARM_WORDS or w.startswith(EVENT_PREFIXES) for w in words
    )


_WORD_BEFORE = re.compile(r"[\w&][\w&\-]*(?: [A-Z0-9])?$")
_WORD_AFTER = re.compile(r"[\w&][\w&\-]*")


# What follows a date cited in brackets with the record it comes from: ", GP record)", "; HV
# notes)", " - police log)".
RECORD_CITATION = re.compile(
    r"\s*[,;:\-–]?\s*[^()\n]{0,40}?\b(?i:record|records|notes|entry|log|chronology|letter|"
    r"report|referral|contact|minutes|statement|assessment)\b[^()\n]{0,20}\)"
)


# A table's header naming a column of review-process dates ("| Agency | Date received |"), or
# a document control table ("| Version | Date | Author | Change |").
PROCESS_COLUMN = re.compile(
    r"(?i:^[\s*_]*(?:date[ \t]+)?(?:(?:report|imr|draft)[ \t]+)?(?:received|submitted|returned|"
    r"approved|completed|agreed|published|circulated|signed[ \t]+off|endorsed)[\s*_]*$)"
)
CONTROL_TABLE = re.compile(r"(?i:\|[\s*_]*(?:version|revision|version no\.?|issue)[\s*_]*\|)")
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")


def _process_column(text: str, start: int) -> bool:
    """Whether the date sits in a Markdown table cell whose column is headed by a process
    label, or in a document control table (the table's dates are the report's own)."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text.startswith("|", line_start) and not text[line_start:start].lstrip().startswith("|"):
        return False
    # Walk up to the table's rule line ("|---|---|"); the header is the line above it.
    position, rows = line_start, 0
    while position > 0 and rows < 200:
        above = text.rfind("\n", 0, position - 1) + 1
        line = text[above : position - 1]
        if _TABLE_RULE.match(line):
            header_start = text.rfind("\n", 0, above - 1) + 1
            header = text[header_start : above - 1]
            if CONTROL_TABLE.search(header + "|"):
                return True
            column = text.count("|", line_start, start) - (
                0 if text[line_start:start].lstrip().startswith("|") else -1
            )
            cells = header.strip().strip("|").split("|")
            return 0 < column <= len(cells) and bool(PROCESS_COLUMN.match(cells[column - 1]))
        if not line.lstrip().startswith("|"):
            return False
        position, rows = above, rows + 1
    return False


def classify(text: str, date: DateMatch) -> tuple[str | None, str]:
    """(kind, cue): kind ``dob``, ``age``, ``event``, ``full`` or None (a process date, or not
    a date at all); the cue says what decided, for ``check --explain``."""
    start, end = date.start, date.end
    if date.key in PLACEHOLDER_DATES:
        return None, ""  # "01/01/1900": a record system's placeholder for an unknown date
    if DOB_BEFORE.search(text, max(0, start - 45), start):
        return "dob", "a date-of-birth word just before it"
    if DOD_BEFORE.search(text, max(0, start - 30), start):
        return "event", "a date-of-death label just before it"
    raw = text[start:end]
    if date.numeric:
        initials = INITIALS_BEFORE.search(text, max(0, start - 12), start)
        if initials and initials.group(1).replace(".", "") not in NOT_INITIALS:
            return "dob", "a person's initials just before it"
        if _PARAGRAPH_NUMBER.search(text, max(0, start - 16), start):
            return None, ""
        if NOT_DATE_BEFORE.search(text, max(0, start - 16), start):
            return None, ""  # "sort code 07-01-16"
        parts = re.split(r"[/.\-]", raw)
        if (
            "." in raw
            and len(parts[-1]) == 2
            and not (len(parts[0]) == 2 and len(parts[1]) == 2)
            and not DATE_PREPOSITION.search(text, max(0, start - 10), start)
            # "(admitted 3.3.23)": an event word right before it makes it a date
            and _word_ending(text, _before_space(text, start)).lower() not in EVENT_WORDS
            # "(14.2.23, health visiting record)": a chronology's citation of its source
            and not (text[start - 1 : start] == "(" and RECORD_CITATION.match(text, end))
        ):
            return None, ""  # "4.1.12": a paragraph number far more often than a date
    begin, stop = _context(text, start, end)
    if "|" in text[max(0, start - 200) : start] and _process_column(text, start):
        return None, ""
    if DATE_LABEL.search(text, max(0, start - 60), start):
        # "Date: 22nd June 2025" opening a line of a title block: the document's own date,
        # unless the line goes on to say what happened.
        line_end = text.find("\n", end)
        _, _, _, event_after = _cues(text, end, len(text) if line_end < 0 else line_end)
        if event_after < 0:
            return None, ""
    process_before, event_before, _, _ = _cues(text, begin, start)
    if _document_subject(text, begin, start, stop):
        # "The draft was shared with Adult R's son on 20 September 2023": a sentence about
        # the report itself dates the review's work, whoever it was shared with.
        return None, ""
    if process_before > event_before:
        # "... the period under review runs to 2 December 2020, when Child B was found
        # injured": a clause after the date that says what happened on it makes it an event.
        when = WHEN_AFTER.match(text, end, stop)
        if when is not None:
            words = set(_TOKEN.findall(lowered(text), when.end(), stop))
            if words & WHEN_EVENTS:
                return "event", "'when' and what happened, after it"
        return None, ""
    weekday = WEEKDAY.search(text, max(begin, start - 16), start)
    if AGE.search(text, begin, start) or AGE.search(text, end, stop):
        return "age", "an age in the same sentence"
    if event_before >= 0:
        return "event", f"'{_word_ending(text, event_before)}' earlier in the sentence"
    if weekday:
        return "event", "a weekday with the date"
    if TIME.search(text, max(begin, start - 24), start) or TIME.search(
        text, end, min(stop, end + 16)
    ):
        return "event", "a time of day with the date"
    _, _, process_after, event_after = _cues(text, end, stop)
    if event_after >= 0 and (process_after < 0 or event_after < process_after):
        return "event", f"'{_word_starting(text, event_after)}' later in the sentence"
    if process_after >= 0:
        return None, ""
    # A day and month without a year, with nothing tying it to anyone: not reported.
    if date.has_year:
        return "full", "a day-precise date; no word in its sentence says what it dates"
    return None, ""


# What may stand between two dates of one list ("2.3.19 (Child K) and 15.8.16"): no full stop,
# no other date cue; the second date is then of the same kind as the first.
_LIST_GAP = re.compile(r"[^.!?\n]{0,30}?(?:,|\band\b|&|;)[^.!?\n]{0,12}")
# Initials before six unseparated digits that read as a date ("AB, 010203").
INITIALS_COMPACT = re.compile(
    r"(?<![\w.])((?:[A-Z]\.?){2,3}),?\s*[(\[]?\s*((?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2})"
    r"(?![\w/\-]|\.\d)"
)


# A day and month in digits after the label of an event ("the date of the incident (14/02)").
EVENT_LABEL_DAY_MONTH = re.compile(
    r"(?i:\b(?:date of (?:the )?(?:incident|death|offence|assault|attack|admission|arrest|"
    r"injury|injuries|disclosure|fire|collision|overdose)|incident date|d\.?o\.?d\b\.?))"
    r"\s*[:(\[]?\s*(?P<date>(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2]))(?![\w/\-]|\.\d)"
)
EVENT_LABEL_WORDS = ("date of", "incident date", "d.o.d", "dod")
# A day as an ordinal alone, its month named nearby: "In February 2023 ... On the 14th, police
# were called"; "between 23:00 on the 6th and 01:30 on the 7th of January".
ORDINAL_DAY = re.compile(
    r"(?i:\b(?:(?:on|by|until|from|since|between|after|before)\s+the\s+|"
    # "On the night of Friday 3rd": a weekday names the day of an event
    r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:the\s+)?))"
    r"(?P<day>(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b(?![\w\-])"
    r"(?!\s*(?i:of\s+)?(?:century|floor|birthday|week|day|time|anniversary|attempt|occasion|"
    r"minute|hour|place|percentile|centile|year|grade|stage|trimester|visit|call|contact|"
    r"appointment|session|meeting|edition|version|page|paragraph|line|round|day)\b)"
)
_MONTH_NEAR = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)


_ORDINAL_SUFFIX = re.compile(r"\d(?:st|nd|rd|th)\b")


def _ordinal_days(text: str, dates: list[DateMatch]) -> Iterator[Hit]:
    """Ordinal days standing alone in a sentence about an event, with a month named within
    250 characters before or 60 after (a day without its month still dates the event)."""
    taken = [(d.start, d.end) for d in dates]
    for suffix in _ORDINAL_SUFFIX.finditer(text):
        # the ordinal's start: one or two digits before its suffix, "the" before them
        begin = max(0, suffix.start() - 22)
        match = ORDINAL_DAY.search(text, begin, suffix.end() + 60)
        if match is None or match.end("day") != suffix.end():
            continue
        start, end = match.start("day"), match.end("day")
        if any(a <= start < b for a, b in taken):
            continue
        # "On the 14th the health visitor called": an ordinal day after "on the" dates what
        # the sentence says happened, even where the chronology named the month long before.
        if match.group("weekday"):
            # the weekday ties the day to an event, unless the sentence is the review's own
            kind, cue = classify(text, DateMatch(start, end, "--01-01", False, False))
            if kind == "event":
                yield EVENT_DATE.hit(match.start(), end, cue)
            continue
        on_the = text[match.start() : match.start() + 2].lower() == "on"
        if (
            not on_the
            and _MONTH_NEAR.search(text, max(0, start - 250), min(len(text), end + 60)) is None
        ):
            continue
        kind, cue = classify(text, DateMatch(start, end, "--01-01", False, False))
        if kind == "event":
            yield EVENT_DATE.hit(start, end, cue)


def find(text: str) -> Iterator[Hit]:
    previous: tuple[int, str | None, str] = (-1, None, "")
    dates = find_dates(text)
    if "th" in text or "st" in text or "nd" in text or "rd" in text:
        yield from _ordinal_days(text, dates)
    if any(occurs(word, text) for word in EVENT_LABEL_WORDS):
        windows = literal_windows(text, EVENT_LABEL_WORDS, 0, 40, digit_after=True)
        for match, delta in windows.finditer(EVENT_LABEL_DAY_MONTH):
            yield EVENT_DATE.hit(
                match.start("date") + delta, match.end("date") + delta, "an event's date label"
            )
    for date in dates:
        kind, cue = classify(text, date)
        last_end, last_kind, last_cue = previous
        if (
            kind in (None, "full")
            and last_kind in ("dob", "event")
            and 0 <= date.start - last_end <= 45
            and _LIST_GAP.fullmatch(text, last_end, date.start)
        ):
            kind, cue = last_kind, f"listed with a date before it ({last_cue})"
        previous = (date.end, kind, cue)
        if kind == "dob":
            yield DATE_OF_BIRTH.hit(date.start, date.end, cue)
        elif kind == "age":
            yield Hit(date.start, date.end, DATE_OF_BIRTH.id, MESSAGE_AGE_AND_DATE, cue)
        elif kind == "event":
            yield EVENT_DATE.hit(date.start, date.end, cue)
        elif kind == "full":
            yield FULL_DATE.hit(date.start, date.end, cue)
    for match, delta in number_windows(text).finditer(INITIALS_COMPACT):
        if match.group(1).replace(".", "") not in NOT_INITIALS:
            start = match.start(2) + delta
            yield DATE_OF_BIRTH.hit(
                start, match.end(2) + delta, "a person's initials just before it"
            )
    # A day and month after a weekday ("Sunday 4/6"): the weekday ties it to an event.
    if any(occurs(day, text) for day in WEEKDAY_WORDS):
        windows = literal_windows(text, WEEKDAY_WORDS, 0, 20, digit_after=True)
        for match, delta in windows.finditer(WEEKDAY_DAY_MONTH):
            start = match.start() + delta
            yield EVENT_DATE.hit(start, match.end("date") + delta, "a weekday with the date")
    # A day and month of birth written with digits and no year ("DOB 3/4") still identify.
    if any(occurs(word, text) for word in BIRTH_WORDS):
        windows = literal_windows(text, BIRTH_WORDS, 0, 40, digit_after=True)
        for match, delta in windows.finditer(DAY_MONTH_DOB):
            start = match.start() + delta
            if DOB_BEFORE.search(text, max(0, start - 45), start):
                yield DATE_OF_BIRTH.hit(
                    start, match.end() + delta, "a date-of-birth word just before it"
                )


DATE_OF_BIRTH = Rule(
    id="date-of-birth",
    severity="error",
    message=MESSAGE_DOB,
    summary="A date of birth, or an age given with a day-precise date (which gives it)",
    fix="Give an age instead ('aged 4 months'), or the month and year; never both a "
    "day-precise date and an age.",
    docs='a date after "born", "date of birth", "DOB", "d.o.b.", "b." or a person\'s initials '
    '("AB, 01.02.03"), in any format, with or without the year; a day-precise date in the same '
    'sentence as an age ("on 3 May 2022, aged 4 months")',
    rank=80,
    find=find,
)
EVENT_DATE = Rule(
    id="event-date",
    severity="error",
    message=MESSAGE_EVENT,
    summary="A day-precise date tied to a person or an event in their life",
    fix="Give the month and year only ('in March 2023'), or the time in relation to another "
    "event ('two days later').",
    docs="a day-precise date in any format (14 March 2022, 14th of March '22, the fourteenth of "
    "March, 14.03.22, 14/03/2022, 2022-03-14, Monday 14 March) in a sentence about a person or "
    "an event (died, admitted, found, a visit, the incident, a role or pseudonym), or with a "
    "weekday or a time of day; process dates (report completed, approved or published, "
    "learning event, review period, terms of reference agreed) pass",
    rank=85,
    find=find,
)
FULL_DATE = Rule(
    id="full-date",
    # Not tied to anyone by its sentence: a strong warning sign that a person must judge.
    severity="warning",
    message=MESSAGE_FULL,
    summary="A day-month-year date that no cue ties to a person, an event or the review process",
    fix="Give the month and year only ('in March 2023'); a date of the review process may stay.",
    docs="a day-month-year date whose sentence says neither what happened nor that it is a "
    "date of the review process",
    rank=90,
    find=find,
)
RULES = (DATE_OF_BIRTH, EVENT_DATE, FULL_DATE)

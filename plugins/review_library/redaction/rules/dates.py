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

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from itertools import pairwise

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.datetext import (
    HOLIDAY_NAMES,
    HOLIDAY_TRIGGERS,
    DateMatch,
    find_dates,
)
from review_library.redaction.rules.foreign_dates import BIRTH_LABELS, BIRTH_LINKS
from review_library.redaction.rules.heading_dates import (
    HEADING_PROCESS,
    heading_line,
    opens_heading,
)
from review_library.redaction.rules.national_dates import NATIONAL_DAYS, shared_national_date
from review_library.redaction.rules.text import (
    digit_finditer,
    literal_windows,
    lowered,
    may_occur,
    number_windows,
    occurs_any,
    word_set,
)

DOB_BEFORE = re.compile(
    r"(?i:\b(?:date of birth|birth ?date|d[./]?\s?o[./]?\s?b\b[./]?|born|birthday|b\.|"
    # text speak: "bday", "b'day", "b-day", "birfday"
    r"b['’\-]?day|birf?day|burf?day|"
    # Welsh: "dyddiad geni" (date of birth), "ganwyd" (was born)
    r"dyddiad geni|ganwyd|"
    # the languages of a family's own documents: "data urodzenia", "nasceu a", "né le"
    rf"(?:{BIRTH_LABELS})(?![^\W\d_])))"
    # "DOB was given as", "date of birth recorded as"
    r"\s*(?:(?i:on|was|is|of|in|the|given|recorded|noted|shown|stated|written|as|:|-|–|,|"
    rf"{BIRTH_LINKS})\s*)*"
    r"[(\[]?\s*$"
)
PLACEHOLDER_DATES = frozenset({"1900-01-01", "1901-01-01", "1899-12-31", "1970-01-01"})
# A date of death by its label: "D.O.D.: 21/11/2022", "date of death", "DOD", "died:".
DOD_BEFORE = re.compile(
    r"(?i:\b(?:date of death|d[./]?\s?o[./]?\s?d\b[./]?|died|dyddiad marw|bu farw))"
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
    # The same label alone in the cell before, as a template's statement table has it:
    # "| Statement of independence | ... |" then "| Date | 20 May 2024 |".
    r"|(?im:^[ \t]*\|[ \t*_]*(?:date|dated|date signed|date of (?:the )?(?:final |draft )?"
    r"(?:report|publication|approval|completion|statement|signature|sign[- ]off))[ \t*_]*\|"
    r"[ \t*_]*$)"
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
# A weekday before a day and month in digits, without a year ("Sunday 4/6", "Fri 14.3"),
WEEKDAY_DAY_MONTH = re.compile(
    # (and a part of the day between: "on Tuesday evening, 14/02")
    r"(?i:\b(?:mon|tues?|wed(?:nes|s)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s*)"
    r"(?P<date>(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2]))(?![\w/\-]|\.\d)"
)
WEEKDAY_WORDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_MONTH = r"(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])"
# A day and month in digits without a year where only a date can stand: after "on" ("at
# 03:40 on 12/3"), or as a chronology's first cell or list item ("| 14/02 | GP | ...",
# "- 14/02: ..."; "| 14.2 |" only where no recommendation or numbered paragraph follows, or
# under a "Date" column, since "| 4.1 | Police should ... |" numbers paragraphs). "On 3/4
# occasions" and "on 1/2 of visits" are counts, not dates. Its sentence then decides, as for
# any date without a year: nothing happens to anyone, nothing is reported.
CHAINED_DAY_MONTH = re.compile(
    rf"\s*(?:,|(?i:and|to|until|till)|[-–])\s+(?:\w+\s+){{0,2}}?(?:(?i:on)\s+)?(?P<date>{_DAY_MONTH})"
    r"(?![\w/\-]|[.:]\d)"
)
ON_BEFORE = re.compile(r"(?<![\w/.])(?i:on)\s+(?:(?i:the|st\.?|saint)\s+)?$")
HOLIDAY_ON = re.compile(
    rf"(?<![\w/.])(?i:on)\s+(?:(?i:the)\s+)?(?P<day>{HOLIDAY_NAMES})"
    r"(?!,?\s+(?:(?i:of|in)\s+)?(?:19|20)\d{2})(?![\w'’])"
)
# Words before a fraction, a score or a rating, never before a date standing alone.
FRACTION_BEFORE = word_set(
    """aged age ages year years yr yrs at between from to scored scores score rated rating
    ratings marked mark marks out of about around nearly almost over under than only just
    level grade was were is are be by rose fell increased decreased dropped risen fallen"""
)
# Its cheap prefilter: a short "d/m" or "d.m" anywhere (the slot is then read around it).
# The scan opens with a digit so that the regex engine skips to digits; the boundaries are
# tested after (a pattern opening with a look-behind is tried at every character).
SHORT_DAY_MONTH = re.compile(r"(?<!\d)\d+[/.]\d+")
_SHORT_DAY_MONTH_EXACT = re.compile(_DAY_MONTH)
_SHORT_AFTER = re.compile(r"[\w/\-]|[.:]\d")


def _short_day_months(text: str) -> Iterator[re.Match[str]]:
    """Matches of ``_DAY_MONTH`` standing alone: no word, slash, dot or dash before, no more
    digits, letters or parts of a longer number after."""
    for found in digit_finditer(SHORT_DAY_MONTH, text):
        start = found.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_/.-"):
            continue
        if _SHORT_AFTER.match(text, found.end()):
            continue
        exact = _SHORT_DAY_MONTH_EXACT.fullmatch(text, start, found.end())
        if exact:
            yield exact


# The triggers of datetext, with the words that open many other phrases ("Mother", "Father",
# "Ash") in full, so that str.find stops where a named day can stand.
ON_HOLIDAY_TRIGGERS = (
    *(t for t in HOLIDAY_TRIGGERS if t not in ("Mother", "Father", "Ash", "Holi")),
    *("Mother's Day", "Mother’s Day", "Father's Day", "Father’s Day", "Ash Wednesday", "Holi "),
)


def _holiday_triggers(text: str) -> set[int]:
    """Where each capitalised word that opens or names a named day stands (by str.find: a
    regex alternation of them is tried at every character)."""
    found = set()
    for trigger in ON_HOLIDAY_TRIGGERS:
        if not may_occur(trigger.lower(), text):
            continue  # ruled out by the text's vocabulary, without reading it again
        at = text.find(trigger)
        while at != -1:
            found.add(at)
            at = text.find(trigger, at + 1)
    return found


DAY_MONTH_SLOT = re.compile(
    rf"(?:(?<![\w/.])(?i:on|admitted|discharged|seen|died|born|found|arrested|attended|visited)"
    rf"\s+(?:(?i:the)\s+)?(?P<on>{_DAY_MONTH})"
    # after any word, with slashes, where a clause ends after it ("taken into custody 3/9
    # and released on bail 5/9."): a fraction goes on to what it counts ("2/3 bottles")
    r"|(?<=[a-z]{3} )(?P<bare>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))"
    r"(?=[.,;:)]|\s*$|\s+(?i:and|at|when|after|before|by|to|until|with|from|on|but|following)\b)"
    r"|(?m:^[ \t]*(?:\|[ \t]*|[-*+][ \t]+)[*_]{0,2}"
    r"(?P<row>(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2]))[*_]{0,2}[ \t]*(?=[|:,]|[-–—]\s)))"
    r"(?![\w/\-]|[.:]\d)"
    r"(?!\s*(?i:occasions?|times?|of|out|visits?|days?|weeks?|months?|years?|%|per)\b)"
)
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
        "author+date",
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
    # a listing of a board's documents: "Date added: 05/12/19"
    "date added",
}  # fmt: skip
# A duty in law from a date: "From 29 June 2018 local authorities have a duty to notify".
PROCESS_WORDS |= {"notify"}
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
# Statistics and the work of inspectorates and audits date the system, not a person: "as at 31
# March 2023", "in the twelve months to 31 March", "Ofsted inspected the service on ...".
PROCESS_WORDS |= {
    "statistics", "statistical", "figures", "data", "snapshot", "census", "scope",
    "inspection", "inspections", "inspected", "inspectorate", "audit", "audits", "audited",
}  # fmt: skip
PROCESS_PAIRS |= {
    "as at", "as of", "months to", "months ending", "quarter to", "quarter ending",
    "period ending", "period to",
    # the span of the review's own chronology, and a body's record of its meetings
    "chronology from", "chronology runs", "chronology spans", "chronology covering",
    "minutes of", "consultation closed", "consultation opened",
}  # fmt: skip
# Inspectorates' visits are terms of art ("a focused visit", "a monitoring visit"); a GP's
# "consultation" is an event, a government's is named by what it did ("closed").
PROCESS_PAIRS |= {
    "focused visit", "monitoring visit", "inspection visit", "targeted area", "joint targeted",
}  # fmt: skip
# A family's part in the review: "Adult D's sister contributed to the review", "the family
# were told about the review by letter on", "their involvement in the review".
PROCESS_PAIRS |= {
    "contributed to", "contribute to", "contribution to", "contributions to", "told about",
    "informed about", "involvement in", "participate in", "participated in", "participation in",
    "informed of",
}  # fmt: skip
# A service's own contract: "the service was recommissioned on 1 April 2023".
PROCESS_WORDS |= {"recommissioned", "decommissioned", "retendered", "re-tendered"}
PROCESS_WORDS |= {"training", "seminar", "webinar", "ofsted", "hmicfrs", "estyn", "jtai"}
# The review hearing from practitioners: "Interviews with practitioners took place between 4
# and 8 November", "the learning was shared with practitioners at a briefing on".
PROCESS_WORDS |= {"briefing", "briefings", "repealed"}
PROCESS_PAIRS |= {
    "with practitioners", "practitioner interviews", "practitioner conversations",
    "practitioner briefing", "practitioner briefings", "practitioners took",
    # law and the review gathering information: "took effect on", "information was requested"
    "took effect", "into effect", "information was", "information requested",
}  # fmt: skip
PROCESS_WORDS |= {
    "scoping", "sab", "sabs", "lscb", "lscbs", "recommendations", "sign-off", "signoff",
}  # fmt: skip
# The partnership as the actor of the review's own steps: "a decision recorded by the
# partnership on ...", "agreed with the partnership on ..." (a family's "civil partnership"
# is no pair of these).
PROCESS_PAIRS |= {"the partnership", "the partnership's"}
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
        "happened",
        "occurred",
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
        "fall",
        # a section 47 enquiry into a child's harm (not the review's "enquiries of agencies")
        "enquiry",
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
        # mutated as they follow "y" (the), "ei" (his/her): mother, baby, doctor, father
        "fam",
        "babi",
        "meddyg",
        "feddyg",
        "nhad",
        "dad",
        # Scottish Gaelic and Irish: dead, murder, police, hospital.
        "marbh",
        "murt",
        "poileas",
        "phoileas",
        "ospadal",
    ]
)
EVENT_PREFIXES = (
    "murder", "overdos", "injur", "fractur", "bruis", "assault", "attack", "stabb", "strangl",
    "abus", "paramedic", "arrest", "resuscitat", "disclos", "referr", "visit", "contact",
    "midwi", "pregnan", "suffocat", "asphyx", "burn", "scald", "poison", "ingest", "exploit",
    "traffick", "self-harm", "overdos",
    # Welsh: murder, attack, injur(y), incident.
    "llofrudd", "ymosod", "anaf", "digwyddiad",
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
# (Welsh reviews label their subjects in Welsh: "Plentyn A", "Oedolyn M", "Baban T",
# "Person Ifanc D", as bilingual partnerships publish them)
ROLE_LABEL = re.compile(
    r"\b(?:Child|Adult|Baby|Sibling|Person|Mr|Mrs|Ms|Miss|Plentyn|Oedolyn|Baban|Babi|"
    r"Person Ifanc) [A-Z0-9]\b"
)
# A review's documents named after its subject, in a list of publications: "Adult V Overview
# Report", "Child K - Learning Brief", "Baby T Executive Summary", "Adult D 7 Minute Briefing".
DOCUMENT_AFTER_LABEL = re.compile(
    r"[ \t]*(?:[-–—:][ \t]*)?(?:(?:Overview|Executive|Learning|Final|Full|Published|Review|"
    r"Seven|7|Minute|Practitioner|Action)[ \t-]+){0,3}"
    r"(?:Report|Brief|Briefing|Summary|Plan|Leaflet|Poster)\b"
)
# (Title case only: in a sentence "Adult V report 04/04/2023 said ..." is no document.)
_TWO_WORDS_BEFORE = re.compile(r"([a-z]+[ \t]+[a-z]+)[ \t]+(?:this|the)[ \t]+\Z")


def _last_two(lower: str, start: int) -> str:
    """The two words before "this"/"the" that end just before ``start`` ("led to")."""
    found = _TWO_WORDS_BEFORE.search(lower, max(0, start - 30), start)
    return " ".join(found.group(1).split()) if found else ""


_TOKEN = re.compile(r"[a-z&]+(?:-[a-z]+)*")
REVIEW_NAME_BEFORE = re.compile(
    r"\b(?:L?CSPR|SCR|SAR|DHR|APR|CPR|MARR|(?i:practice|case|adults?|homicide)\s+review)"
    r"\s*[:\-–]?\s*(?:(?i:into|of|for)\s+)?$"
)


# "The incident that led to this review happened on ...": the review named as what an
# event caused is no process cue.
CAUSED = frozenset({"led to", "lead to", "leads to", "prompted", "triggered", "caused"})


# A step of the work with a person, and the verbs that otherwise date the review's own
# documents: "a carer's assessment was completed on", "the referral, submitted on", "a
# strategy discussion agreed on" date the case, not the review ("the report was completed").
CASE_WORK = word_set(
    """assessment assessments referral referrals visit visits strategy conference placement
    appointment admission contact hearing enquiry enquiries"""
)
CASE_WORK_VERBS = word_set(
    "completed completion agreed approved submitted finalised finalized updated signed"
)


# A governing body named in capitals ("the Board", "the Domestic Abuse Local Partnership
# Board", "the Safeguarding Adults Board", "the SAR Sub-group"): the review's governance, whose
# meetings and reports are process dates; the words of its name are no event ("Abuse").
# Left out: panels and groups, which discuss people ("the Complex Case Panel discussed Mr W
# on"), a partnership that is a service ("Mental Health Partnership NHS Trust": nothing in
# capitals may follow), and the Parole Board, which decides on a person.
NAMED_BODY = re.compile(
    r"\b(?<!Parole )(?:[A-Z][\w'’\-]*[ \t]+(?:(?:and|of|for|on)[ \t]+)?){0,6}"
    r"(?:Board|Sub-?[Gg]roup|Sub-?[Cc]ommittee|Committee|Safeguarding[ \t]+Partners|"
    r"(?:Safety|Safeguarding)[ \t]+Partnership)\b(?![ \t]+[A-Z])"
)
NAMED_BODY_HINT = re.compile(r"Board|[Gg]roup|[Cc]ommittee|Partner")


def _cues(text: str, begin: int, end: int) -> tuple[int, int, int, int]:
    """(last process cue end, last event cue end, first process cue start, first event cue
    start) in ``text[begin:end]``, -1 where there is none (first: after the date)."""
    lower = lowered(text)
    last_process = last_event = first_process = first_event = -1
    previous = before_previous = ""
    case_work = -9  # token number of the last step of case work
    bodies = (
        [m.span() for m in NAMED_BODY.finditer(text, begin, end)]
        if NAMED_BODY_HINT.search(text, begin, end)
        else []
    )
    for number, match in enumerate(_TOKEN.finditer(lower, begin, end)):
        word = match.group()
        body_end = next((e for b, e in bodies if b <= match.start() < e), -1)
        if body_end >= 0:
            last_process = max(last_process, body_end)
            if first_process < 0:
                first_process = match.start()
            previous = before_previous = ""
            continue
        pair = f"{previous} {word}"
        caused = word == "review" and (
            before_previous in CAUSED or f"{_last_two(lower, match.start())}" in CAUSED
        )
        before_previous, previous = previous, word
        if caused:
            continue
        if word in CASE_WORK and pair not in PROCESS_PAIRS:
            case_work = number
        elif word in CASE_WORK_VERBS and number - case_work <= 4:
            last_event = match.end()
            if first_event < 0:
                first_event = match.start()
            continue
        if word in PROCESS_WORDS or pair in PROCESS_PAIRS:
            last_process = match.end()
            if first_process < 0:
                first_process = match.start()
        elif word in EVENT_WORDS or pair in EVENT_PAIRS or word.startswith(EVENT_PREFIXES):
            last_event = match.end()
            if first_event < 0:
                first_event = match.start()
    label = None
    for found in ROLE_LABEL.finditer(text, begin, end):
        if REVIEW_NAME_BEFORE.search(text, max(begin, found.start() - 24), found.start()):
            continue  # "CSPR Child K" in a page footer names the review, not the child
        document = DOCUMENT_AFTER_LABEL.match(text, found.end())
        if document is not None:
            # "Adult V Overview Report 04/04/2023": the date a document was published.
            last_process = max(last_process, document.end())
            if first_process < 0:
                first_process = document.start()
            continue
        label = found
        if first_event < 0 or label.start() < first_event:
            first_event = label.start()
    if label is not None and label.end() > last_event:
        last_event = label.end()
    return last_process, last_event, first_process, first_event


WEEKDAY = re.compile(
    r"(?i:\b(?:(?:mon|tues?|wed(?:nes|s)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|"
    # Welsh: "dydd Llun", "ddydd Sadwrn" (mutated), "nos Wener" (Friday night)
    r"d?dydd\s+(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)|"
    r"nos\s+(?:Lun|Fawrth|Fercher|Iau|Wener|Sadwrn|Sul))\b\.?,?\s*"
    r"(?:the\s+|y\s+)?$)"
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
    r"(?i:[\s>*_#-]*(?:\d+(?:\.\d+)*\.?\s+)?"
    # a step of the review before the subject: "Before publication, the report was shared"
    r"(?:(?:before|after|prior\s+to|following|ahead\s+of)\s+(?:the\s+)?(?:publication|"
    r"approval|sign-?off|the\s+panel|the\s+board)[\w\s]{0,20}?,\s+)?"
    r"(?:the|this|a|its|our)\s+"
    r"(?:(?:board|panel|partnership|partners|committee|sab|scp|csp)['’]s?\s+)?"
    r"(?:(?:final|draft|full|first|second|revised|anonymised|overview|completed)\s+)*"
    r"(?:(?:report|draft|overview report|executive summary|summary|terms of reference|learning "
    r"brief|briefing|action plan|recommendations|findings|chronology|chronologies|review|"
    r"decision)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\b|"
    # the review's own people: "The reviewer met Adult T's wife on ...", "The chair wrote to"
    r"(?:(?:lead|independent|overview|panel|review|board)\s+)?(?:reviewers?|author|"
    # "The chair of the Partnership wrote to Mother on ..."
    r"chair(?:\s+of\s+the\s+[\w\s]{3,40}?)?|review\s+panel|"
    r"review\s+team|panel)\s+(?:also\s+)?(?:met|spoke|wrote|visited|interviewed|"
    r"contacted|shared|sent|offered|invited|was\s+appointed|were\s+appointed)\b|"
    # a body of the review acting on the report: "The Board accepted the report on ..."
    r"(?:board|panel|partnership|(?:safeguarding\s+)?partners|committee|sub-?group|group|"
    r"sab|scp|csp|lscb|executive)\s+(?:formally\s+|then\s+|also\s+)?(?:accepted|received|"
    r"considered|approved|endorsed|ratified|noted|agreed|signed\s+off|published)\s+"
    r"(?:the|this|its)\s+(?:(?:final|draft|full|overview|revised|anonymised)\s+)*"
    r"(?:report|review|recommendations|action\s+plan|findings|executive\s+summary)\b))"
)


# A law, duty or guidance as a sentence's subject: "The Serious Violence Duty commenced on",
# "The Domestic Abuse Act 2021 received Royal Assent on", "Local guidance (2022) came ...".
# The name is read by its form: capitalised words with small joining words and parenthesised
# parts ("The Social Services and Well-being (Wales) Act 2014"), in italics or quotes or not;
# a title that ends in its edition's year ("Working Together to Safeguard Children 2023");
# or a described document ("the national guidance", "the 2016 guidance", "the new edition
# of the Care and Support Statutory Guidance"), then, after an aside in commas, a verb of
# a document coming into use or going out of it.
_LAW_WORD = r"(?:[A-Z][\w'’\-]*|\([A-Z][^()\n]{0,40}\))"
_LAW_JOIN = r"(?:(?:of|and|for|to|on|in|the|&)[ \t]+)*"
_LAW_NOUN = (
    r"(?:Act|Duty|Regulations|Bill|Order|Code|Guidance|guidance|Framework|Strategy|Protocol|"
    r"Policy|policy|Procedures|procedures|Standards|Rules|legislation|Plan|Law|Scheme|Measure)"
)
_LAW_NAME = (
    rf"[*_\"“‘]?(?:(?:{_LAW_WORD}[ \t]+{_LAW_JOIN}){{0,8}}{_LAW_NOUN}\b"
    r"(?:[ \t]+\(?(?:19|20)\d{2}\)?)?"
    rf"|(?:{_LAW_WORD}[ \t]+{_LAW_JOIN}){{2,9}}(?:19|20)\d{{2}}\b)[*_\"”’]?"
)
_LAW_DESCRIBED = (
    r"(?:(?:19|20)\d{2}[ \t]+|[a-z][\w\-]*[ \t]+){0,3}"
    r"(?:guidance|legislation|edition|version|regulations|framework|procedures|code|law|duty)\b"
    rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?{_LAW_NAME})?"
)
LAW_SUBJECT = re.compile(
    r"[\s>*_#-]*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:The|the|Our|This|Its|That)\s+)?"
    rf"(?:{_LAW_NAME}|{_LAW_DESCRIBED})"
    r"(?:,[ \t]+[^,.;\n]{3,80},)?"
    r",?\s+(?:(?:was|were|has|had|have|first|also|been|then|formally)\s+){0,3}"
    r"(?:commenced|came|comes|took|takes|received|introduced|enacted|published|issued|replaced|"
    r"updated|revised|launched|applies|applied|became|begins|began|started|withdrawn|"
    r"superseded|rolled|amended|repealed)\b"
)


# A family told of the review or asked to take part in it: "The family were informed of the
# review on", "Mother was written to on ... and invited to take part".
FAMILY_IN_REVIEW = re.compile(
    r"(?i:\b(?:informed|told|notified|written\s+to|wrote\s+to|invited|asked|approached)\b"
    r"[^.\n\x00]{0,60}?\b(?:the|this)\s+(?:review|sar|dhr|l?cspr|scr|panel)\b|"
    r"\binvited\s+to\s+(?:take\s+part|contribute|meet\s+the\s+review)|"
    r"\b(?:take|taking|took)\s+part\s+in\s+(?:the|this)\s+review\b|"
    r"\bcontribut\w*\s+to\s+(?:the|this)\s+review\b)|"
    # a national or inspecting body told of the review's steps: "the Care Inspectorate was
    # told of the decision on", "the National Panel was informed on"
    r"\b(?:Inspectorate|National\s+Panel|Home\s+Office|Ofsted|Estyn|CQC|CIW|HMICFRS|"
    r"Commissioner|Quality\s+Assurance\s+Panel)\s+(?:was|were|had\s+been)\s+"
    r"(?:told|informed|notified|updated|sent)\b"
)


# A review body as the sentence's subject, a date after "and on" with no subject of its own,
# then the body's decision.
BODY_SUBJECT = re.compile(
    r"[\s*_>#-]*(?:The|the)\s+(?:[\w'’-]+\s+){0,4}?(?:[Bb]oard|[Pp]anel|[Pp]artnership|"
    r"SAB|SCP|LSCB|LSCP|CSP|[Ss]ub-?group|[Cc]ommittee|[Pp]artners)\b"
)
AND_ON_BEFORE = re.compile(r"\band\s+on\s+(?:the\s+)?\Z")
DECISION_AFTER = re.compile(
    r"[\s,]*(?:it\s+)?(?:concluded|decided|agreed|determined|resolved|confirmed|ratified|"
    r"endorsed|approved)\b"
)


def _body_decision(text: str, begin: int, start: int, end: int) -> bool:
    if not (
        BODY_SUBJECT.match(text, begin, start)
        and AND_ON_BEFORE.search(text, max(begin, start - 16), start)
        and DECISION_AFTER.match(text, end)
    ):
        return False
    # No person and nothing that happened to one comes before: "..., who was seen and on";
    # the subject's label ("Child N") is what the body asked about.
    words = _TOKEN.findall(ROLE_LABEL.sub(" ", text[begin:start]).lower())
    return not any(
        w in PERSON_SUBJECTS or w in EVENT_WORDS or w.startswith(EVENT_PREFIXES) for w in words
    )


PERSON_SUBJECTS = frozenset({"who", "he", "she", "they", "whom"})


def _document_subject(text: str, begin: int, start: int, stop: int) -> bool:
    """Whether the date's sentence is about the report (its subject is the report or a part
    of it), a law or guidance, or the family's part in the review, and says of nobody that
    they were born, died, hurt or found."""
    law = LAW_SUBJECT.match(text, begin, start)
    if not (
        law
        or DOCUMENT_SUBJECT.match(text, begin, start)
        or FAMILY_IN_REVIEW.search(text, begin, stop)
    ):
        return False
    # A law's own name may hold event words ("the Domestic Violence Disclosure Scheme was
    # rolled out on"): only the words after its name say whether anyone was harmed.
    words = _TOKEN.findall(lowered(text), law.end() if law else begin, stop)
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
# A timeline of the review itself, its first column headed as steps: "| Stage | Date |",
# "| Step | When |", "| Review milestone | Date |".
PROCESS_TABLE = re.compile(
    r"(?i:^[ \t]*\|?[\s*_]*(?:(?:review|process)[ \t]+)?(?:stages?|steps?|milestones?)[\s*_]*\|)"
)
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
            if CONTROL_TABLE.search(header + "|") or PROCESS_TABLE.match(header):
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


PAGE_NUMBER = re.compile(r"(?i:\bpage\s+\d+(?:\s+of\s+\d+)?\b|\bp\.\s?\d+\s*$)")
VERSION_HEADER = re.compile(r"(?i:\b(?:version|revision|amendments?|changes|v\.?\s?no)\b)")
# A count of people, cases or a share: what statistics say on a census date.
STATISTIC = re.compile(
    r"(?i:\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s?(?:%|per\s?cent\b)|"
    r"\b(?:there\s+(?:were|was|are)|a\s+total\s+of)\s+\d[\d,]*\s+(?!of\b)[a-z])"
)


# Event words that also tell of a service's or the review's work; alone with a process cue
# they date that work ("the consultation closed on", "sessions were delivered on").
WEAK_EVENTS = word_set(
    """closed opened delivered attended arrived held presented reported
    taken extracted drawn collected received sent shared provided requested produced run"""
)


def _only_weak_events(text: str, begin: int, stop: int) -> bool:
    """Whether the sentence's only event cues are weak ones, and it names no person."""
    if ROLE_LABEL.search(text, begin, stop):
        return False
    previous = ""
    for match in _TOKEN.finditer(lowered(text), begin, stop):
        word = match.group()
        pair = f"{previous} {word}"
        previous = word
        if word in PROCESS_WORDS or pair in PROCESS_PAIRS or word in WEAK_EVENTS:
            continue
        if word in EVENT_WORDS or pair in EVENT_PAIRS or word.startswith(EVENT_PREFIXES):
            return False
    return True


DATE_COLUMN = re.compile(r"(?i:^\s*\|\s*(?:\*\*)?date\b)")
RECOMMENDATION = re.compile(r"(?i:\b(?:should|must|recommend\w*|will|to ensure|consider)\b)")


def _dated_row(text: str, line: int, dotted: bool) -> bool:
    """Whether a table row or list item that starts with "14/2" or "14.2" starts with a date:
    its table's first column is "Date" ("| Recommendation |" and "| Age |" hold numbers
    too), or, in a table without a header row, it is no recommendation; a list item
    ("- 14/2: ...") when written with a slash ("- 4.1 ..." numbers a paragraph)."""
    stop = text.find("\n", line)
    row = text[line : len(text) if stop < 0 else stop]
    if not row.lstrip().startswith("|"):
        return not dotted
    header = _table_header(text, line)
    if header != row:
        return DATE_COLUMN.search(header) is not None
    return not dotted or RECOMMENDATION.search(row) is None


CLINICAL_AGE = re.compile(
    r"(?i:\b(?:aged?|old|immunis\w*|vaccin\w*|development\w*|checks?|centiles?|weight|weighed|"
    r"corrected|months?)\b)"
)


def _sentence_has(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``pattern`` occurs in the sentence around ``text[start:end]``."""
    begin, stop = _context(text, start, end)
    return pattern.search(text, begin, stop) is not None


def _clinical_age(text: str, start: int, end: int) -> bool:
    """Whether "3/12" stands in a sentence about a child's age or development."""
    return _sentence_has(CLINICAL_AGE, text, start, end)


PERSON_WORDS = word_set(
    """child baby infant mother father mum dad parent parents sibling brother sister
    grandmother grandfather partner victim perpetrator he she his her him they"""
)


# A named day with no year told as a custom, not as one day: "every Christmas ... on Boxing
# Day", "the pierogi he missed at Wigilia on Christmas Eve", "as they always did on Eid". A
# feast recurs each year, so only a sentence telling of one occasion fixes its day.
HABIT_RE = re.compile(
    r"\b(?i:every|each|always|usually|normally|often|tradition(?:al|ally|s)?|annual(?:ly)?|"
    r"customs?|used\s+to|missed|misses|favourite|yearly)\b"
)


def _habit(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` tells of a custom or habit."""
    return _sentence_has(HABIT_RE, text, start, end)


def _names_a_person(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` names a person by role or pronoun."""
    begin, stop = _context(text, start, end)
    if ROLE_LABEL.search(text, begin, stop):
        return True
    return any(w in PERSON_WORDS for w in _TOKEN.findall(lowered(text), begin, stop))


def _table_header(text: str, row_start: int) -> str:
    """The first row of the Markdown table whose row starts at ``row_start`` ("" if none)."""
    header = row_start
    while header > 0:
        previous = text.rfind("\n", 0, header - 1) + 1
        if not text[previous:header].lstrip().startswith("|"):
            break
        header = previous
    stop = text.find("\n", header)
    return text[header : len(text) if stop < 0 else stop]


# A group defined by a birth-date cut-off, the way eligibility rules are written: a plural
# or generic noun, "born" in a reduced relative clause ("children born after", "those who
# were born before") and a bound, never "on" alone; "between ... and" covers both ends.
POLICY_COHORT = re.compile(
    r"(?i:\b(?:children|babies|infants|pupils|learners|students|people|persons|those|anyone|"
    r"everyone|everybody|families|claimants|adults|young\s+people|any\s+child|every\s+child|"
    r"all\s+(?:children|babies|pupils))"
    r"\s+(?:(?:who|that)\s+(?:were|are|had\s+been|have\s+been)\s+)?born\s+"
    r"(?:on\s+or\s+(?:after|before)|after|before|since|from|between)\s+(?:the\s+)?"
    r"(?:[^.;\n]{4,30}?\s+(?:and|to|until)\s+(?:the\s+)?)?$)"
)


# A neutral citation of a judgment ("[2016] EWCA Civ 793", "[2008] UKHL 35"), then within a
# clause the day it was given; the day is the court's when its year is the citation's.
NEUTRAL_CITATION = re.compile(
    r"\[(?P<year>(?:19|20)\d{2})\][ \t]+(?:UKSC|UKHL|UKPC|UKUT|UKFTT|EWCA[ \t]+(?:Civ|Crim)|"
    r"EWHC|EWCOP|EWFC|CSIH|CSOH|HCJAC|NICA|NIQB|NIFam|NICh|IESC|IEHC)\b[^.;\n\[]{0,70}\Z"
)


def _judgment_date(text: str, date: DateMatch) -> bool:
    citation = NEUTRAL_CITATION.search(text, max(0, date.start - 110), date.start)
    return citation is not None and date.key[:4] == citation.group("year")


# "The NHS was born on", "the welfare state was born on": what "the" names is a body or an
# institution (a person is named by a label or a name, never "the NHS"); a child ("the baby
# was born on") is still a birth.
BODY_BORN = re.compile(
    r"\b(?:The|the)[ \t]+(?P<noun>[A-Z]{2,6}|[a-z]+(?:[ \t][a-z]+){0,2})[ \t]+(?:was|were)[ \t]+"
    r"born[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?\Z"
)
# What a body or an idea is called when its founding is told as a birth; anything else
# "the" names before "was born" may be a person, and the date stays a birth.
BODY_NOUNS = word_set(
    "state service services movement act law charity organisation organization hospital "
    "school college university union system scheme programme program project idea party club "
    "team company council board network society trust institution institute department "
    "ministry agency centre center unit helpline campaign profession discipline practice"
)


def _event_word(word: str) -> bool:
    """Whether a lower-case word is an event cue of a person's life."""
    return word in EVENT_WORDS or word.startswith(EVENT_PREFIXES)


def classify(text: str, date: DateMatch) -> tuple[str | None, str]:
    """(kind, cue): kind ``dob``, ``age``, ``event``, ``full`` or None (a process date, or not
    a date at all); the cue says what decided, for ``check --explain``."""
    start, end = date.start, date.end
    if date.key in PLACEHOLDER_DATES:
        return None, ""  # "01/01/1900": a record system's placeholder for an unknown date
    if DOB_BEFORE.search(text, max(0, start - 45), start):
        born = BODY_BORN.search(text, max(0, start - 60), start)
        words = born.group("noun").split() if born is not None else []
        if not words or not (words[0].isupper() or words[-1] in BODY_NOUNS):
            return "dob", "a date-of-birth word just before it"
        # "The NHS was born on 5 July 1948": a body's founding, said as a birth
        return None, ""
    if DOD_BEFORE.search(text, max(0, start - 30), start):
        return "event", "a date-of-death label just before it"
    if date.key in NATIONAL_DAYS and shared_national_date(
        text, date.key, (start, end), _context(text, start, end), _event_word
    ):
        return None, ""  # "the first national lockdown began on 23 March 2020": everyone's day
    if date.has_year and _judgment_date(text, date):
        # "Re W (A Child) [2016] EWCA Civ 793, delivered on 28 July 2016": the court's day.
        return None, ""
    if POLICY_COHORT.search(text, max(0, start - 90), start):
        # "children born on or after 1 September 2019 were eligible": a rule's cut-off for a
        # group, never one person's birth ("Child K was born on 3 March" still blocks above).
        return None, ""
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
    if text[start - 1 : start] != "\n" and opens_heading(text, start):
        # "### 3 March 2024: the final home visit": a chronology entry's day
        line_end = heading_line(text, start)[1]
        if _process_heading(text, end, line_end):
            return None, ""
        return "event", "a heading that opens with the date"
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
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if PAGE_NUMBER.search(line):
        return None, ""  # "Partnership | CSPR Child K | 14/03/2024 | Page 3": a page footer
    if line.lstrip().startswith("|") and VERSION_HEADER.search(_table_header(text, line_start)):
        return None, ""  # a document control table: "| Version | Date | Changes |"
    process_before, event_before, _, _ = _cues(text, begin, start)
    if 0 <= process_before < event_before and _only_weak_events(text, begin, stop):
        # "Training sessions were delivered on 5 and 12 March": a verb that can tell of a
        # person ("delivered", "attended") tells here of the review's or a service's work.
        return None, ""
    if _body_decision(text, begin, start, end):
        # "The board sought information about Adult R, and on 29 March 2022 concluded that
        # the criteria were met": the body of the sentence's start decided on that day.
        return None, ""
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
        if _planned(text, begin, start):
            return None, ""  # "the plan will be reviewed at the meeting on Tuesday ...": ahead
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
    if STATISTIC.search(text, begin, stop):
        return None, ""  # "On 31 March 2023 there were 412 children looked after": a count
    if PLANNED_BEFORE.search(text, begin, start):
        return None, ""  # "the plan will be reviewed on 1 April 2026": a plan, not a past event
    # A day and month without a year, with nothing tying it to anyone: not reported; nor a
    # heading's date after other words ("## Review timetable, 1 May 2024").
    if date.has_year and heading_line(text, start) is None:
        return "full", "a day-precise date; no word in its sentence says what it dates"
    return None, ""


_WEAK_IN_HEADING = frozenset({"final", "draft"})


def _process_heading(text: str, end: int, line_end: int) -> bool:
    """Whether the words after a heading's opening date name the review's own work
    ("## 1 May 2024: report published"), not a step of the case ("the final home visit")."""
    previous = ""
    for match in _TOKEN.finditer(lowered(text), end, line_end):
        word = match.group()
        pair, previous = f"{previous} {word}", word
        if word in HEADING_PROCESS or pair in PROCESS_PAIRS:
            return True
        if word in PROCESS_WORDS and word not in _WEAK_IN_HEADING:
            return True
    return NAMED_BODY.search(text, end, line_end) is not None


# A date the sentence looks forward to: the review's plans and deadlines, written before
# anything happened on them (a case's events are told in the past tense).
PLANNED_BEFORE = re.compile(
    r"(?i:\b(?:will|shall|should|must|is\s+due|are\s+due|is\s+expected|are\s+expected|"
    r"is\s+scheduled|are\s+scheduled|is\s+planned|are\s+planned)\b)"
)


_HAVE_AFTER = re.compile(r"\s+(?:not\s+)?have\b")


def _planned(text: str, begin: int, start: int) -> bool:
    """Whether the sentence before the date plans ahead ("will", "is due"), not looking back
    at what should have been ("should have been seen on Monday ...")."""
    return any(
        not _HAVE_AFTER.match(text, found.end())
        for found in PLANNED_BEFORE.finditer(text, begin, start)
    )


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
    for suffix in digit_finditer(_ORDINAL_SUFFIX, text):
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


# Between two dates of a range: "between 1 April 2023 and 31 March 2024", "from ... to ...".
_RANGE_GAP = re.compile(r"[ \t]*(?:and|to|until|till|-|–|—)[ \t]+|[ \t]*[-–—][ \t]*")


def _whole_month_periods(text: str, dates: list[DateMatch]) -> set[int]:
    """Starts of the dates that bound a period of whole months: the first of a month to the
    last day of a later one ("incidents that occurred between 1 April 2023 and 31 March
    2024"). Such a range is a reporting year or a span of months, no day-precise event: it
    says no more than "April 2023 to March 2024"."""
    found: set[int] = set()
    for first, last in pairwise(dates):
        if not (first.has_year and last.has_year) or not _RANGE_GAP.fullmatch(
            text, first.end, last.start
        ):
            continue
        try:
            begin = dt.date.fromisoformat(first.key)
            end = dt.date.fromisoformat(last.key)
        except ValueError:
            continue
        if (
            begin.day == 1
            and end > begin
            and end.day == calendar.monthrange(end.year, end.month)[1]
        ):
            found.update((first.start, last.start))
    return found


def find(text: str) -> Iterator[Hit]:
    previous: tuple[int, str | None, str] = (-1, None, "")
    dates = find_dates(text)
    if "th" in text or "st" in text or "nd" in text or "rd" in text:
        yield from _ordinal_days(text, dates)
    if occurs_any(EVENT_LABEL_WORDS, text):
        windows = literal_windows(text, EVENT_LABEL_WORDS, 0, 40, digit_after=True)
        for match, delta in windows.finditer(EVENT_LABEL_DAY_MONTH):
            yield EVENT_DATE.hit(
                match.start("date") + delta, match.end("date") + delta, "an event's date label"
            )
    periods = _whole_month_periods(text, dates)
    for date in dates:
        kind, cue = classify(text, date)
        if date.start in periods and kind not in ("dob", "age"):
            kind, cue = None, ""
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
        elif kind == "full" and not (date.numeric and " " in text[date.start : date.end]):
            # digits with spaces ("12 03 2023") are read as a date only with a cue
            yield FULL_DATE.hit(date.start, date.end, cue)
    for match, delta in number_windows(text).finditer(INITIALS_COMPACT):
        if match.group(1).replace(".", "") not in NOT_INITIALS:
            start = match.start(2) + delta
            yield DATE_OF_BIRTH.hit(
                start, match.end(2) + delta, "a person's initials just before it"
            )
    # A day and month after a weekday ("Sunday 4/6"): the weekday ties it to an event.
    if occurs_any(WEEKDAY_WORDS, text):
        windows = literal_windows(text, WEEKDAY_WORDS, 0, 20, digit_after=True)
        for match, delta in windows.finditer(WEEKDAY_DAY_MONTH):
            start = match.start() + delta
            yield EVENT_DATE.hit(start, match.end("date") + delta, "a weekday with the date")
    for short in _short_day_months(text):
        line = text.rfind("\n", 0, short.start()) + 1
        match = DAY_MONTH_SLOT.search(text, max(line, short.start() - 12), short.end() + 30)
        group = next((g for g in ("on", "bare") if match and match.group(g)), "row")
        if match is None or match.start(group) != short.start():
            continue
        start, end = match.span(group)
        if group == "bare" and _word_ending(text, start - 1).lower() in FRACTION_BEFORE:
            continue  # "between 1/4 and 1/3 of", "scored 3/5", "was 9/10 sure"
        if group == "row" and not _dated_row(text, line, "." in text[start:end]):
            continue
        if group != "on" and text[start:end].endswith("/12") and _clinical_age(text, start, end):
            continue  # "| 3/12 | immunisations |": three months old in clinical shorthand
        kind, cue = classify(text, DateMatch(start, end, "--01-01", False, True))
        if kind in ("event", "age"):
            yield EVENT_DATE.hit(start, end, cue)
        elif kind == "dob":
            yield DATE_OF_BIRTH.hit(start, end, cue)
        if kind in ("event", "age", "dob"):
            # "admitted 14/3 and discharged 16/3", "from 14/3 to 16/3": the next one too
            chained = CHAINED_DAY_MONTH.match(text, end)
            if chained:
                yield EVENT_DATE.hit(chained.start("date"), chained.end("date"), cue)
    # A named day without its year after "on" ("died on Boxing Day"): the review's year
    # makes it one day; its sentence decides, as for a day and month.
    # Looked for from each capitalised trigger back to its "on" (a case-insensitive scan of
    # the text with every name cost more than the rest of find_dates; see datetext).
    taken_on = -1
    for trigger in sorted(_holiday_triggers(text)):
        on = ON_BEFORE.search(text, max(0, trigger - 16), trigger)
        match = HOLIDAY_ON.match(text, on.start()) if on and on.start() > taken_on else None
        if match is not None:
            taken_on = match.start()
            start, end = match.span("day")
            kind, cue = classify(text, DateMatch(start, end, "--01-01", False, False))
            # only of a person ("services are closed on Boxing Day" is about no one)
            if (
                kind in ("event", "age", "dob")
                and _names_a_person(text, start, end)
                and not _habit(text, start, end)
            ):
                yield EVENT_DATE.hit(start, end, cue)
    # A day and month of birth written with digits and no year ("DOB 3/4") still identify.
    if occurs_any(BIRTH_WORDS, text):
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

"""Dates the whole country shares: a lockdown's start, an election, VE Day, a state funeral.

"The first national lockdown began on 23 March 2020" dates no one's life: millions lived that
day, and a review tells it to set a family's months in their time. A date passes here only
when it is one of the vetted days below AND the words that name that day's event stand just
before it in its clause ("lockdown began on", "the general election on"); the same day as a
birth ("born on 23 March 2020"), in apposition to a child's event ("On VE Day, 8 May 2020,
Child K was found") or with a person's event word between the name and the date still blocks.

Sources of the days (public record): the UK Government's COVID-19 regulations and roadmap
announcements (gov.uk, 2020-2022), the Electoral Commission's list of UK general elections
and referendums, and the Royal Household's announcements (state funeral, coronation).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from review_library.redaction.rules.text import lowered

# ISO day -> the words (lower case) one of which must name that day's event before it.
_LOCKDOWN = ("lockdown", "restrictions", "stay at home", "stay-at-home", "schools closed")
_REOPEN = ("reopened", "re-opened", "reopen", "restrictions", "lockdown", "roadmap")
NATIONAL_DAYS: dict[str, tuple[str, ...]] = {
    # COVID-19 in the UK (England's dates; Wales's firebreak too)
    "2020-03-20": ("schools closed", "closed to most", "lockdown"),
    "2020-03-23": _LOCKDOWN,
    "2020-03-26": _LOCKDOWN,
    "2020-06-01": _REOPEN,
    "2020-06-15": _REOPEN,
    "2020-07-04": _REOPEN,
    "2020-09-14": ("rule of six", "restrictions"),
    "2020-10-23": ("firebreak", "fire-break", "lockdown"),
    "2020-11-05": _LOCKDOWN,
    "2020-11-09": ("firebreak", "fire-break", "lockdown"),
    "2020-12-02": (*_LOCKDOWN, "tiers"),
    "2021-01-04": _LOCKDOWN,
    "2021-01-05": _LOCKDOWN,
    "2021-01-06": _LOCKDOWN,
    "2021-03-08": (*_REOPEN, "schools"),
    "2021-04-12": _REOPEN,
    "2021-05-17": _REOPEN,
    "2021-07-19": (*_REOPEN, "freedom day"),
    "2022-02-24": _REOPEN,
    # VE Day, and its anniversary bank holidays
    "1945-05-08": ("ve day", "victory in europe"),
    "1995-05-08": ("ve day", "victory in europe"),
    "2020-05-08": ("ve day", "victory in europe"),
    "2025-05-08": ("ve day", "victory in europe"),
    # UK general elections and referendums
    "2010-05-06": ("general election", "election"),
    "2014-09-18": ("referendum",),
    "2015-05-07": ("general election", "election"),
    "2016-06-23": ("referendum",),
    "2017-06-08": ("general election", "election"),
    "2019-12-12": ("general election", "election"),
    "2024-07-04": ("general election", "election"),
    # State occasions
    "2020-01-31": ("brexit", "left the european union", "left the eu"),
    "2022-09-08": ("the queen died", "death of the queen", "queen elizabeth"),
    "2022-09-19": ("state funeral", "funeral of the queen", "queen's funeral"),
    "2023-05-06": ("coronation",),
}

# The last of these before the date opens the date's own clause: "... and", "..., but".
_CLAUSE_START = re.compile(r"[.;:!?\n]|,\s+(?:and|but|so|while|when|which)\b|\band\b")
_WORD_RE = re.compile(r"[a-z'’\-]+")
# A person the sentence is about: then a national day after the date may be their day too.
_PERSON = re.compile(
    r"\b(?:(?:Child|Adult|Baby|Sibling|Person|Mr|Mrs|Ms|Miss)[ \t]+[A-Z0-9]\b|"
    r"(?i:mother|father|mum|dad|he|she|they|his|her|their)\b)"
)
# The verbs that tell the national event itself after its date ("On 23 March 2020 the UK went
# into lockdown"): an event cue of a person's life elsewhere, not here.
_NATIONAL_VERBS = frozenset({"went", "closed", "entered", "began", "started", "announced"})


def shared_national_date(
    text: str,
    key: str,
    span: tuple[int, int],
    sentence: tuple[int, int],
    is_event: Callable[[str], bool],
) -> bool:
    """Whether the date at ``span`` (ISO ``key``) is told as the national event of a vetted
    day, in the sentence at ``sentence``: its event's name before it in its clause with no
    person's event between (``is_event``) and the date not set off by commas before a clause
    about a person; or its name just after it in a sentence about no one."""
    names = NATIONAL_DAYS.get(key)
    if names is None:
        return False
    (start, end), (begin, stop) = span, sentence
    lower = lowered(text)
    window_start = max(begin, start - 90)
    clause = window_start
    for found in _CLAUSE_START.finditer(lower, window_start, start):
        clause = found.end()
    before = lower[clause:start]
    at, length = max((before.rfind(name), len(name)) for name in names)
    if at >= 0:
        if any(is_event(word) for word in _WORD_RE.findall(before, at + length)):
            return False  # "lockdown, Child K was admitted on 23 March 2020"
        # "On VE Day, 8 May 2020, Child K was found", "When lockdown began on 23 March 2020
        # Child K was admitted": a person's event after the date dates it too
        after_clause = _CLAUSE_START.search(lower, end, stop)
        return not _person_event(
            text, lower, end, after_clause.start() if after_clause else stop, is_event
        )
    # "On 23 March 2020 the UK went into lockdown": the name after it, and no one in the sentence
    after = lower[end : min(stop, end + 60)]
    if not any(name in after for name in names) or _PERSON.search(text, begin, stop):
        return False
    words = _WORD_RE.findall(lower[begin:stop])
    return not any(is_event(word) and word not in _NATIONAL_VERBS for word in words)


def _person_event(
    text: str, lower: str, begin: int, stop: int, is_event: Callable[[str], bool]
) -> bool:
    """Whether ``text[begin:stop]`` names a person and an event word of a life."""
    if not _PERSON.search(text, begin, stop):
        return False
    words = _WORD_RE.findall(lower[begin:stop])
    return any(is_event(word) and word not in _NATIONAL_VERBS for word in words)

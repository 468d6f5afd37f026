"""Settings named by a form around them, read by ``named-institution``: a shop or nursery
called by its owner's possessive ("went to Dilwyn's every day", "worked at Kowalski's on
the parade"), a church by the verb of worship before it ("worshipped at New Covenant
Fellowship"), a Northern Ireland school by its short form ("Boys' Model", "Girls'
Collegiate"), a setting by the staff who work there ("staff at Tiny Treasures"), and a care
home by the inspection report a link's text names ("[Rosewood inspection report](...)").
Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.text import (
    CAP_WORD,
    cue_finditer,
    fold,
    strip_possessive,
    word_set,
)

Span = tuple[int, int]
_NAME = rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,1}}"

# -- an owner's possessive as a shop's or a nursery's name ------------------------------------
# A preposition of going or being somewhere, the possessive, then no noun it owns: the
# possessive stands for the premises ("at Patel's on the parade", "to Jenny Wren's every day").
POSSESSIVE_PREMISES_RE = re.compile(
    rf"\b(?:at|to|from|outside|near|behind|opposite|into|inside|round|owner[ \t]+of|"
    rf"staff[ \t]+at|worked[ \t]+(?:at|in))[ \t]+(?P<name>{_NAME})['’]s"
    # (not a line's end: Markdown wraps "from Unicode's" before the noun it owns)
    r"(?=[ \t]*[,.;:!?)\]]|[ \t]+(?:on|in|at|near|for|every|each|most|twice|after|before|"
    r"when|while|until|where|down|across|opposite|round|three|several|most|again|"
    # a time or a clause after the premises: "a shift at Rosie's that evening", "drank at
    # Mulligan's and was known to the door staff"
    r"that|this|last|and|but|because|so|with)\b)"
)
# The words a match starts with (whole, in lower case): the pattern, led by "\b" and an
# alternation, is tried only where one stands, not at every character (1.3 -> 0.65 ms a review).
PREMISES_STARTS = ("at", "to", "from", "outside", "near", "behind", "opposite", "into", "inside",
                   "round", "owner", "staff", "worked")  # fmt: skip
# Kin and roles: "at Nan's", "to Mum's", "at Grandma's" is a relative's home, no business.
KIN = word_set(
    """mum mam mom mother dad father nan nana nanny nain gran granny grandma grandmother
    grandad grandpa grandfather taid aunt auntie aunty uncle sister brother cousin friend
    partner carer neighbour sibling child children baby mother-in-law stepfather stepmother
    god st saint dr mr mrs ms miss"""
)


def possessive_premises(text: str, owner: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of an owner's name whose possessive names premises, where ``owner`` accepts it."""
    if "'s" not in text and "’s" not in text:
        return
    for match in cue_finditer(POSSESSIVE_PREMISES_RE, PREMISES_STARTS, text):
        name = match.group("name")
        keys = [fold(strip_possessive(w)) for w in name.split()]
        if any(k in KIN or len(k) < 3 for k in keys) or not owner(name):
            continue
        yield match.start("name"), match.end("name")


# -- a church by the verb of worship before it -----------------------------------------------
WORSHIP_RE = re.compile(
    r"\b(?:worship(?:ped|ed|s|ping|ing)?|congregation|prayed|parishioners?)[ \t]+(?:at|of|with)"
    rf"[ \t]+(?:the[ \t]+)?(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}})"
)


def worship_places(text: str) -> Iterator[Span]:
    """Spans of a place of worship named after "worshipped at" ("New Covenant Fellowship")."""
    if "worship" not in text and "congregation" not in text and "pray" not in text:
        return
    for match in WORSHIP_RE.finditer(text):
        yield match.start("name"), match.end("name")


# -- a Northern Ireland school's short form: "Boys' Model", "Girls' Collegiate" ---------------
SHORT_SCHOOL_RE = re.compile(rf"(?<![\w\-])(?P<name>(?:Boys|Girls)['’][ \t]+(?P<word>{CAP_WORD}))")
# National youth bodies and parts of a building: "the Boys' Brigade", "the Girls' Toilets".
NOT_SCHOOL_WORDS = word_set(
    """brigade brigades club clubs friendly society association toilets changing football
    rugby hockey netball team teams choir group groups brigade night nights day days home
    homes department section league cup"""
)


def short_school_names(text: str) -> Iterator[Span]:
    """Spans of "Boys' X" or "Girls' X" where X is no national body or part of a building."""
    if "Boys" not in text and "Girls" not in text:
        return
    for match in SHORT_SCHOOL_RE.finditer(text):
        if fold(match.group("word")) not in NOT_SCHOOL_WORDS:
            yield match.start("name"), match.end("name")


# -- a setting named by the staff who work there ----------------------------------------------
# One word after "the" is a name too where staff work there: "the youth worker at the Hub",
# "told staff at the Junction" (a venue known by one word; "staff at the Trust" is a body,
# which the caller's judge refuses).
STAFF_AT_RE = re.compile(
    r"\b(?:[Ss]taff|[Ww]orkers?|[Pp]ractitioners|[Kk]ey[ \t]+(?:workers?|person)|[Mm]anagers?|"
    r"[Tt]eachers|[Cc]arers|[Vv]olunteers?|[Ll]andlord|[Ll]andlady|[Ll]eaders)[ \t]+(?:at|from)"
    rf"[ \t]+(?:(?P<the>[Tt]he[ \t]+)(?P<one>{CAP_WORD})(?![\w\-'’]|[ \t]+[A-Z])|"
    rf"(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,2}})(?![\w\-'’]|[ \t]+(?:of|and)[ \t]+[A-Z]))"
)
# The words a match starts with, as for PREMISES_STARTS (1.7 -> 0.3 ms a review).
STAFF_STARTS = ("staff", "workers", "worker", "practitioners", "key", "manager", "managers",
                "teachers", "carers", "volunteers", "volunteer", "landlord", "landlady",
                "leaders")  # fmt: skip


def staff_settings(text: str, setting: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of two or three capitalised words after "staff at" that ``setting`` accepts."""
    for match in cue_finditer(STAFF_AT_RE, STAFF_STARTS, text):
        group = "one" if match.group("one") else "name"
        if setting(match.group(group)):
            yield match.start(group), match.end(group)


# -- a care home in a link's text before "inspection" -----------------------------------------
INSPECTION_LINK_RE = re.compile(
    rf"\[(?:the[ \t]+)?(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})[ \t]+"
    r"(?:[Ii]nspection|[Rr]eport)s?\b[^\]\n]{0,60}\]\("
)


def inspected_homes(text: str, home: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of a name before "inspection report" in a link's text that ``home`` accepts."""
    if "](" not in text:
        return
    for match in INSPECTION_LINK_RE.finditer(text):
        if home(match.group("name")):
            yield match.start("name"), match.end("name")

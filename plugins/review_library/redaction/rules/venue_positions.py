"""Venues named with no institution word, read by where the name stands, for
``named-institution``: a setting before its kind in brackets ("Tiny Tots (Cylch Meithrin)",
"Little Owls (nursery)"), a ward's own name in brackets after its number ("Ward 6
(Puffin)"), a name a person stands outside, opposite or behind ("recruited outside Pizza
Roma"), an owner's possessive before the shop's own words ("bought it from Ahmed's Food
Store"), and an alternative provision named beside its kind ("sent to Pathways, the
local alternative provision"). Each form is led by a literal ("(", a cue word), never tried
at every character. Shared helper: declares no rule; the caller judges each name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.text import CAP_WORD, cue_finditer, literal_positions, word_set

Span = tuple[int, int]

# -- a setting's kind alone in the bracket after its name -------------------------------------
# Welsh and English kinds of early years setting, school, venue and ward, written alone in
# brackets after the setting's own name ("Tiny Tots (Cylch Meithrin)", "Sunbeams (pre-school)").
_BRACKET_KINDS = (
    r"cylch[ \t]+meithrin|meithrinfa|ysgol[ \t]+feithrin|cylch|ti[ \t]+a[ \t]+fi|"
    r"(?:day[ \t]+)?nursery|pre-?school|playgroup|cr[eè]che|childminder|toddler[ \t]+group|"
    r"(?:after[ \t-]?school|breakfast|youth)[ \t]+club|alternative[ \t]+provision|"
    r"(?:primary|secondary|special|infant|junior)(?:[ \t]+school)?|"
    r"(?:care|children['’]s|residential)[ \t]+home|hostel|refuge|"
    r"takeaway|take-away|caf[eé]|pub|nightclub|(?:corner|chip|kebab|pizza)[ \t]+shop|"
    r"ward|unit|PRU|ELC"
)
BRACKET_KIND_RE = re.compile(rf"\([ \t]*(?:(?:a|an|the)[ \t]+)?(?i:{_BRACKET_KINDS})[ \t]*\)")
NAME_BEFORE_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})[ \t]*\Z"
)

# -- a ward's name in brackets after its number -----------------------------------------------
WARD_NAME_RE = re.compile(
    rf"Ward[ \t]+\d{{1,3}}[A-Z]?[ \t]*\([ \t]*(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD})?)[ \t]*\)"
)

# -- a name one stands outside, opposite or behind --------------------------------------------
# Led by the cue word (lower case, whole): "outside Pizza Roma after school". The name is two
# or three words in title case, no possessive, and ends before a lower-case word or a stop
# (one word is as often a tool or a body: "outside MkDocs", "outside Python's objects").
_TITLE_WORD = r"[A-Z][a-z]+"
STANDING_RE = re.compile(
    rf"(?:outside|opposite|behind)[ \t]+(?P<name>{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{1,2}})"
    r"(?![\w\-'’]|[ \t]+(?:[A-Z]|of\b|and[ \t]+[A-Z]))"
)
STANDING_CUES = ("outside", "opposite", "behind")

# -- an owner's possessive, then the shop's own capitalised words ----------------------------
OWNED_SHOP_RE = re.compile(
    r"(?:at|from|to|outside|near|into|behind|opposite|in)[ \t]+"
    rf"(?P<name>(?P<owner>{CAP_WORD})['’]s[ \t]+{CAP_WORD}(?:[ \t]+{CAP_WORD})?)"
    r"(?![\w\-'’]|[ \t]+[A-Z])"
)
OWNED_CUES = ("at", "from", "to", "outside", "near", "into", "behind", "opposite", "in")

# -- an alternative provision beside its kind -------------------------------------------------
PROVISION_AFTER_RE = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[\w’'-]+[ \t]+){0,2}?alternative[ \t]+(?:provision|"
    r"education[ \t]+(?:provision|provider|centre|setting)|school|setting)\b"
)


# -- a practice or surgery named in brackets after whose records they are --------------------
# "GP records (Brookside)", "the GP practice (Elmwood)": the bracket holds only the setting's
# own name. Citations, record systems and parts of a document are no setting ("GP records
# (Appendix B)", "GP records (SystmOne)").
RECORDS_BEFORE_RE = re.compile(r"(?<![\w\-])(?:records?|notes|practice|surgery|GPs?)[ \t]*\Z")
BRACKET_NAME_RE = re.compile(rf"\([ \t]*(?P<name>[A-Z][a-z]+(?:[ \t]+{CAP_WORD}){{0,2}})[ \t]*\)")
NOT_BRACKET_NAMES = word_set(
    """appendix annex annexe table figure section paragraph para chapter page pages part see
    note notes source sources ref reference systmone emis vision rio lorenzo cerner epic
    mosaic liquidlogic eclipse adastra"""
)
# A body's records name the body, which is no setting: "records (Westmarch Trust)".
BODY_LAST_WORDS = word_set(
    "trust council police constabulary board partnership service services team authority"
)


def bracketed_settings(text: str, setting: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of a name before its kind in brackets, of a practice's name in brackets after
    its records, and of a ward's name in brackets after its number, that ``setting``
    accepts."""
    if "(" not in text:
        return
    for position in literal_positions(text, ("(",), whole=False):
        kind = BRACKET_KIND_RE.match(text, position)
        if kind is None:
            named = BRACKET_NAME_RE.match(text, position)
            if (
                named is not None
                and named.group("name").split()[0].lower() not in NOT_BRACKET_NAMES
                and named.group("name").split()[-1].lower() not in BODY_LAST_WORDS
                and RECORDS_BEFORE_RE.search(text, max(0, position - 12), position)
                and setting(named.group("name"))
            ):
                yield named.start("name"), named.end("name")
            continue
        back = NAME_BEFORE_RE.search(text, max(0, position - 60), position)
        if back is not None and setting(back.group("name")):
            yield back.start("name"), back.end("name")
    if "Ward " in text:
        for position in literal_positions(text, ("ward",)):
            ward = WARD_NAME_RE.match(text, position)
            if ward is not None and setting(ward.group("name")):
                yield ward.start("name"), ward.end("name")


def standing_venues(text: str, venue: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of a name after "outside", "opposite" or "behind" that ``venue`` accepts."""
    for match in cue_finditer(STANDING_RE, STANDING_CUES, text):
        if venue(match.group("name")):
            yield match.start("name"), match.end("name")


def owned_shops(text: str, owner: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of "<owner>'s <Words>" after a preposition of place, where ``owner`` accepts
    the owner's name ("from Ahmed's Food Store")."""
    if "'s " not in text and "’s " not in text:
        return
    for match in cue_finditer(OWNED_SHOP_RE, OWNED_CUES, text):
        if owner(match.group("owner")):
            yield match.start("name"), match.end("name")


def provisions(text: str, setting: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of a name before ", the local alternative provision" that ``setting`` accepts."""
    if "alternative" not in text:
        return
    for position in literal_positions(text, (",",), whole=False):
        if PROVISION_AFTER_RE.match(text, position) is None:
            continue
        back = NAME_BEFORE_RE.search(text, max(0, position - 60), position)
        if back is not None and setting(back.group("name")):
            yield back.start("name"), back.end("name")


# -- a ward known by a common word, where a patient is admitted, nursed or moved ---------------
# Wards are named after birds, beasts and trees ("admitted to Kingfisher", "nursed on
# Squirrel", "staff on Otter"): one capitalised everyday word, alone, where a hospital's verb
# puts a patient. The caller refuses departments, places and bodies ("admitted to Theatre",
# "transferred to Reading"); a following capital, possessive or number makes it something else
# ("transferred to Children's", "discharged from Section 2").
HOSPITAL_PLACE_RE = re.compile(
    r"(?:admitted|readmitted|re-admitted|nursed|transferred|discharged|[Ss]taff|[Nn]urses)[ \t]+"
    r"(?:to|on|onto|from)[ \t]+(?P<name>[A-Z][a-z]{2,})"
    r"(?![\w\-'’]|[ \t]*(?:[A-Z]|\d|\(|&))"
)
HOSPITAL_PLACE_CUES = ("admitted", "readmitted", "re-admitted", "nursed", "transferred",
                       "discharged", "staff", "nurses")  # fmt: skip


def word_named_wards(text: str, ward: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of one capitalised word after "admitted to", "nursed on" or "staff on" that
    ``ward`` accepts."""
    for match in cue_finditer(HOSPITAL_PLACE_RE, HOSPITAL_PLACE_CUES, text):
        if ward(match.group("name")):
            yield match.start("name"), match.end("name")


# -- a name gone to, then taken up by its kind in the same sentence ----------------------------
# "cared for at Tiny Steps three days a week; the nursery's key person ...", "went to the Den
# on Mondays and the youth workers there ...": the definite kind (or "staff there") after the
# name says the name was that venue. Led by the cue word; the sentence ends the search.
GONE_TO_RE = re.compile(
    rf"(?:at|to|attended|attends|attending)[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>{CAP_WORD}(?:[ \t]+(?:&[ \t]+)?{CAP_WORD}){{0,2}})(?![\w\-'’]|[ \t]+[A-Z])"
    # a name before what it teaches or holds is no venue: "attended Qur'an classes"
    r"(?![ \t]+(?:classes|lessons|sessions|meetings|groups?|services|prayers|study|school)\b)"
)
GONE_TO_CUES = ("at", "to", "attended", "attends", "attending")
_ANAPHOR_KINDS = (
    r"nursery|pre-?school|playgroup|cr[eè]che|(?:youth[ \t]+)?club|youth[ \t]+(?:project|centre)|"
    # (not "the home", "the practice" or "the centre": a family's home, a way of working)
    r"pub|takeaway|caf[eé]|restaurant|shop|gym|salon|surgery|care[ \t]+home|"
    r"church|chapel|mosque|gurdwara|temple|mandir|synagogue|hostel|drop-in"
)
ANAPHOR_RE = re.compile(
    rf"\b(?:[Tt]he[ \t]+(?:{_ANAPHOR_KINDS})(?:['’]s)?\b|(?:staff|youth[ \t]+workers|volunteers|"
    r"workers|leaders)[ \t]+there\b)"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
# "the gurdwara" after a preposition of place is a venue of its own, not the name taken up
# again: "prayed to Guru Gobind Singh at the gurdwara" names no venue "Guru Gobind Singh".
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:at|to|in|into|from|outside|inside|near|by)[ \t]+)\Z", re.IGNORECASE
)


def _takes_up(text: str, start: int, stop: int) -> bool:
    """Whether an anaphor between ``start`` and ``stop`` takes a name up again (not a venue
    of its own after a preposition of place)."""
    for anaphor in ANAPHOR_RE.finditer(text, start, stop):
        if not _PLACE_PREPOSITION_BEFORE.search(
            text, max(start, anaphor.start() - 12), anaphor.start()
        ):
            return True
    return False


def gone_to_venues(text: str, venue: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of a name after "at" or "attended" that the same sentence then calls by its
    kind ("the nursery's", "staff there"), where ``venue`` accepts it."""
    for match in cue_finditer(GONE_TO_RE, GONE_TO_CUES, text):
        end = _SENTENCE_END.search(text, match.end())
        stop = end.start() if end is not None else len(text)
        if _takes_up(text, match.end(), min(stop, match.end() + 160)) and venue(
            match.group("name")
        ):
            yield match.start("name"), match.end("name")

"""Venues named by their own word alone, with no institution word, read by the
``named-institution`` rule:

- a chapel by the biblical name it was given ("attended Bethesda every Sunday", "a toddler
  group held at Tabernacle"), after a preposition of place or a verb of attending. Chapels,
  above all the nonconformist chapels of Wales, are named after a few dozen places of the
  Bible (Coflein and the Welsh Religious Buildings Trust list them by these names: Bethel,
  Bethesda, Ebenezer, Moriah, Salem, Seion/Zion, Soar, Tabernacl ...); a name that is first
  a city of today (Jerusalem, Bethlehem, Hebron, Nazareth) or a church of its own
  (Elim, a Pentecostal denomination) is left out;
- a football or running club by its short name before an age group ("training with Rovers
  juniors", "played for United under-12s", "in the Rangers youth team");
- a club named with what its members do ("swam with Otterbrook Dolphins", "trained with
  Kestrel Striders"): a verb of sport only, then "for" or "with", then two or more
  capitalised words.

Each form is led by a literal (the chapel's or club's word, the sport verb), never tried at
every character. Shared helper: declares no rule; the caller judges each name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.local_names import _name_ends
from review_library.redaction.rules.text import CAP_WORD, cue_finditer, literal_positions, words_of

Span = tuple[int, int]


def _present(text: str, words: frozenset[str]) -> tuple[str, ...]:
    """Which of ``words`` the text holds, from its shared set of words: a set's test, so a
    text with none (most reviews) costs no search at all."""
    return tuple(sorted(words_of(text) & words))


# -- a chapel by its biblical name ------------------------------------------------------------
CHAPEL_NAMES = (
    "bethel", "bethesda", "bethania", "bethany", "ebenezer", "salem", "caersalem", "zion",
    "seion", "sion", "moriah", "horeb", "hermon", "carmel", "siloam", "siloh", "shiloh", "soar",
    "nebo", "pisgah", "calfaria", "gilgal", "penuel", "peniel", "rehoboth", "saron", "libanus",
    "tabernacle", "tabernacl", "gosen", "goshen", "ainon", "aenon",
)  # fmt: skip
# Where one worships or meets: a preposition of place or a verb of attending just before
# ("the" only before Tabernacle: "at the Tabernacle").
CHAPEL_CUE_BEFORE_RE = re.compile(
    r"(?<![\w\-])(?:at|to|from|in|into|outside|near|attended|attend|attends|attending|joined|"
    r"[Aa]t|[Ff]rom)[ \t]+(?P<the>the[ \t]+)?\Z"
)
# The name alone: no capitalised word after ("Bethesda Hospital" and "Ebenezer Street" are
# read elsewhere; "Zion Williams" is a person), a possessive allowed ("Bethesda's minister").
# Not the first word of a longer name, nor a part "of" something ("the Tabernacle of the
# church").
CHAPEL_AFTER_RE = re.compile(r"(?:['’]s)?(?![\w\-'’]|[ \t]+(?:[A-Z]|of\b))")


_CHAPEL_SET = frozenset(CHAPEL_NAMES)


def _word_end(text: str, position: int, *, hyphens: bool = False) -> int:
    """Where the word of letters (and hyphens, if asked) starting at ``position`` ends."""
    end = position
    while end < len(text) and (text[end].isalpha() or (hyphens and text[end] == "-")):
        end += 1
    return end


def chapel_names(text: str) -> Iterator[Span]:
    """Spans of a chapel's biblical name, capitalised, after "at", "to" or "attended"."""
    present = _present(text, _CHAPEL_SET)
    if not present:
        return
    for position in literal_positions(text, present):
        if not text[position].isupper():
            continue
        end = _word_end(text, position, hyphens=True)
        if not CHAPEL_AFTER_RE.match(text, end):
            continue
        cue = CHAPEL_CUE_BEFORE_RE.search(text, max(0, position - 22), position)
        if cue is not None and (not cue.group("the") or text.startswith("Tabernac", position)):
            yield position, end


# -- a club's short name before an age group --------------------------------------------------
CLUB_SHORT_NAMES = ("rovers", "wanderers", "harriers", "athletic", "albion", "rangers", "united",
                    "celtic", "colts", "villa", "town", "city")  # fmt: skip
AGE_GROUP_AFTER_RE = re.compile(
    r"[ \t]+(?:(?i:juniors|under[ \t\-]?\d{1,2}s?|u\d{1,2}s?|youth[ \t]+(?:team|section|squad|"
    r"academy)|academy|reserves|first[ \t]+team))\b"
)
# Who plays there: "with", "for", "joined", "at", or "the" ("the Rovers youth team").
CLUB_CUE_BEFORE_RE = re.compile(
    r"(?<![\w\-])(?:with|for|joined|at|the|The|played|[Ww]ith|[Ff]or)[ \t]+\Z"
)


# The place or name a club is known by, just before its short name: "Ely Rangers
# under-14s" (a town's junior side is the family's town, whatever the place rules make of it).
CLUB_PLACE_BEFORE_RE = re.compile(rf"(?<![\w\-'’])(?:{CAP_WORD}[ \t]+){{1,2}}\Z")


_CLUB_SET = frozenset(CLUB_SHORT_NAMES)
# Capitalised words before a club's short name that name no place: an article, a sentence's
# opening word.
_NOT_PLACE_WORDS = ("The ", "A ", "An ", "And ", "But ", "For ", "With ", "At ", "In ")


def club_age_groups(text: str) -> Iterator[Span]:
    """Spans of a club's short name ("Rovers") before "juniors" or "under-12s", with the
    place's name before it if there is one ("Ely Rangers")."""
    present = _present(text, _CLUB_SET)
    if not present:
        return
    for position in literal_positions(text, present):
        if not text[position].isupper():
            continue
        end = _word_end(text, position)
        if not AGE_GROUP_AFTER_RE.match(text, end):
            continue
        place = CLUB_PLACE_BEFORE_RE.search(text, max(0, position - 40), position)
        start = place.start() if place is not None else position
        if text.startswith(_NOT_PLACE_WORDS, start):
            start = text.index(" ", start) + 1  # "The Rovers under-12s": no place before
        if start < position:
            yield start, end
        elif CLUB_CUE_BEFORE_RE.search(text, max(0, position - 10), position):
            yield position, end


# -- a club after a verb of sport -------------------------------------------------------------
SPORT_VERBS = (
    "swam", "swims", "swimming", "trained", "trains", "training", "boxed", "boxes", "boxing",
    "competed", "competes", "competing", "ran", "runs", "running", "cycled", "cycles",
    "cycling", "rowed", "rows", "rowing", "played", "plays", "playing",
)  # fmt: skip
_SPORT_SET = frozenset(SPORT_VERBS)
_PLAYED = r"(?:played|plays|playing)"
_GAMES = r"(?:football|rugby|netball|hockey|cricket|basketball|volleyball|water[ \t]+polo)"
SPORT_CLUB_RE = re.compile(
    rf"(?:(?:swam|swims|swimming|trained|trains|training|boxed|boxes|boxing|competed|competes|"
    rf"competing|ran|runs|running|cycled|cycles|cycling|rowed|rows|rowing)"
    rf"|{_PLAYED}[ \t]+{_GAMES})[ \t]+(?:for|with)[ \t]+"
    rf"(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,2}})(?![\w\-'’]|[ \t]+[A-Z])"
)


def sport_clubs(text: str, club: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of two or three capitalised words after "swam with", "played rugby for" that
    ``club`` accepts."""
    present = _present(text, _SPORT_SET)
    if not present:
        return
    for match in cue_finditer(SPORT_CLUB_RE, present, text):
        if club(match.group("name")):
            yield match.start("name"), match.end("name")


# -- a setting named in a list of the agencies that took part ---------------------------------
# "Agencies involved: GP, health visitor, Little Acorns, children's social care", "the
# following agencies contributed: ...": a list after a colon on a line that says which
# agencies or contributors took part, inline or as the bullet lines after it. An item of two
# to four capitalised words and nothing else is a name; the caller keeps those no list of
# public bodies, places or generic service words explains (a nursery or childminder among
# the agencies: "Little Acorns", "Rainbow Corner").
AGENCY_CUES = ("agencies", "agency", "contributed", "contributors", "contributions",
               "participants", "involved")  # fmt: skip
_AGENCY_CUE_SET = frozenset(AGENCY_CUES)
AGENCY_LEAD_RE = re.compile(
    r"(?i:agenc(?:y|ies)|contribut(?:ed|ors|ions)|participants|involved)[^\n.:]{0,60}:[ \t]*"
)
_ITEM_RE = re.compile(r"[^,;\n]+")
AGENCY_ITEM_RE = re.compile(
    rf"[ \t]*(?:(?:and|or|the|The)[ \t]+)*(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,3}})"
    r"[ \t]*(?:\.[ \t]*)?\Z"
)
_BODY_IN_LIST_RE = re.compile(
    r"[ \t](?:and|&)[ \t][^,;\n]{0,80}?\b(?:Services?|Trust|Council|Police|Constabulary|NHS|Board|"
    r"Partnership|Authority|Department|Team|Teams)\b"
)
_BULLET_RE = re.compile(r"[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+(?P<item>[^\n]*)")


def _list_items(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(offset, item) of the comma-separated items of ``text[start:end]``; "and" splits too."""
    for item in _ITEM_RE.finditer(text, start, end):
        piece = item.group()
        offset = item.start()
        cut = piece.find(" and ")
        while cut != -1:
            yield offset, piece[:cut]
            offset, piece = offset + cut + 5, piece[cut + 5 :]
            cut = piece.find(" and ")
        yield offset, piece


def agency_list_names(text: str, setting: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of names in a list of the agencies that took part that ``setting`` accepts."""
    if ":" not in text or not words_of(text) & _AGENCY_CUE_SET:
        return
    read = -1
    for position in literal_positions(text, AGENCY_CUES):
        if position < read:
            continue  # a second cue word of a list already read
        colon = text.find(":", position, position + 72)
        if colon == -1 or "\n" in text[position:colon]:
            continue  # no colon after the cue on its line: no list (most cue words)
        line_start = text.rfind("\n", 0, position) + 1
        line_end = text.find("\n", colon)
        lead = AGENCY_LEAD_RE.search(text, line_start, len(text) if line_end == -1 else line_end)
        if lead is None or lead.start() > position:
            continue
        line_end = text.find("\n", lead.end())
        line_end = len(text) if line_end == -1 else line_end
        spans = []
        if text[lead.end() : line_end].strip():
            stop = text.find(". ", lead.end(), line_end)
            spans.append((lead.end(), line_end if stop == -1 else stop))
        else:  # the list as bullet lines after the colon
            at = line_end + 1
            if text.startswith("\n", at):
                at += 1  # Markdown's blank line before a list
            while at < len(text):
                bullet = _BULLET_RE.match(text, at)
                if bullet is None:
                    break
                spans.append(bullet.span("item"))
                at = bullet.end() + 1
        read = spans[-1][1] if spans else line_end
        for start, end in spans:
            if _BODY_IN_LIST_RE.search(text, start, end):
                # "Fennbridge Community and Mental Health Services NHS Trust": a body's name
                # with "and" inside; a list that names bodies is read by the body rules
                continue
            for offset, item in _list_items(text, start, end):
                match = AGENCY_ITEM_RE.match(item)
                if match is not None and setting(match.group("name")):
                    yield offset + match.start("name"), offset + match.end("name")


# -- "The" written with a capital inside a sentence, and one word: a venue's own name --------
# "a regular at The Zone", "went to The Base on Tuesdays", "youth workers from The Space":
# mid-sentence, a capital on "The" says the writer copied the venue's own name (as "The Hub"
# or "The Lighthouse" are written). After a preposition of place or of going only; the
# caller refuses newspapers and journals ("a letter to The Lancet"), chains and bodies.
THE_CAPITAL_RE = re.compile(rf" The[ \t]+(?P<name>{CAP_WORD})(?![\w\-'’]|[ \t]+[A-Z&]|[ \t]+of\b)")
THE_PLACE_BEFORE_RE = re.compile(
    r"(?<![\w\-])(?:at|to|from|into|outside|near|behind|inside|attended|attends|attending|"
    r"visited|visits|joined|left)\Z"
)


def capital_the_venues(text: str, venue: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of "The" and one capitalised word after "at", "to" or "from" inside a sentence,
    ending there ("at The Zone on Fridays", not "The Zone website"), whose name ("The Zone")
    ``venue`` accepts."""
    at = text.find(" The ")
    while at != -1:
        match = THE_CAPITAL_RE.match(text, at)
        if (
            match is not None
            and THE_PLACE_BEFORE_RE.search(text, max(0, at - 10), at)
            and _name_ends(text, match.end())
            and venue(text[at + 1 : match.end()])
        ):
            yield at + 1, match.end("name")
        at = text.find(" The ", at + 5)

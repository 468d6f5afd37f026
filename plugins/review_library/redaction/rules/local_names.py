"""Places and venues known by a local name, read by where the name stands, for the
``named-place`` and ``named-institution`` rules:

- a ward by its number ("on Ward 7B", "ward 22") or its own name before "ward" in lower
  case ("Kingfisher ward");
- a venue beside its kind, either way round ("the boxing club, Jimmy Flanagan's, was",
  "at Doreen's, the hairdresser near the station", "the Hub youth project");
- a nickname given after "known locally as" or "called" when a place or building is what is
  named ("the tower blocks known locally as 'the Towers'", "which the family called 'the
  Jessop'");
- "the" and one capitalised word that the text treats as a place one lives on, goes up or
  down, or is found at ("settled on the Beaumont", "up the Brow", "called to the Nab, the
  stretch of cliff path where", "the Rhos part of town");
- a name one is at, followed by "where" ("they met at Kestle, where ...").

Each form is led by a literal (a cue word, a quote, a comma), never tried at every
character. Shared helper: declares no rule; the caller judges each name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.text import CAP_WORD, literal_positions, word_set

Span = tuple[int, int]
Judge = Callable[[str], bool]

_SP = r"[ \t]+"
# A venue's or place's own name: up to four capitalised words, possessives allowed, "and"
# or "of" inside ("Fox and Hounds", "Jimmy Flanagan's").
_RUN = rf"{CAP_WORD}(?:{_SP}(?:(?:and|of|&){_SP})?{CAP_WORD}){{0,3}}"

# -- a ward by its number or by its name before "ward" ----------------------------------------
WARD_NUMBER_RE = re.compile(
    r"Ward[ \t]+\d{1,2}[A-Za-z]?(?![\w.,/:\-]*\d|[\w\-'’])"
    # not an age, a count or a share: "Ward 21 years", "ward 5 per cent"
    r"(?![ \t]+(?:years?|yrs?|months?|weeks?|days?|hours?|per|percent|%|minutes?)\b)"
)
# "Mr Ward 21" is a person and a number; "Ward 21" after a title is not read.
TITLE_BEFORE_RE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?[ \t]+\Z")
WARD_NAME_RE = re.compile(rf"(?P<name>{CAP_WORD}(?:{_SP}{CAP_WORD})?){_SP}ward\b")


# What ends a sentence or a heading before a word, or opens a quotation or a bracket (a
# quoted "Ward 7 is full" starts a sentence of speech, or cites an example).
SENTENCE_END_RE = re.compile(r"(?:\A|[.!?:;\n\x00\"“‘(])[ \t\"'“‘(*#>-]*\Z")


def numbered_wards(text: str) -> Iterator[Span]:
    """Spans of "Ward" and its number written as a name, inside a sentence ("born on Ward
    21", "on Ward 7B"). In lower case ("on ward 4B", "unit 3 and ward 12") the number only
    counts wards, and at a sentence's start the capital says nothing."""
    for position in literal_positions(text, ("ward",)):
        if text[position] != "W" or SENTENCE_END_RE.search(text, max(0, position - 8), position):
            continue
        match = WARD_NUMBER_RE.match(text, position)
        if match is not None and not TITLE_BEFORE_RE.search(text, max(0, position - 6), position):
            yield match.span()


def named_wards(text: str, ward_name: Judge) -> Iterator[Span]:
    """Spans of a ward's own name before "ward" in lower case ("Puffin ward") that
    ``ward_name`` accepts (it rules out "Children's ward", "Maternity ward")."""
    for position in literal_positions(text, ("ward",)):
        if text[position] != "w" or position < 3 or text[position - 1] not in " \t":
            continue
        back = WARD_NAME_RE.search(text, max(0, position - 40), position + 4)
        while back is not None and back.end() < position + 4:
            back = WARD_NAME_RE.search(text, back.end(), position + 4)
        if back is not None and back.end() == position + 4 and ward_name(back.group("name")):
            yield back.start("name"), back.end()


# -- a venue beside its kind ------------------------------------------------------------------
# Kinds of a local venue: a shop, club, pub or centre people go to, work at or drink in.
_VENUE_KINDS = (
    "shop|shops|store|supermarket|newsagents?|off-licence|off licence|takeaway|take-away|"
    "chippy|chip shop|kebab shop|caf[eé]|restaurant|pub|bar|nightclub|club|social club|"
    "working men's club|gym|boxing club|barbers?|barber's|barbershop|hairdressers?|"
    "hairdresser's|salon|nail bar|tattoo parlour|parlour|studio|car wash|garage|snooker hall|bookmakers?|bookies|"
    "youth club|youth project|youth centre|youth group|drop-in|drop-in centre|day centre|"
    "community centre|church|chapel|mosque|gurdwara|temple|mandir|madrassa|hostel|"
    "food bank|foodbank|arcade|market stall|factory|warehouse|farm|hotel|b&b|guest house|"
    "launderette|laundrette|bakery|butchers?|butcher's|deli|delicatessen|grocers?|"
    "minimarket|mini-market|corner shop|internet caf[eé]|hall|"
    # where a child is minded or a family is sheltered ("Kaz's Tiddlers, a registered
    # childminder", "Fernlea, the refuge in the next county")
    "childminder|childminders|nursery|pre-school|preschool|playgroup|cr[eè]che|refuge"
)
# "The boxing club, Jimmy Flanagan's, was ...": a determiner or an owner's possessive, up
# to two describing words, the kind, then at the comma the name, closed by a comma or a stop.
KIND_BEFORE_COMMA_RE = re.compile(
    # (an indefinite one too: "ran a hand car wash, Sparkle Valet, where ...")
    rf"(?<![\w'’])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[A-Za-z]+['’]s)(?:{_SP}[\w'’-]+){{0,2}}?{_SP}"
    rf"(?i:{_VENUE_KINDS})\Z"
)
NAME_AFTER_COMMA_RE = re.compile(rf",{_SP}(?P<name>(?:the{_SP})?{_RUN})(?=[ \t]*[,;.])")
# "at Doreen's, the hairdresser near ...", "at Kowalski's, a car wash": a name after a
# preposition of place, then at the comma "a" or "the", up to two describing words, the kind.
KIND_AFTER_COMMA_RE = re.compile(
    rf",{_SP}(?:a|an|the){_SP}(?:[\w'’-]+{_SP}){{0,2}}?(?i:{_VENUE_KINDS})(?![\w\-])"
)
NAME_BEFORE_COMMA_RE = re.compile(
    # "The" too, written as part of the name ("a regular at The Hub, a youth project"); "with"
    # where a child is minded ("three days a week with Kaz's Tiddlers, a childminder")
    rf"(?<![\w\-])(?:at|in|to|from|into|outside|near|with)[ \t]+(?P<name>(?:[Tt]he{_SP})?{_RUN})\Z"
)
# "the Hub youth project": "the", one capitalised word, a lower-case kind of youth or day
# venue (a capital word there names it; "the youth project" names nothing).
THE_WORD_KIND_RE = re.compile(
    rf"the{_SP}(?P<name>{CAP_WORD}){_SP}(?:youth|day|drop-in|community|social)"
    rf"{_SP}(?:project|club|centre|center|group)\b"
)


# The last word of each kind, for a quick test of the word before a comma.
_KIND_LAST = frozenset(
    kind.split()[-1].replace("[eé]", "e").replace("?", "").replace("'s", "").lower()
    for kind in _VENUE_KINDS.split("|")
) | frozenset(["cafe", "café", "newsagent", "barber", "hairdresser", "butcher", "grocer"])


def apposed_venues(text: str, venue: Judge) -> Iterator[Span]:
    """Spans of a venue's name set beside its kind by a comma, and of "the" and one
    capitalised word before a youth or day venue's kind, that ``venue`` accepts."""
    for position in literal_positions(text, (",",), whole=False):
        # Most commas follow no kind and precede no article: two string tests rule them out.
        word = text[text.rfind(" ", max(0, position - 24), position) + 1 : position]
        kind = word.lower().rstrip("'’s") in _KIND_LAST or word.lower() in _KIND_LAST
        if kind and KIND_BEFORE_COMMA_RE.search(text, max(0, position - 70), position):
            name = NAME_AFTER_COMMA_RE.match(text, position)
            if name is not None and venue(_bare(name.group("name"))):
                yield name.span("name")
        if text.startswith((", a ", ", an ", ", the "), position) and KIND_AFTER_COMMA_RE.match(
            text, position
        ):
            back = NAME_BEFORE_COMMA_RE.search(text, max(0, position - 70), position)
            if back is not None and venue(_bare(back.group("name"))):
                yield back.span("name")
    for position in literal_positions(text, ("the",)):
        match = THE_WORD_KIND_RE.match(text, position)
        if match is not None and venue(match.group("name")):
            yield match.start(), match.end("name")


def _bare(name: str) -> str:
    return name[4:] if name.startswith(("the ", "The ")) else name


# -- a nickname of a place or building --------------------------------------------------------
NICKNAME_RE = re.compile(
    r"(?:known(?:[ \t]+locally)?[ \t]+as|called|calls|call|nicknamed|dubbed)[ \t]+"
    rf"['‘\"“](?P<name>(?:the{_SP})?{_RUN})['’\"”]"
)
NICKNAME_CUES = ("known", "called", "calls", "call", "nicknamed", "dubbed")
# What the nickname names: a building, a block, an area or an institution, earlier in the
# sentence ("three tower blocks known locally as", "the local maternity unit, which").
NAMED_THING_RE = re.compile(
    r"\b(?:hospital|infirmary|unit|ward|estate|flats|blocks?|towers?|tower[ \t]+blocks?|"
    r"high[ \t]+rises?|school|academy|college|park|pub|club|centre|center|area|street|road|"
    r"house|home|hostel|church|chapel|shop|building|buildings|town|village|district|"
    r"neighbourhood|part[ \t]+of[ \t]+town|streets|houses|field|woods|wasteland|den|"
    r"square|precinct|arcade|car[ \t]+park|underpass|subway|roundabout|bridge|alley|alleyway|"
    r"garages|bus[ \t]+shelter|spot)\b[^.;:!?\n]*\Z"
)


def nicknames(text: str, nickname: Judge) -> Iterator[Span]:
    """Spans of a quoted nickname ("the Towers") given to a building, block, area or
    institution named earlier in the sentence."""
    if "'" not in text and "‘" not in text and '"' not in text and "“" not in text:
        return
    for position in literal_positions(text, NICKNAME_CUES):
        match = NICKNAME_RE.match(text, position)
        if match is None or not nickname(_bare(match.group("name"))):
            continue
        if NAMED_THING_RE.search(text, max(0, position - 90), position):
            yield match.start("name"), match.end("name")


# -- "the" and one capitalised word, used as a place ------------------------------------------
# Not "the Republic of Ireland", "the Isle of Man": a name with "of" is a country's or area's.
_ONE_THE = rf"the{_SP}(?P<name>{CAP_WORD})(?![\w\-]|['’]s\b|{_SP}[A-Z]|{_SP}of\b)"
# Living and moving, then up to three words, then a preposition: "settled on the Beaumont",
# "moved the children from the Heights", "grew up on the Manor".
LIVED_THE_RE = re.compile(
    r"(?:lived|living|lives|live|grew[ \t]+up|brought[ \t]+up|raised|settled|moved|moving|"
    r"relocated|rehoused|housed|stayed|staying|returned|returning|born|resident|came|"
    r"go(?:ing|es)?[ \t]+back|went[ \t]+back|"
    # where young people gather and sleep out: "gathered on the Brae", "slept in the Dell"
    r"gathered|gathering|congregated|hung[ \t]+(?:about|around|out)|hanging[ \t]+"
    r"(?:about|around|out)|slept|sleeping)"
    r"(?:[ \t]+[a-z][\w'’]*){0,3}?[ \t]+(?:on|in|from|to|off|onto)[ \t]+" + _ONE_THE
)
LIVED_CUES = (
    "lived", "living", "lives", "live", "grew", "brought", "raised", "settled", "moved", "moving",
    "relocated", "rehoused", "housed", "stayed", "staying", "returned", "returning", "born",
    "resident", "came", "go", "going", "goes", "went", "gathered", "gathering", "congregated",
    "hung", "hanging", "slept", "sleeping",
)  # fmt: skip
# How people say where they hang out: "up the Brow", "down the Dene", "round the Arches".
SAID_THE_RE = re.compile(r"(?:up|down|round|over)[ \t]+" + _ONE_THE)
SAID_CUES = ("up", "down", "round", "over")
# The name, then what it is: "called to the Nab, the stretch of cliff path where", "in the
# Spinney, a small estate behind the church".
_SPOT_NOUNS = (
    r"estate|cul-de-sac|close|street|lane|road|path|footpath|cliff|cliffs|stretch|field|fields|"
    r"woods?|woodland|park|wasteland|waste[ \t]+ground|beach|bridge|rocks|quarry|block|blocks|"
    r"flats|houses|terrace|row|area|green|common|hill|hillside|dunes|bay|cove|lake|pond|"
    r"river|riverbank|canal|towpath|viaduct|underpass|alley|alleyway|square|spot|place|hamlet|"
    r"village|farm|moor|heath|marsh|car[ \t]+park|playing[ \t]+fields?|recreation[ \t]+ground"
)
APPOSED_THE_RE = re.compile(
    r"(?:at|on|in|to|from|near|onto|into|off|behind|under)[ \t]+" + _ONE_THE + r","
    rf"{_SP}(?:a|an|the){_SP}(?:[\w'’-]+{_SP}){{0,3}}?(?:{_SPOT_NOUNS})\b"
)
# "the Rhos part of town", "the Tanyard area of the village", "the Vale estate".
PART_OF_RE = re.compile(
    r"(?:the)[ \t]+(?P<name>" + CAP_WORD + r")[ \t]+(?:(?:part|area|end|side)[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?(?:town|village|city|estate|valley|island)|estate|flats)\b"
)


def the_places(text: str, place: Judge) -> Iterator[Span]:
    """Spans of "the" and a capitalised word (the name alone) that the text treats as a
    place one lives on, goes up or down, is found at, or as a part of a town."""
    if "the " not in text:
        return
    for pattern, cues in ((LIVED_THE_RE, LIVED_CUES), (SAID_THE_RE, SAID_CUES)):
        for position in literal_positions(text, cues):
            match = pattern.match(text, position)
            if match is not None and place(match.group("name")):
                yield match.start("name") - 4, match.end("name")
    for position in literal_positions(text, ("the",)):
        match = PART_OF_RE.match(text, position)
        if match is not None and place(match.group("name")):
            yield match.start("name"), match.end("name")
    if ", " in text:
        for position in literal_positions(
            text, ("at", "on", "in", "to", "from", "near", "onto", "into", "off", "behind", "under")
        ):
            match = APPOSED_THE_RE.match(text, position)
            if match is not None and place(match.group("name")):
                yield match.start("name") - 4, match.end("name")


# -- a name one goes up, down, round or over to, said without "the" --------------------------
# "going up Tanners", "went down Fenners after school", "said she was going 'over Hollins'":
# how a child names a part of town. A verb of going within a few words before, a quote
# allowed between; one capitalised word, no possessive ("round Sarah's" is a home, read
# elsewhere) and no capital after it.
GO_BEFORE_RE = re.compile(
    r"\b(?:go|goes|going|gone|went|come|comes|coming|came|head(?:ed|ing|s)?|walk(?:ed|ing|s)?|"
    r"run(?:ning)?|ran|off|been|get|got|getting)\b[ \t\"'“‘]*(?:[a-z]+[ \t]+){0,2}?[\"'“‘]?\Z"
)
SAID_BARE_RE = re.compile(
    rf"(?:up|down|round|over)[ \t]+(?P<name>{CAP_WORD})(?![\w\-]|['’]s?\b|{_SP}[A-Z])"
)


def said_places(text: str, place: Judge) -> Iterator[Span]:
    """Spans of one capitalised word gone up, down, round or over to ("going up Tanners")."""
    for position in literal_positions(text, SAID_CUES):
        match = SAID_BARE_RE.match(text, position)
        if (
            match is not None
            and GO_BEFORE_RE.search(text, max(0, position - 30), position)
            and place(match.group("name"))
        ):
            yield match.span("name")


# -- a venue gone to or taken to as "the" and one word ----------------------------------------
# "went to the Hub on Tuesday nights", "the paramedics took her to the Royal", "attended the
# Den": a venue the text goes to, named by one capitalised word after "the".
GONE_TO_RE = re.compile(
    r"(?:went|go|goes|going|gone|attended|attends|attending|taken|took[ \t]+(?:him|her|them|"
    r"the[ \t]+\w+)|rushed[ \t]+(?:him|her|them)|driven|drove[ \t]+(?:him|her|them))"
    r"(?:[ \t]+(?:along|back|down|up|straight))?(?:[ \t]+(?:to|into))?[ \t]+" + _ONE_THE
)
GONE_CUES = ("went", "go", "goes", "going", "gone", "attended", "attends", "attending",
             "taken", "took", "rushed", "driven", "drove")  # fmt: skip


# After a venue's one-word name: a stop, or a word that opens what follows ("the Hub on
# Tuesdays", "the Royal where"); not a noun or a capital the name runs into, even across a
# line break ("the Emergency / Department", "the Twelfth / celebrations", "the Urdd camp").
NEXT_WORD_RE = re.compile(r"\s+(?P<word>[^\W\d_][\w'’\-]*)")
FOLLOWERS = word_set(
    """on at in for with and or but every each most after before when where until till to that
    which who because again then as by near twice once regularly often sometimes daily weekly
    was were is had has did would could the a his her their every"""
)


def _name_ends(text: str, end: int) -> bool:
    following = NEXT_WORD_RE.match(text, end)
    if following is None:
        return True
    word = following.group("word")
    return word.islower() and word in FOLLOWERS


def gone_to_venues(text: str, venue: Judge) -> Iterator[Span]:
    """Spans of "the" and one capitalised word the text goes to or is taken to."""
    if "the " not in text:
        return
    for position in literal_positions(text, GONE_CUES):
        match = GONE_TO_RE.match(text, position)
        # "went to the Scar, the strip of waste ground": a place the place rule reads
        if (
            match is not None
            and not text.startswith((", the ", ", a ", ", an "), match.end())
            and _name_ends(text, match.end())
            and venue(match.group("name"))
        ):
            yield match.start("name") - 4, match.end("name")


# -- a venue by its own name and its kind in lower case ---------------------------------------
# "a stall at Pinders market", "the blade came from Ridley's garage": a preposition of place,
# one or two capitalised words, a lower-case kind of local venue.
_LOWER_VENUE_KINDS = (
    "market|garage|caf[eé]|chippy|takeaway|barbers?|gym|cafe|bakery|salon|arcade|yard|"
    "scrapyard|car[ \t]+wash|off[ \t-]licence|corner[ \t]+shop|snooker[ \t]+hall|boxing[ \t]+gym"
)
NAME_LOWER_KIND_RE = re.compile(
    rf"(?:at|from|to|in|outside|near|into|behind)[ \t]+(?P<name>{CAP_WORD}(?:{_SP}{CAP_WORD})?)"
    rf"{_SP}(?:{_LOWER_VENUE_KINDS})(?![\w\-])"
)
NAME_LOWER_CUES = ("at", "from", "to", "in", "outside", "near", "into", "behind")


def kind_after_venues(text: str, venue: Judge) -> Iterator[Span]:
    """Spans of a venue's name and its lower-case kind ("at Pinders market")."""
    for position in literal_positions(text, NAME_LOWER_CUES):
        match = NAME_LOWER_KIND_RE.match(text, position)
        if match is not None and venue(match.group("name")):
            yield match.start("name"), match.end()


# -- a friend's home by the possessive alone --------------------------------------------------
# "then we go to Gaz's", "she stayed at Kel's most weekends", "went round Dazza's": a home
# named by whose it is, with no noun after the possessive.
HOME_OF_RE = re.compile(
    r"(?:go|goes|going|gone|went|come|came|coming|stay(?:ed|ing|s)?|sle(?:pt|eping)|back|"
    r"stop(?:ping|ped|s)?|over|round|meet(?:[ \t]+(?:me|us|him|her))?|met)(?:[ \t]+(?:to|at|round|over|up))?"
    rf"[ \t]+(?P<name>{CAP_WORD})['’]s(?![\w\-'’]|[ \t]+(?!(?:then|and|after|for|tonight|later|"
    r"till|until|on|at|in|with|because|cos|when|now|again|every|most|before)\b)[a-z])"
)
HOME_CUES = ("go", "goes", "going", "gone", "went", "come", "came", "coming", "stay", "stayed",
             "staying", "stays", "slept", "sleeping", "back", "over", "round", "meet", "met", "stop",
             "stopping", "stopped", "stops")  # fmt: skip


def possessive_homes(text: str, home: Judge) -> Iterator[Span]:
    """Spans of a name's possessive used as the home one goes to ("go to Gaz's")."""
    if "'s" not in text and "’s" not in text:
        return
    for position in literal_positions(text, HOME_CUES):
        match = HOME_OF_RE.match(text, position)
        if match is not None and home(match.group("name")):
            yield match.start("name"), match.end()


# -- where a death happened, named ------------------------------------------------------------
# "the death of a man at Beacon View in 2023", "died at Orchard Rise": a content note or a
# summary names the building or scheme of a death (the caller asks for a building's word).
DEATH_AT_RE = re.compile(
    r"(?:died|death|killed|murdered|dead|body|collapsed)(?:[ \t]+of[ \t]+(?:a|an|the|his|her)"
    r"(?:[ \t]+[a-z\-]+){1,2}?|[ \t]+(?:was[ \t]+)?(?:found|discovered|recovered))?"
    rf"[ \t]+(?:at|in)[ \t]+(?P<name>{_RUN})(?![\w\-'’])"
)
DEATH_CUES = ("died", "death", "killed", "murdered", "dead", "body", "collapsed")


def death_places(text: str, place: Judge) -> Iterator[Span]:
    """Spans of a named place a death happened at ("death of a man at Beacon View")."""
    for position in literal_positions(text, DEATH_CUES):
        match = DEATH_AT_RE.match(text, position)
        if match is not None and place(match.group("name")):
            yield match.span("name")


# -- a name one is at, then "where" -----------------------------------------------------------
AT_WHERE_RE = re.compile(rf"at{_SP}(?P<name>{_RUN}),{_SP}where\b")


def at_where(text: str, place: Judge) -> Iterator[Span]:
    """Spans of a name after "at" and before ", where" ("met at Kestle, where")."""
    if "where" not in text:
        return
    for position in literal_positions(text, ("at",)):
        match = AT_WHERE_RE.match(text, position)
        if match is not None and place(match.group("name")):
            yield match.span("name")


# -- a church known by its dedication ---------------------------------------------------------
# A parish is as often called by what its church is dedicated to as by a saint ("Mass at
# the Sacred Heart"); the words name one church where one goes to, is at or comes from.
_DEDICATIONS = (
    r"Sacred[ \t]+Heart|Holy[ \t]+(?:Family|Cross|Name|Rood|Redeemer|Innocents|Souls|Angels|"
    r"Apostles|Ghost|Spirit|Trinity)|Our[ \t]+Lady(?:[ \t]+of[ \t]+[A-Z][a-z]+)?|"
    r"Blessed[ \t]+Sacrament|Good[ \t]+Shepherd|English[ \t]+Martyrs|Immaculate[ \t]+Conception|"
    r"Most[ \t]+Holy[ \t]+(?:Redeemer|Trinity|Name)|Precious[ \t]+Blood|Christ[ \t]+the[ \t]+King"
)
DEDICATION_RE = re.compile(
    r"(?:to|at|from|outside|near|attended|attends|attending|into)[ \t]+"
    rf"(?P<name>the[ \t]+(?:{_DEDICATIONS}))(?![\w\-'’]|[ \t]+[A-Z])"
)
PRAYER_BEFORE_RE = re.compile(
    r"\b(?:pray(?:ed|s|ing)?|devotion|faith|belief|believed)\b[^.;:!?\n]*\Z"
)


def dedicated_churches(text: str) -> Iterator[Span]:
    """Spans of "the" and a church's dedication where one goes or is ("the bus to the
    Sacred Heart for Mass"); not after a prayer ("prayed to the Holy Spirit")."""
    if (
        "Holy" not in text
        and "Sacred" not in text
        and "Lady" not in text
        and ("Blessed" not in text and "Shepherd" not in text and "Martyrs" not in text)
        and "Conception" not in text
        and "Blood" not in text
        and "King" not in text
    ):
        return
    for position in literal_positions(
        text, ("to", "at", "from", "outside", "near", "attended", "attends", "attending", "into")
    ):
        match = DEDICATION_RE.match(text, position)
        if match is not None and not PRAYER_BEFORE_RE.search(text, max(0, position - 40), position):
            yield match.span("name")

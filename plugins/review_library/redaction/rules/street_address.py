"""Rule ``street-address``: house numbers and named streets and flats.

"14 Acacia Avenue", "Flat 3, 22 Mill Lane" and "Acacia Avenue" are reported (named estates,
villages and outdoor spots are the ``named-place`` rule's). Street types
that are also ordinary nouns or court names ("Park", "Green", "Court", "Way", "Hill") count
only after a house number, so "the Family Court" or "Hyde Park" pass.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.culture import not_a_home_street
from review_library.redaction.rules.flat_position import find_positions
from review_library.redaction.rules.gazetteer import gazetteer
from review_library.redaction.rules.home_number import home_numbers
from review_library.redaction.rules.person_name import in_public_phrase
from review_library.redaction.rules.street_name_use import (
    leads_institution,
    seat_of_government,
    speaks,
)
from review_library.redaction.rules.text import (
    CAP_WORD,
    LOWER,
    digit_finditer,
    digit_windows,
    fold,
    literal_windows,
    strip_possessive,
    word_set,
    word_windows,
)

MESSAGE = (
    "a street address locates the family; remove it or describe it ('the family home', "
    "'a flat in the town centre')"
)

_ALWAYS = (
    r"Road|Rd|Street|Avenue|Ave|Lane|Close|Drive|Crescent|Gardens|Gdns|Grove|Terrace|Mews|"
    r"Rise|Estate|Cottages|Villas|Terr|Cres|"
    # Scottish passages, no everyday word in English: "Kirk Wynd", "Tolbooth Vennel"
    r"Wynd|Vennel"
)
_WITH_NUMBER = (
    _ALWAYS + r"|St|Way|Court|Ct|Place|Pl|Walk|Hill|Park|Row|Square|Sq|View|Green|Vale|Parade|"
    r"Mount|Yard|Wharf|Quay|Gate|Fold|Croft|Meadows?|Chase|Approach|Boulevard|Broadway|Hollow|"
    r"Heights|Bank|Brow|Wynd|Brae|Path|Embankment|Promenade|House|Flats|Towers?|Lodge|Farm|"
    # Scottish lanes and passages: "9 Braehead Loan", "3 Kirk Vennel", "19 Quarry Pend"
    r"Loan|Loaning|Vennel|Pend|Gait|"
    # Northern closes and yards: "14 Bramble Garth"
    r"Garth"
)
_NAME = rf"{CAP_WORD}(?:[ \t]+(?:{CAP_WORD}|St\.?))*?"

NUMBERED_RE = re.compile(
    rf"(?<![\w\-/.,])(?:(?:Flat|Apartment|Apt|Unit|Room)\.?\s+\d+[A-Za-z]?,?\s+)?"
    # a Scottish flat's floor and door before the number: "9/2 Abercorn Loan" (not "24/7")
    rf"(?:(?!24/7)\d{{1,3}}/)?\d{{1,4}}[A-Za-z]?,?\s+(?P<name>{_NAME})\s+(?P<type>{_WITH_NUMBER})\b\.?"
)
NAMED_RE = re.compile(rf"(?<![\w\-])(?P<name>{_NAME})[ \t]+(?P<type>{_ALWAYS})\b")
FLAT_RE = re.compile(
    rf"(?<![\w\-])(?:Flat|Apartment|Apt)\.?\s+\d+[A-Za-z]?,?\s+{CAP_WORD}(?:\s+{CAP_WORD})*\s+(?:House|Court|Tower|Lodge|Flats|Mansions)\b"
)

# Any case: "27 belmont road", "42 CHAPEL STREET" (a number, one or two words, a street type).
_TYPES_ANY_CASE = (
    r"road|rd|street|st|avenue|ave|lane|close|drive|crescent|gardens|grove|terrace|mews|way|"
    r"place|court|walk|hill|park|row|square|view|green|vale|parade|"
    # Scottish streets, as police logs write them in capitals: "6 MILLERS WYND", "45 MILL
    # BRAE", "9 BRAEHEAD LOAN", "3 KIRK VENNEL", "19 QUARRY PEND"
    r"wynd|brae|loan|loaning|vennel|pend|gait|"
    # the abbreviations of police logs and address labels, read in capitals only: "14
    # LARKSPUR CL", "31 BRACKEN WY", "6 HAWTHORN AVE", "2 ELM GDNS" (a doctor's title "DR"
    # only with no name after it: "14 MARCH DR PATEL" is a date and a doctor)
    r"cl|wy|cres|cresc|gdns|gdn|terr|ter|gr|gro|ct|crt|pl|sq|av|wk|wlk|pde|ln|grn|pk|mws|"
    r"dr(?![ \t]+[A-Z])"
)
ANY_CASE_RE = re.compile(
    # a name may hold an apostrophe: "12 FLESHER'S ROW", "4 miller's wynd"
    rf"\d(?<![\w\-/.,]\d)\d{{0,3}}[a-z]?,?[ \t]+(?P<name>[a-z]+(?:['’][a-z]+)?"
    rf"(?:[ \t]+[a-z]+(?:['’][a-z]+)?)?)[ \t]+(?P<type>{_TYPES_ANY_CASE})\b",
    re.I,
)
# Abbreviated street types that are other words in lower case or title case ("cl", "Gr"):
# an address only when the number, the name and the type are all capitals.
CAPITALS_ONLY_TYPES = word_set(
    "cl wy cres cresc gdns gdn terr ter gr gro ct crt pl sq av wk wlk pde ln grn pk mws dr"
)
LOG_UNITS = word_set("yr hr min mth wk mg ml kg mcg x")
MONTHS = word_set(
    "january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec"
)
# Time, distance and counts are no street names: "a 3 hour drive", "2 long roads".
NOT_STREET_NAMES = frozenset(
    [
        "hour",
        "hours",
        "minute",
        "minutes",
        "mile",
        "miles",
        "km",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "mph",
        "metre",
        "metres",
        "yard",
        "yards",
        "foot",
        "feet",
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "lane",
        "way",
        "ways",
        "bedroom",
        "bedrooms",
        "storey",
        "storeys",
        "car",
        "cars",
        "bus",
        "buses",
        "times",
        "time",
        "more",
        "less",
    ]
)
# Street types that are everyday words too: in lower case only when the street ends the
# phrase ("14 alder close in the summer", not "3 very close friends"), after a name that is
# no adverb, auxiliary or plural ("aged 5 would drive", "the 2 doors close at night").
# "place", "way" and "walk" are left out: "4 visits took place", "aged 5 would walk".
WORD_TYPES = frozenset(["close", "drive"])
PHRASE_END_RE = re.compile(
    r"[ \t]*(?:[,.;:)\n]|\Z|(?:in|on|at|and|where|which|was|were|had|has|with|for|to|from|by|"
    r"near|after|before|since|until|when|while|is|so|but|or)\b)"
)
ADVERBS = word_set(
    """very quite so too really fairly pretty rather extremely most more less was were is are
    had has have not no never under over been being into onto who which would could should
    will can may might must did does do shall"""
)
# A house number (no year, no comma: "aged 15, was not drive" is none).
HOUSE_NUMBER_RE = re.compile(r"\d{1,3}[a-z]?[ \t]")
# A house number and a street named with "the": "5 The Crescent", "63 the green".
THE_STREET_RE = re.compile(
    r"(?<![\w\-/.,:])\d{1,3}[A-Za-z]?,?[ \t]+(?:the|The|THE)[ \t]+(?:crescent|close|green|"
    r"avenue|drive|grove|mews|square|parade|paddocks?|willows|maltings|chase|meadows|orchard|"
    r"quadrant|circus|broadway|terrace|rise|spinney|coppice|firs|pines|limes|beeches|"
    r"laurels|cloisters|moorings|sidings|old orchard|precinct)\b",
    re.I,
)
THE_TRIGGER_RE = re.compile(r"\d[A-Za-z]?,?[ \t]+(?:the|The|THE)[ \t]")
LOWER_CASE_TYPES = frozenset(
    [
        "road",
        "rd",
        "street",
        "avenue",
        "ave",
        "lane",
        "crescent",
        "gardens",
        "grove",
        "terrace",
        "mews",
        # no everyday words either: "6 millers wynd", "3 kirk vennel"
        "wynd",
        "vennel",
    ]
)
LABEL_BEFORE_RE = re.compile(
    r"(?:Child|Sibling|Adult|Carer|Parent|Person|Baby|Young Person|Practitioner|Officer|"
    r"Appendix|Section|Table|Figure|Recommendation|Finding|Year|Ward|Room|Page|Chapter|"
    # a motorway junction, exit or bus route: "the M4 junction 32 slip road"
    r"[Jj]unction|[Ee]xit|[Rr]oute|[Bb]us|[Pp]latform)[ \t]*\Z"
)
# Welsh streets: the type comes first ("Heol y Felin", "Stryd Fawr", "6 Ffordd Las"), and
# numbered hyphenated house or street names ("9 Pen-y-Bryn").
WELSH_RE = re.compile(
    rf"(?<![\w\-])(?:\d{{1,4}}[A-Za-z]?,?[ \t]+)?(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Teras|"
    rf"Clos|Llwybr|Maes|Ystad|Rhes)(?:[ \t]+(?:y|yr)|['’]r)?[ \t]+[A-Z][{LOWER}]+(?:[ \t]+[A-Z][{LOWER}]+)?"
)
NUMBERED_HYPHEN_RE = re.compile(
    rf"\d(?<![\w\-/.,]\d)\d{{0,3}}[A-Za-z]?,?[ \t]+[A-Z][{LOWER}]+(?:-(?:y|yr|[A-Z][{LOWER}]+))+-?[A-Z][{LOWER}]*"
)
# A block of flats or a house name followed by a street: "Marlowe House, Tennyson Way".
BUILDING_STREET_RE = re.compile(
    rf"(?<![\w\-])(?P<name>{CAP_WORD}[ \t]+(?:House|Court|Tower|Lodge|Mansions|Heights|Point))"
    rf",[ \t]+(?P<street>{CAP_WORD}[ \t]+(?:{_WITH_NUMBER}))\b"
)

# Street types that are everyday nouns, without a number but after a preposition and with
# no "the": "on Tennyson Way", "the shops on Hollybush Parade", "along Church Walk" (not "the
# Pride Parade", "in Second Place").
# The Scots street words that are also everyday or loan words ("a student Loan", "the Brae")
# count the same way: "on Cowgate Loan", "off Millbank Brae", "up Tanhouse Pend".
# So do the types no everyday sense capitalises after a name ("on Mill Brow", "off Chapel
# Fold", "Kiln Croft"), and a street's parts and signs name it as a preposition does: "the
# bottom of Quarry Brow", "the corner of Kiln Croft", "the sign for Jubilee Walk".
PREP_TYPES = ("Way", "Walk", "Row", "Parade", "Loan", "Loaning", "Pend", "Brae", "Brow", "Fold",
              "Garth", "Croft")  # fmt: skip
PREP_STREET_RE = re.compile(
    rf"\b(?:on|along|off|onto|into|from|near|outside|in|at|up|down|"
    rf"(?:top|bottom|end|corner|foot|junction)[ \t]+of|signs?[ \t]+for)[ \t]+"
    rf"(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD})?)[ \t]+(?:{'|'.join(PREP_TYPES)})\b(?![ \t]+[A-Z])"
)
# The address labels' and texts' short forms of a street's type, in title case after a
# preposition and a name: "on Elm Gr", "outside 'the shop on Mill Ln'", "near Ash Ct" (a
# capital after "Dr" is a doctor's name: "with Dr Patel"; a point and a capital end a
# sentence only when the type is no title).
PREP_SHORT_TYPES = ("Gr", "Gro", "Ln", "Cl", "Ct", "Crt", "Pl", "Dr", "Wy", "Sq", "Pde", "Grn",
                    "Pk", "Cresc", "Gdn")  # fmt: skip
PREP_SHORT_RE = re.compile(
    rf"\b(?:on|along|off|onto|into|from|near|outside|in|at|round|down|up|by)[ \t]+"
    rf"(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD})?)[ \t]+(?:{'|'.join(PREP_SHORT_TYPES)})\b"
    r"(?![ \t]*\.?[ \t]*[A-Z0-9]|[\-'’])"
)
# "St" for Street without a house number: "Westgate St." ("St Mary's" is a saint: a capital
# or an apostrophe follows).
ST_RE = re.compile(rf"(?<![\w\-'’])(?P<name>{CAP_WORD})[ \t]+St\b\.?(?![ \t]*(?:[A-Z]|['’]))")
# Welsh streets and flats in lower case or capitals: "23 heol y parc", "flat 4, oakleigh court".
_WELSH_TYPES = "heol|ffordd|stryd|lôn|lon|rhodfa|cilgant|teras|clos|llwybr|maes|ystad|rhes"
# A street in lower case without a number, after a preposition: "on belmont road". The name
# must be no English word ("on the main road", "in a quiet close" pass).
LOWER_NAMED_RE = re.compile(
    r"\b(?:on|in|at|along|off|into|near|from|of|down|up|by)[ \t]+"
    r"(?P<name>[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+(?:road|street|avenue|lane|crescent|grove|terrace|"
    # as messages abbreviate them: "im at the flat on cobden st", "on wellfield rd now"
    r"rd|st|ave)\b(?!\.?[ \t]*[a-z]+['’]s\b)"
)
# The types that are no everyday word ("way", "close", "drive" are).
LOWER_STREET_WORDS = (
    "road", "street", "avenue", "lane", "crescent", "grove", "terrace", "rd", "st", "ave"
)  # fmt: skip
# Each is led by a literal or a digit (a leading look-behind would be tried at every
# position); the character before the match is checked in code.
WELSH_ODD_RE = re.compile(
    rf"\d{{1,4}}[a-z]?,?[ \t]+(?:{_WELSH_TYPES})[ \t]+(?:(?:y|yr)[ \t]+)?"
    rf"[a-zâêîôûŵŷ]+(?:-[a-zâêîôûŵŷ]+)*",
    re.I,
)
FLAT_ODD_RE = re.compile(
    r"(?:flat|apartment|apt)\.?[ \t]+\d{1,4}[a-z]?,?[ \t]+"
    r"(?P<name>[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+(?:house|court|tower|lodge|flats|mansions)\b",
    re.I,
)

GENERIC = word_set(
    """
    the a an this that his her their its our in on at to from into onto when after before during
    while although because since also however then of and or but by for with
    high main family crown county magistrates magistrate youth coroners coroner appeal supreme
    district civil criminal juvenile appeals mr mrs ms miss dr
    """
)


def _named(words: list[str]) -> list[str]:
    return [w for w in words if fold(strip_possessive(w)) not in GENERIC and len(w) >= 2]


STREET_WORDS = tuple(_ALWAYS.split("|"))
# A programme named after its street: one watches it, follows it or its episodes, or is a fan
# of it; a family's street is lived in, visited or walked along (a preposition before it).
SCREEN_BEFORE_RE = re.compile(
    r"\b(?:watch(?:ed|es|ing)?|episodes?\s+of|fans?\s+of|cast\s+of|"
    r"soaps?\s*,?\s+(?:like|such\s+as|including|especially))\s+"
    # other programmes listed first: "watched Hollyoaks and Coronation Street"
    r"(?:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2}\s*(?:,\s*|\s+(?:and|or|&)\s+)){0,3}\Z"
)

# ... or the programme is what the street name is said to be: "Coronation Street was the one
# programme she watched", "Albert Square is her favourite soap" (a family's street is no show).
SCREEN_AFTER_RE = re.compile(
    r"[ \t]+(?:was|is|had[ \t]+been|has[ \t]+been|remained|remains)[ \t]+"
    r"(?:(?:the|a|an|her|his|their|its|my|our)[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?"
    r"(?:programmes?|programs?|soaps?|shows?|series|dramas?|sitcoms?)\b"
)


# ... or it is one of the things a person loved, in a list of them: "she loved Coronation
# Street, bingo and her grandchildren" (a family's street is lived in, not loved in a list).
LIKED_BEFORE_RE = re.compile(
    r"\b(?:lov(?:ed|es|ing)|enjoy(?:ed|s|ing)|lik(?:ed|es)|ador(?:ed|es)|favourites?\s+"
    r"(?:were|was|included|being))\s+"
    r"(?:[\w'’]+(?:\s+[\w'’]+){0,2}\s*(?:,\s*|\s+(?:and|or|&)\s+)){0,3}\Z"
)
LIST_AFTER_RE = re.compile(r"[ \t]*(?:,[ \t]*[\w'’]|[ \t]+(?:and|or|&)[ \t]+[\w'’])")
LIST_BEFORE_RE = re.compile(r"(?:,|\s(?:and|or|&))\s*\Z")


def _liked_in_a_list(text: str, start: int, end: int) -> bool:
    return LIKED_BEFORE_RE.search(text, max(0, start - 60), start) is not None and (
        LIST_AFTER_RE.match(text, end) is not None
        or LIST_BEFORE_RE.search(text, max(0, start - 6), start) is not None
    )


# A house named by its own name, then the lane it stands on: "Rowan Cottage on Mill Brow",
# "Moorside Farm off Kiln Road", "Ivy House, Back Lane". The street type after a house's
# name is a street even where it is an everyday word ("Brow", "Hill", "Green"); a public
# building on its street ("the Town Hall on High Street") is no home.
_HOUSE_KINDS = (
    "Cottage|Cottages|House|Farm|Farmhouse|Lodge|Barn|Villa|Hall|Grange|Rectory|Vicarage|"
    "Mill|Bungalow|Croft|Manse|Smithy|Forge"
)
HOUSE_ON_STREET_RE = re.compile(
    rf"(?<![\w\-'’])(?P<house>{CAP_WORD}(?:[ \t]+{CAP_WORD})?[ \t]+(?:{_HOUSE_KINDS}))"
    rf"(?:[ \t]*,[ \t]*|[ \t]+(?:on|off|in|along|at|up|down)[ \t]+)"
    rf"(?P<street>{CAP_WORD}(?:[ \t]+{CAP_WORD})?[ \t]+(?:{_WITH_NUMBER}))(?![\w\-])"
)
HOUSE_KIND_WORDS = tuple(_HOUSE_KINDS.split("|"))
PUBLIC_BUILDING_WORDS = word_set(
    """town city county village church community sports leisure civic court health family
    children children's youth market guild council police fire public opera concert music
    arts dance bingo pump mission meeting scout guide masonic drill companies"""
)


def _house_on_street(text: str) -> Iterator[Hit]:
    for match, delta in word_windows(text, HOUSE_KIND_WORDS, 40, 60).finditer(HOUSE_ON_STREET_RE):
        words = match.group("house").split()
        if any(fold(strip_possessive(w)) in PUBLIC_BUILDING_WORDS for w in words[:-1]):
            continue
        if words[0] in ("The", "A", "An", "This", "That", "His", "Her", "Their"):
            continue
        yield Hit(match.start() + delta, match.end() + delta, RULE.id, MESSAGE)


# The town after a street address and a comma is the address's last line: "7 Stryd y
# Castell, Llanberwen", "14 Acacia Avenue, Kettlewick." It is reported with the street,
# whatever the town's language (a name no list has is still the family's town).
TOWN_AFTER_RE = re.compile(
    rf",[ \t]*(?P<town>{CAP_WORD}(?:[ \t\-]+(?:(?:y|yr|on|upon|le|in|under)[ \t\-]+)?{CAP_WORD})?)"
    r"(?=[ \t]*(?:[,.;:)\n]|\Z))"
)


def find(text: str) -> Iterator[Hit]:
    """Street addresses, each with the town that follows it after a comma."""
    for hit in _find(text):
        if not_a_home_street(text, hit.start, hit.end):
            continue  # "a season ticket for <ground>", "<street> in <soap>": not a home
        after = TOWN_AFTER_RE.match(text, hit.end)
        if after is not None and fold(after.group("town").split()[0]) not in NOT_TOWN_WORDS:
            hit = dataclasses.replace(hit, end=after.end("town"))
        yield hit


# A house number on a street with a common name ("212 High Street", "9 Church Road") is
# still an address once its town follows ("212 High Street, Aberwen") or a verb of living
# comes before it: only the name is common, not the house.
ADDRESS_BEFORE_RE = re.compile(
    r"(?i:\b(?:lived|living|lives|live|stayed|staying|moved|address(?:\s+(?:was|is|as))?|"
    r"resided|residing|tenancy|home)\s+(?:at|to|in|was|:)?\s*\Z)"
)


def _generic_numbered(text: str, match: re.Match, delta: int) -> bool:
    """A numbered street of only common words, its town after it or living before it."""
    number = match.group()[: match.start("name") - match.start()]
    if "," in number or not number[:1].isdigit():
        return False  # "referrals numbered 212, High Street ...", "Flat 2, ..." (named only)
    begin, end = match.start() + delta, match.end("type") + delta
    after = TOWN_AFTER_RE.match(text, end)
    if after is not None and fold(after.group("town").split()[0]) not in NOT_TOWN_WORDS:
        return True
    return ADDRESS_BEFORE_RE.search(text, max(0, begin - 30), begin) is not None


# Gaelic and Irish streets, the street word first: "58 Sràid a' Chaisteil", "Rathad na
# Mara", "3 Bóthar na Trá", "Sráid an Mhuilinn". An article or a capitalised word follows.
_GAELIC_TYPES = (
    "Sràid|Sráid|Sraid|Rathad|Bóthar|Bothar|Ascaill|Lána|Cearnóg|Céide|Ceide|Plás|Slí|Cabhsair"
)
_GAELIC_ARTICLE = r"(?:a['’]|an|na|nan|nam|na[ \t]+h-|an[ \t]+t-|de|dhe|mhic|Uí|Ui)"
GAELIC_STREET_RE = re.compile(
    rf"(?<![\w\-])(?:\d{{1,4}}[A-Za-z]?,?[ \t]+)?(?:{_GAELIC_TYPES})[ \t]+"
    rf"(?:{_GAELIC_ARTICLE}[ \t]*)?(?<=[ \t\-])[A-ZÀ-ÖØ-Þ][{LOWER}]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][{LOWER}]+)?"
)
GAELIC_TRIGGER = re.compile(rf"(?:{_GAELIC_TYPES})[ \t]")


# Words that start a clause after an address, not a town ("..., Mother said.").
NOT_TOWN_WORDS = word_set(
    """mother father child adult baby sibling she he they it this that there the a an and but
    which who where when then police officers staff"""
)


def _find(text: str) -> Iterator[Hit]:
    yield from _house_on_street(text)
    numeric = digit_windows(text)
    for match, delta in numeric.finditer(NUMBERED_RE):
        end = match.end("type") + delta
        if text[end : end + 1] in ("'", "’") and speaks(text, end):
            # "10 Downing Street's policy unit": the house stands for a body (not "the man
            # at 12 Elm Road said": a neighbour speaks, not the house)
            continue
        if _named(re.findall(CAP_WORD, match.group("name"))) or _generic_numbered(
            text, match, delta
        ):
            yield Hit(match.start() + delta, match.end("type") + delta, RULE.id, MESSAGE)
    if GAELIC_TRIGGER.search(text):
        for match in GAELIC_STREET_RE.finditer(text):
            yield Hit(match.start(), match.end(), RULE.id, MESSAGE)
    for match, delta in numeric.finditer(FLAT_RE):
        yield Hit(match.start() + delta, match.end() + delta, RULE.id, MESSAGE)
    for match, delta in word_windows(text, STREET_WORDS, 100, 2).finditer(NAMED_RE):
        named = _named(re.findall(CAP_WORD, match.group("name")))
        if named:
            start = match.start("name") + match.group("name").find(named[0]) + delta
            end = match.end("type") + delta
            # a road in the name of a national landmark: "the Forth Road Bridge"; a street
            # that is watched on television: "watched Coronation Street with her nan"
            # and a street that stands for a body or a programme: "Downing Street announced",
            # "Coronation Street ran a storyline", "Great Ormond Street Hospital" (the
            # institution's whole name is the named-institution rule's)
            if (
                not in_public_phrase(text, start, end, gazetteer())
                and not SCREEN_BEFORE_RE.search(text, max(0, start - 40), start)
                and not SCREEN_AFTER_RE.match(text, end)
                and not _liked_in_a_list(text, start, end)
                and not seat_of_government(text, start, end)
                and not speaks(text, end)
                and not leads_institution(text, end)
            ):
                yield Hit(start, end, RULE.id, MESSAGE)
    for match, delta in numeric.finditer(ANY_CASE_RE):
        name = match.group("name")
        words = name.lower().split()
        kind = match.group("type")
        if not ((name.islower() and kind.islower()) or (name.isupper() and kind.isupper())):
            continue  # mixed case: the capitalised patterns above, or no address
        if kind.lower() in CAPITALS_ONLY_TYPES and (
            not name.isupper()
            or any(w in MONTHS or w in LOG_UNITS for w in words)
            or (words[-1].endswith("s") and not words[-1].endswith("ss"))
        ):
            # "3 gr", "ON 14 MARCH DR", "2 TABLETS PL", "4 YRS CT SCAN": a count of things
            # or a date before a log's abbreviation, no street
            continue
        # In lower case only the street types that are no everyday word count ("27 belmont
        # road"), and never after a pseudonym's number ("Sibling 2 took place").
        if (
            not name.isupper()
            and kind.lower() not in LOWER_CASE_TYPES
            and not _word_type_street(text, match, delta, words)
        ):
            continue
        begin = match.start() + delta
        if LABEL_BEFORE_RE.search(text, max(0, begin - 24), begin):
            continue
        if not any(w in NOT_STREET_NAMES for w in words):
            yield Hit(begin, match.end() + delta, RULE.id, MESSAGE)
    for match, delta in numeric.finditer(NUMBERED_HYPHEN_RE):
        yield Hit(match.start() + delta, match.end() + delta, RULE.id, MESSAGE)
    # A number then "the": rare, found by one scan before the full pattern is tried.
    for trigger in digit_finditer(THE_TRIGGER_RE, text):
        begin = max(0, trigger.start() - 4)
        match = THE_STREET_RE.search(text, begin, trigger.end() + 40)
        if match and PHRASE_END_RE.match(text, match.end()):
            yield Hit(match.start(), match.end(), RULE.id, MESSAGE)
    yield from _odd_case(text)
    yield from _lower_named(text)
    for start, end in home_numbers(text):
        yield Hit(start, end, RULE.id, MESSAGE)
    for start, end in find_positions(text):
        yield Hit(start, end, RULE.id, MESSAGE)
    if " St" in text:
        for match, delta in word_windows(text, ("St",), 40, 4).finditer(ST_RE):
            if _named([match.group("name")]):
                yield Hit(match.start() + delta, match.end() + delta, RULE.id, MESSAGE)
    # Near their words only (whole words, found with str.find): a regex led by a class or a
    # look-behind tries every position of the text.
    if WELSH_TRIGGER.search(text):
        for match, delta in word_windows(text, WELSH_WORDS, 12, 60).finditer(WELSH_RE):
            yield Hit(match.start() + delta, match.end() + delta, RULE.id, MESSAGE)
    for match, delta in word_windows(text, BUILDING_WORDS, 40, 60).finditer(BUILDING_STREET_RE):
        yield Hit(match.start() + delta, match.end() + delta, RULE.id, MESSAGE)
    for match, delta in word_windows(text, PREP_TYPES, 50, 2).finditer(PREP_STREET_RE):
        if _named(re.findall(CAP_WORD, match.group("name"))):
            yield Hit(match.start("name") + delta, match.end() + delta, RULE.id, MESSAGE)
    for match, delta in word_windows(text, PREP_SHORT_TYPES, 50, 2).finditer(PREP_SHORT_RE):
        if _named(re.findall(CAP_WORD, match.group("name"))):
            yield Hit(match.start("name") + delta, match.end() + delta, RULE.id, MESSAGE)


def _word_type_street(text: str, match: re.Match, delta: int, words: list[str]) -> bool:
    """A lower-case street whose type is an everyday word: "14 alder close in May"."""
    return (
        match.group("type").lower() in WORD_TYPES
        and bool(HOUSE_NUMBER_RE.match(match.group()))
        and not any(w in ADVERBS or w in GENERIC or w.endswith(("ly", "s")) for w in words)
        and bool(PHRASE_END_RE.match(text, match.end() + delta))
    )


# Words that describe a road in a message, not name it: "on the main road", "a back lane".
NOT_MESSAGE_STREETS = word_set(
    """main busy quiet country back side long new old same next wrong dual ring slip bus big
    little top bottom end other that this my our your his her their one two cycle private
    dirt farm narrow dark"""
)
MESSAGE_CUE_RE = re.compile(
    r"\b(?:text(?:ed|s)?|msg|message[ds]?|messaging|snapchat|whatsapp|dm|sms|wrote|typed|"
    r"post(?:ed)?|sent)\b[^\n]{0,40}\Z",
    re.I,
)


def in_message(text: str, position: int) -> bool:
    """Whether ``position`` stands inside an open quotation on its line that a message cue
    introduces ('text from Child S: "im at the bus stop on ...')."""
    line_start = text.rfind("\n", 0, position) + 1
    before = text[line_start:position]
    quote = max(before.rfind('"'), before.rfind("“"))
    if quote < 0 or (before.count('"') % 2 == 0 and before.count("“") <= before.count("”")):
        return False
    return MESSAGE_CUE_RE.search(before, 0, quote) is not None


def _lower_named(text: str) -> Iterator[Hit]:
    names = gazetteer()
    windows = literal_windows(text, LOWER_STREET_WORDS, 40, 2, whole=True)
    for match, delta in windows.finditer(LOWER_NAMED_RE):
        words = match.group("name").split()
        keys = [fold(w) for w in words]
        last = keys[-1]
        start = match.start("name") + delta
        if (
            any(k in NOT_STREET_NAMES or k in GENERIC for k in keys)
            or last in names.bodies
            or (
                names.is_word(last)
                and last not in names.name_words
                # a child's typed message names its street in lower case, with everyday
                # words ("on mill lane come get me"); prose says "a country lane"
                and not (last not in NOT_MESSAGE_STREETS and in_message(text, start))
            )
        ):
            continue
        # Only the words that no list explains name the street ("a busy belmont road").
        for key in keys[:-1] if not in_message(text, start) else ():
            if names.is_word(key) and key not in names.name_words:
                start = text.find(" ", start) + 1
            else:
                break
        yield Hit(start, match.end() + delta, RULE.id, MESSAGE)


def _odd_case(text: str) -> Iterator[Hit]:
    """Welsh streets and flats written all in lower case or all in capitals."""
    for pattern, windows in (
        (WELSH_ODD_RE, literal_windows(text, WELSH_ODD_WORDS, 12, 40, whole=True)),
        (FLAT_ODD_RE, literal_windows(text, ("flat", "apartment", "apt"), 2, 60, whole=True)),
    ):
        for match, delta in windows.finditer(pattern):
            start = match.start() + delta
            if start and (text[start - 1].isalnum() or text[start - 1] in "-/.,"):
                continue
            found = match.group()
            if not (found.islower() or found.isupper()):
                continue  # mixed case: the capitalised patterns
            name = match.groupdict().get("name")
            if name and any(w in NOT_STREET_NAMES for w in name.lower().split()):
                continue
            yield Hit(start, match.end() + delta, RULE.id, MESSAGE)


WELSH_ODD_WORDS = tuple(_WELSH_TYPES.split("|"))
BUILDING_WORDS = ("House", "Court", "Tower", "Lodge", "Mansions", "Heights", "Point")
WELSH_WORDS = (
    "Heol",
    "Ffordd",
    "Stryd",
    "Lôn",
    "Rhodfa",
    "Cilgant",
    "Teras",
    "Clos",
    "Llwybr",
    "Maes",
    "Ystad",
    "Rhes",
)

# One scan for "Heol ", "Ffordd " ...: a regex led by capitals skips most of the text.
WELSH_TRIGGER = re.compile(f"(?:{'|'.join(WELSH_WORDS)})(?:['’]r)? ")

RULE = Rule(
    id="street-address",
    severity="error",
    message=MESSAGE,
    summary="A street address",
    fix="Remove it; say 'the family home' or 'a flat in the town'.",
    docs='"14 Acacia Avenue", "Flat 3, 22 Mill Lane", "Acacia Avenue", "the Brambles Estate"',
    rank=130,
    find=find,
)

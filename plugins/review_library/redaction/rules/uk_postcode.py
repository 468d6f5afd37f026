"""Rule ``uk-postcode``: full and partial UK postcodes, in any case, with or without a space.

A full postcode in capitals is reported whatever its area, so fictional test postcodes of
the right shape are caught too. In lower or mixed case ("m130pl", "g12 8qq") it needs a real
postcode area and an inward code of the letters the Royal Mail uses. A partial postcode
("LS7", "BT47", "EH6 5", or "ls7" before "area") is reported when its area is real and the sentence says it is a
place ("in the LS7 area", "somewhere in BT47", "rehoused to the B23 postcode"); vitamins,
roads and forms ("B12", "M62", "CP12") are not. A list of outward codes is a place as a
whole ("postcodes beginning B6 and B7"). Irish Eircodes ("A65 F4E2") are reported too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import column_cells, number_windows, occurs, token_set

POSTCODE_AREAS = token_set(
    """AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN
    DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L
    LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA
    SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS
    WV YO ZE"""
)
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZabdefghjlnpqrstuwxyz"

POSTCODE_RE = re.compile(
    # a zero typed for the letter O in the area ("S015 2JY") is still the postcode; between
    # the halves a space or two, a hyphen, a dot, a URL's "+", "%20" or "_" ("CF24-3PN",
    # "?postcode=cf24+3pn", "housing_LS6_1AN.pdf"), or a line break in capitals
    r"(?<![A-Za-z\d-])((?:[A-Za-z][A-Za-z0]?\d[A-Za-z\d]?|GIR))"
    r"(?P<gap>[ \t\u00a0]{0,2}|[ \t]*\n[ \t]*|[\-.+_]|%20)(\d[A-Za-z]{2})(?![A-Za-z\d-])"
)
# A capitals postcode with a letter typed for a digit ("LSl 1UR", "CF1O 2BU", "M1 lAE",
# "CRO 2YR"):
# the area must be real, and the halves are read as if the letters were digits.
TYPO_RE = re.compile(
    r"(?<![A-Za-z\d-])(?P<area>[A-Z]{1,2})(?P<district>[\dlIOØ][\dlIOØ]?)[ \t]?"
    r"(?P<inward>[\dlIOØ])[A-Z]{2}(?![A-Za-z\d-])"
)
# A slashed O ("SA1Ø 4DD"), as a keyboard's or a font's zero, is a look-alike too.
_CONFUSABLE = frozenset("lIOØ")
# ... or a space typed inside the outward code ("NE 4 6SH").
SPLIT_OUTWARD_RE = re.compile(
    r"(?<![A-Za-z\d-])(?P<area>[A-Z]{1,2}) \d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z\d-])"
)

# British Forces Post Office numbers, and the postcodes of the overseas territories.
BFPO_RE = re.compile(
    r"(?<![\w-])(?:(?i:b\.?f\.?p\.?o\.?)[ \t]?\d{1,4}|(?:ASCN|STHL|TDCU|BBND|BIQQ|FIQQ|PCRN|SIQQ|TKCA)"
    r"[ \t]?1ZZ)(?![\w-])"
)
# A slash joins outward codes in a list ("LS6/LS7"); "-based" makes one a place ("an
# LS6-based gang").
# A hyphen or dash joins the ends of a range ("CH41-CH44").
PARTIAL_RE = re.compile(
    r"(?<![\w.£$])(?<![^\d\s]/)(?<![^\d]-)(?<![^\d]–)([A-Z]{1,2}\d[A-Z\d]?)(?:[ \t](\d))?"
    r"(?:(?![\w\-/–]|\.\d|[ \t]\d[A-Za-z]{2}\b)|(?=-based\b|[/\-–][A-Za-z]{1,2}\d))"
)
# A lower-case partial postcode ("the ls7 area") needs a real area and a place word.
LOWER_PARTIAL_RE = re.compile(
    r"(?<![\w\-.£$])(?<![^\d\s]/)([a-z]{1,2}\d[a-z\d]?)(?:[ \t](\d))?"
    r"(?:(?![\w\-/]|\.\d|[ \t]\d[A-Za-z]{2}\b)|(?=-based\b|/[A-Za-z]{1,2}\d))"
)
# A full postcode of an area the list lacks (fictional places) in lower or mixed case counts
# right after a street address or the word "postcode"; ordinals ("3rd", "4th") never do.
ADDRESS_BEFORE = re.compile(
    r"(?i:\b(?:road|rd|street|st|avenue|ave|lane|close|drive|way|crescent|terrace|gardens|"
    r"court|place|grove|hill|park|square|walk|row|mews|view|rise|address|post ?code)\b)"
    r"[^\n.]{0,6}$"
)
_ORDINAL_INWARD = re.compile(r"(?i:1st|2nd|3rd|\dth)")
# A place's name of one to three capitalised words, maybe with a comma: "Leeds", "Milton
# Keynes,", "Stoke-on-Trent" is three words joined.
_TOWN = r"[A-Z][a-z]+(?:[ \-](?:[A-Z][a-z]+|on|upon|under|le|in|by)){0,3},?"
PLACE_BEFORE = re.compile(
    r"(?i:\b(?:post ?codes?|postal (?:district|area)|lived|living|lives|live|moved|moving|"
    r"staying|stayed|rehoused|housed|relocated|somewhere|address(?:es)?|resident|based|"
    r"surgery|school|nursery|flat|house|home|located|registered|"
    # Welsh: "ardal" (area), "cod post" and its mutations, "byw" (live), "symud" (move)
    r"ardal|[cg]od post|chod post|nghod post|cyfeiriad|byw|symud\w*)\b)"
    r"(?:\s+(?i:districts?|sectors?|areas?|address(?:es)?))?"
    # "postcodes beginning B6", "a postcode starting with ls"
    # a table row's label cell ("| Home | TS3 |")
    r"(?:\s+(?i:beginning|starting|begin|start|prefixed)(?:\s+(?i:with|by))?)?\s*[:,|]?"
    # Welsh too: "yn", "ym", "yng" (in), "i" (to), "o" (from), "ger" (near)
    r"(?:\s+(?:the|a|an|in|at|to|of|around|near|from|within|as|was|is|were|yn|ym|yng|i|o|"
    r"ger))*"
    # a town's name may come between: "lived in Leeds LS6"
    rf"(?:\s+{_TOWN})?\s*['‘\"“]?$"
)
# An outward code in brackets after a place's name: "moved to Lozells (B19)".
PLACE_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)* \($")
PLACE_AFTER = re.compile(
    r"(?i:\s*(?:areas?|postcodes?|post codes?|postal districts?|districts?|sectors?|"
    r"address(?:es)?|-based|(?:children's |care )?home|flat|house|estate|hostel|tenancy|"
    r"neighbourhood|streets?|gang|boys|lads|crew|youths)\b)"
)
NOT_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:vitamin|road|roads|motorway|junction|along|via|the a|form|forms|covid|type|"
    r"key stage|year|band|grade|level|paragraph|section|schedule|regulation|article|room|"
    r"bus|route|platform|gate|seat|model|version|size)\s*$)"
)


# An Irish Eircode: a routing key (a letter and two digits, or D6W) and a unique identifier
# of four letters and digits from the Eircode alphabet ("F26 X2K7", "d02x285"); with no
# letter in the identifier, or in lower case, only after the word "Eircode".
EIRCODE_RE = re.compile(
    r"(?<![\w-])(?i:(?:[ACDEFHKNPRTVWXY]\d{2}|D6W) ?[0-9ACDEFHKNPRTVWXY]{4})(?![\w-])"
)
EIRCODE_BEFORE = re.compile(r"(?i:\beircode\b)[^\n]{0,12}$")


# A postcode said aloud, its numbers in words: "EH seventeen, eight AB", "M fourteen six RT",
# "B twenty-three, five QL". Led by the area's capital (a character class the search skips
# to at C speed), the look-behind after it.
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_DISTRICT_WORD = (
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \-]{_DIGIT_WORD})?|"
    rf"{_DIGIT_WORD}|\d\d?)"
)
SPOKEN_RE = re.compile(
    r"[A-Z](?<![\w\-][A-Z])[A-Z]?[ \t]+"
    rf"(?i:{_DISTRICT_WORD})(?:,[ \t]*|[ \t]+)(?i:{_DIGIT_WORD}|\d)[ \t]+"
    rf"[{_INWARD_LETTERS[:20]}]{{2}}(?![A-Za-z\d\-])"
)


def _spoken(text: str) -> Iterator[Hit]:
    for match in SPOKEN_RE.finditer(text):
        raw = match.group(0)
        area = re.match(r"[A-Z]+", raw).group(0)
        if area not in POSTCODE_AREAS or not any(c.isalpha() for c in raw[len(area) :][:-2]):
            continue  # figures alone are read by the other forms
        yield RULE.hit(match.start(), match.end())


def find(text: str) -> Iterator[Hit]:
    yield from _spoken(text)
    windows = number_windows(text)
    for match, delta in windows.finditer(EIRCODE_RE):
        code = match.group(0)
        start = match.start() + delta
        unique = code[-4:]
        if (
            code.isupper() and any(c.isalpha() for c in unique) and any(c.isdigit() for c in unique)
        ) or EIRCODE_BEFORE.search(text, max(0, start - 20), start):
            yield RULE.hit(start, match.end() + delta)
    if occurs("bfpo", text) or occurs("b.f.p.o", text) or "1ZZ" in text:
        for match in BFPO_RE.finditer(text):
            yield RULE.hit(match.start(), match.end())
    for match, delta in windows.finditer(POSTCODE_RE):
        whole = match.group(0)
        if whole.isupper() and not match.group("gap").strip(" \t\u00a0\n"):
            yield RULE.hit(match.start() + delta, match.end() + delta)
            continue
        area = re.match(r"[A-Za-z]+", match.group(1))
        inward = match.group(3)
        if not (area and all(c in _INWARD_LETTERS for c in inward[1:])):
            continue
        if _ORDINAL_INWARD.fullmatch(inward) and inward.islower() and area.group(0).isupper():
            continue  # "room G12 5th floor": a postcode is never half capitals, half ordinal
        start = match.start() + delta
        if area.group(0).upper() in POSTCODE_AREAS or (
            not _ORDINAL_INWARD.fullmatch(inward)
            and ADDRESS_BEFORE.search(text, max(0, start - 30), start)
        ):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(TYPO_RE):
        typed = match.group("district") + match.group("inward")
        if typed.startswith("O") and (
            len(match.group("area")) < 2 or _ORDINAL_INWARD.fullmatch(match.group(0)[-3:])
        ):
            continue  # "CRO 2YR" is Croydon's CR0; "BO 2AB" is no one's, "TWO 3RD" no code
        if _CONFUSABLE.intersection(typed) and match.group("area") in POSTCODE_AREAS:
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(SPLIT_OUTWARD_RE):
        if match.group("area") in POSTCODE_AREAS:
            yield RULE.hit(match.start() + delta, match.end() + delta)
    # Partial postcodes, upper and lower case, in text order: a list of them ("postcodes
    # beginning B6 and B7", "the LS7, LS8 and LS9 areas") is a place as a whole when the
    # sentence makes any of its members one.
    candidates: list[tuple[int, int, bool]] = []
    for match, delta in windows.finditer(PARTIAL_RE):
        area = re.match(r"[A-Z]+", match.group(1)).group(0)
        if area in POSTCODE_AREAS:
            start, end = match.start() + delta, match.end() + delta
            candidates.append((start, end, _partial_is_place(text, start, end, lower=False)))
    for match, delta in windows.finditer(LOWER_PARTIAL_RE):
        area = re.match(r"[a-z]+", match.group(1)).group(0).upper()
        if area in POSTCODE_AREAS:
            start, end = match.start() + delta, match.end() + delta
            candidates.append((start, end, _partial_is_place(text, start, end, lower=True)))
    if "|" in text and (occurs("postcode", text) or occurs("post code", text)):
        candidates.extend(_column_cells(text))
    candidates.sort()
    group: list[tuple[int, int, bool]] = []
    for candidate in [*candidates, None]:
        if candidate is not None and group and LIST_GAP.fullmatch(text, group[-1][1], candidate[0]):
            ranged = RANGE_RE.fullmatch(text, group[-1][0], candidate[1])
            if ranged is not None and ranged.group(1) == ranged.group(2):
                candidate = (candidate[0], candidate[1], True)
            group.append(candidate)
            continue
        if any(place for _, _, place in group) and not _statistic(text, group[0][0], group[-1][1]):
            for start, end, _ in group:
                if not NOT_PLACE_BEFORE.search(text, max(0, start - 40), start):
                    yield RULE.hit(start, end)
        group = [candidate] if candidate is not None else []


# A figure about many people: "31% lived in the B23 area", "referrals from the LS6 and LS7
# areas rose", "twice as likely". An outward code (thousands of homes) in such a sentence
# describes a population, unless the sentence is about someone ("she", "Child K").
STATISTIC = re.compile(
    r"(?i:%|\bper ?cent\b|\brates?\b|\bproportions?\b|\bdeciles?\b|\bquintiles?\b|"
    r"\b(?:more|less|twice as|three times as) likely\b|\bhighest\b|\blowest\b|\baverage\b|"
    r"\bprevalence\b|\bincidence\b|\bper \d[\d,]*\b|"
    r"\b\d[\d,]* (?:children|families|referrals|cases|households|people|residents)\b|"
    r"\breferrals\b[^.\n]{0,60}\b(?:rose|fell|increased|decreased|doubled)\b)"
)
SOMEONE = re.compile(
    r"\b(?:Child|Adult|Baby|Mr|Mrs|Ms|Miss|Young Person)\s+[A-Z]\b|"
    r"(?i:\b(?:he|she|his|her|him|hers|they|them|their|mother|father|mum|dad|the family|the child|"
    r"the young person|grandmother|grandfather|grandparents?|parents?|siblings?|brother|"
    r"sister|partner|stepfather|stepmother|uncle|aunt|carer|perpetrator|victim)\b)"
)


def _statistic(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` gives figures about many people and
    names no one."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    finish = min(stops) if stops else len(text)
    return (
        STATISTIC.search(text, begin, finish) is not None
        and SOMEONE.search(text, begin, finish) is None
    )


# A Markdown table's column headed "Postcode" (or "Postcode district"/"area"): an outward
# code in its cells is a place whatever the sentence around ("| Child M | NG7 |").
HEADER_CELL = re.compile(
    r"(?i:\s*(?:post ?codes?|post ?code (?:district|area|sector)s?|postal "
    r"(?:district|area)s?)\s*)"
)
CELL_CODE = re.compile(r"\s*(?P<code>[A-Za-z]{1,2}\d[A-Za-z\d]?(?: \d)?)\s*")


def _column_cells(text: str) -> Iterator[tuple[int, int, bool]]:
    """Outward codes in the cells of a table's postcode column, as place candidates."""
    for start, cell in column_cells(text, HEADER_CELL):
        match = CELL_CODE.fullmatch(cell)
        area = match and re.match(r"[A-Za-z]+", match.group("code"))
        if area and area.group(0).upper() in POSTCODE_AREAS:
            yield (start + match.start("code"), start + match.end("code"), True)


# What joins the members of a list of outward codes: "B6 and B7", "LS7, LS8 or LS9".
LIST_GAP = re.compile(r"\s*(?:,|/|&|\band\b|\bor\b|,\s*and\b|,\s*or\b|\bto\b)\s*|[\-–]")
# The ends of a range of one area's districts: "CH41-CH44", "LS6–LS9" (a two-letter area:
# "M1-M6" are motorways).
RANGE_RE = re.compile(r"([A-Z]{2})\d[A-Z\d]?[\-–]([A-Z]{2})\d[A-Z\d]?")


def _partial_is_place(text: str, start: int, end: int, *, lower: bool) -> bool:
    """Whether the sentence makes the outward code at ``text[start:end]`` a place."""
    before = text[max(0, start - 40) : start]
    if NOT_PLACE_BEFORE.search(before):
        return False
    if PLACE_AFTER.match(text, end):
        return True
    # The rest of the postcode masked ("LS6 1**", "SK4 ###", "DN4 5XX"): the writer knew it
    # was one. Bold markers right after an outward code ("**B12**") are no mask.
    if MASKED_INWARD.match(text, end) if " " in text[start:end] else MASKED_CODE.match(text, end):
        return True
    if SECTOR_RE.fullmatch(text, start, end) and not NOT_SECTOR_AFTER.match(text, end):
        # A sector ("NP20 4", "wv10 9", "G31 2") narrows a home to a few thousand; nothing
        # else in report prose is a postcode area, a district and a lone figure.
        return True
    if re.fullmatch(r"[Ss][1-6]", text[start:end]):
        # Scottish school years ("moved up to S3"), unless a town's name leads it ("lived
        # in Sheffield S2")
        return TOWN_BEFORE.search(before) is not None and PLACE_BEFORE.search(before) is not None
    # "PL4 was where the family was rehoused"
    where = WHERE_AFTER.match(text, end)
    if where is not None and MOVE_VERB.search(text, where.end(), where.end() + 60):
        return True
    if lower:
        # "moved to ls7": a place word before it counts for two-letter areas only ("in m1"
        # or "to b6" is too often something else)
        # ... or one letter and two figures ("the address was in m40", "moved to e17"); on a
        # road ("along the m40") NOT_PLACE_BEFORE has already said no
        shaped = text[start + 1].isalpha() or text[start + 1 : end].isdigit()
        return end - start >= 3 and shaped and bool(PLACE_BEFORE.search(before))
    if PLACE_BEFORE.search(before) or (
        PLACE_NAME_BEFORE.search(before) and text.startswith(")", end)
    ):
        return True
    # "moved across the river to DD5", "worked in a kitchen in W1": a preposition of place
    # right before, and a verb of living, moving or working earlier in the sentence.
    if not PREPOSITION_BEFORE.search(before) or NOT_PLACE_AFTER.match(text, end):
        return False
    sentence = text[max(0, start - 80) : start]
    sentence = sentence[max(sentence.rfind(". "), sentence.rfind("\n")) + 1 :]
    return MOVE_VERB.search(sentence) is not None


# A postcode sector: a district of a two-letter area, or a two-figure district of a
# one-letter area ("N16 7", not "S3 2"), a space, the sector's figure.
SECTOR_RE = re.compile(r"[A-Za-z]{2}\d[A-Za-z\d]? \d|[A-Za-z]\d\d \d")
# A figure after a code that counts something: "the M62 3 miles further", "ST4 2 years in".
NOT_SECTOR_AFTER = re.compile(
    r"(?i:[ \t]*(?:[\-–/.,:]\d|%|\+|x\b|per\b|times?\b|years?\b|yrs?\b|months?\b|weeks?\b|"
    r"days?\b|nights?\b|hours?\b|hrs?\b|minutes?\b|mins?\b|miles?\b|km\b|metres?\b|"
    r"mg\b|ml\b|kg\b|am\b|pm\b|o['’]clock|pupils?\b|children\b|people\b|staff\b|"
    r"cases?\b|tablets?\b|doses?\b|units?\b|bus(?:es)?\b|of\b|out\b|to\b|and[ \t]+\d|or[ \t]+\d))"
)
# A town's name right before a code: "Sheffield S2".
TOWN_BEFORE = re.compile(r"\b[A-Z][a-z]{2,}[ \t]+$")
MASKED_INWARD = re.compile(r"(?:[*#]{1,2}|[xX]{2})(?![\w*#])")
MASKED_CODE = re.compile(r"[ \t](?:[*#]{2,3}|[xX]{3})(?![\w*#])")


# What a grade, a form or a size is followed by: "worked in B2 grade roles", "in A4 paper".
NOT_PLACE_AFTER = re.compile(
    r"(?i:\s+(?:grade|grades|level|levels|band|bands|class|form|forms|visa|visas|status|role|"
    r"roles|standard|certificate|licence|license|paper|size|format|unit|ward|bay|bed|room|"
    # a vitamin ("deficiency found in B12 levels")
    r"levels?|deficien\w*|injections?|tablets?|supplements?|vitamins?)\b)"
)
WHERE_AFTER = re.compile(r"\s+(?i:was|is|became|had been)\s+where\b")
PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:in|to|from|near|around|into|across|round|of|at|between|outside|beyond|within|"
    rf"throughout)\s+)(?:{_TOWN}\s+)?$"
)
MOVE_VERB = re.compile(
    r"(?i:\b(?:li(?:ved|ving|ves|ve)|mov(?:ed|ing|es|e)|stay(?:ed|ing|s)?|work(?:ed|ing|s)?|"
    r"slept|sleeping|rehoused|housed|relocated|placed|settled|sofa[- ]surf\w*|rented|renting|"
    r"came|come|comes|coming|gr[eo]w(?:s|ing)? up|returned|returning|born|raised|"
    r"brought up|based|hung around|hanging around|spent|went back|go(?:es|ing)? back|"
    r"visit(?:ed|ing|s)?|travel(?:l?ed|l?ing|s)?|"
    # where someone was found, picked up, arrested or bailed to: "picked up in Walthamstow
    # E17", "found by police in NW10", "bailed to an address in CF5"
    r"found|seen|sighted|located|traced|picked up|dropped off|collected|arrested|bailed|"
    r"taken|went missing|missing|abandoned|detained|exploited|groomed|recruited|dealing|"
    # a county line "ran into DE1", a gang "operating in TS3" (a line that "ran between"
    # a district and a town names a route, not a home)
    r"r[au]n(?:s|ning)?\s+in(?:to)?|operat(?:ed|ing|es?))\b)"
)


RULE = Rule(
    id="uk-postcode",
    severity="error",
    message="a UK postcode locates a home; remove it (name the area at most, e.g. 'the north of the county')",
    summary="A UK postcode, full or partial",
    fix="Remove it; describe the area at most ('a town in the north of the county').",
    docs="full postcodes, with or without the space, in any case (in lower case only with a real "
    "postcode area); partial postcodes (the outward code, or with the sector) when the "
    "sentence makes them a place ('lived in the ... area', 'somewhere in ...', 'postcodes "
    "beginning ...', 'moved across town to ...'), lists of them, but not in a figure about "
    "many people that names no one ('31% of referrals came from the ... area'); Irish "
    "Eircodes",
    rank=70,
    find=find,
    output_scan=True,
)

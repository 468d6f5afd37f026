"""Rule ``precise-location``: a place given as coordinates or a map code.

Latitude and longitude (decimal, or degrees and minutes), what3words addresses
("///filled.count.soap"), Ordnance Survey grid references ("SJ 838 978") and Open Location
(plus) codes ("9C3XGV4C+2V") each point at a spot a few metres wide: a home, or where a
body was found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import (
    keyword_windows,
    literal_windows,
    lowered,
    number_windows,
)

DECIMAL_RE = re.compile(
    r"(?<![\w.\-])(?P<lat>[+\-]?\d{1,2}\.\d{2,})°?\s*(?P<ns>[NSns])?\s*[,;/ ]\s*"
    # A full stop may end the sentence ("... at 54.9783,-1.6178."); a dot and a digit may not.
    r"(?P<lon>[+\-]?\d{1,3}\.\d{2,})°?\s*(?P<ew>[EWew])?(?!\w|\.\d)"
)
DMS_RE = re.compile(
    r"(?<![\w.])\d{1,3}\s*°\s*\d{1,2}(?:[.,]\d+)?\s*['′’]?\s*(?:\d{1,2}(?:[.,]\d+)?\s*[\"″”]?)?\s*[NSns]"
    # The longitude's E or W may be left off at the meridian: "51°28'N 0°00'".
    r"[\s,;]*\d{1,3}\s*°\s*\d{1,2}(?:[.,]\d+)?\s*['′’]?\s*(?:\d{1,2}(?:[.,]\d+)?\s*[\"″”]?)?"
    r"(?:\s*[EWew](?!\w)|(?<=['′’\"″”]))"
)
# Hemisphere first, decimal minutes: "N 53° 24.512' W 002° 59.376'".
DMS_PREFIX_RE = re.compile(
    r"(?<![\w.])[NSns]\s*\d{1,2}\s*°\s*\d{1,2}(?:[.,]\d+)?\s*['′’]?[\s,;]*"
    r"[EWew]\s*\d{1,3}\s*°\s*\d{1,2}(?:[.,]\d+)?\s*['′’]?"
)
W3W_RE = re.compile(
    r"///[a-z]+\.[a-z]+\.[a-z]+\b|(?i:what ?3 ?words|w3w)[^\n]{0,60}?\b[a-z]+\.[a-z]+\.[a-z]+\b"
)
# An OS grid reference: two letters of the national grid, then 2x(3 to 5) digits.
GRID_RE = re.compile(
    r"(?<![\w\-])(?P<sq>[HJNOST][A-HJ-Z]) ?(?P<e>\d{2,5}) ?(?P<n>\d{2,5})(?![\w\-]|\.\d)"
)
# A grid reference with fewer digits ("SE 29 34") is a place too, after "grid reference".
GRID_LABEL = re.compile(
    r"(?i:grid (?:ref(?:erence)?|square)|\bos ref(?:erence)?|\bngr)\b\.?\s*:?\s*$"
)
LABELLED_RE = re.compile(
    r"(?i:\blat(?:itude)?\b\.?\s*:?\s*)(?P<lat>[+\-]?\d{1,2}\.\d{2,})"
    r"(?:[\s,;]+(?i:long(?:itude)?|lon|lng)\b\.?\s*:?\s*(?P<lon>[+\-]?\d{1,3}\.\d{2,}))?"
)
DEGREE_RE = re.compile("°")
# British National Grid coordinates in metres: "easting 318200, northing 176500".
EASTING_RE = re.compile(
    r"(?i:\b(?:eastings?|northings?|x|y)\b)\s*[:=]?\s*(?P<value>\d{6,7}(?:\.\d+)?)(?![\w.]|\.\d)"
)
PLUS_RE = re.compile(
    r"(?<![\w+])[23456789CFGHJMPQRVWXcfghjmpqrvwx]{4,8}\+[23456789CFGHJMPQRVWXcfghjmpqrvwx]{2,3}(?![\w+])"
)


def find(text: str) -> Iterator[Hit]:
    windows = number_windows(text)
    for match, delta in windows.finditer(DECIMAL_RE):
        lat, lon = float(match.group("lat")), float(match.group("lon"))
        precise = min(len(match.group("lat").split(".")[1]), len(match.group("lon").split(".")[1]))
        hemisphere = match.group("ns") or match.group("ew")
        # Two decimals (about a kilometre) count only with degree signs and compass letters
        # (read around the degree signs below); "12.50, 18.75" is no place.
        if abs(lat) <= 90 and abs(lon) <= 180 and precise >= 3 and (precise >= 4 or hemisphere):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    if "°" in text:
        # Around the degree signs: "52°29'N, 1°53'W" has too few digits together for the
        # number windows.
        degree_windows = keyword_windows(text, DEGREE_RE, 12, 40)
        for pattern in (DMS_RE, DMS_PREFIX_RE):
            for match, delta in degree_windows.finditer(pattern):
                yield RULE.hit(match.start() + delta, match.end() + delta)
        # Decimal degrees with signs and compass letters: "53.79°N, 1.54°W".
        for match, delta in degree_windows.finditer(DECIMAL_RE):
            if "°" in match.group() and match.group("ns") and match.group("ew"):
                yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(GRID_RE):
        start = match.start() + delta
        if len(match.group("e")) == len(match.group("n")) and (
            len(match.group("e")) >= 3 or GRID_LABEL.search(text, max(0, start - 30), start)
        ):
            yield RULE.hit(start, match.end() + delta)
    if "+" in text:
        for match, delta in windows.finditer(PLUS_RE):
            raw = match.group(0)
            if sum(c.isdigit() for c in raw) >= 2 and sum(c.isalpha() for c in raw) >= 2:
                yield RULE.hit(match.start() + delta, match.end() + delta)
    if "easting" in lowered(text) or "northing" in lowered(text):
        for match, delta in literal_windows(text, ("easting", "northing"), 0, 60).finditer(
            EASTING_RE
        ):
            yield RULE.hit(match.start("value") + delta, match.end("value") + delta)
    for match, delta in windows.finditer(LABELLED_RE):
        end = match.end("lon") if match.group("lon") else match.end("lat")
        yield RULE.hit(match.start("lat") + delta, end + delta)
    lower = lowered(text)
    if "///" in text or "what3words" in lower or "w3w" in lower or "what 3 words" in lower:
        for match, delta in literal_windows(
            text, ("///", "what3words", "what 3 words", "w3w"), 0, 90
        ).finditer(W3W_RE):
            yield RULE.hit(match.start() + delta, match.end() + delta)


RULE = Rule(
    id="precise-location",
    severity="error",
    message="coordinates or a map code locate a place to a few metres; remove them (name the area at most)",
    summary="A precise location: coordinates, a what3words address, a grid reference or a plus code",
    fix="Remove it; describe the place at most ('woodland near the estate').",
    docs="latitude and longitude (51.4816, -3.1791; 53°28′N 2°14′W), what3words addresses "
    "(///filled.count.soap), OS grid references (SJ 838 978), plus codes (9C3XGV4C+2V)",
    rank=75,
    find=find,
)

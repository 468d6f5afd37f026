"""Rule ``precise-location``: a place given as coordinates or a map code.

Latitude and longitude in every notation (decimal with a point or a comma, signed or with
N/S/E/W before or after; degrees, minutes and seconds with symbols or words; degrees and
decimal minutes), what3words addresses ("///filled.count.soap"), Ordnance Survey and Irish
grid references ("SJ 838 978"), eastings and northings, Open Location (plus) codes
("9C3XGV4C+2V", "GV4C+2V Cardiff"), ``geo:`` URIs and map links each point at a spot a few
metres wide: a home, or where a body was found.

Coordinates are read by structure, not by example: one pattern reads a pair of positions in
any of the notations, and the values decide (a latitude within 90 degrees, a longitude within
180, minutes and seconds under 60, enough precision to point at a place). Plain decimals need
four places, or two after a cue ("coordinates", "GPS", a map link); "0.4816, 0.3791" with
neither compass letters nor a cue is a pair of statistics.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import (
    keyword_windows,
    literal_windows,
    lowered,
    number_windows,
    occurs_any,
    token_set,
)

# -- latitude and longitude -------------------------------------------------------------------
_HEM_AFTER = r"(?:[NSEWnsew]|(?i:north|south|east|west))(?![A-Za-z])"
# A degree sign, its look-alikes (NFKC turns "º" into "o" and "˚" into a combining ring),
# or the word.
# "º" read as "o" and a lone "d" ("52d 57m 24s", GPS receivers' notation) mark degrees only
# when minutes with their own mark follow ("2d 6 and 4d 3" is old money).
_DEG = (
    r"(?:\s*(?:°|\u030a|(?i:deg(?:rees?|s)?)\b\.?"
    r"|[od](?= ?\d{1,2}(?:[.,]\d+)? ?(?:['′’`]|m\b|(?i:min))))\s*)"
)
_MIN = r"(?:\s*(?:['′’`]|(?i:min(?:ute)?s?)\b\.?|m\b))"
_SEC = r"(?:\s*(?:[\"″”]|′′|''|(?i:sec(?:ond)?s?)\b\.?|s\b))"


def _position(p: str) -> str:
    """One position: hemisphere letter before or after, sign, degrees, then a decimal
    fraction, or minutes (and seconds) after a degree mark, or decimal minutes after a
    leading hemisphere letter ("N51 28.900")."""
    return (
        rf"(?:(?P<{p}h1>[NSEW])\s*)?(?P<{p}sign>[+\-−])?(?P<{p}deg>\d{{1,3}})"
        rf"(?:(?P<{p}frac>[.,]\d+)(?P<{p}dm>{_DEG})?"
        rf"|(?P<{p}dm2>{_DEG})(?P<{p}min>\d{{1,2}}(?:[.,]\d+)?)(?:{_MIN})?"
        rf"(?:\s*(?P<{p}sec>\d{{1,2}}(?:[.,]\d+)?)(?:{_SEC})?)?"
        rf"|(?({p}h1)\s+(?P<{p}min2>\d{{1,2}}[.,]\d+){_MIN}?|(?!)))"
        rf"(?:\s*(?P<{p}h2>{_HEM_AFTER}))?"
    )


# Between the two: a comma, semicolon, slash, bar (a table), tilde or plus (map links), an
# encoded comma, "and", or only space; a line break too.
_SEP = r"(?:\s*(?:[,;/|~+&]|%2[Cc]|\band\b)\s*|\s+)"
PAIR_RE = re.compile(
    # A zoom level may follow in a map link ("/@51.48,-3.17,17z", "14.5z"), or the height or
    # the angles of a satellite or Street View ("150m", "3a,75y,90t"); or a zoom and a map
    # style after a comma ("?map=51.48,-3.17,15,normal"). A third plain number ("51.48,
    # -3.17, 22.5") makes a row of statistics.
    rf"(?<![\w.\-+−])(?:{_position('a')}){_SEP}(?:{_position('b')})"
    r"(?!\w|\.\d|,\d+(?:\.\d+)?(?![z\d,.]|[amyth]\b))"
)
# Where a pair can be: a decimal with two places or more, a degree sign read as "o"
# (one scan, at C speed: an alternation with the degree signs and "deg" cost five times as
# much), a degree sign, or the word.
_ANCHOR = re.compile(r"\d(?:[.,]\d\d|o\d)")
_EITHER = re.compile(rf"{_ANCHOR.pattern}|[°\u030a]|(?i:deg)")
WIDE_GAP = re.compile(r"\d\s+[/|;~]\s+[+\-−]?\d")
# Words and link parts that say the numbers after them are a position.
CUE = re.compile(
    r"(?i:co-?ordinates?|\bgps\b|\blat\b|latitude|\blong?\b|longitude|\blng\b|latlng|"
    r"\bgeo:|\bmaps?\b|\bpin\b|[?&](?:q|ll|sll|daddr|saddr|query|destination|center|cp)=|"
    r"/@|#map=|\bposition\b|\bgrid\b)"
)
# A single value after its label: "latitude 51.4816", "Long: -3.1791".
# The label may be a field name in JSON or a link ('"lat": 54.97', "mlat=53.48"): any quotes,
# colon or equals sign between it and the value.
LABELLED_RE = re.compile(
    r"(?i:\b(?P<label>m?lat(?:itude)?|long(?:itude)?|lng|m?lon)\b)\.?[\"']?\s*[:=]?\s*[\"']?"
    r"(?P<value>[+\-−]?\d{1,3}[.,]\d{2,})(?!\w|[.,]\d)"
)
LABEL_WORDS = ("lat", "latitude", "long", "longitude", "lng", "lon", "mlat", "mlon")


def _number(raw: str | None) -> tuple[float, int]:
    """A decimal written with a point or a comma, and its number of decimal places."""
    if not raw:
        return 0.0, 0
    whole, _, places = raw.replace(",", ".").partition(".")
    return float(f"{whole or 0}.{places or 0}"), len(places)


def _read(match: re.Match, p: str) -> tuple[float, int, bool, str] | None:
    """(degrees, precision in decimal places, marked with a degree sign or minutes, the
    hemisphere letter) of one position, or None when it cannot be one."""
    get = match.group
    degrees = int(get(f"{p}deg"))
    hemisphere = (get(f"{p}h1") or get(f"{p}h2") or "")[:1].upper()
    frac = get(f"{p}frac")
    if frac is not None:
        if frac.startswith(",") and len(frac) < 5:
            return None  # "12,345": thousands, not a decimal comma
        fraction, places = _number("0" + frac)
        # a degree sign after a decimal counts for nothing: temperatures and angles have one
        value, marked = degrees + fraction, False
    else:
        minutes, places = _number(get(f"{p}min") or get(f"{p}min2"))
        seconds, _ = _number(get(f"{p}sec"))
        if minutes >= 60 or seconds >= 60:
            return None
        value = degrees + minutes / 60 + seconds / 3600
        # Minutes point at about 2 km, seconds at 30 m: as precise as 2 and 4 decimals.
        places = 4 if get(f"{p}sec") else 2 + places
        marked = True
    if get(f"{p}sign") in ("-", "−") or hemisphere in ("S", "W"):
        value = -value
    return value, places, marked, hemisphere


def _is_pair(match: re.Match, text: str, start: int) -> bool:
    first, second = _read(match, "a"), _read(match, "b")
    if first is None or second is None:
        return False
    (lat, lat_places, lat_marked, lat_h), (lon, lon_places, lon_marked, lon_h) = first, second
    if lat_h in ("E", "W") or lon_h in ("N", "S"):  # longitude written first
        (lat, lat_h), (lon, lon_h) = (lon, lon_h), (lat, lat_h)
        if lat_h in ("E", "W") or lon_h in ("N", "S"):
            return False
    if abs(lat) > 90 or abs(lon) > 180:
        return False
    places = min(lat_places, lon_places)
    # Compass letters on both, or minutes on both ("12.50° and 18.75°" reads as decimals).
    if (lat_h and lon_h) or (lat_marked and lon_marked):
        return places >= 2
    if places >= 4 and (int(abs(lat)) or int(abs(lon))):
        return True
    if (lat_h or lon_h) and places >= 3:
        return True
    # Three places (about 100 m) inside the UK's box of latitude and longitude
    # ("51.482, -3.179"); elsewhere pairs of three places are too often measurements.
    if places >= 3 and 49 <= lat <= 61 and -9 <= lon <= 2:
        return True
    return places >= 2 and CUE.search(text, max(0, start - 60), start + 1) is not None


# Degrees, minutes and seconds with spaces and no marks, the hemisphere letter after each
# ("51 30 26N 0 07 39W") or before ("N51 30 26 W000 07 39"): the letters on both make it a
# position; minutes and seconds are checked to be under 60.
# ... or with colons, as a photo's metadata or a tracker's export writes them ("51:30:26N").
_SPACED = r"(?P<{p}d>\d{{1,3}})[ :](?P<{p}m>\d{{2}})[ :](?P<{p}s>\d{{2}}(?:\.\d+)?)"
SPACED_DMS_RE = re.compile(
    r"(?<![\w.])(?:"
    + _SPACED.format(p="a")
    + r" ?[NS]\s*[,;/]?\s*"
    + _SPACED.format(p="b")
    + r" ?[EW]|[NS] ?"
    + _SPACED.format(p="c")
    + r"\s*[,;/]?\s*[EW] ?"
    + _SPACED.format(p="d")
    + r")(?!\w|\.\d)"
)


# Degrees and decimal minutes the same way, as a GPS receiver writes them ("51 28.896N
# 003 10.746W").
SPACED_DM_RE = re.compile(
    r"(?<![\w.])(?P<ad>\d{1,2}) (?P<am>\d{1,2}\.\d+) ?[NS]\s*[,;/]?\s*"
    r"(?P<bd>\d{1,3}) (?P<bm>\d{1,2}\.\d+) ?[EW](?!\w|\.\d)"
)


# Degrees, minutes (and seconds) run together, zero-padded, the hemisphere after: aviation
# and charts ("512853N 0031044W"), a GPS sentence (NMEA: "5128.896,N,00310.746,W").
COMPACT_RE = re.compile(
    r"(?<![\w.])(?P<ad>\d{2})(?P<am>\d{2})(?:(?P<as>\d{2}(?:\.\d+)?)|(?P<af>\.\d+))?"
    r"(?:\s?|,)[NS]\s*[,;/]?\s*"
    r"(?P<bd>\d{3})(?P<bm>\d{2})(?:(?P<bs>\d{2}(?:\.\d+)?)|(?P<bf>\.\d+))?(?:\s?|,)[EW]"
    r"(?!\w|\.\d)"
)


def _compact(match: re.Match) -> bool:
    """Whether a run-together position has minutes and seconds under 60, the same precision
    on both sides, and at least minutes with a fraction or seconds."""
    get = match.group
    if (get("as") is None) != (get("bs") is None) or (get("af") is None) != (get("bf") is None):
        return False
    if get("as") is None and get("af") is None:
        return False  # "5128N 00310W": about 2 km, and too like other codes
    minutes = [float(get("am") + (get("af") or "")), float(get("bm") + (get("bf") or ""))]
    seconds = [float(get(g) or 0) for g in ("as", "bs")]
    return int(get("ad")) <= 90 and int(get("bd")) <= 180 and max(minutes + seconds) < 60


def _spaced_dms(text: str) -> Iterator[Hit]:
    for match, delta in number_windows(text).finditer(SPACED_DMS_RE):
        first, second = ("a", "b") if match.group("ad") else ("c", "d")
        values = [match.group(f"{p}{part}") for p in (first, second) for part in "dms"]
        lat, lat_m, lat_s, lon, lon_m, lon_s = (float(v) for v in values)
        if lat <= 90 and lon <= 180 and max(lat_m, lat_s, lon_m, lon_s) < 60:
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in number_windows(text).finditer(SPACED_DM_RE):
        lat, lat_m, lon, lon_m = (float(match.group(g)) for g in ("ad", "am", "bd", "bm"))
        if lat <= 90 and lon <= 180 and max(lat_m, lon_m) < 60:
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in number_windows(text).finditer(COMPACT_RE):
        if _compact(match):
            yield RULE.hit(match.start() + delta, match.end() + delta)


def _degrees_in_words(text: str) -> bool:
    """Whether "deg" follows a digit somewhere ("51 deg 28 min"); "degree" and "degrading"
    in prose are no reason to widen the scan."""
    lower = lowered(text)
    at = lower.find("deg")
    while at != -1:
        if any(c.isdigit() for c in text[max(0, at - 2) : at]):
            return True
        at = lower.find("deg", at + 3)
    return False


def _coordinates(text: str) -> Iterator[Hit]:
    # A pair has five digits or more close together: the number windows (shared by the
    # number rules) hold it. Degrees in words spread their digits apart.
    windows = number_windows(text)
    if "°" in text or "\u030a" in text or _degrees_in_words(text):
        windows = keyword_windows(text, _EITHER, 40, 60)
    for match, delta in windows.finditer(PAIR_RE):
        start = match.start() + delta
        if _is_pair(match, text, start):
            yield RULE.hit(start, match.end() + delta)
    # Two short decimals apart ("52.41 / -4.08") are two clusters of the number windows, each
    # too small to be kept: read the text around such a gap too.
    for match, delta in keyword_windows(text, WIDE_GAP, 12, 12, digit_led=True).finditer(PAIR_RE):
        start = match.start() + delta
        if _is_pair(match, text, start):
            yield RULE.hit(start, match.end() + delta)
    yield from _spaced_dms(text)
    if occurs_any(LABEL_WORDS, text):
        labelled = literal_windows(text, LABEL_WORDS, 0, 40, whole=True, digit_after=True)
        for match, delta in labelled.finditer(LABELLED_RE):
            value = match.group("value")
            places = len(re.split(r"[.,]", value)[1])
            label = match.group("label").lower().removeprefix("m")
            if places >= (3 if label in ("long", "lon") else 2):
                yield RULE.hit(match.start("value") + delta, match.end("value") + delta)


# -- map links ---------------------------------------------------------------------------------
# A short link to a dropped pin ("maps.app.goo.gl/Xk3v...", "goo.gl/maps/...") is the place.
MAP_LINK_RE = re.compile(
    r"(?i:\b(?:maps\.app\.goo\.gl|goo\.gl/maps|g\.co/kgs|maps\.apple/p)/[\w\-]{4,})"
)
# A link with its coordinates percent-encoded ("51%C2%B028'53.8%22N+3%C2%B0...").
ENCODED_LINK_RE = re.compile(r"(?i:https?://|www\.)[^\s)\]>\"<]*%[0-9A-Fa-f]{2}[^\s)\]>\"<]*")


# The place a Google Maps link was made for, in its data part: "!3d51.4816!4d-3.1791".
MAP_DATA_RE = re.compile(r"!3d[+\-]?\d{1,2}\.\d{2,}!4d[+\-]?\d{1,3}\.\d{2,}(?![\d.])")


def _links(text: str) -> Iterator[Hit]:
    if "!3d" in text:
        for match in MAP_DATA_RE.finditer(text):
            yield RULE.hit(match.start(), match.end())
    lower = lowered(text)
    if "goo.gl" in lower or "g.co/" in lower or "maps.apple" in lower:
        for match in MAP_LINK_RE.finditer(text):
            yield RULE.hit(match.start(), match.end())
    if "%" in text:
        for match in ENCODED_LINK_RE.finditer(text):
            decoded = unquote(match.group(0))
            if any(True for _ in _coordinates(decoded)):
                yield RULE.hit(match.start(), match.end())


# -- grid references, eastings and northings -------------------------------------------------
# An OS grid reference: two letters of the national grid, then 2x(2 to 5) digits.
GRID_RE = re.compile(
    r"(?<![\w\-])(?P<sq>[HJNOSThjnost][A-HJ-Za-hj-z]) ?(?P<digits>\d{2,5} \d{2,5}|\d{4,10})"
    r"(?![\w\-]|\.\d)"
)
# A label that names another code: "serial number SN 1234 5678", "model SK 2000 3000".
NOT_GRID_BEFORE = re.compile(
    r"(?i:\b(?:serial|model|part|batch|lot|items?|product|version|s/n)\b(?:\s+(?:number|no))?)"
    r"[\s.:#]*$"
)
# The 100 km squares of the national grid that hold land (Shetland's HP to Kent's TR): a
# reference in any other square ("JA 1234", "SA 12 34") is no place in Great Britain.
LAND_SQUARES = token_set(
    """HP HT HU HW HX HY HZ NA NB NC ND NF NG NH NJ NK NL NM NN NO NR NS NT NU NW NX NY NZ
    OV SC SD SE SH SJ SK SM SN SO SP SR SS ST SU SV SW SX SY SZ TA TF TG TL TM TQ TR TV"""
)
FOUND_BEFORE = re.compile(
    r"(?i:\b(?:found|located|location|position|search(?:ed)?|tasked|sent|deployed)\b"
    r"(?:\s+(?:at|near|around|to|on))?)\s*:?\s*$"
)
# Squares whose letters in lower case are a word or an abbreviation of prose.
WORD_SQUARES = token_set("no so ta sh st tv nb ss sw se sr sp ht hp")
# A preposition or verb of place right before a reference makes a short or lower-case one a
# place ("centred on TL 45 58", "the tent was at sd812456"); item numbers ("Items SE 21")
# have none.
GRID_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:at|near|around|centred on|centered on|sector|square|location|located|"
    r"position|found|search(?:ed)?|spot|site|map|"
    # where a team was sent: "tasked to NY215072", "went to SK 587 041"
    r"(?:tasked|sent|went|deployed|directed|dispatched|despatched|called|moved|walked|"
    r"drove|travelled|traveled|headed|diverted) (?:out )?to)\b)\s*:?\s*$"
)


def _halves(digits: str) -> tuple[str, str]:
    """Easting and northing of a grid reference: either side of the space, or the two
    halves of the figures run together ("83809780")."""
    if " " in digits:
        east, north = digits.split(" ")
        return east, north
    middle = len(digits) // 2
    return digits[:middle], digits[middle:]


# The Irish grid has one letter: "J 334 742", only after "grid reference".
IRISH_GRID_RE = re.compile(r"(?<![\w\-])[A-HJ-Z] ?(?P<e>\d{3,5}) ?(?P<n>\d{3,5})(?![\w\-]|\.\d)")
GRID_LABEL = re.compile(
    r"(?i:grid (?:ref(?:erence)?|square)|\bos ref(?:erence)?|\bngr|\bgrid)\b\.?\s*[:=]?"
    r"\s*(?:(?:was|is|of)\s+)?$"
)
# British National Grid coordinates in metres: "easting 318200, northing 176500".
EASTING_RE = re.compile(
    r"(?i:\b(?:eastings?|northings?|x|y)\b)\s*[:=]?\s*(?P<value>\d{6,7}(?:\.\d+)?)(?!\w|\.\d)"
)
# ... or "E 318200 N 176500", "X 318200 Y 176500", "318200E 176500N".
EN_PAIR_RE = re.compile(
    r"(?<![\w.])(?:[EX]\s*:?\s*(?P<e>\d{6})(?:\.\d+)?\s*[,;/]?\s*[NY]\s*:?\s*(?P<n>\d{6,7})"
    r"|(?P<e2>\d{6})(?:\.\d+)?\s?E\s*[,;/]?\s*(?P<n2>\d{6,7})(?:\.\d+)?\s?N)(?!\w|\.\d)"
)
# ... or a bare pair of metres after the name of its grid: "BNG (338450, 178620)", "ITM
# 715830, 734697" (the Irish Transverse Mercator), "OSGB36 338450 178620".
GRID_NAME = re.compile(
    r"(?i:\b(?:bng|itm|osgb(?:\s?36)?|ing|national grid|irish grid|grid (?:ref(?:erence)?|"
    r"position|co-?ordinates?)|eastings?(?: and|,|/) ?northings?|co-?ordinates?)\b)"
)
METRE_PAIR_RE = re.compile(
    r"(?<![\w.,])\(?(?P<e>\d{6})(?:\.\d+)?\s*[,;/]?\s*(?P<n>\d{6,7})(?:\.\d+)?\)?(?!\w|[.,]\d)"
)
# UTM ("30U 487654 5712345") and MGRS ("30U WB 12345 67890", "30UWB1234567890") in the
# zones and bands of Britain and Ireland (zones 29 to 31, bands U and V).
UTM_RE = re.compile(
    r"(?<![\w.])(?:29|30|31)\s?[UV]\s*(?:E\s*:?\s*)?(?P<e>\d{6})(?:\.\d+)?\s?(?:m?E)?"
    r"\s*[,;/]?\s*(?:N\s*:?\s*)?(?P<n>\d{7})(?:\.\d+)?(?:\s?m?N)?(?!\w|\.\d)"
)
MGRS_RE = re.compile(
    r"(?<![\w.])(?:29|30|31)\s?[UV]\s?[A-HJ-NP-Z][A-HJ-NP-V]\s?"
    r"(?P<digits>\d{2,5}\s\d{2,5}|\d{4,10})(?!\w|\.\d)"
)


def _grid(text: str) -> Iterator[Hit]:
    windows = number_windows(text)
    for match, delta in windows.finditer(GRID_RE):
        start = match.start() + delta
        east, north = _halves(match.group("digits"))
        digits = len(east)
        if digits != len(north):
            continue
        square = match.group("sq")
        if square.upper() not in LAND_SQUARES:
            continue
        if NOT_GRID_BEFORE.search(text, max(0, start - 20), start):
            continue
        labelled = GRID_LABEL.search(text, max(0, start - 30), start) is not None
        upper = square.isupper()
        if not labelled and GRID_PLACE_BEFORE.search(text, max(0, start - 20), start):
            # after a word of place: four figures or more in capitals, spaced or not ("TL 45
            # 58", "located at NT2573", "found at NY215072": a company or charity number is
            # never where anyone was found or sent); six in lower case ("sd812456"), spaced
            # only when the letters are no word or common abbreviation ("at no 0800 1111" is
            # a phone number)
            glued = " " not in match.group(0)
            labelled = digits >= 2 if upper else digits >= 3
            if labelled and not glued and not upper:
                labelled = square.lower() not in WORD_SQUARES
            if labelled and glued and digits == 2:
                # four figures run together are many codes' shape ("met at ST1234"): only
                # where someone or something was found, located or searched for
                labelled = FOUND_BEFORE.search(text, max(0, start - 30), start) is not None
        # In capitals, six figures or more anywhere; fewer after a label. In lower case
        # ("sj 838 978") after a label, or eight figures or more written as one word
        # ("tq30088025"): "on 0800 1111" is a phone number.
        # Two capitals and six figures run together is the shape of a company or Scottish
        # charity number ("SC012345"): a grid reference only after its label.
        glued = " " not in match.group(0)
        if labelled or (digits >= (4 if glued else 3) if upper else digits >= 4 and glued):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(IRISH_GRID_RE):
        start = match.start() + delta
        if len(match.group("e")) == len(match.group("n")) and GRID_LABEL.search(
            text, max(0, start - 30), start
        ):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(EN_PAIR_RE):
        easting = int(match.group("e") or match.group("e2"))
        northing = int(match.group("n") or match.group("n2"))
        if easting <= 700_000 and northing <= 1_300_000:
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(METRE_PAIR_RE):
        start = match.start() + delta
        if (
            int(match.group("e")) <= 800_000
            and int(match.group("n")) <= 1_300_000
            and GRID_NAME.search(text, max(0, start - 30), start)
        ):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(UTM_RE):
        if 100_000 <= int(match.group("e")) <= 900_000 and (
            5_300_000 <= int(match.group("n")) <= 7_200_000
        ):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(MGRS_RE):
        east, north = _halves(match.group("digits"))
        if len(east) == len(north):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    lower = lowered(text)
    if "easting" in lower or "northing" in lower:
        for match, delta in literal_windows(text, ("easting", "northing"), 0, 60).finditer(
            EASTING_RE
        ):
            yield RULE.hit(match.start("value") + delta, match.end("value") + delta)


# -- what3words and plus codes ---------------------------------------------------------------
_W3W_WORD = r"[^\W\d_]{2,}"
W3W_RE = re.compile(
    r"(?:///\s?|(?i:what\s?(?:3|three)\s?words|w3w|\b(?:3|three) words)[^\n]{0,60}?)"
    rf"(?P<code>{_W3W_WORD}\.{_W3W_WORD}\.{_W3W_WORD})(?!\w|\.\w)"
)
W3W_WORDS = (
    "///",
    "what3words",
    "what 3 words",
    "what three words",
    "w3w",
    "whatthreewords",
    "three words",
    "3 words",
)
# Three English words joined by dots with no cue ("crib.lads.tidy") are a what3words address
# unless they end like a web address or a file ("news.bbc.co", "report.final.docx").
BARE_W3W_RE = re.compile(r"(?<![\w./@:\-])(?P<code>[a-z]{3,}\.[a-z]{3,}\.[a-z]{3,})(?!\w|\.\w|/|@)")
_BARE_TRIGGER = re.compile(r"\.[a-z]{3,}\.[a-z]{3}")
NOT_W3W_ENDS = token_set(
    "com org net gov edu nhs police sch ltd plc info biz app dev io co uk scot wales cymru "
    "pdf doc docx xls xlsx csv txt htm html md png jpg jpeg gif svg zip json yml yaml xml "
    "mp mov msg eml ppt pptx odt rtf"
)
# ... and only in a sentence about where someone was: a dotted module path in a command
# ("python -m tests.benchmarks.corpus") is three English words too.
W3W_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:at|location|located|address|meet|met|pin|find|found|shared|sent|spot|where|"
    r"here|there|outside|near|by)\b)[^\n.;]*$"
)
_OLC = "23456789CFGHJMPQRVWXcfghjmpqrvwx"
PLUS_RE = re.compile(
    rf"(?<![\w+])(?:[{_OLC}]{{4,8}}\+[{_OLC}]{{2,3}}"
    # a full code may stop at its "+", or be padded with zeros to a wider area ("9C3XGV4C+",
    # "9C3XGV00+"): eight characters before the "+"
    rf"|[{_OLC}]{{2}}(?:[{_OLC}]{{6}}|[{_OLC}]{{4}}00|[{_OLC}]{{2}}0000)\+)(?![\w+])"
)


# A geohash after its name ("geohash gcjszevn1"): six characters or more of its alphabet
# point at a kilometre or less.
GEOHASH_RE = re.compile(
    r"(?i:\bgeo-?\s?hash(?:es)?\b)[^\n\w]{0,12}(?:(?:is|was|of)\s+)?"
    r"(?P<code>[0-9b-hjkmnp-z]{6,12})(?![\w])"
)


def _map_codes(text: str) -> Iterator[Hit]:
    if "+" in text:
        for match, delta in number_windows(text).finditer(PLUS_RE):
            raw = match.group(0)
            if sum(c.isdigit() for c in raw) >= 2 and sum(c.isalpha() for c in raw) >= 2:
                yield RULE.hit(match.start() + delta, match.end() + delta)
    lower = lowered(text)
    if any(word in lower for word in W3W_WORDS):
        for match, delta in literal_windows(text, W3W_WORDS, 0, 100).finditer(W3W_RE):
            yield RULE.hit(match.start("code") + delta, match.end("code") + delta)
    if "." in text:
        yield from _bare_three_words(text)
    if "hash" in lower:
        for match in GEOHASH_RE.finditer(text):
            code = match.group("code")
            # "the geohash represents ...": a word of the alphabet is no code
            if any(c.isdigit() for c in code) or not _gazetteer().is_word(code.lower()):
                yield RULE.hit(match.start("code"), match.end("code"))


def _gazetteer():
    # imported late: the word list loads only for a text that needs it
    from review_library.redaction.rules.gazetteer import gazetteer

    return gazetteer()


def _bare_three_words(text: str) -> Iterator[Hit]:
    """Three English words joined by dots, found from their middle word (a pattern led by
    a literal dot is searched at C speed; one led by a look-behind is tried everywhere)."""
    words = None
    last = -1
    for middle in _BARE_TRIGGER.finditer(text):
        start = middle.start()
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if start <= last:
            continue
        match = BARE_W3W_RE.match(text, start)
        if match is None:
            continue
        last = match.end()
        parts = match.group("code").split(".")
        if parts[-1] in NOT_W3W_ENDS:
            continue
        if words is None:
            words = _gazetteer()
        if all(words.is_word(part) for part in parts) and W3W_PLACE_BEFORE.search(
            text, max(0, start - 60), start
        ):
            yield RULE.hit(match.start("code"), match.end("code"))


def find(text: str) -> Iterator[Hit]:
    yield from _coordinates(text)
    yield from _links(text)
    yield from _grid(text)
    yield from _map_codes(text)


RULE = Rule(
    id="precise-location",
    severity="error",
    message="coordinates or a map code locate a place to a few metres; remove them (name the area at most)",
    summary="A precise location: coordinates, a what3words address, a grid reference or a plus code",
    fix="Remove it; describe the place at most ('woodland near the estate').",
    docs="latitude and longitude in any notation (51.4816, -3.1791; 51,4816 -3,1791; "
    "N51.4816 W3.1791; 53°28′N 2°14′W; 51 deg 28 min N; N51 28.900 W003 10.750; "
    "51:28:53N 3:10:44W; 512853N 0031044W; NMEA 5128.896,N,00310.746,W), in "
    "geo: URIs and map links (?q=, ll=, /@ with zoom or view, !3d..!4d.., percent-encoded) "
    "and short map links; "
    "what3words addresses (///filled.count.soap, or three words after 'what3words'), OS and "
    "Irish grid references (SJ 838 978, sj838978 after 'grid ref'), eastings and northings "
    "(E 318200 N 176500), plus codes (9C3XGV4C+2V, 9C3XGV00+, GV4C+2V Cardiff)",
    rank=75,
    find=find,
)

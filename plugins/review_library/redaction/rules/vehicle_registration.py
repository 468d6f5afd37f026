"""Rule ``vehicle-registration``: number plates of Great Britain and Northern Ireland.

Current GB plates ("KX19 LMP", "YR21XBT") are reported in capitals anywhere, with a valid age
identifier; in lower or mixed case ("ky68 tdn"), and in the older formats ("P123 ABC",
"ABC 123D"), only after a vehicle word ("car", "reg", "plate", "ANPR"...). Northern Ireland
plates ("LEZ 4521", "AXZ 1234") carry one of the NI area codes (ending in I or Z). Dateless
plates and those of Jersey, Guernsey, Alderney and the Isle of Man ("1 ABC", "J 12345",
"1234 MN") are reported after a vehicle word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.gazetteer import gazetteer
from review_library.redaction.rules.text import (
    literal_windows,
    number_windows,
    occurs,
    token_set,
)

CURRENT_RE = re.compile(r"(?<![\w-])[A-Za-z]{2} ?(?P<age>\d{2})[ \-]?[A-Za-z]{3}(?![\w-])")
# A plate read with a character missing ("WR09 B?F"): still the car's.
PARTIAL_PLATE_RE = re.compile(
    r"(?<![\w-])[A-Z?]{2} ?\d{2}[ \-]?(?=[A-Z?]{3}(?![\w?-]))(?=.{0,2}[A-Z])(?=.{0,2}\?)[A-Z?]{3}"
)
OLD_RE = re.compile(r"(?<![\w-])(?:[A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-Z])(?![\w-])")
NI_RE = re.compile(r"(?<![\w-])[A-Za-z]?(?P<code>[A-Za-z]{2}) ?\d{1,4}(?![\w-])")
NI_CODES = token_set(
    """AZ BZ CZ DZ EZ FZ GZ HZ IA IB IG IJ IL IW JZ KZ LZ MZ NZ OI OZ PZ RZ SZ TZ UI UZ WZ XI XZ
    YZ"""
)
# Makes and body types name a vehicle as well as "car" does ("an old Land Rover, ...").
MAKES = (
    "ford|vauxhall|volkswagen|vw|audi|bmw|mercedes|toyota|nissan|honda|peugeot|renault|"
    "citroen|citroën|fiat|skoda|seat|kia|hyundai|mazda|suzuki|volvo|jaguar|land rover|"
    "range rover|landrover|mini|mitsubishi|subaru|lexus|tesla|dacia|transit|hatchback|saloon|"
    "estate car|pick-up|pickup|jeep|4x4|minibus|campervan|motorhome|caravan|tractor|trailer"
)
MAKE_SET = frozenset(MAKES.split("|"))
CONTEXT = re.compile(
    r"(?i:\b(?:car|cars|vehicle|vehicles|van|registration|registered|reg\.?|vrm|number ?plate|"
    r"plates?|motorbike|motorcycle|moped|scooter|taxi|cab|lorry|anpr|pnc|dvla|drove|driving|"
    rf"driven|keeper|{MAKES})\b)[^\n]{{0,30}}$"
)
# Lower- and mixed-case older and Northern Ireland plates ("ouz 4418", "r462 kft") are looked
# for only near a vehicle word: the number windows leave out lower-case letters before digits.
OLD_ANY_CASE_RE = re.compile(OLD_RE.pattern.replace("[A-Z]", "[A-Za-z]"))
VEHICLE_WORDS = ("car", "vehicle", "van", "registration", "registered", "reg", "vrm", "plate",
                 "motorbike", "motorcycle", "moped", "scooter", "taxi", "cab", "lorry", "anpr",
                 "drove", "driving", "driven", "keeper")  # fmt: skip
# Irish plates: year (two digits, or three since 2013), county code, serial ("221-D-12345").
IRISH_RE = re.compile(
    r"(?<![\w-])(?:\d{2}[12]?)(?P<sep>[- ])(?P<county>[A-Za-z]{1,2})(?P=sep)\d{1,6}(?![\w-])"
)
IRISH_COUNTIES = token_set(
    "C CE CN CW D DL G KE KK KY L LD LH LK LM LS MH MN MO OY RN SO T TN TS W WH WX WW"
)
# Dateless plates (GB before 1963 and cherished marks: "1 BAZ", "BAZ 1", "1234 MN"), and the
# plates of the Crown Dependencies ("J 41234" Jersey, "1234 MN" Isle of Man, "AY 123"
# Alderney): one to three capitals and one to four digits (six after a single letter), with
# the space plates are written with; only after a vehicle word ("along the A55" has none).
DATELESS_RE = re.compile(
    r"(?<![\w-])(?:\d{1,4} [A-Z]{1,3}|[A-Z]{1,3} \d{1,4}|[A-Z] \d{5,6})(?![\w-])"
)
FOREIGN_RE = re.compile(r"(?<![\w-])[A-Z]{1,3}[ \-]\d{2,4}[ \-][A-Z]{2,3}(?![\w-])")
# Letters of a police officer's rank or of a report's own labels before a number: "PC 2231",
# "Year 10", "DS 4471", "KS 2".
NOT_DATELESS = token_set(
    "PC DC PS DS DI DCI PCSO CI SI ACC DCC KS Y P S R A B C D E F G H I J K L M N O Q T U V W X Z"
)

# A vehicle identification number after its name: 17 letters and digits, never I, O or Q.
VIN_RE = re.compile(
    r"(?i:\b(?:vin|chassis (?:no\.?|number)|vehicle identification number)\b)[^\n\w]{0,12}"
    r"(?:(?i:is|was|of)\s+)?(?P<code>[A-HJ-NPR-Za-hj-npr-z0-9]{17})(?![\w-])"
)
# Acronyms that follow a letter and digits in ordinary report text ("R1 NHS").
NOT_PLATES = token_set("NHS GPS CSC CID MPS DSL LAC CIN CPP SEN MAR ICB CCG PPU CPS IDV ACE")


def _valid_age(digits: str) -> bool:
    value = int(digits)
    return 1 <= value <= 30 or 51 <= value <= 80


def _is_word(letters: str) -> bool:
    """An English word ("and", "the"): the letters of a plate in lower case never are."""
    return gazetteer().is_word(letters.lower())


def _context(text: str, start: int) -> bool:
    return CONTEXT.search(text, max(0, start - 40), start) is not None


def find(text: str) -> Iterator[Hit]:
    windows = number_windows(text)
    for match, delta in windows.finditer(CURRENT_RE):
        start = match.start() + delta
        raw = match.group(0)
        if not _valid_age(match.group("age")):
            continue
        if raw.isupper() or _context(text, start):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(OLD_RE):
        if NOT_PLATES.intersection(re.findall(r"[A-Z]{3}", match.group(0))):
            continue
        start = match.start() + delta
        if _context(text, start):
            yield RULE.hit(start, match.end() + delta)
    # Whole words followed by a digit: the finder skips "car" inside "care" in a few steps,
    # and costs half of listing every word of the text first.
    near = literal_windows(text, VEHICLE_WORDS, 0, 40, whole=True, digit_after=True)
    for match, delta in near.finditer(OLD_ANY_CASE_RE):
        raw = match.group(0)
        start = match.start() + delta
        letters = re.sub(r"[\d ]", "", raw)
        if (
            raw.islower()
            and not _is_word(letters[-3:])
            and not _is_word(letters[:3])
            and _context(text, start)
        ):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in near.finditer(CURRENT_RE):
        # lower case with spaces anywhere ("cu 19 yht"): the number windows skip it
        start = match.start() + delta
        if (
            not match.group(0).isupper()
            and _valid_age(match.group("age"))
            and not _is_word(re.sub(r"[\d \-]", "", match.group(0))[-3:])
            and _context(text, start)
        ):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in near.finditer(DATELESS_RE):
        letters = re.sub(r"[\d ]", "", match.group(0))
        start = match.start() + delta
        digits = re.sub(r"\D", "", match.group(0))
        if (
            # a single letter and up to four digits is a road or a junction ("J 12"), with
            # five or six a Jersey plate ("J 41234")
            (letters not in NOT_DATELESS or match.group(0)[0].isdigit() or len(digits) >= 5)
            and letters not in NOT_PLATES
            and letters.lower() not in MAKE_SET
            and not re.fullmatch(r"(?:19|20)\d\d", digits)  # "a 2012 VW": a model year
            and _context(text, start)
        ):
            yield RULE.hit(start, match.end() + delta)
    # Plates of other countries, in letters, digits and letters with spaces or hyphens
    # ("B 123 XYZ" Romanian, "WX 123-AB"), after a vehicle word.
    for match, delta in near.finditer(FOREIGN_RE):
        start = match.start() + delta
        if match.group(0)[-3:].lstrip(" -") not in NOT_PLATES and _context(text, start):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in near.finditer(NI_RE):
        raw = match.group(0)
        start = match.start() + delta
        if (
            not raw.isupper()
            and len(re.sub(r"[\d ]", "", raw)) == 3
            and not _is_word(re.sub(r"[\d ]", "", raw))
            and match.group("code").upper() in NI_CODES
            and _context(text, start)
        ):
            yield RULE.hit(start, match.end() + delta)
    if "?" in text:
        for match, delta in windows.finditer(PARTIAL_PLATE_RE):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(IRISH_RE):
        start = match.start() + delta
        if match.group("county").upper() in IRISH_COUNTIES and (
            match.group("sep") == "-" or _context(text, start)
        ):
            yield RULE.hit(start, match.end() + delta)
    if occurs("vin", text) or occurs("chassis", text) or occurs("identification", text):
        for match in VIN_RE.finditer(text):
            code = match.group("code")
            if any(c.isdigit() for c in code) and any(c.isalpha() for c in code):
                yield RULE.hit(match.start("code"), match.end("code"))
    for match, delta in windows.finditer(NI_RE):
        raw = match.group(0)
        letters = re.sub(r"[\d ]", "", raw)
        digits = len(raw) - len(letters) - raw.count(" ")
        if match.group("code").upper() not in NI_CODES:
            continue
        start = match.start() + delta
        if (raw.isupper() and (len(letters) == 3 or digits >= 3)) or _context(text, start):
            yield RULE.hit(start, match.end() + delta)


RULE = Rule(
    id="vehicle-registration",
    severity="error",
    message="a vehicle registration can be traced to its keeper; remove it",
    summary="A vehicle registration mark (Great Britain or Northern Ireland)",
    fix="Remove it.",
    docs='current plates (AB12 CDE, AB12CDE); in lower case and older formats ("P123 ABC") after '
    '"car", "van", "reg", "plate", "ANPR", a make...; Northern Ireland plates (LEZ 4521); Irish '
    "plates (221-D-12345); after a vehicle word, dateless and cherished plates and those of the "
    'Crown Dependencies ("1 ABC", "J 12345", "1234 MN"); a VIN after "VIN" or "chassis number"',
    rank=110,
    find=find,
)

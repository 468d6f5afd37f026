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
    column_cells,
    cue_finditer,
    literal_windows,
    number_windows,
    occurs,
    occurs_any,
    token_set,
)

# Two spaces between the halves are a plate too ("LB19  XKT": justified text, a PDF's copy).
CURRENT_RE = re.compile(r"(?<![\w-])[A-Za-z]{2} ?(?P<age>\d{2})(?:[ \-]| {2})?[A-Za-z]{3}(?![\w-])")
HYPHENATED_RE = re.compile(r"(?<![\w-])[A-Za-z]{2}-(?P<age>\d{2})-(?P<tail>[A-Za-z]{3})(?![\w-])")
# A plate read with a character missing ("WR09 B?F"): still the car's.
PARTIAL_PLATE_RE = re.compile(
    r"(?<![\w-])[A-Z?]{2} ?\d{2}[ \-]?(?=[A-Z?]{3}(?![\w?-]))(?=.{0,2}[A-Z])(?=.{0,2}\?)[A-Z?]{3}"
)
# A current plate typed with its one space in the wrong place ("YX1 9KLM", "Y X19 KLM"):
# two letters, two digits, three letters with a single space that is not between the groups.
MISPLACED_SPACE_RE = re.compile(
    r"(?<![\w-])(?=[A-Z0-9]* [A-Z0-9]*(?![\w-]))(?:[A-Z] [A-Z]\d{2}[A-Z]{3}|[A-Z]{2}\d \d[A-Z]{3}|"
    r"[A-Z]{2}\d{2}[A-Z] [A-Z]{2}|[A-Z]{2}\d{2}[A-Z]{2} [A-Z])(?![\w-])"
)
OLD_RE = re.compile(r"(?<![\w-])(?:[A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-Z])(?![\w-])")
# Never before a decimal point and a digit: "DOI 10.1111/car.2560" (D + "OI", with a journal's
# code "car" as the vehicle word, in a reference list) is a number, not a plate.
NI_RE = re.compile(r"(?<![\w-])[A-Za-z]?(?P<code>[A-Za-z]{2})[ \-]?\d{1,4}(?![\w-]|\.\d)")
NI_CODES = token_set(
    """AZ BZ CZ DZ EZ FZ GZ HZ IA IB IG IJ IL IW JZ KZ LZ MZ NZ OI OZ PZ RZ SZ TZ UI UZ WZ XI XZ
    YZ"""
)
# Makes and body types name a vehicle as well as "car" does ("an old Land Rover, ...").
MAKES = (
    "ford|vauxhall|volkswagen|vw|audi|bmw|mercedes|toyota|nissan|honda|peugeot|renault|"
    "citroen|citroën|fiat|skoda|seat|kia|hyundai|mazda|suzuki|volvo|jaguar|land rover|"
    "range rover|landrover|mini|mitsubishi|subaru|lexus|tesla|dacia|transit|hatchback|saloon|"
    "estate car|pick-up|pickup|jeep|4x4|minibus|campervan|motorhome|caravan|tractor|trailer|"
    # models named alone ("a grey Corsa, ..."), not those that are everyday words (Focus, Golf
    # and Polo are in "golf course", "polo shirt" too rarely next to a plate to matter)
    "corsa|fiesta|focus|golf|polo|astra|qashqai|micra|clio|punto|octavia|fabia|juke|yaris|"
    "civic|mondeo|berlingo|sprinter|vivaro|insignia|zafira|megane|kuga|passat|sierra|escort|"
    "aygo|i10|i20|a3|a4|c-class|evoque|discovery|defender|navara|hilux"
)
MAKE_SET = frozenset(MAKES.split("|"))
_VEHICLE = (
    r"car|cars|vehicle|vehicles|van|registration|registered|reg\.?|vrm|vrn|number ?plate|"
    r"plates?|motorbike|motorcycle|moped|scooter|taxi|cab|lorry|anpr|pnc|dvla|drove|driving|"
    r"driven|keeper|index(?: number)?|cofrestr\w*|cerbyd"
)
CONTEXT = re.compile(rf"(?i:\b(?:{_VEHICLE}|{MAKES})\b)[^\n]{{0,30}}$")
# After a plate, within its sentence: "h123 abc on the drive", "kx19 lmp parked outside".
CONTEXT_AFTER = re.compile(
    rf"^[^\n.;]{{0,40}}?(?i:\b(?:{_VEHICLE}|{MAKES}|parked|parking|driveway|on the drive|"
    r"drove off|pulled up|pulled over|insured|uninsured|untaxed|mot)\b)"
)
# Getting into a car names it too: "seen getting into R462 KFT".
CONTEXT_VERB = re.compile(
    r"(?i:\b(?:g[eo]t(?:ting)? into|got out of|parked|pulled up in|drove off in|picked up in|"
    r"bundled into|driving)\s+)$"
)
# Lower- and mixed-case older and Northern Ireland plates ("ouz 4418", "r462 kft") are looked
# for only near a vehicle word: the number windows leave out lower-case letters before digits.
OLD_ANY_CASE_RE = re.compile(OLD_RE.pattern.replace("[A-Z]", "[A-Za-z]"))
# (read over the number windows: "h123" has letters and digits together)
SPACED_OLD_RE = re.compile(
    r"(?<![\w-])(?:[A-Za-z] \d{1,3} [A-Za-z]{3}|[A-Za-z]{3} \d{1,3} [A-Za-z])(?![\w-])"
)
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


def _context(text: str, start: int, end: int | None = None) -> bool:
    """A vehicle word before the plate, or (given ``end``) after it in the sentence, or a
    verb of getting into a car right before it."""
    if CONTEXT.search(text, max(0, start - 40), start) is not None:
        return True
    if end is None:
        return False
    return (
        CONTEXT_AFTER.search(text[end : end + 60]) is not None
        or CONTEXT_VERB.search(text, max(0, start - 24), start) is not None
    )


# The letters the DVLA uses: no I, Q or Z in a current plate's area code or in its three
# random letters; prefix and suffix plates never carry I, O, Q, U or Z as the age letter.
CURRENT_STRICT = re.compile(
    r"[A-HJ-PR-Y]{2}(?P<age>\d{2})[A-HJ-PR-Y]{3}|"
    r"(?P<pa>[A-HJ-NPR-TV-Y])\d{1,3}[A-HJ-PR-Y]{3}|[A-HJ-PR-Y]{3}\d{1,3}[A-HJ-NPR-TV-Y]"
)
# A plate written as one word in any case, or with a hyphen or a dot ("kx19lmp", "kx19-lmp",
# "KX19.LMP"): read anywhere when its letters are ones the DVLA uses.
JOINED_RE = re.compile(
    r"(?<![\w\-.])(?:[A-Za-z]{2}\d{2}[\-.]?[A-Za-z]{3}|[A-Za-z]\d{1,3}[\-.]?[A-Za-z]{3}|"
    r"[A-Za-z]{3}[\-.]?\d{1,3}[A-Za-z])(?![\w\-]|\.\w)"
)
# Extensions of three letters that a file's name ends with after a dot.
FILE_ENDINGS = token_set(
    "jpg png gif pdf doc xls ppt txt csv zip svg mp4 mov mp3 m4a wav avi htm md msg eml odt rtf "
    "bmp tif amr aac ogg 3gp mkv wmv vcf"
)
# Part of a plate after its cue: "registration ending 123", "a partial registration, KX19".
PARTIAL_CUE_RE = re.compile(
    r"(?i:\b(?:registration|reg|plate|vrm|index|vin|chassis)(?:\s+(?:number|mark|no\.?))?\s+"
    r"(?:end(?:s|ed|ing)|beg(?:an|ins|inning)|start(?:s|ed|ing)|contain(?:s|ed|ing)|"
    r"includ(?:es|ed|ing))(?:\s+(?:in|with))?"
    r"|\bpartial\s+(?:registration|reg|plate|index|vrm)(?:\s+(?:number|mark))?"
    r"(?:\s+(?:of|was|is))?)[\s:,'\"‘“]*"
    r"(?P<code>[A-Z0-9]{1,4}(?:[ \-][A-Z0-9]{1,3})?|\d{1,8})(?![\w\-])"
)
PARTIAL_WORDS = ("partial", "end", "began", "begin", "start", "contain", "includ")
# Any code of letters and digits right after a plate's own label ("personal plate JA1 KES",
# "VRM: AB12"): cherished plates take shapes no rule can list.
LABELLED_RE = re.compile(
    r"(?i:\b(?:(?:number|licence|private|personal(?:ised)?|cherished|registration)\s+plate|"
    r"registration(?:\s+(?:number|mark|no\.?))?|reg(?:\.|istration)?\s*(?:no\.?|number|mark)|"
    r"vrm|vrn|index number))\b[\s:.,'\"‘“(]*(?:(?:was|is|of|as)\s+)?[‘'\"“]?"
    r"(?P<code>[A-Za-z0-9]{1,4}(?:[ \-][A-Za-z0-9]{1,4})?)(?![\w\-])"
)


# A plate of another country takes shapes no list of formats covers; after the country's
# registration it is any code of capitals and digits: "a Polish-registered car (PO 4KX21)",
# "foreign plates, WGM 52811", "a Lithuanian van, registration KLP 442".
FOREIGN_CUES = ("registered", "registration", "plate")
OTHER_COUNTRY_RE = re.compile(
    r"(?i:\b(?:[a-z]+-registered|(?:albanian|belgian|bulgarian|czech|dutch|estonian|french|"
    r"german|hungarian|irish|italian|latvian|lithuanian|polish|portuguese|romanian|slovak|"
    r"spanish|ukrainian|eu|foreign|overseas|continental)\s+(?:registered|registration|"
    r"plates?))\b)"
)
COUNTRY_CODE_AFTER = re.compile(
    r"[^\n.;!?\x00]{0,40}?(?<![\w-])(?P<code>[A-Z][A-Z0-9]{0,3}[ \-]?[A-Z0-9]{2,6})(?![\w-])"
)
# A taxi's council plate and its driver's badge carry a licence number: "licence plate number
# 0423", "private hire badge no. 1187", "hackney carriage plate 52".
TAXI_PLATE_RE = re.compile(
    r"(?i:\b(?:(?:licen[cs]e|taxi|council|hackney(?: carriage)?|private hire)\s+"
    r"(?:plate|badge)|(?:driver'?s?|taxi)\s+badge|badge(?=\s+(?:number|no))|"
    r"(?:private hire|hackney(?: carriage)?|taxi)\s+(?:vehicle\s+|driver'?s?\s+)?licen[cs]e)"
    r"(?:,?\s+(?:number|no\.?|#))?\s*"
    # the council's letters may stand apart from the number: "PH 2291", "HC-0423"
    r"(?:(?:was|is|of)\s+)?[:#]?\s*)(?P<code>(?:[A-Z]{1,3}[ \-]?)?\d{2,6})(?![\w\-/])"
)


# A table's column of vehicles: "| Date | Vehicle |" ... "| 3 March | ld19 xkp |".
COLUMN_WORDS = ("vehicle", "registration", "reg", "vrm", "vrn", "plate", "car")
VEHICLE_HEADER = re.compile(
    r"(?i:\s*(?:vehicles?|(?:vehicle )?registrations?(?: numbers?| marks?)?|reg(?:\.|istration)?"
    r"(?: no\.?)?|vrms?|vrns?|(?:number )?plates?|cars?)\s*)"
)
CELL_PLATE = re.compile(r"\s*(?P<code>[A-Za-z0-9]{1,4}(?:[ \-]?[A-Za-z0-9]{1,4}){1,2})\s*")


def _cell_plate(code: str) -> bool:
    """A cell of a vehicle column that is a plate: letters and digits, in one case, and of
    the shapes a plate takes (any UK format, or any code of another country's)."""
    bare = re.sub(r"[ \-]", "", code)
    return (
        4 <= len(bare) <= 8
        and any(c.isdigit() for c in bare)
        and any(c.isalpha() for c in bare)
        and (code.isupper() or code.islower())
        and not _year(bare)
        and not NOT_PLATES.intersection(re.findall(r"[A-Z]+", code.upper()))
    )


def _plate_shaped(raw: str, words: bool = True) -> bool:
    """Letters the DVLA uses and no report acronym (nor, with ``words``, English word)
    among them."""
    bare = re.sub(r"[\s\-.]", "", raw).upper()
    if not CURRENT_STRICT.fullmatch(bare):
        return False
    if not words:
        return not NOT_PLATES.intersection(re.findall(r"[A-Z]+", bare))
    groups = re.findall(r"[A-Z]+", bare)
    return not any(len(group) >= 3 and (group in NOT_PLATES or _is_word(group)) for group in groups)


# Words a sentence goes on with after a number ("car 2 and"), never a plate's letters.
FUNCTION_WORDS = token_set(
    "and the for are was has had not but all any can may her his him she you our who new old "
    "per was its off out got get see saw use now too yet via ago one two six ten day"
)
# What a code of letters and digits names when not a plate: "model P450 SLX", "room A12 ...".
NOT_PLATE_BEFORE = re.compile(
    r"(?i:\b(?:model|type|version|form|room|ward|bay|unit|part|item|section|code|ref|"
    r"reference|no\.|number|serial|product|catalogue|order)\s*:?\s*)$"
)


def _year(code: str) -> bool:
    return re.fullmatch(r"(?:19|20)\d\d", code) is not None


def find(text: str) -> Iterator[Hit]:
    windows = number_windows(text)
    for match, delta in windows.finditer(CURRENT_RE):
        start, end = match.start() + delta, match.end() + delta
        raw = match.group(0)
        if not _valid_age(match.group("age")):
            continue
        if _context(text, start, end) or (
            # in capitals a plate anywhere, but not after what names a code ("ref WM21 CSP")
            raw.isupper() and not NOT_PLATE_BEFORE.search(text, max(0, start - 20), start)
        ):
            yield RULE.hit(start, end)
    for match, delta in windows.finditer(JOINED_RE):
        # one word, or a hyphen or dot inside, in any case: the DVLA's letters decide
        raw = match.group(0)
        age = re.search(r"\d+", raw).group(0)
        # one case throughout: "HbA1c" (a blood test) mixes them, a typed plate never does
        if not (raw.isupper() or raw.islower() or raw[1:].islower()):
            continue
        if "." in raw and raw.rsplit(".", 1)[1].lower() in FILE_ENDINGS:
            continue  # "p1.jpg", "s7.png": a file's name and its extension, not "P1 JPG"
        if (len(age) != 2 or _valid_age(age)) and _plate_shaped(raw):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(OLD_ANY_CASE_RE):
        raw = match.group(0)
        start, end = match.start() + delta, match.end() + delta
        letters = re.sub(r"[\d ]", "", raw)
        if NOT_PLATES.intersection(re.findall(r"[A-Z]{3}", raw.upper())):
            continue
        if raw.isupper():
            # prefix and suffix plates in capitals: after a vehicle word, or anywhere with
            # the DVLA's letters ("R462 KFT")
            if _context(text, start, end) or (
                _plate_shaped(raw) and not NOT_PLATE_BEFORE.search(text, max(0, start - 20), start)
            ):
                yield RULE.hit(start, end)
        elif (
            (raw.islower() or raw.istitle())
            and _context(text, start, end)
            and (
                # "h123 abc": the DVLA's letters, and no word a sentence goes on with
                _plate_shaped(raw, words=False)
                or (not _is_word(letters[-3:]) and not _is_word(letters[:3]))
            )
            and not FUNCTION_WORDS.intersection(re.findall(r"[a-z]{3}", raw.lower()))
        ):
            yield RULE.hit(start, end)
    # Whole words followed by a digit: the finder skips "car" inside "care" in a few steps,
    # and costs half of listing every word of the text first.
    near = literal_windows(text, VEHICLE_WORDS, 0, 40, whole=True, digit_after=True)
    # a misplaced space is read only just after a vehicle word ("the plate as YX1 9KLM")
    for match, delta in near.finditer(MISPLACED_SPACE_RE):
        start, end = match.start() + delta, match.end() + delta
        if _valid_age(re.search(r"\d \d|\d\d", match.group(0)).group(0).replace(" ", "")) and (
            _context(text, start, end)
        ):
            yield RULE.hit(start, end)
    # Lower case with spaces anywhere ("cu 19 yht"), near a vehicle word either side: after
    # one ("ANPR read the car, yk 21 ptz"; the number windows skip lower-case letters before
    # digits) or before one ("the Corsa (lr68 kwd) was stopped").
    seen: set[int] = set()
    for source in (near, windows):
        for match, delta in source.finditer(CURRENT_RE):
            start, end = match.start() + delta, match.end() + delta
            if (
                start not in seen
                and not match.group(0).isupper()
                and _valid_age(match.group("age"))
                and not _is_word(re.sub(r"[\d \-]", "", match.group(0))[-3:])
                and _context(text, start, end)
            ):
                seen.add(start)
                yield RULE.hit(start, end)
    # A current plate with hyphens between all three groups, as a form or a text message may
    # write it ("registration ab-15-cde"): after a vehicle word, in any case.
    for match, delta in near.finditer(HYPHENATED_RE):
        start, end = match.start() + delta, match.end() + delta
        if (
            start not in seen
            and _valid_age(match.group("age"))
            and not _is_word(match.group("tail").lower())
            and _context(text, start, end)
        ):
            yield RULE.hit(start, end)
    # An older plate written with a space after its year letter, as notes copy it ("reg.
    # p 412 kmo", "K 519 BFD"): after a vehicle word, one case, letters no word.
    for match, delta in near.finditer(SPACED_OLD_RE):
        raw = match.group(0)
        start, end = match.start() + delta, match.end() + delta
        letters = re.sub(r"[\d ]", "", raw)
        if (
            (raw.isupper() or raw.islower())
            and not _is_word(letters[-3:])
            and not _is_word(letters[:3])
            and not NOT_PLATES.intersection(re.findall(r"[A-Z]{3}", raw.upper()))
            and _context(text, start, end)
        ):
            yield RULE.hit(start, end)
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
            and not _year(digits)  # "a 2012 VW": a model year
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
            and len(re.sub(r"[\d \-]", "", raw)) == 3
            and not _is_word(re.sub(r"[\d \-]", "", raw))
            and match.group("code").upper() in NI_CODES
            and _context(text, start)
        ):
            yield RULE.hit(start, match.end() + delta)
    if occurs_any(PARTIAL_WORDS, text):
        cues = ("registration", "reg", "plate", "vrm", "index", "partial", "vin", "chassis")
        for match, delta in literal_windows(text, cues, 0, 70).finditer(PARTIAL_CUE_RE):
            code = match.group("code")
            if (
                not _year(code)
                and code not in NOT_PLATES
                # digits, or three of the DVLA's letters ("ending in LMP", not "in GP"), or
                # the two letters of an area a plate begins with ("began with 'LB'")
                and (
                    any(c.isdigit() for c in code)
                    or re.fullmatch(r"[A-HJ-PR-Y]{3}", code)
                    or (
                        # quoted: "began with GP practices" is prose
                        re.fullmatch(r"[A-HJ-PR-Y]{2}", code)
                        and re.search(r"(?i:beg|start)", match.group(0)) is not None
                        and text[match.start("code") + delta - 1] in "'\"‘“"
                    )
                )
            ):
                yield RULE.hit(match.start("code") + delta, match.end("code") + delta)
    labels = ("plate", "registration", "reg", "vrm", "vrn", "index number")
    for match, delta in literal_windows(text, labels, 30, 50, digit_after=True).finditer(
        LABELLED_RE
    ):
        code = match.group("code")
        letters = re.findall(r"[A-Za-z]+", code)
        if (
            any(c.isdigit() for c in code)
            and letters
            and not _year(code)
            and not NOT_PLATES.intersection(letters)
            # "registration with a GP practice in 2019": words, not a plate
            and not any(len(group) >= 3 and _is_word(group) for group in letters)
            and not FUNCTION_WORDS.intersection(group.lower() for group in letters)
        ):
            yield RULE.hit(match.start("code") + delta, match.end("code") + delta)
    if "registered" in text or "registration" in text or "plate" in text:
        for cue, delta in literal_windows(text, FOREIGN_CUES, 24, 16).finditer(OTHER_COUNTRY_RE):
            match = COUNTRY_CODE_AFTER.match(text, cue.end() + delta)
            if match is None:
                continue
            code = match.group("code")
            if (
                any(c.isdigit() for c in code)
                and any(c.isalpha() for c in code)
                and not _year(code)
                and not NOT_PLATES.intersection(re.findall(r"[A-Z]+", code))
            ):
                yield RULE.hit(match.start("code"), match.end("code"))
    if "|" in text and occurs_any(COLUMN_WORDS, text):
        for start, cell in column_cells(text, VEHICLE_HEADER):
            match = CELL_PLATE.fullmatch(cell)
            if match is not None and _cell_plate(match.group("code")):
                yield RULE.hit(start + match.start("code"), start + match.end("code"))
    if "plate" in text or "badge" in text or "licen" in text:
        taxi = literal_windows(
            text, ("plate", "badge", "licence", "license"), 40, 30, digit_after=True
        )
        for match, delta in taxi.finditer(TAXI_PLATE_RE):
            yield RULE.hit(match.start("code") + delta, match.end("code") + delta)
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
        for match in cue_finditer(VIN_RE, ("vin", "chassis", "vehicle"), text):
            code = match.group("code")
            if any(c.isdigit() for c in code) and any(c.isalpha() for c in code):
                yield RULE.hit(match.start("code"), match.end("code"))
    for match, delta in windows.finditer(NI_RE):
        raw = match.group(0)
        letters = re.sub(r"[\d \-]", "", raw)
        digits = sum(c.isdigit() for c in raw)
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

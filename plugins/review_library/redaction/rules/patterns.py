"""Pattern rules: postcodes, phone numbers, emails, NHS/NI/UPN numbers, case references,
vehicle registrations, social media handles, dates of birth and full dates.

Numbers with a checksum (NHS number, UPN) are reported when the checksum holds, or when the
text calls them what they are ("NHS number ..."): a mistyped real number still identifies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from stdnum.gb import nhs, upn

from review_library.redaction.rules import Hit
from review_library.redaction.rules.text import (
    digit_windows,
    keyword_windows,
    literal_windows,
    lowered,
)


def _upper_words(words: str) -> list[str]:
    return words.split()


# UK postcode areas, used only to accept postcodes typed in lower case ("nx1 4qt" is too
# close to ordinary text to accept without it). Upper-case postcodes need no known area, so
# fictional test postcodes of the right shape are caught too.
POSTCODE_AREAS = frozenset(
    _upper_words(
        """AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN
    DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L
    LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA
    SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS
    WV YO ZE"""
    )
)

POSTCODE_RE = re.compile(
    r"(?<![\w-])((?:[A-Za-z]{1,2}\d[A-Za-z\d]?|GIR))[ \t\u00a0]?(\d[A-Za-z]{2})(?![\w-])"
)

PHONE_RE = re.compile(
    r"(?<![\w.+/-])(?:(?:\+|00)\s?44[\s.\-]?(?:\(0\)[\s.\-]?)?|\(?0)"
    r"\d(?:[\s.\-()]{0,2}\d){8,9}(?![\w/])"
)
# Organisations' helplines (0800, 0808, 03..., 0845 ...) are signposting, not identifiers:
# only geographic (01, 02) and mobile (07) numbers can belong to a person.
PERSONAL_PREFIXES = ("1", "2", "7")

EMAIL_RE = re.compile(
    r"(?<![\w.%+\-])[A-Za-z0-9][\w.%+\-]*@[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*\.[A-Za-z]{2,}(?![\w@])"
)

NHS_RE = re.compile(r"(?<![\w./-])(\d{3})([ \-]?)(\d{3})\2(\d{4})(?![\w/-]|\.\d)")
NHS_CONTEXT = re.compile(r"(?i:\bnhs\b|\bchi\b|\bh&c\b|health (?:and care )?number)[^\n]{0,15}$")

NINO_RE = re.compile(r"(?<![\w-])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])")

UPN_RE = re.compile(r"(?<![\w-])[A-Z]\d{11}[\dA-Z](?![\w-])")
UPN_CONTEXT = re.compile(r"(?i:\bupn\b|unique pupil number)[^\n]{0,15}$")

CASE_REF_RES = (
    # Family court case numbers (e.g. "ZW23C50012") and Crown Court indictments ("T20227001").
    re.compile(r"(?<![\w-])(?:[A-Z]{2}\d{2}[A-Z]\d{5}|[ST]\d{8})(?![\w-])"),
)
CASE_REF_CONTEXT_RE = re.compile(
    r"(?i:\b(?:case|crime|court|claim|incident|log|police|cad|urn|file|reference|ref)\b\.?)"
    r"(?:\s+(?i:no\.?|number|ref(?:erence)?\.?|#))?\s*[:#]?\s*"
    r"(?P<ref>[A-Za-z0-9][A-Za-z0-9/\-]*\d[A-Za-z0-9/\-]*)"
)

VEHICLE_CURRENT_RE = re.compile(r"(?<![\w-])[A-Z]{2}\d{2} ?[A-Z]{3}(?![\w-])")
VEHICLE_OLD_RE = re.compile(r"(?<![\w-])(?:[A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-Z])(?![\w-])")
VEHICLE_CONTEXT = re.compile(
    r"(?i:\b(?:car|vehicle|van|registration|reg\.?|number plate|plate|motorbike|taxi|lorry)\b)"
    r"[^\n]{0,25}$"
)
# Acronyms that follow a letter and digits in ordinary report text ("R1 NHS").
NOT_PLATES = frozenset(
    _upper_words("NHS GPS CSC CID MPS DSL LAC CIN CPP SEN MAR ICB CCG PPU CPS IDV ACE")
)

HANDLE_RE = re.compile(r"(?<![\w@.\-/])@(?=[\w.]*[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<!\.)")
SOCIAL_URL_RE = re.compile(
    r"(?i:\b(?:facebook|fb|instagram|tiktok|twitter|x|snapchat|youtube|linkedin|threads|"
    r"twitch|reddit)\.com/(?:@|add/|u/|user/)?)(?P<handle>[\w.\-]{2,})"
)
SOCIAL_CONTEXT_RE = re.compile(
    r"(?i:\b(?:snapchat|instagram|tiktok|facebook|twitter|discord|xbox|psn|playstation|"
    r"gamertag|username|user name|user-name|online name|screen name|profile name|handle)\b)"
    r"(?:\s+(?i:name|id|account|profile|handle))?(?:\s+(?i:was|is|of|called|named))?\s*[:\-]?\s*"
    r"[\"“'‘]?(?P<handle>\w[\w.\-]{1,28}\w)"
)

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
FULL_DATE_RE = re.compile(
    rf"(?<![\w/.\-])(?:"
    rf"{_DAY}(?:\s+of)?[\s\-]+{_MONTH}[\s,\-]+{_YEAR}"
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR}"
    rf"|(?:0?[1-9]|[12]\d|3[01])([/\-])(?:0?[1-9]|1[0-2])\1(?:{_YEAR}|\d{{2}})"
    rf"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.{_YEAR}"
    rf"|{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    rf")(?![\w/\-]|\.\d)"
)
DAY_MONTH_RE = re.compile(
    rf"(?<![\w/.\-])(?:{_DAY}(?:\s+of)?\s+{_MONTH}|{_MONTH}\s+{_DAY}|"
    rf"(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2]))(?![\w/\-]|\.\d)"
)
DOB_CONTEXT = re.compile(
    r"(?i:\b(?:date of birth|d\.?o\.?b\b\.?|born|birthday|birth date|b\.))"
    r"\s*(?:(?i:on|was|is|of|in|the)\s+)*[:\-,]?\s*(?:(?i:the)\s+)?$"
)
DATE_EXEMPT_CONTEXT = re.compile(
    r"(?i:\b(?:published|updated|issued|accessed|last reviewed|amended|version|revised|"
    r"came into force|in force from)\b)[^\n]{0,30}$"
)

MESSAGES = {
    "uk-postcode": "a UK postcode locates a home; remove it (name the area at most, e.g. 'the north of the county')",
    "phone-number": "a phone number identifies a person; remove it",
    "email": "an email address identifies a person; remove it",
    "nhs-number": "an NHS number identifies a patient; remove it",
    "ni-number": "a National Insurance number identifies a person; remove it",
    "upn": "a Unique Pupil Number identifies a child; remove it",
    "case-reference": "a case or court reference number can be traced to the family; remove it",
    "vehicle-registration": "a vehicle registration can be traced to its keeper; remove it",
    "social-handle": "a social media handle identifies its owner; remove it or say 'a social media account'",
    "date-of-birth": "a date of birth identifies a child; use an age ('aged 4 months') instead",
    "full-date": "a full date tied to the child can identify them; give the month and year only",
}


def _hit(match: re.Match, delta: int, rule: str, group: int | str = 0) -> Hit:
    return Hit(match.start(group) + delta, match.end(group) + delta, rule, MESSAGES[rule])


_AT = re.compile(r"@")
CASE_WORDS = (
    "case",
    "crime",
    "court",
    "claim",
    "incident",
    "log",
    "police",
    "cad",
    "urn",
    "file",
    "ref",
    "reference",
)
BIRTH_WORDS = ("born", "birth", "dob", "d.o.b")
SOCIAL_WORDS = (
    "snapchat",
    "instagram",
    "tiktok",
    "facebook",
    "twitter",
    "discord",
    "xbox",
    "psn",
    "playstation",
    "gamertag",
    "user",
    "online name",
    "screen name",
    "profile name",
    "handle",
)


def postcodes(text: str) -> Iterator[Hit]:
    for match, delta in digit_windows(text).finditer(POSTCODE_RE):
        whole = match.group(0)
        if whole.isupper():
            yield _hit(match, delta, "uk-postcode")
        elif whole.islower() and " " in whole:
            area = re.match(r"[A-Za-z]+", match.group(1))
            if area and area.group(0).upper() in POSTCODE_AREAS:
                yield _hit(match, delta, "uk-postcode")


def phones(text: str) -> Iterator[Hit]:
    for match, delta in digit_windows(text).finditer(PHONE_RE):
        raw = match.group(0)
        digits = re.sub(r"\D", "", raw)
        if digits.startswith("0044"):
            national = digits[4:]
        elif digits.startswith("44") and raw.lstrip("(").startswith("+"):
            national = digits[2:]
        else:
            national = digits
        national = national.lstrip("0")
        if not national.startswith(PERSONAL_PREFIXES):
            continue
        try:
            number = phonenumbers.parse(raw, "GB")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            yield _hit(match, delta, "phone-number")


def emails(text: str) -> Iterator[Hit]:
    if "@" not in text:
        return
    for match, delta in keyword_windows(text, _AT, 80, 80).finditer(EMAIL_RE):
        yield _hit(match, delta, "email")


def nhs_numbers(text: str) -> Iterator[Hit]:
    for match, delta in digit_windows(text).finditer(NHS_RE):
        digits = match.group(1) + match.group(3) + match.group(4)
        start = match.start() + delta
        if nhs.is_valid(digits) or NHS_CONTEXT.search(text, max(0, start - 40), start):
            yield _hit(match, delta, "nhs-number")


def ni_numbers(text: str) -> Iterator[Hit]:
    for match, delta in digit_windows(text).finditer(NINO_RE):
        yield _hit(match, delta, "ni-number")


def upns(text: str) -> Iterator[Hit]:
    for match, delta in digit_windows(text).finditer(UPN_RE):
        number = match.group(0)
        start = match.start() + delta
        if upn.calc_check_digit(number[1:]) == number[0] or UPN_CONTEXT.search(
            text, max(0, start - 40), start
        ):
            yield _hit(match, delta, "upn")


def case_references(text: str) -> Iterator[Hit]:
    windows = digit_windows(text)
    for pattern in CASE_REF_RES:
        for match, delta in windows.finditer(pattern):
            yield _hit(match, delta, "case-reference")
    context = literal_windows(text, CASE_WORDS, 0, 48, whole=True, digit_after=True)
    for match, delta in context.finditer(CASE_REF_CONTEXT_RE):
        ref = match.group("ref").rstrip("/-")
        digits = sum(c.isdigit() for c in ref)
        mixed = any(c.isalpha() for c in ref) or "/" in ref or "-" in ref
        if (digits >= 5 or (digits >= 4 and mixed)) and not re.fullmatch(r"(?:19|20)\d{2}", ref):
            start = match.start("ref") + delta
            yield Hit(start, start + len(ref), "case-reference", MESSAGES["case-reference"])


def vehicles(text: str) -> Iterator[Hit]:
    windows = digit_windows(text)
    for match, delta in windows.finditer(VEHICLE_CURRENT_RE):
        yield _hit(match, delta, "vehicle-registration")
    for match, delta in windows.finditer(VEHICLE_OLD_RE):
        if NOT_PLATES.intersection(re.findall(r"[A-Z]{3}", match.group(0))):
            continue
        start = match.start() + delta
        if VEHICLE_CONTEXT.search(text, max(0, start - 30), start):
            yield _hit(match, delta, "vehicle-registration")


def handles(text: str) -> Iterator[Hit]:
    if "@" in text:
        for match, delta in keyword_windows(text, _AT, 2, 40).finditer(HANDLE_RE):
            yield _hit(match, delta, "social-handle")
    lower = lowered(text)
    if ".com/" in lower:
        for match in SOCIAL_URL_RE.finditer(text):
            yield _hit(match, 0, "social-handle", "handle")
    if any(word in lower for word in SOCIAL_WORDS):
        for match, delta in literal_windows(text, SOCIAL_WORDS, 0, 64).finditer(SOCIAL_CONTEXT_RE):
            handle = match.group("handle")
            before = match.string[match.start("handle") - 1 : match.start("handle")]
            if before in "\"“'‘" or any(c.isdigit() or c in "_." for c in handle):
                yield _hit(match, delta, "social-handle", "handle")


def dates(text: str) -> Iterator[Hit]:
    windows = digit_windows(text)
    for match, delta in windows.finditer(FULL_DATE_RE):
        start = match.start() + delta
        before = max(0, start - 45)
        if DOB_CONTEXT.search(text, before, start):
            yield _hit(match, delta, "date-of-birth")
        elif not DATE_EXEMPT_CONTEXT.search(text, before, start):
            yield _hit(match, delta, "full-date")
    # Day and month of birth without a year still identify.
    lower = lowered(text)
    if any(word in lower for word in BIRTH_WORDS):
        for match, delta in literal_windows(text, BIRTH_WORDS, 0, 40, digit_after=True).finditer(
            DAY_MONTH_RE
        ):
            start = match.start() + delta
            if DOB_CONTEXT.search(text, max(0, start - 45), start):
                yield _hit(match, delta, "date-of-birth")


# (rule ids a function reports, function): the engine runs a function when any of its
# rules is on and keeps only the hits of rules that are on.
RULES = (
    (("uk-postcode",), postcodes),
    (("phone-number",), phones),
    (("email",), emails),
    (("nhs-number",), nhs_numbers),
    (("ni-number",), ni_numbers),
    (("upn",), upns),
    (("case-reference",), case_references),
    (("vehicle-registration",), vehicles),
    (("social-handle",), handles),
    (("date-of-birth", "full-date"), dates),
)

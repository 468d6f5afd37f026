"""Rule ``phone-number``: UK landline and mobile numbers, national and +44 forms."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.number_words import ZERO_WORDS, read_digits
from review_library.redaction.rules.text import (
    ISBN_BEFORE,
    literal_positions,
    number_windows,
    occurs_any,
)

# The area or mobile code may be bracketed after the 0, as some forms print it: "0(7520) 388
# 471", "0 (161) 496 0732", "0 [7831] 402 119", "0-(20)-7946-0321".
PHONE_RE = re.compile(
    r"(?<![\w.+/-])(?:(?:\+|00)\s?44[\s.\-]?(?:\(0\)[\s.\-]?)?|\(?0[ .\-]?[(\[]?)"
    r"\d(?:[\s.\-()\[\]]{0,2}\d){8,9}(?![\w/])"
)
_SQUARE = str.maketrans("[]", "()")  # the numbering library reads round brackets only
# Organisations' helplines (0800, 0808, 03..., 0845 ...) are signposting, not identifiers:
# only geographic (01, 02) and mobile (07) numbers can belong to a person.
PERSONAL_PREFIXES = ("1", "2", "7")


# A number inside a messaging or calling link: "wa.me/447700900321", "tel:+447700900777".
LINK_RE = re.compile(
    r"(?i:\b(?:wa\.me/|api\.whatsapp\.com/send/?\?phone=|whatsapp\.com/send/?\?phone=|"
    r"(?<![\w])(?:tel|sms|callto|facetime):(?://)?|viber://chat\?number=|signal\.me/#p/))"
    r"(?P<number>\+?\d[\d\-.() ]{7,18}\d)"
)
LINK_WORDS = ("wa.me", "whatsapp", "tel:", "sms:", "callto:", "facetime:", "viber:", "signal.me")


# A service's published line: its label just before ("Front Door: ...", "out of hours: ...",
# "the duty team on ..."), or its opening hours just after ("(Monday to Friday, 9am to 5pm)").
SERVICE_BEFORE = re.compile(
    r"(?i:\b(?:front door|out of hours|helpline|switchboard|reception|duty (?:team|desk|line)|"
    r"contact centre|customer services|services|service|team|hub|mash|advice line|line)"
    r"\s*(?::|on|is)?\s*\(?$)"
)
OPENING_HOURS = re.compile(
    r"(?i:\W{0,4}(?:(?:mon(?:day)?|weekdays)\s*(?:to|-|–)\s*(?:fri(?:day)?|sat(?:urday)?)|"
    r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\s*(?:to|-|–)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)|"
    r"24 hours|open\b))"
)


def _service_line(text: str, start: int, end: int) -> bool:
    return (
        SERVICE_BEFORE.search(text, max(0, start - 30), start) is not None
        or OPENING_HOURS.match(text, end) is not None
    )


def _personal(raw: str) -> bool:
    """A number that can belong to a person: not a UK helpline or service number."""
    try:
        number = phonenumbers.parse(raw if raw.startswith("+") else "+" + raw, None)
    except phonenumbers.NumberParseException:
        try:
            number = phonenumbers.parse(raw, "GB")
        except phonenumbers.NumberParseException:
            return False
    if not phonenumbers.is_possible_number(number):
        return False
    if number.country_code == 44:
        return str(number.national_number).startswith(PERSONAL_PREFIXES)
    return True


# A number of another country, written with its "+" code: valid by the numbering plan of that
# country (phonenumbers), so sums and scores with a plus sign never pass.
INTERNATIONAL_RE = re.compile(
    r"(?<![\w.+/\-])\+(?!44)[1-9]\d{0,2}(?:[ .\-]?\(?\d{1,5}\)?){2,6}(?![\w/]|\.\d)"
)


# A UK number in the international form with neither "+" nor "00", as networks and call
# records write it (an MSISDN: "447700900123", "44 7700 900123"): ten national digits,
# possible by the UK plan (a geographic or mobile number).
# Written apart, the 44 stands alone ("44 7700 900123"): "4422 0012 3456" is a reference in
# fours; a point right after the 44 makes a decimal ("44.7700900123").
BARE_44_RE = re.compile(
    r"(?<![\w.+/\-])44(?:\d{10}|[ \-]\d(?:[ .\-]?\d){9})(?![\w/]|\.\d|[ .\-]?\d)"
)


# A number spelt out in words, as a child or a message gives it ("zero seven seven zero zero,
# nine zero zero, six one four", "oh-seven-nine ... double-two", Welsh "dim saith ...", Irish
# "náid ...", Gaelic "neoni ..."): digit words from a leading zero, read by number_words.
def _spelt_numbers(text: str) -> Iterator[Hit]:
    """Numbers written as words (some digits may be figures) that read as a UK geographic
    or mobile number."""
    last = 0
    starts = literal_positions(text, ZERO_WORDS)
    # a number said in figures and words, led by its figures: "07 double 9 three 2 ...",
    # "0 7 9 one two, 4 4 8", "07seven00 nine00 123"
    starts = sorted({*starts, *(m.start() for m in _FIGURES_THEN_WORDS.finditer(text))})
    for position in starts:
        if position < last or (position and text[position - 1] in "-.,"):
            continue
        if position and text[position - 1].isalnum():
            continue
        end, digits = read_digits(text, position, figures=True)
        if len(digits) not in (10, 11, 12) or not digits[1:].startswith(PERSONAL_PREFIXES):
            continue
        if digits in "0123456789":
            continue  # counting aloud, "zero one two three ... nine"
        if len(digits) == 12:
            # a mobile said with a digit too many (a child's or a witness's reading of
            # it): still the number a reader would try
            if digits.startswith("07"):
                last = end
                yield RULE.hit(position, end)
            continue
        if phonenumbers.is_possible_number(phonenumbers.parse(digits, "GB")):
            last = end
            yield RULE.hit(position, end)


_FIGURES_THEN_WORDS = re.compile(
    r"0(?:[ ,\-]*\d){0,4}[ ,\-]*(?i:double|treble|triple|zero|oh|one|two|three|four|five|six|"
    r"seven|eight|nine)(?![a-z])"
)


# A number written digit by digit, its groups apart: "0 7 9 5 1 - 2 2 0 - 4 4 7", "0-7-8-3 ..."
# (a search for the figures alone never joins single digits). Led by the 0 and one of the
# prefixes a person's number has.
_SPACED_RE = re.compile(
    r"0(?:[ \t]*[\-/.][ \t]*|[ \t]+)[127](?:(?:[ \t]*[\-/.][ \t]*|[ \t]+)\d){8,9}"
)


def _spaced_numbers(text: str) -> Iterator[Hit]:
    for match in _SPACED_RE.finditer(text):
        start, end = match.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in ".,"):
            continue
        if end < len(text) and text[end].isdigit():
            continue
        digits = re.sub(r"\D", "", match.group(0))
        if digits in "0123456789":
            continue  # counting, "0 1 2 3 ..."
        if phonenumbers.is_possible_number(phonenumbers.parse(digits, "GB")):
            yield RULE.hit(start, end)


def find(text: str) -> Iterator[Hit]:
    yield from _spelt_numbers(text)
    yield from _spaced_numbers(text)
    if occurs_any(LINK_WORDS, text):
        for match in LINK_RE.finditer(text):
            raw = re.sub(r"[\s\-.()]", "", match.group("number"))
            if raw.startswith("0"):
                raw = "+44" + raw[1:]
            if _personal(raw):
                yield RULE.hit(match.start("number"), match.end("number"))
    if "+" in text:
        for match, delta in number_windows(text).finditer(INTERNATIONAL_RE):
            try:
                number = phonenumbers.parse(match.group(0), None)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in number_windows(text).finditer(PHONE_RE):
        raw = match.group(0)
        if ISBN_BEFORE.search(text, max(0, match.start() + delta - 20), match.start() + delta):
            continue
        if _service_line(text, match.start() + delta, match.end() + delta):
            continue
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
            # a number wrapped over a line break in the source is one number
            number = phonenumbers.parse(" ".join(raw.translate(_SQUARE).split()), "GB")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in number_windows(text).finditer(BARE_44_RE):
        digits = re.sub(r"\D", "", match.group(0))
        if not digits[2:].startswith(PERSONAL_PREFIXES):
            continue
        if phonenumbers.is_possible_number(phonenumbers.parse("+" + digits, None)):
            yield RULE.hit(match.start() + delta, match.end() + delta)


RULE = Rule(
    id="phone-number",
    severity="error",
    message="a phone number identifies a person; remove it",
    summary="A UK or international phone number",
    fix="Remove it.",
    docs="UK landline and mobile numbers, +44 forms and 44 with no plus (as call records and "
    "networks write them), other countries' numbers with their + code "
    "(valid by that country's plan), numbers inside messaging and calling links "
    "(wa.me/..., tel:...); helplines on 0800, 0808, 03... are not reported",
    rank=60,
    find=find,
    output_scan=True,
)

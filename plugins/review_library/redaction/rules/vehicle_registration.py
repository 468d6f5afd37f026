"""Rule ``vehicle-registration``: current plates anywhere, older formats after "car", "van"..."""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import digit_windows, token_set

VEHICLE_CURRENT_RE = re.compile(r"(?<![\w-])[A-Z]{2}\d{2} ?[A-Z]{3}(?![\w-])")
VEHICLE_OLD_RE = re.compile(r"(?<![\w-])(?:[A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-Z])(?![\w-])")
VEHICLE_CONTEXT = re.compile(
    r"(?i:\b(?:car|vehicle|van|registration|reg\.?|number plate|plate|motorbike|taxi|lorry)\b)"
    r"[^\n]{0,25}$"
)
# Acronyms that follow a letter and digits in ordinary report text ("R1 NHS").
NOT_PLATES = token_set("NHS GPS CSC CID MPS DSL LAC CIN CPP SEN MAR ICB CCG PPU CPS IDV ACE")


def find(text: str) -> Iterator[Hit]:
    windows = digit_windows(text)
    for match, delta in windows.finditer(VEHICLE_CURRENT_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(VEHICLE_OLD_RE):
        if NOT_PLATES.intersection(re.findall(r"[A-Z]{3}", match.group(0))):
            continue
        start = match.start() + delta
        if VEHICLE_CONTEXT.search(text, max(0, start - 30), start):
            yield RULE.hit(start, match.end() + delta)


RULE = Rule(
    id="vehicle-registration",
    severity="error",
    message="a vehicle registration can be traced to its keeper; remove it",
    summary="A vehicle registration mark",
    fix="Remove it.",
    docs='current plates (AB12 CDE); older formats after "car", "van", "registration"',
    rank=110,
    find=find,
)

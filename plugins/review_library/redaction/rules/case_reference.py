"""Rule ``case-reference``: court case numbers, indictments, and numbers called references."""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import digit_windows, literal_windows

CASE_REF_RES = (
    # Family court case numbers (e.g. "ZW23C50012") and Crown Court indictments ("T20227001").
    re.compile(r"(?<![\w-])(?:[A-Z]{2}\d{2}[A-Z]\d{5}|[ST]\d{8})(?![\w-])"),
)
CASE_REF_CONTEXT_RE = re.compile(
    r"(?i:\b(?:case|crime|court|claim|incident|log|police|cad|urn|file|reference|ref)\b\.?)"
    r"(?:\s+(?i:no\.?|number|ref(?:erence)?\.?|#))?\s*[:#]?\s*"
    r"(?P<ref>[A-Za-z0-9][A-Za-z0-9/\-]*\d[A-Za-z0-9/\-]*)"
)
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


def find(text: str) -> Iterator[Hit]:
    windows = digit_windows(text)
    for pattern in CASE_REF_RES:
        for match, delta in windows.finditer(pattern):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    context = literal_windows(text, CASE_WORDS, 0, 48, whole=True, digit_after=True)
    for match, delta in context.finditer(CASE_REF_CONTEXT_RE):
        ref = match.group("ref").rstrip("/-")
        digits = sum(c.isdigit() for c in ref)
        mixed = any(c.isalpha() for c in ref) or "/" in ref or "-" in ref
        if (digits >= 5 or (digits >= 4 and mixed)) and not re.fullmatch(r"(?:19|20)\d{2}", ref):
            start = match.start("ref") + delta
            yield RULE.hit(start, start + len(ref))


RULE = Rule(
    id="case-reference",
    severity="error",
    message="a case or court reference number can be traced to the family; remove it",
    summary="A case, court or crime reference number",
    fix="Remove it; name the type of proceedings only ('care proceedings').",
    docs='family court case numbers (ZW23C50012), Crown Court indictments (T20227001), and numbers after "case no.", "crime reference", "police log", "court file" ...',
    rank=100,
    find=find,
)

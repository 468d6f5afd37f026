"""Rule ``passport-number``: passport numbers, after the word "passport".

A UK passport number is nine digits; other countries use letters too. Nine characters alone
are too common to report, so the rule needs "passport" within the sentence before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import literal_windows, occurs

NUMBER_RE = re.compile(
    r"(?<![\w\-/.£$])(?=[A-Za-z]{0,2}\d)"
    r"(?:[A-Za-z]{0,2}\d{6,9}[A-Za-z]?|\d{3}[ \-]\d{3}[ \-]\d{3})(?![\w\-/]|\.\d)"
)
# Identity documents numbered like passports: residence permits, travel documents, ID cards.
DOCUMENTS = ("passport", "residence permit", "brp", "travel document", "identity card",
             "id card", "national identity", "residence card")  # fmt: skip
LABEL = re.compile(
    r"(?i:\b(?:passport|residence permit|brp|travel document|identity card|id card|"
    r"national identity|residence card)\b(?:[^.\n]|(?<=\bno)\.){0,45})$"
)


def find(text: str) -> Iterator[Hit]:
    words = tuple(word for word in DOCUMENTS if occurs(word, text))
    if not words:
        return
    for match, delta in literal_windows(text, words, 0, 70).finditer(NUMBER_RE):
        start = match.start() + delta
        raw = match.group(0)
        if re.fullmatch(r"(?:19|20)\d{2}", raw):
            continue
        if LABEL.search(text, max(0, start - 60), start):
            yield RULE.hit(start, match.end() + delta)


RULE = Rule(
    id="passport-number",
    severity="error",
    message="a passport number identifies its holder; remove it",
    summary="A passport number",
    fix="Remove it; say 'her passport'.",
    docs='six to nine digits (with up to two letters, or in threes) after "passport", '
    '"biometric residence permit", "BRP", "travel document" or "identity card" in the same '
    "sentence",
    rank=24,
    find=find,
)

"""Rule ``passport-number``: passport and identity document numbers, after (or before) the
document's name, and immigration status share codes.

A UK passport number is nine digits (in any grouping); other countries use up to three letters
too. Nine characters alone are too common to report, so the rule needs the document's name in
the sentence before them ("passport", Welsh "pasbort", "BRP", "identity card" ...) or just
after them ("123456789 (her passport number)"). A share code (nine letters and digits in
threes) proves a person's immigration status to an employer or landlord: it is reported after
"share code".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import literal_windows, occurring, occurs

NUMBER_RE = re.compile(
    r"(?<![\w\-/.£$])(?=[A-Za-z]{0,3}\d)"
    r"(?:[A-Za-z]{0,3}\d{6,9}[A-Za-z]?|\d(?:[ \-]?\d){8})(?![\w\-/]|\.\d)"
)
# Identity documents numbered like passports: residence permits, travel documents, ID cards.
DOCUMENTS = ("passport", "pasbort", "residence permit", "brp", "travel document",
             "identity card", "id card", "national identity", "residence card")  # fmt: skip
_DOCUMENT = (
    r"passport|pasbort|residence permit|brp|travel document|identity card|id card|"
    r"national identity|residence card"
)
LABEL = re.compile(rf"(?i:\b(?:{_DOCUMENT})\b(?:[^.\n]|(?<=\bno)\.){{0,45}})$")
# The document named just after the number: "123456789 (her passport number)".
AFTER = re.compile(
    rf"(?i:\s*[,(–\-]?\s*(?:(?:his|her|their|the|a)\s+)?(?:[a-z]+\s+)?(?:{_DOCUMENT})"
    r"\s+(?:number|no\b))"
)
# An immigration status share code ("W4X 7YB 9ZC"): nine letters and digits, with digits.
SHARE_CODE_RE = re.compile(
    r"(?i:\bshare\s+code\b[^.\n\d]{0,24}?)\b(?P<code>[A-Z0-9]{3}([ \-]?)[A-Z0-9]{3}\2[A-Z0-9]{3})\b"
)


def find(text: str) -> Iterator[Hit]:
    words = tuple(occurring(DOCUMENTS, text))
    if words:
        for match, delta in literal_windows(text, words, 40, 70).finditer(NUMBER_RE):
            start = match.start() + delta
            raw = match.group(0)
            if re.fullmatch(r"(?:19|20)\d{2}", raw):
                continue
            if LABEL.search(text, max(0, start - 60), start) or AFTER.match(
                text, match.end() + delta
            ):
                yield RULE.hit(start, match.end() + delta)
    if occurs("share code", text):
        for match, delta in literal_windows(text, ("share code",), 0, 48).finditer(SHARE_CODE_RE):
            code = match.group("code")
            if any(c.isdigit() for c in code) and any(c.isalpha() for c in code):
                yield RULE.hit(match.start("code") + delta, match.end("code") + delta)


RULE = Rule(
    id="passport-number",
    severity="error",
    message="a passport number identifies its holder; remove it",
    summary="A passport or identity document number, or an immigration share code",
    fix="Remove it; say 'her passport'.",
    docs="six to nine digits (with up to three letters, or nine digits in any grouping) after "
    '"passport" (Welsh "pasbort"), "biometric residence permit", "BRP", "travel document" or '
    '"identity card" in the same sentence, or just before "(her passport number)"; a share '
    'code after "share code"',
    rank=24,
    find=find,
)

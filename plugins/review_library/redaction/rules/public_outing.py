"""Names the ``named-place`` rule reads as no family's place by the words around them.

- a lender a debt is owed to or a loan came from ("loans from <lender>", "owed money to
  <lender>"): a firm, not where anyone lives;
- a resort's or a big town's attraction on a day out ("had been to <big town> once and talked
  about the <Pleasure> <Beach>"): "the" and everyday words before a place word, a visit in the
  sentence and a public town or county named before it. A family's own park or rec is named
  with a surname or an odd word ("Cutler's Rec") and is not a day out's.

Shared helper: declares no rule.
"""

from __future__ import annotations

import re

from review_library.redaction.rules.text import CAP_WORD, fold, strip_possessive

LENDER_BEFORE_RE = re.compile(
    r"\b(?:loans?|loaned|borrow(?:ed|ing|s)?|credit|debts?|owed|owes|owing|repayments?|"
    r"overdraft|finance|financed)\b(?:[ \t]+[\w£$€,.'’-]+){0,3}?[ \t]+(?:from|with|to|via)"
    r"[ \t]+\Z",
    re.I,
)
SENTENCE_START_RE = re.compile(r"(?:\A|[.!?\n])[^.!?\n]*\Z")
VISIT_RE = re.compile(
    r"\b(?:been[ \t]+to|visit(?:ed|s|ing)?|trips?|holidays?|day[ \t]+(?:out|trip)|outings?|"
    r"went[ \t]+to|go[ \t]+to|taken[ \t]+to|took[ \t]+(?:them|him|her)[ \t]+to)\b"
)


def lender(text: str, start: int) -> bool:
    """Whether the name at ``start`` is what a loan came from or a debt is owed to."""
    return LENDER_BEFORE_RE.search(text, max(0, start - 50), start) is not None


def day_out_attraction(text: str, start: int, end: int, names) -> bool:
    """Whether "the" and everyday words at ``start:end`` name an attraction of a public town
    named earlier in a sentence about a visit."""
    if text[max(0, start - 4) : start].lower() != "the ":
        return False
    words = re.findall(CAP_WORD, text[start:end])
    keys = [fold(strip_possessive(w)) for w in words]
    if not keys or any(not names.is_word(k) or k not in names.ordinary for k in keys[:-1]):
        return False
    sentence = SENTENCE_START_RE.search(text, max(0, start - 200), start)
    if sentence is None or not VISIT_RE.search(sentence.group()):
        return False
    before = re.findall(CAP_WORD, sentence.group())
    return any(fold(w) in names.bodies and len(w) > 3 for w in before[1:])

"""Names disguised in the source: seen by a reader, written so that no plain reading finds them.

Normalisation decodes ``J&#111;rdan`` and joins ``Ty-`` at a line's end with ``rone`` on the
next, so the name rules read "Jordan" and "Tyrone"; but both are places as well as names,
and a name the rules read as a place passes. The disguise itself is the evidence: nobody
types a plain letter as a character reference inside a word, and a word broken over a line
that joins into a name is one. These are reported as names whatever else the word may be.
"""

from __future__ import annotations

import html
import re

from review_library.redaction.rules import Hit, person_name
from review_library.redaction.rules.gazetteer import gazetteer

# A word with a numeric character reference inside it, the reference next to a letter.
_REF = r"&#(?:[0-9]{2,3}|[xX][0-9a-fA-F]{2});?"
CHAR_REF_WORD = re.compile(
    rf"(?<![\w&;])(?:[A-Za-z]+(?:{_REF}[A-Za-z]*)+|(?:{_REF})+[A-Za-z]+(?:{_REF}[A-Za-z]*)*)"
)
# A capitalised word broken by a hyphen at a line's end, lower case on the next line
# (blockquote marks may follow the break): "Ty-\nrone", "Shan-\n> non".
LINE_BROKEN_WORD = re.compile(
    r"(?<![\w\-])(?P<head>[A-Z][a-z]+)-[ \t]*\n[ \t]*(?:>[ \t]*)*(?P<tail>[a-z]{2,})(?![\w\-])"
)


def disguised_names(text: str) -> list[Hit]:
    """Person-name hits, in ``text``'s own offsets, for names written in disguise."""
    hits: list[Hit] = []
    if "&#" in text:
        for match in CHAR_REF_WORD.finditer(text):
            decoded = html.unescape(match.group(0))
            # only letters a keyboard types anyway: "caf&#233;" is an accent, not a disguise
            if decoded.isascii() and decoded.isalpha() and decoded[0].isupper():
                hits.append(_hit(match.start(), match.end(), "a letter typed as a code"))
    if "-\n" in text or "- \n" in text:
        names = gazetteer()
        for match in LINE_BROKEN_WORD.finditer(text):
            word = match.group("head") + match.group("tail")
            # any first name ("Tyrone" is a county too); a surname that is no English word
            if names.is_first(word) or (names.is_surname(word) and not names.is_word(word.lower())):
                hits.append(_hit(match.start(), match.end(), "a name broken over a line"))
    return hits


def _hit(start: int, end: int, cue: str) -> Hit:
    return Hit(start, end, person_name.RULE.id, person_name.RULE.message, cue)

"""A home known by its house number alone, for the ``street-address`` rule.

"Had been staying at number 62, the end terrace", "police went back to number 48": where
the text treats "number N" as a house someone lives at, goes to or is found at, the street
is implied by the story and the number narrows it to one door. Only after a preposition of
place ("at", "to", "outside", "into", "from") with a verb of living or going earlier in the
sentence; not a bus, a route, a count or a list ("number 4 bus", "number 3 on the list").
Led by the literal "number", never tried at every character. Shared helper: no rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules.text import literal_positions

Span = tuple[int, int]

NUMBER_RE = re.compile(r"[Nn]umber[ \t]+(?P<n>\d{1,4}[A-Za-z]?)(?![\w.,/:\-]*\d|[\w\-'’%])")
PREP_BEFORE_RE = re.compile(r"(?:\A|[^\w])(?:at|to|outside|into|from|in)[ \t]+\Z")
# A verb of living, staying or going to a home earlier in the same sentence.
HOME_VERB_RE = re.compile(
    r"\b(?:liv(?:ed|es|e|ing)|stay(?:ed|s|ing)?|sle(?:pt|eping)|mov(?:ed|ing)|went|go(?:es|ing)?|"
    r"came|come|return(?:ed|ing)?|visit(?:ed|ing|s)?|call(?:ed)?|knock(?:ed)?|attend(?:ed)?|"
    r"took|taken|dropped|rehoused|housed|back)\b[^.;:!?\n]*\Z"
)
# What makes the number a bus, a route, a shirt or an item: "number 62 bus", "number 4 on
# the list", "number 10 Downing Street" (a public address).
NOT_HOME_AFTER_RE = re.compile(
    r"[ \t]*(?:bus(?:es)?|route|tram|shirt|jersey|platform|gate|stand|court|ward|bay|"
    r"on[ \t]+(?:the|a|his|her|their)[ \t]+(?:list|agenda|register|form)|of|Downing|"
    r"priority)\b",
    re.I,
)


def home_numbers(text: str) -> Iterator[Span]:
    """Spans of "number N" used as the home one lives at or goes to."""
    for position in literal_positions(text, ("number",), digit_within=8):
        match = NUMBER_RE.match(text, position)
        if match is None or NOT_HOME_AFTER_RE.match(text, match.end()):
            continue
        if not PREP_BEFORE_RE.search(text, max(0, position - 10), position):
            continue
        if HOME_VERB_RE.search(text, max(0, position - 80), position):
            yield match.span()

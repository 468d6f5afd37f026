"""Two places a person moved, lived or travelled between, read by the ``named-place`` rule:
"moved between Kirkbride and Dunsford", "split her time between Hexley and Larch Hill". A
verb of moving or living before "between" makes places of the two names joined by "and"
(a meeting between two people has no such verb). Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.text import CAP_WORD, literal_positions

_MOVES = (
    r"mov(?:ed|es|ing|e)|liv(?:ed|es|ing|e)|travel(?:l?ed|s|l?ing)?|split|splitting|divided|"
    r"dividing|commut(?:ed|es|ing|e)|shuttl(?:ed|es|ing|e)|alternat(?:ed|es|ing|e)|"
    r"went[ \t]+back[ \t]+and[ \t]+forth|back[ \t]+and[ \t]+forth|stay(?:ed|s|ing)?|"
    r"sofa[ \t\-]surf(?:ed|ing)|bounced|drifted"
)
_SUFFIX = r"Hill|Green|Cross|Heath|Vale|Bridge|End|Common|Moor|Bottom|Marsh|Wood"
_NAME = rf"{CAP_WORD}(?:[ \t]+(?:{_SUFFIX}))?"
# Anchored at "between"; the verb of moving is then looked for in the words before it.
BETWEEN_RE = re.compile(
    rf"between[ \t]+(?P<a>{_NAME})[ \t]+and[ \t]+(?P<b>{_NAME})(?![\w\-'’]|[ \t]+[A-Z])"
)
MOVE_BEFORE_RE = re.compile(rf"\b(?:{_MOVES})\b[^.;:\n]{{0,40}}?[ \t]\Z")


def between_places(
    text: str,
    place: Callable[[str], bool],
    partner: Callable[[str], bool] = lambda name: False,
) -> Iterator[tuple[int, int]]:
    """Spans of each name after a move "between" that ``place`` accepts, and of a name
    ``partner`` accepts when the other name is a place ("between Nelson and Trelewis": a
    listed town that is also a given name is the second town, not a person)."""
    for at in literal_positions(text, ("between",)):
        match = BETWEEN_RE.match(text, at)
        if match is None or not MOVE_BEFORE_RE.search(text, max(0, at - 70), at):
            continue
        found = [g for g in ("a", "b") if place(match.group(g))]
        if len(found) == 1:
            other = "b" if found[0] == "a" else "a"
            if partner(match.group(other)):
                found.append(other)
        for group in found:
            yield match.start(group), match.end(group)

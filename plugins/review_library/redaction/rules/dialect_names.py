"""A first name as family speech says it, read by ``person-name``: "our Shane'll go mad",
"me and wor Gary are sound", "him and our Lee had a barney", "me and Jordan have been
together". Dialect puts "our" or "wor" (Tyneside) before a relative's or a partner's name,
and "me and" before a partner's, where the name rules' usual cues (a title, a role, a
surname) are missing. Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.text import CAP_WORD, cue_finditer

DIALECT_NAME_RE = re.compile(
    r"(?<![\w\-'’])(?:[Oo]ur|[Ww]or|(?:[Mm]e|[Hh]im|[Hh]er|[Mm]yself)[ \t]+an[d']?(?:[ \t]+(?:our|wor))?)"
    # The name alone, without a contraction after it ("Shane'll", "Gary's")
    rf"[ \t]+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’](?:ll|s|d|ve|re))?"
    rf"(?![\w\-'’]|[ \t]+{CAP_WORD})"
)
# The words a match starts with (whole words, in lower case): the pattern, led by a
# look-behind, is tried only where one stands, not at every character (1.6 -> 0.3 ms a review).
DIALECT_STARTS = ("our", "wor", "me", "him", "her", "myself")


def dialect_names(text: str, first_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of a first name after "our", "wor" or "me and" that ``first_name`` accepts."""
    for match in cue_finditer(DIALECT_NAME_RE, DIALECT_STARTS, text):
        name = match.group("name")
        if first_name(name):
            yield match.start("name"), match.end("name")

"""A setting named as the subject that speaks or is told to act, read by the
``named-institution`` rule: "Meadowbank said that ...", "Kingsmead's staff reported ...",
"Meadowbank should review ..." (a recommendation). A sentence, line or list item that opens
with one capitalised word and a verb of reporting or a modal of duty names who spoke or must
act; a word there that no list of words, names or public bodies explains is a school's,
home's or nursery's name (a person's name would be as much an identifier). Shared helper:
declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.text import literal_positions

SPEAKING_VERBS = (
    "said",
    "told",
    "reported",
    "confirmed",
    "explained",
    "stated",
    "recorded",
    "noted",
    "described",
    "acknowledged",
    "accepted",
    "agreed",
    "should",
    "must",
)
# Read backwards from the verb: the name, perhaps with its staff, then the verb's space.
SUBJECT_BACK_RE = re.compile(
    r"(?<![\w\-'’])(?P<name>[A-Z][a-z]{4,})"
    r"(?:['’]s[ \t]+(?:staff|manager|head|headteacher|DSL))?[ \t]+\Z"
)


def speaking_settings(
    text: str, unexplained: Callable[[str], bool], opens: Callable[[str, int], bool]
) -> Iterator[tuple[int, int]]:
    """Spans of names that open a sentence (``opens``) before a verb of reporting or duty,
    when ``unexplained`` accepts the name."""
    for at in literal_positions(text, SPEAKING_VERBS):
        match = SUBJECT_BACK_RE.search(text, max(0, at - 40), at)
        if match is None:
            continue
        start = match.start("name")
        if opens(text, start) and unexplained(match.group("name")):
            yield start, match.end("name")

"""Small towns the GeoNames list knows, named anywhere ("Moves: Seaham (2019)", "Dungannon
police station recorded", "bus station, Llandrindod |"), read by the ``named-place`` rule.

A town or village of under 50,000 people whose one-word name is no English word, given
name, family name, role or public body's word names a place wherever it stands: the
preposition the other forms wait for is missing from lists, tables, logs and openings.
A name that opens a longer proper name ("Nuffield Family Justice Observatory", "St David's
Day", "Marsham Street"), a publisher's town ("Cullompton: Willan") or an author's surname
before initials ("Hoghton, M.") is not read. Whether the span is public (a council's area,
the partnership's own) is the caller's to judge. Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from review_library.redaction.rules.gazetteer import (
    NEVER_NAMES,
    Gazetteer,
    gazetteer,
    settlements,
)
from review_library.redaction.rules.text import literal_positions, word_set, words_of

SMALL_TOWN = 50_000

# After the name: another capitalised word or an ellipsis (the name opens a longer one: a
# body, a street, a festival; "Eglwys ..." as an element), a publisher after a colon, or an
# author's initials.
_LONGER_NAME_RE = re.compile(
    r"(?:['’]s)?[ \t]+[A-Z][\w'’]|:[ \t]*\n?[ \t]*[A-Z]|[ \t]*(?:\.\.\.|…)"
    r"|,?[ \t]+[A-Z]\.?(?:[A-Z]\.?)?(?:,|[ \t]+and\b|[ \t]*\(|\.|[ \t]*$)",
    re.MULTILINE,
)
# Before the name: a capitalised word joined to it ("St David's", "Mr Hexham", "Upper
# Seaham": the name ends a longer one, which other forms read) unless it is a function
# word opening a sentence ("In Seaham"), or a hyphen.
OPENING_WORDS = word_set(
    "in at on to from near outside around into by with for and or but when while after before"
)
_BEFORE_RE = re.compile(r"(?:(?P<word>[A-Z][\w'’]*)\.?[ \t]+|[\w\-]-)\Z")


@lru_cache(maxsize=1)
def listed_town_words() -> frozenset[str]:
    """Every one-word town or village of the list under ``SMALL_TOWN`` people that is no
    English word, given name, family name, role or public body's word (about 5,600)."""
    names = gazetteer()
    return frozenset(
        key
        for key, people in settlements().items()
        if 0 <= people < SMALL_TOWN
        and key.isascii()
        and key.isalpha()
        and len(key) >= 5
        and not _explained(key, names)
    )


def _explained(key: str, names: Gazetteer) -> bool:
    return (
        key in names.first
        or key in names.surnames
        or key in names.ordinary
        or key in names.bodies
        or key in NEVER_NAMES
        or names.is_word(key)
    )


def listed_towns(text: str) -> Iterator[tuple[int, int]]:
    """Spans of capitalised small towns' names standing alone."""
    present = listed_town_words().intersection(words_of(text))
    if not present:
        return
    for start in literal_positions(text, tuple(sorted(present))):
        if not text[start].isupper() or text[start + 1 : start + 2].isupper():
            continue  # lower case or an acronym's letters
        end = start
        while end < len(text) and text[end].isalpha():
            end += 1
        if _LONGER_NAME_RE.match(text, end):
            continue
        before = _BEFORE_RE.search(text, max(0, start - 14), start)
        if before is not None and (
            not before.group("word") or before.group("word").lower() not in OPENING_WORDS
        ):
            continue
        yield start, end

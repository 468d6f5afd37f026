"""A first name typed in lower case in prose, read by ``person-name``: "said that tobiah used
to wait at the gate", "then jaxon came in", "because corrin kept hitting him". Notes and
accounts copied into a report keep their writer's lower case, so the name has no capital for
the name rules to start from. Word knowledge decides: a listed first name that no English
word, place or body shares, between a word that opens a clause and a verb. Shared helper:
declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules.gazetteer import NEVER_NAMES, Gazetteer
from review_library.redaction.rules.text import literal_windows, word_set

OPENERS = ("that", "then", "when", "because", "until", "while", "once", "where", "whether")
# The opener, the name (a double name with its hyphen: "maisie-rae"), and the next word; the
# name and verb in a look-ahead, so that an opener after an opener is tried too ("that when
# jaxon kept").
LOWER_NAME_RE = re.compile(
    rf"\b(?:{'|'.join(OPENERS)})(?=[ \t]+(?P<name>[a-z]{{3,12}}(?:-[a-z]{{2,8}})?)[ \t]+"
    r"(?:(?:had|has|then|later|also|never|often|always|just|still)[ \t]+)?(?P<verb>[a-z]+)\b)"
)
# Verbs a person's name is the subject of; a regular past tense counts too ("waited").
_VERBS = word_set(
    """was is had has did does would could will can used kept got put sat stood said says
    told tells asked went goes came comes left ran hit took takes gave saw sees made makes
    wanted needed tried refused cried slept lived stayed moved arrived returned visited
    attended brought started stopped began became seemed walked shouted screamed rang
    texted"""
)


def lower_names(text: str, names: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of lower-case first names opening a clause, before a verb."""
    windows = literal_windows(text, OPENERS, 0, 48, whole=True)
    for match, delta in windows.finditer(LOWER_NAME_RE):
        verb = match.group("verb")
        if verb not in _VERBS and not (verb.endswith("ed") and len(verb) > 4):
            continue
        # a double name: its first part no word, the second a listed first name ("-rae")
        first, _, second = match.group("name").partition("-")
        if _first_name_only(first, names) and (not second or second in names.first):
            yield match.start("name") + delta, match.end("name") + delta


def _first_name_only(key: str, names: Gazetteer) -> bool:
    """A listed first name that is no English word, place, body or role ("tobiah", not
    "grace", "chester" or "nurse")."""
    return (
        names.is_distinctive_first(key)
        and key not in NEVER_NAMES
        and not names.is_word(key)
        and key not in names.bodies
        and key not in names.ordinary
    )

"""A professional named by a nursing or religious title, read by ``person-name``: "Nurse
Pendry", "Sister Okonjo", "Matron Hale", "Midwife Arkwright" in a chronology. These titles
are also roles ("the Nurse Practitioner", "Ward Sister") and "Sister" a relation or a
pseudonym ("Sister 1", "Sister A"), so the title list of ``person_name`` does not hold them:
here the word after the title counts only when no dictionary explains it as a word, or it is a
listed name. Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules.gazetteer import NEVER_NAMES, Gazetteer, name_key
from review_library.redaction.rules.text import CAP_WORD, contains_any, literal_windows

ROLE_TITLES = ("Nurse", "Sister", "Matron", "Midwife")
_LOWER_TITLES = tuple(title.lower() for title in ROLE_TITLES)
# Searched in windows that start at each title; a capitalised word of three letters or more
# after it: a pseudonym letter or number ("Sister A", "Sister 1") is not one.
ROLE_TITLE_RE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(ROLE_TITLES)})[ \t]+(?P<name>(?=[A-Z]\w\w){CAP_WORD})"
)

# A specialism after the title ("Nurse Colposcopist", "Midwife Sonographer"), in no dictionary.
_SPECIALISMS = ("ist", "grapher", "ician")


def role_title_names(text: str, names: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of the name after "Nurse", "Sister", "Matron" or "Midwife"."""
    if not contains_any(text, ROLE_TITLES):
        return
    # Only the text just after each title (found with str.find, whole words) is searched.
    windows = literal_windows(text, _LOWER_TITLES, 0, 40, whole=True)
    for match, delta in windows.finditer(ROLE_TITLE_RE):
        word = match.group("name")
        key = name_key(word)
        if key in NEVER_NAMES or key in names.bodies or key.endswith(_SPECIALISMS):
            continue
        # "Nurse Specialist", "Sister Ward", "Midwife Led": an English word is a role or a
        # place, unless it is a first name that no everyday word shares ("Sister Agnes").
        if names.is_word(key) and not names.is_distinctive_first(word):
            continue
        yield match.start("name") + delta, match.end("name") + delta

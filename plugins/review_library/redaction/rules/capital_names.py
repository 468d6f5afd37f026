"""Names the capitalised-word rules do not start from, read by ``person-name``: a first name
written in capitals in mixed-case prose ("ALISTAIR (step-father) was not invited", "IP =
'AMINAH'"), and a family called by its surname in the plural ("the Kellys as a family").
Both are read by word knowledge: the name lists in ``data/``. Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules.gazetteer import Gazetteer
from review_library.redaction.rules.text import capital_finditer, word_set

# A word of five to twelve capitals; led by its first character (not a look-behind), so the
# search skips to capitals. Shorter words in capitals are mostly acronyms ("IMCA", "FIFA").
CAPS_RE = re.compile(r"[A-Z][A-Z]{4,11}(?![\w-])(?!['’]\w)")
# Prose in lower case near the word: a heading or a record written all in capitals is
# read by the rules for those.
_LOWER_RE = re.compile(r"[a-z]{3}")


def capital_first_names(text: str, names: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of listed first names, no everyday word, written in capitals in prose."""
    for match in capital_finditer(CAPS_RE, text):
        start, end = match.span()
        before = text[max(0, start - 2) : start]
        # inside a word ("X-RAY", "O'NEILL"); an opening quote may lead it ("'AMINAH'")
        if before[-1:].isalnum() or before[-1:] == "-" or re.fullmatch(r"\w['’]", before):
            continue
        word = match.group()
        if not names.is_distinctive_first(word) or names.is_word(word.lower()):
            continue
        if _LOWER_RE.search(text, max(0, start - 60), min(len(text), end + 60)):
            yield start, end


# "the Kellys", "The Okafors'": led by its literal, so the search skips to "the".
PLURAL_RE = re.compile(
    r"(?:the|The)[ \t]+(?P<name>[A-Z][a-z]{2,14}?(?:es|s))"
    # what follows a family named as a group: a stop, a quote, or a verb or "as"
    r"(?=['’]?(?:[ \t]*[,.;:!?)\"”’']|[ \t]+(?:as|were|was|had|have|has|and|who|said|would|"
    r"did|never|family|household|themselves|lived|moved|are|for|to|in|at|about|over|with)\b|"
    r"\Z))",
    re.M,
)
# A team is followed and played for: "followed the Scarlets", "played for the Robins".
_TEAM_BEFORE_RE = re.compile(
    r"\b(?:follow|follows|followed|following|support|supports|supported|supporting|fan of|"
    r"fans of|play for|plays for|played for|playing for|watch|watched|watching|against|beat)"
    r"[ \t]+\Z",
    re.I,
)
_NOT_FAMILIES = word_set("victorians edwardians georgians elizabethans")


def family_plurals(text: str, names: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of a surname in the plural after "the", naming a family."""
    for match in PLURAL_RE.finditer(text):
        plural = match.group("name").lower()
        if plural in names.vocabulary or plural in _NOT_FAMILIES:
            continue
        if _TEAM_BEFORE_RE.search(text, max(0, match.start() - 20), match.start()):
            continue
        stems = {plural[:-1], plural[:-2]} if plural.endswith("es") else {plural[:-1]}
        if any(_surname(stem, names) for stem in stems if len(stem) > 2):
            yield match.start("name"), match.end("name")


def _surname(stem: str, names: Gazetteer) -> bool:
    """A listed surname that is no word, or a word also given as a first name ("Kelly")."""
    return (
        stem in names.surnames
        and stem not in names.bodies
        and not stem.endswith(("ian", "ean"))
        and (stem in names.first or stem in names.name_words or not names.is_word(stem))
    )

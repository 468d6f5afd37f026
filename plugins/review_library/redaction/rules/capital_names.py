"""Names the capitalised-word rules do not start from, read by ``person-name``: a first name
written in capitals in mixed-case prose ("ALISTAIR (step-father) was not invited", "IP =
'AMINAH'"), and a family called by its surname in the plural ("the Kellys as a family").
Both are read by word knowledge: the name lists in ``data/``. Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules.gazetteer import NEVER_NAMES, Gazetteer
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


# A child's drawing, card or sign quoted in capitals: "MUMMY AND KOBI", "NANNY & REECE",
# "LOVE FROM TAYLA AND DADDY". A family word joined by "AND" to another word in capitals makes
# that word a person; led by the family word (a literal), so most text is skipped at once.
KIN_CAPS = (
    "MUMMY", "MUMMA", "MUM", "MAM", "MOM", "MAMA", "DADDY", "DAD", "DADA", "NANNY", "NANA",
    "NAN", "NANNA", "GRANNY", "GRANDAD", "GRANDMA", "GRANDPA", "AUNTIE", "UNCLE", "BABY",
)  # fmt: skip
_KIN = "|".join(KIN_CAPS)
_AND = r"[ \t]+(?:AND|&|N)[ \t]+"
# Led by capitals, no look-behind (the engine then skips to capitals, rare in prose); the
# start of the word is tested after.
DRAWING_RE = re.compile(
    rf"(?:(?:{_KIN}){_AND}(?P<after>[A-Z]{{3,12}})|(?P<before>[A-Z]{{3,12}}){_AND}"
    rf"(?:{_KIN}))(?![\w'’-])"
)


def drawing_names(
    text: str, names: Gazetteer, abbreviations: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Spans of a word in capitals joined by "AND" to a family word in capitals, in prose
    that has lower case near it; no English word that is no first name ("MUMMY AND ME",
    "DADDY AND BABY") and no service's abbreviation ("MUM AND CAMHS")."""
    if not any(kin in text for kin in ("MUM", "MAM", "MOM", "DAD", "NAN", "GRAN", "AUNT", "UNCLE")):
        return
    for match in DRAWING_RE.finditer(text):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "'’"):
            continue
        group = "after" if match.group("after") else "before"
        word = match.group(group)
        key = word.lower()
        if word in KIN_CAPS or word in abbreviations or key in NEVER_NAMES or key in names.bodies:
            continue
        # Beside "MUMMY" a listed first name is a person even when a word shares it ("KOBI",
        # "ROSE"); any other English word is what the child drew ("ME", "BABY", "HOME").
        if names.is_word(key) and key not in names.first:
            continue
        start, end = match.span(group)
        if _LOWER_RE.search(text, max(0, start - 80), min(len(text), end + 80)):
            yield start, end

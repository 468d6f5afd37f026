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
from functools import lru_cache

from review_library.redaction.rules.culture_home import home_words
from review_library.redaction.rules.gazetteer import NEVER_NAMES, Gazetteer, gazetteer
from review_library.redaction.rules.text import cue_finditer, vocabulary, word_set

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
    # Tried only where an opener stands as a whole word (the cue words' one pass): windows
    # after these common words covered much of a report, and the pattern, led by "\b", was
    # tried at every character of them.
    for match in cue_finditer(LOWER_NAME_RE, OPENERS, text):
        verb = match.group("verb")
        if verb not in _VERBS and not (verb.endswith("ed") and len(verb) > 4):
            continue
        # a double name: its first part no word, the second a listed first name ("-rae")
        first, _, second = match.group("name").partition("-")
        if _first_name_only(first, names) and (not second or second in names.first):
            yield match.span("name")


# First names that, typed in lower case, are far more often a thing a household has than a
# person: voice assistants, brands and shops, toys and the characters on them ("asked alexa
# to play music", "played with barbie dolls", "came back with nike trainers"). A capitalised
# name is still read by the other name rules.
THINGS_IN_LOWER_CASE = word_set(
    """alexa siri cortana bixby ikea nike adidas aldi lidl asda tesco primark argos nando
    nandos barbie lego elsa moana peppa bluey mario luigi sonic pikachu"""
)


def _first_name_only(key: str, names: Gazetteer) -> bool:
    """A listed first name that is no English word, place, body, role, household thing or
    family word ("tobiah", not "grace", "chester", "nurse", "alexa" or "nani")."""
    return (
        key not in THINGS_IN_LOWER_CASE
        and key not in home_words()
        and names.is_distinctive_first(key)
        and key not in NEVER_NAMES
        and not names.is_word(key)
        and key not in names.bodies
        and key not in names.ordinary
    )


# In prose, after a word that puts a person there: "went to the park with jayden", "the
# social worker saw jaxon at the flat", "Mother and tobiah were seen" ("and" after a
# capitalised word: a person or a pseudonym). Not before a verb alone, nor after a word as
# common as "to" or "by": a word typed wrong may be a listed first name ("and thies was
# challenged", "the social manne reported"). Found from the text's distinct words (shared,
# computed once per text): a text with none of these names, nearly every text, costs a set
# intersection.
_PERSON_BEFORE = word_set(
    """with saw see sees seen seeing met meet meets visited visit visiting told tell asked ask
    called call texted messaged rang phoned hit kicked slapped pushed"""
)
_CAPITALISED_AND_RE = re.compile(r"[A-Z][\w'’]*[ \t]+(?:[A-Z0-9][ \t]+)?and[ \t]+\Z")
_SAFE_BEFORE = "\n\t (\"“‘'"
# A name no mail address, handle, file or link holds ("jayden.m@", "kayla_x", "tobiah/").
_NOT_INSIDE_RE = re.compile(r"[.@_/\-:#]\w")
_PREVIOUS_WORD_RE = re.compile(r"([A-Za-z]+)[ \t]+\Z")


@lru_cache(maxsize=1)
def lower_first_names() -> frozenset[str]:
    """Listed first names of four letters or more that no word, place, body or role shares
    (no arguments: ``preload`` builds it once before the check's workers are forked)."""
    names = gazetteer()
    return frozenset(
        k for k in names.first if len(k) >= 4 and k.isalpha() and _first_name_only(k, names)
    )


def lower_names_in_prose(text: str) -> Iterator[tuple[int, int]]:
    """Spans of lower-case first names in prose beside a person's word or before a verb."""
    found = vocabulary(text)[1] & lower_first_names()
    for key in found:
        # str.find for the name as written in lower case ("Jayden" in the runs is not it)
        start = text.find(key)
        while start != -1:
            end = start + len(key)
            if _in_prose(text, start, end):
                yield start, end
            start = text.find(key, end)


def _in_prose(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands alone in prose after a word that puts a person
    there (not inside a word, an address, a handle or a file name)."""
    if (start and text[start - 1] not in _SAFE_BEFORE) or (end < len(text) and text[end].isalnum()):
        return False
    if _NOT_INSIDE_RE.match(text, end):
        return False
    previous = _PREVIOUS_WORD_RE.search(text, max(0, start - 20), start)
    before = previous.group(1).lower() if previous else ""
    if before in _PERSON_BEFORE:
        return True
    return before == "and" and bool(_CAPITALISED_AND_RE.search(text, max(0, start - 30), start))

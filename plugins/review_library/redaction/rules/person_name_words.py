"""Names that are everyday words, told by a strong person cue where the case tells nothing.

A first name that is also a word ("Hope", "Gift", "Blessing") is found in capitalised prose
by the cues of ``person_name``. Two forms escape them: the name written in capitals, where
every word is capitalised ("GIFT WAS SEEN ALONE IN HER BEDROOM", "HARMONY'S FATHER"), and
a name the lists hold only as a surname ("Gift's father", "Gift, aged nine"). Both are
read here with the cues that hold even at a sentence's start: what only a person has, is
or does. A determiner before the word makes it a noun ("THE GIFT WAS WRAPPED").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit
from review_library.redaction.rules.gazetteer import NEVER_NAMES, Gazetteer, name_key
from review_library.redaction.rules.text import capital_finditer, cue_finditer

# An all-capitals word of three letters or more, with its possessive (led by the capitals,
# which the engine finds fast; what stands before is tested after).
CAPS_WORD_RE = re.compile(r"[A-Z]{3,}(?:['’]S)?(?![\w\-])")
_WORD_BEFORE = "-'’"
# Determiners and adjectives that make the next word a noun: "THE GIFT", "GREAT HOPE".
DETERMINER_BEFORE_RE = re.compile(
    r"(?<![\w\-'’])(?i:a|an|the|any|some|his|her|its|their|our|my|your|this|these|those|"
    r"every|each|another|no|great|little|much|more|less|new|real|false|of|with|without|for|"
    r"in|give|gave|lost|without)[ \t]+\Z"
    # a possessive: "HER MOTHER'S FAITH"
    r"|['’]S[ \t]+\Z"
)
# Text in capitals, not an acronym in prose ("the (MAC) meeting", "met ISO 9001"): a word
# in capitals next to it.
CAPS_NEXT_RE = re.compile(r"[ \t,;:()\-]*[A-Z]{2,}\b")
CAPS_BEFORE_RE = re.compile(r"\b[A-Z]{2,}[ \t,;:()\-]*\Z")
# A pet name after a possessive endearment, any capitalised word, doing something: "his
# little Pudding had fallen" (not "her baby Calpol", "his little Lego set").
PET_NAME_RE = re.compile(
    r"(?<![\w\-])(?:his|her|their|my|our)[ \t]+(?:little|wee|tiny)[ \t]+"
    r"(?P<name>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w\-'’])(?![ \t]+[A-Z])"
)
_PET_GATES = ("little ", "wee ", "tiny ")
# The words a match starts with: the pattern, led by a look-behind, is tried only where one
# stands, not at every character (0.85 -> 0.28 ms a review).
_PET_STARTS = ("his", "her", "their", "my", "our")
# The cues read after the word (lower-cased) reach to the clause's end.
_WINDOW = 90


def _known_word_name(key: str, names: Gazetteer) -> bool:
    """A listed first name or surname that is also an English word."""
    return (
        (key in names.first or key in names.surnames)
        and names.is_word(key)
        and key not in NEVER_NAMES
        and key not in names.bodies
    )


def capitals(text: str, names: Gazetteer) -> Iterator[Hit]:
    """Word-names written in capitals, in a person context read in lower case."""
    # person_name imports this module: its cues are read when the scan runs.
    from review_library.redaction.rules import person_name as pn

    for match in capital_finditer(CAPS_WORD_RE, text):
        word = match.group()
        start, end = match.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in _WORD_BEFORE):
            continue  # inside a word ("McDONALD") or after an apostrophe
        bare = word[:-2] if word.endswith(("'S", "’S")) else word
        key = name_key(bare)
        if not _known_word_name(key, names):
            continue
        if DETERMINER_BEFORE_RE.search(text, max(0, start - 16), start):
            continue
        if not (
            CAPS_NEXT_RE.match(text, end) or CAPS_BEFORE_RE.search(text, max(0, start - 24), start)
        ):
            continue
        # The name as a name is written, the prose after it as prose is; the cues are read as
        # at a sentence's start (only what a person is or does), since no capital tells.
        mini = bare.capitalize() + word[len(bare) :].lower() + text[end : end + _WINDOW].lower()
        if key in names.first:
            before = text[max(0, start - 48) : start].lower()
            found = pn.strong_cue(mini, len(word)) or pn.cue_before(before)
        else:  # a surname only ("GIFT"): only what a person has ("GIFT, AGED NINE")
            found = pn.surname_cue(mini, len(word))
        if found:
            yield Hit(*pn.trim(text, start, end), pn.RULE_ID, pn.MESSAGE)


_SURNAME_WORD: dict[str, bool] = {}


def _surname_word(word: str, names: Gazetteer, pn) -> bool:
    """Listed as a surname only, and an English word ("Gift", "Honour"); cached per word."""
    found = _SURNAME_WORD.get(word)
    if found is None:
        key = name_key(word)
        found = (
            pn.category(word) == pn.SURNAME
            and _known_word_name(key, names)
            and not names.is_name_word(key)
        )
        if len(_SURNAME_WORD) < 200_000:
            _SURNAME_WORD[word] = found
    return found


def surnames_as_words(text: str, names: Gazetteer, words: frozenset[str]) -> Iterator[Hit]:
    """Capitalised words the lists hold as surnames only and as English words ("Gift"),
    with an age, a possessive relation or a relation in a label after them."""
    from review_library.redaction.rules import person_name as pn

    wanted = [w for w in words if _surname_word(w, names, pn)]
    for match in pn.occurrences(text, wanted):
        start, end = match.start(), match.end()
        if DETERMINER_BEFORE_RE.search(text, max(0, start - 12), start):
            continue
        if pn.surname_cue(text, end) or pn.BODY_VERB_BEFORE_RE.search(
            text, max(0, start - 24), start
        ):
            yield Hit(*pn.trim(text, start, end), pn.RULE_ID, pn.MESSAGE)


def pet_names(text: str) -> Iterator[Hit]:
    """A capitalised word after "his little", "her wee" (any word: pet names are words)."""
    from review_library.redaction.rules import person_name as pn

    if not any(gate in text for gate in _PET_GATES):
        return
    for match in cue_finditer(PET_NAME_RE, _PET_STARTS, text):
        key = name_key(match.group("name"))
        if key in NEVER_NAMES or not pn.person_word_free(key):
            continue  # "her little Brother"
        if not pn.does_something(text, match.end("name")):
            continue
        yield Hit(match.start("name"), match.end("name"), pn.RULE_ID, pn.MESSAGE)

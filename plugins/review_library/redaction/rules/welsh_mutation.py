"""Welsh place names as Welsh writes them after a preposition, read by ``named-place``.

Welsh changes the first letter of a name after some words: "ym Mhenygroes" (in Penygroes,
nasal), "yng Nghwmllynfell" (in Cwmllynfell), "i Fethesda" (to Bethesda, soft), "o Drefor"
(from Trefor), "a Phenarth" (and Penarth, aspirate), "tua Thregaron" (towards Tregaron). The
written word is in no list of places, so each radical form it could come from is looked up
instead. Messages write the same in lower case ("ym mhenygroes"), and some
writers do not mutate at all ("yn Penygroes"). Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.text import literal_positions, words_of

# Nasal mutation after "yn" (written "ym", "yng" before the mutated letter), longest first.
NASAL = (("ngh", "c"), ("mh", "p"), ("nh", "t"), ("ng", "g"), ("m", "b"), ("n", "d"))
# Soft mutation after "i", "o", "dan", "dros", "drwy", "heb", "wrth", "hyd", "gan" ("am",
# "ar" and "at" are English words before English names: "at Dover" is no "Tover"): the radical of each mutated first letter ("f" is "b" or "m"; a vowel lost a "g").
SOFT = (
    ("dd", ("d",)),
    ("f", ("b", "m")),
    ("g", ("c",)),
    ("b", ("p",)),
    ("d", ("t",)),
    ("l", ("ll",)),
    ("r", ("rh",)),
)
_VOWELS = "aeiouwyâêîôûŵŷ"
NASAL_PREPS = ("ym", "yng", "yn")
SOFT_PREPS = ("i", "o", "dan", "dros", "drwy", "trwy", "heb", "wrth", "hyd", "gan")
# The preposition, then one word: capitalised, or all lower case (a message).
_PREP_WORD_RE = re.compile(
    r"(?<![\w\-'’])(?P<prep>ym|yng|yn|i|o|dan|dros|drwy|trwy|heb|wrth|hyd|gan)"
    r"[ \t]+(?P<word>[A-Za-zÀ-ÿŵŷŴŶ][a-zà-ÿŵŷ]{3,}(?:-[a-zA-Z]{1,3}-[A-Za-z][a-z]+)?)(?![\w\-'’])"
)
_TRIGGERS = (*NASAL_PREPS, *SOFT_PREPS)


def radicals(prep: str, word: str) -> list[str]:
    """The forms ``word`` had before ``prep`` mutated it, in title case (unmutated too after
    "yn", as some writers leave it)."""
    lower = word.lower()
    found: list[str] = []
    if prep in NASAL_PREPS:
        for mutated, radical in NASAL:
            if lower.startswith(mutated):
                found.append(radical + lower[len(mutated) :])
                break
        if prep == "yn":
            found.append(lower)
    else:
        for mutated, options in SOFT:
            if lower.startswith(mutated):
                found.extend(o + lower[len(mutated) :] for o in options)
                break
        if lower[0] in _VOWELS:
            found.append("g" + lower)
    return [f[:1].upper() + f[1:] for f in found]


def mutated_places(text: str, place: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of words after a Welsh preposition whose radical form (not the written form:
    "i Gaerdydd" is Cardiff's own Welsh name) ``place`` accepts; after "yn" the written form
    too, as some writers leave it unmutated."""
    for at in literal_positions(text, _TRIGGERS):
        match = _PREP_WORD_RE.match(text, at)
        if match is None:
            continue
        prep, word = match.group("prep"), match.group("word")
        if not (word[0].isupper() or word.islower()):
            continue
        if any(place(r) for r in radicals(prep, word) if r.lower() != word.lower()) or (
            prep == "yn" and word[0].isupper() and place(word)
        ):
            yield match.start("word"), match.end("word")


# Aspirate mutation after "a" (and), "â", "gyda", "efo" (with), "tua" (towards), "na": only
# "c", "p" and "t" change ("a Chaerfyrddin", "gyda'i nain a Thaid" is no place).
ASPIRATE = (("ch", "c"), ("ph", "p"), ("th", "t"))
ASPIRATE_PREPS = ("a", "â", "gyda", "efo", "tua", "na")
_ASPIRATE_RE = re.compile(
    r"(?<![\w\-'’])(?:a|â|gyda|efo|tua|na)[ \t]+"
    r"(?P<word>(?:Ch|Ph|Th|ch|ph|th)[a-zà-ÿŵŷ]{3,})(?![\w\-'’])"
)
# English has "a" and "na" before capitals too ("a Thursday", "a Charlton fan"): they mutate
# only in a Welsh sentence, one with a Welsh function word before them.
WELSH_SENTENCE_WORDS = frozenset({"yn", "ym", "yng", "rhwng", "roedd", "mae", "oedd", "yr"})
# The text is read at all only if it has one of these (the three prepositions are Welsh only).
_WELSH_TEXT_WORDS = WELSH_SENTENCE_WORDS | {"y", "tua", "gyda", "efo"}
_WELSH_BEFORE_RE = re.compile(r"\b(?:yn|ym|yng|rhwng|roedd|mae|oedd|yr)\b[^.!?\n]*\Z")


def aspirated_places(text: str, place: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of words after "a", "gyda", "tua" ... whose radical form ``place`` accepts:
    "rhwng Caerdydd a Phenarth" (between Cardiff and Penarth)."""
    if _WELSH_TEXT_WORDS.isdisjoint(words_of(text)):
        return
    for at in literal_positions(text, ASPIRATE_PREPS):
        match = _ASPIRATE_RE.match(text, at)
        if match is None:
            continue
        word = match.group("word")
        if not (word[0].isupper() or word.islower()):
            continue
        short = match.start("word") - at <= 3  # "a" or "na", English words too
        if short and not _WELSH_BEFORE_RE.search(text, max(0, at - 80), at):
            continue
        radical = next(r + word[2:].lower() for m, r in ASPIRATE if word.lower().startswith(m))
        if place(radical[:1].upper() + radical[1:]):
            yield match.start("word"), match.end("word")

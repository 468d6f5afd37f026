"""A pub named by its sign, read by the ``named-institution`` rule: "outside the Red Lion",
"worked at the Dog and Partridge", "drank in the King's Head". English inns are named by a
few forms: a colour, number or title before a beast or an emblem ("the White Hart", "the
Three Horseshoes", "the Royal Oak"), or two emblems joined by "and" ("the Rose and Crown").
One emblem alone is not enough ("the Crown" prosecutes; "the Red Book" is a guide): the
sign must be whole ("the" before it, no capitalised word after). A whole sign is read
wherever it stands ("attended the Crown and Anchor", "the manager of the Black Horse", "but
the Kings Head next to it"): the places before it were a list that ran behind how reports
write (round sixteen), and no clean corpus holds the form anywhere. The place shapes are kept
for callers that ask them. Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules.text import literal_positions, words_of

_POSSESSOR = r"(?:King|Queen|Nag|Saracen|Bishop|Miner|Farmer|Sailor|Duke|Lord|Blacksmith|Cooper)"
# What stands before the emblem on a sign: a colour, a number, a title, a possessor.
_QUALIFIER = (
    r"Red|White|Black|Golden|Green|Blue|Grey|Brown|Silver|Royal|Old|Jolly|Fighting|Dun|"
    r"Spotted|Rising|Crooked|Flying|Laughing|Two|Three|Four|Five|Seven|"
    rf"{_POSSESSOR}['’]?s"
)
# Beasts, birds and emblems of English inn signs.
_EMBLEM = (
    r"Lions?|Hart|Horses?|Swans?|Bull|Boar|Bear|Stag|Fox|Hounds?|Greyhound|Dog|Duck|Cock|Hen|"
    r"Eagle|Falcon|Pheasant|Partridge|Raven|Magpie|Dragon|Unicorn|Griffin|Lamb|Ram|Goat|Pig|"
    r"Crown|Anchor|Bells?|Plough|Harrow|Wheatsheaf|Woolpack|Feathers|Fleece|Ship|Star|Sun|Moon|"
    r"Oak|Yew|Rose|Thistle|Horseshoes?|Barrel|Compasses|Mitre|Keys|Garter|Grapes|Mermaid|"
    r"Dolphin|Pelican|Peacock|Head"
)
_ONE = rf"(?:{_EMBLEM})s?"  # "the Three Ravens", "the Seven Stars"
_SIGN = (
    rf"(?:(?:{_QUALIFIER})[ \t]+{_ONE}"
    rf"|(?:(?:{_QUALIFIER})[ \t]+)?{_ONE}[ \t]+(?:and|&)[ \t]+(?:(?:{_QUALIFIER})[ \t]+)?{_ONE})"
)
# Led by its first letter, the look-behind after it (a pattern led by a look-behind is tried
# at every character of a report: 1.3 ms a 30 kB review; led by "T" or "t", 0.1 ms).
SIGN_RE = re.compile(rf"[Tt](?<![\w\-].)he[ \t]+(?P<name>{_SIGN})(?![\w\-'’]|[ \t]+[A-Z])")
# As first written, for the test that compares the two.
SIGN_BEHIND_RE = re.compile(rf"(?<![\w\-])[Tt]he[ \t]+(?P<name>{_SIGN})(?![\w\-'’]|[ \t]+[A-Z])")
PLACE_BEFORE_RE = re.compile(
    r"(?<![\w\-])(?:at|in|into|outside|inside|near|behind|opposite|beside|from|to|towards|"
    r"past|by|round|around|[Aa]t|[Oo]utside|[Ii]n|[Ff]rom)[ \t]+\Z"
)
# A sign in a list after a place's preposition: "spent his days in Betfred and the Red Lion",
# "drank at the Bull, the Swan or the White Hart" (no stop between).
LISTED_BEFORE_RE = re.compile(
    r"(?<![\w\-])(?:at|in|into|outside|from|to)[ \t]+[^.;:!?\n]{1,50}?(?:,|[ \t]and|[ \t]or)[ \t]+\Z"
)
PUB_AFTER_RE = re.compile(r"[ \t]+(?:pub|public[ \t]+house|inn|bar)\b")

# One emblem alone, where a person is: "a fight outside the Greyhound", "in the Plough".
# Only emblems that name little else in a report's prose: not "the Crown" (prosecutes),
# "the Sun" or "the Star" (newspapers), "the Head" (a head teacher), "the Keys", "the Rose",
# "the Oak", "the Lions", "the Pig" (a hotel chain) or plurals of beasts ("the Horses").
_LONE_EMBLEM = (
    r"Greyhound|Feathers|Plough|Anchor|Swan|Wheatsheaf|Woolpack|Fleece|Harrow|Bell|Bells|"
    r"Mitre|Unicorn|Griffin|Falcon|Pheasant|Partridge|Magpie|Peacock|Pelican|Compasses|"
    r"Grapes|Garter|Mermaid|Hart|Stag|Boar|Ram|Lamb|Bull|Eagle|Raven|Cock|Horseshoe|"
    r"Horseshoes|Barrel|Ship|Dolphin"
)
# Led by "the" as ``SIGN_RE`` is; "of" after ("the Lamb of God") or a capital ("the Bull
# Ring", "the Ship Inn", read elsewhere) makes it something else.
LONE_SIGN_RE = re.compile(
    rf"[Tt](?<![\w\-].)he[ \t]+(?P<name>(?:{_LONE_EMBLEM}))"
    r"(?![\w\-'’]|[ \t]+(?:[A-Z]|of\b|and[ \t]|(?:room|class|group|unit|ward|team|"
    r"house|base|bay)s?\b))"
)
# The place's preposition right before "the": where a person drinks, fights or waits.
LONE_PLACE_BEFORE_RE = re.compile(
    r"(?<![\w\-])(?:at|in|outside|inside|near|behind|opposite|from|into)[ \t]+\Z"
)


def pub_signs(text: str) -> Iterator[tuple[int, int]]:
    """Spans ("Red Lion") of whole inn signs after "the"."""
    if "the " not in text and "The " not in text:
        return
    for match in SIGN_RE.finditer(text):
        yield match.start("name"), match.end("name")


_LONE_WORDS = frozenset(_LONE_EMBLEM.lower().split("|"))


def lone_signs(text: str) -> Iterator[tuple[int, int]]:
    """Spans ("Greyhound") of one inn-sign emblem after "at the", "outside the", "in the"."""
    # The text's shared set of words first: most reviews name no emblem, and a set's test
    # costs nothing beside a pattern tried at every "the" (0.09 -> 0.00 ms a review).
    present = words_of(text) & _LONE_WORDS
    if not present:
        return
    for position in literal_positions(text, tuple(sorted(present))):
        at = position - 4
        if at < 0 or not text[position].isupper():
            continue
        match = LONE_SIGN_RE.match(text, at)
        if match is not None and LONE_PLACE_BEFORE_RE.search(text, max(0, at - 9), at):
            yield match.start("name"), match.end("name")

"""A name given as an alias or nickname without quotes, read by ``person-name``: "Adult M
(aka Spud)", "a.k.a. Smudge", "also called Tiny", "who went by Ghost", "nicknamed Spud".
After these cues a capitalised word is a person's other name even when it is an everyday
word or in no list, so word knowledge cannot tell it; the cue can. ``person_name`` reads
"known as" and quoted nicknames already; its windows for bare nicknames are found by whole
cue words, and "nicknamed" is no whole "nickname" or "named". Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules.gazetteer import NEVER_NAMES, Gazetteer, name_key
from review_library.redaction.rules.text import CAP_WORD, literal_windows

# Whole cue phrases (found with str.find): "also" alone is too common a word to search round.
ALIAS_CUES = (
    "aka", "a.k.a", "a/k/a", "also known", "also called", "also named", "otherwise known",
    "otherwise called", "went by", "goes by", "go by", "nicknamed",
)  # fmt: skip
# The cue, an optional opening quote, one capitalised word, then what ends a name: a closing
# quote or bracket, punctuation, or a lower-case word ("aka Spud drove"); a second
# capitalised word is a body or a place ("also known as Westmarch Hospital"), left alone.
ALIAS_RE = re.compile(
    r"(?:\b(?i:aka|a\.k\.a\.?|a/k/a)|\b(?:also|otherwise)[ \t]+(?:known[ \t]+as|called|named)|"
    r"\b(?:[Ww]ho|[Hh]e|[Ss]he|[Tt]hey)[ \t]+(?:went|goes|go)[ \t]+by|\bnicknamed)"
    rf"[ \t]+[\"“‘']?(?P<name>{CAP_WORD})"
    r"(?=[\"”’']?(?:[ \t]*[,.;:!?)]|[ \t]+[a-z]|[ \t]*$))",
    re.M,
)


# "Also known as", "also called" and "nicknamed" name places and services too ("the practice,
# also known as ...", "the estate, nicknamed ..."): after them the clause before must name a
# person (a pseudonym label, a person or family word, a pronoun). "aka" and "went by" are a
# person's.
PERSON_BEFORE_RE = re.compile(
    r"(?:\b(?:Child|Adult|Young[ \t]+Person|Sibling|Baby|Person)[ \t]+[A-Z0-9]{1,2}\b|"
    r"\b(?:Mother|Father|[Hh]e|[Ss]he|him|her|man|woman|boy|girl|lad|friend|partner|"
    r"boyfriend|girlfriend|brother|sister|cousin|uncle|aunt|son|daughter|neighbour|lodger|"
    r"associate|peer|child|baby|teenager|youth)\b)[^.;:!?\n]{0,40}\Z"
)

_TRAVEL_AFTER_RE = re.compile(r"[ \t]+(?:to|from|into|towards|back)\b")


def alias_names(text: str, names: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of a person's alias or nickname after a cue only a person's name takes."""
    # eight characters before a cue for the pronoun of "who went by"
    windows = literal_windows(text, ALIAS_CUES, 8, 60, whole=True)
    for match, delta in windows.finditer(ALIAS_RE):
        key = name_key(match.group("name"))
        # a role or pseudonym word ("also known as Mother"), a public body's word
        if len(key) < 2 or key in NEVER_NAMES or key in names.bodies:
            continue
        start = match.start() + delta
        cue = match.group().lower()
        persons_cue = cue.startswith(("aka", "a.k.a", "a/k/a")) or " by" in cue
        if " by" in cue and _TRAVEL_AFTER_RE.match(text, match.end() + delta):
            continue  # "they went by Uber to the hospital": a way of travelling
        if not persons_cue and not PERSON_BEFORE_RE.search(text, max(0, start - 50), start):
            continue
        yield match.start("name") + delta, match.end("name") + delta

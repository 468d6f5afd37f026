"""Rule ``label-gloss``: a real name in brackets after a pseudonym or a family role.

Writers gloss the label they chose with the name it stands for: "Child K (Amelia)", "Mother
(Jade) told the midwife", a note's shorthand "P/F (Jordan)", "FOB (Kieran)", "CHILD K (AMELIA): NEGLECT AND A NEW PARTNER" in a title, "Sibling 1
(known as Tia)". The bracket after a label holds a name when one of its words is a first
name, or a word that no English word, place or public body explains; an age, a role, a
label ("Father (Mr B)"), an acronym ("Mother (MGM)") or words of prose ("(the subject)",
"(deceased)") are not names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.gazetteer import gazetteer
from review_library.redaction.rules.text import word_set

# The labels reviews give people: a role or kinship word, or a word and a letter or number
# ("Child K", "Young Person J", "Adult M", "Sibling 1", "Mr B"), right before the bracket. Any
# case: titles are often in capitals. Only spaces or tabs between label and bracket.
LABEL_BEFORE = re.compile(
    r"(?i:\b(?:(?:child|young person|adult|baby|infant|sibling|mr|mrs|ms|miss|person)"
    r"[ \t]+[A-Z]{1,2}\d?|sibling[ \t]+\d|(?:step-?)?(?:mother|father|mum|dad)|"
    r"grand(?:mother|father|ma|pa|ad|dad|mum)|nan|nanna|aunt|auntie|uncle|brother|sister|"
    r"partner|carer|boyfriend|girlfriend))[ \t]*$"
    # the shorthand of health and social care notes, in capitals, a slash or none between:
    # "P/F (Jordan)", "M/GM (Shirley)", "FOB (Kieran)", "B/F", "MGF", "PGM", "SF", "E/P"
    r"|(?<![\w/])(?:[MP]/?G[MF]|G/?[MF]|[BGP]/?F|[FM]OB|S/?[FM]|E/?P|N/?P|[MP]/[AU])[ \t]*$"
)
# What the bracket holds: one or two words, after "known as" and the like.
GLOSS_RE = re.compile(
    r"\((?:(?i:known as|called|real name|name:?)[ \t]+)?"
    r"(?P<name>[A-Za-z][A-Za-z'’\-]+(?:[ \t][A-Za-z][A-Za-z'’\-]+)?)\)"
)
# Words of a gloss that say who or what, never a name.
NOT_NAMES = word_set(
    "deceased subject victim perpetrator paternal maternal elder eldest younger youngest older "
    "twin twins half step foster adoptive birth biological"
)
_LABEL_INSIDE = re.compile(r"(?i:(?:mr|mrs|ms|miss|child|adult)[ \t]+[A-Z]{1,2}\d?)$")


def _names_someone(words: list[str]) -> bool:
    names = gazetteer()
    for word in words:
        key = word.lower().strip("'’-")
        if len(key) < 3 or key in NOT_NAMES:
            continue
        if word.isupper() and len(word) <= 4 and not names.is_first(key):
            continue  # an acronym: "MGM", "PGF"
        if names.is_first(key) or not names.explained(key):
            return True
    return False


def find(text: str) -> Iterator[Hit]:
    # Brackets are few: each is read, and only a gloss's is checked for a label before it.
    position = text.find("(")
    while position != -1:
        match = GLOSS_RE.match(text, position)
        if match is not None and LABEL_BEFORE.search(text, max(0, position - 24), position):
            name = match.group("name")
            if not _LABEL_INSIDE.match(name) and _names_someone(re.split(r"[ \t]", name)):
                yield RULE.hit(match.start("name"), match.end("name"))
        position = text.find("(", position + 1)


RULE = Rule(
    id="label-gloss",
    severity="error",
    message="a name in brackets after a pseudonym or a family role gives the real name away; "
    "remove it",
    summary="A real name glossing a pseudonym or role",
    fix="Remove the name in brackets; the label alone is enough.",
    docs='A name in brackets after a pseudonym or a family role: "Child K (Amelia)", '
    '"Mother (Jade)", "Sibling 1 (known as Tia)", in any case',
    rank=148,
    find=find,
    silenced_by=frozenset({"pseudonym", "author", "partnership", "named_people"}),
)

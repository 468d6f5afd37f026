"""The names gazetteer shared by the name rules: first names, surnames, everyday words.

Also ``NEVER_NAMES``: role titles, months, weekdays, places and pseudonym words that are
never a person's name on their own.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from review_library.redaction.rules.text import fold, strip_possessive, word_set

NEVER_NAMES = word_set(
    """
    child children baby babies adult adults mother father mum dad parent parents sibling
    siblings brother sister son daughter grandmother grandfather grandparent partner carer
    carers person people young youth practitioner practitioners professional professionals
    worker workers social health visitor visitors nurse nurses doctor doctors gp gps officer
    officers police teacher teachers manager managers lead midwife midwives paediatrician
    consultant reviewer reviewers author chair panel board agency agencies family families
    subject victim perpetrator man woman men women boy boys girl girls infant toddler teenager
    neighbour friend uncle aunt cousin male female unknown unborn twin stepfather stepmother
    stepdad stepmum mr mrs ms miss mx dr sir dame prof professor judge justice
    the a an and or but if in on at to of for by with from as into onto upon after before during
    while when where what who why how this that these those there here he she they we it his
    her their our its my your him them all each every both some many most other such no not
    yes also then later however although because since until unless so
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter
    england wales scotland ireland northern british english welsh scottish irish uk
    nhs act review report case team service services council partnership safeguarding
    court school hospital ward unit centre
    """
)


def name_key(word: str) -> str:
    """Gazetteer key of a word: folded, possessive dropped, first part of "Jayden-Lee"."""
    bare = strip_possessive(word)
    if "-" in bare:
        bare = bare.split("-", 1)[0]
    return fold(bare)


@dataclass(frozen=True)
class Gazetteer:
    """Folded first names, surnames and names that are also everyday words."""

    first: frozenset[str]
    surnames: frozenset[str]
    ordinary: frozenset[str]

    def is_first(self, word: str) -> bool:
        key = name_key(word)
        return key in self.first and key not in NEVER_NAMES

    def is_distinctive_first(self, word: str) -> bool:
        """A first name that is not also an everyday word, month, place or role."""
        key = name_key(word)
        return key in self.first and key not in self.ordinary and key not in NEVER_NAMES

    def is_surname(self, word: str) -> bool:
        key = name_key(word)
        return key in self.surnames and key not in NEVER_NAMES

    def is_name(self, word: str) -> bool:
        return self.is_first(word) or self.is_surname(word)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The names shipped in ``redaction/data`` (see data/README.md for sources and licences)."""
    data = resources.files("review_library.redaction") / "data"

    def words(name: str) -> frozenset[str]:
        return frozenset(gzip.decompress(data.joinpath(name).read_bytes()).decode().split())

    return Gazetteer(
        first=words("first_names.txt.gz"),
        surnames=words("surnames.txt.gz"),
        ordinary=words("ordinary_words.txt.gz"),
    )

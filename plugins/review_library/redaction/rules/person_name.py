"""Rule ``person-name``: names found with a gazetteer and context, no language model.

Context that makes a capitalised word a name: a title ("Mrs Morris"), a naming verb
("named Hope", "known as Zeb"), a relation ("his mother, Kelly"). Without context, a
gazetteer first name that is not also an everyday word ("Kayden", but not "Will", "May",
"Grace" or "Hope") is reported, extended by a following surname ("Kayden Morris").
Role titles, months, weekdays and pseudonym words ("Child", "Mother", "Sibling") never are.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from review_library.redaction.rules import Hit, Rule, person_name_words
from review_library.redaction.rules.alias_names import alias_names
from review_library.redaction.rules.capital_names import (
    capital_first_names,
    drawing_names,
    family_plurals,
)
from review_library.redaction.rules.culture import enjoyed
from review_library.redaction.rules.dialect_names import dialect_names
from review_library.redaction.rules.gazetteer import (
    DEMONYMS,
    NEVER_NAMES,
    Gazetteer,
    gazetteer,
    name_key,
)
from review_library.redaction.rules.large_areas import lived_in_area
from review_library.redaction.rules.lower_names import lower_names, lower_names_in_prose
from review_library.redaction.rules.message_names import message_names
from review_library.redaction.rules.reversed_names import reversed_names
from review_library.redaction.rules.role_titles import role_title_names
from review_library.redaction.rules.signed_names import signed_initials, signed_names
from review_library.redaction.rules.speech_names import speech_names
from review_library.redaction.rules.street_name_use import STREET_WORD, leads_institution
from review_library.redaction.rules.text import (
    CAP_WORD,
    LOWER,
    WORD_RE,
    anchored_finditer,
    cap_word_not_after,
    capital_finditer,
    capitalised_words,
    contains_any,
    cue_finditer,
    english_ending,
    fold,
    literal_windows,
    lowered_chunks,
    occurs_any,
    strip_possessive,
    token_set,
    vocabulary,
    welsh_clause,
    word_set,
)
from review_library.redaction.rules.vehicle_registration import MAKE_SET

RULE_ID = "person-name"
MESSAGE = "this looks like a person's name; use the pseudonym or the role ('Mother', 'the health visitor')"
UNDECLARED_MESSAGE = (
    "the subject or the title names a person that no pseudonym declares; use a declared "
    "pseudonym ('Child K', a single first name under 'pseudonyms'), or declare a real name "
    "under redaction.named_people with a reason"
)
PSEUDONYM_MESSAGE = (
    "this declared pseudonym looks like a real person's full name; choose an invented "
    "pseudonym ('Child K', a single first name), or declare a real name under "
    "redaction.named_people with a reason"
)

TITLES = (
    "Mr|Mrs|Ms|Miss|Mx|Dr|Master|Sir|Dame|Prof|Professor|Rev|Revd|Reverend|Cllr|Councillor|"
    "PC|DC|DS|DI|DCI|Sgt|Sergeant|Inspector|Constable|Judge|HHJ|Pastor|Imam|Rabbi|Sheikh|Maulana|Mufti"
)
RELATIONS = (
    "mother|father|mum|mom|dad|brother|sister|half-brother|half-sister|stepbrother|stepsister|"
    "sibling|son|daughter|partner|ex-partner|boyfriend|girlfriend|husband|wife|fiancée|fiancé|fiance|"
    "grandmother|grandfather|grandma|grandad|granddad|grandpa|granny|gran|nan|nana|nanna|nanny|"
    "aunt|auntie|aunty|uncle|cousin|"
    "stepfather|stepmother|stepdad|stepmum|niece|nephew|twin|baby|child|toddler|lodger|"
    "neighbour|friend|carer|elder|eldest|older|oldest|younger|youngest|"
    # Welsh, as reports of Welsh boards write them: mam, brawd, chwaer, nain, taid, modryb ...
    "mam|brawd|chwaer|nain|taid|mamgu|tadcu|modryb|ewythr|cefnder|cyfnither|llysfam|llystad"
)
NAMING = (
    r"(?<!the )(?<!a )named|called|nicknamed|known(?:[ \t]+[\w’']+){0,6}?[ \t]+as|n[ée]e|"
    r"(?:first |given |full |real )?name (?:is|was)|names (?:are|were)|aka|a\.k\.a\.|"
    # what a person is called by, named as a name: "his street name, Skinz", "her middle name
    # Hope", "answered to the name Princess", "her surname was changed from Okafor"
    r"(?:(?:first|given|middle|last|family|street|pet|maiden|birth|gang|real|legal|online|"
    r"previous|former)[ \t]+names?|surname|nickname|forename)(?:[ \t]*[,:]|[ \t]+(?:is|was))?|"
    r"(?:surname|name)[ \t]+was[ \t]+changed[ \t]+(?:from|to)|"
    r"answer(?:s|ed|ing)?[ \t]+to[ \t]+the[ \t]+name(?:[ \t]+of)?|"
    # "referred to as", "refer to him as", "refers to her as", "referred to by the children as"
    r"refer(?:s|red|ring)?[ \t]+to(?:[ \t]+(?:him|her|them|himself|herself)|"
    r"[ \t]+by(?:[ \t]+[\w’']+){1,3}?)?[ \t]+as"
)

# A capitalised word; every name rule starts from one of these (one pass over the text).
# An opening single quote may lead the word ("'Kyle's dad never came'", "'Gaz'"); an
# apostrophe after a letter may not ("O'Brien" holds no name "Brien").
CAP_RE = re.compile(rf"(?<![\w\-@/.#])(?<![\w\-]['’])(?P<name>{CAP_WORD})(?![\w@/])")
TITLE_WORDS = frozenset(t.casefold() for t in TITLES.split("|"))
UPPER_TITLE_RE = re.compile(
    rf"(?<![\w])(?:PC|DC|DS|DI|DCI|HHJ)[ \t]+(?P<name>{CAP_WORD})"
    # In a record written in capitals: "MRS PRITCHARD", "MR O'NEILL".
    r"|(?<![\w])(?:MR|MRS|MS|MISS|DR)\.?[ \t]+(?P<caps>[A-Z](?:[A-Z]|['’\-](?=[A-Z])){2,})(?![\w])"
)
# Where UPPER_TITLE_RE can match: its titles' first two letters (a search led by
# literals skips to them; the pattern itself, led by a look-behind, tries every position).
UPPER_TITLE_START = re.compile(r"PC|DC|DS|DI|HH|MR|MS|MI|DR")
# Lower-case particles of surnames: "Mrs van der Berg", "Mr ap Rhys", "Ms de la Cruz".
PARTICLES = r"(?:van|von|de|der|den|da|di|du|la|le|del|della|dos|das|ter|ten|al|el|bin|ibn|ap|ab)"
# Initials between title and surname, bare or dotted: "Mr R Adebanjo", "Ms A. Patel",
# "Dr A.J. Smith".
AFTER_TITLE_RE = re.compile(
    rf"\.?[ \t]+(?:\n[ \t]*)?(?P<name>(?:[A-Z](?:\.[ \t]*|[ \t]+)(?=[A-Z]\w|[A-Z]\.)){{0,3}}"
    rf"(?:{PARTICLES}(?:[ \t]+|-)){{0,3}}{CAP_WORD})"
)
# Context ending just before a capitalised word: a naming verb or a relation.
CONTEXT_BEFORE_RE = re.compile(
    rf"(?:\b(?:{NAMING})[ \t]+(?:\n[ \t]*)?|\b(?i:{RELATIONS})(?:['’]s)?"
    rf"(?:[ \t]+(?:at|from|of|in)(?:[ \t]+\w+){{1,3}})?"
    # A relation then a comma, colon, dash or bracket: "boyfriend — Lance —", "son (Jamie)".
    rf"(?:[,:]?[ \t]+(?:\n[ \t]*)?|[ \t]*[—–][ \t]*|[ \t]+-[ \t]+|[ \t]*\())"
    rf"[\"“‘']?$"
)
FAMILY_FORM_RE = re.compile(
    r"(?:Nana|Nan|Nanna|Nanny|Granny|Grandma|Grandad|Granddad|Grandpa|Gran|Auntie|Aunty|Aunt|"
    r"Uncle|Cousin|Mum|Dad)\b"
)
NEXT_WORD_RE = re.compile(rf"[ \t]*\n?[ \t]*(?P<name>{CAP_WORD})")
# A cited author, not a person in the case: "Brandon et al. (2020)", "Munro's review (2011)".
CITATION_RE = re.compile(
    r"(?:['’]s)?[ \t]*(?:et al|and colleagues|(?:\w+[ \t]+)?\(\s*(?:19|20)\d\d|,\s*(?:19|20)\d\d|&\s"
    r"|,?[ \t]*(?:[A-Z]\.[ \t]?){1,3}(?:,|\(|and\b|&|et[ \t]+al\b|\s*\(?(?:19|20)\d\d))"
)
# A full name, a year in brackets, then what happens to a child or a person of the case,
# not what an author does: "Jayden Brown (2012) was seen by the school nurse" (a birth year).
YEAR_THEN_PERSON_RE = re.compile(
    r"[ \t]*\(\s*(?:19|20)\d\d\s*\)[ \t]+(?:(?:was|were|had[ \t]+been)[ \t]+(?:seen|taken|admitted|"
    r"born|found|brought|placed|removed|moved|excluded|referred|arrested|missing|living|known)|"
    r"lived|moved|attended|died|went|came|stayed|ran|cried|disclosed|told[ \t]+(?:the|his|her|staff|"
    r"police|a|an))\b"
)


# Surnames that are also months, nationalities or adjectives the name lists never take for
# a name alone: after a title they are one ("DC Young", "Mrs May", "Mr English").
TITLE_SURNAMES = (
    word_set(
        "young may march june july august christmas easter english welsh irish christian "
        "friend male"
    )
    | DEMONYMS
)


def _plausible(word: str) -> bool:
    """A capitalised word that could be a name: two letters or more, no role or stop word."""
    key = fold(strip_possessive(word))
    return len(key) >= 2 and (key not in NEVER_NAMES or key in TITLE_SURNAMES)


def _title_name(text: str, after: re.Match, names: Gazetteer) -> bool:
    """Whether the words after a title name a person. After a dotted initial a new sentence
    may start ("Mr E. Sadly, ...", "Mr E. Wages were paid"): a word that is also an
    everyday one ("Patel", "Wages") then needs punctuation or a person's verb after it."""
    name = after.group("name")
    last = name.split()[-1]
    if not _plausible(last):
        return False
    if "." not in name or fold(last) in TITLE_SURNAMES:
        return True
    if names.is_name_word(fold(strip_possessive(last))) or _unaccounted(last, names):
        return True
    # A surname that no list holds but that is shaped like a place ("-by", "-ley", "-ton") is
    # explained only as a place; after a title and an initial it is a name once it ends the
    # name (a comma, a person's verb), like a listed surname. An everyday word is not.
    key = fold(strip_possessive(last))
    if not names.is_name(last) and (names.is_word(key) or key in names.bodies):
        return False
    end = after.end("name")
    return bool(_NAME_END_RE.match(text, end) or SPEECH_AFTER_RE.match(text, end))


# What may follow a surname ending a title's name: punctuation, a bracket, the line's end,
# or a verb a single person takes ("Ms A. Patel chaired").
_NAME_END_RE = re.compile(
    r"[ \t]*(?:[,;:()\n]|\.?\Z|\.[ \t]*\n|[ \t](?:was|is|has|had|chaired|attended|wrote|"
    r"led|agreed|noted|joined)\b"
    # A closing quote (an address line: '"Mrs N. Hill" on the envelope'), or a word that joins
    # the name to the rest of the clause: "Mr K. Fisher and his son", "Ms D. Rose at the school".
    r"|[\"”’'](?!\w)|[ \t](?:and|or|at|as|from|of|in|on|to|who|whose|with|for|by)[ \t])"
)


def _extend(text: str, end: int, names: Gazetteer, limit: int = 2) -> int:
    """Extend a name over following surnames ("Kayden" -> "Kayden Lee Morris"), and over a
    word on the same line that no list explains ("Lee Brammall": a surname in no list)."""
    for _ in range(limit):
        match = NEXT_WORD_RE.match(text, end)
        if not match:
            break
        word = match.group("name")
        if (
            not names.is_name(word)
            # a double-barrelled surname with a place-like part: "Helen Ashcombe-Ryder"
            and not ("-" in word and _surname_like(word, names))
            and ("\n" in text[end : match.start("name")] or not _unaccounted(word, names))
        ):
            break
        if fold(strip_possessive(word)) in names.ordinary and (
            not names.is_surname(word) or _HEADS_PHRASE_RE.match(text, match.end("name"))
        ):
            break  # "Adam" then "Death of a child ...", "Ghislaine Miller Date of publication:"
        end = match.end("name")
        if word.endswith(("'s", "’s")):
            break
    return end


# After a word that is also a surname ("Date", "Death", "Head"), what makes it a noun that
# opens a phrase or a label: "of" and a lower-case word, or a colon.
_HEADS_PHRASE_RE = re.compile(r"[ \t]+of[ \t]+[a-z]|[ \t]*:")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing possessive from a span, so allowances match "Zeb's" as "Zeb"."""
    word = text[start:end]
    stripped = strip_possessive(word)
    return start, start + len(stripped)


NAMING_WORDS = ("named", "called", "known", "name", "aka", "a.k.a", "referred", "refer", "refers",
                "referring", "née", "nee")  # fmt: skip


# Without CAP_RE's look-behind the engine can skip to capital letters: used to list the
# distinct capitalised words; occurrences are then checked for word boundaries.
CAP_FAST_RE = re.compile(CAP_WORD)


@lru_cache(maxsize=4)
def _capitalised(text: str) -> tuple[list[tuple[int, str]], frozenset[str]]:
    """Every capitalised word of a text with its offset, and the distinct words: one pass at
    C speed, shared by the rule's scans (one ``str.find`` loop per word scanned the whole
    text once per word)."""
    found = [(m.start(), m.group()) for m in CAP_FAST_RE.finditer(text)]
    return found, frozenset(word for _, word in found)


_FEW_WORDS = 16


def _occurrences(text: str, words: list[str]) -> list[re.Match]:
    """Matches of CAP_RE at each whole-word occurrence of the given words, in text order."""
    wanted = frozenset(words)
    found = []
    if len(wanted) <= _FEW_WORDS:
        # Usually a few words: a str.find loop each costs less than listing every capitalised
        # word with its offset. Same matches: where CAP_RE's look-behind passes, no
        # capitalised word runs on from before, so the word listed there is CAP_WORD's match.
        for word in wanted:
            position = text.find(word)
            while position != -1:
                match = CAP_RE.match(text, position)
                if (
                    match
                    and match.group("name") == word
                    and CAP_FAST_RE.match(text, position).group() == word
                ):
                    found.append(match)
                position = text.find(word, position + 1)
        found.sort(key=lambda match: match.start())
        return found
    for position, word in _capitalised(text)[0]:
        if word in wanted:
            match = CAP_RE.match(text, position)
            if match and match.group("name") == word:
                found.append(match)
    return found


_CATEGORY: dict[str, int] = {}
_TITLE, _FIRST, _SURNAME = 1, 2, 3


def _category(word: str) -> int:
    """0 not a name, 1 title, 2 first name, 3 surname only (cached per spelling)."""
    found = _CATEGORY.get(word)
    if found is None:
        names = gazetteer()
        key = name_key(word)
        if CONTRACTION_RE.search(word):
            found = 0  # "I'm", "We'll"
        elif key in TITLE_WORDS:
            found = _TITLE
        elif key in NEVER_NAMES:
            found = 0
        elif key in names.first:
            found = _FIRST
        elif key in names.surnames:
            found = _SURNAME
        else:
            found = 0
        if len(_CATEGORY) < 200_000:
            _CATEGORY[word] = found
    return found


def _relevant(word: str, naming: bool) -> bool:
    category = _category(word)
    return category in (_TITLE, _FIRST) or (category == _SURNAME and naming)


def find(text: str) -> Iterator[Hit]:
    """Person names in ``text`` (overlapping hits are merged by the engine)."""
    names = gazetteer()
    kept = [
        hit
        for hit in _candidates(text, names)
        if _kept(text, hit, names) and not _welsh_word(text, hit)
    ]
    yield from kept
    for hit in _coordinated(text, kept, names):
        if _kept(text, hit, names):
            yield hit
    yield from _dialect(text, names)
    yield from _speech_names(text, names)
    yield from _signed_names(text, names)
    yield from _reversed(text, names)
    for start, end in capital_first_names(text, names):
        yield RULE.hit(start, end, "a first name written in capitals")
    for start, end in family_plurals(text, names):
        yield RULE.hit(start, end, "a family called by its surname")
    for start, end in drawing_names(text, names, ROLE_ABBREVIATIONS):
        yield RULE.hit(start, end, "a name in capitals beside a family word, as a child writes")
    for start, end in lower_names(text, names):
        yield RULE.hit(start, end, "a first name typed in lower case, opening a clause")
    for start, end in lower_names_in_prose(text):
        yield RULE.hit(start, end, "a first name typed in lower case beside a person's word")
    for start, end in role_title_names(text, names):
        yield RULE.hit(start, end, "a name after a nursing or religious title")
    for start, end in signed_initials(text, ROLE_ABBREVIATIONS):
        yield RULE.hit(start, end, "initials signing the report beside a role")
    for start, end in alias_names(text, names):
        yield RULE.hit(start, end, "an alias or nickname after aka, also called, went by")
    if "‘" in text or "“" in text or '"' in text or "'" in text:
        yield from _message_nicknames(text, names)


def _message_nicknames(text: str, names: Gazetteer) -> Iterator[Hit]:
    """ "tell deano to ring me": a lower-case name in a quoted message (message_names.py)."""

    def is_word(word: str) -> bool:
        return names.is_word(word) or word in NEVER_NAMES or word in names.bodies

    def is_first(word: str) -> bool:
        return names.is_distinctive_first(word)

    def any_first(word: str) -> bool:
        return word in names.first and word not in NEVER_NAMES

    for start, end in message_names(text, is_word, is_first, any_first):
        yield RULE.hit(start, end, "a lower-case name in a quoted message")


def _speech_names(text: str, names: Gazetteer) -> Iterator[Hit]:
    """ "'Saffron's not been right'", "'Haftom' was the name", "Mali fach" (speech_names.py)."""

    def may_be_name(word: str) -> bool:
        key = name_key(word)
        return not (
            key in NEVER_NAMES
            or key in TITLE_WORDS
            or key in _PERSON_WORDS
            or key in _CALENDAR_WORDS
            or PSEUDONYM_LABELS.match(word)
        ) and (key in names.first or not names.explained(key))

    for start, end in speech_names(text, may_be_name):
        yield RULE.hit(start, end, "a name by its place in speech")


def _signed_names(text: str, names: Gazetteer) -> Iterator[Hit]:
    """ "it's Dawn from the nursery", '"Amber xx"', a name under "Best wishes," (signed_names.py)."""

    def first_name(word: str) -> bool:
        key = name_key(word)
        return key in names.first and not (
            key in NEVER_NAMES
            or key in TITLE_WORDS
            or key in _PERSON_WORDS
            or key in _CALENDAR_WORDS
            or key in _ADDRESS_TERMS
            or PSEUDONYM_LABELS.match(word)
        )

    for start, end in signed_names(text, first_name):
        yield RULE.hit(start, end, "a name by its place in a message")


def _reversed(text: str, names: Gazetteer) -> Iterator[Hit]:
    """ "she signed it 'ylimE'": a name written backwards (reversed_names.py)."""

    def reversed_name(word: str) -> bool:
        key = name_key(word)
        # "blindC", "roundB": a word with a series letter after it, no name reversed
        return key in names.first or not (names.explained(key) or names.is_word(key[1:][::-1]))

    for start, end in reversed_names(text, reversed_name):
        yield RULE.hit(start, end, "a name written backwards")


def _dialect(text: str, names: Gazetteer) -> Iterator[Hit]:
    """ "our Shane'll", "me and Jordan": a first name as family speech says it."""

    def first_name(word: str) -> bool:
        key = name_key(word)
        return names.is_distinctive_first(word) or (
            key in names.first and not names.is_word(key) and key not in names.bodies
        )

    for start, end in dialect_names(text, first_name):
        yield RULE.hit(start, end)


def _welsh_word(text: str, hit: Hit) -> bool:
    """A lower-case word of a sentence written in Welsh ("bod dim arian", "a gymerodd ran"),
    which no English list explains; names are capitalised in Welsh as in English; or a
    Welsh day or month after the word that names it as one ("dydd Sul", "ym mis Medi")."""
    if text[hit.start].islower():
        return welsh_clause(text, hit.start)
    day = WELSH_CALENDAR_RE.search(text, max(0, hit.start - 12), hit.end)
    return day is not None and day.end() == hit.end


# Welsh names its days and months after a word for day, night, morning or month, as English
# capitalises "Monday": "dydd Sul", "ddydd Gwener", "nos Sadwrn", "fore Llun", "mis Medi".
WELSH_CALENDAR_RE = re.compile(
    r"\b(?i:dydd|ddydd|nydd|nos|fore|bore|prynhawn|pnawn|mis|fis)[ \t]+"
    r"(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul|Ionawr|Chwefror|Ebrill|Mai|Mehefin|"
    r"Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\b"
)


THING_AFTER_RE = re.compile(rf"[ \t]+(?:(?:of|and|for|in|on|the)[ \t]+)?(?P<next>{CAP_WORD})")


def _names_a_thing(text: str, end: int, names: Gazetteer) -> bool:
    """An English word followed by a capitalised word that is no name names a model, a
    programme or an operation ("known as Signs of Safety"), not a person."""
    after = THING_AFTER_RE.match(text, end)
    return bool(after) and not names.is_name(after.group("next"))


def _plural_of_word(key: str, names: Gazetteer) -> bool:
    """A listed first name that is the plural of an English word that is no name ("numbers")."""
    return key.endswith("s") and key[:-1] in names.vocabulary and key[:-1] not in names.first


# A book of the Bible with chapter and verse: "John 3:16".
VERSE_AFTER_RE = re.compile(r"[ \t]+\d{1,3}:\d{1,3}\b")


# A card's or a letter's sign-off: "LOVE FROM ALL OF US", "Love and hugs from Kayden". The
# word before "from" is the greeting, never the sender; the sender after it is still read.
SIGN_OFF_RE = re.compile(
    r"(?i:love|lots[ \t]+of[ \t]+love|hugs|kisses|cuddles|best[ \t]+wishes|wishes)"
    r"(?:[ \t]+(?i:and|&)[ \t]+(?i:hugs|kisses|cuddles|love))?[ \t,]+(?i:from)\b"
)


def _kept(text: str, hit: Hit, names: Gazetteer) -> bool:
    return (
        not _compound_word(text, hit, names)
        and not SIGN_OFF_RE.match(text, hit.start)
        and not lived_in_area(text, hit.start, hit.end)
        and not VERSE_AFTER_RE.match(text, hit.end)
        and not _published(text, hit, names)
        and not _in_citation(text, hit)
        and not ORGANISATION_AFTER_RE.match(text, hit.end)
        and not ORGANISATION_END_RE.search(text, hit.start, hit.end)
        and not AREA_OF_RE.search(text, max(0, hit.start - 40), hit.start)
        and not _quoted_title(text, hit, names)
        and not PLACE_PREFIX_RE.search(text, max(0, hit.start - 8), hit.start)
        and not _DENOMINATION_RE.match(text, hit.start)
        and not _business(text, hit)
        and not _authority(text, hit)
        and not _judge_of_authority(text, hit)
        and not _performer(text, hit)
        and not _screen_title(text, hit)
        and not enjoyed(text, hit.start, hit.end, names)
        and not RESEARCHER_BEFORE_RE.search(text, max(0, hit.start - 80), hit.start)
        and not _vehicle_model(text, hit)
        and not _opening_before_label(text, hit, names)
        and not _eponym(text, hit)
        and not _street_of_institution(text, hit)
    )


# "Great Ormond Street Hospital": a street's name leading an institution's is no person's
# (the hit may hold the street word, "Ormond Street", or stop before it).
_STREET_LAST_RE = re.compile(rf"[ \t]{STREET_WORD}\Z")
_STREET_NEXT_RE = re.compile(rf"[ \t]+{STREET_WORD}\b")


def _street_of_institution(text: str, hit: Hit) -> bool:
    end = hit.end
    if not _STREET_LAST_RE.search(text, hit.start, end):
        after = _STREET_NEXT_RE.match(text, end)
        if after is None:
            return False
        end = after.end()
    return leads_institution(text, end)


# A condition named after the doctor who described it: "Addison's disease", "Ehlers-Danlos
# syndrome", "Bell's palsy", "Guillain-Barré syndrome". The clinical noun follows the name
# at once; a person of the case has a title or a role before the name ("Mr Addison's
# illness", "Mr Addison's disease progressed" keeps its title and stays a name).
EPONYM_AFTER_RE = re.compile(
    r"(?:['’]s?)?[ \t]+(?:disease|syndrome|palsy|disorder|sarcoma|lymphoma|chorea|ataxia|"
    r"dystrophy|paralysis|phenomenon|anomaly|encephalopathy|neuralgia|contracture|"
    r"tumou?rs?|sign|triad)\b"
)
TITLE_BEFORE_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Nurse|Sister)\.?[ \t]+"
    r"(?:[A-Z][\w'’-]*[ \t]+)?\Z"
)


def _eponym(text: str, hit: Hit) -> bool:
    return bool(
        EPONYM_AFTER_RE.match(text, hit.end)
        and not TITLE_BEFORE_RE.search(text, max(0, hit.start - 30), hit.start)
    )


# A lone capital letter closing a pseudonym label: "Plentyn Q yn", "Oedolyn G,".
LABEL_LETTER_AFTER_RE = re.compile(r"[ \t]+[A-Z](?![\w'’.\-])")


def _opening_before_label(text: str, hit: Hit, names: Gazetteer) -> bool:
    """Two words opening a sentence, the second a word that is no name followed by a lone
    letter: the label of a pseudonym in another language ("Mae Plentyn Q yn byw ...", Welsh
    for "Child Q lives ...") after a capitalised first word, not a first name and surname.
    ("Mae Siân Q" keeps its name: "Siân" is one.)"""
    words = text[hit.start : hit.end].split()
    if len(words) != 2 or not LABEL_LETTER_AFTER_RE.match(text, hit.end):
        return False
    return (
        not names.is_name(words[1])
        # "Tyler Okonkwo B said": a first name that is no word still opens a name
        and not names.is_distinctive_first(words[0])
        and at_sentence_start(text, hit.start)
    )


# A car's make, capitalised, right before the word, after an article, a possessive or a
# colour ("a Seat Leon", "his silver Vauxhall Astra"): the word is the model, not a person.
MAKE_BEFORE_RE = re.compile(
    r"(?<![\w\-'’])(?P<make>[A-Z][a-z]+(?:[ \t]+Rover)?)[ \t]*\n?[ \t]*(?<=\s)\Z"
)
VEHICLE_OWNER_BEFORE_RE = re.compile(
    r"(?i:\b(?:a|an|the|his|her|their|its|my|our|your|one|old|new|second-hand|hired|"
    r"rented|[a-z]+-coloured|black|white|silver|grey|gray|red|blue|green|maroon|yellow|"
    r"orange|gold|dark|light|battered|small|large|\d{2,4})[ \t]*\n?[ \t]*(?<=\s))\Z"
)


def _vehicle_model(text: str, hit: Hit) -> bool:
    # The hit may hold the make and the model both ("an old <make> <model>"): the make
    # leads it, after the same article, possessive or colour.
    words = text[hit.start : hit.end].split()
    if len(words) >= 2 and words[0].lower() in MAKE_SET:
        owner = VEHICLE_OWNER_BEFORE_RE.search(text, max(0, hit.start - 24), hit.start)
        if owner is not None:
            return True
    make = MAKE_BEFORE_RE.search(text, max(0, hit.start - 24), hit.start)
    if make is None or make.group("make").lower() not in MAKE_SET:
        return False
    return VEHICLE_OWNER_BEFORE_RE.search(text, max(0, make.start() - 24), make.start()) is not None


# The author of research the review draws on: "the research on crying by Professor <name>",
# "a study by <name>", "the research of <name>". A person of the case does no research; a
# "review by Dr <name>" or "the work of <name>" may be the family's doctor, and stays.
RESEARCHER_BEFORE_RE = re.compile(
    r"\b(?:research(?:\s+[^.;:!?\n\x00]{0,40}?)?\s+(?:by|of)|(?:studies|study|book|paper|"
    r"evaluation|survey)\s+by|"
    # a model or theory and its author: "the model developed by Professor <name>", "the
    # theory of Dr <name>", "the writing of <name> about attachment" (a person of the case
    # develops no model and writes no theory)
    r"(?:models?|frameworks?|theory|theories|typology|toolkit|tool|concept|triangle)\s+"
    r"(?:first\s+)?(?:developed|devised|proposed|designed|created|described)\s+by|"
    r"\b(?i:the|her|his|their)\s+(?:writings?|theories|theory|typology)\s+of)"
    # the hit may be the surname only, after the first name
    r"\s+(?:(?:Professor|Prof\.?|Dr\.?|Sir|Dame)\s+)?(?:[A-Z][\w'’\-]*\s+)?\Z"
)


# A pen picture names the performers a child or adult liked: "a poster of <footballer> above
# his bed", "a fan of <singer>", "music, especially <singer> and <singer>", "films starring
# <actor>", "had seen <singer> live". The cue is what one does with a performer's work, never
# with a person of the case (nobody is "a poster of" their brother). Speaking and listening
# to someone are no cue ("nobody listened to Dee").
PERFORMER_BEFORE_RE = re.compile(
    # not "missing posters of <child>", "an appeal poster of"
    r"\b(?:(?<!missing\s)(?<!appeal\s)(?<!police\s)posters?\s+of|"
    # not "Mother was not a fan of <her partner>"
    r"(?<!not\s)(?:a|the)\s+(?:(?:huge|big|biggest|devoted|keen|great|massive)\s+)?fans?\s+of|"
    # not "films of <child>" (recordings of him) or "photo albums of"
    r"(?:music|songs)\s+(?:of|by)|albums?\s+by|(?:films|movies)\s+(?:starring|featuring)|"
    r"(?:music|songs|films|movies|singers|bands|actors|footballers)\s*,?\s+"
    r"(?:especially|particularly|notably|like|such\s+as|including)|starring|featuring)"
    r"\s+\Z"
)
# Not "watched <name> live on Instagram": a person of the case may stream herself.
PERFORMER_AFTER_RE = re.compile(r"\s+(?:live(?![\w-])(?!\s+on\b)|in\s+concert|on\s+tour)\b")
SEEN_BEFORE_RE = re.compile(r"\b(?:seen|see|saw|seeing)\s+\Z")
FIRST_NAMES_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?:{CAP_WORD}\s+){{1,2}}\Z")
# Names before this one in a list: "<singer>, <singer> and ".
LISTED_BEFORE_RE = re.compile(
    rf"(?:{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}}(?:\s*,\s*|\s+(?:and|or|&)\s+)){{1,4}}\Z"
)


def _performer(text: str, hit: Hit) -> bool:
    """A name whose cue shows a performer, not a person of the case (see above); a name in a
    list after such a cue is a performer too."""
    start = hit.start
    # The hit may be the surname only ("Salah" of "<first name> Salah").
    first = FIRST_NAMES_BEFORE_RE.search(text, max(0, start - 40), start)
    if first is not None:
        start = first.start()
    window = max(0, start - 80)
    if PERFORMER_BEFORE_RE.search(text, window, start):
        return True
    if SEEN_BEFORE_RE.search(text, max(0, start - 10), start) and PERFORMER_AFTER_RE.match(
        text, hit.end
    ):
        return True
    listed = LISTED_BEFORE_RE.search(text, max(0, start - 120), start)
    return bool(listed) and bool(
        PERFORMER_BEFORE_RE.search(text, max(0, listed.start() - 80), listed.start())
    )


# A programme's title read as a person's name: "enjoyed watching Doctor Who and Gavin &
# Stacey", "her favourite shows were <title> and <title>". "Watched" is also minding a
# child ("Nain watched Kayden"), so after it the sentence must show a screen (a device, a
# channel, episodes) or a title's "&"; "favourite programme" says it alone.
WATCH_BEFORE_RE = re.compile(r"\b(?i:watch(?:ed|es|ing)?)\s+\Z")
FAVOURITE_BEFORE_RE = re.compile(
    r"\b(?i:favou?rite\s+(?:(?:tv|television|kids['’]?|children['’]s)\s+)?(?:programmes?|"
    r"shows?|series|cartoons?|films?|movies?|soaps?|box\s+sets?)(?:\s+(?:was|were|is|are|"
    r"included|being))?)\s*[:,]?\s+\Z"
)
SCREEN_WORD_RE = re.compile(
    r"\b(?i:on\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:tv|television|telly|tablet|ipad|"
    r"iplayer|netflix|youtube|dvd|laptop|phone|screen)|episodes?|box\s+sets?|programmes?|videos?|dvds?|"
    r"series|cartoons?|channel|cbeebies|streaming|on\s+repeat|re-?runs|repeats)\b"
)

# "Gavin & Stacey": an ampersand between capitalised words is a title's, not prose's "and".
TITLE_AMPERSAND_RE = re.compile(rf"{CAP_WORD}[ \t]*&[ \t]*{CAP_WORD}")


def _screen_title(text: str, hit: Hit) -> bool:
    """A name that a screen cue shows is a programme's title (see above)."""
    start = hit.start
    first = FIRST_NAMES_BEFORE_RE.search(text, max(0, start - 40), start)
    if first is not None:
        start = first.start()
    listed = LISTED_BEFORE_RE.search(text, max(0, start - 120), start)
    cue_ends = (start, listed.start()) if listed is not None else (start,)
    for end in cue_ends:
        if FAVOURITE_BEFORE_RE.search(text, max(0, end - 80), end):
            return True
        if WATCH_BEFORE_RE.search(text, max(0, end - 12), end):
            begin = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end)) + 1
            stop = _sentence_stop(text, hit.end)
            sentence = text[begin:stop]
            if SCREEN_WORD_RE.search(sentence) or TITLE_AMPERSAND_RE.search(text, end, stop):
                return True
    return False


def _sentence_stop(text: str, position: int) -> int:
    ends = [i for i in (text.find(". ", position), text.find("\n", position)) if i >= 0]
    return min(ends) if ends else len(text)


# A reported case or a test named after its party, cited as the law: "the Montgomery ruling
# on consent", "the Gillick principles", "the Bolam test" (one word after "the").
_AUTHORITY_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+\Z")
_AUTHORITY_AFTER_RE = re.compile(
    r"[ \t]+(?:ruling|judgment|judgement|test|principles|guidelines|criteria|competence)\b"
)


def _authority(text: str, hit: Hit) -> bool:
    return bool(
        _AUTHORITY_AFTER_RE.match(text, hit.end)
        and _AUTHORITY_BEFORE_RE.search(text, max(0, hit.start - 6), hit.start)
        and " " not in text[hit.start : hit.end]
    )


# A possessive standing alone where work or shopping is done names a business after its
# founder: "worked evenings at Papa John's", "bought food from Nando's most nights" (not
# "stayed at Nana Pat's", not "worked for Karen's cleaning firm", whose noun follows).
COMMERCE_BEFORE_RE = re.compile(
    r"\b(?:work(?:ed|s|ing)?|jobs?|shifts?|employed|employment|bought|buy(?:s|ing)?|ordered|"
    r"orders?|takeaways?|deliver(?:y|ies|ed)|shopped|shopping|shop|customers?|staff)\b"
    r"(?:[ \t]+[\w’']+){0,3}[ \t]+(?:at|from|in|for|by)[ \t]+(?:[A-Z][\w’'\-]*[ \t]+)?\Z"
)
BARE_POSSESSIVE_END_RE = re.compile(
    r"[ \t]*(?:[.,;:!?)\n]|\Z|[ \t]+(?:until|and|for|most|when|where|in|on|at|as|before|after|"
    r"during|while|every|each|but|then|so|because|or|which|who|that|with|near|since|from|"
    r"to|part-time|full-time)\b)"
)


def _business(text: str, hit: Hit) -> bool:
    end = hit.end if text[hit.end - 2 : hit.end] in ("'s", "’s") else hit.end + 2
    return (
        text[end - 2 : end] in ("'s", "’s")
        and bool(BARE_POSSESSIVE_END_RE.match(text, end))
        and bool(COMMERCE_BEFORE_RE.search(text, max(0, hit.start - 60), hit.start))
    )


# "Roman" of a denomination is no first name: "Roman Catholic schools", "a Roman Catholic".
_DENOMINATION_RE = re.compile(r"Roman[ \t]+Catholic")


_TITLE_PART = rf"(?:{CAP_WORD}|and|of|&)"
QUOTED_TITLE_BEFORE_RE = re.compile(rf"[\"“](?:{_TITLE_PART}[ \t]+)*\Z")
# At most a dozen words to the closing quote: a title holds two to four capitalised words,
# and an unbounded run tried after every hit read a long line once a hit.
QUOTED_TITLE_AFTER_RE = re.compile(rf"(?:[ \t]+{_TITLE_PART}){{0,12}}[\"”]")


def _quoted_title(text: str, hit: Hit, names: Gazetteer) -> bool:
    """A hit inside a short quoted title of everyday words joined by "and" or "of": the name
    of a project or a programme ('"Hope and Faith"', '"Grace and Favour"'), not people."""
    if text[hit.start - 1 : hit.start] not in ('"', "“", " ", "\t"):
        return False
    before = QUOTED_TITLE_BEFORE_RE.search(text, max(0, hit.start - 40), hit.start)
    after = QUOTED_TITLE_AFTER_RE.match(text, hit.end)
    if before is None or after is None:
        return False
    words = text[before.start() + 1 : after.end() - 1].split()
    joined = [w for w in words if w in ("and", "of", "&")]
    capitalised = [w for w in words if w not in ("and", "of", "&")]
    return (
        bool(joined)
        and 2 <= len(capitalised) <= 4
        # a first name counts only when it is an everyday word ("Hope", "Grace"), so that
        # quoted first names are still found ('"Kyle and Mason"')
        and all(
            names.is_word(name_key(w)) and (_category(w) != _FIRST or name_key(w) in names.ordinary)
            for w in capitalised
        )
    )


# A first name after a word that begins a town's name is the town: "Fort William", "Port
# Talbot", "Fort Augustus", "Mount Edgcumbe".
PLACE_PREFIX_RE = re.compile(r"(?<![\w\-'’])(?:Fort|Port|Mount)[ \t]+\Z")


# A name after the body or area it names: "the Borough of Wessex", "the University of
# Kestle", "the Vale of Morfa", "the University of East Kestle".
AREA_OF_RE = re.compile(
    r"\b(?:Borough|County|City|District|Council|University|Diocese|Archdiocese|Isle|Vale|Port)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:North|South|East|West|Central|Mid|Greater|Upper|Lower)"
    r"[ \t]+)?\Z"
)


# Words before a name that make it a person's: relations, labels, forms of address.
_PERSON_WORDS = frozenset(RELATIONS.split("|")) | word_set(
    """child adult sibling baby person young mother father mam mammy mummy daddy mama nain taid tad
    dadi mamgu tadcu gramps grampy bampi bampa mr mrs ms miss mx dr sir dame prof professor judge justice
    officer worker carer nurse teacher manager reviewer chair partner friend neighbour"""
)
_WORD_BEFORE_RE = re.compile(rf"(?<![\w\-'’])({CAP_WORD})[ \t]+\Z")
# Words that open a clause before its subject: the name after them is no second word of a
# compound ("Because Joy was in the room", "Once Patience left"), nor after a question's
# verb ("Did Destiny tell anyone?").
CLAUSE_OPENERS = word_set(
    """when whenever while whilst after before because since once until unless although though
    if as and but so then where whereas that whether
    was were did does had has is would could should can"""
)


def _compound_word(text: str, hit: Hit, names: Gazetteer) -> bool:
    """A one-word hit that is also an English word, after a capitalised English word that
    is no name, title or relation, ends the name of a thing: "the Maternity Wing", "Health
    Park", "Retail Park" (not "Grace Park", "DC Young", "Nanny Pat")."""
    word = text[hit.start : hit.end]
    if " " in word or not names.is_word(name_key(word)):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, hit.start - 30), hit.start)
    if before is None:
        return False
    previous = before.group(1)
    key = name_key(previous)
    if key in CLAUSE_OPENERS:
        return False  # "When Blessing arrived", "After Rowan moved out": no compound
    return (
        names.is_word(key)
        and key not in _PERSON_WORDS
        and key not in TITLE_WORDS
        and not names.is_name(previous)
        and not at_sentence_start(text, hit.start)
    )


# A span that ends with an organisation word: "Barnardo's Homes" read on from "Dr".
ORGANISATION_END_RE = re.compile(r"[ \t](?:Homes|Trust|Foundation|Publishers|Press)\Z")


COORDINATED_BEFORE_RE = re.compile(
    rf"(?<![\w\-'’])({CAP_WORD})(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)\Z"
)
COORDINATED_AFTER_RE = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)({CAP_WORD})(?![\w\-])")


def _coordinated(text: str, hits: list[Hit], names: Gazetteer) -> Iterator[Hit]:
    """A first name joined to a name found ("Hamza and Bilal", "Sky, Rowan and Kai"): in a
    list of people a listed first name needs no cue of its own, even one that is a word."""
    for hit in hits:
        before = COORDINATED_BEFORE_RE.search(text, max(0, hit.start - 40), hit.start)
        if before and _category(before.group(1)) == _FIRST:
            yield Hit(*_trim(text, before.start(1), before.end(1)), RULE_ID, MESSAGE)
        after = COORDINATED_AFTER_RE.match(text, hit.end)
        if after and _category(after.group(1)) == _FIRST:
            yield Hit(*_trim(text, after.start(1), after.end(1)), RULE_ID, MESSAGE)


# A name followed by one of these words names an organisation ("Jessica Kingsley
# Publishers", "Anna Freud Centre", "Lucy Faithfull Foundation").
ORGANISATION_AFTER_RE = re.compile(
    r"(?:['’]s)?[ \t]+(?:Publishers|Publishing|Press|Books|Ltd|Limited|plc|PLC|LLP|Trust|"
    r"Foundation|Institute|Centre|Center|Fund|Charity|Society|Associates|Consulting|Partnership|"
    r"Group|Award|Prize|Lecture|Review|Inquiry|Report|Syndrome|Disease|Scale|Model|Homes)\b"
    # an organisation named after a word or a place, with what it does between: "Sahara
    # Women's Aid", "Tai Dyffryn Housing Association", "Roshni Advocacy Project", "Orrin
    # Research Ltd" (the company rule judges it)
    r"|(?:[ \t]+[A-Z][\w’'\-]*){0,2}[ \t]+(?:Aid|Association|Network|Alliance|Advocacy|"
    r"Collective|Project|Consortium|Coalition|Co-operative|Cooperative|CIC|Agency|Ltd|Limited|"
    r"LLP|plc|PLC)\b(?![ \t]+of\b)"
    # an area before the public body named after it: "North Wessex Police", "Wessex
    # Constabulary", "Kestle Borough Council", "Merrow Fire and Rescue Service"
    r"|(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w’'\-]*)?[ \t]+(?:Police|Constabulary|Council|"
    r"County[ \t]+Council|Borough|City[ \t]+Council|Fire[ \t]+and[ \t]+Rescue|Ambulance[ \t]+Service|"
    r"Probation|Healthcare|Health[ \t]+Board|Integrated[ \t]+Care|Community[ \t]+Safety|"
    r"Safeguarding[ \t]+(?:Children|Adults|Board|Partnership))\b"
    # a place of publication before its publisher: "Lyme Regis: Russell House Publishing"
    r"|(?:[ \t]+[A-Z][\w’'\-]*)?:[ \t]+(?:[A-Z][\w&’'\-]*[ \t]+){0,4}"
    r"(?:Press|Publishing|Publishers|Books|Publications)\b"
)


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d[a-z]?\b")


# A judge by the title of the bench ("Lord Justice <name>", "Sir <name>", "<name> LJ") in a
# sentence that cites a reported case ("in Re B-S", "[2013] EWCA Civ 1146", "<party> v
# <party>"): a public judgment the review draws on. A judge named without a citation may
# have heard the family's own case, and stays.
JUDGE_TITLE_BEFORE_RE = re.compile(
    r"\b(?:(?:Lord|Lady|Mr|Mrs|Ms)\s+Justice|Sir|Dame|Baroness|Lord|Lady)\s+"
    r"(?:[A-Z][\w'’\-]*\s+)?\Z"
)
JUDGE_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:LJ|J|P|MR|JSC)\b")
CITED_CASE_RE = re.compile(
    r"\bRe\s+[A-Z](?![a-z])|\[(?:19|20)\d{2}\]\s+[A-Z]|\b[A-Z][\w'’\-]*\s+v\.?\s+[A-Z]"
)
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-Z])|\n\s*\n")


def _judge_of_authority(text: str, hit: Hit) -> bool:
    if not (
        JUDGE_TITLE_BEFORE_RE.search(text, max(0, hit.start - 30), hit.start)
        or JUDGE_AFTER_RE.match(text, hit.end)
    ):
        return False
    begin = max(0, hit.start - 200)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, begin, hit.start)]
    begin = ends[-1] if ends else begin
    after = _SENTENCE_END_RE.search(text, hit.end, hit.end + 200)
    stop = after.start() if after else min(len(text), hit.end + 200)
    return CITED_CASE_RE.search(text, begin, stop) is not None


def _in_citation(text: str, hit: Hit) -> bool:
    """A name inside parentheses that hold a year: a citation ("(Fish, Munro and Bairstow,
    2008)"), not a person of the case."""
    open_at = text.rfind("(", max(0, hit.start - 120), hit.start)
    if open_at == -1 or ")" in text[open_at : hit.start]:
        return False
    close_at = text.find(")", hit.end, hit.end + 120)
    if close_at == -1 or "(" in text[hit.end : close_at]:
        return False
    return bool(_YEAR_RE.search(text, open_at, close_at))


def _candidates(text: str, names: Gazetteer) -> Iterator[Hit]:
    yield from _contextual(text, names)
    yield from _other_forms(text, names)
    yield from _odd_case(text, names)
    yield from _listed(text, names)


# A capital inside a word after a lower-case letter, except in Mc/Mac surnames.
_INNER_CAPITAL_RE = re.compile(r"(?<!^Mc)(?<!^Mac)(?<=[a-z])[A-Z]")


# Titles a title-and-capitals scan needs (a case-sensitive gate).
_UPPER_TITLES = ("PC", "DC", "DS", "DI", "HHJ", "MR", "MS", "DR")


def _listed(text: str, names: Gazetteer) -> Iterator[Hit]:
    """Titles with a name, gazetteer first names, names after a naming word or relation."""
    ordinary = names.ordinary
    if contains_any(text, _UPPER_TITLES):
        for match in anchored_finditer(UPPER_TITLE_RE, UPPER_TITLE_START, text):
            if match.group("caps"):
                if fold(match.group("caps")) not in NEVER_NAMES:
                    yield Hit(match.start("caps"), match.end("caps"), RULE_ID, MESSAGE)
            elif _plausible(match.group("name")):
                end = _extend(text, match.end("name"), names)
                yield Hit(*_trim(text, match.start("name"), end), RULE_ID, MESSAGE)
    # Most capitalised words are not names: find the distinct ones at C speed, keep those
    # that could be a name, and visit only their occurrences. A word that is only a surname
    # counts after a naming verb ("known as Okafor"), so only when the text has one.
    naming = occurs_any(NAMING_WORDS, text)
    relevant = [w for w in capitalised_words(text) if _relevant(w, naming)]
    if not relevant:
        return
    for match in _occurrences(text, relevant):
        word = match.group("name")
        category = _category(word)
        start = match.start()
        if category == _TITLE:
            after = AFTER_TITLE_RE.match(text, match.end())
            if after and _title_name(text, after, names):
                end = _extend(text, after.end("name"), names)
                if not CITATION_RE.match(text, end):
                    yield Hit(*_trim(text, after.start("name"), end), RULE_ID, MESSAGE)
            continue
        key = name_key(word)
        if category == _FIRST and names.is_distinctive_first(word):
            if _plural_of_word(key, names):
                continue  # "Numbers, links and ..." heading a section; "Miles said" has a cue
            end = _extend(text, match.end("name"), names)
            if (
                not CITATION_RE.match(text, match.end())
                and not (end != match.end("name") and CITATION_RE.match(text, end))
            ) or (end != match.end("name") and YEAR_THEN_PERSON_RE.match(text, end)):
                yield Hit(*_trim(text, start, end), RULE_ID, MESSAGE)
            continue
        cue = (
            _relation_or_naming(text, start, match.end())
            if _cue_possible(text[max(0, start - 48) : start])
            else None
        )
        # A capitalised relation before an English word is a title ("Parent Carer Forum"),
        # except a family form of address ("Nana Pat", "Auntie Rose").
        if (
            cue
            and not (
                cue.group()[0].isupper()
                and names.is_word(key)
                and not FAMILY_FORM_RE.match(cue.group())
            )
            and not (names.is_word(key) and _names_a_thing(text, match.end(), names))
        ):
            # "named Hope", "his mother, Grace", "known as Okafor": a name in context.
            yield Hit(*_trim(text, start, _extend(text, match.end(), names)), RULE_ID, MESSAGE)
            continue
        if category != _FIRST:
            continue
        # An everyday-word first name counts only before a surname that is not one too:
        # "Grace Kowalczyk" is a name, "May Green" may not be.
        following = NEXT_WORD_RE.match(text, match.end("name"))
        if (
            following
            and "\n" not in following.group()
            and not names.is_surname(following.group("name"))
            and _unaccounted(following.group("name"), names)
            # shaped like a surname, not a product ("Azure DevOps", "Power BI")
            and not _INNER_CAPITAL_RE.search(following.group("name"))
            and not CITATION_RE.match(text, following.end())
        ):
            # ... or before a word that no list explains: "Blessing Chikwanha".
            yield Hit(*_trim(text, start, following.end("name")), RULE_ID, MESSAGE)
        elif following and names.is_surname(following.group("name")):
            next_key = name_key(following.group("name"))
            if (
                next_key not in ordinary
                and not names.is_word(next_key)
                and not CITATION_RE.match(text, following.end())
            ):
                yield Hit(*_trim(text, start, following.end("name")), RULE_ID, MESSAGE)


# -- names by accounting: a word in a person context that nothing else explains ----------
SPEECH = (
    "said|says|told|tells|asked|asks|explained|explains|reported|stated|disclosed|described|"
    "recalled|replied|added|admitted|denied|confirmed|alleged|claimed|texted|messaged|wrote|"
    "shouted|screamed|whispered|complained|insisted|mentioned|recounted|remembered|rang|phoned"
)
ACTION = (
    "was|had|has|went|came|left|arrived|returned|moved|lived|stayed|died|attended|visited|hit|"
    "kicked|slapped|punched|pushed|grabbed|threatened|collected|took|brought|became|began|"
    "started|stopped|continued|ran|walked|slept|cried|refused|wanted|needed|missed|seemed|"
    "appeared|presented|would|could|did|does|is|and (?:his|her) (?:mother|father|mum|dad)"
)
_LEADS = r"(?:[ \t]+(?:had|has|then|later|also|first|never|often|repeatedly|again|always))?"
# After a word: a verb of speech ("Grace told"), a relation in apposition ("Dean, Mother's
# ex-partner"), an age ("Kyle, aged 4", "Kyle (4)"), a possessive relation ("Kyle's mother").
SPEECH_AFTER_RE = re.compile(rf"(?:,[ \t]+who)?{_LEADS}[ \t]+(?:{SPEECH})\b")
ACTION_AFTER_RE = re.compile(rf"{_LEADS}[ \t]+(?:{ACTION})\b")
# For a word no list knows, only verbs a person does (a product "would" or "is" too).
UNKNOWN_ACTION_AFTER_RE = re.compile(
    rf"{_LEADS}[ \t]+(?:{ACTION.replace('|would|could|did|does|is', '')})\b"
)
STRONG_ACTION_AFTER_RE = re.compile(
    rf"{_LEADS}[ \t]+(?:went|came|left|arrived|returned|moved|lived|stayed|died|attended|visited|"
    rf"hit|kicked|slapped|punched|pushed|grabbed|threatened|cried|refused|ran|walked|slept|"
    # Taking part in the review: "Heather gave the review a full account", "Dawn met the
    # reviewer twice".
    rf"(?:gave|met|told|helped|contributed[ \t]+to|spoke[ \t]+(?:to|with))[ \t]+the[ \t]+"
    rf"(?:review|reviewers?|panel|author|chair|lead[ \t]+reviewer))\b"
)
_QUALIFIERS = (
    r"(?:(?:maternal|paternal|older|younger|elder|eldest|new|former|then|current|biological|"
    r"adoptive|foster|step-?|half-|ex-|great-|main|primary|only|usual|informal|unpaid|paid|"
    r"live-in|sole|regular|closest|best|oldest|youngest)[ \t]*)*"
)
# Two people as the subject: "Faith and her brother were", "Precious and Mercy were".
PAIR_AFTER_RE = re.compile(
    rf"[ \t]+and[ \t]+(?:(?:his|her|their)[ \t]+{_QUALIFIERS}(?:{RELATIONS})(?:[ \t]+{CAP_WORD})?"
    rf"|{CAP_WORD}"
    # a pseudonym's label: "Kyle and Child K were in the same class"
    r"|(?:Child|Baby|Adult|Sibling|Young[ \t]+Person)[ \t]+[A-Z0-9]\b)"
    r"[ \t]+(?:were|had|have|both|went|came|left|lived|stayed|shared|said|told)\b"
)
PAIR_RELATION_AFTER_RE = re.compile(
    rf"[ \t]+and[ \t]+(?:(?:his|her|their)[ \t]+{_QUALIFIERS}(?:{RELATIONS})\b"
    r"|(?:Child|Baby|Adult|Sibling|Young[ \t]+Person)[ \t]+[A-Z0-9]\b)"
)
# Speech whose clause goes on about "she" or "he": a person spoke, not a council or a
# service ("Amber told the school nurse she had not eaten"; "Kent said it would").
GENDERED_SPEECH_AFTER_RE = re.compile(
    rf"{_LEADS}[ \t]+(?:{SPEECH})\b[^.;:!?\n\x00]{{0,40}}?\b(?:she|he|her|his|him|herself|himself)\b"
)
# A verb, then "he" or "she" in the same clause: at a sentence's start this tells a name
# that is also a word ("Rose answered the door and said her mother was asleep", "Jack had
# been known to the service since he was twelve"), where a capital tells nothing.
PRONOUN_CLAUSE_AFTER_RE = re.compile(
    rf"{_LEADS}[ \t]+(?:{ACTION}|{SPEECH}|[a-z]{{3,}}ed)\b[^.;:!?\n\x00]{{0,80}}?"
    r"\b(?:she|he|her|his|him|herself|himself)\b"
)
# People in apposition who are not kin: "Precious, the eldest of the four", "Kofi, the
# lodger", "Mrs Oyelaran, the class teacher" (not "the GP practice", "the support service").
PERSON_NOUNS = (
    r"eldest|youngest|oldest|lodger|landlord|landlady|tenant|childminder|interpreter|"
    r"colleague|co-?worker|workmate|flatmate|housemate|classmate|acquaintance|boss|"
    r"perpetrator|victim|suspect|deceased|alleged (?:abuser|perpetrator)|"
    r"(?:[a-z\-]+[ \t]+){0,2}(?:teacher|headteacher|head|nurse|midwife|visitor|worker|keyworker|"
    r"carers?|employer|manager|registrar|paediatrician|consultant|officer|assistant|"
    r"practitioner|therapist|co-?ordinator|volunteer|mentor|advocate|chaplain|warden|"
    r"receptionist|doctor|surgeon|psychiatrist|psychologist|GP|locum|constable|detective)"
)
APPOSITION_AFTER_RE = re.compile(
    rf",[ \t]+(?:(?:his|her|their|the|a|an|[A-Z]\w*(?:[ \t][A-Z])?['’]s)[ \t]+)?{_QUALIFIERS}"
    rf"(?:(?i:{RELATIONS})\b|(?:{PERSON_NOUNS})\b(?![ \t]+(?:practice|service|team|surgery|unit|"
    rf"centre|home|school|office|department|of (?:the|a) (?:school|service|team|home))\b))"
)
_AGE_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen"
)
AGE_AFTER_RE = re.compile(
    rf"(?:,?[ \t]+\(?(?:(?:then|now|still|by[ \t]+then)[ \t]+)?aged[ \t]+(?:\d|(?:{_AGE_WORDS})\b)|"
    r"[ \t]+\(\d{1,2}(?:[ \t]+years?)?\)|,[ \t]+\d{1,2},"
    # An age in words or digits as what a person was: "Summer was fifteen when ...".
    r"|[ \t]+(?:was|is|had[ \t]+just[ \t]+turned|turned)[ \t]+(?:aged[ \t]+)?(?:\d{1,2}|"
    rf"{_AGE_WORDS})\b(?:[ \t]+years?[ \t]+old)?"
    r"(?![ \t]*(?:%|per|months?|weeks?|days?|hours?|minutes?|times?|miles?|of|pounds?|points?|"
    r"degrees?|out|or|to|and|percent|years?\b(?![ \t]+old))))"
)
# The capitalised-word pattern takes the possessive in ("Kyle's"), so the cue is read from
# the end of the word, after its "'s": "Kyle's stepfather", "Mercy's foster carer" (not
# "the council's partner agencies").
POSSESSIVE_AFTER_RE = re.compile(
    rf"(?<=['’]s)[ \t]+{_QUALIFIERS}(?i:{RELATIONS})\b"
    r"(?![ \t]+(?:agenc|organi[sz]ation|bod(?:y|ies)|service|provider|school|network)\w*)"
)
# What only a person has, after a possessive: "Tendai's bedroom", "Olu's school", "Siân's
# bruises" (the council's or the service's "approach", "team" or "policy" are not here).
POSSESSIVE_THING_AFTER_RE = re.compile(
    r"(?<=['’]s)[ \t]+(?:(?:own|new|younger|older|baby|little|first|last)[ \t]+)?"
    r"(?:bedroom|bed|cot|clothes|clothing|nappy|nappies|school|nursery|attendance|behaviour|"
    r"weight|injur(?:y|ies)|bruis(?:e|es|ing)|fractures?|teeth|hair|skin|diet|feeds?|"
    r"medication|phone|mobile|death|birth|body|life|bedtime|sleep|mood|wishes|feelings|"
    r"siblings?|half-siblings?|friends?|boyfriend|girlfriend|cousins?|birthday|funeral|"
    # one person's own practitioner or voice: "Will's teacher", "Frank's probation officer",
    # "Faith's voice" (a place or a body has them in the plural)
    r"voice|story|lived[ \t]+experience|daily[ \t]+life|(?:class[ \t]+|form[ \t]+)?teacher|"
    r"form[ \t]+tutor|probation[ \t]+officer|social[ \t]+worker|key[ \t]?worker|health[ \t]+"
    r"visitor|school[ \t]+nurse|youth[ \t]+worker|personal[ \t]+adviser|GP|midwife)\b"
    # a place's or a body's services: "Westmarch's school nurses", "attendance figures"
    r"(?![ \t]+(?:nurs\w*|programmes?|figures|rates?|polic\w+|teams?|services?|system|"
    r"provision|places|population|transport|admissions|improvement|data|plans?|strategy|"
    r"partnership|board|staff|units?|support|health|officers?|workers?|age|readiness|"
    r"leavers|year)\b)"
)
# Before a word: a naming cue, possibly with a pronoun and an opening quote ("called her
# Shaz", 'known as "Bubba"'), a relation ("mother of Kyle", "Nana Pat").
NAMING_BEFORE_RE = re.compile(
    r"(?:\b(?:named|identified|listed|recorded|gave|gives|give|described|lists|names|knew)"
    r"(?:[ \t]+[\w’']+){0,4}[ \t]+as[ \t]+[\"“‘']?$)|"
    rf"(?:\b(?:{NAMING})|\b(?:call|calls|called|calling)[ \t]+(?:him|her|them|the (?:child|baby))"
    r")[ \t]+[\"“‘']?$"
)
RELATION_OF_RE = re.compile(rf"\b(?i:{RELATIONS})[ \t]+of[ \t]+$")
CONTACT_BEFORE_RE = re.compile(
    r"\b(?:spoke|speak|speaking|talked|talking)[ \t]+(?:to|with)[ \t]+$|"
    r"\b(?:told|tell|tells|asked|ask|asks|visited|met|phoned|rang|texted|messaged|contacted|interviewed|"
    r"warned|arrested|cautioned|charged|advised|reminded|thanked|supported|assessed|"
    r"saw|seen by|cared for by|looked after by|living with|lived with|stayed with|"
    # what is done to a child's body, as a clinician or carer does it: "examined Honey",
    # "weighed Treasure", "shook Grace" (a thing is "examined" too, but not capitalised)
    r"examined|weighed|measured|bathed|fed|dressed|shook|smacked|hugged|cuddled|carried|"
    r"undressed|restrained)(?:[ \t]+(?:little|baby|wee))?[ \t]+$"
)
# An endearment before a name, as family speech and records of it write it: "little Hope",
# "her little Star", "baby Miracle" (lower case: "Little Hearts Nursery" is a setting).
POSSESSIVE_ENDEARMENT_BEFORE_RE = re.compile(
    r"(?<![\w\-])(?:his|her|their|my|our)[ \t]+(?:little|wee|baby|tiny)[ \t]+$"
)
ENDEARMENT_BEFORE_RE = re.compile(r"(?<![\w\-])(?:little|wee|baby|tiny)[ \t]+$")
# Every word that one of the cues before a name starts with: when none is among the words
# before a name, no cue regex can match there (a set test instead of four regex searches).
_CUE_WORDS = frozenset([*RELATIONS.split("|"), "a.k.a"]) | word_set(
    """named called nicknamed known knew name names aka referred identified listed née nee
    surname nickname forename changed answered answer answers little wee tiny
    examined weighed measured bathed fed dressed shook smacked hugged cuddled carried
    undressed restrained
    recorded gave gives give described lists call calls calling spoke speak speaking talked
    refer refers referring
    talking told tell tells asked ask asks visited met phoned rang texted messaged contacted
    interviewed warned arrested cautioned charged advised reminded thanked supported assessed
    saw seen cared looked living lived stayed"""
)
_CUE_STRIP = "\"“”‘’'()[]{},:;.!?*_"


def _cue_possible(before: str) -> bool:
    for word in before.lower().split():
        word = word.strip(_CUE_STRIP)
        if word in _CUE_WORDS or word[:-2] in _CUE_WORDS or word[:-1] in _CUE_WORDS:
            return True  # also "mother's", "mothers"
        if "-" in word and word.split("-", 1)[1] in _CUE_WORDS:
            return True
    return False


# In family speech the present tense is usual: "Rhyds gets angry", "Bex never listens".
SPOKEN_ACTION_RE = re.compile(
    r"(?:[ \t]+(?:never|always|just|still|only|really))?[ \t]+(?:gets|goes|hits|shouts|says|"
    r"does|doesn't|doesn’t|won't|won’t|can't|can’t|makes|keeps|wants|likes|hates|loves|is|was|"
    r"has|had|took|told|said|came|went|kicked|punched|hurt|hurts)\b"
)
# A word-name opening family speech is a person when the clause goes on about him or her:
# '"Wisdom keeps hitting his sister"' (not '"Hope is not a plan"').
SPOKEN_PRONOUN_RE = re.compile(
    SPOKEN_ACTION_RE.pattern + r"[^.;:!?\n\"”]{0,60}?\b(?:she|he|her|his|him|herself|himself)\b"
)
# A quotation: a name inside family speech ("I told Kyle to stop").
STRAIGHT_QUOTE_RE = re.compile(r"\"[^\"\n]{1,400}\"")
CURLY_QUOTE_RE = re.compile(r"“[^”\n]{1,400}”")
# British reports quote speech in single quotes: an opening quote after no letter, a closing
# one before no letter ("Kyle's" and "parents' views" hold apostrophes, not quotes).
SINGLE_QUOTE_RE = re.compile(
    # led by the quote itself (a look-behind first would be tried at every position)
    r"['‘](?<![\w]['‘])(?=[^\s'‘’])[^\n'‘’]{0,400}?(?:['’]\w[^\n'‘’]{0,400}?)*[^\s'‘’]['’](?!\w)"
)
SENTENCE_START_RE = re.compile(
    # a list marker opens a line at the start of a text as after a line break: a piece
    # scanned alone or after another must read the same ("- Faith missed ...")
    r"(?:^|[.!?:;…][\"”’')\]*_]*[ \t]+|(?:^|\n)[ \t]*[-*#>]*[ \t]*|[\"“‘(\[*_][ \t]*|(?<!\w)'[ \t]*)$"
)
CUE_WORDS = (
    *(w for w in (SPEECH + "|called|named|known|aka|aged|nicknamed").split("|")),
    "'s ",
    "’s ",
)


# A spaced hyphen is also how titles join parts ("Voice of the child - Westmarch library"):
# after a relation it opens an aside only when the aside closes ("boyfriend - Kyle - ").
OPEN_HYPHEN_RE = re.compile(r"[ \t]+-[ \t]+[\"“‘']?$")
ASIDE_CLOSED_RE = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[\"”’']?[ \t]*[-–—,;:.)]")


def _relation_or_naming(text: str, start: int, end: int) -> re.Match | None:
    """The naming verb or relation just before text[start:end], if it makes a person context."""
    cue = CONTEXT_BEFORE_RE.search(text, max(0, start - 48), start)
    if cue and OPEN_HYPHEN_RE.search(cue.group()) and not ASIDE_CLOSED_RE.match(text, end):
        return None
    return cue


# A numbered paragraph or list item opening a line: "6.2 ", "12.3.1. ", "(b) ", "a) ".
PARAGRAPH_START_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|\(?[a-z0-9]{1,3}\))[ \t]+$"
)


def at_sentence_start(text: str, start: int) -> bool:
    """Whether text[start:] begins a sentence, a line, a numbered paragraph, a list item or
    a quotation."""
    # Indentation is skipped: built HTML puts a heading's text on its own indented line.
    stripped = len(text[:start].rstrip(" \t"))
    window = max(0, stripped - 6)
    return (
        bool(SENTENCE_START_RE.search(text, window, start))
        or stripped == 0
        or bool(PARAGRAPH_START_RE.search(text, max(0, stripped - 16), start))
    )


def _context(
    text: str, start: int, end: int, known: bool, word_like: bool = False, relations: bool = True
) -> bool:
    """Whether the word at text[start:end] stands in a person context (``word_like``: the
    word is also an English word, so a capitalised relation before it is a title)."""
    before = text[max(0, start - 48) : start]
    cue = _cue_possible(before)
    if cue and (NAMING_BEFORE_RE.search(before) or RELATION_OF_RE.search(before)):
        return True
    if _after_context(text, end):
        return True
    if AS_AFTER_RE.match(text, end) and AS_VERB_BEFORE_RE.search(before):
        return True
    if before.endswith("(") and ROLE_BRACKET_BEFORE_RE.search(before):
        return True  # "the Independent Reviewing Officer (Shona Buchanan)"
    relation = _relation_or_naming(text, start, end) if relations and cue else None
    if relation and FAMILY_FORM_RE.match(relation.group()):
        return True
    # A relation written in lower case before the word ("his partner, Rojin", "paternal
    # grandmother: Brenda"); a capitalised one is a title ("Parent Carer Forum").
    if relation and relation.group()[0].islower():
        return True
    if not known and POSSESSIVE_ENDEARMENT_BEFORE_RE.search(before):
        # "his little Pudding had fallen" (not "his little Lego set")
        return not NEXT_CAPITAL_RE.match(text, end) and does_something(text, end)
    if not known:
        # A word no list knows, mid-sentence, as the subject of an action ("then Dritan
        # moved in"): names of communities the lists miss are written this way.
        return (
            relations
            and not word_like
            and bool(UNKNOWN_ACTION_AFTER_RE.match(text, end))
            and (
                not at_sentence_start(text, start) or bool(STRONG_ACTION_AFTER_RE.match(text, end))
            )
        )
    if (relation and not word_like) or (cue and CONTACT_BEFORE_RE.search(before)):
        return True
    if (
        cue
        and ENDEARMENT_BEFORE_RE.search(before)
        and not NEXT_CAPITAL_RE.match(text, end)
        # a first name: "little Summer" (a surname that is a word is a brand: "little Lego")
        and _category(text[start:end]) == _FIRST
    ):
        return True
    pronoun = known and PRONOUN_CLAUSE_AFTER_RE.match(text, end)
    if (
        not ACTION_AFTER_RE.match(text, end)
        and not STRONG_ACTION_AFTER_RE.match(text, end)
        and not PAIR_AFTER_RE.match(text, end)
        and not pronoun
    ):
        return False
    # At a sentence's start only what a person does: "Summer arrived", not "Hope was"; or
    # a person beside them ("Faith and her brother were").
    return (
        not at_sentence_start(text, start)
        or bool(STRONG_ACTION_AFTER_RE.match(text, end))
        or bool(PAIR_RELATION_AFTER_RE.match(text, end))
        or bool(GENDERED_SPEECH_AFTER_RE.match(text, end))
        or bool(pronoun)
        or (bool(LIST_ACTION_AFTER_RE.match(text, end)) and _list_item_start(text, start))
    )


# The next word capitalised too: the name of a thing ("little Hearts Nursery").
NEXT_CAPITAL_RE = re.compile(r"[ \t]+[A-Z]")
# Public names for person_name_words (its cues are this module's).
trim = _trim
category = _category
occurrences = _occurrences
SURNAME = _SURNAME


def strong_cue(mini: str, end: int) -> bool:
    """A person cue after a word at the start of ``mini`` (read as a sentence's start)."""
    return _context(mini, 0, end, known=True, word_like=True, relations=False)


def cue_before(before: str) -> bool:
    """A naming verb, a relation or a contact verb in lower case right before a word."""
    if not _cue_possible(before):
        return False
    return bool(
        NAMING_BEFORE_RE.search(before)
        or RELATION_OF_RE.search(before)
        or CONTACT_BEFORE_RE.search(before)
        or ENDEARMENT_BEFORE_RE.search(before)
        # a relation, not its possessive ("HER MOTHER'S FAITH" is the mother's)
        or (CONTEXT_BEFORE_RE.search(before) and not POSSESSIVE_END_RE.search(before))
    )


POSSESSIVE_END_RE = re.compile(r"['’]s[ \t]+\Z")


# What is done to a child's body, right before a word: "shook Honour", "bathed Gift".
BODY_VERB_BEFORE_RE = re.compile(
    r"\b(?:examined|weighed|measured|bathed|fed|dressed|shook|smacked|hugged|cuddled|"
    r"undressed|restrained)(?:[ \t]+(?:little|baby|wee))?[ \t]+\Z"
)


def person_word_free(key: str) -> bool:
    """Not a role, title or relation word ("brother", "mum", "nurse")."""
    return key not in _PERSON_WORDS and key not in TITLE_WORDS and key[:-1] not in _PERSON_WORDS


def does_something(text: str, end: int) -> bool:
    """A verb of speech or action, or what happens only to a person, right after a word."""
    return bool(
        ACTION_AFTER_RE.match(text, end)
        or SPEECH_AFTER_RE.match(text, end)
        or SPOKEN_ACTION_RE.match(text, end)
        or PERSON_PASSIVE_AFTER_RE.match(text, end)
    )


def surname_cue(text: str, end: int) -> bool:
    """What only a person has right after a word: an age, a relation by possessive, label or
    apposition ("Gift, aged nine", "Gift's father", "Gift (maternal aunt)")."""
    return bool(
        AGE_AFTER_RE.match(text, end)
        or POSSESSIVE_AFTER_RE.match(text, end)
        or LABELLED_RELATION_AFTER_RE.match(text, end)
        or APPOSITION_AFTER_RE.match(text, end)
    )


# A bulleted item of a chronology opens with its subject doing something: "- Faith missed
# the dental check" (not the copula or a modal: "- Hope is key to ..." is a word).
LIST_ITEM_START_RE = re.compile(r"(?:^|\n)[ \t]*[-*+•][ \t]+\Z")
LIST_ACTION_AFTER_RE = re.compile(
    rf"{_LEADS}[ \t]+(?:{ACTION.replace('was|had|has|', '').replace('|would|could|did|does|is', '')}"
    r"|did)\b"
)


def _list_item_start(text: str, start: int) -> bool:
    return bool(LIST_ITEM_START_RE.search(text, max(0, start - 8), start))


QUOTES = "\"“‘'"
_UNKNOWN_OK: dict[str, bool] = {}
CONTRACTION_RE = re.compile(r"['’](?:m|ll|ve|d|re|t)$", re.I)


def _unaccounted(word: str, names: Gazetteer) -> bool:
    """A capitalised word no list explains: no English word, public body, place or role."""
    found = _UNKNOWN_OK.get(word)
    if found is None:
        bare = strip_possessive(word)
        parts = [part for part in bare.split("-") if part]
        found = (
            len(bare) >= 3
            and not names.explained(bare)
            # A compound of explained words ("Self-neglect", "Co-sleeping") is no name;
            # "Smith-Jones" is (its second part is no English word).
            and not (len(parts) > 1 and all(names.explained(part) for part in parts))
            and not bare.isupper()
            and not CONTRACTION_RE.search(bare)
        )
        if len(_UNKNOWN_OK) < 200_000:
            _UNKNOWN_OK[word] = found
    return found


_RARE: dict[str, bool] = {}


def _rare_name_word(word: str, names: Gazetteer) -> bool:
    """A listed name that is also a rare dictionary word ("Gaz", "Kuba"): the lists of
    everyday words that are names leave it out, so only a strong person cue makes it one."""
    found = _RARE.get(word)
    if found is None:
        key = name_key(word)
        found = (
            len(key) >= 3
            and not word.isupper()
            and (key in names.first or key in names.surnames)
            and names.is_word(key)
            and key not in names.ordinary
            and key not in names.bodies
            and key not in NEVER_NAMES
            and key not in TITLE_WORDS
            and key not in _PERSON_WORDS
            and key[:-1] not in _PERSON_WORDS  # "Friends described her as ..."
            and not CONTRACTION_RE.search(word)
        )
        if len(_RARE) < 200_000:
            _RARE[word] = found
    return found


# A closing quote after a quoted name: "said that 'Gaz' was Mum's friend".
_CLOSING_QUOTE_RE = re.compile(r"[\"”’']")
# A name called out at the start of quoted speech: '"Deji, get upstairs"', '"Tomek! Stop"'.
VOCATIVE_AFTER_RE = re.compile(r"(?:,[ \t]+[a-z]|[ \t]*!)")


def _strong_context(text: str, start: int, end: int, sentence_start: bool) -> bool:
    """A cue that makes even a rare dictionary word a name: a relation or person in
    apposition, a possessive relation, a naming verb before it, or (mid-sentence) speech."""
    closing = _CLOSING_QUOTE_RE.match(text, end)
    ends = (end, closing.end()) if closing and start and text[start - 1] in QUOTES else (end,)
    # Cues that hold at a sentence's start too (not speech: "Staff said").
    strong = (APPOSITION_AFTER_RE, POSSESSIVE_AFTER_RE, BEING_RELATION_AFTER_RE,
              LABELLED_RELATION_AFTER_RE, BIRTH_AFTER_RE)  # fmt: skip
    if any(pattern.match(text, at) for pattern in strong for at in ends):
        return True
    if not sentence_start and any(SPEECH_AFTER_RE.match(text, at) for at in ends):
        return True
    before = text[max(0, start - 48) : start]
    if _cue_possible(before) and (NAMING_BEFORE_RE.search(before) or RELATION_OF_RE.search(before)):
        return True
    relation = _relation_or_naming(text, start, end) if _cue_possible(before) else None
    return bool(relation and relation.group()[0].islower())


# A numbered paragraph's first word: "6.2 Friends described her as ...".
_NUMBERED_START_RE = re.compile(r"(?:^|\n)[ \t]*\d+(?:\.\d+)*\.?[ \t]+\Z")


def _rare_names(text: str, names: Gazetteer, quoted: list[tuple[int, int]]) -> Iterator[Hit]:
    rare = [w for w in capitalised_words(text) if _rare_name_word(w, names)]
    for match in _occurrences(text, rare):
        start, end = match.start(), match.end()
        sentence_start = at_sentence_start(text, start) or bool(
            _NUMBERED_START_RE.search(text, max(0, start - 16), start)
        )
        spoken = (
            quoted
            and sentence_start
            and _inside(quoted, start)
            and bool(SPOKEN_ACTION_RE.match(text, end) or VOCATIVE_AFTER_RE.match(text, end))
        )
        if spoken or _strong_context(text, start, end, sentence_start):
            yield Hit(*_trim(text, start, end), RULE_ID, MESSAGE)


# A family by its surname: "the Okafor family", "the Nowak children", "the Okafor
# household's" (not "the Family Hub", "the family support service").
FAMILY_AFTER_RE = re.compile(
    r"[ \t]+(?:family|household|children|boys|girls|twins|siblings|brothers|sisters|parents)"
    r"(?:['’]s?)?\b(?![ \t]+(?:hubs?|centres?|support|services?|courts?|groups?|nurses?|"
    r"partnerships?|justice|help|interventions?|therap\w+|liaison|workers?|practitioners?|"
    r"networks?|teams?|approach|model|programmes?|meetings?|conferences?|assessments?|time|"
    r"units?|homes?|plans?|learning|services)\b)"
)
_THE_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+\Z")


def _a_family(text: str, start: int, end: int) -> bool:
    return bool(
        FAMILY_AFTER_RE.match(text, end) and _THE_BEFORE_RE.search(text, max(0, start - 5), start)
    )


_ARTICLE_BEFORE_RE = re.compile(r"\b(?i:the|a|an)[ \t]+(?:[A-Z][a-z]+[ \t]+)?\Z")


# One quoted word, then speech or what only a person does: "a message from 'Shaz' asked her
# to meet", '"Tink" had gone missing' (any word: a nickname is often an everyday one).
QUOTED_WORD_RE = re.compile(rf"[\"“‘'](?P<name>{CAP_WORD})[\"”’']")


# Speech attributed after a quotation: '"Sorry" said Mother', "'Yes' replied the worker".
# (A quoted service that speaks, "'Compass' said", is rare in reports and is reported.)
INVERTED_SPEECH_RE = re.compile(
    rf"[ \t]+(?:{SPEECH})[ \t]+(?:the[ \t]+[\w-]+|[A-Z][\w'’]*(?:[ \t]+[A-Z0-9]\b)?)[ \t]*(?:[.,;:!?\n\"”’')]|\Z)"
)


# After a quoted word, a clause only a person takes: '"Dizzy" was the one who', '"Tash",
# who', '"Gaz" had given him', '"Bex" gave her' (the word is said to be someone).
PERSON_CLAUSE_AFTER_RE = re.compile(
    r"[\"”’'][ \t]*(?:,[ \t]*)?(?:who|whom)\b"
    r"|[\"”’'][ \t]+(?:was|is)[ \t]+(?:the|an?)[ \t]+(?:[a-z]+[ \t]+){0,2}?"
    r"(?:one[ \t]+who|(?:man|woman|boy|girl|lad|person|male|female|adult|teenager|guy|bloke)"
    r"[ \t]+(?:who|that))\b"
    r"|[\"”’'][ \t]+(?:had[ \t]+)?(?:given|gave|driven|drove|sent|bought|offered|paid|groomed|"
    r"introduced|picked|taken|took)[ \t]+(?:him|her|me|us)\b"
)


def _quoted_words(text: str) -> Iterator[Hit]:
    for match in QUOTED_WORD_RE.finditer(text):
        start, end = match.start("name"), match.end()
        if start > 1 and (text[start - 2].isalnum() or text[start - 2] in "-'’"):
            continue  # an apostrophe inside a word: "O'Neill's"
        key = name_key(match.group("name"))
        if key in NEVER_NAMES or key in TITLE_WORDS or key in _PERSON_WORDS or len(key) < 2:
            continue
        if _ARTICLE_BEFORE_RE.search(text, max(0, start - 17), start - 1):
            continue  # "the 'Hub' was", "a 'Champion' visited"
        if INVERTED_SPEECH_RE.match(text, end):
            continue
        if (
            SPEECH_AFTER_RE.match(text, end)
            or STRONG_ACTION_AFTER_RE.match(text, end)
            or PERSON_CLAUSE_AFTER_RE.match(text, end - 1)
        ):
            yield Hit(start, match.end("name"), RULE_ID, MESSAGE)


# A nickname in quotes between a first name and a surname: "Darren 'Dazza' Kettle", 'Tyrone
# "T" Baptiste' (the shape itself is a person's; the surname may be an everyday word).
# (The look-behind of "(?<![\w\-])(?P<first>{CAP_WORD})" stands after the first capital.)
_NICKNAME_FIRST = cap_word_not_after(r"[\w\-]")
NICKNAME_INSIDE_RE = re.compile(
    rf"(?P<first>{_NICKNAME_FIRST})[ \t]+[\"“‘'][A-Z][\w\-]{{0,20}}[\"”’'][ \t]+{CAP_WORD}"
)


def _nicknames_inside(text: str) -> Iterator[Hit]:
    if not any(quote in text for quote in QUOTES):
        return
    for match in NICKNAME_INSIDE_RE.finditer(text):
        if _category(match.group("first")) == _FIRST:
            yield Hit(*_trim(text, match.start(), match.end()), RULE_ID, MESSAGE)


def _contextual(text: str, names: Gazetteer) -> Iterator[Hit]:
    """Capitalised words in a person context: known names of any kind ("Grace told",
    "Smith said"), and words that no list explains ("known as Bubba", "Shaz said")."""
    yield from _nicknames(text)
    yield from _nicknames_inside(text)
    yield from _family_names(text, names)
    yield from _family_speakers(text, names)
    quoted = _quoted_spans(text)
    yield from _rare_names(text, names, quoted)
    yield from _quoted_words(text)
    yield from person_name_words.capitals(text, names)
    yield from person_name_words.pet_names(text)
    # As in _listed: the distinct capitalised words are found at C speed and classified
    # once (cached); only occurrences of words that could be a name are looked at.
    words = capitalised_words(text)
    yield from person_name_words.surnames_as_words(text, names, words)
    relevant = [w for w in words if _context_relevant(w, names)]
    if not relevant:
        return
    for match in _occurrences(text, relevant):
        word = match.group("name")
        start, end = match.start(), match.end()
        known = _category(word) in (_FIRST, _SURNAME)
        in_quote = (
            quoted and _inside(quoted, start) and not _quoted_term(text, quoted, start, names)
        )
        if in_quote and _ARTICLE_BEFORE_RE.search(text, max(0, start - 16), start):
            in_quote = False  # "the (Old) Bill" (the police), "a Mars": no one's name
        if in_quote and at_sentence_start(text, start):
            # At the start of a quoted sentence only a word no list explains, doing something:
            # '"Rhyds gets angry when I'm slow"'.
            # A listed first name that is no English word counts the same way ('"Kuba hits me"').
            in_quote = (
                (not known or not names.is_word(name_key(word)))
                and bool(
                    SPOKEN_ACTION_RE.match(text, end)
                    or (not names.is_word(name_key(word)) and VOCATIVE_AFTER_RE.match(text, end))
                )
            ) or (known and bool(SPOKEN_PRONOUN_RE.match(text, end)))
        word_like = names.is_word(name_key(word))
        extended = _extend(text, end, names)
        if name_key(word) in names.bodies:
            # A first name that also names a place, language or body ("Amber", "Shona",
            # "Jordan"): only a person in apposition, an age, or a role before it in brackets
            # ("Kent said" is the council speaking).
            before = text[max(0, start - 48) : start]
            if any(
                pattern.match(text, at)
                # or what only a person has: "Jordan's school", "Chelsea's mother"
                for pattern in (
                    APPOSITION_AFTER_RE,
                    AGE_AFTER_RE,
                    GENDERED_SPEECH_AFTER_RE,
                    POSSESSIVE_AFTER_RE,
                    POSSESSIVE_THING_AFTER_RE,
                )
                for at in {end, extended}
            ) or (before.endswith("(") and ROLE_BRACKET_BEFORE_RE.search(before)):
                yield Hit(*_trim(text, start, extended), RULE_ID, MESSAGE)
            continue
        if (
            in_quote
            or _context(text, start, end, known, word_like)
            # The cue may follow the whole name: "Tendai Moyo, the night care worker".
            or (extended != end and _after_context(text, extended))
            or _a_family(text, start, extended)
        ):
            yield Hit(*_trim(text, start, extended), RULE_ID, MESSAGE)


# A relation given by a verb: "Frank had been Adult D's neighbour", "Kelly was his partner".
BEING_RELATION_AFTER_RE = re.compile(
    r"[ \t]+(?:had[ \t]+been|has[ \t]+been|was|is|became)[ \t]+"
    r"(?:his|her|their|(?:Child|Adult|Young[ \t]+Person|Sibling|Baby|Person)[ \t]+[A-Z0-9]{1,2}['’]s|"
    rf"(?:Mother|Father|Mum|Dad)['’]s)[ \t]+{_QUALIFIERS}(?i:{RELATIONS})\b"
)


def _after_context(text: str, end: int) -> bool:
    """A person cue right after a name: speech, a relation or person in apposition, an age,
    what only happens to a person ("was arrested", "had been seen by")."""
    return bool(
        SPEECH_AFTER_RE.match(text, end)
        or APPOSITION_AFTER_RE.match(text, end)
        or AGE_AFTER_RE.match(text, end)
        or POSSESSIVE_AFTER_RE.match(text, end)
        or POSSESSIVE_THING_AFTER_RE.match(text, end)
        or PERSON_PASSIVE_AFTER_RE.match(text, end)
        or BEING_RELATION_AFTER_RE.match(text, end)
        or LABELLED_RELATION_AFTER_RE.match(text, end)
        or ROLE_LABEL_AFTER_RE.match(text, end)
        or INITIAL_THEN_VERB_RE.match(text, end)
        or BIRTH_AFTER_RE.match(text, end)
    )


# Only a person is born: "Grace Brown, born in the spring", "Kyle Brown (born 2012)",
# "Rose Hill (b. 1990)", "Ivy Moss (DOB ...)"; after a comma or a bracket, not a space
# ("summer born children").
BIRTH_AFTER_RE = re.compile(
    r"(?:,[ \t]*|[ \t]*\([ \t]*)(?:who[ \t]+was[ \t]+)?"
    r"(?:born\b|b\.[ \t]*\d|(?i:dob|d\.o\.b)\b|date[ \t]+of[ \t]+birth\b)"
)


# A relation given in brackets or after a dash or colon, as genograms and lists of family
# members write it: "Blessing (maternal aunt)", "Tomasz – father", "Grace: grandmother".
LABELLED_RELATION_AFTER_RE = re.compile(
    rf"(?:[ \t]*\((?:(?:his|her|their|the)[ \t]+)?|[ \t]*[:–—][ \t]*|[ \t]+-[ \t]+)"
    rf"{_QUALIFIERS}(?i:{RELATIONS})\b(?:['’]s)?(?:[ \t]+[\w’'-]+){{0,2}}[ \t]*[),;\n]"
)
# A person's role in brackets after the name, as reports list practitioners: "Kowalczyk
# (health visitor)", "Mr Adeyemi (Father's employer)", "O'Donnell (Child K's GP)".
ROLE_LABEL_AFTER_RE = re.compile(
    rf"[ \t]*\((?:(?:his|her|their|the|a|an|[A-Z]\w*(?:[ \t][A-Z0-9])?['’]s)[ \t]+)?{_QUALIFIERS}"
    rf"(?:{PERSON_NOUNS})[ \t]*\)"
)
# A surname given as an initial, then what a person does: "Mercy T. told staff", "Amir K.
# visited".
INITIAL_THEN_VERB_RE = re.compile(rf"[ \t]+[A-Z]\.?{_LEADS}[ \t]+(?:{SPEECH}|{ACTION})\b")


# What the justice system or a clinician does to a person: "Petrauskas had been released
# from prison", "mhairi had been seen by the gp", "Horvath was arrested".
PERSON_PASSIVE_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:was|were|is|had|has|been|not|never|also|later|then|subsequently|again))*"
    r"[ \t]+(?:arrested|convicted|"
    r"sentenced|remanded|cautioned|bailed|imprisoned|jailed|charged with|released from "
    r"(?:prison|custody|HMP)|recalled to prison|seen by|interviewed by|pregnant with|"
    # what school, care and exploitation do to a child: "Sky was excluded from school",
    # "Summer had been groomed", "River was placed with foster carers"; how often or how long
    # may come between ("excluded twice from", "suspended for five days"), but "excluded" alone
    # is what a clinician does to a cause ("Sepsis was excluded")
    r"(?:permanently[ \t]+|temporarily[ \t]+)?(?:excluded|expelled|suspended)"
    r"(?:[ \t]+(?:twice|again|once|(?:several|many|[a-z]+)[ \t]+times|on[ \t]+[a-z\d]+[ \t]+"
    r"occasions))?[ \t]+(?:from|for[ \t]+(?:[a-z\d]+[ \t]+)?(?:days?|weeks?|months?|terms?)\b)|"
    r"bullied|groomed|exploited|trafficked|sexually[ \t]+(?:abused|assaulted|exploited)|"
    r"reported[ \t]+missing|placed[ \t]+(?:with|in[ \t]+foster)|taken[ \t]+into[ \t]+"
    r"(?:care|police[ \t]+protection)|adopted[ \t]+by|fostered[ \t]+by)\b"
)
# A role, then the person's name in brackets.
ROLE_BRACKET_BEFORE_RE = re.compile(
    r"(?i:officer|worker|manager|chair|nurse|visitor|teacher|headteacher|midwife|practitioner|"
    r"consultant|paediatrician|lead|co-?ordinator|advocate|detective|constable|sergeant|"
    r"inspector|GP|doctor|therapist|psychologist|psychiatrist|guardian|solicitor)[ \t]*\($"
)
# A verb that takes a person and "as": "Staff described Horvath as intimidating".
AS_VERB_BEFORE_RE = re.compile(
    r"\b(?:described|regarded|viewed|perceived|portrayed|characteri[sz]ed|saw)[ \t]+$"
)
AS_AFTER_RE = re.compile(r"[ \t]+as[ \t]+(?:a[ \t]+|an[ \t]+|being[ \t]+)?[a-z]")


_RELEVANT: dict[str, bool] = {}


def _context_relevant(word: str, names: Gazetteer) -> bool:
    """A capitalised word that a person context would make a name: a listed name (not a
    surname that is also an English word, "Staff"), or a word that no list explains."""
    found = _RELEVANT.get(word)
    if found is None:
        category = _category(word)
        key = name_key(word)
        if (
            category == _TITLE
            or key in NEVER_NAMES
            or (category == _SURNAME and not names.is_name_word(key) and "-" not in word)
            # a place, nationality or language ("German", "Kent"); a first name that is one
            # too ("Amber", "Shona") is looked at with the cues a person takes
            or (key in names.bodies and not names.is_distinctive_first(word) and category != _FIRST)
        ):
            found = False
        elif category in (_FIRST, _SURNAME):
            found = True
        else:
            found = _unaccounted(word, names)
        if len(_RELEVANT) < 200_000:
            _RELEVANT[word] = found
    return found


# A pseudonym label: "Adult D", "Child K", "Young Person J", "Sibling 1", "Mother".
PSEUDONYM_LABEL = (
    r"(?:(?:Child|Adult|Young Person|Sibling|Baby|Person)[ \t]+[A-Z0-9]{1,2}|Mother|Father)"
)
NICKNAME_RE = re.compile(
    rf"(?:(?:\b(?:{NAMING}|knew(?:[ \t]+[\w’']+){{0,3}}?[ \t]+as)|\b(?:call|calls|called|calling)[ \t]+(?:him|her|them|the (?:child|baby)|"
    # a relation by its possessive: 'called his daughter "Peanut"'
    rf"(?:his|her|their|my|our)[ \t]+{_QUALIFIERS}(?:{RELATIONS}|boy|girl)|"
    rf"{PSEUDONYM_LABEL}))"
    rf"[ \t]+[\"“‘']|\b(?:nickname|pet name|nicknamed)[ \t]+[\"“‘']?)"
    # A quoted nickname may have two or three words: '"Big Man"'.
    rf"(?P<name>{CAP_WORD}(?:(?:[ \t]+{CAP_WORD}){{1,2}}(?=[\"”’']))?)"
)
NICKNAME_CUES = (
    "by the name",
    "by the nickname",
    "named",
    "known",
    "knew",
    "call",
    "calls",
    "called",
    "calling",
    "aka",
    "a.k.a",
    "referred to",
    "refer",
    "refers",
    "referring",
    "name is",
    "name was",
    "nickname",
    "pet name",
)


# Without quotes, after a cue that only a person takes, a single capitalised word followed by
# punctuation or a lower-case word: "nicknamed Tank,", "called her Princess and", "she was
# known locally as Tank.".
BARE_NICKNAME_RE = re.compile(
    rf"(?:\bnicknamed|\b(?:call|calls|called|calling)[ \t]+(?:him|her|them|{PSEUDONYM_LABEL})|"
    # "he" or "she" may open the sentence: "He was known to his friends as Chunk."
    rf"(?:\b(?:[Hh]e|[Ss]he|they|[Ww]ho)[ \t]+(?:was|were|is|are)|"
    rf"{PSEUDONYM_LABEL}(?:,|[ \t]+(?:was|were|is)))"
    rf"[ \t]+(?:[a-z]+[ \t]+)?known(?:[ \t]+[\w’']+){{0,5}}?[ \t]+as|"
    # "he went by the name Smiler", "who goes by the nickname Tank": a person's own name for
    # themselves (a programme "goes by the name" too, so a person must be the subject).
    rf"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]ho)|{PSEUDONYM_LABEL})[ \t]+(?:went|goes|go|was[ \t]+going)[ \t]+by"
    rf"[ \t]+(?:the[ \t]+)?(?:nick)?name(?:[ \t]+of)?)"
    rf"[ \t]+(?P<name>{CAP_WORD})(?=[ \t]*[,.;:!?)]|[ \t]+[a-z])"
)


# A person, then the name they went by; any capitalised word is a name here, even an
# everyday one: "an older boy called Spud", "a man known locally as Tank", "a friend named Dex".
PERSON_CALLED_RE = re.compile(
    r"\b(?:boy|girl|man|woman|lad|lass|male|female|youth|teenager|person|friend|peer|associate|"
    r"relative|neighbour|dealer|adult|guy|bloke|baby|child|sister|brother|cousin)s?[ \t]+"
    r"(?:called|named|nicknamed|known(?:[ \t]+(?:locally|only|to[ \t]+(?:(?:the|his|her|their)[ \t]+)?\w+))?"
    r"[ \t]+as)"
    rf"[ \t]+[\"“‘']?(?P<name>{CAP_WORD})(?![\w\-])"
)


# A family form of address before any capitalised word: "Uncle Gaz", "Nanna Bev" (a short
# form is often an English word or in no list).
FAMILY_NAME_RE = re.compile(
    rf"\b(?:Nana|Nanna|Nanny|Granny|Grandma|Grandad|Granddad|Grandpa|Grampy|Auntie|Aunty|Aunt|"
    # A parent figure named to a child ("Daddy Lee", "Mummy Jo"), Welsh grandparents ("Nain
    # Eirlys", "Taid Huw", "Bampi Dai").
    rf"Uncle|Daddy|Mummy|Mammy|Mama|Nain|Taid|Mamgu|Tadcu|Bampi|Bampa|"
    # The same words in the home languages that public_bodies.txt lists (Polish, Urdu and
    # Punjabi, Somali, Romanian, Irish): "Babcia Kowalczyk", "Nani Shabnam", "Ayeeyo Faadumo".
    rf"Babcia|Babunia|Dziadek|Dziadzia|Ciocia|Wujek|Nani|Nanu|Dadi|Dadu|Nanima|Dadima|Khala|"
    rf"Khalu|Mamu|Phupho|Chachu|Chachi|Ayeeyo|Awoowe|Bunica|Mamó|Daideó)"
    rf"[ \t]+(?P<name>{CAP_WORD})(?![ \t]+[A-Z])"
)
FAMILY_WORDS = ("Nan", "Gran", "Gram", "Aunt", "Uncle", "Dadd", "Mumm", "Mamm", "Mama", "Nain",
                "Taid", "Mamgu", "Tadcu", "Bamp", "Bab", "Dziad", "Ciocia", "Wujek", "Dadi",
                "Dadu", "Khal", "Mamu", "Phupho", "Chach", "Ayeeyo", "Awoowe", "Bunica", "Mamó",
                "Daideó")  # fmt: skip
# Where a match of FAMILY_NAME_RE can start: the first letters of each of its words, found by
# a literal-led scan. FAMILY_WORDS gates the rule, so it must hold every one of them.
_FAMILY_START = re.compile(
    "Nan|Gran|Gram|Aunt|Uncle|Dadd|Mumm|Mamm|Mama|Nain|Taid|Mamgu|Tadcu|Bamp|Bab|Dziad|Ciocia|"
    "Wujek|Dadi|Dadu|Khal|Mamu|Phupho|Chach|Ayeeyo|Awoowe|Bunica|Mamó|Daideó"
)
_TITLE_BEFORE_RE = re.compile(rf"{CAP_WORD}[ \t]+(?:(?:and|&|of|for)[ \t]+)?\Z")


def _family_names(text: str, names: Gazetteer) -> Iterator[Hit]:
    if not contains_any(text, FAMILY_WORDS):
        return
    for match in anchored_finditer(FAMILY_NAME_RE, _FAMILY_START, text):
        if _TITLE_BEFORE_RE.search(text, max(0, match.start() - 30), match.start()):
            continue  # in a capitalised title: "the Aunt and Uncle Forum"
        key = name_key(match.group("name"))
        if (
            key not in NEVER_NAMES
            and key not in TITLE_WORDS
            and (key not in names.bodies or key in names.first)
        ):
            yield Hit(*_trim(text, match.start("name"), match.end("name")), RULE_ID, MESSAGE)


# A family word as the subject of a verb of speech or thought, then a capitalised word: the
# word is the person spoken of or to, a name even when it is an everyday word ("Mam said
# Summer 'never went near the river'", "Nain told Rhodri to fetch it", "Gran thought
# Ellis-Rae was thin"). Kin words of Welsh, Scots Gaelic and Irish homes are family words too.
FAMILY_SPEAKER_RE = re.compile(
    r"(?<![\w'’])(?:Mam|Mum|Mom|Mammy|Mummy|Mama|Ma|Dad|Da|Daddy|Dada|Nain|Taid|Mamgu|Mam-gu|"
    r"Dadcu|Tadcu|Bampi|Bampa|Gran|Granny|Grandma|Nan|Nana|Nanna|Nanny|Grandad|Granddad|"
    r"Grandpa|Gramps|Grampy|Auntie|Aunty|Uncle|Seanmhair|Seanair|Mamó|Daideó|Granda|Grandda)"
    r"[ \t]+(?:(?:later|then|also|had|has|would|often|always|once)[ \t]+)?"
    r"(?:said|says|told|tells|asked|asks|thought|thinks|explained|reported|worried|felt|"
    r"believed|knew|warned|insisted|recalled|remembered|shouted|screamed|called|heard)"
    r"(?:[ \t]+that)?[ \t]+[\"“‘']?"
    rf"(?P<name>{CAP_WORD})(?![\w\-]|[ \t]+{CAP_WORD}|['’]s\b)"
)
_SPEAKER_START = re.compile(
    "Mam|Mum|Mom|Ma|Dad|Da|Nain|Taid|Gran|Nan|Grand|Gramp|Aunt|Uncle|Bamp|Tadcu|Sean|Daide"
)
SPEAKER_VERBS = ("said", "says", "told", "tells", "asked", "asks", "thought", "thinks",
                 "explained", "reported", "worried", "felt", "believed", "knew", "warned",
                 "insisted", "recalled", "remembered", "shouted", "screamed", "called",
                 "heard")  # fmt: skip
_CALENDAR_WORDS = word_set(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter eid diwali
    god allah jesus lord"""
)


def _family_speakers(text: str, names: Gazetteer) -> Iterator[Hit]:
    if not contains_any(text, SPEAKER_VERBS):
        return
    for match in anchored_finditer(FAMILY_SPEAKER_RE, _SPEAKER_START, text):
        key = name_key(match.group("name"))
        if (
            len(key) < 3
            or key in NEVER_NAMES
            or key in TITLE_WORDS
            or key in _PERSON_WORDS
            or key in _CALENDAR_WORDS
            or key in DEMONYMS
            or (key in names.bodies and key not in names.first)
        ):
            continue
        yield Hit(*_trim(text, match.start("name"), match.end("name")), RULE_ID, MESSAGE)


def _nicknames(text: str) -> Iterator[Hit]:
    """A word in quotes after a naming cue is a nickname even when it is an English word
    ('known as "Bubba"', "called her 'Tiny'")."""
    windows = literal_windows(text, NICKNAME_CUES, 30, 60, whole=True)
    for pattern in (NICKNAME_RE, BARE_NICKNAME_RE, PERSON_CALLED_RE):
        for match, delta in windows.finditer(pattern):
            key = name_key(match.group("name"))
            if len(key) < 2:
                continue  # a label letter: "referred to as 'M'"
            start, end = match.start("name") + delta, match.end("name") + delta
            if start and text[start - 1] in QUOTES and _phrase_goes_on(text, end):
                continue  # the first word of a quoted phrase: 'known as "Signs of Safety"'

            if key not in NEVER_NAMES and not (
                pattern is not NICKNAME_RE and (key in TITLE_WORDS or key in _PERSON_WORDS)
            ):
                yield Hit(match.start("name") + delta, match.end("name") + delta, RULE_ID, MESSAGE)


_PHRASE_GOES_ON_RE = re.compile(r"[ \t]+[a-z][\w’']*[ \t]+[^\"”’'\n]{0,40}[\"”’']")


def _phrase_goes_on(text: str, end: int) -> bool:
    """Whether a quoted nickname candidate is followed, inside the same quotation, by a
    lower-case word and more: a phrase ('"Signs of Safety"'), not a name ('"Bubba"')."""
    return bool(_PHRASE_GOES_ON_RE.match(text, end))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    # One pattern per kind of quote: each starts with a literal, which the regex engine
    # finds at C speed (an alternation is tried at every position).
    for pattern in (STRAIGHT_QUOTE_RE, CURLY_QUOTE_RE, SINGLE_QUOTE_RE):
        spans.extend((m.start() + 1, m.end() - 1) for m in pattern.finditer(text))
    spans.sort()
    return spans


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    index = bisect.bisect_right(spans, (position, 1 << 60)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


TERM_JOINERS = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "a", "&"})


def _quoted_term(text: str, spans: list[tuple[int, int]], position: int, names) -> bool:
    """Whether the quotation around ``position`` is a short title-case term, not speech: two
    to five capitalised words (joined by 'of', 'and' ...), one of them an English word that is
    no first name ('"Front Door"', '"Deputy Headteacher"'). Reports quote the names of
    practice models and services. A quoted full name is still found by the other forms."""
    index = bisect.bisect_right(spans, (position, 1 << 60)) - 1
    words = text[spans[index][0] : spans[index][1]].split()
    if not 2 <= len(words) <= 5:
        return False
    capitalised = [w for w in words if w.lower() not in TERM_JOINERS]
    if not capitalised or any(not w[:1].isupper() for w in capitalised):
        return False
    # Surname lists hold most English words ('Deputy', 'Front'); a first name does not make
    # a term ('"Grace Morris"').
    return any(names.is_word(name_key(w)) and _category(w) != _FIRST for w in capitalised)


# -- forms of a name that the capitalised-word scan does not see ---------------------------
# An initial (or two) and a surname: "J. Okafor", "J.K. Okafor", "J Okafor".
INITIAL_RE = re.compile(rf"(?<![\w.’'])(?:[A-Z]\.[ \t]?){{1,3}}(?P<name>{CAP_WORD})")
# A surname prefix that marks a surname on its own: "O'Donnell", "the O'Donnells",
# "McDonald", "MacLeod", "ap Rhys", "Ní Bhriain".
PREFIXED_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>(?:O['’]|Mc|Mac|Fitz)[A-Z][{LOWER}]+(?:-[A-Z][{LOWER}]+)?"
    rf"|(?:ap|ab|Ní|Nic|Mhic|Ó|Uí)[ \t]+[A-Z][{LOWER}]+"
    # Arabic articles and Dutch or German particles: "al-Hashimi", "van den Broek".
    rf"|(?:[Aa]l|[Ee]l)-(?P<after_article>[A-Z][{LOWER}]+)"
    rf"|v[ao]n[ \t]+(?:de[nr]?[ \t]+)?(?P<after_particle>[A-Z][{LOWER}]+))"
)
PSEUDONYM_LABELS = re.compile(
    r"(?:Child|Adult|Baby|Sibling|Person|Young Person|Subject|Case)[ \t]+$"
)


# A family by its surname in the plural: "the Brennans' caravan", "the Patels".
PLURAL_FAMILY_RE = re.compile(
    rf"\b[Tt]he[ \t]+(?P<name>[A-Z][{LOWER}]+s)(?:['’](?![\w]))?(?![\w'’\-])"
)
# A first name and surname in lower case after a naming cue: "named the father as jordan
# mckenna" (one of the two must be no English word).
LOWER_NAMED_AS_RE = re.compile(
    r"\b(?:named|recorded|listed|identified|gave|registered|known|logged)(?:[ \t]+[\w’']+){0,3}?"
    r"[ \t]+as[ \t]+(?P<first>[a-z]{2,})[ \t]+(?P<last>[a-z]{2,}(?:['’][a-z]+)?)\b"
)


_PLURALS: dict[str, bool] = {}


def _family_plural(word: str, names: Gazetteer) -> bool:
    """Whether a capitalised word ending in "s" is a surname in the plural ("Brennans",
    "Joneses"): a surname that is no English word, place or role (cached per word)."""
    found = _PLURALS.get(word)
    if found is None:
        stem = fold(word[:-1])
        # "-es" only after a sibilant ("Joneses"); "Ages" is no plural of "Ag".
        sibilant = word.endswith(("ses", "xes", "zes", "ches", "shes"))
        stems = (stem, stem[:-1]) if sibilant else (stem,)
        found = len(stem) >= 3 and any(
            k in names.surnames
            and (names.is_name_word(k) or not names.is_word(k))
            and k not in names.bodies
            and k not in NEVER_NAMES
            for k in stems
        )
        if len(_PLURALS) < 200_000:
            _PLURALS[word] = found
    return found


# A name spelt out in spaced capitals: "J A D E" (three letters or more).
SPACED_RE = re.compile(r"[A-Z] [A-Z] (?:[A-Z] ){0,9}[A-Z](?![\w])")
_NAME_BEFORE_RE = re.compile(r"\bnames?\b[^.\n]{0,20}\Z", re.I)


def _spaced(text: str, names: Gazetteer) -> Iterator[Hit]:
    for match in SPACED_RE.finditer(text):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "_"):
            continue  # led by a letter class, not a look-behind: the engine skips to capitals
        key = match.group().replace(" ", "").lower()
        if key not in names.first or key in NEVER_NAMES:
            continue
        if key in _odd_case_names() or _NAME_BEFORE_RE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            yield Hit(match.start(), match.end(), RULE_ID, MESSAGE)


# Two given names joined by a hyphen are a person's first name ("Kelly-Marie", "Jade-Louise",
# "Lacey-Jane"): no word, place or body is written so, even when a part is an everyday word.
DOUBLE_FIRST_RE = re.compile(r"(?<![\w\-'’])([A-Z][a-z]+)-([A-Z][a-z]+)(?![\w\-])")
_HYPHEN_CAPITAL = re.compile(r"-[A-Z]")


def _double_first_matches(text: str) -> Iterator[re.Match]:
    """``DOUBLE_FIRST_RE.finditer(text)``, tried only where the capitalised word before a
    hyphen starts (led by a look-behind, the pattern was tried at every character)."""
    last = 0
    for hyphen in _HYPHEN_CAPITAL.finditer(text):
        start = hyphen.start()
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        start -= 1
        if start < last or start == hyphen.start() - 1:
            continue  # inside the last match, or no lower-case letters before the hyphen
        match = DOUBLE_FIRST_RE.match(text, start)
        if match is not None:
            yield match
            last = match.end()


def _double_first_names(text: str, names: Gazetteer) -> Iterator[Hit]:
    if "-" not in text:
        return
    ordinary = names.ordinary
    for match in _double_first_matches(text):
        keys = [fold(part) for part in match.groups()]
        if (
            all(k in names.first and k not in NEVER_NAMES for k in keys)
            and not all(k in ordinary for k in keys)  # "April-May", "Hope-Faith"
            and not all(k in names.bodies for k in keys)  # two places' words
        ):
            yield Hit(match.start(), match.end(), RULE_ID, MESSAGE)


def _families_and_lower_names(text: str, names: Gazetteer) -> Iterator[Hit]:
    yield from _spaced(text, names)
    yield from _double_first_names(text, names)
    # The text's distinct capitalised words ending in "s" (a set, found at C speed) are
    # checked first; only a surname's plural is looked for after "the".
    plurals = [
        word
        for word in capitalised_words(text)
        if word.endswith("s") and len(word) > 3 and _family_plural(word, names)
    ]
    for match in _occurrences(text, plurals):
        if re.search(r"\b[Tt]he[ \t]+\Z", text[max(0, match.start() - 5) : match.start()]) and (
            not re.match(r"['’]?[ \t]+[A-Z]", text[match.end() : match.end() + 3])
        ):
            yield Hit(match.start(), match.end(), RULE_ID, MESSAGE)
    if " as " in text:
        windows = literal_windows(text, LOWER_NAMED_CUES, 0, 90, whole=True)
        for match, delta in windows.finditer(LOWER_NAMED_AS_RE):
            first, last = fold(match.group("first")), fold(match.group("last"))
            keys = (first, last)
            if (
                first in names.first
                and last in names.surnames
                and not any(k in NEVER_NAMES or k in _NOT_SURNAMES for k in keys)
                and any(not names.is_word(k) or names.is_name_word(k) for k in keys)
            ):
                yield Hit(match.start("first") + delta, match.end("last") + delta, RULE_ID, MESSAGE)


# A name in lower case or in capitals as the subject of a reported clause: "learned that
# tendai had moved", "reported that BILAL and his cousin had been seen". Led by the opener (a
# lower-case word, so not inside a record written in capitals, which _odd_case reads).
CLAUSE_OPENER_WORDS = ("that", "when", "because", "after", "before", "until", "while", "once")
CLAUSE_SUBJECT_RE = re.compile(
    r"\b(?:that|when|because|after|before|until|while|once)[ \t]+"
    r"(?P<name>[a-z][a-z’'\-]{2,}|[A-Z][A-Z’'\-]{2,})(?![\w\-])"
)
# What a person does or has done to them, after a name in an odd case; "and his cousin" too.
_SUBJECT_AFTER_RE = re.compile(
    rf"(?:{_LEADS}[ \t]+(?:{ACTION}|were|{SPEECH})\b|[ \t]+and[ \t]+(?:his|her|their)[ \t]+"
    rf"{_QUALIFIERS}(?:{RELATIONS})\b)"
)
_NAME_LOWER = r"(?P<name>[a-z][a-z’'\-]{2,})(?![\w\-])"
_PLURAL_VERB_AFTER_RE = re.compile(r"[ \t]+(?:were|are|have)\b")
# A sentence, line or list item that starts in lower case with a name: "tendai told the
# youth worker ...", "- jade was often hungry" (notes and summaries typed in lower case).
# Each is led by a literal or a class (found fast) and looks ahead for the verb.
SENTENCE_LOWER_RES = tuple(
    re.compile(rf"{lead}{_NAME_LOWER}(?={_SUBJECT_AFTER_RE.pattern})")
    for lead in (
        r"[.!?][\"”’')]*[ \t]+",
        r"\n[ \t]*(?:[-*+>][ \t]+)?",
        r"\A[ \t]*(?:[-*+>][ \t]+)?",
    )
)


# Endings of English adjectives and abstract nouns that names no list holds do not have: a
# word typed wrong or a rare word ("that begual arrived", "that ustic described"); the lists
# hold the names that end so (Dominic, Vincent, Rosalind).
_WORD_ENDINGS = (
    "ic", "ual", "ous", "ive", "ent", "ant", "ence", "ance", "ind", "ful", "less", "ism", "ist",
    "ity", "able", "ible",
)  # fmt: skip


def _clause_subjects(text: str, names: Gazetteer) -> Iterator[Hit]:
    """First names in lower case or capitals opening a reported clause, before what a person
    does; a lower-case word in no list counts before speech or a strong action only."""
    windows = literal_windows(text, CLAUSE_OPENER_WORDS, 0, 60, whole=True)
    found = list(windows.finditer(CLAUSE_SUBJECT_RE))
    for pattern in SENTENCE_LOWER_RES:
        found.extend((m, 0) for m in pattern.finditer(text))
    for match, delta in found:
        word = match.group("name")
        key = fold(word)
        end = match.end("name") + delta
        if key in NEVER_NAMES or key in _NOT_SURNAMES or not _SUBJECT_AFTER_RE.match(text, end):
            continue
        if _PLURAL_VERB_AFTER_RE.match(text, end):
            continue  # "told the midwife that stans were better": a plural noun, not one person
        strict = match.re is CLAUSE_SUBJECT_RE
        # A listed first name that is no everyday word ("amir" is a rare word, "will" a
        # common one).
        listed = (
            key in names.first
            and key not in names.ordinary
            and key not in names.bodies
            # at a sentence's start or in three letters, no English word at all ("she
            # said", "ask him")
            and ((len(key) > 3 and strict) or not names.is_word(key))
            # at a sentence's start only before speech or what only a person does
            and (
                strict
                or SPEECH_AFTER_RE.match(text, end)
                or STRONG_ACTION_AFTER_RE.match(text, end)
            )
        )
        unknown = (
            word.islower()
            and key.isalpha()
            # "when replested ran short": shaped as an English past tense or abstract noun,
            # a word typed wrong, not a name no list has
            and not english_ending(key)
            and not key.endswith(_WORD_ENDINGS)
            and not names.explained(key)
            and key not in names.first
            and key not in names.surnames
            and (SPEECH_AFTER_RE.match(text, end) or STRONG_ACTION_AFTER_RE.match(text, end))
        )
        if listed or unknown:
            yield Hit(match.start("name") + delta, end, RULE_ID, MESSAGE)


# A title and surname typed in lower case, as in notes copied from a record: "mr d. adeyemi",
# "mrs o'neill". The surname must be listed and no English word ("mr brown" is left alone).
LOWER_TITLE_RE = re.compile(
    r"\b(?:mr|mrs|ms|miss|mx)\.?[ \t]+(?:[a-z]\.?[ \t]+){0,2}"
    r"(?P<name>(?:o['’]|ma?c)?[a-z]{2,}(?:-[a-z]{2,})?)(?![\w\-])"
)


def _lower_titles(text: str, names: Gazetteer) -> Iterator[Hit]:
    windows = literal_windows(text, ("mr", "mrs", "ms", "miss", "mx"), 0, 40, whole=True)
    for match, delta in windows.finditer(LOWER_TITLE_RE):
        if not match.group().islower():
            continue  # "Mr Adeyemi" is read by the capitalised-word scan
        name = match.group("name")
        keys = [fold(part) for part in re.split(r"[-'’]", name) if len(part) > 1]
        if any(k in NEVER_NAMES for k in keys):
            continue
        if any(names.is_name_word(k) or (k in names.first and not names.is_word(k)) for k in keys):
            yield Hit(match.start("name") + delta, match.end("name") + delta, RULE_ID, MESSAGE)
        elif (
            _NO_VERB_TITLE_RE.match(match.group())
            and names.is_surname(name)
            and _INITIAL_NAME_END_RE.match(text, match.end("name") + delta)
        ):
            # "mrs hill, a neighbour", "mr. marsh was present": "mr" and "mrs" are no verbs
            # ("miss school" is), so a listed surname that is also a word, ended as a name,
            # is one.
            yield Hit(match.start("name") + delta, match.end("name") + delta, RULE_ID, MESSAGE)


# "mr", "mrs" or "mx" (no verb, unlike "miss"), straight before the surname.
_NO_VERB_TITLE_RE = re.compile(r"(?:mr|mrs|mx)\.?[ \t]+[a-z]{2}")


# A greeting before a name in a quoted message: '"hi mercy wots up"', '"love u hope x"',
# '"Dear Grace, ..."'. Words people are called by that are no names are left alone.
GREETING_RE = re.compile(
    r"(?i:\b(?:hi|hey|hiya|heya|dear|thanks|thx|bye|night|morning|love[ \t]+(?:you|u|ya)|"
    r"luv[ \t]+(?:you|u|ya)|miss[ \t]+(?:you|u|ya))[ \t,]+)"
    rf"(?P<name>[a-z]{{3,}}|{CAP_WORD})(?![\w’'-])"
)
GREETING_WORDS = ("hi", "hey", "hiya", "heya", "dear", "thanks", "thx", "bye", "night", "morning",
                  "love", "luv", "miss")  # fmt: skip
_ADDRESS_TERMS = word_set(
    """mate babe baby love hun hon darling sweetie sweetheart bro sis mum mam dad man guys all
    everyone there sir miss boss pal lads girls boys son you again soon then now later too
    team both friend gorgeous beautiful princess angel sunshine god lord jesus christ"""
)


def _greetings(text: str, names: Gazetteer) -> Iterator[Hit]:
    quoted: list[tuple[int, int]] | None = None
    for match, delta in literal_windows(text, GREETING_WORDS, 0, 40, whole=True).finditer(
        GREETING_RE
    ):
        word = match.group("name")
        key = name_key(word)
        if key in NEVER_NAMES or key in _ADDRESS_TERMS or key not in names.first:
            continue
        if names.is_word(key) and key not in names.ordinary:
            continue  # a common word that some list has as a name ("morning all")
        if quoted is None:
            quoted = _quoted_spans(text)
        start = match.start("name") + delta
        if _inside(quoted, start):
            yield Hit(*_trim(text, start, match.end("name") + delta), RULE_ID, MESSAGE)


# A Markdown table row that gives a person's relation in one cell and a name in another: a
# genogram or a list of the family ("| Tomasz | Father |", "| Mercy | Mother's partner |").
TABLE_ROW_RE = re.compile(r"^[ \t]*\|(?P<cells>[^\n]*\|)[ \t]*$", re.M)
RELATION_WORD_RE = re.compile(rf"(?i:\b(?:{RELATIONS})\b)")
_CELL_NAME_RE = re.compile(rf"[ \t]*(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})[ \t]*\Z")


def _table_rows(text: str, names: Gazetteer) -> Iterator[Hit]:
    if "|" not in text:
        return
    for row in TABLE_ROW_RE.finditer(text):
        cells = row.group("cells").split("|")[:-1]
        if len(cells) < 2 or not RELATION_WORD_RE.search(row.group("cells")):
            continue
        offset = row.start("cells")
        for index, cell in enumerate(cells):
            found = _CELL_NAME_RE.fullmatch(cell)
            others = "|".join(c for i, c in enumerate(cells) if i != index)
            if (
                found
                and RELATION_WORD_RE.search(others)
                and _cell_is_name(found.group("name"), names)
            ):
                start = offset + found.start("name")
                yield Hit(*_trim(text, start, offset + found.end("name")), RULE_ID, MESSAGE)
            offset += len(cell) + 1


def _cell_is_name(value: str, names: Gazetteer) -> bool:
    """A cell's words make a name: the first a first name or a word no list explains, each
    a name or unexplained, and none a role, title or everyday word that is no name."""
    words = value.split()
    keys = [name_key(w) for w in words]
    if any(k in NEVER_NAMES or k in TITLE_WORDS or k in _PERSON_WORDS for k in keys):
        return False
    if any(
        names.is_word(k) and k not in names.ordinary and not names.is_name_word(k) for k in keys
    ):
        return False
    first = words[0]
    return (_category(first) == _FIRST or _unaccounted(first, names)) and all(
        names.is_name(w) or _unaccounted(w, names) for w in words
    )


LOWER_NAMED_CUES = (
    "named",
    "recorded",
    "listed",
    "identified",
    "gave",
    "registered",
    "known",
    "logged",
)


# Initials a person is called by: "the children called him TJ", "known as 'KJ'", "also called
# CB". Two or three capitals after a naming cue are a nickname, unless they are one of the
# services' and roles' abbreviations a report uses ("she called her GP", "called CSC").
INITIALS_NICKNAME_RE = re.compile(
    r"\b(?:called|nicknamed|known(?:[ \t]+(?:locally|online|to[ \t]+\w+(?:[ \t]+\w+)?))?[ \t]+as|"
    r"aka|a\.k\.a\.?|went[ \t]+by|goes[ \t]+by|go[ \t]+by)[ \t]+(?:(?:him|her|them)[ \t]+)?"
    r"[\"“‘']?(?P<name>[A-Z]{2,3}|[A-Z]\.[ \t]?[A-Z]\.?)(?![\w\-&/])"
)
INITIALS_CUES = ("called", "named", "known", "aka", "a.k.a", "went by", "goes by", "go by")
ROLE_ABBREVIATIONS = token_set(
    """GP GPS HV SW DSL IRO PC DC DS DI DCI DCS PCSO MP ED AE CSC EDT NHS SPA CPN OT TA LA EHA
    CIN CP LAC CLA YOT YJS ASB DWP PIP ESA UC HMO NFA OOH MH LD ASD SEN CAB RSL DV DA SAB SCP
    CSP SAR DHR SCR FGC TAC TAF CAF EHC HCP CCG ICB PCT UK GB EU US OK TV ID DNA BBC CPS CQC
    AMP AMH RN CMH CRT HTT DOL DOLS LPS PA SLT SSW TM ASW AHP RMN OPD ICU PICU NICU SCBU
    MSP AM MS MR DR HHJ JP QC KC CAT IAPT WPC DVO DVLA HMRC HT DHT AHT DSP HOY"""
)
# A name in lower case before what only a person has: "after tyler's death", "jaxon's mum"
# (found in _more_forms from the text's distinct chunks, joined by NUL).
OWNER_CHUNK_RE = re.compile(r"\x00([a-z]{3,})['’]s(?=\x00)")
# A name asked about: "Why was Kelly not asked?", "When did Ayaan last see a doctor?", and a
# question opened by its verb: "Was Autumn ever seen alone?", "Did Jade tell anyone?".
_QUESTION_AUX = (
    r"(?:was|were|did|had|has|is|does|would|could|should|will|can|didn['’]t|wasn['’]t|"
    r"hadn['’]t|couldn['’]t|hasn['’]t|isn['’]t|doesn['’]t|wouldn['’]t|weren['’]t)"
)
QUESTION_SUBJECT_RE = re.compile(
    rf"\b(?:(?:[Ww]hy|[Ww]hen|[Hh]ow|[Ww]here|[Ww]hat|[Ww]ho|[Ww]hether)[ \t]+{_QUESTION_AUX}"
    # a capitalised verb opens the question ("Was", "Did"): no look-behind at every position
    rf"|(?:W(?:as|ere|ould|ill)|Did|Does|Ha[ds]|Is|C(?:ould|an)|Should)(?:n['’]t)?)"
    rf"[ \t]+(?:not[ \t]+)?"
    # a lower-case word next: "Why did Hope Street close?" asks about a street
    rf"(?P<name>{CAP_WORD})(?=[ \t]+(?P<next>[a-z][\w’']*))(?=[^.!?\n\x00]*\?)"
)
# After a first name that is also an everyday word ("Jade", "Summer", "Hope"), what a question
# asks of a person: a negation, or what a person does or has done to them ("Why was Jade not
# asked?", "Did Destiny tell anyone?"; not "When did Summer start?").
QUESTION_PERSON_NEXT = word_set(
    """not never ever n't also still really already first last feel felt tell say know think
    want go come live stay leave get see speak talk disclose ask asked seen told spoken heard
    believed listened invited offered referred interviewed supported helped visited protected
    given allowed able aware safe alone"""
)
# A lower-case name after a naming verb: "a friend of mums called dean came round".
LOWER_CALLED_RE = re.compile(
    r"\b(?:called|named|nicknamed|known[ \t]+as)[ \t]+(?P<name>[a-z]{3,})(?![\w\-'’])"
)
# "the named nurse", "a named worker": "named" as an adjective names nobody (as in NAMING);
# read in the text, as the windows start at the cue.
_ADJECTIVE_NAMED_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa])[ \t]+\Z")
# A family by a surname no list knows, in the plural possessive, "the Okonjos' flat", is found
# in _more_forms from the text's capitalised words.


# A name inside a hashtag: "#JusticeForKayden", "#RIPLaceyJo".
HASHTAG_RE = re.compile(r"#(?P<tag>[A-Za-z][A-Za-z0-9]{3,60})\b")
# The words of a hashtag by their capitals: "RIP" "Teigan", "Justice" "For" "Kayden".
_HASHTAG_PART_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
# A quoted nickname after a word that joins people, or after "as" with a naming verb:
# "between Mother and 'Gaz'", "referred to Father as 'Big Al'".
QUOTED_NICKNAME_RE = re.compile(
    r"(?:\b(?:and|with|from|to|between)|(?P<as>\bas))[ \t]+['‘\"“]"
    r"(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)['’\"”](?!\w)"
)
_AS_NAMING_RE = re.compile(r"\b(?:referred|refers|known|called|named|saved|described|listed)\b")


def _nickname_words(words: list[str], names: Gazetteer) -> bool:
    """Words that make a nickname: none a role or relation, one a first name that is no
    everyday word, or a word no list explains ("Gaz", "Big Al", not "Hope" or "Council")."""
    keys = [name_key(w) for w in words]
    if any(k in NEVER_NAMES or k in _PERSON_WORDS or k in names.bodies for k in keys):
        return False
    return any(
        (k in names.first and k not in names.ordinary and not names.is_word(k))
        or _rare_name_word(w, names)
        or _unaccounted(w, names)
        for w, k in zip(words, keys, strict=True)
    )


def _tags_and_quoted_nicknames(text: str, names: Gazetteer) -> Iterator[Hit]:
    if "#" in text:
        for match in HASHTAG_RE.finditer(text):
            parts = list(_HASHTAG_PART_RE.finditer(match.group("tag")))
            if len(parts) < 2:
                continue  # a single word: the social rules read handles
            for part in parts:
                if not part.group()[0].isupper() or part.group().isupper():
                    continue
                key = name_key(part.group())
                if _plain_first(key, names) and not names.is_word(key):
                    start = match.start("tag") + part.start()
                    yield Hit(start, start + len(part.group()), RULE_ID, MESSAGE)
    # an opening quote follows a space (an apostrophe in "Mother's" does not)
    windows = literal_windows(text, (" '", " ‘", ' "', " “"), 14, 30)
    for match, delta in windows.finditer(QUOTED_NICKNAME_RE):
        start = match.start() + delta
        if match.group("as") and not _AS_NAMING_RE.search(text, max(0, start - 40), start):
            continue
        if _nickname_words(match.group("name").split(), names):
            yield Hit(match.start("name") + delta, match.end("name") + delta, RULE_ID, MESSAGE)


# A companion in family speech: '"me n kez r going town"', '"shaz and me had a row"'.
COMPANION_RE = re.compile(
    r"\b(?:me|i|I)[ \t]+(?:and|an|n|nd|&)[ \t]+(?P<after>[a-z]{3,})\b(?![\-'’])"
    r"|\b(?P<before>[a-z]{3,})[ \t]+(?:and|an|n|nd|&)[ \t]+me\b"
)
COMPANION_CUES = ("me",)
_NOT_COMPANIONS = word_set(
    """the my his her their our your ur yr him them you all some two three both also then
    never always just only still not even now later again everyone everybody anyone nobody
    mates friends kids boys girls lads family"""
)


def _companions(text: str, names: Gazetteer) -> Iterator[Hit]:
    """Lower-case names beside "me" inside quoted speech or messages."""
    quoted: list[tuple[int, int]] | None = None
    windows = literal_windows(text, COMPANION_CUES, 24, 24, whole=True)
    for match, delta in windows.finditer(COMPANION_RE):
        group = "after" if match.group("after") else "before"
        key = match.group(group)
        if (
            key in _NOT_COMPANIONS
            or key in _PERSON_WORDS
            or key in _ADDRESS_TERMS
            or key in NEVER_NAMES
            or not (key in names.first or not names.explained(key))
        ):
            continue
        if quoted is None:
            quoted = _quoted_spans(text)
        start = match.start(group) + delta
        if _inside(quoted, start):
            yield Hit(start, match.end(group) + delta, RULE_ID, MESSAGE)


def _plain_first(key: str, names: Gazetteer) -> bool:
    """A listed first name that is no everyday word, role or public body."""
    return (
        key in names.first
        and key not in NEVER_NAMES
        and key not in names.bodies
        and key not in names.ordinary
        and (not names.is_word(key) or names.is_name_word(key))
    )


def _more_forms(text: str, names: Gazetteer) -> Iterator[Hit]:
    """Initials as a nickname, lower-case possessives, names asked about, plural families."""
    # One set of windows after the naming cues serves both patterns.
    windows = literal_windows(text, INITIALS_CUES, 0, 60)
    for match, delta in windows.finditer(INITIALS_NICKNAME_RE):
        initials = match.group("name")
        if re.sub(r"[.\s]", "", initials) not in ROLE_ABBREVIATIONS:
            yield Hit(match.start("name") + delta, match.end("name") + delta, RULE_ID, MESSAGE)
    if windows.spans:
        for match, delta in windows.finditer(LOWER_CALLED_RE):
            key, end = match.group("name"), match.end() + delta
            if key in NEVER_NAMES or key not in names.first:
                continue
            cue = match.start() + delta
            if text.startswith("named", cue) and _ADJECTIVE_NAMED_BEFORE_RE.search(
                text, max(0, cue - 5), cue
            ):
                continue
            # before what a person does ("called dean came": even a name that is a word), or
            # alone before punctuation if it is no word
            if _SUBJECT_AFTER_RE.match(text, end) or (
                _plain_first(key, names) and re.match(r"[ \t]*[,.;:!?)]", text[end : end + 3])
            ):
                yield Hit(match.start("name") + delta, end, RULE_ID, MESSAGE)
    # Lower-case first names with a possessive, from the text's distinct chunks (a set shared
    # by the rules): only those few are looked for in the text.
    owners = sorted(
        {
            w
            for w in OWNER_CHUNK_RE.findall(f"\x00{vocabulary(text)[0]}\x00")
            if _plain_first(w, names)
        }
    )
    for owner in owners:
        for match in re.finditer(rf"(?<![\w\-'’]){owner}['’]s(?=[ \t])", text):
            end = match.end()
            if POSSESSIVE_THING_AFTER_RE.match(text, end) or POSSESSIVE_AFTER_RE.match(text, end):
                yield Hit(match.start(), end - 2, RULE_ID, MESSAGE)
    if "?" in text:
        # a question ends in a question mark: only the text before one is read
        windows = literal_windows(text, ("?",), 160, 0)
        for match, delta in windows.finditer(QUESTION_SUBJECT_RE):
            key = name_key(strip_possessive(match.group("name")))
            # a capital mid-question on a listed first name that is no everyday one, or an
            # everyday one before what a question asks of a person
            if key in names.first and not (
                key in NEVER_NAMES
                or key in names.bodies
                or (key in names.ordinary and match.group("next") not in QUESTION_PERSON_NEXT)
            ):
                start = match.start("name") + delta
                yield Hit(*_trim(text, start, match.end("name") + delta), RULE_ID, MESSAGE)
    if "s' " in text or "s’ " in text:
        # capitalised words in "s" that no list explains, then only those after "the"
        families = [
            word
            for word in capitalised_words(text)
            if word.endswith("s")
            and len(word) > 3
            and _unaccounted(word[:-1], names)
            and not names.is_word(fold(word))
        ]
        for match in _occurrences(text, families):
            if re.search(r"\b[Tt]he[ \t]+\Z", text[max(0, match.start() - 5) : match.start()]) and (
                re.match(r"['’][ \t]+[a-z]", text[match.end() : match.end() + 3])
            ):
                yield Hit(match.start(), match.end(), RULE_ID, MESSAGE)


# Names written in capitals that the odd-case scan (single first names that are no word)
# does not read: hyphenated ones ("KAYDEN-LEE", "PARKER-JONES"), and a first name that is
# an everyday word before a surname that is none ("GRACE OKONJO", "JADE MOSS'S").
# One scan, led by a class (no look-behind, which would be tried at every position): a word
# in capitals that is hyphenated or followed by another (only the first is consumed, so
# "THE GRACE OKONJO" is read at "GRACE" too).
CAPS_SCAN_RE = re.compile(
    r"(?<![A-Z])[A-Z]{2,}(?:(?P<h>(?:-[A-Z]{2,}){1,3})(?:['’]S)?(?![\w\-'’])|(?=[ \t]+[A-Z]{3}))"
)
CAPS_SURNAME_AFTER_RE = re.compile(r"[ \t]+([A-Z]{3,}(?:-[A-Z]{2,})?)(?:['’]S)?(?![\w\-])")


def _caps_surname(word: str, names: Gazetteer) -> bool:
    """A word in capitals that is a surname and no English word ("OKONJO", "HARGREAVES")."""
    title = "-".join(part.capitalize() for part in strip_possessive(word).split("-"))
    key = fold(title)
    if key in NEVER_NAMES or key in names.bodies or key in _NOT_SURNAMES:
        return False
    return (
        names.is_name_word(key)
        # a Gaelic patronymic is a surname even where a word list has it ("MCALLISTER")
        or (key.startswith("mc") and len(key) >= 5 and key in names.surnames)
        or (len(key) >= 4 and _unaccounted(title, names) and bool(re.search("[aeiouy]", key)))
    )


def _caps_hyphenated(word: str, names: Gazetteer) -> bool:
    keys = [fold(part) for part in strip_possessive(word).split("-")]
    if any(k in NEVER_NAMES for k in keys):
        return False
    double_first = (
        all(k in names.first for k in keys)
        and not all(k in names.ordinary for k in keys)
        and not all(k in names.bodies for k in keys)
    )
    double_surname = (
        all(k in names.first or k in names.surnames for k in keys)
        and not any(k in names.bodies for k in keys)
        and any(not names.is_word(k) and k not in names.ordinary for k in keys)
    )
    return double_first or double_surname


def _capital_names(text: str, names: Gazetteer) -> Iterator[Hit]:
    for match in capital_finditer(CAPS_SCAN_RE, text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-'’_"):
            continue
        after = CAPS_SURNAME_AFTER_RE.match(text, match.end())
        if match.group("h"):
            if not _caps_hyphenated(match.group(), names):
                continue
            end = after.end() if after and _caps_surname(after.group(1), names) else match.end()
        else:
            first = match.group().lower()
            if (
                after is None
                or len(first) < 3
                or first not in names.first
                or first in NEVER_NAMES
                or first in TITLE_WORDS
                or not _caps_surname(after.group(1), names)
            ):
                continue
            end = after.end()
        yield Hit(*_trim(text, start, end), RULE_ID, MESSAGE)


# -- names by their position: after a cue that only a person's name can follow --------------
# Read from the capitalised words that could be a name (the text's distinct words, found once
# at C speed), with each cue looked for just before an occurrence: far fewer places than the
# cues' own ("said", "name", "who", role words are frequent in every report).

# A speaker named after the quotation or the clause they said: "“...,” said Destiny.",
# "Nobody listened, said Jade.", "... according to Tamsin." The name ends the sentence or the
# clause, so even an everyday word ("Destiny", "Hope") is a name there.
INVERTED_VERBS = ("said", "says", "asked", "asks", "replied", "explained", "added", "recalled",
                  "insisted", "admitted", "continued", "whispered", "shouted", "screamed", "cried",
                  "sobbed", "wrote", "texted", "remembered", "according to")  # fmt: skip
INVERTED_BEFORE_RE = re.compile(
    rf"(?:[,”\"’'!?…][ \t]*(?:{'|'.join(INVERTED_VERBS[:-1])})|\baccording[ \t]+to)[ \t]+\Z"
)
CLAUSE_END_RE = re.compile(r"[ \t]*(?:[.,;:!?)\n\x00]|\Z)")
# A name taken or used in place of another: "changed her name by deed poll to Honey Faith
# Baker", "under the name Skye Rivers", "her new surname, Bright", "alias Tiny", "enrolled at
# school as Star Brooks". Every capitalised word of the run is the name, even an everyday one.
NAME_CHANGE_BEFORE_RE = re.compile(
    r"(?:\bchanged[ \t]+(?:(?:his|her|their)[ \t]+)?(?:sur|fore|first[ \t]+|given[ \t]+|"
    r"family[ \t]+)?names?(?:[ \t]+(?:by[ \t]+deed[ \t]+poll|legally|formally|again))?[ \t]+to"
    r"|\b(?:new|false|assumed|different|alternative|fake)[ \t]+(?:sur|fore|first[ \t]+)?names?"
    r"(?:[ \t]+(?:of|was|is))?[ \t]*[,:]?"
    r"|\bunder[ \t]+(?:the[ \t]+|a[ \t]+)?(?:(?:new|false|different|assumed)[ \t]+)?"
    r"(?:sur|fore)?names?(?:[ \t]+of)?"
    r"|\balias(?:es)?[ \t]*[,:]?"
    r"|\b(?:enrolled|registered)(?:[ \t]+[\w’']+){0,4}?[ \t]+(?:as|under))"
    r"[ \t]+[\"“‘']?\Z"
)
NAME_CHANGE_CUES = ("name", "alias", "enrolled", "registered")
CAP_RUN_RE = re.compile(rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}}")
# Asking who someone is names them: "ask who 'Big Mick' is", "nobody knew who Shaq was", "find
# out who Tyler Moss really was" (a nickname of everyday words too).
WHO_BEFORE_RE = re.compile(rf"\b[Ww]ho[ \t]+(?P<q>[\"“‘'])?(?P<lead>(?:{CAP_WORD}[ \t]+){{0,2}})\Z")
WHO_IS_AFTER_RE = re.compile(
    rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}}(?=[\"”’']?[ \t]+(?:really[ \t]+|actually[ \t]+)?"
    r"(?:is|was|were)(?:[ \t]*(?:[.,;:!?)\n\x00]|\Z)|[ \t]+(?:and|or|when|before|after|to|in|at|"
    r"until|if)\b))"
)
# A professional named beside their role, as title pages, panel lists and tables write them:
# "The chair, Mark Preston,", "Lead reviewer: Rose Hill", "Mark Preston, Named GP", "| Carol
# Barnes | Designated nurse |". Beside a role a first name and a surname make a name even when
# both are everyday words or places ("Rose Hill", "Preston").
PROFESSIONAL_ROLES = (
    "chair|chairperson|co-chair|reviewer|author|nurse|inspector|sergeant|constable|detective|"
    "manager|head|director|lead|officer|worker|visitor|midwife|gp|doctor|paediatrician|"
    "consultant|administrator|adviser|advisor|practitioner|psychologist|psychiatrist|therapist|"
    "solicitor|teacher|headteacher|principal|scrutineer|co-?ordinator|superintendent|"
    "commissioner|representative|designated|named|minute-taker|clerk|partner"
)
ROLE_BEFORE_RE = re.compile(
    rf"\b(?i:{PROFESSIONAL_ROLES})s?[ \t]*(?:\*\*)?(?:[:,–—|]|[ \t]-)(?:\*\*)?[ \t]*\Z"
)
FULL_NAME_RE = re.compile(rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,2}}")
# Where a name that a role follows may start: a line, a table cell, a list item, a bracket, a
# clause after a comma or a colon.
ROLE_NAME_START_RE = re.compile(r"(?:^|[|(\n\x00]|[-*][ \t]|[,:][ \t])[ \t]*\Z")
ROLE_AFTER_RE = re.compile(
    r"[ \t]*(?:,|\(|[–—]|[ \t]-|\|)[ \t]*(?:(?:the|a|an|our)[ \t]+)?(?:[A-Za-z][\w'’\-]*[ \t]+){0,3}"
    rf"(?i:{PROFESSIONAL_ROLES})\b"
)
# First names that are also words opening a role's or a service's name ("Lead", "Head").
ROLE_WORDS_AS_NAMES = word_set("lead head early chief deputy senior principal young will")

_CUED: dict[str, bool] = {}


def _cue_candidate(word: str, names: Gazetteer) -> bool:
    """A capitalised word that a person cue before it would make a name (cached per word)."""
    found = _CUED.get(word)
    if found is None:
        key = name_key(word)
        found = (
            len(key) >= 2
            and key not in NEVER_NAMES
            and key not in TITLE_WORDS
            and key not in _PERSON_WORDS
            and not (key in names.bodies and key not in names.first)
            and (key in names.first or names.is_name_word(key) or _unaccounted(word, names))
        )
        if len(_CUED) < 200_000:
            _CUED[word] = found
    return found


def _surname_like(word: str, names: Gazetteer) -> bool:
    """A surname or a word no list explains; a double-barrelled one needs a part that is no
    English word ("Ashcombe-Ryder", not "Self-Harm")."""
    parts = [p for p in strip_possessive(word).split("-") if p]
    return any(names.is_surname(p) or _unaccounted(p, names) for p in parts) and (
        len(parts) == 1 or any(not names.is_word(fold(p)) for p in parts)
    )


def _cued_names(text: str, names: Gazetteer) -> Iterator[Hit]:
    words = [w for w in capitalised_words(text) if _cue_candidate(w, names)]
    if not words:
        return
    for match in _occurrences(text, words):
        start = match.start()
        end = (
            _after_inverted_speech(text, start, names)
            or _after_name_change(text, start)
            or _beside_role(text, start, names)
        )
        if end:
            yield Hit(*_trim(text, start, end), RULE_ID, MESSAGE)
        elif who := _asked_who(text, start, names):
            yield Hit(*_trim(text, *who), RULE_ID, MESSAGE)


def _after_inverted_speech(text: str, start: int, names: Gazetteer) -> int:
    tail = text[max(0, start - 16) : start].lower()
    if not any(verb in tail for verb in INVERTED_VERBS):
        return 0
    if not INVERTED_BEFORE_RE.search(text, max(0, start - 16), start):
        return 0
    end = _extend(text, CAP_RE.match(text, start).end("name"), names)
    return end if CLAUSE_END_RE.match(text, end) else 0


def _after_name_change(text: str, start: int) -> int:
    window = text[max(0, start - 80) : start].lower()
    if not any(cue in window for cue in NAME_CHANGE_CUES):
        return 0
    if not NAME_CHANGE_BEFORE_RE.search(text, max(0, start - 80), start):
        return 0
    end = start
    for word in CAP_RUN_RE.match(text, start).group().split():
        key = name_key(word)
        if key in NEVER_NAMES or key in TITLE_WORDS or key in _PERSON_WORDS:
            break
        end = text.index(word, end) + len(word)
    return end


def _asked_who(text: str, start: int, names: Gazetteer) -> tuple[int, int] | None:
    if "who" not in text[max(0, start - 40) : start].lower():
        return None
    before = WHO_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None:
        return None
    start = before.start("lead")
    after = WHO_IS_AFTER_RE.match(text, start)
    if after is None:
        return None
    words = after.group().split()
    keys = [name_key(w) for w in words]
    if any(k in NEVER_NAMES or k in TITLE_WORDS or k in _PERSON_WORDS for k in keys):
        return None
    last = words[-1]
    if (keys[-1] in names.bodies and keys[-1] not in names.first) or not (
        names.is_name(last) or _unaccounted(last, names) or before.group("q")
    ):
        return None
    return start, after.end()


def _beside_role(text: str, start: int, names: Gazetteer) -> int:
    full = FULL_NAME_RE.match(text, start)
    if full is None:
        return 0
    words = full.group().split()
    keys = [name_key(w) for w in words]
    if (
        keys[0] not in names.first
        or keys[0] in ROLE_WORDS_AS_NAMES
        or any(k in NEVER_NAMES or k in TITLE_WORDS or k in _PERSON_WORDS for k in keys)
        or not _surname_like(words[-1], names)
        or (keys[-1] in names.bodies and keys[-1] not in names.surnames)
    ):
        return 0
    before = text[max(0, start - 6) : start].rstrip(" \t*")
    if (
        before[-1:] in (":", ",", "|", "–", "—", "-")
        and ROLE_BEFORE_RE.search(text, max(0, start - 40), start)
        and CLAUSE_END_RE.match(text, full.end())
    ) or (
        ROLE_NAME_START_RE.search(text, max(0, start - 8), start)
        and ROLE_AFTER_RE.match(text, full.end())
    ):
        return full.end()
    return 0


# -- a surname in a police log written in capitals, by the log's own words around it -------
# "DRIVER J. MCALLISTER ARRESTED", "SUBJ OKONKWO DETAINED", "23:40 MCDERMOTT CONVEYED TO
# CUSTODY": a role of the log before the name, or an action of the log after it.
_LOG_ROLES = (
    "DRIVER|SUSPECT|SUSP|SUBJ|SUBJECT|OFFENDER|OFF|PASSENGER|AGGRESSOR|PERP|IP|VICTIM|WITNESS|"
    "INFORMANT|CALLER|OCCUPANT|NOMINAL|MALE|FEMALE|DP|PRISONER|MISPER|CHILD|YP|PARENT"
)
_LOG_ACTIONS = (
    "ARRESTED|DETAINED|CONVEYED|CHARGED|CAUTIONED|INTERVIEWED|RELEASED|REMANDED|LOCATED|"
    "STOPPED|SEARCHED|IDENTIFIED|BAILED|REFUSED|DECAMPED|MADE OFF|LEFT|RETURNED|ATTENDED|"
    "PRESENT|ON SCENE|AT SCENE|IN CUSTODY|INTOXICATED|AGGRESSIVE|STATES|STATED|REPORTS|ADVISED"
)
LOG_SURNAME_RE = re.compile(
    rf"(?:(?<![A-Za-z])(?:{_LOG_ROLES})(?:[ \t]*[=:][ \t]*|[ \t]+)(?:[A-Z]\.?[ \t]+)?"
    r"(?P<a>[A-Z][A-Z'’\-]{2,})(?![\w\-])"
    rf"|(?<![\w\-'’])(?P<b>[A-Z][A-Z'’\-]{{2,}})[ \t]+(?:{_LOG_ACTIONS})(?![A-Za-z]))"
)
LOG_WORD_HINTS = (
    *(w for w in (*_LOG_ROLES.split("|"), *_LOG_ACTIONS.split("|")) if len(w) >= 4),
    *(f"{role}{sep}" for role in ("IP", "DP", "YP", "OFF") for sep in " =:"),
)


def _log_surnames(text: str, names: Gazetteer) -> Iterator[Hit]:
    """Surnames in capitals beside a police log's roles and actions."""
    # One scan for the 62 words (led by capitals, which the engine skips to): a loop of
    # ``in`` read the whole report once a word, most of them absent (1.1 -> 0.2 ms a review).
    if not contains_any(text, LOG_WORD_HINTS):
        return
    for match in LOG_SURNAME_RE.finditer(text):
        group = "a" if match.group("a") else "b"
        word = match.group(group)
        key = fold(strip_possessive(word))
        if key in NEVER_NAMES or (key in names.first and names.is_word(key)):
            continue
        if re.fullmatch(f"(?:{_LOG_ROLES}|{_LOG_ACTIONS})", word) or not _caps_surname(word, names):
            continue
        yield Hit(*_trim(text, match.start(group), match.end(group)), RULE_ID, MESSAGE)


# A family court case titled by the family's surname: "Re Baines (A Child)", "In re
# Thackeray (Children)", "Re Gilchrist (A Minor)". Published judgments give a letter ("Re B
# (A Child)") or carry a law report's citation ("[2019] EWFC 12"), which is public.
COURT_TITLE_RE = re.compile(
    r"(?<![\w\-])(?:In[ \t]+)?(?:Re|re|RE)[ \t]+(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
    r"[ \t]*\((?i:(?:an?|the)[ \t]+)?(?i:child|children|minor|minors|infant|infants|"
    r"care[ \t]+proceedings|adoption|placement[ \t]+order)\b[^)\n]{0,30}\)"
)
LAW_REPORT_AFTER_RE = re.compile(r"[ \t,]*[\[(](?:19|20)\d\d[\])]")


def _court_titles(text: str, names: Gazetteer) -> Iterator[Hit]:
    """The surname in a family court case's title, unless a law report is cited after it."""
    if "(" not in text or ("Re " not in text and "re " not in text and "RE " not in text):
        return
    for match in COURT_TITLE_RE.finditer(text):
        key = name_key(match.group("name"))
        if key in NEVER_NAMES or LAW_REPORT_AFTER_RE.match(text, match.end()):
            continue
        yield Hit(match.start("name"), match.end("name"), RULE_ID, MESSAGE)


# A payment's reference or payee as a bank statement prints it, in capitals: 'the reference
# "K DUNSTAN RENT"', "payee D FAIRCLOUGH", "payments referenced OKONJO FOOD". A word of the
# capitals that is a surname and no English word is the name of the person paid or paying.
PAYMENT_CUE_RE = re.compile(
    r"\b(?i:(?:payment[ \t]+)?ref(?:erence[ds]?|\.)?|payee(?:[ \t]+named)?|beneficiary|"
    r"account[ \t]+name|narrative|paid[ \t]+to|transfer(?:red|s)?[ \t]+to|payments?[ \t]+to)"
    r"(?:[ \t]+(?i:was|of|read|reading|showing|as|named|called))?[ \t]*[:=]?[ \t]*[\"“'‘]?"
    r"(?P<run>[A-Z0-9][A-Z0-9.&'’\-]*(?:[ \t]+[A-Z0-9][A-Z0-9.&'’\-]*){0,5})(?![\w])"
)
PAYMENT_CUES = ("ref", "REF", "payee", "Payee", "beneficiary", "account name", "narrative",
                "paid to", "transfer", "payments to", "payment to")  # fmt: skip
# Where a match of PAYMENT_CUE_RE can start, in lower case (inside longer words too, as its
# "\b" is tried there): the pattern, led by "\b" and a case-insensitive alternation, is tried
# only at these instead of at every character of the text (2.6 -> 0.3 ms a review).
PAYMENT_STARTS = ("payment", "ref", "payee", "beneficiary", "account", "narrative", "paid",
                  "transfer")  # fmt: skip


PAYMENT_CONTEXT_RE = re.compile(
    r"(?i:\bpa(?:id|y|ys|ying|yments?|yee)\b|\btransfer|\bbank\b|\bstatements?\b|"
    r"standing[ \t]+order|direct[ \t]+debit|\baccount\b|£|\bmoney\b|\bcash\b|\bloan)"
)


def _payment_surname(word: str, names: Gazetteer) -> bool:
    """A listed surname that no everyday word of payments explains ("BRADSHAW", not "RENT",
    "BILLS" or "GIFT"): a reference is a person's name or what the money was for."""
    key = fold(strip_possessive(word))
    return (
        len(key) >= 4
        and key in names.surnames
        and key not in names.ordinary
        and not (key.endswith("s") and key[:-1] in names.ordinary)
        and key not in NEVER_NAMES
        and key not in names.bodies
    )


def _payment_names(text: str, names: Gazetteer) -> Iterator[Hit]:
    """Surnames in the capitals of a payment's reference or payee."""
    if not any(cue in text for cue in PAYMENT_CUES):
        return
    for match in cue_finditer(PAYMENT_CUE_RE, PAYMENT_STARTS, text, whole=False):
        run = match.group("run")
        if not any(c.isalpha() for c in run) or run.isdigit():
            continue
        near = text[max(0, match.start() - 100) : match.end() + 60]
        if not PAYMENT_CONTEXT_RE.search(near):
            continue  # "ref. WSAB-R-24-03": a document's reference, not a payment's
        for word in re.finditer(r"(?<![\w\-/])[A-Z][A-Z'’]{2,}(?![\w\-/])", run):
            if word.group().isupper() and (
                _caps_surname(word.group(), names) or _payment_surname(word.group(), names)
            ):
                start = match.start("run") + word.start()
                yield Hit(*_trim(text, start, start + len(word.group())), RULE_ID, MESSAGE)


def _other_forms(text: str, names: Gazetteer) -> Iterator[Hit]:
    yield from _payment_names(text, names)
    yield from _court_titles(text, names)
    yield from _log_surnames(text, names)
    yield from _more_forms(text, names)
    yield from _capital_names(text, names)
    yield from _cued_names(text, names)
    yield from _companions(text, names)
    yield from _tags_and_quoted_nicknames(text, names)
    yield from _families_and_lower_names(text, names)
    yield from _clause_subjects(text, names)
    yield from _lower_titles(text, names)
    yield from _greetings(text, names)
    yield from _table_rows(text, names)
    # Each form is found from a literal or a short class at C speed (a regex led by a
    # look-behind tries every position of the text).
    for match in _starts(text, INITIAL_STARTS, INITIAL_RE, back=True):
        word = match.group("name")
        key = name_key(word)
        if key in NEVER_NAMES or PSEUDONYM_LABELS.search(
            text, max(0, match.start() - 14), match.start()
        ):
            continue
        surname = names.is_name_word(key) and key not in names.first
        if not (
            surname
            or (_category(word) == 0 and _unaccounted(word, names))
            or _initials_in_clause(text, match, names)
        ):
            continue
        if CITATION_RE.match(text, match.end()):
            continue
        yield Hit(*_trim(text, match.start(), match.end()), RULE_ID, MESSAGE)
    for match in _starts(text, BARE_INITIAL_STARTS, BARE_INITIAL_RE):
        if _initials_in_clause(text, match, names):
            yield Hit(*_trim(text, match.start("initial"), match.end()), RULE_ID, MESSAGE)
    for match in _starts(text, PREFIX_STARTS, PREFIXED_RE):
        word = match.group("name")
        if fold(word) in names.bodies or CITATION_RE.match(text, match.end()):
            continue
        # After an article or particle the name is no English word, role or body ("Al-Anon",
        # "a van Police stopped" are no names).
        after = match.group("after_article") or match.group("after_particle")
        if after and (
            names.is_word(fold(after)) or fold(after) in NEVER_NAMES or fold(after) in names.bodies
        ):
            continue
        yield Hit(*_trim(text, match.start(), match.end()), RULE_ID, MESSAGE)
    # Double-barrelled surnames: "Smith-Jones" (both parts names, one of them no word).
    for match in _starts(text, HYPHEN_STARTS, HYPHENATED_RE, back=True):
        parts = [strip_possessive(p) for p in match.group("name").split("-")]
        keys = [fold(p) for p in parts]
        if any(k in names.bodies or k in NEVER_NAMES for k in keys):
            continue
        # Both parts names (or words no list explains), one of them a listed name, one
        # of them no English word: "Smith-Jones", "Smith-Jankowska", not "Anglo-Saxon".
        if (
            all(names.is_name(p) or _unaccounted(p, names) for p in parts)
            and any(names.is_name(p) for p in parts)
            and any(not names.is_word(k) and k not in names.ordinary for k in keys)
            and not CITATION_RE.match(text, match.end())
        ):
            yield Hit(*_trim(text, match.start(), match.end()), RULE_ID, MESSAGE)


# An initial without a stop and a surname after a word that links a person into the clause:
# "signed by D Hammond", "sent to K Rose", "and L Fisher". Led by the space before the
# initial (a literal); the linking word is checked from there.
BARE_INITIAL_RE = re.compile(rf" (?P<initial>[A-Z])[ \t](?P<name>{CAP_WORD})")
BARE_INITIAL_STARTS = (re.compile(r" [A-Z][ \t][A-Z]"),)
_LINK_BEFORE_RE = re.compile(r"(?:^|[ \t(])(?:by|to|from|and|with|cc|attn|for)\Z")
# Mid-sentence, after a lower-case word, a comma or a bracket: no label's letter ending a
# sentence ("Child A. Hill walking ..." and "Plan B. Fisher ..." follow a capitalised word).
_CLAUSE_BEFORE_RE = re.compile(r"(?:(?<![\w'’\-])[a-z]{2,}|[,(])[ \t]*\Z")
# A word that names the letter itself ("chose the letter W. Arthur, ...", "grade B. Fisher
# ..."): the letter ends its own sentence, no initial of a person.
_LETTER_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w'’\-])(?:letters?|initials?|grade|plan|type|class|vitamin|category|level|option|"
    r"appendix|annex|section|part|schedule|group|block)[ \t]*\Z"
)
# What ends such a name: punctuation, a bracket, the line's end, a joining word or a verb.
_INITIAL_NAME_END_RE = re.compile(
    r"(?:['’]s)?(?:[ \t]*(?:[,;:()\n\"”’]|\.?\Z|\.[ \t])|[ \t](?:and|or|at|as|from|who|was|"
    r"is|had|has|said|told|wrote|signed|chaired|attended|agreed|noted|visited|spoke)\b)"
)


def _initials_in_clause(text: str, match: re.Match, names: Gazetteer) -> bool:
    """An initial or two and a listed surname that is also an everyday word ("L. Farrow",
    "D Hammond"), mid-sentence and ended as a name: a person's initials, as minutes, letters
    and signatures write them. An undotted initial needs a word that links a person before
    it ("signed by D Hammond")."""
    word = match.group("name")
    key = name_key(word)
    if not names.is_surname(word) or key in names.bodies or key in NEVER_NAMES:
        return False
    start = match.start("initial") if "initial" in match.re.groupindex else match.start()
    if text.count(".", start, match.start("name")) > 2:
        return False
    before = text[max(0, start - 24) : start]
    if not _CLAUSE_BEFORE_RE.search(before) or _LETTER_NOUN_BEFORE_RE.search(before):
        return False
    if "initial" in match.re.groupindex and not _LINK_BEFORE_RE.search(before.rstrip()):
        return False
    return bool(_INITIAL_NAME_END_RE.match(text, match.end("name")))


# Literal-led patterns that find where each form may start: the regex engine finds a
# leading literal at C speed, but tries a leading class or alternation at every position.
INITIAL_STARTS = (re.compile(r"\.[ \t]?[A-Z]"),)
PREFIX_STARTS = tuple(
    re.compile(p)
    for p in (
        r"O['’][A-Z]",
        r"Ma?c[A-Z]",
        r"Fitz[A-Z]",
        r"ap [A-Z]",
        r"ab [A-Z]",
        r"Ní [A-Z]",
        r"Nic [A-Z]",
        r"Ó [A-Z]",
        r"Uí [A-Z]",
        r"Mhic [A-Z]",
        # one literal each: "[AaEe]l-" was a class the engine tried at every character
        r"Al-[A-Z]",
        r"al-[A-Z]",
        r"El-[A-Z]",
        r"el-[A-Z]",
        r"v[ao]n [A-Z]",
        r"v[ao]n de[nr]? [A-Z]",
    )
)
HYPHEN_STARTS = (re.compile(r"-[A-Z]"),)
_WORD_BACK = re.compile(r"[A-Z][^\W\d_]*\Z")


def _starts(
    text: str, start_res: tuple[re.Pattern, ...], full_re: re.Pattern, back: bool = False
) -> Iterator[re.Match]:
    """Matches of ``full_re`` where a start pattern matched (from the word's start when
    ``back``: the start pattern matched inside the word), each place once, in order."""
    places = sorted(m.start() for pattern in start_res for m in pattern.finditer(text))
    last = -1
    for position in places:
        if back:
            word = _WORD_BACK.search(text, max(0, position - 40), position)
            if word is None:
                continue
            position = word.start()
        if position <= last:
            continue
        match = full_re.match(text, position)
        if match:
            last = match.end()
            yield match


HYPHENATED_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>[A-Z][{LOWER}]+-[A-Z][{LOWER}]+(?:['’]s)?)(?![\w\-])"
)


# -- lower case and capitals: "darren holt", "CRAIG ATHERTON" ------------------------------
_CHUNK_STRIP = "\"'“”‘’()[]{},.;:!?*_"


@lru_cache(maxsize=1)
def _odd_case_names() -> frozenset[str]:
    """Folded first names that are no everyday word, role or public body (set operations
    only: the English-word test, with its inflections, runs on the few found in a text)."""
    names = gazetteer()
    return frozenset(names.first - names.vocabulary - names.ordinary - names.bodies - NEVER_NAMES)


def _odd_case(text: str, names: Gazetteer) -> Iterator[Hit]:
    """Names written all in lower case or all in capitals: a first name that is no English
    word or public body ("darren", "CRAIG"), with the surname that follows it."""
    # Set operations at C speed: the text's distinct lower-cased chunks against the names;
    # only chunks with punctuation ("darren,") are stripped one by one.
    chunks = lowered_chunks(text)
    candidates = _odd_case_names()
    found = set(chunks & candidates)
    found.update(
        c.strip(_CHUNK_STRIP)
        for c in chunks
        if not c.isalpha() and c.strip(_CHUNK_STRIP) in candidates
    )
    quoted: list[tuple[int, int]] | None = None
    for key in found:
        if len(key) < 3 or not key.isalpha() or names.is_word(key):
            continue
        # Most are capitalised names ("Arthur"): look further only if the text holds the
        # name in lower case or in capitals.
        if key not in text and key.upper() not in text:
            continue
        for match in re.finditer(rf"(?<![\w\-])({re.escape(key)})(?![\w\-])", text, re.I):
            word = match.group()
            lower = word.islower()
            if not (lower or word.isupper()):
                continue  # "Darren": the other scans read capitalised words
            if lower and _DETERMINER_BEFORE_RE.search(
                text, max(0, match.start() - 20), match.start()
            ):
                continue  # "his kinel", "in her thies": a noun after a determiner, no name
            if lower and _noun_after_modifier(text, match.start(), names):
                continue  # "the social manne", "a rapid thies": a noun phrase, no name
            end = match.end()
            following = re.match(r"[ \t]+([^\W\d_]+)", text[end : end + 40])
            after = following.group(1) if following else ""
            # A first name and a surname that is no English word make a name on their own;
            # otherwise a person context is needed: rare words and made-up ones can spell
            # a first name from some country ("conal", "dinis").
            surname = bool(after) and _surname_after(after, lower, names, strict=True)
            start = match.start()
            if not surname and not lower:
                # Capitals: a surname before the first name counts as well ("SON ZUBAIR
                # IQBAL": Zubair is listed as a surname only, Iqbal as both).
                before = _CAPS_BEFORE.search(text, max(0, start - 40), start)
                if before and _surname_after(before.group(1), False, names, strict=True):
                    # The name ends at this word: nothing need follow ("(SARAH JONES)").
                    start, surname, following = before.start(1), True, None
            if not surname:
                if quoted is None:
                    quoted = _quoted_spans(text)
                # A name in lower case inside quoted family speech ("tell stacey to ...").
                spoken = lower and _inside(quoted, match.start())
                # In a record written in capitals a first name of four letters or more
                # stands on its own, as it does capitalised in prose ("MACKENZIE WAS SEEN").
                logged = (
                    not lower and len(word) >= 4 and _caps_run(text, match.start(), match.end())
                )
                # The cue may follow a surname in the same case that is no English word
                # ("tracey okafor rang"; not "full manne been told", "merce worker reported").
                named_after = (
                    bool(after)
                    and (after.islower() if lower else after.isupper())
                    and fold(after) in names.surnames
                    and names.is_name_word(fold(after))
                    and _after_context(text, end + following.end())
                )
                if named_after:
                    end += following.end()
                elif not (spoken or logged) and (
                    len(word) < 4
                    or not _context(text, match.start(), match.end(), False, relations=False)
                ):
                    continue
                else:
                    surname = bool(after) and _surname_after(after, lower, names, strict=False)
            if surname and following:
                end += following.end()
            # A word in capitals is a name only in a run of capitals (a quoted record), not
            # an acronym in ordinary text ("the LADO").
            if not lower and not surname and not _caps_run(text, match.start(), match.end()):
                continue
            yield Hit(start, end, RULE_ID, MESSAGE)


_CAPS_BEFORE = re.compile(r"(?<![\w\-])([A-Z]{3,})[ \t]+\Z")
# A determiner or a possessive just before a word in lower case makes it a noun (a name is
# not written "a darren" or "his jade"); "her" counts only after a preposition, as "told her
# darren was coming" holds a name.
_DETERMINER_BEFORE_RE = re.compile(
    r"(?<![\w\-'’])(?:(?i:a|an|the|any|some|his|its|their|our|my|your|this|these|those|every|"
    r"each|another)|(?i:in|on|at|to|into|onto|from|with|by|of|for|under|over|about)[ \t]+her)"
    # "the named carey": "named" as an adjective between ("the named nurse")
    r"[ \t]+(?:named[ \t]+)?\Z"
)
# A determiner and one word before a word in lower case: "the social manne reported", "over
# the following amand," (a rare word in a noun phrase). Not when the word between is a person
# ("the nurse jade"), a title, or a time ("that day jade came", "each time tyler asked").
_MODIFIER_BEFORE_RE = re.compile(
    r"(?<![\w\-'’])(?i:a|an|the|any|some|his|its|their|our|my|your|every|each|another)"
    r"[ \t]+(?P<word>[a-z]+)[ \t]+\Z"
)
_NOT_MODIFIERS = word_set(
    """late dear little poor young old baby day days morning afternoon evening night week weekend
    month year time times occasion summer winter spring autumn moment point"""
)


def _noun_after_modifier(text: str, start: int, names: Gazetteer) -> bool:
    before = _MODIFIER_BEFORE_RE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group("word")
    return (
        names.is_word(word)
        and word not in _NOT_MODIFIERS
        and word not in _PERSON_WORDS
        and word not in TITLE_WORDS
        and word not in names.first
    )


_CAPS_NEIGHBOUR = re.compile(r"[A-Z]{2,}[ \t,]+$")


def _caps_run(text: str, start: int, end: int) -> bool:
    if _CAPS_NEIGHBOUR.search(text, max(0, start - 30), start):
        return True
    # "MICHAEL O'NEILL": a surname in capitals may start with O' or Mc.
    return bool(re.match(r"[ \t,]+(?:O['’]|Mc|MC)?[A-Z]{2,}\b", text[end : end + 30]))


_NOT_SURNAMES = frozenset(f"{SPEECH}|{ACTION}".replace("(", "").split("|"))


def _surname_after(word: str, lower: bool, names: Gazetteer, strict: bool) -> bool:
    """A surname in the same case as the first name before it ("darren holt")."""
    if not (word.islower() if lower else word.isupper()):
        return False
    key = fold(word)
    if key in NEVER_NAMES or key in _NOT_SURNAMES or key not in names.surnames:
        return False
    if strict:
        return names.is_name_word(key)
    # After a person cue a surname that is a rare word counts ("holt"), a common one not.
    return len(key) > 3 and key not in names.ordinary


def _published(text: str, hit: Hit, names: Gazetteer) -> bool:
    return in_public_phrase(text, hit.start, hit.end, names)


# A law known by the first name of the person it is named after: "Finn's Law", "Natasha's Law".
_EPONYM_LAW_RE = re.compile(r"[A-Z][a-z]+['’]s[ \t]+Law\b")


def in_public_phrase(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """Whether text[start:end] lies inside the name of a public body, a published inquiry,
    a national case review or an eponym ("Lord Laming", "Anna Freud Centre")."""
    if _EPONYM_LAW_RE.match(text, start) and _EPONYM_LAW_RE.match(text, start).end() >= end:
        return True  # "Finn's Law", "Natasha's Law": a statute's public nickname
    hit = Hit(start, end, RULE_ID, "")
    index = _phrase_index(names.body_phrases)
    if text.count(" ", start, end) >= _longest_phrase(names.body_phrases):
        return False  # no phrase covers it; tokenising a long hit at each call is quadratic
    begin = max(0, hit.start - 60)
    tokens = [
        (m.start() + begin, m.end() + begin, fold(strip_possessive(m.group())))
        for m in WORD_RE.finditer(text[begin : hit.end + 60])
    ]
    for i, (start, _, key) in enumerate(tokens):
        if start > hit.start:
            break
        for phrase in index.get(key, ()):
            window = tokens[i : i + len(phrase)]
            if (
                len(window) == len(phrase)
                and all(t[2] == k for t, k in zip(window, phrase, strict=True))
                and window[-1][1] >= hit.end
            ):
                return True
    return False


@lru_cache(maxsize=4)
def _longest_phrase(phrases: tuple[str, ...]) -> int:
    """The most words a public phrase has."""
    return max((len(phrase.split()) for phrase in phrases), default=0)


@lru_cache(maxsize=4)
def _phrase_index(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases as folded words, by their first word (a regex of all of them took half a
    second to compile)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        keys = tuple(fold(strip_possessive(w)) for w in WORD_RE.findall(phrase))
        if keys:
            index.setdefault(keys[0], []).append(keys)
    return index


_PSEUDONYM_PARTS_RE = re.compile(r"[()\[\],;:/–—]|[ \t]-[ \t]")


def looks_like_full_name(text: str) -> bool:
    """True for a pseudonym such as "Kayden Morris": a gazetteer first name and surname, also
    beside a label ("Mother (Stacey Lowe)", "Father - Dean Hall")."""
    parts = [p.strip() for p in _PSEUDONYM_PARTS_RE.split(text) if p.strip()]
    if len(parts) > 1:
        return any(_full_name(part) for part in parts)
    return _full_name(text)


def _full_name(text: str) -> bool:
    # A title and middle initials change nothing ("Mr Daniel J. Okafor"), nor lower case
    # ("daniel okafor").
    parts = text.split()
    while parts and fold(parts[0].rstrip(".")) in TITLE_WORDS:
        parts = parts[1:]
    parts = [p for p in parts if not re.fullmatch(r"[A-Za-z]\.?", p) or p is parts[0]]
    parts = [p[:1].upper() + p[1:] if p[:1].islower() else p for p in parts]
    words = re.findall(CAP_WORD, " ".join(parts))
    if len(words) < 2 or len(words) != len(parts):
        return False
    names = gazetteer()
    # Both words may be everyday words too ("Jade Moss", "Summer Rose"): a first name and a
    # surname are still a real-looking full name, which a pseudonym must not be (issue 12).
    first, last = words[0], words[-1]
    if names.is_first(first) and names.is_surname(last):
        return True
    # A first name no list knows, with a listed surname ("Tendai Moyo"), or a listed first
    # name with a surname no list knows ("Gethin Prydderch").
    return (names.is_first(first) and _unaccounted(last, names)) or (
        _unaccounted(first, names)
        and names.is_surname(last)
        and name_key(last) not in names.ordinary
    )


RULE = Rule(
    id=RULE_ID,
    severity="error",
    message=MESSAGE,
    summary="A person's name that is not a declared pseudonym or the named reviewer",
    fix="Use the pseudonym or a role; if the review may rightly name this person, declare it "
    "under redaction.named_people with a reason.",
    docs='names: a title and name ("Mrs Haskett"), a naming word ("named Hope", "known as Zeb"), '
    'a relation ("his mother, Kelly"), a first name from the names gazetteer ("Kayden"), with '
    "the surname that follows; also a declared pseudonym that looks like a real full name",
    rank=150,
    find=find,
    silenced_by=frozenset({"pseudonym", "author", "partnership", "named_people"}),
)

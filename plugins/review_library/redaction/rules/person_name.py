"""Rule ``person-name``: names found with a gazetteer and context, no language model.

Context that makes a capitalised word a name: a title ("Mrs Morris"), a naming verb
("named Hope", "known as Zeb"), a relation ("his mother, Kelly"). Without context, a
gazetteer first name that is not also an everyday word ("Kayden", but not "Will", "May",
"Grace" or "Hope") is reported, extended by a following surname ("Kayden Morris").
Role titles, months, weekdays and pseudonym words ("Child", "Mother", "Sibling") never are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.gazetteer import (
    NEVER_NAMES,
    Gazetteer,
    gazetteer,
    name_key,
)
from review_library.redaction.rules.text import CAP_WORD, fold, lowered, strip_possessive

RULE_ID = "person-name"
MESSAGE = "this looks like a person's name; use the pseudonym or the role ('Mother', 'the health visitor')"
PSEUDONYM_MESSAGE = (
    "this declared pseudonym looks like a real person's full name; choose an invented "
    "pseudonym ('Child K', a single first name), or declare a real name under "
    "redaction.named_people with a reason"
)

TITLES = (
    "Mr|Mrs|Ms|Miss|Mx|Dr|Master|Sir|Dame|Prof|Professor|Rev|Revd|Reverend|Cllr|Councillor|"
    "PC|DC|DS|DI|DCI|Sgt|Sergeant|Inspector|Constable|Judge|HHJ"
)
RELATIONS = (
    "mother|father|mum|mom|dad|brother|sister|half-brother|half-sister|stepbrother|stepsister|"
    "sibling|son|daughter|partner|ex-partner|boyfriend|girlfriend|husband|wife|fiancée|fiancé|fiance|"
    "grandmother|grandfather|grandma|grandad|granddad|nan|nanna|aunt|auntie|uncle|cousin|"
    "stepfather|stepmother|stepdad|stepmum|niece|nephew|twin|baby|child|toddler|lodger|"
    "neighbour|friend|carer"
)
NAMING = (
    r"named|called|nicknamed|known as|known to (?:friends|family|the family) as|"
    r"(?:first |given |full |real )?name (?:is|was)|names (?:are|were)|aka|a\.k\.a\.|"
    r"referred to as"
)

# A capitalised word; every name rule starts from one of these (one pass over the text).
CAP_RE = re.compile(rf"(?<![\w\-'’@/.#])(?P<name>{CAP_WORD})(?![\w@/])")
TITLE_WORDS = frozenset(t.casefold() for t in TITLES.split("|"))
UPPER_TITLE_RE = re.compile(rf"(?<![\w])(?:PC|DC|DS|DI|DCI|HHJ)[ \t]+(?P<name>{CAP_WORD})")
AFTER_TITLE_RE = re.compile(rf"\.?[ \t]+(?:\n[ \t]*)?(?P<name>{CAP_WORD})")
# Context ending just before a capitalised word: a naming verb or a relation.
CONTEXT_BEFORE_RE = re.compile(
    rf"(?:\b(?:{NAMING})|\b(?i:{RELATIONS})(?:['’]s)?,?)[ \t]+(?:\n[ \t]*)?[\"“‘']?$"
)
NEXT_WORD_RE = re.compile(rf"[ \t]*\n?[ \t]*(?P<name>{CAP_WORD})")
# A cited author, not a person in the case: "Brandon et al. (2020)", "Munro's review (2011)".
CITATION_RE = re.compile(
    r"(?:['’]s)?[ \t]*(?:et al|and colleagues|(?:\w+[ \t]+)?\(\s*(?:19|20)\d\d|,\s*(?:19|20)\d\d|&\s)"
)


def _plausible(word: str) -> bool:
    """A capitalised word that could be a name: two letters or more, no role or stop word."""
    bare = strip_possessive(word)
    return len(bare) >= 2 and fold(bare) not in NEVER_NAMES


def _extend(text: str, end: int, names: Gazetteer, limit: int = 2) -> int:
    """Extend a name over following surnames ("Kayden" -> "Kayden Lee Morris")."""
    for _ in range(limit):
        match = NEXT_WORD_RE.match(text, end)
        if not match or not names.is_name(match.group("name")):
            break
        word = match.group("name")
        if fold(strip_possessive(word)) in names.ordinary and not names.is_surname(word):
            break
        end = match.end("name")
        if word.endswith(("'s", "’s")):
            break
    return end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing possessive from a span, so allowances match "Zeb's" as "Zeb"."""
    word = text[start:end]
    stripped = strip_possessive(word)
    return start, start + len(stripped)


NAMING_WORDS = ("named", "called", "known", "name", "aka", "a.k.a", "referred")


# Without CAP_RE's look-behind the engine can skip to capital letters: used to list the
# distinct capitalised words; occurrences are then checked for word boundaries.
CAP_FAST_RE = re.compile(CAP_WORD)


def _occurrences(text: str, words: list[str]) -> list[re.Match]:
    """Matches of CAP_RE at each whole-word occurrence of the given words, in text order."""
    found = []
    for word in words:
        position = text.find(word)
        while position != -1:
            match = CAP_RE.match(text, position)
            if match and match.group("name") == word:
                found.append(match)
            position = text.find(word, position + 1)
    found.sort(key=lambda m: m.start())
    return found


_CATEGORY: dict[str, int] = {}
_TITLE, _FIRST, _SURNAME = 1, 2, 3


def _category(word: str) -> int:
    """0 not a name, 1 title, 2 first name, 3 surname only (cached per spelling)."""
    found = _CATEGORY.get(word)
    if found is None:
        names = gazetteer()
        key = name_key(word)
        if key in TITLE_WORDS:
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
    ordinary = names.ordinary
    if "PC" in text or "DC" in text or "DS" in text or "DI" in text or "HHJ" in text:
        for match in UPPER_TITLE_RE.finditer(text):
            if _plausible(match.group("name")):
                end = _extend(text, match.end("name"), names)
                yield Hit(*_trim(text, match.start("name"), end), RULE_ID, MESSAGE)
    # Most capitalised words are not names: find the distinct ones at C speed, keep those
    # that could be a name, and visit only their occurrences. A word that is only a surname
    # counts after a naming verb ("known as Okafor"), so only when the text has one.
    lower = lowered(text)
    naming = any(word in lower for word in NAMING_WORDS)
    relevant = [w for w in set(CAP_FAST_RE.findall(text)) if _relevant(w, naming)]
    if not relevant:
        return
    for match in _occurrences(text, relevant):
        word = match.group("name")
        category = _category(word)
        start = match.start()
        if category == _TITLE:
            after = AFTER_TITLE_RE.match(text, match.end())
            if after and _plausible(after.group("name")):
                end = _extend(text, after.end("name"), names)
                if not CITATION_RE.match(text, end):
                    yield Hit(*_trim(text, after.start("name"), end), RULE_ID, MESSAGE)
            continue
        key = name_key(word)
        if category == _FIRST and key not in ordinary:
            end = _extend(text, match.end("name"), names)
            if not CITATION_RE.match(text, match.end()) and not (
                end != match.end("name") and CITATION_RE.match(text, end)
            ):
                yield Hit(*_trim(text, start, end), RULE_ID, MESSAGE)
            continue
        if CONTEXT_BEFORE_RE.search(text, max(0, start - 48), start):
            # "named Hope", "his mother, Grace", "known as Okafor": a name in context.
            yield Hit(*_trim(text, start, _extend(text, match.end(), names)), RULE_ID, MESSAGE)
            continue
        if category != _FIRST:
            continue
        # An everyday-word first name counts only before a surname that is not one too:
        # "Grace Kowalczyk" is a name, "May Green" may not be.
        following = NEXT_WORD_RE.match(text, match.end("name"))
        if following and names.is_surname(following.group("name")):
            next_key = name_key(following.group("name"))
            if next_key not in ordinary and not CITATION_RE.match(text, following.end()):
                yield Hit(*_trim(text, start, following.end("name")), RULE_ID, MESSAGE)


def looks_like_full_name(text: str) -> bool:
    """True for a pseudonym such as "Kayden Morris": a gazetteer first name and surname."""
    words = re.findall(CAP_WORD, text)
    if len(words) < 2 or len(words) != len(text.split()):
        return False
    names = gazetteer()
    first, last = words[0], words[-1]
    if not (names.is_first(first) and names.is_surname(last)):
        return False
    both_ordinary = fold(first) in names.ordinary and fold(last) in names.ordinary
    return not both_ordinary


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

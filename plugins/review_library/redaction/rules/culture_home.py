"""Words of home and public life that a review quotes and no person of the case is called.

Round seventeen's forms, read by ``culture.enjoyed`` (person rule) and
``culture.not_a_home_street`` (street rule):

* a family's word for a parent or grandparent in the language spoken at home ("called his
  father Tata", "her Babcia"), from the home-words section of ``public_bodies.txt``;
* an author cited without a year ("As Munro argues, ...", "Ferguson describes how
  practitioners ...");
* a public figure a child wanted to become ("wanted to be the next <footballer>");
* a soap's or a board game's street where the programme or the game is meant ("like
  Albert Square", "always bought Mayfair at Monopoly");
* the Welsh half of a bilingual heading ("## Gair gan y Cadeirydd / A word from the Chair");
* a smart speaker as a thing one has ("the Alexa in the kitchen", "the family's Alexa").

Each form is gated on a cheap literal cue, so it costs a few string tests per hit; a name in
the same slot ("Babcia Wrobek", "As Shona Munro, the support worker, recorded", "lived on
Coronation Street") keeps the shapes the forms refuse.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from review_library.redaction.rules.gazetteer import Gazetteer
from review_library.redaction.rules.text import CAP_WORD, fold, strip_possessive

_HOME_SECTION = "# -- words families use at home"


@lru_cache(maxsize=1)
def home_words() -> frozenset[str]:
    """The folded words of ``public_bodies.txt``'s home-words section (one list: the same
    words explain a capitalised word for the place and institution rules)."""
    data = resources.files("review_library.redaction") / "data" / "public_bodies.txt"
    words: set[str] = set()
    inside = False
    for line in data.read_text("utf-8").splitlines():
        if line.startswith("# --"):
            inside = line.startswith(_HOME_SECTION)
            continue
        if inside and line.strip() and " " not in line.strip():
            words.add(fold(line.strip()))
    return frozenset(words)


def word_of_address(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """One word of the home-words list that no first-name list holds ("Tata", "Babcia"):
    the word a child calls a relative by. A name after it stays a hit of its own."""
    word = strip_possessive(text[start:end])
    if " " in word:
        return False
    key = fold(word)
    return key in home_words() and key not in names.first


# -- authors cited without a year --------------------------------------------------------
# "As Munro argues,", "as Ferguson (and colleagues) note": the present tense of scholarship
# after "As". A person of the case is quoted in the past ("As Kayden said, ...").
_AS_BEFORE_RE = re.compile(r"(?:^|[\s(\[—–-])(?:As|as)[ \t]+\Z")
_SCHOLAR_VERB = (
    r"(?:argues|argue|notes|note|observes|observe|suggests|suggest|contends|contend|"
    r"cautions|writes|reminds\s+(?:us|practitioners|professionals)|"
    r"(?:has|have)\s+(?:argued|shown|noted|observed|suggested|written))"
)
_AS_AUTHOR_AFTER_RE = re.compile(
    rf"(?:[ \t]+(?:and[ \t]+colleagues|et[ \t]+al\.?|and[ \t]+others))?[ \t]+{_SCHOLAR_VERB}"
    r"(?:[ \t]*,|[ \t]+(?:in|that)\b)"
)
# "As <name> puts it," also quotes a young person: an author only beside a citation of the
# name or a word of research.
_AS_PUTS_IT_AFTER_RE = re.compile(r"[ \t]+(?:puts|put)[ \t]+it[ \t]*,")
# "Ferguson describes how practitioners ...": an author's present-tense account of how
# practice or children in general fare. A person of the case tells of people, not of
# "practitioners" or "children" at large.
_DESCRIBES_AFTER_RE = re.compile(
    r"[ \t]+(?:describes|argues|suggests|observes|notes|explains|shows|warns|identifies)[ \t]+"
    r"(?:how|that|the\s+ways?\s+in\s+which)[ \t]+(?:(?:the|a|many|some|most|all)[ \t]+)?"
    r"(?:child|children|practitioners?|professionals?|workers?|social\s+workers?|families|"
    r"parents|agencies|services|systems?|organisations?|managers|young\s+people|babies|"
    r"teenagers|adolescents|neglect|abuse|risk|practice)\b"
)
_SURNAME_RE = re.compile(rf"{CAP_WORD}(?:[ \t]+{CAP_WORD})?\Z")


def cited_without_year(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """An author named for what she argues, with no year: after "As" with a present-tense
    verb of scholarship, or before "describes how practitioners ..." (a surname only)."""
    if not _SURNAME_RE.match(text[start:end]):
        return False
    if _AS_BEFORE_RE.search(text, max(0, start - 6), start):
        if _AS_AUTHOR_AFTER_RE.match(text, end):
            return True
        if _AS_PUTS_IT_AFTER_RE.match(text, end):
            return _cited_elsewhere(text, text[start:end]) or bool(
                _RESEARCH_RE.search(_paragraph(text, start, end))
            )
        return False
    key = fold(strip_possessive(text[start:end]))
    if " " in text[start:end] or key not in names.surnames:
        return False
    if not _DESCRIBES_AFTER_RE.match(text, end):
        return False
    # A young person's own account is told in the same words ("<name> describes how
    # children at school ..."): the author needs a citation of the same name in the text
    # or a word of research in the paragraph.
    return _cited_elsewhere(text, text[start:end]) or bool(
        _RESEARCH_RE.search(_paragraph(text, start, end))
    )


_RESEARCH_RE = re.compile(
    r"\b(?i:research|researchers?|studies|study|literature|evidence\s+base|theory|"
    r"theories|framework|model|concept|published|et\s+al)\b|\((?:19|20)\d\d[a-z]?\)"
)


def _paragraph(text: str, start: int, end: int) -> str:
    begin = text.rfind("\n\n", max(0, start - 1500), start)
    after = text.find("\n\n", end, end + 1500)
    return text[
        begin + 1 if begin != -1 else max(0, start - 1500) : after if after != -1 else end + 1500
    ]


def _cited_elsewhere(text: str, name: str) -> bool:
    """The same name with a year or "et al." somewhere in the text: "Ferguson (2016)"."""
    return (
        re.search(
            rf"\b{re.escape(name)}(?:['’]s)?(?:[ \t]+(?:et[ \t]+al\.?|and[ \t]+colleagues))?"
            r"[ \t]*(?:\(\s*(?:19|20)\d\d|,[ \t]*(?:19|20)\d\d\b)",
            text,
        )
        is not None
    )


# -- a public figure as an ambition ------------------------------------------------------
# "wanted to be the next <footballer>": one becomes the next of somebody famous only.
# The hit may be the surname alone, after the first name ("the next Harry <surname>").
_NEXT_BEFORE_RE = re.compile(
    rf"\b(?i:be|become|becoming|being)[ \t]+the[ \t]+next[ \t]+(?:{CAP_WORD}[ \t]+){{0,2}}\Z"
)


def the_next(text: str, start: int) -> bool:
    """A name after "be the next": a famous person a child wanted to become."""
    return _NEXT_BEFORE_RE.search(text, max(0, start - 60), start) is not None


# -- soaps' and board games' streets -----------------------------------------------------
# The fictional streets and squares of the UK's long-running soaps: a real town may have a
# street of the name, so each counts only where the programme is meant (a comparison "like
# <street>", or a sentence about screens; see ``fictional_street``).
_SOAP_STREETS_RE = re.compile(
    r"(?:Coronation[ \t]+Street|Albert[ \t]+Square|Ramsay[ \t]+Street|Brookside[ \t]+Close|"
    r"Walford|Weatherfield|Erinsborough|Summer[ \t]+Bay)\b"
)
_LIKE_BEFORE_RE = re.compile(
    r"\b(?i:like|as[ \t]+in|straight[ \t]+out[ \t]+of|something[ \t]+out[ \t]+of)[ \t]+"
    r"(?:(?i:living|being|life)[ \t]+(?:on|in)[ \t]+)?(?:the[ \t]+)?\Z"
)
_SOAP_SCREEN_RE = re.compile(
    r"\b(?i:soaps?|watch(?:ed|es|ing)?|programmes?|episodes?|characters?|telly|tv|"
    r"television|storylines?|eastenders|emmerdale|hollyoaks|neighbours)\b"
)
# The London board of Monopoly (its streets are real: each counts only in a sentence about
# the game): "always wanted to buy Mayfair and Old Kent Road".
_BOARD_SQUARES_RE = re.compile(
    r"(?:Old[ \t]+Kent[ \t]+Road|Whitechapel(?:[ \t]+Road)?|(?:The[ \t]+)?Angel[ \t]+Islington|"
    r"Euston[ \t]+Road|Pentonville[ \t]+Road|Pall[ \t]+Mall|Whitehall|Northumberland[ \t]+Avenue|"
    r"Bow[ \t]+Street|Marlborough[ \t]+Street|Vine[ \t]+Street|Strand|Fleet[ \t]+Street|"
    r"Trafalgar[ \t]+Square|Leicester[ \t]+Square|Coventry[ \t]+Street|Piccadilly|"
    r"Regent[ \t]+Street|Oxford[ \t]+Street|Bond[ \t]+Street|Park[ \t]+Lane|Mayfair)\b"
)
_BOARD_GAME_RE = re.compile(r"\bMonopoly\b|\b(?i:board[ \t-]?games?)\b")
_STOP_RE = re.compile(r"[.!?][ \t\n]|\n[ \t]*\n")


def _sentence(text: str, start: int, end: int) -> str:
    stops = list(_STOP_RE.finditer(text, max(0, start - 300), start))
    begin = stops[-1].end() if stops else max(0, start - 300)
    after = _STOP_RE.search(text, end, end + 300)
    return text[begin : after.start() if after else min(len(text), end + 300)]


def soap_compared(text: str, start: int, end: int) -> bool:
    """A soap's street after "like" ("was like living on Coronation Street"): the words of
    living belong to the comparison, so the street rule tests this before its home cues."""
    soap = _SOAP_STREETS_RE.match(text, start)
    return (
        soap is not None
        and soap.end() >= end
        and _LIKE_BEFORE_RE.search(text, max(0, start - 40), start) is not None
    )


def fictional_street(text: str, start: int, end: int) -> bool:
    """A soap's street compared with or watched ("like Albert Square"), or a square of
    Monopoly's board in a sentence about the game ("always bought Mayfair at Monopoly"). The
    street rule's home cues ("lived on", a house number) are tested before this."""
    if soap_compared(text, start, end):
        return True
    soap = _SOAP_STREETS_RE.match(text, start)
    if (
        soap is not None
        and soap.end() >= end
        and _SOAP_SCREEN_RE.search(_sentence(text, start, end))
    ):
        return True
    square = _BOARD_SQUARES_RE.match(text, start)
    return (
        square is not None
        and square.end() >= end
        and _BOARD_GAME_RE.search(_sentence(text, start, end)) is not None
    )


# -- bilingual headings ------------------------------------------------------------------
# "## Gair gan y Cadeirydd / A word from the Chair": the Welsh half before the slash, an
# English half after it that every list explains.
_HEADING_RE = re.compile(r"^#{1,6}[ \t]+(?P<first>[^/\n]+?)[ \t]+/[ \t]+(?P<second>[^\n/]+)$", re.M)
_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ'’\-]+")


# Two short titles and a slash: longer lines are prose or hostile input.
_LONGEST_HEADING = 300


def bilingual_heading(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """Words in the first half of a two-language heading whose other half is all ordinary
    words: a translation, not a name ("## Stori Kayden / Kayden's story" keeps its name)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start : line_start + 1] != "#":
        return False
    line_end = text.find("\n", start)
    if (line_end if line_end != -1 else len(text)) - line_start > _LONGEST_HEADING:
        return False  # no heading; and matching a long line again at each hit is quadratic
    heading = _HEADING_RE.match(text, line_start)
    if heading is None or not (heading.start("first") <= start and end <= heading.end("first")):
        return False
    first = _WORD_RE.findall(heading.group("first"))
    second = _WORD_RE.findall(heading.group("second"))
    # Only the heading's own first word, before a lower-case word: "Gair gan ..."; a name
    # later in the heading ("Gair gan <name> / ...") stays a name.
    after = heading.group("first")[end - heading.start("first") :]
    return (
        start == heading.start("first")
        and " " not in text[start:end]
        and after[:1] == " "
        and after[1:2].islower()
        and len(first) >= 2
        and len(second) >= len(first) - 1
        and all(w.islower() or names.explained(w) for w in second)
    )


# -- a smart speaker as a thing ----------------------------------------------------------
# An article or a lower-case household's possessive before an assistant's name: "the Alexa
# in the kitchen", "recordings from the family's Alexa". Not "my", "her" or "their": a
# parent says "my Alexa" of a daughter.
_ASSISTANT_NAME_RE = re.compile(r"(?:Alexa|Siri)\Z")
_DEVICE_BEFORE_RE = re.compile(
    r"(?:\b(?i:the|an|a)|\b[a-z]+['’]s)[ \t]+"
    r"(?:(?i:new|old|kitchen|bedroom|smart|family)[ \t]+)?\Z"
)


_PERSON_CLAUSE_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*(?:who|whose|whom)\b")


def speaker_owned(text: str, start: int, end: int) -> bool:
    """An assistant's name after an article or a household's possessive: the device ("the
    <name> who lived upstairs" is a person)."""
    return (
        bool(_ASSISTANT_NAME_RE.match(text[start:end]))
        and _DEVICE_BEFORE_RE.search(text, max(0, start - 30), start) is not None
        and not _PERSON_CLAUSE_AFTER_RE.match(text, end)
    )

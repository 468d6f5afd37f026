"""A nickname in lower case in a message quoted as it was sent, read by ``person-name``:
"omg kez is kicking off again", "tell deano to ring me", "at tyler's house". Young people's
messages are quoted verbatim in lower case, so a name there has no capital for the name
rules to start from; its place in the message (after "tell", "ask", "with", before "is",
"'s house") and a spelling no dictionary has make it a name. Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.text import word_set

# A quoted message with no capital letter in it (the pronoun "I" and a kiss "X" aside).
QUOTED_RE = re.compile(
    r"[‘“\"](?P<body>[^‘’“”\"\n]{8,300})[’”\"]"
    # In plain single quotes an apostrophe before a letter is inside a word ("they'll"), so
    # the quote closes at one before none: 'sky n kenzie r at my nans tonite'.
    r"|'(?<![\w']')(?=[a-z])(?P<plain>(?:[^‘’“”\"'\n]|'(?=[a-z])){8,300})'(?![a-z])"
)
_NICK = r"(?P<name>[a-z]{3,9})"
POSITION_RES = (
    # "tell deano to ring me", "ask bex if", "with jaz and", "seen kez at"
    re.compile(
        r"\b(?:tell|ask|text|txt|msg|message|ring|call|meet|with|wiv|seen|saw|told|asked)"
        rf"[ \t]+{_NICK}[ \t]+(?:to|if|for|bout|about|is|was|said|says|has|and|n|at|wants|"
        r"knows|r|are)\b"
    ),
    # "at tyler's house", "kez's mum"
    re.compile(
        rf"\b{_NICK}['’]?s[ \t]+(?:house|mum|mam|dad|nan|place|flat|gaff|yard|bro|brother|"
        r"sister|sis|car|room|party|mate|mates|boyfriend|girlfriend|bf|gf)\b"
    ),
    # the one the message is sent to, first: "kez hes kicking off again", "mo where r u"
    re.compile(
        rf"^{_NICK},?[ \t]+(?:hes|shes|im|its|u|ur|pls|plz|where|wheres|r|can|come|ring|call|"
        r"help|we|theyre|dont|cant|plz|please)\b"
    ),
    # the message's subject: "omg kez is proper kicking off", "jaz is kicking off again"
    re.compile(
        r"(?:^|[,;.!?][ \t]*|\b(?:omg|lol|lmao|ffs|and|but|so|yeah|nah|cos|coz|cuz)[ \t]+)"
        rf"{_NICK}[ \t]+(?:is|was|s|has|keeps|said|says|wont|cant|aint)[ \t]+[a-z]"
    ),
)
# Two people joined as the message's subject: "sky n kenzie r at my nans", "rio n tj said".
# One plain name makes its partner a name too, even one that is also a word ("sky", "rose").
PAIR_RE = re.compile(
    r"(?:^|[,;.!?][ \t]*|\b(?:omg|lol|lmao|ffs|and|but|so|yeah|nah|cos|coz|cuz)[ \t]+)"
    r"(?P<first>[a-z]{2,9})[ \t]+(?:n|an|and|nd|&)[ \t]+(?P<second>[a-z]{2,9})[ \t]+"
    r"(?:r|are|is|was|were|said|sed|say|says|sez|have|av|got|went|gone|will|wil|want|wanna|"
    r"gonna|keep|kept|cant|wont|aint)\b"
)
# Who else can stand in that pair: pronouns and family words.
_NOT_PARTNERS = word_set(
    """me i u you ya we they he she him her them us my ur his mum mam dad nan gran nanny
    grandad granny bro sis mate mates auntie aunty uncle cuz the all both"""
)
# A family word then the name a child gives that person: "nana pat", "uncle wes".
KIN_RE = re.compile(
    r"\b(?:nana|nanna|nan|nanny|gran|granny|grandma|grandad|grandpa|aunty|auntie|aunt|uncle|"
    r"cousin)[ \t]+(?P<name>[a-z]{2,12})(?P<end>[ \t]*(?:[,.!?]|x+\b|and\b|n\b|&|$))?"
)
# Who signs a card or a message: "love from lolly xx", "from ellie-mae x".
SIGNED_RE = re.compile(
    r"\bfrom[ \t]+(?P<name>[a-z]{2,12}(?:-[a-z]{2,12})?)(?P<kiss>[ \t]*x+)?[ \t]*[.!]*[ \t]*$"
)
# What quotes a message written down, before its quote in the same sentence: any name in a
# message is a name, whatever its place (a quote after "said" may be speech with words of
# another language in it).
MESSAGE_CUE_RE = re.compile(
    r"(?i:\b(?:text(?:ed|s)?|messag(?:e|es|ed)|whatsapp|snapchat|snap|instagram|facebook|"
    r"dm|sms|note|card|diary|wrote|written|writing|caption(?:ed)?|label(?:l)?ed|reads?(?![ \t]+as)|"
    r"posted|sent|tweet(?:ed)?|tiktok)\b)[^.!?\n]{0,50}\Z"
)
# Family words that sign a card themselves: "love from mummy xx".
_FAMILY_WORDS = word_set(
    """mummy mommy daddy mam mum dad nana nanna nanny granny grandma grandad grandpa gran
    auntie aunty uncle everyone all us school work home here there nursery"""
)
# A saint's name in lower case after "st" names a school or a church: "kicked out of st
# teresas", "at st josephs".
SAINT_RE = re.compile(r"\bst[ \t]+(?P<name>[a-z]{3,12}?)(?:['’]?s)?\b")
# Words of text speak, which no dictionary has but are no names.
TEXT_SPEAK = word_set(
    """omg lol lmao lols ur im ive ill id cant dont wont wasnt didnt isnt aint thats whats
    tmrw tmr tonite nite pls plz thx tbh idk ikr smh asap gonna wanna gotta innit bruv fam
    wiv ya yer yeah yea nah naw aye okay msg txt bday bae bro sis mum mam nan cos coz cuz
    dunno init hun babe babes mate lad lads gurl gal gyal mandem ting peng bare proper"""
)


def message_names(
    text: str,
    is_word: Callable[[str], bool],
    is_first: Callable[[str], bool],
    any_first: Callable[[str], bool] = lambda word: False,
) -> Iterator[tuple[int, int]]:
    """Spans of lower-case nicknames in quoted lower-case messages; ``is_first`` accepts a
    first name that is no word, ``any_first`` any listed first name."""
    for quote in QUOTED_RE.finditer(text):
        group = "body" if quote.group("body") is not None else "plain"
        body = quote.group(group)
        if re.search(r"[A-WYZ]", body.replace(" I ", " ")) or " " not in body:
            continue
        offset = quote.start(group)
        for pattern in POSITION_RES:
            for match in pattern.finditer(body):
                name = match.group("name")
                if name in TEXT_SPEAK:
                    continue
                if not is_word(name) or (is_first(name) and len(name) > 3):
                    yield offset + match.start("name"), offset + match.end("name")
        yield from _pairs(body, offset, is_word, is_first, any_first)
        yield from _kin_and_signed(body, offset, is_word, any_first)
        if MESSAGE_CUE_RE.search(text, max(0, quote.start() - 100), quote.start()):
            yield from _listed_names(body, offset, is_word, is_first)
        for match in SAINT_RE.finditer(body):
            if is_first(match.group("name")):
                yield offset + match.start(), offset + match.end()


def _pairs(
    body: str,
    offset: int,
    is_word: Callable[[str], bool],
    is_first: Callable[[str], bool],
    any_first: Callable[[str], bool],
) -> Iterator[tuple[int, int]]:
    """Both names of a pair that opens a clause, when one is plainly a name."""
    for match in PAIR_RE.finditer(body):
        words = [match.group("first"), match.group("second")]
        if any(w in TEXT_SPEAK or w in _NOT_PARTNERS for w in words):
            continue
        if not any(is_first(w) or (len(w) > 2 and not is_word(w)) for w in words):
            continue
        for group, word in zip(("first", "second"), words, strict=True):
            if is_first(word) or any_first(word) or not is_word(word):
                yield offset + match.start(group), offset + match.end(group)


_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]{3,12}(?![\w-])")


def _listed_names(
    body: str, offset: int, is_word: Callable[[str], bool], is_first: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """Listed first names that are no word, anywhere in a written message ("priya is off
    sick"), and their possessives without the apostrophe ("goin to brandons")."""
    for match in _WORD_RE.finditer(body):
        word = match.group()
        if word in TEXT_SPEAK or is_word(word):
            continue
        if is_first(word) or (word.endswith("s") and is_first(word[:-1])):
            yield offset + match.start(), offset + match.end()


def _kin_and_signed(
    body: str, offset: int, is_word: Callable[[str], bool], any_first: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """The name after a family word ("nana pat"), and the name a message is signed with
    ("love from lolly xx")."""
    for match in KIN_RE.finditer(body):
        name = match.group("name")
        if name in TEXT_SPEAK or name in _NOT_PARTNERS:
            continue
        # a word after the family word names the person only where the phrase ends
        if not is_word(name) or (any_first(name) and match.group("end") is not None):
            yield offset + match.start("name"), offset + match.end("name")
    signed = SIGNED_RE.search(body)
    if signed is not None:
        name = signed.group("name")
        first = name.split("-")[0]
        if first in TEXT_SPEAK or first in _NOT_PARTNERS or first in _FAMILY_WORDS:
            return
        if not is_word(first) or any_first(first) or signed.group("kiss"):
            yield offset + signed.start("name"), offset + signed.end("name")

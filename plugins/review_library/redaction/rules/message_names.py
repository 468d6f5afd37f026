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
QUOTED_RE = re.compile(r"[‘“\"](?P<body>[^‘’“”\"\n]{8,300})[’”\"]")
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
    # the message's subject: "omg kez is proper kicking off", "jaz is kicking off again"
    re.compile(
        r"(?:^|[,;.!?][ \t]*|\b(?:omg|lol|lmao|ffs|and|but|so|yeah|nah|cos|coz|cuz)[ \t]+)"
        rf"{_NICK}[ \t]+(?:is|was|s|has|keeps|said|says|wont|cant|aint)[ \t]+[a-z]"
    ),
)
# Words of text speak, which no dictionary has but are no names.
TEXT_SPEAK = word_set(
    """omg lol lmao lols ur im ive ill id cant dont wont wasnt didnt isnt aint thats whats
    tmrw tmr tonite nite pls plz thx tbh idk ikr smh asap gonna wanna gotta innit bruv fam
    wiv ya yer yeah yea nah naw aye okay msg txt bday bae bro sis mum mam nan cos coz cuz
    dunno init hun babe babes mate lad lads gurl gal gyal mandem ting peng bare proper"""
)


def message_names(
    text: str, is_word: Callable[[str], bool], is_first: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """Spans of lower-case nicknames in quoted lower-case messages."""
    for quote in QUOTED_RE.finditer(text):
        body = quote.group("body")
        if re.search(r"[A-WYZ]", body.replace(" I ", " ")) or " " not in body:
            continue
        offset = quote.start("body")
        for pattern in POSITION_RES:
            for match in pattern.finditer(body):
                name = match.group("name")
                if name in TEXT_SPEAK:
                    continue
                if not is_word(name) or (is_first(name) and len(name) > 3):
                    yield offset + match.start("name"), offset + match.end("name")

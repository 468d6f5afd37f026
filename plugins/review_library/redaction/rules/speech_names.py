"""A name by its place in speech, read by ``person-name``: "'Saffron's not been right,' her
aunt said" (a name opening quoted speech, with "is" or "has" shortened after it), "'Haftom'
was the name given" (a quoted word said to be a name) and "Mali fach", "Dewi bach" (a
Welsh endearment after a name). Each place takes a person, so a first name that is also a
language or a word counts there. Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.text import CAP_WORD

# A name opening quoted speech, then "is" or "has" shortened and what a person is or did:
# "'Saffron's not been right'", "“Kofi's never hit her”". A possessive ("'Kofi's coat'")
# is followed by a noun, so it is not read.
OPENING_RE = re.compile(
    rf"['‘\"“](?P<name>{CAP_WORD})['’]s[ \t]+"
    r"(?:not|never|been|got|gone|always|still|just|only|already|had|done|getting|going|"
    r"being|scared|frightened|terrified|ill|poorly|fine|okay|ok|alright|upset|missing)\b"
)
# A quoted word given as a name: "'Haftom' was the name given", "'Dee' is the name she used".
GIVEN_NAME_RE = re.compile(
    rf"['‘\"“](?P<name>{CAP_WORD}(?:[ \t]{CAP_WORD})?)['’\"”][ \t]+(?:was|is)[ \t]+the[ \t]+"
    r"(?:only[ \t]+|first[ \t]+)?name\b"
)
# A Welsh endearment in lower case after a name: "Mali fach was always at ours", "Dewi bach".
# (In a place name it is capitalised: "Pentre Bach".)
# Led by the endearment, the word before it read backwards from there.
ENDEARMENT_RE = re.compile(r"[bf]ach\b(?![\-'’])")
_BEFORE_RE = re.compile(rf"(?<![\w\-])(?P<name>{CAP_WORD})[ \t]+\Z")


def speech_names(text: str, may_be_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of names by their place in speech; ``may_be_name`` rules out roles and labels."""
    if "'" in text or "‘" in text or '"' in text or "“" in text:
        for match in OPENING_RE.finditer(text):
            before = text[match.start() - 1] if match.start() else " "
            if not (before.isalnum() or before in "'’") and may_be_name(match.group("name")):
                yield match.start("name"), match.end("name")
        if "name" in text:
            for match in GIVEN_NAME_RE.finditer(text):
                if len(match.group("name")) > 1:
                    yield match.start("name"), match.end("name")
    if "bach" in text or "fach" in text:
        for match in ENDEARMENT_RE.finditer(text):
            start = match.start()
            word = _BEFORE_RE.search(text, max(0, start - 30), start)
            if word and may_be_name(word.group("name")):
                yield word.start("name"), word.end("name")

"""A name by its place in a message, read by ``person-name``: the caller naming herself
("it's Dawn from the nursery", "this is Hope, can you ring me"), a name signed with kisses
('"Amber xx"') and a name alone on the line after a sign-off ("Best wishes," then "Sunny").
Each place takes a person, so a first name that is also an everyday word counts there.
Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from review_library.redaction.rules.text import CAP_WORD, literal_windows

# The caller or writer naming themselves, then where they are from or what they ask:
# "it's Dawn from the school", "this is Hope here", "Hiya it's Amber, can you call me".
SELF_NAMING_RE = re.compile(
    rf"(?:[Ii]t['’]?s|[Ii]t[ \t]+(?:is|was)|[Tt]his[ \t]+is)[ \t]+(?P<name>{CAP_WORD})"
    r"(?=[ \t]+(?:from|here)\b|[ \t]*,[ \t]*(?:can|could|would|please|just|i|I|ring|call|"
    r"give|text|sorry|only|hope|hi|hiya)\b)"
)
SELF_NAMING_WORDS = ("it's", "it’s", "its", "it is", "it was", "this is")
# Kisses after a name, closing a message: '"sorry, Amber xx"', "signed it Crystal x."
# Led by a space and the kisses (literals the regex engine finds at C speed), the word
# before them read backwards from there.
KISSES_RES = tuple(re.compile(rf" {x}{{1,4}}(?=[ \t]*(?:[\"”’'.!]|$))", re.M) for x in ("x", "X"))
_BEFORE_KISSES_RE = re.compile(rf"(?<![\w\-'’])(?P<name>{CAP_WORD}),?\Z")
# A sign-off, then a name alone on the next line (a letter's or an email's signature, also
# quoted as a Markdown block: "> Kind regards," then "> Faith").
SIGN_OFF_RE = re.compile(
    r"(?i:regards|wishes|thanks|cheers|sincerely|faithfully)[ \t]*,?[ \t]*\n[ \t]*(?:>[ \t]*)*"
    rf"(?P<name>{CAP_WORD})[ \t]*(?=\n|,|\Z)"
)
SIGN_OFF_WORDS = ("regards", "wishes", "thanks", "cheers", "sincerely", "faithfully")


def signed_names(text: str, may_be_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of names by their place in a message; ``may_be_name`` takes a first name and
    rules out roles, labels and calendar words."""
    for match, delta in literal_windows(text, SELF_NAMING_WORDS, 0, 60, whole=True).finditer(
        SELF_NAMING_RE
    ):
        if may_be_name(match.group("name")):
            yield match.start("name") + delta, match.end("name") + delta
    for kisses in KISSES_RES:
        for match in kisses.finditer(text):
            start = match.start()
            word = _BEFORE_KISSES_RE.search(text, max(0, start - 30), start)
            if word and may_be_name(word.group("name")):
                yield word.start("name"), word.end("name")
    for match, delta in literal_windows(text, SIGN_OFF_WORDS, 0, 60, whole=True).finditer(
        SIGN_OFF_RE
    ):
        if may_be_name(match.group("name")):
            yield match.start("name") + delta, match.end("name") + delta


# Bare initials signing a report, then the signer's role: "K.T., Independent Reviewer",
# "R M-J" above "Independent Lead Reviewer", "Signed: HW (Independent Chair)". The initials
# stand alone on their line, after "Signed" or at its start, so a service's abbreviation in
# prose ("the LSCP Independent Chair") is not read; led by the role words (literals).
SIGNER_ROLES = ("Reviewer", "Author", "Chair", "Scrutineer", "Overview Writer")
_INITIALS = r"[A-Z]\.?(?:(?:[ \t]|-|\.)?[A-Z]\.?){1,3}"
SIGNED_INITIALS_RE = re.compile(
    rf"^[ \t]*(?:Signed:?[ \t]+)?(?P<name>{_INITIALS})[ \t]*(?:,[ \t]*|\([ \t]*|\n[ \t]*)"
    r"(?:the[ \t]+)?(?:(?:Independent|Lead|Joint|Safeguarding|Practice|Review)[ \t]+){0,3}"
    r"(?:Reviewer|Author|Chair(?:person)?|Scrutineer|Overview[ \t]+Writer)\b",
    re.M,
)


def signed_initials(text: str, abbreviations: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of bare initials signing a report above or beside the signer's role; a run of
    capitals that is one of ``abbreviations`` (a service: "LSCP", "NHS") is not a person."""
    if not any(role in text for role in SIGNER_ROLES):
        return
    for match in SIGNED_INITIALS_RE.finditer(text):
        name = match.group("name")
        if name.isalpha() and (name in abbreviations or len(name) > 3):
            continue
        # without a closing full stop, so that the reviewer's own initials, allowed by the
        # front matter's author ("R A"), match the span as written ("R.A.")
        yield match.start("name"), match.end("name") - name.endswith(".")

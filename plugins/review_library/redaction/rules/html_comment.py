"""Rule ``html-comment``: HTML comments, which are copied into the published page source."""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule

COMMENT_RE = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
# An editor's note about the document's own workflow ("TODO: add board response once
# approved", "check figure numbering") is published but identifies nobody; a note that
# speaks of an identifier ("confirm the school name", "real address below") or holds a word
# no dictionary explains (a name, a code) may be what was hidden, and still blocks.
_NOTE_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\S")
_MARKERS = frozenset({"todo", "fixme", "tbc", "tbd", "nb"})
_IDENTIFIER_TALK = re.compile(
    r"(?i:\b(?:names?|named|surnames?|address(?:es)?|school|dob|birth|nhs|postcodes?|phone|"
    r"mobile|numbers?|email|real|identit(?:y|ies)|identifiable|redact\w*|anonymi[sz]\w*|"
    r"who|where|street|road|house|home|town|village|age|born|initials?)\b)"
)


def _workflow_note(comment: str) -> bool:
    """A closed comment of a few plain words about the document, naming no identifier."""
    from review_library.redaction.rules.gazetteer import gazetteer

    if not comment.endswith("-->"):
        return False
    body = comment[4:-3].strip()
    words = [w for w in _NOTE_WORD.findall(body) if w.isalpha()]
    if not words or len(words) > 20 or _IDENTIFIER_TALK.search(body):
        return False
    if any(c.isdigit() for c in body):
        return False
    names = gazetteer()
    if len(words) < 2 or names.is_first(words[0]):
        return False
    # lower case after the first word (a capital there may be a name: "was Jordan")
    return all(
        w.lower() in _MARKERS or (names.is_word(w.lower()) and (i == 0 or w.islower()))
        for i, w in enumerate(words)
    )


def find(text: str) -> Iterator[Hit]:
    if "<!--" not in text:
        return
    for match in COMMENT_RE.finditer(text):
        if _workflow_note(match.group(0)):
            continue
        yield RULE.hit(match.start(), match.end())


RULE = Rule(
    id="html-comment",
    severity="error",
    message=(
        "HTML comments are published in the page source; delete the comment "
        "(keep review notes outside the report)"
    ),
    summary="An HTML comment, which is published in the page source even though readers do "
    "not see it",
    fix="Delete the comment; keep working notes outside the review file.",
    docs="any `<!-- comment -->` (comments are published in the page source), except a "
    "short editor's note of plain words that names no identifier (`<!-- TODO: add the "
    "board's response -->`)",
    rank=170,
    find=find,
    container=True,
)

"""Rule ``html-comment``: HTML comments, which are copied into the published page source."""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule

COMMENT_RE = re.compile(r"<!--.*?(?:-->|\Z)", re.S)


def find(text: str) -> Iterator[Hit]:
    if "<!--" not in text:
        return
    for match in COMMENT_RE.finditer(text):
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
    docs="any `<!-- comment -->`: comments are published in the page source",
    rank=170,
    find=find,
    container=True,
)

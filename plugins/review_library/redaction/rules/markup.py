"""Rules ``html-comment`` and ``link-target``: what Markdown hides but the web page keeps.

HTML comments are copied into the published page source. Link and image targets (URLs,
file names) are published too, and often carry the name a writer removed from the text
("kayden-morris-timeline.pdf").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from review_library.redaction.rules import Hit
from review_library.redaction.rules.names import gazetteer, name_key

COMMENT_RULE = "html-comment"
COMMENT_MESSAGE = (
    "HTML comments are published in the page source; delete the comment "
    "(keep review notes outside the report)"
)
LINK_RULE = "link-target"
LINK_MESSAGE = (
    "a link or file name contains what looks like a name; rename the file or remove the link"
)

COMMENT_RE = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
TARGET_RES = (
    re.compile(r"\]\(\s*<?(?P<target>[^)\s>]+)"),  # [text](target) and ![alt](target)
    re.compile(
        r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?(?P<target>\S+?)>?(?:\s|$)", re.M
    ),  # [ref]: target
    re.compile(r"\b(?:href|src|data|poster|srcset)\s*=\s*[\"'](?P<target>[^\"']+)[\"']", re.I),
    re.compile(r"<(?P<target>(?:https?|ftp|mailto):[^>\s]+)>"),
    re.compile(r"(?<![(<\"'=])\b(?P<target>https?://[^\s<>()\"']+)"),
)
# Split a target into words: separators, and camelCase ("KaydenMorris").
PART_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def comments(text: str) -> Iterator[Hit]:
    if "<!--" not in text:
        return
    for match in COMMENT_RE.finditer(text):
        yield Hit(match.start(), match.end(), COMMENT_RULE, COMMENT_MESSAGE)


def link_targets(text: str) -> Iterator[Hit]:
    present = (
        "](" in text,
        "]:" in text,
        "href" in text or "src" in text or "data" in text or "poster" in text,
        "<" in text and ":" in text,
        "://" in text,
    )
    if not any(present):
        return
    names = gazetteer()
    seen: set[int] = set()
    for pattern in (p for p, on in zip(TARGET_RES, present, strict=True) if on):
        for match in pattern.finditer(text):
            start = match.start("target")
            if start in seen:
                continue
            seen.add(start)
            target = match.group("target")
            decoded = unquote(target)
            for part in PART_RE.finditer(decoded):
                word = part.group()
                if len(word) >= 3 and names.is_distinctive_first(word):
                    # Point at the word when the target is written undecoded, else at the target.
                    offset = target.find(word)
                    if offset >= 0:
                        yield Hit(
                            start + offset, start + offset + len(word), LINK_RULE, LINK_MESSAGE
                        )
                    else:
                        yield Hit(start, start + len(target), LINK_RULE, LINK_MESSAGE)
                    break


RULES = (((COMMENT_RULE,), comments), ((LINK_RULE,), link_targets))

__all__ = ["RULES", "comments", "link_targets", "name_key"]

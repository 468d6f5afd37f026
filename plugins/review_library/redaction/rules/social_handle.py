"""Rule ``social-handle``: @handles, profile links and names given as usernames."""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import AT_RE, keyword_windows, literal_windows, lowered

HANDLE_RE = re.compile(r"(?<![\w@.\-/])@(?=[\w.]*[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<!\.)")
SOCIAL_URL_RE = re.compile(
    r"(?i:\b(?:facebook|fb|instagram|tiktok|twitter|x|snapchat|youtube|linkedin|threads|"
    r"twitch|reddit)\.com/(?:@|add/|u/|user/)?)(?P<handle>[\w.\-]{2,})"
)
SOCIAL_CONTEXT_RE = re.compile(
    r"(?i:\b(?:snapchat|instagram|tiktok|facebook|twitter|discord|xbox|psn|playstation|"
    r"gamertag|username|user name|user-name|online name|screen name|profile name|handle)\b)"
    r"(?:\s+(?i:name|id|account|profile|handle))?(?:\s+(?i:was|is|of|called|named))?\s*[:\-]?\s*"
    r"[\"“'‘]?(?P<handle>\w[\w.\-]{1,28}\w)"
)
SOCIAL_WORDS = (
    "snapchat",
    "instagram",
    "tiktok",
    "facebook",
    "twitter",
    "discord",
    "xbox",
    "psn",
    "playstation",
    "gamertag",
    "user",
    "online name",
    "screen name",
    "profile name",
    "handle",
)


def find(text: str) -> Iterator[Hit]:
    if "@" in text:
        for match, delta in keyword_windows(text, AT_RE, 2, 40).finditer(HANDLE_RE):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    lower = lowered(text)
    if ".com/" in lower:
        for match in SOCIAL_URL_RE.finditer(text):
            yield RULE.hit(match.start("handle"), match.end("handle"))
    if any(word in lower for word in SOCIAL_WORDS):
        for match, delta in literal_windows(text, SOCIAL_WORDS, 0, 64).finditer(SOCIAL_CONTEXT_RE):
            handle = match.group("handle")
            before = match.string[match.start("handle") - 1 : match.start("handle")]
            if before in "\"“'‘" or any(c.isdigit() or c in "_." for c in handle):
                yield RULE.hit(match.start("handle") + delta, match.end("handle") + delta)


RULE = Rule(
    id="social-handle",
    severity="error",
    message="a social media handle identifies its owner; remove it or say 'a social media account'",
    summary="A social media handle or profile link",
    fix="Remove it; say 'a social media account'.",
    docs='@handles, profile links (instagram.com/...), names after "Snapchat name", "username", "gamertag"',
    rank=120,
    find=find,
)

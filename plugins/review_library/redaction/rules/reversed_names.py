"""A name written backwards, read by ``person-name``: "she signed it 'ylimE'",
"'nehpetS' on every page". Reversed, a name keeps its capital, now at the end of a word that is
otherwise in lower case, a shape no English word or unit has ("pH", "iOS" and "mmHg" are
other shapes). Shared helper: declares no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# A capital that ends a word after two lower-case letters: led by the capital (few
# positions), the letters before it checked by a look-behind.
LAST_CAPITAL_RE = re.compile(r"[A-Z](?<=[a-z]{2}[A-Z])(?![\w\-])")
_WORD_BEFORE_RE = re.compile(r"(?<![\w\-])[a-z]+\Z")


def reversed_names(text: str, is_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of words whose reversal ``is_name`` accepts ("ylimE" -> "Emily")."""
    for match in LAST_CAPITAL_RE.finditer(text):
        start = match.start()
        head = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
        if head is None:
            continue
        word = text[head.start() : match.end()]
        if is_name(word[::-1]):
            yield head.start(), match.end()

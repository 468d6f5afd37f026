"""How a front matter value's text may be written in the file, for locating a finding.

YAML unquotes what a reader sees: ``'O''Rourke'`` is read as O'Rourke, ``"\\"Tyrese\\""``
as "Tyrese", ``"2\\u00a0March"`` with a no-break space, and a quoted or folded scalar may
break a line anywhere between words (a double-quoted one after a ``\\``). A finding in such
a value must point at the name as written, not at the first column of the value.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Between two words: spaces and line breaks, an escaped line break ("\" then a newline), the
# escapes of spaces ("\_" and "\u00a0" are no-break spaces, "\t"), and the "#" of a folded
# comment-like continuation the file may hold.
_GAP = r"(?:\s|\\(?:\n|[_tnNLP ]|u00[aA]0|x[aA]0))+(?:#\s*)?"


def _character(char: str) -> str:
    """A pattern for one character as a quoted scalar may write it."""
    if char == "'":
        return "(?:''|')"
    if char == '"':
        return r'(?:\\"|")'
    if char == "\\":
        return r"(?:\\\\|\\)"
    code = ord(char)
    if code < 128:
        return re.escape(char)
    escapes = [re.escape(char), rf"\\u{code:04x}", rf"\\U{code:08x}"]
    if code < 256:
        escapes.append(rf"\\x{code:02x}")
    # hex digits in either case: "\u00E9" and "\u00e9" are the same letter
    return "(?i:" + "|".join(escapes) + ")" if len(escapes) > 1 else escapes[0]


@lru_cache(maxsize=512)
def written_pattern(matched: str) -> re.Pattern | None:
    """A pattern matching ``matched`` as a YAML value may write it (None for blank text)."""
    words = matched.split()
    if not words:
        return None
    return re.compile(_GAP.join("".join(_character(c) for c in word) for word in words))


@lru_cache(maxsize=512)
def first_word_pattern(matched: str) -> re.Pattern | None:
    """A pattern for the first word of ``matched`` as written (None for blank text)."""
    words = matched.split()
    return written_pattern(words[0]) if words else None

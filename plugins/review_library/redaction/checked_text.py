"""Blocks of text the source checks read, and passed, in this build: the output scan skips them.

A review page, its briefing and the search data repeat the review's paragraphs, list items,
headings, table cells and front matter values as written; the source checks ran every rule
over them with the review's allowances, and the build goes on only if none was an error. The
output scan re-running the rules on the same words can only find what the source check found,
so it reads such a piece once, here, and skips it. A piece is skipped only when its text, as
the rules read it (``normalise``), is *one whole block* of a checked source: it starts where a
source line, a list item, a heading, a quotation or a table cell starts, and ends where that
line or cell ends (or a later line of the same paragraph does). Anything else (text a
template, the taxonomy or the configuration wrote, a block joined with other text, a part of a
block, a review whose file changed since it was checked) is scanned as before.

Output-scan allowances are those of every published review together, so judging a block once
for the whole site loses nothing: a block that passed in its own review passes there too.
"""

from __future__ import annotations

import bisect
import hashlib
import re

from review_library.redaction.normalise import normalise

MIN_CHARS = 16
"""Shorter pieces are scanned anyway (a label, a name on its own): they cost little."""
MAX_ENDS = 48
"""A block runs over at most this many line ends and cell bars (a longer piece is scanned)."""

# Where a block may start: the start of a line after the Markdown that opens it (indent,
# list marker, quotation mark, heading marks), and after a table cell's bar.
_OPENER = re.compile(r"(?:^|\n)[ \t]*((?:(?:[-*+>]|\d{1,9}[.)]|#{1,6})[ \t]+)*)|\|[ \t]*", re.M)
# A heading line: what lies between two of them is a section.
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t][^\n]*)?$", re.M)
# Where a block may end: a line end, a cell's bar, the end of the text.
_CLOSER = re.compile(r"\n|\||\Z")


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class CheckedText:
    """Digests of the whole blocks of checked source text (see the module docstring)."""

    def __init__(self) -> None:
        self.blocks: set[bytes] = set()

    def add(self, segment: str) -> None:
        """A piece of a source that the checks read (a front matter value, a body) as it was
        given to them; its blocks are read the way the rules read them."""
        text = normalise(segment).text
        # A section under a heading as a whole (the search data holds each section's
        # paragraphs as one text).
        for section in _HEADING.split(text):
            section = section.strip()
            if len(section) >= MIN_CHARS:
                self.blocks.add(_digest(section))
        ends = [m.start() for m in _CLOSER.finditer(text)]
        if not ends:
            return
        starts: set[int] = set()
        for match in _OPENER.finditer(text):
            starts.add(match.start() + (1 if text.startswith("\n", match.start()) else 0))
            starts.add(match.end())
        for start in sorted(starts):
            first = bisect.bisect_left(ends, start)
            for end in ends[first : first + MAX_ENDS]:
                block = text[start:end].strip()
                if len(block) >= MIN_CHARS:
                    self.blocks.add(_digest(block))
                # A blank line ends the paragraph: no rendered piece spans it.
                if text.startswith("\n", end) and not _next_line(text, end + 1).strip():
                    break

    def covers(self, text: str) -> bool:
        """Whether ``text`` (an output piece) is one whole checked block."""
        if not self.blocks:
            return False
        seen = normalise(text).text.strip()
        return len(seen) >= MIN_CHARS and _digest(seen) in self.blocks


def _next_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:] if end == -1 else text[start:end]

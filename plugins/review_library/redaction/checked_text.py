"""Blocks of text the source checks read, and passed, in this build: the output scan skips them.

A review page, its briefing and the search data repeat the review's paragraphs, list items,
headings, table cells and front matter values as written; the source checks ran every rule
over them with the review's allowances, and the build goes on only if none was an error. The
output scan re-running the rules on the same words can only find what the source check found,
so it skips a piece whose text, as the rules read it (``normalise``), is *one whole block*
of a checked source: a line, a paragraph, a table cell, a section, or a run of a section's
paragraphs as the search data cuts a long one, each a slice of the text as the checks read
it, from after the Markdown that opens it to its end. Anything else (text a template, the
taxonomy or the configuration wrote, a block joined with other text, a part of a block, a
review whose file changed since it was checked) is scanned as before.

Output-scan allowances are those of every published review together, so judging a block once
for the whole site loses nothing: a block that passed in its own review passes there too.
"""

from __future__ import annotations

import hashlib
import re

from review_library.redaction.normalise import normalise
from review_library.search.sections import PART_WORDS

MIN_CHARS = 16
"""Shorter pieces are scanned anyway (a label, a name on its own): they cost little."""

# A heading line: what lies between two of them is a section.
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t][^\n]*)?$", re.M)
# Blank lines between two paragraphs.
_BLANK = re.compile(r"\n[ \t]*\n\s*")
# The Markdown that opens a block on its line: indent, list marker, quotation, heading marks.
_OPENER = re.compile(r"[ \t]*(?:(?:[-*+>]|\d{1,9}[.)]|#{1,6})[ \t]+)*")


DIGEST_SIZE = 16
"""Bytes of a block's digest (blake2b)."""


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=DIGEST_SIZE).digest()


class CheckedText:
    """Digests of the whole blocks of checked source text (see the module docstring).

    A block is a slice of the text as the rules read it: a line, a paragraph, a table cell,
    a section, or a run of a section's paragraphs, each without the Markdown that opens it.
    """

    def __init__(self) -> None:
        self.blocks: set[bytes] = set()

    def add(self, segment: str) -> None:
        """A piece of a source that the checks read (a front matter value, a body) as it was
        given to them; its blocks are read the way the rules read them."""
        text = normalise(segment).text
        add = self._add_block
        position = 0
        for heading in [*_HEADING.finditer(text), None]:
            end = heading.start() if heading is not None else len(text)
            paragraphs = _paragraphs(text, position, end)
            for start, stop in paragraphs:
                lines = text[start:stop].split("\n")
                if len(lines) > 1:
                    add(_opened(text[start:stop]))
                for line in lines:
                    add(_opened(line))
                    row = line.strip()
                    if row.startswith("|") or row.endswith("|"):  # a table row's cells
                        for cell in row.split("|"):
                            add(cell)
            if len(paragraphs) > 1:
                self._add_parts(text, paragraphs)
            if heading is not None:
                add(_opened(heading.group()))
                position = heading.end()

    def _add_parts(self, text: str, paragraphs: list[tuple[int, int]]) -> None:
        """A section as a whole, and as the search data cuts a long one: runs of its
        paragraphs of up to PART_WORDS words (each a slice of the text as written)."""
        self._add_block(text[paragraphs[0][0] : paragraphs[-1][1]])
        first, words = paragraphs[0][0], 0
        for index, (start, stop) in enumerate(paragraphs):
            count = len(text[start:stop].split())
            if words and words + count > PART_WORDS:
                self._add_block(text[first : paragraphs[index - 1][1]])
                first, words = start, 0
            words += count
        self._add_block(text[first : paragraphs[-1][1]])

    def _add_block(self, block: str) -> None:
        block = block.strip()
        if len(block) >= MIN_CHARS:
            self.blocks.add(_digest(block))

    def covers(self, text: str) -> bool:
        """Whether ``text`` (an output piece) is one whole checked block."""
        if not self.blocks:
            return False
        seen = normalise(text).text.strip()
        return len(seen) >= MIN_CHARS and _digest(seen) in self.blocks


def _opened(line: str) -> str:
    """A line (or paragraph) without the Markdown that opens it."""
    if line[:1].isalpha():
        return line
    return line[_OPENER.match(line).end() :]


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of ``text[start:end]`` (split at blank lines)."""
    out = []
    position = start
    for blank in _BLANK.finditer(text, start, end):
        if blank.start() > position:
            out.append((position, blank.start()))
        position = blank.end()
    if text[position:end].strip():
        out.append((position, end))
    return out

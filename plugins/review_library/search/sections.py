"""Report bodies as full-text documents: one per section, so a result links to its heading and
its snippet is one section's text, not the whole report.

A section runs from one heading (levels 1 to 3) to the next; text before the first heading is
a section without a heading. A long section is cut at paragraph ends into parts of about
PART_WORDS words, each linking to the section's heading. Markdown syntax is taken out (link
targets, HTML tags, emphasis, table rules) so that only words a reader sees are indexed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PART_WORDS = 600
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}(#{1,3})\s+(.*?)(?:\s+#+)?\s*$")
_ATTRS = re.compile(r"\s*\{[^{}]*\}\s*$")  # attr_list: "## Findings {#findings}"
# Block syntax at the start of a line: quotes, list markers, rules and table rules.
_LINE_START = re.compile(r"^\s*(?:>\s?)*(?:(?:[-+*]|\d+[.)]|#{1,6})\s+)?")
_RULE = re.compile(r"^\s*(?:[-*_=:|]\s*){3,}$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]")
_TAG = re.compile(r"<[^>]+>")
_INLINE = re.compile(r"[*_`]+")
_SPACES = re.compile(r"[ \t]{2,}")
_PARAGRAPH = re.compile(r"\n\s*\n")
_ADMONITION = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+[\w-]+)*\s*(?:"([^"]*)")?\s*$')
_BLOCK_CHARS = frozenset(" \t>#-+*_=:|!?0123456789")


@dataclass(frozen=True)
class Section:
    """One full-text document: the heading it sits under ('' before the first) and its text."""

    heading: str
    text: str
    level: int
    """1 to 3 for a heading's section, 0 for text before the first heading."""
    position: int
    """Which heading of the body it sits under (0, 1, ...), -1 before the first."""


def _line(line: str) -> str:
    """One line without its block syntax (cheap: most lines start with a letter)."""
    if line[:1] not in _BLOCK_CHARS:
        return line
    if _RULE.match(line):
        return ""
    admonition = _ADMONITION.match(line)
    if admonition:  # '!!! note "Title"': the title is what a reader sees
        return admonition.group(1) or ""
    return _LINE_START.sub("", line, count=1)


def plain(markdown: str) -> str:
    """The words of a Markdown fragment as a reader sees them (paragraphs kept)."""
    text = "\n".join(_line(line) for line in markdown.split("\n"))
    if "[" in text:
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = _INLINE.sub("", text).replace("|", " ")
    if "&" in text:
        text = text.replace("&nbsp;", " ").replace("&amp;", "&")
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    paragraphs = (p.strip().replace("\n", " ") for p in _PARAGRAPH.split(text))
    return "\n\n".join(p for p in paragraphs if p)


def _parts(heading: str, level: int, position: int, lines: list[str]) -> list[Section]:
    text = plain("\n".join(lines))
    if not text and not heading:
        return []
    parts: list[Section] = []
    current: list[str] = []
    words = 0
    for paragraph in text.split("\n\n") if text else []:
        count = len(paragraph.split())
        if current and words + count > PART_WORDS:
            parts.append(Section(heading, "\n\n".join(current), level, position))
            current, words = [], 0
        current.append(paragraph)
        words += count
    parts.append(Section(heading, "\n\n".join(current), level, position))
    return parts


def sections(body: str) -> list[Section]:
    """The sections of a report body, in order."""
    out: list[Section] = []
    heading, level, position = "", 0, -1
    lines: list[str] = []
    fenced = False
    for line in body.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
            continue
        match = None if fenced else _HEADING.match(line)
        if match:
            out += _parts(heading, level, position, lines)
            heading = plain(_ATTRS.sub("", match.group(2)))
            level = len(match.group(1))
            position += 1
            lines = []
        else:
            lines.append(line)
    out += _parts(heading, level, position, lines)
    return out

"""Where a date stands in a Markdown heading (read by the ``event-date`` rule in dates.py).

A chronology written as headings opens each entry with the day ("### 3 March 2024: the final
home visit", "#### Tuesday 4 June", "## 12/03/2024 — police attend"): a heading that opens
with a date dates what the entry tells, an event in someone's life. A heading that names the
review's work first ("## Review timetable, 1 May 2024", "## Published 3 March 2024") dates
the process.
"""

from __future__ import annotations

import re

# The heading marks, emphasis, an optional weekday and "On"/"the" before the date.
OPENING = re.compile(
    r"[ \t]{0,3}#{1,6}[ \t]+[*_]{0,2}[ \t]*"
    r"(?i:(?:on[ \t]+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
    r"[ \t]+)?(?:the[ \t]+)?)"
)
# Words that can close a document control table ("final", "draft") tell, in a heading that
# opens with a date, of the case ("the final home visit"); these name the review's own work.
HEADING_PROCESS = frozenset({"panel", "timetable", "schedule", "milestone", "milestones"})


def heading_line(text: str, start: int) -> tuple[int, int] | None:
    """(line start, line end) of the ATX heading holding ``start``, or None."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start : line_start + 8].lstrip(" \t")[:1] != "#":
        return None
    line_end = text.find("\n", start)
    return line_start, len(text) if line_end < 0 else line_end


def opens_heading(text: str, start: int) -> bool:
    """Whether the date at ``start`` opens its heading (after a weekday or "On" at most)."""
    line = heading_line(text, start)
    return line is not None and OPENING.fullmatch(text, line[0], start) is not None

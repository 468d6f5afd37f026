"""Detection rules, one module per family; each returns ``Hit`` objects for a text.

Rules see plain text and report character offsets; the engine turns offsets into file
lines and columns, applies the review's allowances and masks what it shows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hit:
    """A possible identifier at ``text[start:end]``; ``message`` says how to fix it."""

    start: int
    end: int
    rule: str
    message: str

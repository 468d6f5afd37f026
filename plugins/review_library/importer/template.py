"""The imported review's source: the `review-library new` template, the title, the report.

Only the title comes from the document. Every other field keeps the template's example
value and its comment, and a note at the top says so: publication date, nation, review
type and the rest are for the author to fill in, never guessed from the document.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata

from review_library.scaffold import scaffold_review

IMPORT_NOTE = (
    "# Imported from a Word document: only the title and the report text below came from it.\n"
    "# Every other value is the template's example, not read from the document: replace each one.\n"
)
_TITLE_LINE = re.compile(r"^title: .*$", re.MULTILINE)
MAX_ID_LENGTH = 60


def review_source(
    review_id: str, title: str | None, body: str, today: dt.date | None = None
) -> str:
    """Front matter (template, with the document's title) followed by the converted report."""
    template = scaffold_review(review_id, today)
    assert template.startswith("---\n")
    end = template.index("\n---\n", 4)
    front = template[4 : end + 1]
    if title:
        value = json.dumps(title, ensure_ascii=False)
        front = _TITLE_LINE.sub(
            lambda _m: (
                f"title: {value}   # from the document's title; pseudonym + the main issue, no real names"
            ),
            front,
            count=1,
        )
    return f"---\n{IMPORT_NOTE}{front}---\n{body}"


def suggest_id(title: str | None) -> str | None:
    """A review id from the title: lowercase ASCII words joined by hyphens, at most 60 characters."""
    if not title:
        return None
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_ID_LENGTH:
            break
        slug = candidate
    return slug or None

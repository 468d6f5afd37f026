"""What the default checks find in one line of text, for the rule tests that ask it."""

from __future__ import annotations

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from tests.redaction.eval.corpus import merged_front_matter, render_document

# A whole review around a few front matter lines (``extra``, each ending in a newline), for
# tests of where in the front matter a value is read; ``id`` and ``pseudonyms`` vary too.
_REVIEW_WITH_FRONT_MATTER = """---
id: {id}
title: "Child K: neglect"
review_type: lcspr
subject: Child K
pseudonyms: [{pseudonyms}]
partnership: Westmarch Safeguarding Children Partnership
nation: england
published: 2025-05-12
themes: [neglect]
author: S. Penrose
summary: Child K lived with Mother.
learning_points:
  - Neglect is cumulative.
status: published
{extra}---

{body}
"""


def error_rules(text: str) -> set[str]:
    """The rules with an error-level finding in ``text``."""
    report = check_text(text, "review.md", config=RedactionConfig())
    return {f.rule for f in report.findings if f.severity == "error"}


def flags_at(text: str, rule: str, target: str) -> bool:
    """Whether ``rule`` reports a finding (any severity) that covers ``target``'s first
    character on the first line of ``text``."""
    report = check_text(text, "review.md", config=RedactionConfig())
    column = text.index(target) + 1
    return any(
        f.rule == rule and f.line == 1 and f.column <= column < f.column + len(f.excerpt)
        for f in report.findings
    )


def review_error_rules(text: str) -> set[str]:
    """The rules with an error-level finding when ``text`` is the body of a whole review,
    front matter and all, as the evaluation corpus wraps its cases."""
    document = render_document(merged_front_matter({}), text)
    report = check_text(document, "case.md", config=RedactionConfig())
    return {f.rule for f in report.findings if f.severity == "error"}


def review_with_front_matter(
    extra: str = "",
    id: str = "westmarch-2025-child-k",
    pseudonyms: str = "Child K, Mother",
    body: str = "The review considers neglect.",
) -> str:
    """A valid review whose front matter ends with ``extra`` (whole lines), and ``body``."""
    return _REVIEW_WITH_FRONT_MATTER.format(extra=extra, id=id, pseudonyms=pseudonyms, body=body)

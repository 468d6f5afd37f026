"""What the default checks find in one line of text, for the rule tests that ask it."""

from __future__ import annotations

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text


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

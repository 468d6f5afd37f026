"""The documentation's table of redaction rules, generated from the rule modules.

The page ``about/redaction-checks.md`` holds a placeholder the plugin replaces with this
table, so a new rule module is documented without editing the page.
"""

from __future__ import annotations

import html

from review_library.redaction.rules import registry

PLACEHOLDER = "<!-- review-library:redaction-rules -->"


def _cell(text: str) -> str:
    # A table cell is one line; a pipe would end the cell early, and a message that names an
    # element ("an SVG's <metadata> block") must show as text, not open one.
    return html.escape(" ".join(text.split()), quote=False).replace("|", "\\|")


def rule_table() -> str:
    """A Markdown table: rule id, default severity, output scan, what it finds, the fix."""
    rows = [
        "| rule | default | also in the output scan | finds | how to fix |",
        "|---|---|---|---|---|",
    ]
    for rule in registry():
        rows.append(
            f"| `{rule.id}` | {rule.severity} | {'yes' if rule.output_scan else 'no'} "
            f"| {_cell(rule.docs or rule.summary)} | {_cell(rule.fix)} |"
        )
    return "\n".join(rows) + "\n"

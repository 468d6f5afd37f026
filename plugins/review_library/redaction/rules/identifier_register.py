"""Rule ``identifier-register``: entries of the case's identifier register.

The engine matches the register itself (see ``redaction/register.py``); this module only
declares the rule.
"""

from __future__ import annotations

from review_library.redaction.rules import Rule

RULE = Rule(
    id="identifier-register",
    severity="error",
    message=(
        "this matches an entry of the identifier register (a real name, place or school of "
        "the case); replace a person's name with the pseudonym or role, a place or school "
        "with a general description ('the town', 'the school')"
    ),
    summary="A name, place or school listed in the case's identifier register",
    fix="Replace it with the pseudonym or a role ('the child's mother', 'the school').",
    docs="an entry of the case's identifier register (below)",
    rank=10,
    output_scan=True,
    # A register entry always wins over a declaration: only an audited redaction.allow
    # entry for this rule silences it.
    silenced_by=frozenset(),
)

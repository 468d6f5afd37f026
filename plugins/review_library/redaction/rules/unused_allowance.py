"""Rule ``unused-allowance``: a ``redaction.allow`` entry that silenced nothing.

The engine reports it after checking a file (see ``engine._unused``); this module declares
the rule. A warning: it never blocks, but a stale entry should go before it silences a real
identifier written later.
"""

from __future__ import annotations

from review_library.redaction.findings import UNUSED_ALLOWANCE
from review_library.redaction.rules import Rule

RULE = Rule(
    id=UNUSED_ALLOWANCE,
    severity="warning",
    message=(
        "this redaction.allow entry silenced nothing (its text, rule or spelling no longer "
        "matches a finding); delete it, or correct it"
    ),
    summary="A redaction.allow entry that silenced no finding",
    fix="Delete the entry, or correct its text, fingerprint or rule.",
    docs="a `redaction.allow` entry that silenced nothing in its review (stale, mistyped, or "
    "for another rule)",
    rank=950,
)

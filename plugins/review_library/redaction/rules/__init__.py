"""Detection rules: one module per rule, discovered at run time.

A rule module declares ``RULE`` (or ``RULES``, for rules found in one pass, such as the two
date rules) as ``Rule`` objects: the rule's id, default severity, message, help text, whether
the output scan runs it, and its find function. The engine, the configuration, the output
scan, the report formats and the documentation all read the registry below, so adding a rule
means adding one module here and editing no other file. Shared helpers live in modules that
declare no rule (``text.py``, ``gazetteer.py``).

Rules see plain text and report character offsets; the engine turns offsets into file
lines and columns, applies the review's allowances and masks what it shows.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Hit:
    """A possible identifier at ``text[start:end]``; ``message`` says how to fix it."""

    start: int
    end: int
    rule: str
    message: str
    cue: str = ""
    """What made the rule fire ("'died' in the sentence"), for ``check --explain``."""


# Kinds of front matter declaration that may silence a rule (see declarations.py).
DECLARATION_KINDS = frozenset({"pseudonym", "author", "partnership", "named_people"})


@dataclass(frozen=True)
class Rule:
    """One detection rule, as the registry knows it.

    ``rank`` orders rules in every listing and settles overlaps: when hits of two rules
    overlap, the hit of the lower rank wins ("Kelly Road" is an address, not a name).
    ``find`` is None for rules that do not read review text (the register is matched by
    the engine, asset metadata and unpublished content by their own checks). Several rules
    may share one ``find`` function; it then runs once and reports hits of each.
    """

    id: str
    severity: str
    message: str
    summary: str
    """What the rule finds, in one sentence (SARIF short description, report help)."""
    fix: str
    """How an author fixes a finding."""
    rank: int
    find: Callable[[str], Iterable[Hit]] | None = None
    output_scan: bool = False
    """Run on the built site too: only rules precise enough for machine-generated text."""
    container: bool = False
    """Hits are containers (an HTML comment): they never suppress hits inside them."""
    silenced_by: frozenset[str] = field(default_factory=frozenset)
    """Declaration kinds that may silence it (``redaction.allow`` silences any rule)."""
    docs: str = ""
    """What it finds, for the documentation's rule table (Markdown); defaults to summary."""
    piece_gate: re.Pattern | None = None
    """For a rule the output scan runs piece by piece: a pattern found in every text where
    ``find`` can hit (argued from ``find``'s own tests, next to it); a piece where it is not
    found is not handed to ``find`` at all."""

    def hit(self, start: int, end: int, cue: str = "") -> Hit:
        """A hit of this rule with its default message."""
        return Hit(start, end, self.id, self.message, cue)


@lru_cache(maxsize=1)
def registry() -> tuple[Rule, ...]:
    """Every rule of every module in this package, in rank order.

    Raises RuntimeError on a duplicated id or rank, or a bad severity: a broken rule module
    must fail every run, not silently drop out of the gate.
    """
    found: list[Rule] = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        declared = getattr(module, "RULES", None)
        if declared is None:
            single = getattr(module, "RULE", None)
            declared = (single,) if isinstance(single, Rule) else ()
        found.extend(r for r in declared if isinstance(r, Rule))
    ids = [r.id for r in found]
    ranks = [r.rank for r in found]
    if len(set(ids)) != len(ids) or len(set(ranks)) != len(ranks):
        raise RuntimeError("redaction rules: duplicated rule id or rank in rules/")
    for rule in found:
        if rule.severity not in ("error", "warning"):
            raise RuntimeError(f"redaction rule {rule.id}: bad default severity")
        if not rule.silenced_by <= DECLARATION_KINDS:
            raise RuntimeError(f"redaction rule {rule.id}: unknown declaration kind")
    return tuple(sorted(found, key=lambda r: r.rank))


def rules_by_id() -> dict[str, Rule]:
    """The registry as a mapping from rule id."""
    return {rule.id: rule for rule in registry()}


def silenced_by(kind: str) -> frozenset[str]:
    """Ids of the rules that a declaration of ``kind`` (``pseudonym`` ...) may silence."""
    return frozenset(rule.id for rule in registry() if kind in rule.silenced_by)

"""What the redaction checks report: findings, suppressions and masking."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

SEVERITIES = ("error", "warning")
UNUSED_ALLOWANCE = "unused-allowance"
"""The id of the rule ``unused-allowance`` (declared here: a report settles its findings)."""


@dataclass(frozen=True, order=True)
class Finding:
    """One possible identifier. ``excerpt`` is always masked: CI logs are often public."""

    file: str
    line: int
    column: int
    rule: str
    severity: str
    message: str
    excerpt: str
    cue: str = field(default="", compare=False)
    """What made the rule fire, shown by ``check --explain``."""
    fingerprint: str = field(default="", compare=False)
    """``fingerprint(text)``: an allow entry may name it instead of the text."""
    raw: str = field(default="", compare=False, repr=False)
    """The matched text in full. Never written to any report: only ``check --explain`` shows
    it, and only on an interactive terminal."""
    names_its_file: bool = field(default=False, compare=False)
    """The identifier is in ``file``'s own name: every message masks that path."""

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "excerpt": self.excerpt,
        }


@dataclass(frozen=True, order=True)
class Suppression:
    """A declared exception (redaction.allow, named_people, ...) that silenced a match."""

    file: str
    line: int
    rule: str
    text_masked: str
    reason: str
    kind: str = "allow"


@dataclass
class Report:
    """Result of checking some files."""

    findings: list[Finding] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    files_checked: int = 0
    used_allowances: set[tuple[str, int]] = field(default_factory=set)
    """(review file, line) of the ``redaction.allow`` entries that silenced a match outside
    their review's own text (in an attachment, or in the built site)."""

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    def extend(self, other: Report) -> None:
        self.findings.extend(other.findings)
        self.suppressions.extend(other.suppressions)
        self.files_checked += other.files_checked
        self.used_allowances |= other.used_allowances

    def settle_allowances(self, used: set[tuple[str, int]] | None = None) -> None:
        """Drop the ``unused-allowance`` findings of entries used elsewhere (``used``, and
        this report's own ``used_allowances``): an entry only an attachment or the built
        site needs is in use, and deleting it would fail the build."""
        used = self.used_allowances | (used or set())
        if used:
            self.findings = [
                f
                for f in self.findings
                if not (f.rule == UNUSED_ALLOWANCE and (f.file, f.line) in used)
            ]

    def sort(self) -> None:
        self.findings.sort()
        self.suppressions.sort()


def mask(text: str) -> str:
    """Mask an identifier for display: keep the first character of each word.

    ``"Kayden Morris"`` becomes ``"K***** M*****"``; digits are masked entirely except the
    first, so a number can be located in the source but never read from a log.
    """
    out = []
    for word in text.split():
        if len(word) <= 1:
            out.append("*")
        else:
            out.append(word[0] + "*" * (len(word) - 1))
    return " ".join(out)


def masked_path(path: str) -> str:
    """``reviews/kayden-morris-2024.md`` as ``reviews/k********************``."""
    folder, slash, name = path.rpartition("/")
    return f"{folder}{slash}{mask(name)}"


def hide_named_paths(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with every path that is itself a finding's identifier masked: a file named
    after a child must not be echoed in full by the other lines about it (its other findings,
    suppressions, the file count), since CI logs are often public."""
    for path in sorted({f.file for f in findings if f.names_its_file}, key=len, reverse=True):
        text = text.replace(path, masked_path(path))
    return text


def fingerprint(text: str) -> str:
    """A short stable digest of an identifier, for an allow entry that must not repeat it.

    Case, spacing and, for a date, its spelling do not change it: "14 March 2022" and
    "14/03/2022" have one fingerprint.
    """
    from review_library.redaction.rules.datetext import normalise

    date = normalise(text) if any(c.isdigit() for c in text) else None
    key = date if date is not None else " ".join(text.casefold().split())
    return "fp-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

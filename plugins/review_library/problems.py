"""One message for everything that stops a build: schema problems, anonymisation findings and
report text the library does not publish, together, grouped by file.

An author with a misspelt theme and a date of birth in one file sees both in one run, rather
than one per build.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from review_library.commands import command
from review_library.redaction.findings import Finding, hide_named_paths

MAX_LISTED = 200


@dataclass(frozen=True)
class Entry:
    """One line of the message, with what it is sorted and grouped by."""

    path: str
    line: int
    column: int
    text: str
    kind: str


def _schema(problem) -> Entry:
    return Entry(problem.path, problem.line or 0, 0, problem.render(), "schema")


def finding_line(finding: Finding) -> str:
    """A finding as one line: path:line:column, rule, severity, message, masked excerpt."""
    return (
        f"{finding.file}:{finding.line}:{finding.column}: {finding.rule} ({finding.severity}): "
        f"{finding.message} [{finding.excerpt}]"
    )


def _finding(finding: Finding) -> Entry:
    return Entry(
        finding.file, finding.line or 0, finding.column or 0, finding_line(finding), "finding"
    )


def _body(problem) -> Entry:
    return Entry(problem.path, problem.line or 0, 0, problem.render(), "body")


def _internal(problem) -> Entry:
    return Entry(problem.path, problem.line or 0, 0, problem.render(), "internal")


HOW_TO_FIX = {
    "schema": "front matter: fix each field as the message says (`{schema}` prints the schema)",
    "finding": "possible identifiers: use the pseudonym or role, month and year only, no "
    "addresses, or declare an audited exception under 'redaction.allow' with a reason",
    "body": "report text: Markdown, tables, footnotes, admonitions, abbreviations and simple "
    "HTML tags only (see 'What a build refuses' in the README)",
    "internal": "internal errors: not a problem in your files; run again, and if it happens "
    "again, report the lines above",
}


def build_problems(
    schema: Iterable = (),
    findings: Iterable[Finding] = (),
    body: Iterable = (),
    internal: Iterable = (),
    consequence: str = "nothing was published",
) -> str | None:
    """The message listing every problem, grouped by file; None when there is none.

    ``schema``: objects with path, line and render() (validate.Problem); ``findings``:
    error-level redaction findings; ``body``: report_html.BodyProblem; ``internal``: failed
    jobs (workers.WorkerError), whose path may be empty.
    """
    findings = list(findings)
    entries = [
        *(_schema(p) for p in schema),
        *(_finding(f) for f in findings),
        *(_body(p) for p in body),
        *(_internal(p) for p in internal),
    ]
    if not entries:
        return None
    entries.sort(key=lambda e: (e.path, e.line, e.column, e.text))
    files = sorted({e.path for e in entries if e.path})
    lines: list[str] = []
    previous = None
    for entry in entries[:MAX_LISTED]:
        if previous is not None and entry.path != previous:
            lines.append("")
        lines.append(f"  {entry.text}")
        previous = entry.path
    if len(entries) > MAX_LISTED:
        lines.append(f"  ... and {len(entries) - MAX_LISTED} more")
    kinds = [kind for kind in HOW_TO_FIX if any(e.kind == kind for e in entries)]
    counts = {kind: sum(e.kind == kind for e in entries) for kind in kinds}
    summary = ", ".join(
        {
            "schema": f"{counts.get('schema', 0)} front matter problem(s)",
            "finding": f"{counts.get('finding', 0)} possible identifier(s) (redaction check)",
            "body": f"{counts.get('body', 0)} problem(s) in report text",
            "internal": f"{counts.get('internal', 0)} internal error(s)",
        }[kind]
        for kind in kinds
    )
    schema = command("schema")
    fixes = "\n".join(f"- {HOW_TO_FIX[kind].replace('{schema}', schema)}" for kind in kinds)
    message = (
        f"review-library: {summary}{f' in {len(files)} file(s)' if files else ''}; "
        f"{consequence}.\n" + "\n".join(lines) + f"\nHow to fix:\n{fixes}"
    )
    return hide_named_paths(message, findings)

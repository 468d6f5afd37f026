"""Rule ``unreadable-file``: a file the checks could not read, so it was not checked."""

from __future__ import annotations

from review_library.redaction.findings import Finding, Report
from review_library.redaction.rules import Rule

RULE = Rule(
    id="unreadable-file",
    severity="error",
    message="this file could not be checked: {reason}",
    summary="A file under the checked paths that could not be read or decoded, so it was not checked",
    fix=(
        "Save it as UTF-8 text, replace a symbolic link with a copy of the file, remove pipes "
        "and devices, or split a file over the size limit; then run the check again."
    ),
    docs=(
        "a file that cannot be checked: not UTF-8, binary, a symbolic link, a pipe or device, "
        "over the size limit (the run goes on; exit 1)"
    ),
    rank=920,
)


def unreadable(path: str, line: int | None, reason: str) -> Report:
    """A report of one ``unreadable-file`` error finding: ``path`` was not checked."""
    finding = Finding(path, line or 1, 1, RULE.id, "error", RULE.message.format(reason=reason), "")
    return Report(findings=[finding], files_checked=1)

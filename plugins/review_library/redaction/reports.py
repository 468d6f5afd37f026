"""Render a redaction Report as text, JSON, SARIF 2.1.0, JUnit XML or GitHub annotations.

Every format lists every finding and every suppression (so a second person can sign the
exceptions off), and shows only masked excerpts: CI logs are often public. Line 0 means
"the whole file" (asset metadata has no line).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict
from urllib.parse import quote
from xml.etree import ElementTree

from review_library import __version__
from review_library.redaction.config import DEFAULT_SEVERITIES, RULE_IDS
from review_library.redaction.findings import Finding, Report, Suppression, hide_named_paths
from review_library.redaction.rules import registry

FORMATS = ("text", "json", "sarif", "junit", "github")
TOOL_NAME = "review-library"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

# Rule id -> (what it finds, how to fix it), from the rule modules. Shown as SARIF rule
# help and in the docs.
RULE_HELP: dict[str, tuple[str, str]] = {rule.id: (rule.summary, rule.fix) for rule in registry()}

_LEVELS = {"error": "error", "warning": "warning", "off": "none"}
# XML 1.0 forbids most control characters; a stray one must not make the report unparseable.
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(
    report: Report,
    fmt: str,
    *,
    files: Iterable[str] | None = None,
    severity: Callable[[str], str] | None = None,
    explain: bool = False,
    full_text: bool = False,
) -> str:
    """The report in ``fmt`` (one of FORMATS), ending with a newline.

    ``files`` are the files checked (JUnit lists passing files too); ``severity`` maps a rule
    id to its configured level (SARIF rule defaults, levels of suppressed results).
    ``explain`` adds, per finding, the cue that fired and the ``redaction.allow`` entry that
    would silence it (text and JSON): the entry names the finding's fingerprint, or, with
    ``full_text`` (an interactive terminal only; never a file or CI log), the text itself.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    report.sort()
    level = severity or (lambda rule: DEFAULT_SEVERITIES.get(rule, "error"))
    if fmt == "text":
        rendered = render_text(report, explain=explain, full_text=full_text)
    elif fmt == "json":
        rendered = render_json(report, explain=explain)
    elif fmt == "sarif":
        rendered = render_sarif(report, level)
    elif fmt == "junit":
        rendered = render_junit(report, files)
    else:
        rendered = render_github(report)
    return hide_named_paths(rendered, report.findings)


def summary(report: Report) -> str:
    """One line: files checked, errors, warnings, suppressions."""
    errors = len(report.errors)
    warnings = len(report.findings) - errors
    return (
        f"{report.files_checked} file(s) checked: {errors} error(s), {warnings} warning(s), "
        f"{len(report.suppressions)} suppression(s)"
    )


def _declared_by(kind: str) -> str:
    """Where an exception was declared: ``redaction.allow``, ``pseudonyms``, ``author`` ..."""
    return f"redaction.{kind}" if kind in ("allow", "named_people") else kind


def _where(file: str, line: int, column: int = 0) -> str:
    if line <= 0:
        return file
    return f"{file}:{line}:{column}" if column > 0 else f"{file}:{line}"


def allow_entry(finding: Finding, full_text: bool = False) -> list[str]:
    """The ``redaction.allow`` entry (YAML lines) that would silence a finding."""
    if full_text and finding.raw:
        # A JSON string is a valid YAML double-quoted scalar: quotes, colons and # are safe.
        first = f"- text: {json.dumps(' '.join(finding.raw.split()), ensure_ascii=False)}"
    else:
        first = f"- fingerprint: {finding.fingerprint}"
    return [first, f"  rule: {finding.rule}", '  reason: "<why it may be published>"']


def render_text(report: Report, *, explain: bool = False, full_text: bool = False) -> str:
    """Human-readable lines, ``file:line:column: severity [rule] message: excerpt``; with
    ``explain``, each finding is followed by the cue that fired and the entry to allow it."""
    out = []
    for f in report.findings:
        out.append(
            f"{_where(f.file, f.line, f.column)}: {f.severity} [{f.rule}] {f.message}: {f.excerpt}"
        )
        if not explain:
            continue
        if f.cue:
            out.append(f"    why: {f.cue}")
        if f.fingerprint:
            out.append(
                "    if it identifies no one, allow it in the front matter under redaction.allow:"
            )
            out.extend(f"      {line}" for line in allow_entry(f, full_text))
    if report.suppressions:
        out.append("")
        out.append("Suppressed by declared exceptions (a second person should sign these off):")
        out.extend(
            f"  {_where(s.file, s.line)}: [{s.rule}] {s.text_masked} "
            f"(allowed by {_declared_by(s.kind)}): {s.reason}"
            for s in report.suppressions
        )
    out.append(summary(report))
    return "\n".join(out) + "\n"


def render_json(report: Report, *, explain: bool = False) -> str:
    """``{"findings": [...], "files_checked": N, "suppressions": [...]}``; with ``explain``
    each finding also has ``cue`` and ``fingerprint`` (never the text)."""

    def entry(finding: Finding) -> dict:
        data = finding.as_dict()
        if explain:
            data["cue"] = finding.cue
            data["fingerprint"] = finding.fingerprint
        return data

    data = {
        "findings": [entry(f) for f in report.findings],
        "files_checked": report.files_checked,
        "suppressions": [asdict(s) for s in report.suppressions],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def sarif_rules(level: Callable[[str], str]) -> list[dict]:
    """SARIF reportingDescriptor for every rule id, with help text."""
    rules = []
    for rule in RULE_IDS:
        short, fix = RULE_HELP.get(rule, (rule, ""))
        configured = level(rule)
        rules.append(
            {
                "id": rule,
                "name": "".join(part.title() for part in rule.split("-")),
                "shortDescription": {"text": short},
                "fullDescription": {"text": f"{short}. {fix}".strip()},
                "help": {"text": fix, "markdown": f"**{short}.** {fix}"},
                "defaultConfiguration": {
                    "level": _LEVELS.get(configured, "error"),
                    "enabled": configured != "off",
                },
            }
        )
    return rules


def _location(file: str, line: int, column: int = 0) -> dict:
    # SARIF wants a URI reference: "case notes.md" must be "case%20notes.md".
    physical: dict = {"artifactLocation": {"uri": quote(file.replace("\\", "/"), safe="/")}}
    if line > 0:
        region = {"startLine": line}
        if column > 0:
            region["startColumn"] = column
        physical["region"] = region
    return {"physicalLocation": physical}


def render_sarif(report: Report, level: Callable[[str], str]) -> str:
    """SARIF 2.1.0: one run, every rule described; suppressions as suppressed results."""
    index = {rule: i for i, rule in enumerate(RULE_IDS)}
    results = [_sarif_result(f, index) for f in report.findings]
    for s in report.suppressions:
        result = {
            "ruleId": s.rule,
            "level": _LEVELS.get(level(s.rule), "error"),
            "message": {
                "text": f"Suppressed by {_declared_by(s.kind)}: {s.text_masked}. Reason: {s.reason}"
            },
            "locations": [_location(s.file, s.line)],
            "suppressions": [{"kind": "inSource", "status": "accepted", "justification": s.reason}],
        }
        if s.rule in index:
            result["ruleIndex"] = index[s.rule]
        results.append(result)
    sarif = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": sarif_rules(level),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"


def _sarif_result(f: Finding, index: dict[str, int]) -> dict:
    result = {
        "ruleId": f.rule,
        "level": _LEVELS.get(f.severity, "error"),
        "message": {"text": f"{f.message} [{f.excerpt}]"},
        "locations": [_location(f.file, f.line, f.column)],
    }
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    return result


def _xml(text: str) -> str:
    return _XML_INVALID.sub("\ufffd", text)


def render_junit(report: Report, files: Iterable[str] | None = None) -> str:
    """JUnit XML: one test case per file (fails on error-level findings), warnings as output,
    one skipped test case per suppression."""
    by_file: dict[str, list[Finding]] = {name: [] for name in (files or ())}
    for f in report.findings:
        by_file.setdefault(f.file, []).append(f)
    suite = ElementTree.Element("testsuite", name="review-library redaction check")
    failures = 0
    for name in sorted(by_file):
        case = ElementTree.SubElement(
            suite, "testcase", classname="redaction", name=_xml(name), file=_xml(name)
        )
        found = by_file[name]
        errors = [f for f in found if f.severity == "error"]
        if errors:
            failures += 1
            failure = ElementTree.SubElement(
                case,
                "failure",
                type="redaction",
                message=_xml(f"{len(errors)} possible identifier(s)"),
            )
            failure.text = _xml("\n".join(_finding_line(f) for f in errors))
        warnings = [f for f in found if f.severity != "error"]
        if warnings:
            out = ElementTree.SubElement(case, "system-out")
            out.text = _xml("\n".join(_finding_line(f) for f in warnings))
    for s in report.suppressions:
        case = ElementTree.SubElement(
            suite,
            "testcase",
            classname="redaction.suppressions",
            name=_xml(f"{_where(s.file, s.line)} {s.rule}"),
            file=_xml(s.file),
        )
        ElementTree.SubElement(
            case,
            "skipped",
            message=_xml(
                f"suppressed by {_declared_by(s.kind)}: {s.text_masked}. Reason: {s.reason}"
            ),
        )
    tests = len(suite)
    for key, value in (
        ("tests", tests),
        ("failures", failures),
        ("errors", 0),
        ("skipped", len(report.suppressions)),
    ):
        suite.set(key, str(value))
    root = ElementTree.Element(
        "testsuites",
        name=TOOL_NAME,
        tests=str(tests),
        failures=str(failures),
        errors="0",
        skipped=str(len(report.suppressions)),
    )
    root.append(suite)
    ElementTree.indent(root)
    body = ElementTree.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _finding_line(f: Finding) -> str:
    return f"{_where(f.file, f.line, f.column)}: {f.severity} [{f.rule}] {f.message}: {f.excerpt}"


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def _gh_command(kind: str, file: str, line: int, column: int, title: str, text: str) -> str:
    props = [f"file={_gh_property(file)}"]
    if line > 0:
        props.append(f"line={line}")
        if column > 0:
            props.append(f"col={column}")
    props.append(f"title={_gh_property(title)}")
    return f"::{kind} {','.join(props)}::{_gh_data(text)}"


def render_github(report: Report) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's files."""
    out = [
        _gh_command(
            "error" if f.severity == "error" else "warning",
            f.file,
            f.line,
            f.column,
            f.rule,
            f"{f.message} [{f.excerpt}]",
        )
        for f in report.findings
    ]
    out.extend(_suppression_notice(s) for s in report.suppressions)
    out.append(summary(report))
    return "\n".join(out) + "\n"


def _suppression_notice(s: Suppression) -> str:
    return _gh_command(
        "notice",
        s.file,
        s.line,
        0,
        f"suppressed {s.rule}",
        f"{s.text_masked} allowed by {_declared_by(s.kind)}. Reason: {s.reason}",
    )

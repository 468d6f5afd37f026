"""The publishing gate: redaction checks before anything is written, output scan after."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import ClassVar

from mkdocs.exceptions import PluginError

from review_library.catalogue import Catalogue
from review_library.config import ChecksConfig
from review_library.frontmatter import SourceError
from review_library.redaction.findings import Report

MAX_LISTED = 200


class _State:
    enabled = True
    output_scan = True
    config = None
    register = None
    watched: ClassVar[list[Path]] = []


_state = _State()


def configure(checks: ChecksConfig, root: Path) -> None:
    """Load the rule configuration and identifier register named in mkdocs.yml."""
    _state.enabled = bool(checks.enabled)
    _state.output_scan = bool(checks.output_scan)
    _state.watched = []
    if not _state.enabled:
        return
    from review_library.redaction.config import ConfigError, RedactionConfig
    from review_library.redaction.register import Register, RegisterError

    try:
        _state.config = RedactionConfig.from_dict(dict(checks.rules or {}))
    except ConfigError as error:
        raise PluginError(f"review-library: plugin option checks.rules: {error}") from None
    try:
        register = Register.from_environment()
        for option in ("identifiers", "register"):
            value = checks[option]
            if value:
                path = (root / value).resolve()
                _state.watched.append(path)
                loaded = (
                    Register.load_plain(path)
                    if option == "identifiers"
                    else Register.load_hashed(path)
                )
                register = loaded if register is None else register.merged(loaded)
        _state.register = register
    except RegisterError as error:
        raise PluginError(f"review-library: identifier register: {error}") from None


def watched_files() -> list[Path]:
    """Register files `serve` should watch."""
    return list(_state.watched)


def check_sources(reviews_dir: Path, root: Path, log: logging.Logger) -> Report:
    """Check every review file (drafts too) and its assets; raise one error listing all."""
    if not _state.enabled:
        log.warning(
            "redaction checks are disabled (checks.enabled: false): never publish this build"
        )
        return Report()
    from review_library.redaction.engine import check_paths

    try:
        report = check_paths(
            [reviews_dir], root=root, config=_state.config, register=_state.register
        )
    except SourceError as error:
        raise PluginError(f"review-library: {error.render()}") from None
    _raise_or_warn(report, "redaction check", "Nothing was published", log)
    return report


def scan_output(site_dir: Path, catalogue: Catalogue, log: logging.Logger) -> Report:
    """Scan the built site; raise (after which the caller removes the site) on a leak."""
    if not (_state.enabled and _state.output_scan):
        return Report()
    from review_library.redaction.output_scan import scan_site

    forbidden = [
        (review.source_path, text)
        for review in [*catalogue.unpublished, *catalogue.withdrawn]
        for text in unpublished_texts(review)
    ]
    report = scan_site(
        site_dir, config=_state.config, register=_state.register, forbidden=forbidden
    )
    _raise_or_warn(report, "output scan", "The site directory was removed", log)
    return report


def unpublished_texts(review) -> list[str]:
    """Distinctive texts of a review that must never appear in the site."""
    meta = review.meta
    texts = [meta.summary, *meta.learning_points, *(r.text for r in meta.recommendations)]
    for paragraph in review.body.split("\n\n"):
        line = " ".join(paragraph.split())
        if len(line) >= 80 and not line.startswith(("#", "!!!", "|", "<")):
            texts.append(line)
    return [t for t in texts if len(t) >= 40]


def _raise_or_warn(report: Report, stage: str, consequence: str, log: logging.Logger) -> None:
    report.sort()
    for finding in report.findings:
        if finding.severity != "error":
            log.warning(_line(finding))
    errors = report.errors
    if not errors:
        return
    listed = "\n".join(f"  {_line(f)}" for f in errors[:MAX_LISTED])
    more = f"\n  ... and {len(errors) - MAX_LISTED} more" if len(errors) > MAX_LISTED else ""
    raise PluginError(
        f"review-library: {stage} found {len(errors)} possible identifier(s). {consequence}.\n"
        f"{listed}{more}\n"
        "Fix each one (use the pseudonym or role, month and year only, no addresses), or "
        "declare an audited exception under 'redaction.allow' with a reason. "
        "Run `review-library check reviews` for the full report."
    )


def _line(finding) -> str:
    return (
        f"{finding.file}:{finding.line}:{finding.column}: {finding.rule} ({finding.severity}): "
        f"{finding.message} [{finding.excerpt}]"
    )

"""The publishing gate: redaction checks before anything is written, output scan after."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from review_library.catalogue import Catalogue
from review_library.config import ChecksConfig
from review_library.frontmatter import SourceError
from review_library.model import Review
from review_library.redaction.findings import Finding, Report
from review_library.redaction.runner import CheckCache, PendingCheck, WorkerPool, start_check

MAX_LISTED = 200


class PublishingGate:
    """Holds one build's rule configuration and register; raises PluginError on a leak."""

    def __init__(self, checks: ChecksConfig, root: Path):
        self.enabled = bool(checks.enabled)
        self.output_scan = bool(checks.output_scan)
        self.root = root
        self.watched: list[Path] = []
        self.config = None
        self.register = None
        if self.enabled:
            self._load(checks)

    def _load(self, checks: ChecksConfig) -> None:
        from review_library.redaction.config import ConfigError, RedactionConfig
        from review_library.redaction.register import Register, RegisterError

        try:
            self.config = RedactionConfig.from_dict(dict(checks.rules or {}))
        except ConfigError as error:
            raise PluginError(f"review-library: plugin option checks.rules: {error}") from None
        try:
            register = Register.from_environment()
            for option, load in (
                ("identifiers", Register.load_plain),
                ("register", Register.load_hashed),
            ):
                if checks[option]:
                    path = (self.root / checks[option]).resolve()
                    self.watched.append(path)
                    loaded = load(path)
                    register = loaded if register is None else register.merged(loaded)
            self.register = register
        except RegisterError as error:
            raise PluginError(f"review-library: identifier register: {error}") from None

    def check_sources(self, reviews_dir: Path, log: logging.Logger) -> Report:
        """Check every review file (drafts too) and its assets; raise one error listing all."""
        return self.finish_source_checks(self.start_source_checks(reviews_dir, log), log)

    def start_source_checks(
        self,
        reviews_dir: Path,
        log: logging.Logger,
        cache: CheckCache | None = None,
        pool: WorkerPool | None = None,
    ) -> PendingCheck | None:
        """Start checking every review file (drafts too) and its assets; see finish_."""
        if not self.enabled:
            log.warning(
                "redaction checks are disabled (checks.enabled: false): never publish this build"
            )
            return None
        try:
            return start_check(
                [reviews_dir],
                root=self.root,
                config=self.config,
                register=self.register,
                cache=cache,
                pool=pool,
            )
        except OSError as error:
            raise PluginError(
                f"review-library: cannot read {error.filename}: {error.strerror}"
            ) from None

    def finish_source_checks(self, pending: PendingCheck | None, log: logging.Logger) -> Report:
        """Wait for the source checks; raise one error listing every finding."""
        if pending is None:
            return Report()
        try:
            report = pending.result()
        except SourceError as error:
            raise PluginError(f"review-library: {error.render()}") from None
        except OSError as error:
            raise PluginError(
                f"review-library: cannot read {error.filename}: {error.strerror}"
            ) from None
        _raise_or_warn(report, "redaction check", "Nothing was published", log)
        return report

    def scan_output(self, site_dir: Path, catalogue: Catalogue, log: logging.Logger) -> Report:
        """Scan the built site; raise (the caller then removes the site) on a leak."""
        if not (self.enabled and self.output_scan):
            return Report()
        from review_library.redaction.output_scan import scan_site

        forbidden = [
            (review.source_path, text)
            for review in [*catalogue.unpublished, *catalogue.withdrawn]
            for text in unpublished_texts(review)
        ]
        # Wording a published review shares with a draft (a common recommendation, an
        # earlier revision) proves nothing; allowances of published reviews hold here too.
        published = [text for review in catalogue.published for text in unpublished_texts(review)]
        allowed = [
            (entry.rule, entry.text)
            for review in catalogue.published
            for entry in review.meta.redaction.allow
        ]
        report = scan_site(
            site_dir,
            config=self.config,
            register=self.register,
            forbidden=forbidden,
            allowed=allowed,
            published=published,
        )
        _raise_or_warn(report, "output scan", "The site directory was removed", log)
        return report


def unpublished_texts(review: Review) -> list[str]:
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


def _line(finding: Finding) -> str:
    return (
        f"{finding.file}:{finding.line}:{finding.column}: {finding.rule} ({finding.severity}): "
        f"{finding.message} [{finding.excerpt}]"
    )

"""Run the source checks fast: a content-hash cache and, for many files, worker processes.

A `serve` rebuild after editing one review re-checks that review only (the others are found
in the cache by the SHA-256 of their bytes). A large library is split into chunks checked in
worker processes, so the checks use the cores MkDocs leaves idle: the plugin starts them
before the pages are built and collects the result before anything is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from review_library.filestamp import DigestMemo, lstat
from review_library.frontmatter import SourceError
from review_library.redaction import result_cache
from review_library.redaction.config import RedactionConfig
from review_library.redaction.findings import Finding, Report, Suppression
from review_library.redaction.preload import load_rule_data
from review_library.redaction.register import Register
from review_library.redaction.result_cache import ResultStore
from review_library.redaction.rules.unreadable_file import unreadable
from review_library.safefiles import read_bytes
from review_library.workers import Job, Scheduler, WorkerError, gather

PARALLEL_FROM = 40
"""Fewer uncached files than this are checked in-process: starting workers costs more."""
CHUNK = 25
"""Files per task; small enough to share work evenly, large enough to pay for the pickling."""


@dataclass
class CheckCache:
    """Reports of files already checked, by displayed path and SHA-256 of their bytes.

    Entries are dropped when the rule configuration or the register changes, so a cached
    'clean' never outlives the rules that found it clean. With ``root`` (a project's
    ``.cache/plugin/review-library``), reports also persist between runs in a
    ``result_cache.ResultStore`` keyed by the same and by the code that found them.
    """

    rules_digest: str = ""
    reports: dict[tuple[str, str], Report] = field(default_factory=dict)
    root: Path | None = None
    store: ResultStore | None = field(default=None, repr=False)
    stamps: DigestMemo = field(default_factory=DigestMemo, repr=False)
    """Each file's digest by its stat: a serve rebuild reads only what changed."""

    def use_rules(self, config: RedactionConfig, register: Register | None) -> None:
        digest = hashlib.sha256(pickle.dumps((config, register, self.root))).hexdigest()
        if digest != self.rules_digest:
            self.rules_digest = digest
            self.reports.clear()
            self.store = None
            if self.root is not None:
                self.store = ResultStore(
                    self.root,
                    "sources",
                    result_cache.fingerprint("sources", config, register),
                    decode_report,
                    MAX_STORED_REPORTS,
                )

    def find(self, key: tuple[str, str]) -> Report | None:
        """The report of a file checked before, in this process or (persisted) another."""
        report = self.reports.get(key)
        if report is None and self.store is not None:
            report = self.store.get(stored_key(key))
            if report is not None:
                self.reports[key] = report
        return report

    def add(self, key: tuple[str, str], report: Report) -> None:
        self.reports[key] = report
        if self.store is not None:
            self.store.put(stored_key(key), encode_report(report))

    def save(self) -> None:
        if self.store is not None:
            self.store.save()

    def retain(self, keys: set[tuple[str, str]]) -> None:
        """Forget files no longer in the library (memory stays bounded in a long serve)."""
        for key in list(self.reports):
            if key not in keys:
                del self.reports[key]


MAX_STORED_REPORTS = 50_000
"""Reports kept on disk: a large library many times over (the oldest are evicted)."""


def stored_key(key: tuple[str, str]) -> str:
    """The persistent key of (shown path, SHA-256 of the bytes): findings name the path."""
    shown, digest = key
    return hashlib.sha256(f"{shown}\0{digest}".encode("utf-8", "surrogatepass")).hexdigest()


def encode_report(report: Report) -> dict:
    """A source check's report as JSON, without the matched text (``Finding.raw``): the
    cache holds only what the report shows (masked excerpts, fingerprints)."""
    return {
        "findings": [
            [
                f.file,
                f.line,
                f.column,
                f.rule,
                f.severity,
                f.message,
                f.excerpt,
                f.cue,
                f.fingerprint,
                f.names_its_file,
            ]
            for f in report.findings
        ],
        "suppressions": [
            [s.file, s.line, s.rule, s.text_masked, s.reason, s.kind] for s in report.suppressions
        ],
        "files": report.files_checked,
        "used": sorted([file, line] for file, line in report.used_allowances),
    }


def decode_report(data: dict) -> Report:
    """The report ``encode_report`` wrote; raises ValueError on anything else."""
    types = (str, int, int, str, str, str, str, str, str, bool)
    findings = [Finding(*_fields(row, types)) for row in data["findings"]]
    suppressions = [
        Suppression(*_fields(row, (str, int, str, str, str, str))) for row in data["suppressions"]
    ]
    used = {tuple(_fields(row, (str, int))) for row in data["used"]}
    files = data["files"]
    if type(files) is not int:
        raise ValueError("files")
    return Report(findings, suppressions, files, used)  # type: ignore[arg-type]


def _fields(row: object, types: tuple[type, ...]) -> list:
    if not isinstance(row, list) or len(row) != len(types):
        raise ValueError("row")
    if any(type(value) is not kind for value, kind in zip(row, types, strict=True)):
        raise ValueError("field")
    return row


class PendingCheck:
    """A source check under way; ``result()`` collects its jobs and merges the parts."""

    def __init__(
        self,
        cached: list[Report],
        jobs: list[Job],
        assets: Job | None,
        cache: CheckCache | None,
        keys: set[tuple[str, str]],
        cached_keys: set[tuple[str, str]] | None = None,
    ):
        self._cached = cached
        self._checked: set[tuple[str, str]] = set(cached_keys or ())
        self._jobs = jobs
        self._assets = assets
        self._cache = cache
        self._keys = keys
        self._report: Report | None = None
        self.digests: dict[str, str] = {}
        """SHA-256 of each Markdown file's bytes as this check read them, by path (as
        listed): the catalogue's loader finds an unchanged review by it without reading and
        hashing the file a second time (see catalogue.caching_loader)."""

    def checked_files(self) -> set[tuple[str, str]]:
        """(shown path, SHA-256 of the bytes checked) of every Markdown file checked, once
        ``result()`` has collected them: the digest is that of the bytes the rules read."""
        return set(self._checked)

    def result(self) -> Report:
        """The merged report, sorted. A file that cannot be read or decoded is an
        ``unreadable-file`` error finding, so every one is reported in one run; a bug in the
        checks raises."""
        if self._report is not None:
            return self._report
        report = Report()
        for part in self._cached:
            report.extend(part)
        outcomes = [outcome for part in gather(self._jobs) for outcome in part]
        error: Exception | None = None
        for key, outcome in sorted(outcomes, key=lambda item: item[0]):
            if isinstance(outcome, SourceFailure) and outcome.internal:
                error = error or outcome.error()
                continue
            if isinstance(outcome, SourceFailure):
                report.extend(unreadable(outcome.path, outcome.line, outcome.message))
                continue
            report.extend(outcome)
            self._checked.add(key)
            if self._cache is not None:
                self._cache.add(key, outcome)
        if self._cache is not None:
            self._cache.retain(self._keys)
            self._cache.save()
        if error is not None:
            raise error
        if self._assets is not None:
            report.extend(self._assets.result())
        report.settle_allowances()  # an entry only an attachment uses is in use
        report.sort()
        self._report = report
        return report


def start_check(
    paths: Sequence[Path],
    *,
    root: Path | None,
    config: RedactionConfig,
    register: Register | None,
    cache: CheckCache | None = None,
    scheduler: Scheduler | None = None,
) -> PendingCheck:
    """Start checking every Markdown file under ``paths`` and the assets next to them.

    The same report as ``engine.check_paths``; cached files are not read twice, and with
    workers, many uncached files are checked in them while the caller goes on.
    """
    from review_library.catalogue import project_relative
    from review_library.redaction import assets as asset_checks

    scheduler = scheduler or Scheduler(0)
    # The rules' name lists, loaded once here if workers are forked, and shared with them.
    scheduler.prepare(load_rule_data)
    targets = asset_checks.find_targets(list(paths))
    if cache is not None:
        cache.use_rules(config, register)
    # Files of review folders the build never publishes (hidden, office, unknown types).
    folders: dict[str, Path] = {}  # each folder resolved once for the names below
    cached: list[Report] = [
        unreadable(project_relative(path, root, folders), None, why)
        for path, why in targets.refused
    ]
    # Paths, not bytes: whoever checks a file reads it again, so the library is not held
    # in the queue a second time (and its hash is that of the bytes checked).
    todo: list[tuple[str, str, None]] = []
    keys: set[tuple[str, str]] = set()
    cached_keys: set[tuple[str, str]] = set()
    digests: dict[str, str] = {}
    stamps = cache.stamps if cache is not None else None
    for file in targets.markdown:
        shown = project_relative(file, root, folders)
        path = os.fspath(file)
        # A file unchanged since an earlier run of this process (a serve rebuild) by its
        # stat is not read and hashed again: see filestamp.
        digest = stamps.find(path) if stamps is not None else None
        if digest is None:
            before = lstat(path) if stamps is not None else None
            try:
                raw = read_bytes(file, shown)
            except SourceError:
                todo.append((str(file), shown, None))  # reported by the check itself
                continue
            digest = hashlib.sha256(raw).hexdigest()
            if stamps is not None:
                stamps.add(path, digest, before)
        key = (shown, digest)
        keys.add(key)
        digests[path] = digest
        found = cache.find(key) if cache is not None else None
        if found is not None:
            cached.append(found)
            cached_keys.add(key)
        else:
            todo.append((str(file), shown, None))
    jobs = scheduler.map(
        check_chunk, todo, config, register, chunk=CHUNK, parallel_from=PARALLEL_FROM
    )
    assets = None
    if targets.assets:
        # With the Markdown in workers, the pictures too; else both wait for the caller.
        assets = scheduler.submit(
            asset_checks.check_assets,
            targets.assets,
            background=scheduler.parallel(len(todo), PARALLEL_FROM),
            root=root,
            config=config,
            register=register,
        )
    if stamps is not None:
        stamps.keep(set(digests))
    pending = PendingCheck(cached, jobs, assets, cache, keys, cached_keys)
    pending.digests = digests
    return pending


@dataclass(frozen=True)
class SourceFailure:
    """A file that could not be checked, as data: exceptions with custom constructors do not
    survive the way back from a worker process. ``internal`` is a bug in the checks, never
    the exception text (it may quote the identifier)."""

    path: str
    line: int | None
    message: str
    field: str | None = None
    internal: bool = False

    def error(self) -> Exception:
        if self.internal:
            return WorkerError(self.message, self.path)
        return SourceError(self.path, self.line, self.message, self.field)


def internal_error(error: Exception) -> str:
    """A bug in the checks: name the failing code, never the exception text (it may quote
    the identifier)."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return (
        f"internal error in the redaction checks ({type(error).__name__}{where}); please report it"
    )


def check_chunk(
    files: list[tuple[str, str, bytes | None]],
    config: RedactionConfig,
    register: Register | None,
) -> list[tuple[tuple[str, str], Report | SourceFailure]]:
    """Check (path, shown path, bytes or None to read it) files, in a worker or in-process."""
    from review_library.frontmatter import decode_source
    from review_library.redaction.engine import check_file, check_text

    out: list[tuple[tuple[str, str], Report | SourceFailure]] = []
    for path, shown, raw in files:
        if raw is None:
            with contextlib.suppress(SourceError):  # check_file reports it
                raw = read_bytes(Path(path), shown)
        key = (shown, hashlib.sha256(raw).hexdigest() if raw is not None else "")
        try:
            if raw is None:
                report = check_file(Path(path), shown, config=config, register=register)
            else:
                text = decode_source(raw, shown)
                report = check_text(text, shown, config=config, register=register)
        except SourceError as error:
            out.append((key, SourceFailure(error.path, error.line, error.message, error.field)))
            continue
        except Exception as error:
            out.append((key, SourceFailure(shown, None, internal_error(error), internal=True)))
            continue
        out.append((key, report))
    return out

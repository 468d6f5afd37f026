"""Run the source checks fast: a content-hash cache and, for many files, worker processes.

A `serve` rebuild after editing one review re-checks that review only (the others are found
in the cache by the SHA-256 of their bytes). A large library is split into chunks checked in
worker processes, so the checks use the cores MkDocs leaves idle: the plugin starts them
before the pages are built and collects the result before anything is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from review_library.frontmatter import SourceError
from review_library.redaction.config import RedactionConfig
from review_library.redaction.findings import Report
from review_library.redaction.register import Register
from review_library.redaction.rules.unreadable_file import unreadable
from review_library.safefiles import read_bytes
from review_library.workers import Task, WorkerPool, collect

PARALLEL_FROM = 40
"""Fewer uncached files than this are checked in-process: starting workers costs more."""
CHUNK = 25
"""Files per task; small enough to share work evenly, large enough to pay for the pickling."""


@dataclass
class CheckCache:
    """Reports of files already checked, by displayed path and SHA-256 of their bytes.

    Entries are dropped when the rule configuration or the register changes, so a cached
    'clean' never outlives the rules that found it clean.
    """

    rules_digest: str = ""
    reports: dict[tuple[str, str], Report] = field(default_factory=dict)

    def use_rules(self, config: RedactionConfig, register: Register | None) -> None:
        digest = hashlib.sha256(pickle.dumps((config, register))).hexdigest()
        if digest != self.rules_digest:
            self.rules_digest = digest
            self.reports.clear()

    def retain(self, keys: set[tuple[str, str]]) -> None:
        """Forget files no longer in the library (memory stays bounded in a long serve)."""
        for key in list(self.reports):
            if key not in keys:
                del self.reports[key]


class PendingCheck:
    """A source check under way; ``result()`` waits for it and merges the parts."""

    def __init__(
        self,
        cached: list[Report],
        futures: list[Task],
        inline: Callable[[], list],
        cache: CheckCache | None,
        keys: set[tuple[str, str]],
        assets: Future | Callable[[], Report] | None,
        config: RedactionConfig,
        register: Register | None,
    ):
        self._config = config
        self._register = register
        self._cached = cached
        self._futures = futures
        self._inline = inline
        self._cache = cache
        self._keys = keys
        self._assets = assets
        self._report: Report | None = None

    def result(self) -> Report:
        """The merged report, sorted. A file that cannot be read or decoded is an
        ``unreadable-file`` error finding, so every one is reported in one run; a bug in the
        checks raises."""
        if self._report is not None:
            return self._report
        report = Report()
        for part in self._cached:
            report.extend(part)
        outcomes = list(self._inline())
        for part in collect(
            self._futures, lambda items: check_chunk(items, self._config, self._register)
        ):
            outcomes.extend(part)
        error: Exception | None = None
        for key, outcome in sorted(outcomes, key=lambda item: item[0]):
            if isinstance(outcome, SourceFailure) and outcome.internal:
                error = error or outcome.error()
                continue
            if isinstance(outcome, SourceFailure):
                report.extend(unreadable(outcome.path, outcome.line, outcome.message))
                continue
            report.extend(outcome)
            if self._cache is not None:
                self._cache.reports[key] = outcome
        if self._cache is not None:
            self._cache.retain(self._keys)
        if error is not None:
            raise error
        if self._assets is not None:
            assets = self._assets.result() if isinstance(self._assets, Future) else self._assets()
            report.extend(assets)
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
    pool: WorkerPool | None = None,
) -> PendingCheck:
    """Start checking every Markdown file under ``paths`` and the assets next to them.

    The same report as ``engine.check_paths``; cached files are not read twice, and with a
    pool, many uncached files are checked in its workers while the caller goes on.
    """
    from review_library.catalogue import project_relative
    from review_library.redaction import assets as asset_checks

    targets = asset_checks.find_targets(list(paths))
    if cache is not None:
        cache.use_rules(config, register)
    cached: list[Report] = []
    todo: list[tuple[str, str, bytes | None]] = []
    keys: set[tuple[str, str]] = set()
    for file in targets.markdown:
        shown = project_relative(file, root)
        try:
            raw = read_bytes(file, shown)
        except SourceError:
            todo.append((str(file), shown, None))  # reported by the check itself
            continue
        key = (shown, hashlib.sha256(raw).hexdigest())
        keys.add(key)
        if cache is not None and key in cache.reports:
            cached.append(cache.reports[key])
        else:
            todo.append((str(file), shown, raw))
    futures: list[Task] = []
    inline: Callable[[], list] = list
    if pool is not None and len(todo) >= PARALLEL_FROM:
        for start in range(0, len(todo), CHUNK):
            # Paths, not bytes: the worker reads each file itself, so the library is not
            # held in the queue a second time.
            chunk = [(path, shown, None) for path, shown, _ in todo[start : start + CHUNK]]
            futures.append(Task(pool.submit(check_chunk, chunk, config, register), chunk))
    elif todo:

        def inline() -> list:
            return check_chunk(todo, config, register)

    assets_part: Future | Callable[[], Report] | None = None
    if targets.assets:
        if futures:
            assets_part = pool.submit(  # type: ignore[union-attr]
                asset_checks.check_assets,
                targets.assets,
                root=root,
                config=config,
                register=register,
            )
        else:

            def assets_part() -> Report:
                return asset_checks.check_assets(
                    targets.assets, root=root, config=config, register=register
                )

    return PendingCheck(cached, futures, inline, cache, keys, assets_part, config, register)


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
            return RuntimeError(f"{self.path}: {self.message}")
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

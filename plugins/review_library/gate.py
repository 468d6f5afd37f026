"""The publishing gate: redaction checks before anything is written, output scan after."""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import pickle
from collections.abc import Iterable
from pathlib import Path

from mkdocs.exceptions import PluginError

from review_library.catalogue import Catalogue
from review_library.commands import command
from review_library.config import ChecksConfig
from review_library.frontmatter import SourceError
from review_library.incremental import ScanMemo
from review_library.problems import finding_line
from review_library.redaction.findings import UNUSED_ALLOWANCE, Finding, Report, hide_named_paths
from review_library.redaction.output_scan import (
    boilerplate_texts,
    forbidden_sentences,
    review_sentences,
)
from review_library.redaction.result_cache import cache_root
from review_library.redaction.runner import CheckCache, PendingCheck, start_check
from review_library.workers import Job, Scheduler, gather

MAX_LISTED = 200
MAX_QUEUED = 4
"""Output-scan batches waiting for a worker before the main process scans the next itself."""


class PublishingGate:
    """Holds one build's rule configuration and register; raises PluginError on a leak."""

    def __init__(self, checks: ChecksConfig, root: Path):
        self.enabled = bool(checks.enabled)
        self.output_scan = bool(checks.output_scan)
        self.root = root
        self.watched: list[Path] = []
        self.site_allowed: list[dict] = []
        self.held: list[Finding] = []
        """Unused-allowance findings of the source checks, held until the output scan has
        said which entries it needed (see ``finish_output_scan``)."""
        self.config = None
        self.register = None
        self.checked: frozenset[str] = frozenset()
        """SHA-256 of each review file the source checks of this build passed."""
        self.cache_root = cache_root(root) if checks.cache else None
        """The persistent cache of the checks' results (None: off); see result_cache."""
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
        scheduler: Scheduler | None = None,
    ) -> PendingCheck | None:
        """Start checking every review file (drafts too) and its assets; see finish_."""
        if not self.enabled:
            log.warning(
                "redaction checks are disabled (checks.enabled: false): never publish this build"
            )
            return None
        cache = cache if cache is not None else CheckCache()
        cache.root = self.cache_root
        try:
            return start_check(
                [reviews_dir],
                root=self.root,
                config=self.config,
                register=self.register,
                cache=cache,
                scheduler=scheduler,
            )
        except OSError as error:
            raise PluginError(
                f"review-library: cannot read {error.filename}: {error.strerror}"
            ) from None

    def finish_source_checks(self, pending: PendingCheck | None, log: logging.Logger) -> Report:
        """Wait for the source checks; raise one error listing every finding."""
        report = self.collect_source_checks(pending, log)
        _raise_or_warn(report, "redaction check", "Nothing was published", log)
        return report

    def collect_source_checks(
        self, pending: PendingCheck | None, log: logging.Logger, hold_unused: bool = False
    ) -> Report:
        """Wait for the source checks and return the report, sorted; warnings are logged, and
        the caller reports the errors (with the build's other problems). A file that cannot
        be read or decoded still raises. ``hold_unused``: an output scan follows, so the
        unused allow entries are reported after it (an entry only the site needs is used)."""
        self.held = []
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
        report.sort()
        if hold_unused:
            self.held = [
                f for f in report.findings if f.rule == UNUSED_ALLOWANCE and f.severity != "error"
            ]
        _log_warnings([f for f in report.findings if f not in self.held], report.findings, log)
        # What the output scan may skip: only files checked without an error finding.
        failed = {finding.file for finding in report.errors}
        self.checked = frozenset(
            digest for shown, digest in pending.checked_files() if digest and shown not in failed
        )
        return report

    def named_files(self, reviews_dir: Path) -> list[Finding]:
        """The file-name findings of the reviews folder (a review saved under a child's
        name), for a build stopped before its site checks run (front matter problems): they
        are listed, and mask that file's path on every line about it."""
        if not self.enabled:
            return []
        from review_library.redaction.site_sources import check_file_names

        report = check_file_names(reviews_dir, self.root, self.config, self.register)
        return [f for f in report.findings if f.names_its_file and f.severity == "error"]

    def add_site_checks(
        self, pending, inventory, mkdocs_config, options: dict, taxonomy: Path, places=()
    ):
        """Add the checks of everything else the build publishes (pages, docs_dir files,
        mkdocs.yml, plugin options, taxonomy, override templates) to the pending source
        checks, so one report lists every finding before anything is written."""
        if not self.enabled:
            return pending
        from review_library.redaction.site_sources import PendingSiteCheck, sources_of

        sources = sources_of(inventory, mkdocs_config, options, taxonomy, self.root, list(places))
        allowed = options.get("checks", {}).get("allow") or []
        self.site_allowed = [
            a
            for a in allowed
            if isinstance(a, dict) and all(a.get(k) for k in ("text", "rule", "reason"))
        ]
        return PendingSiteCheck(pending, sources, self.config, self.register, allowed)

    def scan_extra(self, inventory, catalogue: Catalogue) -> dict:
        """The output scan's view of the inventory: known-safe assets, the declarations of
        pages, and the sources a finding is traced back to."""
        if inventory is None:
            return {}
        origins = [
            str(r.abs_path)
            for r in [*catalogue.published, *catalogue.withdrawn, *catalogue.unpublished]
        ]
        origins.extend(str(p) for p in inventory.pages)
        origins.extend(str(p) for p in inventory.origins)
        args = inventory.scan_args(origins)
        # Wording of pages, templates and configuration: shared with a draft, it is no leak.
        args["boilerplate"] = [str(p) for p in [*inventory.pages, *inventory.origins]]
        # The rule table the plugin writes into the checks page: its own text, not a leak.
        from review_library.redaction.rules import registry

        args["safe_texts"] = [t for r in registry() for t in (r.docs or r.summary, r.fix)]
        from review_library.redaction.site_sources import PLACE_RULES, place_labels, vocabulary

        args["allowed"] = [
            *((a["rule"], a["text"]) for a in self.site_allowed),
            *((rule, label) for label in place_labels(catalogue.taxonomy) for rule in PLACE_RULES),
            *vocabulary(catalogue.taxonomy),
            *((rule, text) for text in structural_dates(catalogue) for rule in PROCESS_DATE_RULES),
        ]
        return args

    def start_output_scan(
        self,
        catalogue: Catalogue,
        scheduler: Scheduler | None = None,
        extra: dict | None = None,
        memo: ScanMemo | None = None,
    ) -> OutputScanJob | None:
        """An output scan for this build: pages are handed to it as they are rendered.
        ``memo``: the last checked build's scans (under `serve`), for files unchanged since."""
        if not (self.enabled and self.output_scan):
            return None
        forbidden = [
            (review.source_path, text)
            for review in catalogue.unpublished
            for text in forbidden_sentences(review)
        ] + [
            (review.source_path, text)
            for review in catalogue.withdrawn
            for text in forbidden_sentences(review, withdrawn=True)
        ]
        extra = dict(extra or {})
        allowed = [
            (entry.rule, entry.text)
            for review in catalogue.published
            for entry in review.meta.redaction.allow
            if entry.text  # fingerprint entries come with the review's declarations below
        ] + extra.pop("allowed", [])
        # Wording a published review shares with a draft (a common recommendation, an
        # earlier revision) proves nothing; read only if a possible leak turns up.
        boilerplate = extra.pop("boilerplate", [])
        published = itertools.chain(
            (text for review in catalogue.published for text in review_sentences(review)),
            boilerplate_texts(boilerplate),
        )
        args = {
            "config": self.config,
            "register": self.register,
            "forbidden": forbidden,
            "allowed": allowed,
            # Declarations of published reviews (and, from the inventory, pages) apply to
            # the site as to their sources; see output_scan.OutputScanner.
            **extra,
            "allowance_files": [
                *(str(review.abs_path) for review in catalogue.published),
                *extra.get("allowance_files", ()),
            ],
            # Their blocks that the source checks passed are not scanned again.
            "checked": sorted(self.checked),
            "cache_dir": str(self.cache_root) if self.cache_root is not None else None,
        }
        return OutputScanJob(args, published, scheduler or Scheduler(0), memo)

    def finish_output_scan(
        self,
        job: OutputScanJob | None,
        site_dir: Path,
        log: logging.Logger,
    ) -> Report:
        """Scan what the pages did not cover, merge, and raise on a leak; under `serve`, the
        job's memo then holds this build's scans."""
        if job is None:
            return Report()
        report = job.finish(site_dir)
        # The unused allow entries of the source checks, less those the site needed (a name
        # the rules find only where the site shows it); listed with this scan's warnings.
        from review_library.catalogue import project_relative

        used = {(project_relative(Path(f), self.root), line) for f, line in report.used_allowances}
        report.findings.extend(f for f in self.held if (f.file, f.line) not in used)
        self.held = []
        _raise_or_warn(report, "output scan", "The site directory was emptied", log)
        if job.memo is not None:
            job.memo.replace(job.token, job.stamped)
        return report


class OutputScanJob:
    """One build's output scan. With workers, pages are scanned in them in batches as MkDocs
    renders them; at the end, every other file (and any page changed since) is scanned too,
    so the report covers exactly what is on disk."""

    BATCH = 20

    def __init__(
        self,
        scanner_args: dict,
        published: Iterable[str],
        scheduler: Scheduler,
        memo: ScanMemo | None = None,
    ):
        self.args = scanner_args
        # The scans of the last build stand for unchanged files while the scanner's rules,
        # register and texts are the same; which reviews were checked does not change what
        # a scan finds (it only skips blocks already checked), so it is left out. A
        # worker's scanner is keyed by all of it.
        memo_args = {k: v for k, v in scanner_args.items() if k != "checked"}
        self.token = hashlib.sha256(pickle.dumps(memo_args)).hexdigest()
        self.scanner_key = hashlib.sha256(pickle.dumps(scanner_args)).hexdigest()
        self.published = published
        self.scheduler = scheduler
        self.batch: list[tuple[str, str, str | None]] = []
        self.jobs: list[Job] = []
        self.digests: dict[str, str] = {}
        self.memo = memo
        self.reused: dict[str, tuple[str, object]] = {}
        self.stamped: dict[str, tuple[tuple[int, int], str, object]] = {}

    def add_page(self, dest: Path, output: str) -> None:
        """A page's final HTML, as it is about to be written to ``dest``."""
        if not self.scheduler.workers:
            return  # scanned from disk at the end
        from review_library.catalogue import project_relative

        shown = project_relative(dest)
        digest = hashlib.sha256(output.encode("utf-8")).hexdigest()
        self.digests[shown] = digest
        if self.memo is not None:
            # Rendered again but the same as in the last checked build: its scan stands.
            known = self.memo.find(self.token, shown, digest=digest)
            if known is not None:
                self.reused[shown] = known
                return
        self.batch.append((shown, dest.suffix, output))
        if len(self.batch) >= self.BATCH:
            self._submit()

    def _submit(self) -> None:
        from review_library.redaction.output_scan import scan_task

        if self.batch:
            # When the workers are behind, the batch is scanned here rather than queued
            # (each queued page is held in memory until it is scanned).
            self.jobs.append(
                self.scheduler.submit(
                    scan_task,
                    self.scanner_key,
                    self.args,
                    self.batch,
                    base=self.token,
                    queue_limit=MAX_QUEUED,
                )
            )
            self.batch = []

    def _tail_batch(self, count: int) -> int:
        """Files a batch of the tail: about four batches a process (the files are many and
        small; each batch carries the scanner's arguments to its worker)."""
        return max(self.BATCH, -(-count // (4 * (self.scheduler.workers + 1))))

    def finish(self, site_dir: Path) -> Report:
        """Scan what is on disk and was not scanned as it was rendered. With a ``memo`` (under
        `serve`), a file unchanged since the last checked build keeps its scan; ``stamped``
        then holds this build's scans for the next one."""
        from review_library.redaction.output_scan import finish_scan, scan_task

        if not Path(site_dir).is_dir():
            return Report()
        memo, token = self.memo, self.token
        rest = []
        kept: dict[str, tuple[tuple[int, int], str, object]] = {}
        stamps: dict[str, tuple[tuple[int, int], str | None]] = {}
        shown_of = _shown_in(Path(site_dir))
        for relative, file, is_link in site_entries(str(Path(site_dir))):
            shown = shown_of(relative, file, is_link)
            submitted = self.digests.get(shown)
            if submitted is None and memo is None:
                # Not scanned as rendered, and no memo to stamp: the scan reads it (reading
                # and hashing it here first was a second pass over the search data).
                rest.append((shown, file, None))
                continue
            info = os.stat(file)
            stamp = (info.st_size, info.st_mtime_ns)
            if submitted is None and memo is not None:
                known = memo.find(token, shown, stamp=stamp)
                if known is not None:
                    kept[shown] = (stamp, *known)
                    continue
            with open(file, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
            stamps[shown] = (stamp, digest)
            if submitted is None and memo is not None:
                known = memo.find(token, shown, digest=digest)
                if known is not None:
                    kept[shown] = (stamp, *known)
                    continue
            if submitted is not None and digest == submitted and shown in self.reused:
                kept[shown] = (stamp, *self.reused[shown])
            elif submitted is None or digest != submitted:
                rest.append((shown, file, None))
        self._submit()
        # What is left (search data, feeds, sitemap, exports, copied files) is shared with
        # the workers in batches rather than held for this process, which used to scan it
        # alone while the workers idled; collecting runs here whatever no worker has started
        # (``gather`` takes the last batches back first). Last, so a page scanned before it
        # was written, then changed on disk by a later plugin, is kept as scanned from disk
        # (what is published).
        rest_jobs = [
            self.scheduler.submit(scan_task, self.scanner_key, self.args, part, base=self.token)
            for part in _batches(rest, self._tail_batch(len(rest)))
        ]
        parts = gather([*self.jobs, *rest_jobs])
        scans = [scan for part in parts for scan in part]
        self.jobs = []
        self._save_pieces(parts)
        latest = {shown: scan for shown, (_, _, scan) in kept.items()}
        latest.update((scan.shown, scan) for scan in scans if scan is not None)
        self.stamped = {
            shown: (stamp, digest, latest[shown])
            for shown, (stamp, digest) in stamps.items()
            if shown in latest and digest is not None
        }
        self.stamped.update(kept)
        return finish_scan(
            latest.values(), self.args["config"], self.published, self.args.get("origins", ())
        )

    def _save_pieces(self, parts: list) -> None:
        """Write what the rules found in new pieces, gathered from every worker, to the
        cache (one writer: this process)."""
        from review_library.redaction.output_scan import piece_store

        cache_dir = self.args.get("cache_dir")
        fresh = [getattr(part, "fresh", None) for part in parts]
        if cache_dir is None or not any(fresh):
            return
        store = piece_store(Path(cache_dir), self.args["config"], self.args["register"])
        for entries in fresh:
            for key, value in (entries or {}).items():
                store.put(key, value)
        store.save()


def _batches(items: list, size: int) -> list[list]:
    """``items`` in lists of ``size`` (the last shorter)."""
    return [items[start : start + size] for start in range(0, len(items), size)]


def site_entries(site_dir: str) -> list[tuple[str, str, bool]]:
    """(path relative to ``site_dir``, path, is a link) of every file under it, in the order
    of ``output_scan.site_files`` (the same files: os.walk's, top-level dot-files left out)
    but as strings: under `serve` a rebuild walks the whole site (5,500 files at 1,000
    reviews), and making a Path of each took a tenth of the rebuild."""
    out: list[tuple[str, str, bool]] = []

    def walk(folder: str, prefix: str) -> None:
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            return  # as os.walk: a folder that cannot be listed is passed over
        files, dirs = [], []
        for entry in entries:
            if not prefix and entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry)
        for entry in sorted(files, key=_name):
            out.append((prefix + entry.name, entry.path, entry.is_symlink()))
        for entry in sorted(dirs, key=_name):
            if not entry.is_symlink():  # as os.walk: links to folders are not followed
                walk(entry.path, f"{prefix}{entry.name}/")

    walk(site_dir, "")
    return out


def _name(entry: os.DirEntry) -> str:
    return entry.name


def _shown_in(site_dir: Path):
    """``project_relative`` for the files of ``site_dir``, without resolving each one (the
    folder is resolved once; names MkDocs writes hold no links or control characters, and a
    name that does is passed to project_relative itself)."""
    from review_library.catalogue import project_relative

    base = project_relative(site_dir)

    def shown(relative: str, path: str, is_link: bool) -> str:
        if not relative.isprintable() or is_link:
            return project_relative(Path(path))
        return f"{base}/{relative}"

    return shown


PROCESS_DATE_RULES = ("event-date", "full-date")
"""Rules a generated process date may trip ("R1 [accepted, 2024-09-01]: The board ...")."""


def structural_dates(catalogue: Catalogue) -> list[str]:
    """Publication, update and withdrawal dates: validated fields the pages and exports
    show next to text, in the forms they are written (ISO and '14 March 2024')."""
    from review_library.pages.base import long_date

    dates = set()
    for review in [*catalogue.published, *catalogue.withdrawn]:
        meta = review.meta
        values = [meta.published, *(r.updated for r in meta.recommendations if r.updated)]
        if meta.withdrawal is not None:
            values.append(meta.withdrawal.date)
        dates.update(form for value in values for form in (value.isoformat(), long_date(value)))
    return sorted(dates)


def _raise_or_warn(report: Report, stage: str, consequence: str, log: logging.Logger) -> None:
    """Raise on an error-level finding; list warning-level ones at INFO level.

    One meaning of severity: an error blocks every build, whatever ``strict`` or ``-q`` say
    (a PluginError always aborts MkDocs); a warning never blocks, so it is not logged through
    MkDocs' warning level, which ``strict: true`` turns into a failed build.
    """
    report.sort()
    _log_warnings(report.findings, report.findings, log)
    errors = report.errors
    if not errors:
        return
    listed = "\n".join(f"  {finding_line(f)}" for f in errors[:MAX_LISTED])
    more = f"\n  ... and {len(errors) - MAX_LISTED} more" if len(errors) > MAX_LISTED else ""
    listed = hide_named_paths(listed, report.findings)
    raise PluginError(
        f"review-library: {stage} found {len(errors)} possible identifier(s). {consequence}.\n"
        f"{listed}{more}\n"
        "Fix each one (use the pseudonym or role, month and year only, no addresses), or "
        "declare an audited exception under 'redaction.allow' with a reason. "
        f"Run `{command('check', 'reviews')}` for the full report."
    )


def _log_warnings(findings: list[Finding], report: list[Finding], log: logging.Logger) -> None:
    """Log the warning-level ``findings`` at INFO level, each path that is itself a finding of
    ``report`` masked (a file named after a child, with its rule lowered to a warning)."""
    named = [f for f in report if f.names_its_file]
    for finding in findings:
        if finding.severity != "error":
            line = hide_named_paths(finding_line(finding), named)
            log.info("redaction warning (does not block the build): %s", line)

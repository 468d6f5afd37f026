"""``review-library check`` and ``review-library register``: the redaction gate on the command line.

Exit codes are a contract for CI pipelines and pre-commit: 0 no error-level finding, 1 at
least one, 2 when the check could not be done (usage, a missing path or a folder that
cannot be listed, bad register or config). A file that cannot be read or decoded (binary,
not UTF-8, a link, a pipe, over the size limit) is an ``unreadable-file`` error finding for
that file, and the run goes on. On exit 2 no report is written: an incomplete report must
never look like a clean one (a SARIF upload with zero alerts, say).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from review_library.cli import UsageError
from review_library.frontmatter import SourceError
from review_library.redaction.findings import Report
from review_library.redaction.reports import FORMATS, render, summary

# A progress bar is only worth drawing when there is enough to wait for.
PROGRESS_MIN_FILES = 20

CHECK_EPILOG = """\
exit status: 0 no error-level finding, 1 findings, 2 the check could not be done.
The register can also be named by the environment variables REVIEW_LIBRARY_IDENTIFIERS
(plain YAML) and REVIEW_LIBRARY_REGISTER (hashed). Excerpts in every format are masked.
"""


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``check`` and ``register`` to the ``review-library`` command."""
    check = subparsers.add_parser(
        "check",
        help="check reviews and their images/PDFs for identifiers (the redaction gate)",
        description="Check review files, and the images, SVGs and PDFs next to them, for\n"
        "names, addresses, dates of birth, numbers and other identifiers.",
        epilog=CHECK_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        type=Path,
        help="review files, images, PDFs or folders (searched recursively)",
    )
    check.add_argument(
        "--identifiers",
        type=Path,
        metavar="FILE",
        help="plain identifier register (YAML 'identifiers: [...]'), kept outside the repository",
    )
    check.add_argument(
        "--register",
        type=Path,
        metavar="FILE",
        help="hashed identifier register written by `review-library register add`",
    )
    check.add_argument("--format", choices=FORMATS, default="text", help="report format")
    check.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="YAML file setting rule severities: 'rules: {rule-id: error|warning|off}'",
    )
    check.add_argument(
        "--output", "-o", type=Path, metavar="FILE", help="write the report here, not stdout"
    )
    check.add_argument(
        "--explain",
        action="store_true",
        help="per finding, the cue that fired and the redaction.allow entry to paste (the "
        "text in full only on an interactive terminal; otherwise its fingerprint)",
    )
    check.add_argument(
        "--no-cache",
        action="store_true",
        help="check every file again: neither read nor write the results cached under "
        ".cache/plugin/review-library/ (see the README's 'Cached check results')",
    )
    check.set_defaults(run=cmd_check)

    register = subparsers.add_parser(
        "register",
        help="maintain a hashed identifier register",
        description="A hashed register stores salted hashes of a case's identifiers, never "
        "the text, so it can sit next to the reports. Prefer feeding identifiers on stdin "
        "(one per line): arguments end up in your shell history.",
    )
    actions = register.add_subparsers(dest="register_command", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add",
        help="add identifiers (arguments, or one per line on stdin)",
        description="Add identifiers to a hashed register, creating it if needed.",
    )
    add.add_argument("--register", type=Path, metavar="FILE", required=True)
    add.add_argument("texts", nargs="*", metavar="TEXT", help="identifiers; '-' or none: stdin")
    add.set_defaults(run=cmd_register_add)
    test = actions.add_parser(
        "check",
        help="tell whether identifiers are in a register (exit 0 all found, 1 otherwise)",
        description="Check that identifiers are in a register; prints found/missing by number "
        "only, never the text.",
    )
    test.add_argument("--register", type=Path, metavar="FILE", required=True)
    test.add_argument("texts", nargs="*", metavar="TEXT", help="identifiers; '-' or none: stdin")
    test.set_defaults(run=cmd_register_check)


# -- check ---------------------------------------------------------------------------------


def load_config(path: Path | None):
    """RedactionConfig from ``--config`` (defaults without); ConfigError becomes UsageError."""
    from review_library.redaction.config import ConfigError, RedactionConfig

    if path is None:
        return RedactionConfig.default()
    try:
        return RedactionConfig.from_file(path)
    except ConfigError as error:
        raise UsageError(f"configuration: {error}") from None


def load_register(identifiers: Path | None, hashed: Path | None):
    """The register from the environment, ``--identifiers`` and ``--register`` (merged)."""
    from review_library.redaction.register import Register, RegisterError

    try:
        register = Register.from_environment()
        for path, load in ((identifiers, Register.load_plain), (hashed, Register.load_hashed)):
            if path is not None:
                loaded = load(path)
                register = loaded if register is None else register.merged(loaded)
    except RegisterError as error:
        raise UsageError(f"identifier register: {error}") from None
    return register


def cmd_check(args: argparse.Namespace) -> int:
    """Check PATHs and print the report; see the module docstring for exit codes."""
    from review_library.catalogue import project_relative
    from review_library.redaction.assets import check_attachment, find_targets
    from review_library.redaction.engine import check_file
    from review_library.redaction.result_cache import cache_root
    from review_library.redaction.rules.unreadable_file import unreadable
    from review_library.redaction.runner import CheckCache, SourceFailure, internal_error

    config = load_config(args.config)
    register = load_register(args.identifiers, args.register)
    try:
        targets = find_targets(args.paths, on_missing=UsageError)
    except OSError as error:  # safefiles.FolderError: a folder that cannot be listed
        raise UsageError(str(error)) from None
    jobs: list[tuple[Path, Callable]] = [(f, check_file) for f in targets.markdown]
    jobs += [(f, check_attachment) for f in targets.assets]
    if not jobs:
        shown = ", ".join(str(p) for p in args.paths)
        print(
            f"review-library: warning: no Markdown files, images or PDFs under {shown}",
            file=sys.stderr,
        )

    # The identifier in full only where a person is looking: never in a file or a CI log.
    full_text = bool(
        args.explain
        and args.format == "text"
        and args.output is None
        and getattr(sys.stdout, "isatty", lambda: False)()
    )
    # The cache keeps no matched text, so a run that shows it checks everything again.
    cache = None if args.no_cache or full_text else CheckCache(root=cache_root(Path.cwd()))
    report = Report()
    failures: list[str] = []
    files = [project_relative(f) for f in targets.markdown]
    progress = Progress(len(jobs), sys.stderr)
    for outcomes in _markdown_outcomes(targets.markdown, files, config, register, cache):
        for _, outcome in outcomes:
            if isinstance(outcome, SourceFailure) and outcome.internal:
                failures.append(str(outcome.error()))
            elif isinstance(outcome, SourceFailure):
                # A file that cannot be read is a finding for that file; the run goes on.
                report.extend(unreadable(outcome.path, outcome.line, outcome.message))
            else:
                report.extend(outcome)
        progress.update(progress.done + len(outcomes))
    for file, why in targets.refused:  # never published by a build, so never passed
        shown = project_relative(file)
        files.append(shown)
        report.extend(unreadable(shown, None, why))
    for file in targets.assets:
        shown = project_relative(file)
        files.append(shown)
        try:
            # With its review's allowances, as a build checks it.
            report.extend(
                check_attachment(file, shown, root=None, config=config, register=register)
            )
        except SourceError as error:
            report.extend(unreadable(error.path, error.line, error.message))
        except Exception as error:  # never a traceback, never the exception text
            failures.append(f"{shown}: {internal_error(error)}")
        progress.update(progress.done + 1)
    progress.close()
    # A review's file name is its URL: check reads the names a build would publish.
    report.extend(_file_names(args.paths, [*targets.markdown, *targets.assets], config, register))

    if failures:
        for message in failures:
            print(f"review-library: {message}", file=sys.stderr)
        raise UsageError(
            f"{len(failures)} file(s) could not be checked, so no report was written; "
            "fix or remove them and run the check again"
        )
    report.settle_allowances()  # an entry only an attachment needs is in use
    severity = config.severity
    text = render(
        report,
        args.format,
        files=files,
        severity=severity,
        explain=args.explain,
        full_text=full_text,
    )
    if args.output is not None:
        _write_atomic(args.output, text)
        print(summary(report), file=sys.stderr)
    else:
        _emit(text)
        if args.format not in ("text", "github"):
            print(summary(report), file=sys.stderr)
    return 1 if report.errors else 0


def _file_names(paths: list[Path], checked: list[Path], config, register) -> Report:
    """The names of the checked files, and of their folders under a folder given, read as a
    build reads them: a review's file name is its URL."""
    from review_library.redaction.site_sources import check_file_names

    report = Report()
    given = {Path(os.path.abspath(p)) for p in paths if Path(p).is_dir()}
    folders = sorted(f for f in given if not any(g in f.parents for g in given))
    published: set[Path] = set()
    alone: dict[Path, set[Path]] = {}  # files given by themselves, by folder
    for file in (Path(os.path.abspath(f)) for f in checked):
        under = [folder for folder in folders if folder in file.parents]
        if not under:  # a file given by itself: its own name only
            alone.setdefault(file.parent, set()).add(file)
            continue
        published.add(file)
        published.update(p for p in file.parents if any(f in p.parents for f in under))
    # One pass a folder, not one a file: 'check reviews/*.md' lists every review.
    for folder, names in [*((f, published) for f in folders), *sorted(alone.items())]:
        report.extend(check_file_names(folder, Path.cwd(), config, register, frozenset(names)))
    return report


def _markdown_outcomes(
    markdown: list[Path], shown: list[str], config, register, cache=None
) -> Iterator[list]:
    """Per chunk of Markdown files, (key, Report or SourceFailure) of each: first those
    ``cache`` (a runner.CheckCache) knows by their bytes, then the others, in file order.

    A large run is shared among worker processes and this one (see workers.results); results
    are yielded in file order, so the report does not depend on who finished first. An
    interrupted run (Ctrl-C) stops the workers at once.
    """
    from review_library.redaction.runner import CHUNK, PARALLEL_FROM, check_chunk
    from review_library.workers import Scheduler, default_workers, results

    items = [(str(f), s, None) for f, s in zip(markdown, shown, strict=True)]
    if cache is not None:
        cache.use_rules(config, register)
        known, items = _known(items, cache)
        if known:
            yield known
    # This process checks too while it waits, so it counts as one of the cores.
    with Scheduler(default_workers() - 1) as scheduler:
        jobs = scheduler.map(
            check_chunk, items, config, register, chunk=CHUNK, parallel_from=PARALLEL_FROM
        )
        for outcomes in results(jobs):
            if cache is not None:
                for key, outcome in outcomes:
                    if isinstance(outcome, Report):
                        cache.add(key, outcome)
            yield outcomes
    if cache is not None:
        cache.save()


def _known(items: list[tuple[str, str, None]], cache) -> tuple[list, list]:
    """(outcomes the cache knows, items left to check). The key is the hash of the bytes
    read here; a file that cannot be read is left to the check, which reports it."""
    import hashlib

    from review_library.safefiles import read_bytes

    known, todo = [], []
    for item in items:
        path, shown, _ = item
        try:
            key = (shown, hashlib.sha256(read_bytes(Path(path), shown)).hexdigest())
        except SourceError:
            todo.append(item)
            continue
        report = cache.find(key)
        if report is None:
            todo.append(item)
        else:
            known.append((key, report))
    return known, todo


def _emit(text: str) -> None:
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        # A CI runner with an ASCII locale: replace what it cannot print rather than crash.
        sys.stdout.write(text.encode("ascii", "replace").decode("ascii"))
    sys.stdout.flush()


def _write_atomic(path: Path, text: str) -> None:
    """Write the whole report or nothing: a truncated SARIF file is worse than none."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temp, path)
    except OSError as error:
        raise UsageError(f"cannot write the report to {path} ({error.strerror})") from None


class Progress:
    """A one-line progress bar on a terminal's stderr; silent when redirected or for few files."""

    def __init__(self, total: int, stream, width: int = 30):
        self.total = total
        self.stream = stream
        self.width = width
        isatty = getattr(stream, "isatty", None)
        self.active = total >= PROGRESS_MIN_FILES and bool(isatty and isatty())
        self.done = 0
        self._last = 0.0

    def update(self, done: int) -> None:
        self.done = done
        if not self.active:
            return
        now = time.monotonic()
        if done < self.total and now - self._last < 0.1:
            return
        self._last = now
        filled = self.width * done // self.total
        bar = "#" * filled + "." * (self.width - filled)
        # Counts only, never file names: a file name can itself be an identifier.
        self.stream.write(f"\rchecking [{bar}] {done}/{self.total} files")
        self.stream.flush()

    def close(self) -> None:
        if self.active:
            self.stream.write("\r" + " " * (self.width + 40) + "\r")
            self.stream.flush()


# -- register ------------------------------------------------------------------------------


def _texts(args: argparse.Namespace) -> list[str]:
    texts = list(args.texts)
    if not texts or texts == ["-"]:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("give identifiers as arguments or one per line on stdin")
        texts = sys.stdin.read().splitlines()
    texts = [t.strip() for t in texts if t.strip()]
    if not texts:
        raise UsageError("no identifiers given")
    return texts


def cmd_register_add(args: argparse.Namespace) -> int:
    """Add identifiers to a hashed register, creating it (with a fresh salt) if needed."""
    from review_library.redaction.register import Register, RegisterError, tokens_of

    texts = _texts(args)
    for number, text in enumerate(texts, start=1):
        if not tokens_of(text):
            raise UsageError(f"identifier {number} has no letters or digits")
    path: Path = args.register
    try:
        register = Register.load_hashed(path) if path.exists() else Register.new()
        before = len(register)
        for text in texts:
            register.add(text)
        directory = path.parent if str(path.parent) else Path(".")
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
        os.close(handle)
        try:
            register.save(Path(temp))
            os.replace(temp, path)
        finally:
            if os.path.exists(temp):
                os.unlink(temp)
    except RegisterError as error:
        raise UsageError(f"identifier register: {error}") from None
    except OSError as error:
        raise UsageError(f"cannot write {path} ({error.strerror})") from None
    print(
        f"added {len(texts)} identifier(s) to {path} ({len(register) - before} new hash(es), "
        f"{len(register)} in all); the register stores no plain text",
        file=sys.stderr,
    )
    return 0


def cmd_register_check(args: argparse.Namespace) -> int:
    """Say by number which identifiers the register would find; exit 1 when any is missing."""
    from review_library.redaction.register import Register, RegisterError

    texts = _texts(args)
    try:
        register = Register.load_hashed(args.register)
    except RegisterError as error:
        raise UsageError(f"identifier register: {error}") from None
    missing = 0
    for number, text in enumerate(texts, start=1):
        spans = register.find(text)
        whole = any(start == 0 and end >= len(text.rstrip()) for start, end in spans)
        if not whole:
            missing += 1
        print(f"identifier {number}: {'found' if whole else 'NOT in the register'}")
    return 1 if missing else 0

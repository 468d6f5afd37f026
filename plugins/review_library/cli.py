"""The ``review-library`` command: new, validate, schema, check, register, import."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from review_library import __version__
from review_library.catalogue import find_review_files, load_reviews
from review_library.commands import command
from review_library.model import json_schema
from review_library.problems import build_problems
from review_library.redaction.findings import hide_named_paths
from review_library.scaffold import scaffold_review
from review_library.taxonomy import TaxonomyError, load_taxonomy
from review_library.workers import WorkerError

DEFAULT_TAXONOMY = Path("site_src/taxonomy.yml")


class UsageError(Exception):
    """A mistake in the command line; exit code 2."""


def _taxonomy(path: Path):
    try:
        return load_taxonomy(path)
    except TaxonomyError as error:
        raise UsageError(str(error)) from None


def cmd_validate(args: argparse.Namespace) -> int:
    taxonomy = _taxonomy(args.taxonomy)
    try:
        files = find_review_files(
            [Path(p) for p in args.paths or ["reviews"]], on_missing=UsageError
        )
    except OSError as error:  # safefiles.FolderError: a folder that cannot be listed
        raise UsageError(str(error)) from None
    _, problems = load_reviews(files, taxonomy)
    named = _named_files([Path(p) for p in args.paths or ["reviews"]], files)
    for problem in problems:
        print(hide_named_paths(problem.render(), named), file=sys.stderr)
    failed = len({problem.path for problem in problems})
    print(f"{len(files)} file(s) validated, {failed} with errors", file=sys.stderr)
    return 1 if failed else 0


def _named_files(paths: list[Path], files: list[Path]) -> list:
    """The file-name findings of ``files`` (a review saved under a child's name), so that
    a problem's location masks that name as the checks' own reports do."""
    from review_library.redaction.cli import _file_names
    from review_library.redaction.config import RedactionConfig

    report = _file_names(paths, files, RedactionConfig(), None)
    return [finding for finding in report.findings if finding.names_its_file]


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2, sort_keys=True))
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    target = Path(args.directory) / f"{args.id}.md"
    if os.path.lexists(target):
        raise UsageError(f"{target} already exists; choose another id or edit that file")
    try:
        content = scaffold_review(args.id)
    except ValueError as error:
        raise UsageError(str(error)) from None
    target.parent.mkdir(parents=True, exist_ok=True)
    # Created, never opened through a link: a dangling link planted at this name would
    # otherwise have the template written wherever it points.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(target, flags, 0o644)
    except OSError as error:
        raise UsageError(f"cannot create {target} ({error.strerror})") from None
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(content)
    print(f"created {target}: fill in every field, then run `{command('validate', str(target))}`")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="review-library",
        description="Check, validate and scaffold safeguarding review reports.",
    )
    parser.add_argument("--version", action="version", version=f"review-library {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = sub.add_parser("validate", help="check front matter against the schema and taxonomy")
    validate.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default: reviews)"
    )
    validate.add_argument("--taxonomy", type=Path, default=DEFAULT_TAXONOMY)
    validate.set_defaults(run=cmd_validate)

    schema = sub.add_parser("schema", help="print the front matter JSON Schema (for editors)")
    schema.set_defaults(run=cmd_schema)

    new = sub.add_parser("new", help="write a new review file with every field, commented")
    new.add_argument("id", help="the review id (lowercase slug), e.g. northshire-2025-child-r")
    new.add_argument("--directory", default="reviews")
    new.set_defaults(run=cmd_new)

    # The redaction commands live with the redaction package; imported here so that
    # `validate` and `schema` stay usable even if an optional dependency is missing.
    from review_library.redaction import cli as redaction_cli

    redaction_cli.add_commands(sub)

    from review_library.importer import command as import_command

    import_command.add_command(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code (0 ok, 1 findings/errors, 2 usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return int(args.run(args))
    except UsageError as error:
        print(f"review-library: {error}", file=sys.stderr)
        return 2
    except WorkerError as error:  # a failed job, in a worker or here: never a traceback
        message = build_problems(internal=[error], consequence="no report was written")
        print(message, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130

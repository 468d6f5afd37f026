"""``review-library import FILE.docx``: a Word report in as a draft review, or refused.

Exit codes: 0 imported (the checks' findings are printed, for the author to fix); 1 the
document was refused (hidden content) or could not be converted, and nothing was written;
2 a usage error or a file that cannot be read as .docx, and nothing was written.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from review_library.cli import UsageError
from review_library.model import SLUG_PATTERN

EPILOG = """\
exit status: 0 imported (check findings, if any, are printed); 1 refused (hidden content:
tracked changes, comments, hidden text, fields with hidden text) or not convertible; 2 usage
error or unreadable file. Nothing is written unless the import succeeds. Document properties
(author, company, template, ...) are never written anywhere.
"""


def add_command(subparsers: argparse._SubParsersAction) -> None:
    """Add ``import`` to the ``review-library`` command."""
    command = subparsers.add_parser(
        "import",
        help="import a Word (.docx) report as a draft review; refuses hidden content",
        description="Convert a Word report into reviews/<id>.md (and its pictures into "
        "reviews/<id>/), refusing documents with tracked changes, comments, hidden text or "
        "fields holding hidden text; then run validate and the anonymisation checks on it.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("file", type=Path, metavar="FILE.docx", help="the Word document")
    command.add_argument(
        "--id", dest="review_id", metavar="ID", help="the review id (default: from the title)"
    )
    command.add_argument(
        "--reviews-dir", type=Path, default=Path("reviews"), metavar="DIR", help="default: reviews"
    )
    command.add_argument("--taxonomy", type=Path, default=Path("site_src/taxonomy.yml"))
    command.set_defaults(run=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from review_library.importer.convert import convert, document_title
    from review_library.importer.hidden import find_hidden
    from review_library.importer.package import PackageError, open_package
    from review_library.importer.styles import Styles
    from review_library.importer.template import review_source

    source: Path = args.file
    if not source.is_file():
        raise UsageError(f"{source}: no such file (give the path of a .docx document)")
    try:
        package = open_package(source)
    except PackageError as error:
        raise UsageError(str(error)) from None
    styles = Styles(package.styles)

    try:
        hidden = find_hidden(package, styles)
    except Exception as error:  # never a traceback; the document is refused, not half-read
        return _failed(source, error)
    if hidden:
        _print_refusal(source, hidden)
        return 1

    reviews_dir: Path = args.reviews_dir
    review_id = _review_id(source, args.review_id, document_title(package, styles), reviews_dir)
    target = reviews_dir / f"{review_id}.md"
    assets = reviews_dir / review_id
    try:
        conversion = convert(package, styles, review_id)
    except Exception as error:
        return _failed(source, error)
    text = review_source(review_id, conversion.title, conversion.body)
    try:
        _write(reviews_dir, target, assets, text, conversion.images)
    except OSError as error:
        raise UsageError(
            f"cannot write into {reviews_dir} ({error.strerror}); nothing was written"
        ) from None
    _print_summary(source, target, assets, conversion, package.properties)
    return _after_checks(target, assets, conversion.images, args.taxonomy)


def _print_refusal(source: Path, hidden) -> None:
    from review_library.importer.hidden import advice

    print(
        f"review-library: {source} was not imported: it holds content a reader of the "
        "document does not see, and any of it could identify someone. Nothing was written.",
        file=sys.stderr,
    )
    for item in hidden:
        print(item.render(), file=sys.stderr)
    print("What to do in Word, then save and import again:", file=sys.stderr)
    for step in advice(hidden):
        print(f"  - {step}", file=sys.stderr)


def _review_id(source: Path, given: str | None, title: str | None, reviews_dir: Path) -> str:
    """The id from --id or the title, checked like any id and not used by another review."""
    from review_library.importer.template import suggest_id

    review_id = given or suggest_id(title)
    if review_id is None:
        raise UsageError(
            f"{source}: the document has no paragraph in Word's Title style, so no id can be "
            "suggested; give one with --id, e.g. --id northshire-2025-child-r"
        )
    if not re.match(SLUG_PATTERN, review_id) or len(review_id) > 120:
        raise UsageError(
            f"'{review_id}' is not a valid id: use lowercase letters, digits and hyphens only"
        )
    for existing in (reviews_dir / f"{review_id}.md", reviews_dir / review_id):
        if existing.exists():
            raise UsageError(
                f"{existing} already exists; choose another id with --id, or remove it first"
            )
    holder = _id_in_use(reviews_dir, review_id)
    if holder is not None:
        raise UsageError(
            f"the id '{review_id}' is already used by {holder}; choose another id with --id"
        )
    return review_id


def _print_summary(source: Path, target: Path, assets: Path, conversion, properties) -> None:
    print(f"imported {source} -> {target}", end="")
    if conversion.images:
        print(f" and {len(conversion.images)} picture(s) in {assets}/ (metadata removed)", end="")
    print()
    if conversion.title is None:
        print("  no paragraph in Word's Title style: `title` is the template's example; write it")
    if properties:
        print("  document properties dropped (never written anywhere): " + ", ".join(properties))
    if conversion.notices:
        print(
            "Not imported, or changed (Markdown cannot hold these as Word shows them; "
            "nothing was dropped silently):"
        )
        for notice in conversion.notices:
            print(notice.render())
    print("Every front matter value except the title is the template's example: fill them in.")


_ID_LINE = re.compile(r"^id:[ \t]*[\"']?([a-z0-9-]+)", re.MULTILINE)


def _id_in_use(reviews_dir: Path, review_id: str) -> Path | None:
    """The review file whose front matter already declares ``review_id`` (ids are URLs)."""
    if not reviews_dir.is_dir():
        return None
    for path in sorted(reviews_dir.rglob("*.md")):
        if any(part.startswith(".") for part in path.relative_to(reviews_dir).parts):
            continue
        try:
            with path.open("rb") as handle:
                head = handle.read(16384).decode("utf-8", "replace")
        except OSError:
            continue
        match = _ID_LINE.search(head)
        if match and match.group(1) == review_id:
            return path
    return None


def _failed(source: Path, error: Exception) -> int:
    """Exit 1 for a document the importer cannot handle; the exception's text could quote the
    document, so only its kind is shown."""
    reason = (
        "it is nested too deeply"
        if isinstance(error, RecursionError)
        else f"internal error: {type(error).__name__}; please report it with a document that "
        "shows the problem (never a real report)"
    )
    print(
        f"review-library: {source} could not be converted ({reason}). Nothing was written.",
        file=sys.stderr,
    )
    return 1


def _write(reviews_dir: Path, target: Path, assets: Path, text: str, images) -> None:
    """Pictures, then the Markdown, each made in a temporary place and renamed into place."""
    reviews_dir.mkdir(parents=True, exist_ok=True)
    staged_dir = None
    try:
        if images:
            staged_dir = Path(tempfile.mkdtemp(prefix=".import-", dir=reviews_dir))
            os.chmod(staged_dir, 0o777 & ~_umask())
            for image in images:
                (staged_dir / image.name).write_bytes(image.data)
            os.rename(staged_dir, assets)
            staged_dir = None
        handle, staged = tempfile.mkstemp(prefix=".import-", suffix=".md", dir=reviews_dir)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                out.write(text)
            # mkstemp makes the file private; a review is as readable as any other file.
            os.chmod(staged, 0o666 & ~_umask())
            os.replace(staged, target)
        except BaseException:
            Path(staged).unlink(missing_ok=True)
            raise
    except BaseException:
        if staged_dir is not None:
            shutil.rmtree(staged_dir, ignore_errors=True)
        if images and assets.exists() and not target.exists():
            shutil.rmtree(assets, ignore_errors=True)
        raise


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _after_checks(target: Path, assets: Path, images, taxonomy_path: Path) -> int:
    """Run validate and the anonymisation checks on the new files and print what they find."""
    from review_library.catalogue import load_reviews
    from review_library.redaction.assets import check_asset
    from review_library.redaction.cli import load_config, load_register
    from review_library.redaction.engine import check_file
    from review_library.redaction.findings import Report
    from review_library.redaction.reports import render
    from review_library.taxonomy import TaxonomyError, load_taxonomy

    shown = str(target)
    print(f"\nvalidate {shown}:")
    try:
        taxonomy = load_taxonomy(taxonomy_path)
    except TaxonomyError as error:
        print(f"  skipped: {error} (run the import from the library's folder, or give --taxonomy)")
    else:
        _, problems = load_reviews([target], taxonomy)
        for problem in problems:
            print(f"  {problem.render()}")
        print(f"  {len(problems)} problem(s)")

    print(f"\ncheck {shown}:")
    try:
        config = load_config(None)
        register = load_register(None, None)
    except UsageError as error:
        # The review is written; say why the checks did not run rather than fail the import.
        print(f"  not run: {error}; run `review-library check {shown}` once that is fixed")
        return 0
    report = Report()
    report.extend(check_file(target, shown, config=config, register=register))
    for image in images:
        picture = assets / image.name
        report.extend(check_asset(picture, str(picture), config=config, register=register))
    print(render(report, "text"), end="")
    if report.errors:
        print(
            "Fix these in the Markdown (or in Word and import again) before publishing: the "
            "build refuses to publish a review with check errors."
        )
    return 0

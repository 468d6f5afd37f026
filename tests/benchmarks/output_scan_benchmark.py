"""Output scan of a built site with and without skipping the blocks the source checks passed.

Scans every file of SITE (theme assets under ``assets/`` left out: a build skips them as
known-safe copies) in this process, once with ``checked`` empty and once with the SHA-256 of
every review in REVIEWS, alternating, and prints the CPU time of each and whether both report
the same findings. ``--warn`` rules report warnings, as the scale benchmark sets the rules
that raise false alarms on its generated corpus.

    NO_MKDOCS_2_WARNING=1 .venv/bin/python -m tests.benchmarks.output_scan_benchmark \\
        SITE REVIEWS --warn named-institution person-name exact-age --rounds 2

``--pages DOCS`` (the hand-written pages, e.g. site_src): their declarations apply in both
runs; the first run skips the reviews' checked blocks only, the second the pages' too (as a
build does since the site checks report the pages they passed). ``--errors``: every rule an
error, so every finding counts in the comparison. ``--findings FILE``: write both runs'
findings there (FILE.first, FILE.second), one a line, for ``diff``.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_file
from review_library.redaction.output_scan import OutputScanner, finish_scan, site_files
from review_library.redaction.rules import registry
from review_library.redaction.site_sources import PAGE_DIGEST, _check_page


def _digest(file: Path) -> str:
    return hashlib.sha256(file.read_bytes()).hexdigest()


_PASSED: dict[tuple[Path, bool], bool] = {}


def _passes(file: Path, config: RedactionConfig, page: bool) -> bool:
    """Whether the source checks, with ``config``, pass the file (only such a file's blocks
    are skipped in a build): a review as the review checks read it, a page as the site
    checks do."""
    if (file, page) not in _PASSED:  # one config a run
        if page:
            report = _check_page(file, file.parent, config, None)
        else:
            report = check_file(file, file.name, config=config)
        _PASSED[file, page] = not report.errors
    return _PASSED[file, page]


def scan(
    site: Path,
    reviews: list[Path],
    config: RedactionConfig,
    skip: bool,
    pages: list[Path] | None = None,
) -> tuple:
    """(CPU seconds, sorted findings) of one scan of the site. With ``pages``: the blocks of
    the reviews the checks pass with ``config`` are skipped in both runs, those of the pages
    they pass in the second (``skip``); the source checks are not timed."""
    if pages is not None:  # the source checks' verdicts first, not timed
        for file in [*reviews, *pages]:
            _passes(file, config, page=file not in reviews)
    started = time.process_time()
    checked = [hashlib.sha256(f.read_bytes()).hexdigest() for f in reviews] if skip else []
    if pages is not None:
        checked = [_digest(f) for f in reviews if _passes(f, config, page=False)]
        if skip:
            checked += [PAGE_DIGEST + _digest(f) for f in pages if _passes(f, config, page=True)]
    scanner = OutputScanner(
        config=config,
        register=None,
        forbidden=[],
        allowance_files=[str(f) for f in [*reviews, *(pages or [])]],
        checked=checked,
    )
    scans = scanner.scan_many(  # as a build: the rules read several files' pieces a pass
        (file.relative_to(site).as_posix(), str(file), None)
        for file in site_files(site)
        if "assets" not in file.relative_to(site).parts[:1]
    )
    report = finish_scan(scans, config)
    findings = sorted((f.file, f.line, f.column, f.rule, f.excerpt) for f in report.findings)
    return time.process_time() - started, findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("reviews", type=Path)
    parser.add_argument("--warn", nargs="*", default=[])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--pages", type=Path)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--findings", type=Path)
    args = parser.parse_args()
    severities = {rule.id: "error" for rule in registry()} if args.errors else {}
    severities.update({rule: "warning" for rule in args.warn})
    config = RedactionConfig.from_dict({"rules": severities})
    reviews = sorted(args.reviews.glob("*.md"))
    pages = sorted(args.pages.rglob("*.md")) if args.pages else None
    results: dict[bool, list] = {False: [], True: []}
    for _ in range(args.rounds):
        for skip in (False, True):
            results[skip].append(scan(args.site, reviews, config, skip, pages))
    labels = ("every piece scanned", "checked blocks skipped")
    if pages is not None:
        labels = ("reviews' checked blocks skipped", "reviews' and pages' checked blocks skipped")
    if args.findings:
        for skip, name in ((False, "first"), (True, "second")):
            lines = ["\t".join(map(str, f)) for f in results[skip][0][1]]
            Path(f"{args.findings}.{name}").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for skip, label in zip((False, True), labels, strict=True):
        times = ", ".join(f"{cpu:.2f}" for cpu, _ in results[skip])
        print(f"{label}: CPU {times} s, {len(results[skip][0][1])} findings")
    same = results[False][0][1] == results[True][0][1]
    print(f"same findings: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()

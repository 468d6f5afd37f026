"""Output scan of a built site with and without skipping the blocks the source checks passed.

Scans every file of SITE (theme assets under ``assets/`` left out: a build skips them as
known-safe copies) in this process, once with ``checked`` empty and once with the SHA-256 of
every review in REVIEWS, alternating, and prints the CPU time of each and whether both report
the same findings. ``--warn`` rules report warnings, as the scale benchmark sets the rules
that raise false alarms on its generated corpus.

    NO_MKDOCS_2_WARNING=1 .venv/bin/python -m tests.benchmarks.output_scan_benchmark \\
        SITE REVIEWS --warn named-institution person-name exact-age --rounds 2
"""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

from review_library.redaction.config import RedactionConfig
from review_library.redaction.output_scan import OutputScanner, finish_scan, site_files


def scan(site: Path, reviews: list[Path], config: RedactionConfig, skip: bool) -> tuple:
    """(CPU seconds, sorted findings) of one scan of the site."""
    started = time.process_time()
    checked = [hashlib.sha256(f.read_bytes()).hexdigest() for f in reviews] if skip else []
    scanner = OutputScanner(
        config=config,
        register=None,
        forbidden=[],
        allowance_files=[str(f) for f in reviews],
        checked=checked,
    )
    scans = [
        scanner.scan_file(file, file.relative_to(site).as_posix())
        for file in site_files(site)
        if "assets" not in file.relative_to(site).parts[:1]
    ]
    report = finish_scan(scans, config)
    findings = sorted((f.file, f.line, f.column, f.rule, f.excerpt) for f in report.findings)
    return time.process_time() - started, findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("reviews", type=Path)
    parser.add_argument("--warn", nargs="*", default=[])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    config = RedactionConfig.from_dict({"rules": {rule: "warning" for rule in args.warn}})
    reviews = sorted(args.reviews.glob("*.md"))
    results: dict[bool, list] = {False: [], True: []}
    for _ in range(args.rounds):
        for skip in (False, True):
            results[skip].append(scan(args.site, reviews, config, skip))
    for skip, label in ((False, "every piece scanned"), (True, "checked blocks skipped")):
        times = ", ".join(f"{cpu:.2f}" for cpu, _ in results[skip])
        print(f"{label}: CPU {times} s, {len(results[skip][0][1])} findings")
    same = results[False][0][1] == results[True][0][1]
    print(f"same findings: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()

"""What checking every published byte costs: builds of a generated library with attachments.

Builds the same generated library (N reviews, each with A linked attachments: SVG charts and
PNG pictures) in three configurations, alternating, and reports the median of each:

- ``full``: every check on (the default): review, attachment and site-source checks before
  anything is written, the full-rule output scan of every file after;
- ``no-output-scan``: ``checks.output_scan: false``, so the difference is the output scan;
- ``no-attachments``: the same reviews without their folders and links, so the difference
  is what the attachments cost (their checks, stripping and copying, and their output scan).

    NO_MKDOCS_2_WARNING=1 .venv/bin/python -m tests.benchmarks.coverage_benchmark 1000 \\
        --attachments 2 --rounds 3 --work /tmp/coverage-work --out coverage.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
from pathlib import Path

import yaml

from tests.benchmarks.corpus import generate_corpus
from tests.benchmarks.scale_benchmark import ROOT, TAXONOMY, build, false_alarms, machine

CONFIGS = ("full", "no-output-scan", "no-attachments")


def corpus_dir(work: Path, n: int, attachments: int, config: str) -> Path:
    return work / f"corpus-{n}-{attachments if config != 'no-attachments' else 0}"


def make_project(work: Path, n: int, attachments: int, config: str) -> Path:
    """A project of n generated reviews (cached per n and attachments) for one config."""
    corpus = corpus_dir(work, n, attachments, config)
    if not (corpus / "done").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        generate_corpus(
            n, corpus / "reviews", attachments=0 if config == "no-attachments" else attachments
        )
        (corpus / "done").write_text("ok")
    project = work / f"project-{config}"
    shutil.rmtree(project, ignore_errors=True)
    (project / "docs").mkdir(parents=True)
    shutil.copytree(corpus / "reviews", project / "reviews")
    (project / "docs" / "index.md").write_text(
        "# Library\n\n<!-- review-library:latest-reviews -->\n\n<!-- review-library:themes -->\n"
    )
    shutil.copy(TAXONOMY, project / "taxonomy.yml")
    real = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    shutil.copytree(ROOT / real["theme"]["custom_dir"], project / "overrides")
    # The generator's text is not written against the checks' lists, so some rules refuse
    # parts of it (exact-age: a baby's age in days; see scale_benchmark.false_alarms). As
    # warnings those rules still run (same cost) and the build goes on; they are reported.
    warn = {"exact-age", *alarms_of(corpus)["by_rule"]}
    options: dict = {
        "reviews_dir": "reviews",
        "taxonomy": "taxonomy.yml",
        "checks": {"rules": {rule: "warning" for rule in sorted(warn)}},
    }
    if config == "no-output-scan":
        options["checks"]["output_scan"] = False
    config_data = {
        "site_name": "Coverage benchmark",
        "site_url": "https://example.org/",
        "docs_dir": "docs",
        "theme": {**real["theme"], "custom_dir": "overrides"},
        "markdown_extensions": real["markdown_extensions"],
        "plugins": [{"review-library": options}],
    }
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config_data, sort_keys=False))
    return project


def alarms_of(corpus: Path) -> dict:
    """False alarms of the checks on a generated corpus (cached next to it)."""
    cached = corpus / "alarms.json"
    if not cached.exists():
        cached.write_text(json.dumps(false_alarms(corpus / "reviews")), encoding="utf-8")
    return json.loads(cached.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--attachments", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--configs", nargs="+", choices=CONFIGS, default=list(CONFIGS))
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    work = args.work.resolve()
    projects = {c: make_project(work, args.n, args.attachments, c) for c in args.configs}
    runs: dict[str, list[dict]] = {c: [] for c in args.configs}
    for round_ in range(args.rounds):
        for config in args.configs:
            print(f"round {round_ + 1}: {config}", file=sys.stderr, flush=True)
            result = build(projects[config], work / f"site-{config}")
            runs[config].append(result)
    summary = {
        config: {
            key: statistics.median(r[key] for r in results)
            for key in ("wall_s", "cpu_s", "peak_mb", "output_files", "output_bytes", "load_before")
        }
        for config, results in runs.items()
    }
    report = {
        "machine": machine(),
        "n": args.n,
        "attachments": args.attachments,
        "summary": summary,
        "false_alarms": {
            c: alarms_of(corpus_dir(work, args.n, args.attachments, c))["by_rule"]
            for c in args.configs
        },
        "runs": runs,
    }
    if args.out:
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print("| configuration | wall s | CPU s | peak MB | files | load before |")
    print("|---|---|---|---|---|---|")
    for config, figures in summary.items():
        print(
            f"| {config} | {figures['wall_s']:.1f} | {figures['cpu_s']:.1f} | "
            f"{figures['peak_mb']:.0f} | {figures['output_files']:.0f} | {figures['load_before']:.1f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Scale benchmark: review-library against a plain Material build of the same reviews.

For each library size N it generates N fictional reviews (tests/benchmarks/corpus.py), then
builds, alternating, our site (the plugin, the example taxonomy, the repository's Markdown
extensions, Material search off as in the real site) and a plain Material site of the same
Markdown files (reviews out of the nav, Material search on). It reports per build the wall
and CPU time and the peak memory of the build process, the size of the output, the time of
`review-library check` over the corpus, and the search data each site makes a browser load.

    NO_MKDOCS_2_WARNING=1 .venv/bin/python -m tests.benchmarks.scale_benchmark 300 1000 3000

Ratios follow the issue's definition: per alternating pair ours/plain, then the median.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from tests.benchmarks.corpus import TAXONOMY, generate_corpus

ROOT = Path(__file__).resolve().parents[2]
WORDS = 4080
"""Words a review, as in the issue's measured anchors."""


def _extensions() -> list:
    return yaml.safe_load((ROOT / "mkdocs.yml").read_text())["markdown_extensions"]


def make_projects(work: Path, n: int) -> tuple[Path, Path]:
    """Our project and the plain Material project for n generated reviews (cached in work)."""
    ours = work / f"ours-{n}"
    plain = work / f"plain-{n}"
    if not (ours / "reviews").is_dir():
        generate_corpus(n, ours / "reviews", words=WORDS)
    (ours / "docs").mkdir(parents=True, exist_ok=True)
    (ours / "docs" / "index.md").write_text(
        "# Library\n\n<!-- review-library:latest-reviews -->\n\n<!-- review-library:themes -->\n"
    )
    shutil.copy(TAXONOMY, ours / "taxonomy.yml")
    base = {
        "site_name": "Scale benchmark",
        "site_url": "https://example.org/",
        "docs_dir": "docs",
        "theme": {"name": "material", "font": False},
        "markdown_extensions": _extensions(),
    }
    ours_config = {
        **base,
        "plugins": [{"review-library": {"reviews_dir": "reviews", "taxonomy": "taxonomy.yml"}}],
    }
    (ours / "mkdocs.yml").write_text(yaml.safe_dump(ours_config, sort_keys=False))
    if not (plain / "docs" / "reviews").is_dir():
        (plain / "docs").mkdir(parents=True, exist_ok=True)
        shutil.copytree(ours / "reviews", plain / "docs" / "reviews")
    (plain / "docs" / "index.md").write_text("# Library\n")
    plain_config = {
        **base,
        "plugins": ["search"],
        "nav": [{"Home": "index.md"}],
        "validation": {"omitted_files": "info"},
    }
    (plain / "mkdocs.yml").write_text(yaml.safe_dump(plain_config, sort_keys=False))
    return ours, plain


def _run(command: list[str], cwd: Path) -> dict:
    """Run a command; wall time, and CPU time and peak RSS of it and its reaped children."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    error = process.stderr.read().decode(errors="replace") if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    return {
        "wall_s": round(wall, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "peak_mb": round(usage.ru_maxrss / 1024, 1),
        "exit": process.returncode,
        "stderr_tail": error[-2000:] if process.returncode else "",
    }


def build(project: Path, out: Path) -> dict:
    """Build a project like `mkdocs build`; adds output size and file count."""
    if out.exists():
        shutil.rmtree(out)
    result = _run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(out)], project)
    if result["exit"] != 0:
        raise SystemExit(f"build of {project} failed:\n{result['stderr_tail']}")
    files = [p for p in out.rglob("*") if p.is_file()]
    result["output_mb"] = round(sum(p.stat().st_size for p in files) / 1e6, 1)
    result["output_files"] = len(files)
    return result


def _gzip_kb(paths: list[Path]) -> float:
    return round(sum(len(gzip.compress(p.read_bytes(), 6, mtime=0)) for p in paths) / 1000, 1)


def search_payload(ours_site: Path, plain_site: Path) -> dict:
    """Search data (gzip) each site's search loads before a first result.

    Ours: the files under search/ that the search page fetches up front (the lessons index
    and facets); Material: search/search_index.json. The browser-measured transfer, with
    the page's HTML, scripts and styles, is in tests/benchmarks/search_benchmark.py.
    """
    ours = sorted(p for p in (ours_site / "search").rglob("*.json") if p.is_file())
    return {
        "ours_search_data_kb": _gzip_kb(ours),
        "material_search_index_kb": _gzip_kb([plain_site / "search" / "search_index.json"]),
    }


def check(project: Path) -> dict:
    """`review-library check` over the corpus, as CI runs it."""
    command = [sys.executable, "-m", "review_library", "check", "reviews", "-o", os.devnull]
    result = _run(command, project)
    if result["exit"] != 0:
        raise SystemExit(f"check of {project} failed:\n{result['stderr_tail']}")
    size = sum(p.stat().st_size for p in (project / "reviews").glob("*.md"))
    result["source_mb"] = round(size / 1e6, 1)
    result["mb_per_s"] = round(size / 1e6 / result["wall_s"], 1)
    return result


def measure(n: int, work: Path, pairs: int) -> dict:
    ours, plain = make_projects(work, n)
    out = work / "out"
    runs = []
    for _ in range(pairs):
        runs.append(
            {"ours": build(ours, out / f"ours-{n}"), "plain": build(plain, out / f"plain-{n}")}
        )
    payload = search_payload(out / f"ours-{n}", out / f"plain-{n}")
    checked = check(ours)
    shutil.rmtree(out, ignore_errors=True)

    def median(side: str, key: str) -> float:
        return round(statistics.median(run[side][key] for run in runs), 2)

    def pair_ratio(key: str) -> float:
        return round(statistics.median(r["ours"][key] / r["plain"][key] for r in runs), 2)

    plain_wall = median("plain", "wall_s")
    return {
        "n": n,
        "pairs": runs,
        "ours": {k: median("ours", k) for k in ("wall_s", "cpu_s", "peak_mb", "output_mb")},
        "plain": {k: median("plain", k) for k in ("wall_s", "cpu_s", "peak_mb", "output_mb")},
        "ratio": {
            "wall": pair_ratio("wall_s"),
            "cpu": pair_ratio("cpu_s"),
            "peak_memory": pair_ratio("peak_mb"),
            "wall_of_medians": round(median("ours", "wall_s") / plain_wall, 2),
        },
        "check": {**checked, "ratio_to_plain_build": round(checked["wall_s"] / plain_wall, 2)},
        "search": payload,
    }


def machine() -> dict:
    from importlib.metadata import version

    return {
        "cpus": len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
        "python": platform.python_version(),
        "mkdocs": version("mkdocs"),
        "mkdocs-material": version("mkdocs-material"),
    }


def table(results: list[dict]) -> str:
    lines = [
        "| Reviews | Ours: wall / CPU | Plain Material: wall / CPU | Wall ratio (target <= 1.10) "
        "| Peak memory ours / plain (ratio, target <= 1.5) | Output ours / plain "
        "| `check`: time, MB/s, ratio to plain build (target <= 0.2) "
        "| Search data (gzip) ours / Material |",
        "| ---: | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        o, p, ratio, c, s = r["ours"], r["plain"], r["ratio"], r["check"], r["search"]
        lines.append(
            f"| {r['n']:,} | {o['wall_s']} s / {o['cpu_s']} s | {p['wall_s']} s / {p['cpu_s']} s "
            f"| {ratio['wall']} | {o['peak_mb']:.0f} / {p['peak_mb']:.0f} MB "
            f"({ratio['peak_memory']}) | {o['output_mb']} / {p['output_mb']} MB "
            f"| {c['wall_s']} s, {c['mb_per_s']} MB/s, {c['ratio_to_plain_build']} "
            f"| {s['ours_search_data_kb']:,} / {s['material_search_index_kb']:,} kB |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[300, 1000, 3000])
    parser.add_argument("--pairs", type=int, default=3, help="alternating build pairs per size")
    parser.add_argument("--work", type=Path, help="keep generated corpora here (default: temp)")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here too")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="rl-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    results = []
    for n in args.sizes:
        print(f"building {n} reviews, {args.pairs} pair(s)...", file=sys.stderr)
        results.append(measure(n, work, args.pairs))
    report = {"machine": machine(), "words_per_review": WORDS, "results": results}
    print(table(results))
    print(json.dumps(report["machine"]))
    if args.out:
        args.out.write_text(json.dumps(report, indent=2) + "\n")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

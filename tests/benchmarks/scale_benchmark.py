"""Scale benchmark: review-library against a plain Material build of the same reviews.

For each library size N it generates N fictional reviews (tests/benchmarks/corpus.py, cached
in --work), then builds, alternating, our site (the plugin with the example taxonomy, the
theme, Markdown extensions and validation of the repository's mkdocs.yml, Material search off
as on the real site) and a plain Material site of the same Markdown files (reviews out of the
nav, Material search on). Each build is a `python -m mkdocs build` subprocess; per build it
records wall time, CPU time (user + sys of the build and the worker processes it reaped, from
os.wait4), peak memory and the size of the output. It also times `review-library check` over
the corpus and measures the search data each site loads up front.

    NO_MKDOCS_2_WARNING=1 .venv/bin/python -m tests.benchmarks.scale_benchmark 300 1000 3000 \\
        --pairs 3 --work /tmp/scale-work --out results.json

Ratios follow the issue: ours / plain per alternating pair, then the median of the pairs (the
ratio of the medians is reported too). Not a test: it takes minutes; the figures go into
site_src/about/performance.md.

Builds use the plugin of the checkout this file is in. To measure a commit while the working
tree changes, run it from a worktree with that checkout first on the path ($REPO: the checkout
with the virtualenv):

    git worktree add --detach /tmp/rl-bench HEAD && cd /tmp/rl-bench
    PYTHONPATH=plugins NO_MKDOCS_2_WARNING=1 "$REPO/.venv/bin/python" \\
        -m tests.benchmarks.scale_benchmark 300 1000 3000 --work /tmp/scale-work
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml

from tests.benchmarks import corpus
from tests.benchmarks.corpus import TAXONOMY, corpus_stats, generate_corpus

ROOT = Path(__file__).resolve().parents[2]
WORDS = 4080
"""Words a review, as in the issue's measured anchors."""
TARGETS = {
    "build": 1.5,  # ours / plain wall time, at 1,000 and 3,000 reviews (issue 16; 1.10 the aim)
    "cpu": 2.0,  # ours / plain CPU time (build and workers), at 1,000 and 3,000 reviews
    "check": 0.2,  # `review-library check` / plain build wall time
    "memory": 1.5,  # ours / plain peak memory, workers included
    "search_kb": 400,  # first full-text query, kB transferred, at 3,000 reviews
}
TARGET_NAMES = {
    "build": "build wall time, ours / plain",
    "cpu": "build CPU time, ours / plain",
    "memory": "peak memory incl. workers, ours / plain",
    "check": "`review-library check` / plain build",
    "search_kb": "first full-text query, kB",
}
SAMPLE_SECONDS = 0.2
"""How often the memory of a build's process tree is sampled."""


# --- projects -------------------------------------------------------------------------------


def _real_config() -> dict:
    return yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def corpus_key(n: int, seed: int, words: int) -> str:
    """Fingerprint of a generated corpus: arguments, generator code and its training data."""
    digest = hashlib.sha256(f"{n}:{seed}:{words}".encode())
    digest.update(Path(corpus.__file__).read_bytes())
    digest.update(corpus.TRAINING.read_bytes())
    return digest.hexdigest()[:16]


def _cached(folder: Path, stamp: Path, key: str, fill) -> None:
    """Run fill(folder) unless the stamp says folder holds the output of the same key."""
    if folder.is_dir() and stamp.exists() and stamp.read_text() == key:
        return
    shutil.rmtree(folder, ignore_errors=True)
    fill(folder)
    stamp.write_text(key)


def make_projects(
    work: Path, n: int, seed: int = 0, words: int = WORDS, warn: dict[str, int] | None = None
) -> tuple[Path, Path]:
    """Our project and the plain Material project for n generated reviews (cached in work).

    warn: rules that raised false alarms on the corpus (see false_alarms); ours reports them
    as warnings, so every rule still runs at full cost and the build can be measured."""
    real = _real_config()
    key = corpus_key(n, seed, words)
    ours, plain = work / f"ours-{n}", work / f"plain-{n}"
    ours.mkdir(parents=True, exist_ok=True)
    _cached(
        ours / "reviews",
        ours / "reviews.key",
        key,
        lambda d: generate_corpus(n, d, seed=seed, words=words),
    )
    stats = ours / "reviews.stats.json"
    if not stats.exists() or json.loads(stats.read_text()).get("key") != key:
        figures = corpus_stats(sorted((ours / "reviews").glob("*.md")))
        stats.write_text(json.dumps({**figures, "key": key}))
    (plain / "docs").mkdir(parents=True, exist_ok=True)
    _cached(
        plain / "docs" / "reviews",
        plain / "reviews.key",
        key,
        lambda d: shutil.copytree(ours / "reviews", d),
    )

    theme = {k: v for k, v in real["theme"].items() if k != "custom_dir"}
    base = {
        "site_name": "Scale benchmark",
        "site_url": "https://example.org/",
        "docs_dir": "docs",
        "strict": True,
        "theme": theme,
        "markdown_extensions": real["markdown_extensions"],
    }
    # Ours: as the real site (its header override, validation; Material search off).
    (ours / "docs").mkdir(exist_ok=True)
    (ours / "docs" / "index.md").write_text(
        "# Library\n\n<!-- review-library:latest-reviews -->\n\n<!-- review-library:themes -->\n"
    )
    shutil.copy(TAXONOMY, ours / "taxonomy.yml")
    shutil.rmtree(ours / "overrides", ignore_errors=True)
    shutil.copytree(ROOT / real["theme"]["custom_dir"], ours / "overrides")
    options: dict = {"reviews_dir": "reviews", "taxonomy": "taxonomy.yml"}
    if warn:
        options["checks"] = {"rules": {rule: "warning" for rule in sorted(warn)}}
    ours_config = {
        **base,
        "theme": {**theme, "custom_dir": "overrides"},
        "plugins": [{"review-library": options}],
        "validation": real.get("validation", {}),
    }
    (ours / "mkdocs.yml").write_text(yaml.safe_dump(ours_config, sort_keys=False))
    # Plain Material: the same files as pages, out of the nav, Material search on.
    (plain / "docs" / "index.md").write_text("# Library\n")
    plain_config = {
        **base,
        "plugins": ["search"],
        "nav": [{"Home": "index.md"}],
        "validation": {**real.get("validation", {}), "omitted_files": "info"},
    }
    (plain / "mkdocs.yml").write_text(yaml.safe_dump(plain_config, sort_keys=False))
    return ours, plain


# --- measuring one process ------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(parent, []).append(int(entry.name))
    return tree


def _pss_kb(pid: int) -> int:
    """Proportional set size: shared pages split among the processes sharing them."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class _TreeMemory(threading.Thread):
    """Samples the summed memory (PSS) of a process and all its descendants."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        if not Path("/proc/self/smaps_rollup").exists():
            return
        while not self.done.wait(SAMPLE_SECONDS):
            tree, pids, total = _children(), [self.pid], 0
            while pids:
                pid = pids.pop()
                total += _pss_kb(pid)
                pids.extend(tree.get(pid, ()))
            self.peak_kb = max(self.peak_kb, total)


def run(command: list[str], cwd: Path) -> dict:
    """Run a command: wall time, and CPU time and peak memory of that process alone.

    cpu_s and peak_rss_mb come from os.wait4 on the child: user + sys of the child and the
    workers it reaped, and the largest resident set of any one of them (exact, but a worker's
    memory is not added to the build's). peak_tree_mb is the largest sum of PSS over the child
    and its live descendants (forked workers share pages; PSS shares them out), sampled every
    SAMPLE_SECONDS, so a short peak can be missed. peak_mb, the figure compared, is the larger.
    """
    # The plugin of this checkout, even if the virtualenv's editable install is another one's.
    path = os.pathsep.join(filter(None, [str(ROOT / "plugins"), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0", "PYTHONPATH": path}
    with tempfile.TemporaryFile() as errors:
        load = os.getloadavg()[0]
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=errors, stderr=errors)
        sampler = _TreeMemory(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        sampler.done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        output = errors.read().decode(errors="replace")
        tail = output[-3000:]
        refused = dict(sorted(Counter(_GATE_ERROR.findall(output)).items()))
    peak_rss = usage.ru_maxrss / 1024
    return {
        "wall_s": round(wall, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "peak_rss_mb": round(peak_rss, 1),
        "peak_tree_mb": round(sampler.peak_kb / 1024, 1),
        "peak_mb": round(max(peak_rss, sampler.peak_kb / 1024), 1),
        "load_before": round(load, 2),
        "exit": process.returncode,
        "stderr_tail": tail if process.returncode else "",
        "gate_errors": refused if process.returncode else {},
    }


def output_size(site: Path) -> dict:
    size = disk = files = 0
    for folder, _, names in os.walk(site):
        for name in names:
            stat = os.lstat(os.path.join(folder, name))
            size, disk, files = size + stat.st_size, disk + stat.st_blocks * 512, files + 1
    return {"output_bytes": size, "output_disk_bytes": disk, "output_files": files}


class GateRefused(SystemExit):
    """A build the checks stopped: the error findings by rule (none: another failure)."""

    def __init__(self, message: str, rules: dict[str, int]):
        super().__init__(message)
        self.rules = rules


_GATE_ERROR = re.compile(r":\d+:\d+: ([a-z][a-z0-9-]*) \(error\)")


def build(project: Path, out: Path) -> dict:
    """`mkdocs build` of a project into out (a fresh folder): run figures and output size."""
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml", "-d", str(out)]
    result = run(command, project)
    if result["exit"] != 0 and result["gate_errors"]:
        raise GateRefused(
            f"build of {project} refused by the checks:\n{result['stderr_tail']}",
            result["gate_errors"],
        )
    if result["exit"] != 0:
        raise SystemExit(f"build of {project} failed:\n{result['stderr_tail']}")
    return {**result, **output_size(out)}


def clear_cache(project: Path) -> None:
    """Empty the project's cache of check results (redaction/result_cache.py), so the next
    build or check is a clean one: the targets are about a clean build."""
    shutil.rmtree(project / ".cache", ignore_errors=True)


def same_tree(first: Path, second: Path) -> bool:
    """Whether two built sites hold the same files, byte for byte."""

    def digests(folder: Path) -> dict[str, str]:
        return {
            p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }

    return digests(first) == digests(second)


def _check_command() -> list[str]:
    script = Path(sys.executable).with_name("review-library")
    return [str(script)] if script.exists() else [sys.executable, "-m", "review_library"]


def false_alarms(reviews: Path) -> dict:
    """What the checks refuse in the generated corpus, by rule (counts and file:line only).

    The corpus is written without the checks' own lists, so every error here is a false
    alarm of the checks, reported as such; the corpus is never changed to avoid one.
    """
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [*_check_command(), "check", str(reviews), "--format", "json"]
        done = subprocess.run(
            [*command, "--output", str(report)],
            cwd=reviews.parent,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            capture_output=True,
            text=True,
        )
        if not report.exists():
            raise SystemExit(f"`review-library check {reviews}` failed:\n{done.stderr[-3000:]}")
        findings = json.loads(report.read_text(encoding="utf-8"))["findings"]
    errors = [f for f in findings if f.get("severity") == "error"]
    by_rule: dict[str, int] = {}
    for finding in errors:
        by_rule[finding["rule"]] = by_rule.get(finding["rule"], 0) + 1
    where = sorted(f"{Path(f['file']).name}:{f['line']}: {f['rule']}" for f in errors)
    return {"errors": len(errors), "by_rule": dict(sorted(by_rule.items())), "where": where}


def check(reviews: Path, warn: dict[str, int] | None = None) -> dict:
    """`review-library check <reviews>`, the command CI runs, as a subprocess (the rules of
    ``warn`` as warnings, as in the build)."""
    command = [*_check_command(), "check", str(reviews), "--output", os.devnull]
    config = reviews.parent / "check-severity.yml"
    if warn:
        config.write_text(yaml.safe_dump({"rules": {rule: "warning" for rule in sorted(warn)}}))
        command += ["--config", str(config)]
    result = run(command, reviews.parent)
    if result["exit"] != 0:
        raise SystemExit(f"`review-library check {reviews}` failed:\n{result['stderr_tail']}")
    return result


# --- search data ----------------------------------------------------------------------------


def _gzip_bytes(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def _local(site: Path, base: Path, url: str) -> Path | None:
    """The file of a relative URL found in site/base (None for other hosts and missing files)."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    relative = urljoin(base.relative_to(site).as_posix() + "/", parts.path)
    target = (site / relative.lstrip("/")).resolve()
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() and target.is_relative_to(site.resolve()) else None


_HTML_URL = re.compile(r"<(?:script|link)\b[^>]*?\b(?:src|href)=\"([^\"]+)\"", re.I)
_IMPORT = re.compile(r"""(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.m?js)["']""")
_JSON = re.compile(r"""["'`}]([\w.${}\-/]+\.json)["'`?]""")


def static_search_payload(site: Path) -> dict:
    """What the search page loads for a first query, read from the built files (no browser).

    The page (search/index.html), its scripts and styles (<script src>, <link href> of .js
    and .css, and the ES modules they import), and the JSON files under search/ named in
    those scripts. A name built from a variable ("shard-${k}.json") is a per-query file: its
    files are counted with their median size, and the estimate for a first query adds one of
    them for each folder that holds such files. A leading ${...} is the data folder.
    """
    page = site / "search" / "index.html"
    if not page.is_file():
        return {"method": "static", "error": "no search/index.html"}
    assets: dict[Path, None] = {page.resolve(): None}
    queue = []
    for url in _HTML_URL.findall(page.read_text(encoding="utf-8")):
        target = _local(site, page.parent, url)
        if target and target.suffix in (".js", ".css", ".mjs"):
            queue.append(target)
    while queue:
        target = queue.pop()
        if target in assets:
            continue
        assets[target] = None
        if target.suffix in (".js", ".mjs"):
            for url in _IMPORT.findall(target.read_text(encoding="utf-8", errors="replace")):
                found = _local(site, target.parent, url)
                if found:
                    queue.append(found)
    scripts = [p for p in assets if p.suffix in (".js", ".mjs")]
    names = {
        re.sub(r"^\$\{[^}]*\}", "", name).lstrip("/")
        for script in scripts
        for name in _JSON.findall(script.read_text(encoding="utf-8", errors="replace"))
    }
    data: dict[str, int] = {}
    per_query: dict[str, dict] = {}
    one_each = 0
    root = site / "search"
    for name in sorted(names):
        pattern = re.sub(r"\$\{[^}]*\}", "*", name)
        files = sorted(root.rglob(pattern))
        if not files:
            continue
        if pattern == name:  # a fixed name: fetched up front
            data.update({f.relative_to(root).as_posix(): _gzip_bytes(f) for f in files})
            continue
        median = statistics.median(_gzip_bytes(f) for f in files)
        folders = {f.parent for f in files}
        per_query[pattern] = {"files": len(files), "folders": len(folders), "median_gzip": median}
        one_each += round(median) * len(folders)
    code = {p.relative_to(site.resolve()).as_posix(): _gzip_bytes(p) for p in assets}
    return {
        "method": "static",
        "note": "files the search page names, read from disk, no browser",
        "data_up_front_gzip": sum(data.values()),
        "data_files_up_front": data,
        "page_and_code_gzip": sum(code.values()),
        "per_query_files": per_query,
        "first_query_gzip": sum(data.values()) + sum(code.values()) + one_each,
    }


def browser_search_payload(site: Path) -> dict:
    """Bytes before the first result in Chromium, with the full-text search benchmark's code.

    tests/benchmarks/fulltext_benchmark.py (the search engineers' measure) owns the browser
    steps; this raises if it, Playwright or Chromium is missing, or the page does not fit it.
    """
    from playwright.sync_api import sync_playwright

    from tests.benchmarks import fulltext_benchmark as fulltext

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=fulltext.CHROMIUM, args=fulltext.CHROMIUM_ARGS
        )
        httpd, base = fulltext.serve(site)
        try:
            figures = fulltext.browse(browser, base, site)
        finally:
            httpd.shutdown()
            httpd.server_close()
            browser.close()
    before = figures["bytes_before_first_result"]
    return {
        "method": "browser",
        "note": "tests/benchmarks/fulltext_benchmark.py browse(), query "
        f"{figures['first_query']!r}",
        "first_query_gzip": before["total_gzip"],
        "by_kind_gzip": before["by_kind_gzip"],
        "first_result_ms_median": figures["first_result_ms_median"],
    }


def search_payload(ours_site: Path, plain_site: Path, how: str = "auto") -> dict:
    """Search bytes of both sites, gzip level 6 (as web servers send).

    how: "static" (read the files), "browser" (Chromium, fails if it cannot), or "auto" (the
    browser when it works, else static). The static figure is always recorded too.
    """
    ours = {"static": static_search_payload(ours_site)}
    if how != "static":
        try:
            ours["browser"] = browser_search_payload(ours_site)
        except Exception as error:
            if how == "browser":
                raise
            ours["browser_error"] = f"{type(error).__name__}: {error}"[:300]
    chosen = ours.get("browser", ours["static"])
    return {
        "ours": ours,
        "method": chosen["method"],
        "first_query_gzip": chosen.get("first_query_gzip"),
        "data_up_front_gzip": ours["static"].get("data_up_front_gzip"),
        "material_index_gzip": _gzip_bytes(plain_site / "search" / "search_index.json"),
    }


# --- one size -------------------------------------------------------------------------------


def _median(values) -> float:
    return round(statistics.median(values), 3)


def measure(
    n: int,
    work: Path,
    pairs: int,
    seed: int = 0,
    words: int = WORDS,
    search: str = "auto",
    warm: bool = True,
) -> dict:
    """Alternating builds of both sites for n reviews, the check, and the search data.

    Every measured build and check of ours starts with an empty cache of check results
    (cold): the targets are about a clean build. With ``warm``, ours is built again right
    after its cold build, and the check run again after its cold run, with the cache they
    left: what a pipeline that keeps ``.cache/`` pays when nothing changed. Warm figures are
    reported apart and never compared with the targets."""
    ours, plain = make_projects(work, n, seed, words)
    alarms = false_alarms(ours / "reviews")
    if alarms["errors"]:
        print(
            f"  {n} reviews: the checks refuse the generated corpus ({alarms['errors']} false "
            f"alarm(s): {alarms['by_rule']}); those rules report warnings in these builds, and "
            "still run",
            file=sys.stderr,
            flush=True,
        )
        ours, plain = make_projects(work, n, seed, words, warn=alarms["by_rule"])
    sites = Path(tempfile.mkdtemp(prefix=f"rl-scale-{n}-"))
    runs, checks, warm_builds, warm_checks = [], [], [], []
    try:
        for index in range(pairs):
            # Who goes first alternates too (ABBA), so neither side always builds warm.
            order = ("ours", "plain") if index % 2 == 0 else ("plain", "ours")
            pair = {"first": order[0]}
            for side in order:
                project = ours if side == "ours" else plain
                clear_cache(project)
                try:
                    pair[side] = build(project, sites / side)
                except GateRefused as refused:
                    # Only the output scan can refuse what the source check passed: its false
                    # alarms too are reported, and warn in a second try (the rules still run).
                    new = {r: c for r, c in refused.rules.items() if r not in alarms["by_rule"]}
                    if side != "ours" or not new:
                        raise
                    alarms["output_scan_by_rule"] = new
                    alarms["by_rule"] = {**alarms["by_rule"], **new}
                    print(f"  {n} reviews: the output scan refuses the built site ({new}); "
                          "those rules report warnings from now on, and still run",
                          file=sys.stderr, flush=True)  # fmt: skip
                    ours, plain = make_projects(work, n, seed, words, warn=alarms["by_rule"])
                    clear_cache(ours)
                    pair[side] = build(ours, sites / side)
                print(f"  {n} reviews, pair {index + 1}, {side}: {pair[side]['wall_s']} s",
                      file=sys.stderr, flush=True)  # fmt: skip
                if side == "ours" and warm:
                    again = build(ours, sites / "ours-warm")
                    again["identical"] = same_tree(sites / "ours", sites / "ours-warm")
                    warm_builds.append(again)
                    shutil.rmtree(sites / "ours-warm", ignore_errors=True)
                    print(f"  {n} reviews, pair {index + 1}, ours warm: {again['wall_s']} s",
                          file=sys.stderr, flush=True)  # fmt: skip
            pair["ratio"] = {
                key: round(pair["ours"][key] / pair["plain"][key], 3)
                for key in ("wall_s", "cpu_s", "peak_mb", "peak_rss_mb")
            }
            runs.append(pair)
            clear_cache(ours)
            checks.append(check(ours / "reviews", alarms["by_rule"]))
            if warm:
                warm_checks.append(check(ours / "reviews", alarms["by_rule"]))
        payload = search_payload(sites / "ours", sites / "plain", search)
    finally:
        shutil.rmtree(sites, ignore_errors=True)

    keys = ("wall_s", "cpu_s", "peak_mb", "peak_rss_mb", "peak_tree_mb", "output_bytes")
    keys += ("output_disk_bytes", "output_files")
    medians = {
        side: {key: _median(run[side][key] for run in runs) for key in keys}
        for side in ("ours", "plain")
    }
    ratio = {
        f"{key}_median_of_pairs": _median(run["ratio"][key] for run in runs)
        for key in ("wall_s", "cpu_s", "peak_mb", "peak_rss_mb")
    }
    ratio["wall_s_of_medians"] = round(medians["ours"]["wall_s"] / medians["plain"]["wall_s"], 3)
    source = sum(p.stat().st_size for p in (ours / "reviews").glob("*.md"))
    check_wall = _median(c["wall_s"] for c in checks)
    checked = {
        "runs": checks,
        "wall_s": check_wall,
        "cpu_s": _median(c["cpu_s"] for c in checks),
        "peak_mb": _median(c["peak_mb"] for c in checks),
        "mb_per_s": round(source / 1e6 / check_wall, 2),
        "ratio_to_plain_build": round(check_wall / medians["plain"]["wall_s"], 3),
    }
    plain_cpu = medians["plain"]["cpu_s"]
    cached = None
    if warm_builds:
        cached = {
            "builds": warm_builds,
            "checks": warm_checks,
            "build_cpu_s": _median(b["cpu_s"] for b in warm_builds),
            "build_wall_s": _median(b["wall_s"] for b in warm_builds),
            "build_peak_mb": _median(b["peak_mb"] for b in warm_builds),
            "cold_build_cpu_s": medians["ours"]["cpu_s"],
            "cpu_ratio_to_plain": round(_median(b["cpu_s"] for b in warm_builds) / plain_cpu, 3),
            "identical_to_cold": all(b["identical"] for b in warm_builds),
            "check_cpu_s": _median(c["cpu_s"] for c in warm_checks),
            "check_wall_s": _median(c["wall_s"] for c in warm_checks),
            "cold_check_cpu_s": checked["cpu_s"],
        }
    first_query = payload["first_query_gzip"]
    targets = {
        "build": {
            "target": TARGETS["build"],
            "measured": ratio["wall_s_median_of_pairs"],
            "applies": n >= 1000,
        },
        "cpu": {
            "target": TARGETS["cpu"],
            "measured": ratio["cpu_s_median_of_pairs"],
            "applies": n >= 1000,
        },
        "check": {"target": TARGETS["check"], "measured": checked["ratio_to_plain_build"]},
        "memory": {"target": TARGETS["memory"], "measured": ratio["peak_mb_median_of_pairs"]},
        "search_kb": {
            "target": TARGETS["search_kb"],
            "measured": None if first_query is None else round(first_query / 1000, 1),
            "applies": n >= 3000,
        },
    }
    for target in targets.values():
        target["met"] = target["measured"] is not None and target["measured"] <= target["target"]
    return {
        "reviews": n,
        "seed": seed,
        "words_per_review": words,
        "corpus_key": corpus_key(n, seed, words),
        "source_bytes": source,
        "corpus": json.loads((ours / "reviews.stats.json").read_text()),
        "pairs": runs,
        "median": medians,
        "ratio": ratio,
        "check": checked,
        "warm": cached,
        "search": payload,
        "false_alarms": alarms,
        "targets": targets,
    }


# --- report ---------------------------------------------------------------------------------


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return ""
    return done.stdout.strip()


def machine() -> dict:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    info = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _git("rev-parse", "--short", "HEAD"),
        "uncommitted_changes": bool(_git("status", "--porcelain", "--", "plugins", "tests")),
        "cpus": cpus,
        "cpu": platform.processor() or platform.machine(),
        "memory_gb": None,
        "os": platform.platform(),
        "python": platform.python_version(),
        "mkdocs": version("mkdocs"),
        "mkdocs-material": version("mkdocs-material"),
        "review-library": version("review-library"),
    }
    for path, pattern, key, scale in (
        ("/proc/cpuinfo", r"model name\s*:\s*(.+)", "cpu", None),
        ("/proc/meminfo", r"MemTotal:\s*(\d+)", "memory_gb", 1024 * 1024),
    ):
        try:
            found = re.search(pattern, Path(path).read_text())
        except OSError:
            found = None
        if found:
            info[key] = round(int(found[1]) / scale, 1) if scale else found[1].strip()
    return info


def _mb(value: float) -> str:
    return f"{value / 1e6:,.1f}"


def _kb(value: float | None) -> str:
    return "–" if value is None else f"{value / 1000:,.0f}"


def _flag(target: dict) -> str:
    if not target.get("applies", True):
        return ""
    return " (met)" if target["met"] else " (missed)"


def verdicts(results: list[dict]) -> list[str]:
    """One line per size and target: measured, target, met or missed (or not applicable)."""
    lines = []
    for r in results:
        alarms = r.get("false_alarms") or {}
        if alarms.get("errors"):
            lines.append(
                f"{r['reviews']:,} reviews: the checks refused the generated corpus: "
                f"{alarms['errors']} false alarm(s) {alarms['by_rule']} (reported as warnings "
                "in these builds; every rule still ran)"
            )
        if alarms.get("output_scan_by_rule"):
            lines.append(
                f"{r['reviews']:,} reviews: the output scan refused the built site: "
                f"{alarms['output_scan_by_rule']} (warnings in the builds after it)"
            )
        for key, target in r["targets"].items():
            if target["measured"] is None:
                verdict = "not measured"
            elif not target.get("applies", True):
                verdict = "target not applicable at this size"
            else:
                verdict = "MET" if target["met"] else "MISSED"
            lines.append(
                f"{r['reviews']:,} reviews: {TARGET_NAMES[key]}: {target['measured']} "
                f"(target ≤ {target['target']}): {verdict}"
            )
    return lines


def table(results: list[dict], info: dict | None = None) -> str:
    """The figures as Markdown: builds, then check and search data."""
    lines = [
        f"| Reviews | Build, ours | Build, plain Material | Ratio (target ≤ {TARGETS['build']}) "
        f"| CPU, ours / plain | Ratio (target ≤ {TARGETS['cpu']}) "
        f"| Peak memory, ours / plain | Ratio (target ≤ {TARGETS['memory']}) "
        "| Output, ours / plain |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        o, p, ratio, t = r["median"]["ours"], r["median"]["plain"], r["ratio"], r["targets"]
        lines.append(
            f"| {r['reviews']:,} | {o['wall_s']:.1f} s | {p['wall_s']:.1f} s "
            f"| {ratio['wall_s_median_of_pairs']:.2f}{_flag(t['build'])} "
            f"| {o['cpu_s']:.1f} / {p['cpu_s']:.1f} s "
            f"| {ratio['cpu_s_median_of_pairs']:.2f}{_flag(t['cpu'])} "
            f"| {o['peak_mb']:,.0f} / {p['peak_mb']:,.0f} MB "
            f"| {ratio['peak_mb_median_of_pairs']:.2f}{_flag(t['memory'])} "
            f"| {_mb(o['output_bytes'])} MB, {o['output_files']:,.0f} files / "
            f"{_mb(p['output_bytes'])} MB, {p['output_files']:,.0f} files |"
        )
    lines += [
        "",
        "| Reviews | Source | `review-library check` | Throughput | Ratio to plain build "
        "(target ≤ 0.2) | Search, ours: data up front / first query (target ≤ 400 kB at 3,000) | "
        "Material `search_index.json` |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        c, s, t = r["check"], r["search"], r["targets"]
        lines.append(
            f"| {r['reviews']:,} | {_mb(r['source_bytes'])} MB | {c['wall_s']:.1f} s "
            f"| {c['mb_per_s']:.1f} MB/s | {c['ratio_to_plain_build']:.2f}{_flag(t['check'])} "
            f"| {_kb(s['data_up_front_gzip'])} / "
            f"{_kb(s['first_query_gzip'])} kB, {s['method']}{_flag(t['search_kb'])} "
            f"| {_kb(s['material_index_gzip'])} kB |"
        )
    warm = [r for r in results if r.get("warm")]
    if warm:
        lines += [
            "",
            "Warm (not the target measure): ours built again, and `check` run again, with the "
            "cache of check results the cold run left (`.cache/plugin/review-library/`), "
            "nothing changed; CPU of the process and its workers.",
            "",
            "| Reviews | Build CPU, cold / warm | Warm / plain CPU | Warm site identical "
            "| `check` CPU, cold / warm | `check` wall, warm |",
            "| ---: | ---: | ---: | --- | ---: | ---: |",
        ]
        for r in warm:
            w = r["warm"]
            lines.append(
                f"| {r['reviews']:,} | {w['cold_build_cpu_s']:.1f} / {w['build_cpu_s']:.1f} s "
                f"| {w['cpu_ratio_to_plain']:.2f} | {'yes' if w['identical_to_cold'] else 'NO'} "
                f"| {w['cold_check_cpu_s']:.1f} / {w['check_cpu_s']:.1f} s "
                f"| {w['check_wall_s']:.1f} s |"
            )
    lines += ["", *verdicts(results)]
    if info:
        lines += [
            "",
            f"Measured {info['date']} at commit {info['commit']}"
            f"{' (with uncommitted changes)' if info['uncommitted_changes'] else ''}: "
            f"{info['cpus']} CPUs ({info['cpu']}), {info['memory_gb']} GB, Python "
            f"{info['python']}, MkDocs {info['mkdocs']}, Material {info['mkdocs-material']}.",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[300, 1000, 3000])
    parser.add_argument("--pairs", type=int, default=3, help="alternating build pairs per size")
    parser.add_argument("--work", type=Path, help="keep generated corpora here (default: temp)")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here too")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--words", type=int, default=WORDS, help="words a review")
    parser.add_argument(
        "--search",
        choices=("auto", "static", "browser"),
        default="auto",
        help="how to measure our search's first query (auto: browser if it works)",
    )
    parser.add_argument(
        "--no-warm",
        action="store_true",
        help="skip the warm build and check (cache of check results kept from the cold run)",
    )
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="rl-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    info = machine()
    results = []
    try:
        for n in args.sizes:
            print(f"{n} reviews, {args.pairs} pair(s)...", file=sys.stderr, flush=True)
            results.append(
                measure(
                    n,
                    work.resolve(),
                    args.pairs,
                    args.seed,
                    args.words,
                    args.search,
                    warm=not args.no_warm,
                )
            )
            if args.out:  # after each size, so a long run keeps what it measured
                report = {"machine": info, "targets": TARGETS, "results": results}
                args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(table(results, info))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

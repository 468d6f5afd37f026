"""Lessons search against Material's search, on generated libraries of 1,000 and 3,000 reviews.

For each size: generate the corpus (tests/benchmarks/corpus.py), build it twice with real
MkDocs (as shipped: our search only; and with Material's search plugin added), then measure:

- bytes before the first result, gzip (level 6, as web servers send): every file the browser
  fetched until the first result showed, and the search data alone; Material's
  search_index.json for the same reviews;
- the lessons index build time (documents, lunr.py, packing, JSON) against the build time;
- the time from navigation start to the first result in headless Chromium (median of runs),
  for /search/?q=WORD and for Material's /?q=WORD (which opens its search with the query).

    NO_MKDOCS_2_WARNING=1 .venv/bin/python -m tests.benchmarks.search_benchmark 1000 3000

Not a test: it takes minutes and its figures go into site_src/about/search.md.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import sync_playwright

from review_library.catalogue import load_catalogue
from review_library.search.payload import search_files
from review_library.taxonomy import load_taxonomy
from tests.benchmarks.corpus import TAXONOMY, generate_corpus

CHROMIUM = (
    "/usr/lib/chromium/chromium"
    if Path("/usr/lib/chromium/chromium").exists()
    else "/usr/bin/chromium"
)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
QUERY = "neglect"
RUNS = 5

CONFIG = """\
site_name: Search benchmark
site_url: https://example.org/
docs_dir: docs
theme: {{name: material, font: false, custom_dir: overrides}}
plugins:
{search}  - review-library:
      reviews_dir: reviews
      taxonomy: taxonomy.yml
      checks:
        enabled: false  # measures search: generated text trips the growing identifier rules
"""


def _gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def make_project(root: Path, n: int) -> None:
    """A library of n generated reviews next to two configs: ours, and ours + Material search."""
    generate_corpus(n, root / "reviews")
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "index.md").write_text("# Library\n\n<!-- review-library:themes -->\n")
    shutil.copy(TAXONOMY, root / "taxonomy.yml")
    overrides = root / "overrides" / "partials"
    overrides.mkdir(parents=True, exist_ok=True)
    header = (
        Path(__file__).resolve().parents[2] / "site_src" / "overrides" / "partials" / "header.html"
    )
    shutil.copy(header, overrides / "header.html")
    (root / "ours.yml").write_text(CONFIG.format(search=""))
    (root / "material.yml").write_text(CONFIG.format(search="  - search\n"))
    # Material's own header, so its search box exists in the comparison build.
    (root / "material-overrides").mkdir(exist_ok=True)
    text = (
        (root / "material.yml")
        .read_text()
        .replace("custom_dir: overrides", "custom_dir: material-overrides")
    )
    (root / "material.yml").write_text(text)


def build(root: Path, config: str, out: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / config), "-d", str(out)],
        check=True,
        env=env,
    )
    return time.perf_counter() - started


def index_time(root: Path) -> float:
    """Seconds to make the search files from a loaded catalogue (what the writer adds)."""
    catalogue = load_catalogue(root / "reviews", load_taxonomy(root / "taxonomy.yml"))
    started = time.perf_counter()
    search_files(catalogue)
    return time.perf_counter() - started


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def first_result(
    browser, base: str, site: Path, url: str, selector: str
) -> tuple[float, list[Path]]:
    """(ms from navigation start to the first result, files fetched before it)."""
    context = browser.new_context()  # a cold cache each run
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(base + url, wait_until="commit")
    page.wait_for_selector(selector, timeout=120_000)
    ms = page.evaluate("() => performance.now()")
    before = list(fetched)
    context.close()
    files = []
    for u in before:
        path = unquote(urlsplit(u).path).lstrip("/")
        target = site / path
        if target.is_dir():
            target = target / "index.html"
        if target.is_file():
            files.append(target)
    return ms, files


def measure(n: int, work: Path) -> dict:
    root = work / f"library-{n}"
    started = time.perf_counter()
    make_project(root, n)
    generated = time.perf_counter() - started
    ours_site, material_site = root / "site-ours", root / "site-material"
    build_ours = build(root, "ours.yml", ours_site)
    build_material = build(root, "material.yml", material_site)
    lessons_index = index_time(root)
    material_index = material_site / "search" / "search_index.json"
    result = {
        "reviews": n,
        "corpus_seconds": round(generated, 1),
        "build_seconds_ours": round(build_ours, 1),
        "build_seconds_with_material_search": round(build_material, 1),
        "lessons_index_seconds": round(lessons_index, 2),
        "lessons_index_share_of_build": round(lessons_index / build_ours, 3),
        "material_search_index_bytes": material_index.stat().st_size,
        "material_search_index_gzip": _gzip_size(material_index),
        "lessons_files_gzip": {
            p.name: _gzip_size(p) for p in sorted((ours_site / "search").glob("lessons-*.json"))[:3]
        },
    }
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, site, url, selector in (
            ("ours", ours_site, f"/search/?q={QUERY}", ".rl-result"),
            ("material", material_site, f"/?q={QUERY}", ".md-search-result__item"),
        ):
            httpd, base = serve(site)
            try:
                runs = [first_result(browser, base, site, url, selector) for _ in range(RUNS)]
            finally:
                httpd.shutdown()
                httpd.server_close()
            files = runs[-1][1]
            search_data = [f for f in files if f.suffix == ".json"]
            result[name] = {
                "first_result_ms_median": round(statistics.median(r[0] for r in runs)),
                "first_result_ms_runs": [round(r[0]) for r in runs],
                "bytes_before_first_result_gzip": sum(_gzip_size(f) for f in files),
                "search_data_before_first_result_gzip": sum(_gzip_size(f) for f in search_data),
                "files_before_first_result": [f.relative_to(site).as_posix() for f in files],
            }
        browser.close()
    result["ratio_bytes_ours_to_material_index"] = round(
        result["ours"]["bytes_before_first_result_gzip"] / result["material_search_index_gzip"], 3
    )
    return result


def run_sizes(measure_size, description: str, prefix: str, reuse: bool = False) -> None:
    """The command line of a search benchmark: sizes, --work, --out; JSON per size.
    ``reuse``: measure_size takes ``reuse_site`` (--reuse-site: keep a site already built)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("sizes", type=int, nargs="*", default=[1000, 3000])
    parser.add_argument("--work", type=Path, help="keep the libraries here (default: a temp dir)")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here too")
    if reuse:
        parser.add_argument(
            "--reuse-site",
            action="store_true",
            help="measure the site already built in --work (its search data and scripts are "
            "remade from this checkout) instead of building it again",
        )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix=prefix))
    results = []
    for n in args.sizes:
        figures = (
            measure_size(n, work, reuse_site=args.reuse_site) if reuse else measure_size(n, work)
        )
        results.append(figures)
        print(json.dumps(figures, indent=2), flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    run_sizes(measure, __doc__.splitlines()[0], "search-bench-")


if __name__ == "__main__":
    main()

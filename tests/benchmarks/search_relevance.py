"""Search relevance on a judged set: precision at 3 and nDCG at 10, in real Chromium.

Builds the example library, the judged reviews (tests/benchmarks/judged.py) and generated
reviews around them (corpus.py) with real MkDocs, opens /search/?q=... for each judged query in
headless Chromium, and reads the reviews the page lists, in order, as a practitioner sees them.

- precision at 3: of the first min(3, number judged relevant) results, the share judged
  relevant (a query with one relevant review scores 1 when it is first);
- nDCG at 10: discounted gain of the first 10 results (gain 2 for the first judged review,
  1 for the others), over the best possible ordering.

Generated reviews are random sentences of safeguarding text under real theme tags: no one can
judge whether one is "about" a query. They are treated as unjudged, and the figures are
computed on the list with them left out ("condensed lists", the usual treatment of unjudged
documents in IR evaluation, Sakai 2007); the same figures counting every generated review as
not relevant are printed beside them.

Also checks the "did you mean" correction of misspelt queries. Prints a table and the queries
that miss; ``--out`` writes JSON.

    NO_MKDOCS_2_WARNING=1 .venv/bin/python -m tests.benchmarks.search_relevance --generated 100
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import math
import re
import tempfile
import threading
from pathlib import Path
from urllib.parse import quote

from tests.benchmarks.judged import QUERIES, REVIEWS, SUGGESTIONS, build_judged_site
from tests.helpers import ROOT

CHROMIUM = "/usr/lib/chromium/chromium"
WAIT = """() => {
  const s = document.querySelector('#rl-status');
  return s && (s.textContent.includes('“') || s.textContent.includes('could not'));
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def precision_at_3(ranked: list[str], relevant: list[str]) -> float:
    k = min(3, len(relevant))
    return sum(1 for r in ranked[:k] if r in relevant) / k


def ndcg_at_10(ranked: list[str], relevant: list[str]) -> float:
    gain = {r: (2 if i == 0 else 1) for i, r in enumerate(relevant)}
    dcg = sum(gain.get(r, 0) / math.log2(i + 2) for i, r in enumerate(ranked[:10]))
    ideal = sorted(gain.values(), reverse=True)[:10]
    best = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / best


def listed(page) -> tuple[list[str], bool]:
    """Review ids of the first 60 results, in order, and whether they are partial."""
    more = page.locator("[data-rl-more]")
    while more.is_visible() and page.locator(".rl-result").count() < 60:
        count = page.locator(".rl-result").count()
        more.click()
        page.wait_for_function(f"() => document.querySelectorAll('.rl-result').length > {count}")
    hrefs = page.locator(".rl-result__title a").evaluate_all("links => links.map(a => a.href)")
    ids = [re.search(r"/reviews/([^/.]+)", h).group(1) for h in hrefs]
    return ids, page.locator("[data-rl-partial]").is_visible()


def judged_ids() -> set[str]:
    """Reviews whose relevance is judged: the example library and the judged reviews."""
    examples = {p.stem for p in (ROOT / "reviews").glob("*.md")}
    return examples | {r["id"] for r in REVIEWS}


def run(site: Path) -> dict:
    from playwright.sync_api import sync_playwright

    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    rows = []
    suggestions = []
    judged = judged_ids()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM, args=["--headless", "--no-sandbox"]
            )
            page = browser.new_page()
            for query, relevant in QUERIES:
                page.goto(f"{url}/search/?q={quote(query)}")
                page.wait_for_function(WAIT, timeout=30_000)
                ids, partial = listed(page)
                condensed = [i for i in ids if i in judged]
                rows.append(
                    {
                        "query": query,
                        "relevant": relevant,
                        "top": condensed[:10],
                        "top_all": ids[:10],
                        "partial": partial,
                        "p3": precision_at_3(condensed, relevant),
                        "ndcg10": ndcg_at_10(condensed, relevant),
                        "p3_all": precision_at_3(ids, relevant),
                        "ndcg10_all": ndcg_at_10(ids, relevant),
                    }
                )
            for typed, wanted in SUGGESTIONS:
                page.goto(f"{url}/search/?q={quote(typed)}")
                page.wait_for_function(WAIT, timeout=30_000)
                box = page.locator("[data-rl-suggest]")
                offered = box.locator("a").text_content() if box.is_visible() else ""
                suggestions.append({"typed": typed, "wanted": wanted, "offered": offered})
            browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    n = len(rows)
    return {
        "queries": n,
        "precision_at_3": sum(r["p3"] for r in rows) / n,
        "ndcg_at_10": sum(r["ndcg10"] for r in rows) / n,
        "precision_at_3_all": sum(r["p3_all"] for r in rows) / n,
        "ndcg_at_10_all": sum(r["ndcg10_all"] for r in rows) / n,
        "suggestions_right": sum(1 for s in suggestions if s["offered"] == s["wanted"]),
        "suggestions": suggestions,
        "rows": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generated", type=int, default=100, help="generated reviews around")
    parser.add_argument("--work", type=Path, help="build here (kept) instead of a temp dir")
    parser.add_argument("--out", type=Path, help="write the figures as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.work or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        site = build_judged_site(root / "library", generated=args.generated)
        result = run(site)
    result["generated"] = args.generated
    print(
        f"{result['queries']} judged queries, example library + 10 judged + {args.generated} generated reviews"
    )
    print("                generated left out   generated counted as not relevant")
    print(
        f"precision at 3: {result['precision_at_3']:.3f}                {result['precision_at_3_all']:.3f}"
    )
    print(
        f"nDCG at 10:     {result['ndcg_at_10']:.3f}                {result['ndcg_at_10_all']:.3f}"
    )
    print(f"suggestions:    {result['suggestions_right']} of {len(result['suggestions'])} right")
    for s in result["suggestions"]:
        if s["offered"] != s["wanted"]:
            print(
                f"  suggestion for {s['typed']!r}: offered {s['offered']!r}, wanted {s['wanted']!r}"
            )
    misses = [r for r in result["rows"] if r["p3"] < 1]
    print(f"queries with precision at 3 below 1: {len(misses)}")
    for r in misses:
        print(
            f"  {r['query']!r}: top {r['top'][:3]} wanted {r['relevant']}{' (partial)' if r['partial'] else ''}"
        )
    crowded = [r for r in result["rows"] if r["p3"] == 1 and r["p3_all"] < 1]
    print(
        f"of the others, {len(crowded)} have generated reviews among the first 3: "
        + ", ".join(repr(r["query"]) for r in crowded)
    )
    if args.out:
        args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

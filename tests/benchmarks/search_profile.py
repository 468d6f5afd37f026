"""Where the time to the first result goes: one cold load of /search/?q=WORD in headless
Chromium with the CPU slowed down (DevTools' throttling, as the phone profile of
fulltext_benchmark.py), on a site already built.

Prints, in milliseconds from navigation start: the page's own phase marks (search-app.js:
``rl-*`` performance marks), the navigation milestones, every file fetched (start and end,
by kind), and a CPU profile from DevTools' sampling profiler (self time by script and by
function, and the browser's own work: "(program)" is parsing, style, layout and paint;
"(garbage collector)"; "(idle)" is waiting for files).

    NO_MKDOCS_2_WARNING=1 .venv/bin/python -m tests.benchmarks.search_profile SITE [--query Q]

Not a test: a measuring tool for site_src/about/search.md.
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import sync_playwright

from tests.benchmarks.search_benchmark import CHROMIUM, CHROMIUM_ARGS, serve


def self_times(profile: dict) -> tuple[collections.Counter, collections.Counter]:
    """Self time (ms) by script file and by function, from a DevTools CPU profile."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    deltas = profile["timeDeltas"]
    by_node: collections.Counter = collections.Counter()
    for sample, delta in zip(profile["samples"], [*deltas[1:], 0], strict=True):
        by_node[sample] += delta / 1000
    by_file: collections.Counter = collections.Counter()
    by_function: collections.Counter = collections.Counter()
    for node_id, ms in by_node.items():
        frame = nodes[node_id]["callFrame"]
        name = frame["functionName"] or "(anonymous)"
        url = urlsplit(frame["url"]).path.rsplit("/", 1)[-1] if frame["url"] else ""
        by_file[url or name if name.startswith("(") else url or "(inline)"] += ms
        by_function[f"{name} {url}:{frame['lineNumber'] + 1}" if url else name] += ms
    return by_file, by_function


# The browser's own work in a DevTools timeline trace, by event name (parsing, style, layout).
TRACE_CATEGORIES = [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "v8",
    "blink.user_timing",
]


def _main_thread(events: list[dict]) -> set[tuple[int, int]]:
    return {
        (e["pid"], e["tid"])
        for e in events
        if e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"
    }


def main_thread_cpu(trace: bytes) -> float:
    """CPU time (ms) the page's main thread used from navigation start to the first result
    (the ``rl-first-result`` mark): the sum of its top-level tasks' thread time. What a slower
    CPU multiplies and, unlike wall time, not inflated by other processes on a busy machine.
    Take it from an unthrottled load: with DevTools' CPU throttling on, Chromium counts the
    throttling in the thread's time (about 1 s at 4x, whatever the page does)."""
    events = json.loads(trace)["traceEvents"]
    marks = [e for e in events if e.get("name") == "rl-first-result"]
    if not marks:
        return float("nan")
    pid, end = marks[0]["pid"], marks[0]["ts"]
    # The page's own navigation: not about:blank's, nor one of a frame made later (those
    # have no URL), which once made the figure count from a few hundred ms before the end.
    starts = [
        e["ts"]
        for e in events
        if e.get("name") == "navigationStart"
        and e["pid"] == pid
        and e.get("args", {}).get("data", {}).get("documentLoaderURL")
    ]
    origin = max((t for t in starts if t <= end), default=0)
    main = {key for key in _main_thread(events) if key[0] == pid}
    total, covered = 0.0, 0.0
    for e in sorted(
        (e for e in events if e.get("ph") == "X" and (e["pid"], e["tid"]) in main and "tdur" in e),
        key=lambda e: e["ts"],
    ):
        if origin <= e["ts"] < end and e["ts"] >= covered:  # top-level tasks only
            total += e["tdur"]
            covered = e["ts"] + e["dur"]
    return total / 1000


def timeline(trace: bytes) -> collections.Counter:
    """Self time (ms) of the renderer main thread's timeline events, by name."""
    events = json.loads(trace)["traceEvents"]
    main = _main_thread(events)
    spans = sorted(
        (e["ts"], e["ts"] + e.get("dur", 0), e["name"])
        for e in events
        if e.get("ph") == "X" and (e["pid"], e["tid"]) in main and e.get("dur")
    )
    # Self time: each span's duration less its children's (spans nest on one thread).
    totals: collections.Counter = collections.Counter()
    children: collections.Counter = collections.Counter()
    open_spans: list[tuple[float, str, int]] = []
    for n, (start, end, name) in enumerate(spans):
        while open_spans and open_spans[-1][0] <= start:
            open_spans.pop()
        if open_spans:
            children[open_spans[-1][2]] += end - start
        open_spans.append((end, name, n))
    for n, (start, end, name) in enumerate(spans):
        totals[name] += (end - start - children[n]) / 1000
    return totals


def load(browser, url: str, slowdown: float) -> dict:
    context = browser.new_context()  # a cold cache
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": slowdown})
    cdp.send("Profiler.enable")
    cdp.send("Profiler.setSamplingInterval", {"interval": 200})
    cdp.send("Profiler.start")
    browser.start_tracing(page=page, categories=TRACE_CATEGORIES)
    page.goto(url, wait_until="commit")
    page.wait_for_selector(".rl-result", timeout=120_000)
    profile = cdp.send("Profiler.stop")["profile"]
    trace = browser.stop_tracing()
    figures = page.evaluate(
        """() => ({
          first: Number(document.documentElement.dataset.rlFirstResult),
          marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
          nav: (({responseEnd, domInteractive, domContentLoadedEventEnd, loadEventEnd}) =>
            ({responseEnd, domInteractive, domContentLoadedEventEnd, loadEventEnd}))(
              performance.getEntriesByType('navigation')[0]),
          resources: performance.getEntriesByType('resource').map(
            (r) => [r.name, r.startTime, r.responseEnd]),
        })"""
    )
    context.close()
    figures["profile"] = profile
    figures["timeline"] = timeline(trace)
    figures["cpu"] = main_thread_cpu(trace)
    figures["slowdown"] = slowdown
    return figures


def report(figures: dict) -> None:
    from tests.benchmarks.fulltext_benchmark import kind  # it imports this module

    print(f"first result: {figures['first']:.0f} ms")
    # Throttled, the thread's time counts the throttling: the page's work is the figure at 1x.
    throttled = (
        " (throttling included: take it with --slowdown 1)" if figures["slowdown"] > 1 else ""
    )
    print(f"main thread CPU until then: {figures['cpu']:.0f} ms{throttled}")
    print("phases (ms from navigation start):")
    for name, value in {**figures["nav"], **dict(figures["marks"])}.items():
        print(f"  {value:8.0f}  {name}")
    groups: dict[str, list[tuple[float, float]]] = collections.defaultdict(list)
    for url, start, end in figures["resources"]:
        groups[kind(unquote(urlsplit(url).path))].append((start, end))
    print("files fetched (count, first start, last end, ms):")
    for name, spans in sorted(groups.items(), key=lambda item: min(s for s, _ in item[1])):
        print(
            f"  {name:22} {len(spans):3}  {min(s for s, _ in spans):7.0f}"
            f"  {max(e for _, e in spans):7.0f}"
        )
    by_file, by_function = self_times(figures["profile"])
    total = sum(by_file.values())
    print(f"CPU profile, self time ({total:.0f} ms sampled):")
    for name, ms in by_file.most_common(12):
        print(f"  {ms:7.0f}  {name}")
    print("  top functions:")
    for name, ms in by_function.most_common(15):
        print(f"  {ms:7.0f}  {name}")
    print("timeline, main thread self time by event:")
    for name, ms in figures["timeline"].most_common(15):
        print(f"  {ms:7.0f}  {name}")


def main() -> None:
    from tests.benchmarks.fulltext_benchmark import SLOWDOWN  # it imports this module

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--query", default="neglect")
    parser.add_argument("--slowdown", type=float, default=SLOWDOWN)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    httpd, base = serve(args.site)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            runs = [
                load(browser, f"{base}/search/?q={args.query}", args.slowdown)
                for _ in range(args.runs)
            ]
            browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    for figures in runs:
        report(figures)
    if len(runs) > 1:
        print(f"median first result: {statistics.median(r['first'] for r in runs):.0f} ms")
        print(f"median main thread CPU: {statistics.median(r['cpu'] for r in runs):.0f} ms")


if __name__ == "__main__":
    main()

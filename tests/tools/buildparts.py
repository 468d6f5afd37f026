"""Where one build's CPU goes, part by part: one `mkdocs build` in this process, with
``time.process_time`` around named functions (no profiler: cProfile inflates the many small
calls of Jinja and the rules several times over).

    REVIEW_LIBRARY_WORKERS=1 NO_MKDOCS_2_WARNING=1 PYTHONPATH=plugins:. \\
        .venv/bin/python tests/tools/buildparts.py /tmp/scale-work/ours-300/mkdocs.yml /tmp/site

Each part is timed inclusively at its outermost call (a part that calls itself is counted
once), so parts nest and do not add up. ``PARTS_EXTRA=module:Class.method,module:function``
adds parts. With ``REVIEW_LIBRARY_WORKERS=1`` nothing runs in a worker, so every part is
seen. A module-level function is replaced wherever a module holds it by name or in a list
(the plugin's page providers); one captured in a closure is not seen. For
site_src/about/performance.md; not a test.
"""

from __future__ import annotations

import gc
import importlib
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable

from mkdocs.commands.build import build
from mkdocs.config import load_config

PARTS = [
    ("mkdocs.commands.build", "_populate_page", "Markdown to HTML, with the page hooks"),
    ("mkdocs.structure.pages", "Page.render", "Python-Markdown"),
    ("mkdocs.commands.build", "_build_page", "templates and on_post_page"),
    ("review_library.plugin", "ReviewLibraryPlugin.on_files", "on_files"),
    ("review_library.plugin", "ReviewLibraryPlugin.on_env", "on_env"),
    ("review_library.plugin", "ReviewLibraryPlugin.on_post_build", "on_post_build"),
    ("review_library.plugin", "ReviewLibraryPlugin.on_page_markdown", "on_page_markdown"),
    ("review_library.site", "SiteBuild.page_content", "page_content"),
    ("review_library.site", "SiteBuild._enforce_report_policy", "report HTML policy"),
    ("review_library.site", "SiteBuild._listings", "generated listings"),
    ("review_library.site", "SiteBuild.write_outputs", "write_outputs"),
    ("review_library.search.packed", "packed_files", "search data"),
    ("review_library.catalogue", "load_catalogue", "load_catalogue"),
    ("review_library.gate", "PublishingGate.collect_source_checks", "source checks"),
    ("review_library.gate", "PublishingGate.finish_output_scan", "output scan, to its end"),
    ("review_library.redaction.output_scan", "OutputScanner.__init__", "scanner set-up"),
    ("review_library.redaction.output_scan", "OutputScanner.scan_many", "scanning files"),
    ("review_library.redaction.output_scan", "OutputScanner._run_rules", "rules over pieces"),
    ("review_library.redaction.engine", "find_hits", "the rules' passes (find_hits)"),
    ("review_library.redaction.checked_text", "CheckedText.covers", "checked blocks looked up"),
    ("review_library.redaction.output_scan", "extract_pieces", "reading pieces"),
    ("review_library.redaction.extract", "markup_pieces", "pieces of HTML and XML"),
    ("review_library.redaction.extract", "json_pieces", "pieces of JSON"),
    ("review_library.pages.recurring", "recurring_for", "recurring findings"),
    ("review_library.pages.briefing", "briefing_pages", "briefings"),
    ("review_library.pages.agencies", "agency_pages", "agency pages"),
    ("review_library.pages.recommendations", "recommendations_pages", "recommendations"),
    ("review_library.pages.toc", "toc_tokens", "headings read back"),
]

totals: dict[str, float] = defaultdict(float)
counts: dict[str, int] = defaultdict(int)
active: dict[str, int] = defaultdict(int)


def timed(function: Callable, label: str) -> Callable:
    def wrapper(*args, **kwargs):
        if active[label]:
            return function(*args, **kwargs)
        active[label] += 1
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[label] += time.process_time() - started
            counts[label] += 1
            active[label] -= 1

    return wrapper


def replace_everywhere(original: Callable, label: str) -> None:
    replacement = timed(original, label)
    for module in list(sys.modules.values()):
        if module is None or module.__name__ == "__main__":
            continue
        try:
            names = list(vars(module).items())
        except TypeError:
            continue
        for name, value in names:
            if value is original:
                setattr(module, name, replacement)
            elif isinstance(value, list):
                for index, item in enumerate(value):
                    if item is original:
                        value[index] = replacement


def install(parts: list[tuple[str, str, str]]) -> None:
    for module_name, name, label in parts:
        module = importlib.import_module(module_name)
        if "." in name:
            owner_name, method = name.split(".")
            owner = getattr(module, owner_name)
            setattr(owner, method, timed(owner.__dict__[method], label))
        else:
            replace_everywhere(getattr(module, name), label)


def main(config_file: str, site_dir: str) -> None:
    parts = list(PARTS)
    for extra in filter(None, os.environ.get("PARTS_EXTRA", "").split(",")):
        module_name, name = extra.rsplit(":", 1)
        parts.append((module_name, name, extra))
    install(parts)
    collector = [0.0, 0, 0.0]  # CPU, collections, start of the current one

    def timed_collection(phase: str, info: dict) -> None:
        if phase == "start":
            collector[2] = time.process_time()
        else:
            collector[0] += time.process_time() - collector[2]
            collector[1] += 1

    gc.callbacks.append(timed_collection)
    started = time.process_time()
    config = load_config(config_file, site_dir=site_dir)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    print(f"{time.process_time() - started:8.2f}          the whole build (this process)")
    for _, _, label in parts:
        print(f"{totals[label]:8.2f} {counts[label]:8d} {label}")
    print(f"{collector[0]:8.2f} {collector[1]:8d} the cycle collector (every collection)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"peak resident memory of this process: {peak} MB")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

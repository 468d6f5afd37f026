"""What the output scan's rules read, and what they cost, on a built site.

Scans every file of SITE (theme assets left out, as a build skips them) in this process
with the blocks of the reviews in REVIEWS as checked (as a build does), timing each rule
(CPU) as the scan calls it. Then sorts the pieces the rules read (those no memo or checked
block skipped) by where their text comes from:

- inside one checked source: the piece, as the rules read it, lies inside the text of one
  review the source checks read (a part of a block);
- joins of checked text: every line of it does, but not the whole (a catalogue cell of
  learning points);
- other text: some line holds text no source check read (template words, labels).

and prints, for each group, the CPU of all rules over its pieces joined (as the scan
joins them), in short (< 100 characters) and longer pieces.

    NO_MKDOCS_2_WARNING=1 .venv/bin/python -m tests.benchmarks.output_scan_rules SITE REVIEWS
"""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

from review_library.redaction import engine
from review_library.redaction import output_scan as scan_module
from review_library.redaction.config import RedactionConfig
from review_library.redaction.normalise import normalise
from review_library.redaction.preload import load_rule_data

SHORT = 100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("reviews", type=Path)
    args = parser.parse_args()
    config = RedactionConfig.from_dict({})
    files = sorted(args.reviews.glob("*.md"))
    load_rule_data()  # as a build does before its workers start
    spent: dict[str, float] = {}
    read: list[str] = []

    def timed(ids, function):
        def run(text: str) -> list:
            started = time.process_time()
            found = list(function(text))
            spent[ids[0]] = spent.get(ids[0], 0.0) + time.process_time() - started
            return found

        return run

    rules = engine.TEXT_RULES
    engine.TEXT_RULES = tuple((ids, timed(ids, function)) for ids, function in rules)
    find_hits = scan_module.find_hits

    def recording(text: str, **kwargs):
        read.extend(text.split(engine.VALUE_SEPARATOR))
        return find_hits(text, **kwargs)

    scan_module.find_hits = recording
    started = time.process_time()
    scanner = scan_module.OutputScanner(
        config=config,
        register=None,
        forbidden=[],
        allowance_files=[str(f) for f in files],
        checked=[hashlib.sha256(f.read_bytes()).hexdigest() for f in files],
    )
    for file in scan_module.site_files(args.site):
        shown = file.relative_to(args.site).as_posix()
        if not shown.startswith("assets/"):
            scanner.scan_file(file, shown)
    total = time.process_time() - started
    engine.TEXT_RULES, scan_module.find_hits = rules, find_hits
    print(f"scan CPU {total:.2f} s, of which rules {sum(spent.values()):.2f} s")
    for rule, cpu in sorted(spent.items(), key=lambda item: -item[1])[:10]:
        print(f"  {rule:24s} {cpu:6.2f} s")

    sources = "\x00".join(
        normalise(engine.VALUE_SEPARATOR.join(engine.scanned_pieces(f.read_text(), f.name)[0])).text
        for f in files
    )
    groups: dict[str, list[str]] = {}
    for piece in read:
        seen = normalise(piece).text.strip()
        if seen in sources:
            group = "inside one checked source"
        elif all(not line.strip() or line.strip() in sources for line in seen.split("\n")):
            group = "joins of checked text"
        else:
            group = "other text"
        size = "short" if len(piece) < SHORT else "longer"
        groups.setdefault(f"{group}, {size}", []).append(piece)
    print(f"pieces the rules read: {len(read)}, {sum(map(len, read))} characters")
    for name, pieces in sorted(groups.items()):
        joined = engine.VALUE_SEPARATOR.join(pieces)
        started = time.process_time()
        engine.find_hits(joined, config=config)
        cpu = time.process_time() - started
        chars = sum(map(len, pieces))
        print(f"  {name:36s} {len(pieces):6d} pieces {chars:9d} chars, rules {cpu:6.2f} s")


if __name__ == "__main__":
    main()

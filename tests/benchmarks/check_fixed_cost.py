"""How much of the rules' CPU a report pays whatever it says: each rule over the reports as
written, with their triggers taken out, and over filler of the same shape.

Three versions of each review file of DIR, each of the same length and paragraph shape:

- *as written*;
- *no capitals, no digits*: every capital lowered and every digit made "x" (no name,
  number or date can start where a rule looks for one);
- *filler*: paragraphs of five sentences of eighteen made-up lower-case words that are no cue
  word of any rule ("blorf quanz miv ..."), as long as the report.

Times (CPU, ``time.process_time``) each rule module's find function over each text, after
the text caches the rules share (lower case, vocabulary, word index, number windows, the cue
words' one pass) are built for it, which are timed apart. What a rule costs on the filler is
what it costs on any report: its scans of the whole text, its gates and its Python, before it
finds a single candidate (performance.md, "The rules' own CPU, round 16").

    NO_MKDOCS_2_WARNING=1 .venv/bin/python -m tests.benchmarks.check_fixed_cost DIR --limit 60
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

from review_library.redaction import engine
from review_library.redaction.preload import load_rule_data
from review_library.redaction.rules import text as rules_text

FILLER_WORDS = ("blorf", "quanz", "miv", "tresk", "oppul", "vanderk", "glim", "sprock", "hent")
_CAPITAL = re.compile(f"[{rules_text.UPPER}]")
_SHARED: tuple[Callable[[str], object], ...] = (
    rules_text.lowered,
    rules_text.lowered_chunks,
    rules_text.vocabulary,
    rules_text.word_index,
    rules_text.words_of,
    rules_text.capitalised_words,
    rules_text.digit_windows,
    rules_text.number_windows,
)


def untriggered(text: str) -> str:
    """``text`` with every capital lowered and every digit made "x" (same length)."""
    return re.sub(r"\d", "x", _CAPITAL.sub(lambda m: m.group().lower(), text))


def filler(length: int, seed: int) -> str:
    """Paragraphs of made-up lower-case words, at least ``length`` characters."""
    pick = random.Random(seed).choice
    paragraphs: list[str] = []
    size = 0
    while size < length:
        sentences = (" ".join(pick(FILLER_WORDS) for _ in range(18)) + "." for _ in range(5))
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)


def by_rule(texts: list[str]) -> dict[str, float]:
    """CPU seconds of each rule module's find over ``texts``, and of the shared caches."""
    spent: dict[str, float] = {}
    for text in texts:
        begun = time.process_time()
        for build in _SHARED:
            build(text)
        if len(text) > rules_text.SHORT_TEXT and rules_text.cue_index.available():
            rules_text.cue_index.cue_index(rules_text.lowered(text))
        spent["(shared text caches)"] = spent.get("(shared text caches)", 0.0) + (
            time.process_time() - begun
        )
        for _, find in engine.TEXT_RULES:
            label = getattr(find, "__module__", "?").rsplit(".", 1)[-1]
            begun = time.process_time()
            for _ in find(text):
                pass
            spent[label] = spent.get(label, 0.0) + time.process_time() - begun
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reviews", type=Path)
    parser.add_argument("--limit", type=int, default=60, help="the first N files (0: all)")
    args = parser.parse_args(argv)
    files = sorted(args.reviews.glob("*.md"))
    if args.limit:
        files = files[: args.limit]
    load_rule_data()
    written = [file.read_text(encoding="utf-8") for file in files]
    versions = {
        "as written": written,
        "no capitals, no digits": [untriggered(text) for text in written],
        "filler": [filler(len(text), seed) for seed, text in enumerate(written)],
    }
    by_rule(written[:2])  # compile what the rules compile on first use
    figures = {name: by_rule(texts) for name, texts in versions.items()}
    base = figures["as written"]
    print(f"{len(files)} files; CPU s")
    print("| part | " + " | ".join(versions) + " |")
    print("| --- |" + " ---: |" * len(versions))
    for label in sorted(base, key=lambda label: -base[label]):
        if base[label] >= 0.01:
            cells = " | ".join(f"{figures[name].get(label, 0.0):.2f}" for name in versions)
            print(f"| {label} | {cells} |")
    totals = " | ".join(f"**{sum(figures[name].values()):.2f}**" for name in versions)
    print(f"| **all** | {totals} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Where the CPU of ``review-library check`` goes, by rule module and by the engine's shared work.

Checks every review file of DIR in this process, one after another, as the check's workers do
(``check_text``), and times (CPU, ``time.process_time``) each rule's find function over each
file's joined pieces, the engine's own steps (normalisation, splitting into pieces, the drop
filters, resolving overlaps) and the text caches the rules share (``lowered``, the vocabulary,
the word index, the capitalised words, the number windows, the cue words' one pass), which
are built once per text before the rules run so that no rule is charged for them. Cue words looked up in the word
index are charged to the first rule that asks (later ones find them cached). What no timer
covers (allowances, findings, reading front matter comments) is "engine: other".

Prints a table sorted by cost, each figure the median over ``--passes`` passes.

    NO_MKDOCS_2_WARNING=1 .venv/bin/python -m tests.benchmarks.check_rules_profile DIR --passes 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from review_library.redaction import engine
from review_library.redaction.config import RedactionConfig
from review_library.redaction.preload import load_rule_data
from review_library.redaction.rules import text as rules_text

SHARED = (
    ("shared: lowered, chunks, vocabulary", ("lowered", "lowered_chunks", "vocabulary")),
    ("shared: word index, words, capitals", ("word_index", "words_of", "capitalised_words")),
    ("shared: digit and number windows", ("digit_windows", "number_windows")),
)
ENGINE = (
    ("engine: normalise", "normalise"),
    ("engine: segments (front matter)", "_segments"),
    ("engine: drop filters", "_drop"),
    ("engine: resolve overlaps", "_resolve"),
)


def _label(function: Callable) -> str:
    module = getattr(function, "__module__", "?").rsplit(".", 1)[-1]
    return f"rule: {module}"


def one_pass(files: list[Path], config: RedactionConfig) -> tuple[dict[str, float], float]:
    """CPU by part over one check of ``files``, and the CPU of the whole pass."""
    spent: dict[str, float] = {}

    def add(label: str, seconds: float) -> None:
        spent[label] = spent.get(label, 0.0) + seconds

    def timed(label: str, function: Callable) -> Callable:
        def run(*args, **kwargs):
            started = time.process_time()
            try:
                result = function(*args, **kwargs)
                if label.startswith("rule: "):
                    result = list(result)  # rules may be generators
                return result
            finally:
                add(label, time.process_time() - started)

        return run

    rules = engine.TEXT_RULES
    saved = {name: getattr(engine, name) for _, name in ENGINE}
    hits = engine._hits

    def warm_hits(text, *args, **kwargs):
        for label, names in SHARED:
            begun = time.process_time()
            for name in names:
                getattr(rules_text, name)(text)
            add(label, time.process_time() - begun)
        if len(text) > rules_text.SHORT_TEXT and rules_text.cue_index.available():
            begun = time.process_time()
            rules_text.cue_index.cue_index(rules_text.lowered(text))  # every cue word, one pass
            add("shared: cue words (one pass)", time.process_time() - begun)
        return hits(text, *args, **kwargs)

    engine.TEXT_RULES = tuple((ids, timed(_label(fn), fn)) for ids, fn in rules)
    for label, name in ENGINE:
        setattr(engine, name, timed(label, saved[name]))
    engine._hits = warm_hits
    try:
        started = time.process_time()
        for file in files:
            engine.check_text(file.read_text(encoding="utf-8"), file.name, config=config)
        total = time.process_time() - started
    finally:
        engine.TEXT_RULES, engine._hits = rules, hits
        for name, function in saved.items():
            setattr(engine, name, function)
    # The drop filters and the rules are timed inside _hits; the rest of check_text is other.
    spent["engine: other"] = total - sum(spent.values())
    return spent, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reviews", type=Path)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    args = parser.parse_args(argv)
    files = sorted(args.reviews.glob("*.md"))
    if args.limit:
        files = files[: args.limit]
    started = time.process_time()
    load_rule_data()
    loading = time.process_time() - started
    config = RedactionConfig()
    passes = []
    for number in range(args.passes):
        passes.append(one_pass(files, config))
        print(f"pass {number + 1}: {passes[-1][1]:.2f} s", file=sys.stderr)
    labels = {label for spent, _ in passes for label in spent}
    median = {label: statistics.median(s.get(label, 0.0) for s, _ in passes) for label in labels}
    total = statistics.median(t for _, t in passes)
    print(f"{len(files)} files; loading the rules {loading:.2f} s; check_text {total:.2f} s")
    print("| part | CPU s | share |")
    print("| --- | ---: | ---: |")
    for label, seconds in sorted(median.items(), key=lambda item: -item[1]):
        print(f"| {label} | {seconds:.2f} | {seconds / total:.1%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

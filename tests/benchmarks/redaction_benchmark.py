"""Redaction benchmark: the anonymisation gate measured on an independent, labelled corpus.

    python tests/benchmarks/redaction_benchmark.py [--split dev|test|both] [--json out.json]
        [--verbose] [--megabytes 5] [--strict]

The corpus (tests/redaction/eval/, see corpus.py there) is written by hand apart from the
rules and their word lists; ``dev`` is for tuning, ``test`` is held out. Per split it prints:

* error-level recall per identifier kind (each labelled identifier must be covered by an
  ERROR finding in the checked file) and any-level recall;
* near-miss cases (text that looks like an identifier but is not) with any finding;
* false findings (any severity) and blocking false alarms (errors) per 10,000 words of the
  clean full-length reports;
* on the report openings with planted identifiers: recall, and blocking false alarms (errors
  that cover no planted identifier) per 10,000 words, counted with the clean reports as
  "text written like real published reports";
* throughput (MB/s of review Markdown, one core, CPU time).

Each target of issue 12 is printed MET or MISSED. Output is masked: case ids and rule ids,
never an identifier in full. The project's own labelled corpus (tests/redaction/corpus/),
which the rules were tuned on, is reported for reference with ``--legacy``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for entry in (ROOT / "plugins", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from review_library.redaction.config import RedactionConfig  # noqa: E402
from review_library.redaction.engine import check_text  # noqa: E402
from review_library.redaction.register import Register  # noqa: E402
from tests.redaction.eval import corpus  # noqa: E402

RECALL_TARGET = 0.98
REGISTER_TARGET = 1.0
REGISTER_KIND = "register"
CLEAN_FINDINGS_TARGET = 1.0  # any severity, per 10,000 words of clean synthetic reports
BLOCKING_TARGET = 2.0  # errors, per 10,000 words of text written like real reports
SPEED_REFERENCE = 10.0  # MB/s, issue 3 (for reference; issue 12 compares with a build)


def _check(text: str, name: str, config: RedactionConfig, entries: tuple[str, ...]):
    register = Register.from_identifiers(entries) if entries else None
    return check_text(text, name, config=config, register=register)


def evaluate_cases(cases: list[corpus.Case], config: RedactionConfig) -> dict:
    """Recall per kind (error level and any level) and near-miss false findings."""
    kinds: dict[str, dict] = defaultdict(
        lambda: {"identifiers": 0, "error": 0, "any": 0, "near_misses": 0, "near_miss_fp": 0}
    )
    missed_error: list[str] = []
    missed_any: list[str] = []
    near_miss_fp: list[str] = []
    positive_cases = blocked_cases = 0
    for case in cases:
        document = case.document()
        report = _check(document, f"{case.id}.md", config, case.register)
        spans = corpus.finding_spans(document, report.findings)
        entry = kinds[case.kind]
        if case.near_miss:
            entry["near_misses"] += 1
            if report.findings:
                entry["near_miss_fp"] += 1
                rules = sorted({f"{f.rule}/{f.severity}" for f in report.findings})
                near_miss_fp.append(f"{case.id} ({', '.join(rules)})")
            continue
        positive_cases += 1
        case_blocked = True
        for number, identifier in enumerate(case.identifiers, 1):
            where = corpus.occurrences(document, identifier)
            entry["identifiers"] += 1
            error = bool(where) and all(
                corpus.covered(document, s, e, spans, "error") for s, e in where
            )
            anyone = bool(where) and all(
                corpus.covered(document, s, e, spans, None) for s, e in where
            )
            entry["error"] += error
            entry["any"] += anyone
            label = f"{case.id}#{number} [{corpus.mask_text(identifier)}]"
            if not error:
                case_blocked = False
                missed_error.append(label + ("" if anyone else " (no finding)"))
            if not anyone:
                missed_any.append(label)
        blocked_cases += case_blocked
    return {
        "kinds": {k: dict(v) for k, v in sorted(kinds.items())},
        "missed_error": missed_error,
        "missed_any": missed_any,
        "near_miss_findings": near_miss_fp,
        "positive_cases": positive_cases,
        "blocked_cases": blocked_cases,
    }


def evaluate_reports(files: list[corpus.Planted], config: RedactionConfig) -> dict:
    """Findings in full reports: false findings outside planted identifiers, and recall."""
    words = findings = blocking = planted = flagged = blocked = 0
    details: list[str] = []
    by_rule: Counter[str] = Counter()
    missed: list[str] = []
    for item in files:
        text = item.text()
        words += corpus.words_in(text)
        report = _check(text, item.name, config, item.register)
        spans = corpus.finding_spans(text, report.findings)
        planted_spans = [s for i in item.identifiers for s in corpus.occurrences(text, i)]
        for number, identifier in enumerate(item.identifiers, 1):
            where = corpus.occurrences(text, identifier)
            planted += 1
            flag = bool(where) and all(corpus.covered(text, s, e, spans, None) for s, e in where)
            block = bool(where) and all(
                corpus.covered(text, s, e, spans, "error") for s, e in where
            )
            flagged += flag
            blocked += block
            if not block:
                missed.append(f"{item.name}#{number} [{corpus.mask_text(identifier)}]")
        for span, finding in zip(spans, report.findings, strict=True):
            if any(span.start < e and s < span.end for s, e in planted_spans):
                continue
            findings += 1
            blocking += finding.severity == "error"
            by_rule[f"{finding.rule}/{finding.severity}"] += 1
            details.append(
                f"{item.name}:{finding.line} {finding.rule} ({finding.severity}) [{finding.excerpt}]"
            )
    return {
        "files": len(files),
        "words": words,
        "false_findings": findings,
        "blocking": blocking,
        "planted": planted,
        "flagged": flagged,
        "blocked": blocked,
        "false_finding_details": details,
        "false_findings_by_rule": dict(sorted(by_rule.items())),
        "missed": missed,
    }


def throughput(files: list[Path], config: RedactionConfig, megabytes: float) -> float:
    """MB/s of ``check_text`` over the clean reports, one process, CPU time."""
    texts = [p.read_text(encoding="utf-8") for p in files]
    if not texts:
        return 0.0
    for text in texts:  # warm caches (compiled patterns, word lists) before timing
        check_text(text, "warm.md", config=config)
    total = 0
    goal = megabytes * 1_000_000
    start = time.process_time()
    while total < goal:
        for index, text in enumerate(texts):
            check_text(text, f"bench-{index}.md", config=config)
            total += len(text.encode("utf-8"))
    return total / 1_000_000 / max(time.process_time() - start, 1e-9)


def _per_10k(count: int, words: int) -> float:
    return count / words * 10_000 if words else 0.0


def _verdict(ok: bool) -> str:
    return "MET" if ok else "MISSED"


def _recall_table(cases: dict, targets: list[tuple[str, bool]] | None = None) -> None:
    """Print recall per kind and in all; with ``targets``, each kind's verdict is printed and
    added to them."""
    print(f"  {'kind':22} {'n':>4} {'error':>6} {'any':>6}   near-miss findings")
    total = [0, 0, 0]
    for kind, entry in cases["kinds"].items():
        n = entry["identifiers"]
        err = entry["error"] / n if n else None
        anyl = entry["any"] / n if n else None
        total[0] += n
        total[1] += entry["error"]
        total[2] += entry["any"]
        nm = f"{entry['near_miss_fp']}/{entry['near_misses']}" if entry["near_misses"] else "-"
        shown = f"{err:6.2f} {anyl:6.2f}" if n else f"{'-':>6} {'-':>6}"
        goal = REGISTER_TARGET if kind == REGISTER_KIND else RECALL_TARGET
        verdict = ""
        if n and targets is not None:
            ok = err >= goal
            targets.append((f"error recall {kind} >= {goal:.2f}", ok))
            verdict = f"  {_verdict(ok)} (>= {goal:.2f})"
        print(f"  {kind:22} {n:4} {shown}   {nm:>7}{verdict}")
    if total[0]:
        print(f"  {'all':22} {total[0]:4} {total[1] / total[0]:6.2f} {total[2] / total[0]:6.2f}")


def run_split(split: str, config: RedactionConfig, megabytes: float, verbose: bool) -> dict:
    cases = evaluate_cases(corpus.load_cases(split), config)
    clean = evaluate_reports(corpus.clean_reports(split), config)
    opening = evaluate_reports(corpus.openings(split), config)
    speed = throughput([p.path for p in corpus.clean_reports(split)], config, megabytes)
    targets: list[tuple[str, bool]] = []

    print(f"\n=== split: {split} ===")
    print("Recall per kind (identifiers covered by a finding)")
    _recall_table(cases, targets)
    blocked_all = cases["blocked_cases"] == cases["positive_cases"]
    targets.append(("no adversarial form published (every case blocked)", blocked_all))
    print(
        f"Cases blocked at error level: {cases['blocked_cases']}/{cases['positive_cases']}"
        f"  {_verdict(blocked_all)}"
    )
    near = sum(e["near_miss_fp"] for e in cases["kinds"].values())
    nears = sum(e["near_misses"] for e in cases["kinds"].values())
    print(f"Near-miss cases with any finding: {near}/{nears}")

    rate_any = _per_10k(clean["false_findings"], clean["words"])
    rate_block_clean = _per_10k(clean["blocking"], clean["words"])
    ok = rate_any <= CLEAN_FINDINGS_TARGET
    targets.append((f"false findings per 10,000 words <= {CLEAN_FINDINGS_TARGET:.0f}", ok))
    print(
        f"Clean reports ({clean['files']} files, {clean['words']} words): "
        f"{clean['false_findings']} false findings = {rate_any:.2f} per 10,000 words "
        f"{_verdict(ok)} (<= {CLEAN_FINDINGS_TARGET:.0f}); blocking {clean['blocking']} = "
        f"{rate_block_clean:.2f}"
    )
    tally = Counter(clean["false_findings_by_rule"]) + Counter(opening["false_findings_by_rule"])
    if tally:
        shown = ", ".join(f"{rule} {count}" for rule, count in tally.most_common())
        print(f"  false findings by rule (clean + openings): {shown}")
    real_words = clean["words"] + opening["words"]
    real_blocking = clean["blocking"] + opening["blocking"]
    rate_real = _per_10k(real_blocking, real_words)
    ok = rate_real <= BLOCKING_TARGET
    targets.append((f"blocking false alarms per 10,000 words <= {BLOCKING_TARGET:.0f}", ok))
    print(
        f"Report openings ({opening['files']} files, {opening['words']} words): planted "
        f"identifiers flagged {opening['flagged']}/{opening['planted']}, blocked "
        f"{opening['blocked']}/{opening['planted']}; blocking false alarms {opening['blocking']}"
    )
    every = opening["flagged"] == opening["planted"]
    targets.append(("every identifier in report-style text flagged", every))
    print(
        f"Blocking false alarms in report-style text (clean + openings, {real_words} words): "
        f"{real_blocking} = {rate_real:.2f} per 10,000 words {_verdict(ok)} "
        f"(<= {BLOCKING_TARGET:.0f}); every planted identifier flagged: {_verdict(every)}"
    )
    print(
        f"Throughput: {speed:.1f} MB/s of review Markdown on one core (CPU time; issue 3 "
        f"reference {SPEED_REFERENCE:.0f} MB/s; issue 12 compares the check with a build)"
    )
    met = sum(ok for _, ok in targets)
    print(f"Targets met: {met}/{len(targets)}")
    for name, ok in targets:
        if not ok:
            print(f"  MISSED {name}")
    if verbose:
        for line in cases["missed_error"]:
            print(f"    NOT BLOCKED {line}")
        for line in cases["near_miss_findings"]:
            print(f"    NEAR-MISS FLAGGED {line}")
        for line in clean["false_finding_details"] + opening["false_finding_details"]:
            print(f"    FALSE FINDING {line}")
        for line in opening["missed"]:
            print(f"    OPENING NOT BLOCKED {line}")
    return {
        "split": split,
        "cases": cases,
        "clean": clean,
        "openings": opening,
        "false_findings_per_10k": round(rate_any, 3),
        "blocking_per_10k_report_style": round(rate_real, 3),
        "throughput_mb_s": round(speed, 2),
        "targets": {name: ok for name, ok in targets},
    }


def score_folder(folder: Path, config: RedactionConfig, verbose: bool) -> int:
    """Recall per kind and near-miss findings of the cases in one folder (no reports)."""
    if not folder.is_dir():
        print(f"{folder}: no such folder of case files", file=sys.stderr)
        return 2
    cases = corpus.load_cases(folder.name, folder)
    if not cases:
        print(f"{folder}: no cases (*.yml) found", file=sys.stderr)
        return 2
    result = evaluate_cases(cases, config)
    print(f"=== cases in {folder} ===")
    _recall_table(result)
    print(f"Cases blocked at error level: {result['blocked_cases']}/{result['positive_cases']}")
    if verbose:
        for line in result["missed_error"]:
            print(f"    NOT BLOCKED {line}")
        for line in result["near_miss_findings"]:
            print(f"    NEAR-MISS FLAGGED {line}")
    return 0


def legacy() -> None:
    """The project's own labelled corpus, tuned on: line-level recall, for reference only."""
    import yaml

    base = ROOT / "tests" / "redaction" / "corpus"
    labels_file = base / "labels.yml"
    if not labels_file.exists():
        return
    labels = yaml.safe_load(labels_file.read_text(encoding="utf-8"))
    register = Register.load_plain(base / "register.yml")
    hit = total = 0
    for relative, expected in sorted(labels.items()):
        text = (base / relative).read_text(encoding="utf-8")
        report = check_text(text, relative, config=RedactionConfig(), register=register)
        found = {(f.line, f.rule) for f in report.findings}
        for label in expected:
            total += 1
            hit += (label["line"], label["rule"]) in found
    print(f"\nProject corpus (tuned on, reference only): {hit}/{total} labels found")


def show_case(case_id: str, config: RedactionConfig) -> int:
    """One case's findings (masked) and which identifiers they cover, for triage."""
    for split in corpus.SPLITS:
        for case in corpus.load_cases(split):
            if case.id != case_id:
                continue
            document = case.document()
            report = _check(document, f"{case.id}.md", config, case.register)
            spans = corpus.finding_spans(document, report.findings)
            print(f"{case.id} ({split}, {case.kind}): {case.note}")
            for finding in report.findings:
                print(
                    f"  finding {finding.line}:{finding.column} {finding.rule} "
                    f"({finding.severity}) [{finding.excerpt}]"
                )
            for number, identifier in enumerate(case.identifiers, 1):
                where = corpus.occurrences(document, identifier)
                error = bool(where) and all(
                    corpus.covered(document, s, e, spans, "error") for s, e in where
                )
                anyone = bool(where) and all(
                    corpus.covered(document, s, e, spans, None) for s, e in where
                )
                verdict = "blocked" if error else "warned" if anyone else "MISSED"
                print(f"  identifier #{number} [{corpus.mask_text(identifier)}]: {verdict}")
            if case.near_miss:
                print("  near-miss: " + ("FLAGGED" if report.findings else "quiet"))
            return 0
    print(f"no case with id {case_id!r}", file=sys.stderr)
    return 2


def markdown(results: list[dict]) -> str:
    """The figures as the Markdown table the documentation shows (one column per split)."""
    splits = [r["split"] for r in results]
    head = "| measure | target | " + " | ".join(splits) + " |"
    rows = [head, "|---|---|" + "---|" * len(splits)]
    kinds = sorted({k for r in results for k in r["cases"]["kinds"]})
    for kind in kinds:
        cells = []
        for r in results:
            entry = r["cases"]["kinds"].get(kind, {})
            n = entry.get("identifiers", 0)
            cells.append(f"{entry['error'] / n:.2f} ({entry['error']}/{n})" if n else "-")
        goal = REGISTER_TARGET if kind == REGISTER_KIND else RECALL_TARGET
        rows.append(f"| error recall, {kind} | ≥ {goal:.2f} | " + " | ".join(cells) + " |")

    def cell(r: dict, what: str) -> str:
        cases, clean, opening = r["cases"], r["clean"], r["openings"]
        identifiers = sum(e["identifiers"] for e in cases["kinds"].values())
        if what == "all":
            hit = sum(e["error"] for e in cases["kinds"].values())
            anyl = sum(e["any"] for e in cases["kinds"].values())
            return f"{hit / identifiers:.2f} error, {anyl / identifiers:.2f} any ({identifiers})"
        if what == "blocked":
            return f"{cases['blocked_cases']}/{cases['positive_cases']}"
        if what == "near":
            near = sum(e["near_miss_fp"] for e in cases["kinds"].values())
            total = sum(e["near_misses"] for e in cases["kinds"].values())
            return f"{near}/{total}"
        if what == "clean":
            return f"{r['false_findings_per_10k']:.1f} ({clean['false_findings']} in {clean['words']:,} words)"
        if what == "real":
            words = clean["words"] + opening["words"]
            count = clean["blocking"] + opening["blocking"]
            return f"{r['blocking_per_10k_report_style']:.1f} ({count} in {words:,} words)"
        if what == "openings":
            return (
                f"{opening['flagged']}/{opening['planted']} flagged, {opening['blocked']} blocked"
            )
        return f"{r['throughput_mb_s']:.1f} MB/s"

    for label, target, what in (
        ("all identifiers", "-", "all"),
        ("cases blocked (no adversarial form published)", "all", "blocked"),
        ("near-miss cases with any finding", "-", "near"),
        ("false findings per 10,000 words, clean reports", "≤ 1", "clean"),
        ("blocking false alarms per 10,000 words, report-style text", "≤ 2", "real"),
        ("planted identifiers in report openings", "all flagged", "openings"),
        ("throughput, one core", "-", "speed"),
    ):
        rows.append(f"| {label} | {target} | " + " | ".join(cell(r, what) for r in results) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--json", type=Path, help="write the figures (masked) to this file")
    parser.add_argument("--megabytes", type=float, default=5.0, help="volume for throughput")
    parser.add_argument("--verbose", action="store_true", help="list misses and false findings")
    parser.add_argument("--legacy", action="store_true", help="also the project's own corpus")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table")
    parser.add_argument("--case", metavar="ID", help="show one case's findings (masked) and stop")
    parser.add_argument(
        "--cases",
        metavar="DIR",
        type=Path,
        help="score only the case files (*.yml) in DIR, such as a private holdout, and stop",
    )
    args = parser.parse_args(argv)
    config = RedactionConfig()
    if args.case:
        return show_case(args.case, config)
    if args.cases:
        return score_folder(args.cases, config, args.verbose)
    splits = corpus.SPLITS if args.split == "both" else (args.split,)
    results = [run_split(s, config, args.megabytes, args.verbose) for s in splits]
    if args.legacy:
        legacy()
    if args.markdown:
        print()
        print(markdown(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", "utf-8")
    missed = any(not ok for r in results for ok in r["targets"].values())
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())

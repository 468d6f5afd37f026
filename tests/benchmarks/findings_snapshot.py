"""Every finding the checks make on a fixed body of text, written to one file, so that a change
meant only to make the checks faster can be shown to find exactly the same things.

The snapshot holds, for the evaluation corpus (cases, clean reports and report openings of both
splits), the example reviews and a generated library: every finding with its position, rule,
severity, message, masked excerpt, cue and fingerprint, every suppression, and the raw hits
that ``find_hits`` (the output scan's entry point) returns for each file's text. Nothing is
printed unmasked; the fingerprints are hashes.

    python -m tests.benchmarks.findings_snapshot --out /tmp/before.txt
    (change the rules)
    python -m tests.benchmarks.findings_snapshot --out /tmp/after.txt --compare /tmp/before.txt

``--compare`` exits 1 and names the sections that differ (dev split and examples by line; the
test split only by file, as it is never read to decide what to change).
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT))

from review_library.redaction.config import RedactionConfig  # noqa: E402
from review_library.redaction.engine import check_paths, check_text, find_hits  # noqa: E402
from review_library.redaction.register import Register  # noqa: E402
from tests.benchmarks.corpus import generate_corpus  # noqa: E402
from tests.redaction.eval import corpus  # noqa: E402


def _report_lines(name: str, report) -> Iterator[str]:
    for f in report.findings:
        yield (
            f"F {name}:{f.line}:{f.column} {f.rule}/{f.severity} [{f.excerpt}] "
            f"{f.fingerprint} cue={f.cue!r} msg={f.message!r}"
        )
    for s in report.suppressions:
        yield f"S {name}:{s.line} {s.rule} [{s.text_masked}] {s.kind} {s.reason!r}"


def _hits_lines(name: str, text: str, config: RedactionConfig, register) -> Iterator[str]:
    for h in find_hits(text, config=config, register=register):
        yield f"H {name}:{h.start}-{h.end} {h.rule} cue={h.cue!r} msg={h.message!r}"


def _register(entries: tuple[str, ...]) -> Register | None:
    return Register.from_identifiers(entries) if entries else None


def eval_section(split: str, config: RedactionConfig) -> list[str]:
    lines: list[str] = []
    for case in corpus.load_cases(split):
        register = _register(case.register)
        document = case.document()
        name = f"{case.id}.md"
        lines.extend(
            _report_lines(name, check_text(document, name, config=config, register=register))
        )
        lines.extend(_hits_lines(name, case.text, config, register))
    for item in [*corpus.clean_reports(split), *corpus.openings(split)]:
        register = _register(item.register)
        text = item.text()
        lines.extend(
            _report_lines(item.name, check_text(text, item.name, config=config, register=register))
        )
        lines.extend(_hits_lines(item.name, text, config, register))
    return lines


def folder_section(folder: Path, config: RedactionConfig) -> list[str]:
    """``review-library check <folder>`` as the CLI runs it (attachments too)."""
    report = check_paths([folder], root=folder.parent, config=config)
    return list(_report_lines("", report))


def snapshot(generated: int) -> dict[str, list[str]]:
    config = RedactionConfig()
    sections = {f"eval-{split}": eval_section(split, config) for split in ("dev", "test")}
    sections["reviews"] = folder_section(ROOT / "reviews", config)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "reviews"
        generate_corpus(generated, folder, seed=0)
        sections[f"generated-{generated}"] = folder_section(folder, config)
    return sections


def write(sections: dict[str, list[str]], out: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for name, lines in sections.items():
            handle.write(f"== {name} ({len(lines)})\n")
            handle.writelines(line + "\n" for line in lines)


def read(path: Path) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            current = sections.setdefault(line[3:].rsplit(" (", 1)[0], [])
        else:
            current.append(line)
    return sections


def compare(before: dict[str, list[str]], after: dict[str, list[str]]) -> list[str]:
    """What differs, section by section; the test split is named by file only."""
    out: list[str] = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name, []), after.get(name, [])
        if old == new:
            continue
        if name == "eval-test":
            changed = {
                line.split(" ", 2)[1].rsplit(":", 2)[0]
                for line in set(old) ^ set(new)
                if line[:2] in ("F ", "S ", "H ")
            }
            out.append(f"{name}: differs in {len(changed)} file(s): {', '.join(sorted(changed))}")
            continue
        out.append(f"{name}: differs")
        out.extend(difflib.unified_diff(old, new, "before", "after", lineterm="", n=0))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    parser.add_argument("--generated", type=int, default=200, help="reviews to generate")
    args = parser.parse_args(argv)
    sections = snapshot(args.generated)
    write(sections, args.out)
    total = sum(len(v) for v in sections.values())
    print(f"{total} lines in {len(sections)} sections written to {args.out}")
    if args.compare is None:
        return 0
    differences = compare(read(args.compare), sections)
    if differences:
        print("\n".join(differences[:200]))
        return 1
    print(f"identical to {args.compare}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

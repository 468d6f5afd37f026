"""The labelled corpus: planted identifiers of every kind are found, clean text is quiet.

The benchmark script prints the same measures with throughput; this keeps them from
regressing in CI.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.register import Register

CORPUS = Path(__file__).parent / "corpus"
ROOT = CORPUS.parents[2]


def test_recall_per_kind() -> None:
    labels = yaml.safe_load((CORPUS / "labels.yml").read_text(encoding="utf-8"))
    register = Register.load_plain(CORPUS / "register.yml")
    found_per_kind: dict[str, list[int]] = {}
    for relative, expected in labels.items():
        text = (CORPUS / relative).read_text(encoding="utf-8")
        report = check_text(text, relative, config=RedactionConfig(), register=register)
        found = {(f.line, f.rule) for f in report.findings}
        for label in expected:
            counts = found_per_kind.setdefault(label["rule"], [0, 0])
            counts[1] += 1
            counts[0] += (label["line"], label["rule"]) in found
    assert len(found_per_kind) == 17
    for kind, (hit, total) in found_per_kind.items():
        target = 1.0 if kind == "identifier-register" else 0.98
        assert hit / total >= target, (kind, hit, total)


def test_clean_text_has_no_findings() -> None:
    files = sorted((CORPUS / "clean").glob("*.md")) + sorted((ROOT / "reviews").glob("*.md"))
    assert files
    for file in files:
        report = check_text(file.read_text(encoding="utf-8"), file.name, config=RedactionConfig())
        assert report.findings == [], (file.name, report.findings)

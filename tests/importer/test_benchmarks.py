"""The importer's measurements keep working: fidelity on ours, the 60-page benchmark's run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks import import_benchmark, import_fidelity
from tests.importer.docgen import Doc


@pytest.mark.parametrize("name", [c[0] for c in import_fidelity.CONSTRUCTS if c[2]])
def test_every_construct_of_the_fidelity_table_is_kept_by_ours(name: str, tmp_path: Path) -> None:
    (_, build, checks) = next(c for c in import_fidelity.CONSTRUCTS if c[0] == name)
    doc = Doc()
    doc.title("Child Q")
    build(doc)
    output = import_fidelity.ours(doc.save(tmp_path / "construct.docx"))
    assert checks["md"](output), output


def test_the_import_benchmark_runs_on_a_short_report(tmp_path: Path) -> None:
    docx = tmp_path / "report.docx"
    made = import_benchmark.make_report(docx, pages=3)
    assert made["words"] >= 3 * import_benchmark.WORDS_PER_PAGE and made["footnotes"] > 0
    (seconds,) = import_benchmark.time_import(docx, runs=1)
    assert seconds > 0

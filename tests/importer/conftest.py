"""Run ``review-library import`` on a generated document and collect what it did."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from review_library.cli import main
from tests.importer.docgen import Doc

ROOT = Path(__file__).resolve().parents[2]
TAXONOMY = ROOT / "site_src" / "taxonomy.yml"


@dataclass
class Imported:
    code: int
    out: str
    err: str
    reviews: Path

    @property
    def files(self) -> list[Path]:
        """Every file the import left in the reviews folder (hidden ones too)."""
        if not self.reviews.exists():
            return []
        return sorted(p for p in self.reviews.rglob("*") if p.is_file())

    @property
    def source(self) -> str:
        (markdown,) = [p for p in self.files if p.suffix == ".md"]
        return markdown.read_text(encoding="utf-8")

    @property
    def body(self) -> str:
        """The report text after the front matter."""
        return self.source.split("\n---\n", 1)[1]

    def everything(self) -> str:
        """Output and every written file's bytes, for proving something is in none of them."""
        parts = [self.out, self.err]
        parts.extend(p.read_bytes().decode("latin-1") for p in self.files)
        return "\n".join(parts)


@pytest.fixture
def run_import(tmp_path: Path, capsys):
    """``run_import(doc, *args)`` saves ``doc`` and imports it into tmp_path/reviews."""

    def run(doc: Doc | Path, *args: str, review_id: str | None = "child-q") -> Imported:
        path = doc if isinstance(doc, Path) else doc.save(tmp_path / "report.docx")
        reviews = tmp_path / "reviews"
        argv = ["import", str(path), "--reviews-dir", str(reviews), "--taxonomy", str(TAXONOMY)]
        if review_id is not None:
            argv += ["--id", review_id]
        capsys.readouterr()
        code = main([*argv, *args])
        captured = capsys.readouterr()
        return Imported(code, captured.out, captured.err, reviews)

    return run

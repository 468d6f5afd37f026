"""An imported report builds into a review page: footnotes, tables and pictures render."""

from __future__ import annotations

from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from review_library.cli import main
from tests.importer.docgen import Doc, png_with_metadata, run

ROOT = Path(__file__).resolve().parents[2]


def test_imported_report_renders_with_the_project_markdown_extensions(site, capsys) -> None:
    doc = Doc()
    doc.title("Child A: missed appointments")
    doc.heading("Findings", 1)
    doc.raw(f"<w:p>{run('Appointments were missed')}{doc.footnote('Health records.')}</w:p>")
    table = doc.document.add_table(rows=2, cols=2)
    for (r, c), value in {(0, 0): "Date", (0, 1): "Event", (1, 0): "May", (1, 1): "Visit"}.items():
        table.cell(r, c).text = value
    doc.picture(png_with_metadata(), "Contacts by month")
    docx_path = doc.save(site.root / "report.docx")
    assert (
        main(
            [
                "import",
                str(docx_path),
                "--id",
                "testshire-2024-child-a",
                "--reviews-dir",
                str(site.root / "reviews"),
                "--taxonomy",
                str(site.root / "site_src" / "taxonomy.yml"),
            ]
        )
        == 0
    )
    imported = site.root / "reviews" / "testshire-2024-child-a.md"
    body = imported.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    imported.unlink()
    site.add_review(body=body)  # the same report with complete, published front matter
    project = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    site.mkdocs_extra["markdown_extensions"] = project["markdown_extensions"]
    out = site.build()

    html = (out / "reviews" / "testshire-2024-child-a" / "index.html").read_text(encoding="utf-8")
    page = BeautifulSoup(html, "html.parser")
    note = page.select_one("div.footnote li")
    assert note is not None and "Health records." in note.get_text()
    assert page.select_one("sup a.footnote-ref") is not None
    rows = [[td.get_text() for td in tr.select("td")] for tr in page.select("table tr")]
    assert ["May", "Visit"] in rows
    image = page.find("img", alt="Contacts by month")
    assert image is not None
    published = (out / "reviews" / "testshire-2024-child-a" / image["src"]).resolve()
    assert (
        published.read_bytes()
        == (site.root / "reviews" / "testshire-2024-child-a" / "figure-1.png").read_bytes()
    )

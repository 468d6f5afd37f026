"""Write a fictional Word report to try `review-library import` on.

    .venv/bin/python -m tests.importer.sample sample.docx

It has what real reports have: numbered chapters and paragraphs, bullets, a chronology with
merged cells, footnotes, a chart picture with alt text, a text box and a page header. Every
name in it is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.importer.docgen import Doc, numbered, para, png_with_metadata, run, text_box


def make_sample(path: Path) -> Path:
    doc = Doc()
    doc.title("Child W: a baby not brought to appointments")
    chapters = doc.multilevel_numbering(["%1", "%1.%2"])
    bullets = doc.bullet_numbering()
    doc.raw(para("Introduction", style="Heading1", ppr=numbered(chapters, 0)))
    doc.raw(
        f"<w:p><w:pPr>{numbered(chapters, 1)}</w:pPr>"
        + run("This review was commissioned by the partnership after Child W, aged 9 months, ")
        + run("was admitted to hospital", "<w:b/>")
        + run(" with injuries.")
        + doc.footnote("Working Together to Safeguard Children, 2023, chapter 5.")
        + "</w:p>"
    )
    doc.raw(para("The agencies involved were:", ppr=numbered(chapters, 1)))
    for agency in ("health visiting", "the GP practice", "children's social care"):
        doc.raw(para(agency, ppr=numbered(bullets, 0)))
    doc.raw(para("Key practice episodes", style="Heading1", ppr=numbered(chapters, 0)))
    doc.raw(para("Chronology", style="Heading2"))
    table = doc.document.add_table(rows=4, cols=3)
    for c, value in enumerate(("When", "Agency", "What happened")):
        table.cell(0, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Spring 2023"
    table.cell(1, 1).text = "Health visiting"
    table.cell(1, 2).text = "Two contacts were missed."
    table.cell(2, 1).text = "GP"
    table.cell(2, 2).text = "The six-week check did not take place."
    table.cell(3, 0).text = "Summer 2023"
    table.cell(3, 1).merge(table.cell(3, 2)).text = "Strategy discussion with all agencies."
    doc.picture(png_with_metadata(), "Contacts offered and attended by month, 2023")
    doc.raw(
        para(
            "Practitioners saw each missed appointment on its own. ",
            text_box("Learning: a baby who is not brought is a child at risk."),
        )
    )
    doc.document.sections[0].header.paragraphs[0].text = "Draft for the partnership"
    return doc.save(path)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m tests.importer.sample OUTPUT.docx")
    print(f"wrote {make_sample(Path(sys.argv[1]))}")

"""Fidelity of the candidate .docx converters on the importer's constructs (issue 17).

    .venv/bin/python tests/benchmarks/import_fidelity.py

Generates one small document per construct (tests/importer/docgen.py), converts each with
every candidate that is installed (ours: python-docx + our walker; mammoth; docx2python;
pandoc from Debian) and checks the output for what Word shows. Candidates that are not
installed are skipped: mammoth and docx2python are not dependencies of the project, install
them into .venv to rerun the comparison (``.venv/bin/pip install mammoth docx2python``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "plugins"))

from tests.importer.docgen import (  # noqa: E402
    SECRET_NAME,
    Doc,
    complex_field,
    numbered,
    para,
    png_with_metadata,
    run,
    text_box,
)


def _headings(doc: Doc) -> None:
    doc.heading("Background", 2)
    doc.heading("Early years", 3)


def _numbers(doc: Doc) -> None:
    chapters = doc.multilevel_numbering(["%1", "%1.%2"], start=4)
    doc.raw(para("Analysis", style="Heading1", ppr=numbered(chapters, 0)))
    for index in range(1, 13):
        doc.raw(para(f"Finding {index}.", ppr=numbered(chapters, 1)))


def _bullets(doc: Doc) -> None:
    bullets = doc.bullet_numbering()
    doc.raw(para("Health visiting", ppr=numbered(bullets, 0)))
    doc.raw(para("Universal service", ppr=numbered(bullets, 1)))


def _ordered(doc: Doc) -> None:
    for step in ("Refer", "Assess"):
        doc.para(step, style="List Number")


def _emphasis(doc: Doc) -> None:
    doc.raw(para(run("Boldword", "<w:b/>"), " and ", run("Italicword", "<w:i/>")))


def _links(doc: Doc) -> None:
    doc.raw(para("Read ", doc.hyperlink("https://example.org/guidance", "the guidance")))
    doc.raw(para(complex_field('HYPERLINK "https://example.org/field"', "field link")))


def _notes(doc: Doc) -> None:
    doc.raw(
        f"<w:p>{run('Policy')}{doc.footnote('Footnote words.')}{doc.endnote('Endnote words.')}</w:p>"
    )


def _merged(doc: Doc) -> None:
    table = doc.document.add_table(rows=3, cols=3)
    for c, value in enumerate(("Date", "Agency", "Event")):
        table.cell(0, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Spring"
    table.cell(1, 1).text = "GP"
    table.cell(1, 2).text = "Visit"
    table.cell(2, 1).merge(table.cell(2, 2)).text = "Strategy meeting"


def _image(doc: Doc) -> None:
    doc.picture(png_with_metadata(), "Contacts by month")


def _text_box(doc: Doc) -> None:
    doc.raw(para("Before ", text_box("Boxed words")))


def _deleted(doc: Doc) -> None:
    doc.raw(
        f'<w:p>{run("Lived with ")}<w:del w:id="1" w:author="E"><w:r><w:delText>{SECRET_NAME}'
        "</w:delText></w:r></w:del></w:p>"
    )


def _hidden(doc: Doc) -> None:
    doc.raw(para("Shown ", run(SECRET_NAME, "<w:vanish/>")))


def _field(doc: Doc) -> None:
    doc.raw(para("Entry", complex_field(f'XE "{SECRET_NAME}"')))


def _comment(doc: Doc) -> None:
    paragraph = doc.para("Commented.")
    doc.document.add_comment(paragraph.runs, text=f"ask {SECRET_NAME}", author="R")


def _has(*patterns: str) -> Callable[[str], bool]:
    return lambda out: all(re.search(p, out, re.S) for p in patterns)


def _lacks(text: str) -> Callable[[str], bool]:
    return lambda out: text not in out


SECRET = SECRET_NAME.split()[1]
# (construct, builder, {output kind: check}); "md" is Markdown (ours, pandoc), "html" is
# mammoth's HTML, "text" is docx2python's text with its HTML-like tags.
CONSTRUCTS = [
    (
        "heading levels",
        _headings,
        {
            "md": _has(r"^#+ Background", r"\n#+ Early years"),
            "html": _has(r"<h\d>Background</h\d><h\d>Early years"),
            "text": _has(r"<h\d>Background</h\d>", r"<h\d>Early years</h\d>"),
        },
    ),
    (
        "paragraph numbers 4.12",
        _numbers,
        {"md": _has(r"4\.12\b"), "html": _has(r"4\.12\b"), "text": _has(r"4\.12\b")},
    ),
    (
        "nested bullets",
        _bullets,
        {
            "md": _has(r"^[-*]\s+Health visiting\n\s{2,}[-*]\s+Universal"),
            "html": _has(r"<ul><li>Health visiting<ul><li>Universal"),
            "text": _has(r"Health visiting", r"\t\S*\s*Universal"),
        },
    ),
    (
        "ordered list",
        _ordered,
        {
            "md": _has(r"1\.\s+Refer\s+2\.\s+Assess"),
            "html": _has(r"<ol><li>Refer</li><li>Assess"),
            "text": _has(r"1\)\s*Refer", r"2\)\s*Assess"),
        },
    ),
    (
        "bold and italic",
        _emphasis,
        {
            "md": _has(r"\*\*Boldword\*\*", r"(?<!\*)\*Italicword\*"),
            "html": _has(r"<strong>Boldword</strong>", r"<em>Italicword</em>"),
            "text": _has(r"<b>Boldword</b>", r"<i>Italicword</i>"),
        },
    ),
    (
        "hyperlinks (relationship and field)",
        _links,
        {
            "md": _has(r"\(https://example.org/guidance\)", r"\(https://example.org/field\)"),
            "html": _has(
                r'href="https://example.org/guidance"', r'href="https://example.org/field"'
            ),
            "text": _has(
                r'href="https://example.org/guidance"', r'href="https://example.org/field"'
            ),
        },
    ),
    (
        "footnotes and endnotes",
        _notes,
        {
            "md": _has(r"\[\^1\]", r"\[\^1\]: Footnote words", r"\[\^2\]: Endnote words"),
            "html": _has(r"Footnote words", r"Endnote words", r'href="#'),
            "text": _has(r"Footnote words", r"Endnote words"),
        },
    ),
    (
        "table with merged cells",
        _merged,
        {
            "md": _has(
                r"\|\s*Spring\s*\|\s*GP\s*\|\s*Visit\s*\|", r"\|\s*\|\s*Strategy meeting\s*\|\s*\|"
            ),
            "html": _has(r'rowspan="2">.*Spring', r'colspan="2">.*Strategy meeting'),
            "text": _has(r"Spring", r"Strategy meeting"),
        },
    ),
    (
        "picture with alt text",
        _image,
        {
            # pandoc's gfm writes a sized picture as an HTML <img>: the alt text is kept there.
            "md": lambda out: bool(
                re.search(r"!\[Contacts by month\]\(|alt=\"Contacts by month\"", out)
            ),
            "html": _has(r'<img alt="Contacts by month"'),
            "text": _has(r"image\d*\.png"),
        },
    ),
    ("text box: reported, not dropped silently", _text_box, {}),
    ("tracked deletion kept out", _deleted, {k: _lacks(SECRET) for k in ("md", "html", "text")}),
    ("hidden text kept out", _hidden, {k: _lacks(SECRET) for k in ("md", "html", "text")}),
    ("field instructions kept out", _field, {k: _lacks(SECRET) for k in ("md", "html", "text")}),
    ("comments kept out", _comment, {k: _lacks(SECRET) for k in ("md", "html", "text")}),
]


def ours(path: Path) -> str:
    from review_library.importer.convert import convert
    from review_library.importer.package import open_package
    from review_library.importer.styles import Styles

    package = open_package(path)
    return convert(package, Styles(package.styles), "x").body


def mammoth_html(path: Path) -> str:
    import mammoth

    with path.open("rb") as handle:
        return mammoth.convert_to_html(handle).value


def docx2python_text(path: Path) -> str:
    from docx2python import docx2python

    with docx2python(str(path), html=True) as result:
        parts = [result.text, result.footnotes and str(result.footnotes), str(result.endnotes)]
        return "\n".join(str(p) for p in parts)


def pandoc_md(path: Path) -> str:
    done = subprocess.run(
        ["pandoc", "-f", "docx", "-t", "gfm", "--wrap=none", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def candidates() -> list[tuple[str, str, Callable[[Path], str]]]:
    out = [("ours (python-docx + walker)", "md", ours)]
    try:
        import mammoth  # noqa: F401

        out.append(("mammoth", "html", mammoth_html))
    except ImportError:
        pass
    try:
        import docx2python  # noqa: F401

        out.append(("docx2python", "text", docx2python_text))
    except ImportError:
        pass
    if shutil.which("pandoc"):
        out.append(("pandoc", "md", pandoc_md))
    return out


def main() -> int:
    tools = candidates()
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for name, build, checks in CONSTRUCTS:
            doc = Doc()
            doc.title("Child Q")
            build(doc)
            path = doc.save(Path(work) / f"{len(rows)}.docx")
            row = [name]
            for _tool, kind, convert in tools:
                try:
                    output = convert(path)
                except Exception as error:  # a candidate failing is a result too
                    row.append(f"error ({type(error).__name__})")
                    continue
                if not checks:  # text box: only ours lists it; others drop it or inline it
                    row.append(
                        "listed"
                        if _tool.startswith("ours")
                        else ("inlined" if "Boxed" in output else "dropped silently")
                    )
                    continue
                row.append("yes" if checks[kind](output) else "no")
            rows.append(row)
    header = ["construct", *(t[0] for t in tools)]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(" --- " for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    totals = ["**kept**"]
    for index in range(1, len(header)):
        totals.append(f"{sum(1 for r in rows if r[index] in ('yes', 'listed'))}/{len(rows)}")
    print("| " + " | ".join(totals) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

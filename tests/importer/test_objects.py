"""Pictures (metadata stripped, alt text kept) and what Markdown cannot hold (listed)."""

from __future__ import annotations

import io

from PIL import Image

from review_library.redaction.assets import check_asset
from review_library.redaction.config import RedactionConfig
from tests.importer.docgen import (
    CHART,
    EQUATION,
    OLE_OBJECT,
    PROPERTY_NAME,
    SECRET_SURNAME,
    SMARTART,
    Doc,
    drawing,
    jpeg_with_exif,
    para,
    png_with_metadata,
    text_box,
    vml_text_box,
)


def _doc() -> Doc:
    doc = Doc()
    doc.title("Child Q")
    return doc


def test_pictures_are_written_without_metadata_and_linked_with_alt_text(run_import) -> None:
    doc = _doc()
    doc.para("Before.")
    doc.picture(png_with_metadata(), "Timeline of contacts, 2022 to 2023")
    doc.picture(jpeg_with_exif(), "Agency contacts by month")
    result = run_import(doc)
    assert result.code == 0, result.err
    assert result.body == (
        "Before.\n\n![Timeline of contacts, 2022 to 2023](child-q/figure-1.png)\n\n"
        "![Agency contacts by month](child-q/figure-2.jpg)\n"
    )
    png = result.reviews / "child-q" / "figure-1.png"
    jpeg = result.reviews / "child-q" / "figure-2.jpg"
    with Image.open(png) as image:
        assert image.info == {} and not image.getexif()
        assert image.size == (40, 30)
        # Pixels kept exactly: PNG re-encoding is lossless.
        original = Image.open(io.BytesIO(png_with_metadata())).convert("RGB")
        assert image.convert("RGB").tobytes() == original.tobytes()
    with Image.open(jpeg) as image:
        assert not image.getexif() and "exif" not in image.info
        assert image.size == (32, 64)  # EXIF orientation applied before it was removed
    for file in (png, jpeg):
        data = file.read_bytes()
        assert PROPERTY_NAME.encode() not in data and SECRET_SURNAME.encode() not in data
        assert check_asset(file, file.name, config=RedactionConfig.default()).findings == []
    assert "check" in result.out and "0 error(s)" in result.out


def test_a_picture_used_twice_is_written_once(run_import) -> None:
    doc = _doc()
    doc.picture(png_with_metadata(), "Chart")
    doc.picture(png_with_metadata(), "Chart again")
    result = run_import(doc)
    assert [p.name for p in result.files if p.suffix != ".md"] == ["figure-1.png"]


def test_a_picture_without_alt_text_is_linked_and_reported(run_import) -> None:
    doc = _doc()
    doc.picture(png_with_metadata(), None)
    result = run_import(doc)
    assert result.body == "![](child-q/figure-1.png)\n"
    assert "picture figure-1.png has no alt text" in result.out


def test_a_picture_that_cannot_be_read_is_reported(run_import) -> None:
    doc = _doc()
    doc.picture(png_with_metadata(), "Chart")
    # Replace the picture's bytes by something that is not an image (as an EMF would be).
    for rel in doc.document.part.rels.values():
        if rel.reltype.endswith("/image"):
            rel.target_part._blob = b"\x01\x00\x00\x00not an image"
    result = run_import(doc)
    assert result.code == 0, result.err
    assert result.body == ""
    assert "picture not imported: a vector or unknown picture format" in result.out


def test_text_boxes_are_listed_not_imported(run_import) -> None:
    doc = _doc()
    doc.raw(para("Before ", text_box("Boxed quotation")))
    doc.raw(para("Old box ", vml_text_box("Second box")))
    result = run_import(doc)
    assert result.body == "Before\n\nOld box\n"
    assert result.out.count("text box: its text and pictures were not imported") == 2
    assert (
        "text box: its text and pictures were not imported; copy them into the body if they must be published, paragraph 2"
        in result.out
    )
    assert "Boxed" not in result.out


def test_charts_smartart_objects_and_equations_are_listed(run_import) -> None:
    doc = _doc()
    doc.raw(para("Chart: ", drawing(CHART)))
    doc.raw(para("Diagram: ", drawing(SMARTART)))
    doc.raw(para("Object: ", OLE_OBJECT))
    doc.raw(f"<w:p>{EQUATION}</w:p>")
    result = run_import(doc)
    assert result.code == 0, result.err
    assert result.body == "Chart:\n\nDiagram:\n\nObject:\n"
    for line in (
        "  chart, paragraph 2",
        "  SmartArt diagram, paragraph 3",
        "  embedded object (OLE), paragraph 4",
        "  equation, paragraph 5",
    ):
        assert line in result.out


def test_headers_and_footers_are_listed_not_imported(run_import) -> None:
    doc = _doc()
    doc.para("Body.")
    doc.document.sections[0].header.paragraphs[0].text = "Official sensitive"
    doc.document.sections[0].footer.paragraphs[0].text = "Page footer"
    result = run_import(doc)
    assert result.body == "Body.\n"
    assert "headers (1): not imported" in result.out
    assert "footers (1): not imported" in result.out
    assert "Official" not in result.out

"""Rule asset-metadata: images with EXIF/PNG/XMP metadata and PDFs with document info, made
in temporary folders with Pillow and pypdf. All names and places are fictional."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin
from pypdf import PdfWriter

from review_library.frontmatter import SourceError
from review_library.redaction.assets import (
    check_asset,
    check_assets,
    find_targets,
    image_metadata,
    pdf_metadata,
    referenced_assets,
)
from review_library.redaction.config import RedactionConfig
from review_library.redaction.register import Register

NAME = "Kayden Morris"
CONFIG = RedactionConfig.default()

XMP = """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Larchford">
<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>"""


def jpeg(path: Path, **tags) -> Path:
    """A tiny JPEG; tags: artist, xp_author, description, user_comment, gps."""
    exif = Image.Exif()
    if "artist" in tags:
        exif[0x013B] = tags["artist"]
    if "xp_author" in tags:
        exif[0x9C9D] = tags["xp_author"].encode("utf-16-le") + b"\0\0"
    if "description" in tags:
        exif[0x010E] = tags["description"]
    if "user_comment" in tags:
        exif.get_ifd(0x8769)[0x9286] = b"ASCII\0\0\0" + tags["user_comment"].encode()
    if tags.get("gps"):
        exif[0x8825] = {1: "N", 2: (53.0, 48.0, 10.0), 3: "W", 4: (1.0, 32.0, 5.0)}
    Image.new("RGB", (8, 8), "white").save(path, exif=exif)
    return path


def pdf(path: Path, info: dict[str, str] | None = None, xmp: str | None = None) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(72, 72)
    if info:
        writer.add_metadata(info)
    if xmp:
        writer.xmp_metadata = xmp.encode()
    with path.open("wb") as out:
        writer.write(out)
    return path


def rules_and_excerpts(report):
    return [(f.rule, f.excerpt) for f in report.findings]


def assert_masked(report):
    for finding in report.findings:
        text = f"{finding.message} {finding.excerpt}"
        assert "Kayden" not in text and "Morris" not in text and "Larch" not in text


def test_exif_author_fields_and_gps_are_reported(tmp_path):
    image = jpeg(tmp_path / "photo.jpg", artist=NAME, xp_author="Zeb Morris", gps=True)
    report = check_asset(image, "reviews/photo.jpg", config=CONFIG)
    assert report.files_checked == 1
    assert rules_and_excerpts(report) == [
        ("asset-metadata", "EXIF Artist: K***** M*****"),
        ("asset-metadata", "EXIF XPAuthor: Z** M*****"),
        ("asset-metadata", "EXIF GPSInfo"),
    ]
    finding = report.findings[0]
    assert finding.file == "reviews/photo.jpg"
    assert (finding.line, finding.column, finding.severity) == (0, 0, "error")
    assert "names a person" in finding.message and "exiftool" in finding.message
    assert "locate a home" in report.findings[2].message
    assert_masked(report)


def test_exif_free_text_is_run_through_the_text_rules(tmp_path):
    image = jpeg(
        tmp_path / "room.jpg",
        description="Bedroom, 14 Larch Close, NX1 4QT",
        user_comment="Photo for the chronology",
    )
    report = check_asset(image, "room.jpg", config=CONFIG)
    rules = {f.message.split("(")[1].split(":")[0] for f in report.findings}
    assert {"uk-postcode", "street-address"} <= rules
    assert all(f.excerpt.startswith("EXIF ImageDescription: ") for f in report.findings)
    assert_masked(report)


def test_register_matches_in_metadata_text(tmp_path):
    image = jpeg(tmp_path / "a.jpg", user_comment="Zeb at the park")
    register = Register.from_identifiers(["Zeb"])
    report = check_asset(image, "a.jpg", config=CONFIG, register=register)
    assert [f.excerpt for f in report.findings] == ["EXIF UserComment: Z**"]
    assert "identifier-register" in report.findings[0].message


def test_clean_image_and_harmless_text_have_no_findings(tmp_path):
    plain = tmp_path / "chart.png"
    Image.new("RGB", (4, 4)).save(plain)
    described = jpeg(tmp_path / "d.jpg", description="Timeline of agency contact, 2021 to 2023")
    for image in (plain, described):
        assert check_asset(image, image.name, config=CONFIG).findings == []


def test_png_text_chunks(tmp_path):
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", NAME)
    info.add_text("Title", "Genogram")
    info.add_itxt("XML:com.adobe.xmp", XMP.format(creator="Zeb Morris"))
    image = tmp_path / "genogram.png"
    Image.new("RGB", (4, 4)).save(image, pnginfo=info)
    fields = {(f.name, f.kind) for f in image_metadata(image, "genogram.png")}
    assert ("image Author", "person") in fields
    assert ("XMP dc:creator", "person") in fields
    assert ("XMP photoshop:City", "location") in fields
    report = check_asset(image, "genogram.png", config=CONFIG)
    assert "image Author: K***** M*****" in [f.excerpt for f in report.findings]
    assert_masked(report)


def test_pdf_document_info_and_xmp(tmp_path):
    document = pdf(
        tmp_path / "briefing.pdf",
        {
            "/Author": NAME,
            "/Title": "Chronology, 14 Larch Close NX1 4QT",
            "/Creator": "Microsoft Word",
            "/Subject": "Seven-minute briefing",
        },
        xmp=XMP.format(creator="Zeb Morris"),
    )
    report = check_asset(document, "reviews/briefing.pdf", config=CONFIG)
    excerpts = [f.excerpt for f in report.findings]
    assert "PDF Author: K***** M*****" in excerpts
    assert "XMP dc:creator: Z** M*****" in excerpts
    assert "XMP photoshop:City: L********" in excerpts
    assert any(e.startswith("PDF Title: ") for e in excerpts)
    # The software that made the file and a plain subject are not identifiers.
    assert not any(e.startswith(("PDF Creator", "PDF Subject")) for e in excerpts)
    assert_masked(report)


def test_clean_pdf(tmp_path):
    document = pdf(tmp_path / "r.pdf", {"/Title": "Learning review: Child Q", "/Creator": "Writer"})
    assert check_asset(document, "r.pdf", config=CONFIG).findings == []
    assert pdf_metadata(document, "r.pdf")[0].name == "PDF Title"


def test_severity_and_off_come_from_the_config(tmp_path):
    image = jpeg(tmp_path / "p.jpg", artist=NAME)
    warn = RedactionConfig.from_dict({"asset-metadata": "warning"})
    assert [f.severity for f in check_asset(image, "p.jpg", config=warn).findings] == ["warning"]
    off = RedactionConfig.from_dict({"asset-metadata": "off"})
    report = check_asset(image, "p.jpg", config=off)
    assert report.findings == [] and report.files_checked == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.png", b"not an image at all", "cannot read this image"),
        ("broken.pdf", b"%PDF-1.4\n%garbage", "cannot read this PDF"),
        ("empty.jpg", b"", "cannot read this image"),
    ],
)
def test_unreadable_assets_raise_source_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceError, match=message) as caught:
        check_asset(path, f"reviews/{name}", config=CONFIG)
    assert caught.value.path == f"reviews/{name}"


def test_encrypted_pdf_cannot_be_checked(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(72, 72)
    writer.add_metadata({"/Author": NAME})
    writer.encrypt(user_password="secret", owner_password="owner")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as out:
        writer.write(out)
    with pytest.raises(SourceError, match="encrypted"):
        check_asset(path, "locked.pdf", config=CONFIG)


def test_find_targets_walks_folders_and_follows_links(tmp_path):
    reviews = tmp_path / "reviews"
    (reviews / "img").mkdir(parents=True)
    (reviews / ".hidden").mkdir()
    (reviews / "a.md").write_text("![chart](img/chart.png) [pdf](<../shared/brief.pdf>)")
    (reviews / "b.markdown").write_text("text")
    (reviews / "notes.txt").write_text("plain text attachments are checked too")
    (reviews / ".draft.md").write_text("hidden")
    (reviews / ".hidden" / "x.md").write_text("hidden")
    Image.new("RGB", (2, 2)).save(reviews / "img" / "chart.png")
    Image.new("RGB", (2, 2)).save(reviews / "img" / "Photo.JPG")
    (tmp_path / "shared").mkdir()
    pdf(tmp_path / "shared" / "brief.pdf")
    targets = find_targets([reviews, reviews / "a.md", reviews / "img" / "chart.png"])
    assert [p.name for p in targets.markdown] == ["a.md", "b.markdown"]
    assert sorted(p.name for p in targets.assets) == [
        "Photo.JPG",
        "brief.pdf",
        "chart.png",
        "notes.txt",
    ]


def test_find_targets_for_single_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("img.png").write_bytes(b"")
    Path("r.md").write_text(
        '<img src="img.png" alt=""> ![x](https://example.org/a.png) ![y](missing.png)'
    )
    Path("notes.log").write_text("explicit files are checked whatever their suffix")
    targets = find_targets([Path("r.md"), Path("notes.log")])
    assert targets.markdown == [Path("notes.log"), Path("r.md")]
    assert targets.assets == [Path("img.png")]
    assert referenced_assets(Path("nonexistent.md")) == []


def test_find_targets_missing_path():
    class Missing(Exception):
        pass

    with pytest.raises(Missing, match="no such file or folder: nowhere"):
        find_targets([Path("nowhere")], on_missing=Missing)


def test_check_assets_shows_paths_relative_to_root(tmp_path):
    jpeg(tmp_path / "p.jpg", artist=NAME)
    report = check_assets([tmp_path / "p.jpg"], root=tmp_path, config=CONFIG)
    assert [f.file for f in report.findings] == ["p.jpg"]


def test_decompression_bomb_is_refused_cleanly(tmp_path, monkeypatch):
    image = tmp_path / "huge.png"
    Image.new("1", (100, 100)).save(image)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(SourceError, match="too large to open safely"):
        check_asset(image, "huge.png", config=CONFIG)


SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg"
     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
     sodipodi:docname="{docname}" width="100" height="40">
  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/">
    <rdf:Description><dc:creator>{creator}</dc:creator></rdf:Description></rdf:RDF></metadata>
  <style>.label {{ font: 10px sans-serif; fill: #1f4e79 }}</style>
  <title>Genogram of Child Z</title>
  <text class="label" x="1" y="10">Mother</text>
  <text class="label" x="1" y="30">{label}</text>
</svg>
"""


def test_svg_metadata_and_visible_text(tmp_path):
    svg = tmp_path / "genogram.svg"
    svg.write_text(
        SVG.format(docname="Kayden genogram.svg", creator=NAME, label="Lived at NX1 4QT")
    )
    register = Register.from_identifiers(["Kayden"])
    report = check_asset(svg, "reviews/x/genogram.svg", config=CONFIG, register=register)
    found = {(f.rule, f.line, f.excerpt) for f in report.findings}
    assert ("asset-metadata", 0, "XMP dc:creator: K***** M*****") in found
    assert ("asset-metadata", 0, "SVG sodipodi:docname: K*****") in found
    # Visible text keeps its own rule and the SVG's line and column.
    (postcode,) = [f for f in report.findings if f.rule == "uk-postcode"]
    lines = svg.read_text().splitlines()
    assert lines[postcode.line - 1].index("NX1 4QT") == postcode.column - 1
    assert postcode.message.startswith("in the SVG's <text> text: ")
    assert_masked(report)
    # Text is content: it is checked even with asset-metadata turned off (the metadata
    # block's text is in the file, so its name is found by the name rule then).
    off = RedactionConfig.from_dict({"asset-metadata": "off"})
    rules = sorted(f.rule for f in check_asset(svg, "g.svg", config=off).findings)
    assert rules == ["person-name", "uk-postcode"]


def test_clean_svg_chart(tmp_path):
    svg = tmp_path / "timeline.svg"
    svg.write_text(SVG.format(docname="timeline.svg", creator="", label="Contacts by month"))
    assert check_asset(svg, "timeline.svg", config=CONFIG).findings == []


def test_svg_that_is_not_utf8(tmp_path):
    svg = tmp_path / "bad.svg"
    svg.write_bytes(b"<svg>\xff\xfe</svg>")
    with pytest.raises(SourceError, match="not valid UTF-8"):
        check_asset(svg, "bad.svg", config=CONFIG)

"""Attachments: every path from a review's folder to the site, in real builds.

Each test plants one fictional identifier in one place, builds a real site, and greps every
output file for it (binary metadata, compressed streams and UTF-16 included).
"""

from __future__ import annotations

import io
import logging

import pytest
from PIL import Image, IptcImagePlugin, PngImagePlugin

from review_library.attachments import strip_metadata
from tests.helpers import BASE_BODY, build_failure
from tests.tools.leakgrep import leaks
from tests.tools.pdfmake import make_pdf

NAME = "Zebedee Quennell"
REVIEW = "testshire-2024-child-a"
XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>{}</rdf:li>'
    "</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
)


def with_register(site) -> None:
    site.write("private/ids.yml", f"identifiers: ['{NAME}']\n")
    site.plugin_options["checks"] = {"identifiers": "private/ids.yml"}


def add(site, files: dict[str, bytes | str], links: list[str] | None = None) -> None:
    """A published review linking ``links`` (default: every file) in its folder."""
    for name, content in files.items():
        site.write(f"reviews/{REVIEW}/{name}", content)
    linked = list(files) if links is None else links
    body = (
        BASE_BODY
        + "\n"
        + "\n".join(f"[Attachment {i}]({REVIEW}/{n})" for i, n in enumerate(linked))
        + "\n"
    )
    site.add_review(body=body)


def png_bytes(**text: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    for key, value in text.items():
        info.add_text(key, value)
    out = io.BytesIO()
    Image.new("RGB", (6, 4), (200, 30, 30)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def jpeg_bytes(
    *,
    description: str | None = None,
    gps: bool = False,
    artist: str | None = None,
    xmp: str | None = None,
) -> bytes:
    exif = Image.Exif()
    if description:
        exif[0x010E] = description
    if artist:
        exif[0x013B] = artist
    if gps:
        exif[0x8825] = {1: "N", 2: (53.0, 48.0, 10.0), 3: "W", 4: (1.0, 32.0, 5.0)}
    image = Image.new("RGB", (16, 16))
    image.putdata([(x * 16 % 256, x % 256, 90) for x in range(256)])
    out = io.BytesIO()
    options = {"exif": exif, "comment": b"scanned by the reviewer"}
    if xmp:
        options["xmp"] = xmp.encode()
    image.save(out, "JPEG", quality=90, **options)
    return out.getvalue()


def with_iptc(jpeg: bytes, **datasets: str) -> bytes:
    """``jpeg`` with an IPTC block (Photoshop APP13, resource 0x0404) written by hand:
    record 2 datasets by name (by_line 80, city 90, caption 120, keywords 25)."""
    numbers = {"by_line": 80, "city": 90, "caption": 120, "keywords": 25}
    iim = b"".join(
        b"\x1c\x02"
        + bytes([numbers[key]])
        + len(value.encode()).to_bytes(2, "big")
        + value.encode()
        for key, value in datasets.items()
    )
    resource = (
        b"8BIM\x04\x04\x00\x00" + len(iim).to_bytes(4, "big") + iim + b"\x00" * (len(iim) % 2)
    )
    payload = b"Photoshop 3.0\x00" + resource
    return jpeg[:2] + b"\xff\xed" + (len(payload) + 2).to_bytes(2, "big") + payload + jpeg[2:]


SPLIT_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">
  <title>Agency contacts</title>
  <text x="1" y="20"><tspan>Zebe</tspan><tspan font-weight="bold">dee Quen</tspan>nell</text>
</svg>
"""


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"chart.svg": SPLIT_SVG}, "chart.svg"),
        ({"ids.svg": f'<svg xmlns="http://www.w3.org/2000/svg"><g id="{NAME}"/></svg>'}, "ids.svg"),
        (
            {
                "label.svg": '<svg xmlns="http://www.w3.org/2000/svg" '
                'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape">'
                f'<g inkscape:label="{NAME} bedroom"/></svg>'
            },
            "label.svg",
        ),
        ({"report.pdf": make_pdf(f"Interview with {NAME}")}, "page 1 text"),
        ({"notes.pdf": make_pdf("Chart", annotation=f"check with {NAME}")}, "annotation"),
        ({"data.csv": f"month,contacts\nMarch,{NAME}\n"}, "data.csv"),
        ({"notes.txt": f"Visit to {NAME}.\n"}, "notes.txt"),
        ({"photo.png": png_bytes(Comment=f"{NAME} at home")}, "photo.png"),
        ({"photo.jpg": jpeg_bytes(description=f"{NAME} in the garden")}, "photo.jpg"),
        (
            {"photo.jpg": with_iptc(jpeg_bytes(), caption=f"{NAME} at the park")},
            "IPTC Caption/Abstract",
        ),
    ],
    ids=[
        "svg-split",
        "svg-id",
        "svg-label",
        "pdf-text",
        "pdf-annotation",
        "csv",
        "txt",
        "png-text",
        "jpeg-exif",
        "jpeg-iptc-caption",
    ],
)
def test_text_in_a_linked_attachment_stops_the_build(site, caplog, files, expected) -> None:
    with_register(site)
    add(site, files)
    error = build_failure(site, caplog)
    assert expected in error and "identifier-register" in error
    assert NAME.split()[1] not in error
    assert leaks(site.site_dir, NAME) == []


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("gps.jpg", jpeg_bytes(gps=True), "GPS"),
        ("artist.jpg", jpeg_bytes(artist="A. Photographer"), "names a person"),
        ("xmp.jpg", jpeg_bytes(xmp=XMP.format("A. Photographer")), "names a person"),
        ("author.png", png_bytes(Author="A. Photographer"), "names a person"),
        ("byline.jpg", with_iptc(jpeg_bytes(), by_line="A. Photographer"), "IPTC By-line"),
        ("city.jpg", with_iptc(jpeg_bytes(), city="Larchford"), "IPTC City"),
        (
            "commented.pdf",
            make_pdf("Chart", annotation="ok", annotation_author="A. Person"),
            "names a person",
        ),
    ],
)
def test_person_and_location_metadata_are_refused(site, caplog, name, content, expected) -> None:
    add(site, {name: content})
    error = build_failure(site, caplog)
    assert name in error and expected in error and "asset-metadata" in error


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (".notes.txt", "hidden files and folders are never published"),
        (".thumbs/photo.png", "hidden files and folders are never published"),
        ("chronology.docx", "export it to PDF"),
        ("minutes.rtf", "export it to PDF"),
        ("photo.heic", "convert it to PNG or JPEG"),
        ("photo.avif", "convert it to PNG or JPEG"),
        ("bundle.zip", "files of type '.zip' are not published"),
    ],
)
def test_hidden_office_and_unknown_files_are_refused(site, caplog, name, expected) -> None:
    add(site, {name: b"\x00\x01 anything"}, links=[])
    error = build_failure(site, caplog)
    assert name.rsplit("/", 1)[-1] in error and expected in error
    assert "nothing was published" in error
    assert not (site.site_dir / "index.html").exists()


def test_unlinked_attachment_is_left_out_and_listed(site, caplog) -> None:
    add(
        site,
        {"chart.svg": SPLIT_SVG.replace(NAME[:4], "Agen"), "spare.csv": "a,b\n1,2\n"},
        links=["chart.svg"],
    )
    with caplog.at_level(logging.INFO):
        site_dir = site.build()
    assert (site_dir / "reviews" / REVIEW / "chart.svg").is_file()
    assert not (site_dir / "reviews" / REVIEW / "spare.csv").exists()
    assert any("spare.csv" in r.getMessage() and r.levelno == logging.INFO for r in caplog.records)


def test_images_are_published_without_any_metadata(site, caplog) -> None:
    """With asset-metadata a warning, named metadata would be published as it was: the
    published copy carries none of it, and the pixels are unchanged."""
    site.plugin_options["checks"] = {"rules": {"asset-metadata": "warning"}}
    jpeg = with_iptc(
        jpeg_bytes(artist=NAME, gps=True, xmp=XMP.format(NAME)),
        by_line=NAME,
        city="Zebedee Quennell Street",
        caption=f"{NAME} at home",
    )
    png = png_bytes(Author=NAME, Title="chart")
    add(site, {"photo.jpg": jpeg, "chart.png": png})
    site_dir = site.build()
    published = site_dir / "reviews" / REVIEW
    assert leaks(site_dir, NAME) == []
    for name, source in (("photo.jpg", jpeg), ("chart.png", png)):
        with Image.open(published / name) as out, Image.open(io.BytesIO(source)) as original:
            assert not out.getexif() and "Author" not in out.info and "xmp" not in out.info
            assert "photoshop" not in out.info and IptcImagePlugin.getiptcinfo(out) is None
            assert out.tobytes() == original.tobytes()
    assert b"Exif" not in (published / "photo.jpg").read_bytes()


@pytest.mark.parametrize("kind", ["GIF", "WEBP"])
def test_strip_metadata_keeps_pixels_of_other_formats(tmp_path, kind) -> None:
    image = Image.new("RGB", (5, 5))
    image.putdata([(i * 9, 255 - i * 9, 7) for i in range(25)])
    if kind == "GIF":
        image = image.convert("P")
    path = tmp_path / f"x.{kind.lower()}"
    image.save(path, kind, comment=NAME.encode()) if kind == "GIF" else image.save(
        path, kind, lossless=True, xmp=XMP.format(NAME).encode()
    )
    stripped = strip_metadata(path)
    assert NAME.split()[1].encode() not in stripped
    with Image.open(io.BytesIO(stripped)) as out, Image.open(path) as original:
        assert out.convert("RGB").tobytes() == original.convert("RGB").tobytes()


def test_the_iptc_block_written_here_is_what_readers_read() -> None:
    """The hand-written IPTC block is real IPTC: Pillow's reader finds every dataset."""
    jpeg = with_iptc(jpeg_bytes(), by_line="A. Photographer", city="Larchford", caption="Park")
    with Image.open(io.BytesIO(jpeg)) as image:
        info = IptcImagePlugin.getiptcinfo(image)
    assert info == {(2, 80): b"A. Photographer", (2, 90): b"Larchford", (2, 120): b"Park"}

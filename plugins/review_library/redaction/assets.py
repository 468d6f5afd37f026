"""Rule ``asset-metadata``: identifying metadata in the images and PDFs published with reviews.

A photograph's EXIF can carry the photographer's name and the GPS position of the family
home; a PDF exported from a case file keeps its author and title in the document info and
XMP. None of that is visible on the page, all of it is published. Fields that name a person
or a place are always reported; free-text fields (titles, descriptions, comments) are run
through the text rules, so "Timeline - Kayden Morris.docx" in a PDF title is caught while
"Microsoft Word" is not.
"""

from __future__ import annotations

import os
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

from review_library.frontmatter import SourceError, decode_source
from review_library.redaction.findings import Finding, Report, mask
from review_library.redaction.rules import asset_metadata

RULE = asset_metadata.RULE.id
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".webp"})
PDF_SUFFIXES = frozenset({".pdf"})
# SVG is text: charts and genograms carry labels (names!) and editor metadata.
SVG_SUFFIXES = frozenset({".svg"})
ASSET_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES | SVG_SUFFIXES
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})

FIX = (
    "remove the file's metadata before publishing (images: `exiftool -all= FILE`; PDFs: "
    "export again with document properties cleared; SVG: delete the <metadata> block and "
    "editor attributes)"
)

# EXIF tags (base IFD and Exif sub-IFD) and what they hold.
_EXIF_PERSON = {0x013B: "Artist", 0x8298: "Copyright", 0x9C9D: "XPAuthor"}
_EXIF_TEXT = {
    0x010E: "ImageDescription",
    0x9C9B: "XPTitle",
    0x9C9C: "XPComment",
    0x9C9E: "XPKeywords",
    0x9C9F: "XPSubject",
}
_EXIF_SUBIFD_PERSON = {0xA430: "CameraOwnerName"}
_EXIF_SUBIFD_TEXT = {0x9286: "UserComment"}
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825

# PNG text chunks and similar ``Image.info`` keys, matched case-insensitively.
_INFO_PERSON = {"author", "artist", "copyright", "creator"}
_INFO_TEXT = {"title", "description", "comment", "subject", "keywords", "source", "disclaimer"}

_PDF_PERSON = {"/Author": "Author"}
_PDF_TEXT = {
    "/Title": "Title",
    "/Subject": "Subject",
    "/Keywords": "Keywords",
    "/Creator": "Creator",
}

_XMP_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "exif": "http://ns.adobe.com/exif/1.0/",
}
# (element, kind): who made it, where it was made, what it says.
_XMP_FIELDS = (
    ("dc:creator", "person"),
    ("dc:rights", "person"),
    ("photoshop:AuthorsPosition", "person"),
    ("xmp:Author", "person"),
    ("photoshop:City", "location"),
    ("photoshop:State", "location"),
    ("Iptc4xmpCore:Location", "location"),
    ("exif:GPSLatitude", "location"),
    ("dc:title", "text"),
    ("dc:description", "text"),
    ("dc:subject", "text"),
    ("pdf:Keywords", "text"),
    ("photoshop:Headline", "text"),
)

# Editor attributes that keep the original file name or path ("Kayden genogram.svg").
_SVG_NAME_ATTRIBUTES = re.compile(
    r"\b(sodipodi:docname|inkscape:export-filename|xlink:title)\s*=\s*(\"[^\"]*\"|'[^']*')"
)
# Parts of an SVG that are not text a reader sees: tags, style and script bodies, the RDF
# metadata block (read separately as XMP), CDATA markers. Comments keep their text: it is
# published in the file.
_SVG_NOT_TEXT = re.compile(
    r"<(style|script|metadata)\b.*?</\1\s*>|<!--|-->|<!\[CDATA\[|\]\]>|<[^>]*>",
    re.DOTALL | re.IGNORECASE,
)
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)|\b(?:src|href)\s*=\s*[\"']([^\"']+)[\"']")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass(frozen=True)
class MetadataField:
    """One metadata value: ``kind`` is ``person``, ``location``, ``text`` or ``opaque``."""

    name: str
    value: str
    kind: str


@dataclass
class Targets:
    """What ``review-library check`` reads: Markdown files and the assets next to them."""

    markdown: list[Path] = field(default_factory=list)
    assets: list[Path] = field(default_factory=list)


def is_asset(path: Path) -> bool:
    """True for the image and PDF types whose metadata is checked."""
    return path.suffix.lower() in ASSET_SUFFIXES


def find_targets(
    paths: Iterable[Path], on_missing: Callable[[str], Exception] = FileNotFoundError
) -> Targets:
    """Markdown files and assets under ``paths``, sorted, hidden files and folders skipped.

    A folder gives every Markdown file and asset in it (recursively); a Markdown file
    gives itself plus the local images and PDFs it links to; an asset gives itself.
    Any other file is treated as Markdown, so that a mistyped path is checked rather
    than silently skipped. Unreadable folders raise ``on_missing``.
    """
    # Keyed by resolved path: "reviews" and "reviews/a.md" given together, or an image both
    # in the folder and linked as "../reviews/img.png", must be checked (and counted) once.
    markdown: dict[Path, Path] = {}
    assets: dict[Path, Path] = {}
    for path in paths:
        if path.is_dir():

            def fail(error: OSError) -> None:
                raise on_missing(f"cannot read the folder {error.filename} ({error.strerror})")

            for root, dirs, files in os.walk(path, onerror=fail):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    file_path = Path(root) / name
                    suffix = file_path.suffix.lower()
                    if suffix in MARKDOWN_SUFFIXES:
                        markdown.setdefault(_key(file_path), file_path)
                    elif suffix in ASSET_SUFFIXES:
                        assets.setdefault(_key(file_path), file_path)
        elif path.is_file():
            target = assets if is_asset(path) else markdown
            target.setdefault(_key(path), path)
        else:
            raise on_missing(f"no such file or folder: {path}")
    for md_file in list(markdown.values()):
        for asset in referenced_assets(md_file):
            assets.setdefault(_key(asset), asset)
    return Targets(sorted(markdown.values()), sorted(assets.values()))


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def referenced_assets(md_file: Path) -> list[Path]:
    """Local images and PDFs a Markdown file links to (that exist)."""
    try:
        text = decode_source(md_file.read_bytes(), str(md_file))
    except (OSError, SourceError):
        return []  # the Markdown check itself reports the unreadable file
    found: dict[Path, None] = {}
    for match in _LINK_TARGET.finditer(text):
        target = match.group(1) or match.group(2)
        if _SCHEME.match(target) or target.startswith(("/", "#")):
            continue
        target = unquote(target.split("#", 1)[0].split("?", 1)[0])
        candidate = Path(os.path.normpath(md_file.parent / target))
        if is_asset(candidate) and candidate.is_file():
            found[candidate] = None
    return list(found)


def image_metadata(file: Path, shown: str) -> list[MetadataField]:
    """Identifying EXIF, XMP and text-chunk fields of an image. Raises SourceError."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(file) as image:
                exif = image.getexif()
                info = dict(image.info)
    except Image.DecompressionBombError:
        raise SourceError(
            shown, None, "this image is too large to open safely; make it smaller"
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise SourceError(shown, None, f"cannot read this image ({_reason(error)})") from None
    fields: list[MetadataField] = []
    for tag, name in _EXIF_PERSON.items():
        _add(fields, f"EXIF {name}", exif.get(tag), "person")
    for tag, name in _EXIF_TEXT.items():
        _add(fields, f"EXIF {name}", exif.get(tag), "text")
    try:
        sub = exif.get_ifd(_EXIF_IFD)
    except (KeyError, ValueError, TypeError):
        sub = {}
    for tag, name in _EXIF_SUBIFD_PERSON.items():
        _add(fields, f"EXIF {name}", sub.get(tag), "person")
    for tag, name in _EXIF_SUBIFD_TEXT.items():
        _add(fields, f"EXIF {name}", sub.get(tag), "text")
    try:
        gps = exif.get_ifd(_GPS_IFD)
    except (KeyError, ValueError, TypeError):
        gps = {}
    # Any position at all is enough: coordinates of a photo of a child's room locate the home.
    if gps and any(tag in gps for tag in (1, 2, 3, 4)):
        fields.append(MetadataField("EXIF GPSInfo", "position", "location"))
    for key, value in info.items():
        lowered = str(key).lower()
        if lowered in _INFO_PERSON:
            _add(fields, f"image {key}", value, "person")
        elif lowered in _INFO_TEXT:
            _add(fields, f"image {key}", value, "text")
        elif lowered in {"xmp", "xml:com.adobe.xmp"}:
            fields.extend(_xmp_fields(value))
    return fields


def pdf_metadata(file: Path, shown: str) -> list[MetadataField]:
    """Identifying document info and XMP fields of a PDF. Raises SourceError."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs recoverable damage at WARNING with object details; keep CI logs quiet.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(file)
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(shown, None, "this PDF is encrypted; its metadata cannot be checked")
        info = reader.metadata or {}
        fields: list[MetadataField] = []
        for key, name in _PDF_PERSON.items():
            _add(fields, f"PDF {name}", info.get(key), "person")
        for key, name in _PDF_TEXT.items():
            _add(fields, f"PDF {name}", info.get(key), "text")
        root = reader.trailer["/Root"]
        metadata = root.get("/Metadata") if hasattr(root, "get") else None
        if metadata is not None:
            fields.extend(_xmp_fields(metadata.get_object().get_data()))
    except SourceError:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as error:
        raise SourceError(shown, None, f"cannot read this PDF ({_reason(error)})") from None
    return fields


def svg_metadata(text: str) -> list[MetadataField]:
    """Identifying metadata of an SVG: RDF (dc:creator ...) and editor file-name attributes."""
    fields = _xmp_fields(text)
    for match in _SVG_NAME_ATTRIBUTES.finditer(text):
        _add(fields, f"SVG {match.group(1)}", match.group(2)[1:-1], "text")
    return fields


def _read_svg(file: Path, shown: str) -> str:
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise SourceError(shown, None, f"cannot read the file ({error.strerror})") from None
    return decode_source(raw, shown)


def _blank(match: re.Match) -> str:
    # Same length, newlines kept: findings keep the SVG's own lines and columns.
    return re.sub(r"[^\n]", " ", match.group(0))


def _svg_text_findings(text: str, shown: str, config, register) -> list[Finding]:
    """Every text rule over the SVG's visible text and comments, at their lines."""
    from review_library.redaction.engine import check_text

    visible = _SVG_NOT_TEXT.sub(_blank, text)
    found = check_text(visible, shown, config=config, register=register).findings
    return [replace(f, message=f"in the SVG's text: {f.message}") for f in found]


def check_asset(file: Path, shown: str, *, config, register=None) -> Report:
    """Run ``asset-metadata`` on one image, PDF or SVG (and, for SVG, every text rule on its
    visible text); raises SourceError when it cannot be read."""
    report = Report(files_checked=1)
    suffix = file.suffix.lower()
    if suffix in SVG_SUFFIXES:
        text = _read_svg(file, shown)
        # The visible text is content, checked whatever asset-metadata is set to.
        report.findings.extend(_svg_text_findings(text, shown, config, register))
    if not config.enabled(RULE):
        return report
    if suffix in PDF_SUFFIXES:
        fields = pdf_metadata(file, shown)
    elif suffix in SVG_SUFFIXES:
        fields = svg_metadata(text)
    else:
        fields = image_metadata(file, shown)
    severity = config.severity(RULE)
    for item in fields:
        report.findings.extend(_findings(item, shown, severity, config, register))
    return report


def check_assets(
    files: Iterable[Path], *, root: Path | None = None, config, register=None
) -> Report:
    """``check_asset`` for each file, paths shown relative to ``root`` (default: cwd)."""
    from review_library.catalogue import project_relative

    report = Report()
    for file in files:
        report.extend(
            check_asset(file, project_relative(file, root), config=config, register=register)
        )
    return report


_KIND_MESSAGES = {
    "person": "the {name} field names a person",
    "location": "the {name} field records where the file was made and can locate a home",
    "opaque": "the {name} cannot be parsed, so it cannot be shown to be free of identifiers",
}


def _findings(item: MetadataField, shown: str, severity: str, config, register) -> list[Finding]:
    if item.kind in _KIND_MESSAGES:
        message = _KIND_MESSAGES[item.kind].format(name=item.name)
        # A GPS position or an unparseable packet has no words worth showing, even masked.
        excerpt = (
            item.name
            if item.kind == "opaque" or "GPS" in item.name
            else (f"{item.name}: {mask(item.value)}")
        )
        return [Finding(shown, 0, 0, RULE, severity, f"{message}; {FIX}", excerpt)]
    from review_library.redaction.engine import check_text

    inner = check_text(item.value, shown, config=config, register=register)
    return [
        Finding(
            shown,
            0,
            0,
            RULE,
            severity,
            f"the {item.name} field contains a possible identifier "
            f"({found.rule}: {found.message}); {FIX}",
            f"{item.name}: {found.excerpt}",
        )
        for found in inner.findings
    ]


def _add(fields: list[MetadataField], name: str, value, kind: str) -> None:
    text = _as_text(value)
    if text:
        fields.append(MetadataField(name, text, kind))


def _as_text(value) -> str:
    """Metadata values come as str, bytes (UTF-16 XP tags, UserComment with a charset prefix)
    or tuples; turn them into clean single-line text."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, int) for v in value):
            value = bytes(value)
        else:
            return " ".join(filter(None, (_as_text(v) for v in value)))
    if isinstance(value, bytes):
        value = _decode_bytes(value)
    text = unicodedata.normalize("NFC", str(value)).replace("\x00", " ")
    return " ".join(text.split())


def _decode_bytes(raw: bytes) -> str:
    # EXIF UserComment starts with an 8-byte character code; XP* tags are UTF-16LE.
    for prefix, codec in ((b"ASCII\x00\x00\x00", "ascii"), (b"UNICODE\x00", "utf-16")):
        if raw.startswith(prefix):
            return raw[8:].decode(codec, errors="replace")
    if raw.startswith(b"\x00\x00\x00\x00\x00\x00\x00\x00"):
        raw = raw[8:]
    if len(raw) >= 2 and raw[1:2] == b"\x00":
        return raw.decode("utf-16-le", errors="replace")
    return raw.decode("utf-8", errors="replace")


def _xmp_fields(packet) -> list[MetadataField]:
    if isinstance(packet, bytes):
        packet = packet.decode("utf-8", errors="replace")
    packet = str(packet).strip().strip("\x00")
    start = packet.find("<x:xmpmeta")
    if start == -1:
        start = packet.find("<rdf:RDF")
    end_tag = "</x:xmpmeta>" if packet.startswith("<x:xmpmeta", start) else "</rdf:RDF>"
    end = packet.find(end_tag)
    if start == -1 or end == -1:
        return []
    try:
        tree = ElementTree.fromstring(packet[start : end + len(end_tag)])
    except ElementTree.ParseError:
        # Unparseable XMP cannot be proved clean: report it as text to look at.
        return [MetadataField("XMP packet", "unparseable", "opaque")]
    fields: list[MetadataField] = []
    for name, kind in _XMP_FIELDS:
        prefix, local = name.split(":")
        qualified = f"{{{_XMP_NS[prefix]}}}{local}"
        for element in tree.iter(qualified):
            values = [t.strip() for t in element.itertext() if t.strip()]
            _add(fields, f"XMP {name}", values, kind)
        # Simple properties may be attributes of rdf:Description.
        for element in tree.iter():
            _add(fields, f"XMP {name}", element.attrib.get(qualified), kind)
    return fields


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    # Library messages can quote bytes from the file; keep only the error type then.
    return type(error).__name__ if len(text) > 120 else text or type(error).__name__

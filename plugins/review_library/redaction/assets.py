"""Rule ``asset-metadata``: identifying metadata in the images and PDFs published with reviews.

A photograph's EXIF can carry the photographer's name and the GPS position of the family
home; a PDF exported from a case file keeps its author and title in the document info and
XMP. None of that is visible on the page, all of it is published. Fields that name a person
or a place are always reported; free-text fields (titles, descriptions, comments) are run
through the text rules, so "Timeline - Kayden Morris.docx" in a PDF title is caught while
"Microsoft Word" is not.
"""

from __future__ import annotations

import bisect
import os
import re
import stat
import unicodedata
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

from review_library.frontmatter import SourceError, decode_source
from review_library.redaction.extract import Piece, Unreadable, pdf_pieces, svg_pieces
from review_library.redaction.findings import Finding, Report, mask
from review_library.redaction.rules import asset_metadata
from review_library.safefiles import read_bytes as safe_read
from review_library.safefiles import resolved

RULE = asset_metadata.RULE.id
# Images published with their metadata stripped (see review_library.attachments).
PUBLISHED_IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp"})
# TIFF is read by `check` (a board may check a scan) but is not a web format: never published.
IMAGE_SUFFIXES = PUBLISHED_IMAGE_SUFFIXES | {".tif", ".tiff"}
PDF_SUFFIXES = frozenset({".pdf"})
# SVG is text: charts and genograms carry labels (names!) and editor metadata.
SVG_SUFFIXES = frozenset({".svg"})
# Plain text attachments (a data table behind a chart) are checked like report text.
TEXT_SUFFIXES = frozenset({".txt", ".csv"})
ASSET_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES | SVG_SUFFIXES | TEXT_SUFFIXES
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})

ATTACHMENT_TYPES: dict[str, str] = {
    ".png": "image: metadata checked, published re-encoded without any metadata",
    ".jpg": "image: metadata checked, published without any metadata (pixels unchanged)",
    ".jpeg": "image: metadata checked, published without any metadata (pixels unchanged)",
    ".gif": "image: metadata checked, published re-encoded without any metadata",
    ".webp": "image: metadata checked, published re-encoded (lossless) without any metadata",
    ".svg": "drawing: every text, title, description, id, label and comment checked",
    ".pdf": "document: page text, annotations, bookmarks, form fields and metadata checked",
    ".txt": "plain text: checked like report text",
    ".csv": "data table: checked like report text",
}
"""The attachment allowlist: what a review's folder (or docs_dir) may publish, and how."""

OFFICE_SUFFIXES = frozenset(
    [
        ".doc",
        ".docx",
        ".docm",
        ".dot",
        ".dotx",
        ".odt",
        ".ott",
        ".rtf",
        ".xls",
        ".xlsx",
        ".xlsm",
        ".ods",
        ".ppt",
        ".pptx",
        ".pps",
        ".ppsx",
        ".odp",
        ".pages",
        ".numbers",
        ".key",
        ".wpd",
        ".pub",
        ".vsd",
        ".vsdx",
    ]
)
IMAGE_LIKE_SUFFIXES = frozenset(
    [
        ".heic",
        ".heif",
        ".avif",
        ".jxl",
        ".jp2",
        ".bmp",
        ".ico",
        ".tif",
        ".tiff",
        ".raw",
        ".cr2",
        ".nef",
        ".dng",
        ".psd",
        ".xcf",
    ]
)

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
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)|\b(?:src|href)\s*=\s*[\"']([^\"']+)[\"']")
# The same without the HTML attributes, for text that has none: a pattern that may start at
# any word boundary costs forty times more than one that starts at "](".
_MARKDOWN_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)()")
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
    refused: list[tuple[Path, str]] = field(default_factory=list)
    """(file, why) of files in review folders that are never published (hidden, office,
    unknown types): reported, as the build refuses them."""


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
    than silently skipped. Links, pipes and devices are listed as Markdown whatever their
    name: reading them fails with an error naming them (``safefiles``). A folder that cannot
    be listed raises ``safefiles.FolderError``.
    """
    from review_library.safefiles import is_markdown, walk

    # Keyed by resolved path: "reviews" and "reviews/a.md" given together, or an image both
    # in the folder and linked as "../reviews/img.png", must be checked (and counted) once.
    markdown: dict[Path, Path] = {}
    assets: dict[Path, Path] = {}
    # A folder that cannot be listed raises safefiles.FolderError (an OSError naming it).
    listing = walk(paths, lambda name: is_markdown(name) or is_asset(Path(name)), on_missing)
    folders: dict[str, Path] = {}  # each folder resolved once (a thousand reviews share one)
    for path in listing.files:
        target = assets if is_asset(path) else markdown
        target.setdefault(_key(path, folders), path)
    for path, _ in listing.refused:
        markdown.setdefault(path.absolute(), path)
    refused: dict[Path, str] = {}
    from review_library.attachments import folder_refusals

    for md_file in list(markdown.values()):
        for asset in referenced_assets(md_file):
            assets.setdefault(_key(asset, folders), asset)
        folder = md_file.parent / md_file.stem
        if folder.is_dir() and not folder.is_symlink():
            refused.update(folder_refusals(folder))
    return Targets(sorted(markdown.values()), sorted(assets.values()), sorted(refused.items()))


def _key(path: Path, folders: dict[str, Path] | None = None) -> Path:
    try:
        return resolved(path, folders)
    except OSError:
        return path.absolute()


def referenced_assets(md_file: Path) -> list[Path]:
    """Local images, PDFs, SVGs and text files a Markdown file links to (that exist)."""
    return [path for path in linked_files(md_file) if is_asset(path)]


def linked_files(md_file: Path) -> list[Path]:
    """Every local file a Markdown file links to or embeds (that exists), any type."""
    found: dict[Path, None] = {}
    for target in _link_targets(md_file):
        candidate = Path(os.path.normpath(md_file.parent / target))
        # A link is listed (and refused when read), never followed here.
        if os.path.lexists(candidate) and not os.path.isdir(candidate):
            found[candidate] = None
    return list(found)


_TARGETS: dict[str, tuple[tuple[int, int, int], list[str]]] = {}
"""The link targets of each Markdown file last read, by its size, time and inode: under
`serve` every rebuild lists the reviews' attachments again, for an edit of one review."""


def _link_targets(md_file: Path) -> list[str]:
    """The local link targets written in a Markdown file (relative, unquoted, in order)."""
    try:
        info = os.lstat(md_file)
    except OSError:
        info = None
    # Only a regular file is remembered: a link, pipe or device is read (and refused) anew.
    stamp = (
        (info.st_size, info.st_mtime_ns, info.st_ino)
        if info and stat.S_ISREG(info.st_mode)
        else None
    )
    known = _TARGETS.get(str(md_file))
    if stamp is not None and known is not None and known[0] == stamp:
        return known[1]
    try:
        text = decode_source(safe_read(md_file, str(md_file)), str(md_file))
    except SourceError:
        return []  # the Markdown check itself reports the unreadable file
    targets = []
    html = "src" in text or "href" in text
    for match in (_LINK_TARGET if html else _MARKDOWN_TARGET).finditer(text):
        target = match.group(1) or match.group(2)
        if _SCHEME.match(target) or target.startswith(("/", "#")):
            continue
        target = unquote(target.split("#", 1)[0].split("?", 1)[0])
        if target:
            targets.append(target)
    if stamp is not None:
        if len(_TARGETS) >= 50_000:
            _TARGETS.clear()
        _TARGETS[str(md_file)] = (stamp, targets)
    return targets


def image_metadata(file: Path | bytes, shown: str) -> list[MetadataField]:
    """Identifying EXIF, XMP, IPTC and text-chunk fields of an image (a file, or the bytes
    of one as the output scan reads it). Raises SourceError."""
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(file) if isinstance(file, bytes) else file) as image:
                exif = image.getexif()
                info = dict(image.info)
                iptc = _iptc(image)
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
    # Any other text tag (document name, host computer, serial numbers ...) is read as text.
    named = {*_EXIF_PERSON, *_EXIF_TEXT, *_EXIF_SUBIFD_PERSON, *_EXIF_SUBIFD_TEXT}
    for ifd in (exif, sub):
        for tag, value in ifd.items():
            if tag in named or tag in _EXIF_NOT_TEXT or not isinstance(value, str):
                continue
            _add(fields, f"EXIF tag {_exif_name(tag)}", value, "text")
    if exif.get(_EXIF_XMP):
        fields.extend(_xmp_fields(exif.get(_EXIF_XMP)))
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
        elif lowered in {"xmp", "xml:com.adobe.xmp"}:
            fields.extend(_xmp_fields(value))
        elif lowered in _INFO_TEXT or (
            lowered not in _INFO_NOT_TEXT and isinstance(value, (str, bytes))
        ):
            # PNG text chunks and comments of any name: text a reader of the file gets.
            _add(fields, f"image {key}", value, "text")
    fields.extend(_iptc_fields(iptc))
    return fields


_EXIF_XMP = 0x02BC
# Tags whose values are structure, not text (sub-IFD pointers, maker notes, embedded data).
_EXIF_NOT_TEXT = frozenset({_EXIF_IFD, _GPS_IFD, 0xA005, 0x927C, _EXIF_XMP, 0x83BB, 0x8773})
_INFO_NOT_TEXT = frozenset(
    {
        "exif",
        "icc_profile",
        "dpi",
        "gamma",
        "transparency",
        "aspect",
        "duration",
        "loop",
        "background",
        "version",
        "extension",
        "interlace",
        "compression",
        "photoshop",
        "adobe",
        "adobe_transform",
        "progressive",
        "progression",
        "jfif",
        "jfif_version",
        "jfif_unit",
        "jfif_density",
        "srgb",
        "chromaticity",
        "mp",
        "mpoffset",
        "mpentries",
        "ifd",
        "transparency_palette",
        "palette",
    }
)
# IPTC (record 2) datasets: who made the picture, where, and what it says.
_IPTC_PERSON = {
    80: "By-line",
    85: "By-line Title",
    110: "Credit",
    116: "Copyright Notice",
    118: "Contact",
    122: "Writer/Editor",
}
_IPTC_LOCATION = {
    90: "City",
    92: "Sub-location",
    95: "Province/State",
    100: "Country Code",
    101: "Country",
}


_IPTC_TEXT = {
    5: "Object Name",
    15: "Category",
    25: "Keywords",
    105: "Headline",
    120: "Caption/Abstract",
}


def _iptc_fields(iptc: dict | None) -> list[MetadataField]:
    fields: list[MetadataField] = []
    for (record, dataset), value in sorted((iptc or {}).items()):
        if record != 2 or dataset == 0:
            continue
        if dataset in _IPTC_PERSON:
            _add(fields, f"IPTC {_IPTC_PERSON[dataset]}", value, "person")
        elif dataset in _IPTC_LOCATION:
            _add(fields, f"IPTC {_IPTC_LOCATION[dataset]}", value, "location")
        else:
            _add(fields, f"IPTC {_IPTC_TEXT.get(dataset, f'2:{dataset}')}", value, "text")
    return fields


def _exif_name(tag: int) -> str:
    from PIL import ExifTags

    return ExifTags.TAGS.get(tag, f"0x{tag:04X}")


def _iptc(image) -> dict | None:
    from PIL import IptcImagePlugin

    try:
        return IptcImagePlugin.getiptcinfo(image)
    except (SyntaxError, ValueError, TypeError, IndexError, OSError):
        return {(2, 0): b"unreadable"}  # reported below as text to look at


def pdf_metadata(file: Path | bytes, shown: str) -> list[MetadataField]:
    """Identifying document info and XMP fields of a PDF (a file, or its bytes). Raises
    SourceError."""
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs recoverable damage at WARNING with object details; keep CI logs quiet.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(file) if isinstance(file, bytes) else file)
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


def _read(file: Path, shown: str) -> bytes:
    return safe_read(file, shown)


def read_text(file: Path, shown: str) -> str:
    """A text source (SVG, CSV, a page, a template, mkdocs.yml) as UTF-8 text, read without
    following links. Raises SourceError naming ``shown``."""
    return decode_source(safe_read(file, shown), shown)


def refusal(relative: str) -> str | None:
    """Why a file of this name may not be published (hidden, office or unknown type), or
    None for a type on the allowlist. ``relative``: its path inside the review's folder."""
    parts = relative.split("/")
    if any(part.startswith(".") for part in parts):
        return (
            "hidden files and folders are never published (nobody sees what they hold); "
            "delete it or move it out of the reviews folder"
        )
    suffix = Path(parts[-1]).suffix.lower()
    if suffix in ATTACHMENT_TYPES:
        return None
    allowed = ", ".join(sorted(ATTACHMENT_TYPES))
    if suffix in OFFICE_SUFFIXES:
        return (
            "office documents can hide tracked changes, comments and author details that "
            "cannot all be checked; export it to PDF and link the PDF instead"
        )
    if suffix in IMAGE_LIKE_SUFFIXES:
        return (
            f"'{suffix}' images cannot be checked for location and author metadata; convert "
            "it to PNG or JPEG"
        )
    return f"files of type '{suffix or 'without a suffix'}' are not published; allowed: {allowed}"


def check_pieces(
    pieces: list[Piece],
    shown: str,
    *,
    config,
    register=None,
    allowances: Iterable = (),
    kind: str = "file",
    source: str | None = None,
    used: list | None = None,
) -> list[Finding]:
    """Every text rule over each piece (in one pass: pieces joined by a separator no rule
    matches across), with the declared allowances. ``source``: the file's text, to give a
    finding its column in the piece's line; ``used`` collects the allowances that silenced
    a match."""
    from review_library.redaction.engine import VALUE_SEPARATOR, excerpt, find_hits

    pieces = [p for p in pieces if p.text.strip()]
    if not pieces:
        return []
    joined = VALUE_SEPARATOR.join(p.text for p in pieces)
    starts = []
    position = 0
    for piece in pieces:
        starts.append(position)
        position += len(piece.text) + len(VALUE_SEPARATOR)
    allowances = list(allowances)
    lines = source.split("\n") if source is not None else None
    out = []
    for hit in find_hits(joined, config=config, register=register):
        matched = joined[hit.start : hit.end]
        allowance = allowed(hit.rule, joined, hit.start, hit.end, allowances)
        if allowance is not None:
            if used is not None:
                used.append(allowance)
            continue
        index = bisect.bisect_right(starts, hit.start) - 1
        piece = pieces[index]
        line, column = piece.line, 0
        if lines is not None and piece.line:
            line, column = _locate(lines, piece.line, matched)
        where = f"{kind}'s {piece.where}" if piece.where else f"{kind}'s text"
        out.append(
            Finding(
                shown,
                line,
                column,
                hit.rule,
                config.severity(hit.rule),
                f"in the {where}: {hit.message}",
                excerpt(matched),
            )
        )
    return out


def check_file_pieces(pieces: list[Piece], shown: str, **options) -> Report:
    """The report of one file whose text is ``pieces`` (see ``check_pieces``)."""
    report = Report(files_checked=1)
    report.findings.extend(check_pieces(pieces, shown, **options))
    return report


def allowed(rule: str, text: str, start: int, end: int, allowances: Iterable):
    """The first declared allowance for ``rule`` that covers text[start:end] where it
    stands, or None."""
    for allowance in allowances:
        if rule not in allowance.rules:
            continue
        for match in allowance.pattern.finditer(text, max(0, start - 200), end + 200):
            if match.start() <= start and end <= match.end():
                return allowance
    return None


def _locate(lines: list[str], line: int, matched: str) -> tuple[int, int]:
    """Line and column of ``matched`` at or just after ``line`` (the piece may start earlier)."""
    first = matched.split()[0] if matched.split() else matched
    for number in range(line, min(len(lines), line + 50) + 1):
        column = lines[number - 1].find(first)
        if column >= 0:
            return number, column + 1
    return line, 1


def check_asset(
    file: Path,
    shown: str,
    *,
    config,
    register=None,
    allowances: Iterable = (),
    used: list | None = None,
) -> Report:
    """Check one attachment: every piece of text it carries through every rule, and its
    metadata through ``asset-metadata`` (author and location fields are refused); raises
    SourceError when it cannot be read or holds what cannot be checked. ``used`` collects
    the allowances that silenced a match."""
    from review_library.safefiles import refusal as file_refusal

    reason = file_refusal(file)  # a link, pipe or device is never opened
    if reason is not None:
        raise SourceError(shown, None, reason)
    report = Report(files_checked=1)
    suffix = file.suffix.lower()
    allowances = list(allowances)
    fields: list[MetadataField] = []
    try:
        if suffix in SVG_SUFFIXES:
            raw = _read(file, shown)
            text = decode_source(raw, shown)
            pieces = [p for p in svg_pieces(raw) if not _is_metadata_piece(p)]
            # The visible text is content, checked whatever asset-metadata is set to.
            report.findings.extend(
                check_pieces(
                    pieces,
                    shown,
                    config=config,
                    register=register,
                    allowances=allowances,
                    kind="SVG",
                    source=text,
                    used=used,
                )
            )
            fields = svg_metadata(text)
        elif suffix in PDF_SUFFIXES:
            texts, people = pdf_pieces(_read(file, shown))
            report.findings.extend(
                check_pieces(
                    texts,
                    shown,
                    config=config,
                    register=register,
                    allowances=allowances,
                    kind="PDF",
                    used=used,
                )
            )
            fields = pdf_metadata(file, shown)
            fields.extend(MetadataField(p.where, p.text, "person") for p in people)
        elif suffix in TEXT_SUFFIXES:
            text = read_text(file, shown)
            report.findings.extend(
                check_pieces(
                    [Piece(text, 1)],
                    shown,
                    config=config,
                    register=register,
                    allowances=allowances,
                    kind="file",
                    source=text,
                    used=used,
                )
            )
        else:
            fields = image_metadata(file, shown)
    except Unreadable as error:
        raise SourceError(shown, None, error.message) from None
    if not config.enabled(RULE):
        return report
    severity = config.severity(RULE)
    for item in fields:
        if item.kind == "person" and _declared(item.value, allowances):
            continue  # the reviewer's own name as a document's author
        report.findings.extend(_findings(item, shown, severity, config, register))
    return report


def _is_metadata_piece(piece: Piece) -> bool:
    # Editor file-name attributes are reported as metadata (asset-metadata) below.
    return piece.where.startswith("attribute") and piece.where.split()[-1] in _SVG_NAME_KEYS


_SVG_NAME_KEYS = frozenset({"sodipodi:docname", "inkscape:export-filename", "xlink:title"})


def _declared(value: str, allowances: list) -> bool:
    text = " ".join(value.split())
    return any(
        a.kind in ("author", "named_people") and a.pattern.fullmatch(text) for a in allowances
    )


def check_assets(
    files: Iterable[Path], *, root: Path | None = None, config, register=None
) -> Report:
    """``check_asset`` for each file, paths shown relative to ``root`` (default: cwd).

    A file in a review's folder (``reviews/<id>/...``) gets that review's allowances
    (pseudonyms, author, ``redaction.allow``), as its text is published with it.
    """
    from review_library.catalogue import project_relative
    from review_library.redaction.rules.unreadable_file import unreadable

    report = Report()
    for file in files:
        shown = project_relative(file, root)
        try:
            report.extend(
                check_attachment(file, shown, root=root, config=config, register=register)
            )
        except SourceError as error:  # reported with the others, not the first alone
            report.extend(unreadable(error.path, error.line, error.message))
    return report


def check_attachment(file: Path, shown: str, *, root: Path | None, config, register) -> Report:
    """``check_asset`` with the allowances of the review whose folder holds ``file``; the
    review's allow entries it needs are in use (``Report.used_allowances``)."""
    from review_library.catalogue import project_relative

    review = review_of(file)
    used: list = []
    report = check_asset(
        file,
        shown,
        config=config,
        register=register,
        allowances=_allowances_of(str(review)) if review else (),
        used=used,
    )
    if review is not None:
        source = project_relative(review, root)
        report.used_allowances |= {(source, a.line) for a in used if a.kind == "allow"}
    return report


def review_of(file: Path) -> Path | None:
    """The review whose folder holds ``file`` (``<folder>.md`` next to the folder, at any
    depth), or None."""
    for folder in Path(file).absolute().parents:
        if not folder.name:
            break
        review = folder.with_name(folder.name + ".md")
        if review.is_file():
            return review
    return None


@lru_cache(maxsize=256)
def _allowances_of(review: str) -> tuple:
    from review_library.frontmatter import split_source
    from review_library.redaction.declarations import read_declarations

    try:
        document = split_source(decode_source(safe_read(Path(review), review), review), review)
        return tuple(read_declarations(document).allowances)
    except SourceError:
        return ()


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

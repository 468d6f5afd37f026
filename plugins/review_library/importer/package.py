"""Open a .docx safely and hand out its parts as parsed XML.

python-docx reads the package (content types, relationships, parts); every XML part is then
parsed here with a parser that expands no entities. Sizes are checked on the zip directory
before anything is decompressed, so a hostile file cannot exhaust memory.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from review_library.importer.ooxml import parse, qn

# A 60-page report with photographs is tens of megabytes; these limits leave a wide margin
# and still refuse a zip bomb before it is inflated.
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_XML_PART_BYTES = 128 * 1024 * 1024
MAX_RATIO = 200  # uncompressed/compressed; real XML compresses about 10:1

RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_FOOTNOTES = RT + "footnotes"
RT_ENDNOTES = RT + "endnotes"
RT_COMMENTS = RT + "comments"
RT_STYLES = RT + "styles"
RT_NUMBERING = RT + "numbering"
RT_HEADER = RT + "header"
RT_FOOTER = RT + "footer"
RT_HYPERLINK = RT + "hyperlink"
RT_IMAGE = RT + "image"
RT_CUSTOM_PROPERTIES = RT + "custom-properties"
RT_EXTENDED_PROPERTIES = RT + "extended-properties"


class PackageError(Exception):
    """The file cannot be read as a Word document (exit 2)."""


@dataclass
class Relationship:
    target: str
    external: bool
    reltype: str


@dataclass
class Links:
    """One part's relationships (links, pictures), by rId: each part has its own."""

    rels: dict[str, Relationship] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)  # bytes of binary parts (pictures)


@dataclass
class WordPackage:
    """The parts of a Word document the importer reads, parsed."""

    document: etree._Element
    links: Links  # the document's
    styles: etree._Element | None = None
    numbering: etree._Element | None = None
    footnotes: etree._Element | None = None
    endnotes: etree._Element | None = None
    comments: list[etree._Element] = field(default_factory=list)
    headers: list[etree._Element] = field(default_factory=list)
    footers: list[etree._Element] = field(default_factory=list)
    note_links: dict[str, Links] = field(default_factory=dict)  # "footnote", "endnote"
    properties: list[str] = field(default_factory=list)  # names of the properties present


def open_package(path: Path) -> WordPackage:
    """Read ``path``; raises PackageError with a message an author can act on."""
    _check_zip(path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except PackageNotFoundError:
        raise PackageError(f"{path}: not a Word .docx document") from None
    except ValueError as error:  # python-docx: "file '...' is not a Word file, content type is"
        raise PackageError(
            f"{path}: not a Word .docx document ({_content_type(error)}); "
            "open it in Word and save it as a Word Document (.docx)"
        ) from None
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, OSError):
        raise PackageError(
            f"{path}: not a Word .docx document, or a damaged one; open it in Word and save "
            "it again as a Word Document (.docx)"
        ) from None
    try:
        package = _read(document)
    except etree.XMLSyntaxError:
        raise PackageError(f"{path}: the .docx is damaged (an XML part is malformed)") from None
    if package.document.tag != qn("w:document"):
        raise PackageError(
            f"{path}: saved as Strict Open XML; open it in Word and save it as a Word Document "
            "(.docx)"
        )
    return package


def _content_type(error: ValueError) -> str:
    text = str(error)
    return (
        "a macro-enabled or template file"
        if "macroEnabled" in text or "template" in text
        else ("an unexpected content type")
    )


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except FileNotFoundError:
        raise PackageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PackageError(f"{path}: is a folder, not a .docx file") from None
    except PermissionError:
        raise PackageError(f"{path}: cannot be read (permission denied)") from None
    except (zipfile.BadZipFile, OSError):
        raise PackageError(
            f"{path}: not a .docx file (an old .doc, a password-protected document or another "
            "format); open it in Word, remove any password and save it as a Word Document (.docx)"
        ) from None
    names = {info.filename for info in infos}
    if "_rels/.rels" in names and _strict(path):
        # Strict Open XML uses other namespaces: nothing here would be found, hidden content
        # included, so it is refused rather than imported empty.
        raise PackageError(
            f"{path}: saved as Strict Open XML; open it in Word and save it as a Word Document "
            "(.docx)"
        )
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise PackageError(f"{path}: too large to import ({total // 2**20} MB uncompressed)")
    for info in infos:
        xml = info.filename.endswith((".xml", ".rels"))
        if xml and info.file_size > MAX_XML_PART_BYTES:
            raise PackageError(f"{path}: part {info.filename} is too large to import")
        ratio = info.file_size / info.compress_size if info.compress_size else 0
        if ratio > MAX_RATIO and info.file_size > 10 * 2**20:
            raise PackageError(f"{path}: part {info.filename} is implausibly compressed")


def _links(part) -> tuple[Links, dict[str, list]]:
    """A part's relationships, and its internal target parts by relationship type."""
    links = Links()
    by_type: dict[str, list] = {}
    for rid, rel in part.rels.items():
        if rel.is_external:
            links.rels[rid] = Relationship(rel.target_ref, True, rel.reltype)
            continue
        target = rel.target_part
        links.rels[rid] = Relationship(str(target.partname), False, rel.reltype)
        by_type.setdefault(rel.reltype, []).append(target)
        if not target.content_type.endswith("+xml"):
            links.blobs[rid] = target.blob
    return links, by_type


def _strict(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("_rels/.rels")
        if info.file_size > 1024 * 1024:
            return False
        return b"purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" in archive.read(
            info
        )


def _read(document) -> WordPackage:
    part = document.part
    links, by_type = _links(part)

    def one(reltype: str) -> etree._Element | None:
        parts = by_type.get(reltype)
        return parse(parts[0].blob) if parts else None

    package = WordPackage(
        document=parse(part.blob),
        links=links,
        styles=one(RT_STYLES),
        numbering=one(RT_NUMBERING),
        footnotes=one(RT_FOOTNOTES),
        endnotes=one(RT_ENDNOTES),
        comments=[parse(p.blob) for p in by_type.get(RT_COMMENTS, [])],
        headers=[parse(p.blob) for p in by_type.get(RT_HEADER, [])],
        footers=[parse(p.blob) for p in by_type.get(RT_FOOTER, [])],
    )
    for kind, reltype in (("footnote", RT_FOOTNOTES), ("endnote", RT_ENDNOTES)):
        if by_type.get(reltype):
            # A link or picture in a note is a relationship of the notes part, not the body.
            package.note_links[kind] = _links(by_type[reltype][0])[0]
    package.properties = _properties(document)
    return package


# core.xml fields that name people or hold free text; their values are never read out.
_CORE = (
    ("author", "author"),
    ("last_modified_by", "last modified by"),
    ("title", "title"),
    ("subject", "subject"),
    ("keywords", "keywords"),
    ("comments", "comments"),
    ("category", "category"),
    ("content_status", "status"),
    ("identifier", "identifier"),
)
_APP = (("Company", "company"), ("Manager", "manager"), ("Template", "template"))


def _properties(document) -> list[str]:
    """The names (never the values) of the document properties that are filled in."""
    present: list[str] = []
    core = document.core_properties
    for attribute, label in _CORE:
        if (getattr(core, attribute, "") or "").strip():
            present.append(label)
    for rel in document.part.package.rels.values():
        if rel.is_external:
            continue
        if rel.reltype == RT_EXTENDED_PROPERTIES:
            root = parse(rel.target_part.blob)
            for tag, label in _APP:
                found = root.find(f"{{*}}{tag}")
                if found is not None and (found.text or "").strip():
                    present.append(label)
        elif rel.reltype == RT_CUSTOM_PROPERTIES:
            count = len(parse(rel.target_part.blob))
            if count:
                present.append(f"{count} custom propert{'y' if count == 1 else 'ies'}")
    return present

"""Word documents made by the tests: python-docx for ordinary content, raw WordprocessingML
for what python-docx cannot write (tracked changes, hidden text, fields, footnotes, text
boxes, charts, embedded objects, merged cells by hand).

Every name in these documents is invented. ``SECRET`` names go only into hidden places, so
that a test can prove none of them reaches a file or the command's output.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree
from PIL import Image

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
)
SECRET_SURNAME = "Quellwright"
SECRET_NAME = f"Tamsin {SECRET_SURNAME}"
PROPERTY_NAME = "Harriet Pendlebury"

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
ENDNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"


def run(text: str, props: str = "") -> str:
    """A run of text as WordprocessingML (``props``: inner rPr XML such as ``<w:b/>``)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escaped}</w:t></w:r>'


def para(*content: str, style: str | None = None, ppr: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    inner = "".join(run(c) if not c.startswith("<") else c for c in content)
    return f"<w:p><w:pPr>{pstyle}{ppr}</w:pPr>{inner}</w:p>"


class Doc:
    """A document under construction; ``save`` writes the .docx."""

    def __init__(self) -> None:
        self.document = docx.Document()
        self._footnotes: list[str] = []
        self._endnotes: list[str] = []
        self._next_num = 50
        self._note_links: list[str] = []

    # -- ordinary content (python-docx) ---------------------------------------------------
    def title(self, text: str) -> None:
        self.document.add_paragraph(text, style="Title")

    def heading(self, text: str, level: int) -> None:
        self.document.add_heading(text, level=level)

    def para(self, text: str, style: str | None = None):
        return self.document.add_paragraph(text, style=style)

    # -- raw WordprocessingML -------------------------------------------------------------
    def raw(self, xml: str) -> None:
        """Append body-level elements (paragraphs, tables) given as WordprocessingML."""
        holder = etree.fromstring(f"<holder {NSDECL}>{xml}</holder>")
        body = self.document.element.body
        sect = body.find(f"{{{W}}}sectPr")
        for element in list(holder):
            if sect is not None:
                sect.addprevious(element)
            else:
                body.append(element)

    def footnote(self, text: str, *, xml: str | None = None) -> str:
        """A footnote reference run; the note holds ``text`` (or the runs in ``xml``)."""
        self._footnotes.append(xml if xml is not None else run(" " + text))
        return (
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{len(self._footnotes)}"/></w:r>'
        )

    def note_hyperlink(self, url: str, text: str) -> str:
        """A hyperlink for use inside a footnote: its relationship belongs to the notes part."""
        self._note_links.append(url)
        return f'<w:hyperlink r:id="@@NOTELINK{len(self._note_links)}@@">{run(text)}</w:hyperlink>'

    def endnote(self, text: str) -> str:
        self._endnotes.append(run(" " + text))
        return f'<w:r><w:endnoteReference w:id="{len(self._endnotes)}"/></w:r>'

    def multilevel_numbering(self, level_texts: list[str], start: int = 1) -> str:
        """A new multi-level decimal list (level i shows ``level_texts[i]``); its numId."""
        numbering = self.document.part.numbering_part.element
        abstract_id = num_id = str(self._next_num)
        self._next_num += 1
        levels = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="{start if i == 0 else 1}"/>'
            f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{text}"/></w:lvl>'
            for i, text in enumerate(level_texts)
        )
        abstract = etree.fromstring(
            f'<w:abstractNum {NSDECL} w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'
        )
        num = etree.fromstring(
            f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
        first_num = numbering.find(f"{{{W}}}num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(num)
        return num_id

    def bullet_numbering(self) -> str:
        """A new bullet list with three levels; its numId."""
        numbering = self.document.part.numbering_part.element
        abstract_id = num_id = str(self._next_num)
        self._next_num += 1
        levels = "".join(
            f'<w:lvl w:ilvl="{i}"><w:numFmt w:val="bullet"/><w:lvlText w:val="{mark}"/></w:lvl>'
            for i, mark in enumerate(("\u2022", "o", "\u25aa"))
        )
        abstract = etree.fromstring(
            f'<w:abstractNum {NSDECL} w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'
        )
        num = etree.fromstring(
            f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
        numbering.find(f"{{{W}}}num").addprevious(abstract)
        numbering.append(num)
        return num_id

    def hyperlink(self, url: str, text: str, tooltip: str | None = None) -> str:
        """A hyperlink to an external address, as WordprocessingML."""
        rid = self.document.part.relate_to(url, RT.HYPERLINK, is_external=True)
        tip = f' w:tooltip="{tooltip}"' if tooltip else ""
        return f'<w:hyperlink r:id="{rid}"{tip}>{run(text)}</w:hyperlink>'

    def picture(self, image: bytes, alt: str | None, *, width_cm: float = 4) -> None:
        from docx.shared import Cm

        self.document.add_picture(io.BytesIO(image), width=Cm(width_cm))
        doc_pr = self.document.element.body.findall(
            ".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
        )[-1]
        if alt is not None:
            doc_pr.set("descr", alt)

    def properties(self) -> None:
        """Fill the document properties a real report carries (all must be dropped)."""
        core = self.document.core_properties
        core.author = PROPERTY_NAME
        core.last_modified_by = PROPERTY_NAME
        core.comments = f"Draft for {PROPERTY_NAME}"
        core.title = f"Review for {PROPERTY_NAME}"

    def save(self, path: Path) -> Path:
        self._notes_part("footnote", self._footnotes, FOOTNOTES_CT, RT.FOOTNOTES)
        self._notes_part("endnote", self._endnotes, ENDNOTES_CT, RT.ENDNOTES)
        self.document.save(str(path))
        return path

    def _notes_part(self, kind: str, notes: list[str], content_type: str, reltype: str) -> None:
        if not notes:
            return
        separators = (
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            f"<w:continuationSeparator/></w:r></w:p></w:{kind}>"
        )
        body = "".join(
            f'<w:{kind} w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f"<w:r><w:{kind}Ref/></w:r>{content}</w:p></w:{kind}>"
            for i, content in enumerate(notes, start=1)
        )
        blob = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s {NSDECL}>{separators}{body}</w:{kind}s>'
        part = Part(PackURI(f"/word/{kind}s.xml"), content_type, b"", self.document.part.package)
        for index, url in enumerate(self._note_links, start=1):
            rid = part.relate_to(url, RT.HYPERLINK, is_external=True)
            blob = blob.replace(f"@@NOTELINK{index}@@", rid)
        part._blob = blob.encode("utf-8")
        self.document.part.relate_to(part, reltype)


def numbered(num_id: str, level: int = 0) -> str:
    """Paragraph properties that number a paragraph in list ``num_id`` at ``level``."""
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def drawing(graphic: str, name: str = "Object 1", descr: str = "") -> str:
    """An inline DrawingML object holding ``graphic`` (a:graphic content)."""
    return (
        '<w:r><w:drawing><wp:inline><wp:extent cx="914400" cy="914400"/>'
        f'<wp:docPr id="90" name="{name}" descr="{descr}"/>'
        f"<a:graphic>{graphic}</a:graphic></wp:inline></w:drawing></w:r>"
    )


def text_box(text: str) -> str:
    """A floating text box (Word 2010 shape) with its VML fallback, as Word writes it."""
    inner = f"<w:txbxContent>{para(text)}</w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="91" name="Text Box 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{inner}</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice>"
        f'<mc:Fallback><w:pict><v:shape id="tb1"><v:textbox>{inner}</v:textbox></v:shape>'
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def vml_text_box(text: str) -> str:
    """An old-style (VML) text box, as Word 2007 wrote them."""
    return (
        f'<w:r><w:pict><v:shape id="tb2"><v:textbox><w:txbxContent>{para(text)}'
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )


CHART = (
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdNone"/>'
    "</a:graphicData>"
)
SMARTART = (
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
    '<dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
    'r:dm="rIdNone" r:lo="rIdNone" r:qs="rIdNone" r:cs="rIdNone"/></a:graphicData>'
)
OLE_OBJECT = (
    '<w:r><w:object><v:shape id="ole1"><v:imagedata r:id="rIdNone"/></v:shape>'
    '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="ole1" r:id="rIdNone"/>'
    "</w:object></w:r>"
)
EQUATION = "<m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath>"


def complex_field(instruction: str, result: str = "") -> str:
    """A field as Word writes it: begin, instructions, separate, result, end."""
    shown = f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(result)}' if result else ""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        f'{shown}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


# -- pictures ---------------------------------------------------------------------------
def png_with_metadata() -> bytes:
    """A small PNG carrying an author and a description in text chunks."""
    from PIL import PngImagePlugin

    image = Image.new("RGB", (40, 30), (200, 30, 30))
    for x in range(10, 20):
        image.putpixel((x, 5), (0, 0, 255))
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", PROPERTY_NAME)
    info.add_text("Description", f"Photo of {SECRET_NAME}")
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def jpeg_with_exif() -> bytes:
    """A JPEG with EXIF naming the photographer and a GPS position, rotated by EXIF."""
    image = Image.new("RGB", (64, 32), (30, 160, 30))
    exif = Image.Exif()
    exif[0x013B] = PROPERTY_NAME  # Artist
    exif[0x010E] = f"Home of {SECRET_NAME}"  # ImageDescription
    exif[0x0112] = 6  # Orientation: rotate 90 degrees to display
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (51.0, 30.0, 0.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()

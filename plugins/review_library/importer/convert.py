"""Walk a Word document's body and write the report as Markdown.

What Word shows is what is written: heading styles become headings at their relative
levels, numbered paragraphs keep their numbers as text ("4.12"), bullets become lists,
footnotes and endnotes become Markdown footnotes, tables become tables. What Markdown
cannot hold (text boxes, charts, SmartArt, embedded objects, headers and footers) is not
dropped silently: each is a Notice the command prints. Hidden runs and tracked deletions are
never read into the output (the command refuses such documents before converting anyway).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from review_library.importer import markdown as md
from review_library.importer.images import ImageError, clean_image
from review_library.importer.locate import Locator
from review_library.importer.numbering import Number, Numbering
from review_library.importer.ooxml import GRAPHIC_KINDS, PICTURE_URI, SHAPE_URI, qn
from review_library.importer.package import RT_HYPERLINK, Links, WordPackage
from review_library.importer.styles import Styles
from review_library.importer.tables import cells_of, rows_of, table_markdown

_P, _R, _TBL, _T = qn("w:p"), qn("w:r"), qn("w:tbl"), qn("w:t")
_DESCEND = frozenset(
    qn(f"w:{name}")
    for name in ("smartTag", "customXml", "sdtContent", "ins", "moveTo", "dir", "bdo")
)
_QUOTE_STYLES = frozenset({"quote", "intense quote", "block text"})
_NESTED_LIST_STYLE = re.compile(r"^list (?:bullet|number|continue) ([2-9])$")
_TEXT_BOX = (
    "text box: its text and pictures were not imported; copy them into the body if they must "
    "be published"
)
_FONT_NAME = re.compile(r"^[A-Za-z0-9 ._-]{1,40}$")
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+"([^"]*)"', re.IGNORECASE)
_HYPERLINK_ANCHOR = re.compile(r'\\l\s+"([^"]*)"')


@dataclass(frozen=True)
class Notice:
    """Something in the document the Markdown does not carry, and where it was."""

    what: str
    where: str

    def render(self) -> str:
        return f"  {self.what}, {self.where}"


@dataclass
class ImageFile:
    name: str
    data: bytes


@dataclass
class Conversion:
    title: str | None
    body: str
    notices: list[Notice] = field(default_factory=list)
    images: list[ImageFile] = field(default_factory=list)


@dataclass
class _Block:
    kind: str  # heading, para, bullet, number (ordered once decided), quote, table, raw
    text: str
    level: int = 0
    number: Number | None = None


@dataclass
class _Field:
    instruction: list[str]
    in_result: bool = False
    keyword: str = ""
    link: bool = False


def convert(package: WordPackage, styles: Styles, review_id: str) -> Conversion:
    """The document body as Markdown, with its title, images and notices."""
    return _Converter(package, styles, review_id).run()


class _Converter:
    def __init__(self, package: WordPackage, styles: Styles, review_id: str):
        self.package = package
        self.styles = styles
        self.numbering = Numbering(package.numbering, styles)
        self.review_id = review_id
        self.locator = Locator(package.document)
        self.where = self.locator.where
        self.title: str | None = None
        self.notices: list[Notice] = []
        self.images: list[ImageFile] = []
        self._image_names: dict[tuple[int, str], str] = {}
        self.links = package.links  # the relationships of the part being converted
        self._notes: list[tuple[str, str]] = []  # (footnote|endnote, w:id) in reference order
        self._note_numbers: dict[tuple[str, str], int] = {}
        self._fields: list[_Field] = []
        self._once: set[str] = set()

    # -- document -------------------------------------------------------------------------
    def run(self) -> Conversion:
        body = self.package.document.find(qn("w:body"))
        blocks = self._blocks(body if body is not None else self.package.document)
        text = _render_blocks(_with_lists(_relative_headings(blocks)))
        notes = self._notes_markdown()
        if notes:
            text = f"{text}\n\n{notes}" if text else notes
        self._headers_and_footers()
        return Conversion(self.title, text + "\n" if text else "", self.notices, self.images)

    def _blocks(self, container: etree._Element) -> list[_Block]:
        blocks: list[_Block] = []
        drop_cap = ""  # a drop cap is a paragraph of its own in Word: it starts the next one
        for child in container:
            tag = child.tag
            if tag == _P:
                block = self._paragraph(child)
                if _is_drop_cap(child):
                    drop_cap += block.text if block is not None else ""
                    continue
                if block is not None:
                    if drop_cap:
                        block.text, drop_cap = drop_cap + block.text, ""
                    blocks.append(block)
            elif tag == _TBL:
                blocks.append(self._table(child))
            elif tag in (qn("w:sdt"), qn("w:customXml"), qn("w:sdtContent")):
                inner = child.find(qn("w:sdtContent")) if tag == qn("w:sdt") else child
                if inner is not None:
                    blocks.extend(self._blocks(inner))
            elif tag == qn("w:altChunk"):
                self._notice("embedded document (altChunk)", child)
        return [b for b in blocks if b.text.strip()]

    # -- paragraphs -----------------------------------------------------------------------
    def _paragraph(self, p: etree._Element) -> _Block | None:
        style = self.styles.paragraph_style(p)
        name = self.styles.name(style)
        tokens: list[md.Token] = []
        self._inline(p, tokens, style)
        if name == "title" and self.title is None:
            raw = "".join(
                t.text if isinstance(t, md.Text) else " " if isinstance(t, md.Break) else ""
                for t in tokens
            )
            self.title = " ".join(raw.split()) or None
            return None
        if name.startswith("toc ") or name == "toc heading":
            self._notice_once("table of contents: not imported (the site makes its own)", p)
            return None
        level = self.styles.outline_level(p, style)
        if name == "title":
            level = 0
        numbered = self.styles.numbering(p, style)
        number = self.numbering.next(*numbered) if numbered else None
        if level is not None:
            text = md.tidy(md.render(tokens, plain=True))
            if number is not None and not number.bullet and number.text:
                text = f"{md.escape(number.text)} {text}"
            return _Block("heading", text, level)
        text = md.tidy(md.render(tokens))
        if number is not None:
            kind = "bullet" if number.bullet else "number"
            return _Block(kind, text, _list_level(name, number.level), number)
        if name in _QUOTE_STYLES:
            return _Block("quote", text)
        return _Block("para", text)

    def _inline(self, element: etree._Element, out: list[md.Token], style: str | None) -> None:
        for child in element:
            tag = child.tag
            if tag == _R:
                self._run(child, out, style)
            elif tag == qn("w:hyperlink"):
                inner: list[md.Token] = []
                self._inline(child, inner, style)
                url = self._link_target(child)
                out.extend([md.LinkStart(url), *inner, md.LinkEnd()] if url else inner)
            elif tag == qn("w:fldSimple"):
                inner = []
                self._inline(child, inner, style)
                self._simple_field(child, inner, out)
            elif tag in _DESCEND:
                self._inline(child, out, style)
            elif tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self._inline(content, out, style)
            elif tag == qn("mc:AlternateContent"):
                choice = child.find(qn("mc:Choice"))
                if choice is not None:
                    self._inline(choice, out, style)
            elif tag in (qn("m:oMath"), qn("m:oMathPara")):
                self._notice("equation", child)

    def _run(self, r: etree._Element, out: list[md.Token], style: str | None) -> None:
        fmt = self.styles.run_format(r, style)
        if fmt.hidden:
            return
        if fmt.struck and "".join(t.text or "" for t in r.iter(_T)).strip():
            self._notice(
                "struck-through text: kept as plain text (Markdown has no strike-through); "
                "check the sentence still reads as meant",
                r,
            )
        self._run_children(r, out, fmt.bold, fmt.italic)

    def _run_children(
        self, r: etree._Element, out: list[md.Token], bold: bool, italic: bool
    ) -> None:
        for child in r:
            tag = child.tag
            if tag == qn("w:fldChar"):
                self._field_char(child, out)
                continue
            if tag == qn("w:instrText"):
                if self._fields and not self._fields[-1].in_result:
                    self._fields[-1].instruction.append(child.text or "")
                continue
            if self._suppressed():
                continue
            if tag == _T:
                out.append(md.Text(child.text or "", bold, italic))
            elif tag in (qn("w:tab"), qn("w:ptab")):
                out.append(md.Text(" ", bold, italic))
            elif tag in (qn("w:br"), qn("w:cr")):
                if child.get(qn("w:type")) not in ("page", "column"):
                    out.append(md.Break())
            elif tag == qn("w:noBreakHyphen"):
                out.append(md.Text("-", bold, italic))
            elif tag == qn("w:sym"):
                font = child.get(qn("w:font"), "")
                # The font name comes from the file: shown only if it looks like a font name.
                font = font if _FONT_NAME.match(font) else "a symbol"
                self._notice_once(f"a symbol from the {font} font (left out)", child)
            elif tag in (qn("w:footnoteReference"), qn("w:endnoteReference")):
                kind = "footnote" if tag == qn("w:footnoteReference") else "endnote"
                out.append(md.Markup(f"[^{self._note_label(kind, child.get(qn('w:id'), ''))}]"))
            elif tag == qn("w:drawing"):
                self._drawing(child, out)
            elif tag == qn("w:pict"):
                self._vml(child, out)
            elif tag == qn("w:object"):
                self._notice("embedded object (OLE)", child)
            elif tag == qn("mc:AlternateContent"):
                choice = child.find(qn("mc:Choice"))
                if choice is not None:
                    self._run_children(choice, out, bold, italic)

    # -- fields ---------------------------------------------------------------------------
    def _suppressed(self) -> bool:
        """Inside a field's instructions, or a table of contents (the site makes its own)."""
        return any(not f.in_result or f.keyword == "TOC" for f in self._fields)

    def _field_char(self, element: etree._Element, out: list[md.Token]) -> None:
        kind = element.get(qn("w:fldCharType"))
        if kind == "begin":
            self._fields.append(_Field([]))
        elif kind == "separate" and self._fields:
            current = self._fields[-1]
            instruction = "".join(current.instruction)
            words = instruction.split()
            current.keyword = words[0].upper() if words else ""
            current.in_result = True
            was_suppressed = self._suppressed()
            if current.keyword == "TOC":
                self._notice_once(
                    "table of contents: not imported (the site makes its own)", element
                )
            elif current.keyword == "HYPERLINK" and not was_suppressed:
                url = _field_url(instruction)
                if url:
                    out.append(md.LinkStart(url))
                    current.link = True
        elif kind == "end" and self._fields:
            ended = self._fields.pop()
            if ended.link:
                out.append(md.LinkEnd())

    def _simple_field(
        self, element: etree._Element, inner: list[md.Token], out: list[md.Token]
    ) -> None:
        instruction = element.get(qn("w:instr"), "")
        keyword = (instruction.split() or [""])[0].upper()
        if keyword == "TOC":
            self._notice_once("table of contents: not imported (the site makes its own)", element)
            return
        url = _field_url(instruction) if keyword == "HYPERLINK" else None
        out.extend([md.LinkStart(url), *inner, md.LinkEnd()] if url else inner)

    def _link_target(self, link: etree._Element) -> str | None:
        rid = link.get(qn("r:id"))
        if rid is None:
            return None  # a link within the document (w:anchor): kept as text
        rel = self.links.rels.get(rid)
        if rel is None or rel.reltype != RT_HYPERLINK:
            return None
        url = md.safe_url(rel.target)
        if url is None:
            self._notice(
                "link to a file or unusual address: kept as text, not as a link (a local path "
                "can name the author's computer or folders)",
                link,
            )
        return url

    # -- notes ----------------------------------------------------------------------------
    def _note_label(self, kind: str, note_id: str) -> int:
        key = (kind, note_id)
        if key not in self._note_numbers:
            self._notes.append(key)
            self._note_numbers[key] = len(self._notes)
        return self._note_numbers[key]

    def _notes_markdown(self) -> str:
        notes: dict[tuple[str, str], etree._Element] = {}
        for kind, root in (
            ("footnote", self.package.footnotes),
            ("endnote", self.package.endnotes),
        ):
            if root is not None:
                for element in root.iter(qn(f"w:{kind}")):
                    notes.setdefault((kind, element.get(qn("w:id"), "")), element)
        out: list[str] = []
        index = 0
        while index < len(self._notes):  # a note may cite another note: the list can grow
            kind, note_id = self._notes[index]
            index += 1
            note = notes.get((kind, note_id))
            self.links = self.package.note_links.get(kind) or Links()
            blocks = self._blocks(note) if note is not None else []
            self.links = self.package.links
            text = _render_blocks(_with_lists(blocks)) or "(empty note)"
            # Later paragraphs of a note are indented to stay inside it.
            text = re.sub(r"\n(?=[^\n])", "\n    ", text)
            out.append(f"[^{index}]: {text}")
        return "\n\n".join(out)

    # -- pictures and objects -------------------------------------------------------------
    def _drawing(self, drawing: etree._Element, out: list[md.Token]) -> None:
        graphic = next(drawing.iter(qn("a:graphicData")), None)
        uri = graphic.get("uri", "") if graphic is not None else ""
        doc_pr = next(drawing.iter(qn("wp:docPr")), None)
        if uri == PICTURE_URI:
            blip = next(graphic.iter(qn("a:blip")), None)
            alt = _alt(doc_pr)
            if blip is None or blip.get(qn("r:embed")) is None:
                self._notice("linked picture (not stored in the document): not imported", drawing)
                return
            self._image(blip.get(qn("r:embed")), alt, drawing, out)
        elif uri == SHAPE_URI:
            if next(drawing.iter(qn("w:txbxContent")), None) is not None:
                self._notice(
                    _TEXT_BOX,
                    drawing,
                )
            else:
                self._notice("shape or WordArt", drawing)
        else:
            self._notice(GRAPHIC_KINDS.get(uri, "drawing object"), drawing)

    def _vml(self, pict: etree._Element, out: list[md.Token]) -> None:
        if next(pict.iter(qn("w:txbxContent")), None) is not None:
            self._notice(
                _TEXT_BOX,
                pict,
            )
            return
        if next(pict.iter(qn("o:OLEObject")), None) is not None:
            self._notice("embedded object (OLE)", pict)
            return
        image = next(pict.iter(qn("v:imagedata")), None)
        if image is not None and image.get(qn("r:id")):
            shape = image.getparent()
            alt = " ".join((shape.get("alt") or "").split()) if shape is not None else ""
            self._image(image.get(qn("r:id")), alt, pict, out)
            return
        self._notice("shape or WordArt", pict)

    def _image(self, rid: str, alt: str, where: etree._Element, out: list[md.Token]) -> None:
        key = (id(self.links), rid)
        name = self._image_names.get(key)
        if name is None:
            blob = self.links.blobs.get(rid)
            if blob is None:
                self._notice("picture whose data is missing from the document: not imported", where)
                return
            try:
                data, extension = clean_image(blob)
            except ImageError as error:
                self._notice(f"picture not imported: {error}", where)
                return
            name = f"figure-{len(self.images) + 1}.{extension}"
            self.images.append(ImageFile(name, data))
            self._image_names[key] = name
        if not alt:
            self._notice(
                f"picture {name} has no alt text: describe it between the [ ] in the Markdown",
                where,
            )
        out.append(md.Markup(f"![{md.escape(alt)}]({self.review_id}/{name})"))

    # -- tables ---------------------------------------------------------------------------
    def _table(self, tbl: etree._Element) -> _Block:
        rows = rows_of(tbl)
        if len(rows) == 1 and len(cells_of(rows[0])) == 1:
            # A one-cell table is a box around text (a learning point, a quotation).
            inner = self._blocks(cells_of(rows[0])[0])
            text = _render_blocks(_with_lists(inner))
            if not text:
                return _Block("raw", "")
            return _Block("raw", "\n".join(f"> {line}".rstrip() for line in text.split("\n")))
        result = table_markdown(tbl, self._cell_text)
        if not result.has_text:
            return _Block("table", "")  # an empty table (layout, or a form never filled in)
        if result.merged:
            self._notice(
                f"table with merged cells: flattened ({result.merged} covered cell(s) left empty, "
                "the text kept in the first cell of each merge); check it reads correctly",
                tbl,
            )
        return _Block("table", result.markdown)

    def _cell_text(self, tc: etree._Element) -> str:
        parts: list[str] = []
        for child in tc:
            if child.tag == _TBL:
                self._notice("table inside a table: flattened to text", child)
                for tr in rows_of(child):
                    parts.append(" / ".join(self._cell_text(cell) for cell in cells_of(tr)))
                continue
            for block in self._blocks_of_cell_child(child):
                if block.kind == "bullet":
                    parts.append(f"• {block.text}")
                elif block.kind == "number" and block.number is not None:
                    parts.append(f"{md.escape(block.number.text)} {block.text}")
                else:
                    parts.append(block.text)
        return "<br>".join(p.replace("  \n", "<br>") for p in parts if p.strip())

    def _blocks_of_cell_child(self, child: etree._Element) -> list[_Block]:
        if child.tag == _P:
            block = self._paragraph(child)
            return [block] if block is not None and block.text.strip() else []
        if child.tag in (qn("w:sdt"), qn("w:customXml")):
            inner = child.find(qn("w:sdtContent")) if child.tag == qn("w:sdt") else child
            return self._blocks(inner) if inner is not None else []
        return []

    # -- headers, footers -----------------------------------------------------------------
    def _headers_and_footers(self) -> None:
        for kind, parts in (("header", self.package.headers), ("footer", self.package.footers)):
            count = sum(1 for part in parts if _has_content(part))
            if count:
                self.notices.append(
                    Notice(
                        f"{kind}s ({count}): not imported (a web page has no {kind}); move "
                        "anything that must be published into the body",
                        "whole document",
                    )
                )

    def _notice(self, what: str, element: etree._Element) -> None:
        self.notices.append(Notice(what, self.where(element)))

    def _notice_once(self, what: str, element: etree._Element) -> None:
        if what not in self._once:
            self._once.add(what)
            self._notice(what, element)


# -- block layout -------------------------------------------------------------------------
def _relative_headings(blocks: list[_Block]) -> list[_Block]:
    """The document's top heading level becomes ## (the review title is the page's #)."""
    levels = [b.level for b in blocks if b.kind == "heading"]
    top = min(levels) if levels else 0
    for block in blocks:
        if block.kind == "heading":
            block.level = min(6, 2 + block.level - top)
    return blocks


def _with_lists(blocks: list[_Block]) -> list[_Block]:
    """Decide which numbered paragraphs are a Markdown ordered list and which keep their number.

    A run of simple "1.", "2.", ... paragraphs starting at 1 is an ordered list (Markdown
    numbers it the same way). Any other number ("4.12", "12." continuing from an earlier
    section, "b)") is written as text, so the page shows exactly what the report cites.
    """
    index = 0
    while index < len(blocks):
        if blocks[index].kind != "number":
            index += 1
            continue
        # The run: numbered paragraphs, with any nested bullets between them.
        end = index
        while end < len(blocks) and (
            blocks[end].kind == "number" or (blocks[end].kind == "bullet" and blocks[end].level > 0)
        ):
            end += 1
        run = [b for b in blocks[index:end] if b.kind == "number"]
        first = run[0].number
        listable = all(
            b.number.simple and b.number.level == 0 and b.number.list_key == first.list_key
            for b in run
        ) and [b.number.value for b in run] == list(range(1, len(run) + 1))
        for block in run:
            if listable:
                block.kind = "ordered"
            else:
                block.kind = "para"
                block.text = md.escape_line_start(f"{md.escape(block.number.text)} {block.text}")
        index = end
    return blocks


def _render_blocks(blocks: list[_Block]) -> str:
    out: list[str] = []
    previous: _Block | None = None
    list_depth = -1
    top_kind = ""
    for block in blocks:
        if block.kind in ("bullet", "ordered"):
            # A list of the other kind starts after a blank line, or Markdown would merge them.
            in_list = (
                previous is not None
                and previous.kind in ("bullet", "ordered")
                and (block.level > 0 or block.kind == top_kind)
            )
            depth = min(block.level, list_depth + 1) if in_list else 0
            if depth == 0:
                top_kind = block.kind
            list_depth = depth
            marker = "-" if block.kind == "bullet" else f"{block.number.value}."
            indent = "    " * depth
            text = block.text.replace("  \n", "  \n" + indent + "    ")
            line = f"{indent}{marker} {text}"
            out.append(("\n" if in_list else "\n\n") + line)
        else:
            list_depth = -1
            if block.kind == "heading":
                text = f"{'#' * block.level} {block.text}"
            elif block.kind == "quote":
                text = "\n".join(
                    f"> {md.escape_line_start(line)}".rstrip() for line in block.text.split("\n")
                )
            elif block.kind == "para":
                text = md.escape_line_start(block.text)
            else:
                text = block.text
            out.append("\n\n" + text)
        previous = block
    return "".join(out).strip()


def _is_drop_cap(p: etree._Element) -> bool:
    frame = p.find(f"{qn('w:pPr')}/{qn('w:framePr')}")
    return frame is not None and frame.get(qn("w:dropCap")) in ("drop", "margin")


def _list_level(style_name: str, level: int) -> int:
    """Word's "List Bullet 2" style nests by style, not by numbering level."""
    match = _NESTED_LIST_STYLE.match(style_name)
    return max(level, int(match.group(1)) - 1) if match else level


def _alt(doc_pr: etree._Element | None) -> str:
    if doc_pr is None:
        return ""
    text = doc_pr.get("descr") or doc_pr.get("title") or ""
    return " ".join(text.split())


def _field_url(instruction: str) -> str | None:
    """The web address of a HYPERLINK field, with its \\l location as the #fragment."""
    match = _HYPERLINK_FIELD.match(instruction)
    if not match:
        return None
    url = match.group(1)
    anchor = _HYPERLINK_ANCHOR.search(instruction[match.end() :])
    if anchor and anchor.group(1):
        url = f"{url}#{anchor.group(1)}"
    return md.safe_url(url)


def _has_content(part: etree._Element) -> bool:
    text = "".join(t.text or "" for t in part.iter(_T))
    if text.strip():
        return True
    return next(part.iter(qn("w:drawing"), qn("w:pict")), None) is not None


def document_title(package: WordPackage, styles: Styles) -> str | None:
    """The text of the first paragraph in Word's Title style (visible runs only)."""
    for p in package.document.iter(_P):
        style = styles.paragraph_style(p)
        if styles.name(style) != "title":
            continue
        text = "".join(
            (t.text or "") if t.tag == _T else " "
            for r in p.iter(_R)
            if not styles.run_format(r, style).hidden
            for t in r.iter(_T, qn("w:br"), qn("w:cr"), qn("w:tab"))
        )
        return " ".join(text.split()) or None
    return None

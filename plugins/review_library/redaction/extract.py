"""Every piece of text a published file carries, for the checks: HTML, XML and SVG, PDF.

A piece is text a reader (or a crawler, or someone who opens the file in an editor) can see,
with the line (or page) where it is. Extractors never decide anything: the rules run over
the pieces, and a file that cannot be read, or holds what cannot be checked (a PDF's attached
files or scripts, an SVG's entity declarations or scripts), raises ``Unreadable``.
"""

from __future__ import annotations

import bisect
import html
import logging
import re
from pathlib import Path
from typing import NamedTuple
from xml.parsers import expat

from review_library.redaction.rules.text import line_starts


class Piece(NamedTuple):
    """One piece of text and where it is: ``line`` (0 when unknown), ``where`` for people.

    A named tuple, not a frozen dataclass: a 300-review site's output holds about 700,000
    pieces, and a frozen dataclass's constructor (three ``object.__setattr__`` calls) cost
    more than reading the piece out of its HTML."""

    text: str
    line: int = 0
    where: str = ""


class Unreadable(Exception):
    """A file the checks cannot read or must refuse; ``message`` says why and how to fix it."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


# -- HTML and XML-like markup ---------------------------------------------------------------
_TAG = re.compile(
    r"<!--(.*?)-->|<!\[CDATA\[(.*?)\]\]>|<(script|style)\b[^>]*>(.*?)</\3\s*>|<(/?)([A-Za-z][\w:.-]*)?[^>]*>",
    re.S | re.I,
)
_ATTRIBUTE = re.compile(r"([^\s=/>\"']+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+))", re.S)
# Inline elements do not break a word: "Kay<em>den</em>" is read as "Kayden".
INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "tspan",
        "textpath",
    ]
)
# Attributes whose values are geometry, styling or machine tokens, never prose.
NOT_TEXT_ATTRIBUTES = frozenset(
    [
        "class",
        "style",
        "d",
        "points",
        "transform",
        "viewbox",
        "x",
        "y",
        "x1",
        "x2",
        "y1",
        "y2",
        "dx",
        "dy",
        "cx",
        "cy",
        "r",
        "rx",
        "ry",
        "width",
        "height",
        "fill",
        "stroke",
        "stroke-width",
        "stroke-linecap",
        "stroke-linejoin",
        "stroke-dasharray",
        "stroke-opacity",
        "fill-opacity",
        "opacity",
        "font-size",
        "font-family",
        "font-weight",
        "text-anchor",
        "dominant-baseline",
        "offset",
        "stop-color",
        "stop-opacity",
        "gradientunits",
        "gradienttransform",
        "patternunits",
        "version",
        "xmlns",
        "preserveaspectratio",
        "clip-path",
        "mask",
        "filter",
        "marker-end",
        "marker-start",
        "rel",
        "type",
        "method",
        "target",
        "tabindex",
        "role",
        "hidden",
        "defer",
        "async",
        "charset",
        "crossorigin",
        "integrity",
        "media",
        "sizes",
        "loading",
        "decoding",
        "colspan",
        "rowspan",
        "scope",
        "dir",
        "lang",
        "xml:lang",
        "maxlength",
        "minlength",
        "step",
        "min",
        "max",
        "shape-rendering",
        "vector-effect",
        "enable-background",
        "overflow",
        "display",
        "visibility",
    ]
)


def markup_pieces(markup: str) -> list[Piece]:
    """Text of HTML, XML or SVG as pieces: each block's text (inline tags joined without a
    break), each attribute value (ids and anchors included), comments, CDATA and scripts.

    Entities are decoded; lines are those of the file.
    """
    # One loop over the tags, with the common case (an ordinary tag) first and the per-tag
    # work cut to a tuple of groups and dictionary lookups: a 300-review site has 660,000
    # tags, and this loop was most of the output scan's reading of pieces.
    starts = line_starts(markup)
    pieces: list[Piece] = []
    add = pieces.append
    buffer: list[str] = []
    buffer_at = 0
    breaks = _BREAKS
    attribute_cache = _ATTRIBUTE_CACHE
    unescape = html.unescape
    position = 0
    for match in _TAG.finditer(markup):
        at, end = match.span()
        comment, cdata, raw_name, raw_body, slash, name = match.groups()
        if at > position:
            if not buffer:
                buffer_at = position
            buffer.append(markup[position:at])
        position = end
        if raw_name is None and comment is None and cdata is None:
            block = breaks.get(name)
            if block is None:
                block = breaks[name] = (name or "").lower() not in INLINE_TAGS
                if len(breaks) > 10_000:
                    breaks.clear()
            whole = markup[at:end]
            if block:
                if buffer:
                    text = buffer[0] if len(buffer) == 1 else "".join(buffer)
                    buffer = []
                    if "&" in text:
                        text = unescape(text)
                    if text.strip():
                        add(Piece(text, bisect.bisect_right(starts, buffer_at)))
            elif "\n" in whole:
                buffer.append("\n" * whole.count("\n"))
            if slash != "/" and name and "=" in whole:
                found = attribute_cache.get(whole)
                if found is None:
                    found = _attributes(whole)
                for offset, attribute, value in found:
                    line = bisect.bisect_right(starts, at + offset)
                    add(Piece(value, line, f"attribute {attribute}"))
            continue
        if buffer:
            text = buffer[0] if len(buffer) == 1 else "".join(buffer)
            buffer = []
            if "&" in text:
                text = unescape(text)
            if text.strip():
                add(Piece(text, bisect.bisect_right(starts, buffer_at)))
        if raw_name is None:
            inner = comment if comment is not None else cdata
            offset = match.start(1) if comment is not None else match.start(2)
            if inner.strip():
                add(Piece(unescape(inner), bisect.bisect_right(starts, offset), "comment"))
            continue
        whole = match.group(0)
        opening = whole[: whole.find(">") + 1]
        pieces.extend(_attribute_pieces(opening, at, lambda o: bisect.bisect_right(starts, o)))
        if raw_name.lower() == "script" and raw_body.strip():
            line = bisect.bisect_right(starts, match.start(4))
            if "ld+json" in opening.lower() or "application/json" in opening.lower():
                pieces.extend(Piece(p.text, line, p.where) for p in json_pieces(raw_body))
            else:
                add(Piece(raw_body, line, "script"))
    if position < len(markup):
        if not buffer:
            buffer_at = position
        buffer.append(markup[position:])
    if buffer:
        text = "".join(buffer)
        if "&" in text:
            text = unescape(text)
        if text.strip():
            add(Piece(text, bisect.bisect_right(starts, buffer_at)))
    return pieces


_BREAKS: dict[str | None, bool] = {}
"""Tag name as written -> whether it ends the text before it (not an inline tag)."""


def _attribute_pieces(tag: str, at: int, line_of) -> list[Piece]:
    out = []
    for offset, name, value in _attributes(tag):
        out.append(Piece(value, line_of(at + offset), f"attribute {name}"))
    return out


_ATTRIBUTE_CACHE: dict[str, tuple] = {}


def _attributes(tag: str) -> tuple:
    """(offset in the tag, name, decoded value) of each text attribute. Cached: a site's
    pages repeat the same tags (navigation, icons) thousands of times."""
    found = _ATTRIBUTE_CACHE.get(tag)
    if found is not None:
        return found
    out = []
    for match in _ATTRIBUTE.finditer(tag):
        name = match.group(1).lower()
        if name in NOT_TEXT_ATTRIBUTES or name.startswith("xmlns"):
            continue
        group = next((g for g in (2, 3, 4) if match.group(g) is not None), 2)
        value = match.group(group) or ""
        if "&" in value:
            value = html.unescape(value)
        if value.strip():
            out.append((match.start(group), name, value))
    found = tuple(out)
    if len(_ATTRIBUTE_CACHE) > 50_000:
        _ATTRIBUTE_CACHE.clear()
    _ATTRIBUTE_CACHE[tag] = found
    return found


def json_pieces(raw: str) -> list[Piece]:
    """Every string of a JSON document, keys too (a search index's terms are keys), with
    its key path; JSON-LD keywords (``@type``) are syntax, not text. The raw text (one
    piece) if it is not JSON."""
    import json

    try:
        data = json.loads(raw)
    except ValueError:
        return [Piece(raw, 1)]
    out: list[Piece] = []
    _json_strings(data, "", out)
    return out


def _json_strings(value: object, path: str, out: list[Piece]) -> None:
    # The path names the top-level key only: building one for every string of a search
    # index cost more than reading it. For the same reason each container's labels are made
    # once, and numbers (most of a search shard) are passed over without a call.
    if isinstance(value, str):
        out.append(Piece(value, 0, f"JSON {path or 'value'}"))
    elif isinstance(value, dict):
        key_where = f"JSON key in {path or 'top'}"
        for key, item in value.items():
            key = str(key)
            if not key.startswith("@"):
                out.append(Piece(key, 0, key_where))
            if isinstance(item, (dict, list)):
                _json_strings(item, path or key, out)
            elif isinstance(item, str):
                out.append(Piece(item, 0, f"JSON {path or key or 'value'}"))
    elif isinstance(value, list):
        where = f"JSON {path or 'value'}"
        for item in value:
            if isinstance(item, str):
                out.append(Piece(item, 0, where))
            elif isinstance(item, (dict, list)):
                _json_strings(item, path, out)


_CSS_TEXT = re.compile(r"/\*(.*?)\*/|\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)'", re.S)


def css_pieces(text: str) -> list[Piece]:
    """The text of a stylesheet: comments and strings (``content: "..."``); selectors and
    at-rules are not text (``@media`` is no social media handle)."""
    starts = line_starts(text)
    out = []
    for match in _CSS_TEXT.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g) is not None)
        value = match.group(group)
        if value.strip():
            out.append(Piece(value, bisect.bisect_right(starts, match.start(group)), "stylesheet"))
    return out


# -- SVG ------------------------------------------------------------------------------------
_SVG_TEXT_ELEMENTS = frozenset({"text", "title", "desc", "textpath", "flowroot", "flowpara"})


def svg_pieces(raw: bytes) -> list[Piece]:
    """Every text of an SVG: text elements with their parts joined (a name split across
    ``<tspan>`` elements is read whole), titles, descriptions, ids, editor labels and every
    other non-geometry attribute, comments and metadata. Raises Unreadable for an SVG that is
    not well-formed XML, declares entities or a DOCTYPE, or holds a script.
    """
    parser = expat.ParserCreate(namespace_separator=None)
    pieces: list[Piece] = []
    # Stack of [element name, text parts, start line] for the open text elements.
    open_text: list[list] = []
    loose: list[str] = []
    loose_line = [0]

    def refuse(message: str):
        raise Unreadable(message)

    def doctype(*_args) -> None:
        refuse("this SVG has a DOCTYPE; export it again as plain SVG (no DOCTYPE or entities)")

    def entity(*_args) -> None:
        refuse("this SVG declares entities; export it again as plain SVG")

    def flush_loose() -> None:
        text = "".join(loose)
        if text.strip():
            pieces.append(Piece(text, loose_line[0], "text"))
        loose.clear()

    def start(name: str, attributes: dict) -> None:
        local = name.rsplit(":", 1)[-1].lower()
        line = parser.CurrentLineNumber
        if local in {"script", "foreignobject"} or any(
            a.lower().startswith("on") for a in attributes
        ):
            refuse(
                "this SVG holds a script, an event handler or embedded HTML; export it again "
                "as a plain drawing"
            )
        for key, value in attributes.items():
            lowered = key.lower()
            if lowered.rsplit(":", 1)[-1] in NOT_TEXT_ATTRIBUTES or lowered.startswith("xmlns"):
                continue
            if value.strip():
                pieces.append(Piece(value, line, f"attribute {key}"))
        if local in _SVG_TEXT_ELEMENTS and not open_text:
            flush_loose()
            open_text.append([local, [], line])
        elif open_text:
            open_text.append([local, None, line])

    def end(name: str) -> None:
        if not open_text:
            flush_loose()
            return
        entry = open_text.pop()
        if entry[1] is not None:  # the outermost text element: its whole text, joined
            text = "".join(entry[1])
            if text.strip():
                pieces.append(Piece(text, entry[2], f"<{entry[0]}> text"))

    def data(text: str) -> None:
        if open_text:
            open_text[0][1].append(text)
        else:
            if not loose:
                loose_line[0] = parser.CurrentLineNumber
            loose.append(text)

    def comment(text: str) -> None:
        if text.strip():
            pieces.append(Piece(text, parser.CurrentLineNumber, "comment"))

    def instruction(target: str, text: str) -> None:
        if text.strip() and target.lower() != "xml":
            pieces.append(Piece(text, parser.CurrentLineNumber, "processing instruction"))

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = lambda *args: refuse("this SVG refers to external entities")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    parser.CommentHandler = comment
    parser.ProcessingInstructionHandler = instruction
    try:
        parser.Parse(raw, True)
    except expat.ExpatError as error:
        raise Unreadable(
            f"this SVG is not well-formed XML (line {error.lineno}); open it in a drawing "
            "program and save it again"
        ) from None
    flush_loose()
    return pieces


# -- PDF ------------------------------------------------------------------------------------
PDF_INFO_READ_ELSEWHERE = frozenset({"/Author", "/Title", "/Subject", "/Keywords", "/Creator"})
"""Document info fields that ``assets.pdf_metadata`` reads (the author is refused there)."""


def pdf_pieces(source: Path | bytes) -> tuple[list[Piece], list[Piece]]:
    """(text pieces, person pieces) of a PDF: each page's text, annotations (comments,
    their authors, link targets), form fields, bookmarks, document info and XMP metadata.

    Raises Unreadable for an encrypted PDF, one with attached files or JavaScript, or one
    pypdf cannot read.
    """
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        reader = PdfReader(stream)
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable(
                "this PDF is encrypted, so its text cannot be checked; export it again without a password"
            )
        texts: list[Piece] = []
        people: list[Piece] = []
        root = reader.trailer["/Root"].get_object()
        names = root.get("/Names")
        names = names.get_object() if names is not None else {}
        if "/EmbeddedFiles" in names or "/JavaScript" in names or "/AA" in root:
            raise Unreadable(
                "this PDF carries attached files or scripts, which cannot be checked; export it "
                "again as a plain PDF"
            )
        action = root.get("/OpenAction")
        if action is not None and "/JS" in str(action.get_object()):
            raise Unreadable("this PDF runs a script when opened; export it again as a plain PDF")
        for number, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            if text.strip():
                texts.append(Piece(text, 0, f"page {number} text"))
            for annotation in page.get("/Annots") or []:
                _annotation_pieces(annotation.get_object(), number, texts, people)
        info = reader.metadata or {}
        for key, value in info.items():
            value = _pdf_text(value)
            if not value:
                continue
            if key not in PDF_INFO_READ_ELSEWHERE:
                # Custom properties (/Company, /LastModifiedBy ...) and the producer.
                texts.append(Piece(value, 0, f"PDF {str(key).lstrip('/')}"))
        metadata = root.get("/Metadata")
        if metadata is not None:
            # Named fields are read by assets.pdf_metadata; the rest of the packet (history,
            # file paths, custom schemas) is checked as text here.
            packet = metadata.get_object().get_data().decode("utf-8", errors="replace")
            texts.append(Piece(_xml_text(packet), 0, "XMP metadata"))
        for title in _outline_titles(reader.outline):
            texts.append(Piece(title, 0, "PDF bookmark"))
        for name, field in (reader.get_fields() or {}).items():
            texts.append(Piece(str(name), 0, "PDF form field name"))
            value = _pdf_text(field.get("/V"))
            if value:
                texts.append(Piece(value, 0, "PDF form field value"))
    except Unreadable:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise Unreadable(
            f"cannot read this PDF ({type(error).__name__}); export it again"
        ) from None
    except RecursionError:
        raise Unreadable("cannot read this PDF (nested too deeply); export it again") from None
    return texts, people


def _annotation_pieces(annotation, page: int, texts: list[Piece], people: list[Piece]) -> None:
    where = f"page {page} annotation"
    for key in ("/Contents", "/Subj", "/NM", "/TU"):
        value = _pdf_text(annotation.get(key))
        if value:
            texts.append(Piece(value, 0, where))
    rich = _pdf_text(annotation.get("/RC"))
    if rich:
        texts.append(Piece(_xml_text(rich), 0, where))
    author = _pdf_text(annotation.get("/T"))
    if author:
        # /T is the comment's author on markup annotations (the reviewer's own name, often).
        people.append(Piece(author, 0, f"{where} author"))
    action = annotation.get("/A")
    if action is not None:
        action = action.get_object()
        if "/JS" in action:
            raise Unreadable(
                "this PDF has a link that runs a script; export it again as a plain PDF"
            )
        target = _pdf_text(action.get("/URI") or action.get("/F"))
        if target:
            texts.append(Piece(target, 0, f"page {page} link target"))


def _outline_titles(outline) -> list[str]:
    out: list[str] = []
    for item in outline or []:
        if isinstance(item, list):
            out.extend(_outline_titles(item))
        else:
            title = _pdf_text(getattr(item, "title", None))
            if title:
                out.append(title)
    return out


def _pdf_text(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "get_object"):
        value = value.get_object()
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    text = str(value).replace("\x00", " ")
    return " ".join(text.split())


def _xml_text(packet: str) -> str:
    """Text and attribute values of an XML packet (XMP, rich text), one line."""
    return " ".join(p.text for p in markup_pieces(packet))

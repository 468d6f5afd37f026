"""WordprocessingML names and a parser that never expands entities or reaches the network."""

from __future__ import annotations

from lxml import etree

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
}

# graphicData URIs of the DrawingML objects Markdown cannot hold.
GRAPHIC_KINDS = {
    "http://schemas.openxmlformats.org/drawingml/2006/chart": "chart",
    "http://schemas.microsoft.com/office/drawing/2014/chartex": "chart",
    "http://schemas.openxmlformats.org/drawingml/2006/diagram": "SmartArt diagram",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup": "group of shapes",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas": "drawing canvas",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingInk": "ink drawing",
}
PICTURE_URI = "http://schemas.openxmlformats.org/drawingml/2006/picture"
SHAPE_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


def qn(name: str) -> str:
    """``"w:p"`` as lxml's Clark notation ``"{uri}p"``."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def parse(blob: bytes) -> etree._Element:
    """Parse one XML part; raises ``etree.XMLSyntaxError`` on malformed XML."""
    return etree.fromstring(blob, _PARSER)


def on(element: etree._Element | None) -> bool:
    """A WordprocessingML on/off property (``<w:b/>``, ``<w:b w:val="0"/>``) is on."""
    if element is None:
        return False
    return element.get(qn("w:val"), "true").lower() not in ("0", "false", "off", "none")


W_VAL = qn("w:val")

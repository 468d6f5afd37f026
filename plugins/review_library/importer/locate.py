"""Where something is in a Word document, as the author can find it: paragraph and page.

Paragraphs are counted in document order (table cells and text boxes included). Pages come
from the page breaks Word recorded when it last laid the document out
(``w:lastRenderedPageBreak``); a document never opened in Word has none, and then only the
paragraph is given.
"""

from __future__ import annotations

from lxml import etree

from review_library.importer.ooxml import W_VAL, qn

_P = qn("w:p")
_FALLBACK = qn("mc:Fallback")
_RENDERED_BREAK = qn("w:lastRenderedPageBreak")
_BR = qn("w:br")
_TYPE = qn("w:type")


class Locator:
    """Paragraph numbers and pages of one part (the document body, or a notes part)."""

    def __init__(self, root: etree._Element, label: str = "paragraph"):
        self.label = label
        self._where: dict[etree._Element, tuple[int, int]] = {}
        self.has_pages = False
        page = 1
        index = 0
        for element in root.iter(_P, _RENDERED_BREAK, _BR, qn("w:pageBreakBefore")):
            tag = element.tag
            if tag == _P:
                if _in_fallback(element):
                    continue
                index += 1
                self._where[element] = (index, page)
            elif tag == _RENDERED_BREAK:
                self.has_pages = True
                page += 1
            elif tag == _BR and element.get(_TYPE) == "page":
                page += 1
            elif tag == qn("w:pageBreakBefore") and element.get(W_VAL, "1") not in ("0", "false"):
                page += 1
                # The break comes before the paragraph that asked for it.
                parent = element.getparent().getparent()
                if parent in self._where:
                    number, _ = self._where[parent]
                    self._where[parent] = (number, page)

    def paragraph(self, element: etree._Element) -> int | None:
        p = element if element.tag == _P else next(element.iterancestors(_P), None)
        found = self._where.get(p) if p is not None else None
        return found[0] if found else None

    def where(self, element: etree._Element) -> str:
        """ "paragraph 12", or "page 3, paragraph 12" when Word recorded its pages."""
        p = element if element.tag == _P else next(element.iterancestors(_P), None)
        found = self._where.get(p) if p is not None else None
        if found is None:
            return self.label
        number, page = found
        if self.label != "paragraph":
            return self.label
        return f"page {page}, paragraph {number}" if self.has_pages else f"paragraph {number}"


def _in_fallback(element: etree._Element) -> bool:
    return any(a.tag == _FALLBACK for a in element.iterancestors(_FALLBACK))

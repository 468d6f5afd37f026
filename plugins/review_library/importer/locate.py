"""Where something is in a Word document, as the author can find it: paragraph and page.

Paragraphs are counted in document order (table cells and text boxes included). Pages come
from the page breaks Word recorded when it last laid the document out
(``w:lastRenderedPageBreak``); a document never opened in Word has none, and then only the
paragraph is given.
"""

from __future__ import annotations

from lxml import etree

from review_library.importer.ooxml import qn

_P = qn("w:p")
_FALLBACK = qn("mc:Fallback")
_RENDERED_BREAK = qn("w:lastRenderedPageBreak")


class Locator:
    """Paragraph numbers and pages of one part (the document body, or a notes part)."""

    def __init__(self, root: etree._Element, label: str = "paragraph"):
        self.label = label
        self._where: dict[etree._Element, tuple[int, int]] = {}
        self.has_pages = False
        page = 1
        index = 0
        # Only the breaks Word rendered count: a manual page break is followed by one too.
        for element in root.iter(_P, _RENDERED_BREAK):
            if element.tag == _RENDERED_BREAK:
                self.has_pages = True
                page += 1
            elif not _in_fallback(element):
                index += 1
                self._where[element] = (index, page)

    def where(self, element: etree._Element) -> str:
        """ "paragraph 12", or "page 3, paragraph 12" when Word recorded its pages.

        A table is where its first paragraph is.
        """
        candidates = [element] if element.tag == _P else []
        # A paragraph inside a text box's fallback copy is not counted: use the one around it.
        candidates.extend(element.iterancestors(_P))
        if not candidates:
            candidates = [next(element.iter(_P), None)]
        found = next((self._where[p] for p in candidates if p in self._where), None)
        if found is None:
            return self.label
        number, page = found
        if self.label != "paragraph":
            return self.label
        return f"page {page}, paragraph {number}" if self.has_pages else f"paragraph {number}"


def _in_fallback(element: etree._Element) -> bool:
    return any(a.tag == _FALLBACK for a in element.iterancestors(_FALLBACK))

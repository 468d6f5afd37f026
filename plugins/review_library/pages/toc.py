"""The table of contents of a page whose headings are partly finished HTML.

Headings inside raw HTML blocks (the generated parts of a page) never reach Python-Markdown's
toc extension, so the contents are read again from the page's final HTML.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

_HEADINGS = {f"h{n}": n for n in range(1, 7)}


class _Headings(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str]] = []
        self._open: tuple[int, str] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HEADINGS and self._open is None:
            self._open = (_HEADINGS[tag], dict(attrs).get("id") or "")
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if self._open is not None and tag == f"h{self._open[0]}":
            level, anchor = self._open
            self.found.append((level, anchor, " ".join("".join(self._text).split())))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)


def toc_tokens(page_html: str) -> list[dict]:
    """Nested tokens (as Python-Markdown's toc extension makes them) of the headings with ids.

    Names are HTML-escaped: themes print them as markup.
    """
    parser = _Headings()
    parser.feed(page_html)
    parser.close()
    root: list[dict] = []
    stack: list[dict] = []
    for level, anchor, text in parser.found:
        if not anchor and level > 1:
            continue
        token = {"level": level, "id": anchor, "name": html.escape(text), "children": []}
        while stack and stack[-1]["level"] >= level:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(token)
        stack.append(token)
    return root

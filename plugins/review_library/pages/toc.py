"""The table of contents of a page whose headings are partly finished HTML.

Headings inside raw HTML blocks (the generated parts of a page) never reach Python-Markdown's
toc extension, so the contents are read again from the page's final HTML. A page is a few
hundred tags around a long report, so its tags are found with one regular expression and only
the headings' text is read; a page with markup that expression does not know (an unclosed
tag, a stray "<" before a letter) is read by Python's HTML parser instead, which gives the
same result on well-formed pages at several times the cost.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# What html.parser skips or reads as one token: comments, declarations, processing
# instructions, raw text elements (their content is never markup), then tags with quoted or
# bare attribute values ('>' may appear inside quotes).
_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<(?P<raw>script|style)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>.*?</(?P=raw)\s*>"
    r"|<![^>]*>|<\?[^>]*>"
    r"|<(?P<end>/?)(?P<name>[a-zA-Z][^\t\n\f\r />]*)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.S | re.I,
)
_MARKUP_START = re.compile(r"<[a-zA-Z/!?]")
# An attribute as html.parser reads it (name, then an optional quoted or bare value).
_ATTR = re.compile(r"""([^\s/>][^\s/=>]*)(?:\s*=+\s*("[^"]*"|'[^']*'|(?!['"])[^>\s]*))?""")


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


def headings(page_html: str) -> list[tuple[int, str, str]]:
    """(level, id, text) of each heading, in page order, as html.parser reads them."""
    found = _scan(page_html)
    if found is None:
        parser = _Headings()
        parser.feed(page_html)
        parser.close()
        found = parser.found
    return found


def _scan(page_html: str) -> list[tuple[int, str, str]] | None:
    """headings() by one regular expression; None when the page has markup it does not know."""
    found: list[tuple[int, str, str]] = []
    if "<![" in page_html:
        return None  # a marked section: html.parser reads it to "]]>"
    open_: tuple[int, str] | None = None  # level and id of the heading being read
    text: list[str] = []
    position = 0
    for token in _TOKEN.finditer(page_html):
        if _MARKUP_START.search(page_html, position, token.start()):
            return None  # a "<" the expression could not read as a token
        if open_ is not None:
            if token.group("raw"):
                return None  # html.parser reads a script inside a heading as its text
            text.append(page_html[position : token.start()])
        position = token.end()
        name = (token.group("name") or "").lower()
        if name not in _HEADINGS:
            continue
        level = _HEADINGS[name]
        attrs = token.group("attrs")
        if attrs.rstrip().endswith("/"):
            return None  # a self-closing heading: html.parser's reading depends on its value
        if not token.group("end"):
            if open_ is None:
                open_, text = (level, _id(attrs)), []
        elif open_ is not None and level == open_[0]:
            words = " ".join("".join(html.unescape(part) for part in text).split())
            found.append((open_[0], open_[1], words))
            open_ = None
    if _MARKUP_START.search(page_html, position):
        return None
    return found


def _id(attrs: str) -> str:
    """The value of the last ``id`` attribute (html.parser keeps the last), unescaped."""
    anchor = ""
    for match in _ATTR.finditer(attrs):
        if match.group(1).lower() == "id":
            value = match.group(2) or ""
            if value[:1] in "'\"" and value[:1] and value[-1:] == value[:1] and len(value) > 1:
                value = value[1:-1]
            anchor = html.unescape(value)
    return anchor


def toc_tokens(page_html: str) -> list[dict]:
    """Nested tokens (as Python-Markdown's toc extension makes them) of the headings with ids.

    Names are HTML-escaped: themes print them as markup.
    """
    root: list[dict] = []
    stack: list[dict] = []
    for level, anchor, text in headings(page_html):
        if not anchor and level > 1:
            continue
        token = {"level": level, "id": anchor, "name": html.escape(text), "children": []}
        while stack and stack[-1]["level"] >= level:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(token)
        stack.append(token)
    return root

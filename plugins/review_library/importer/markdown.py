"""Inline Markdown from runs of Word text: escaping, bold and italic, links, line breaks.

Text from the document is always escaped, so nothing in it becomes Markdown syntax or live
HTML on the page; only the importer's own constructs (emphasis, links, images, footnote
references) are written as Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ESCAPE = re.compile(r"([\\`*_\[\]])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)([#>+=|-]|\d+(?=[.)]\s)|\d+(?=[.)]$))")
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Markup:
    """Markdown the importer made (an image, a footnote reference); written as it is."""

    markdown: str


@dataclass(frozen=True)
class Break:
    pass


@dataclass(frozen=True)
class LinkStart:
    url: str


@dataclass(frozen=True)
class LinkEnd:
    pass


Token = Text | Markup | Break | LinkStart | LinkEnd


def escape(text: str) -> str:
    """Word text as Markdown that shows exactly that text (no syntax, no HTML)."""
    text = _ESCAPE.sub(r"\\\1", text)
    return _ENTITY.sub("&amp;", text).replace("<", "&lt;")


def escape_line_start(text: str) -> str:
    """Stop a paragraph's first characters reading as a heading, quote, list or rule."""
    match = _LINE_START.match(text)
    if not match:
        return text
    lead, mark = match.group(1), match.group(2)
    rest = text[match.end() :]
    if mark[0].isdigit():
        return f"{lead}{mark}\\{rest}"  # "12. text" -> "12\. text": not a list item
    return f"{lead}\\{mark}{rest}"


def safe_url(url: str) -> str | None:
    """The link target if it is a web or mail address, percent-encoding what Markdown reads."""
    url = url.strip()
    if not url.lower().startswith(_SAFE_SCHEMES):
        return None
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")


def render(tokens: list[Token], *, plain: bool = False, br: str = "  \n") -> str:
    """Tokens as inline Markdown; ``plain`` drops emphasis (headings are already strong)."""
    out: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if isinstance(token, Text):
            end = index
            text = []
            while (
                end < len(tokens)
                and isinstance(tokens[end], Text)
                and (plain or (tokens[end].bold, tokens[end].italic) == (token.bold, token.italic))
            ):
                text.append(tokens[end].text)
                end += 1
            joined = "".join(text)
            out.append(
                _emphasis(joined, False, False)
                if plain
                else _emphasis(joined, token.bold, token.italic)
            )
            index = end
            continue
        if isinstance(token, Markup):
            out.append(token.markdown)
        elif isinstance(token, Break):
            out.append(" " if plain else br)
        elif isinstance(token, LinkStart):
            depth, end = 1, index + 1
            while end < len(tokens) and depth:
                if isinstance(tokens[end], LinkStart):
                    depth += 1
                elif isinstance(tokens[end], LinkEnd):
                    depth -= 1
                end += 1
            inner_tokens = [
                t for t in tokens[index + 1 : end] if not isinstance(t, LinkStart | LinkEnd)
            ]
            inner = render(inner_tokens, plain=plain, br=" ").strip()
            if inner:
                out.append(f"[{inner}]({token.url})")
            index = end
            continue
        index += 1
    return "".join(out)


def _emphasis(text: str, bold: bool, italic: bool) -> str:
    text = " ".join(text.replace("\t", " ").split(" "))
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    mark = "***" if bold and italic else "**" if bold else "*" if italic else ""
    return f"{lead}{mark}{escape(core)}{mark}{trail}"


def tidy(text: str) -> str:
    """Collapse runs of spaces (Word spacing is layout) and trim, keeping line breaks."""
    lines = [re.sub(r"[ \u00a0]{2,}", " ", line).strip() for line in text.split("  \n")]
    return "  \n".join(line for line in lines if line)

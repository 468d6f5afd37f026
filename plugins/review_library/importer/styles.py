"""What Word's styles say about a paragraph or run: heading level, numbering, formatting."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from review_library.importer.ooxml import W_VAL, on, qn

_HEADING_NAME = re.compile(r"^heading\s*([1-9])$")
_MAX_CHAIN = 20  # basedOn chains longer than this are broken (or hostile) files


@dataclass(frozen=True)
class RunFormat:
    bold: bool = False
    italic: bool = False
    hidden: bool = False
    struck: bool = False


class Styles:
    """Lookups over styles.xml; everything resolves the basedOn chain."""

    def __init__(self, root: etree._Element | None):
        self._by_id: dict[str, etree._Element] = {}
        self.default_paragraph: str | None = None
        self.default_character: str | None = None
        self._defaults_rpr = None
        if root is None:
            return
        for style in root.iter(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            if style_id is None:
                continue
            self._by_id.setdefault(style_id, style)
            if on(style.find(qn("w:default"))) or style.get(qn("w:default")) in ("1", "true"):
                kind = style.get(qn("w:type"))
                if kind == "paragraph" and self.default_paragraph is None:
                    self.default_paragraph = style_id
                elif kind == "character" and self.default_character is None:
                    self.default_character = style_id
        defaults = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self._defaults_rpr = defaults

    def chain(self, style_id: str | None) -> list[etree._Element]:
        """The style and those it is based on, nearest first."""
        out: list[etree._Element] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and len(out) < _MAX_CHAIN:
            seen.add(style_id)
            style = self._by_id.get(style_id)
            if style is None:
                break
            out.append(style)
            based = style.find(qn("w:basedOn"))
            style_id = based.get(W_VAL) if based is not None else None
        return out

    def name(self, style_id: str | None) -> str:
        """The style's name, lower case ("heading 1", "list bullet"); the id if it has none."""
        style = self._by_id.get(style_id or "")
        if style is None:
            return (style_id or "").lower()
        name = style.find(qn("w:name"))
        return (name.get(W_VAL) if name is not None else style_id or "").lower()

    def paragraph_style(self, p: etree._Element) -> str | None:
        found = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        return found.get(W_VAL) if found is not None else self.default_paragraph

    def outline_level(self, p: etree._Element, style_id: str | None) -> int | None:
        """0 for a top-level heading ... 8; None for body text (Word's outline level 9)."""
        direct = p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if direct is not None:
            return _level(direct)
        for style in self.chain(style_id):
            found = style.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
            if found is not None:
                return _level(found)
            name = style.find(qn("w:name"))
            match = _HEADING_NAME.match((name.get(W_VAL) if name is not None else "").lower())
            if match:
                return int(match.group(1)) - 1
        return None

    def numbering(self, p: etree._Element, style_id: str | None) -> tuple[str, int] | None:
        """(numId, level) of a numbered or bulleted paragraph, from itself or its style."""
        num_pr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        num_id = _child_val(num_pr, "w:numId")
        ilvl = _child_val(num_pr, "w:ilvl")
        if num_id is None:
            for style in self.chain(style_id):
                style_num = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
                num_id = _child_val(style_num, "w:numId")
                if num_id is not None:
                    ilvl = ilvl if ilvl is not None else _child_val(style_num, "w:ilvl")
                    break
        if num_id is None or num_id == "0":
            return None
        try:
            level = max(0, min(8, int(ilvl or 0)))
        except ValueError:
            level = 0
        return num_id, level

    def run_format(self, r: etree._Element, paragraph_style: str | None) -> RunFormat:
        """Bold and italic from the run and its character style; hidden from every layer.

        A paragraph style's bold or italic is left out on purpose: it is the look of a
        heading or caption, not emphasis in the text.
        """
        rpr = r.find(qn("w:rPr"))
        char_style = _child_val(rpr, "w:rStyle") or self.default_character
        layers = [rpr, *(s.find(qn("w:rPr")) for s in self.chain(char_style))]
        hidden_layers = [
            *layers,
            *(s.find(qn("w:rPr")) for s in self.chain(paragraph_style)),
            self._defaults_rpr,
        ]
        return RunFormat(
            bold=_first(layers, "w:b"),
            italic=_first(layers, "w:i"),
            hidden=_first(hidden_layers, "w:vanish"),
            struck=_first(layers, "w:strike") or _first(layers, "w:dstrike"),
        )


def _level(element: etree._Element) -> int | None:
    try:
        value = int(element.get(W_VAL, "9"))
    except ValueError:
        return None
    return value if 0 <= value <= 8 else None


def _child_val(parent: etree._Element | None, name: str) -> str | None:
    if parent is None:
        return None
    found = parent.find(qn(name))
    return found.get(W_VAL) if found is not None else None


def _first(layers: list, name: str) -> bool:
    """The on/off property as the nearest layer that sets it says."""
    for layer in layers:
        if layer is None:
            continue
        found = layer.find(qn(name))
        if found is not None:
            return on(found)
    return False

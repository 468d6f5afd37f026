"""The numbers Word shows for numbered paragraphs ("4.12", "b)", "iii.") and list bullets.

Reports cite their paragraph numbers, so the importer writes them as text; this module
keeps Word's counters: one set per abstract list, a deeper level restarting when a higher
one advances, ``startOverride`` restarting a list instance when it is first used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from review_library.importer.ooxml import W_VAL, qn

_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False


@dataclass(frozen=True)
class Number:
    """A paragraph's number as shown, and what kind of list it belongs to."""

    text: str
    bullet: bool
    level: int
    value: int
    list_key: str
    simple: bool  # the level shows only its own decimal counter, as "3." or "3)"


class Numbering:
    """Counters over numbering.xml, advanced paragraph by paragraph in document order."""

    def __init__(self, root: etree._Element | None, styles=None):
        self._abstract: dict[str, dict[int, Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()
        if root is None:
            return
        links: dict[str, str] = {}
        for abstract in root.iter(qn("w:abstractNum")):
            key = abstract.get(qn("w:abstractNumId"), "")
            self._abstract[key] = {
                int(lvl.get(qn("w:ilvl"), "0")): _read_level(lvl)
                for lvl in abstract.iter(qn("w:lvl"))
                if (lvl.get(qn("w:ilvl"), "0")).isdigit()
            }
            link = abstract.find(qn("w:numStyleLink"))
            if link is not None and styles is not None:
                links[key] = link.get(W_VAL, "")
        for num in root.iter(qn("w:num")):
            abstract_id = num.find(qn("w:abstractNumId"))
            if abstract_id is None:
                continue
            overrides: dict[int, int] = {}
            for override in num.iter(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                level = override.get(qn("w:ilvl"), "0")
                if start is not None and level.isdigit():
                    overrides[int(level)] = _int(start.get(W_VAL), 1)
            self._nums[num.get(qn("w:numId"), "")] = (abstract_id.get(W_VAL, ""), overrides)
        # A list defined by a numbering style: follow the style to the list it names.
        for key, style_id in links.items():
            for style in styles.chain(style_id):
                found = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
                if found is not None and found.get(W_VAL) in self._nums:
                    target = self._nums[found.get(W_VAL)][0]
                    if self._abstract.get(target):
                        self._abstract[key] = self._abstract[target]
                    break

    def next(self, num_id: str, ilvl: int) -> Number | None:
        """Advance the counter of (num_id, ilvl) and return the number the paragraph shows."""
        found = self._nums.get(num_id)
        if found is None:
            return None
        abstract_id, overrides = found
        levels = self._abstract.get(abstract_id)
        if not levels:
            return None
        level = levels.get(ilvl, Level())
        counters = self._counters.setdefault(abstract_id, [None] * 9)
        if num_id not in self._started:
            self._started.add(num_id)
            for index, start in overrides.items():
                if 0 <= index < 9:
                    counters[index] = start - 1
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        if level.fmt == "bullet":
            return Number(level.text, True, ilvl, 0, abstract_id, False)

        def shown(match: re.Match) -> str:
            index = int(match.group(1)) - 1
            ref = levels.get(index, Level())
            value = counters[index]
            if value is None:
                value = ref.start
            fmt = "decimal" if level.legal and index < ilvl else ref.fmt
            return format_number(value, fmt)

        text = _PLACEHOLDER.sub(shown, level.text).strip()
        simple = level.fmt == "decimal" and level.text in (f"%{ilvl + 1}.", f"%{ilvl + 1})")
        return Number(text, False, ilvl, counters[ilvl] or 0, abstract_id, simple)


def _read_level(lvl: etree._Element) -> Level:
    def val(name: str) -> str | None:
        found = lvl.find(qn(name))
        return found.get(W_VAL) if found is not None else None

    legal = lvl.find(qn("w:isLgl"))
    return Level(
        start=_int(val("w:start"), 1),
        fmt=val("w:numFmt") or "decimal",
        text=val("w:lvlText") or "",
        legal=legal is not None and legal.get(W_VAL, "true") not in ("0", "false"),
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def format_number(value: int, fmt: str) -> str:
    """One counter in Word's number format (decimal, lowerLetter, upperRoman, ...)."""
    if fmt == "none":
        return ""
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        # Word repeats the letter past z: aa, bb, ...
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "ordinal":
        suffix = (
            "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        )
        return f"{value}{suffix}"
    return str(value)


def _roman(value: int) -> str:
    if value <= 0 or value >= 4000:
        return str(value)
    out = []
    for number, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)

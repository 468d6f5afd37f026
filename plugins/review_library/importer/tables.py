"""Word tables as Markdown tables: merged cells flattened (and counted), rows padded.

Markdown tables have no merged cells. A cell spanning columns keeps its text in its first
column and leaves the others empty; a cell spanning rows keeps its text in its top row.
That keeps a chronology readable, and the importer reports every table it flattened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from review_library.importer.ooxml import W_VAL, qn

_TC = qn("w:tc")
_TR = qn("w:tr")
_WRAPPERS = (qn("w:sdt"), qn("w:customXml"), qn("w:sdtContent"))


@dataclass
class TableResult:
    markdown: str
    merged: int  # cells covered by a merged cell, left empty
    has_text: bool = True


def rows_of(tbl: etree._Element) -> list[etree._Element]:
    return list(_children(tbl, _TR))


def cells_of(tr: etree._Element) -> list[etree._Element]:
    return list(_children(tr, _TC))


def _children(parent: etree._Element, tag: str):
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def table_markdown(tbl: etree._Element, cell_text: Callable[[etree._Element], str]) -> TableResult:
    """The table as a Markdown table; ``cell_text`` renders one cell's content inline."""
    grid: list[list[str]] = []
    merged = 0
    for tr in rows_of(tbl):
        row: list[str] = []
        row.extend([""] * _grid_value(tr, "w:gridBefore"))
        for tc in cells_of(tr):
            tc_pr = tc.find(qn("w:tcPr"))
            span = _span(tc_pr)
            if _continues_merge(tc_pr):
                cell_text(tc)  # keeps numbering counters in step; its text is empty in Word
                row.extend([""] * span)
                merged += span
                continue
            row.append(_cell(cell_text(tc)))
            if span > 1:
                row.extend([""] * (span - 1))
                merged += span - 1
        row.extend([""] * _grid_value(tr, "w:gridAfter"))
        grid.append(row)
    if not grid:
        return TableResult("", 0, has_text=False)
    width = max(len(row) for row in grid) or 1
    grid = [row + [""] * (width - len(row)) for row in grid]
    lines = [_line(grid[0]), "|" + "|".join(" --- " for _ in range(width)) + "|"]
    lines.extend(_line(row) for row in grid[1:])
    has_text = any(cell for row in grid for cell in row)
    return TableResult("\n".join(lines), merged, has_text)


def _line(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _cell(text: str) -> str:
    # A pipe would end the cell; line breaks inside a cell are written as <br>.
    return text.replace("|", "\\|").replace("\n", " ").strip()


def _span(tc_pr: etree._Element | None) -> int:
    if tc_pr is None:
        return 1
    found = tc_pr.find(qn("w:gridSpan"))
    try:
        return max(1, min(64, int(found.get(W_VAL, "1")))) if found is not None else 1
    except ValueError:
        return 1


def _continues_merge(tc_pr: etree._Element | None) -> bool:
    if tc_pr is None:
        return False
    v_merge = tc_pr.find(qn("w:vMerge"))
    if v_merge is not None and v_merge.get(W_VAL, "continue") == "continue":
        return True
    h_merge = tc_pr.find(qn("w:hMerge"))
    return h_merge is not None and h_merge.get(W_VAL, "continue") == "continue"


def _grid_value(tr: etree._Element, name: str) -> int:
    found = tr.find(f"{qn('w:trPr')}/{qn(name)}")
    try:
        return max(0, min(64, int(found.get(W_VAL, "0")))) if found is not None else 0
    except ValueError:
        return 0

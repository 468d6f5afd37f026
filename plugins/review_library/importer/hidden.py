"""Find what a Word document holds that its reader does not see, so the import can refuse it.

Tracked changes (a deletion still holds the deleted words), comments, hidden text, and
fields whose instructions carry text (index entries, reference-manager data, IF and QUOTE
fields, screen tips) are classic ways a real name survives redaction. Each finding says what
and where, with the text masked as the checks mask it; the text itself never leaves here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from review_library.importer.locate import Locator
from review_library.importer.ooxml import W_VAL, qn
from review_library.importer.package import WordPackage
from review_library.importer.styles import Styles
from review_library.redaction.engine import excerpt

_P = qn("w:p")
_R = qn("w:r")

# Kinds, in the order they are reported, with what to do about each in Word.
FIXES = {
    "tracked deletion": "Review > Accept > Accept All Changes (or Reject All), then turn Track Changes off",
    "tracked insertion": "Review > Accept > Accept All Changes (or Reject All), then turn Track Changes off",
    "tracked formatting change": "Review > Accept > Accept All Changes (or Reject All), then turn Track Changes off",
    "comment": "Review > Delete > Delete All Comments in Document",
    "hidden text": "Home > Show/Hide (¶) to see hidden text, then delete it, or select all, open Font "
    "(Ctrl+D) and clear Hidden",
    "field with hidden text": "for Zotero, EndNote or Mendeley citations, first use the add-in's "
    "Unlink Citations (or Convert to Plain Text); then select all (Ctrl+A) and press "
    "Ctrl+Shift+F9 to turn the remaining fields into plain text",
    "screen tip": "right-click the link > Edit Hyperlink > ScreenTip, and delete the text",
    "form field with hidden text": "open the form field's options and delete its help text",
}

_DELETIONS = (qn("w:del"), qn("w:moveFrom"), qn("w:cellDel"))
_INSERTIONS = (qn("w:ins"), qn("w:moveTo"), qn("w:cellIns"))
_FORMAT_CHANGES = tuple(
    qn(f"w:{name}")
    for name in (
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "tblPrExChange",
        "numberingChange",
    )
)

# Fields whose instructions are structure (bookmark names, page numbers, URLs, switches),
# not words a reader should have seen.
_STRUCTURAL_FIELDS = frozenset(
    {
        "PAGE",
        "NUMPAGES",
        "SECTIONPAGES",
        "SECTION",
        "TOC",
        "PAGEREF",
        "REF",
        "NOTEREF",
        "SEQ",
        "HYPERLINK",
        "STYLEREF",
        "DATE",
        "TIME",
        "SAVEDATE",
        "PRINTDATE",
        "CREATEDATE",
        "EDITTIME",
        "NUMWORDS",
        "NUMCHARS",
        "LISTNUM",
        "AUTONUM",
        "AUTONUMLGL",
        "AUTONUMOUT",
        "SYMBOL",
        "EQ",
        "FORMCHECKBOX",
        "FORMDROPDOWN",
        "FORMTEXT",
    }
)
_SWITCH = re.compile(r'\\[*@#!a-zA-Z]\s*(?:"[^"]*"|[^\s\\"]+)?')
_QUOTED_TIP = re.compile(r'\\o\s*"([^"]*)"')


@dataclass(frozen=True)
class HiddenContent:
    """One piece of hidden content: its kind, where it is, and its text masked."""

    kind: str
    where: str
    masked: str

    def render(self) -> str:
        return f"  {self.kind}, {self.where}: {self.masked}"


def find_hidden(package: WordPackage, styles: Styles) -> list[HiddenContent]:
    """Every piece of hidden content in the body, notes, headers, footers and comments."""
    found: list[HiddenContent] = []
    body = Locator(package.document)
    found.extend(_scan(package.document, styles, body.where))
    for note, where in _notes(package):
        found.extend(_scan(note, styles, lambda _e, w=where: w))
    for kind, parts in (("header", package.headers), ("footer", package.footers)):
        for part in parts:
            found.extend(_scan(part, styles, lambda _e, w=kind: w))
    found.extend(_comments(package, body))
    return _merged(found)


def _scan(root: etree._Element, styles: Styles, where) -> Iterator[HiddenContent]:
    for element in root.iter(*_DELETIONS):
        yield HiddenContent("tracked deletion", where(element), _masked(_text(element)))
    for element in root.iter(*_INSERTIONS):
        if element.getparent() is not None and element.getparent().tag == qn("w:rPr"):
            # An inserted paragraph mark: no text of its own.
            yield HiddenContent("tracked insertion", where(element), "(a new paragraph)")
            continue
        yield HiddenContent("tracked insertion", where(element), _masked(_text(element)))
    for element in root.iter(*_FORMAT_CHANGES):
        yield HiddenContent("tracked formatting change", where(element), "(formatting only)")
    yield from _hidden_runs(root, styles, where)
    yield from _fields(root, where)
    for link in root.iter(qn("w:hyperlink")):
        tip = link.get(qn("w:tooltip"))
        if tip and tip.strip():
            yield HiddenContent("screen tip", where(link), _masked(tip))
    for form in root.iter(qn("w:ffData")):
        for name in ("w:helpText", "w:statusText"):
            for item in form.iter(qn(name)):
                if (item.get(W_VAL) or "").strip():
                    yield HiddenContent(
                        "form field with hidden text", where(form), _masked(item.get(W_VAL))
                    )


def _hidden_runs(root: etree._Element, styles: Styles, where) -> Iterator[HiddenContent]:
    for p in root.iter(_P):
        style = styles.paragraph_style(p)
        texts = []
        for r in p.iter(_R):
            if next(r.iterancestors(_P), None) is not p:
                continue  # a run of a paragraph nested in a text box: scanned with that one
            if styles.run_format(r, style).hidden:
                texts.append(_run_text(r))
        text = "".join(texts)
        if text.strip():
            yield HiddenContent("hidden text", where(p), _masked(text))


def _fields(root: etree._Element, where) -> Iterator[HiddenContent]:
    """Complex fields (fldChar begin ... instrText ... end) and simple ones (fldSimple)."""
    stack: list[list] = []  # [instruction parts, element where it began, in instructions]
    for element in root.iter(qn("w:fldChar"), qn("w:instrText"), qn("w:fldSimple")):
        if element.tag == qn("w:fldSimple"):
            yield from _field(element.get(qn("w:instr"), ""), where(element))
            continue
        if element.tag == qn("w:instrText"):
            if stack and stack[-1][2]:
                stack[-1][0].append(element.text or "")
            continue
        kind = element.get(qn("w:fldCharType"))
        if kind == "begin":
            stack.append([[], element, True])
        elif kind == "separate" and stack:
            stack[-1][2] = False
        elif kind == "end" and stack:
            parts, begun, _ = stack.pop()
            yield from _field("".join(parts), where(begun))
    for parts, begun, _ in stack:  # a field never closed: check what it holds anyway
        yield from _field("".join(parts), where(begun))


def _field(instruction: str, where: str) -> Iterator[HiddenContent]:
    words = instruction.strip().split(None, 1)
    if not words:
        return
    keyword = words[0].upper()
    rest = words[1] if len(words) > 1 else ""
    if keyword in _STRUCTURAL_FIELDS:
        if keyword == "HYPERLINK":
            for tip in _QUOTED_TIP.findall(rest):
                if tip.strip():
                    yield HiddenContent("screen tip", where, _masked(tip))
        return
    text = _SWITCH.sub(" ", rest).replace('"', " ").strip()
    if any(ch.isalnum() for ch in text):
        yield HiddenContent(f"field with hidden text ({keyword[:20]})", where, _masked(text))


def _notes(package: WordPackage) -> Iterator[tuple[etree._Element, str]]:
    """Each footnote and endnote, with where it is ("footnote 3")."""
    for root, label in ((package.footnotes, "footnote"), (package.endnotes, "endnote")):
        if root is None:
            continue
        numbers = _note_numbers(package.document, label)
        for note in root.iter(qn(f"w:{label}")):
            yield note, f"{label} {numbers.get(note.get(qn('w:id')), '(not referenced)')}"


def _comments(package: WordPackage, body: Locator) -> Iterator[HiddenContent]:
    anchors: dict[str, str] = {}
    tags = (qn("w:commentRangeStart"), qn("w:commentReference"))
    for element in package.document.iter(*tags):
        anchors.setdefault(element.get(qn("w:id"), ""), body.where(element))
    for note, where in _notes(package):
        for element in note.iter(*tags):
            anchors.setdefault(element.get(qn("w:id"), ""), where)
    for part in package.comments:
        for comment in part.iter(qn("w:comment")):
            where = anchors.get(comment.get(qn("w:id"), ""), "not anchored in the text")
            yield HiddenContent("comment", where, _masked(_text(comment)))


def _note_numbers(document: etree._Element, label: str) -> dict[str, int]:
    numbers: dict[str, int] = {}
    for ref in document.iter(qn(f"w:{label}Reference")):
        numbers.setdefault(ref.get(qn("w:id"), ""), len(numbers) + 1)
    return numbers


def _text(element: etree._Element) -> str:
    return "".join(
        t.text or ""
        for t in element.iter(qn("w:t"), qn("w:delText"), qn("w:instrText"), qn("w:delInstrText"))
    )


def _run_text(r: etree._Element) -> str:
    return "".join(t.text or "" for t in r.iter(qn("w:t"), qn("w:delText")))


def _masked(text: str) -> str:
    # Control characters could drive the terminal; they are not part of any name.
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return f'"{excerpt(text)}"' if text else "(no text)"


def _merged(found: list[HiddenContent]) -> list[HiddenContent]:
    """One line per kind and place: a deletion split over runs is one deletion."""
    out: list[HiddenContent] = []
    for item in found:
        if out and out[-1].kind == item.kind and out[-1].where == item.where:
            previous = out[-1]
            if item.masked not in previous.masked:
                masked = previous.masked.rstrip('"') + " " + item.masked.lstrip('"')
                if previous.masked.startswith("("):
                    masked = item.masked
                out[-1] = HiddenContent(item.kind, item.where, masked)
            continue
        out.append(item)
    return out


def advice(found: list[HiddenContent]) -> list[str]:
    """What to do in Word, one line per fix needed, in the order of FIXES."""
    kinds = {item.kind.split(" (")[0] for item in found}
    seen: list[str] = []
    for kind, fix in FIXES.items():
        if kind in kinds and fix not in seen:
            seen.append(fix)
    return seen

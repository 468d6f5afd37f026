"""Scan a built site for identifiers and for the text of unpublished reviews.

The source checks read what authors wrote; this reads what the build wrote, so it also
catches what a template, a search index, a feed or an export leaked. It runs the
identifier register and the high-confidence patterns (postcodes, emails, phone numbers,
NHS/NI/UPN numbers) over the visible text and the text-bearing attributes of every HTML
page, and over every JSON, XML, CSV and text file; and it proves that no draft, embargoed
or withdrawn review's summary, learning or distinctive sentence reached the output
(rule ``unpublished-content``).
"""

from __future__ import annotations

import bisect
import html
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import REGISTER_RULE, excerpt, find_hits
from review_library.redaction.findings import Finding, Report, Suppression
from review_library.redaction.register import Register
from review_library.redaction.rules.text import line_starts

HIGH_CONFIDENCE_RULES = (
    REGISTER_RULE,
    "uk-postcode",
    "email",
    "phone-number",
    "nhs-number",
    "ni-number",
    "upn",
)
UNPUBLISHED_RULE = "unpublished-content"
UNPUBLISHED_MESSAGE = (
    "text of an unpublished or withdrawn review ({source}) is in the built site; find the "
    "template, page or export that included it"
)
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
XML_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".svg"})
JSON_SUFFIXES = frozenset({".json", ".jsonld", ".webmanifest", ".geojson"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".md"})
SHINGLE = 12
"""Words in a row that prove a leak; shorter forbidden texts must appear whole."""

_TAG = re.compile(
    r"<!--(.*?)-->|<!\[CDATA\[(.*?)\]\]>|<(script|style)\b[^>]*>(.*?)</\3\s*>|<[^>]*>", re.S | re.I
)
_TEXT_ATTRS = re.compile(
    r"\b(?:href|src|alt|title|content|aria-label|aria-description|placeholder|value|label|"
    r"download|summary|data-[\w-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')",
    re.I,
)
_WORD = re.compile(r"[^\W_]+")


def scan_site(
    site_dir: Path,
    *,
    config: RedactionConfig,
    register: Register | None,
    forbidden: list[tuple[str, str]],
    allowed: Iterable[tuple[str, str]] = (),
    published: Iterable[str] = (),
) -> Report:
    """Scan every HTML, JSON, XML and CSV file under ``site_dir``.

    ``forbidden``: (review source path, text) of every unpublished or withdrawn review.
    ``allowed``: (rule, text) declared by published reviews (``redaction.allow``); a match
    inside such a text becomes a Suppression, as in the source checks.
    ``published``: texts of the published reviews; wording they share with an unpublished
    one (a common recommendation, a draft revision of a published review) proves nothing.
    """
    from review_library.catalogue import project_relative

    report = Report()
    site_dir = Path(site_dir)
    if not site_dir.is_dir():
        return report
    allowances = [(rule, _allowance_re(text)) for rule, text in allowed if text.strip()]
    index = _ForbiddenIndex(forbidden, published) if config.enabled(UNPUBLISHED_RULE) else None
    for file in _site_files(site_dir):
        text = _extract(file)
        if text is None:
            continue
        shown = project_relative(file)
        report.files_checked += 1
        starts = line_starts(text)
        for hit in find_hits(text, config=config, register=register, rules=HIGH_CONFIDENCE_RULES):
            line, column = _where(starts, hit.start)
            matched = text[hit.start : hit.end]
            allowance = next(
                (
                    rule
                    for rule, pattern in allowances
                    if rule == hit.rule
                    and any(
                        m.start() <= hit.start and hit.end <= m.end()
                        for m in pattern.finditer(text, max(0, hit.start - 200), hit.end + 200)
                    )
                ),
                None,
            )
            if allowance is not None:
                report.suppressions.append(
                    Suppression(
                        shown,
                        line,
                        hit.rule,
                        excerpt(matched),
                        "redaction.allow of a published review",
                        "allow",
                    )
                )
                continue
            report.findings.append(
                Finding(
                    shown,
                    line,
                    column,
                    hit.rule,
                    config.severity(hit.rule),
                    hit.message,
                    excerpt(matched),
                )
            )
        if index is not None:
            for offset, source, words in index.find(text):
                line, column = _where(starts, offset)
                report.findings.append(
                    Finding(
                        shown,
                        line,
                        column,
                        UNPUBLISHED_RULE,
                        config.severity(UNPUBLISHED_RULE),
                        UNPUBLISHED_MESSAGE.format(source=source),
                        excerpt(" ".join(words[:8])),
                    )
                )
    report.findings = sorted(set(report.findings))
    report.suppressions = sorted(set(report.suppressions))
    return report


def _site_files(site_dir: Path) -> list[Path]:
    wanted = HTML_SUFFIXES | XML_SUFFIXES | JSON_SUFFIXES | TEXT_SUFFIXES
    found = []
    for root, dirs, files in os.walk(site_dir):
        dirs.sort()
        found.extend(Path(root) / n for n in sorted(files) if Path(n).suffix.lower() in wanted)
    return found


def _extract(file: Path) -> str | None:
    """The text a reader or a crawler gets from a file, newlines kept for line numbers."""
    try:
        raw = file.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:
        return None
    suffix = file.suffix.lower()
    if suffix in HTML_SUFFIXES or suffix in XML_SUFFIXES:
        return html_text(raw)
    if suffix in JSON_SUFFIXES:
        return json_text(raw)
    return raw


def html_text(markup: str) -> str:
    """Visible text, comments, scripts' text and text-bearing attributes, entities decoded.

    Every tag is replaced by its attribute values and as many newlines as it spanned, so
    line numbers stay those of the file.
    """

    def replace(match: re.Match) -> str:
        whole = match.group(0)
        newlines = "\n" * whole.count("\n")
        if match.group(1) is not None:  # comment: published in the source
            return " " + match.group(1) + " "
        if match.group(2) is not None:  # CDATA
            return " " + match.group(2) + " "
        if match.group(3) is not None:  # script or style
            if match.group(3).lower() == "style":
                return newlines
            opening = whole[: whole.find(">") + 1]
            return " " + _attributes(opening) + " " + match.group(4) + " "
        return " " + _attributes(whole) + " " + newlines

    return html.unescape(_TAG.sub(replace, markup))


def _attributes(tag: str) -> str:
    return " ".join(html.unescape(a or b) for a, b in _TEXT_ATTRS.findall(tag))


def json_text(raw: str) -> str:
    """Every string of a JSON document (keys too), one a line; the raw text if not JSON."""
    try:
        data = json.loads(raw)
    except ValueError:
        return raw
    out: list[str] = []
    _strings(data, out)
    return "\n".join(out)


def _strings(value: object, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            out.append(str(key))
            _strings(item, out)
    elif isinstance(value, list):
        for item in value:
            _strings(item, out)


def _where(starts: list[int], offset: int) -> tuple[int, int]:
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def _allowance_re(text: str) -> re.Pattern:
    words = _WORD.findall(text)
    return re.compile(
        r"(?<![^\W_])" + r"[\W_]*".join(re.escape(w) for w in words) + r"(?![^\W_])", re.I
    )


class _ForbiddenIndex:
    """Word shingles of forbidden texts: SHINGLE words in a row, or a whole shorter text."""

    def __init__(self, forbidden: list[tuple[str, str]], published: Iterable[str] = ()):
        self.shingles: dict[tuple[str, ...], tuple[str, list[str]]] = {}
        self.sizes: set[int] = set()
        for source, text in forbidden:
            words = [w.casefold() for w in _WORD.findall(text)]
            if len(words) < 4:
                continue  # too short to prove anything; would match ordinary phrases
            size = min(SHINGLE, len(words))
            self.sizes.add(size)
            for start in range(0, len(words) - size + 1):
                self.shingles.setdefault(tuple(words[start : start + size]), (source, words))
        self.first_words = {key[0] for key in self.shingles}
        # Wording that a published review shares (a common recommendation, the unchanged
        # parts of a draft revision) proves nothing: drop those shingles.
        shared = {key for text in published for key in self._keys_in(text)}
        for key in shared:
            del self.shingles[key]
        self.first_words = {key[0] for key in self.shingles}

    def _keys_in(self, text: str) -> Iterator[tuple[str, ...]]:
        words = [w.casefold() for w in _WORD.findall(text)]
        first_words = self.first_words
        for index, word in enumerate(words):
            if word in first_words:
                for size in self.sizes:
                    key = tuple(words[index : index + size])
                    if key in self.shingles:
                        yield key

    def find(self, text: str) -> list[tuple[int, str, list[str]]]:
        """(offset, source, words of the forbidden text) of each leak, once per text."""
        if not self.shingles:
            return []
        matches = list(_WORD.finditer(text))
        words = [m.group().casefold() for m in matches]
        found: list[tuple[int, str, list[str]]] = []
        reported: set[int] = set()
        first_words = self.first_words
        for index, word in enumerate(words):
            if word not in first_words:
                continue
            for size in self.sizes:
                entry = self.shingles.get(tuple(words[index : index + size]))
                if entry is not None and id(entry[1]) not in reported:
                    reported.add(id(entry[1]))
                    found.append((matches[index].start(), entry[0], entry[1]))
        return found

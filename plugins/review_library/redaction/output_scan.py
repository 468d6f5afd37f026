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
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import excerpt, find_hits
from review_library.redaction.findings import Finding, Report, Suppression
from review_library.redaction.register import Register
from review_library.redaction.rules import registry, unpublished_content
from review_library.redaction.rules.text import line_starts

# The rules that declare ``output_scan=True``: precise enough for generated text.
HIGH_CONFIDENCE_RULES = tuple(rule.id for rule in registry() if rule.output_scan)
UNPUBLISHED_RULE = unpublished_content.RULE.id
UNPUBLISHED_MESSAGE = unpublished_content.RULE.message
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


@dataclass
class FileScan:
    """What the scan found in one output file; leaks are candidates until ``finish_scan``."""

    shown: str
    findings: list[Finding] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    leaks: list[tuple[int, int, str, tuple[str, ...], tuple[str, ...]]] = field(
        default_factory=list
    )
    """(line, column, source, forbidden words, matched shingle) of each possible leak."""


class OutputScanner:
    """The output checks of one build, applied one file at a time, in any process.

    ``forbidden``: (review source path, text) of every unpublished or withdrawn review.
    ``allowed``: (rule, text) declared by published reviews (``redaction.allow``); a match
    inside such a text becomes a Suppression, as in the source checks.
    """

    def __init__(
        self,
        *,
        config: RedactionConfig,
        register: Register | None,
        forbidden: list[tuple[str, str]],
        allowed: Iterable[tuple[str, str]] = (),
    ):
        self.config = config
        self.register = register
        self.allowances = [(rule, _allowance_re(text)) for rule, text in allowed if text.strip()]
        self.index = _ForbiddenIndex(forbidden) if config.enabled(UNPUBLISHED_RULE) else None

    def scan_file(self, file: Path, shown: str) -> FileScan | None:
        """Scan a file as written; None for a file that is not a published text format."""
        text = _extract(file)
        return None if text is None else self.scan_text(text, shown)

    def scan_output(self, raw: str, suffix: str, shown: str) -> FileScan | None:
        """Scan a file's content before it is written (``suffix`` gives its format)."""
        text = _extract_text(raw, suffix)
        return None if text is None else self.scan_text(text, shown)

    def scan_text(self, text: str, shown: str) -> FileScan:
        config = self.config
        scan = FileScan(shown)
        starts = line_starts(text)
        hits = find_hits(text, config=config, register=self.register, rules=HIGH_CONFIDENCE_RULES)
        for hit in hits:
            line, column = _where(starts, hit.start)
            matched = text[hit.start : hit.end]
            allowance = next(
                (
                    rule
                    for rule, pattern in self.allowances
                    if rule == hit.rule
                    and any(
                        m.start() <= hit.start and hit.end <= m.end()
                        for m in pattern.finditer(text, max(0, hit.start - 200), hit.end + 200)
                    )
                ),
                None,
            )
            if allowance is not None:
                scan.suppressions.append(
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
            scan.findings.append(
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
        if self.index is not None:
            for offset, source, words, key in self.index.find(text):
                line, column = _where(starts, offset)
                scan.leaks.append((line, column, source, tuple(words), key))
        return scan


def finish_scan(
    scans: Iterable[FileScan | None], config: RedactionConfig, published: Iterable[str] = ()
) -> Report:
    """One report from the file scans, in file order.

    ``published``: texts of the published reviews. Wording they share with an unpublished
    one (a common recommendation, a draft revision of a published review) proves nothing, so
    a possible leak counts only through a shingle no published text contains; then each
    forbidden text is reported once per file, where it first appears.
    """
    report = Report()
    scans = [s for s in scans if s is not None]
    keys = {leak[4] for scan in scans for leak in scan.leaks}
    shared = _shared_keys(keys, published) if keys else set()
    for scan in sorted(scans, key=lambda s: s.shown):
        report.files_checked += 1
        report.findings.extend(scan.findings)
        report.suppressions.extend(scan.suppressions)
        reported: set[tuple[str, ...]] = set()
        for line, column, source, words, key in sorted(scan.leaks):
            if key in shared or words in reported:
                continue
            reported.add(words)
            report.findings.append(
                Finding(
                    scan.shown,
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


def scan_site(
    site_dir: Path,
    *,
    config: RedactionConfig,
    register: Register | None,
    forbidden: list[tuple[str, str]],
    allowed: Iterable[tuple[str, str]] = (),
    published: Iterable[str] = (),
) -> Report:
    """Scan every HTML, JSON, XML and CSV file under ``site_dir`` (see OutputScanner)."""
    from review_library.catalogue import project_relative

    site_dir = Path(site_dir)
    if not site_dir.is_dir():
        return Report()
    scanner = OutputScanner(config=config, register=register, forbidden=forbidden, allowed=allowed)
    scans = [scanner.scan_file(file, project_relative(file)) for file in site_files(site_dir)]
    return finish_scan(scans, config, published)


def scan_task(
    token: str, scanner_args: dict, items: list[tuple[str, str, str | None]]
) -> list[FileScan | None]:
    """Worker side: scan (shown, suffix or path, content) items with the build's scanner.

    ``content`` None means read the file at the path. The scanner (its forbidden-text index
    is the costly part) is built once per worker and build, keyed by ``token``.
    """
    scanner = _SCANNERS.get(token)
    if scanner is None:
        _SCANNERS.clear()
        scanner = _SCANNERS[token] = OutputScanner(**scanner_args)
    out = []
    for shown, where, content in items:
        if content is None:
            out.append(scanner.scan_file(Path(where), shown))
        else:
            out.append(scanner.scan_output(content, where, shown))
    return out


_SCANNERS: dict[str, OutputScanner] = {}


def _shared_keys(keys: set[tuple[str, ...]], published: Iterable[str]) -> set[tuple[str, ...]]:
    firsts = {key[0] for key in keys}
    sizes = {len(key) for key in keys}
    shared: set[tuple[str, ...]] = set()
    for text in published:
        words = [w.casefold() for w in _WORD.findall(text)]
        for index, word in enumerate(words):
            if word in firsts:
                for size in sizes:
                    key = tuple(words[index : index + size])
                    if key in keys:
                        shared.add(key)
    return shared


def site_files(site_dir: Path) -> list[Path]:
    """Every file of a published text format under ``site_dir``, in a stable order."""
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
    return _extract_text(raw, file.suffix)


def _extract_text(raw: str, suffix: str) -> str | None:
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES or suffix in XML_SUFFIXES:
        return html_text(raw)
    if suffix in JSON_SUFFIXES:
        return json_text(raw)
    if suffix in TEXT_SUFFIXES:
        return raw
    return None


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

    def __init__(self, forbidden: list[tuple[str, str]]):
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

    def find(self, text: str) -> list[tuple[int, str, list[str], tuple[str, ...]]]:
        """(offset, source, words of the forbidden text, shingle) of every shingle found."""
        if not self.shingles:
            return []
        matches = list(_WORD.finditer(text))
        words = [m.group().casefold() for m in matches]
        found = []
        seen: set[tuple[str, ...]] = set()
        first_words = self.first_words
        for index, word in enumerate(words):
            if word not in first_words:
                continue
            for size in self.sizes:
                key = tuple(words[index : index + size])
                entry = self.shingles.get(key)
                if entry is not None and key not in seen:
                    seen.add(key)
                    found.append((matches[index].start(), entry[0], entry[1], key))
        return found

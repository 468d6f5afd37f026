"""Run the redaction rules over a review file: front matter values, body, comments and links.

``check_text`` is the heart: it splits the file, scans every free-text front matter value at
its own line (or the whole front matter as text when the YAML is broken), scans the body,
applies the review's declared allowances (each one that silences a match becomes a
Suppression) and returns findings with masked excerpts only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from review_library.frontmatter import (
    FieldPath,
    SourceError,
    decode_source,
    parse_front_matter,
    split_source,
)
from review_library.redaction.config import RedactionConfig
from review_library.redaction.findings import Finding, Report, Suppression, mask
from review_library.redaction.register import Register
from review_library.redaction.rules import Hit, addresses, institutions, markup, names, patterns
from review_library.redaction.rules.text import line_starts

REGISTER_RULE = "identifier-register"
REGISTER_MESSAGE = (
    "this matches an entry of the identifier register (a real name, place or school of the "
    "case); replace it with the pseudonym or role"
)

# (rule ids, function) of every text rule, cheapest first.
TEXT_RULES = (
    *patterns.RULES,
    *markup.RULES,
    *addresses.RULES,
    *institutions.RULES,
    *names.RULES,
)

# When hits of different rules overlap, the more specific one is reported: a lower-ranked
# hit lying inside a higher-ranked one is dropped ("Kelly" inside "Kelly Road").
RANK = {
    rule: index
    for index, rule in enumerate(
        (
            REGISTER_RULE,
            "nhs-number",
            "upn",
            "ni-number",
            "email",
            "phone-number",
            "uk-postcode",
            "date-of-birth",
            "full-date",
            "case-reference",
            "vehicle-registration",
            "social-handle",
            "street-address",
            "named-institution",
            "person-name",
            "link-target",
        )
    )
}
CONTAINERS = frozenset({"html-comment"})

# Front matter keys whose values are codes, dates or vocabulary keys, not prose. Their
# values are still scanned when they do not look like a code (a name typed into `region`).
STRUCTURAL_KEYS = frozenset(
    {
        "id",
        "review_type",
        "nation",
        "region",
        "published",
        "incident_year",
        "age_band",
        "themes",
        "agencies",
        "status",
        "embargo_until",
        "updated",
        "date",
    }
)
_CODE_VALUE = re.compile(
    r"[a-z0-9]+(?:[-_.][a-z0-9]+)*|\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|"
    r"[A-Za-z]?\d+(?:\.\d+)*"
)
# Allowances apply to these rules only: a pseudonym never silences a register match.
NAME_RULES = frozenset({"person-name", "named-institution", "link-target"})
NAMED_PEOPLE_RULES = frozenset({"person-name", REGISTER_RULE, "link-target"})
EXCERPT_LIMIT = 80


@dataclass(frozen=True)
class Allowance:
    """A declared text that may appear: pseudonym, author, partnership, allow, named person."""

    text: str
    rules: frozenset[str]
    kind: str
    reason: str
    pattern: re.Pattern


@dataclass
class _Segment:
    """A piece of the file to scan and where it sits: base line and column of its offset 0."""

    text: str
    line: int
    column: int = 1
    field: FieldPath | None = None


# -- public API ----------------------------------------------------------------------------
def check_text(
    text: str, path: str, *, config: RedactionConfig, register: Register | None = None
) -> Report:
    """Check one review file's text (front matter and body); lines are 1-based file lines."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    report = Report(files_checked=1)
    segments, allowances, pseudonyms = _segments(text, path)
    findings: list[Finding] = []
    for segment in segments:
        findings.extend(
            _scan_segment(segment, path, text, config, register, allowances, report.suppressions)
        )
    findings.extend(_check_pseudonyms(pseudonyms, path, config, allowances, report.suppressions))
    report.findings = sorted(set(findings))
    report.suppressions = sorted(set(report.suppressions))
    return report


def check_file(
    file: Path, shown: str, *, config: RedactionConfig, register: Register | None = None
) -> Report:
    """Read and check one file. Raises SourceError for unreadable, binary or non-UTF-8 files."""
    try:
        raw = Path(file).read_bytes()
    except OSError as error:
        raise SourceError(shown, None, f"cannot read the file ({error.strerror})") from None
    return check_text(decode_source(raw, shown), shown, config=config, register=register)


def check_paths(
    paths: Sequence[Path],
    *,
    root: Path | None = None,
    config: RedactionConfig,
    register: Register | None = None,
) -> Report:
    """Check every Markdown file under ``paths`` (drafts too) and the assets next to them.

    Raises SourceError for the first file that cannot be read or decoded.
    """
    from review_library.catalogue import project_relative
    from review_library.redaction import assets

    targets = assets.find_targets(list(paths))
    report = Report()
    for file in targets.markdown:
        shown = project_relative(file, root)
        report.extend(check_file(file, shown, config=config, register=register))
    if targets.assets:
        report.extend(
            assets.check_assets(targets.assets, root=root, config=config, register=register)
        )
    report.sort()
    return report


def find_hits(
    text: str,
    *,
    config: RedactionConfig,
    register: Register | None = None,
    rules: Iterable[str] | None = None,
) -> list[Hit]:
    """Raw hits (character spans) of the given rules (default: all that are on) in plain text.

    For callers that apply their own allowances, such as the output scan; never show
    ``text[hit.start:hit.end]`` unmasked.
    """
    wanted = None if rules is None else frozenset(rules)
    return _hits(text, config, register, wanted)


def excerpt(matched: str) -> str:
    """The masked form of a match, as every report shows it."""
    return _excerpt(matched)


# -- front matter ---------------------------------------------------------------------------
def _segments(
    text: str, path: str
) -> tuple[list[_Segment], list[Allowance], list[tuple[str, int]]]:
    """Pieces to scan, the allowances declared, and the pseudonyms with their lines."""
    try:
        document = split_source(text, path)
    except SourceError:
        # An unclosed front matter fence: check everything as plain text.
        return [_Segment(text, 1)], [], []
    segments: list[_Segment] = []
    allowances: list[Allowance] = []
    pseudonyms: list[tuple[str, int]] = []
    if document.has_front_matter:
        try:
            parsed = parse_front_matter(document)
        except SourceError:
            segments.append(_Segment(document.front_matter, document.front_matter_line))
        else:
            data = parsed.data if isinstance(parsed.data, dict) else {}
            allowances, pseudonyms = _allowances(data, parsed)
            anonymised = _partnership_anonymised(data)
            for field_path, value in _free_text(parsed.data, ()):
                if field_path[:1] in (("author",), ("pseudonyms",), ("redaction",)):
                    continue
                if field_path[:1] == ("partnership",) and not anonymised:
                    continue
                line = parsed.line_of(field_path) or document.front_matter_line
                segments.append(_Segment(value, line, 1, field_path))
    body = _Segment(document.body, document.body_line)
    segments.append(body)
    return segments, allowances, pseudonyms


def _free_text(value: Any, path: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _free_text(item, (*path, str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _free_text(item, (*path, index))
    elif isinstance(value, str):
        keys = [p for p in path if isinstance(p, str)]
        if keys and keys[-1] in STRUCTURAL_KEYS and _CODE_VALUE.fullmatch(value.strip()):
            return
        if value.strip():
            yield path, value


def _partnership_anonymised(data: dict) -> bool:
    redaction = data.get("redaction")
    return isinstance(redaction, dict) and redaction.get("partnership_anonymised") is True


def _allowances(data: dict, parsed: Any) -> tuple[list[Allowance], list[tuple[str, int]]]:
    out: list[Allowance] = []
    pseudonyms: list[tuple[str, int]] = []
    raw = data.get("pseudonyms")
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        if isinstance(item, str) and item.strip():
            out.append(_allowance(item, NAME_RULES, "pseudonym", "declared pseudonym"))
            pseudonyms.append((item, parsed.line_of(("pseudonyms", index)) or 1))
    author = data.get("author")
    if isinstance(author, str) and author.strip():
        out.append(_allowance(author, NAME_RULES, "author", "the reviewer, named by statute"))
    partnership = data.get("partnership")
    if isinstance(partnership, str) and partnership.strip() and not _partnership_anonymised(data):
        out.append(
            _allowance(
                partnership, NAME_RULES, "partnership", "the partnership publishing the review"
            )
        )
    redaction = data.get("redaction") if isinstance(data.get("redaction"), dict) else {}
    for entry in redaction.get("allow") or []:
        # An entry without text, rule and reason silences nothing: no silent bypass.
        if isinstance(entry, dict) and all(
            isinstance(entry.get(k), str) and entry[k].strip() for k in ("text", "rule", "reason")
        ):
            out.append(
                _allowance(
                    entry["text"], frozenset({entry["rule"].strip()}), "allow", entry["reason"]
                )
            )
    for entry in redaction.get("named_people") or []:
        if isinstance(entry, dict) and all(
            isinstance(entry.get(k), str) and entry[k].strip() for k in ("name", "reason")
        ):
            out.append(
                _allowance(entry["name"], NAMED_PEOPLE_RULES, "named_people", entry["reason"])
            )
    return [a for a in out if a.pattern is not None], pseudonyms


def _allowance(text: str, rules: frozenset[str], kind: str, reason: str) -> Allowance:
    words = re.findall(r"[^\W_]+", text)
    joined = r"[\s\-'’.]*".join(re.escape(w) for w in words) if words else re.escape(text.strip())
    pattern = re.compile(rf"(?<![^\W_]){joined}(?:['’]s?)?(?![^\W_])", re.I)
    return Allowance(" ".join(text.split()), rules, kind, " ".join(reason.split()), pattern)


# -- scanning ------------------------------------------------------------------------------
def _hits(text: str, config: RedactionConfig, register: Register | None, wanted) -> list[Hit]:
    def on(rule: str) -> bool:
        return config.enabled(rule) and (wanted is None or rule in wanted)

    hits: list[Hit] = []
    if register is not None and on(REGISTER_RULE):
        hits.extend(Hit(s, e, REGISTER_RULE, REGISTER_MESSAGE) for s, e in register.find(text))
    for rule_ids, function in TEXT_RULES:
        if any(on(r) for r in rule_ids):
            hits.extend(h for h in function(text) if on(h.rule))
    return _resolve(hits)


def _resolve(hits: list[Hit]) -> list[Hit]:
    """Merge overlapping hits of one rule; drop hits inside a more specific rule's hit."""
    by_rule: dict[str, list[Hit]] = {}
    for hit in sorted(hits, key=lambda h: (h.rule, h.start, -h.end)):
        group = by_rule.setdefault(hit.rule, [])
        if group and hit.start < group[-1].end:
            last = group[-1]
            if hit.end > last.end:
                group[-1] = Hit(last.start, hit.end, last.rule, last.message)
            continue
        group.append(hit)
    merged = [h for group in by_rule.values() for h in group]
    ranked = sorted(
        (h for h in merged if h.rule not in CONTAINERS), key=lambda h: RANK.get(h.rule, 99)
    )
    kept: list[Hit] = [h for h in merged if h.rule in CONTAINERS]
    accepted: list[Hit] = []
    for hit in ranked:
        if any(
            other.start <= hit.start and hit.end <= other.end and other.rule != hit.rule
            for other in accepted
        ):
            continue
        accepted.append(hit)
    return sorted(kept + accepted, key=lambda h: (h.start, h.rule))


def _scan_segment(
    segment: _Segment,
    path: str,
    file_text: str,
    config: RedactionConfig,
    register: Register | None,
    allowances: list[Allowance],
    suppressions: list[Suppression],
    wanted=None,
    *,
    locate: bool = True,
) -> Iterator[Finding]:
    text = segment.text
    hits = _hits(text, config, register, wanted)
    if not hits:
        return
    covering = _allowed_spans(text, allowances) if allowances else []
    starts = line_starts(text)
    file_starts = line_starts(file_text) if locate and segment.field is not None else None
    for hit in hits:
        matched = text[hit.start : hit.end]
        line, column = _position(segment, starts, hit.start, matched, file_text, file_starts)
        allowance = _allowed(hit, covering)
        if allowance is not None:
            suppressions.append(
                Suppression(
                    file=path,
                    line=line,
                    rule=hit.rule,
                    text_masked=_excerpt(matched),
                    reason=allowance.reason,
                    kind=allowance.kind,
                )
            )
            continue
        yield Finding(
            file=path,
            line=line,
            column=column,
            rule=hit.rule,
            severity=config.severity(hit.rule),
            message=hit.message,
            excerpt=_excerpt(matched),
        )


def _allowed_spans(text: str, allowances: list[Allowance]) -> list[tuple[int, int, Allowance]]:
    spans = []
    for allowance in allowances:
        spans.extend((m.start(), m.end(), allowance) for m in allowance.pattern.finditer(text))
    return spans


def _allowed(hit: Hit, covering: list[tuple[int, int, Allowance]]) -> Allowance | None:
    for start, end, allowance in covering:
        if start <= hit.start and hit.end <= end and hit.rule in allowance.rules:
            return allowance
    return None


def _position(
    segment: _Segment,
    starts: list[int],
    offset: int,
    matched: str,
    file_text: str,
    file_starts: list[int] | None,
) -> tuple[int, int]:
    """File line and column of a hit: exact in the body, searched for in front matter values."""
    if file_starts is not None:
        found = _find_in_file(file_text, file_starts, segment.line, matched)
        if found is not None:
            return found
        return segment.line, segment.column
    import bisect

    index = bisect.bisect_right(starts, offset) - 1
    column = offset - starts[index] + 1
    if index == 0:
        column += segment.column - 1
    return segment.line + index, column


def _find_in_file(
    file_text: str, file_starts: list[int], line: int, matched: str
) -> tuple[int, int] | None:
    """Where a front matter value's match is written (YAML may fold or quote it)."""
    words = matched.split()
    if not words or line - 1 >= len(file_starts):
        return None
    pattern = re.compile(r"\s+(?:#\s*)?".join(re.escape(w) for w in words))
    begin = file_starts[line - 1]
    end = (
        file_starts[min(len(file_starts) - 1, line - 1 + 60)]
        if line - 1 + 60 < len(file_starts)
        else len(file_text)
    )
    match = pattern.search(file_text, begin, end)
    if match is None:
        first = re.compile(re.escape(words[0]))
        match = first.search(file_text, begin, end)
    if match is None:
        return None
    import bisect

    index = bisect.bisect_right(file_starts, match.start()) - 1
    return index + 1, match.start() - file_starts[index] + 1


def _excerpt(matched: str) -> str:
    masked = mask(matched)
    if len(masked) > EXCERPT_LIMIT:
        masked = masked[: EXCERPT_LIMIT - 1].rstrip() + "…"
    return masked


# -- pseudonyms ----------------------------------------------------------------------------
def _check_pseudonyms(
    pseudonyms: list[tuple[str, int]],
    path: str,
    config: RedactionConfig,
    allowances: list[Allowance],
    suppressions: list[Suppression],
) -> Iterator[Finding]:
    if not config.enabled(names.RULE):
        return
    named = [a for a in allowances if a.kind in ("named_people", "allow")]
    for text, line in pseudonyms:
        if not names.looks_like_full_name(text):
            continue
        cleared = next(
            (
                a
                for a in named
                if names.RULE in a.rules and a.pattern.fullmatch(" ".join(text.split()))
            ),
            None,
        )
        if cleared is not None:
            suppressions.append(
                Suppression(path, line, names.RULE, _excerpt(text), cleared.reason, cleared.kind)
            )
            continue
        yield Finding(
            file=path,
            line=line,
            column=1,
            rule=names.RULE,
            severity=config.severity(names.RULE),
            message=names.PSEUDONYM_MESSAGE,
            excerpt=_excerpt(text),
        )

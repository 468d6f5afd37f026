"""Run the redaction rules over a review file: front matter values, body, comments and links.

``check_text`` is the heart: it splits the file, scans every free-text front matter value at
its own line (or the whole front matter as text when the YAML is broken), scans the body,
applies the review's declared allowances (each one that silences a match becomes a
Suppression) and returns findings with masked excerpts only.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from review_library.frontmatter import (
    FieldPath,
    SourceError,
    decode_source,
    split_source,
)
from review_library.redaction.address_block import drop_in_blocks
from review_library.redaction.cited_authors import drop_cited
from review_library.redaction.config import RedactionConfig
from review_library.redaction.declarations import (
    FIELD_NOTES,
    Allowance,
    fallback_allowances,
    front_matter_comments,
    read_declarations,
)
from review_library.redaction.disguised import disguised_names
from review_library.redaction.findings import Finding, Report, Suppression, fingerprint, mask
from review_library.redaction.nhs_body import drop_in_bodies
from review_library.redaction.normalise import Normalised, normalise
from review_library.redaction.process_venue import drop_in_venues
from review_library.redaction.reference_list import drop_in_entries
from review_library.redaction.register import Register
from review_library.redaction.rules import (
    Hit,
    identifier_register,
    person_name,
    registry,
    rules_by_id,
    unused_allowance,
)
from review_library.redaction.rules.datetext import normalise as normalise_date
from review_library.redaction.rules.text import line_starts
from review_library.redaction.withheld_partnership import uses_of_withheld_partnership
from review_library.redaction.yaml_written import first_word_pattern, written_pattern

REGISTER_RULE = identifier_register.RULE.id
REGISTER_MESSAGE = identifier_register.RULE.message


def _text_rules() -> tuple[tuple[tuple[str, ...], Callable[[str], Iterable[Hit]]], ...]:
    """(rule ids, find function) of every rule that reads text; a function shared by
    several rules (the two date rules) runs once for all of them."""
    grouped: dict[Callable, list[str]] = {}
    for rule in registry():
        if rule.find is not None:
            grouped.setdefault(rule.find, []).append(rule.id)
    return tuple((tuple(ids), function) for function, ids in grouped.items())


TEXT_RULES = _text_rules()


def _piece_gates() -> dict[Callable, re.Pattern]:
    """The piece gate of each find function whose every rule declares one (``Rule.piece_gate``);
    a function shared by rules with different gates gets none."""
    gates: dict[Callable, set] = {}
    for rule in registry():
        if rule.find is not None:
            gates.setdefault(rule.find, set()).add(rule.piece_gate)
    return {f: next(iter(g)) for f, g in gates.items() if len(g) == 1 and None not in g}


PIECE_GATES = _piece_gates()

# When hits of different rules overlap, the more specific one is reported: a lower-ranked
# hit lying inside a higher-ranked one is dropped ("Kelly" inside "Kelly Road").
RANK = {rule.id: rule.rank for rule in registry()}
CONTAINERS = frozenset(rule.id for rule in registry() if rule.container)

EXCERPT_LIMIT = 80


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
    text = _clean(text)
    report = Report(files_checked=1)
    segments, allowances, pseudonyms, _, undeclared, withheld = _segments(text, path)
    # All pieces (front matter values, body) are scanned in one pass of each rule: they are
    # joined by a separator no rule matches across, and hits are mapped back to their piece.
    used: set[int] = set()
    findings = list(
        _scan_pieces(segments, path, text, config, register, allowances, report.suppressions, used)
    )
    named: list[str] = []
    findings.extend(
        _check_pseudonyms(pseudonyms, path, config, allowances, report.suppressions, flagged=named)
    )
    findings.extend(_uses_of_declared_names(text, named, pseudonyms, findings, path, config))
    findings.extend(
        _check_pseudonyms(
            undeclared,
            path,
            config,
            allowances,
            report.suppressions,
            person_name.UNDECLARED_MESSAGE,
        )
    )
    findings.extend(uses_of_withheld_partnership(text, withheld, path, config))
    findings.extend(_registered_declarations(pseudonyms, path, config, register))
    findings.extend(_unused(allowances, used, path, config))
    report.findings = sorted(set(findings))
    report.suppressions = sorted(set(report.suppressions))
    return report


def _clean(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def scanned_pieces(text: str, path: str) -> tuple[list[str], list[Allowance] | None]:
    """The pieces of a review file that ``check_text`` runs the rules over (each front
    matter value, the body; the whole front matter when its YAML is broken), as it splits
    them, and the allowances the front matter declares (None when its YAML is broken)."""
    segments, allowances, _, declared, _, _ = _segments(_clean(text), path)
    return [segment.text for segment in segments], (allowances if declared else None)


def check_file(
    file: Path, shown: str, *, config: RedactionConfig, register: Register | None = None
) -> Report:
    """Read and check one file. Raises SourceError for unreadable, binary or non-UTF-8 files."""
    from review_library.safefiles import read_bytes

    raw = read_bytes(Path(file), shown)
    return check_text(decode_source(raw, shown), shown, config=config, register=register)


def check_paths(
    paths: Sequence[Path],
    *,
    root: Path | None = None,
    config: RedactionConfig,
    register: Register | None = None,
) -> Report:
    """Check every Markdown file under ``paths`` (drafts too) and the assets next to them.

    A file that cannot be read or decoded is an ``unreadable-file`` error finding.
    """
    from review_library.redaction.runner import start_check

    return start_check(paths, root=root, config=config, register=register).result()


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
    seen = normalise(text)
    hits = _hits(seen.text, config, register, wanted)
    if not seen.passes:
        return hits
    return [Hit(*seen.source_span(h.start, h.end), h.rule, h.message) for h in hits]


def excerpt(matched: str) -> str:
    """The masked form of a match, as every report shows it."""
    return _excerpt(matched)


# -- front matter ---------------------------------------------------------------------------
def _segments(
    text: str, path: str
) -> tuple[
    list[_Segment],
    list[Allowance],
    list[tuple[str, int]],
    bool,
    list[tuple[str, int]],
    list[tuple[str, int]],
]:
    """Pieces to scan, the allowances declared, the pseudonyms with their lines, whether
    the front matter (if any) was read as YAML, the names the subject or the title's
    head gives that no pseudonym declares, and the partnership's withheld names."""
    try:
        document = split_source(text, path)
    except SourceError:
        # An unclosed front matter fence: check everything as plain text.
        return [_Segment(text, 1)], [], [], False, [], []
    declared_ok = True
    segments: list[_Segment] = []
    allowances: list[Allowance] = []
    pseudonyms: list[tuple[str, int]] = []
    undeclared: list[tuple[str, int]] = []
    withheld: list[tuple[str, int]] = []
    if document.has_front_matter:
        try:
            declared = read_declarations(document)
        except SourceError:
            segments.append(_Segment(document.front_matter, document.front_matter_line))
            # The YAML is reported by validation; the author and partnership written on
            # plain lines are still the review's declarations.
            allowances = fallback_allowances(document.front_matter)
            declared_ok = False
        else:
            allowances, pseudonyms = declared.allowances, declared.pseudonyms
            undeclared, withheld = declared.undeclared, declared.withheld
            segments.extend(_Segment(v.text, v.line, 1, v.path) for v in declared.values)
            segments.extend(
                _Segment(" " * column + comment, document.front_matter_line + number)
                for number, column, comment in front_matter_comments(document.front_matter)
            )
    segments.append(_Segment(document.body, document.body_line))
    return segments, allowances, pseudonyms, declared_ok, undeclared, withheld


# -- scanning ------------------------------------------------------------------------------
VALUE_SEPARATOR = "\n\x00\x00\x00\n"
"""Joins separate texts (a file's front matter values and body; the output scan's pieces) for
one pass of each rule: no rule matches across it, and what is found in each piece is what a
scan of that piece alone finds."""


def _hits(
    text: str,
    config: RedactionConfig,
    register: Register | None,
    wanted,
    *,
    one_file: bool = False,
) -> list[Hit]:
    """Every rule's hits in ``text``, less those in public text. ``one_file``: the pieces are
    one review file's, so a rule may read one piece in the light of another (a title's
    "on Barra" is a place when the summary speaks of an island)."""

    def on(rule: str) -> bool:
        return config.enabled(rule) and (wanted is None or rule in wanted)

    hits: list[Hit] = []
    if register is not None and on(REGISTER_RULE):
        hits.extend(Hit(s, e, REGISTER_RULE, REGISTER_MESSAGE) for s, e in register.find(text))
    pieces = piece_spans(text) if VALUE_SEPARATOR in text else None
    for rule_ids, function in TEXT_RULES:
        enabled = [r for r in rule_ids if on(r)]
        if enabled:
            split = pieces is not None and not one_file
            try:
                if split and not PIECEWISE.isdisjoint(rule_ids):
                    found = _piecewise(function, text, pieces)
                elif split and not CONFIRMED.isdisjoint(rule_ids):
                    found = _confirmed(function, text, pieces)
                else:
                    found = function(text)
                hits.extend(h for h in found if on(h.rule))
            except Exception as error:  # fail closed: refused, never a traceback
                hits.append(_rule_failure(text, enabled[0], error))
    return _resolve(_drop(hits, text, pieces))


# Rules whose finding at one place depends on text far from it (names cited as authors
# anywhere, a text "about being online", code fences counted from the start): over pieces of
# different texts (the output scan's, whose neighbours depend on what was memoised) they run
# once per piece, so one piece never changes what is found in another
# (tests/redaction/test_joined_scan.py compares every rule's findings over joined pieces
# with its findings over each piece; it caught each of these). Per piece they cost about the
# same: over 1.4 MB of test texts, social-handle 1.5 s joined and 1.0 s piece by piece.
PIECEWISE = frozenset({"link-target", "social-handle"})
# Rules whose whole-text gates were seen only to add hits over joined pieces (a place word
# seen in another piece; the test would show a hit they lose): they run over the joined text, and each piece with a hit is read again
# alone, its hits replaced by what that finds. Per piece, named-place cost 1.7 s against
# 0.3 s joined, and a 300-review build 46 s of CPU against 35 s with these three per piece.
CONFIRMED = frozenset({"person-name", "named-place", "precise-location"})


def piece_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each piece of a text joined with VALUE_SEPARATOR."""
    spans = []
    start = 0
    while True:
        end = text.find(VALUE_SEPARATOR, start)
        if end == -1:
            spans.append((start, len(text)))
            return spans
        spans.append((start, end))
        start = end + len(VALUE_SEPARATOR)


def _piecewise(
    function: Callable[[str], Iterable[Hit]], text: str, pieces: list[tuple[int, int]]
) -> Iterator[Hit]:
    gate = PIECE_GATES.get(function)
    if gate is not None:
        # A piece the rule's gate is not found in cannot hold a hit of the rule (the gate is
        # argued from find, beside it): most of the output scan's pieces for these rules are
        # a search shard's one-word terms, where the call cost more than the reading.
        search = gate.search
        pieces = [(start, end) for start, end in pieces if search(text, start, end)]
    for start, end in pieces:
        for hit in function(text[start:end]) if start < end else ():
            yield dataclasses.replace(hit, start=hit.start + start, end=hit.end + start)


def _confirmed(
    function: Callable[[str], Iterable[Hit]], text: str, pieces: list[tuple[int, int]]
) -> Iterator[Hit]:
    starts = [start for start, _ in pieces]
    with_hits = sorted({bisect.bisect_right(starts, h.start) - 1 for h in function(text)})
    return _piecewise(function, text, [pieces[index] for index in with_hits])


def _drop(hits: list[Hit], text: str, pieces: list[tuple[int, int]] | None) -> list[Hit]:
    """The hits less those in public text: a board's own address block is public contact
    information, not the family's; the authors, publishers and places of a references list
    are public too, and so are its authors named in the body; the venue of a learning event
    or panel meeting is the review's; an NHS trust's full name is the agency's, not the
    family's hospital. Each piece of joined text is read alone (a references list ends with
    its piece), and only pieces with hits are."""
    if pieces is None:
        for drop in DROPS:
            hits = drop(hits, text)
        return hits
    starts = [start for start, _ in pieces]
    by_piece: dict[int, list[Hit]] = {}
    for hit in hits:
        by_piece.setdefault(bisect.bisect_right(starts, hit.start) - 1, []).append(hit)
    kept: list[Hit] = []
    for index, group in by_piece.items():
        start, end = pieces[index]
        local = [dataclasses.replace(h, start=h.start - start, end=h.end - start) for h in group]
        for drop in DROPS:
            local = drop(local, text[start:end])
        kept.extend(dataclasses.replace(h, start=h.start + start, end=h.end + start) for h in local)
    return kept


DROPS = (drop_in_blocks, drop_in_entries, drop_cited, drop_in_venues, drop_in_bodies)


def _rule_failure(text: str, rule: str, error: Exception) -> Hit:
    """A rule that raised could not check this text: refuse it, and say where the bug is.

    Failing closed keeps an unchecked identifier off the site; the message names the rule's
    own source line (never the text) so the bug can be reported from a public CI log.
    """
    frame = traceback.extract_tb(error.__traceback__)[-1]
    where = f"{Path(frame.filename).name}:{frame.lineno}"
    first = len(text) - len(text.lstrip())
    message = (
        f"the '{rule}' check failed on this text ({type(error).__name__} at {where}), so it "
        "cannot be published: this is a bug in review-library; please report it with this "
        "message (not the text). The line given is where the checked text starts"
    )
    return Hit(first, min(len(text), first + 1), rule, message)


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
        (h for h in merged if h.rule not in CONTAINERS), key=lambda h: RANK.get(h.rule, 10_000)
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


def _disguised(seen: Normalised, hits: list[Hit], config: RedactionConfig) -> list[Hit]:
    """Names written in disguise (disguised.py) that no rule's hit already covers, in source
    offsets; only when normalisation changed the text and the name rule is on."""
    if not seen.passes or not config.enabled(person_name.RULE.id):
        return []
    found = disguised_names(seen.source)
    if not found:
        return []
    taken = [seen.source_span(h.start, h.end) for h in hits]
    return [d for d in found if not any(s < d.end and d.start < e for s, e in taken)]


def _scan_pieces(
    pieces: list[_Segment],
    path: str,
    file_text: str,
    config: RedactionConfig,
    register: Register | None,
    allowances: list[Allowance],
    suppressions: list[Suppression],
    used: set[int],
) -> Iterator[Finding]:
    joined = VALUE_SEPARATOR.join(p.text for p in pieces)
    starts = []
    position = 0
    for piece in pieces:
        starts.append(position)
        position += len(piece.text) + len(VALUE_SEPARATOR)
    # Rules and allowances read the text as a reader sees it (entities decoded, invisible
    # characters removed, look-alike letters folded); findings point at the source.
    seen = normalise(joined)
    hits = _hits(seen.text, config, register, None, one_file=True)
    disguised = _disguised(seen, hits, config)
    if not hits and not disguised:
        return
    covering = _allowance_context(seen.text, allowances) if allowances else ()
    file_starts: list[int] | None = None
    piece_lines: dict[int, list[int]] = {}
    for hit, is_disguise in [*((h, False) for h in hits), *((d, True) for d in disguised)]:
        if is_disguise:  # already in source offsets; a disguise is never allowed
            allowance, (begin, finish) = None, (hit.start, hit.end)
        else:
            allowance = _allowed(hit, covering)
            if allowance is not None:
                used.add(id(allowance))
            begin, finish = (
                seen.source_span(hit.start, hit.end) if seen.passes else (hit.start, hit.end)
            )
        index = bisect.bisect_right(starts, begin) - 1
        piece = pieces[index]
        matched = joined[begin:finish]
        local = begin - starts[index]
        if piece.field is None:
            lines = piece_lines.get(index)
            if lines is None:
                lines = piece_lines[index] = line_starts(piece.text)
            row = bisect.bisect_right(lines, local) - 1
            line, column = piece.line + row, local - lines[row] + 1
        else:
            if file_starts is None:
                file_starts = line_starts(file_text)
            found = _find_in_file(file_text, file_starts, piece.line, matched)
            line, column = found if found is not None else (piece.line, piece.column)
        top = str(piece.field[0]) if piece.field else ""
        if allowance is not None and allowance.kind == top == "author":
            continue  # the reviewer's name where it is declared: nothing to report
        note = FIELD_NOTES.get(top)
        if note:
            hit = dataclasses.replace(hit, message=f"{hit.message}; {note}")
        yield from _report(hit, matched, line, column, path, config, allowance, suppressions)


def _report(
    hit: Hit,
    matched: str,
    line: int,
    column: int,
    path: str,
    config: RedactionConfig,
    allowance: Allowance | None,
    suppressions: list[Suppression],
) -> Iterator[Finding]:
    """A finding for a hit, or a suppression when a declared allowance covers it."""
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
        return
    yield Finding(
        file=path,
        line=line,
        column=column,
        rule=hit.rule,
        severity=config.severity(hit.rule),
        message=hit.message,
        excerpt=_excerpt(matched),
        cue=hit.cue or _default_cue(hit.rule),
        fingerprint=fingerprint(matched),
        raw=matched,
    )


def _default_cue(rule: str) -> str:
    found = rules_by_id().get(rule)
    return found.summary if found is not None else rule


def _unused(
    allowances: list[Allowance], used: set[int], path: str, config: RedactionConfig
) -> Iterator[Finding]:
    """A ``redaction.allow`` entry that silenced nothing: stale, mistyped, or written for
    text that has since changed. It is reported (never blocking) so it can be deleted before
    it silences a real identifier written later."""
    if not config.enabled(unused_allowance.RULE.id):
        return
    for allowance in allowances:
        if allowance.kind != "allow" or id(allowance) in used:
            continue
        shown = allowance.text or allowance.fingerprint
        yield Finding(
            file=path,
            line=allowance.line,
            column=1 if allowance.line else 0,
            rule=unused_allowance.RULE.id,
            severity=config.severity(unused_allowance.RULE.id),
            message=unused_allowance.RULE.message,
            excerpt=_excerpt(shown) if allowance.text else shown,
            cue=f"no {', '.join(sorted(allowance.rules))} finding matched it",
        )


def _allowance_context(text: str, allowances: list[Allowance]) -> tuple[str, list[Allowance]]:
    return text, allowances


def _allowed(hit: Hit, covering: tuple[str, list[Allowance]]) -> Allowance | None:
    """The first allowance whose text, found around the hit, covers all of it."""
    if not covering:
        return None
    text, allowances = covering
    # Searched near the hit only: running every allowance over a whole report cost more
    # than all the rules together. The window end must not cut a longer word short.
    begin = max(0, hit.start - 200)
    end = min(len(text), hit.end + 200)
    matched = text[hit.start : hit.end]
    for allowance in allowances:
        if hit.rule not in allowance.rules:
            continue
        if allowance.fingerprint:
            if fingerprint(matched) == allowance.fingerprint:
                return allowance
            continue
        if allowance.date_key and normalise_date(matched) == allowance.date_key:
            return allowance  # the same date in another spelling
        for match in allowance.pattern.finditer(text, begin, end):
            covers = match.start() <= hit.start and hit.end <= match.end()
            if covers and (match.end() < end or end == len(text)):
                return allowance
    return None


def _find_in_file(
    file_text: str, file_starts: list[int], line: int, matched: str
) -> tuple[int, int] | None:
    """Where a front matter value's match is written (YAML may fold or quote it)."""
    pattern = written_pattern(matched)
    if pattern is None or line - 1 >= len(file_starts):
        return None
    begin = file_starts[line - 1]
    end = (
        file_starts[min(len(file_starts) - 1, line - 1 + 60)]
        if line - 1 + 60 < len(file_starts)
        else len(file_text)
    )
    match = pattern.search(file_text, begin, end)
    if match is None:
        match = first_word_pattern(matched).search(file_text, begin, end)
    if match is None:
        return None
    index = bisect.bisect_right(file_starts, match.start()) - 1
    return index + 1, match.start() - file_starts[index] + 1


def _excerpt(matched: str) -> str:
    masked = mask(matched)
    if len(masked) > EXCERPT_LIMIT:
        masked = masked[: EXCERPT_LIMIT - 1].rstrip() + "…"
    return masked


# -- pseudonyms ----------------------------------------------------------------------------
def _registered_declarations(
    pseudonyms: list[tuple[str, int]],
    path: str,
    config: RedactionConfig,
    register: Register | None,
) -> Iterator[Finding]:
    """A declared pseudonym that is an entry of the identifier register: the register wins,
    and the declaration itself publishes nothing but is reported where it is written."""
    if register is None or not config.enabled(REGISTER_RULE):
        return
    for text, line in pseudonyms:
        if register.find(normalise(text).text):
            yield Finding(
                file=path,
                line=line,
                column=1,
                rule=REGISTER_RULE,
                severity=config.severity(REGISTER_RULE),
                message=REGISTER_MESSAGE,
                excerpt=_excerpt(text),
            )


def _check_pseudonyms(
    pseudonyms: list[tuple[str, int]],
    path: str,
    config: RedactionConfig,
    allowances: list[Allowance],
    suppressions: list[Suppression],
    message: str | None = None,
    flagged: list[str] | None = None,
) -> Iterator[Finding]:
    """Declared names that allow nothing: pseudonyms shaped like a real full name, or (with
    ``message``) every name given, such as the undeclared subject. Each name reported is
    added to ``flagged`` when given."""
    if not config.enabled(person_name.RULE_ID):
        return
    named = [a for a in allowances if a.kind in ("named_people", "allow")]
    for text, line in pseudonyms:
        if message is None and not person_name.looks_like_full_name(text):
            continue
        cleared = next(
            (
                a
                for a in named
                if person_name.RULE_ID in a.rules and a.pattern.fullmatch(" ".join(text.split()))
            ),
            None,
        )
        if cleared is not None:
            suppressions.append(
                Suppression(
                    path, line, person_name.RULE_ID, _excerpt(text), cleared.reason, cleared.kind
                )
            )
            continue
        if flagged is not None:
            flagged.append(text)
        yield Finding(
            file=path,
            line=line,
            column=1,
            rule=person_name.RULE_ID,
            severity=config.severity(person_name.RULE_ID),
            message=message or person_name.PSEUDONYM_MESSAGE,
            excerpt=_excerpt(text),
        )


PSEUDONYM_USE_MESSAGE = (
    "this is a declared pseudonym that looks like a real person's full name, and a pseudonym "
    "like that allows nothing; use an invented pseudonym ('Child K') here and in the "
    "declaration"
)


def _uses_of_declared_names(
    text: str,
    names: list[str],
    pseudonyms: list[tuple[str, int]],
    found: list[Finding],
    path: str,
    config: RedactionConfig,
) -> Iterator[Finding]:
    """Every other place a declared pseudonym shaped like a real full name is written.

    The declaration says the words are a name ("Gemma Pollard" under ``pseudonyms``), and
    it allows nothing, so each use of it in the body or another field publishes that name,
    wherever the prose rules would not see one ("Gemma Pollard was the aunt who ...")."""
    if not names:
        return
    starts = line_starts(text)
    declared_lines = {line for _, line in pseudonyms}
    reported = {(f.line, f.column) for f in found if f.rule == person_name.RULE_ID}
    for name in dict.fromkeys(names):
        pattern = written_pattern(name)
        if pattern is None:
            continue
        bounded = re.compile(rf"(?<![\w'’\-]){pattern.pattern}(?![\w\-])")
        for match in bounded.finditer(text):
            row = bisect.bisect_right(starts, match.start()) - 1
            line, column = row + 1, match.start() - starts[row] + 1
            if line in declared_lines or (line, column) in reported:
                continue
            yield Finding(
                file=path,
                line=line,
                column=column,
                rule=person_name.RULE_ID,
                severity=config.severity(person_name.RULE_ID),
                message=PSEUDONYM_USE_MESSAGE,
                excerpt=_excerpt(match.group()),
                fingerprint=fingerprint(match.group()),
                raw=match.group(),
            )

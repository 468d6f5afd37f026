"""The independent evaluation corpus of the anonymisation gate: loading it and scoring findings.

Written by hand, apart from the rules and their word lists (never generated from them), so
that it measures how the gate does on text it was not tuned on. Layout:

* ``cases/<split>/<kind>.yml``: a list of labelled cases, each
  ``{id, kind, text, identifiers, note}`` with optional ``front_matter`` (merged into
  ``BASE_FRONT_MATTER``) and ``register`` (identifier register entries for this case).
  A ``text`` that opens with ``---`` and has no ``front_matter`` is a whole review file
  and is checked as written, its own front matter and all (as case writers who never saw
  ``BASE_FRONT_MATTER`` naturally write front-matter cases).
  Every identifier is an exact substring of the case's file that an ERROR-level finding must
  cover; a case with ``identifiers: []`` is a near-miss that must produce no finding at all.
* ``clean/<split>/*.md``: full-length fictional reports with no identifier (false findings
  per 10,000 words).
* ``openings/<split>/*.md`` with ``<file>.identifiers.yml``: report openings written like
  real published ones, with planted identifiers (recall and blocking false alarms).

``dev`` is for tuning; ``test`` is held out: report it, never tune on it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

EVAL = Path(__file__).resolve().parent
SPLITS = ("dev", "test")
CASE_FIELDS = frozenset({"id", "kind", "text", "identifiers", "note", "front_matter", "register"})

BASE_FRONT_MATTER: dict[str, Any] = {
    "id": "eval-case",
    "title": "Child K: learning about neglect and missed appointments",
    "review_type": "lcspr",
    "subject": "Child K",
    "pseudonyms": ["Child K", "Mother", "Father", "Sibling 1"],
    "partnership": "Westmarch Safeguarding Children Partnership",
    "nation": "england",
    "published": "2025-06-02",
    "incident_year": 2023,
    "age_band": "1-4",
    "themes": ["neglect"],
    "agencies": ["health-visiting", "gp"],
    "author": "R. Ashdown",
    "summary": (
        "Child K lived with Mother and an older sibling. Health visiting and primary care saw "
        "the family often, but missed appointments were not seen as a pattern."
    ),
    "learning_points": [
        "A run of missed appointments for a young child is information about the child's care."
    ],
    "status": "published",
}


@dataclass(frozen=True)
class Case:
    """One labelled case of the evaluation corpus."""

    id: str
    kind: str
    text: str
    identifiers: tuple[str, ...]
    note: str
    split: str
    source: str
    front_matter: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    register: tuple[str, ...] = ()

    @property
    def is_whole_file(self) -> bool:
        return not self.front_matter and self.text.startswith("---\n")

    @property
    def near_miss(self) -> bool:
        return not self.identifiers

    def document(self) -> str:
        """The case as a review file: the merged front matter, then the text as the body;
        or the text itself when it is a whole review file (see the module docstring)."""
        if self.is_whole_file:
            return self.text
        return render_document(merged_front_matter(self.front_matter), self.text)


def merged_front_matter(extra: dict[str, Any] | None) -> dict[str, Any]:
    """``BASE_FRONT_MATTER`` with a case's fields laid over it (one level deep)."""
    data = copy.deepcopy(BASE_FRONT_MATTER)
    for key, value in (extra or {}).items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = copy.deepcopy(value)
    return data


class _Dumper(yaml.SafeDumper):
    """Writes values so that an identifier in them stays a plain substring of the file."""


def _string(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # A single-quoted scalar doubles an apostrophe ("O''Donnell"); double quotes keep it.
    style = '"' if "'" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _string)


def render_document(front_matter: dict[str, Any], body: str) -> str:
    """A review file: YAML front matter between fences, then the body."""
    dumped = yaml.dump(
        front_matter,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=1_000_000,
        default_flow_style=False,
    )
    return f"---\n{dumped}---\n\n{body.rstrip()}\n"


class CorpusError(Exception):
    """A malformed case file."""


def case_files(split: str) -> list[Path]:
    return sorted((EVAL / "cases" / split).glob("*.yml"))


def load_cases(split: str, folder: Path | None = None) -> list[Case]:
    """Every case of one split, in file order; or of every ``*.yml`` in ``folder`` (a private
    holdout kept outside the repository, labelled with the split name given)."""
    cases: list[Case] = []
    paths = sorted(Path(folder).glob("*.yml")) if folder is not None else case_files(split)
    for path in paths:
        source = path.relative_to(EVAL).as_posix() if folder is None else path.as_posix()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as error:
            raise CorpusError(f"{source}: invalid YAML: {error}") from None
        if not isinstance(data, list):
            raise CorpusError(f"{source}: expected a list of cases")
        for index, item in enumerate(data):
            where = f"{source}[{index}]"
            if not isinstance(item, dict):
                raise CorpusError(f"{where}: a case is a mapping")
            unknown = set(item) - CASE_FIELDS
            missing = {"id", "kind", "text", "identifiers", "note"} - set(item)
            if unknown or missing:
                raise CorpusError(f"{where}: unknown {sorted(unknown)}, missing {sorted(missing)}")
            # YAML reads 2019-03-14 as a date and 0308195566 as a number: quote them.
            values = [item["text"], *(item["identifiers"] or ()), *(item.get("register") or ())]
            if not all(isinstance(v, str) for v in values):
                raise CorpusError(f"{where} ({item['id']}): quote the text and every identifier")
            cases.append(
                Case(
                    id=str(item["id"]),
                    kind=str(item["kind"]),
                    text=str(item["text"]),
                    identifiers=tuple(str(i) for i in item["identifiers"] or ()),
                    note=str(item["note"]),
                    split=split,
                    source=source,
                    front_matter=dict(item.get("front_matter") or {}),
                    register=tuple(str(r) for r in item.get("register") or ()),
                )
            )
    return cases


@dataclass(frozen=True)
class Planted:
    """A report file with its planted identifiers (empty for a clean report)."""

    path: Path
    split: str
    identifiers: tuple[str, ...]
    register: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.path.relative_to(EVAL).as_posix()

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def clean_reports(split: str) -> list[Planted]:
    return [Planted(p, split, (), ()) for p in sorted((EVAL / "clean" / split).glob("*.md"))]


def openings(split: str) -> list[Planted]:
    out = []
    for path in sorted((EVAL / "openings" / split).glob("*.md")):
        sidecar = path.with_name(path.name + ".identifiers.yml")
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
        data = data or {}
        out.append(
            Planted(
                path,
                split,
                tuple(str(i) for i in data.get("identifiers") or ()),
                tuple(str(r) for r in data.get("register") or ()),
            )
        )
    return out


# -- scoring --------------------------------------------------------------------------------
def occurrences(text: str, identifier: str) -> list[tuple[int, int]]:
    """Where an identifier stands in the text, as a whole token (not inside a longer word).

    Spaces in the identifier match any white space, so a name wrapped across lines counts.
    """
    # An underscore or a digit next to a name ("kayleigh_b") still ends the name.
    left = (
        r"(?<![^\W\d_])"
        if identifier[:1].isalpha()
        else "(?<![0-9])"
        if identifier[:1].isdigit()
        else ""
    )
    right = (
        r"(?![^\W\d_])"
        if identifier[-1:].isalpha()
        else "(?![0-9])"
        if identifier[-1:].isdigit()
        else ""
    )
    # A space in an identifier stands for any run of white space: report text wraps lines.
    body = r"\s+".join(re.escape(part) for part in identifier.split())
    pattern = re.compile(left + body + right)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def line_offsets(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


@dataclass(frozen=True)
class Span:
    """Where a finding lies in the file (estimated from its line, column and masked excerpt)."""

    start: int
    end: int
    line: int
    rule: str
    severity: str
    words: tuple[str, ...]


def finding_spans(text: str, findings: Iterable[Any]) -> list[Span]:
    """Character spans of findings. The masked excerpt keeps each word's length and first
    letter, so walking that many non-space characters from the column finds the end."""
    starts = line_offsets(text)
    spans = []
    for finding in findings:
        row = min(max(finding.line, 1), len(starts)) - 1
        start = min(starts[row] + max(finding.column, 1) - 1, len(text))
        excerpt = finding.excerpt
        truncated = excerpt.endswith("…")
        words = tuple(excerpt.rstrip("…").split())
        position = start
        for word in words:
            while position < len(text) and text[position].isspace():
                position += 1
            position += len(word)
        end = min(len(text), max(position, start + 1) + (40 if truncated else 0))
        spans.append(Span(start, end, finding.line, finding.rule, finding.severity, words))
    return spans


def _masked_words(identifier: str) -> set[str]:
    words = set()
    for word in identifier.split():
        if len(word) > 2:
            words.add(word[0] + "*" * (len(word) - 1))
    return words


def covered(text: str, start: int, end: int, spans: Iterable[Span], severity: str | None) -> bool:
    """True when a finding (of that severity, or any) overlaps ``text[start:end]``.

    A finding reported at the right line whose masked excerpt shares a masked word with the
    identifier counts too: front matter values are located by searching the file, and a
    finding there may carry the value's first column.
    """
    line = text.count("\n", 0, start) + 1
    last = line + text.count("\n", start, end)
    masked = _masked_words(text[start:end])
    for span in spans:
        if severity is not None and span.severity != severity:
            continue
        if span.start < end and start < span.end:
            return True
        if line <= span.line <= last and masked & set(span.words):
            return True
    return False


def words_in(text: str) -> int:
    return len(re.findall(r"\S+", text))


def mask_text(value: str) -> str:
    """How the benchmark shows an identifier: first character of each word only."""
    return " ".join(w[0] + "*" * (len(w) - 1) for w in value.split()) or "*"

"""The practitioner glossary of taxonomy.yml: acronyms and their expansions, for search.

Each entry is a concept ("MASH" / "Multi-Agency Safeguarding Hub"). At index time every place a
field spells a concept out in full (its expansion or a variant, compared as index terms, so
"Multi-agency safeguarding hubs" counts) adds the concept's own term, ``=<key>``: a query for the
acronym then finds the review that only spells it out. At query time the page expands an acronym
or an expansion to the concept's term and every acronym (search/glossary.json), so a query for
the words in full also finds a review that only uses the acronym. Results found this way say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from review_library.search.analyzer import terms

FIELDS = ("key", "acronyms", "expansion", "variants", "nations")
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")
CONCEPT = "="
"""Concept terms start with this: lunr's pipeline never makes a term that does."""


class GlossaryError(ValueError):
    """A glossary entry is malformed (the message names file, line and field)."""


@dataclass(frozen=True)
class GlossaryEntry:
    key: str
    acronyms: tuple[str, ...]
    expansion: str
    variants: tuple[str, ...] = ()
    nations: tuple[str, ...] = ()

    @property
    def concept(self) -> str:
        """The index term that stands for the concept."""
        return CONCEPT + self.key

    @property
    def phrases(self) -> tuple[str, ...]:
        """The ways the concept is written in full."""
        return (self.expansion, *self.variants)


def _lines(text: str) -> tuple[int, list[tuple[int, dict[str, int]]]]:
    """Line of the glossary key, and per entry its line and the line of each of its fields."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return 0, []
    if not isinstance(root, yaml.MappingNode):
        return 0, []
    for key, value in root.value:
        if key.value == "glossary":
            entries = []
            for item in value.value if isinstance(value, yaml.SequenceNode) else []:
                fields = {}
                if isinstance(item, yaml.MappingNode):
                    fields = {k.value: k.start_mark.line + 1 for k, _ in item.value}
                entries.append((item.start_mark.line + 1, fields))
            return key.start_mark.line + 1, entries
    return 0, []


def _strings(value: object) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return [str(v) for v in value]
    return None


def load_glossary(
    raw: object, path: Path, text: str, nations: set[str]
) -> tuple[GlossaryEntry, ...]:
    """Check and load the ``glossary`` list of the taxonomy file (absent: an empty glossary)."""
    if raw is None:
        return ()
    top, lines = _lines(text)
    if not isinstance(raw, list):
        raise GlossaryError(
            f"{path}:{top}: glossary: must be a list of entries like "
            "{key: mash, acronyms: [MASH], expansion: Multi-Agency Safeguarding Hub}"
        )
    entries: dict[str, GlossaryEntry] = {}
    for n, item in enumerate(raw):
        line, field_lines = lines[n] if n < len(lines) else (top, {})

        def fail(field: str, message: str, line=line, field_lines=field_lines, n=n) -> None:
            at = field_lines.get(field, line)
            raise GlossaryError(f"{path}:{at}: glossary[{n}].{field}: {message}")

        if not isinstance(item, dict):
            raise GlossaryError(
                f"{path}:{line}: glossary[{n}]: must be a mapping with key, acronyms and expansion"
            )
        for field in item:
            if field not in FIELDS:
                fail(str(field), f"unknown field; the fields are {', '.join(FIELDS)}")
        key = item.get("key")
        if not isinstance(key, str) or not _KEY.match(key):
            fail("key", "needs a key of lower-case letters, digits and hyphens, e.g. mash")
        if key in entries:
            fail("key", f"the key '{key}' is used twice; give each entry its own")
        acronyms = _strings(item.get("acronyms"))
        if not acronyms or not all(a.strip() for a in acronyms):
            fail("acronyms", "needs one or more short forms, e.g. [MASH]")
        expansion = item.get("expansion")
        if not isinstance(expansion, str) or not expansion.strip():
            fail("expansion", "needs the term in full, e.g. Multi-Agency Safeguarding Hub")
        variants = _strings(item.get("variants", []))
        if variants is None:
            fail("variants", "must be a list of other ways of writing the term in full")
        where = _strings(item.get("nations", []))
        if where is None or any(w not in nations for w in where):
            fail("nations", f"must list nations of the taxonomy ({', '.join(sorted(nations))})")
        for field, forms in (
            ("acronyms", acronyms),
            ("expansion", [expansion]),
            ("variants", variants),
        ):
            for form in forms:
                if not terms(form):
                    fail(field, f"'{form}' has no searchable word (only stop words or punctuation)")
        entries[key] = GlossaryEntry(
            key=key,
            acronyms=tuple(a.strip() for a in acronyms),
            expansion=expansion.strip(),
            variants=tuple(v.strip() for v in variants),
            nations=tuple(where),
        )
    return tuple(entries.values())


class ConceptFinder:
    """Finds where a field's terms spell out a glossary concept, fast enough for every report
    section: the field's terms are checked against the first terms of the phrases first."""

    def __init__(self, glossary: tuple[GlossaryEntry, ...]):
        self.phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for entry in glossary:
            for phrase in entry.phrases:
                seq = tuple(terms(phrase))
                if seq:
                    self.phrases.setdefault(seq[0], []).append((seq, entry.concept))
        for found in self.phrases.values():
            found.sort(key=lambda item: -len(item[0]))
        self.firsts = frozenset(self.phrases)

    def places(self, tokens: list[str], places: dict[str, list[int]]) -> dict[str, list[int]]:
        """Concept term -> the positions where a field spells it out, given the field's
        terms and each term's positions (only the phrases' first terms are looked at)."""
        out: dict[str, list[int]] = {}
        for first in self.firsts.intersection(places):
            for at in places[first]:
                for seq, concept in self.phrases[first]:
                    if tuple(tokens[at : at + len(seq)]) == seq:
                        out.setdefault(concept, []).append(at)
                        break
        for found in out.values():
            found.sort()
        return out

    def concepts(self, tokens: list[str]) -> list[str]:
        """The concept terms of a field (one per place a concept is spelt out), sorted."""
        places: dict[str, list[int]] = {}
        for i, term in enumerate(tokens):
            places.setdefault(term, []).append(i)
        return sorted(c for c, at in self.places(tokens, places).items() for _ in at)


def glossary_payload(glossary: tuple[GlossaryEntry, ...]) -> list[list]:
    """What the page needs: [key, expansion, [acronym term lists], [phrase term lists]]."""
    return [
        [
            entry.key,
            entry.expansion,
            [terms(a) for a in entry.acronyms],
            [terms(p) for p in entry.phrases],
            list(entry.acronyms),
        ]
        for entry in glossary
    ]

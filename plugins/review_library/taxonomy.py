"""The controlled vocabulary: themes, review types, nations and regions, age bands, agencies."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from review_library.search.glossary import GlossaryEntry, GlossaryError, load_glossary


class TaxonomyError(Exception):
    """The taxonomy file is missing or malformed."""


# The fields an entry may have; anything else is a mistake, most often a label that YAML cut
# short at an unquoted comma inside a flow mapping ({label: Race, ethnicity and culture}
# reads as label 'Race' plus a key 'ethnicity and culture' with no value).
ENTRY_FIELDS = frozenset({"key", "label", "description", "synonyms", "group", "scope", "nations"})
NATION_FIELDS = frozenset({"key", "label", "regions"})


@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary."""

    key: str
    label: str
    description: str = ""
    synonyms: tuple[str, ...] = ()
    group: str = ""
    scope: str = "both"
    nations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Nation:
    """A UK nation and its regions."""

    key: str
    label: str
    regions: dict[str, Term] = field(default_factory=dict)


@dataclass(frozen=True)
class Taxonomy:
    """All vocabularies, each keyed by its stable key, in file order."""

    themes: dict[str, Term]
    review_types: dict[str, Term]
    nations: dict[str, Nation]
    age_bands: dict[str, Term]
    agencies: dict[str, Term]
    recommendation_statuses: dict[str, Term]
    glossary: tuple[GlossaryEntry, ...] = ()
    """Practitioner acronyms and their expansions, for search (search/glossary.py)."""

    def region_label(self, nation: str, region: str | None) -> str:
        """Label of a region, or '' when there is none."""
        if not region or nation not in self.nations:
            return ""
        term = self.nations[nation].regions.get(region)
        return term.label if term else region


def suggest(value: str, choices: list[str] | tuple[str, ...] | set[str]) -> str:
    """A ", did you mean 'x'?" suffix for the closest valid key, or ''."""
    matches = difflib.get_close_matches(str(value).lower(), sorted(choices), n=1, cutoff=0.6)
    return f", did you mean '{matches[0]}'?" if matches else ""


def _entry_lines(text: str) -> dict[tuple[str, ...], int]:
    """1-based line of every mapping entry, by its path of keys and list indexes."""
    lines: dict[tuple[str, ...], int] = {}

    def walk(node: yaml.Node, at: tuple[str, ...]) -> None:
        lines[at] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                walk(value, (*at, str(key.value)))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*at, str(index)))

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is not None:
        walk(root, ())
    return lines


def _check_fields(
    entry: dict, allowed: frozenset[str], where: str, line: int | None, path: Path
) -> None:
    for field_name, value in entry.items():
        if field_name in allowed:
            continue
        at = f"{path}:{line}" if line else str(path)
        if value is None and "label" in entry:
            raise TaxonomyError(
                f"{at}: {where}: '{field_name}' is not a field; the label was probably cut "
                f"short by an unquoted comma (it reads '{entry['label']}'). Quote the whole "
                f'label: label: "{entry["label"]}, {field_name}"'
            )
        raise TaxonomyError(
            f"{at}: {where}: unknown field '{field_name}'; an entry may have "
            + ", ".join(sorted(allowed))
        )


def _terms(
    raw: object, name: str, path: Path, lines: dict[tuple[str, ...], int] | None = None
) -> dict[str, Term]:
    if not isinstance(raw, list):
        raise TaxonomyError(f"{path}: '{name}' must be a list of entries with 'key' and 'label'")
    terms: dict[str, Term] = {}
    at = tuple(name.replace("]", "").replace("[", ".").split("."))
    for index, entry in enumerate(raw):
        if not isinstance(entry, dict) or "key" not in entry or "label" not in entry:
            raise TaxonomyError(f"{path}: {name}[{index}] needs 'key' and 'label'")
        line = (lines or {}).get((*at, str(index)))
        _check_fields(entry, ENTRY_FIELDS, f"{name}[{index}]", line, path)
        key = str(entry["key"])
        if key in terms:
            raise TaxonomyError(f"{path}: {name} has the key '{key}' twice")
        terms[key] = Term(
            key=key,
            label=str(entry["label"]),
            description=str(entry.get("description", "")),
            synonyms=tuple(str(s) for s in entry.get("synonyms", ()) or ()),
            group=str(entry.get("group", "")),
            scope=str(entry.get("scope", "both")),
            nations=tuple(str(n) for n in entry.get("nations", ()) or ()),
        )
    return terms


def load_taxonomy(path: Path) -> Taxonomy:
    """Load and check ``taxonomy.yml``. Raises TaxonomyError with the file named."""
    try:
        text = path.read_text(encoding="utf-8")
        raw = yaml.safe_load(text)
        lines = _entry_lines(text)
    except OSError as error:
        raise TaxonomyError(f"cannot read the taxonomy file {path}: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise TaxonomyError(f"{path}: invalid YAML: {error}") from None
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{path}: expected a mapping of vocabularies")
    nations: dict[str, Nation] = {}
    for index, entry in enumerate(raw.get("nations") or []):
        if not isinstance(entry, dict) or "key" not in entry:
            raise TaxonomyError(f"{path}: nations[{index}] needs 'key' and 'label'")
        _check_fields(
            entry, NATION_FIELDS, f"nations[{index}]", lines.get(("nations", str(index))), path
        )
        nations[str(entry["key"])] = Nation(
            key=str(entry["key"]),
            label=str(entry.get("label", entry["key"])),
            regions=_terms(entry.get("regions") or [], f"nations[{index}].regions", path, lines),
        )
    try:
        glossary = load_glossary(raw.get("glossary"), path, text, set(nations))
    except GlossaryError as error:
        raise TaxonomyError(str(error)) from None
    return Taxonomy(
        glossary=glossary,
        themes=_terms(raw.get("themes"), "themes", path, lines),
        review_types=_terms(raw.get("review_types"), "review_types", path, lines),
        nations=nations,
        age_bands=_terms(raw.get("age_bands"), "age_bands", path, lines),
        agencies=_terms(raw.get("agencies"), "agencies", path, lines),
        recommendation_statuses=_terms(
            raw.get("recommendation_statuses")
            or [
                {"key": "accepted", "label": "Accepted"},
                {"key": "in-progress", "label": "In progress"},
                {"key": "implemented", "label": "Implemented"},
                {"key": "not-accepted", "label": "Not accepted"},
            ],
            "recommendation_statuses",
            path,
            lines,
        ),
    )

"""The controlled vocabulary: themes, review types, nations and regions, age bands, agencies."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from review_library.search.glossary import GlossaryEntry, GlossaryError, load_glossary


class TaxonomyError(Exception):
    """The taxonomy file is missing or malformed."""


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


def _terms(raw: object, name: str, path: Path) -> dict[str, Term]:
    if not isinstance(raw, list):
        raise TaxonomyError(f"{path}: '{name}' must be a list of entries with 'key' and 'label'")
    terms: dict[str, Term] = {}
    for index, entry in enumerate(raw):
        if not isinstance(entry, dict) or "key" not in entry or "label" not in entry:
            raise TaxonomyError(f"{path}: {name}[{index}] needs 'key' and 'label'")
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
        nations[str(entry["key"])] = Nation(
            key=str(entry["key"]),
            label=str(entry.get("label", entry["key"])),
            regions=_terms(entry.get("regions") or [], f"nations[{index}].regions", path),
        )
    try:
        glossary = load_glossary(raw.get("glossary"), path, text, set(nations))
    except GlossaryError as error:
        raise TaxonomyError(str(error)) from None
    return Taxonomy(
        glossary=glossary,
        themes=_terms(raw.get("themes"), "themes", path),
        review_types=_terms(raw.get("review_types"), "review_types", path),
        nations=nations,
        age_bands=_terms(raw.get("age_bands"), "age_bands", path),
        agencies=_terms(raw.get("agencies"), "agencies", path),
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
        ),
    )

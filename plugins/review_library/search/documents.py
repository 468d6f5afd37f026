"""The lessons layer of each published review, as the search index and the page see it.

Everything comes from the catalogue and the taxonomy (never from built HTML): the text that is
indexed, the text shown in results, and the facet values used for filtering and counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from review_library.catalogue import Catalogue
from review_library.model import Review
from review_library.taxonomy import Taxonomy

# Facets in the order the page shows them: (key in the URL, heading).
FACETS: tuple[tuple[str, str], ...] = (
    ("theme", "Theme"),
    ("type", "Review type"),
    ("nation", "Nation"),
    ("region", "Region"),
    ("year", "Year published"),
    ("age", "Age band"),
    ("agency", "Agency"),
)


@dataclass(frozen=True)
class LessonsDoc:
    """One review's searchable lessons and facet values (keys, not labels)."""

    id: str
    title: str
    subject: str
    partnership: str
    published: str
    summary: str
    learning_points: tuple[str, ...]
    recommendations: tuple[tuple[str, str], ...]
    faq: tuple[tuple[str, str], ...]
    facets: dict[str, tuple[str, ...]]
    tags: str
    """Theme labels and synonyms, agency labels and the review type: words a reader may type."""
    themes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(label, synonyms) of each theme: a result matched through one says so."""

    def index_fields(self) -> dict[str, str]:
        """The text of each index field (see index.FIELDS)."""
        lessons = [
            self.summary,
            *self.learning_points,
            *(text for _, text in self.recommendations),
            *(f"{q} {a}" for q, a in self.faq),
        ]
        return {
            "title": f"{self.title} {self.subject}",
            "tags": self.tags,
            "lessons": "\n".join(lessons),
        }


def region_key(review: Review) -> str | None:
    """Regions are keyed per nation (two nations could share a region key)."""
    return f"{review.meta.nation}/{review.meta.region}" if review.meta.region else None


def facet_values(catalogue: Catalogue) -> dict[str, dict[str, list[str]]]:
    """For each facet, review id -> facet keys, from the catalogue's own groupings."""
    values: dict[str, dict[str, list[str]]] = {name: {} for name, _ in FACETS}
    groupings = {
        "theme": catalogue.by_theme(),
        "type": catalogue.by_type(),
        "nation": catalogue.by_nation(),
        "year": {str(year): items for year, items in catalogue.by_year().items()},
        "agency": catalogue.by_agency(),
    }
    for name, groups in groupings.items():
        for key, reviews in groups.items():
            for review in reviews:
                values[name].setdefault(review.id, []).append(str(key))
    for review in catalogue.published:
        region = region_key(review)
        if region:
            values["region"][review.id] = [region]
        if review.meta.age_band:
            values["age"][review.id] = [review.meta.age_band]
    return values


def _tags(review: Review, taxonomy: Taxonomy, agencies: list[str]) -> str:
    words: list[str] = []
    for key in review.meta.themes:
        term = taxonomy.themes[key]
        words += [term.label, *term.synonyms]
    for key in agencies:
        term = taxonomy.agencies.get(key)
        words.append(term.label if term else key)
    kind = taxonomy.review_types.get(review.meta.review_type)
    words.append(kind.label if kind else review.meta.review_type)
    words.append(review.meta.partnership)
    return "\n".join(words)


def lessons_docs(catalogue: Catalogue) -> list[LessonsDoc]:
    """Every published review's lessons, in the catalogue's order (newest first, then id)."""
    values = facet_values(catalogue)
    docs = []
    for review in catalogue.published:
        meta = review.meta
        facets = {name: tuple(sorted(values[name].get(review.id, ()))) for name, _ in FACETS}
        docs.append(
            LessonsDoc(
                id=review.id,
                title=meta.title,
                subject=meta.subject,
                partnership=meta.partnership,
                published=meta.published.isoformat(),
                summary=" ".join(meta.summary.split()),
                learning_points=tuple(" ".join(p.split()) for p in meta.learning_points),
                recommendations=tuple(
                    (rec.id, " ".join(rec.text.split())) for rec in meta.recommendations
                ),
                faq=tuple((" ".join(f.q.split()), " ".join(f.a.split())) for f in meta.faq),
                facets=facets,
                tags=_tags(review, catalogue.taxonomy, list(facets["agency"])),
                themes=tuple(
                    (catalogue.taxonomy.themes[k].label, catalogue.taxonomy.themes[k].synonyms)
                    for k in meta.themes
                ),
            )
        )
    return docs


def facet_labels(catalogue: Catalogue) -> dict[str, dict[str, str]]:
    """Labels of every facet value, in the taxonomy's order (years newest first)."""
    taxonomy = catalogue.taxonomy
    regions = {
        f"{nation.key}/{key}": f"{term.label} ({nation.label})"
        for nation in taxonomy.nations.values()
        for key, term in nation.regions.items()
    }
    years = sorted({str(r.year) for r in catalogue.published}, reverse=True)
    return {
        "theme": {k: t.label for k, t in taxonomy.themes.items()},
        "type": {k: t.label for k, t in taxonomy.review_types.items()},
        "nation": {k: n.label for k, n in taxonomy.nations.items()},
        "region": regions,
        "year": {y: y for y in years},
        "age": {k: t.label for k, t in taxonomy.age_bands.items()},
        "agency": {k: t.label for k, t in taxonomy.agencies.items()},
    }

"""The JSON files of the lessons search, all derived from the catalogue.

- ``lessons-meta.json``: facets (values and labels) and, per review in catalogue order (newest
  first), its facet values as indexes: enough to filter and count without a query, and small
  (a few bytes a review). Titles and ids come with the result text.
- ``lessons/manifest.json`` and ``lessons/shard-<k>.json``: the lessons index (title, tags,
  lessons), in term-range shards (see shards.py).
- ``lessons/pos-<k>.json``: positions of the shards' terms, for phrases (see shards.py).
- ``glossary.json``: the practitioner glossary, as terms (see glossary.py).
- ``lessons/terms.json``: every term with its document count and a readable word, fetched only
  when a query finds nothing, for "did you mean".
- ``reviews/<n>.json``: what a result shows of review n: its id, title, partnership, date,
  lessons text (summary, learning points, recommendations, FAQ) and report sections, fetched
  only for the results on screen (see results.py).
- ``text/...``: the full-text index of report bodies (see fulltext.py).

Output is deterministic: sorted keys, no whitespace, stable order, no time stamps.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from review_library.catalogue import Catalogue
from review_library.search.analyzer import display_words, terms
from review_library.search.documents import FACETS, LessonsDoc, facet_labels, lessons_docs
from review_library.search.fulltext import index_files, review_sections
from review_library.search.glossary import ConceptFinder, glossary_payload
from review_library.search.postings import InvertedIndex, invert
from review_library.search.results import ResultText, result_files
from review_library.search.shards import shard

FORMAT = 2
# Index fields and boosts: a word in the title or a tag (theme, synonym, agency) outranks the
# same word in a learning point.
FIELDS: tuple[tuple[str, int], ...] = (("title", 10), ("tags", 5), ("lessons", 1))


def dumps(data: object) -> str:
    """Compact, deterministic JSON (non-ASCII kept: smaller, and valid UTF-8 JSON)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def meta_payload(catalogue: Catalogue, docs: Sequence[LessonsDoc]) -> dict:
    labels = facet_labels(catalogue)
    facets = []
    positions: dict[str, dict[str, int]] = {}
    for name, heading in FACETS:
        used = {key for doc in docs for key in doc.facets[name]}
        # Taxonomy order, keeping only values some review has; unknown keys (none expected
        # after validation) go last, sorted, labelled by their key.
        order = [k for k in labels[name] if k in used] + sorted(used - set(labels[name]))
        positions[name] = {key: n for n, key in enumerate(order)}
        facets.append(
            {"name": name, "label": heading, "values": [[k, labels[name].get(k, k)] for k in order]}
        )
    rows = [
        [sorted(positions[name][k] for k in doc.facets[name]) for name, _ in FACETS] for doc in docs
    ]
    return {"format": FORMAT, "count": len(docs), "facets": facets, "docs": rows}


def store_rows(docs: Sequence[LessonsDoc]) -> list[list]:
    """What a result shows of review n: [id, title, partnership, date, summary, learning
    points, [[recommendation id, text]], [[question, answer]], [[theme, [synonyms]]]]."""
    return [
        [
            doc.id,
            doc.title,
            doc.partnership,
            doc.published,
            doc.summary,
            list(doc.learning_points),
            [list(rec) for rec in doc.recommendations],
            [list(entry) for entry in doc.faq],
            [[label, list(synonyms)] for label, synonyms in doc.themes],
        ]
        for doc in docs
    ]


def lessons_index(docs: Sequence[LessonsDoc], finder: ConceptFinder | None = None) -> InvertedIndex:
    return invert(
        [[terms(doc.index_fields()[name]) for name, _ in FIELDS] for doc in docs], FIELDS, finder
    )


def terms_payload(index: InvertedIndex, docs: Sequence[LessonsDoc]) -> list[list]:
    """[[term, (field, document) pairs holding it, readable word or ''], ...] in term order."""
    words = display_words([text for doc in docs for text in doc.index_fields().values()])
    return [
        [term, sum(len(p) for p in postings), words.get(term, "")]
        for term, postings in zip(index.terms, index.postings, strict=True)
    ]


def search_files(catalogue: Catalogue, site_dir: Path | None = None) -> dict[str, str]:
    """File path (inside the site's search/ folder) -> JSON text. ``site_dir``: the built site,
    where full text reads its heading anchors (none without it)."""
    files, text = page_independent_files(catalogue)
    files.update(result_files(catalogue, text, site_dir, dumps))
    return files


def page_independent_files(
    catalogue: Catalogue, shard_bytes: int | None = None, memo: bool = False
) -> tuple[dict[str, str], ResultText]:
    """Every search file that does not depend on the built pages, and the result text (whose
    files need the heading anchors of the built pages: results.result_files). The costly
    part, so the plugin runs it in a worker process while the pages are built."""
    files, rows = lessons_files(catalogue, shard_bytes)
    # ``memo`` (under `serve`): each report's sections and terms are kept for the next rebuild.
    found = review_sections(catalogue, memo)
    files.update(index_files(catalogue, found, dumps, shard_bytes, memo))
    return files, ResultText(rows, found)


def lessons_files(
    catalogue: Catalogue, shard_bytes: int | None = None
) -> tuple[dict[str, str], list[list]]:
    """The lessons index, facets and glossary files, and each review's row of lessons
    (store_rows): all that the library's front matter and taxonomy make."""
    docs = lessons_docs(catalogue)
    glossary = catalogue.taxonomy.glossary
    index = lessons_index(docs, ConceptFinder(glossary))
    sharded = shard(index, shard_bytes)
    files = {
        "glossary.json": dumps(glossary_payload(glossary)),
        "lessons-meta.json": dumps(meta_payload(catalogue, docs)),
        "lessons/manifest.json": dumps(sharded.manifest),
        "lessons/terms.json": dumps(terms_payload(index, docs)),
    }
    for k, text in enumerate(sharded.shards):
        files[f"lessons/shard-{k}.json"] = text
    for k, text in enumerate(sharded.positions):
        files[f"lessons/pos-{k}.json"] = text
    return files, store_rows(docs)

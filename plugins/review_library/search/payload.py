"""The JSON files the /search/ page fetches, all derived from the catalogue.

- ``lessons-meta.json``: facets (values and labels) and, per review, what a result line and
  the filters need (id, title, partnership, date, facet values as indexes). Enough to list,
  filter and count without a query.
- ``lessons-index.json``: the packed lunr index (see :mod:`review_library.search.index`).
- ``lessons-store-<n>.json``: result text (summary, learning points, recommendations, FAQ) in
  chunks of STORE_CHUNK reviews, fetched only for the results on screen, so the bytes before
  the first result do not grow with the text of the whole library. One review a file: the 20
  results of a page are spread over the library, and at 1,000 reviews chunks of 10 cost
  150 kB gzip for the first page against about 20 kB (site_src/about/search.md).

Output is deterministic: sorted keys, no whitespace, stable order, no time stamps.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from review_library.catalogue import Catalogue
from review_library.search.documents import FACETS, LessonsDoc, facet_labels, lessons_docs
from review_library.search.index import build_index, pack_index

STORE_CHUNK = 1
FORMAT = 1


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
        [
            doc.id,
            doc.title,
            doc.partnership,
            doc.published,
            [sorted(positions[name][k] for k in doc.facets[name]) for name, _ in FACETS],
        ]
        for doc in docs
    ]
    return {
        "format": FORMAT,
        "count": len(docs),
        "chunk": STORE_CHUNK,
        "facets": facets,
        "docs": rows,
    }


def store_chunks(docs: Sequence[LessonsDoc]) -> list[list[list]]:
    """Result text per review, in chunks of STORE_CHUNK (review n is in chunk n // STORE_CHUNK)."""
    rows = [
        [
            doc.summary,
            list(doc.learning_points),
            [list(rec) for rec in doc.recommendations],
            [list(entry) for entry in doc.faq],
        ]
        for doc in docs
    ]
    return [rows[start : start + STORE_CHUNK] for start in range(0, len(rows), STORE_CHUNK)]


def search_files(catalogue: Catalogue) -> dict[str, str]:
    """File name (inside the site's search/ folder) -> JSON text."""
    docs = lessons_docs(catalogue)
    files = {
        "lessons-meta.json": dumps(meta_payload(catalogue, docs)),
        "lessons-index.json": dumps(pack_index(build_index(docs), len(docs))),
    }
    for n, chunk in enumerate(store_chunks(docs)):
        files[f"lessons-store-{n}.json"] = dumps(chunk)
    return files

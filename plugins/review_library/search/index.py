"""Build the lessons index with lunr.py and pack it for the browser.

lunr.js can load lunr.py's serialised index as it is, but that format repeats every document
reference in every posting and stores the inverted index next to the field vectors it can be
derived from. The packed form keeps only the sorted term list and, per field and document,
the delta-coded term positions with integer scores (lunr's own 3-decimal precision); the page
unpacks it into lunr's format and calls ``lunr.Index.load``. Same scores, same ranking.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from lunr import lunr
from lunr.builder import Builder
from lunr.index import Index
from lunr.stemmer import porter_stemmer, stemmer
from lunr.stop_word_filter import stop_word_filter
from lunr.token_set import TokenSet
from lunr.trimmer import trimmer

from review_library.search.documents import LessonsDoc

# Index fields and boosts: a word in the title or a tag (theme, synonym, agency) outranks the
# same word in a learning point.
FIELDS: tuple[tuple[str, int], ...] = (("title", 10), ("tags", 5), ("lessons", 1))
SCALE = 1000  # lunr rounds scores to 3 decimals; integers pack smaller than "0.123"


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return porter_stemmer.stem(word)


def _cached_stemmer(token, i=None, tokens=None):
    """lunr's Porter stemmer, memoised: the same few thousand words recur hundreds of thousands
    of times, and stemming was 40% of the index build. Same output, same pipeline label, so
    lunr.js applies its own stemmer to queries."""
    return token.update(lambda word, metadata=None: _stem(word))


_cached_stemmer.label = stemmer.label


def build_index(docs: Sequence[LessonsDoc]) -> Index:
    """A lunr.py index of the docs; document refs are their positions ("0", "1", ...)."""
    builder = Builder()
    builder.pipeline.add(trimmer, stop_word_filter, _cached_stemmer)
    builder.search_pipeline.add(stemmer)
    records = [{"ref": str(n), **doc.index_fields()} for n, doc in enumerate(docs)]
    if not records:
        # lunr.py divides by the document count when averaging field lengths; a library
        # with nothing published yet still gets a valid (empty) index.
        return Index(
            {}, {}, TokenSet.from_list([]), [name for name, _ in FIELDS], builder.search_pipeline
        )
    return lunr(
        ref="ref",
        fields=[{"field_name": name, "boost": boost} for name, boost in FIELDS],
        documents=records,
        builder=builder,
    )


def pack_index(index: Index, doc_count: int) -> dict:
    """The compact, deterministic JSON form of a lunr.py index (see the module docstring)."""
    serialised = index.serialize()
    terms = [term for term, _ in serialised["invertedIndex"]]
    position = {posting["_index"]: n for n, (_, posting) in enumerate(serialised["invertedIndex"])}
    vectors = dict(serialised["fieldVectors"])
    packed: list[list[list[int]]] = []
    for field, _ in FIELDS:
        per_doc = []
        for ref in range(doc_count):
            elements = vectors.get(f"{field}/{ref}", [])
            pairs = sorted(
                (position[int(elements[i])], round(elements[i + 1] * SCALE))
                for i in range(0, len(elements), 2)
            )
            flat: list[int] = []
            previous = 0
            for term_position, score in pairs:
                flat += [term_position - previous, score]
                previous = term_position
            per_doc.append(flat)
        packed.append(per_doc)
    return {
        "version": serialised["version"],
        "fields": [name for name, _ in FIELDS],
        "pipeline": serialised["pipeline"],
        "scale": SCALE,
        "terms": terms,
        "vectors": packed,
    }

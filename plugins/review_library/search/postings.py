"""The inverted index lunr would build, as term frequencies: what lunr's weights are made of.

lunr (lunr.py 0.8, lunr.js 2.3.9) stores, for every field of every document and every term in
it, the BM25 score

    idf * ((k1 + 1) * tf) / (k1 * (1 - b + b * (length / average length)) + tf) * boost

rounded to 3 decimals, with k1 = 1.2, b = 0.75 and idf = log(1 + |(N - n + 0.5) / (n + 0.5)|),
n counting the (field, document) pairs that hold the term. Everything in it follows from the
term frequencies (tf), the field lengths and the document count, which is what is built here
and shipped: the page computes each weight with lunr's own expression when a shard arrives
(search/sharded-index.js). A frequency packs in a few bits where a 3-decimal score takes ten,
so shards are a third of the size (site_src/about/search.md), and the build does no
per-posting arithmetic. tests/test_fulltext_search.py checks the weights against lunr.py's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class InvertedIndex:
    """Terms in sorted order; ``postings[t][f]`` lists ``(doc, tf)``, docs ascending."""

    fields: tuple[str, ...]
    boosts: tuple[int, ...]
    terms: list[str]
    postings: list[list[list[tuple[int, int]]]]
    lengths: list[list[int]]
    """``lengths[f][d]``: how many index terms field f of document d has."""

    @property
    def doc_count(self) -> int:
        return len(self.lengths[0]) if self.lengths else 0


def invert(
    docs: Sequence[Sequence[Sequence[str]]], fields: Sequence[tuple[str, int]]
) -> InvertedIndex:
    """``docs[d][f]`` is the term list of field f of document d (see analyzer.terms)."""
    width = len(fields)
    found: dict[str, list[list[tuple[int, int]]]] = {}
    lengths: list[list[int]] = [[0] * len(docs) for _ in range(width)]
    for d, doc in enumerate(docs):
        for f in range(width):
            tokens = doc[f]
            lengths[f][d] = len(tokens)
            for term, tf in Counter(tokens).items():
                entry = found.get(term)
                if entry is None:
                    entry = found[term] = [[] for _ in range(width)]
                entry[f].append((d, tf))
    terms = sorted(found)
    return InvertedIndex(
        fields=tuple(name for name, _ in fields),
        boosts=tuple(boost for _, boost in fields),
        terms=terms,
        postings=[found[term] for term in terms],
        lengths=lengths,
    )

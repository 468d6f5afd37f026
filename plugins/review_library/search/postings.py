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

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass


class Pairs:
    """A posting list: (doc, tf) pairs in two machine-integer arrays, and the positions of the
    term in each document (tf of them a document, in order) in a third.

    A Python tuple of two ints costs about 80 bytes; a library of 3,000 reports has millions
    of postings, so they are kept as 8 bytes a pair and made into tuples only when read.
    """

    __slots__ = ("docs", "positions", "tfs")

    def __init__(self, pairs: Iterable[tuple[int, int]] = ()):
        self.docs = array("i")
        self.tfs = array("i")
        self.positions = array("i")
        for doc, tf in pairs:
            self.append(doc, tf)

    def append(self, doc: int, tf: int, positions: Sequence[int] = ()) -> None:
        self.docs.append(doc)
        self.tfs.append(tf)
        self.positions.extend(positions)

    def __len__(self) -> int:
        return len(self.docs)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.docs, self.tfs, strict=True)

    def __eq__(self, other: object) -> bool:
        try:
            return list(self) == [tuple(pair) for pair in other]  # type: ignore[union-attr]
        except TypeError:
            return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Pairs({list(self)!r})"


@dataclass(frozen=True)
class InvertedIndex:
    """Terms in sorted order; ``postings[t][f]`` lists ``(doc, tf)``, docs ascending."""

    fields: tuple[str, ...]
    boosts: tuple[int, ...]
    terms: list[str]
    postings: list[list[Pairs]]
    lengths: list[list[int]]
    """``lengths[f][d]``: how many index terms field f of document d has."""

    @property
    def doc_count(self) -> int:
        return len(self.lengths[0]) if self.lengths else 0


def doc_places(tokens: Sequence[str], concepts=None) -> dict[str, list[int]]:
    """Each term of one field of one document -> its positions there (in the order the terms
    first occur), with the glossary concepts the field spells out (see ``invert``)."""
    places: dict[str, list[int]] = {}
    for i, term in enumerate(tokens):
        seen = places.get(term)
        if seen is None:
            places[term] = [i]
        else:
            seen.append(i)
    if concepts is not None:
        places.update(concepts.places(tokens, places))
    return places


def invert(
    docs: Iterable[Sequence[Sequence[str]]],
    fields: Sequence[tuple[str, int]],
    concepts=None,
) -> InvertedIndex:
    """``docs[d][f]`` is the term list of field f of document d (see analyzer.terms); a
    generator will do, so that the term lists of a whole library are never held at once.
    ``concepts`` (a glossary.ConceptFinder) adds a glossary concept's term (``=key``) where a
    field spells it out, at the phrase's position; it is not counted in the field's length,
    so that lunr's weights of the words are unchanged by it."""
    width = len(fields)
    found: dict[str, list[Pairs]] = {}
    lengths: list[list[int]] = [[] for _ in range(width)]
    for d, doc in enumerate(docs):
        for f in range(width):
            tokens = doc[f]
            lengths[f].append(len(tokens))
            for term, at in doc_places(tokens, concepts).items():
                entry = found.get(term)
                if entry is None:
                    entry = found[term] = [Pairs() for _ in range(width)]
                pairs = entry[f]
                pairs.docs.append(d)
                pairs.tfs.append(len(at))
                pairs.positions.extend(at)
    terms = sorted(found)
    return InvertedIndex(
        fields=tuple(name for name, _ in fields),
        boosts=tuple(boost for _, boost in fields),
        terms=terms,
        postings=[found[term] for term in terms],
        lengths=lengths,
    )

"""Term-range shards of an inverted index, and the manifest that says which shard holds a term.

The sorted term list is cut into runs of about SHARD_BYTES of JSON: a query fetches the shards
its terms fall in (a prefix's terms are one contiguous run), never the whole index. A term whose
postings alone exceed the size gets a shard of its own.

A shard is ``{"terms": [...], "postings": [[field 0, field 1, ...] per term]}``; a field's
postings are integers, one per document holding the term, ``gap * 4 + min(tf, 4) - 1`` (gap:
document number minus the previous one's, the first counted from 0), followed by tf itself
when tf >= 4. Most frequencies are 1 and most gaps small, so this packs and gzips well.

Beside each shard, ``pos-<k>.json`` holds the positions of its terms (the term's places in the
document's term list, stop words left out): per term and field, for each posting in order, its
tf positions as gaps (the first counted from 0). The page fetches them only for a query of
several words, to find phrases ("safe sleep", "co-sleeping") and words close together.

The manifest holds the field names and boosts, the document count, every document's field
lengths (for lunr's length normalisation) and the first term of each shard.
"""

from __future__ import annotations

import itertools
import json
import operator
from dataclasses import dataclass

from review_library.search.postings import InvertedIndex

SHARD_BYTES = 48_000  # JSON bytes; about 15 kB with gzip (site_src/about/search.md)
FORMAT = 1


def encode(postings: list[tuple[int, int]]) -> list[int]:
    out: list[int] = []
    previous = 0
    for doc, tf in postings:
        out.append((doc - previous) * 4 + (tf if tf < 4 else 4) - 1)
        if tf >= 4:
            out.append(tf)
        previous = doc
    return out


def encode_positions(pairs) -> list[int]:
    """Positions of a posting list as gaps within each document (see the module's docstring)."""
    flat = pairs.positions.tolist()
    if not flat:
        return []
    # Gaps to the previous position in one pass, then each document's first position as is.
    out = [flat[0], *map(operator.sub, flat[1:], flat[:-1])]
    for start in itertools.accumulate(pairs.tfs[:-1]):
        out[start] = flat[start]
    return out


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@dataclass(frozen=True)
class Sharded:
    manifest: dict
    shards: list[str]
    """Each shard's JSON text (compact, keys sorted, like every file the search writes)."""
    first_terms: list[str]
    positions: list[str]
    """Each shard's positions file (JSON text)."""


def _shard_text(terms: list[str], postings: list[str]) -> str:
    return '{"postings":[' + ",".join(postings) + '],"terms":' + _dumps(terms) + "}"


def shard(index: InvertedIndex, shard_bytes: int | None = None) -> Sharded:
    """Cut the index into shards of about ``shard_bytes`` (SHARD_BYTES, read at call time so a
    test can make many small shards)."""
    shard_bytes = shard_bytes or SHARD_BYTES
    shards: list[str] = []
    firsts: list[str] = []
    positions: list[str] = []
    terms: list[str] = []
    postings: list[str] = []
    places: list[str] = []
    size = 0

    def close() -> None:
        shards.append(_shard_text(terms, postings))
        positions.append('{"positions":[' + ",".join(places) + "]}")
        firsts.append(terms[0])

    for term, fields in zip(index.terms, index.postings, strict=True):
        encoded = _dumps([encode(p) for p in fields])
        cost = len(term) + len(encoded) + 4
        if terms and size + cost > shard_bytes:
            close()
            terms, postings, places, size = [], [], [], 0
        terms.append(term)
        postings.append(encoded)
        places.append(_dumps([encode_positions(p) for p in fields]))
        size += cost
    if terms:
        close()
    manifest = {
        "format": FORMAT,
        "fields": list(index.fields),
        "boosts": list(index.boosts),
        "count": index.doc_count,
        "lengths": index.lengths,
        "shards": firsts,
    }
    return Sharded(manifest, shards, firsts, positions)

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


def positions_text(places: list[str]) -> str:
    """A positions file from its terms' entries (see ``term_entry``)."""
    return '{"positions":[' + ",".join(places) + "]}"


def shard_text(terms: list[str], postings: list[str]) -> str:
    """A shard file from its terms and their postings' JSON (see ``term_entry``)."""
    return '{"postings":[' + ",".join(postings) + '],"terms":' + _dumps(terms) + "}"


def term_entry(term: str, fields: list) -> tuple[int, str, str]:
    """What a term contributes to its shard: its size for ``pack``, its postings' JSON and its
    positions' JSON. ``fields``: one posting list (postings.Pairs) per field."""
    encoded = _dumps([encode(p) for p in fields])
    return len(term) + len(encoded) + 4, encoded, _dumps([encode_positions(p) for p in fields])


def pack(costs: list[int], shard_bytes: int) -> list[tuple[int, int]]:
    """Cut terms of these sizes (in term order) into runs of about ``shard_bytes``: each
    shard's (start, end) in the term list. A term larger than the size gets a shard alone."""
    ranges: list[tuple[int, int]] = []
    start, size = 0, 0
    for n, cost in enumerate(costs):
        if n > start and size + cost > shard_bytes:
            ranges.append((start, n))
            start, size = n, 0
        size += cost
    if costs:
        ranges.append((start, len(costs)))
    return ranges


def manifest(index: InvertedIndex, firsts: list[str]) -> dict:
    """The manifest of an index cut into shards starting at ``firsts``."""
    return {
        "format": FORMAT,
        "fields": list(index.fields),
        "boosts": list(index.boosts),
        "count": index.doc_count,
        "lengths": index.lengths,
        "shards": firsts,
    }


def shard(index: InvertedIndex, shard_bytes: int | None = None) -> Sharded:
    """Cut the index into shards of about ``shard_bytes`` (SHARD_BYTES, read at call time so a
    test can make many small shards)."""
    entries = [term_entry(t, f) for t, f in zip(index.terms, index.postings, strict=True)]
    ranges = pack([cost for cost, _, _ in entries], shard_bytes or SHARD_BYTES)
    shards = [
        shard_text(index.terms[a:b], [encoded for _, encoded, _ in entries[a:b]]) for a, b in ranges
    ]
    positions = [positions_text([places for _, _, places in entries[a:b]]) for a, b in ranges]
    firsts = [index.terms[a] for a, _ in ranges]
    return Sharded(manifest(index, firsts), shards, firsts, positions)

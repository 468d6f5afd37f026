"""A build's search data, compressed while it waits to be written.

A worker makes the search data while the pages are built; the build process holds it until
the pages are written, because each review's result file needs the heading anchors of its
built page. Held as text, that was the index JSON and every report's sections (15 and 24
million characters at 1,000 generated reviews), in the worker while it pickled them and in
the build process from then until the end, where its memory peaks. Here each file is kept
zlib-compressed (level 1) and each review's result (its row and its sections) as one
compressed pickle, made review by review as the index is built; ``SearchFiles`` gives them
back one at a time as they are written. The files are those of
``payload.page_independent_files`` and ``results.result_files``, byte for byte.

Only a build uses this: under `serve`, the search data is patched in place (search.live).
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from review_library.catalogue import Catalogue
from review_library.search.anchors import page_path
from review_library.search.fulltext import index_files, review_anchors
from review_library.search.payload import dumps, lessons_files
from review_library.search.results import FOLDER, review_result
from review_library.search.sections import Section, sections

LEVEL = 1
"""zlib level: the fastest, and most of the gain (the text shrinks to about a third)."""


@dataclass(frozen=True)
class PackedSearch:
    """The search files that do not depend on the built pages, and each review's result."""

    files: dict[str, bytes]
    """File path (inside search/) -> its UTF-8 text, compressed."""
    results: list[bytes]
    """Per published review, in catalogue order: (row, sections), pickled and compressed."""


def packed_files(catalogue: Catalogue, shard_bytes: int | None = None) -> PackedSearch:
    """What ``payload.page_independent_files`` makes, compressed: each report's sections are
    packed as soon as they are made, so no process holds every report's sections at once."""
    files, rows = lessons_files(catalogue, shard_bytes)
    results: list[bytes] = []

    def found() -> Iterator[tuple[int, Section]]:
        for n, review in enumerate(catalogue.published):
            made = sections(review.body)
            results.append(zlib.compress(pickle.dumps((rows[n], made), 5), LEVEL))
            for section in made:
                yield n, section

    files.update(index_files(catalogue, found(), dumps, shard_bytes))
    packed = {}
    for name in list(files):  # each text dropped as soon as it is compressed
        packed[name] = zlib.compress(files.pop(name).encode("utf-8"), LEVEL)
    return PackedSearch(packed, results)


class SearchFiles(Mapping[str, str]):
    """Every search file of a build (path inside search/ -> text), made from ``packed`` when
    it is read: a result file gets its sections' heading anchors from the built page in
    ``site_dir`` then (as ``results.result_files``). Nothing read is kept."""

    def __init__(self, packed: PackedSearch, catalogue: Catalogue, site_dir: Path):
        self.packed = packed
        self.site_dir = site_dir
        self.reviews = [review.id for review in catalogue.published]
        self.positions = {f"{FOLDER}/{n}.json": n for n in range(len(packed.results))}

    def __iter__(self) -> Iterator[str]:
        yield from self.packed.files
        yield from self.positions

    def __len__(self) -> int:
        return len(self.packed.files) + len(self.positions)

    def __contains__(self, name: object) -> bool:
        return name in self.packed.files or name in self.positions

    def __getitem__(self, name: str) -> str:
        blob = self.packed.files.get(name)
        if blob is not None:
            return zlib.decompress(blob).decode("utf-8")
        n = self.positions[name]
        row, found = pickle.loads(zlib.decompress(self.packed.results[n]))
        ids = review_anchors(page_path(self.site_dir, self.reviews[n]), found)
        return review_result(row, found, ids, dumps)

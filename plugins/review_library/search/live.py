"""The search data under `mkdocs serve`: patched per edited review instead of rebuilt.

An edit changes one report of a thousand, but a clean build makes the full-text index of every
report again: about 4 s of CPU at 1,000 reviews, most of a rebuild. ``LiveSearch`` keeps what the
last build made and changes only what the edit changed:

- the full-text index (``FullText``): the edited report's postings are taken out of each term it
  had and its new ones put in, only the terms it touches are encoded again, and only the shards
  holding one of those terms are made again (the others keep last build's text);
- the lessons index, facets and glossary: made again only when their key (the library's front
  matter, the taxonomy and the settings: ``incremental.catalogue_key`` under the plugin's static
  key) changes;
- each review's result file: made again when its row, its report or its built page changed.

Section documents are numbered review by review, so an edit that changes how many sections a
report has (a heading added, a section grown past PART_WORDS) renumbers the sections of every
later review, and with them nearly every shard's bytes: the index is then made again whole, as
are a changed glossary, a review added, removed or moved, or more than ``PATCH_LIMIT`` reports
changed at once. Whatever the path, the files are those ``payload.page_independent_files``
makes in a clean build, byte for byte (tests/test_search_live.py, tests/test_serve_incremental.py).
"""

from __future__ import annotations

import bisect
import os
from array import array
from pathlib import Path

from review_library.catalogue import Catalogue
from review_library.search import fulltext, shards
from review_library.search.anchors import page_path
from review_library.search.glossary import ConceptFinder, GlossaryEntry
from review_library.search.payload import dumps, lessons_files
from review_library.search.postings import Pairs, doc_places
from review_library.search.results import FOLDER as RESULTS
from review_library.search.results import ResultText, review_result
from review_library.search.sections import Section

PATCH_LIMIT = 50
"""More changed reports than this in one build: the index is made again whole."""

Doc = tuple[int, dict[str, list[int]]]
"""One section document: its length in terms, and each term's positions in it."""


class FullText:
    """The full-text index of the reports last given (see the module's docstring), with each
    term's encoded entry and each shard's text kept for the next build."""

    def __init__(self, glossary: tuple[GlossaryEntry, ...], shard_bytes: int):
        self.glossary = glossary
        self.shard_bytes = shard_bytes
        self.finder = ConceptFinder(glossary)
        self.bodies: list[str] = []
        """Each published report, in catalogue order: what the index holds."""
        self.sections: list[list[Section]] = []
        """Each report's sections (fulltext.review_sections)."""
        self.counts: list[int] = []
        """How many section documents each report has."""
        self.lengths: list[int] = []
        """Each section document's length in terms."""
        self.postings: dict[str, Pairs] = {}
        self.terms: list[str] = []
        """Every term, sorted."""
        self.entries: dict[str, tuple[int, str, str]] = {}
        """Each term's size, postings JSON and positions JSON (shards.term_entry)."""
        self.made: dict[tuple[str, str, int], tuple[str, str]] = {}
        """Shard and positions text of the last files, by (first term, last term, terms)."""
        self.changed: set[str] = set()
        """Terms changed, added or removed since ``made`` was made."""

    def docs(self, found: list[Section]) -> list[Doc]:
        """A report's section documents, as ``fulltext.index_files`` indexes them."""
        out = []
        for section in found:
            tokens = fulltext.kept_terms(fulltext.index_text(section))
            out.append((len(tokens), doc_places(tokens, self.finder)))
        return out

    def rebuild(self, bodies: list[str]) -> None:
        """Index ``bodies`` from nothing."""
        postings: dict[str, Pairs] = {}
        self.counts, self.lengths = [], []
        self.sections = [fulltext.kept_sections(body) for body in bodies]
        number = 0
        for found in self.sections:
            self.counts.append(len(found))
            for length, places in self.docs(found):
                self.lengths.append(length)
                for term, at in places.items():
                    pairs = postings.get(term)
                    if pairs is None:
                        pairs = postings[term] = Pairs()
                    pairs.append(number, len(at), at)
                number += 1
        self.bodies = list(bodies)
        self.postings = postings
        self.terms = sorted(postings)
        self.entries = {term: shards.term_entry(term, [postings[term]]) for term in self.terms}
        self.made, self.changed = {}, set()

    def update(self, bodies: list[str]) -> bool:
        """Patch the index to hold ``bodies``; False (nothing changed) if it must be made
        again whole instead (see the module's docstring)."""
        if len(bodies) != len(self.bodies):
            return False
        edited = [
            n for n, (old, new) in enumerate(zip(self.bodies, bodies, strict=True)) if old != new
        ]
        if len(edited) > PATCH_LIMIT:
            return False
        found = {n: fulltext.kept_sections(bodies[n]) for n in edited}
        if any(len(found[n]) != self.counts[n] for n in edited):
            return False
        starts = [0]
        for count in self.counts:
            starts.append(starts[-1] + count)
        for n in edited:
            self._replace(starts[n], self.docs(self.sections[n]), self.docs(found[n]))
            self.bodies[n], self.sections[n] = bodies[n], found[n]
        return True

    def _replace(self, first: int, old: list[Doc], new: list[Doc]) -> None:
        """Replace the postings of documents first, first + 1, ... (one report's sections)."""
        # Only the terms whose places in some section changed: a sentence added at the end
        # leaves every other term of the report where it was.
        touched = {
            term
            for (_, before), (_, after) in zip(old, new, strict=True)
            for term in before.keys() | after.keys()
            if before.get(term) != after.get(term)
        }
        end = first + len(old)
        for term in touched:
            pairs = self.postings.get(term)
            if pairs is None:
                pairs = self.postings[term] = Pairs()
                bisect.insort(self.terms, term)
            i, j = bisect.bisect_left(pairs.docs, first), bisect.bisect_left(pairs.docs, end)
            p = sum(pairs.tfs[:i])
            q = p + sum(pairs.tfs[i:j])
            held = [
                (first + k, places[term]) for k, (_, places) in enumerate(new) if term in places
            ]
            pairs.docs[i:j] = array("i", [doc for doc, _ in held])
            pairs.tfs[i:j] = array("i", [len(at) for _, at in held])
            pairs.positions[p:q] = array("i", [place for _, at in held for place in at])
            self.changed.add(term)
            if pairs.docs:
                self.entries[term] = shards.term_entry(term, [pairs])
            else:
                del self.postings[term], self.entries[term]
                del self.terms[bisect.bisect_left(self.terms, term)]
        self.lengths[first:end] = [length for length, _ in new]

    def files(self) -> dict[str, str]:
        """The manifest, shards and positions files (as fulltext.index_files names them)."""
        terms, entries = self.terms, self.entries
        ranges = shards.pack([entries[term][0] for term in terms], self.shard_bytes)
        changed = sorted(self.changed)
        made: dict[tuple[str, str, int], tuple[str, str]] = {}
        out: dict[str, str] = {}
        for k, (a, b) in enumerate(ranges):
            key = (terms[a], terms[b - 1], b - a)
            texts = self.made.get(key)
            at = bisect.bisect_left(changed, key[0])
            if texts is None or (at < len(changed) and changed[at] <= key[1]):
                run = [entries[term] for term in terms[a:b]]
                texts = (
                    shards.shard_text(terms[a:b], [encoded for _, encoded, _ in run]),
                    shards.positions_text([places for _, _, places in run]),
                )
            made[key] = texts
            out[f"{fulltext.FOLDER}/shard-{k}.json"], out[f"{fulltext.FOLDER}/pos-{k}.json"] = texts
        self.made, self.changed = made, set()
        manifest = {
            "format": shards.FORMAT,
            "fields": [name for name, _ in fulltext.FIELDS],
            "boosts": [boost for _, boost in fulltext.FIELDS],
            "count": len(self.lengths),
            "lengths": [self.lengths],
            "shards": [terms[a] for a, _ in ranges],
            "reviews": self.counts,
        }
        return {f"{fulltext.FOLDER}/manifest.json": dumps(manifest), **out}


class LiveSearch:
    """What `mkdocs serve` keeps of the search data between builds (see the module's
    docstring). Plain data: a worker makes the first one, and sends it back."""

    def __init__(self) -> None:
        self.fulltext: FullText | None = None
        self.lessons_key: tuple | None = None
        self.lessons: tuple[dict[str, str], list[list]] = ({}, [])
        self.results: dict[int, tuple[tuple, str]] = {}
        """Review n -> (what its result file was made from, its text)."""
        self.held: list[object] = []
        """The body object (``Review.held_body``) of each report the index holds, as this
        process read it: a review whose file did not change is the same object (the review
        cache), so its body is known without decompressing and comparing it."""

    def clear(self) -> None:
        self.fulltext, self.lessons_key, self.lessons, self.results = None, None, ({}, []), {}
        self.held = []

    def adopt(self, other: LiveSearch) -> None:
        """Take over what ``other`` (made by a worker) holds."""
        self.fulltext, self.lessons_key = other.fulltext, other.lessons_key
        self.lessons, self.results = other.lessons, other.results
        self.held = []  # the worker's objects: the next build compares the texts

    @property
    def ready(self) -> bool:
        """Holds an index to patch (after the first build)."""
        return self.fulltext is not None

    def independent_files(
        self, catalogue: Catalogue, shard_bytes: int, key: str
    ) -> tuple[dict[str, str], ResultText]:
        """What ``payload.page_independent_files`` returns, from what changed since the last
        call. ``key``: the lessons' key (changes whenever the library's front matter, the
        taxonomy or the settings do)."""
        try:
            return self._independent_files(catalogue, shard_bytes, key)
        except BaseException:
            self.clear()  # half patched: nothing of it may be used again
            raise

    def _independent_files(
        self, catalogue: Catalogue, shard_bytes: int, key: str
    ) -> tuple[dict[str, str], ResultText]:
        glossary = catalogue.taxonomy.glossary
        lessons_key = (key, shard_bytes, glossary)
        if lessons_key != self.lessons_key:
            self.lessons_key, self.lessons = None, lessons_files(catalogue, shard_bytes)
            self.lessons_key = lessons_key
        files, rows = self.lessons
        bodies = self._bodies(catalogue.published)
        index = self.fulltext
        if index is None or index.glossary != glossary or index.shard_bytes != shard_bytes:
            index = self.fulltext = FullText(glossary, shard_bytes)
            index.rebuild(bodies)
        elif not index.update(bodies):
            index.rebuild(bodies)
        self.held = [review.held_body for review in catalogue.published]
        found = [(n, section) for n, held in enumerate(index.sections) for section in held]
        return {**files, **index.files()}, ResultText(rows, found)

    def _bodies(self, reviews: list) -> list[str]:
        """Each report's body: the index's own text where the review holds the very body
        object it held last time (the same object, so the same text), else read (and
        decompressed) from the review."""
        index = self.fulltext
        known = self.held if index is not None and len(self.held) == len(reviews) else None
        if known is None or len(index.bodies) != len(known):
            return [review.body for review in reviews]
        held = index.bodies
        return [
            held[n] if review.held_body is known[n] else review.body
            for n, review in enumerate(reviews)
        ]

    def result_files(
        self, catalogue: Catalogue, text: ResultText, site_dir: Path
    ) -> dict[str, str]:
        """What ``results.result_files`` returns; a review's file is made again only when its
        row, its report or its built page (size and time) changed."""
        by_review: dict[int, list] = {}
        for n, section in text.found:
            by_review.setdefault(n, []).append(section)
        out: dict[str, str] = {}
        made: dict[int, tuple[tuple, str]] = {}
        for n, review in enumerate(catalogue.published):
            page = page_path(site_dir, review.id)
            stamp = _stamp(page)
            key = (self.lessons_key, review.id, review.packed_body, str(page), stamp)
            known = self.results.get(n)
            if known is None or known[0] != key or stamp is None:
                found = by_review.get(n, [])
                ids = fulltext.review_anchors(page, found)
                known = (key, review_result(text.rows[n], found, ids, dumps))
            made[n] = known
            out[f"{RESULTS}/{n}.json"] = known[1]
        self.results = made
        return out


def _stamp(page: Path | None) -> tuple[int, int] | None:
    if page is None:
        return None
    try:
        info = os.stat(page)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def first_build(
    catalogue: Catalogue, shard_bytes: int, key: str
) -> tuple[dict[str, str], ResultText, LiveSearch]:
    """The first build under `serve` (a worker runs it): the files, and the state the next
    builds patch."""
    live = LiveSearch()
    files, text = live.independent_files(catalogue, shard_bytes, key)
    return files, text, live

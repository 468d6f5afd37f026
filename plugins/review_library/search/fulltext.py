"""Full-text search data: every published report body, one document per section.

Files (under the site's search/ folder):

- ``text/manifest.json``: the shard manifest (see shards.py) and, per review in catalogue
  order, how many sections it has: section documents are numbered review by review, so this
  list is the whole document table (section n belongs to the review whose range holds n).
- ``text/shard-<k>.json``: term-range shards of the sections' inverted index.
- ``text/pos-<k>.json``: the positions of those shards' terms, for phrases.

The sections' text and heading anchors are in each review's result file (results.py), which
the page fetches for a result on screen and cuts the passage from.

Why sections: a result links to the heading where the words are, its passage comes from the
section that matched, and a match of every query word within one section is a closer match
than the words scattered over a 4,000-word report. The cost is more, shorter documents
(posting lists of common words are longer).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from review_library.catalogue import Catalogue
from review_library.search.analyzer import terms
from review_library.search.anchors import heading_ids, page_path
from review_library.search.glossary import ConceptFinder
from review_library.search.postings import invert
from review_library.search.sections import Section, sections
from review_library.search.shards import shard

FIELDS: tuple[tuple[str, int], ...] = (("text", 1),)
FOLDER = "text"


def section_documents(
    catalogue: Catalogue, site_dir: Path | None = None
) -> list[tuple[int, Section, str]]:
    """(review position, section, heading anchor) for every section, in document order."""
    found = review_sections(catalogue)
    ids = anchors(catalogue, found, site_dir)
    return [(n, section, anchor) for (n, section), anchor in zip(found, ids, strict=True)]


# Under `mkdocs serve` (``memo``), what was made of each report body is kept for the next
# rebuild in the process that made it: an edit changes one report of a thousand. Keyed by the
# text itself, so a changed report is never looked up under its old key; cleared when large.
_SECTIONS: dict[str, list[Section]] = {}
_TERMS: dict[str, list[str]] = {}
MEMO_LIMIT = 200_000


def _kept(memo: dict, key: str, make):
    value = memo.get(key)
    if value is None:
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        value = memo[key] = make(key)
    return value


def kept_sections(body: str) -> list[Section]:
    """``sections(body)``, kept for the next rebuild."""
    return _kept(_SECTIONS, body, sections)


def kept_terms(text: str) -> list[str]:
    """``terms(text)``, kept for the next rebuild."""
    return _kept(_TERMS, text, terms)


def review_sections(catalogue: Catalogue, memo: bool = False) -> list[tuple[int, Section]]:
    """(review position, section) for every section of every published report, in order."""
    return [
        (n, section)
        for n, review in enumerate(catalogue.published)
        for section in (kept_sections(review.body) if memo else sections(review.body))
    ]


def anchors(
    catalogue: Catalogue, found: list[tuple[int, Section]], site_dir: Path | None
) -> list[str]:
    """Per section, the id of its heading on the built review page ('' if none)."""
    by_review: dict[int, list[Section]] = {}
    for n, section in found:
        by_review.setdefault(n, []).append(section)
    out: list[str] = []
    for n, review in enumerate(catalogue.published):
        page = page_path(site_dir, review.id) if site_dir else None
        out += review_anchors(page, by_review.get(n, []))
    return out


def review_anchors(page: Path | None, found: list[Section]) -> list[str]:
    """Per section of one review, the id of its heading on its built ``page``."""
    headings: dict[int, str] = {}
    for section in found:
        headings.setdefault(section.position, section.heading)
    positions = sorted(p for p in headings if p >= 0)
    ids = dict(zip(positions, heading_ids(page, [headings[p] for p in positions]), strict=True))
    return [ids.get(section.position, "") for section in found]


def index_text(section: Section) -> str:
    """What is indexed of a section: its heading and its text."""
    return f"{section.heading}\n{section.text}" if section.heading else section.text


def index_files(
    catalogue: Catalogue,
    found: Iterable[tuple[int, Section]],
    dumps,
    shard_bytes: int | None = None,
    memo: bool = False,
) -> dict[str, str]:
    """The manifest and the shards: all that does not depend on the built pages. ``found``
    is read once, so a generator will do (see search.packed)."""
    finder = ConceptFinder(catalogue.taxonomy.glossary)
    analyse = kept_terms if memo else terms
    counts = [0] * len(catalogue.published)

    def docs() -> Iterator[list[list[str]]]:
        for n, section in found:
            counts[n] += 1
            yield [analyse(index_text(section))]

    index = invert(docs(), FIELDS, finder)
    sharded = shard(index, shard_bytes)
    files = {f"{FOLDER}/manifest.json": dumps({**sharded.manifest, "reviews": counts})}
    for k, text in enumerate(sharded.shards):
        files[f"{FOLDER}/shard-{k}.json"] = text
    for k, text in enumerate(sharded.positions):
        files[f"{FOLDER}/pos-{k}.json"] = text
    return files

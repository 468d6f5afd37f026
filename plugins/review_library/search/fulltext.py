"""Full-text search data: every published report body, one document per section.

Files (under the site's search/ folder):

- ``text/manifest.json``: the shard manifest (see shards.py) and, per review in catalogue
  order, how many sections it has: section documents are numbered review by review, so this
  list is the whole document table (section n belongs to the review whose range holds n).
- ``text/shard-<k>.json``: term-range shards of the sections' inverted index.
- ``text/sections/<n>.json``: section n as ``[heading, anchor, text]``, fetched only for a
  result on screen (its snippet is cut from it in the browser).

Why sections: a result links to the heading where the words are, the text fetched for a
snippet is one section (about 2.5 kB, 1.2 kB with gzip) rather than a whole report, and a
match of every query word within one section is a closer match than the words scattered
over a 4,000-word report. The costs are more, shorter documents (posting lists of common
words are longer) and one small file per section.
"""

from __future__ import annotations

from pathlib import Path

from review_library.catalogue import Catalogue
from review_library.search.analyzer import terms
from review_library.search.anchors import heading_ids, page_path
from review_library.search.postings import invert
from review_library.search.sections import Section, sections
from review_library.search.shards import shard

FIELDS: tuple[tuple[str, int], ...] = (("text", 1),)
FOLDER = "text"


def section_documents(
    catalogue: Catalogue, site_dir: Path | None = None
) -> list[tuple[int, Section, str]]:
    """(review position, section, heading anchor) for every section, in document order."""
    docs = []
    for n, review in enumerate(catalogue.published):
        found = sections(review.body)
        headings: dict[int, str] = {}
        for section in found:
            headings.setdefault(section.position, section.heading)
        positions = sorted(p for p in headings if p >= 0)
        page = page_path(site_dir, review.id) if site_dir else None
        ids = dict(zip(positions, heading_ids(page, [headings[p] for p in positions]), strict=True))
        docs += [(n, section, ids.get(section.position, "")) for section in found]
    return docs


def index_text(section: Section) -> str:
    """What is indexed of a section: its heading and its text."""
    return f"{section.heading}\n{section.text}" if section.heading else section.text


def fulltext_files(catalogue: Catalogue, site_dir: Path | None, dumps) -> dict[str, str]:
    """Relative path (inside search/) -> JSON text."""
    docs = section_documents(catalogue, site_dir)
    index = invert([[terms(index_text(section))] for _, section, _ in docs], FIELDS)
    sharded = shard(index)
    counts = [0] * len(catalogue.published)
    for n, _, _ in docs:
        counts[n] += 1
    files = {f"{FOLDER}/manifest.json": dumps({**sharded.manifest, "reviews": counts})}
    for k, text in enumerate(sharded.shards):
        files[f"{FOLDER}/shard-{k}.json"] = text
    for ref, (_, section, anchor) in enumerate(docs):
        files[f"{FOLDER}/sections/{ref}.json"] = dumps([section.heading, anchor, section.text])
    return files

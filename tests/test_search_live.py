"""The search data under `serve` (search.live): after each kind of edit, the patched index
gives the files a clean computation gives, byte for byte, and a report edit makes again only
the shards that hold a term it touched."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from review_library.catalogue import load_catalogue
from review_library.incremental import catalogue_key
from review_library.search import live
from review_library.search.payload import page_independent_files
from review_library.taxonomy import load_taxonomy
from tests.benchmarks.corpus import TAXONOMY, generate_corpus

SHARD_BYTES = 2_000  # many small shards, so that an edit leaves most of them alone


@pytest.fixture
def library(tmp_path: Path) -> Path:
    generate_corpus(8, tmp_path / "reviews", words=300)
    return tmp_path


def _catalogue(root: Path):
    return load_catalogue(root / "reviews", load_taxonomy(TAXONOMY), root=root)


def _clean(catalogue) -> tuple[dict[str, str], list]:
    files, text = page_independent_files(catalogue, SHARD_BYTES)
    return files, text.rows


def _patched(state: live.LiveSearch, catalogue, key: str = "") -> dict[str, str]:
    # The lessons' key, as the plugin makes it: the library's front matter (and settings).
    key = key or catalogue_key(catalogue)
    files, text = state.independent_files(catalogue, SHARD_BYTES, key)
    assert text.rows == _clean(catalogue)[1]
    return files


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def _body_line(path: Path) -> str:
    """A line of the report body (after the front matter) that ends a sentence."""
    body = path.read_text("utf-8").split("\n---\n", 1)[1]
    return next(line for line in body.splitlines() if line.endswith(".") and len(line) > 40)


def test_every_kind_of_report_edit_gives_the_clean_files(library: Path) -> None:
    state = live.LiveSearch()
    assert _patched(state, _catalogue(library)) == _clean(_catalogue(library))[0]
    paths = sorted((library / "reviews").glob("*.md"))
    first, second = paths[3], paths[7]
    line = _body_line(first)
    edits = [
        # New words and a glossary phrase (a concept term) in one section, in two reports.
        lambda: (
            _edit(first, line, line + " Zyxwv quorble the Multi-Agency Safeguarding Hub."),
            _edit(second, _body_line(second), "Another zyxwv line."),
        ),
        # Words taken out again: terms that no report holds any more leave the index.
        lambda: _edit(first, " Zyxwv quorble the Multi-Agency Safeguarding Hub.", ""),
        # A heading added: every later report's sections are numbered anew.
        lambda: _edit(first, line, line + "\n\n## A heading added\n\nText under it."),
        # A review removed.
        lambda: paths[0].unlink(),
    ]
    for edit in edits:
        edit()
        catalogue = _catalogue(library)
        assert _patched(state, catalogue) == _clean(catalogue)[0]


def test_a_report_edit_makes_again_only_the_shards_it_changed(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = live.LiveSearch()
    before = _patched(state, _catalogue(library))
    path = sorted((library / "reviews").glob("*.md"))[5]
    # A sentence at the end, as the serve benchmark adds: no word after it moves.
    path.write_text(path.read_text("utf-8").rstrip("\n") + "\n\nZyxwv quorble.\n", "utf-8")
    catalogue = _catalogue(library)
    want = _clean(catalogue)[0]
    made: list[list[str]] = []
    shard_text = live.shards.shard_text

    def counting(terms, postings):
        made.append(terms)
        return shard_text(terms, postings)

    monkeypatch.setattr(live.shards, "shard_text", counting)
    after, _ = state.independent_files(catalogue, SHARD_BYTES, catalogue_key(catalogue))
    assert after == want
    names = [name for name in before if re.fullmatch(r"text/shard-\d+\.json", name)]
    changed = [
        name
        for name in names
        if before[name] != after[name]
        or before[name.replace("shard", "pos")] != after[name.replace("shard", "pos")]
    ]
    # The shards whose bytes changed (the new words') were made again, and no other.
    assert changed and len(made) == len(changed) < len(names), (len(made), len(changed))


def test_a_glossary_or_lessons_change_is_followed(library: Path) -> None:
    state = live.LiveSearch()
    catalogue = _catalogue(library)
    _patched(state, catalogue)
    taxonomy = catalogue.taxonomy
    entry = dataclasses.replace(taxonomy.glossary[0], expansion="Zyxwv quorble")
    changed = dataclasses.replace(
        catalogue, taxonomy=dataclasses.replace(taxonomy, glossary=(entry, *taxonomy.glossary[1:]))
    )
    assert _patched(state, changed, key="another") == _clean(changed)[0]


def test_kept_reviews_bodies_are_not_read_again_and_edits_still_reach_the_index(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under `serve` the review cache gives back the same review for an unchanged file: its
    body is taken from the index (not decompressed and compared), and an edited one (a new
    object) is read; the files stay those of a clean computation."""
    from review_library.catalogue import ContentCache, caching_loader
    from review_library.model import Review

    cache = ContentCache()
    taxonomy = load_taxonomy(TAXONOMY)

    def cached():
        reviews = library / "reviews"
        return load_catalogue(reviews, taxonomy, root=library, load=caching_loader(cache))

    reads: list[str] = []
    body = Review.body

    def counting(review):
        reads.append(review.id)
        return body.fget(review)

    state = live.LiveSearch()
    first = cached()
    assert _patched(state, first) == _clean(_catalogue(library))[0]
    paths = [Path(review.abs_path) for review in first.published]
    for path, words in [(paths[2], " Zyxwv quorble."), (paths[-1], " Another zyxwv line.")]:
        line = _body_line(path)
        _edit(path, line, line + words)
        catalogue = cached()
        key = catalogue_key(catalogue)
        monkeypatch.setattr(Review, "body", property(counting))
        files, _ = state.independent_files(catalogue, SHARD_BYTES, key)
        monkeypatch.undo()
        assert files == _clean(_catalogue(library))[0]
        edited = next(r.id for r in catalogue.published if Path(r.abs_path) == path)
        assert set(reads) == {edited}, reads
        reads.clear()

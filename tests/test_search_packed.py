"""A build's search data, compressed while it waits (search.packed): the built site's search
files are those the uncompressed computation makes, byte for byte, and what waits for the
pages holds no report text as text."""

from __future__ import annotations

import pickle
from pathlib import Path

from review_library.catalogue import load_catalogue
from review_library.search.packed import SearchFiles, packed_files
from review_library.search.page import _owned
from review_library.search.payload import search_files
from review_library.taxonomy import load_taxonomy
from tests.helpers import BASE_BODY, SiteFixture

# A heading the page has too ("Recommendations"), and one twice in the body: their anchors
# on the built page are made unique, so they are read back from it.
BODY = (
    BASE_BODY
    + "\n## Recommendations\n\nThe partnership should audit the follow-up of missed visits.\n"
    + "\n## Findings\n\nA second findings section, about the handover between teams.\n"
)


def _site(tmp_path: Path) -> tuple[SiteFixture, Path]:
    site = SiteFixture(tmp_path)
    site.add_review(body=BODY)
    site.add_review(id="testshire-2024-child-b", title="Child B: the handover", body=BASE_BODY)
    return site, site.build()


def _on_disk(out: Path, names) -> dict[str, str]:
    folder = out / "search"
    owned = {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and _owned(path.relative_to(folder).as_posix())
    }
    assert owned <= set(names)
    return {name: (folder / name).read_text("utf-8") for name in names}


def test_built_search_files_are_the_uncompressed_ones(tmp_path: Path) -> None:
    site, out = _site(tmp_path)
    catalogue = load_catalogue(
        site.root / "reviews", load_taxonomy(site.root / "site_src" / "taxonomy.yml")
    )
    expected = search_files(catalogue, out)
    assert _on_disk(out, expected) == expected
    packed = SearchFiles(packed_files(catalogue), catalogue, out)
    assert dict(packed) == expected
    assert set(packed) == set(expected) and len(packed) == len(expected)
    assert "reviews/1.json" in packed and "reviews/2.json" not in packed
    # The anchors came from the built page: the body's own Recommendations heading is not
    # the page's.
    assert '"recommendations_1"' in expected["reviews/0.json"] + expected["reviews/1.json"]


def test_what_waits_for_the_pages_is_compressed(tmp_path: Path) -> None:
    site, _ = _site(tmp_path)
    catalogue = load_catalogue(
        site.root / "reviews", load_taxonomy(site.root / "site_src" / "taxonomy.yml")
    )
    packed = packed_files(catalogue)
    sentence = b"audit the follow-up of missed visits"
    assert sentence in pickle.dumps(search_files(catalogue))
    held = pickle.dumps(packed)
    assert sentence not in held and b"handover between teams" not in held
    assert all(isinstance(blob, bytes) for blob in [*packed.files.values(), *packed.results])

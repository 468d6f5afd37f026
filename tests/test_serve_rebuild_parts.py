"""The shortcuts a serve rebuild takes over the whole library give what the long way gives:
folders resolved once per pass, the site walked as strings, the feed and open data kept
between rebuilds (and written again whenever the front matter changes)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from review_library.catalogue import project_relative
from review_library.gate import _shown_in, site_entries
from review_library.redaction.output_scan import site_files
from review_library.safefiles import resolved


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """Files in a real folder, in a folder reached through a link, a file that is a link
    (to another folder), and a link to a folder."""
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "target.md").write_text("x")
    (real / "a.md").write_text("a")
    (real / "sub" / "b.md").write_text("b")
    (tmp_path / "linked").symlink_to(real)
    (real / "link.md").symlink_to(tmp_path / "elsewhere" / "target.md")
    (real / "folder-link").symlink_to(tmp_path / "elsewhere")
    return tmp_path


def test_resolved_with_kept_folders_is_resolve(tree: Path, monkeypatch) -> None:
    monkeypatch.chdir(tree)
    paths = [
        tree / "real" / "a.md",
        tree / "linked" / "a.md",
        tree / "linked" / "sub" / "b.md",
        tree / "linked" / "link.md",  # the file itself is a link: resolved whole
        tree / "linked" / "sub" / ".." / "a.md",  # '..' after a link: taken after it
        Path("linked/a.md"),
        tree / "linked" / "missing.md",
    ]
    folders: dict[str, Path] = {}
    for path in paths * 2:  # the second time from the kept folders
        assert resolved(path, folders) == path.resolve(), path
    assert resolved(tree / "linked" / "link.md", folders) == tree / "elsewhere" / "target.md"


def test_project_relative_with_kept_folders_is_the_same(tree: Path) -> None:
    folders: dict[str, Path] = {}
    for path in [tree / "linked" / "a.md", tree / "real" / "sub" / "b.md", tree / "linked"]:
        for _ in range(2):
            assert project_relative(path, tree, folders) == project_relative(path, tree)
    assert project_relative(tree / "linked" / "link.md", tree, folders) == "real/link.md"


def test_site_entries_are_site_files(tree: Path) -> None:
    site = tree / "real"
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref")
    (site / ".nojekyll").write_text("")
    (site / "sub" / ".hidden").write_text("kept: a dot-file below the top")
    (site / "sub" / "z").mkdir()
    (site / "sub" / "z" / "c.html").write_text("c")
    (site / "b.html").write_text("b")
    want = site_files(site)
    got = site_entries(str(site))
    assert [path for _, path, _ in got] == [str(p) for p in want]
    assert [relative for relative, _, _ in got] == [p.relative_to(site).as_posix() for p in want]
    assert [is_link for _, _, is_link in got] == [p.is_symlink() for p in want]
    shown = _shown_in(site)
    for relative, path, is_link in got:
        want_shown = project_relative(Path(path))
        assert shown(relative, path, is_link) == want_shown
    assert os.path.join(str(site), "link.md") in [path for _, path, _ in got]


def test_a_yaml_file_is_checked_again_when_it_or_the_rules_change(tmp_path: Path) -> None:
    """The taxonomy's and mkdocs.yml's reports are kept by their text and rules: an edit
    that adds an address, or a rule set to warn, must not get the kept report."""
    from review_library.redaction.config import RedactionConfig
    from review_library.redaction.site_sources import _check_yaml_file

    taxonomy = tmp_path / "taxonomy.yml"
    config = RedactionConfig.from_dict({})
    taxonomy.write_text("themes:\n  neglect:\n    label: Neglect\n")
    assert not _check_yaml_file(taxonomy, tmp_path, config, None, []).findings
    assert not _check_yaml_file(taxonomy, tmp_path, config, None, []).findings
    taxonomy.write_text("themes:\n  neglect:\n    label: The family lived at 14 Larch Close\n")
    found = _check_yaml_file(taxonomy, tmp_path, config, None, []).findings
    assert found and {f.severity for f in found} == {"error"}, found
    lowered = RedactionConfig.from_dict({rule: "warning" for rule in {f.rule for f in found}})
    again = _check_yaml_file(taxonomy, tmp_path, lowered, None, []).findings
    assert again and {f.severity for f in again} == {"warning"}, again
    # What a caller adds to a report is not kept with it.
    report = _check_yaml_file(taxonomy, tmp_path, config, None, [])
    report.findings.clear()
    assert _check_yaml_file(taxonomy, tmp_path, config, None, []).findings == found


def test_the_catalogue_finds_unchanged_reviews_by_the_checks_digests(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under `serve` the source checks read and hash every review first; the catalogue's
    loader then finds an unchanged review by that digest without reading it again, and an
    edited one (a digest the cache does not hold) is read and validated afresh."""
    from review_library import catalogue as catalogue_module
    from review_library.cache import ContentCache
    from review_library.catalogue import caching_loader, load_catalogue
    from review_library.redaction.config import RedactionConfig
    from review_library.redaction.runner import start_check
    from review_library.taxonomy import load_taxonomy
    from tests.helpers import BASE_BODY, TAXONOMY, review_text

    reviews = tmp_path / "reviews"
    reviews.mkdir()
    a = reviews / "testshire-2024-child-a.md"
    b = reviews / "testshire-2023-child-b.md"
    a.write_text(review_text(BASE_BODY), "utf-8")
    b_meta = {"id": "testshire-2023-child-b", "title": "Child B", "subject": "Child B"}
    b.write_text(review_text(BASE_BODY, pseudonyms=["Child B"], **b_meta), "utf-8")
    taxonomy = load_taxonomy(TAXONOMY)
    cache = ContentCache()

    def build():
        pending = start_check([reviews], root=tmp_path, config=RedactionConfig(), register=None)
        load = caching_loader(cache, pending.digests)
        return load_catalogue(reviews, taxonomy, root=tmp_path, load=load)

    first = {r.id: r for r in build().published}
    reads: list[str] = []
    read_bytes = catalogue_module.read_bytes

    def counting(path, shown, *args):
        reads.append(shown)
        return read_bytes(path, shown, *args)

    monkeypatch.setattr(catalogue_module, "read_bytes", counting)
    b.write_text(b.read_text("utf-8").replace("several months", "eleven months"), "utf-8")
    second = {r.id: r for r in build().published}
    assert reads == ["reviews/testshire-2023-child-b.md"]
    assert second["testshire-2024-child-a"] is first["testshire-2024-child-a"]
    assert "eleven months" in second["testshire-2023-child-b"].meta.summary

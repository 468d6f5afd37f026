"""Incremental `mkdocs serve`: after each kind of edit, the rebuilt preview is byte for byte
what a clean build of the same files makes; only what changed is rendered again; and an edit
that introduces an identifier leaves nothing of the site served (the error page instead)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from review_library.redaction import output_scan
from tests.helpers import SiteFixture
from tests.tools.servesim import FakeServer, clean_build, differences, run_serve, snapshot

B_BODY = """\
## Introduction

Child B was 3 when the partnership commissioned this review.

## Findings

Agencies did not share what they knew about the household.
"""
C_BODY = B_BODY.replace("Child B", "Child C")
OVERRIDE = """\
{% extends "base.html" %}
{% block content %}{{ super() }}<p class="marker">MARKER</p>{% endblock %}
"""


def _review(site: SiteFixture, letter: str, **overrides) -> Path:
    body = B_BODY.replace("Child B", f"Child {letter}")
    return site.add_review(
        id=f"testshire-2023-child-{letter.lower()}",
        title=f"Child {letter}: information sharing",
        subject=f"Child {letter}",
        pseudonyms=[f"Child {letter}"],
        body=body,
        **overrides,
    )


@pytest.fixture
def project(site: SiteFixture) -> SiteFixture:
    site.add_review()
    _review(site, "B", themes=["neglect", "information-sharing"])
    _review(site, "C", themes=["information-sharing"], published="2023-05-02")
    site.write(
        "site_src/index.md",
        "# Home\n\n<!-- review-library:latest-reviews -->\n\n<!-- review-library:themes -->\n",
    )
    site.write("site_src/about.md", "# About\n\nThis library is fictional.\n")
    site.write("overrides/main.html", OVERRIDE)
    site.mkdocs_extra = {
        "strict": True,
        "theme": {"name": "material", "font": False, "custom_dir": "overrides"},
    }
    site.write_config()
    return site


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def _stamps(site_dir: Path) -> dict[str, int]:
    return {
        p.relative_to(site_dir).as_posix(): p.stat().st_mtime_ns
        for p in site_dir.rglob("*")
        if p.is_file()
    }


def _serve(
    project: SiteFixture, edits, config=None
) -> tuple[list[dict], list[tuple[dict, dict]], list[Path]]:
    """Serve ``project`` (``config``: as ``-f`` passes it; default its mkdocs.yml by absolute
    path); after each edit, rebuild and keep the preview, the files' times before and after
    the rebuild, and a copy of the project as it was."""
    previews, times, copies = [], [], []

    def scenario(server: FakeServer) -> None:
        assert '<p class="marker">MARKER</p>' in (server.root / "index.html").read_text()
        for number, edit in enumerate(edits):
            before = _stamps(server.root)
            edit()
            server.rebuild()
            times.append((before, _stamps(server.root)))
            previews.append(snapshot(server.root))
            copy = project.root.parent / f"{project.root.name}-input-{number}"
            shutil.copytree(project.root, copy, ignore=shutil.ignore_patterns("site"))
            copies.append(copy)

    run_serve(config or project.root / "mkdocs.yml", scenario)
    return previews, times, copies


def _assert_same_as_clean(previews: list[dict], copies: list[Path], labels: list[str]) -> None:
    for preview, copy, label in zip(previews, copies, labels, strict=True):
        want = clean_build(copy, "mkdocs.yml", copy.parent / f"{copy.name}-clean")
        assert preview == want, f"after {label}: " + "; ".join(differences(preview, want))


def test_every_kind_of_edit_serves_what_a_clean_build_makes(project: SiteFixture) -> None:
    root = project.root
    a, b = root / "reviews/testshire-2024-child-a.md", root / "reviews/testshire-2023-child-b.md"
    edits = {
        "a report edit": lambda: _edit(a, "three clinic", "four clinic"),
        "a front matter edit that moves a review between themes": lambda: _edit(
            b, "- information-sharing", "- domestic-abuse"
        ),
        "a summary edit": lambda: _edit(a, "several months", "eleven months"),
        "a new review": lambda: _review(project, "D", themes=["neglect"]),
        "a deleted review": lambda: (root / "reviews/testshire-2023-child-c.md").unlink(),
        "a taxonomy edit": lambda: _edit(
            root / "site_src/taxonomy.yml", "label: Neglect", "label: Neglect and deprivation"
        ),
        "a template override edit": lambda: _edit(root / "overrides/main.html", "MARKER", "MARK2"),
        "a page edit": lambda: _edit(root / "site_src/about.md", "fictional", "made up"),
    }
    previews, _, copies = _serve(project, list(edits.values()))
    _assert_same_as_clean(previews, copies, list(edits))


@pytest.mark.parametrize("given", ["absolute path", "-f mkdocs.yml"])
def test_a_report_edit_renders_only_that_review(
    project: SiteFixture, given: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = project.root / "reviews/testshire-2024-child-a.md"
    config = None
    if given == "-f mkdocs.yml":
        # As the CLI passes `-f mkdocs.yml`: an open file with a relative name, which MkDocs
        # reads by its absolute path on each rebuild; the first rebuild must not count that
        # as a changed configuration (it did, and rendered every page).
        monkeypatch.chdir(project.root)
        config = open("mkdocs.yml", "rb")  # noqa: SIM115 (MkDocs closes it)
    # Which files the output scan reads (in this process: no workers).
    monkeypatch.setenv("REVIEW_LIBRARY_WORKERS", "1")
    scanned: list[str] = []
    scan_task = output_scan.scan_task

    def counting(key, args, batch, **kwargs):
        scanned.extend(item[0] for item in batch)
        return scan_task(key, args, batch, **kwargs)

    monkeypatch.setattr(output_scan, "scan_task", counting)
    first: list[int] = []
    previews, times, copies = _serve(
        project,
        [lambda: (first.append(len(scanned)), _edit(a, "three clinic", "four clinic zebra"))],
        config,
    )
    # The rebuild scans what changed (the page, its briefing, search files, feeds), not the
    # site again (under -f, the first rebuild did: the scan's paths differed).
    again = scanned[first[0] :]
    assert any(p.endswith("reviews/testshire-2024-child-a/index.html") for p in again), again
    assert len(again) < first[0] / 3, (len(again), first[0])
    _assert_same_as_clean(previews, copies, ["a report edit"])
    assert "zebra" in previews[0]["reviews/testshire-2024-child-a/index.html"].decode()
    before, after = times[0]
    rewritten = {path for path, stamp in after.items() if before.get(path) != stamp}
    assert "reviews/testshire-2024-child-a/index.html" in rewritten
    # The other reviews' pages and briefings, and the listings, were not written again (the
    # pages of the navigation are: their titles are part of every page).
    others = {p for p in after if "child-b" in p or "child-c" in p or p.startswith("themes/")}
    others.discard("themes/index.html")
    assert others and not others & rewritten, sorted(others & rewritten)
    # The feed and open data are made from the front matter alone: kept, not written again
    # (a front matter edit writes them anew: test_every_kind_of_edit_serves_what_a_clean_...).
    assert not {"feed.xml", "catalogue.json", "catalogue.csv"} & rewritten


def test_an_edit_with_an_identifier_takes_the_page_off_until_fixed(project: SiteFixture) -> None:
    a = project.root / "reviews/testshire-2024-child-a.md"
    leak = "The family lived at 14 Larch Close, NX1 4QT."
    seen: list[dict] = []

    def scenario(server: FakeServer) -> None:
        page = server.root / "reviews/testshire-2024-child-a/index.html"
        assert "Child A" in page.read_text()
        _edit(a, "three clinic appointments were missed.", f"three missed. {leak}")
        server.rebuild()
        seen.append(snapshot(server.root))
        _edit(a, f"three missed. {leak}", "three clinic appointments were missed.")
        server.rebuild()
        seen.append(snapshot(server.root))

    run_serve(project.root / "mkdocs.yml", scenario)
    broken, fixed = seen
    # Nothing of the site is served while the check fails: every address shows the errors.
    assert set(broken) == {"index.html", "404.html"}
    assert b"The site was not built" in broken["index.html"]
    assert not any(b"Larch Close" in data or b"NX1 4QT" in data for data in broken.values())
    # Fixed: the whole site is back, as a clean build makes it.
    copy = project.root.parent / f"{project.root.name}-fixed"
    shutil.copytree(project.root, copy, ignore=shutil.ignore_patterns("site"))
    want = clean_build(copy, "mkdocs.yml", copy.parent / f"{copy.name}-clean")
    assert fixed == want, "; ".join(differences(fixed, want))


def test_a_learning_point_edit_updates_the_other_reviews_notes(project: SiteFixture) -> None:
    """The three reviews share a learning point, so each page says it recurs in two others;
    rewording it in one review changes the other two pages (their notes are cached between
    rebuilds with the listings, and must follow the library's front matter)."""
    a = project.root / "reviews/testshire-2024-child-a.md"
    previews, times, copies = _serve(
        project,
        [lambda: _edit(a, "Missed appointments for a baby", "Unanswered letters to a family")],
    )
    _assert_same_as_clean(previews, copies, ["a learning point edit"])
    b_page = "reviews/testshire-2023-child-b/index.html"
    before, after = times[0]
    assert before[b_page] != after[b_page]
    assert "also appears in 1 other review" in previews[0][b_page].decode()


def test_a_review_file_named_after_a_child_takes_the_site_off(project: SiteFixture) -> None:
    """File names are checked on every rebuild (their hits are cached by the names): a new
    review whose file name names a child stops the preview, as a clean build would."""
    seen: list[dict] = []

    def scenario(server: FakeServer) -> None:
        _review(project, "D")
        server.rebuild()
        seen.append(snapshot(server.root))
        named = project.root / "reviews/kayden-morris-2024.md"
        (project.root / "reviews/testshire-2023-child-d.md").rename(named)
        server.rebuild()
        seen.append(snapshot(server.root))

    run_serve(project.root / "mkdocs.yml", scenario)
    added, named = seen
    assert "reviews/testshire-2023-child-d/index.html" in added
    assert set(named) == {"index.html", "404.html"}
    assert b"The site was not built" in named["index.html"]
    assert b"link-target" in named["index.html"]


def test_serve_freezes_the_first_builds_heap_until_it_stops(project: SiteFixture) -> None:
    """The objects the first build left alive are out of the collector's passes while serve
    runs (serve_build.settle_heap), and given back when it stops."""
    import gc

    frozen: list[int] = []
    run_serve(project.root / "mkdocs.yml", lambda server: frozen.append(gc.get_freeze_count()))
    assert frozen[0] > 0
    assert gc.get_freeze_count() == 0


def test_the_theme_listing_is_kept_until_a_theme_file_is_added_or_removed(
    project: SiteFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MkDocs lists the theme's folders each build for their static files; under serve the
    listing is kept (serve_build.keep_theme_listing) while the folders' files are the same,
    and a file added to or removed from custom_dir is published or dropped at once."""
    import jinja2

    listed: list[int] = []
    plain = jinja2.FileSystemLoader.list_templates

    def counting(self) -> list[str]:
        listed.append(1)
        return plain(self)

    monkeypatch.setattr(jinja2.FileSystemLoader, "list_templates", counting)
    a = project.root / "reviews/testshire-2024-child-a.md"
    extra = project.root / "overrides/extra/notes.txt"
    counts: list[int] = []

    def add() -> None:
        counts.append(len(listed))
        extra.parent.mkdir()
        extra.write_text("Notes for the library team.\n", "utf-8")

    def remove() -> None:
        counts.append(len(listed))
        extra.unlink()

    def report() -> None:
        counts.append(len(listed))
        _edit(a, "three clinic", "four clinic")

    edits = {
        "a report edit": report,
        "a theme file added": add,
        "a theme file removed": remove,
    }
    previews, _, copies = _serve(project, list(edits.values()))
    _assert_same_as_clean(previews, copies, list(edits))
    assert "extra/notes.txt" not in previews[0]
    assert previews[1]["extra/notes.txt"] == b"Notes for the library team.\n"
    assert "extra/notes.txt" not in previews[2]
    # The report edit's rebuild listed nothing (the first build's listing was kept); adding
    # the file listed the folders again.
    after_first, after_report, after_added = counts
    assert after_first > 0
    assert after_report == after_first
    assert after_added > after_report

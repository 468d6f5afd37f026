"""A failed build, at any stage, leaves nothing publishable and keeps the deploy checkout.

The site directory is often a `gh-pages` worktree: its `.git/` (and `.nojekyll`) must
survive every failure, as with MkDocs' own clean, while every page of the last good build is
gone, so a pipeline that ignores the exit code has nothing to publish.
"""

from __future__ import annotations

import pytest
from mkdocs.exceptions import Abort

from tests.helpers import SiteFixture, build_failure


def _deploy_checkout(site: SiteFixture) -> None:
    """A site directory holding a deploy checkout and a previous good build."""
    site.write("site/.git/HEAD", "ref: refs/heads/gh-pages\n")
    site.write("site/.git/objects/ab/cdef", b"\x00object")
    site.write("site/.nojekyll", "")
    site.write("site/index.html", "<p>last good build</p>")
    site.write("site/reviews/old/index.html", "<p>old review</p>")
    site.write("site/CNAME", "library.example.org\n")


def _assert_unpublished(site: SiteFixture) -> None:
    left = sorted(entry.name for entry in site.site_dir.iterdir())
    assert left == [".git", ".nojekyll"], left
    assert (site.site_dir / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert (site.site_dir / ".git" / "objects" / "ab" / "cdef").read_bytes() == b"\x00object"


def _source_finding(site: SiteFixture) -> None:
    site.add_review(body="## Findings\n\nThe family lived at 14 Larch Close, NX1 4QT.\n")


def _schema_error(site: SiteFixture) -> None:
    site.add_review(themes=["neglet"])


def _template_error(site: SiteFixture) -> None:
    site.add_review()
    site.write(
        "overrides/main.html",
        '{% extends "base.html" %}\n{% block content %}{{ no_such_function() }}{% endblock %}\n',
    )
    site.mkdocs_extra = {"theme": {"name": "material", "font": False, "custom_dir": "overrides"}}


def _output_leak(site: SiteFixture) -> None:
    site.add_review()
    site.write(
        "overrides/main.html",
        '{% extends "base.html" %}\n{% block footer %}<p>Ring 07700 900123</p>{% endblock %}\n',
    )
    site.mkdocs_extra = {"theme": {"name": "material", "font": False, "custom_dir": "overrides"}}


def _broken_taxonomy(site: SiteFixture) -> None:
    site.add_review()
    site.write("site_src/taxonomy.yml", "themes: [unclosed\n")


@pytest.mark.parametrize(
    "stage",
    [_source_finding, _schema_error, _template_error, _output_leak, _broken_taxonomy],
    ids=lambda stage: stage.__name__.strip("_"),
)
def test_failed_build_keeps_dot_files_and_nothing_else(site: SiteFixture, caplog, stage) -> None:
    _deploy_checkout(site)
    stage(site)
    with pytest.raises(Exception):  # noqa: B017 - each stage fails in its own way
        site.build()
    _assert_unpublished(site)


def test_strict_warning_keeps_dot_files_and_nothing_else(site: SiteFixture) -> None:
    _deploy_checkout(site)
    site.add_review(body="See [missing](nowhere.md).\n")
    with pytest.raises(Abort):
        site.build(strict=True)
    _assert_unpublished(site)


def test_a_link_in_the_site_dir_is_removed_not_followed(site: SiteFixture, caplog) -> None:
    """A symbolic link left in the site directory is unlinked; its target is untouched."""
    _deploy_checkout(site)
    kept = site.write("elsewhere/keep.txt", "keep me")
    (site.site_dir / "linked").symlink_to(kept.parent, target_is_directory=True)
    _schema_error(site)
    build_failure(site, caplog)
    _assert_unpublished(site)
    assert kept.read_text() == "keep me"

"""Every internal link and #anchor in the built example site resolves (stdlib checker)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tools.linkcheck import check_site, main
from tests.tools.sitebuild import build_example_site, site_base_path


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_example_site(tmp_path_factory.mktemp("site"))


def test_every_internal_link_and_anchor_resolves(example_site: Path) -> None:
    pages, links, broken = check_site(example_site, site_base_path())
    assert pages >= 10 and links > pages, f"suspiciously small site: {pages} pages, {links} links"
    assert not broken, "\n".join(map(str, broken))


def _write(root: Path, relative: str, html: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<!doctype html><html><body>{html}</body></html>", encoding="utf-8")


def test_checker_reports_broken_links_missing_anchors_and_escapes(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "index.html",
        '<a href="reviews/a/">ok</a> <a href="reviews/a/#findings">ok anchor</a>'
        '<a href="reviews/nope/">broken</a> <a href="reviews/a/#no-such">bad anchor</a>'
        '<a href="#top">own anchor missing</a> <a href="../../etc/passwd">escapes</a>'
        '<a href="https://example.org/x">external, skipped</a> <a href="mailto:a@example.org">m</a>'
        '<img src="/base/img.png" alt=""> <img src="/elsewhere/img.png" alt="">',
    )
    _write(tmp_path, "reviews/a/index.html", '<h2 id="findings">Findings</h2>')
    (tmp_path / "img.png").write_bytes(b"")
    pages, links, broken = check_site(tmp_path, "/base/")
    assert (pages, links) == (2, 10)
    assert sorted((b.url, b.problem) for b in broken) == [
        ("#top", "missing anchor"),
        ("../../etc/passwd", "outside the site"),
        ("/elsewhere/img.png", "outside the site"),
        ("reviews/a/#no-such", "missing anchor"),
        ("reviews/nope/", "broken link"),
    ]


def test_command_line_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "index.html", '<a href="other.html">x</a>')
    assert main([str(tmp_path)]) == 1
    assert "index.html:1: broken link: other.html" in capsys.readouterr().out
    _write(tmp_path, "other.html", '<a href="index.html">back</a>')
    assert main([str(tmp_path)]) == 0

"""Every value from a review or the taxonomy reaches the built site as text, never as markup.

The fast, browser-free half of tests/browser/test_hostile_values.py: the same hostile library,
built with real MkDocs, read as files. Material prints `page.title | striptags` in <title>, which
turns an escaped title back into markup; every page therefore gets an escaped meta title.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.helpers import SiteFixture
from tests.tools.hostile import build_hostile, field_of, payload

LIVE = re.compile(r"<script>alert\(\d+\)|<img src=x onerror|<svg onload")
TITLE = re.compile(r"<title>(.*?)</title>", re.S)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "0")
        patch.chdir(root)
        return build_hostile(SiteFixture(root))


def test_no_page_carries_a_live_payload(hostile: Path) -> None:
    pages = sorted(hostile.rglob("*.html"))
    assert len(pages) >= 20
    live = {
        page.relative_to(hostile).as_posix(): field_of(" ".join(LIVE.findall(text)))
        for page in pages
        if LIVE.search(text := page.read_text("utf-8"))
    }
    assert not live, live


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("reviews/testshire-2024-child-a/index.html", "title"),
        ("reviews/testshire-2024-child-a/briefing/index.html", "title"),
        ("reviews/testshire-2020-child-w/index.html", "withdrawn_title"),
        ("themes/neglect/index.html", "theme_label"),
        ("agencies/gp/index.html", "agency_label"),
        ("browse/types/lcspr/index.html", "type_label"),
        ("browse/nations/england/index.html", "nation_label"),
    ],
)
def test_the_title_element_holds_the_value_as_text(hostile: Path, path: str, field: str) -> None:
    titles = _head_titles(hostile / path)
    assert len(titles) == 1, titles
    assert "<" not in titles[0] and "&lt;/title&gt;&lt;script&gt;" in titles[0]
    assert f"Child Q {field} &amp;lt;b&amp;gt;" in titles[0]


def test_the_home_page_keeps_the_site_name_as_title(hostile: Path) -> None:
    assert _head_titles(hostile / "index.html") == ["Test library"]


def _head_titles(page: Path) -> list[str]:
    """The <title> elements of the document head (SVG charts in the body have their own)."""
    return TITLE.findall(page.read_text("utf-8").partition("</head>")[0])


def test_data_files_carry_the_exact_text(hostile: Path) -> None:
    feed = ElementTree.parse(hostile / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [entry.findtext(f"{atom}title") for entry in feed.iter(f"{atom}entry")]
    assert payload("title") in titles
    catalogue = json.loads((hostile / "catalogue.json").read_text("utf-8"))
    assert payload("title") in [review["title"] for review in catalogue["reviews"]]

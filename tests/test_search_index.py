"""The search data: golden JSON, determinism, facets, what is (not) shipped.

Weights, shards and sections: tests/test_fulltext_search.py; ranking against one lunr index:
tests/browser/test_search_equivalence.py."""

from __future__ import annotations

import json
import os
from pathlib import Path

from bs4 import BeautifulSoup

GOLDEN = Path(__file__).parent / "golden" / "search"
# UPDATE_GOLDEN=1 pytest tests/test_search_index.py rewrites the golden files (review the diff).
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

BODY_ONLY_WORD = "zanzibarquux"  # appears only in a report body, never in the lessons layer


def _library(site) -> None:
    site.add_review(
        body=f"## Findings\n\nThe {BODY_ONLY_WORD} protocol was not followed.\n",
        faq=[{"q": "Why was not brought used?", "a": "A baby cannot attend on her own."}],
    )
    site.add_review(
        id="testshire-2021-adult-b",
        title="Adult B: self-neglect and hoarding",
        review_type="sar",
        subject="Adult B",
        pseudonyms=["Adult B"],
        partnership="Testshire Safeguarding Adults Board",
        region="london",
        published="2021-06-01",
        incident_year=2020,
        age_band="65-84",
        themes=["self-neglect", "mental-capacity"],
        agencies=["adult-social-care", "housing"],
        summary="Adult B died after a fire in a home filled with belongings.",
        learning_points=["Hoarding is a risk to life; fire services should be asked to visit."],
        recommendations=[
            {"id": "R1", "text": "Housing will refer hoarding to the fire service.",
             "agencies": ["housing", "fire-rescue"], "status": "implemented"},
        ],
    )  # fmt: skip
    site.add_review(
        id="testshire-2025-child-c",
        title="Child C: a draft that must not be searchable",
        status="draft",
        summary="Unpublishedword appears only here.",
    )


def _search_files(site_dir: Path) -> dict[str, str]:
    search = site_dir / "search"
    return {
        p.relative_to(search).as_posix(): p.read_text("utf-8")
        for p in sorted(search.rglob("*.json"))
    }


def test_search_data_matches_golden(site) -> None:
    _library(site)
    files = _search_files(site.build())
    assert sorted(files) == [
        "glossary.json", "lessons-meta.json", "lessons/manifest.json", "lessons/pos-0.json",
        "lessons/shard-0.json", "lessons/terms.json", "reviews/0.json", "reviews/1.json",
        "text/manifest.json", "text/pos-0.json", "text/shard-0.json",
    ]  # fmt: skip
    if UPDATE:
        if GOLDEN.exists():
            for stale in GOLDEN.rglob("*.json"):
                stale.unlink()
        for name, text in files.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_text(text, encoding="utf-8")
    golden = _search_files(GOLDEN.parent)
    assert files == golden, "search JSON changed; if intended, rerun with UPDATE_GOLDEN=1"


def test_search_data_is_deterministic(site, tmp_path) -> None:
    _library(site)
    first = _search_files(site.build())
    second = _search_files(site.build(site_dir=str(tmp_path / "again")))
    assert first == second


def test_meta_lists_published_reviews_with_catalogue_facets(site) -> None:
    _library(site)
    search = site.build() / "search"
    meta = json.loads((search / "lessons-meta.json").read_text("utf-8"))
    store = [json.loads((search / "reviews" / f"{n}.json").read_text("utf-8")) for n in (0, 1)]
    assert [row[0] for row in store] == ["testshire-2024-child-a", "testshire-2021-adult-b"]
    assert store[1][1:4] == [
        "Adult B: self-neglect and hoarding", "Testshire Safeguarding Adults Board", "2021-06-01",
    ]  # fmt: skip
    facets = {f["name"]: f for f in meta["facets"]}
    assert list(facets) == ["theme", "type", "nation", "region", "year", "age", "agency"]
    # Only values some review has, in taxonomy order (years newest first).
    assert [k for k, _ in facets["theme"]["values"]] == [
        "neglect", "self-neglect", "mental-capacity", "was-not-brought",
    ]  # fmt: skip
    assert facets["year"]["values"] == [["2024", "2024"], ["2021", "2021"]]
    assert ["england/london", "London (England)"] in facets["region"]["values"]

    def keys(row, name):
        f = [x["name"] for x in meta["facets"]].index(name)
        return [facets[name]["values"][i][0] for i in row[f]]

    child, adult = meta["docs"]
    assert keys(child, "theme") == ["neglect", "was-not-brought"]
    assert keys(adult, "type") == ["sar"]
    # Agencies as the catalogue groups them: review agencies plus recommendation agencies.
    assert keys(adult, "agency") == ["adult-social-care", "housing", "fire-rescue"]


def test_drafts_are_not_shipped_and_bodies_only_in_full_text(site) -> None:
    _library(site)
    files = _search_files(site.build())
    everything = "".join(files.values()).lower()
    lessons = "".join(text for name, text in files.items() if name.startswith("lessons"))
    assert BODY_ONLY_WORD not in lessons.lower()
    assert BODY_ONLY_WORD in files["text/shard-0.json"]
    # Child A (newest): its one report section is the last field of its result file.
    assert BODY_ONLY_WORD in json.loads(files["reviews/0.json"])[-1][0][2]
    assert "unpublishedword" not in everything
    assert "testshire-2025-child-c" not in everything
    # The lessons layer is: the FAQ and a recommendation are in the result text.
    assert "a baby cannot attend on her own." in everything
    assert "housing will refer hoarding to the fire service." in everything


def test_search_page_links_its_data_and_works_without_javascript(site) -> None:
    _library(site)
    built = site.build()
    html = (built / "search" / "index.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    content = soup.select_one(".md-content")
    app = content.select_one("#rl-search")
    assert app["data-data"] == "./" and app["data-reviews"] == "../reviews/"
    assert content.select_one("label[for=rl-q]").get_text(strip=True)
    assert content.select_one("[role=status][aria-live=polite]")
    noscript = BeautifulSoup(content.select_one("noscript").decode_contents(), "html.parser")
    assert {a["href"] for a in noscript.select("a")} == {"../themes/", "../browse/"}
    scripts = [s.get("src", "") for s in soup.select("script")]
    # lunr's text pipeline only (lunr-text.js, a module of the app); lunr.js is not served.
    assert not (built / "assets" / "review_library" / "search" / "lunr.js").exists()
    assert "../assets/review_library/search/search-app.js" in scripts
    assert not any(s.startswith(("http:", "https:", "//")) for s in scripts)
    # Every module is preloaded from the head (no import waterfall); the first search's files
    # are fetched from the head's first script, before the theme's styles.
    modules = {link["href"].rsplit("/", 1)[-1] for link in soup.select("link[rel=modulepreload]")}
    served = built / "assets" / "review_library" / "search"
    assert modules == {p.name for p in served.glob("*.js")}
    early = soup.head.find("script", string=lambda t: t and "reviewLibraryEarly" in t)
    assert early is not None and not early.find_all_previous("link", rel="stylesheet")
    for name in (
        "lessons-meta.json",
        "lessons/manifest.json",
        "text/manifest.json",
        "glossary.json",
    ):
        assert f'"{name}"' in early.string
    # Then the search itself, with the page's own engine (the page's script takes it).
    assert 'import("../assets/review_library/search/engine.js")' in early.string
    # The app is a deferred module after the markup it fills: it runs once the page is
    # parsed, before the theme's start-up on DOMContentLoaded.
    app_script = content.find("script", src=lambda v: v and v.endswith("search-app.js"))
    assert app_script.get("type") == "module" and not app_script.has_attr("async")
    assert app_script.find_previous(id="rl-search") is not None
    assert [s for s in content.find_all("script") if s.get("src")] == [app_script]

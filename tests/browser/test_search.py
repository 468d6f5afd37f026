"""The /search/ page in real Chromium: theme words, facets and counts, URL state, empty states."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, expect

from review_library.catalogue import load_catalogue
from review_library.taxonomy import load_taxonomy
from tests.browser.search_helpers import show_all_results
from tests.tools.sitebuild import ROOT

pytestmark = pytest.mark.browser

BOX = "#rl-q"
STATUS = "#rl-status"
RESULT_LINKS = ".rl-result__title a"


@pytest.fixture(scope="session")
def catalogue():
    """The example library as the plugin sees it: the ground truth for expected results."""
    return load_catalogue(ROOT / "reviews", load_taxonomy(ROOT / "site_src" / "taxonomy.yml"))


def _ids(page: Page) -> set[str]:
    """Review ids of every result, after showing them all."""
    show_all_results(page)
    hrefs = page.locator(RESULT_LINKS).evaluate_all("links => links.map(a => a.href)")
    return {re.search(r"/reviews/([^/]+)/", h).group(1) for h in hrefs}


def _search(page: Page, text: str) -> None:
    box = page.locator(BOX)
    box.click()
    box.fill("")
    box.press_sequentially(text, delay=10)
    box.press("Enter")
    expect(page.locator(STATUS)).to_contain_text(f"“{text}”")


def _query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_a_theme_word_finds_every_review_tagged_with_it(page: Page, catalogue) -> None:
    by_theme = catalogue.by_theme()
    taxonomy = catalogue.taxonomy
    # Every theme with a one-word label that some review has: typing the label finds them all.
    themes = [k for k in by_theme if " " not in taxonomy.themes[k].label]
    assert themes, "the example library has no one-word theme"
    page.goto("/search/")
    for key in themes:
        word = taxonomy.themes[key].label
        _search(page, word)
        tagged = {r.id for r in by_theme[key]}
        found = _ids(page)
        assert tagged <= found, f"“{word}” missed {sorted(tagged - found)}"
        assert page.locator(".rl-result mark").count() > 0


def test_a_facet_narrows_results_and_updates_counts(page: Page, catalogue) -> None:
    page.goto("/search/?q=practitioners")
    expect(page.locator(STATUS)).to_contain_text("“practitioners”")
    before = _ids(page)
    types = {r.id: r.meta.review_type for r in catalogue.published if r.id in before}
    chosen = sorted(set(types.values()))[0]
    assert len(set(types.values())) > 1, "the query must span several review types"
    expected = {i for i, t in types.items() if t == chosen}

    details = page.locator("details[data-facet=type]")
    details.locator("summary").click()
    box = details.locator(f"input[value='{chosen}']")
    label = details.locator(f"label[for='{box.get_attribute('id')}']")
    expect(label).to_contain_text(f"({len(expected)})")
    box.check()
    expect(page.locator(STATUS)).to_contain_text(
        f"{len(expected)} review{'s' if len(expected) > 1 else ''} match"
    )
    assert _ids(page) == expected
    assert _query(page)["type"] == [chosen]
    # Counts in other facets now count only the narrowed results.
    theme_counts = page.locator("details[data-facet=theme] li:not([hidden]) .rl-facet__count")
    texts = theme_counts.evaluate_all("nodes => nodes.map(n => n.textContent)")
    counts = [int(t.strip("()")) for t in texts]
    assert counts and max(counts) <= len(expected)
    # The filter shows as a removable chip; removing it restores the results.
    page.get_by_role("button", name=re.compile("Review type:")).click()
    expect(page.locator(STATUS)).to_contain_text(f"{len(before)} reviews match")
    assert "type" not in _query(page)


def test_the_url_round_trips_and_the_back_button_restores_state(page: Page, catalogue) -> None:
    theme = next(iter(catalogue.by_theme()))
    page.goto(f"/search/?q=neglect&theme={theme}&sort=newest")
    # Results arrive once the query's shards have (the status speaks when they are shown).
    expect(page.locator(STATUS)).to_contain_text("“neglect”")
    expect(page.locator(BOX)).to_have_value("neglect")
    expect(page.locator("#rl-sort")).to_have_value("newest")
    expect(page.locator(f"details[data-facet=theme] input[value='{theme}']")).to_be_checked()
    first = page.url
    shown = _ids(page)
    assert shown
    page.select_option("#rl-sort", "relevance")
    expect(page).to_have_url(re.compile(r"^(?!.*sort=)"))
    page.go_back()
    expect(page).to_have_url(first)
    expect(page.locator("#rl-sort")).to_have_value("newest")
    expect(page.locator(RESULT_LINKS)).to_have_count(min(len(shown), 20))
    assert _ids(page) == shown
    # A shared link opens in the same state in a fresh page.
    page.goto(first)
    expect(page.locator(f"details[data-facet=theme] input[value='{theme}']")).to_be_checked()
    expect(page.locator(STATUS)).to_contain_text("“neglect”")
    assert _ids(page) == shown


def test_no_match_shows_the_empty_state_with_a_suggestion(page: Page) -> None:
    page.goto("/search/")
    _search(page, "zzqxwv")
    expect(page.locator(STATUS)).to_have_text("No reviews match “zzqxwv”.")
    expect(page.locator("[data-rl-empty]")).to_be_visible()
    assert page.locator(".rl-result").count() == 0
    _search(page, "neglet")
    suggestion = page.locator("[data-rl-suggest] a")
    expect(suggestion).to_have_text("neglect")
    suggestion.click()
    expect(page.locator(BOX)).to_have_value("neglect")
    expect(page.locator(".rl-result").first).to_be_visible()


def test_filters_with_no_match_suggest_removing_one(page: Page, catalogue) -> None:
    pairs = {(r.meta.review_type, r.meta.nation) for r in catalogue.published}
    kind, nation = next(
        (t, n) for t in sorted({t for t, _ in pairs}) for n in sorted({n for _, n in pairs})
        if (t, n) not in pairs
    )  # fmt: skip
    page.goto(f"/search/?q=practitioners&type={kind}&nation={nation}")
    empty = page.locator("[data-rl-empty]")
    expect(empty).to_contain_text("without the filters: remove a filter")
    expect(page.locator(STATUS)).to_contain_text("No reviews match “practitioners” with 2 filters")
    page.get_by_role("button", name="Clear all filters").click()
    expect(page.locator(".rl-result").first).to_be_visible()
    assert "type" not in _query(page) and _query(page)["q"] == ["practitioners"]


def test_header_search_leads_to_the_search_page(page: Page) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/")
    box = page.locator("#rl-header-q")
    box.fill("neglect")
    box.press("Enter")
    page.wait_for_url("**/search/?q=neglect")
    expect(page.locator(".rl-result").first).to_be_visible()


def test_phone_width_fits_without_sideways_scrolling(page: Page) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/search/?q=neglect")
    expect(page.locator(".rl-result").first).to_be_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    # The header keeps a way to search: a button to the search page.
    expect(page.locator(".rl-header-search__button")).to_be_visible()


def test_the_first_result_is_drawn_before_the_others_arrive(page: Page) -> None:
    # Only the first result's file arrives; the others are held back until released.
    passed: list[str] = []
    held = []

    def route(r) -> None:
        if passed:
            held.append(r)
        else:
            passed.append(r.request.url)
            r.continue_()

    page.route("**/search/reviews/*.json", route)
    page.goto("/search/?q=neglect")
    expect(page.locator(".rl-result")).to_have_count(1)
    assert held, "the other results' files were not asked for"
    expect(page.locator(STATUS)).not_to_contain_text("“neglect”")  # not all shown yet
    for r in held:
        r.continue_()
    expect(page.locator(STATUS)).to_contain_text("“neglect”")
    assert page.locator(".rl-result").count() == len(held) + 1


def test_the_themes_script_runs_after_the_first_result_and_starts_once(page: Page) -> None:
    # Material's script swaps the page's no-js class for js as it runs; its start-up (on
    # DOMContentLoaded) measures the sidebars. On the search page both come after the first
    # result (review_library/search.html, theme-later.js), and the page's other
    # DOMContentLoaded listeners are not called a second time.
    page.add_init_script(
        """
        window.rlContentLoaded = 0;
        document.addEventListener("DOMContentLoaded", () => window.rlContentLoaded++);
        new MutationObserver(() => {
          if (window.rlThemeAt === undefined && document.documentElement.classList.contains("js")) {
            window.rlThemeAt = performance.now();
          }
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ["class"] });
        """
    )
    page.goto("/search/?q=neglect")
    expect(page.locator(STATUS)).to_contain_text("“neglect”")
    page.wait_for_function("() => window.rlThemeAt !== undefined")
    first = float(page.evaluate("() => document.documentElement.dataset.rlFirstResult"))
    assert page.evaluate("() => window.rlThemeAt") > first
    # The theme's start-up ran: it sets each sidebar's height and drops its scroll fix.
    expect(page.locator("[data-md-scrollfix]")).to_have_count(0)
    expect(page.locator(".md-sidebar__scrollwrap").first).to_have_attribute(
        "style", re.compile("height")
    )
    assert page.evaluate("() => window.rlContentLoaded") == 1
    # The theme's bundle ran once, from the held-back copy.
    bundles = (
        "() => [...document.scripts].filter((s) => /bundle[.][0-9a-f]+[.]min[.]js$/.test(s.src))"
    )
    assert page.evaluate(f"{bundles}.length") == 1
    assert page.locator("#rl-theme-scripts").count() == 1


def test_only_local_requests_and_no_script_errors(page: Page, base_url: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto("/search/?q=neglect")
    expect(page.locator(".rl-result").first).to_be_visible()
    # Drawn one by one as their files arrive; the status speaks once all are on the page.
    expect(page.locator(STATUS)).to_contain_text("“neglect”")
    assert not errors
    assert all(u.startswith(base_url) for u in requests), requests
    # Result text comes one review a file (lessons and report sections together): only the
    # shown results' files are fetched, each once.
    store = [u for u in requests if "/search/reviews/" in u]
    assert len(store) == len(set(store)) == page.locator(".rl-result").count()
    assert not any(Path(urlsplit(u).path).name == "search_index.json" for u in requests)
    # The head starts the facets, manifests and glossary, then the search (the shards of the
    # query's words and the first results' files); the page takes that rather than fetching
    # any file a second time, and the head fetched nothing the page did not use.
    data = [urlsplit(u).path for u in requests if "/search/" in urlsplit(u).path]
    for name in (
        "lessons-meta.json",
        "lessons/manifest.json",
        "text/manifest.json",
        "glossary.json",
    ):
        assert sum(path.endswith(f"/search/{name}") for path in data) == 1, (name, data)
    assert len(data) == len(set(data)), data
    assert any("/search/lessons/shard-" in path for path in data), data
    assert any("/search/text/shard-" in path for path in data), data
    assert page.evaluate("() => window.reviewLibraryEarly.size") == 0

"""Search as practitioners use it, in real Chromium (issue 14): acronyms both ways, phrases and
hyphenated words, honest counts and partial matches, a suggestion for every misspelt word, one
stemmer, a highlighted snippet on every result, and results on a phone's first screen.

The site is the example library plus the judged reviews of tests/benchmarks/judged.py (fictional
reviews that use MASH, co-sleeping, "safe sleep" and the rest as reports do).
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from playwright.sync_api import Page, expect

from review_library.search.analyzer import terms
from review_library.search.jsstem import split
from tests.benchmarks.judged import REVIEWS, build_judged_site
from tests.browser._quality_fixtures import WCAG_TAGS, axe_report, axe_script
from tests.browser.search_helpers import show_all_results
from tests.helpers import ROOT

pytestmark = pytest.mark.browser
__all__ = ["axe_script"]  # a fixture, imported so pytest finds it

STATUS = "#rl-status"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    root = tmp_path_factory.mktemp("practitioner")
    out = build_judged_site(root / "library")
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def page(browser, library):
    """A page of its own (this module serves its own library), failing the test if it
    requests anything from another host."""
    context = browser.new_context()
    page = context.new_page()
    external: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(library) else external.append(r.url))
    yield page
    context.close()
    assert not external, external


def _open(page: Page, url: str, query: str, extra: str = "") -> None:
    page.goto(f"{url}/search/?q={quote(query)}{extra}")
    expect(page.locator(STATUS)).to_contain_text("“")


def _ids(page: Page) -> list[str]:
    show_all_results(page)
    hrefs = page.locator(".rl-result__title a").evaluate_all("links => links.map(a => a.href)")
    return [re.search(r"/reviews/([^/]+)/", h).group(1) for h in hrefs]


def _result(page: Page, review_id: str):
    return page.locator(".rl-result").filter(has=page.locator(f"a[href*='/reviews/{review_id}/']"))


def _count(page: Page) -> int:
    match = re.match(r"(\d+) reviews? match", page.locator(STATUS).text_content() or "")
    return int(match.group(1)) if match else 0


def test_an_acronym_finds_its_expansion_and_the_other_way_round(page: Page, library) -> None:
    _open(page, library, "MASH")
    found = _ids(page)
    # Child H says "Multi-Agency Safeguarding Hub" only; Child N says "MASH" only.
    assert set(found) == {"harrowfield-2024-child-h", "harrowfield-2023-child-n"}
    expect(_result(page, "harrowfield-2024-child-h").locator(".rl-result__why")).to_have_text(
        "Matched: Multi-Agency Safeguarding Hub"
    )
    assert (
        _result(page, "harrowfield-2024-child-h")
        .locator("mark", has_text="Multi-Agency Safeguarding Hub")
        .count()
    )
    expect(_result(page, "harrowfield-2023-child-n").locator(".rl-result__why")).to_have_count(0)

    _open(page, library, "multi-agency safeguarding hub")
    assert set(_ids(page)) >= {"harrowfield-2024-child-h", "harrowfield-2023-child-n"}
    expect(_result(page, "harrowfield-2023-child-n").locator(".rl-result__why")).to_have_text(
        "Matched: MASH"
    )
    # Two acronyms of one concept: LAC finds "looked after child" and CLA the same reviews.
    _open(page, library, "LAC")
    lac = _ids(page)
    _open(page, library, "CLA")
    assert "kelmouth-2021-child-b" in lac and _ids(page) == lac


def test_a_quoted_phrase_matches_the_phrase_only(page: Page, library) -> None:
    _open(page, library, "safe sleep")
    loose = _ids(page)
    # Child G has "safe" and "sleep", apart: found, but after the review with the phrase.
    assert loose[0] == "marlow-vale-2024-baby-f" and "marlow-vale-2022-child-g" in loose
    _open(page, library, '"safe sleep"')
    quoted = _ids(page)
    assert "marlow-vale-2024-baby-f" in quoted and "marlow-vale-2022-child-g" not in quoted
    for item in page.locator(".rl-result").all():
        marks = [m.lower() for m in item.locator("mark").all_text_contents()]
        assert "safe sleep" in marks, marks


def test_a_hyphenated_word_matches_its_parts_together_not_apart(page: Page, library) -> None:
    _open(page, library, "co-sleeping")
    found = _ids(page)
    assert found[0] == "marlow-vale-2024-baby-f"
    assert "marlow-vale-2022-child-g" not in found  # "co-operating" and "sleep" apart
    marks = _result(page, "marlow-vale-2024-baby-f").locator("mark").all_text_contents()
    assert "co sleeping" in marks and "co-sleeping" in marks  # written both ways
    _open(page, library, "co-operating")
    assert _ids(page)[0] == "marlow-vale-2022-child-g"
    assert "marlow-vale-2024-baby-f" not in _ids(page)


def test_the_count_is_honest_and_partial_matches_are_labelled(page: Page, library) -> None:
    _open(page, library, "county lines")
    found = _ids(page)
    assert _count(page) == len(found) and len(found) >= 2
    expect(page.locator("[data-rl-partial]")).to_be_hidden()
    expect(page.locator(".rl-result__partial")).to_have_count(0)
    # Child T has the words only through its theme's synonym: the result says so.
    expect(_result(page, "eastholme-2023-child-t").locator(".rl-result__why")).to_contain_text(
        "county lines"
    )
    for item in page.locator(".rl-result").all():
        text = " ".join(item.locator("mark").all_text_contents()).lower()
        assert "county" in text and "lines" in text

    _open(page, library, "domestc abuse")
    expect(page.locator(STATUS)).to_contain_text("No review contains every word of “domestc abuse”")
    expect(page.locator("[data-rl-partial]")).to_be_visible()
    items = page.locator(".rl-result")
    assert items.count() > 0
    expect(page.locator(".rl-result__partial")).to_have_count(items.count())
    expect(items.first.locator(".rl-result__partial")).to_contain_text("“domestc”")


def test_every_misspelt_word_gets_a_suggestion_as_a_link(page: Page, library) -> None:
    _open(page, library, "domestc abuse")
    link = page.locator("[data-rl-suggest] a")
    expect(link).to_have_text("domestic abuse")
    link.click()
    expect(page.locator("#rl-q")).to_have_value("domestic abuse")
    assert parse_qs(urlsplit(page.url).query)["q"] == ["domestic abuse"]
    expect(page.locator(STATUS)).to_contain_text("match “domestic abuse”")
    expect(page.locator("[data-rl-suggest]")).to_be_hidden()

    _open(page, library, "hording")
    expect(page.locator("[data-rl-suggest] a")).to_have_text("hoarding")
    _open(page, library, "self neglet hording")
    expect(page.locator("[data-rl-suggest] a")).to_have_text("self neglect hoarding")


def test_the_page_stems_every_word_as_the_index_does(page: Page, library) -> None:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "reviews").glob("*.md"))]
    texts += [" ".join(str(v) for v in review.values()) for review in REVIEWS]
    words = sorted({raw for text in texts for raw in split(text)})
    assert len(words) > 3000
    page.goto(f"{library}/search/")
    page.wait_for_function("() => window.reviewLibrarySearch")
    got = page.evaluate(
        """(words) => words.map((w) => {
            const t = lunr.trimmer(new lunr.Token(w));
            return t.toString() && lunr.stopWordFilter(t) ? window.reviewLibrarySearch.stem(t.toString()) : null;
        })""",
        words,
    )
    differ = [
        (w, g, terms(w))
        for w, g in zip(words, got, strict=True)
        if [g] != terms(w) and not (g is None and not terms(w))
    ]
    assert not differ, differ[:20]


@pytest.mark.parametrize(
    "query",
    [
        "professional curiosity",
        "coercive control",
        "MASH",
        "county lines",
        "disguised compliance",
        "DoLS",
        "ambulance",
        "primary care",
        "case management review",
    ],
)
def test_every_result_has_a_highlighted_snippet(page: Page, library, query: str) -> None:
    _open(page, library, query)
    items = page.locator(".rl-result")
    assert items.count() > 0
    snippets = ".rl-result__summary mark, .rl-result__lesson mark, .rl-result__why mark, .rl-result__themes mark"
    for item in items.all():
        assert item.locator(snippets).count() > 0, item.inner_text()


def test_on_a_phone_results_start_on_the_first_screen_with_filters_on(page: Page, library) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    _open(page, library, "neglect", "&theme=neglect&type=lcspr")
    summary = page.locator("[data-rl-filters] > summary")
    expect(summary).to_contain_text("(2 in use)")
    expect(page.locator("details[data-facet=theme]")).to_be_hidden()  # folded behind the button
    assert page.locator(".rl-result").first.bounding_box()["y"] < 844
    # Applying a filter from the button: "Show N results" closes it, the results are on screen.
    _open(page, library, "neglect")
    summary.click()
    page.locator("details[data-facet=type] summary").click()
    page.locator("details[data-facet=type] li:not([hidden]) input").first.check()
    expect(summary).to_contain_text("(1 in use)")
    show = page.locator("[data-rl-show-results]")
    expect(show).to_have_text(re.compile(r"Show \d+ results?"))
    show.click()
    expect(page.locator("details[data-facet=type]")).to_be_hidden()
    box = page.locator(".rl-result").first.bounding_box()
    assert 0 <= box["y"] < 844
    expect(summary).to_be_focused()


def run_axe(page: Page, script: str) -> list[dict]:
    """axe's WCAG 2.2 A/AA violations in the page's content (this module's test site has no
    theme overrides; the whole example site is checked by test_accessibility.py)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(script)
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    return page.evaluate("opts => axe.run('.md-content', opts)", options)["violations"]


@pytest.mark.parametrize("width", [1280, 390])
def test_new_states_pass_axe(page: Page, library, width: int, axe_script: str) -> None:
    """Partial matches with a suggestion, results matched through the glossary and a theme
    synonym, and the phone's folded filters with "Show results": zero WCAG 2.2 A/AA issues."""
    page.set_viewport_size({"width": width, "height": 900})
    script = axe_script
    for query, extra in (
        ("domestc abuse", ""),
        ("MASH", ""),
        ("county lines", "&theme=child-criminal-exploitation"),
    ):
        _open(page, library, query, extra)
        violations = run_axe(page, script)
        assert not violations, axe_report(violations)
    if width == 390:
        page.locator("[data-rl-filters] > summary").click()
        violations = run_axe(page, script)
        assert not violations, axe_report(violations)

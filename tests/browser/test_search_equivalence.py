"""Sharding must not change what users find: the shipped search against one lunr index.

A generated library (tests/benchmarks/corpus.py) is built with real MkDocs, with small shards
so that queries and prefixes span several of them. 100 fixed queries (common and rare words,
two-word queries, prefixes as typed) run in Chromium through the page's own sources, which
fetch the manifest and the shards over HTTP; the same queries run on an unsharded lunr.py
index of the same documents (report sections for full text; title, tags and lessons for the
lessons), whose pipeline is lunr.js's (the build's and the browser's stemmer). The top 10 must be equal, in order, for at least 95 of the 100 queries of each.
"""

from __future__ import annotations

import functools
import http.server
import os
import random
import re
import threading
from collections import Counter

import pytest
from lunr.query import Query, QueryPresence
from lunr.stop_word_filter import WORDS as STOP_WORDS

from review_library.catalogue import load_catalogue
from review_library.search import shards
from review_library.search.documents import lessons_docs
from review_library.search.fulltext import index_text, section_documents
from review_library.search.payload import FIELDS as LESSONS_FIELDS
from review_library.taxonomy import load_taxonomy
from tests.benchmarks.corpus import generate_corpus
from tests.helpers import TAXONOMY, SiteFixture
from tests.test_fulltext_search import reference_index

pytestmark = pytest.mark.browser

REVIEWS = 60
WORDS = 1200
QUERIES = 100
REQUIRED_EQUAL = 95
TOP = 10


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """(root, served URL) of a generated library built with shards of about 3 kB."""
    root = tmp_path_factory.mktemp("equivalence")
    site = SiteFixture(root)
    generate_corpus(REVIEWS, root / "reviews", seed=7, words=WORDS)
    # Generated text trips the identifier checks as their rules grow ("aged 12 days", words
    # taken for names): this is a search test, so they are off for it.
    site.plugin_options = {"checks": {"enabled": False}}
    cwd = os.getcwd()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shards, "SHARD_BYTES", 3000)
        patch.setenv("SOURCE_DATE_EPOCH", "0")
        os.chdir(root)
        try:
            out = site.build()
        finally:
            os.chdir(cwd)
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield root, out, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4 and w not in STOP_WORDS]


def fixed_queries(texts: list[str]) -> list[tuple[str, bool]]:
    """100 deterministic (query, typed-as-prefix) pairs from the documents' own words."""
    rng = random.Random(20240607)
    df = Counter(w for text in texts for w in set(_words(text)))
    common = sorted(df, key=lambda w: (-df[w], w))[:300]
    rare = sorted(w for w in df if df[w] <= 3)
    middle = sorted(w for w in df if 4 <= df[w] <= 40)
    queries: list[tuple[str, bool]] = []
    queries += [(w, False) for w in rng.sample(common, 20)]
    queries += [(w, False) for w in rng.sample(rare, 15)]
    queries += [(w, False) for w in rng.sample(middle, 10)]
    for _ in range(20):  # two words from one document: usually both found together
        words = sorted(set(_words(rng.choice(texts))))
        queries.append((" ".join(rng.sample(words, 2)), False))
    for _ in range(10):  # two words from anywhere: often only one found ("any" mode)
        queries.append((f"{rng.choice(common)} {rng.choice(rare)}", False))
    for _ in range(15):  # a word being typed: its first 3 to 5 letters, as a prefix
        word = rng.choice(common + middle)
        queries.append((word[: rng.randint(3, min(5, len(word)))], True))
    for _ in range(10):  # a second word being typed
        first, second = rng.choice(common), rng.choice(middle)
        queries.append((f"{first} {second[: rng.randint(3, min(6, len(second)))]}", True))
    assert len(queries) == QUERIES
    return queries


def lunr_top(index, text: str, partial: bool, stems: dict[str, str]) -> list[tuple[int, float]]:
    """What search-app's sources do, on one unsharded lunr.py index: every word required (the
    last a prefix when typed), or if nothing has them all, any word. Words are stemmed as the
    page stems them (lunr.js), as they were when the page loaded one whole lunr.py index."""
    words = text.split()

    def run(presence):
        query = index.create_query()
        for n, word in enumerate(words):
            prefix = n == len(words) - 1 and partial and len(word) >= 3
            query.term(
                stems[word],
                use_pipeline=False,
                wildcard=Query.WILDCARD_TRAILING if prefix else Query.WILDCARD_NONE,
                presence=presence,
            )
        return index.query(query)

    results = run(QueryPresence.REQUIRED)
    if not results and len(words) > 1:
        results = run(QueryPresence.OPTIONAL)
    return [(int(r["ref"]), r["score"]) for r in results[:TOP]]


RANK = """async ([source, queries]) => {
  const s = window.reviewLibrarySearch[source];
  const out = [];
  for (const [q, partial] of queries) {
    const { results } = await s.rank(q, { partial });
    out.push(results.slice(0, TOP).map((r) => [r.ref, r.score]));
  }
  return out;
}""".replace("TOP", str(TOP))


def _compare(name, queries, shipped, expected) -> None:
    differ = []
    for (query, partial), got, want in zip(queries, shipped, expected, strict=True):
        if [ref for ref, _ in got] != [ref for ref, _ in want]:
            differ.append(f"{query!r} prefix={partial}: sharded {got} / lunr {want}")
    equal = len(queries) - len(differ)
    print(f"{name}: top {TOP} equal for {equal} of {len(queries)} queries")
    assert equal >= REQUIRED_EQUAL, f"{name}: {equal} of {len(queries)} equal:\n" + "\n".join(
        differ
    )
    # Where the lists agree, the scores are lunr's (to float rounding).
    for q, got, want in zip(queries, shipped, expected, strict=True):
        if [r for r, _ in got] == [r for r, _ in want]:
            assert all(abs(a - b) < 1e-9 for (_, a), (_, b) in zip(got, want, strict=True)), (
                q,
                got,
                want,
            )


def _stems(page, queries) -> dict[str, str]:
    words = sorted({w for q, _ in queries for w in q.split()})
    stemmed = page.evaluate("(ws) => ws.map((w) => window.reviewLibrarySearch.stem(w))", words)
    return dict(zip(words, stemmed, strict=True))


def _open(browser, url: str):
    context = browser.new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(f"{url}/search/")
    page.wait_for_function("() => window.reviewLibrarySearch && window.reviewLibrarySearch.text")
    return context, page, requested


def test_full_text_top_10_equals_one_lunr_index(browser, library) -> None:
    root, out, url = library
    catalogue = load_catalogue(root / "reviews", load_taxonomy(TAXONOMY))
    texts = [index_text(section) for _, section, _ in section_documents(catalogue)]
    reference = reference_index(
        "ref",
        [{"field_name": "text", "boost": 1}],
        [{"ref": str(n), "text": text} for n, text in enumerate(texts)],
    )
    queries = fixed_queries(texts)
    context, page, requested = _open(browser, url)
    try:
        stems = _stems(page, queries)
        expected = [lunr_top(reference, q, partial, stems) for q, partial in queries]
        assert sum(1 for e in expected if e) >= 90, "most queries must find something"
        # One query fetches the manifest and only the shards of its term.
        page.evaluate(RANK, ["text", [queries[0]]])
        fetched = [u for u in requested if re.search(r"/search/text/shard-\d+\.json$", u)]
        total = len(list((out / "search" / "text").glob("shard-*.json")))
        assert total > 20 and 1 <= len(fetched) <= 2, (len(fetched), total)
        shipped = page.evaluate(RANK, ["text", queries])
    finally:
        context.close()
    _compare("full text", queries, shipped, expected)


def test_lessons_top_10_equals_one_lunr_index(browser, library) -> None:
    root, _, url = library
    catalogue = load_catalogue(root / "reviews", load_taxonomy(TAXONOMY))
    docs = lessons_docs(catalogue)
    reference = reference_index(
        "ref",
        [{"field_name": name, "boost": boost} for name, boost in LESSONS_FIELDS],
        [{"ref": str(n), **doc.index_fields()} for n, doc in enumerate(docs)],
    )
    texts = [" ".join(doc.index_fields().values()) for doc in docs]
    queries = fixed_queries(texts)
    context, page, _ = _open(browser, url)
    try:
        stems = _stems(page, queries)
        expected = [lunr_top(reference, q, partial, stems) for q, partial in queries]
        shipped = page.evaluate(RANK, ["lessons", queries])
    finally:
        context.close()
    _compare("lessons", queries, shipped, expected)

"""Full-text and lessons search data: lunr's tokens and weights, sections, shards, anchors.

The weights the page computes (from term frequencies, field lengths and document counts in the
shards and manifest, with lunr's expression) must be those of a lunr.py index of the same
documents; the ranking equivalence in the browser is tests/browser/test_search_equivalence.py.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from lunr.builder import Builder
from lunr.pipeline import Pipeline
from lunr.stop_word_filter import stop_word_filter
from lunr.tokenizer import Tokenizer

from review_library.search import shards as shards_module
from review_library.search.analyzer import display_words, terms
from review_library.search.jsstem import SEPARATORS, stem, trim
from review_library.search.postings import InvertedIndex, invert
from review_library.search.sections import PART_WORDS, plain, sections
from review_library.search.shards import shard

TEXTS = [
    "Child A's health visitor didn't see her at home; three clinic appointments were missed.",
    "The GP (Dr. X) referred the family to early-help — twice — but no-one followed it up...",
    "Practitioners saw each missed appointment on its own, rather than as a pattern: missed, "
    "missed, MISSED. Self-neglect; hoarding; 'was not brought'.",
    "e.g. the school nurse said: \u201cbabies bruise\u201d. Bruising in non-mobile babies is rare.",
    "Information was held in separate records\u00a0and never brought together (2019\u20132021).",
    "",
    "A a an the and of to in it is was",
]


def reference_weight(index: InvertedIndex, t: int, f: int, doc: int, tf: int) -> float:
    """lunr's weight (lunr.py Builder._create_field_vectors), from what the files carry."""
    n = index.doc_count
    with_term = sum(len(p) for p in index.postings[t])
    idf = math.log(1 + abs((n - with_term + 0.5) / (with_term + 0.5)))
    average = sum(index.lengths[f]) / n
    length = index.lengths[f][doc]
    score = idf * ((1.2 + 1) * tf) / (1.2 * (1 - 0.75 + 0.75 * (length / average)) + tf)
    return round(score * index.boosts[f], 3)


def js_trimmer(token, i=None, tokens=None):
    """lunr.js's trimmer (ASCII \\W) for lunr.py's pipeline; an emptied token is dropped."""
    trimmed = trim(str(token))
    return token.update(lambda s, metadata=None: trimmed) if trimmed else None


def js_stemmer(token, i=None, tokens=None):
    """lunr.js's stemmer (jsstem.py) for lunr.py's pipeline."""
    return token.update(lambda s, metadata=None: stem(s))


Pipeline.register_function(js_trimmer, "js_trimmer")
Pipeline.register_function(js_stemmer, "js_stemmer")


def js_tokens(text: str):
    """lunr.py's tokenizer with lunr.js's separators (JavaScript's \\s and the hyphen)."""
    return Tokenizer(text, separator=SEPARATORS)


def reference_index(ref: str, fields: list[dict], documents: list[dict]):
    """A lunr.py index whose pipeline is lunr.js's (what the build and the browser use)."""
    builder = Builder()
    builder.pipeline.add(js_trimmer, stop_word_filter, js_stemmer)
    builder.search_pipeline.add(js_stemmer)
    builder.ref(ref)
    for field in fields:
        builder.field(field["field_name"], boost=field.get("boost", 1))
    for document in documents:
        builder.add(
            {**document, **{f["field_name"]: js_tokens(document[f["field_name"]]) for f in fields}}
        )
    return builder.build()


def lunr_index(docs: list[list[str]], fields: tuple[tuple[str, int], ...]):
    return reference_index(
        "ref",
        [{"field_name": name, "boost": boost} for name, boost in fields],
        [
            {"ref": str(n), **{name: doc[f] for f, (name, _) in enumerate(fields)}}
            for n, doc in enumerate(docs)
        ],
    )


def test_terms_are_lunr_pipeline_terms() -> None:
    builder = Builder()
    builder.pipeline.add(js_trimmer, stop_word_filter, js_stemmer)
    for text in TEXTS:
        expected = [str(t) for t in builder.pipeline.run(js_tokens(text))]
        assert terms(text) == expected, text
    # Spaces that str.split() and lunr.js disagree on.
    odd = "foster\u2009carer and kinship-carer x\x1cy a\ufeffb"
    assert terms(odd) == [str(t) for t in builder.pipeline.run(js_tokens(odd))]


@pytest.mark.parametrize("fields", [(("text", 1),), (("title", 10), ("tags", 5), ("lessons", 1))])
def test_weights_equal_lunr_field_vectors(fields) -> None:
    width = len(fields)
    docs = [[TEXTS[(n + f * 3) % len(TEXTS)] for f in range(width)] for n in range(11)]
    index = invert([[terms(text) for text in doc] for doc in docs], fields)
    reference = lunr_index(docs, fields)
    serialised = reference.serialize()
    positions = {term: posting["_index"] for term, posting in serialised["invertedIndex"]}
    assert index.terms == sorted(positions)
    by_index = {i: t for t, i in positions.items()}
    expected = {}
    for field_ref, elements in serialised["fieldVectors"]:
        name, ref = field_ref.split("/")
        f = [n for n, _ in fields].index(name)
        for i in range(0, len(elements), 2):
            expected[(by_index[elements[i]], f, int(ref))] = elements[i + 1]
    got = {
        (term, f, doc): reference_weight(index, t, f, doc, tf)
        for t, term in enumerate(index.terms)
        for f in range(width)
        for doc, tf in index.postings[t][f]
    }
    assert got == expected


def _decode(flat: list[int]) -> list[tuple[int, int]]:
    """The same decoding as sharded-index.js."""
    out, doc, i = [], 0, 0
    while i < len(flat):
        doc += flat[i] >> 2
        tf = (flat[i] & 3) + 1
        if tf == 4:
            i += 1
            tf = flat[i]
        out.append((doc, tf))
        i += 1
    return out


def test_shards_cover_every_term_once_in_order_and_decode_losslessly() -> None:
    words = [f"w{n:03d}" for n in range(300)]
    docs = [[" ".join(words[(d * 7) % 300 : (d * 7) % 300 + 40] * (1 + d % 5))] for d in range(50)]
    index = invert([[terms(t) for t in doc] for doc in docs], (("text", 1),))
    result = shard(index, shard_bytes=600)
    parsed = [json.loads(text) for text in result.shards]
    assert len(parsed) > 5
    assert result.manifest["shards"] == [p["terms"][0] for p in parsed]
    assert [t for p in parsed for t in p["terms"]] == index.terms
    decoded = [[_decode(f) for f in posting] for p in parsed for posting in p["postings"]]
    assert decoded == index.postings
    assert result.manifest["lengths"] == index.lengths
    assert shard(index, shard_bytes=600) == result  # deterministic


def test_the_shard_size_is_read_at_call_time(monkeypatch) -> None:
    index = invert([[terms(" ".join(f"w{n}" for n in range(200)))]], (("text", 1),))
    monkeypatch.setattr(shards_module, "SHARD_BYTES", 100)
    assert len(shard(index).shards) > 10


def test_sections_split_at_headings_and_long_sections_in_parts() -> None:
    long = "\n\n".join(" ".join(["word"] * 100) for _ in range(14))
    body = (
        "Opening words before any heading.\n\n"
        "## Findings {#own-id}\n\nThe [GP](https://example.org/gp) *saw* her `twice`.\n\n"
        "```\n## not a heading\n```\n\n"
        "### Analysis: **risk**\n\n" + long + "\n\n"
        "| a | b |\n|---|---|\n| cell one | cell two |\n\n"
        "#### Deeper heading stays inside\n\n- a list item\n> a quote\n"
    )
    found = sections(body)
    assert [(s.heading, s.position) for s in found][:2] == [("", -1), ("Findings", 0)]
    assert found[0].text == "Opening words before any heading."
    assert "https" not in found[1].text and "GP saw her twice." in found[1].text
    assert "not a heading" in found[1].text  # a fenced block is text, not a heading
    parts = [s for s in found if s.heading == "Analysis: risk"]
    assert len(parts) == 3 and all(len(p.text.split()) <= PART_WORDS + 20 for p in parts)
    last = parts[-1].text
    assert "cell one cell two" in " ".join(last.split())
    assert "Deeper heading stays inside" in last and "a list item" in last and "a quote" in last
    assert "|" not in last and "---" not in last and "####" not in last
    assert plain('!!! note "Fictional example"\n    Invented.') == "Fictional example Invented."


def test_display_words_are_readable() -> None:
    words = display_words(["Babies and a baby; bruising bruised bruise."])
    assert words["babi"] == "baby" and words["bruis"] == "bruise"


def _library(site) -> None:
    site.add_review(
        body=(
            "## Summary\n\nA body section also called Summary: its anchor must be made unique.\n\n"
            "## Findings\n\nThe zanzibarquux protocol was not followed.\n\n"
            "## Recommendations\n\nNothing here is a recommendation of the front matter.\n"
        )
    )
    site.add_review(
        id="testshire-2025-child-c",
        title="Child C: a draft that must not be searchable",
        status="draft",
        body="## Findings\n\nUnpublishedword appears only here.\n",
    )


def _sections(out: Path, n: int) -> list[list[str]]:
    """Review n's report sections, from its result file (results.py): the last field."""
    row = json.loads((out / "search" / "reviews" / f"{n}.json").read_text("utf-8"))
    return row[-1]


def test_full_text_files_link_sections_to_real_anchors(site) -> None:
    _library(site)
    out = site.build()
    search = out / "search" / "text"
    manifest = json.loads((search / "manifest.json").read_text("utf-8"))
    assert manifest["reviews"] == [3] and manifest["count"] == 3
    page = BeautifulSoup((out / "reviews" / "testshire-2024-child-a" / "index.html").read_text("utf-8"), "html.parser")  # fmt: skip
    sections = _sections(out, 0)
    assert len(sections) == 3
    for heading, anchor, text in sections:
        target = page.find(id=anchor)
        assert target is not None and target.get_text(strip=True) == heading, (heading, anchor)
        assert text
    anchors = [anchor for _, anchor, _ in sections]
    assert anchors[0] != "summary" and anchors[2] != "recommendations"  # the page's own headings
    everything = "".join(p.read_text("utf-8") for p in (out / "search").rglob("*.json")).lower()
    assert "zanzibarquux" in everything
    assert "unpublishedword" not in everything and "testshire-2025-child-c" not in everything


def test_one_result_file_per_review_and_none_per_section(site) -> None:
    _library(site)
    site.add_review(
        id="testshire-2023-child-d",
        title="Child D",
        published="2023-01-01",
        body="## One\n\nFirst part.\n\n## Two\n\nSecond part.\n",
    )
    out = site.build()
    search = out / "search"
    manifest = json.loads((search / "text" / "manifest.json").read_text("utf-8"))
    assert manifest["reviews"] == [3, 2]  # newest first: child A's three, child D's two
    assert sorted(p.name for p in (search / "reviews").iterdir()) == ["0.json", "1.json"]
    assert not (search / "text" / "sections").exists()
    assert not list(search.glob("lessons-store-*.json"))
    # Section m of the index is section m - (first of its review) of its review's file.
    assert [heading for heading, _, _ in _sections(out, 1)] == ["One", "Two"]
    assert _sections(out, 1)[1][2] == "Second part."
    assert json.loads((search / "reviews" / "1.json").read_text("utf-8"))[:2] == [
        "testshire-2023-child-d", "Child D",
    ]  # fmt: skip


def test_full_text_output_is_deterministic_and_stale_files_go(site, tmp_path) -> None:
    _library(site)
    first = site.build()
    files = {p.relative_to(first).as_posix(): p.read_bytes() for p in (first / "search").rglob("*.json")}  # fmt: skip
    again = site.build(site_dir=str(tmp_path / "again"))
    assert files == {p.relative_to(again).as_posix(): p.read_bytes() for p in (again / "search").rglob("*.json")}  # fmt: skip
    stale = first / "search" / "reviews" / "99.json"
    stale.write_text("[]")
    site.build()
    assert not stale.exists()


def test_manifest_lengths_match_the_sections(site) -> None:
    _library(site)
    out: Path = site.build()
    manifest = json.loads((out / "search" / "text" / "manifest.json").read_text("utf-8"))
    sections = _sections(out, 0)
    assert len(sections) == len(manifest["lengths"][0])
    for (heading, _, text), length in zip(sections, manifest["lengths"][0], strict=True):
        assert length == len(terms(f"{heading}\n{text}" if heading else text))

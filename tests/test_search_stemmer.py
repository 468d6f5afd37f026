"""One stemmer: the index's terms are the terms lunr.js makes of the same words in the browser.

Every distinct raw token of the example library, the taxonomy and a generated library (plus
awkward tokens: punctuation, non-ASCII letters, odd spaces) goes through lunr.js 2.3.9's own
tokenizer, trimmer, stop-word filter and stemmer in Node, and through the build's analyzer;
every one must agree. lunr.py's stemmer disagreed on about 1% of them ("days", "delay").
The page loads lunr-text.js, the text pipeline cut out of lunr.js line for line
(tests/tools/lunr_text.py): it is checked to be exactly that extract, and run on the same words.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from review_library.search.analyzer import terms
from review_library.search.jsstem import split
from tests.benchmarks.corpus import generate_corpus
from tests.helpers import ROOT, TAXONOMY
from tests.tools import lunr_text

LUNR = lunr_text.SOURCE
NODE = shutil.which("node")

# Runs each line of stdin through lunr.js's pipeline (trimmer, stop words, stemmer: the order of
# lunr's builder and of the page's query.js); prints one JSON list of terms a line.
SCRIPT = """
const lunr = require(process.argv[1]);
const lines = require("fs").readFileSync(0, "utf8").split("\\n");
const out = lines.map((line) => lunr.tokenizer(line)
  .map((t) => lunr.trimmer(t))
  .filter((t) => t && t.toString() && lunr.stopWordFilter(t))
  .map((t) => lunr.stemmer(t).toString()));
process.stdout.write(JSON.stringify(out));
"""

AWKWARD = [
    "days delay boys buy says yesterday yelling",
    "child's, (MASH) A&E 'quoted' \u201ccurly\u201d co-sleeping co-operating",
    "café naïve Zoë façade résumé Ōta",
    "foster\u2009carer kinship\u00a0carer x\ufeffy a\u2028b",
    "ties dies lying flies agreed feed bled hoping hopping filing falling",
    "generalization relational conditional sensibility hopefulness",
    "— … 2019\u20132021 1st 10th __init__ CAMHS DoLS",
]


def _vocabulary(tmp_path: Path) -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "reviews").glob("*.md"))]
    texts.append(TAXONOMY.read_text("utf-8"))
    generated = generate_corpus(40, tmp_path / "generated", seed=3, words=1500)
    texts += [p.read_text("utf-8") for p in generated]
    words = sorted({raw for text in texts for raw in split(text)})
    return words + AWKWARD


def test_the_page_pipeline_is_lunr_js_own_code() -> None:
    shipped = lunr_text.TARGET.read_text("utf-8")
    assert shipped == lunr_text.extract(LUNR.read_text("utf-8")), (
        "lunr-text.js is not the extract of lunr.js: run python -m tests.tools.lunr_text"
    )
    # Nothing of the index, builder or query parser: the page scores with sharded-index.js.
    assert "lunr.Index" not in shipped and "lunr.Builder" not in shipped
    assert len(shipped) < len(LUNR.read_text("utf-8")) / 4


@pytest.mark.skipif(NODE is None, reason="node is needed to run lunr.js")
@pytest.mark.parametrize("script", [LUNR, lunr_text.TARGET], ids=["lunr.js", "lunr-text.js"])
def test_every_word_stems_as_lunr_js_stems_it(tmp_path: Path, script: Path) -> None:
    lines = _vocabulary(tmp_path)
    assert len(lines) > 5000, "the vocabulary should be large"
    result = subprocess.run(
        [NODE, "-e", SCRIPT, str(script)],
        input="\n".join(lines),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    expected = json.loads(result.stdout)
    differ = [
        (line, got, want)
        for line, want in zip(lines, expected, strict=True)
        if (got := terms(line)) != want
    ]
    assert not differ, f"{len(differ)} of {len(lines)} differ, e.g. {differ[:10]}"


def test_words_lunr_py_got_wrong_now_stem_as_the_browser_does() -> None:
    # lunr.py: dai, delai, boi (so "days" typed in the browser found nothing).
    assert terms("days delay boys") == ["day", "delay", "boy"]
    assert terms("Hoarding hoarded") == ["hoard", "hoard"]

"""Make assets/search/lunr-text.js: the parts of lunr.js 2.3.9 the search page uses, verbatim.

The page no longer loads a lunr index (the shards are scored by sharded-index.js), only lunr's
text pipeline for query words: the tokenizer, trimmer, stop-word filter and stemmer, and the
Token they pass along. Those are whole sections of lunr.js, copied here line for line, with
lunr's own export at the end (``window.lunr`` in a page, ``module.exports`` in Node). The rest
(index, builder, query parser, token sets, vectors: about three quarters of the file) is left
out, so the page parses a quarter of the script. The page imports it as a module (query.js,
highlight.js), so no classic script holds up the page's own.

    .venv/bin/python -m tests.tools.lunr_text          # rewrite lunr-text.js

tests/test_search_stemmer.py checks that the file is exactly what this makes of lunr.js, and
that both give the same terms for every word of the vocabulary.
"""

from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).resolve().parents[2] / "plugins" / "review_library" / "assets" / "search"
SOURCE = ASSETS / "lunr.js"
TARGET = ASSETS / "lunr-text.js"

# Line ranges of lunr.js 2.3.9 (1-based, inclusive) and what they hold.
SECTIONS = (
    (1, 7, "licence header and the opening of lunr's closure"),
    (58, 149, "lunr.utils: asString, clone (used by the tokenizer)"),
    (331, 465, "lunr.Token and lunr.tokenizer"),
    (930, 1343, "lunr.stemmer, lunr.stopWordFilter, lunr.trimmer"),
    (3448, 3474, "lunr's export (AMD, CommonJS or window.lunr)"),
)
# What the copied sections need of the parts left out: the namespace itself (lunr.js makes it
# the builder function), its version, and Pipeline.registerFunction (called once per pipeline
# function to name it for serialised indexes, which this page never loads).
# lunr.js ends its closure with "})();", so its export finds the global object as ``this``
# only in sloppy mode; the page imports this file as a module (strict: ``this`` undefined), so
# the closure is called with the global object instead.
GLUE = {
    5: "}).call(globalThis);\n",
    1: (
        "\n// Extract of lunr.js 2.3.9 (tests/tools/lunr_text.py): the text pipeline only.\n"
        "var lunr = {}\n"
        'lunr.version = "2.3.9"\n'
        "lunr.Pipeline = { registerFunction: function () {} }\n"
    ),
}


def extract(source: str) -> str:
    lines = source.splitlines(keepends=True)
    out = []
    for n, (first, last, _) in enumerate(SECTIONS):
        out.append("".join(lines[first - 1 : last]))
        out.append(GLUE.get(n + 1, "\n"))
    return "".join(out)


def main() -> None:
    TARGET.write_text(extract(SOURCE.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main()

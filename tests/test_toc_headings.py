"""The page's table of contents: the regular-expression reading of headings gives exactly
what Python's HTML parser gives, and hands the pages it cannot read to that parser."""

from __future__ import annotations

import pytest

from review_library.pages import toc


def parsed(page_html: str) -> list[tuple[int, str, str]]:
    parser = toc._Headings()
    parser.feed(page_html)
    parser.close()
    return parser.found


PAGES = [
    '<h1>Child Q</h1><p>x</p><h2 id="summary">Summary</h2><h3 id="a-b">A &amp; <em>B</em></h3>',
    '<H2 ID="up" class="x">Upper  case\n tags</H2 ><h2 id=bare>Bare value</h2>',
    "<h2 title='a > b' id='q'>Quoted &gt; sign</h2><h2 id=\"x\" id=\"y\">Last id wins</h2>",
    '<h2 data-id="no">Not an id</h2><h2 id="e&amp;f">Escaped id</h2>',
    "<!-- <h2 id='c'>in a comment</h2> --><h2 id='d'>After <!-- note --> a comment</h2>",
    '<script>var s = "<h2 id=\'s\'>no</h2>";</script><style>h2{}</style><h2 id="t">T</h2>',
    '<h2 id="n">Outer <h3 id="m">inner</h3> text</h2><h3 id="o">closed by h3</h3>',
    '<h2 id="u">Unclosed heading<p>and a paragraph',
    "<h2 id='v'>a &lt; b and 3 < 4</h2>",
    '<h2 id="w">&am<b>p;</b> split entity</h2><h2 id="z"></h2>',
    "<p>5 <b</p><h2 id='bad'>after a broken tag</h2>",
    "<p title=\"unclosed>text</p><h2 id='x'>X</h2>",
    '<h2 id="self"/>text<h2 id="r">R</h2>',
    "<![CDATA[<h2 id='k'>x</h2>]]><h2 id='l'>L</h2>",
    '<h2 id="sc">Script <script>inside</script> heading</h2>',
]


@pytest.mark.parametrize("page", PAGES)
def test_headings_are_those_html_parser_reads(page: str) -> None:
    assert toc.headings(page) == parsed(page)


def test_unknown_markup_goes_to_html_parser() -> None:
    unclosed = "<p title=\"unclosed>text</p><h2 id='x'>X</h2>"
    assert toc._scan(unclosed) is None
    assert toc.headings(unclosed) == parsed(unclosed)
    assert toc._scan("<h2 id='x'>X</h2><p>fine</p>") == [(2, "x", "X")]


def test_tokens_nest_by_level_and_escape_names() -> None:
    tokens = toc.toc_tokens('<h2 id="a">A &lt;b&gt;</h2><h3 id="b">B</h3><h2 id="c">C</h2>')
    assert [t["id"] for t in tokens] == ["a", "c"]
    assert tokens[0]["name"] == "A &lt;b&gt;"
    assert [t["id"] for t in tokens[0]["children"]] == ["b"]

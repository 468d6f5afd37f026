"""The output scan's reading of pieces out of markup and JSON, exactly as before its fast
paths (speedbuild9): each expected list was produced by the earlier, plainer code."""

from __future__ import annotations

import pytest

from review_library.redaction.extract import Piece, json_pieces, markup_pieces

MARKUP = [
    (
        '<p>Kay<em>den</em> &amp; Co</p>\n<div id="x1" title="Mr &quot;A&quot;">text</div>',
        [
            ("Kayden & Co", 1, ""),
            ("x1", 2, "attribute id"),
            ('Mr "A"', 2, "attribute title"),
            ("text", 2, ""),
        ],
    ),
    (
        # An inline tag's attributes come before the text it is part of; its line breaks
        # are kept in that text; tag names in any case.
        '<P>Line one\n<EM\nclass="a" title="t">two</EM>\n</P><br/>tail &lt;b&gt;',
        [("t", 3, "attribute title"), ("Line one\n\ntwo\n", 1, ""), ("tail <b>", 4, "")],
    ),
    (
        "<!-- a comment &amp; --><![CDATA[ raw <b> ]]>"
        '<script type="application/ld+json">{"name": "N", "@type": "T"}</script>',
        [
            (" a comment & ", 1, "comment"),
            (" raw <b> ", 1, "comment"),
            ("name", 1, "JSON key in top"),
            ("N", 1, "JSON name"),
            ("T", 1, "JSON @type"),
        ],
    ),
    (
        '<script src="a.js" data-x="v">var a = 1;</script><style>p{}</style></>< >text'
        "<a href='x'>link</a>",
        [
            ("a.js", 1, "attribute src"),
            ("v", 1, "attribute data-x"),
            ("var a = 1;", 1, "script"),
            ("x", 1, "attribute href"),
            ("textlink", 1, ""),
        ],
    ),
    (
        '\n\n<svg><text x="1" y="2">Hi<tspan>there</tspan></text><title>T</title></svg>\nend',
        [("Hithere", 3, ""), ("T", 3, ""), ("\nend", 3, "")],
    ),
    (
        '<span>a</span>\n<span>b</span><p>&#x41;&nbsp;</p><img alt="A pic" src=pic.png>',
        [
            ("a\nb", 1, ""),
            ("A\xa0", 2, ""),
            ("A pic", 2, "attribute alt"),
            ("pic.png", 2, "attribute src"),
        ],
    ),
]


@pytest.mark.parametrize(("markup", "expected"), MARKUP)
def test_markup_pieces_are_read_as_before(markup: str, expected: list) -> None:
    assert [(p.text, p.line, p.where) for p in markup_pieces(markup)] == expected
    # Twice: the second reading goes through the caches of tag names and attributes.
    assert [(p.text, p.line, p.where) for p in markup_pieces(markup)] == expected


def test_json_pieces_label_keys_values_and_skip_numbers() -> None:
    raw = '{"": "x", "@t": "y", "a": [1, "b", {"": ["c", 2.5, null, true]}], "n": 3}'
    assert [(p.text, p.where) for p in json_pieces(raw)] == [
        ("", "JSON key in top"),
        ("x", "JSON value"),
        ("y", "JSON @t"),
        ("a", "JSON key in top"),
        ("b", "JSON a"),
        ("", "JSON key in a"),
        ("c", "JSON a"),
        ("n", "JSON key in top"),
    ]
    assert [(p.text, p.where) for p in json_pieces('["a", ["b"], {"k": "v"}]')] == [
        ("a", "JSON value"),
        ("b", "JSON value"),
        ("k", "JSON key in top"),
        ("v", "JSON k"),
    ]
    assert json_pieces("not json") == [Piece("not json", 1)]


def test_a_piece_is_a_light_immutable_record() -> None:
    piece = Piece("text", 3, "attribute id")
    assert (piece.text, piece.line, piece.where) == ("text", 3, "attribute id")
    assert Piece("text") == Piece("text", 0, "")
    with pytest.raises(AttributeError):
        piece.text = "other"  # type: ignore[misc]


def test_piece_keys_are_each_texts_digest_whether_kept_or_not(monkeypatch) -> None:
    from review_library.redaction import output_scan

    monkeypatch.setattr(output_scan, "_SHORT_KEYS", {})
    monkeypatch.setattr(output_scan, "_SHORT_KEYS_LIMIT", 3)
    texts = ["Home", "x" * (output_scan.SHORT_PIECE + 1), "Home", "a", "b", "c", "Home", ""]
    pieces = [Piece(text, 1) for text in texts]
    assert output_scan._piece_keys(pieces) == [output_scan._digest(t) for t in texts]
    # Long texts are never kept, and the kept ones stay within the limit.
    assert all(len(t) <= output_scan.SHORT_PIECE for t in output_scan._SHORT_KEYS)
    assert len(output_scan._SHORT_KEYS) <= 3

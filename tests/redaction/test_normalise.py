"""Normalisation before matching: each text trick is undone, offsets map back to the source,
and text that needs nothing is left as it is."""

from __future__ import annotations

import pytest

from review_library.redaction.normalise import normalise

CASES = [
    # (what the author wrote, what a reader sees)
    ("J&#97;ck Morris", "Jack Morris"),
    ("&#x4A;ack Morris", "Jack Morris"),
    ("Jos&eacute; came", "José came"),
    ("Ja**ck**son visited", "Jackson visited"),
    ("Ja*ck*son visited", "Jackson visited"),
    ("J_o_hn visited", "John visited"),
    ("Ja~~ck~~son visited", "Jackson visited"),
    ("Ja<b>ck</b>son visited", "Jackson visited"),
    ("Ja\u200bck visited", "Jack visited"),
    ("Ja\u00adck visited", "Jack visited"),
    ("\u202eJack\u202c visited", "Jack visited"),
    ("Ja\ufeffck visited", "Jack visited"),
    ("J\u0430ck Sm\u0456th", "Jack Smith"),  # Cyrillic a and i
    ("\u039ca\u0433y", "Mary"),  # Greek capital mu, Cyrillic ghe
    ("\uff2a\uff41\uff43\uff4b", "Jack"),  # full-width
    ("\U0001d409ack", "Jack"),  # mathematical bold capital J
    ("Jose\u0301 came", "José came"),  # decomposed accent composed
    ("Zoe\u0308", "Zoë"),
    ("Ja\u0335ck", "Jack"),  # a mark that composes with nothing is dropped from a Latin letter
    ("Morris\u00b9 said", "Morris  said"),  # a footnote digit is not glued to the name
    ("a\u00a0b", "a b"),
    ("a &lt;!-- b --&gt; &amp; c", "a &lt;!-- b --&gt; &amp; c"),
    ("\ufb01ne", "fine"),
    ("K a y d e n came", "Kayden came"),  # a word spelt out letter by letter
    ("K-A-Y-D-E-N came", "Kayden came"),  # spelt out in capitals: a word said aloud
]


@pytest.mark.parametrize(("source", "seen"), CASES)
def test_tricks_are_undone(source: str, seen: str) -> None:
    assert normalise(source).text == seen


@pytest.mark.parametrize(
    "source",
    [
        "see the file_name_of_the_plan.pdf",
        "https://example.org/a_b_c/x_y",
        "write to first_last@example.org",
        "`snake_case_word` in code",
        "**Child Q** was seen",
        "2*3 = 6 and x_1",
        "she went by kenz_x and lil_bee_07 online",
        "Zoë, Łukasz, Siân and Ciarán",
        "plain text with ’curly’ quotes – and dashes",
        "grades A B C D and the X-Y-Z axis, an A-Z, a T-shirt",  # spaced capitals, short runs
        "J. A. Smith, options a b c, Y N Y",
    ],
)
def test_text_that_is_already_plain_is_kept(source: str) -> None:
    assert normalise(source).text == source


@pytest.mark.parametrize(
    ("source", "word"),
    [
        ("Then J&#97;ck Morris said", "Jack"),
        ("Then Ja**ck**son said", "Jackson"),
        ("Then \u200bJa\u200bck\u200b said", "Jack"),
        ("Then Jose\u0301 said", "José"),
        ("Then \u2026 Jack said", "Jack"),
        ("A &amp; B; then Ja<i>ck</i> said", "Jack"),
        ("Then K-a-y-d-e-n said", "Kayden"),
    ],
)
def test_spans_map_back_to_what_was_written(source: str, word: str) -> None:
    result = normalise(source)
    start = result.text.index(word)
    begin, end = result.source_span(start, start + len(word))
    written = source[begin:end]
    assert normalise(written).text.strip("\u200b") == word
    # Text after the span keeps its place: "said" maps to "said".
    later = result.text.index("said")
    begin, end = result.source_span(later, later + 4)
    assert source[begin:end] == "said"


def test_unchanged_text_maps_to_itself() -> None:
    result = normalise("nothing to do here")
    assert not result.changed
    assert result.source_span(3, 7) == (3, 7)


# -- the engine runs every rule on the normalised text and reports source positions --------
@pytest.mark.parametrize(
    "written",
    [
        "Ka&#121;den",
        "Kay**den**",
        "Kay\u200bden",
        "K\u0430yden",  # Cyrillic a
        "\uff2bayden",  # full-width K
        "Kay&shy;den",
        "K a y d e n",
        "K-A-Y-D-E-N",
    ],
)
def test_engine_finds_names_written_with_tricks(written: str) -> None:
    from review_library.redaction.config import RedactionConfig
    from review_library.redaction.engine import check_text

    text = f"# Review\n\nOn the visit {written} was asleep upstairs.\n"
    report = check_text(text, "r.md", config=RedactionConfig())
    names = [f for f in report.findings if f.rule == "person-name"]
    assert [(f.line, f.column) for f in names] == [(3, len("On the visit ") + 1)]
    assert written not in names[0].excerpt


def test_engine_ignores_escaped_markup() -> None:
    from review_library.redaction.config import RedactionConfig
    from review_library.redaction.engine import check_text

    text = "# Review\n\nThe note said &lt;!-- draft --&gt; in escaped text.\n"
    assert check_text(text, "r.md", config=RedactionConfig()).findings == []

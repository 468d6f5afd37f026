"""The output scan over a built site, and the gate in a real MkDocs build."""

from __future__ import annotations

import json

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.extract import markup_pieces
from review_library.redaction.output_scan import scan_site
from review_library.redaction.register import Register
from tests.helpers import SiteFixture, build_failure

CONFIG = RedactionConfig()
DRAFT_SUMMARY = (
    "Child Z was left alone for long periods while the agencies involved each assumed another "
    "agency was visiting the family home."
)


def write(site, relative: str, content: str) -> None:
    path = site / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")


def test_identifiers_in_text_attributes_and_json(tmp_path) -> None:
    site = tmp_path / "site"
    write(
        site,
        "a/index.html",
        '<html>\n<body>\n<img alt="NX1 4QT" src="x.png">\n<p>ok</p>\n</body></html>',
    )
    write(site, "search.json", json.dumps({"docs": [{"text": "Z\u0065b Harrow"}]}))
    write(site, "feed.xml", "<rss><item><title>kayden.m@example.com</title></item></rss>")
    write(site, "export.csv", "id,summary\nx,Phone 07700 900123\n")
    write(site, "app.js", "var postcode = 'NX1 4QT';")  # scripts are published text too
    register = Register.from_identifiers(["Zeb Harrow"])
    report = scan_site(site, config=CONFIG, register=register, forbidden=[])
    found = {(f.file.rsplit("/", 1)[-1], f.rule) for f in report.findings}
    assert found == {
        ("index.html", "uk-postcode"),
        ("search.json", "identifier-register"),
        ("feed.xml", "email"),
        ("export.csv", "phone-number"),
        ("app.js", "uk-postcode"),
    }
    (html_finding,) = [
        f for f in report.findings if f.rule == "uk-postcode" and f.file.endswith("index.html")
    ]
    assert html_finding.line == 3
    assert all("Harrow" not in f.excerpt and "4QT" not in f.excerpt for f in report.findings)
    assert report.files_checked == 5


def test_unpublished_text_is_found_even_partly(tmp_path) -> None:
    site = tmp_path / "site"
    words = DRAFT_SUMMARY.split()
    write(site, "index.html", "<p>" + " ".join(words[3:17]).upper() + "…</p>")
    write(site, "other.html", "<p>Child Z was left alone.</p>")
    report = scan_site(
        site, config=CONFIG, register=None, forbidden=[("reviews/draft.md", DRAFT_SUMMARY)]
    )
    (finding,) = report.findings
    assert finding.rule == "unpublished-content" and finding.file.endswith("index.html")
    assert "reviews/draft.md" in finding.message


def test_allowed_text_becomes_a_suppression(tmp_path) -> None:
    site = tmp_path / "site"
    write(site, "index.html", "<p>Contact 0161 496 0000</p>")
    report = scan_site(
        site,
        config=CONFIG,
        register=None,
        forbidden=[],
        allowed=[("phone-number", "0161 496 0000")],
    )
    assert report.findings == [] and len(report.suppressions) == 1


def test_markup_pieces_keep_lines_decode_entities_and_join_inline_tags() -> None:
    pieces = markup_pieces(
        "<p\nclass='x'>A&amp;B</p>\n<!-- NX1 4QT -->\n<script>var a = 1;</script>\n"
        '<h2 id="zeb-harrow">Ka<em>y</em>den</h2>'
    )
    found = {(p.text, p.line) for p in pieces}
    assert ("A&B", 2) in found and (" NX1 4QT ", 3) in found and ("var a = 1;", 4) in found
    # An inline tag does not split a word; an id is text too.
    assert ("Kayden", 5) in found and ("zeb-harrow", 5) in found


def test_build_with_a_leaked_postcode_fails_before_writing(site, caplog) -> None:
    site.plugin_options = {}
    path = site.add_review(body="## Findings\n\nThe family lived in NX1 4QT.\n")
    line = path.read_text(encoding="utf-8").split("\n").index("The family lived in NX1 4QT.") + 1
    message = build_failure(site, caplog)
    assert "uk-postcode" in message and f"reviews/testshire-2024-child-a.md:{line}:21" in message
    assert "NX1 4QT" not in message
    assert not (site.site_dir / "reviews").exists()


def test_output_scan_catches_a_register_identifier_from_an_allowed_field(site, caplog) -> None:
    # The partnership name is allowed in the source, but the register knows it identifies.
    (site.root / "ids.yml").write_text("identifiers: [Blackthorn Rise]\n", encoding="utf-8")
    site.plugin_options = {"checks": {"identifiers": "ids.yml"}}
    site.add_review(partnership="Blackthorn Rise Safeguarding Partnership")
    message = build_failure(site, caplog)
    assert "output scan" in message and "identifier-register" in message
    assert "Blackthorn" not in message
    assert not site.site_dir.exists() or not any(site.site_dir.rglob("*.html"))


def test_shared_wording_with_a_published_review_is_not_a_leak(tmp_path) -> None:
    site = tmp_path / "site"
    write(site, "index.html", f"<p>{DRAFT_SUMMARY}</p>")
    report = scan_site(
        site,
        config=CONFIG,
        register=None,
        forbidden=[("reviews/draft.md", DRAFT_SUMMARY)],
        published=["Background. " + DRAFT_SUMMARY + " More text."],
    )
    assert report.findings == []


def test_a_draft_revision_is_caught_by_its_new_words_only(tmp_path) -> None:
    site = tmp_path / "site"
    published = "The health visitor saw the baby at home and weighed her. " * 3
    revision = (
        published
        + "The new chapter names the reasons why nobody escalated the concern to a manager."
    )
    write(site, "index.html", f"<p>{published}</p>")
    report = scan_site(
        site,
        config=CONFIG,
        register=None,
        forbidden=[("reviews/r.md", revision)],
        published=[published],
    )
    assert report.findings == []
    write(site, "leak.html", f"<p>{revision}</p>")
    report = scan_site(
        site,
        config=CONFIG,
        register=None,
        forbidden=[("reviews/r.md", revision)],
        published=[published],
    )
    assert [f.file.rsplit("/", 1)[-1] for f in report.findings] == ["leak.html"]


def test_a_template_is_checked_before_anything_is_written(site, caplog) -> None:
    # A theme override's text is checked with the sources, at its own file and line.
    site.mkdocs_extra = {"theme": {"name": "material", "font": False, "custom_dir": "overrides"}}
    site.write(
        "overrides/main.html",
        '{% extends "base.html" %}\n{% block footer %}<p>Contact: 07700 900123, NX1 4QT</p>{% endblock %}\n',
    )
    site.add_review()
    message = build_failure(site, caplog)
    assert "redaction check" in message and "nothing was published" in message
    assert "overrides/main.html:2:" in message and "uk-postcode" in message
    assert "NX1 4QT" not in message and "07700 900123" not in message
    assert not site.site_dir.exists() or not any(site.site_dir.iterdir())


def test_pages_are_scanned_in_workers_and_again_if_changed_after(tmp_path, caplog) -> None:
    """The worker scan sees each page as rendered; a plugin that changes the HTML later
    (here a hook running after ours) cannot slip a leak past it: the file on disk differs
    from what was scanned, so it is scanned again."""
    from review_library.workers import default_workers

    if default_workers() < 2:
        pytest.skip("needs two cores for the worker pool")
    site = SiteFixture(tmp_path)
    site.add_review()
    site.write(
        "hooks.py",
        "from mkdocs.plugins import event_priority\n\n"
        "@event_priority(-200)\n"
        "def on_post_page(output, page, config):\n"
        "    if page.file.src_uri == 'index.md':\n"
        "        return output.replace('</article>', '<p>Ring 07700 900123</p></article>')\n"
        "    return output\n",
    )
    site.mkdocs_extra = {"hooks": ["hooks.py"]}
    message = build_failure(site, caplog)
    assert "output scan" in message and "site/index.html" in message
    assert "phone-number" in message and "900123" not in message
    assert not any(site.site_dir.iterdir())  # emptied (dot-files kept)


SHORT = [
    ("reviews/v2.md", "Trial set for May."),
    ("reviews/v2.md", "Trial pending."),
    ("reviews/v2.md", "Summary"),
    ("reviews/v2.md", "Key learning"),
]


@pytest.mark.parametrize(
    ("page", "published", "leaked"),
    [
        ("<p>Trial set for May.</p>", [], True),
        ("<p>The report was finished. Trial set for May. Nothing more.</p>", [], True),
        ('<li>"Trial pending!"</li>', [], True),
        ('<a title="Trial set for May">x</a>', [], True),
        ("<p>Staff thought a trial set for May was unlikely.</p>", [], False),
        ("<p>Trial set for May 2025.</p>", [], False),
        ("<h2>Summary</h2><h3>Key learning</h3><p>Summary.</p>", [], False),
        ("<p>Trial set for May.</p>", ["Background. Trial set for May."], False),
    ],
    ids=["alone", "between", "quoted", "attribute", "inside", "longer", "labels", "shared"],
)
def test_a_short_unpublished_sentence_counts_only_as_a_sentence(
    tmp_path, page, published, leaked
) -> None:
    """Short sentences (under four words or twenty characters) are forbidden whole: ended
    by '.', '!' or '?' in the source, and standing alone in the output."""
    site = tmp_path / "site"
    write(site, "index.html", page)
    report = scan_site(site, config=CONFIG, register=None, forbidden=SHORT, published=published)
    assert bool(report.findings) is leaked
    assert all(f.rule == "unpublished-content" for f in report.findings)
    assert all("reviews/v2.md" in f.message for f in report.findings)


def test_an_allowed_file_name_covers_a_name_found_inside_one_of_its_words(tmp_path) -> None:
    # The rule finds "Zeb" inside "ZebHarrow"; the entry names the whole file name, so no
    # word of the entry is the word found, and no second entry for "Zeb" should be needed.
    site = tmp_path / "site"
    write(site, "index.html", "<p>Names in a file name: photo-ZebHarrow.jpg, as an example.</p>")
    args = {"config": CONFIG, "register": None, "forbidden": []}
    found = scan_site(site, **args)
    assert [f.rule for f in found.findings] == ["link-target"]
    report = scan_site(site, **args, allowed=[("link-target", "photo-ZebHarrow.jpg")])
    assert report.findings == [] and len(report.suppressions) == 1


def _covering_by_every_pattern(index, rule: str, text: str, start: int, end: int):
    """What _AllowanceIndex.covering returned before its word test: every candidate's
    pattern run on the window, in candidate order."""
    from review_library.redaction.output_scan import _WORD

    candidates = {}
    for word in _WORD.findall(text[start:end].casefold()):
        for item in index.by_word.get(word, ()):
            if rule in item.rules:
                candidates[id(item)] = item
    for item in candidates.values():
        for match in item.pattern.finditer(text, max(0, start - 200), end + 200):
            if match.start() <= start and end <= match.end():
                return item
    return None


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("On 14 March 2014 the panel met; 1 April 2014 was the next date.", "14 March 2014"),
        ("Letters went to SIAN JONES and to Sian Jones.", "SIAN JONES"),
        ("Letters went to Siân Jones at home.", "Siân Jones"),  # accented text
        ("Letters went to Sian Jones, not Siân.", "Sian Jones"),  # entry with an accent
        ("The \u212aelly family moved.", "\u212aelly"),  # Kelvin sign: matches 'k' in any case
        ("Letters went to Sian Joneſ.", "Sian Joneſ"),  # long s: matches 's', lower() keeps it
        ("Visits by Child and Mother were noted.", "Child and Mother"),
        ("A note on 1 April 2014.", "1 April 2014"),
    ],
)
def test_the_allowance_word_test_keeps_what_every_pattern_found(text: str, hit: str) -> None:
    """An entry is skipped only when one of its ASCII words is missing from an ASCII window;
    the entry found is the one running every candidate's pattern found, the same object."""
    from review_library.redaction.declarations import allowance
    from review_library.redaction.output_scan import _AllowanceIndex

    texts = ["1 April 2014", "14 March 2014", "2 March 2014", "Sian Jones", "Siân Jones"]
    texts += ["Kelly", "Child and Mother", "Mother", "Jones", "14 March"]
    entries = [
        allowance(t, frozenset({rule}), "allow", "test")
        for t in texts
        for rule in ("event-date", "person-name")
    ]
    index = _AllowanceIndex(entries)
    start = text.index(hit)
    for rule in ("event-date", "person-name"):
        expected = _covering_by_every_pattern(index, rule, text, start, start + len(hit))
        found = index.covering(rule, text, start, start + len(hit))
        assert found is expected
    assert index.covering("event-date", text, start, start + len(hit)) is not None or (
        "2014" not in hit
    )

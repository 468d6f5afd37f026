"""Every path from a source to the public site is checked: one planted, fictional identifier
per test, a real build, and a grep of every output file (binary and compressed included).

A path is closed when the build fails naming where to fix it, or when it succeeds with the
identifier in no output file.
"""

from __future__ import annotations

import base64
import json
import logging

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.output_scan import scan_site
from review_library.redaction.register import Register
from tests.helpers import BASE_BODY, build_failure, plugin_messages, review_text
from tests.tools.leakgrep import leaks

NAME = "Zebedee Quennell"


def with_register(site) -> None:
    site.write("private/ids.yml", f"identifiers: ['{NAME}']\n")
    site.plugin_options.setdefault("checks", {})["identifiers"] = "private/ids.yml"


def line_of(path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def assert_refused(site, caplog, where: str) -> str:
    message = build_failure(site, caplog)
    assert where in message, message
    # In any case: a file named 'zebedee-quennell.md' leaks the name in lower case.
    assert "quennell" not in message.lower() and "zebedee" not in message.lower()
    assert leaks(site.site_dir, NAME) == []
    return message


def test_hand_written_page(site, caplog) -> None:
    with_register(site)
    site.add_review()
    page = site.write("site_src/about.md", f"# About\n\nThanks to {NAME} for the photographs.\n")
    message = assert_refused(site, caplog, f"site_src/about.md:{line_of(page, NAME)}:")
    assert "nothing was published" in message


def test_mkdocs_yml_string_values(site, caplog) -> None:
    with_register(site)
    site.add_review()
    site.mkdocs_extra = {
        "site_description": f"Reviews gathered by {NAME}",
        "copyright": f"Photographs by {NAME}",
        "extra": {"social": [{"icon": "x", "link": "https://example.org/zebedee-quennell"}]},
    }
    config = site.write_config()
    message = assert_refused(site, caplog, f"mkdocs.yml:{line_of(config, 'copyright')}:")
    assert f"mkdocs.yml:{line_of(config, 'site_description')}:" in message
    assert f"mkdocs.yml:{line_of(config, 'zebedee-quennell')}:" in message  # the social link


def test_plugin_content_note(site, caplog) -> None:
    with_register(site)
    site.add_review()
    site.plugin_options["content_note"] = f"Dedicated to {NAME}."
    config = site.write_config()
    assert_refused(site, caplog, f"mkdocs.yml:{line_of(config, 'content_note')}:")


@pytest.mark.parametrize(
    ("marker", "planted"),
    [
        ("label: Neglect,", f'label: "Neglect, after {NAME}",'),
        (
            "description: \"Persistent failure to meet a child's basic needs;",
            f'description: "As {NAME} described it;',
        ),
    ],
    ids=["label", "description"],
)
def test_taxonomy_text(site, caplog, marker, planted) -> None:
    with_register(site)
    site.add_review()
    taxonomy = site.root / "site_src" / "taxonomy.yml"
    text = taxonomy.read_text()
    assert marker in text
    taxonomy.write_text(text.replace(marker, planted, 1))
    assert_refused(site, caplog, f"site_src/taxonomy.yml:{line_of(taxonomy, NAME)}:")


def test_override_template_text_and_string_literal(site, caplog) -> None:
    with_register(site)
    site.add_review()
    site.mkdocs_extra = {"theme": {"name": "material", "font": False, "custom_dir": "overrides"}}
    site.write(
        "overrides/main.html",
        '{% extends "base.html" %}\n{% block footer %}{{ "Zebedee" }}\n'
        "<div>Made with care</div>\n<p title='Quennell'>by the board</p>{% endblock %}\n",
    )
    message = assert_refused(site, caplog, "overrides/main.html:2:")
    assert "overrides/main.html:4:" in message


def test_site_image_metadata_is_stripped(site, caplog) -> None:
    import io

    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "logo, final version")
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "navy").save(out, "PNG", pnginfo=info)
    site.write("site_src/images/logo.png", out.getvalue())
    site.add_review()
    site_dir = site.build()
    assert b"final version" not in (site_dir / "images" / "logo.png").read_bytes()


@pytest.mark.parametrize(
    ("iptc", "expected"),
    [({"by_line": "A. Photographer"}, "IPTC By-line"), ({"caption": NAME}, "IPTC Caption")],
)
def test_site_image_iptc_is_refused(site, caplog, iptc, expected) -> None:
    """A JPEG under docs_dir with a name in its IPTC block: refused, naming the file and
    the field; nothing of it reaches any output file."""
    from tests.redaction.test_attachments_publish import jpeg_bytes, with_iptc

    with_register(site)
    site.add_review()
    site.write("site_src/images/visit.jpg", with_iptc(jpeg_bytes(), **iptc))
    message = assert_refused(site, caplog, "site_src/images/visit.jpg")
    assert expected in message and "asset-metadata" in message
    assert leaks(site.site_dir, "Photographer") == []


def test_site_image_iptc_is_never_published(site, caplog) -> None:
    """With asset-metadata a warning the image is published, without its IPTC block."""
    from tests.redaction.test_attachments_publish import jpeg_bytes, with_iptc

    site.plugin_options["checks"] = {"rules": {"asset-metadata": "warning"}}
    site.add_review()
    source = with_iptc(jpeg_bytes(), by_line=NAME, city=f"{NAME} Street", caption=NAME)
    site.write("site_src/images/visit.jpg", source)
    site_dir = site.build()
    published = (site_dir / "images" / "visit.jpg").read_bytes()
    assert b"Photoshop 3.0" not in published and b"8BIM" not in published
    assert leaks(site_dir, NAME) == []


@pytest.mark.parametrize(
    "written",
    [
        "## Findings {#zebedee-quennell}",
        "## Findings {: #zebedee_quennell }",
        '<span id="zebedee-quennell"></span>',
        '<a id="ZebedeeQuennell"></a>',
        "[See the family section](#zebedee-quennell)",
    ],
    ids=["heading-id", "attr-list-id", "html-id", "joined-id", "anchor-link"],
)
def test_html_ids_and_anchors(site, caplog, written) -> None:
    """Ids and anchors are published in the page and its URLs: a name in one is refused at
    its line, and reaches no output file."""
    with_register(site)
    review = site.add_review(body=BASE_BODY + "\n" + written + "\n")
    line = line_of(review, written)
    assert_refused(site, caplog, f"reviews/testshire-2024-child-a.md:{line}:")


def test_site_pdf_and_script(site, caplog) -> None:
    """A PDF and a script under docs_dir are published as they are: both are read."""
    from tests.tools.pdfmake import make_pdf

    with_register(site)
    site.add_review()
    site.write("site_src/files/leaflet.pdf", make_pdf(f"Leaflet written with {NAME}"))
    site.write("site_src/js/extra.js", f"// Photographs: {NAME}\nconsole.log('ok');\n")
    message = assert_refused(site, caplog, "site_src/files/leaflet.pdf")
    assert "site_src/js/extra.js:1:" in message


def test_unlinked_attachment_with_a_name_is_never_published(site, caplog) -> None:
    """A file of an allowed type that nothing links to is left out; its text reaches no
    output file, whatever it says."""
    with_register(site)
    site.write("reviews/testshire-2024-child-a/spare-notes.txt", f"Call {NAME} back.\n")
    site.add_review()
    try:
        with caplog.at_level(logging.INFO):
            site.build()
    except Exception:  # refused is as good as left out: either way nothing is published
        pass
    assert leaks(site.site_dir, NAME) == []
    assert not (site.site_dir / "reviews" / "testshire-2024-child-a" / "spare-notes.txt").exists()


def test_review_id_is_checked_as_a_file_name(site, caplog) -> None:
    with_register(site)
    site.add_review(id="testshire-2024-zebedee-quennell")
    masked = "reviews/t" + "*" * len("estshire-2024-zebedee-quennell.md")
    message = assert_refused(site, caplog, f"{masked}:1:")
    assert "redaction check" in message and "file name" in message


def test_a_named_file_is_masked_in_a_warning_too(site, caplog) -> None:
    """A board may lower the file-name rule to a warning: the build goes on, and its log
    line about the file must not spell out the name either."""
    site.plugin_options = {"checks": {"rules": {"link-target": "warning"}}}
    site.add_review(id="testshire-2024-kayden-morris")
    caplog.set_level(logging.INFO)
    site.build()
    logged = "\n".join(plugin_messages(caplog, logging.INFO))
    assert "redaction warning" in logged and "file name" in logged
    assert "kayden" not in logged.lower() and "morris" not in logged.lower()


def test_a_named_file_is_masked_when_its_front_matter_stops_the_build(site, caplog) -> None:
    """Front matter problems stop the build before the site checks: the file-name check
    still runs, so the problem's location does not spell out the name."""
    with_register(site)
    site.add_review(id="testshire-2024-zebedee-quennell", themes=["neglet"])
    masked = "reviews/t" + "*" * len("estshire-2024-zebedee-quennell.md")
    message = assert_refused(site, caplog, f"{masked}:")
    assert "unknown theme 'neglet'" in message and "file name" in message


def test_attachment_file_name(site, caplog) -> None:
    """A name in an attachment's file name is published in its URL."""
    site.write("reviews/testshire-2024-child-a/zebedee-chronology.txt", "A timeline.\n")
    site.add_review(
        body=BASE_BODY + "\n[Timeline](testshire-2024-child-a/zebedee-chronology.txt)\n"
    )
    with_register(site)
    message = assert_refused(site, caplog, "file name")
    assert "reviews/testshire-2024-child-a.md" in message


@pytest.mark.parametrize(
    "author",
    [
        f"H. Ashdown, with thanks to the child's uncle {NAME}",
        f"Jane Doe, independent reviewer, with thanks to {NAME}, the child's aunt",
        f"Jane Doe With Thanks To {NAME}",
        f"Jane Doe and Aunt {NAME}",
    ],
)
def test_author_field_names_only_the_reviewer(site, caplog, author) -> None:
    """The source gate checks the author field: the reviewer's own name is allowed, anyone
    else named there is refused at the field's line, before anything is written."""
    review = site.add_review(author=author)
    message = build_failure(site, caplog)
    line = line_of(review, "author:")
    assert "redaction check" in message and "nothing was published" in message
    assert f"reviews/testshire-2024-child-a.md:{line}:" in message
    assert "person-name" in message and "'author' field" in message
    assert "Quennell" not in message and "Zebedee" not in message
    assert leaks(site.site_dir, NAME) == []


def test_the_reviewers_own_name_in_the_author_field_is_published(site) -> None:
    """Title, initials, post-nominals and co-authors are the reviewer's names; the body may
    use them too ("Dr Lennox-Boyd")."""
    site.add_review(
        body=BASE_BODY + "\nDr Lennox-Boyd and Tom Ede met the practitioners.\n",
        author="Dr Fiona Lennox-Boyd OBE and Tom Ede, independent reviewers",
    )
    site_dir = site.build()
    page = (site_dir / "reviews" / "testshire-2024-child-a" / "index.html").read_text()
    assert "Fiona Lennox-Boyd OBE and Tom Ede" in page


def test_withdrawal_reason(site, caplog) -> None:
    with_register(site)
    site.add_review(
        status="withdrawn",
        withdrawal={"date": "2024-06-01", "reason": f"At the request of {NAME}'s family."},
    )
    assert_refused(site, caplog, "reviews/testshire-2024-child-a.md:")


def test_decoded_yaml_value_is_checked_as_the_reader_sees_it(site, caplog) -> None:
    """The checker reads the base64 of a !!binary title; the page would show the name."""
    with_register(site)
    encoded = base64.b64encode(f"Child A: {NAME} and neglect".encode()).decode()
    text = review_text().replace(
        "title: 'Child A: missed appointments'", f"title: !!binary {encoded}"
    )
    assert "!!binary" in text
    site.write("reviews/testshire-2024-child-a.md", text)
    message = build_failure(site, caplog)
    assert "Quennell" not in message and "Zebedee" not in message
    assert leaks(site.site_dir, NAME) == []


def inject_into_home_page(site, markup: str) -> None:
    """A hook adds ``markup`` to the home page, as a template or another plugin could."""
    site.write(
        "hooks.py",
        "def on_page_content(html, page, config, files):\n"
        "    if page.file.src_uri == 'index.md':\n"
        f"        return html + {markup!r}\n"
        "    return html\n",
    )
    site.mkdocs_extra = {"hooks": ["hooks.py"]}


def embargoed_new_version(site, extra: str) -> None:
    """reviews_dir inside docs_dir: a published review, and an embargoed new version of it
    (same id in its file name, all its text, plus ``extra``)."""
    site.plugin_options["reviews_dir"] = "site_src/reviews"
    body = BASE_BODY + "\nNo further action.\n"
    site.write("site_src/reviews/testshire-2024-child-a.md", review_text(body))
    site.write(
        "site_src/reviews/testshire-2024-child-a-v2.md",
        review_text(
            body + "\n## Summary\n\n" + extra + "\n",
            id="testshire-2024-child-a-v2",
            embargo_until="2099-01-01T00:00:00Z",
        ),
    )
    (site.root / "reviews").rmdir()


def test_reviews_dir_inside_docs_dir_publishes_no_embargoed_version(site, caplog) -> None:
    """An embargoed second version of a published review, inside docs_dir: MkDocs would
    publish it as a page; the plugin takes it out."""
    embargoed_new_version(site, "A criminal trial is due to start next spring.")
    with caplog.at_level(logging.INFO):
        site_dir = site.build()
    assert (site_dir / "reviews" / "testshire-2024-child-a" / "index.html").is_file()
    assert not (site_dir / "reviews" / "testshire-2024-child-a-v2").exists()
    assert leaks(site_dir, "criminal trial is due", whole=True) == []


def test_a_short_new_sentence_of_an_embargoed_version_is_caught(site, caplog) -> None:
    """The proof works sentence by sentence: one short new sentence of an embargoed new
    version, injected into a page by a hook (as a template could), fails the build."""
    new_sentence = "A criminal trial is pending."
    site.add_review()
    site.add_review(
        "testshire-2024-child-a-v2",
        BASE_BODY + "\n" + new_sentence + "\n",
        id="testshire-2024-child-a-v2",
        embargo_until="2099-01-01T00:00:00Z",
    )
    inject_into_home_page(site, f"<p>{new_sentence}</p>")
    message = build_failure(site, caplog)
    assert "unpublished-content" in message and "testshire-2024-child-a-v2.md" in message
    assert leaks(site.site_dir, new_sentence, whole=True) == []


@pytest.mark.parametrize("sentence", ["Trial set for May.", "Trial pending!"])
def test_a_short_sentence_of_an_embargoed_new_version_inside_docs_dir_is_caught(
    site, caplog, sentence
) -> None:
    """The proof works sentence by sentence, short ones too: the one new sentence of an
    embargoed new version, injected into a page by a hook (as a template could), fails
    the build and names the embargoed file."""
    embargoed_new_version(site, sentence)
    inject_into_home_page(site, f"<p>{sentence}</p>")
    message = build_failure(site, caplog)
    assert "output scan" in message and "unpublished-content" in message
    assert "site_src/reviews/testshire-2024-child-a-v2.md" in message
    assert leaks(site.site_dir, sentence.rstrip(".!"), whole=True) == []


def test_short_sentences_shared_with_published_text_or_pages_are_no_leak(site, caplog) -> None:
    """No false alarm: the embargoed version's headings, its short sentences shared with the
    published version ("No further action.") or with a hand-written page ("Thank you all."),
    and the template's labels are published; its one new sentence is not."""
    embargoed_new_version(site, "Thank you all. Trial set for May.")
    site.write("site_src/thanks.md", "# Thanks\n\nThank you all.\n")
    with caplog.at_level(logging.INFO):
        site_dir = site.build()
    page = (site_dir / "reviews" / "testshire-2024-child-a" / "index.html").read_text()
    assert "No further action." in page
    assert "Thank you all." in (site_dir / "thanks" / "index.html").read_text()
    assert not (site_dir / "reviews" / "testshire-2024-child-a-v2").exists()
    assert leaks(site_dir, "Trial set for May", whole=True) == []


@pytest.mark.parametrize(
    "written",
    [
        NAME,
        "Zebe**dee** Quennell",
        "[Zebedee](#family) Quennell",
        "Zebed&#101;e Quen\u00adnell",
        "Zebedee\nQuennell",
    ],
    ids=["plain", "emphasis", "link", "entity-soft-hyphen", "line-break"],
)
def test_a_finding_in_search_data_names_the_review(tmp_path, monkeypatch, written) -> None:
    """Search data shows report text plainly (lower case, markup gone): the finding still
    names the review and the line where the author wrote it, however it was written."""
    monkeypatch.chdir(tmp_path)
    review = tmp_path / "reviews" / "testshire-2024-child-q.md"
    review.parent.mkdir()
    review.write_text(review_text(BASE_BODY + f"\nShe lived with {written}.\n"), encoding="utf-8")
    site = tmp_path / "site" / "search" / "text" / "sections"
    site.mkdir(parents=True)
    (site / "7.json").write_text(
        json.dumps(["Findings", "findings", f"she lived with {NAME.lower()}"])
    )
    report = scan_site(
        tmp_path / "site",
        config=RedactionConfig(),
        register=Register.from_identifiers([NAME]),
        forbidden=[],
        origins=[str(tmp_path / "reviews" / "other.md"), str(review)],
    )
    (finding,) = [f for f in report.findings if f.rule == "identifier-register"]
    assert finding.file == "site/search/text/sections/7.json"
    expected = f"it comes from reviews/testshire-2024-child-q.md:{line_of(review, 'She lived')}"
    assert expected in finding.message
    assert "Quennell" not in finding.message + finding.excerpt


# Two learning points that each pass the source checks (each front matter value is read on its
# own), and that make a telephone number only side by side: the open data's CSV cell joins a
# review's learning points with line breaks, so the number exists only in the built site.
JOINED_POINTS = [
    "Outside office hours the mother could be reached on 0113",
    "496 0000 outside office hours.",
]


def test_a_join_of_two_checked_values_is_scanned(site, caplog) -> None:
    """A route the source checks cannot see: two values, each checked and passed, that form
    an identifier only where the site joins them (catalogue.csv). The output scan reads the
    joined cell and refuses it; an output scan that skipped text made of checked values
    would publish the number. The control build (points in the other order, so no number
    forms) passes: the values themselves are clean."""
    site.add_review(learning_points=list(reversed(JOINED_POINTS)))
    out = site.build()
    assert "0113" in (out / "catalogue.csv").read_text(encoding="utf-8")
    site.add_review(learning_points=JOINED_POINTS)
    message = build_failure(site, caplog)
    assert "output scan" in message and "phone-number" in message, message
    assert "site/catalogue.csv" in message
    assert "496 0000" not in message and "0113\n496" not in message
    assert not any(site.site_dir.iterdir())  # emptied: nothing published

"""Hidden content is refused: each kind is named with where it is, masked, and nothing is
written; no name from it reaches any file or the command's output."""

from __future__ import annotations

import pytest

from tests.importer.docgen import (
    SECRET_NAME,
    SECRET_SURNAME,
    Doc,
    complex_field,
    para,
    run,
)

DELETION = (
    f'<w:p>{run("The child lived with ")}<w:del w:id="1" w:author="Editor">'
    f"<w:r><w:delText>{SECRET_NAME}</w:delText></w:r></w:del>{run('her mother.')}</w:p>"
)
INSERTION = f'<w:p><w:ins w:id="2" w:author="Editor">{run(SECRET_NAME)}</w:ins></w:p>'
MOVE = (
    f'<w:p><w:moveFrom w:id="3" w:author="Editor">{run(SECRET_NAME)}</w:moveFrom></w:p>'
    f'<w:p><w:moveTo w:id="4" w:author="Editor">{run("moved")}</w:moveTo></w:p>'
)
FORMATTING = (
    '<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="Editor"><w:rPr/></w:rPrChange>'
    "</w:rPr><w:t>Now bold.</w:t></w:r></w:p>"
)
HIDDEN = para("Visible ", run(SECRET_NAME, "<w:vanish/>"), " text.")
XE_FIELD = para("Index entry", complex_field(f'XE "{SECRET_NAME}"'))
IF_FIELD = f'<w:p><w:fldSimple w:instr=\' IF 1 = 2 "{SECRET_NAME}" ""\'/></w:p>'
ADDIN_FIELD = para(
    complex_field(f'ADDIN ZOTERO_ITEM CSL_CITATION {{"author":"{SECRET_NAME}"}}', "(Author, 2020)")
)
QUOTED_LINK_TIP = para(
    complex_field(f'HYPERLINK "https://example.org" \\o "{SECRET_NAME}"', "link")
)

CASES = {
    "tracked deletion": DELETION,
    "tracked insertion": INSERTION,
    "tracked deletion ": MOVE,  # a move leaves its old text behind as a deletion
    "tracked formatting change": FORMATTING,
    "hidden text": HIDDEN,
    "field with hidden text (XE)": XE_FIELD,
    "field with hidden text (IF)": IF_FIELD,
    "field with hidden text (ADDIN)": ADDIN_FIELD,
    "screen tip": QUOTED_LINK_TIP,
}


def _refused(result, kind: str) -> None:
    assert result.code == 1, result.out + result.err
    assert f"  {kind}, " in result.err
    assert "Nothing was written" in result.err
    assert result.files == []
    assert SECRET_SURNAME not in result.everything()
    assert "Tamsin" not in result.everything()


@pytest.mark.parametrize("kind", list(CASES))
def test_each_kind_of_hidden_content_is_refused(run_import, kind: str) -> None:
    doc = Doc()
    doc.title("Child Q")
    doc.para("An ordinary paragraph.")
    doc.raw(CASES[kind])
    _refused(run_import(doc), kind.strip())


def test_the_message_says_where_masked_and_what_to_do(run_import) -> None:
    doc = Doc()
    doc.title("Child Q")
    doc.raw(DELETION)
    doc.raw(HIDDEN)
    result = run_import(doc)
    assert '  tracked deletion, paragraph 2: "T***** Q**********"' in result.err
    assert '  hidden text, paragraph 3: "T***** Q**********"' in result.err
    assert "Accept All Changes" in result.err and "clear Hidden" in result.err
    assert "Delete All Comments" not in result.err  # only the fixes this document needs


def test_comments_are_refused(run_import) -> None:
    doc = Doc()
    doc.title("Child Q")
    paragraph = doc.para("A paragraph someone commented on.")
    doc.document.add_comment(paragraph.runs, text=f"check with {SECRET_NAME}", author="R")
    result = run_import(doc)
    _refused(result, "comment")
    assert '  comment, paragraph 2: "c**** w*** T***** Q**********"' in result.err
    assert "Delete All Comments in Document" in result.err


def test_hidden_text_by_character_style_is_refused(run_import) -> None:
    doc = Doc()
    doc.title("Child Q")
    styles = doc.document.styles.element
    from lxml import etree

    from tests.importer.docgen import NSDECL

    styles.append(
        etree.fromstring(
            f'<w:style {NSDECL} w:type="character" w:styleId="Secret"><w:name w:val="Secret"/>'
            "<w:rPr><w:vanish/></w:rPr></w:style>"
        )
    )
    doc.raw(para("Shown ", run(SECRET_NAME, '<w:rStyle w:val="Secret"/>')))
    _refused(run_import(doc), "hidden text")


def test_hidden_content_in_headers_is_refused(run_import) -> None:
    doc = Doc()
    doc.title("Child Q")
    doc.para("Text.")
    header = doc.document.sections[0].header.paragraphs[0]
    header.add_run(SECRET_NAME).font.hidden = True
    result = run_import(doc)
    _refused(result, "hidden text")
    assert '  hidden text, header: "T***** Q**********"' in result.err


def test_deleted_text_in_a_footnote_is_refused(run_import) -> None:
    doc = Doc()
    doc.title("Child Q")
    deleted = (
        f'<w:del w:id="9" w:author="E"><w:r><w:delText>{SECRET_NAME}</w:delText></w:r></w:del>'
    )
    doc.raw(f"<w:p>{run('Text')}{doc.footnote('', xml=run(' Source: ') + deleted)}</w:p>")
    result = run_import(doc)
    _refused(result, "tracked deletion")
    assert '  tracked deletion, footnote 1: "T***** Q**********"' in result.err


def test_structural_fields_and_page_numbers_are_not_hidden_content(run_import) -> None:
    doc = Doc()
    doc.title("Child Q")
    doc.raw(para("Page ", complex_field("PAGE", "3"), " of ", complex_field("NUMPAGES", "60")))
    doc.raw(para(complex_field("SEQ Table \\* ARABIC", "1")))
    result = run_import(doc)
    assert result.code == 0, result.err


def test_document_properties_are_dropped_and_said_so(run_import) -> None:
    from tests.importer.docgen import PROPERTY_NAME

    doc = Doc()
    doc.title("Child Q")
    doc.properties()
    doc.para("Text.")
    result = run_import(doc)
    assert result.code == 0, result.err
    assert "document properties dropped (never written anywhere): author, last modified by" in (
        result.out
    )
    assert PROPERTY_NAME.split()[1] not in result.everything()


def test_pages_are_given_when_word_recorded_them(run_import) -> None:
    doc = Doc()
    doc.title("Child Q")
    doc.raw(para("Page one text."))
    doc.raw("<w:p><w:r><w:lastRenderedPageBreak/><w:t>Page two starts.</w:t></w:r></w:p>")
    doc.raw(HIDDEN)
    result = run_import(doc)
    assert '  hidden text, page 2, paragraph 4: "T***** Q**********"' in result.err


def test_control_characters_never_reach_the_terminal(run_import) -> None:
    # XML refuses ESC, but allows NEL and the bidirectional overrides that reorder a line.
    doc = Doc()
    doc.title("Child Q")
    doc.raw(para("Shown ", run("\u202eeman\x85next", "<w:vanish/>")))
    result = run_import(doc)
    assert result.code == 1
    assert "\u202e" not in result.err and "\x85" not in result.err


def test_citation_fields_say_how_to_unlink_them(run_import) -> None:
    doc = Doc()
    doc.title("Child Q")
    doc.raw(ADDIN_FIELD)
    result = run_import(doc)
    assert result.code == 1 and "Unlink Citations" in result.err and "Ctrl+Shift+F9" in result.err


def test_a_comment_on_a_footnote_says_which_footnote(run_import) -> None:
    doc = Doc()
    doc.title("Child Q")
    doc.para("Body.")
    anchored = (
        '<w:commentRangeStart w:id="7"/>' + run(" Source.") + '<w:commentRangeEnd w:id="7"/>'
        '<w:r><w:commentReference w:id="7"/></w:r>'
    )
    doc.raw(f"<w:p>{run('Claim')}{doc.footnote('', xml=anchored)}</w:p>")
    paragraph = doc.para("Another.")
    doc.document.add_comment(paragraph.runs, text="first", author="R")  # makes the part
    from lxml import etree

    from tests.importer.docgen import NSDECL

    part = doc.document.part._comments_part
    part.element.append(
        etree.fromstring(
            f'<w:comment {NSDECL} w:id="7" w:author="R"><w:p>{run("ask " + SECRET_NAME)}</w:p>'
            "</w:comment>"
        )
    )
    result = run_import(doc)
    _refused(result, "comment")
    assert '  comment, footnote 1: "a** T***** Q**********"' in result.err

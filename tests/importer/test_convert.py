"""Fidelity: each Word construct converts to the Markdown expected (one test per construct)."""

from __future__ import annotations

import yaml

from tests.importer.docgen import (
    Doc,
    complex_field,
    numbered,
    para,
    run,
)


def _doc(title: str = "Child Q: missed appointments") -> Doc:
    doc = Doc()
    doc.title(title)
    return doc


def test_title_becomes_the_review_title_and_leaves_the_body(run_import) -> None:
    doc = _doc('Child Q: "missed" appointments & neglect')
    doc.para("First paragraph.")
    result = run_import(doc)
    assert result.code == 0, result.err
    front = yaml.safe_load(result.source.split("\n---\n", 1)[0].removeprefix("---\n"))
    assert front["title"] == 'Child Q: "missed" appointments & neglect'
    assert front["status"] == "draft"
    assert result.body == "First paragraph.\n"


def test_heading_levels_are_kept_relative_to_the_top_one(run_import) -> None:
    doc = _doc()
    doc.heading("Background", 2)
    doc.para("Text.")
    doc.heading("Early years", 3)
    doc.heading("Analysis", 2)
    doc.heading("Deep", 5)
    result = run_import(doc)
    assert result.body == (
        "## Background\n\nText.\n\n### Early years\n\n## Analysis\n\n##### Deep\n"
    )


def test_numbered_paragraphs_keep_their_numbers_as_text(run_import) -> None:
    doc = _doc()
    chapters = doc.multilevel_numbering(["%1", "%1.%2"], start=4)
    doc.raw(para("Analysis", style="Heading1", ppr=numbered(chapters, 0)))
    for index in range(1, 13):
        doc.raw(para(f"Finding {index}.", ppr=numbered(chapters, 1)))
    doc.raw(para("Recommendations", style="Heading1", ppr=numbered(chapters, 0)))
    doc.raw(para("First.", ppr=numbered(chapters, 1)))
    body = run_import(doc).body
    assert body.startswith("## 4 Analysis\n\n4.1 Finding 1.\n\n4.2 Finding 2.\n")
    assert "\n\n4.12 Finding 12.\n\n## 5 Recommendations\n\n5.1 First.\n" in body


def test_single_level_numbers_that_do_not_start_at_one_stay_text(run_import) -> None:
    # Paragraphs numbered through the whole report: after a heading they go on at 3, 4 ...
    # Markdown would renumber a list from 1, so the numbers are written as text.
    doc = _doc()
    paras = doc.multilevel_numbering(["%1."])
    doc.heading("Introduction", 1)
    doc.raw(para("One.", ppr=numbered(paras)))
    doc.raw(para("Two.", ppr=numbered(paras)))
    doc.heading("Method", 1)
    doc.raw(para("Three.", ppr=numbered(paras)))
    doc.raw(para("Four.", ppr=numbered(paras)))
    assert run_import(doc).body == (
        "## Introduction\n\n1. One.\n2. Two.\n\n## Method\n\n3\\. Three.\n\n4\\. Four.\n"
    )


def test_bulleted_lists_nest_by_level(run_import) -> None:
    doc = _doc()
    bullets = doc.bullet_numbering()
    doc.para("Agencies involved:")
    doc.raw(para("Health visiting", ppr=numbered(bullets, 0)))
    doc.raw(para("Universal service", ppr=numbered(bullets, 1)))
    doc.raw(para("Targeted service", ppr=numbered(bullets, 2)))
    doc.raw(para("Police", ppr=numbered(bullets, 0)))
    doc.para("After the list.")
    assert run_import(doc).body == (
        "Agencies involved:\n\n- Health visiting\n    - Universal service\n"
        "        - Targeted service\n- Police\n\nAfter the list.\n"
    )


def test_numbered_lists_become_ordered_lists(run_import) -> None:
    doc = _doc()
    doc.para("Steps:")
    for step in ("Refer", "Assess", "Review"):
        doc.para(step, style="List Number")
    assert run_import(doc).body == "Steps:\n\n1. Refer\n2. Assess\n3. Review\n"


def test_bold_italic_and_character_styles(run_import) -> None:
    doc = _doc()
    doc.raw(
        para(
            run("Bold", "<w:b/>"),
            " then ",
            run("italic", "<w:i/>"),
            " then ",
            run("both", "<w:b/><w:i/>"),
            " and ",
            run("strong style", '<w:rStyle w:val="Strong"/>'),
            " and ",
            run("not bold", '<w:b w:val="0"/>'),
            ".",
        )
    )
    assert run_import(doc).body == (
        "**Bold** then *italic* then ***both*** and **strong style** and not bold.\n"
    )


def test_hyperlinks_external_field_and_internal(run_import) -> None:
    doc = _doc()
    link = doc.hyperlink("https://example.org/guidance", "the guidance")
    doc.raw(para("Read ", link, " now."))
    doc.raw(
        para(
            "See ",
            complex_field('HYPERLINK "https://example.org/a b"', "the field link"),
            ".",
        )
    )
    doc.raw(para('<w:hyperlink w:anchor="_Toc1"><w:r><w:t>section 2</w:t></w:r></w:hyperlink>'))
    assert run_import(doc).body == (
        "Read [the guidance](https://example.org/guidance) now.\n\n"
        "See [the field link](https://example.org/a%20b).\n\nsection 2\n"
    )


def test_links_to_local_files_are_kept_as_text_and_reported(run_import) -> None:
    doc = _doc()
    doc.raw(para(doc.hyperlink("file:///C:/Users/someone/case.docx", "the chronology")))
    result = run_import(doc)
    assert result.body == "the chronology\n"
    assert "link to a file or unusual address: kept as text" in result.out
    assert "Users" not in result.everything()


def test_footnotes_and_endnotes_become_markdown_footnotes(run_import) -> None:
    doc = _doc()
    doc.raw(
        f"<w:p>{run('The policy')}{doc.footnote('Working Together 2023, chapter 4.')}"
        f"{run(' was followed')}{doc.endnote('As the review found.')}{run('.')}</w:p>"
    )
    doc.raw(f"<w:p>{run('Again')}{doc.footnote('Second note.')}</w:p>")
    assert run_import(doc).body == (
        "The policy[^1] was followed[^2].\n\nAgain[^3]\n\n"
        "[^1]: Working Together 2023, chapter 4.\n\n[^2]: As the review found.\n\n"
        "[^3]: Second note.\n"
    )


def test_tables_become_markdown_tables(run_import) -> None:
    doc = _doc()
    table = doc.document.add_table(rows=3, cols=3)
    rows = [
        ("Date", "Agency", "Event"),
        ("March 2023", "GP", "Missed | appointment"),
        ("April 2023", "School", "Referral"),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    result = run_import(doc)
    assert result.body == (
        "| Date | Agency | Event |\n| --- | --- | --- |\n"
        "| March 2023 | GP | Missed \\| appointment |\n| April 2023 | School | Referral |\n"
    )
    assert "merged" not in result.out


def test_merged_cells_are_flattened_and_reported(run_import) -> None:
    doc = _doc()
    table = doc.document.add_table(rows=3, cols=3)
    for c, value in enumerate(("Date", "Agency", "Event")):
        table.cell(0, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Spring 2023"  # vertical
    table.cell(1, 1).text = "GP"
    table.cell(1, 2).text = "Visit"
    table.cell(2, 1).merge(table.cell(2, 2)).text = "Strategy meeting, all agencies"  # horizontal
    result = run_import(doc)
    assert result.body == (
        "| Date | Agency | Event |\n| --- | --- | --- |\n"
        "| Spring 2023 | GP | Visit |\n|  | Strategy meeting, all agencies |  |\n"
    )
    assert "table with merged cells: flattened (2 covered cell(s) left empty" in result.out


def test_cells_with_several_paragraphs_and_bullets(run_import) -> None:
    doc = _doc()
    bullets = doc.bullet_numbering()
    doc.raw(
        "<w:tbl><w:tr><w:tc>"
        + para("Head A")
        + "</w:tc><w:tc>"
        + para("Head B")
        + "</w:tc></w:tr><w:tr><w:tc>"
        + para("Line one")
        + para("Line two")
        + "</w:tc><w:tc>"
        + para("Point", ppr=numbered(bullets))
        + "</w:tc></w:tr></w:tbl>"
    )
    assert run_import(doc).body == (
        "| Head A | Head B |\n| --- | --- |\n| Line one<br>Line two | • Point |\n"
    )


def test_one_cell_table_is_a_quoted_box(run_import) -> None:
    doc = _doc()
    doc.raw(
        "<w:tbl><w:tr><w:tc>"
        + para(run("Learning point", "<w:b/>"))
        + para("Ask who else lives in the home.")
        + "</w:tc></w:tr></w:tbl>"
    )
    assert run_import(doc).body == "> **Learning point**\n>\n> Ask who else lives in the home.\n"


def test_quote_style_is_a_blockquote(run_import) -> None:
    doc = _doc()
    doc.para("Nobody asked me what I wanted.", style="Quote")
    assert run_import(doc).body == "> Nobody asked me what I wanted.\n"


def test_text_that_looks_like_markdown_or_html_is_escaped(run_import) -> None:
    doc = _doc()
    doc.para("# not a heading")
    doc.para("- not a bullet")
    doc.para("1. not a list")
    doc.para("<script>alert(1)</script> and a_b *c* [d](e) `f` &amp;")
    assert run_import(doc).body == (
        "\\# not a heading\n\n\\- not a bullet\n\n1\\. not a list\n\n"
        "&lt;script>alert(1)&lt;/script> and a\\_b \\*c\\* \\[d\\](e) \\`f\\` &amp;amp;\n"
    )


def test_line_breaks_tabs_and_spacing(run_import) -> None:
    doc = _doc()
    doc.raw(
        "<w:p>"
        + run("Line one")
        + "<w:r><w:br/></w:r>"
        + run("Line  two")
        + "<w:r><w:tab/></w:r>"
        + run("after tab")
        + '<w:r><w:br w:type="page"/></w:r></w:p>'
    )
    assert run_import(doc).body == "Line one  \nLine two after tab\n"


def test_structural_fields_show_their_result(run_import) -> None:
    doc = _doc()
    doc.raw(
        para(
            "See paragraph ",
            complex_field("REF _Ref12 \\h", "4.2"),
            " on page ",
            complex_field("PAGEREF _Ref12 \\h", "7"),
            ".",
        )
    )
    result = run_import(doc)
    assert result.code == 0, result.err
    assert result.body == "See paragraph 4.2 on page 7.\n"


def test_table_of_contents_is_left_out_and_reported(run_import) -> None:
    doc = _doc()
    doc.raw(
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run("Introduction 1")
        + "</w:p>"
        + para("Analysis 4")
        + '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    doc.heading("Introduction", 1)
    result = run_import(doc)
    assert result.body == "## Introduction\n"
    assert "table of contents: not imported" in result.out


def test_same_input_gives_the_same_output(run_import, tmp_path) -> None:
    doc = _doc()
    doc.heading("Background", 1)
    doc.para("Text.")
    path = doc.save(tmp_path / "same.docx")
    result = run_import(path, review_id="one")
    run_import(path, review_id="two")
    first = (result.reviews / "one.md").read_text(encoding="utf-8")
    second = (result.reviews / "two.md").read_text(encoding="utf-8")
    assert first.replace("id: one", "id: X") == second.replace("id: two", "id: X")


def test_list_styles_numbered_2_and_3_nest(run_import) -> None:
    doc = _doc()
    doc.para("Top", style="List Bullet")
    doc.para("Inner", style="List Bullet 2")
    doc.para("Innermost", style="List Bullet 3")
    assert run_import(doc).body == "- Top\n    - Inner\n        - Innermost\n"


def test_a_footnote_of_several_paragraphs_stays_one_footnote(run_import) -> None:
    doc = _doc()
    note = run(" First part.") + "</w:p><w:p>" + run("Second part.")
    doc.raw(f"<w:p>{run('Claim')}{doc.footnote('', xml=note)}</w:p>")
    assert run_import(doc).body == "Claim[^1]\n\n[^1]: First part.\n\n    Second part.\n"


def test_a_link_in_a_footnote_uses_the_notes_relationships(run_import) -> None:
    doc = _doc()
    doc.hyperlink("https://example.org/wrong", "body link")  # rId1 of the body: not this one
    note = run(" See ") + doc.note_hyperlink("https://example.org/note", "the guidance")
    doc.raw(f"<w:p>{run('Claim')}{doc.footnote('', xml=note)}</w:p>")
    assert run_import(doc).body == (
        "Claim[^1]\n\n[^1]: See [the guidance](https://example.org/note)\n"
    )


def test_struck_through_text_is_kept_and_reported(run_import) -> None:
    doc = _doc()
    doc.raw(para("Today: ", run("cancelled", "<w:strike/>")))
    result = run_import(doc)
    assert result.body == "Today: cancelled\n"
    assert "struck-through text: kept as plain text" in result.out


def test_empty_tables_and_empty_boxes_leave_nothing(run_import) -> None:
    doc = _doc()
    doc.para("Before.")
    doc.document.add_table(rows=2, cols=3)  # a layout table never filled in
    doc.document.add_table(rows=1, cols=1)
    doc.para("After.")
    assert run_import(doc).body == "Before.\n\nAfter.\n"


def test_a_drop_cap_starts_its_paragraph(run_import) -> None:
    doc = _doc()
    doc.raw(para("T", ppr='<w:framePr w:dropCap="drop" w:lines="3"/>') + para("he review began."))
    assert run_import(doc).body == "The review began.\n"


def test_a_hyperlink_field_location_becomes_the_fragment(run_import) -> None:
    doc = _doc()
    doc.raw(para(complex_field('HYPERLINK "https://example.org/guide" \\l "part-2"', "part 2")))
    assert run_import(doc).body == "[part 2](https://example.org/guide#part-2)\n"


def test_a_title_over_two_lines_is_one_title(run_import) -> None:
    doc = Doc()
    doc.raw(para(run("Child Q:"), "<w:r><w:br/></w:r>", run("missed appointments"), style="Title"))
    doc.para("Text.")
    result = run_import(doc, review_id=None)
    assert result.code == 0, result.err
    assert '\ntitle: "Child Q: missed appointments"' in result.source
    assert result.files[0].name == "child-q-missed-appointments.md"


def test_touching_runs_of_different_emphasis_stay_valid_markdown(run_import) -> None:
    doc = _doc()
    doc.raw(
        para(
            run("Very", "<w:b/>"),
            run("important", "<w:b/><w:i/>"),
            " and ",
            run("bold ", "<w:b/>"),
            run("both", "<w:b/><w:i/>"),
        )
    )
    body = run_import(doc).body
    assert body == "**Very*****important*** and **bold** ***both***\n"
    import markdown

    assert markdown.markdown(body) == (
        "<p><strong>Very</strong><strong><em>important</em></strong> and "
        "<strong>bold</strong> <strong><em>both</em></strong></p>"
    )

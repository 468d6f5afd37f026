"""The command: exit codes, nothing written on failure, the checks run on the new file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.importer.docgen import Doc


def _doc(title: str | None = "Child Q: missed appointments and neglect") -> Doc:
    doc = Doc()
    if title:
        doc.title(title)
    doc.heading("Introduction", 1)
    doc.para("The review was commissioned in 2024.")
    return doc


def test_import_writes_the_review_and_validates_it(run_import) -> None:
    result = run_import(_doc(), review_id=None)
    assert result.code == 0, result.err
    target = result.reviews / "child-q-missed-appointments-and-neglect.md"
    assert target.exists()
    assert f"imported {result.reviews.parent / 'report.docx'} -> {target}" in result.out
    # validate runs on the new file: the template's example prose is for the author to
    # replace, and it says so field by field; the title came from the document.
    assert f"validate {target}" in result.out
    assert "partnership: 'Name of the Safeguarding Partnership' is the template's placeholder" in (
        result.out
    )
    assert ": title:" not in result.out
    assert "1 file(s) checked: 0 error(s)" in result.out
    source = target.read_text(encoding="utf-8")
    assert source.startswith("---\n# Imported from a Word document")
    # Every field of the `review-library new` template is there for the author to fill in.
    for field in ("review_type: lcspr", "nation: england", "published:", "themes:", "author:"):
        assert f"\n{field}" in source
    assert "\nstatus: draft" in source
    assert "report.docx" not in source  # a file name can hold a name: never written


def test_check_findings_are_printed_masked(run_import) -> None:
    doc = _doc()
    doc.para("The family lived at 14 Larkspur Road, Northshire NS4 7QT.")
    result = run_import(doc)
    assert result.code == 0, result.err
    assert "uk-postcode" in result.out
    assert "N** 7**" in result.out
    assert "NS4 7QT" not in result.out
    assert "Fix these in the Markdown" in result.out


def test_missing_and_unreadable_files_exit_2(run_import, tmp_path: Path) -> None:
    missing = run_import(tmp_path / "nope.docx")
    assert missing.code == 2 and "no such file" in missing.err
    text = tmp_path / "notes.docx"
    text.write_text("not a zip", encoding="utf-8")
    bad = run_import(text)
    assert bad.code == 2 and "not a .docx file" in bad.err
    assert missing.files == [] and bad.files == []


def test_a_zip_that_is_not_a_word_document_exits_2(run_import, tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    result = run_import(path)
    assert result.code == 2 and "not a Word .docx document" in result.err


def test_usage_errors_exit_2_and_write_nothing(run_import) -> None:
    bad_id = run_import(_doc(), review_id="Not A Slug")
    assert bad_id.code == 2 and "is not a valid id" in bad_id.err
    no_title = run_import(_doc(title=None), review_id=None)
    assert no_title.code == 2 and "give one with --id" in no_title.err
    assert bad_id.files == [] and no_title.files == []


def test_an_existing_review_is_never_overwritten(run_import) -> None:
    first = run_import(_doc())
    assert first.code == 0
    before = first.source
    again = run_import(_doc("Other title"))
    assert again.code == 2 and "already exists" in again.err
    assert again.source == before


def test_a_failed_write_leaves_nothing_behind(run_import, monkeypatch) -> None:
    from tests.importer.docgen import png_with_metadata

    doc = _doc()
    doc.picture(png_with_metadata(), "Chart")

    def fail(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    result = run_import(doc)
    assert result.code == 2 and "nothing was written" in result.err
    assert result.files == []
    assert not (result.reviews / "child-q").exists()


def test_written_files_have_ordinary_permissions(run_import) -> None:
    from tests.importer.docgen import png_with_metadata

    doc = _doc()
    doc.picture(png_with_metadata(), "Chart")
    result = run_import(doc)
    umask = os.umask(0o022)
    os.umask(umask)
    for path in [*result.files, result.reviews / "child-q"]:
        expected = (0o777 if path.is_dir() else 0o666) & ~umask
        assert path.stat().st_mode & 0o777 == expected, path


@pytest.mark.parametrize("argv", [["import"], ["import", "a.docx", "--bogus"]])
def test_bad_arguments_exit_2(argv: list[str], capsys) -> None:
    from review_library.cli import main

    assert main(argv) == 2


def test_a_damaged_document_exits_2(run_import, tmp_path: Path) -> None:
    import zipfile

    good = _doc().save(tmp_path / "good.docx")
    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]  # cut off mid-element
            target.writestr(item, data)
    result = run_import(damaged)
    assert result.code == 2 and "damaged" in result.err
    assert "Traceback" not in result.err and result.files == []


def test_an_unexpected_failure_exits_1_without_quoting_the_document(run_import, monkeypatch):
    from review_library.importer import convert

    def broken(*_args, **_kwargs):
        raise ValueError("Tamsin Quellwright")  # an exception message can quote the text

    monkeypatch.setattr(convert, "convert", broken)
    result = run_import(_doc())
    assert result.code == 1
    assert "could not be converted (internal error: ValueError" in result.err
    assert "Quellwright" not in result.err and result.files == []


def test_without_a_title_the_id_is_needed_and_the_title_stays_to_fill_in(run_import) -> None:
    result = run_import(_doc(title=None), review_id="northshire-2025-child-r")
    assert result.code == 0, result.err
    assert "no paragraph in Word's Title style: `title` is the template's example" in result.out
    assert '\ntitle: "Child X: what the review was about"' in result.source


def test_the_readme_sample_imports_cleanly(run_import, tmp_path: Path) -> None:
    from tests.importer.sample import make_sample

    result = run_import(make_sample(tmp_path / "sample.docx"), review_id=None)
    assert result.code == 0, result.err
    assert "1.1 This review was commissioned" in result.body
    assert "| Summer 2023 | Strategy discussion with all agencies. |  |" in result.body
    for listed in ("table with merged cells", "text box", "headers (1)"):
        assert listed in result.out
    assert "placeholder" in result.out and "0 error(s)" in result.out


def test_an_id_already_declared_by_another_file_is_refused(run_import) -> None:
    first = run_import(_doc(), review_id="child-q")
    assert first.code == 0
    (first.reviews / "child-q.md").rename(first.reviews / "renamed.md")  # same id inside
    again = run_import(_doc(), review_id="child-q")
    assert again.code == 2 and "already used by" in again.err and "renamed.md" in again.err
    assert sorted(p.name for p in again.files) == ["renamed.md"]


def test_an_implausibly_compressed_part_is_refused_before_it_is_inflated(
    run_import, tmp_path: Path
) -> None:
    import zipfile

    good = _doc().save(tmp_path / "good.docx")
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item, source.read(item))
        out.writestr("word/media/huge.png", b"\0" * (24 * 2**20))
    result = run_import(bomb)
    assert result.code == 2 and "implausibly compressed" in result.err
    assert result.files == []


def test_strict_open_xml_is_refused_with_what_to_do(run_import, tmp_path: Path) -> None:
    import zipfile

    good = _doc().save(tmp_path / "good.docx")
    strict = tmp_path / "strict.docx"
    transitional = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(strict, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "_rels/.rels":
                data = data.replace(
                    transitional + b"officeDocument",
                    b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
                )
            out.writestr(item, data)
    result = run_import(strict)
    assert result.code == 2 and "Strict Open XML" in result.err and result.files == []


def test_the_checks_use_the_identifier_register_named_by_the_environment(
    run_import, tmp_path: Path, monkeypatch
) -> None:
    register = tmp_path / "private" / "identifiers.yml"
    register.parent.mkdir()
    register.write_text("identifiers: [Larkspur]\n", encoding="utf-8")
    monkeypatch.setenv("REVIEW_LIBRARY_IDENTIFIERS", str(register))
    doc = _doc()
    doc.para("The family moved to Larkspur in the spring.")
    result = run_import(doc)
    assert result.code == 0, result.err
    assert "[identifier-register]" in result.out and "L*******" in result.out
    assert "Larkspur" not in result.out


def test_a_broken_register_setting_is_reported_after_the_import(run_import, monkeypatch) -> None:
    monkeypatch.setenv("REVIEW_LIBRARY_REGISTER", "/nonexistent/register.json")
    result = run_import(_doc())
    assert result.code == 0 and result.files
    assert "not run: identifier register" in result.out

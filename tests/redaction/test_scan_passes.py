"""The output scan reads the new pieces of several files in one pass of the rules
(``OutputScanner.scan_many``): each file's scan must be what scanning it alone gives, with an
identifier in any file of a pass, at any place of a pass's bounds, and when the memo of text
already read is emptied in the middle of a batch."""

from __future__ import annotations

import pytest

import review_library.redaction.output_scan as output_scan
from review_library.redaction.config import RedactionConfig

CONFIG = RedactionConfig()
PHONE = "07700 900123"
NHS = "943 476 5919"


def _pages() -> list[tuple[str, str, str]]:
    """(shown, suffix, content) of small pages, an identifier on some of them: the first
    page, one in the middle, the last, and one whose only new piece holds it."""
    pages = []
    for number in range(12):
        words = f"Practitioners met {number} times to talk about the plan for page {number}."
        if number == 0:
            words += f" The family rang {PHONE} about it."
        if number == 5:
            words += f" The child's NHS number {NHS} was on the letter."
        paragraphs = [f"<p>{words}</p>", "<nav>Home Reviews Themes</nav>"]
        if number == 8:
            paragraphs.append(f"<p>Call {PHONE}.</p>")
        if number == 11:
            paragraphs.append(f"<p>NHS number: {NHS}</p>")
        html = f"<html><body>{''.join(paragraphs)}</body></html>"
        pages.append((f"site/page{number}/index.html", ".html", html))
    return pages


def _scanner() -> output_scan.OutputScanner:
    return output_scan.OutputScanner(config=CONFIG, register=None, forbidden=[])


def _seen(scans) -> list[tuple]:
    return [
        (scan.shown, sorted((f.line, f.column, f.rule, f.excerpt) for f in scan.findings))
        for scan in scans
    ]


def _alone() -> list[tuple]:
    return _seen(
        _scanner().scan_output(content, suffix, shown) for shown, suffix, content in _pages()
    )


def test_one_pass_of_the_rules_for_several_pages(monkeypatch):
    passes = []
    original = output_scan.find_hits

    def counted(text, **options):
        passes.append(text)
        return original(text, **options)

    monkeypatch.setattr(output_scan, "find_hits", counted)
    scans = _scanner().scan_many(_pages())
    assert len(passes) == 1  # a file at a time: 12 passes
    assert _seen(scans) == _alone()
    found = {scan.shown: {f.rule for f in scan.findings} for scan in scans}
    assert "phone-number" in found["site/page0/index.html"]
    assert "phone-number" in found["site/page8/index.html"]
    assert "nhs-number" in found["site/page5/index.html"]
    assert "nhs-number" in found["site/page11/index.html"]


@pytest.mark.parametrize(("pieces", "chars"), [(1, 10**9), (2, 10**9), (3, 60), (1000, 1)])
def test_passes_of_any_bounds_find_the_same(monkeypatch, pieces, chars):
    monkeypatch.setattr(output_scan, "_RULES_PIECES", pieces)
    monkeypatch.setattr(output_scan, "_RULES_CHARS", chars)
    assert _seen(_scanner().scan_many(_pages())) == _alone()


def test_memo_emptied_within_a_batch(monkeypatch):
    # A file's pieces found in the memo must still be there when the file is scanned: the
    # memo is emptied only before a file is looked up, never between look-up and scan.
    monkeypatch.setattr(output_scan, "_MEMO_LIMIT", 3)
    monkeypatch.setattr(output_scan, "_RULES_PIECES", 4)
    assert _seen(_scanner().scan_many(_pages())) == _alone()


def test_unreadable_and_missing_files_keep_their_place(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(f"<p>Ring {PHONE}</p>", encoding="utf-8")
    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\x00\x01")
    items = [
        ("a.html", str(page), None),
        ("b.bin", str(binary), None),
        ("gone.html", str(tmp_path / "gone.html"), None),
        ("c.html", ".html", f"<p>NHS {NHS}</p>"),
    ]
    scans = _scanner().scan_many(items)
    assert scans[2] is None
    assert [s.shown for s in scans if s is not None] == ["a.html", "b.bin", "c.html"]
    assert {f.rule for f in scans[0].findings} == {"phone-number"}
    assert {f.rule for f in scans[1].findings} == {output_scan.METADATA_RULE}
    assert "nhs-number" in {f.rule for f in scans[3].findings}

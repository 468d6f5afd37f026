"""check_text / check_file: front matter at its own lines, allowances and suppressions,
broken YAML, encodings and line endings, and the example library."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_library.frontmatter import SourceError
from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_file, check_paths, check_text
from review_library.redaction.register import Register

ROOT = Path(__file__).resolve().parents[2]
CONFIG = RedactionConfig()

REVIEW = """\
---
id: testshire-2024-child-a
title: "Child A: missed appointments"
subject: "Child A"
pseudonyms: ["Child A", "Mother", "Arthur"]
partnership: "Oakfield Safeguarding Children Partnership"
author: "Harriet Ashdown"
summary: >
  Child A lived with Mother. The family
  lived in NX1 4QT and Arthur visited.
learning_points:
  - "Kayden Morris was not seen."
redaction:
  allow:
    - text: "0161 496 0000"
      rule: phone-number
      reason: "the partnership's public switchboard"
---
# Review

Harriet Ashdown led the review for Oakfield Safeguarding Children Partnership.
Call the partnership on 0161 496 0000. Arthur's school changed.
"""


def report_of(text: str, register: Register | None = None):
    return check_text(text, "reviews/a.md", config=CONFIG, register=register)


def test_front_matter_values_at_their_own_lines() -> None:
    report = report_of(REVIEW)
    where = {(f.rule, f.line, f.column) for f in report.findings}
    assert ("uk-postcode", 10, 12) in where
    assert ("person-name", 12, 6) in where
    assert len(report.findings) == 2, report.findings


def test_allowances_become_suppressions() -> None:
    report = report_of(REVIEW)
    kinds = {(s.kind, s.rule, s.line) for s in report.suppressions}
    assert ("allow", "phone-number", 22) in kinds
    assert ("pseudonym", "person-name", 22) in kinds  # Arthur's
    assert ("author", "person-name", 21) in kinds
    reasons = {s.reason for s in report.suppressions}
    assert "the partnership's public switchboard" in reasons
    assert all("0161" not in s.text_masked for s in report.suppressions)


def test_allow_without_reason_silences_nothing() -> None:
    text = REVIEW.replace('      reason: "the partnership\'s public switchboard"\n', "")
    report = report_of(text)
    assert any(f.rule == "phone-number" and f.line == 21 for f in report.findings)


def test_allow_is_scoped_to_its_rule() -> None:
    text = REVIEW.replace("rule: phone-number", "rule: email")
    assert any(f.rule == "phone-number" for f in report_of(text).findings)


def test_partnership_anonymised_is_checked() -> None:
    text = REVIEW.replace("redaction:\n", "redaction:\n  partnership_anonymised: true\n")
    report = report_of(text)
    # The partnership name is no longer allowed: its place name is now a finding.
    assert any(f.rule == "named-institution" or f.rule == "person-name" for f in report.findings)
    assert not any(s.kind == "partnership" for s in report.suppressions)


def test_named_people_allow_a_real_name_and_are_listed() -> None:
    text = REVIEW.replace(
        "redaction:\n",
        'redaction:\n  named_people:\n    - name: "Kayden Morris"\n      reason: "family asked for his name"\n',
    )
    report = report_of(text)
    assert not any(f.rule == "person-name" for f in report.findings)
    assert any(
        s.kind == "named_people" and s.reason == "family asked for his name"
        for s in report.suppressions
    )


def test_pseudonym_that_looks_like_a_full_name() -> None:
    text = REVIEW.replace('"Arthur"]', '"Arthur", "Tyler Brennan"]')
    report = report_of(text)
    (finding,) = [f for f in report.findings if f.line == 5]
    assert finding.rule == "person-name" and "pseudonym" in finding.message
    assert finding.excerpt == "T**** B******"


def test_pseudonym_of_two_everyday_words_is_still_a_full_name() -> None:
    # "Jade" and "Moss" are English words too; together they are a first name and a surname
    text = REVIEW.replace('"Arthur"]', '"Arthur", "Jade Moss"]')
    report = report_of(text)
    (finding,) = [f for f in report.findings if f.line == 5]
    assert finding.rule == "person-name" and "pseudonym" in finding.message


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ('subject: "Child A"', 'subject: "Jade Moss"', 4),  # a full name only as the subject
        ('subject: "Child A"', 'subject: "Riley"', 4),  # a first name no pseudonym declares
        ('title: "Child A: missed', 'title: "Riley: missed', 3),  # the title's head
    ],
)
def test_a_name_given_only_as_subject_or_title_head_allows_nothing(
    old: str, new: str, line: int
) -> None:
    report = report_of(REVIEW.replace(old, new))
    assert any(
        f.rule == "person-name" and f.line == line and "no pseudonym declares" in f.message
        for f in report.findings
    ), report.findings


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('subject: "Child A"', 'subject: "Arthur"'),  # a declared single first name
        ('subject: "Child A"', 'subject: "Adult B"'),  # a label
        ('title: "Child A: missed', 'title: "Neglect: missed'),  # a word, not a name
        ('title: "Child A: missed', 'title: "Arthur: missed'),  # declared
    ],
)
def test_a_declared_or_label_subject_passes(old: str, new: str) -> None:
    report = report_of(REVIEW.replace(old, new))
    assert not any("no pseudonym declares" in f.message for f in report.findings)


def test_invalid_yaml_front_matter_is_scanned_as_text() -> None:
    text = "---\ntitle: Kayden Morris: a review\nsummary: [unclosed\n---\nBody NX1 4QT.\n"
    report = report_of(text)
    assert {(f.rule, f.line) for f in report.findings} == {("person-name", 2), ("uk-postcode", 5)}


def test_unclosed_front_matter_is_scanned_as_text() -> None:
    report = report_of("---\ntitle: x\nKayden Morris lived in NX1 4QT.\n")
    assert {(f.rule, f.line) for f in report.findings} == {("person-name", 3), ("uk-postcode", 3)}


def test_schema_invalid_front_matter_is_still_scanned() -> None:
    text = "---\nunknown_field: Kayden Morris\nstatus: 12 Acacia Avenue\n---\n"
    report = report_of(text)
    assert {(f.rule, f.line) for f in report.findings} == {
        ("person-name", 2),
        ("street-address", 3),
    }


def test_structural_fields_are_not_prose() -> None:
    text = "---\npublished: 2024-03-14\nupdated: 2024-09-01\nregion: north-west\n---\n"
    assert report_of(text).findings == []


def test_bom_and_crlf_keep_line_numbers(tmp_path) -> None:
    path = tmp_path / "r.md"
    path.write_bytes(("\ufeff---\r\ntitle: x\r\n---\r\n\r\nKayden lived in NX1 4QT.\r\n").encode())
    report = check_file(path, "r.md", config=CONFIG)
    assert {(f.rule, f.line, f.column) for f in report.findings} == {
        ("person-name", 5, 1),
        ("uk-postcode", 5, 17),
    }


@pytest.mark.parametrize(
    ("content", "message"), [(b"caf\xe9 NX1 4QT", "not valid UTF-8"), (b"\x00\x01binary", "binary")]
)
def test_unreadable_files_raise_source_error(tmp_path, content: bytes, message: str) -> None:
    path = tmp_path / "r.md"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=message):
        check_file(path, "r.md", config=CONFIG)


def test_missing_file_raises_source_error(tmp_path) -> None:
    with pytest.raises(SourceError, match="cannot read"):
        check_file(tmp_path / "none.md", "none.md", config=CONFIG)


def test_excerpts_never_hold_the_identifier() -> None:
    report = report_of(REVIEW)
    for finding in report.findings:
        assert "Kayden" not in finding.excerpt and "4QT" not in finding.excerpt


def test_example_library_passes() -> None:
    report = check_paths([ROOT / "reviews"], root=ROOT, config=CONFIG)
    assert report.files_checked >= 4
    assert report.errors == [], report.errors


@pytest.mark.parametrize(
    ("written", "rule"),
    [("lilbee_07", "social-handle"), ("leanne_h @ outlook . com", "email")],
)
def test_an_allow_entry_matches_itself_as_written(written: str, rule: str) -> None:
    body = f"Her Snapchat was {written}, her email {written} too."
    text = REVIEW.replace(
        '    - text: "0161 496 0000"\n',
        f'    - text: "{written}"\n      rule: {rule}\n      reason: "fictional example"\n'
        '    - text: "0161 496 0000"\n',
    ).replace("Arthur's school changed.", body)
    before = report_of(REVIEW.replace("Arthur's school changed.", body))
    assert any(f.rule == rule for f in before.findings)  # found when not allowed
    report = report_of(text)
    assert not any(f.rule == rule for f in report.findings), report.findings
    assert any(s.kind == "allow" and s.rule == rule for s in report.suppressions)


def test_a_rule_that_raises_refuses_the_text_without_a_traceback(monkeypatch) -> None:
    """A bug in one rule must fail closed: the text is refused with a message naming the
    rule and its source line, the other rules still report, and nothing of the text is
    echoed beyond the masked excerpt."""
    from review_library.redaction import engine

    def broken(text: str):
        raise ValueError("boom")

    rules = [(ids, broken if "person-name" in ids else fn) for ids, fn in engine.TEXT_RULES]
    monkeypatch.setattr(engine, "TEXT_RULES", rules)
    text = "Some text.\n\nCall 07700 900123 after Kayden Morris was seen.\n"
    report = check_text(text, "reviews/a.md", config=CONFIG)
    failed = [f for f in report.findings if "check failed" in f.message]
    assert [(f.rule, f.severity, f.line) for f in failed] == [("person-name", "error", 1)]
    assert "ValueError at test_engine.py:" in failed[0].message
    assert "Kayden" not in failed[0].message
    assert any(f.rule == "phone-number" for f in report.findings)

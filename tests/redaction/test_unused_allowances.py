"""Unused allow entries (issue 12, item 8): an entry is unused only when nothing it could
silence needs it: not the review's text, not its attachments, not its file name, not the
built site. Deleting an entry a build still needs fails that build, so it must never be
reported as unused."""

from __future__ import annotations

import logging

from review_library.redaction.config import RedactionConfig
from review_library.redaction.output_scan import OutputScanner
from tests.helpers import BASE_BODY, build_failure, review_text
from tests.redaction.test_cli import run

REVIEW = "testshire-2024-child-a"
SCHOOL = {"text": "Oakfield Academy", "rule": "named-institution", "reason": "closed, public"}
STALE = {"text": "Brambleton Academy", "rule": "named-institution", "reason": "renamed"}


def unused_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if "unused-allowance" in r.getMessage()]


def with_attachment(site, allow: list[dict]) -> None:
    """A review whose only mention of the school is in a linked text attachment."""
    site.write(f"reviews/{REVIEW}/notes.txt", "Child A attended Oakfield Academy until June.\n")
    body = BASE_BODY + f"\n[Notes of the school's contribution]({REVIEW}/notes.txt)\n"
    site.add_review(body=body, redaction={"allow": allow})


def test_an_entry_only_an_attachment_needs_is_not_unused_in_a_build(site, caplog):
    with_attachment(site, [SCHOOL, STALE])
    caplog.set_level(logging.INFO)
    site.build()
    # Only the stale entry is reported: the held findings are still listed after the scan.
    (line,) = unused_lines(caplog)
    assert f"reviews/{REVIEW}.md:" in line and "[B********* A******]" in line
    # The attachment's entry is needed: without it the build fails.
    with_attachment(site, [STALE])
    assert "named-institution" in build_failure(site, caplog)


def test_an_entry_only_an_attachment_needs_is_not_unused_in_check(site, capsys):
    with_attachment(site, [SCHOOL])
    code, out, _ = run(capsys, "check", "reviews")
    assert code == 0 and "unused-allowance" not in out


def test_an_entry_only_the_file_name_needs_is_not_unused(site, caplog):
    # The review's id is its file name and every URL of it: only there does the word stand.
    allow = [{"text": "hargreaves", "rule": "link-target", "reason": "the village's name"}]
    review = "hargreaves-2024-child-a"
    site.add_review(id=review, redaction={"allow": allow})
    caplog.set_level(logging.INFO)
    site.build()
    assert unused_lines(caplog) == []
    (site.root / f"reviews/{review}.md").unlink()
    site.add_review(id=review)
    assert "link-target" in build_failure(site, caplog)


def test_the_output_scan_names_the_entries_it_used(tmp_path):
    source = tmp_path / "r.md"
    source.write_text(review_text(redaction={"allow": [SCHOOL, STALE]}), encoding="utf-8")
    lines = source.read_text(encoding="utf-8").splitlines()
    school_line = next(i for i, text in enumerate(lines, 1) if "Oakfield Academy" in text)
    scanner = OutputScanner(
        config=RedactionConfig(), register=None, forbidden=[], allowance_files=[str(source)]
    )
    scan = scanner.scan_text("<p>Child A attended Oakfield Academy.</p>", "site/a/index.html")
    assert scan.findings == [] and len(scan.suppressions) == 1
    assert scan.used == {(str(source), school_line)}

"""YAML comments in a review's front matter are checked: the parser drops them, but the file
sits in the board's repository and its history, often public."""

from __future__ import annotations

from review_library.redaction.config import RedactionConfig
from review_library.redaction.declarations import front_matter_comments
from review_library.redaction.engine import check_text

REVIEW = """---
id: westholm-2024-child-s
title: "Child S: #1 in a series" # reviewer note: real name Tamsin Oakley
subject: "Child S"
# the panel asked that Kayden Pritchard be taken out before publication
summary: |
  Child S lived with Mother. Item #2 of the plan.
  # part of the summary, not a comment
pseudonyms: ["Child S", "Mother"]
---

Child S was seen by the health visitor.
"""


def test_a_name_in_a_front_matter_comment_is_found_where_it_is_written() -> None:
    report = check_text(REVIEW, "review.md", config=RedactionConfig())
    found = {(f.rule, f.line, f.column) for f in report.findings if f.severity == "error"}
    assert ("person-name", 3, REVIEW.splitlines()[2].index("Tamsin") + 1) in found
    assert ("person-name", 5, REVIEW.splitlines()[4].index("Kayden") + 1) in found


def test_comments_are_told_from_hashes_in_values_and_block_text() -> None:
    front = REVIEW.split("---\n")[1]
    comments = [text for _, _, text in front_matter_comments(front)]
    assert comments == [
        "# reviewer note: real name Tamsin Oakley",
        "# the panel asked that Kayden Pritchard be taken out before publication",
    ]
    assert front_matter_comments('title: "a # b"\nnote: x#y\n') == []


def test_a_clean_comment_adds_no_finding() -> None:
    text = REVIEW.replace("real name Tamsin Oakley", "checked by the chair").replace(
        "that Kayden Pritchard be taken out", "for a shorter summary"
    )
    report = check_text(text, "review.md", config=RedactionConfig())
    assert [f for f in report.findings if f.severity == "error"] == []

"""A capitalised word before a kind in lower case ("Oakmere nursery") at the start of a
heading, a list item, a table cell or a sentence. The first word there is capitalised by its
place, so a dictionary word ("What school saw") names nothing; a word no dictionary has is
still a name, wherever it stands. The names of settings here are invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text


def institution_findings(body: str) -> list[str]:
    """The text from each named-institution finding's column to the end of its line."""
    document = f"---\ntitle: Review\nreview_type: lcspr\n---\n\n{body}\n"
    report = check_text(document, "r.md", config=RedactionConfig())
    lines = document.split("\n")
    return [
        lines[finding.line - 1][finding.column - 1 :]
        for finding in report.findings
        if finding.rule == "named-institution"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "## What school saw\n\nStaff saw him most days.",
        "## Leaving school\n\nHe left at sixteen.",
        "### Before school\n\n- After school he went home to his grandmother.",
        "- Starting school\n- Moving house",
        "> Leaving school was the hardest part, she said.",
        "| Stage | Notes |\n|---|---|\n| Starting nursery | settled well |",
        "1. Changing school mid-year",
    ],
)
def test_an_everyday_word_opening_a_block_before_a_kind_names_nothing(body: str) -> None:
    assert institution_findings(body) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("## Brackenhurst school\n\nStaff saw him most days.", "Brackenhurst school"),
        ("- Brackenhurst school: no reply to the referral.", "Brackenhurst school"),
        ("| Setting | Status |\n|---|---|\n| Oakmere nursery | closed |", "Oakmere nursery"),
        ("She moved to Oakmere nursery | then home", "Oakmere nursery"),
        ("Oakmere nursery closed early that week.", "Oakmere nursery"),
        ('The children called it "Oakmere nursery" at home.', "Oakmere nursery"),
    ],
)
def test_a_name_no_dictionary_has_before_a_kind_is_found_at_any_start(body: str, name: str) -> None:
    assert any(found.startswith(name) for found in institution_findings(body))

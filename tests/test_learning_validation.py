"""Bad input for the learning outputs: each message names the file, the line and the field."""

from __future__ import annotations

import pytest

from review_library.catalogue import project_relative
from tests.helpers import SiteFixture, build_failure

CASES = [
    (
        "briefing-not-a-group",
        {"briefing": "Read the review"},
        "briefing: Read the review",
        "briefing: expected a group of fields (key: value lines), found 'Read the review'",
    ),
    (
        "briefing-findings-not-a-list",
        {"briefing": {"key_findings": "one finding"}},
        "  key_findings: one finding",
        "briefing.key_findings: expected a list, found 'one finding'; write each item on its "
        "own line starting with '- '",
    ),
    (
        "briefing-background-a-list",
        {"briefing": {"background": ["a", "b"]}},
        "  background:",
        "briefing.background: expected text, found a list; put the value in quotes",
    ),
    (
        "briefing-unknown-part",
        {"briefing": {"summary": "x"}},
        "  summary: x",
        "briefing.summary: unknown field 'summary'; allowed fields here: background, "
        "why_it_matters, key_findings, what_to_remember, what_to_do, questions.",
    ),
    (
        "faq-not-a-list",
        {"faq": "What is it?"},
        "faq: What is it?",
        "faq: expected a list, found 'What is it?'; write each item on its own line starting "
        "with '- '",
    ),
    (
        "faq-question-a-number",
        {"faq": [{"q": 42, "a": "Yes."}]},
        "- q: 42",
        "faq[0].q: expected text, found number 42; put the value in quotes",
    ),
    (
        "faq-answer-missing",
        {"faq": [{"q": "Why?"}]},
        "- q: Why?",
        "faq[0]: required field 'a' is missing",
    ),
    (
        "recommendation-unknown-status",
        {"recommendations": [{"id": "R1", "text": "Do it.", "agencies": ["gp"], "status": "done"}]},
        "  status: done",
        "recommendations[0].status: unknown recommendation status 'done'",
    ),
    (
        "recommendation-unknown-agency",
        {
            "recommendations": [
                {"id": "R1", "text": "Do it.", "agencies": ["gps"], "status": "accepted"}
            ]
        },
        "  - gps",
        "recommendations[0].agencies[0]: unknown agency 'gps', did you mean 'gp'?",
    ),
    (
        "withdrawn-without-withdrawal",
        {"status": "withdrawn"},
        "status: withdrawn",
        "withdrawal: a withdrawn review needs 'withdrawal:' with 'date' and 'reason' (shown on "
        "the tombstone page that replaces it)",
    ),
    (
        "withdrawn-without-reason",
        {"status": "withdrawn", "withdrawal": {"date": "2025-01-02"}},
        "withdrawal:",
        "withdrawal: required field 'reason' is missing",
    ),
    (
        "withdrawal-reason-a-list",
        {"status": "withdrawn", "withdrawal": {"date": "2025-01-02", "reason": ["x"]}},
        "  reason:",
        "withdrawal.reason: expected text, found a list; put the value in quotes",
    ),
]


@pytest.mark.parametrize(
    ("overrides", "line_text", "message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_bad_learning_field_names_file_line_and_field(
    site: SiteFixture, caplog, overrides: dict, line_text: str, message: str
) -> None:
    site.add_review(id="testshire-2024-child-z", title="A good review")  # still not published
    path = site.add_review(**overrides)
    lines = path.read_text(encoding="utf-8").split("\n")
    line = next(i for i, text in enumerate(lines, start=1) if text.startswith(line_text))
    error = build_failure(site, caplog)
    shown = project_relative(path, site.root)
    assert f"{shown}:{line}: {message}" in error
    assert "nothing was published" in error
    assert not (site.site_dir / "catalogue.json").exists()
    assert not (site.site_dir / "feed.xml").exists()

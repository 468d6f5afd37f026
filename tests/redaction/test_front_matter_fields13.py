"""Issue 12, round thirteen (front matter): the fields a board adds, as nested lists of maps
and keys in camel case, are read with their keys, and a day alone under such a key is an
event unless the key says it is the review's own process."""

from __future__ import annotations

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from tests.redaction.one_line import review_with_front_matter


def _errors_at(extra: str, start: str) -> set[str]:
    document = review_with_front_matter(extra)
    line = next(n for n, t in enumerate(document.splitlines(), 1) if t.lstrip().startswith(start))
    report = check_text(document, "review.md", config=RedactionConfig())
    return {f.rule for f in report.findings if f.severity == "error" and f.line == line}


# -- front matter keys a board adds ------------------------------------------------------------
def test_a_name_in_a_list_of_maps_under_an_unknown_key_is_blocked() -> None:
    extra = "household:\n  - role: Stepfather\n    name: Jowan Tremenheere\n"
    assert "person-name" in _errors_at(extra, "name: Jowan")


def test_a_camel_case_key_is_read_as_its_words() -> None:
    assert "date-of-birth" in _errors_at("ChildDateOfBirth: 03/05/2018\n", "ChildDateOfBirth")


def test_a_day_under_a_key_the_board_added_is_an_event_and_a_process_key_is_not() -> None:
    extra = "chronology:\n  - date: 2022-06-17\n    entry: Seen at the walk-in centre\n"
    assert "event-date" in _errors_at(extra, "- date: 2022-06-17")
    assert not _errors_at("last_revised: 2025-04-30\n", "last_revised")
    assert not _errors_at("panel_meetings:\n  - 2024-10-02\n", "- 2024-10-02")

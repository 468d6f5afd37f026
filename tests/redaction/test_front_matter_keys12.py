"""Issue 12 (front matter): a field the schema does not know is read with its key as the
label of its value ("dob: 14/03/2019"), a day where the schema wants a year is an event,
and a first name alone in the id that nothing declares is a name."""

from __future__ import annotations

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from tests.redaction.one_line import review_with_front_matter


def _errors(document: str) -> dict[int, set[str]]:
    report = check_text(document, "review.md", config=RedactionConfig())
    found: dict[int, set[str]] = {}
    for finding in report.findings:
        if finding.severity == "error":
            found.setdefault(finding.line, set()).add(finding.rule)
    return found


def _line(document: str, start: str) -> int:
    return next(n for n, t in enumerate(document.splitlines(), 1) if t.startswith(start))


def test_a_date_in_a_field_named_for_a_birth_or_a_death_is_blocked() -> None:
    document = review_with_front_matter("dob: 14/03/2019\ndate_of_death: 2023-03-14\n")
    found = _errors(document)
    assert "date-of-birth" in found.get(_line(document, "dob:"), set())
    assert "event-date" in found.get(_line(document, "date_of_death:"), set())


def test_a_day_where_the_schema_wants_a_year_is_an_event_date() -> None:
    document = review_with_front_matter("incident_year: 2023-03-14\n")
    assert "event-date" in _errors(document).get(_line(document, "incident_year:"), set())


def test_the_review_s_own_dates_stay_process_dates() -> None:
    document = review_with_front_matter("embargo_until: 2025-06-01\nincident_year: 2023\n")
    assert not _errors(document)


def test_a_first_name_alone_in_the_id_is_a_name_unless_declared() -> None:
    named = review_with_front_matter(id="westmarch-2025-lcspr-kayden")
    assert _errors(named).get(_line(named, "id:"))
    declared = review_with_front_matter(
        id="westmarch-2025-lcspr-kayden", pseudonyms="Kayden, Mother"
    )
    assert not _errors(declared)


def test_a_name_in_a_declaration_s_reason_is_found_and_the_declared_text_is_not() -> None:
    document = review_with_front_matter(
        "redaction:\n  allow:\n    - text: Westmarch General Hospital\n      rule: named-institution\n"
        "      reason: The coroner's published findings about Nadia Kowal name the hospital.\n"
        "  named_people:\n    - name: Dr Alison Meer\n"
        "      reason: Named with consent as the designated doctor.\n"
    )
    found = _errors(document)
    assert "person-name" in found.get(_line(document, "      reason: The coroner"), set())
    assert set(found) == {_line(document, "      reason: The coroner")}

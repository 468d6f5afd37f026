"""Places and venues read by their form and position (issue 12, place13): Scottish streets
in capitals, a national chain or a programme that is no place, and the look-alikes of each.
Every name here is invented for this file, or a chain or a programme used only as one."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from tests.redaction.eval.corpus import merged_front_matter, render_document


def _errors(text: str) -> set[str]:
    """The rules that report ``text`` at error level through the whole gate."""
    document = render_document(merged_front_matter({}), text)
    report = check_text(document, "case.md", config=RedactionConfig())
    return {f.rule for f in report.findings if f.severity == "error"}


IDENTIFIERS = [
    # Scottish streets as police logs write them: capitals, an apostrophe in the name
    ("street-address", "Crew sent to 4 TANNERS WYND, male found unresponsive."),
    ("street-address", "CALLER AT 7 KILNHOUSE LOAN REPORTS A FIGHT IN THE STAIR"),
    ("street-address", "Police attended 15 DYER'S ROW at 02:10."),
    ("street-address", "The family moved into 5 Cordiner Vennel that spring."),
    ("street-address", "A neighbour at 2 Glebe Pend raised the alarm."),
    ("street-address", "The note gave 8 skinners wynd as her address."),
]

NOT_IDENTIFIERS = [
    # a programme named after its street, said to be a programme
    "Father said Coronation Street was the only programme he never missed.",
    # a house that stands for a body, with what a body has
    "The letter went to the Cabinet Office and to 10 Downing Street's press office.",
    # national chains where a young person works or shops
    "Sibling 2 worked at Greggs and bought trainers at JD Sports.",
    "The boys met at Nando's and then went into Sports Direct.",
    "He spent the money in Primark and at Burger King.",
    # counts before a word that is also a Scottish street type in lower case
    "She had taken out 2 payday loans and 3 student loans.",
]


@pytest.mark.parametrize(("rule", "text"), IDENTIFIERS)
def test_places_read_by_form_and_position_block(rule: str, text: str) -> None:
    assert rule in _errors(text)


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_look_alikes_pass(text: str) -> None:
    assert not _errors(text)

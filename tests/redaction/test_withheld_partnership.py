"""The partnership's name written in the review when the front matter withholds it."""

from __future__ import annotations

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from tests.redaction.one_line import review_with_front_matter

WITHHELD = "redaction:\n  partnership_anonymised: true\n"


def _errors(extra: str, body: str) -> list[tuple[str, int]]:
    report = check_text(
        review_with_front_matter(extra, body=body), "review.md", config=RedactionConfig()
    )
    return [(f.rule, f.line) for f in report.findings if f.severity == "error"]


def test_withheld_partnership_name_in_the_body_is_found() -> None:
    body = "This review was commissioned by the Westmarch Safeguarding Children Partnership."
    assert ("named-institution", 20) in _errors(WITHHELD, body)
    # in any case, as prose may write it
    lower = "Members of the westmarch safeguarding children partnership met twice."
    assert ("named-institution", 20) in _errors(WITHHELD, lower)


def test_withheld_partnership_field_is_found_unless_its_name_is_anonymous() -> None:
    # the library publishes the field: the area there is withheld too (line 7)
    assert ("named-institution", 7) in _errors(WITHHELD, "The review considers neglect.")
    anonymous = review_with_front_matter(WITHHELD, body="The partnership commissioned it.").replace(
        "Westmarch Safeguarding Children Partnership",
        "A Safeguarding Children Partnership in the North East",
    )
    report = check_text(anonymous, "review.md", config=RedactionConfig())
    assert not any(f.rule == "named-institution" for f in report.findings)


def test_partnership_name_is_allowed_when_not_withheld() -> None:
    body = "This review was commissioned by the Westmarch Safeguarding Children Partnership."
    assert _errors("", body) == []

"""A real name glossing a pseudonym or a family role in brackets (issue 12, rule label-gloss):
"Child K (Amelia)", "Mother (Jade)", in any case; ages, roles, labels and acronyms pass."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.rules import label_gloss
from tests.redaction.test_person_names import review
from tests.redaction.test_structured_forms import assert_found, spans

FOUND = [
    (label_gloss, "Mother (Jade) told the midwife she was scared.", ["Jade"]),
    (label_gloss, "CHILD K (AMELIA): NEGLECT AND A NEW PARTNER", ["AMELIA"]),
    (label_gloss, "Young Person J (Tyrese) left care at 18.", ["Tyrese"]),
    (label_gloss, "Sibling 1 (known as Tia) stayed with Grandmother.", ["Tia"]),
    (label_gloss, "Her partner (Kowalski) moved in.", ["Kowalski"]),
]
PASS = [
    "Father (Mr B) and Mother (MGM) were seen; Child K (the subject) was not.",
    "Mother (aged 24) and Grandmother (deceased) and the uncle (paternal).",
    "Mother (White British) and Father (Polish) lived in Wales.",
    "Child K (CK) and Adult M (Mr M) and her sister (Sibling 2).",
]


@pytest.mark.parametrize(("rule", "text", "wanted"), FOUND)
def test_glossed_names_are_found(rule, text: str, wanted: list[str]) -> None:
    assert_found(rule, text, wanted)


@pytest.mark.parametrize("text", PASS)
def test_glosses_that_name_no_one_pass(text: str) -> None:
    assert spans(label_gloss.find, text) == []


def rules_found(front: str, body: str) -> list[str]:
    report = check_text(review(front, body), "r.md", config=RedactionConfig())
    return [f.rule for f in report.findings]


def test_a_gloss_in_the_title_blocks_and_a_declared_first_name_does_not() -> None:
    assert "label-gloss" in rules_found('title: "Child K (Amelia): neglect"\n', "Text.")
    declared = 'pseudonyms: ["Child K", "Mother", "Jade"]\n'
    assert "label-gloss" not in rules_found(declared, "Mother (Jade) told the midwife.")

"""Public people and titles in report prose that the gate took for the family's (issue 12,
false alarms): authors the review's own references list cites, named in the analysis;
researchers named after "research by"; performers in a pen picture ("a poster of", "a fan
of", "music, especially", "seen ... live"); a feature of an app set up "on his phone"; a
course or website after "the" ("from the <name> programme"); a television programme named
after its street ("watched <name> Street"). Each form has a near miss beside it that must
still be found. Every passage is written for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text

REFERENCES = """

## References

- Pennock, T. (2019) *Quiet harm: coercion in families*. Leeds: Tarrant Press.
- Ellwood-Vane, R. and Dacre, M. (2021) Neglect and the cost of living. Bristol: Lanyard Books.
- Ferraby Lusk, J. (2020) *Missing from home*. London: Halden.
"""


def rules(text: str) -> list[str]:
    document = f'---\ntitle: "Review"\nreview_type: cspr\n---\n\n{text}\n'
    report = check_text(document, "r.md", config=RedactionConfig())
    return sorted(f.rule for f in report.findings if f.severity == "error")


@pytest.mark.parametrize(
    "text",
    [
        "The work of Professor Tobias Pennock describes how control tightens over time.",
        "As Rhiannon Ellwood-Vane has shown, poverty is the context of neglect.",
        "The review drew on the work of Jessamy Ferraby Lusk on children who go missing.",
        "Research by Pennock, Dacre and others found the same pattern.",
    ],
)
def test_authors_the_references_list_cites_are_public(text: str) -> None:
    assert rules(text + REFERENCES) == []


@pytest.mark.parametrize(
    "text",
    [
        # the same surname with another initial: a different person
        "Mother said that Kayden Pennock had moved into the flat.",
        # a title is no citation: the family's doctor
        "Dr Pennock saw Child K at the surgery in March.",
        # a surname no entry cites
        "Mother said that Kayden Marsh had moved into the flat.",
    ],
)
def test_people_the_references_list_does_not_cite_are_found(text: str) -> None:
    assert rules(text + REFERENCES) == ["person-name"]


@pytest.mark.parametrize(
    "text",
    [
        "The research on infant crying by Professor Kayden Marsh suggests it works best twice.",
        "A study by Kayden Okafor found that fathers were rarely seen.",
    ],
)
def test_researchers_are_public(text: str) -> None:
    assert rules(text) == []


def test_a_review_by_the_familys_doctor_is_found() -> None:
    assert rules("The review by Dr Kayden Marsh found an old fracture.") == ["person-name"]


@pytest.mark.parametrize(
    "text",
    [
        "He had a poster of Kayden Marsh above his bed and wore the shirt to school.",
        "She was a huge fan of Kayden Marsh and knew every song.",
        "He loves music, especially Kayden Marsh and Jayden Okafor, and plays the guitar.",
        "He has seen Kayden Marsh live twice, once with his mother.",
        # report text wraps its lines anywhere
        "For his birthday his father took him to see\nKayden Marsh live in the city.",
        "She loves music, especially Kayden Marsh\nand Jayden Okafor, and plays the guitar.",
    ],
)
def test_performers_in_a_pen_picture_are_public(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nobody listened to Kayden Marsh, her sister told the review.",
        "He had seen Kayden Marsh at school that morning.",
        "Mother said Kayden Marsh had a poster on his wall.",
        "Mother had seen Kayden Marsh live on Instagram the night before.",
        "Police put up missing posters of Kayden Marsh in the town centre.",
        "Father had made films of Kayden Marsh in the bath.",
        "Mother was not a fan of Kayden Marsh, her new partner.",
    ],
)
def test_people_near_the_same_words_are_found(text: str) -> None:
    assert rules(text) == ["person-name"]


@pytest.mark.parametrize(
    "text",
    [
        "Staff used material from the Brackwater programme on online grooming.",
        "Mother was pointed to the Brackwater website for advice about sleep.",
    ],
)
def test_a_course_or_website_after_the_is_no_place(text: str) -> None:
    assert rules(text) == []


def test_a_name_after_the_is_still_a_place() -> None:
    assert rules("The boys hung around the Brackwater most nights.") == ["named-place"]


@pytest.mark.parametrize(
    "text",
    [
        "She watched Tollgate Street with her nan every evening.",
        "She cried at every episode of Tollgate Street.",
        "She and her mother watched\nTollgate Street together most evenings.",
    ],
)
def test_a_programme_named_after_a_street_is_no_address(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She lived on Tollgate Street with her nan.",
        "Mother moved to Tollgate Street in May.",
    ],
)
def test_a_street_lived_on_is_still_an_address(text: str) -> None:
    assert rules(text) == ["street-address"]


@pytest.mark.parametrize(
    "text",
    [
        "Mother had set up Brackwater's Family Centre on his phone to see who he talked to.",
        "Father turned on Tollgate's Family Centre in the app settings.",
    ],
)
def test_a_feature_set_up_on_a_device_is_no_institution(text: str) -> None:
    assert rules(text) == []


def test_a_family_centre_visited_is_still_an_institution() -> None:
    assert rules("Mother took him to Brackwater Family Centre on his birthday.") == [
        "named-institution"
    ]

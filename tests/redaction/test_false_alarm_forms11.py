"""Report prose the gate took for identifiers (issue 12, round eleven): a law or guidance
coming into use or going out of it, named by its form (a capitalised title with parenthesised
parts or its edition's year, a described document, an aside in commas). Each form has a near
miss beside it that must still be reported. Every passage is written for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text


def date_rules(text: str) -> list[str]:
    """The date rules (any severity) reported for ``text`` in a review's body."""
    document = f"---\ntitle: Review\nreview_type: lcspr\n---\n\n{text}\n"
    report = check_text(document, "r.md", config=RedactionConfig())
    return sorted(f.rule for f in report.findings if f.rule.endswith("date"))


@pytest.mark.parametrize(
    "text",
    [
        # a title that ends in its edition's year, replacing an earlier edition
        "Keeping Learners Safe in Colleges 2022 replaced the 2019 edition from 4 July 2022.",
        # a described document, not a named one
        "The national guidance was replaced from 15 December 2023.",
        "The 2016 guidance was withdrawn on 1 March 2022 when the new framework started.",
        "The new edition of the Schools Attendance Code applied from 19 August 2024.",
        # parenthesised parts of an Act's name
        "The Children and Families (Wales) Measure 2010 commenced on 1 April 2011.",
        # an aside in commas after the name, and event words inside the name itself
        "Clare's Law, the Domestic Violence Disclosure Scheme, was rolled out on 8 March 2014.",
        # in italics
        "*Multi-agency Statutory Guidance for Safer Recruitment 2025* was published on "
        "2 June 2025.",
    ],
)
def test_a_law_or_guidance_coming_into_use_is_not_reported(text: str) -> None:
    assert date_rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the scheme used about a person, or a person as the subject: still the case's dates
        "The Domestic Violence Disclosure Scheme was used on 3 May 2021 when police disclosed "
        "his history to Mother.",
        "Mother received a disclosure under the Domestic Violence Disclosure Scheme on 3 May 2021.",
        "The guidance was replaced on 4 May 2022, the day Child K was admitted to hospital.",
        "The plan started on 3 May 2022 after Child K was admitted.",
    ],
)
def test_the_same_dates_about_a_person_are_still_reported(text: str) -> None:
    assert "event-date" in date_rules(text)


def name_rules(text: str) -> list[str]:
    """The error-level rules reported for ``text`` in a review's body."""
    document = f"---\ntitle: Review\nreview_type: lcspr\n---\n\n{text}\n"
    report = check_text(document, "r.md", config=RedactionConfig())
    return sorted(f.rule for f in report.findings if f.severity == "error")


@pytest.mark.parametrize(
    "text",
    [
        # the author of a model or theory the review used
        "The model developed by Professor Kayden Marsh was used to plan the assessment.",
        "The theory of Dr Kayden Marsh on shame framed the learning event.",
        "The review drew on the writing of Dr Kayden Marsh about early attachment.",
        # a judge by the bench's title in a sentence that cites a reported case
        "As Lord Justice Kayden Marsh said in Re B-S, the evidence must be analysed.",
        "The judgment of Sir Kayden Marsh in Re A (A Child) [2015] EWFC 11 is often cited.",
        "In Re T (Children) [2021] EWCA Civ 1736, Marsh LJ set out the test.",
    ],
)
def test_authors_and_judges_of_cited_work_are_public(text: str) -> None:
    assert name_rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the family's own doctor or judge, and a model that is an object
        "The work of Dr Kayden Marsh was discussed with Mother.",
        "At the final hearing Mrs Justice Kayden Marsh made a care order.",
        "At the final hearing Sir Kayden Marsh made the order for Child K.",
        "A model of Kayden Marsh's flat was shown to the jury.",
        "Mother's theory of Kayden Marsh was that he lied.",
    ],
)
def test_the_same_names_in_the_case_are_still_found(text: str) -> None:
    assert name_rules(text) == ["person-name"]

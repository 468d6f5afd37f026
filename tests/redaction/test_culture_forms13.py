"""Culture in family life, round thirteen: performers, authors, titles, brands, grounds and
national names read from the shape of the sentence around them. Each form has near misses
beside it that hold a person, a street or a place of the case and must still be reported.
Every passage is written for this file; the names of people and places in them are invented."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text


def findings(text: str) -> list[tuple[str, str]]:
    """(rule, text) of every finding (any severity) in a review's body holding ``text``."""
    document = f"---\ntitle: Review\nreview_type: lcspr\n---\n\n{text}\n"
    report = check_text(document, "r.md", config=RedactionConfig())
    lines = document.split("\n")
    return [
        (finding.rule, lines[finding.line - 1][finding.column - 1 :]) for finding in report.findings
    ]


def rules(text: str) -> list[str]:
    return sorted({rule for rule, _ in findings(text)})


@pytest.mark.parametrize(
    "text",
    [
        # a singer listed with music's genres
        "She loved reggae, gospel and\nDesmond Dekker, and sang in the choir on Sundays.",
        "She loved soul music and Luther Vandross.",
        # a list of singers loved or played, in a passage about music
        "He kept all his old records. He loved Dean Martin and Shirley Bassey most of all.",
        "She loved gospel music. On Sundays she played Mahalia Jackson and Whitney Houston "
        "while the rice cooked.",
        # the author of a favourite book, a performer one had tickets to see
        "His favourite book was by Michael Morpurgo and he read it to his sister.",
        "She had tickets to see Lewis Capaldi in the summer and talked about little else.",
        # a title before the works it names
        "Her mother said she loved Malory Towers stories.",
        # a brand bought as one thing
        "A man at the bus station bought him a McDonald's and offered him a bed.",
        # a quoted song title with the small words of a Welsh title
        'The whole class knew the words to "Yma o Hyd" by the end of term.',
    ],
)
def test_a_performer_author_title_or_brand_is_no_person(text: str) -> None:
    assert "person-name" not in rules(text), findings(text)


@pytest.mark.parametrize(
    "text",
    [
        # a national chain where one goes or is seen
        "She stopped going to the Asda with her sister, a trip she used to enjoy.",
        "A neighbour said she saw him at Morrisons looking thin.",
        # a ground in a passage about a team; a national youth body's camp
        "The family follow Armagh, and she went to Croke Park for the first time that summer.",
        "She wanted to go to the Urdd summer camp with her friends.",
        "He supported Celtic and was saving up for a trip to Parkhead with his cousin.",
        # nobody listens to a village
        "He listened to Diljit Dosanjh and Karan Aujla in the car.",
    ],
)
def test_a_chain_ground_body_or_performer_is_no_place(text: str) -> None:
    assert "named-place" not in rules(text), findings(text)


def test_a_ground_after_a_season_ticket_is_no_street() -> None:
    text = "They support Hibs and had a season ticket for Easter Road with her uncle."
    assert "street-address" not in rules(text), findings(text)


@pytest.mark.parametrize(
    ("text", "rule", "found"),
    [
        # played with or against, even in a passage about music
        (
            "He loved rap music. He played Tyler Marwood and Jordan Pilkington at pool most "
            "nights.",
            "person-name",
            "Tyler",
        ),
        # a book by a person of the case, described as one
        (
            "Her favourite book was by Kiera Bellamy, a girl in her class, who wrote it for her.",
            "person-name",
            "Kiera",
        ),
        # loved people: no music in the passage
        (
            "She loved Kiera Bellamy and Jordan Pilkington and saw them every day.",
            "person-name",
            "Kiera",
        ),
        # a quoted pair of first names joined by "and" is people
        ('She kept saying "Kyle and Mason" over and over.', "person-name", "Kyle"),
        # a street where the family lived, even named like a ground
        ("The family lived at 14 Easter Road until the eviction.", "street-address", "14"),
        # a ground's name that is also its district's, where the passage is not about sport
        ("Social care supported her move to Parkhead in 2021.", "named-place", "Parkhead"),
        # a village after a national body's name stays a place
        (
            "She went to the Urdd club in Cwmgarw every week.",
            "named-place",
            "Cwmgarw",
        ),
    ],
)
def test_people_streets_and_places_in_the_same_shapes_are_still_reported(
    text: str, rule: str, found: str
) -> None:
    assert any(r == rule and f.startswith(found) for r, f in findings(text)), findings(text)

"""What a pen picture says a person enjoyed (issue 12, round twelve): programmes, performers,
clubs, shops and products read by where they stand in the sentence, not from lists. Each form
has near misses beside it that hold a person or a place of the case and must still be
reported. Every passage is written for this file; the names in them are invented."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text


def findings(text: str) -> list[tuple[str, str]]:
    """(rule, text) of every finding (any severity) in a review's body holding ``text``."""
    document = f"---\ntitle: Review\nreview_type: lcspr\n---\n\n{text}\n"
    report = check_text(document, "r.md", config=RedactionConfig())
    lines = document.split("\n")
    out = []
    for finding in report.findings:
        line = lines[finding.line - 1]
        out.append((finding.rule, line[finding.column - 1 :]))
    return out


def rules(text: str) -> list[str]:
    return sorted({rule for rule, _ in findings(text)})


@pytest.mark.parametrize(
    "text",
    [
        # a list of titles ended by a channel
        "Her favourite things were Peppa Pig, Bluey and Hey Duggee on CBeebies.",
        "As a wee one Child R had loved Balamory and Katie Morag on CBeebies.",
        # videos are a screen
        "When he was anxious he would watch Thomas the Tank Engine videos for hours.",
        # a list that ends the clause after "likes watching"
        "He likes watching Pobol y Cwm and Gavin and Stacey, and he sings along to the radio.",
    ],
)
def test_a_programme_title_is_no_person(text: str) -> None:
    assert "person-name" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mother said she never missed an episode of Emmerdale, even in hospital.",
        "Mother liked watching Love Island and Gogglebox, and Father watched the football.",
    ],
)
def test_a_programme_title_is_no_place(text: str) -> None:
    assert "named-place" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "She listened to Taylor Swift and to Welsh pop on the radio on the way to school.",
        "He would listen to Lewis Capaldi, Gerry Cinnamon and Nina Nesbitt on his headphones.",
        "Adult B knew the words to most of Tom Jones's songs and sang them in the bath.",
        "She had read all of Alice Oseman's books twice.",
    ],
)
def test_a_performer_is_no_person(text: str) -> None:
    assert "person-name" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "He plays FIFA and supports\nAston Villa, and he trained with a youth team at weekends.",
        "He has supported Everton since he could walk and went to most home games.",
    ],
)
def test_a_club_supported_is_no_person(text: str) -> None:
    assert "person-name" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mother shopped at\nAldi and Home Bargains and used the food bank twice.",
        "She did most of the shopping, usually at Aldi or the Co-op on the main road.",
        "He did his shopping at Morrisons every Tuesday on the free bus pass.",
        "She shopped at the Sainsbury's near her work and had a coffee on Fridays.",
        "After school he drank a can of Irn-Bru at the bus stop.",
        # a buying cue after a seeing one, both reaching the name
        "She was seen by a store detective at Primark, where she was stopped with a bag.",
    ],
)
def test_a_shop_or_a_product_is_no_person_or_place(text: str) -> None:
    assert not {"person-name", "named-place"} & set(rules(text))


@pytest.mark.parametrize(
    ("text", "rule", "found"),
    [
        # a person watched doing something, or described in an appositive
        (
            "On Saturdays Child K watched Tegan Worsfold play netball with the older girls.",
            "person-name",
            "Tegan",
        ),
        (
            "Child D listened to Kayleigh Brindley, the neighbour's daughter, practising the "
            "piano through the wall.",
            "person-name",
            "Kayleigh",
        ),
        # listening without music is listening to a person
        (
            "Nobody listened to Jolene Haverty when she said she was frightened.",
            "person-name",
            "Jolene",
        ),
        # supported to do something is a person, even in a sentence about football
        (
            "The football coach supported Kayden to attend training every week.",
            "person-name",
            "Kayden",
        ),
        ("The club supported Tyler Bradford after the match.", "person-name", "Tyler"),
        # a family's business after "at" stays: a noun follows the possessive
        (
            "She worked Saturdays at Treharne's Bakery in Cwmgarw and the owner noticed she had "
            "no lunch.",
            "named-place",
            "Cwmgarw",
        ),
        # being seen at someone's home
        ("Child K was often seen at Jaydon's after school.", "*", "Jaydon"),
        # a village after "worked at" or "seen at" stays a place
        ("Mother worked at the Spar in the village.", "named-place", "Spar"),
    ],
)
def test_people_and_places_in_the_same_shapes_are_still_reported(
    text: str, rule: str, found: str
) -> None:
    assert any(rule in (r, "*") and f.startswith(found) for r, f in findings(text)), findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Support is available from Fearless, the youth service of Crimestoppers, online.",
        "Young people can get help from Brightpath, the national youth charity, online.",
    ],
)
def test_a_name_glossed_as_a_national_body_is_no_place_or_setting(text: str) -> None:
    assert not {"named-place", "named-institution"} & set(rules(text))


@pytest.mark.parametrize(
    "text",
    [
        "She went to Hollinbrook Youth Club, the youth club by the park, every Tuesday.",
        "He attended Larkfield School, the national school for deaf children, for a year.",
    ],
)
def test_a_local_setting_with_a_gloss_is_still_found(text: str) -> None:
    assert "named-institution" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "For help, contact Meic, the helpline for children and young people in Wales, "
        "on\n080880 23456.",
        "Children and families can contact the service on 080880 23456 at any time.",
    ],
)
def test_a_helpline_number_in_groups_is_no_case_reference(text: str) -> None:
    assert "case-reference" not in rules(text)


def test_a_record_number_beside_digits_is_still_a_case_reference() -> None:
    assert "case-reference" in rules("The contact was recorded under 448712 on the system.")


@pytest.mark.parametrize(
    "text",
    [
        "Over eighteen months, nobody outside school saw Child M.",
        "He told the nurse he was bullied outside school and on the bus.",
    ],
)
def test_a_preposition_before_school_is_no_school_name(text: str) -> None:
    assert "named-institution" not in rules(text)


def test_a_lower_case_school_name_ending_like_a_place_is_still_found() -> None:
    assert "named-institution" in rules("He started at burnside school in 2019.")

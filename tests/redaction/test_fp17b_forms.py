"""Round seventeen (fp17b, issue 12): false alarms found and left by the round's helpers,
fixed by class with word knowledge, each beside a true identifier of the same shape.

* a file name glued in capitals reads every word capitalised ("PlaceOfSafetyPlan.pdf"):
  an English word there is no surname singled out (``link_target._camel_glued``);
* an Irish county or a large region after a verb of living or "County"
  (``rules/large_areas.py``);
* the holy book, a home-language word for a grandparent, a club's short name that is a
  first name, film characters drawn, and a card's sign-off ("LOVE FROM");
* a surname after a home-language family word ("Babcia Kowalczyk") is found, as "Aunt
  Wrobel" is.

Each negative case is flagged at f160e2c; each positive one must stay found.
"""

from __future__ import annotations

import pytest

from tests.redaction.one_line import flags_at, review_error_rules


@pytest.mark.parametrize(
    "text",
    [
        "The agreed route is in [the protocol](docs/PlaceOfSafetyRoute.pdf).",
        "See [the scheme](guides/HighStreetSafeHavens.pdf) for shops that take part.",
        "The school kept [the clip](evidence/YouTubeDownload.mp4) for the police.",
    ],
)
def test_words_glued_in_capitals_in_a_file_name_stay_clean(text: str) -> None:
    assert "link-target" not in review_error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Officers used [the map](files/visit_ChapelLane_12.pdf).", "ChapelLane"),
        ("See [the account](files/NowakFamilyAccount.docx) for detail.", "Nowak"),
        ("See [the account](files/statement-Baker.docx) for detail.", "Baker"),
        ("The [letter](files/LetterToAmeliaFromSchool.pdf) was not sent.", "Amelia"),
    ],
)
def test_names_in_file_names_are_still_found(text: str, target: str) -> None:
    assert flags_at(text, "link-target", target)


@pytest.mark.parametrize(
    "text",
    [
        "Before coming to England the family lived in Offaly for two years.",
        "Mother grew up in Mayo and left for London at seventeen.",
        "Father had grown up in Tipperary and came over for work.",
        "Father had lived in Co. Leitrim with his grandparents.",
        "They moved to County Clare when the youngest was a baby.",
        "They moved to County\nClare when the youngest was a baby.",
        "The family lived in Sligo and then Roscommon before the move.",
        "The children had lived in Connemara and spoke some Irish.",
        "Father had lived in Brittany while working on the farms.",
    ],
)
def test_counties_and_regions_where_a_family_lived_stay_clean(text: str) -> None:
    assert not review_error_rules(text) & {"named-place", "person-name"}


@pytest.mark.parametrize(
    ("text", "target", "rule"),
    [
        ("Before coming to England the family lived in Carrigallen.", "Carrigallen", "named-place"),
        ("They moved to Kilkee in County Clare when the baby was born.", "Kilkee", "named-place"),
        ("Clare told the health visitor she was frightened.", "Clare", "person-name"),
        ("Brittany attended the nursery three days a week.", "Brittany", "person-name"),
    ],
)
def test_a_village_or_a_person_of_the_same_shape_is_found(
    text: str, target: str, rule: str
) -> None:
    assert flags_at(text, rule, target)


@pytest.mark.parametrize(
    "text",
    [
        "The boys went to Quran lessons at the mosque after school.",
        "At half term the children visited Nani in Bradford.",
        "Father supported Villa and took the boys to away games.",
        "In the play session the child drew Elsa and Olaf on the whiteboard.",
        "A card on the fridge said HAPPY BIRTHDAY NANNY LOVE FROM ALL OF US.",
        "The card read Happy Birthday Grandad, Love and hugs from the children.",
    ],
)
def test_words_read_as_names_stay_clean(text: str) -> None:
    assert "person-name" not in review_error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("At half term the children visited Nani Rukhsana in Bradford.", "Rukhsana"),
        ("The coach supported Kieran at the trial for the county side.", "Kieran"),
        ("In the play session the child drew Elsa and talked about her sister.", "Elsa"),
        ("A card on the fridge said HAPPY BIRTHDAY NANNY LOVE FROM KAYDEN.", "KAYDEN"),
        ("The children stayed with Babcia Kowalczyk at weekends.", "Kowalczyk"),
        ("Ciocia Wiśniewska collected them from school.", "Wiśniewska"),
        ("Ayeeyo Xaawo looked after the baby while Mother worked.", "Xaawo"),
    ],
)
def test_names_in_the_same_slots_are_found(text: str, target: str) -> None:
    assert flags_at(text, "person-name", target)

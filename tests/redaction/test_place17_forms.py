"""Round seventeen (place17): places the gate missed because the name is also a word or a
given name, or is joined to a place it does find.

* a small town whose name is an everyday word ("Street", "Deal", "Settle", "Hope") after a
  verb of living or moving and "in", "to", "near" (``named_place._everyday_town``);
* a small town after "the school in", "a nursery near" (where a child went every day);
* the second of two places someone moved between when it is a listed town that is also a
  given name or a word (``between_places``'s partner);
* Welsh aspirate mutation ("a Ph...", "tua Th..."), a town before a month, a named lagoon;
* a numbered street before more words of a file's name, and one glued in capitals
  (``link_target._glued_addresses``).

Each positive case fails at 48a2eff; each negative one is the same shape with a word, a
month, a person, a public place or a service where the town was.
"""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at

PLACE = "named-place"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("In 2020 the family moved to Street to be near an aunt.", "Street"),
        ("Adult L rented a room in Deal for the summer.", "Deal"),
        ("The family lived near Settle, an hour from the hospital.", "Settle"),
        ("Grandfather lived in Hope and had the children at weekends.", "Hope"),
        ("Father stayed in Sandwich with a friend after his release.", "Sandwich"),
        ("The mother grew up in Mold and kept in touch with school friends.", "Mold"),
    ],
)
def test_everyday_word_town_after_a_move(text: str, target: str) -> None:
    assert flags_at(text, PLACE, target)


@pytest.mark.parametrize(
    "text",
    [
        # the word in lower case, as a noun
        "In 2020 the family moved to street homelessness after the eviction.",
        "Grandfather lived in hope that the children would come home.",
        # a month, a service and a hospital capitalised after the same verbs
        "Child P was born in March and moved to Reception the next autumn.",
        "Mother moved to Steps, the housing support service, in the spring.",
        "The baby was returned to Hospital for a check the next day.",
        # a town that is a given name after "to": a person the child was returned to
        "The baby was returned to Heather after the contact session.",
        # a longer name the town opens (a street reads it), and a place abroad
        "An aunt lived in California and phoned every Sunday.",
        # "at" puts a venue there, not a town
        "The young person stayed at Hope for two nights.",
    ],
)
def test_everyday_word_look_alikes_stay_clean(text: str) -> None:
    assert PLACE not in error_rules(text)


def test_district_known_only_as_a_family_name() -> None:
    assert flags_at("Mother grew up in Roath and kept in touch with friends.", PLACE, "Roath")


def test_family_name_as_an_owner_stays_clean() -> None:
    assert PLACE not in error_rules("Mother lived in Harper's spare room for a month.")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Child J started at the primary school in Holt in September.", "Holt"),
        ("The nursery near Selby had no record of the bruise.", "Selby"),
    ],
)
def test_town_after_a_school(text: str, target: str) -> None:
    assert flags_at(text, PLACE, target)


@pytest.mark.parametrize(
    "text",
    [
        "Child J started at the primary school in September.",
        "The school in Year 6 moved to a new building.",
        "The nursery in England's inspection framework was rated good.",
    ],
)
def test_school_look_alikes_stay_clean(text: str) -> None:
    assert PLACE not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The young person travelled between Nelson and Trelewis by bus.", "Nelson"),
        ("Mother moved between Penparcau and Holt that winter.", "Holt"),
    ],
)
def test_second_of_two_places_moved_between(text: str, target: str) -> None:
    assert flags_at(text, PLACE, target)


@pytest.mark.parametrize(
    "text",
    [
        # neither side a place: two people, two services
        "Child M moved between Nelson and Grace's rooms on the ward.",
        "The family moved between hostels and sofa surfing that year.",
        # a meeting between people has no verb of moving
        "A meeting between Nelson and Trelewis staff was held.",
    ],
)
def test_between_look_alikes_stay_clean(text: str) -> None:
    assert PLACE not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Teithiodd y fam rhwng Caerdydd a Phenarth bob dydd.", "Phenarth"),
        ("Roedd hi'n gweithio yn Llandeilo a Chaerfyrddin.", "Chaerfyrddin"),
        ("Aeth y teulu tua Thregaron ar ôl y llys.", "Thregaron"),
    ],
)
def test_welsh_aspirate_mutation(text: str, target: str) -> None:
    assert flags_at(text, PLACE, target)


@pytest.mark.parametrize(
    "text",
    [
        # mutated everyday words: "quiet", "her father", "and tea"
        "Roedd hi'n hapus a thawel yn y cartref.",
        "Roedd y fam yn byw gyda'i thad a the yn y bore.",
        # English "a" before a capital in an English sentence
        "Mother bought a Thornbury cake and a Charlton shirt.",
    ],
)
def test_welsh_aspirate_look_alikes_stay_clean(text: str) -> None:
    assert PLACE not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a month or a day after a town is no part of its name ("Barrow in Furness" is)
        ("The family moved to Selby in May and registered with a GP.", "Selby"),
        ("Child J went to the school in Selby in September.", "Selby"),
        ("Mother rented a room in Deal on Monday.", "Deal"),
    ],
)
def test_town_before_a_month_or_day(text: str, target: str) -> None:
    assert flags_at(text, PLACE, target)


def test_month_after_a_person_stays_clean() -> None:
    assert PLACE not in error_rules("Mother lived with Grace in May while the flat was repaired.")


def test_lagoon_named_as_a_spot() -> None:
    text = "The teenagers swam at the Blue Lagoon, the flooded quarry, most afternoons."
    assert flags_at(text, PLACE, "Blue Lagoon")


def test_lagoon_as_a_common_noun_stays_clean() -> None:
    assert PLACE not in error_rules("A lagoon at the nature reserve was closed to swimmers.")


LINK = "link-target"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a numbered street before another word of the file's name
        ("![Front of the house](img/12-kestrel-close-front.jpg)", "12-kestrel-close"),
        # a street written in capitals inside one word
        ("[Visit record](reports/visit_ChapelLane_12.pdf)", "ChapelLane"),
    ],
)
def test_street_in_a_file_name(text: str, target: str) -> None:
    assert flags_at(text, LINK, target)


@pytest.mark.parametrize(
    "text",
    [
        "[Photo](img/2021-close-up-of-the-bruise.jpg)",
        "[Guide](docs/road-safety-2022-close-up.pdf)",
        "[Review](lowerby-2023-adult-cr-00444.md)",
        "[Plan](docs/SafetyPlanTemplate-2023.pdf)",
    ],
)
def test_file_name_look_alikes_stay_clean(text: str) -> None:
    assert LINK not in error_rules(text)

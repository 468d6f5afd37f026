"""Round seventeen's venues named by their own word alone (issue 12): a pub by one emblem
where a person is, a chapel by its biblical name, a club's short name before an age group,
a club after a verb of sport, and a venue set beside a childminder's, nursery's or refuge's
kind (after "with", or written with its own "The"). Each form has near-misses beside it:
national bodies, generic kinds, brands and look-alike words stay clean."""

from __future__ import annotations

import pytest

from review_library.redaction.rules import bare_venues as B
from review_library.redaction.rules import pub_sign as P
from tests.redaction.one_line import error_rules, flags_at

RULE = "named-institution"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A neighbour saw him collapse outside the Pheasant at midnight.", "Pheasant"),
        ("Mother collected her from the Wheatsheaf when the shift ended.", "Wheatsheaf"),
        ("The assault happened in the Mitre, in front of other customers.", "Mitre"),
        ("They met at the Bell, where he was a regular.", "Bell"),
    ],
)
def test_one_emblem_where_a_person_is_names_a_pub(text: str, target: str) -> None:
    assert flags_at(text, RULE, target)


@pytest.mark.parametrize(
    "text",
    [
        # an emblem no list keeps alone: the prosecutor, a newspaper, a head teacher
        "The file was passed to the Crown in March.",
        "A story about the case appeared in the Sun.",
        "Mother spoke to the Head about the bruise.",
        # "of" after, a capital after, or no place's preposition before
        "The chaplain spoke of the Lamb of God at the service.",
        "Father had a tattoo of the Bull Ring on his arm.",
        "Child K drew the Unicorn from the story book.",
    ],
)
def test_one_emblem_that_names_no_pub_stays_clean(text: str) -> None:
    assert RULE not in error_rules(text)


def test_lone_sign_pattern_needs_the_place_before() -> None:
    text = "He drank in the Plough; the Plough was shut on Mondays."
    start = text.index("Plough")
    assert list(P.lone_signs(text)) == [(start, start + len("Plough"))]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The youth club met at Penuel on Friday evenings.", "Penuel"),
        ("Child K was taken to Soar for the harvest service.", "Soar"),
        ("Mother attended Caersalem for a year before the move.", "Caersalem"),
        ("A Sunday school at the Tabernacle ran a holiday club.", "Tabernacle"),
    ],
)
def test_chapel_by_its_biblical_name_alone(text: str, target: str) -> None:
    assert flags_at(text, RULE, target)


@pytest.mark.parametrize(
    "text",
    [
        # a city of today and a denomination are left out of the list
        "Father said he had been to Jerusalem on a pilgrimage.",
        "Mother joined Elim and found friends there.",
        # no place's preposition before, or lower case
        "The nativity play told the story of Bethlehem and Salem.",
        "Child K was told that the hawks soar over the hills.",
        "Mother hoped to soar in her new job.",
    ],
)
def test_chapel_look_alikes_stay_clean(text: str) -> None:
    assert RULE not in error_rules(text)


def test_chapel_name_before_a_capital_is_left_to_other_forms() -> None:
    assert list(B.chapel_names("He dressed up at Ebenezer Scrooge's party.")) == []
    text = "She sang at Moriah's anniversary."
    assert list(B.chapel_names(text)) == [(text.index("M"), text.index("'"))]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Young Person P trained with Albion juniors on Tuesday nights.", "Albion"),
        ("He was dropped from the Wanderers under-15s after the incident.", "Wanderers"),
        ("The coach of Hartley Town U13s made the first referral.", "Hartley Town"),
        ("Sibling 1 ran with Harriers juniors at the weekend.", "Harriers"),
    ],
)
def test_club_short_name_before_an_age_group(text: str, target: str) -> None:
    assert flags_at(text, RULE, target)


@pytest.mark.parametrize(
    "text",
    [
        "Father watched United on television every Saturday.",
        "Young Person P trained with the juniors at the leisure centre.",
        "The Town Council juniors forum met in May.",
    ],
)
def test_club_word_with_no_age_group_stays_clean(text: str) -> None:
    assert RULE not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Young Person P boxed for Kilnsey Phoenix until the spring.", "Kilnsey Phoenix"),
        ("Sibling 1 played netball for Marden Comets on Saturdays.", "Marden Comets"),
        ("Child K was swimming with Fenwick Otters twice a week.", "Fenwick Otters"),
    ],
)
def test_club_after_a_verb_of_sport(text: str, target: str) -> None:
    assert flags_at(text, RULE, target)


@pytest.mark.parametrize(
    "text",
    [
        "Young Person P played football for England Schools.",
        "Young Person P was boxing with Team GB.",
        "Young Person P trained with Young Person Q in the park.",
        "Child K played football for the school team.",
        "Mother was running with Couch to 5K.",
    ],
)
def test_national_sides_people_and_programmes_after_a_sport_verb_stay_clean(text: str) -> None:
    assert RULE not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Child K spent two days a week with Bea's Minis, a childminder in the village.",
         "Bea's Minis"),
        ("Child K was cared for at The Orchard, a childminder's home, three days a week.",
         "The Orchard"),
        ("Young Person P was known to workers at The Hub, a drop-in for teenagers.", "The Hub"),
        ("Child K was looked after with Tilly's Tinies, a childminder, on Fridays.", "Tilly's Tinies"),
    ],
)  # fmt: skip
def test_venue_beside_a_minding_or_sheltering_kind(text: str, target: str) -> None:
    assert flags_at(text, RULE, target)


@pytest.mark.parametrize(
    "text",
    [
        "Mother stayed with Grandmother, a retired nurse, for a month.",
        "Child K stayed with Mother, the main carer, at the refuge.",
        "Mother was referred to Women's Aid, the national charity, and to a refuge.",
        "Mother spoke with The Samaritans, a national helpline, that night.",
        "Child K was minded by a neighbour, a registered childminder, three days a week.",
    ],
)
def test_people_and_national_bodies_beside_a_kind_stay_clean(text: str) -> None:
    assert RULE not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Agencies involved: GP, health visitor, Bright Sparks, early help.", "Bright Sparks"),
        ("The following agencies contributed: the police, Acorn Tree and the school.",
         "Acorn Tree"),
    ],
)  # fmt: skip
def test_setting_named_in_a_list_of_agencies(text: str, target: str) -> None:
    assert flags_at(text, RULE, target)


def test_setting_named_in_a_bulleted_list_of_agencies() -> None:
    text = "Agencies that contributed:\n\n- Westmarch Police\n- Bright Sparks\n- Citizens Advice\n"
    start = text.index("Bright")
    assert list(B.agency_list_names(text, lambda name: name != "Westmarch Police")) == [
        (start, start + len("Bright Sparks")),
        (text.index("Citizens"), text.index("Citizens") + len("Citizens Advice")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # bodies, national charities, services and people in the list stay clean
        "Agencies involved: Westmarch Police, Health Visiting, Women's Aid, Early Help.",
        "The following agencies contributed: Barnardo's, Victim Support and Citizens Advice.",
        "Contributors: Mother, Father, Child K and the Designated Nurse.",
        # a body's name with "and" inside is not cut into names
        "Agencies involved: Westmarch Community and Mental Health Services NHS Trust.",
        # no colon after the cue: no list
        "Bright Sparks was one of the agencies involved in the review.",
    ],
)
def test_bodies_and_people_in_a_list_of_agencies_stay_clean(text: str) -> None:
    assert RULE not in error_rules(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Young Person P met the older boys at The Junction most evenings.", "The Junction"),
        ("Sibling 1 went to The Attic on Friday nights with friends.", "The Attic"),
    ],
)
def test_capital_the_and_one_word_after_a_place_preposition(text: str, target: str) -> None:
    assert flags_at(text, RULE, target)


@pytest.mark.parametrize(
    "text",
    [
        "Mother wrote a letter to The Guardian about the case.",
        "Mother shopped at The Range and at the market.",
        "Young Person P went to The Mix for advice about money.",
        "Young Person P was referred to The Hideout website.",
        "Mother went to The Hague for the hearing.",
        "The Junction is a youth project.",
    ],
)
def test_capital_the_newspapers_chains_and_national_services_stay_clean(text: str) -> None:
    assert RULE not in error_rules(text)

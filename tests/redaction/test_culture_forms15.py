"""Round fifteen: the culture of a pen picture read by form and position.

Each sentence is invented. The clean ones are the shapes of round fifteen's false alarms (a
saint prayed to, a name printed on a shirt, authors listed before a year, a department's
address, a language-medium kind of school, a car's make and model, a programme on repeat, a
character dressed as, a soap's square, a performer named after what they are); the ones with
a person keep the shapes only a person takes.
"""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules, flags_at, review_error_rules

CLEAN = [
    # saints and gurus prayed to (person and place rules)
    "Grandmother prayed to St Anthony whenever something was lost.",
    "Nan said a novena to St Jude when he was in hospital.",
    "They prayed to Guru Gobind Singh at the gurdwara.",
    # a name printed on what one owns
    "He had a Jack Grealish shirt and a Villa scarf.",
    "She slept under her Taylor Swift duvet cover.",
    # authors before a year, or beside a citation
    "As Brandon, Sidebotham and Belderson (2020) found, neglect is common.",
    "Daniel, Wassell and Gilligan (2010) describe resilience.",
    "The panel drew on Horwath (2013) and Morrison's research on neglect.",
    "The review drew on Ferguson's model of walking with the child.",
    # a department's public address
    "The Scottish Government is at Victoria Quay in Edinburgh.",
    "The Department for Education is at 20 Great Smith Street, and it funds the panel.",
    # a language-medium kind of school
    "Child L now goes to Welsh-medium school and is back in the choir.",
    # a make before its model
    "The family drove an old Nissan Micra to the coast.",
    # a programme on repeat, a character dressed as or voiced, a soap's square
    "The family watched Gavin and Stacey on repeat at Christmas.",
    "At Halloween she dressed him up as Buzz Lightyear.",
    "She could recite whole scenes in Nessa's voice.",
    "Mother watched EastEnders every night and said Albert Square felt like home.",
    # a performer named by what they are, a hero, a favourite shop, a work before what it is
    "Child L loved the singer Mared, whose songs she played on her phone.",
    "His hero was Alun Wyn Jones and he had a signed shirt.",
    "Her favourite shop was Claire's, and she saved up for earrings.",
    "Matilda was the book she read most.",
    'Granny played him Van Morrison\'s "Brown Eyed Girl" on her phone.',
    # a saint's day, a listed ground, a national youth body, a department's seat, a quoted
    # song sung whole, a concert's tickets
    "The family marked St Patrick's Day with a meal.",
    "He also went to the St David's Day parade in the town.",
    "He had a season ticket at St James' Park for thirty years.",
    "The NSPCC publishes guidance, and Girlguiding has a clear policy too.",
    "The Department of Health at Stormont has acknowledged this.",
    'He can sing the whole of "Yma o Hyd" without stopping.',
    "She listened to Lewis Capaldi and Gerry Cinnamon, and she had tickets to see Capaldi.",
    # a list whose last item opens a new clause
    "Mother listened to Taylor Swift and Ed Sheeran, and Mother's Partner played old songs.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_culture_shape_is_clean(text: str) -> None:
    assert review_error_rules(text) == set()


@pytest.mark.parametrize(
    ("text", "rule", "target"),
    [
        ("Nan prayed to God and rang her neighbour Kelly Marsh.", "named-place", "Kelly Marsh"),
        (
            "He had a poster of Spider-Man and his friend Jaxon Reilly had one too.",
            "person-name",
            "Jaxon Reilly",
        ),
        ("Child K's brother, Ryan, had a poster in his room.", "person-name", "Ryan"),
        ("Kayden's work at school improved after the move.", "person-name", "Kayden"),
        (
            "Kayden, Tyler and Mia (2012) were seen by the school nurse.",
            "person-name",
            "Kayden",
        ),
        ("Kayden, Tyler and Mia (2012) lived with Mother.", "person-name", "Kayden"),
        ("Her hero was Jade Matthews, her older cousin.", "person-name", "Jade Matthews"),
        ("Patrick's Day was spent with Kayden at the flat.", "person-name", "Kayden"),
        ('Kayden\'s "Best Friend" was an older man.', "person-name", "Kayden"),
        (
            "She dressed as Elsa, and her friend Tegan Pryce went as Anna.",
            "person-name",
            "Tegan Pryce",
        ),
        (
            "Mother's partner, Craig Dunmore, drove an old Ford Focus.",
            "",
            "Craig Dunmore",
        ),
        ("They lived at 4 Albert Square and watched EastEnders.", "street-address", "4 Albert"),
        (
            "The letter from the Home Office went to Mother at 14 Larkspur Drive.",
            "street-address",
            "14 Larkspur",
        ),
        ("She attended Ysgol Gymraeg Bryn Tawel, a Welsh-medium school.", "", "Bryn Tawel"),
    ],
)
def test_person_or_home_in_a_culture_shape_is_kept(text: str, rule: str, target: str) -> None:
    if rule:
        assert rule in error_rules(text) and flags_at(text, rule, target)
    else:
        assert error_rules(text)

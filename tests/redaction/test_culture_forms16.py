"""Round sixteen: more of a pen picture's culture read by form and position.

Each sentence is invented. The clean ones are the shapes of round sixteen's false alarms (a
character's or brand's name on a toy or clothes, a programme before its repeats, a game's
level by what it is called, an author after "anything by", a singer between every record
and its release, the heroes of a group, a programme singled out after a channel); the ones
with a person keep the shapes only a person takes.
"""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules

CLEAN = [
    # a name on a toy or on clothes, after "the" or "a pair of"
    "She would not settle at night without the Olaf toy from her aunt.",
    "He had saved for a Ted Baker jacket and a pair of Hugo Boss trainers.",
    # a programme before its repeats
    "Sunday nights meant Hetty Wainthropp repeats and a takeaway.",
    # a game's level, or a song, by what it is called
    "He was stuck on a level called 'Ellie Haven' for most of the summer.",
    # an author after "anything by", where the sentence is about books
    "She read anything by Jacqueline Wilson and kept the books under her bed.",
    # a singer between every record and its release
    "Grandad owned every album that Tom Jones released, on vinyl.",
    # the heroes of a group or a named child
    "The girls' heroes were Lucy Bronze and Leah Williamson.",
    "Child P's hero was Tyson Fury and he wanted to box.",
    # a programme singled out after a channel
    "The twins loved CBeebies, especially Sarah and Duck.",
]

PEOPLE = [
    ("The health visitor gave Harry Atherton the toy he had asked for.", "Harry Atherton"),
    ("Mother's partner, Kayden Marsh, had a pair of trainers in the hall.", "Kayden Marsh"),
    ("The boys' heroes were Callum Pritchard, a neighbour who boxed.", "Callum Pritchard"),
    ("He lived with a man called Jordan Pemberton who was eighteen.", "Jordan Pemberton"),
    ("The song that Tyler Bradford wrote was played at the funeral.", "Tyler Bradford"),
    ("They watched CBeebies, especially when Kayden Brierley visited.", "Kayden Brierley"),
    ("Mother said anything by Kayden Brierley upset her.", "Kayden Brierley"),
    ("Grandmother said Gavin repeats the same story every time.", "Gavin"),
    ("The health visitor told Elsa that the baby should sleep on her back.", "Elsa"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_culture_of_round_sixteen_is_no_person(text: str) -> None:
    assert "person-name" not in error_rules(text)


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_people_in_the_same_shapes_are_still_names(text: str, name: str) -> None:
    assert "person-name" in error_rules(text), name


# The second set: the culture false alarms left from round fifteen and blind16's clean
# corpus (a chain gone to for a meal, a smart speaker asked to play music, a character of a
# soap, a poster of a player, a pet named, a singer one is a fan of, a festival's name, a
# club's matches, an actor's voice done).
CLEAN_LEFT = [
    "They loved going to McDonald's after contact and always had nuggets.",
    "The twins asked Alexa to play lullabies every night.",
    "He had a poster of Bukayo Saka and another of Declan Rice above his bed.",
    "She named the new puppy Rosie after her favourite singer.",
    "Adult G was a lifelong fan of Tom Jones and had seen him in concert ten times.",
    "The family went to the gurdwara for Bandi Chhor Divas each autumn.",
    "They streamed Lech Gdansk matches with the cousins.",
    "She could do Julie Walters's voice from the film perfectly.",
    "Her brother wanted to drive a Bentley when he was older.",
]

PEOPLE_LEFT = [
    ("The boy went to McDonald's house after school.", "McDonald"),
    ("He asked Harry to play some music for the baby.", "Harry"),
    ("She asked Alexa Brierley to play the recording at the meeting.", "Alexa Brierley"),
    ("Mother told Siri Okafor to turn off the lights and go to bed.", "Siri Okafor"),
    ("He had a photo of Kayden Marsh in his room.", "Kayden Marsh"),
    ("Her favourite character in EastEnders was Sonia Fowler, the nurse.", "Sonia Fowler"),
    ("Her favourite person on the estate was Jordan Pemberton.", "Jordan Pemberton"),
    ("She could do Kayden Brierley's voice perfectly.", "Kayden Brierley"),
    ("They called the boy Kayden after his grandfather.", "Kayden"),
    ("Mother said Kayden Brierley matches the description.", "Kayden Brierley"),
    ("He drove Kayden Marsh to school every day.", "Kayden Marsh"),
]


@pytest.mark.parametrize("text", CLEAN_LEFT)
def test_culture_left_from_round_fifteen_is_no_person(text: str) -> None:
    assert "person-name" not in error_rules(text)


@pytest.mark.parametrize(("text", "name"), PEOPLE_LEFT)
def test_people_beside_the_culture_left_are_still_names(text: str, name: str) -> None:
    assert "person-name" in error_rules(text), name

"""Forms that generalise beyond the dev sentences (issue 12): person cues after a name or a
dash, streets and estates named in everyday ways, places of care named by their kind in lower
case, coordinates at a sentence's end and emphasis opening a word. One positive and one
negative per form; every name and place here is invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.normalise import normalise
from review_library.redaction.rules import (
    location,
    named_institution,
    named_place,
    person_name,
    street_address,
)


def spans(find, text: str) -> list[str]:
    return sorted({text[h.start : h.end] for h in find(text)})


def found(find, text: str, wanted: str) -> bool:
    return any(wanted in s or s in wanted for s in spans(find, text))


NAMES = [
    # (text, name): a relation before a dash or bracket
    ("Mother's boyfriend — Lanceroy — was never seen by a professional.", "Lanceroy"),
    ("Her son (Rhydian) stayed with his aunt.", "Rhydian"),
    ("Her boyfriend - Lanceroy Quist - moved in that spring.", "Lanceroy Quist"),
    # what happens only to a person, after a surname at a sentence's start or a name in lower case
    ("Petrauskas had been released from prison a month earlier.", "Petrauskas"),
    ("the note said only that mhairi had been seen by the gp.", "mhairi"),
    ("Horvathova was arrested at the address.", "Horvathova"),
    # a verb that takes a person and "as"
    ("Staff described Horvath as intimidating.", "Horvath"),
    # a first name and surname in lower case, the cue after the surname
    ("tracey okafor rang the duty desk at 22:00.", "tracey okafor"),
    # a nickname after a pseudonym label, without quotes
    ("Child K, known at home as Bubba, was not seen.", "Bubba"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_in_context_are_found(text: str, name: str) -> None:
    assert found(person_name.find, text, name), spans(person_name.find, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Review Group — Police — met monthly.",  # a capitalised relation word is a title
        "The plan was described as robust; Ofsted was seen as supportive.",
        "Kent Police said the man had been arrested.",  # a public body before the cue
        "The partner's full manne been told that letters were sent.",  # generated nonsense
        "The prowinitione merce worker reported threats.",  # 'worker' is no surname here
        "Staff described a chatty, affectionate girl as settled.",
        # a page title and the site's name, as Material writes a page's <title>
        "Voice of the child - Test library",
        "Voice of the child - Westmarch learning library",
    ],
)
def test_person_cues_need_a_name(text: str) -> None:
    assert spans(person_name.find, text) == []


INSTITUTIONS = [
    ("He was then moved to the Riverside PRU.", "Riverside PRU"),
    ("Young Person J was at Fernhill YOI for six months.", "Fernhill YOI"),
    ("Adult D went to the Meadowbank day centre twice a week.", "Meadowbank day centre"),
    ("She was discharged from the Harbourside mother and baby unit.", "Harbourside"),
    ("Adult D attended the Cedars, a day service for adults.", "Cedars"),
]


@pytest.mark.parametrize(("text", "name"), INSTITUTIONS)
def test_places_of_care_are_found(text: str, name: str) -> None:
    assert found(named_institution.find, text, name), spans(named_institution.find, text)


@pytest.mark.parametrize(
    "text",
    [
        "He was moved to a PRU and later to the local PRU.",
        "Adult D went to a day centre; the Council day centre closed in 2020.",
        "Adult D attended a day service, which the Council ran.",
        "She was discharged from a mother and baby unit.",
    ],
)
def test_kinds_without_a_name_are_no_institution(text: str) -> None:
    assert spans(named_institution.find, text) == []


STREETS = [
    ("The family moved to 14 alder close in the summer.", "14 alder close"),
    ("The incident happened outside 63 the crescent.", "63 the crescent"),
    ("They were rehoused to 5 The Green, near the shops.", "5 The Green"),
    ("She had lived in 12 Rhodfa'r Eglwys since 2019.", "12 Rhodfa'r Eglwys"),
]
PLACES = [
    ("The family lived on the Ravenscroft estate.", "Ravenscroft"),
    ("They moved to the village of Nether Wickham, far from a bus.", "Nether Wickham"),
    ("They moved to the village of Llanfihangel-y-Creuddyn.", "Llanfihangel-y-Creuddyn"),
]


@pytest.mark.parametrize(("text", "street"), STREETS)
def test_streets_are_found_in_every_case(text: str, street: str) -> None:
    assert street in spans(street_address.find, text), spans(street_address.find, text)


# Estates and villages are the named-place rule's (street-address had twins of these forms).
@pytest.mark.parametrize(("text", "place"), PLACES)
def test_estates_and_villages_are_found(text: str, place: str) -> None:
    assert found(named_place.find, text, place), spans(named_place.find, text)


@pytest.mark.parametrize(
    "text",
    [
        "The two were 3 very close friends by then.",
        "He was aged 15, was not drive and could not get there.",
        "In 2019 the court ordered contact; by 14 the close relationship had ended.",
        "She lived on a council estate, then the Council estate office moved.",
        "A village of about 200 people; the village called for a bus service.",
        "The walk was 2 miles; he took 1 wrong way home.",
    ],
)
def test_everyday_street_words_are_no_address(text: str) -> None:
    assert spans(street_address.find, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Google Maps showed the pin at 54.9783,-1.6178.",
        "He was stopped at 53.796N 1.548W.",
    ],
)
def test_coordinates_at_a_sentence_end_are_found(text: str) -> None:
    assert list(location.find(text))


def test_version_numbers_at_a_sentence_end_are_no_coordinates() -> None:
    assert list(location.find("They ran version 12.3456.7890 and scored 12.5 and 18.75.")) == []


@pytest.mark.parametrize(
    ("source", "seen"),
    [("friend, _Kay_leigh Barlow,", "friend, Kayleigh Barlow,"), ("*Kay*leigh", "Kayleigh")],
)
def test_emphasis_opening_a_word_is_removed_with_its_partner(source: str, seen: str) -> None:
    assert normalise(source).text == seen


@pytest.mark.parametrize("source", ["*Note*: x", "see _file_name.md", "_lil_bee07", "kenz_x"])
def test_emphasis_around_a_whole_word_is_kept(source: str) -> None:
    assert normalise(source).text == source


@pytest.mark.parametrize(
    "text",
    [
        "Visits on 4 occasions took place in May.",
        "Child K aged 5 would walk to school and aged 7 would drive a go-kart.",
        "When the 2 doors close at night the flat is dark.",
    ],
)
def test_verbs_after_a_number_are_no_street(text: str) -> None:
    assert spans(street_address.find, text) == []


def test_a_motorway_junction_is_no_house_number() -> None:
    assert spans(street_address.find, "The M4 junction 32 slip road was closed.") == []


ROUND_TWO = [
    (person_name.find, "Father was known to everyone on the estate as Tuffy, and left.", "Tuffy"),
    (person_name.find, "Mother said that Uncle Gaz sometimes picked the children up.", "Gaz"),
    (
        person_name.find,
        "The carer who found Adult M, Blessing Chikwanha, rang the office.",
        "Chikwanha",
    ),
    (location.find, "The drone team recorded the position as 53.79°N, 1.54°W.", "53.79°N, 1.54°W"),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She stayed with Grampy Bob at weekends.", "Bob"),
        ("Grampy Chip collected her from school.", "Chip"),
    ],
)
def test_every_family_form_of_address_opens_a_name(text: str, name: str) -> None:
    """'Grampy' alone in a text: the rule's gate once held only the other forms' letters."""
    assert found(person_name.find, text, name), spans(person_name.find, text)


def test_the_family_gate_covers_every_start_of_the_pattern() -> None:
    starts = person_name._FAMILY_START.pattern.split("|")
    assert all(any(start.startswith(word) for word in person_name.FAMILY_WORDS) for start in starts)


@pytest.mark.parametrize(("find", "text", "wanted"), ROUND_TWO)
def test_blind_dev_forms_are_found(find, text: str, wanted: str) -> None:
    assert found(find, text, wanted), spans(find, text)


@pytest.mark.parametrize(
    ("find", "text"),
    [
        (person_name.find, "She read The Nanny State Review in the hall."),
        (person_name.find, "The plan was a blessing. Hope Street Surgery was closed."),
        (person_name.find, "Results go to GitLab, Jenkins and Azure DevOps."),
        (location.find, "Scores of 12.50° and 18.75° were measured; 53.79, 1.54 was the ratio."),
    ],
)
def test_blind_dev_look_alikes_pass(find, text: str) -> None:
    assert spans(find, text) == []


def test_underscores_around_a_whole_word_are_removed() -> None:
    assert normalise("Mother's sister, _Bryony_, asked.").text == "Mother's sister, Bryony, asked."


ROUND_THREE = [
    ("Mother (née Kowalska) had moved to the area in 2016.", "Kowalska"),
    ("The Independent Reviewing Officer (Shona Buchanan) raised it.", "Shona Buchanan"),
    ("Amber, the eldest sister, told the social worker.", "Amber"),
    ("Child K was found at the Brennans' caravan.", "Brennans"),
    ("The referral form named the father as jordan mckenna and no more.", "jordan mckenna"),
    ("| Police | Arrest of Father and MICHAEL O'NEILL for supply. |", "MICHAEL"),
]


@pytest.mark.parametrize(("text", "name"), ROUND_THREE)
def test_more_person_cues_are_found(text: str, name: str) -> None:
    assert found(person_name.find, text, name), spans(person_name.find, text)


@pytest.mark.parametrize(
    "text",
    [
        "She spoke Shona at home; Kent said nothing; the Olympics and the Americans.",
        "The Ages and Stages Questionnaire scores were in the normal range.",
        "Dr Barnardo's Homes took many children of his generation.",
        "Mother had been Baptist, then Pentecostal; Father was Catholic.",
        "Calder, M. C. (ed.) (2008) *Risk*. Lyme Regis: Russell House Publishing.",
        "He was described as very quiet and recorded as big man by the school.",
        "The Chair (see Appendix 2) agreed the plan.",
    ],
)
def test_places_faiths_and_publishers_are_no_names(text: str) -> None:
    assert spans(person_name.find, text) == []


PLACES_OF_WORSHIP_AND_CARE = [
    ("Mother worshipped at Bethel Apostolic Church with the children.", "Bethel Apostolic Church"),
    ("He attended the madrassa at Masjid-e-Noor every evening.", "Masjid-e-Noor"),
    ("Mother found support at Wat Buddharam, where the monks helped.", "Wat Buddharam"),
    ("He had three admissions to Leverndale in two years.", "Leverndale"),
    ("Sibling 1 was a boarder at Methody until the fees rose.", "Methody"),
    ('Mother wrote "i have moved him to st anne\'s rc primary now".', "st anne's rc primary"),
]


@pytest.mark.parametrize(("text", "name"), PLACES_OF_WORSHIP_AND_CARE)
def test_places_of_worship_and_schooling_are_found(text: str, name: str) -> None:
    assert found(named_institution.find, text, name), spans(named_institution.find, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Catholic Church, the Church of England and the Methodist Church were asked.",
        "The Pentecostal Church, the United Reformed Church and a Sikh Gurdwara took part.",
        "NIHR Policy Research Unit in Health and Social Care Workforce (2019) Report.",
    ],
)
def test_denominations_and_research_units_are_no_named_place(text: str) -> None:
    assert spans(named_institution.find, text) == []


NAMED_PLACES = [
    ("Grandmother lived in Cilgwyn Uchaf, a hamlet of a dozen houses.", "Cilgwyn Uchaf"),
    ("Adult M was born and raised in Abercennin and never left.", "Abercennin"),
    ("The family farmed in the townland of Drumcullion for years.", "Drumcullion"),
    ("Adult M had lived in Little Snoring all his life.", "Little Snoring"),
    ("Child K's body was found at Hollins Quarry, a disused quarry.", "Hollins Quarry"),
    ("He was found in the bandstand in Victoria Park late that night.", "Victoria Park"),
    ("The tent was pitched in the woods at Coed Cochion.", "Coed Cochion"),
    ("Adult M was found beneath the Horsefair roundabout.", "Horsefair roundabout"),
]


@pytest.mark.parametrize(("text", "place"), NAMED_PLACES)
def test_named_places_are_found(text: str, place: str) -> None:
    assert found(named_place.find, text, place), spans(named_place.find, text)


@pytest.mark.parametrize(
    "text",
    [
        "He worked at the Business Park and the Science Park, near the National Park.",
        "She lived in London all her life; he was born and raised in Wales.",
        "Finally, a village meeting was held. Overall, a small island community helped.",
    ],
)
def test_public_places_and_connectives_are_no_named_place(text: str) -> None:
    assert spans(named_place.find, text) == []
    assert spans(street_address.find, text) == []


def test_coordinates_at_the_meridian_without_east_or_west() -> None:
    text = "The phone's last location, 51°28'N 0°00', was passed on."
    assert any("51°28'N 0°00'" in s for s in spans(location.find, text))


def test_a_name_in_spaced_capitals_and_after_knew_as() -> None:
    assert "J A D E" in spans(person_name.find, "He had the name J A D E tattooed on his hand.")
    assert "keeley" in spans(person_name.find, "The school knew her as keeley, not Child K.")
    assert (
        spans(person_name.find, "Options A B C D were listed; they knew him as a quiet boy.") == []
    )


ROUND_FIVE = [
    (
        named_place.find,
        "She was last seen in Upper Tysoe, the village where she grew up.",
        "Upper Tysoe",
    ),
    (
        named_place.find,  # the one rule for Welsh hyphenated names
        "The children were found in the signal box at Pant-y-Dwr crossing.",
        "Pant-y-Dwr",
    ),
    (
        named_place.find,
        "He was found on the beach at Camas Daraich after a night out.",
        "Camas Daraich",
    ),
    (
        named_place.find,
        "The trailer was at the end of the Lodge Farm Travellers' site.",
        "Lodge Farm",
    ),
    (
        named_institution.find,
        "Mother had been an inpatient at the Maudsley as a teenager.",
        "Maudsley",
    ),
]


@pytest.mark.parametrize(("find", "text", "wanted"), ROUND_FIVE)
def test_more_named_places_are_found(find, text: str, wanted: str) -> None:
    assert found(find, text, wanted), spans(find, text)


@pytest.mark.parametrize(
    ("find", "text"),
    [
        (person_name.find, "Mother (referred to as 'M' in the reports) and Father ('F') agreed."),
        (person_name.find, "A verse, John 3:16, was painted on the kitchen wall."),
        (street_address.find, "They met by the bridge at Leeds and the river at York."),
        (named_institution.find, "She was an inpatient at the Royal and then an outpatient."),
    ],
)
def test_labels_verses_and_towns_are_no_identifiers(find, text: str) -> None:
    assert spans(find, text) == []


def test_a_numbered_ward_after_an_admission() -> None:
    text = "Child K was admitted to Ward 7B with bruising at six weeks."
    assert "Ward 7B" in spans(named_institution.find, text)
    assert (
        spans(named_institution.find, "Ward 7 of the guidance was read; a ward round was held.")
        == []
    )

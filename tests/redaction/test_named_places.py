"""The ``named-place`` rule: small places known by their context (a verb of living or moving,
a place noun, a place word after the name, a Welsh, Gaelic or Irish place element), and the
cities, public bodies, products and partnership areas that are not reported. Every place
here is invented or a form only; none is taken from a case."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.rules import location, named_place
from tests.redaction.test_places import spans

PLACES = [
    # A verb of living or moving, then a name no list explains.
    ("Adult M was born and raised in Glasferrin and never left.", "Glasferrin"),
    ("Adult M lived alone on Skerrow, which has about forty residents.", "Skerrow"),
    ("Child K was placed with her grandparents in Hexby.", "Hexby"),
    ("The family had moved to Barra, where the school had six pupils.", "Barra"),
    # A qualifier before a village's name, after a preposition.
    (
        "They lived on the edge of Nether Thorpley, where the bus came twice a day.",
        "Nether Thorpley",
    ),
    ("She was last seen at the shelter in Upper Brackwell.", "Upper Brackwell"),
    # A place noun.
    ("The family farmed in the townland of Drumkeeran, where everyone knew them.", "Drumkeeran"),
    ("They moved to the island of Scarrow after the eviction.", "Scarrow"),
    # An estate known by "the" and its name alone.
    ("The older boys were from the Pennork, and he went there most nights.", "Pennork"),
    # A place word after the name, capitalised or not.
    ("His body was found at Dunsley Quarry, a disused quarry.", "Dunsley Quarry"),
    ("He was found in the bandstand in Rosalind Park late that night.", "Rosalind Park"),
    ("She was found in the underpass beneath the Cattlegate roundabout.", "Cattlegate roundabout"),
    ("The boys met behind the Marwood flats after school.", "Marwood flats"),
    ("He spent his evenings at the Glenbrae scheme.", "Glenbrae scheme"),
    (
        "The trailer was at the far end of the Ashpit Farm Travellers' site.",
        "Ashpit Farm Travellers' site",
    ),
    # Welsh and Gaelic elements, joined or apart.
    ("The tent was pitched in the woods at Coed Eithin above the town.", "Coed Eithin"),
    (
        "Young Person A was found on the beach at Camas Beithe after a night missing.",
        "Camas Beithe",
    ),
    ("Grandmother lived in Bryngoch Uchaf, a hamlet of a dozen houses.", "Bryngoch Uchaf"),
    ("The children were found in the signal box at Nant-y-Garw crossing.", "Nant-y-Garw"),
    ("Her aunt's farm was at Pen-'r-Allt, above the valley.", "Pen-'r-Allt"),
    ("The caravan stood by the lane to Cwm-y-Glo-Uchaf that winter.", "Cwm-y-Glo-Uchaf"),
    ("Father called the farm 'Bryn-yr-Odyn' in his messages.", "Bryn-yr-Odyn"),
    ("A map of the route from Penrhydwen to the school.", "Penrhydwen"),
    # A club, pub or employer known by what a person did there.
    ("Child K attended Bluebird Corner after school, a club in the hall.", "Bluebird Corner"),
    ("He trained three nights a week at Hollybank ABC, where the coach saw it.", "Hollybank ABC"),
    ("Father had been drinking in the Drovers and then at a friend's house.", "Drovers"),
    (
        "He worked at Fenwold Poultry, where most of the night shift were agency staff.",
        "Fenwold Poultry",
    ),
    ("Mother worked at the Spar in the village.", "Spar"),
    # A name before words of what kind of place it is.
    ("He followed her to the bingo hall on Ashcroft Retail Park.", "Ashcroft Retail Park"),
    ("The den was in Hollinbeck Country Park, near the car park.", "Hollinbeck Country Park"),
    # A place after its kind and "at", and in apposition with its kind.
    ("She was found on the shore at Tràigh na Beiste after dark.", "Tràigh na Beiste"),
    ("They were rehoused to Falcon Court, a tower block by the ring road.", "Falcon Court"),
    ("Father spent his days at the Moorgate allotments with his dog.", "Moorgate allotments"),
    ("Father went back to his home village of Chak Bhandar after the separation.", "Chak Bhandar"),
    ("he was picked up outside the chippy on the brackwell estate, the log says.", "brackwell"),
    ("He lived in a caravan at Upper Fellside Farm that winter.", "Upper Fellside Farm"),
    ("He was found sleeping under the Millgate viaduct by a worker.", "Millgate viaduct"),
    ("He visited the grave at Eastlands Cemetery every day.", "Eastlands Cemetery"),
    ("The family were placed at the Seaview Hotel for eleven weeks.", "Seaview Hotel"),
    ("She was found on the top floor of the Northgate multi-storey.", "Northgate multi-storey"),
    ("Father went back to Mango Walk Hill, the district where his mother lived.", "Mango Walk"),
    # A place one trains in, named by a word no dictionary has.
    ("He trained three nights a week in Hollin Gym with older men.", "Hollin Gym"),
    # A housing scheme whose name starts as a programme's does.
    ("She moved into a flat at the Rising Brook scheme for older people.", "Rising Brook"),
    # A canal lock by its number.
    ("The drugs were passed over at the Lock 14 car park on the canal.", "Lock 14"),
    # Water, rock and wasteland as maps name them, capitalised or not.
    ("She was seen on the towpath at Brindley Lock after dark.", "Brindley Lock"),
    ("He slept under the Carrow flyover for a month.", "Carrow flyover"),
    ("The boys met on the Salterby Quays most evenings.", "Salterby Quays"),
    ("Adult D was found below Ravenscar Crags by a climber.", "Ravenscar Crags"),
    ("The van stood on Holloway Heath common all summer.", "Holloway Heath common"),
    # How people say where they hang out: "up", "down", "over the" and a name.
    ("She said she spent her nights 'up the Tumpen' with the older lads.", "Tumpen"),
    # Hills, vales, crossroads, edges and parades after the name.
    ("He was found at the foot of Gibbet Hill by a runner.", "Gibbet Hill"),
    ("He was last seen walking towards Garwen Vale at dusk.", "Garwen Vale"),
    ("Police stopped the car near Thornley Crossroads.", "Thornley Crossroads"),
    ("The boys met outside the chip shop on Barnsdale Parade.", "Barnsdale Parade"),
    # More Welsh and Irish elements and adjectives; lower case after a place preposition.
    ("The caravan was parked near Llwyn Onn for a month.", "Llwyn Onn"),
    ("They camped by the dunes at Morfa Fechan that summer.", "Morfa Fechan"),
    ("His clothes were found on the sand at porth eithin the next day.", "porth eithin"),
    ("location: cefn mabws", "cefn mabws"),
    # A bridge after a preposition of place; a part of town named.
    ("The boys jumped from Tallow Bridge into the river most summers.", "Tallow Bridge"),
    ("Trouble flared in the Glanrhyd part of town that year.", "Glanrhyd"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_small_places_are_found(text: str, place: str) -> None:
    found = spans(named_place.find, text)
    assert any(place in s or s in place for s in found), found


NOT_PLACES = [
    # Cities, counties, nations and public bodies.
    "Mr D had lived in Bury and Rochdale, then moved to Manchester.",
    "Mother moved from Poland to Wales in 2015 and later to Scotland.",
    "Cwm Taf Morgannwg University Health Board and Powys took part.",
    "The family moved from the Valleys to the coast in search of work.",
    # Schemes, services, generic places and kinds of park or estate.
    "Police may disclose under the Domestic Violence Disclosure Scheme (Clare's Law).",
    "He moved in with a carer through the Shared Lives scheme in 2019.",
    # A skill one is trained in, also when the line wraps inside it.
    "Staff had training in Motivational Interviewing and in Restorative Approaches.",
    "The provider introduced training in Positive Behaviour\nSupport for evening staff.",
    "Funding came from the Supporting People scheme, then the Troubled Families scheme.",
    "The Single Point of Access received both referrals.",
    "The children played by the canal and the river, and neither was fenced.",
    "The family moved to a council estate on the Business Park side of town.",
    "She worked in a shop on the Retail Park and lived near the Industrial Estate.",
    "Kayden Marsh was seen twice; the bridge at Night was closed, the beach at Cardiff Bay too.",
    "they lived on the council estate, near the new flats and the local allotments.",
    "Finally, the district nurse visited; Meanwhile, the parish council met.",
    "He moved to Foster Care and then returned to School in Year 7.",
    # Meetings, courses, national groups and public bodies a person attends or works for.
    "Mother attended Core Group and the Freedom Programme, then Alcoholics Anonymous.",
    "He attended Child Protection Conference and worked for Kent County Council.",
    "She attended Mass every week and worked at the Hospital at weekends.",
    # Products, owners and people.
    "The same checks run outside MkDocs, in GitLab and from Unicode's tables.",
    "He lived with Kayleigh's mother at the time.",
    # Places of publication in a reference list.
    "Brandon, M. (2020) Complexity and challenge. London: Department for Education.",
    # A board's address block: a street named Quay after a house number; a person named
    # like a lock; a word after "up the" that is English.
    "Safeguarding Board, 4 Carrow Quay, Belfast, is the contact.",
    "Kate Fell and Adam Lock joined the panel.",
    "She went over the Christmas holidays and ran up the Stairs.",
    # A parade named by an everyday word; a person named like a hill; a health board; the
    # English words before "in" and a partnership's own area; a Welsh word in a sentence.
    "The Pride Parade and the Easter Parade went past the flat.",
    "Mrs Hill and Octavia Hill spoke at the event.",
    "Riverside Crossroads Care and Hope Vale Trust supported Mother.",
    "Cardiff and Vale University Health Board and the Vale of Glamorgan took part.",
    # a region named after its valley, whose first word is also a village's name
    "The Cwm Taf Morgannwg region and its safeguarding board took part.",
    # a bridge with no preposition of place (a programme's name); an everyday part of town
    "The Family Bridge programme ran in the Old part of town.",
    "He walked to coed the next morning and ran to pont quickly.",
]


def test_english_words_before_in_are_no_part_of_the_name() -> None:
    text = "Its review was late. Commissioners in Ashwell Vale met twice."
    assert spans(named_place.find, text) == ["Ashwell Vale"]


def test_every_lower_case_kind_has_a_trigger() -> None:
    """A kind the pattern knows but no trigger word finds is never read (as "common" was)."""
    for kind in named_place._LOWER_KINDS.split("|"):
        plain = kind.replace("[ \\t]+", " ").replace("[ \\t]*", "")
        assert any(word in plain for word in named_place.LOWER_KIND_WORDS), kind


@pytest.mark.parametrize("text", NOT_PLACES)
def test_public_and_generic_places_are_not_found(text: str) -> None:
    assert spans(named_place.find, text) == []


def test_the_partnership_area_is_not_reported() -> None:
    document = (
        "---\ntitle: Child K\npartnership: Harrowby Safeguarding Children Partnership\n---\n"
        "The family lived in Harrowby all their lives.\n"
    )
    report = check_text(document, "review.md", config=RedactionConfig())
    assert [f for f in report.findings if f.rule == "named-place"] == []


def test_a_place_in_the_title_is_reported_masked() -> None:
    document = "---\ntitle: 'Child K: a boy from the Pennork'\n---\nThe review.\n"
    report = check_text(document, "review.md", config=RedactionConfig())
    (finding,) = [f for f in report.findings if f.rule == "named-place"]
    assert finding.line == 2
    assert "Pennork" not in finding.excerpt


def test_degrees_and_minutes_on_the_meridian() -> None:
    text = "The phone's last location, 51°28'N 0°00', was passed on."
    assert spans(location.find, text) == ["51°28'N 0°00'"]
    assert spans(location.find, "The angle was 30° 20' and the slope 12°.") == []


@pytest.mark.parametrize(
    ("document", "place"),
    [
        ("---\ntitle: 'Child K: neglect and isolation on Scarrow'\n---\nThe review.\n", "Scarrow"),
        ("---\ntitle: 'Child K: a childhood on Mull'\n---\nThe review.\n", "Mull"),
        ("---\ntitle: Child K\n---\n## Life on Tiree\n\nThe review.\n", "Tiree"),
    ],
)
def test_a_place_ending_a_title_or_heading(document: str, place: str) -> None:
    report = check_text(document, "review.md", config=RedactionConfig())
    found = [f for f in report.findings if f.rule == "named-place"]
    assert len(found) == 1 and place not in found[0].excerpt


@pytest.mark.parametrize(
    "document",
    [
        "---\ntitle: 'Child K: reflections on Practice'\n---\nThe review.\n",
        "---\ntitle: 'Adult M: learning from Cardiff'\n---\n## Focus on Neglect\n\nText.\n",
        "---\ntitle: Child K\n---\n## Working with Ofsted\n\nA visit to Mull was planned on Monday.\n",
    ],
)
def test_words_and_public_places_ending_a_title_pass(document: str) -> None:
    report = check_text(document, "review.md", config=RedactionConfig())
    assert [f for f in report.findings if f.rule == "named-place"] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A police log in capitals: the place word scan reads the run in title case.
        ("22:05 MISPER FOUND AT HOLLINGDALE WOODS, CONVEYED HOME", "HOLLINGDALE WOODS"),
        ("CALL RE YOUTHS ON THE BRAMWORTH ESTATE, UNITS ATTENDED", "BRAMWORTH ESTATE"),
        # A landform by "the", capitalised as a name.
        ("He was found in the Glen, behind the school.", "the Glen"),
        ("They drank down the Dingle most nights.", "the Dingle"),
        # A village abroad named after its country.
        ("Her home village in Romania, Valea Mica de Jos, had no doctor.", "Valea Mica de Jos"),
        # A locality closing an address cell or a note, after a spot.
        ("| Address 2 | Room above the pub, Hollinsgate Cross | 2021 |", "Hollinsgate Cross"),
        # A named estate in lower case, even when a council bears the name.
        ("He was picked up on the ashfield estate that night.", "ashfield estate"),
        # Where someone was found, seen or died: a surname or two words may be a place's.
        ("He was found at Bleasworth two days later.", "Bleasworth"),
        ("She was found dead near Stannock Edge.", "Stannock Edge"),
        # Place words of water, slopes and blocks after a name.
        ("He was pulled from the Hebburn Vale Canal.", "Hebburn Vale Canal"),
        ("She lived on the ninth floor of Kestrel Tower.", "Kestrel Tower"),
        ("The boys hung around behind Moorside shops.", "Moorside shops"),
        ("He was found near Bracken Braes.", "Bracken Braes"),
    ],
)
def test_named_places_in_logs_landforms_abroad_and_after_a_spot(text: str, place: str) -> None:
    assert any(place in s for s in spans(named_place.find, text))


@pytest.mark.parametrize(
    "text",
    [
        "SECTION 4: THE NATIONAL PARK AUTHORITY AND THE COUNCIL ESTATE",
        "CAR PARK CCTV WAS REVIEWED; NO FURTHER ACTION",
        "She said the glen behind the school was used by older boys.",
        "The family moved from a village in Pakistan, and later from a town in Romania.",
        "The flat was above the shops, and the estate had no play area.",
        "He was known to drink in the pub, Cardiff.",
        "The review panel met in the Council Chamber to discuss the local park.",
        "He was found in Breach of the order.",
        "The boy was last seen at Christmas.",
        "He was found on Facebook by his mother.",
        "She was located in Birmingham after three days.",
        "The panel found at Stage 2 that the plan had drifted.",
        "She died in Hospital some weeks later.",
        "He was found in Tower Hamlets by officers.",
        "The local shops and the corner shop were visited.",
        "The Leeds and Liverpool Canal is a national trail; the Canal and River Trust agreed.",
    ],
)
def test_generic_places_in_logs_and_prose_pass(text: str) -> None:
    assert spans(named_place.find, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Rivers by the word, in any case, and by "the" after a verb of water; a canal or
        # station named after one town is the spot even where the town is a public body's.
        ("Police divers searched the River Calder below the town.", "River Calder"),
        ("Her coat was found on the bank of the river Wenning.", "river Wenning"),
        ("The river tees was high and he fell from the bank.", "river tees"),
        ("The Afon Teifi flooded the lane that winter.", "Afon Teifi"),
        ("The boys often swam in the Ribble near the old mill.", "Ribble"),
        ("He was pulled from the Rochdale Canal.", "Rochdale Canal"),
        ("Her phone was handed in at Shipley railway station.", "Shipley railway station"),
        ("The boys were seen at Bolton Interchange before midnight.", "Bolton Interchange"),
        ("He was stopped by police at Tebay services on the M6.", "Tebay services"),
        # Towns joined by hyphens and a linking word.
        ("Child F went missing from Barton-upon-Humber.", "Barton-upon-Humber"),
        ("The family relocated to Chapel-en-le-Frith in the summer.", "Chapel-en-le-Frith"),
        # A dwelling before its place; a Welsh place in lower case after a verb of moving.
        ("They were taken to their aunt's home in Blaenau Ffestiniog.", "Ffestiniog"),
        ("The family moved to pontardawe after the eviction.", "pontardawe"),
        ("she had been staying with her sister in ystradgynlais", "ystradgynlais"),
        # Spots a town names, capitalised or not, and places in lower case before a kind.
        ("They met in the car park behind Llandaff Fields.", "Llandaff Fields"),
        ("The pair walked along Porthcawl promenade.", "Porthcawl promenade"),
        ("The older boys hung around victoria park after dark.", "victoria park"),
        ("The children were seen on the seafront at Rhyl late at night.", "Rhyl"),
        # A second place listed after a first.
        ("She had been sofa surfing around Grangetown and Butetown.", "Butetown"),
    ],
)
def test_rivers_stations_linked_towns_and_spots(text: str, place: str) -> None:
    found = spans(named_place.find, text)
    assert any(place in s or s in place for s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Young people completed the Duke of Edinburgh's Award scheme with the school.",
        "The family lived in a house in Cardiff and had a caravan in Spain.",
        "He moved to temporary accomodation and later to supported lodgings.",
        "Her mother-in-law attended face-to-face meetings in Stoke-on-Trent.",
        "British Transport Police met him at the station; the Fire Station was told.",
        "Early help services, Children's services and Universal services saw the child.",
        "The river was high; the river bank was searched and the River Police boat came.",
        "He fell from the Window and was recovered from the Scene by paramedics.",
        "She was at home on Tuesday and stayed at home in Lockdown.",
        "The Labour Market and the Botanic Gardens were mentioned in the strategy.",
        "They lived around Cardiff and Newport, then moved to Wales.",
        "See [the allowlist](#attachments-the-allowlist) and the sign-in-with-email page.",
    ],
)
def test_rivers_stations_and_spots_near_misses(text: str) -> None:
    assert spans(named_place.find, text) == []


# Real towns and villages of the UK and Ireland, found by the GeoNames list (uk_places.txt.gz)
# rather than by their form: each is a surname, a district's word or a name of two words,
# which no rule read before.
TOWNS = [
    ("The family lived in Stratford until the child was three.", "Stratford"),
    ("Mother met him at a party in Didcot that summer.", "Didcot"),
    ("They were rehoused in a village outside Ludlow.", "Ludlow"),
    ("Father lived in Hebden Bridge and saw the children at weekends.", "Hebden Bridge"),
    ("Police stopped him in Rhyl town centre at midnight.", "Rhyl"),
    ("Her grandmother lives in Clacton-on-Sea.", "Clacton-on-Sea"),
    ("notes: family moved to didcot, school place needed", "didcot"),
    ("Adult F moved from Treharris to Ystrad Mynach.", "Ystrad Mynach"),
    ("Mother moved to Bishop's Stortford with the children.", "Bishop's Stortford"),
    # An estate named after a small town or district (a district's word explained it).
    ("They lived on the Ely estate in Cardiff.", "Ely estate"),
    ("the boys from the Didcot flats", "Didcot flats"),
]


@pytest.mark.parametrize(("text", "town"), TOWNS)
def test_small_towns_by_the_list_are_found(text: str, town: str) -> None:
    assert town in spans(named_place.find, text)


@pytest.mark.parametrize(
    "text",
    [
        "The family lived in March 2019 with the grandmother.",  # a town named like a month
        "The work of Ludlow and colleagues was cited.",  # a surname that is a town
        "The Youth Justice Service in Greenwich shared its records.",  # a council's area
        "The police in Armagh and the trust in Newry were asked.",  # council areas
        "He lived in Leeds, moved to Wales and visited family in Inverness.",  # cities, nation
        "Staff moved to a new way of working in Deal with it.",  # a town that is a word
        "They lived in a council flat near Cardiff Bay.",  # a city's landmark
        "The Leeds estate was rebuilt in the 1990s.",  # an estate named after a city
    ],
)
def test_towns_that_are_public_or_words_are_not_reported(text: str) -> None:
    assert not spans(named_place.find, text)


def test_the_place_list_gives_populations_and_marks_public_places() -> None:
    from review_library.redaction.rules.gazetteer import settlements

    table = settlements()
    assert len(table) > 10_000
    assert 0 < table["hebden bridge"] < named_place.SMALL_TOWN
    assert table["greenwich"] == -1  # a London borough, public whatever the village's size
    assert named_place.small_town("Hebden Bridge") and not named_place.small_town("Leeds")


def test_a_cue_in_the_sentence_before_does_not_change_what_named_institution_reads() -> None:
    """``named-institution`` opened windows at "centre at" and then read "lives in ..." in
    them, a verb no window of its own opens: the next piece of a joined scan changed."""
    from review_library.redaction.engine import VALUE_SEPARATOR
    from review_library.redaction.rules import named_institution

    after = "Her grandmother lives in Cwmderwen and offered to take the baby."
    for before in ("He was stopped in the town centre at midnight.", "A quiet evening."):
        joined = before + VALUE_SEPARATOR + after
        assert not spans(named_institution.find, joined)


# Districts and hamlets read by their form after a preposition (issue 12, places7): a
# capitalised preposition opening a sentence, a district's closing word, a Welsh element, a
# saint's parish, a district named with its city, a village after a named spot, a name in
# lower case before a district's closing word, and a district beside its outward postcode.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("At Brockwell West the family had friends nearby.", "Brockwell West"),
        ("In Brockhurst, the family kept to themselves.", "Brockhurst"),
        ("Child W's school was in Ton Pentre, two miles away.", "Ton Pentre"),
        ("The boys were seen up at Hatherley Bottom most nights.", "Hatherley Bottom"),
        ("The family had friends in Quarnby Vale.", "Quarnby Vale"),
        ("Child K was found in the woods behind Gorsmoor.", "Gorsmoor"),
        ("They were placed in a hostel in Hadfield, Sheffield.", "Hadfield"),
        ("They rented a room in St Bartons for a month.", "St Bartons"),
        (
            "The family lived at Wick Farm, Lower Tadworth, until the tenancy ended.",
            "Lower Tadworth",
        ),
        ("mum took the kids to penarn island most weekends", "penarn island"),
        ("the family lived in st aldates, then moved on", "st aldates"),
        ("The young person's home postcode was ST6 (Marbury).", "Marbury"),
        ("The family were rehoused near Dunmere (CF44) that spring.", "Dunmere"),
    ],
)
def test_districts_and_hamlets_read_by_their_form(text: str, place: str) -> None:
    found = spans(named_place.find, text)
    assert any(place in s or s in place for s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "In Summary, the panel found that agencies worked well together.",
        "At Key Stage 2 Child K did well; From September 2021 she attended nursery.",
        "The referral was passed to Early Help Hub and then to Adult Social Care.",
        "The strategy discussion took place on Microsoft Teams and in Google Meet.",
        "In Munro, E. (2011) The Munro Review of Child Protection. London: Department for Education.",
        "Policy Press, Bristol; Jessica Kingsley, London; published in London, Routledge.",
        "The letter was sent to Jane Green, the manager, and to Rosa Westcott.",
        "He hit rock bottom at christmas; the fair was on the village green.",
        "He volunteered at St John Ambulance and was referred to St Giles Trust.",
        "The M6 (Toll) was closed; the meeting was in room G12 (Ground Floor).",
        "In March, Cardiff and Newport councils agreed; He lived in Leeds, Bradford after.",
        "Bus travel across the West Midlands and North Wales was free.",
    ],
)
def test_form_readings_pass_services_references_people_and_words(text: str) -> None:
    assert spans(named_place.find, text) == []


def test_a_table_column_headed_as_a_place_holds_places() -> None:
    table = (
        "| Date | Event | Location |\n|---|---|---|\n| May 2021 | Missing | Brackenthwaite |\n"
        "| June 2021 | Seen | Cardiff |\n| July 2021 | Seen | Home |\n| Aug 2021 | Seen | Not known |"
    )
    assert spans(named_place.find, table) == ["Brackenthwaite"]
    agencies = "| Agency | Area |\n|---|---|\n| Police | North |\n| Health | Primary care |"
    assert spans(named_place.find, agencies) == []

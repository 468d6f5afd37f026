"""Rule ``named-place``: a small place named where a family lived or something happened.

A hamlet, village, island, townland or housing estate ("lived on Foula", "moved to the
village of Nether Wickham", "the boys from the Gurnos"), and a named spot ("Hollins
Quarry", "Victoria Park", "the Horsefair roundabout", "Lock 21", "the beach at Camas
Daraich") narrow a family down to a few dozen households, or name the place of a death.

Places are read from their context: a place word after the name ("Quarry", "roundabout",
"flats", "Travellers' site"), a verb of living or moving before it ("lived in", "moved to",
"was born in"), a place noun ("the townland of"), or a Welsh, Gaelic or Irish place element
("Coed", "Traeth", "Camas", "Drum", "Pant-y-"). A name after such a verb or a preposition
that the GeoNames list of UK and Irish places (``uk_places.txt.gz``) knows as a town or
village under ``SMALL_TOWN`` people is reported even when it is also a surname or a
district's word ("moved to Didcot", "a party in Ludlow", "to Ystrad Mynach"); one whose
one-word name is no English word, given name, surname or public body's word is reported
wherever it stands ("Moves: Seaham (2019)", ``listed_towns.py``).
Cities, counties, council areas and public bodies (the gazetteer's ``public_bodies.txt``)
and the partnership's own area (its declaration) are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.between_places import between_places
from review_library.redaction.rules.culture import not_a_place
from review_library.redaction.rules.gazetteer import (
    NEVER_NAMES,
    PLACE_ENDINGS,
    compound_place_word,
    gazetteer,
    place_key,
    settlements,
)
from review_library.redaction.rules.irish_eclipsis import eclipsed_places
from review_library.redaction.rules.large_areas import lived_in_area
from review_library.redaction.rules.listed_towns import listed_towns
from review_library.redaction.rules.local_names import at_where, said_places, the_places
from review_library.redaction.rules.named_institution import BUILDING_WORDS, after_capitalised
from review_library.redaction.rules.named_institution import GENERIC as INSTITUTION_GENERIC
from review_library.redaction.rules.person_name import in_public_phrase
from review_library.redaction.rules.public_outing import day_out_attraction, lender
from review_library.redaction.rules.street_name_use import STREET_WORD, seat_of_government
from review_library.redaction.rules.text import (
    CAP_WORD,
    LOWER,
    column_cells,
    contains_any,
    cue_finditer,
    fold,
    literal_positions,
    literal_windows,
    lowered,
    strip_possessive,
    vocabulary,
    word_set,
    word_windows,
    words_of,
)
from review_library.redaction.rules.uk_postcode import NOT_PLACE_BEFORE, POSTCODE_AREAS
from review_library.redaction.rules.unit_places import unit_places
from review_library.redaction.rules.venue_locality import venue_localities
from review_library.redaction.rules.welsh_mutation import aspirated_places, mutated_places

MESSAGE = (
    "a named village, island, estate or spot locates the family; describe it instead "
    "('a small village', 'a park near the home')"
)

_SP = r"[ \t]+"
# A place's name: capitalised words, Welsh linking words between them ("Pant-y-Dwr",
# "Llanfihangel-y-Creuddyn", "Bryn yr Eithin").
_PLACE_WORD = rf"{CAP_WORD}(?:-(?:y|yr|ar|na|nan|an|le|on|en)-{CAP_WORD})?"
# "in" and "on" link a name ("Barrow in Furness") but not a month or a day after a town
# ("moved to Selby in May", "a room in Deal on Monday").
_WHEN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_PLACE_NAME = (
    rf"{_PLACE_WORD}(?:{_SP}(?:(?:y|yr|na|nan|an|upon|le|(?:in|on)(?!{_SP}{_WHEN})){_SP})?"
    rf"{_PLACE_WORD}){{0,2}}"
)

# -- a place word after the name -------------------------------------------------------------
# Capitalised: part of the name ("Hollins Quarry", "Victoria Park", "Coed-y-Brenin Forest").
_CAP_KINDS = (
    "Quarry|Quarries|Wood|Woods|Forest|Beach|Sands|Cove|Bay|Park|Country Park|Rec|"
    "Recreation Ground|Playing Fields|Common|Heath|Moor|Reservoir|Lake|Pond|Roundabout|"
    "Underpass|Viaduct|Pier|Marina|Harbour|Flats|Island|Isle|Holm|Woodland|"
    "Nature Reserve|Caravan Park|[Tt]ravellers['’]? [Ss]ite|Meadow|Meadows|Pits|Dunes|Marsh|"
    "Farm|Allotments|Cemetery|Crematorium|Churchyard|Hotel|Motel|Guest House|Guesthouse|"
    "Canal|Brook|Beck|Braes|Brae|Dingle|Dene|Tower|Towers|Shops|Weir|Sidings|"
    # Public spaces a town names: "Llandaff Fields", "Gorsedd Gardens", "Dunstable Downs",
    # "Porthcawl Promenade", "the Storey Arms" (an inn or a landmark named after one).
    "Fields|Gardens|Downs|Arms|Haven|Promenade|Prom|Seafront|Market|Precinct|Playground|"
    "Skatepark|Skate Park|Lido|Baths|Bandstand|Holiday Park|Holiday Village|"
    # Water, rock and wasteland as maps name them: "Stainforth Lock", "Salford Quays",
    # "the Thornbury Flyover", "Hallam Crags", "Blea Tarn", "Gib Spinney".
    "Lock|Locks|Flyover|Wharf|Quay|Quays|Docks|Basin|Jetty|Embankment|Crag|Crags|Fell|Tor|"
    "Tarn|Mere|Fen|Spinney|Copse|Plantation|Falls|Cliffs|Rocks|Strand|Creek|Slipway|Mound|"
    # Hills, valleys, crossroads and parades ("Gallows Hill", "Ogmore Vale"), only after a
    # preposition of place: the words also end the names of people, health boards and
    # charities ("Crossroads Care"), see GUARDED_KINDS
    "Hill|Hills|Vale|Edge|Crossroads|Parade|Bridge|"
    # ... and headlands, drops and hollows as local people name them ("Gallows Point",
    # "Maiden's Leap", "Cadder's Hollow", "Holloway Fold")
    "Point|Leap|Hollow|Fold|Nook|Ness|Knoll|"
    # ... and the flooded quarry young people swim in ("the Blue Lagoon")
    "Lagoon|"
    # Landmarks named by their generic word: "the Harestone Standing Stones", "Kelby Lakes",
    # "the Wheaton Mooring".
    "Standing Stones|Stone Circle|Lakes|Mooring|Moorings|"
    # A lake as the Lake District names it ("Elterby Water"): only after a preposition of
    # place ("Welsh Water" and "Thames Water" are companies; see GUARDED_KINDS).
    "Water"
)
GUARDED_KINDS = frozenset(
    [
        "Hill",
        "Hills",
        "Vale",
        "Edge",
        "Crossroads",
        "Parade",
        "Bridge",
        "Point",
        "Leap",
        "Hollow",
        "Fold",
        "Nook",
        "Ness",
        "Knoll",
        "Lagoon",
        "Water",
    ]
)
GUARDED_PREP_BEFORE = re.compile(
    r"\b(?:in|at|on|near|to|from|behind|beneath|by|across|through|into|outside|around|"
    r"towards|of|up|down|along|over|below|above|beyond|past|off|under)[ \t]+(?:the[ \t]+)?\Z"
)
# "a Learning Point", "the Single Point of Access", "at Breaking Point", "the Starting Point
# meeting": a point of a process, not a headland.
NOT_POINT_NAMES = word_set(
    """learning key focal access entry contact decision reference data flash low high crisis
    check single pressure touch vantage tipping boiling starting turning breaking sticking
    talking meeting end mid focus action main first second third final next last central
    common one two three four five six seven eight nine ten"""
)
NOT_SPOT_AFTER_RE = re.compile(
    r"[ \t]*(?:\d|of\b|meeting|model|tool|form|service|programme|panel|team|group|session|"
    r"training|course|approach|framework|document|report|scale|plan|protocol)"
)
# In lower case: a common noun after a name ("the Horsefair roundabout", "Lansbury flats").
_LOWER_KINDS = (
    "quarry|woods|beach|cove|roundabout|underpass|flats|scheme|estate|park|country park|"
    r"playing fields|rec|recreation ground|reservoir|common|towpath|[Tt]ravellers['’]?[ \t]+site|"
    r"traveller[ \t]+site|gypsy[ \t]+site|caravan[ \t]+(?:park|site)|site|lay-by|layby|"
    r"slipway|woodland|tower[ \t]+block|high[ \t]+rise|bridge|allotments|car[ \t]+park|"
    r"viaduct|footbridge|subway|garages|precinct|multi-storey(?:[ \t]+car[ \t]+park)?|"
    r"shops|canal|brook|tower|parade|"
    # "Porthcawl promenade", "Lydstep Haven holiday park", "Ferndale skate park"
    r"promenade|seafront|market|bus[ \t]+shelter|skate[ \t]*park|play[ \t]+park|playground|holiday[ \t]+park|"
    r"holiday[ \t]+village|library|lido|fields|gardens|woods|"
    r"flyover|lock|locks|wharf|quay|quayside|docks|jetty|embankment|crags|tarn|spinney|copse|"
    r"plantation|falls|cliffs|sands|dunes|marsh|moor|heath|crossing|"
    # "the Penmaen part of town", "the Ely side of town"
    r"part[ \t]+of[ \t]+town|side[ \t]+of[ \t]+town|end[ \t]+of[ \t]+town|"
    # landmarks named by their generic word: "the Castlerigg stones", "Harestone standing
    # stones", "the Kelby lakes", "the Wheaton Aston mooring"
    r"standing[ \t]+stones?|stone[ \t]+circle|stones|lakes|moorings?|"
    # ... and a district named as a part of the town or city it is in: "the Netherby area of
    # Stockwell", "the Gorse Hill district of the town", "the Lozells part of Birmingham"
    # (what follows is read in _kind_place: AREA_OF_AFTER_RE)
    r"area[ \t]+of|district[ \t]+of|part[ \t]+of|suburb[ \t]+of|quarter[ \t]+of|"
    r"neighbourhood[ \t]+of"
)
# After "the X area of": a town's or city's name, or the town or city itself.
AREA_OF_AFTER_RE = re.compile(
    r"[ \t]+(?:[A-Z][a-z]|the[ \t]+(?:town|city|village)\b|town\b|the[ \t]+[A-Z][a-z])"
)
KIND_AFTER_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>(?:The{_SP})?{_PLACE_NAME}){_SP}"
    rf"(?P<kind>(?:{_CAP_KINDS})(?![\w\-'’])(?!{_SP}[A-Z])|(?:{_LOWER_KINDS})(?![\w\-]))"
)
CAP_KIND_WORDS = (
    *(w for w in _CAP_KINDS.split("|") if " " not in w),
    *("Country", "Recreation", "Playing", "Nature", "Caravan", "Travellers", "Guest"),
)
KIND_KEYS = frozenset(w.lower() for w in CAP_KIND_WORDS)
LOWER_KIND_WORDS = (
    "quarry",
    "woods",
    "beach",
    "cove",
    "roundabout",
    "underpass",
    "flats",
    "scheme",
    "estate",
    "park",
    "playing fields",
    "rec",
    "recreation ground",
    "reservoir",
    "towpath",
    "site",
    "lay-by",
    "layby",
    "slipway",
    "woodland",
    "tower block",
    "high rise",
    "bridge",
    "allotments",
    "car park",
    "viaduct",
    "footbridge",
    "subway",
    "garages",
    "precinct",
    "multi-storey",
    "shops",
    "canal",
    "brook",
    "tower",
    "parade",
    "promenade",
    "seafront",
    "market",
    "bus shelter",
    "playground",
    "library",
    "lido",
    "fields",
    "gardens",
    # every kind of _LOWER_KINDS has its trigger here ("common" had none, so "on Gorsey
    # Bank common" was never read): tests/redaction/test_places.py checks the two agree
    "common",
    "skate",
    "play park",
    "holiday",
    "flyover",
    "lock",
    "locks",
    "wharf",
    "quay",
    "quayside",
    "docks",
    "jetty",
    "embankment",
    "crags",
    "tarn",
    "spinney",
    "copse",
    "plantation",
    "falls",
    "cliffs",
    "sands",
    "dunes",
    "marsh",
    "moor",
    "heath",
    "crossing",
    "part of",
    "side of",
    "end of",
    "area of",
    "district of",
    "suburb of",
    "quarter of",
    "neighbourhood of",
    "standing",
    "stone",
    "lakes",
    "mooring",
)
# Kinds in lower case after which one everyday word names nothing ("a Saturday site visit",
# "the cattle market"), and "Market" or "Parade" ("the Labour Market", "the Pride Parade"):
# the name must be no English word, or a surname ("Jubilee Park", capitalised, is named).
HOUSING_KINDS = frozenset({"estate", "flats", "scheme", "tower block", "high rise"})
EVERYDAY_NAMED_KINDS = word_set(
    """estate site bridge common park rec scheme shops parade market fields gardens downs
    arms haven promenade prom seafront precinct playground library lido baths flyover lock
    locks wharf quay quayside docks jetty embankment crags tarn spinney copse plantation falls
    cliffs sands dunes marsh moor heath crossing stones lakes mooring moorings"""
) | frozenset(["sea front", "holiday park", "skate park", "play park"])
# An area a body covers, not a district: "the Local Authority area of ...", "the Police
# Division area of ...", "the Health Board area of ...".
ADMIN_AREA_WORDS = word_set(
    """authority authorities council councils borough county partnership board force trust
    service services police policing health commissioning catchment division ward
    constituency region regional unitary diocese parish command district operational"""
)
# "the Penmaen part of town": one everyday word before it ("the Old part of town") is none.
TOWN_PARTS_RE = re.compile(r"(?:part|side|end|area|district|suburb|quarter|neighbourhood)[ \t]+of")
# Words that say what kind of park, site or scheme it is, not which one ("the business
# park", "a Country Park", "the Flying Start scheme").
DETERMINERS = word_set("a an this that his her their its our my")
PLACE_PREP_BEFORE_RE = re.compile(
    r"\b(?:in|at|on|near|to|from|behind|beneath|by|across|through|into|outside|around)"
    r"[ \t]+(?:the[ \t]+)?\Z"
)
# "to" after a verb of giving or speaking takes a person: "handed the baby to Kayden Marsh",
# "spoke to Jayden Hill" (not "moved to ...", "went to ...").
PERSON_TO_BEFORE_RE = re.compile(
    r"\b(?:hand(?:ed|ing)?|gave|giv(?:en|ing)|spoke|speak(?:ing)?|talk(?:ed|ing)?|sen[dt]|"
    r"wr(?:ote|itten)|pass(?:ed|ing)|lent|sold|introduced|disclosed|explained|said|complained|"
    r"reported|married|engaged|related|lied|apologised|texted|messaged|replied|listened|"
    r"entrusted|left[ \t]+(?:him|her|them|the[ \t]+(?:baby|child(?:ren)?)))\b"
    r"[^.;:!?\n\x00]{0,30}?\bto[ \t]+\Z"
)
KIND_WORDS = word_set(
    """business retail science industrial country holiday theme car trailer national safari
    water skate play leisure trampoline regional caravan mobile home local nearby same new old
    council housing building construction pilot national public private community youth
    shopping trading technology enterprise the a an this that his her their its our my
    north south east west northern southern eastern western central upper lower inner outer
    main big small large little nearest local city town village county borough district
    camp camping landfill waste recycling storage burial test demonstration building
    care extra sheltered supported assisted respite befriending reablement mentoring
    fostering kinship tenancy employment apprenticeship botanic botanical memorial walled
    sensory labour"""
)

# -- a verb of living or moving before the name ----------------------------------------------
_LIVE = (
    r"lived|living|lives|live|grew[ \t]+up|brought[ \t]+up|raised|born|resident|residing|"
    r"settled|moved|moving|relocated|relocating|returned|returning|rehoused|housed|"
    r"stayed|staying|sleeping|slept|camping|camped|holidaying|holidayed|originally|"
    # going back, as parents say it: "we can't go back to hollins"
    r"go[ \t]+back|going[ \t]+back|went[ \t]+back|"
    r"family[ \t]+home|grandparents|grandmother|grandfather|placed[ \t]+with[ \t]+\w+[ \t]+\w+"
)
_PREP = r"in|on|at|to|from|near|outside|around|in[ \t]+and[ \t]+around"
LIVE_RE = re.compile(
    rf"\b(?:{_LIVE})(?:[ \t]+(?:alone|together|there|with[ \t]+\w+(?:[ \t]+\w+)?|all[ \t]+(?:his|her|their)[ \t]+lives?|"
    rf"and[ \t]+raised|back|away|out))?[ \t]+(?P<prep>{_PREP}){_SP}"
    rf"(?:(?P<the>the{_SP})?(?P<name>{_PLACE_NAME})(?![\w\-]|['’]s\b|{_SP}{CAP_WORD})"
    # The same in lower case, as notes and quoted speech write it: "moved to pontardawe".
    r"|(?P<lower>[a-z]{5,})(?![\w\-]))"
)
# A neighbourhood as a group's turf or a community, as young people and parents say it (often
# in quoted speech): "the older boys ran Lowfield", "they run Ashgrove now", "everyone on
# Thornleigh knows him", "the lads from Millbeck".
TURF_RE = re.compile(
    rf"\b(?:(?i:ran|run|runs|running|control|controls|controlled|own|owns|owned)"
    r"|(?i:everyone|everybody|anyone|nobody|no-one|people|lads|boys|girls|kids|youths|gang|"
    rf"crew|olders|youngers)[ \t]+(?i:on|from|off|round|around))[ \t]+"
    rf"(?P<name>{_PLACE_NAME})(?![\w\-]|['’]s\b|{_SP}{CAP_WORD})"
)
TURF_WORDS = ("ran", "run", "runs", "running", "control", "controls", "controlled", "own",
              "owns", "owned", "everyone", "everybody", "anyone", "nobody", "no-one", "people",
              "lads", "boys", "girls", "kids", "youths", "gang", "crew", "olders", "youngers")  # fmt: skip
# Stems found with str.find ("live" finds "lived", "lives"): one scan each.
LIVE_WORDS = (
    "live",
    "living",
    "grew up",
    "brought up",
    "raised",
    "born",
    "resid",
    "settled",
    "mov",
    "relocat",
    "return",
    "housed",
    "stay",
    "sleeping",
    "slept",
    "camp",
    "holiday",
    "originally",
    "family home",
    "grand",
    "placed with",
    "go back",
    "going back",
    "went back",
)
# A word in lower case after a verb of living is a place only if no list knows it and it is
# spelt as Welsh, Gaelic or English place names are ("pont-", "-gynlais", "-field").
# Letters Welsh and Gaelic spelling uses and English words rarely do.
WELSH_SPELLING_RE = re.compile(r"dd|ff|ll|wy|ys|rh|gw|cw|ae|yn|bh|mh|ach|och")
# A place noun: "the townland of Drumcullion", "the island of Barra", "a glen called X".
PLACE_NOUN_RE = re.compile(
    rf"\b(?:townland|island|isle|parish|glen|township|hamlet|village|settlement|estate|"
    rf"croft|crofting[ \t]+township|community|ward|area)[ \t]+(?:of|called|named|known[ \t]+as)"
    rf"{_SP}(?P<name>{_PLACE_NAME})"
)
PLACE_NOUNS = (
    "townland",
    "island",
    "isle",
    "parish",
    "glen",
    "township",
    "settlement",
    "croft",
    "community",
    "village",
    "hamlet",
)
# "from the Gurnos", "on the Gurnos": an estate known by "the" and its name alone.
# Led by the literal "the" (found fast); the preposition before it is read in code.
THE_NAME_RE = re.compile(rf"the{_SP}(?P<name>{CAP_WORD})(?![\w\-]|{_SP}[{LOWER}A-Z]*[A-Z])")
# A word after "the" that names a resource or a course, not a spot: "from the Thinkuknow
# programme", "on the Kooth website". Not "scheme" or "site": a housing scheme and a
# Travellers' site are places.
# Up to two words of what it does may come between: "drawing on the Brook traffic light
# tool", "the Kooth online platform" (a national charity's resource).
RESOURCE_AFTER_RE = re.compile(
    r"(?:[ \t]+[a-z]+(?:-[a-z]+)?){0,2}?"
    r"[ \t]+(?:programmes?|program|website|webpage|web[ \t]+page|app|campaign|helpline|"
    r"platform|resources?|toolkit|tools?|checklist|training|course|curriculum|podcast|videos?|"
    r"leaflets?|guidance|framework|model|approach|materials?)\b"
)
# "up the Knowle", "down the Bont", "over the Tump", "at the Cutty": how people say where
# they hang out.
PREP_BEFORE_THE_RE = re.compile(
    r"\b(?:from|on|off|round|around|across|onto|to|up|down|over|along|at|behind|near|"
    r"outside)[ \t]+\Z"
)
# A Welsh, Gaelic or Irish place element before a second name ("Coed Cochion", "Traeth
# Llyfn", "Camas Daraich", "Cwm Hir") or joined to one ("Abercennin", "Drumcullion",
# "Penrhiwceiber", "Ballykeel").
_ELEMENT_LIST = (
    "Coed Traeth Camas Cwm Nant Bryn Pant Glan Moel Mynydd Ynys Llyn Afon Porth Cefn Pont "
    "Bont Rhos Gwaun Hafod Blaen Tal Cil Craig Carreg Penrhyn Eilean Allt Gleann Baile Tigh "
    "Achadh Loch Lochan Inver Strath Dun Drum Knock Bally Carrick Kil Tully Clon Lis Rath "
    "Mullagh Inish Derry Ard Ben Beinn Sgurr Meall Bryngwyn Cnoc Creag Tre Tref Parc "
    # Welsh marsh, meadow, grove, ford, ridge, well, pool, causeway, moor, chapel and
    # castle; Irish lough and mountain; Scottish field
    "Morfa Dol Gelli Llwyn Rhyd Garth Gwern Ffynnon Pwll Sarn Waun Capel Castell Lough "
    "Slieve Auchen Carn "
    # Welsh village and hillside ("Ton Pentre", "Pentre Broughton"); a harbour village
    # ("Port Carrow": "Port Health" is English words, "Port Talbot" a council's)
    "Pentre Port"
)
ELEMENTS = tuple(_ELEMENT_LIST.split())
ELEMENT_PAIR_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>(?:{'|'.join(ELEMENTS)}){_SP}(?:(?:y|yr|na|nan|an){_SP})?{CAP_WORD})"
    rf"(?![\w\-])"
)
# The same in lower case, as notes and messages write it ("found at porth cadno",
# "location: cefn golau"): only right after a preposition of place or a location's label,
# since Welsh prose has these words in every sentence ("y cwm hwnnw").
LOWER_ELEMENTS = tuple(
    [
        "porth",
        "cefn",
        "coed",
        "cwm",
        "nant",
        "bryn",
        "glan",
        "moel",
        "llyn",
        "afon",
        "pont",
        "rhos",
        "hafod",
        "blaen",
        "craig",
        "morfa",
        "maes",
        "ynys",
        "traeth",
        "mynydd",
        "penrhyn",
        "gelli",
        "llwyn",
        "rhyd",
        "ffynnon",
        "pwll",
        "waun",
        "camas",
        "eilean",
        "lochan",
        "baile",
        "cnoc",
        "drum",
    ]
)
LOWER_ELEMENT_RE = re.compile(
    r"(?i:\b(?:at|in|near|from|to|towards|outside|location|located|found)\b)[ \t]*:?[ \t]+"
    rf"(?P<name>(?:{'|'.join(LOWER_ELEMENTS)})[ \t]+(?P<second>[a-z]{{3,}}))(?![\w\-])"
)
_JOINED_LIST = (
    "aber llan pen tre cwm nant bryn pont porth drum bally kil knock carrick clon lis rath "
    "tully inish inver auch ach dun strath glen ard"
)
_JOINED_ELEMENTS = tuple(_JOINED_LIST.split())
# Welsh adjectives after a place ("Cilgwyn Uchaf", "Trefach Isaf").
WELSH_ADJECTIVES = (
    "Uchaf",
    "Isaf",
    "Fawr",
    "Fach",
    "Bach",
    "Mawr",
    "Newydd",
    "Ganol",
    "Goch",
    "Wen",
    "Ddu",
    "Las",
    "Bychan",
    "Fechan",
    "Isa",
    "Ucha",
)
WELSH_AFTER_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>{CAP_WORD}{_SP}(?:{'|'.join(WELSH_ADJECTIVES)}))"
    r"(?![\w\-])"
)
# A small place after a preposition, known by its form: a qualifier ("in Little Snoring", "on
# the edge of Nether Wallop"), a Welsh or Irish element joined to it ("from Penrhiwceiber"),
# or no list explaining it ("at Meadowbank").
_QUALIFIER = r"Little|Nether|Upper|Lower|Great|Much|Long|Over|Church|Castle|Kirk"
# Prepositions of place; capitalised too, as a sentence or a chronology line opens ("At
# Knowle West the family had friends", "In Grangetown, ...").
_PLACE_PREPS = (
    r"in|at|near|from|to|outside|around|of|by|beyond|behind|beside|past|between|towards|"
    r"In|At|Near|From|Outside|Around|Beyond|Behind|Beside|Between|Towards"
)
PREP_PLACE_RE = re.compile(
    rf"\b(?:{_PLACE_PREPS})[ \t]+"
    rf"(?P<name>(?P<qualifier>(?:{_QUALIFIER})[ \t]+)?{CAP_WORD})(?![\w\-]|['’]s\b|{_SP}{CAP_WORD})"
)
PREP_TOWN_RE = re.compile(
    rf"\b(?:{_PLACE_PREPS.replace('of|by|', '')})[ \t]+"
    rf"(?P<name>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{1,2}})(?![\w\-]|['’]s\b|{_SP}{CAP_WORD})"
)
# A dwelling before the preposition: "a flat in ...", "their aunt's home near ...".
DWELLING_BEFORE_RE = re.compile(
    r"\b(?:home|house|flat|bungalow|caravan|cottage|farmhouse|tent|room|bedsit"
    # where a child went every day: "the primary school in Holt", "a nursery near Selby"
    r"|school|nursery|academy)[ \t]+\Z"
)
DWELLING_PLACE_RE = re.compile(
    rf"(?P<prep>in|at|near|outside|around)[ \t]+(?P<name>{_PLACE_NAME})(?![\w\-]|['’]s\b|{_SP}{CAP_WORD})"
)
# Cheap to find: a preposition and a capital (the alternation is tried only here).
PREP_TRIGGER_RE = re.compile(rf"(?:{_PLACE_PREPS})[ \t]+[A-Z]")
# Welsh and Gaelic names joined by hyphens: "Pant-y-Dwr", "Pen-y-Bont", "Bryn-yr-Eos",
# "Pen-'r-Heol", "Pant-y-Dwr-Uchaf" (the one rule for this form: street-address had a twin).
HYPHEN_RE = re.compile(
    rf"(?<![\w\-])[A-Z][{LOWER}]+(?:-(?:y|yr|ar|a|na|nan|['’]r)-[A-Z][{LOWER}]+)+"
    rf"(?:-[A-Z][{LOWER}]+(?![\w\-]))?"
)
WELSH_LINKS = ("-y-", "-yr-", "-ar-", "-a-", "-na-", "-nan-", "-'r-", "-’r-")
# A club, pub, employer or place of worship known by what a person did there: "attended
# Rainbow Corner", "trained three nights a week at Millbrook ABC", "drinking in the Feathers",
# "worked at Bellfield Poultry".
_USED_NAME = (
    rf"(?P<name>{CAP_WORD}(?:[ \t]+(?:{CAP_WORD}|[A-Z]{{2,5}})){{0,2}})"
    rf"(?![\w\-'’]|[ \t]+(?:{CAP_WORD}|[A-Z]{{2,5}}\b))"
)
# Bodies work with bodies: "worked jointly with", "works closely with", "in partnership with".
JOINT_WORK_RE = re.compile(r"\b(?:jointly|together|collaboratively|in[ \t]+partnership)\b")
ATTENDED_RE = re.compile(rf"\battend(?:ed|s|ing)[ \t]+(?P<the>the[ \t]+)?{_USED_NAME}")
USED_AT_RE = re.compile(
    r"\b(?P<verb>trained|training|trains|worked|working|works|employed|drinking|drank|drinks|"
    r"volunteered|volunteering|boxed|boxing|played|playing|worshipped|worshipping)"
    rf"(?:[ \t]+[a-z]+){{0,5}}?[ \t]+(?P<prep>at|in|for|with)[ \t]+(?P<the>the[ \t]+)?{_USED_NAME}"
)
USED_WORDS = (
    "attend",
    "train",
    "work",
    "employed",
    "drink",
    "drank",
    "volunteer",
    "box",
    "play",
    "worship",
)
# What a person attends that is no place: meetings, courses and national organisations
# ("attended Core Group", "attended the Freedom Programme", "attended Alcoholics Anonymous").
NOT_USED_PLACES = word_set(
    """meeting meetings discussion discussions conference conferences group groups panel
    review reviews session sessions appointment appointments course courses programme
    programmes approach training class classes lesson lessons assessment assessments
    anonymous cadets brigade scouts guides brownies cubs beavers rainbows explorers sunday
    mass prayers worship hearing hearings interview interviews university college
    jobcentre plus"""
)
# A place named after its kind: "the beach at Camas Daraich", "on the shore at Port na
# Cille", "the allotments near Hollin Bank".
KIND_AT_RE = re.compile(
    r"\b(?:beach|woods?|fields?|quarry|farm|crossing|bridge|lay-?by|river|canal|moor|hills?|"
    r"lake|loch|cliffs?|bay|harbour|pier|campsite|caravan[ \t]+site|encampment|shore|"
    r"seafront|sea[ \t]+front|promenade|market|shops|station|park|playground|"
    rf"allotments?)[ \t]+(?:at|near|in)[ \t]+(?P<name>{_PLACE_NAME})(?![\w\-])"
)
KIND_AT_WORDS = tuple(
    [
        "beach",
        "wood",
        "woods",
        "field",
        "fields",
        "quarry",
        "farm",
        "crossing",
        "bridge",
        "lay-by",
        "layby",
        "river",
        "canal",
        "moor",
        "hill",
        "hills",
        "lake",
        "loch",
        "cliff",
        "cliffs",
        "bay",
        "harbour",
        "pier",
        "campsite",
        "site",
        "encampment",
        "shore",
        "allotment",
        "allotments",
        "seafront",
        "promenade",
        "market",
        "shops",
        "station",
        "park",
        "playground",
    ]
)
# An estate or block named in lower case, as in a copied log: "the ashfield estate" (the
# name must be no English word: "the council estate", "the new flats").
LOWER_NAME_RE = re.compile(
    r"\bthe[ \t]+(?P<name>[a-z]{4,}(?:[ \t]+[a-z]{4,})?)[ \t]+(?:estate|flats|allotments|park|"
    r"woods|quarry|beach|reservoir|rec|fields|moor|heath|marsh|meadows|shops|precinct|"
    r"promenade|seafront|gardens|downs)\b"
    # Open spaces are named without "the" too: "hung around victoria park".
    r"|\b(?:in|at|on|near|around|round|behind|to|from|by|outside|through|into|across|along)"
    r"[ \t]+(?P<open>[a-z]{4,})[ \t]+(?:park|woods|quarry|beach|reservoir|moor|heath|"
    r"promenade|seafront|gardens|downs)\b"
)
LOWER_NAME_WORDS = (
    "estate",
    "flats",
    "allotments",
    "park",
    "woods",
    "quarry",
    "beach",
    "reservoir",
    "rec",
    "fields",
    "moor",
    "heath",
    "marsh",
    "meadows",
    "shops",
    "precinct",
    "promenade",
    "seafront",
    "gardens",
    "downs",
)
# A district or hamlet in lower case, as notes and quoted speech write it: "up at horsley
# bottom", "took the kids to barry island", "lived in st pauls".
_LOWER_SUFFIXES = ("bottom", "bottoms", "island", "vale", "green", "heath", "common", "cross")
LOWER_LOCALITY_RE = re.compile(
    r"\b(?:in|at|on|near|around|round|behind|to|from|outside|into)[ \t]+"
    rf"(?P<name>(?P<first>[a-z]{{4,}})[ \t]+(?:{'|'.join(_LOWER_SUFFIXES)})|(?:st|saint)[ \t]+"
    r"(?P<saint>[a-z]{4,}))(?![\w\-'’])"
)
# A place in apposition with its kind: "Cilgwyn Uchaf, a hamlet of a dozen houses", "Port
# na Cille, a bay below the township", "Kestrel House, a tower block by the ring road".
APPOSED_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>{_PLACE_NAME}),[ \t]+(?:an?|the)[ \t]+(?:[a-z\-]+[ \t]+){{0,2}}?"
    r"(?:hamlet|village|townland|cove|island|smallholding|farmstead|bay|beach|tower[ \t]+block|"
    r"block[ \t]+of[ \t]+flats|high-?rise|district|suburb|neighbourhood|parish|township)\b"
)
APPOSED_WORDS = (
    "hamlet",
    "village",
    "townland",
    "cove",
    "island",
    "smallholding",
    "farmstead",
    "bay",
    "beach",
    "tower block",
    "block of flats",
    "high-rise",
    "high rise",
    "district",
    "suburb",
    "neighbourhood",
    "parish",
    "township",
)
# Words that say what kind of place a name after "the beach at" or before ", a hamlet" is,
# not which one.
NOT_SPOT_NAMES = word_set(
    """council housing local authority crown national industrial trading business retail
    hospital university college school church park country family whole same new old
    entire duchy science car leisure holiday caravan theme regional city town nature safari
    water sports public private village county the a an this that his her their its our in
    on at to from of and or by for with high main finally however then later also"""
)
LINK_WORDS = frozenset(["y", "yr", "na", "nan", "an", "on", "upon", "le", "in"])


_STREET_END = re.compile(rf"\b{STREET_WORD}\Z")


def _spot_name(name: str, names) -> bool:
    """Whether the name after "the beach at" or before ", a hamlet" is a place's: no word
    of a kind, role or public body only; one word must be no English word ("the bridge at
    Night"), several no public places alone ("the beach at Cardiff Bay")."""
    keys = [fold(strip_possessive(w)) for w in re.findall(CAP_WORD, name)]
    keys = [k for k in keys if k not in LINK_WORDS]
    # A building word ends a name ("Falcon Court"); a role or label never starts one.
    if not keys or keys[0] in NEVER_NAMES or any(k in NOT_SPOT_NAMES for k in keys):
        return False
    if len(keys) == 1:
        return not (names.is_word(keys[0]) or keys[0] in names.bodies)
    return not all(k in names.bodies for k in keys)


# A title or heading is terse: "Child K: neglect and isolation on Barra", "## Life on Unst".
# A name ending one after a preposition is a place unless it is a word or a public body.
TITLE_PLACE_RE = re.compile(
    rf"\b(?:on|in|at|from|to|near)[ \t]+(?P<name>{CAP_WORD})(?=[ \t]*(?:[,.;:!?)]|\Z))"
)
# A front matter value scanned on one line between the engine's separators, or a heading.
VALUE_START = "\x00\n"
# A canal lock by its number: "the Lock 21 car park".
LOCK_RE = re.compile(r"(?<![\w\-])Lock[ \t]+\d{1,3}[A-Za-z]?(?![\w\-])")
# Villages named with a qualifier: "Little Snoring", "Nether Wallop", "Upper Tysoe".
QUALIFIERS = word_set("little nether upper lower great much long over high east west north south")
# Capitalised words that are no place after a verb of living ("moved to Foster Care",
# "returned to Work", "lived in Fear").
NOT_PLACES = word_set(
    """care foster work school college university hospital custody prison bed hostel
    temporary emergency supported accommodation housing refuge home residential nursing
    year class form nursery reception key stage the a an his her their our my
    mental health social services court police church mosque temple chapel"""
)

# -- named places written as police logs and notes write them ---------------------------------
# A log in capitals: "LOCATED AT BRACKEN HILL WOODS". A run of capitalised words is read in
# title case (same length, so offsets hold) by the place-word scan above.
_CAPS_LIST = """WOODS WOOD PARK ESTATE QUARRY BEACH REC COMMON FLATS RESERVOIR WOODLAND
    ROUNDABOUT UNDERPASS MEADOWS MEADOW MOOR HEATH SANDS COVE BAY LAKE POND MARINA ALLOTMENTS
    DUNES PITS FARM RECREATION PLAYING STONES LAKES MOORING"""
_CAPS_KINDS = tuple(_CAPS_LIST.split())
CAPS_KIND_RE = re.compile(rf"(?<![\w\-])(?:{'|'.join(_CAPS_KINDS)})(?![\w\-])")
CAPS_RUN_RE = re.compile(r"(?<![\w\-])[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){1,6}(?![\w\-])")
# A name in capitals before a place word in lower case: "the BRACKENFIELD estate", "on
# the TANWORTH rec" (a name typed in capitals, or full-width capitals folded to them).
# Led by the first capital, the look-behind after it, and the words written out: one to
# three words, the last of four characters or more (as first written, "(?<![\w\-'’])(?:[A-Z]
# [A-Z'’\-]{2,}[ \t]+){0,2}[A-Z][A-Z'’\-]{3,}", the engine tried every character: 1.1 ->
# 0.34 ms a review; the same matches, tried in the same order).
CAPS_BEFORE_LOWER_KIND_RE = re.compile(
    rf"[A-Z](?<![\w\-'’].)(?:[A-Z'’\-]{{2,}}[ \t]+(?:[A-Z][A-Z'’\-]{{2,}}[ \t]+)?"
    rf"[A-Z][A-Z'’\-]{{3,}}|[A-Z'’\-]{{3,}})"
    rf"(?=[ \t]+(?:{_LOWER_KINDS})(?![\w\-]))"
)
# Small words, and kinds the scan reads in lower case only ("the Tanworth estate").
CAPS_SMALL = word_set("at in on of to from near by the and or for with into estate scheme")
# A landform known by "the" and its kind alone, capitalised as a name: "found in the Glen",
# "down the Dingle", "up the Braes" ("the glen" in lower case is no name).
LANDFORMS = word_set(
    """glen dingle dell dene gully clough cwm quarry rec common moor woods marsh cut banks
    brook beck burn braes links sands dunes cliffs rocks den hollow bottoms heath meadows
    pits tip lido prom dam cutting ginnel gulley spinney copse"""
)
LANDFORM_PREP_RE = re.compile(
    r"\b(?:in|at|on|from|to|near|by|behind|beside|down|up|into|onto|across|along|round|"
    r"around|through|over|under|off|past|towards)[ \t]+\Z"
)
# A village abroad named after its country or region: "her home village in Romania, Dealu
# Mare de Sus"; the name may hold a foreign linking word ("de", "al", "di", "na").
_FOREIGN_LINK = r"de|del|della|di|da|do|dos|du|la|le|al|el|e|i|na|nad|pod|am|an|bei|sur|van"
ABROAD_RE = re.compile(
    r"\b(?:village|hamlet|town|township|settlement|valley|district|province|region)[ \t]+"
    rf"(?:in|near|outside|of)[ \t]+(?:the[ \t]+)?{CAP_WORD}(?:[ \t]+{CAP_WORD})?,[ \t]+"
    rf"(?P<name>{CAP_WORD}(?:[ \t]+(?:(?:{_FOREIGN_LINK})[ \t]+)?(?:{CAP_WORD}|\d{{1,3}})){{0,3}})"
    r"(?![\w\-])"
)
ABROAD_WORDS = (
    "village",
    "hamlet",
    "town",
    "settlement",
    "valley",
    "district",
    "province",
    "region",
)
# A locality after a spot, closing an address cell or note: "Room above the pub, Hollins
# Cross |", "the flat over the shops, Ladybarn."
AFTER_SPOT_RE = re.compile(
    r"\b(?:pub|shops?|chippy|takeaway|garage|garages|flats?|HMO|bedsit|hostel|caravan|"
    r"launderette|bookies|off[ \t-]licence|parade|precinct|chapel|mosque|post[ \t]+office)"
    rf",[ \t]+(?P<name>{_PLACE_NAME})(?=[ \t]*(?:\||[.;]|\n|\Z))"
)
AFTER_SPOT_WORDS = (
    "pub",
    "shop",
    "chippy",
    "takeaway",
    "garage",
    "flat",
    "hmo",
    "bedsit",
    "hostel",
    "caravan",
    "launderette",
    "bookies",
    "licence",
    "parade",
    "precinct",
    "chapel",
    "mosque",
    "post office",
)

# Where a child or adult was found, seen or died is a place: "was found at Bleasdale", "found
# dead near Stanage Edge" (a surname alone after "at" names no person here).
FOUND_RE = re.compile(
    r"\b(?:found|located|discovered|recovered|spotted|sighted|traced|collapsed|died|drowned|"
    r"stabbed|attacked|assaulted|abandoned|dumped|last[ \t]+seen)"
    r"(?:[ \t]+(?:dead|alive|safe|unconscious|unresponsive|injured|hanging|alone|wandering))?"
    r"[ \t]+(?:at|in|on|near|off|behind|beside|outside)[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>{_PLACE_NAME})(?![\w\-]|['’]s\b|{_SP}{CAP_WORD})"
)
FOUND_WORDS = (
    "found",
    "located",
    "discovered",
    "recovered",
    "spotted",
    "sighted",
    "traced",
    "collapsed",
    "died",
    "drowned",
    "stabbed",
    "attacked",
    "assaulted",
    "abandoned",
    "dumped",
    "last seen",
)


# -- rivers, canals, stations and towns joined by hyphens --------------------------------------
# A river by its name after the word, in any case: "the River Calder", "the river Wenning",
# "RIVER TEES", "Afon Teifi" (where a body was found, or a tent pitched). A river's name is
# never explained away by a public body's ("River Ribble"): the river is the spot.
WATER_WORDS = ("River", "river", "RIVER", "Afon", "afon", "AFON")
WATER_RE = re.compile(
    rf"(?<![\w\-])(?:River|RIVER|Afon|AFON)[ \t]+(?P<name>(?:(?:Great|Little|GREAT|LITTLE)[ \t]+)?"
    rf"(?:{CAP_WORD}|[A-Z]{{3,}}))(?![\w\-])"
    rf"|(?<![\w\-])(?:river|afon)[ \t]+(?P<lower>[a-z]{{3,}}|{CAP_WORD})(?![\w\-])"
)
# Words after "river" that say what part or use of a river it is, or whose it is.
NOT_RIVER_NAMES = word_set(
    """bank banks bed side sides level levels police trust authority authorities crossing
    crossings path paths walk walks water waters edge edges mouth estuary flood floods
    flooding current currents safety search rescue island view valley basin catchment boat
    boats cruise bus taxi island lodge house court centre unit runs ran flows flowed was
    were is are had has and or nearby near by at in on of to into from through along which
    that where when while as with running flowing close behind below above beside"""
)
# A river or lake known by "the" and its name after a verb of water: "swam in the Ribble",
# "pulled from the Taff", "jumped into the Irwell".
WATER_VERBS = frozenset(
    [
        "swam",
        "swim",
        "swims",
        "swimming",
        "drown",
        "drowned",
        "drowning",
        "dived",
        "diving",
        "waded",
        "wading",
        "paddled",
        "paddling",
    ]
)
# Verbs of other falls and finds count near a word of water only ("pulled from the Taff").
WATER_MOVES = frozenset(
    ["jumped", "jumping", "fell", "fallen", "pulled", "recovered", "washed", "dove"]
)
WATER_WORDS_NEAR = frozenset(
    ["water", "river", "canal", "lake", "loch", "reservoir", "divers", "diver", "bank"]
)
WATER_VERB_RE = re.compile(
    r"\b(?:swam|swim|swims|swimming|drown(?:ed|ing)?|dived|diving|dove|waded|wading|"
    r"paddl(?:ed|ing|e)|jumped|jumping|fell|fallen|pulled|recovered|washed)"
    r"(?:[ \t]+(?:out|up|in|back))?[ \t]+(?:in|into|from|out[ \t]+of|off)[ \t]+the[ \t]+"
    rf"(?P<name>{CAP_WORD})(?![\w\-]|[ \t]+{CAP_WORD})"
)
# Kinds named after one town that are still the spot: "the Rochdale Canal", "Shipley railway
# station", "Bolton Interchange" (a canal between two cities, "the Leeds and Liverpool
# Canal", is a national route and stays public).
TOWN_SPOT_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>{CAP_WORD}(?:[ \t]+(?:Narrow|Main|Central|Junction|Grand|Union|"
    r"Road|Street|Parkway|International|North|South|East|West))?)[ \t]+"
    r"(?P<kind>Canal|canal|[Rr]ailway[ \t]+[Ss]tation|[Tt]rain[ \t]+[Ss]tation|"
    r"[Bb]us[ \t]+[Ss]tation|[Cc]oach[ \t]+[Ss]tation|Station|station|Interchange|"
    r"interchange|[Ss]ervices|[Ss]ervice[ \t]+[Ss]tation)(?![\w\-])"
)
TOWN_SPOT_WORDS = ("canal", "station", "interchange", "services")
# Words before "station" or "services" that name a kind of them: "Fire Station", "Social
# services", "the Police station".
NOT_SPOT_KINDS = word_set(
    """fire police ambulance power space polling petrol filling lifeboat coastguard radio
    pumping sewage weather nurses nursing work duty social health children childrens adult
    adults universal specialist support council local national public private community
    family early targeted youth statutory commissioned emergency bereavement counselling
    housing care education legal probation victim victims maternity mental dental"""
)

# Towns joined by an English or Norman linking word: "Barton-upon-Humber",
# "Chapel-en-le-Frith", "Wells-next-the-Sea", "ashby-de-la-zouch".
_LINKED_TOWN = r"(?:upon|on|under|in|by|le|la|les|en|de|the|cum|super|sub|next|over|at|juxta|with)"
LINKED_TOWN_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>[A-Za-z][{LOWER}]+(?:-{_LINKED_TOWN})+-[A-Za-z][{LOWER}]+)"
    r"(?![\w\-])"
)
# Links that only towns take: a name in lower case needs one ("barton-upon-humber").
_TOWN_LINKS = frozenset(["upon", "under", "en", "le", "cum", "super", "juxta", "sub"])
# Led by a literal hyphen (found at C speed).
LINKED_TRIGGER_RE = re.compile(rf"-(?i:{_LINKED_TOWN})-[A-Za-z]")


# A Gaelic or Irish place name with an article joined to its noun by a hyphen: "Cnoc an
# t-Sìthein", "Baile an t-Sléibhe", "Achadh na h-Aibhne". The form is the name's own; no list
# of places need hold it.
GAELIC_PLACE_RE = re.compile(
    rf"(?<![\w\-])[A-ZÀ-ÖØ-Þ][{LOWER}]+[ \t]+(?:an[ \t]+t-|na[ \t]+h-|an[ \t]+t['’]|a['’][ \t]+)"
    rf"[A-ZÀ-ÖØ-Þ][{LOWER}]+"
)


def _gaelic_places(text: str, names) -> Iterator[Hit]:
    if " t-" not in text and " h-" not in text:
        return
    for match in GAELIC_PLACE_RE.finditer(text):
        if "-" in match.group():
            yield RULE.hit(match.start(), match.end())


def _irish_eclipsed(text: str, names) -> Iterator[Hit]:
    """ "i mBaile an Mhuilinn", "i gCill Mhantáin": a name eclipsed after "i" (see
    irish_eclipsis)."""
    for start, end in eclipsed_places(text):
        yield RULE.hit(start, end)


def _water(text: str, names) -> Iterator[Hit]:
    """Rivers by their name after the word, and rivers known by "the" after a verb of water."""
    lower = lowered(text)
    if "river" in lower or "afon" in lower:
        for match, delta in word_windows(text, WATER_WORDS, 2, 40).finditer(WATER_RE):
            if match.group("lower") is not None:
                word = match.group("lower")
                key = fold(word)
                if (
                    key in NOT_RIVER_NAMES
                    or key in NEVER_NAMES
                    or (names.is_word(key) and key not in names.bodies)
                ):
                    continue
                group = "lower"
            else:
                group = "name"
                key = fold(match.group("name").split()[-1])
                if key in NOT_RIVER_NAMES or key in NEVER_NAMES or key in INSTITUTION_GENERIC:
                    continue
                if names.is_word(key) and key not in names.bodies and key not in names.surnames:
                    continue  # "River Walk", "River View" (a road or a home is another rule's)
            start = match.start() + delta
            yield RULE.hit(start, match.end(group) + delta)


def _water_the(text: str, match: re.Match, names) -> Hit | None:
    """A river known by "the" and its name after a verb of water ("swam in the Ribble"),
    read from a match of THE_NAME_RE (the scan of "the" and a capital is shared)."""
    verb = WATER_VERB_RE.search(text, max(0, match.start() - 40), match.end())
    if verb is None or verb.start("name") != match.start("name"):
        return None
    word = match.group("name")
    key = fold(word)
    if (
        key in NEVER_NAMES
        or key in KIND_KEYS
        or key in LANDFORMS
        or key in KIND_WORDS
        or key in NOT_PLACES
        or key in INSTITUTION_GENERIC
        or _product_or_possessive(word)
    ):
        return None
    if _unknown(word, names) or (key in names.bodies and not names.is_distinctive_first(word)):
        return RULE.hit(match.start("name"), match.end("name"))
    return None


def _town_spots(text: str, names) -> Iterator[Hit]:
    """Canals, stations and motorway services named after a town or a name."""
    leaders = ("railway", "train", "bus", "coach", "service")
    for match in after_capitalised(text, TOWN_SPOT_WORDS, TOWN_SPOT_RE, leaders):
        name = match.group("name")
        keys = _keys(name)
        first = keys[0]
        if (
            first in NEVER_NAMES
            or first in KIND_WORDS
            or first in NOT_SPOT_KINDS
            or first in NOT_PLACES
            or first in INSTITUTION_GENERIC
            or _product_or_possessive(name.split()[0])
        ):
            continue
        start = match.start("name")
        if re.search(r"\band[ \t]+\Z", text[max(0, start - 6) : start]):
            continue  # "the Leeds and Liverpool Canal": a national route
        if names.is_word(first) and first not in names.bodies and first not in names.surnames:
            continue  # "the Main station", "Motorway services"
        kind = match.group("kind").lower()
        if kind == "services" and (first in names.bodies or names.is_word(first)):
            continue  # "Cardiff services", "Bolton services": the council's, as often
        yield RULE.hit(start, match.end("kind"))


def _linked_towns(text: str, names) -> Iterator[Hit]:
    """Towns joined by hyphens and a linking word, unless a public body's list names them."""
    last = 0
    for trigger in LINKED_TRIGGER_RE.finditer(text):
        # The name is read from the start of the word the linking word is in.
        start = trigger.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1
        if start < last:
            continue
        match = LINKED_TOWN_RE.match(text, start)
        if match is None:
            continue
        last = match.end()
        name = match.group("name")
        parts = name.split("-")
        if not (parts[0][:1].isupper() or name.islower()):
            continue
        if name.islower() and not _TOWN_LINKS.intersection(parts):
            continue  # a page's anchor or slug ("attachments-the-allowlist")
        if name.lower() in _public_hyphenated(names) or parts[-1].lower() in ("law", "laws"):
            continue  # "Newcastle-under-Lyme"; "mother-in-law"
        towns = [fold(p) for p in parts if p[:1].isupper()]
        if towns and all(t in names.bodies for t in towns):
            continue  # "Stoke-on-Trent": a city whose parts the public list names
        if all(names.is_word(fold(p)) for p in parts) and not parts[-1][:1].isupper():
            continue  # "run-in-with", "face-to-face" in lower case
        yield RULE.hit(match.start("name"), match.end("name"))


_HYPHENATED: dict[int, frozenset[str]] = {}


def _public_hyphenated(names) -> frozenset[str]:
    """Hyphenated names of the public bodies' list, lower-cased ("stoke-on-trent")."""
    known = _HYPHENATED.get(id(names))
    if known is None:
        known = frozenset(
            w.lower() for phrase in names.body_phrases for w in phrase.split() if "-" in w
        )
        _HYPHENATED[id(names)] = known
    return known


def _found_place(name: str, names) -> bool:
    """A name after "found at" is a place unless a list explains every word: one word must be
    no English word, body or first name (a surname may be a place's: "found at Thornley")."""
    words = re.findall(CAP_WORD, name)
    keys = [fold(strip_possessive(w)) for w in words]
    if not keys or _public(name, names) or any(_product_or_possessive(w) for w in words):
        return False
    if any(
        k in NOT_PLACES or k in NEVER_NAMES or k in INSTITUTION_GENERIC or k in NOT_USED_PLACES
        for k in keys
    ):
        return False
    if len(words) > 1 and names.is_distinctive_first(words[0]):
        return False  # "found at Kayden Marsh's" was cut; a person's name is no place
    return any(
        len(k) > 3
        and not names.is_word(k)
        and k not in names.bodies
        and (k not in names.first or k in names.surnames)
        for k in keys
    )


# A district named with its postcode district in brackets: "ST6 (Tunstall)", "Lozells (B19)".
# Each form is led by its code (a capital and a digit, or a bracket), found fast; the name
# before a bracket is read back from it.
CODE_THEN_NAME_RE = re.compile(
    rf"(?<![\w\-])(?P<area>[A-Z]{{1,2}})\d[A-Z\d]?(?:[ \t]\d)?[ \t]*\((?P<name>{_PLACE_NAME})\)"
)
DIGIT_BRACKET_RE = re.compile(r"\d[A-Z\d]?(?:[ \t]\d)?[ \t]*\([A-Z]")
BRACKETED_CODE_RE = re.compile(r"\((?P<area>[A-Z]{1,2})\d[A-Z\d]?(?:[ \t]\d)?\)")
NAME_BEFORE_RE = re.compile(rf"(?<![\w\-'’])(?P<name>{_PLACE_NAME})[ \t]*\Z")


def _bracketed(text: str, names) -> Iterator[Hit]:
    """Places named beside their outward postcode in brackets (a real postcode area)."""
    spans: list[tuple[int, int, str, int]] = []
    for digit in DIGIT_BRACKET_RE.finditer(text):
        for lead in (digit.start() - 2, digit.start() - 1):
            code = CODE_THEN_NAME_RE.match(text, max(0, lead))
            if code is not None:
                spans.append((code.start("name"), code.end("name"), code.group("area"), lead))
                break
    for code in BRACKETED_CODE_RE.finditer(text):
        before = NAME_BEFORE_RE.search(text, max(0, code.start() - 60), code.start())
        if before is not None:
            spans.append(
                (before.start("name"), before.end("name"), code.group("area"), before.start())
            )
    for start, end, area, lead in spans:
        name = text[start:end]
        keys = _keys(name)
        if (
            area not in POSTCODE_AREAS
            or _public(name, names)
            or any(k in NOT_MULTIWORD or k in NEVER_NAMES for k in keys)
            or all(
                names.is_word(k) and (k not in names.surnames or k in names.ordinary) for k in keys
            )
            or NOT_PLACE_BEFORE.search(text, max(0, lead - 40), lead)
        ):
            continue  # "the M6 (Toll)", "room G12 (Ground Floor)", "vitamin B12 (...)"
        yield RULE.hit(start, end)


# A table's column of where things happened or where a family lived: "| Date | Location |"
# ... "| March 2021 | Partington |" (the header says what the values are).
PLACE_HEADER_RE = re.compile(
    r"(?i:\s*(?:location|locality|place|area|district|town|village|estate|where|"
    r"home area|area lived|lived|living|residence|moved to|address area)\s*)"
)
PLACE_HEADER_WORDS = ("location", "locality", "place", "area", "district", "town", "village")
PLACE_HEADER_WORDS += ("estate", "where", "lived", "living", "residence", "moved to")
CELL_PLACE_RE = re.compile(rf"[ \t]*(?P<name>{_PLACE_NAME})[ \t]*")


def _column_places(text: str, names) -> Iterator[Hit]:
    """Names in a table column headed as a place: a small town by the list, a word no list
    explains, a place element, or a surname that is no everyday word."""
    for start, cell in column_cells(text, PLACE_HEADER_RE):
        match = CELL_PLACE_RE.fullmatch(cell)
        if match is None:
            continue
        name = match.group("name")
        words = re.findall(CAP_WORD, name)
        keys = [fold(strip_possessive(w)) for w in words]
        if (
            _public(name, names)
            or any(k in NOT_MULTIWORD or k in NEVER_NAMES or k in NOT_PLACES for k in keys)
            or any(_product_or_possessive(w) for w in words)
        ):
            continue
        if (
            small_town(name)
            or any(k in ELEMENT_KEYS for k in keys)
            or any(len(k) > 3 and _unknown(w, names) for w, k in zip(words, keys, strict=True))
            or (keys[-1] in names.surnames and keys[-1] not in names.ordinary)
        ):
            yield RULE.hit(start + match.start("name"), start + match.end("name"))


def _log_places(text: str, names) -> Iterator[Hit]:
    """Places in capitals, villages abroad, localities after a spot, beside a postcode, in a
    table column of places."""
    if "(" in text:
        yield from _bracketed(text, names)
    if "|" in text and contains_any(lowered(text), PLACE_HEADER_WORDS):
        yield from _column_places(text, names)
    # str.find per word is far cheaper than a regex scan of text with no capitals.
    if contains_any(text, _CAPS_KINDS):
        for run in CAPS_RUN_RE.finditer(text):
            if not CAPS_KIND_RE.search(run.group()):
                continue
            words = re.split(r"([ \t]+)", run.group())
            titled = "".join(
                w.lower() if w.lower() in CAPS_SMALL else w[:1] + w[1:].lower() for w in words
            )
            if len(titled) != len(run.group()):
                continue
            for match in KIND_AFTER_RE.finditer(titled):
                hit = _kind_place(match, run.start(), names)
                if hit is not None:
                    yield hit
            # A log runs on in capitals after the place ("ATTENDED PENYBRYN RECREATION
            # GROUND FOLLOWING REPORT"): read it again cut after each place word, the rest
            # in lower case, so the next capitalised word does not join the name.
            for kind in CAPS_KIND_RE.finditer(run.group()):
                cut = kind.end()
                if run.group().startswith((" GROUND", " FIELDS"), cut):
                    cut += 7
                if cut >= len(titled):
                    continue
                lowered_rest = titled[:cut] + titled[cut:].lower()
                # The log's words before the name ("Officers Attended") may join it: the
                # first span, from the left, that is read as a place is kept.
                for word in re.finditer(r"(?<![\w\-'’])[A-Z]", lowered_rest[:cut]):
                    match = KIND_AFTER_RE.match(lowered_rest, word.start(), cut)
                    hit = _kind_place(match, run.start(), names) if match else None
                    if hit is not None:
                        yield hit
                        break
    for run in CAPS_BEFORE_LOWER_KIND_RE.finditer(text):
        # Read in title case (same length, so offsets hold), with the words around it.
        begin = max(0, run.start() - 20)
        window = text[begin : run.start()] + run.group().title() + text[run.end() : run.end() + 40]
        match = KIND_AFTER_RE.search(window, run.start() - begin)
        if match is not None and match.start("name") <= run.start() - begin + 4:
            hit = _kind_place(match, begin, names)
            if hit is not None:
                yield hit
    for match, delta in literal_windows(text, ABROAD_WORDS, 4, 120, whole=True).finditer(ABROAD_RE):
        name = match.group("name")
        if not _public(name, names) and any(_unknown(w, names) for w in re.findall(CAP_WORD, name)):
            yield RULE.hit(match.start("name") + delta, match.end("name") + delta)
    for match, delta in literal_windows(text, FOUND_WORDS, 4, 90).finditer(FOUND_RE):
        if _found_place(match.group("name"), names):
            yield RULE.hit(match.start("name") + delta, match.end("name") + delta)
    for match, delta in literal_windows(text, AFTER_SPOT_WORDS, 4, 70).finditer(AFTER_SPOT_RE):
        if _spot_name(match.group("name"), names):
            yield RULE.hit(match.start("name") + delta, match.end("name") + delta)


def find(text: str) -> Iterator[Hit]:
    names = gazetteer()
    spots: list[Hit] = []
    for hit in _candidates(text, names, spots):
        # A health board or council named after its valley ("Cwm Taf Morgannwg") is public;
        # a name in lower case was read against the lists where it was found.
        found = text[hit.start : hit.end]
        if (
            (found.islower() or not _public(found, names) or _small_town_housing(found))
            and not in_public_phrase(text, hit.start, hit.end, names)
            and not not_a_place(text, hit.start, hit.end, names)
            and not _heard_or_screened(text, hit.start, hit.end, names)
            and not lender(text, hit.start)
            and not day_out_attraction(text, hit.start, hit.end, names)
        ):
            # a county where the family lived is public; a town listed after it is read
            if not lived_in_area(text, hit.start, hit.end):
                yield hit
            yield from _coordinated(text, hit.end, names)
    # Rivers, canals and stations are the spot even when named after a town or a council's
    # area; a public body's name around them still explains them ("Canal and River Trust").
    for scan in (
        _water,
        _town_spots,
        _linked_towns,
        _gaelic_places,
        _irish_eclipsed,
        _welsh_mutated,
        _alt_text_places,
        _qualified_places,
        _unit_places,
    ):
        spots.extend(scan(text, names))
    for hit in spots:
        if not in_public_phrase(text, hit.start, hit.end, names) and not lived_in_area(
            text, hit.start, hit.end
        ):
            yield hit


def _unit_places(text: str, names) -> list[Hit]:
    """ "the Bootle office", "the Ravenscourt locality team" (unit_places.py)."""
    return [
        RULE.hit(s, e, "an area's name on a service's team or office")
        for s, e in unit_places(text, names)
    ]


# A place is never listened to ("listening to <singer> in the car"); a name of everyday
# words with the people of a programme after it is the programme's ("<Title> Island
# contestants", "the <Title> Farm presenters").
LISTENED_TO_BEFORE_RE = re.compile(r"\blisten(?:ed|ing|s)?[ \t]+to[ \t]+\Z")
SCREEN_PEOPLE_AFTER_RE = re.compile(
    r"['’]?s?[ \t]+(?:contestants?|islanders?|housemates?|presenters?|viewers?|finalists?|"
    r"episodes?|storylines?|cast)\b"
)


def _heard_or_screened(text: str, start: int, end: int, names) -> bool:
    """Whether the name at ``text[start:end]`` is a performer one listens to, or a
    programme of everyday words followed by its contestants or viewers."""
    if LISTENED_TO_BEFORE_RE.search(text, max(0, start - 20), start):
        return True
    if SCREEN_PEOPLE_AFTER_RE.match(text, end) is None:
        return False
    return all(names.is_word(fold(w)) for w in re.findall(CAP_WORD, text[start:end]))


# A qualifier before a name no list explains makes a village of it wherever it stands ("a mast
# covering Lower Pennock", "Nether Haddon was cut off"): English villages are named so, and
# the qualifiers stand before no ordinary noun that is also unknown. Not "Long" ("Long
# Covid") nor "High", "North" ("High Court", "North Yorkshire" are read elsewhere).
QUALIFIED_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>(?:Little|Nether|Upper|Lower|Much|Great)[ \t]+(?P<word>{CAP_WORD}))"
    rf"(?![\w\-]|['’]s\b|[ \t]+{CAP_WORD})"
)


def _qualified_places(text: str, names) -> Iterator[Hit]:
    """ "Lower Pennock", "Much Hadley": a qualifier and a word no English word, first name
    or public body (a surname may be a village's)."""
    if not any(q in text for q in ("Little ", "Nether ", "Upper ", "Lower ", "Much ", "Great ")):
        return
    for match, delta in literal_windows(
        text, ("little", "nether", "upper", "lower", "much", "great"), 2, 40, whole=True
    ).finditer(QUALIFIED_RE):
        word = match.group("word")
        key = fold(word)
        if _product_or_possessive(word) or len(key) < 4:
            continue
        unexplained = _unknown(word, names) or (
            key in names.surnames and not names.is_word(key) and key not in names.first
        )
        if unexplained and not _public(match.group("name"), names):
            yield RULE.hit(match.start("name") + delta, match.end("name") + delta)


def _welsh_mutated(text: str, names) -> Iterator[Hit]:
    """ "ym Mhenygroes", "i Fethesda", "yn Penygroes": a village after a Welsh preposition."""
    if "y" not in text and "i " not in text and "o " not in text:
        return

    def place(name: str) -> bool:
        key = fold(name)
        if _public(name, names) or not (small_town(name) or _unknown(name, names)):
            return False
        # A word no list explains is a place only if it is built like a Welsh one.
        return small_town(name) or (
            len(key) >= 7 and key.startswith(_JOINED_ELEMENTS) and not names.is_word(key)
        )

    for start, end in mutated_places(text, place):
        yield RULE.hit(start, end)
    for start, end in aspirated_places(text, place):
        yield RULE.hit(start, end)


# An image's alt text that shows a place: "![View of Hobs Moat from the flat]", "![Aerial
# photo over Pen-y-Waun]" (alt text is published, and read aloud by screen readers).
ALT_PLACE_RE = re.compile(
    r"!\[[^\]\n]{0,40}?\b(?i:views?|photo(?:graph)?s?|pictures?|images?|maps?|aerial|looking|"
    r"scene|shot)\b[^\]\n]{0,30}?\b(?:of|over|across|towards|from|along|down|in|at)[ \t]+"
    rf"(?:the[ \t]+)?(?P<name>{_PLACE_NAME})(?![\w\-'’])"
)


def _alt_text_places(text: str, names) -> Iterator[Hit]:
    """A place named in an image's alt text after a word of viewing ("View of Hobs Moat")."""
    if "![" not in text:
        return
    for match in ALT_PLACE_RE.finditer(text):
        name = match.group("name")
        words = re.findall(CAP_WORD, name)
        if _public(name, names) or any(k in NEVER_NAMES for k in _keys(name)):
            continue
        if RESOURCE_AFTER_RE.match(text, match.end("name")) or RESOURCE_AFTER_RE.match(
            text.lower(), match.end("name")
        ):
            continue  # "![The Brook Traffic Light Tool]": a resource, not a place
        # Two capitalised words mid-sentence name a place here ("Hobs Moat"), unless they
        # are a person's ("Amara Okafor", the name rules' to judge).
        named = len(words) >= 2 and not names.is_distinctive_first(words[0])
        if small_town(name) or named or any(_unknown(w, names) for w in words):
            yield RULE.hit(match.start("name"), match.end("name"))


def _small_town_housing(found: str) -> bool:
    """A small town, or an estate or block named after one ("the Ely estate"). Only before a
    housing kind: "Cwm Taf" (a health board's valley) starts with a village's name too."""
    first, _, rest = found.partition(" ")
    return small_town(found) or (small_town(first) and rest.lower() in HOUSING_KINDS)


# A second place joined to a first: "around Grangetown and Butetown", "Splott, Adamsdown".
COORDINATED_RE = re.compile(
    rf"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
    # "Southmead and the Lockleaze area": "the" only before an area's word (AREA_AFTER_RE)
    rf"(?P<the>the[ \t]+)?"
    rf"(?P<qualifier>(?:{_QUALIFIER})[ \t]+)?(?P<name>{CAP_WORD})"
    rf"(?:[ \t]+(?P<suffix>Hill|Green|Cross|Heath|Vale|Bridge|End|Common|Moor|Bottom|Marsh|Wood))?"
    rf"(?![\w\-]|['’]s\b|[ \t]+{CAP_WORD})"
)


AREA_AFTER_RE = re.compile(r"[ \t]+(?:areas?|districts?|estates?|side)\b")


def _coordinated(text: str, end: int, names) -> Iterator[Hit]:
    """Places listed after a place found by its context, each a word no list explains."""
    for _ in range(4):
        match = COORDINATED_RE.match(text, end)
        if match is None:
            return
        if match.group("the") and AREA_AFTER_RE.match(text, match.end()) is None:
            return
        word = match.group("name")
        if _product_or_possessive(word):
            return
        # "Mill Farm, Upper Slaughter": a qualifier makes a village of a word or surname
        qualified = match.group("qualifier") and not (
            names.is_distinctive_first(word) or fold(word) in names.bodies
        )
        # "Larch Hill", "Hadley Cross": a place's second word makes a place of any word
        suffixed = match.group("suffix") and not (
            names.is_distinctive_first(word)
            or fold(word) in names.bodies
            or fold(word) in NEVER_NAMES
        )
        if not (qualified or suffixed):
            if len(word) < 4:
                return
            if not _coordinated_name(text, match, names):
                key = fold(word)
                # "Pelham, Ashby and Coldwater": a surname that is a first name too is
                # passed over (the name rules judge it), and the list read on.
                if key in names.first and key in names.surnames and not names.is_word(key):
                    end = match.end("name")
                    continue
                return
        last = "suffix" if match.group("suffix") else "name"
        yield RULE.hit(match.start("qualifier" if qualified else "name"), match.end(last))
        end = match.end(last)


# A clause goes on after a person, not after a place: "in Hexley and Pelham said ...".
CLAUSE_AFTER_RE = re.compile(
    r"[ \t]+(?:[a-z]+ed|was|were|is|are|has|had|have|says|said|told|would|could|will|can|"
    r"did|does|may|might|must|should|went|came|saw|took|gave|made|knew|thought|felt)\b"
)


def _coordinated_name(text: str, match: re.Match, names) -> bool:
    """Whether a word listed after a place is a second place. No list explains it; or, since
    English place names are surnames too ("Marbury", "Ardley"), a surname that no clause
    follows (a person named there is the subject of a verb)."""
    word = match.group("name")
    if _unknown(word, names):
        return True
    key = fold(word)
    return (
        key in names.surnames
        and not names.is_word(key)
        and key not in names.first
        and key not in names.bodies
        and key not in NEVER_NAMES
        and not _public(word, names)
        and CLAUSE_AFTER_RE.match(text, match.end()) is None
    )


def _candidates(text: str, names, spots: list[Hit]) -> Iterator[Hit]:
    # Both scans may find one place; the engine merges overlapping hits of a rule.
    for windows in (
        word_windows(text, CAP_KIND_WORDS, 70, 40),
        literal_windows(text, LOWER_KIND_WORDS, 70, 16, whole=True),
    ):
        for match, delta in windows.finditer(KIND_AFTER_RE):
            hit = _kind_place(match, delta, names)
            if hit is not None:
                yield hit
    for match, delta in literal_windows(text, LIVE_WORDS, 4, 80).finditer(LIVE_RE):
        if match.group("name") is not None:
            prep = match.group("prep")
            if prep == "to" and match.group(0).startswith(_MOVE_VERBS):
                prep = "to a move"
            if _lived_place(match.group("name"), bool(match.group("the")), names) or (
                not match.group("the") and _everyday_town(match.group("name"), prep, names)
            ):
                yield RULE.hit(match.start("name") + delta, match.end("name") + delta)
            continue
        key = match.group("lower")
        listed = small_town(key) and not _everyday(key, names) and key not in names.first
        if listed or (
            not names.is_word(key)
            and key not in names.bodies
            and key not in names.first
            and key not in NEVER_NAMES
            and (
                key.startswith(_JOINED_ELEMENTS)
                or key.endswith(PLACE_ENDINGS)
                or WELSH_SPELLING_RE.search(key)
            )
        ):
            yield RULE.hit(match.start("lower") + delta, match.end("lower") + delta)
    for match, delta in literal_windows(text, TURF_WORDS, 4, 60, whole=True).finditer(TURF_RE):
        if _lived_place(match.group("name"), False, names):
            yield RULE.hit(match.start("name") + delta, match.end("name") + delta)
    for match, delta in literal_windows(text, PLACE_NOUNS, 4, 70, whole=True).finditer(
        PLACE_NOUN_RE
    ):
        if not _public(match.group("name"), names):
            yield RULE.hit(match.start("name") + delta, match.end("name") + delta)
    # Verbs of water are rare: looked up once in the text's vocabulary, not at each "the".
    vocabulary = words_of(text)
    watery = not WATER_VERBS.isdisjoint(vocabulary) or (
        not WATER_MOVES.isdisjoint(vocabulary) and not WATER_WORDS_NEAR.isdisjoint(vocabulary)
    )
    for match in THE_NAME_RE.finditer(text):
        water = _water_the(text, match, names) if watery else None
        if water is not None:
            spots.append(water)  # a river is the spot even if a council is named after it
            continue
        word = match.group("name")
        # A landform by "the", capitalised as a name: "found in the Glen".
        if (
            fold(word) in LANDFORMS
            and LANDFORM_PREP_RE.search(text, max(0, match.start() - 12), match.start())
            and not RESOURCE_AFTER_RE.match(text, match.end("name"))
        ):
            yield RULE.hit(match.start(), match.end("name"))
            continue
        # The preposition before "the" also makes "the" a whole word ("lathe" has none).
        if not PREP_BEFORE_THE_RE.search(text, max(0, match.start() - 10), match.start()):
            continue
        if (
            _unknown(word, names)
            and len(word) > 3
            and not _product_or_possessive(word)
            and not RESOURCE_AFTER_RE.match(text, match.end("name"))
        ):
            yield RULE.hit(match.start("name"), match.end("name"))
    for match, delta in word_windows(text, tuple(ELEMENTS), 2, 40).finditer(ELEMENT_PAIR_RE):
        words = match.group("name").split()
        if not names.is_word(fold(words[-1])) or _unknown(words[-1], names):
            yield RULE.hit(match.start("name") + delta, match.end("name") + delta)
    for match, delta in literal_windows(text, LOWER_ELEMENTS, 20, 24, whole=True).finditer(
        LOWER_ELEMENT_RE
    ):
        if not names.is_word(match.group("second")):
            yield RULE.hit(match.start("name") + delta, match.end("name") + delta)
    for match, delta in word_windows(text, WELSH_ADJECTIVES, 40, 2).finditer(WELSH_AFTER_RE):
        yield RULE.hit(match.start("name") + delta, match.end("name") + delta)
    for trigger in PREP_TRIGGER_RE.finditer(text):
        at = trigger.start()
        if DWELLING_BEFORE_RE.search(text, max(0, at - 12), at):
            # "their aunt's home in Blaenau Ffestiniog": a dwelling is where a family lived
            lived = DWELLING_PLACE_RE.match(text, at)
            if lived is not None and (
                _lived_place(lived.group("name"), False, names)
                or _everyday_town(lived.group("name"), lived.group("prep"), names)
            ):
                yield RULE.hit(lived.start("name"), lived.end("name"))
                continue
        match = PREP_PLACE_RE.match(text, at)
        if match is not None and (
            _prep_place(match, names) or _district_of_city(text, match, names)
        ):
            if _STREET_END.search(match.group("name")) and seat_of_government(
                text, match.start("name"), match.end("name")
            ):
                continue  # "met the Home Office in Marsham Street": the department's seat
            yield RULE.hit(match.start("name"), match.end("name"))
        elif match is None:
            # A town of two or three words by the list: "to Ystrad Mynach", "in Hebden Bridge";
            # or by its form: "at Knowle West", "in Ton Pentre", "up at Horsley Bottom".
            town = PREP_TOWN_RE.match(text, at)
            if town is not None and (
                small_town(town.group("name")) or _multiword_place(town.group("name"), names)
            ):
                if _STREET_END.search(town.group("name")) and seat_of_government(
                    text, town.start("name"), town.end("name")
                ):
                    continue
                yield RULE.hit(town.start("name"), town.end("name"))
    for match, delta in literal_windows(text, WELSH_LINKS, 30, 30).finditer(HYPHEN_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)
    used = literal_windows(text, USED_WORDS, 2, 90)
    for pattern in (ATTENDED_RE, USED_AT_RE):
        for match, delta in used.finditer(pattern):
            if (
                pattern is USED_AT_RE
                and match["verb"].startswith("train")
                and match["prep"] == "in"
                and all(names.is_word(fold(w)) for w in match["name"].split())
            ):
                continue  # "trained in Motivational Interviewing": a skill, not a place
            if (
                pattern is USED_AT_RE
                and match["prep"] == "with"
                and JOINT_WORK_RE.search(match.group())
            ):
                continue  # "the CSP worked jointly with Safer Kestle": one body with another
            if _used_place(match, names):
                yield RULE.hit(match.start("name") + delta, match.end("name") + delta)
    for start, end in _title_lines(text):
        for match in TITLE_PLACE_RE.finditer(text[start:end]):
            if _title_place(match.group("name"), names):
                yield RULE.hit(start + match.start("name"), start + match.end("name"))
    for match, delta in literal_windows(text, KIND_AT_WORDS, 4, 70, whole=True).finditer(
        KIND_AT_RE
    ):
        if _spot_name(match.group("name"), names):
            yield RULE.hit(match.start("name") + delta, match.end("name") + delta)
    for match, delta in literal_windows(text, LOWER_NAME_WORDS, 40, 2, whole=True).finditer(
        LOWER_NAME_RE
    ):
        keys = (match.group("name") or match.group("open")).split()
        # A council's name is still an estate's in lower case ("the ashfield estate").
        if not any(names.is_word(k) or k in NEVER_NAMES for k in keys):
            end = match.end() + delta
            group = "name" if match.group("name") else "open"
            yield RULE.hit(match.start(group) + delta, end)
    for match, delta in literal_windows(
        text, (*_LOWER_SUFFIXES, "st", "saint"), 40, 24, whole=True
    ).finditer(LOWER_LOCALITY_RE):
        if _lower_locality(match, names):
            yield RULE.hit(match.start("name") + delta, match.end() + delta)
    for match, delta in literal_windows(text, APPOSED_WORDS, 110, 4, whole=True).finditer(
        APPOSED_RE
    ):
        if _spot_name(match.group("name"), names):
            yield RULE.hit(match.start("name") + delta, match.end("name") + delta)
    if "Lock " in text:
        for match in LOCK_RE.finditer(text):
            yield RULE.hit(match.start(), match.end())
    yield from _lower_places(text, names)
    yield from _log_places(text, names)
    yield from _list_item_places(text, names)
    for match in cue_finditer(BARE_MOVE_RE, BARE_MOVE_CUES, text):
        if _lived_place(match.group("name"), False, names):
            yield RULE.hit(match.start("name"), match.end("name"))
    for start, end in between_places(
        text,
        lambda name: _between_place(name, names),
        lambda name: _between_partner(name, names),
    ):
        yield RULE.hit(start, end)
    for start, end in venue_localities(text, lambda name: _venue_locality(name, names)):
        yield RULE.hit(start, end)
    yield from _local_places(text, names)
    for start, end in listed_towns(text):
        yield RULE.hit(start, end)


def _venue_locality(name: str, names) -> bool:
    """Whether the name after "<venue>, " is a small place: a small town, or words no list
    explains (a city, county or the partnership's area signs many venues; a surname may be a
    village's: "Fairwater")."""
    if _public(name, names) or not _spot_name(name, names):
        return False
    words = re.findall(CAP_WORD, name)
    if small_town(name):
        return True
    unexplained = all(_unknown(w, names) or fold(w) in names.surnames for w in words)
    return unexplained and not any(names.is_first(w) and not names.is_surname(w) for w in words)


def _between_partner(name: str, names) -> bool:
    """Whether the name joined by "and" to a place someone moved between is a small town
    though it is also a word or a name ("between Nelson and Trelewis")."""
    return (
        " " not in name
        and small_town(name)
        and fold(name) not in NEVER_NAMES
        and not _product_or_possessive(name)
        and not _public(name, names)
    )


def _between_place(name: str, names) -> bool:
    """Whether a name someone moved "between" is a small place: no word, first name, role
    or public body (a surname may be a village's: "Kirkbride")."""
    words = name.split()
    key = fold(words[0])
    if len(words) > 1:
        return not (names.is_first(words[0]) or key in names.bodies or key in NEVER_NAMES)
    return (
        len(key) >= 4
        and not _product_or_possessive(words[0])
        and not names.is_word(key)
        and not names.is_first(words[0])
        and key not in names.bodies
        and key not in NEVER_NAMES
        and not _public(name, names)
    )


# Places in lower case after a preposition of place, as notes, messages and quoted speech
# write them: a qualifier and a name ("moved to lower ashby", "a relative in nether wallop",
# "grew up in east kilbride"), or one word that the list of towns knows or that ends as an
# English place name does ("arrested in marshfield", "woods near crowholt").
_LOWER_PREPS = r"in|at|to|from|near|around|towards|toward|outside|into|past|beyond|through|via"
_LOWER_QUALIFIERS = (
    "lower upper nether little great much higher east west north south kirk stony chipping"
)
# Led by the qualifier (found at C speed); the preposition before it is read after.
LOWER_QUALIFIED_RE = re.compile(
    rf"\b(?P<name>(?:{'|'.join(_LOWER_QUALIFIERS.split())})[ \t]+(?P<second>[a-z]{{4,}}))"
    r"(?![\w\-'’])"
)
LOWER_PREP_END_RE = re.compile(rf"\b(?:{_LOWER_PREPS})[ \t]+\Z")
LOWER_QUALIFIER_WORDS = frozenset(_LOWER_QUALIFIERS.split())
# Regions of the world and of Britain after a compass word: "from west africa", "in south
# asia", "to north wales" (a nation or a region, not a village).
NOT_LOWER_SECOND = word_set(
    """africa asia europe america americas korea timor sudan germany bengal pacific atlantic
    indies ossetia caucasus balkans midlands riding coast side end part parts half"""
)
LOWER_PLACE_ENDINGS = (*PLACE_ENDINGS, "holt", "thwaite", "cote", "wold")
# Not before "time": "at bath time", "at tea time" name a time of day, whatever the word.
LOWER_WORD_AFTER = r"[ \t]+(?P<lower>{words})(?![\w\-'’]|[ \t]+times?\b)"


# A place under its label, as case summaries and chronologies give it: "Home address:
# Upper Moorfield (rented)", "Location: Kettlewick", "Place of birth: Aberglas".
# Welsh forms write the label first and may say whose after it: "Cyfeiriad: Bwthyn ...",
# "Cyfeiriad y plentyn: Hafod ...", "Lleoliad: ...", "Man geni: ..." (address, location,
# place of birth).
PLACE_LABEL_RE = re.compile(
    r"(?i:address|location|locality|village|hamlet|place[ \t]+of[ \t]+birth|birthplace"
    r"|(?:cyfeiriad|lleoliad|man[ \t]+geni)(?:[ \t]+[a-zŵŷâêîôû'’]+){0,2})"
    r"[ \t]*(?:\*\*)?[ \t]*:[ \t]*(?:\*\*)?[ \t]*"
    rf"(?P<name>{_PLACE_NAME})(?=[ \t]*(?:[,;(\n|.]|\Z))"
)
PLACE_LABEL_WORDS = (
    "address",
    "location",
    "locality",
    "village",
    "hamlet",
    "place of birth",
    "birthplace",
    "cyfeiriad",
    "lleoliad",
    "man geni",
)


# A place after a verb of going with no preposition, as young people say it: "we went
# Kelbrook most weekends", "I'm going Ashwell later", "came back Dunmore on the bus". Led by
# the verb (lower case, whole); the name ends before a lower-case word or a stop.
BARE_MOVE_RE = re.compile(
    r"(?:went|going|goes|gone|(?:came|coming|come|got)[ \t]+back)[ \t]+"
    rf"(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD})?)(?![\w\-'’]|[ \t]+[A-Z])"
)
BARE_MOVE_CUES = ("went", "going", "goes", "gone", "came", "coming", "come", "got")


# A list item that opens with a place, as chronologies and visit logs write them: "- Cwmhir
# Uchaf: no answer at the door", "- Home visit, Penrhosgoch: ...", "3. Aberdulas, school
# nurse visit: ...". Read at each line that starts a list item (found with str.find).
LIST_ITEM_RE = re.compile(
    r"[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+(?:\*\*)?"
    r"(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3},[ \t]+)?"
    rf"(?P<name>{_PLACE_NAME})(?:\*\*)?[ \t]*(?::|,)"
)


def _list_item_places(text: str, names) -> Iterator[Hit]:
    if ":" not in text and "," not in text:
        return
    line = 0
    while line != -1:
        match = LIST_ITEM_RE.match(text, line)
        if match is not None and _list_item_place(match.group("name"), names):
            yield RULE.hit(match.start("name"), match.end("name"))
        line = text.find("\n", line)
        line = line + 1 if line != -1 else -1


def _list_item_place(name: str, names) -> bool:
    """Whether a name opening a list item is a small place by the list of towns or by its
    form (a Welsh, Gaelic or Irish element, a place ending), never a word, a person or a
    public body ("- Mother:", "- Ofsted:", "- Gwynedd:" pass)."""
    words = re.findall(CAP_WORD, name)
    keys = [fold(strip_possessive(w)) for w in words]
    if not keys or _public(name, names) or any(k in NOT_PLACES or k in NEVER_NAMES for k in keys):
        return False
    if small_town(name) and (len(keys) > 1 or not _everyday(keys[0], names)):
        return True
    if len(keys) > 1:
        return _multiword_place(name, names)
    key = keys[0]
    return (
        len(key) > 4
        and not names.is_word(key)
        and not names.is_name(words[0])
        and key not in names.bodies
        and (
            key.startswith(_JOINED_ELEMENTS)
            or key.endswith(PLACE_ENDINGS)
            or WELSH_SPELLING_RE.search(key) is not None
        )
    )


def _labelled_places(text: str, names) -> Iterator[Hit]:
    if ":" not in text:
        return
    for start in literal_positions(text, PLACE_LABEL_WORDS):
        if text.find(":", start, start + 24) == -1:
            continue
        match = PLACE_LABEL_RE.match(text, start)
        if match is None:
            continue
        name = match.group("name")
        if _lived_place(name, False, names) or _multiword_place(name, names):
            yield RULE.hit(match.start("name"), match.end("name"))


_SHAPED_PREPS = _LOWER_PREPS.replace("to|", "").replace("into|", "")


@lru_cache(maxsize=65536)
def _lower_word_kind(word: str) -> int:
    """1 for a lower-case word that names a small town by the list, 2 for one that no list
    explains and that ends as a place name does, 0 otherwise (cached: a text's vocabulary
    repeats across the reviews of a site)."""
    names = gazetteer()
    if word in names.first or word in NEVER_NAMES or word in names.bodies:
        return 0
    if small_town(word) and not _everyday(word, names):
        return 1
    if (
        not names.is_word(word)
        and word not in names.surnames
        and word.endswith(LOWER_PLACE_ENDINGS)
    ):
        return 2
    return 0


@lru_cache(maxsize=1)
def _listed_lower_towns() -> frozenset[str]:
    """Every one-word small town that is no everyday word, first name or public body."""
    return frozenset(
        key
        for key in settlements()
        if key.isalpha() and len(key) >= 5 and _lower_word_kind(key) == 1
    )


@lru_cache(maxsize=256)
def _lower_word_pattern(preps: str, words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"\b(?:{preps})" + LOWER_WORD_AFTER.format(words="|".join(words)))


def _lower_places(text: str, names) -> Iterator[Hit]:
    yield from _labelled_places(text, names)
    words = words_of(text)
    present = LOWER_QUALIFIER_WORDS.intersection(words)
    for start in literal_positions(text, tuple(sorted(present))) if present else ():
        match = LOWER_QUALIFIED_RE.match(text, start)
        if match is not None and LOWER_PREP_END_RE.search(text, max(0, start - 12), start):
            second = match.group("second")
            if (
                second in names.bodies
                or second in NEVER_NAMES
                or second in NOT_MULTIWORD
                or second in NOT_LOWER_SECOND
                or (second in names.first and second not in names.surnames)
            ):
                continue
            # "nether" names only places; after the others an English word is no name
            # ("in little detail", "to great effect")
            qualifier = match.group("name").split()[0]
            if (
                qualifier == "nether"
                or not names.is_word(second)
                or small_town(match.group("name"))
            ):
                yield RULE.hit(match.start("name"), match.end("name"))
    # One word: only words of the text's vocabulary that a list makes a small town, or that
    # no list explains and that end as place names do, are looked for after a preposition
    # (the latter not after "to", where a verb stands: "to reinvestigate").
    listed = [w for w in words & _listed_lower_towns() if w in text]
    shaped = [
        w
        for w in vocabulary(text)[1]
        if w.endswith(LOWER_PLACE_ENDINGS) and _lower_word_kind(w) == 2 and w in text
    ]
    for preps, words in ((_LOWER_PREPS, listed), (_SHAPED_PREPS, shaped)):
        if not words:
            continue
        pattern = _lower_word_pattern(preps, tuple(sorted(words)))
        for match in pattern.finditer(text):
            yield RULE.hit(match.start("lower"), match.end("lower"))


SMALL_TOWN = 50_000
"""Towns and villages under this many people are named only to locate a family (larger
towns and cities, like the councils' areas, are left to the partnership's judgement)."""


def small_town(name: str) -> bool:
    """A town or village of the UK or Ireland of fewer than ``SMALL_TOWN`` people (GeoNames:
    every place of 500 or more; a name shared with a larger place counts as that place; a
    council's area, a nation or a city is public whatever its size)."""
    people = settlements().get(place_key(strip_possessive(name)))
    return people is not None and 0 <= people < SMALL_TOWN


def _everyday(key: str, names) -> bool:
    """A town's name that is first an everyday word ("March", "Street", "Deal", "Sandwich");
    a word only because text uses the town's or a family's name often ("Stratford", "Neath")
    is not one."""
    return key in names.ordinary or (
        names.is_word(key) and key not in names.surnames and key not in names.bodies
    )


# Towns whose name is an everyday word read as towns only where a move or a home puts
# them ("moved to Street", "lived near Settle", "a flat in Deal"); the capital does the
# rest. Not these: kinds of place or service a sentence capitalises ("returned to Hospital",
# "moved to Steps"), places abroad that share the word, currencies, and a month.
NOT_EVERYDAY_TOWNS = word_set(
    """hospital headquarters valley hill bridge church road crossroads quarter plains passage
    over from week march mark ask steps healing pool row forth stock trim loans sterling
    dollar eagle rock grove hook cove doc lod mhz nit koi mun cal bud rod lim dun knock kill
    california virginia boston wellington jordans dartmouth islay kerry skull prosperous
    prosperes headstone crinkle tumble bowling docking locking flushing cooling sheering
    grain wall wing lancing"""
)
# A charity's word that is a village's name after a verb of living ("lived in Hope").
BODY_WORD_TOWNS = frozenset({"hope"})
# After these prepositions only: "at" and "on" put a venue or a service there ("stayed at
# Hope"); a town that is also a given name needs "in", "near", "outside", "around" or "to"
# after a move (a child is returned or handed "to" someone).
_EVERYDAY_PREPS = frozenset({"in", "to", "to a move", "from", "near", "outside", "around"})
_EVERYDAY_NAME_PREPS = frozenset({"in", "to a move", "near", "outside", "around"})
# "to" after these is a move to a place, not a person ("relocated to Flint").
_MOVE_VERBS = ("moved", "moving", "relocat", "rehoused")


def _everyday_town(name: str, prep: str, names) -> bool:
    """Whether one capitalised word after a verb of living or moving is a small town whose
    name is an everyday word ("Street", "Deal", "Settle", "Hope"), or a city's district
    known only as a family name ("grew up in Roath": no one lives in a person)."""
    if " " in name or not name[:1].isupper() or not name[1:].islower():
        return False
    key = fold(name)
    if (
        prep in _EVERYDAY_NAME_PREPS
        and len(key) >= 4
        and key in names.surnames
        and not names.is_word(key)
        and not names.is_first(name)
        and key not in names.bodies
        and key not in NEVER_NAMES
    ):
        return True
    if prep not in _EVERYDAY_PREPS or key in NOT_EVERYDAY_TOWNS or key in NEVER_NAMES:
        return False
    if names.is_first(name) and prep not in _EVERYDAY_NAME_PREPS:
        return False
    public = _public(name, names) and key not in BODY_WORD_TOWNS
    return small_town(name) and _everyday(key, names) and not public


def _keys(name: str) -> list[str]:
    return [fold(strip_possessive(w)) for w in re.findall(CAP_WORD, name)]


def _public(name: str, names) -> bool:
    """A city, county or public body ("Cardiff", "Isle of Wight"), or generic words."""
    keys = [k for k in _keys(name) if k not in ("y", "yr", "na", "nan", "an", "on", "upon")]
    return not keys or all(k in names.bodies or k in NEVER_NAMES for k in keys)


def _product_or_possessive(word: str) -> bool:
    """ "MkDocs", "GitLab" (a product's inner capital) or "Unicode's" (an owner): no place."""
    return any(c.isupper() for c in word[1:]) or "'" in word or "’" in word


def _unknown(word: str, names) -> bool:
    """A capitalised word that no list explains: no English word, name, body or role."""
    key = fold(strip_possessive(word))
    return not (
        names.is_word(key)
        or key in names.bodies
        or key in NEVER_NAMES
        or key in names.first
        or key in names.surnames
    )


LINKED_RE = re.compile(r"^(?P<before>.+?[ \t]+(?:in|on|upon|le)[ \t]+)(?=[A-Z])")


def _linked_words(name: str, names) -> int:
    """How many characters of English words and a link ("in", "on") lead the name: a
    name's link joins names ("Barrow in Furness"), not a noun to a name."""
    linked = LINKED_RE.match(name)
    if linked is None:
        return 0
    leading = linked.group("before").split()[:-1]
    if all(names.is_word(fold(w)) for w in leading):
        return linked.end()
    return 0


HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w.,:/])\d{1,4}[A-Za-z]?,?[ \t]+\Z")


def _kind_place(match: re.Match, delta: int, names) -> Hit | None:
    """The hit for a name before a place word, unless the name only says what kind of
    place it is ("the Business Park", "a council estate") or is a public place."""
    name = match.group("name")
    skip = _linked_words(name, names)
    if skip:
        # "Commissioners in Ashwell Vale": the English words before "in" are no part of it
        name = name[skip:]
    keys = _keys(name)
    if keys and keys[0] == "the":
        keys = keys[1:]
    # Words of what kind of place it is are no name ("the Business Park", "North Park"), but
    # a name before them still is one ("Whitecross Retail Park", "Hollins Country Park").
    if not keys or any(k in NEVER_NAMES for k in keys) or all(k in KIND_WORDS for k in keys):
        return None
    if keys[0] in DETERMINERS:
        return None  # "This Park", "His Country Park" at a sentence's start
    # A qualifier before a name stays in it: "Lower Mill Farm", "Upper Hollins Quarry".
    kind = match.group("kind")
    if all(k in names.bodies or k in KIND_KEYS for k in keys) and not (
        kind.lower() in HOUSING_KINDS and small_town(name.removeprefix("The "))
    ):
        # "Cardiff Bay", "Swansea beach", "the Liverpool Canal towpath": public landmarks;
        # but a housing estate named after a small town or district is an estate ("the Ely
        # estate"), not the town.
        return None
    if TOWN_PARTS_RE.match(kind) and all(k in KIND_WORDS or k in KIND_KEYS for k in keys):
        return None  # "the Business Park side of town": a kind of place, not its name
    if TOWN_PARTS_RE.match(kind) and any(k in ADMIN_AREA_WORDS for k in keys):
        return None  # "the Local Authority area of Westshire": a body's area, public
    if kind.endswith("of") and not AREA_OF_AFTER_RE.match(match.string, match.end("kind")):
        return None  # "the Learning area of practice": no town after it
    named = match.start("name") + skip
    if kind in GUARDED_KINDS and not GUARDED_PREP_BEFORE.search(
        match.string, max(0, named - 14), named
    ):
        return None
    if kind in GUARDED_KINDS and (
        NOT_SPOT_AFTER_RE.match(match.string, match.end("kind"))
        or (kind == "Point" and (keys[-1] in NOT_POINT_NAMES or keys[-1].endswith("ing")))
    ):
        return None  # "at Breaking Point", "the Single Point of Access", "Learning Point 4"
    if kind == "scheme" and (
        "award" in keys
        or keys[0] == "operation"
        or any(_product_or_possessive(w) for w in name.split())
    ):
        # "the Duke of Edinburgh's Award scheme", "the Operation Encompass scheme": a
        # national scheme or a police operation's, not housing
        return None
    if (
        kind[0].isupper()
        and names.is_surname(kind)
        and all(names.is_distinctive_first(w) for w in re.findall(CAP_WORD, name))
        and (
            not PLACE_PREP_BEFORE_RE.search(match.string, max(0, match.start() - 14), match.start())
            or PERSON_TO_BEFORE_RE.search(match.string, max(0, match.start() - 50), match.start())
        )
    ):
        return None  # "Kayden Marsh was seen": a person; "in Rosalind Park" is a place
    start = match.start("name") + delta + skip
    if HOUSE_NUMBER_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        return None  # "4 Glenshane Quay, Belfast": a street address (its own rule's)
    if name.startswith("The "):
        start += 4
    # Everyday words before a lower-case kind ("a Saturday site visit" has no name): one
    # capitalised word that is no English word, or a surname ("the Trevithick estate").
    if (
        (
            kind in EVERYDAY_NAMED_KINDS
            or kind in ("Market", "Parade")
            or TOWN_PARTS_RE.match(kind) is not None
        )
        and len(keys) == 1
        and names.is_word(keys[0])
        # a surname names an estate ("the Trevithick estate"); "Labour" is a word first
        and (keys[0] not in names.surnames or keys[0] in names.ordinary)
        # "the Riverside estate": a compound's second half makes housing's name of it
        and not (kind.lower() in HOUSING_KINDS and compound_place_word(keys[0], names))
    ):
        return None
    if (
        kind == "scheme"
        and len(keys) > 1
        and keys[0].endswith(("ed", "ing"))
        and all(names.is_word(k) for k in keys)
        and keys[-1] not in KIND_KEYS
        and keys[-1] not in BUILDING_WORDS
    ):
        # "the Shared Lives scheme", "the Supporting People scheme": a programme named by
        # what it does; "the Rising Brook scheme", "the Rising Sun Court scheme" are places.
        return None
    return RULE.hit(start, match.end("kind") + delta)


def _title_lines(text: str) -> Iterator[tuple[int, int]]:
    """Spans of headings ("## ...") and of front matter values that fit on one line (each
    is scanned between separators of NUL characters that no review contains)."""
    first = text.find("\n")
    if first != -1 and text.startswith("\x00", first + 1) and first < 400:
        yield 0, first  # the first front matter value
    for marker, skip in (("\n#", 1), (VALUE_START, 2)):
        position = text.find(marker)
        while position != -1:
            start = position + skip
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            one_line = marker == "\n#" or text.startswith("\x00", end + 1) or end == len(text)
            if one_line and end - start < 400:
                yield start, end
            position = text.find(marker, start)


def _title_place(word: str, names) -> bool:
    """A name in a title that no list explains, or a name that is no everyday word."""
    key = fold(strip_possessive(word))
    if (
        key in names.bodies
        or key in NEVER_NAMES
        or key in INSTITUTION_GENERIC
        or key in NOT_PLACES
        or _product_or_possessive(word)
        or len(key) < 3
    ):
        return False
    if not names.is_word(key):
        return True
    return (key in names.first or key in names.surnames) and key not in names.ordinary


def _used_place(match: re.Match, names) -> bool:
    """Whether the name after "attended", "worked at", "drinking in the" is a club, pub,
    employer or place of worship, not a meeting, course, public body or national group."""
    name = match.group("name")
    words = name.split()
    keys = [fold(strip_possessive(w)) for w in words]
    if any(
        k in INSTITUTION_GENERIC or k in NEVER_NAMES or k in NOT_USED_PLACES or k in NOT_PLACES
        for k in keys
    ):
        return False
    if _public(name, names) or any(_product_or_possessive(w) for w in words if not w.isupper()):
        return False
    if len(words) > 1 or match.group("the"):
        return True  # "Rainbow Corner", "Millbrook ABC", "the Feathers"
    return not names.is_word(keys[0])  # "attended Leverndale", not "attended Mass"


def _language_compound(word: str, names) -> bool:
    """A nation's, language's or role's word joined to lower-case English words ("Welsh-medium",
    "Polish-speaking", "Child-led") describes a lesson, a person or a plan, not a place."""
    first, _, rest = word.partition("-")
    return (
        bool(rest)
        and fold(first) in NEVER_NAMES
        and rest.islower()
        and all(names.is_word(part) for part in rest.split("-"))
    )


# What makes "of" or "to" before a town's name a place's, not a person's: a part of a place
# ("the outskirts of", "the centre of", "the village of") or a journey ("moved to",
# "trafficked to", "a train to").
PLACE_BEFORE_PREP_RE = re.compile(
    r"\b(?:outskirts|edge|edges|fringes|suburbs|centre|center|town|village|hamlet|north|south|"
    r"east|west|north-east|north-west|south-east|south-west|streets|heart)[ \t]+(?=of[ \t])"
    r"|\b(?:moved|moving|moves|went|go|going|goes|travelled|traveled|travelling|trafficked|"
    r"relocated|returned|returning|taken|took|driven|drove|ran|run|running|came|come|"
    r"walked|fled|headed|heading|bus|train|coach|lift|trip|journey|journeys|trips|way|back|"
    r"rehoused|evicted)[ \t]+(?=to[ \t])"
)


def _prep_place(match: re.Match, names) -> bool:
    """Whether the name after a preposition is a small place by its form alone."""
    name = match.group("name")
    words = name.split()
    keys = [fold(strip_possessive(w)) for w in words]
    if any(k in NOT_PLACES or k in NEVER_NAMES for k in keys):
        return False
    if _language_compound(words[0], names):
        return False
    if (
        len(keys) == 1
        and small_town(name)
        and not _everyday(keys[0], names)
        and keys[0] not in names.first
        # "written by Ludlow", "the work of Ludlow": a surname is a person after these, but
        # not after a part of a place ("the outskirts of Chard") or a journey ("moved to Chard")
        and (
            keys[0] not in names.surnames
            or match.group(0).split()[0] not in ("by", "of", "to")
            or PLACE_BEFORE_PREP_RE.search(
                match.string, max(0, match.start() - 40), match.start() + 3
            )
        )
    ):
        return True
    if _public(name, names):
        return False
    if match.group("qualifier"):
        return not names.is_word(keys[-1]) or keys[-1] in names.surnames or len(keys[-1]) > 3
    key = keys[0]
    if _product_or_possessive(words[0]):
        return False
    if len(key) < 5 or names.is_word(key) or key in names.first:
        return False
    if key in names.surnames:
        # A person is "with", "by" or "to" someone; nobody is "near" or "outside" a named
        # person in a report (roles and pseudonyms stand there): a district's name that is
        # also a surname ("near Birkby", "outside Thornaby").
        return match.group(0).split()[0].lower() in SPATIAL_PREPS
    return key.startswith(tuple(_JOINED_ELEMENTS)) or _unknown(words[0], names)


SPATIAL_PREPS = frozenset({"near", "outside", "around", "beyond", "towards", "past"})


# The last word of a district's or hamlet's name that says which part of a place it is:
# "Knowle West", "Norris Green", "Horsley Bottom", "Thornhill Vale", "Lane End".
LOCALITY_SUFFIXES = word_set(
    """west east north south green end bottom bottoms top vale heath cross common village
    town gate row side brow fold lees moor bank hill hills wood dale fields park"""
)
ELEMENT_KEYS = frozenset(e.lower() for e in ELEMENTS)
# Two or three words after a preposition that still say what or who, not where ("in
# Microsoft Teams", "to Adult Social Care").
NOT_MULTIWORD = NOT_PLACES | NOT_USED_PLACES | NOT_SPOT_NAMES | INSTITUTION_GENERIC


def _multiword_place(name: str, names) -> bool:
    """Whether two or three capitalised words after a preposition of place are a small
    place's name by their form: a Welsh, Gaelic or Irish element ("in Ton Pentre"), a
    district's closing word after a name that is no everyday word ("at Knowle West"), or a
    word no list explains ("in Cefn Hengoed"); never a person, a public body or a service."""
    words = re.findall(CAP_WORD, name)
    keys = [fold(strip_possessive(w)) for w in words]
    if len(keys) < 2 or _public(name, names) or any(_product_or_possessive(w) for w in words):
        return False
    suffixed = keys[-1] in LOCALITY_SUFFIXES
    saint = keys[0] in ("st", "saint")
    named = keys[1:] if saint else keys[:-1] if suffixed else keys
    if any(k in NOT_MULTIWORD or k in NEVER_NAMES for k in named):
        return False
    if (names.is_distinctive_first(words[0]) or keys[0] in names.first) and (
        not names.is_surname(words[0]) or names.is_surname(words[-1])
    ):
        return False  # "to Kayden Marsh", "at Jane Green": a person
    if any(k in ELEMENT_KEYS for k in keys) or saint:
        return True  # "in Ton Pentre"; "lived in St Pauls" (a saint names a parish)
    first = keys[0]
    if suffixed and (
        not names.is_word(first) or (first in names.surnames and first not in names.ordinary)
    ):
        return True
    return any(len(k) > 3 and _unknown(w, names) for w, k in zip(words, keys, strict=True))


# A district named with its city after a comma: "a hostel in Heeley, Sheffield".
CITY_AFTER_RE = re.compile(rf",[ \t]+(?P<city>{CAP_WORD}(?:[ \t]+{CAP_WORD})?)(?![\w\-])")


def _district_of_city(text: str, match: re.Match, names) -> bool:
    """Whether a one-word name after a preposition is a district of the city named after it
    ("in Heeley, Sheffield", "from Grangetown, Cardiff"): a surname may name a district, an
    everyday word or a first name does not."""
    after = CITY_AFTER_RE.match(text, match.end("name"))
    if after is None or match.group("qualifier") or match.group(0).split()[0] in ("of", "by"):
        return False
    people = settlements().get(place_key(after.group("city")))
    if people is None or 0 <= people < SMALL_TOWN:
        return False
    word = match.group("name")
    key = fold(strip_possessive(word))
    return not (
        len(key) < 4
        or _product_or_possessive(word)
        or key in NOT_MULTIWORD
        or key in NEVER_NAMES
        or key in names.bodies
        or names.is_distinctive_first(word)
        or (names.is_word(key) and (key not in names.surnames or key in names.ordinary))
    )


def _lower_locality(match: re.Match, names) -> bool:
    """Whether a lower-case name before a district's closing word ("horsley bottom") or after
    "st" ("st pauls") is a place's: a word no list explains, a surname that is no everyday
    word, or a town's name ("barry island"); "rock bottom", "village green" are words."""
    key = match.group("first") or match.group("saint")
    if key in NEVER_NAMES or key in NOT_MULTIWORD or key in names.bodies:
        return False
    if match.group("saint"):
        return key in names.first or key in names.surnames or not names.is_word(key)
    return (
        not names.is_word(key)
        or (key in names.surnames and key not in names.ordinary)
        or key in settlements()
    )


def _lived_place(name: str, the: bool, names) -> bool:
    """Whether a name after "lived in", "moved to", "was born in" is a small place."""
    words = re.findall(CAP_WORD, name)
    keys = [fold(strip_possessive(w)) for w in words]
    if not keys or any(k in NOT_PLACES for k in keys):
        return False
    # A town or village by the list, even when a district is named after it ("moved to
    # Didcot"); a town that is an everyday word ("lived in March") needs more than this.
    if not the and small_town(name) and (len(keys) > 1 or not _everyday(keys[0], names)):
        return True
    if _public(name, names):
        return False
    if any(k in NEVER_NAMES for k in keys):
        return False
    if len(words) > 1 and keys[0] in QUALIFIERS:
        return True  # "Little Snoring", "Upper Tysoe"
    if the:
        return len(words) == 1 and _unknown(words[0], names)
    if len(words) == 1:
        key = keys[0]
        if _product_or_possessive(words[0]):
            return False
        # A name no list explains ("Abercennin", "Foula"), a place-like word ("Formby"),
        # or a word of a place element ("Llanddewi").
        return (
            _unknown(words[0], names)
            or (key.startswith(tuple(_JOINED_ELEMENTS)) and not names.is_word(key))
            or (not names.is_word(key) and names.explained(words[0]))
            or (key in names.first and key in names.surnames and key not in names.ordinary)
        )
    return any(_unknown(w, names) for w in words)


# Capitalised words after "the" that name a region, a kind of place or a season, not one
# estate: "moved to the Valleys", "up the Internet", "over the Summer".
THE_PUBLIC = word_set(
    """valleys lakes highlands lowlands islands isles dales fens potteries moors broads downs
    wolds peaks borders marches continent mainland countryside seaside coast internet web net
    states colonies commonwealth tropics arctic riviera gulf caribbean north south east west
    community country city town village street streets home unit ward hospital estate area
    region summer winter spring autumn holidays holiday weekend christmas easter
    ramadan eid diwali term
    stairs steps staircase landing hallway loft attic garden yard"""
)


def _local_name(word: str, names, family: bool = True) -> bool:
    """Whether one capitalised word after "the", used as a place, may be a local place's
    name: no region, public body, kind or season, and (``family``) no family ("the
    Hendersons")."""
    key = fold(strip_possessive(word))
    if len(key) < 3 or _product_or_possessive(word):
        return False
    if (
        key in names.bodies
        or key in NEVER_NAMES
        or key in NOT_PLACES
        or key in INSTITUTION_GENERIC
        or key in NOT_USED_PLACES
        or key in THE_PUBLIC
    ):
        return False
    stem = key[:-1]
    return not (family and key.endswith("s") and stem in names.surnames and not names.is_word(stem))


def _at_where_place(name: str, names) -> bool:
    """Whether a name after "at" and before ", where" may be a small place or venue: a word
    no dictionary explains or a surname's, no first name, no public place or chain."""
    words = re.findall(CAP_WORD, name)
    keys = [fold(strip_possessive(w)) for w in words]
    if not keys or keys[0] in names.first or _public(name, names):
        return False
    if any(k in NEVER_NAMES or k in NOT_PLACES or k in NOT_USED_PLACES for k in keys):
        return False
    return any(
        not names.is_word(k) or (k in names.surnames and k not in names.ordinary) for k in keys
    )


def _local_places(text: str, names) -> Iterator[Hit]:
    """Places known by a local name (see ``local_names``): "settled on the Beaumont", "up
    the Brow", "the Rhos part of town", "met at Kestle, where"."""
    for start, end in the_places(text, lambda word: _local_name(word, names)):
        yield RULE.hit(start, end)
    for start, end in at_where(text, lambda name: _at_where_place(name, names)):
        yield RULE.hit(start, end)
    for start, end in said_places(text, lambda word: _said_place(word, names)):
        yield RULE.hit(start, end)


def _said_place(word: str, names) -> bool:
    """Whether one word gone up or down to ("going up Tanners") may be a part of a town: a
    local name, no person's first name ("going round Sarah"), season or public place."""
    key = fold(strip_possessive(word))
    # without "the" a plural surname is a part of town ("down Fenners"), not a family
    return (
        _local_name(word, names, family=False)
        and key not in names.first
        and not _public(word, names)
    )


RULE = Rule(
    id="named-place",
    severity="error",
    message=MESSAGE,
    summary="A named small place: village, island, townland, estate, park, quarry or beach",
    fix="Describe it instead: 'a small village', 'an island', 'a park near the home'.",
    docs='villages, small towns, islands and estates after "lived in", "moved to", "the townland of" '
    '("lived on Foula", "from the Gurnos"); named spots ("Hollins Quarry", "the Horsefair '
    'roundabout", "Lock 21"); cities, counties and the partnership\'s own area are not reported',
    rank=145,
    find=find,
    silenced_by=frozenset({"pseudonym", "author", "partnership"}),
)

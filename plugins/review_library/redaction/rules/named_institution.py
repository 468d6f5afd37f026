"""Rule ``named-institution``: named schools, nurseries, GP surgeries, hospitals and wards.

"St Mary's C of E Primary School", "Oakfield Academy", "Rainbow Ward" and "Northshire
General Hospital" are reported; generic phrases ("the Primary School", "the Children's
Ward", "Special Care Baby Unit") are not, because no word in them names a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.bare_venues import (
    agency_list_names,
    capital_the_venues,
    chapel_names,
    club_age_groups,
    sport_clubs,
)
from review_library.redaction.rules.culture import (
    feast_day,
    language_kind,
    national_body,
    national_name,
)
from review_library.redaction.rules.gazetteer import (
    NEVER_NAMES,
    PLACE_ENDINGS,
    compound_place_word,
    gazetteer,
    settlements,
)
from review_library.redaction.rules.local_names import (
    apposed_venues,
    death_places,
    dedicated_churches,
    gone_to_venues,
    kind_after_venues,
    named_wards,
    nicknames,
    numbered_wards,
    possessive_homes,
)
from review_library.redaction.rules.person_name import at_sentence_start, in_public_phrase
from review_library.redaction.rules.pub_sign import lone_signs, pub_signs
from review_library.redaction.rules.setting_forms import (
    inspected_homes,
    possessive_premises,
    short_school_names,
    staff_settings,
    worship_places,
)
from review_library.redaction.rules.speaking_setting import speaking_settings
from review_library.redaction.rules.street_name_use import STREET_WORD, cited_source
from review_library.redaction.rules.text import (
    CAP_WORD,
    LOWER,
    capital_finditer,
    capitalised_words,
    contains_any,
    cue_finditer,
    english_ending,
    fold,
    keyword_windows,
    literal_positions,
    literal_windows,
    lowered,
    may_occur,
    may_occur_any,
    occurrences,
    strip_possessive,
    welsh_clause,
    word_set,
    word_windows,
    words_of,
)
from review_library.redaction.rules.venue_plural import plural_venues
from review_library.redaction.rules.venue_positions import (
    bracketed_settings,
    owned_shops,
    provisions,
    standing_venues,
    word_named_wards,
)
from review_library.redaction.rules.venue_positions import (
    gone_to_venues as anaphor_venues,
)

MESSAGE = (
    "a named school, nursery, surgery, hospital or ward locates the family; "
    "use the type only ('the primary school', 'the GP practice')"
)

_KIND = (
    r"(?:(?:Primary|Secondary|Infant|Infants['’]?|Junior|High|Grammar|Special|Free|Community|"
    r"Church|C of E|CofE|CE|RC|Catholic|Methodist|Independent|Prep|Preparatory|Day|Nursery|"
    r"Medical|Health|Family|Children['’]?s|Care|Nursing|Pupil Referral|Sixth Form|Teaching|"
    r"General|District|University|Community|Girls['’]?|Boys['’]?)\s+)*"
    r"(?:School|Academy|College|Nursery|Pre-?[Ss]chool|Playgroup|Kindergarten|Montessori|"
    r"Surgery|Hospital|Infirmary|Clinic|Ward|Wing|Care Home|Nursing Home|Hospice|"
    r"Care [Hh]ome|Nursing [Hh]ome|Residential [Hh]ome|Children['’]s [Hh]ome|"
    # "Practice", "Centre", "Unit" are names of services as often as of places: they end
    # an institution only when no capitalised word follows ("Practice Review", "Unit Manager").
    r"(?:Centre|Center|Practice|Unit)(?![ \t]+[A-Z]|[ \t]*:)|"
    # A pupil referral unit, young offender institution or secure children's home by its
    # initials: "the Riverside PRU", "Fernhill YOI".
    r"PRU|YOI|SCH|ELC|STC|UTC|"
    # A sports club by its initials: "Llanfair RFC", "Millbrook AFC", "Hollybank JFC".
    r"RFC|RUFC|AFC|JFC|FC|ABC|"
    # A chapel or church by its denomination alone: "Killowen Presbyterian".
    r"(?:Presbyterian|Methodist|Baptist|Pentecostal|Congregational|Evangelical)"
    r"(?![ \t]+[A-Z])|"
    # A group of schools: "Oakridge Learning Trust", "Ashwood Federation" (not "the Women's
    # Aid Federation of England").
    r"(?:Learning|Academy|Academies|Schools|Education|Multi-Academy)[ \t]+Trust|"
    r"Federation(?![ \t]+of\b)|"
    # Youth and sports clubs and projects, health campuses: "Cornerstone Youth Project",
    # "Millbrook Boxing Club", "Eastholme Health Village" ("the Freedom Project" is a
    # programme: a kind of club or project must say so).
    r"(?:Youth|Community|Boxing|Football|Rugby|Cricket|Sports|Social|Snooker|Golf|Cadet|Kids['’]?|"
    r"Swimming|Swim|Gymnastics|Judo|Karate|Taekwondo|Kickboxing|Martial[ \t]+Arts|Dance|Cycling|"
    r"Running|Athletics|Hockey|Netball|Tennis|Sailing|Rowing|Angling|Bowls|Darts|Wrestling|"
    r"Climbing|Riding|Pony|Chess|Drama|Theatre|Homework|After[ \t-]?School|Holiday|Breakfast|"
    # a club by whom it is for: "Penmoel Boys Club", "Hallam Girls' Club"
    r"Boys['’]?|Girls['’]?|Lads['’]?)"
    r"[ \t]+(?:Project|Club)|"
    # A football or running club by its suffix: "Hallam Rovers", "Hallam Harriers".
    # An age group may follow: "Ashvale Rangers U12s", "Hallam Colts Under-14s".
    r"(?:Rovers|Athletic|Wanderers|Harriers|Albion|Colts|Rangers|United)"
    r"(?![ \t]+(?!U\d|Under[ \t\-]?\d)[A-Z])|"
    # A local service named like a place: "Phoenix Recovery Hub", "Harbourside Day Services"
    # (a service named by what it does alone, "the Early Help Hub", has no distinctive word).
    # (a service of an area, "... Recovery Services", "... Community Hub", is the area's)
    r"(?:(?:Recovery|Drop-?[Ii]n|Wellbeing)[ \t]+Hub|Day[ \t]+Services?)(?![ \t]+[A-Z])|"
    # A children's centre by its newer names, a building in a named neighbourhood:
    # "Eastgate Family Hub", "Lagan Valley Sure Start".
    r"(?:Family[ \t]+Hub|Sure[ \t]+Start)(?![ \t]+[A-Z])|"
    # Nurseries, hostels and refuges: "Busy Bees Childcare", "the Haven Refuge", "Hallam
    # Foyer"; a supplementary school: "Al-Noor Madrassa".
    r"Childcare|Cr[eè]che|Refuge|Hostel|Foyer|Night[ \t]+Shelter|"
    r"Madrassa|Madrasa|Madrasah|Madrassah|Gospel[ \t]+Hall|Meeting[ \t]+House|(?:Health|Medical|Wellbeing)[ \t]+(?:Village|Campus|Park)|"
    # A GP practice by its partners and a care agency: "Dr Rahman & Partners", "Bluebell
    # Homecare".
    r"(?:&|and)[ \t]+Partners|Homecare|Home[ \t]+Care(?![ \t]+[A-Z])|"
    # Places of worship: "Bethel Apostolic Church", "Ashfield Gurdwara".
    r"Church|Chapel|Mosque|Masjid|Gurdwara|Mandir|Temple|Synagogue|Tabernacle|Kingdom[ \t]+Hall|"
    # Uniformed youth groups and cadet units by their town: "Westbury Sea Cadets", "Hallam
    # Scout Group", "Northfield Brownies" ("the Army Cadets" names none: no distinctive word).
    r"(?:(?:Army|Sea|Air|Police|Fire|Marine|Volunteer[ \t]+Police)[ \t]+)?Cadets|"
    r"(?:Army|Sea|Air)[ \t]+Cadet[ \t]+(?:Force|Corps|Unit|Detachment)|Detachment|"
    r"Scout[ \t]+Group|Scouts|Cubs|Beavers|Brownies|Guides|Rainbows|Squadron|"
    # Shops and businesses a family used or worked at, and where it stayed, by their head
    # noun in capitals: "Greenway Pharmacy", "Kutz Barbers", "Seaview B&B", "Trinity Food
    # Bank", "Sparkle Hand Car Wash", "Kellaway Logistics" (a company's trade word only where
    # no capitalised word follows: "Construction Industry Training Board").
    r"Pharmacy|Chemists?|Dental|Dentists?|Opticians?|Hotel|B&B|"
    r"Food[ \t]?Bank|Foodbank|Barbers|Barbershop|Car[ \t]+Wash|Soft[ \t]+Play|Takeaway|"
    r"Nails|Salon|Prison|Gym|Arms|Inn|Tavern|Tots|Toddlers|"
    r"(?:Logistics|Haulage|Motors|Recruitment|Construction|Builders|Couriers|Cleaning|Foods|"
    r"Packaging|Textiles|Distribution|Poultry|Meats|Engineering|Industries|Plastics|Recycling|"
    # A GP practice or a home care agency by its trading name: "Grove Medical Group",
    # "Riverbank Health Partnership", "Sunrise Care Services".
    r"(?:Medical|Health|Healthcare)[ \t]+(?:Group|Partnership)|"
    r"Care[ \t]+(?:Services|Agency|Solutions))(?![ \t]+[A-Z])|"
    # A synagogue by its congregation: "Oakhurst Hebrew Congregation".
    r"Congregation(?![ \t]+of\b)|"
    # A local child and adult mental health team by its area: "Northfields CAMHS".
    r"CAMHS|CMHT|CYPMHS|CLDT|"
    # A named building: a care home, hostel, refuge or block of flats ("Kittiwake House",
    # "Greenhill Lodge", "Birchwood Manor", "Bramley Court"), wherever it stands in the
    # sentence; courts and common compounds are read in ``_named``.
    r"(?:House|Lodge|Manor|Grange|Court)(?![ \t]+[A-Z]|[ \t]+of\b))"
    r"(?![\w-])"
)
# Spaces, or one line break: a name may wrap onto the next line, but never runs across a
# blank line into the next paragraph ("## Methodology" + "Nursery staff ..." is no nursery).
_SP = r"(?:[ \t]+|[ \t]*\n(?![ \t]*\n)[ \t]*)"
_NAME = (
    rf"(?:(?:St\.?|Saint|The){_SP})?{CAP_WORD}"
    rf"(?:{_SP}(?:(?:and|&|of|the|on|upon|in|de|la){_SP})?(?:{CAP_WORD}|St\.?)){{0,12}}?"
)  # at most 13 words: unbounded, a long run of capitalised words with no kind after it was
# read again from each of its words (a 50 kB line took over a minute)
INSTITUTION_RE = re.compile(rf"(?<![\w\-])(?P<name>{_NAME}){_SP}(?P<kind>{_KIND})")

GENERIC = word_set(
    """
    the a an st saint of and on upon in de la this that his her their its our your my each every
    same previous new current second first another different local nearby main
    primary secondary infant infants junior high grammar special free community church ce rc
    cofe catholic methodist independent prep preparatory day nursery medical health family
    children childrens care nursing pupil referral sixth form teaching general district
    university school academy college playgroup centre center surgery practice hospital
    infirmary clinic ward unit home hospice women womens maternity paediatric pediatric neonatal
    intensive baby emergency mental acute nhs trust foundation private residential secure
    psychiatric adolescent urgent walk development early years child adult adults young people
    sexual assault gp gps royal county city regional national specialist major trauma
    safeguarding partnership social services service multi agency hub early help mash front
    door when after before during at from to for by with into while although because since
    also however then in on as if or but a
    mother father mr mrs ms miss dr sibling parent parents
    board boards council councils committee authority authorities
    business civic county hall support resource resources learning concise extended practice
    review reviews good best professional clinical nurse nursing led leadership assessment
    treatment therapy therapies development child protection liaison referral contact family
    families integrated joint multi disability disabled inclusion virtual education hub hubs
    sure start wellbeing well being youth offending justice probation police fire rescue
    housing homeless homelessness domestic abuse violence refuge women's men's victim victims
    advice recovery drug alcohol substance misuse crisis resolution home treatment day
    most many some all both several few other others such any no these those various whose
    which one two three four five six seven eight nine ten
    public medical surgical assessment admissions observation dependency secure forensic
    rehabilitation stroke cardiac coronary renal burns spinal trauma eating disorders
    perinatal disabilities autism memory older frailty dementia respite breaks supervised
    enhanced inpatient outpatient neighbourhood policing investigation investigations missing
    exploitation vulnerability online crime serious custody offender management prevention
    intervention diversion sexual counselling psychology psychological wellbeing contraception
    tenancy sustainment floating outreach engagement access triage community
    north south east west central basic command operational alternative provision inclusion
    council borough authority
    apostolic pentecostal baptist evangelical orthodox anglican presbyterian reformed united elim
    adventist christian islamic muslim sikh hindu jewish buddhist parish congregational quaker
    cathedral england scotland wales ireland
    policy research evaluation studies statistics analysis economics science sciences
    forest steiner montessori out hours urgent dental pharmacy optician opticians
    procedures quality assurance standards performance improvement commissioning governance
    planning strategy strategic communications information intelligence records operations
    finance legal workforce training further higher tertiary delivery
    work working agency department discharge midwifery visiting single
    sunday saturday tax funded hours
    registered unregistered regulated unregulated ofsted cqc approved accredited commissioned
    army sea air navy naval marine marines raf volunteer cadet cadets corps force scout scouts
    guide guides brownies cubs beavers rainbows explorers squadron detachment group kingdom
    job jobcentre plus aid short stay kids swimming swim gymnastics judo karate taekwondo
    kickboxing martial arts dance cycling running athletics hockey netball tennis sailing rowing
    angling bowls darts wrestling climbing riding pony chess drama theatre homework holiday
    breakfast after-school afterschool childcare creche crèche refuge hostel foyer night shelter
    madrassa madrasa madrasah madrassah gospel meeting football rugby cricket boxing sports
    snooker golf med hlth
    camhs cmht cypmhs cldt tier hebrew reform liberal progressive domiciliary reablement
    gaelic medium art arts bible music language languages faith theological
    agricultural technical
    """
)

# Welsh institution words come before the name: "Ysgol Gynradd Bryn Celyn", "Ysbyty Glan
# Morfa", "Meddygfa'r Bont", "Cartref Bryn Haul".
# Words that end a name written in lower case.
_STOP = word_set("was were is are had has have told said saw did does got put not who why")
# Welsh and Gaelic articles inside a name ("Ysgol y Graig", "Sgoil an Rubha").
_CELTIC_LINKS = word_set("y yr an na nan a' 'r")
WELSH_KINDS = (
    "Ysgol",
    "Ysbyty",
    "Meddygfa",
    "Feddygfa",
    "Cartref",
    "Canolfan",
    "Coleg",
    "Meithrinfa",
    "Feithrinfa",
    "Cylch Meithrin",
    # Irish and Scottish Gaelic: "Scoil Bhríde", "Gaelscoil ...", "Coláiste ...", "Bun-sgoil ...".
    "Scoil",
    "Gaelscoil",
    "Bunscoil",
    "Naíscoil",
    "Naiscoil",
    "Meánscoil",
    "Coláiste",
    "Colaiste",
    "Gaelcholáiste",
    "Sgoil",
    "Bun-sgoil",
    "Àrd-sgoil",
    "Ard-sgoil",
    "Ospidéal",
    # More Welsh and Irish kinds: a unit, clinic, pharmacy, church, chapel, mansion (care
    # homes: "Plas ..."), house ("Tŷ ..."), an Irish-medium playgroup.
    "Uned",
    "Clinig",
    "Fferyllfa",
    "Eglwys",
    "Capel",
    "Plas",
    "Tŷ",
    "Naíonra",
    "Naionra",
)
WELSH_KINDS_LOWER = tuple(kind.lower() for kind in WELSH_KINDS)
_WELSH_AFTER = r"(?:[ \t]+(?:Gynradd|Uwchradd|Gyfun|Feithrin|Iau|Babanod|Arbennig|Gymraeg|y|yr))*"
WELSH_RE = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(WELSH_KINDS)})['’r]*{_WELSH_AFTER}(?:[ \t]+(?:{CAP_WORD}))+"
)
# The kind with only words that say what kind it is ("Ysgol Gymraeg", a Welsh-medium school;
# "Ysgol Gynradd", a primary school) names no school.
WELSH_GENERIC_RE = re.compile(
    rf"(?:{'|'.join(WELSH_KINDS)})['’r]*(?:[ \t]+(?:Gynradd|Uwchradd|Gyfun|Feithrin|Iau|Babanod|"
    rf"Arbennig|Gymraeg|Cymraeg|Ddwyieithog|Eglwys|Breswyl|"
    # what a centre or unit is for: contact, family, health, care, support, children, youth,
    # day, community ("Canolfan Gyswllt", a contact centre; "Uned Gofal Dwys", intensive care)
    rf"Gyswllt|Cyswllt|Deulu|Teulu|Teuluoedd|Iechyd|Gofal|Ofal|Dwys|Gymorth|Cymorth|Plant|"
    rf"Ieuenctid|Dydd|Gymuned|Cymuned|Famolaeth|Mamolaeth))+"
)
WELSH_GENERIC_ANY_RE = re.compile(WELSH_GENERIC_RE.pattern, re.I)
_NAME_ON_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*[A-Z]")
# The same written all in lower case or capitals: "ysgol bro hafren", "YSBYTY GLAN MORFA".
WELSH_ANY_RE = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(WELSH_KINDS)})['’r]*{_WELSH_AFTER}"
    rf"(?P<words>(?:[ \t]+[^\W\d_]+(?:-[^\W\d_]+)*){{1,3}})",
    re.I,
)
# A name and a school type without "School": "Oakfield Primary", "Westfield Comp",
# "St Cuthbert's RC High", "Fairfield General" (a hospital).
SHORT_RE = re.compile(
    rf"(?<![\w\-])(?P<name>(?:(?:St\.?|Saint)[ \t]+)?{CAP_WORD}(?:[ \t]+{CAP_WORD})?)"
    rf"(?P<kind>(?:[ \t]+(?:RC|CE|C of E|CofE|Catholic|Church))?[ \t]+"
    rf"(?:Primary|Prim|Infants|Juniors|High|Comp|Comprehensive|Academy|Acad|General|Royal|"
    rf"Infirmary|Sch|Hosp|Pri|Jnr|Jnrs|Juns|Inf|Infs|Coll|Surg|Ctr|Ctre|Cntr)"
    # A church school by its name and denomination alone: "Holy Cross RC", "Hallam C of E";
    # a school by its initials in Northern Ireland: "St Mary's PS", "Ballykeel HS".
    rf"|[ \t]+(?:RC|CE|C of E|CofE|R\.C\.|C\.E\.|C\.\s?of\s?E\.?|PS|HS|GS|IC|JMI|J&I))"
    rf"(?![\w\-])(?![ \t]+[A-Z])"
)
# A saint's name in the possessive is a school, church or hospital: "St Brigid's".
SAINT_RE = re.compile(rf"S(?:t\.?|aint)[ \t]+[A-Z][{LOWER}]+['’]s(?![\w])")
# ... and in capitals: "ST JOSEPH'S RC PRIMARY" (a street's "ST" comes after its name).
SAINT_CAPS_RE = re.compile(r"(?<![\w\-])(?:ST\.?|SAINT)[ \t]+[A-Z]{3,}['’]S(?![\w])")
# A place of care or schooling named without an institution word, known by its context:
# "lived at Glenholme", "placed at Elmtree", "Sunflowers nursery".
PLACE_AT_RE = re.compile(
    rf"\b(?P<verb>lived|living|lives|live|placed|placement was|placement|resident|residing|stayed|staying|admitted|"
    rf"moved|transferred|discharged|attended|attending|started|pupil|staff|returned|admissions?|"
    rf"boarder|student|inpatient|in-patient|outpatient|roll|enrolled|registered|excluded|pupils|"
    rf"(?:went|moved|came|was|were|sent|taken|brought|discharged|hospital|ward)[ \t]+back|"
    rf"centre|unit|team|home|later|then|Staff|"
    # The people of a home or school: "the manager at Rosewood", "residents of Elmhurst",
    # "carers from Brambleside", "the headteacher of Castlebrook".
    rf"manager|managers|residents|carers|nurses|headteacher|teacher|principal|"
    rf"receptionist|matron|room|bed|settled|happy|respite|"
    # What a child or parent went there for: "an assessment at Alder Hey", "spent the day at
    # Sunshine Kids", "weekly sessions at Oakfield".
    rf"assessments?|appointments?|scans?|operation|sessions?|day|days|"
    # How long someone lived there: "her last two years at The Laurels".
    rf"years|months|weeks|"
    # The school run: "collected from Little Oaks by Father", "dropped off at Tiny Steps".
    rf"collected|picked[ \t]+up|dropped[ \t]+off)[ \t]+"
    rf"(?P<prep>at|to|from|in|into|of|with)[ \t]+(?P<name>(?:The[ \t]+)?{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})"
    rf"(?=[ \t]*(?:,|\.|;|[ \t]+(?:for|until|since|from|and|but|because|so|while|during|where|when|on|in|after|before|with|three|two|"
    rf"four|five|six|several|every|each|twice|once|said|told|reported|noted|recorded|described|"
    rf"raised|were|was|had|did|did not|could|would|wrote|made|sent|asked|rang|phoned|emailed|"
    rf"contacted|referred|gave|confirmed|agreed|explained|closed|ended|began|continued|lasted|"
    rf"broke|stopped|failed|finished|is|are|has|have|which|who|that|until|by|near|under|"
    # any verb in the past: "staff at Heathcote noticed", "carers from Elmhurst observed"
    rf"[a-z]{{3,}}ed)\b))"
)
# The last word of a building's name: "lived at Wisteria House", "placed at Oak Lodge".
BUILDING_WORDS = word_set(
    "house lodge court hall grange manor view villa villas cottage heights gardens mews place "
    "bank lea dene garth"
)
# A place of care or schooling named in apposition with its kind, after or before the name:
# "lived at Rosewood, a residential home", "the supported living service, Birchfield Court,".
_CARE_KINDS = (
    r"(?:(?:residential|nursing|care|children['’]s|group|respite|foster)[ \t]+home|hostel|refuge|"
    r"hospice|day[ \t]+(?:service|opportunities[ \t]+(?:service|centre))|"
    r"(?:respite|short[ \t]+breaks)[ \t]+(?:service|unit|centre|home)|"
    r"(?:supported|assisted)[ \t]+living(?:[ \t]+(?:service|scheme|placement|unit))?|"
    r"(?:extra[ \t]+care|sheltered)[ \t]+(?:housing|scheme)|day[ \t]+centre|"
    r"(?:(?:mental[ \t]+health|psychiatric|secure|assessment|inpatient|rehabilitation)[ \t]+)"
    r"(?:unit|hospital|ward)|(?:primary|secondary|special|independent|boarding)[ \t]+school|"
    r"(?:day[ \t]+)?nursery|pupil[ \t]+referral[ \t]+unit|residential[ \t]+(?:school|unit|placement)|"
    r"(?:residential|specialist|further[ \t]+education|sixth[ \t]+form)[ \t]+college|"
    # Housing for people without a home, and dwellings known by a name: "Cornerstone, a
    # supported housing project", "Ardmore, a farmhouse outside the town".
    r"(?:supported|temporary|emergency)[ \t]+(?:housing|accommodation)"
    r"(?:[ \t]+(?:project|scheme|service|unit))?|(?:housing|hostel|homeless(?:ness)?)[ \t]+"
    r"(?:project|scheme)|(?:night|winter)[ \t]+shelter|approved[ \t]+premises|farmhouse|"
    r"farm|smallholding|croft|cottage|bungalow|caravan[ \t]+site|guest[ \t]+house|"
    r"foster[ \t]+(?:home|placement)|mother[ \t]+and[ \t]+baby[ \t]+(?:unit|placement)|"
    # A local project by what it is: "the Phoenix Project, a voluntary service for boys".
    r"(?:voluntary|mentoring|youth|community)[ \t]+(?:service|project|organisation|group)|"
    r"supported[ \t]+lodgings(?:[ \t]+(?:scheme|service|placement))?|"
    r"(?:independent|fostering|foster[ \t]+care|domiciliary|home[ \t]+care|care)[ \t]+agency|"
    # A surgery or school named beside its kind: "The GP surgery, Parkview, had ...".
    r"(?:GP|gp|medical|doctors['’]?)[ \t]+(?:surgery|practice)|surgery|school|academy|"
    # A workplace or venue: "Golden Dragon, a takeaway near the flat", "Second Chances, a
    # charity shop", "the Vaults, a bar in the town centre".
    r"takeaway|take-away|pub|public[ \t]+house|bar|nightclub|restaurant|caf[eé]|"
    r"(?:charity|corner|chip|kebab|pizza)[ \t]+shop|snooker[ \t]+hall|social[ \t]+club|gym|"
    r"drop-in|recovery[ \t]+(?:service|hub|project)|youth[ \t]+project|food[ \t]?bank)"
)
_NOT_A_PLACE_AFTER = (
    r"(?![ \t]*-?[ \t]*(?:manager|worker|staff|resident|nurse|assistant|provider|owner|"
    r"place|placement|bed|setting|teacher|pupil|inspection|team|sector|care|fees?|room|"
    r"labourer|hand|shop|animal|dog|visit|landlord|landlady|job|shift|regular|chain)s?\b)"
)
# Led by its comma (a literal the regex engine finds fast); the name is then read backwards.
KIND_AFTER_RE = re.compile(
    rf"(?:,[ \t]+|\([ \t]*)(?:a|an|the)[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?{_CARE_KINDS}\b"
    rf"{_NOT_A_PLACE_AFTER}"
)
NAME_BACK_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>(?:The[ \t]+)?{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})\Z"
)
KIND_BEFORE_RE = re.compile(
    rf",[ \t]+(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})"
    rf"(?=[ \t]*(?:,|\.|;|\)|[ \t]+(?:where|which|in|on|for)\b))"
)
KIND_END_RE = re.compile(rf"\b{_CARE_KINDS}['’]?s?\Z")
KIND_WORDS = (
    " home",
    "hostel",
    "refuge",
    "hospice",
    "living",
    "service",
    "housing",
    "scheme",
    "centre",
    "unit",
    "hospital",
    "ward",
    "school",
    "nursery",
    "placement",
    "college",
    "farm",
    "croft",
    "cottage",
    "bungalow",
    "caravan",
    "shelter",
    "premises",
    "accommodation",
    "project",
    "guest house",
    "smallholding",
    "agency",
    "lodgings",
    "surgery",
    "practice",
    "academy",
    "takeaway",
    "take-away",
    "pub",
    "public house",
    "bar",
    "nightclub",
    "restaurant",
    "cafe",
    "café",
    "shop",
    "snooker",
    "club",
    "gym",
    "drop-in",
    "recovery",
    "foodbank",
    "food bank",
)
# The moves of care, each with whether it takes a person to a hospital only ("taken to",
# "admitted to"; not "seen at", "discharged from" a service, which also name services).
_CARE_MOVES = {
    "taken": True, "admitted": True, "readmitted": True, "re-admitted": True,
    "transferred": True, "conveyed": True, "rushed": True, "born": True, "detained": True,
    "discharged": False, "delivered": False, "treated": False, "seen": False,
    "attended": False, "presented": False, "admission": False, "transfer": False,
    "discharge": False,
}  # fmt: skip
CARE_VERBS = tuple(_CARE_MOVES)
STRONG_CARE_MOVES = frozenset(verb for verb, strong in _CARE_MOVES.items() if strong)
# A hospital by its everyday name after a move of care: initials ("taken to the QEH",
# "discharged from the RGH"), a nickname ("transferred to the Sick Kids", "an admission to
# the Royal Vic"), or a town and a hospital word ("born at Antrim Area", "admitted to Leeds
# General"). Words of wards, departments and public services ("the Emergency Department",
# "the Custody Suite", "the Leaving Care Team") name no hospital.
CARE_MOVE_RE = re.compile(
    rf"\b(?P<verb>{'|'.join(CARE_VERBS)})"
    r"(?:[ \t]+(?:back|(?:by|in)[ \t]+(?:an[ \t]+)?(?:ambulance|police|paramedics|car|taxi)))?"
    r"[ \t]+(?:to|at|from|into)[ \t]+(?P<the>the[ \t]+)?"
    rf"(?:(?P<acronym>[A-Z]{{2,5}})\b|(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}}))"
    r"(?![\w'’&-]|[ \t]*(?:[A-Z&-]|(?:of|and)[ \t]+(?:the[ \t]+)?[A-Z]))"
)
# Verbs of hospital care after which one word no list explains is the hospital's.
_HOSPITAL_VERBS = frozenset(
    [
        "treated",
        "admitted",
        "readmitted",
        "born",
        "conveyed",
        "transferred",
        "rushed",
        "delivered",
        "detained",
    ]
)
# Moves that end at a hospital, not a shop or a relative's home ("taken to Tesco's").
HOSPITAL_ONLY_MOVES = frozenset(["admitted", "readmitted", "re-admitted", "conveyed", "rushed"])
FAMILY_WORDS = word_set(
    """nan nana nanna nanny gran granny grandma grandad granddad grandpa grandmother
    grandfather mum mam dad mother father aunt auntie aunty uncle cousin sister brother
    friend neighbour partner boyfriend girlfriend"""
)
# Words that end a hospital's short name: "Leeds General", "Antrim Area", "Cumberland
# Infirmary", "Royal Vic" (a town alone is not one: "taken to Leeds").
HOSPITAL_SHORT = word_set("general royal area infirmary district hosp vic")
# Parts of a hospital, court or police station and public services: no hospital's name.
NOT_HOSPITALS = word_set(
    """department dept suite station court courts room rooms bay bays theatre theatres lounge
    block wing floor annexe areas place safety custody accident emergency casualty
    minor injuries resus resuscitation cells cell office offices services service team
    teams hub panel system ambulance mainland country uk england wales scotland ireland
    authority authorities care leaving looked fostering adoption adult adults children
    court home homes prison prisons police local hospital hospitals care
    mechanism scheme programme program process pathway project initiative protocol
    procedure framework meeting conference forum network guidance report reports review
    reviews plan plans strategy standards policy policies
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
)
# A service after a move of care: "taken to the Trust's Gateway service", "referred to the
# Beacon team" (a hospital's name is not followed by what the service is).
_SERVICE_AFTER_RE = re.compile(
    r"[ \t]+(?:service|services|team|teams|hub|project|programme|scheme)\b"
)
KNOWN_ACRONYMS = word_set(
    """gp gps ed ae mash marac mappa camhs nhs icb ccg la lado idva isva sarc pru ehcp cic cin
    cp cpp dsl hv mw ps pcso cps dwp hmrc dvla dbs iopc ofsted cqc cafcass icu picu nicu scbu
    hdu ane aande ward unit team hub panel court jtai scr sar dhr cspr lcspr psni pcso nspcc
    hmp yoi stc sch lac pru ppu cait mosac sarc idva ctu mhu amhp cmht ahp snt
    ucc utc miu wic cdu mau amu sdec eau aau rau pau ccu itu ae ed opd
    hmi hmic hmicfrs mri dsh cah
    icpc rcpc tac taf cla pep ehc ehcp send sen senco sendco esa jsa pip dla uc cas ctc
    yos yjs yot csc asc ccs aps dfe nhse ukhsa sia nca cjs fgc fgm cse cce nrm ecc"""
)


# The institution words alone: cheap to find, and every named institution contains one.
TRIGGER_RE = re.compile(
    r"(?:School|Academy|College|Nursery|Pre-?[Ss]chool|Playgroup|Kindergarten|Montessori|"
    r"Centre|Center|Surgery|Practice|Hospital|Infirmary|Clinic|Ward|Home|Hospice|Unit|PRU|YOI|"
    r"SCH|Trust|Federation|Church|Chapel|Mosque|Masjid|Gurdwara|Mandir|Temple|Synagogue|"
    r"Tabernacle|Project|Club|Village|Campus|Park|Partners|Homecare|Wing|ELC|RFC|RUFC|AFC|JFC|Hub|Start|"
    r"Hall|Cadets|Detachment|Group|Scouts|Cubs|Beavers|Brownies|Guides|Rainbows|Squadron|"
    r"STC|UTC|Rovers|Athletic|Wanderers|Harriers|Albion|Colts|Childcare|Cr[eè]che|Refuge|"
    r"Hostel|Foyer|Shelter|Madrassa|Madrasa|Madrasah|Madrassah|House|"
    r"FC|ABC|Presbyterian|Methodist|Baptist|Pentecostal|Congregational|Evangelical|"
    r"Pharmacy|Chemists?|Dental|Dentists?|Opticians?|Hotel|B&B|Bank|Foodbank|Barbers|"
    r"Barbershop|Wash|Play|Takeaway|Nails|Salon|Prison|Logistics|Haulage|Motors|Recruitment|"
    r"Construction|Builders|Couriers|Cleaning|Congregation|Rangers|United|Gym|Arms|Inn|Tavern|"
    r"Tots|Toddlers|Foods|Packaging|Textiles|Distribution|Poultry|Meats|Engineering|Industries|"
    r"Plastics|Recycling|Partnership|Services|Agency|Solutions|CAMHS|CMHT|CYPMHS|CLDT|Lodge|"
    r"Manor|Grange|Court)(?![\w-])"
)
# A name before a kind in lower case: "Larch Court care home", "Bluebells nursery".
LOWER_KIND_RE = re.compile(
    rf"(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})[ \t]+(?P<kind>(?:care|nursing|residential|"
    rf"children['’]s) home|(?:day|family|children['’]s|health|medical|resource) centre|"
    rf"mother and baby unit|(?:day|respite|assessment) unit|day nursery|refuge|hostel|"
    rf"(?:youth|after-?school|holiday|breakfast) club|youth centre|"
    rf"(?:community|leisure|sports) (?:centre|center|hall)|(?:village|church) hall|"
    rf"(?:nursery|school|surgery|hospital|academy|college|playgroup|"
    rf"pre-?school)(?=[ \t]+[a-z]|[ \t]*[,.;:)|!?\x22”’]|[ \t]*$)|practice)(?![\w-])",
    re.M,
)
LOWER_KINDS = (
    "day centre",
    "family centre",
    "children's centre",
    "children’s centre",
    "health centre",
    "medical centre",
    "resource centre",
    "mother and baby unit",
    "day unit",
    "respite unit",
    "assessment unit",
    "day nursery",
    "refuge",
    "hostel",
    "youth club",
    "youth centre",
    "community centre",
    "community center",
    "community hall",
    "leisure centre",
    "sports centre",
    "village hall",
    "church hall",
    "after-school club",
    "afterschool club",
    "holiday club",
    "breakfast club",
    "care home",
    "nursing home",
    "residential home",
    "children's home",
    "children’s home",
    "nursery",
    "school",
    "surgery",
    "hospital",
    "academy",
    "college",
    "playgroup",
    "preschool",
    "pre-school",
    "practice",
)


def find(text: str) -> Iterator[Hit]:
    names = gazetteer()
    for hit in _candidates(text):
        if (
            not in_public_phrase(text, hit.start, hit.end, names)
            and not _service(text, hit, names)
            and not _part_of_body(text, hit, names)
            and not _MODEL_AFTER_RE.match(text, hit.end)
            and not _research_body(text, hit)
            and not _area_kind(text, hit, names)
            and not _ON_DEVICE_AFTER_RE.match(text, hit.end)
            and not _welsh_words(text, hit)
            and not _street_body_cited(text, hit)
            and not _council_area_hub(text, hit)
            and not national_body(text, hit.end, names)
            # A national chain gone to ("to Nando's"), also one that is a surname: the
            # chains left out of the body phrases are read here in the place rule's shapes.
            and not national_name(text, hit.start, hit.end)
            and not language_kind(text, hit.start, hit.end)
            and not feast_day(text, hit.start, hit.end)
        ):
            yield hit
    # Judged where they are read: a service's test would take "the Hub" for a team's hub.
    yield from _local_venues(text, names)


# A family hub or Sure Start named after the council's area is the council's service: "the
# Sedgefold Family Hub" in a report that names "Sedgefold Borough Council". The text itself
# says which words are a council's or a partnership's area.
_AREA_SERVICE_RE = re.compile(r"[ \t]+(?:Family[ \t]+Hubs?|Sure[ \t]+Start)\Z")


def _council_area_hub(text: str, hit: Hit) -> bool:
    kind = _AREA_SERVICE_RE.search(text, hit.start, hit.end)
    if kind is None:
        return False
    area = text[hit.start : kind.start()].removeprefix("the ").strip()
    if not area:
        return False
    body = re.compile(
        rf"(?<![\w\-]){re.escape(area)}[ \t]+(?:(?:Borough|County|City|District|Metropolitan)"
        r"[ \t]+)*(?:Council|Safeguarding)\b"
    )
    # Only the piece the hit is in (the engine joins front matter values and blocks with
    # NULs): what a neighbouring piece says must not change a finding.
    start = text.rfind(_PIECE_MARK, 0, hit.start)
    end = text.find(_PIECE_MARK, hit.end)
    return body.search(text, start + 1, len(text) if end == -1 else end) is not None


_PIECE_MARK = "\x00\x00\x00"


def _welsh_words(text: str, hit: Hit) -> bool:
    """Lower-case words of a sentence written in Welsh ("colli llawer o ysgol yn ystod y
    flwyddyn": school is "ysgol"): a named school is capitalised in Welsh as in English."""
    return not any(c.isupper() for c in text[hit.start : hit.end]) and welsh_clause(text, hit.start)


# A national body named by its street and cited as the source of guidance or research:
# "guidance from Great Ormond Street Hospital on head injuries". Only a name with a street in
# it: a hospital named by its town ("guidance from Westmarch General Hospital") is local.
_STREET_IN_NAME_RE = re.compile(rf"\b{STREET_WORD}\b")


def _street_body_cited(text: str, hit: Hit) -> bool:
    return bool(
        _STREET_IN_NAME_RE.search(text, hit.start, hit.end)
        and cited_source(text, hit.start, hit.end)
    )


# A feature of an app or a game set up on a device is no building: "set up <app>'s Family
# Centre on his phone", "the <game> Hub on her tablet". A place is visited, not installed.
_ON_DEVICE_AFTER_RE = re.compile(
    r"\s+(?:on|in|within|through)\s+(?:his|her|their|the|a|my|your|its)\s+(?:own\s+)?"
    r"(?:phones?|mobiles?|tablets?|iPads?|laptops?|accounts?|devices?|consoles?|apps?|settings)\b"
)


# "a Somerset care home", "an Essex nursing home": an area and a kind in lower case after an
# indefinite article say where a home of that kind was, not which one.
_INDEFINITE_BEFORE_RE = re.compile(r"(?<![\w'’])(?i:a|an|another|one)[ \t]+\Z")
_AREA_KIND_RE = re.compile(r"(?P<area>[A-Z][\w'’-]*)(?:[ \t]+[a-z][\w'’-]*){1,3}")


def _area_kind(text: str, hit: Hit, names) -> bool:
    match = _AREA_KIND_RE.fullmatch(text, hit.start, hit.end)
    return bool(
        match
        and fold(match["area"]) in names.bodies
        and _INDEFINITE_BEFORE_RE.search(text, max(0, hit.start - 12), hit.start)
    )


# A research centre or unit is cited, not a place of care: "the Thomas Coram Research Unit",
# "the Tizard Centre at the University of Kent", "the Hadley Centre for Adoption and Foster
# Care Studies".
_RESEARCH_KINDS = word_set("centre center unit institute")
_UNIVERSITY_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:at|of)[ \t]+|,[ \t]*)(?:the[ \t]+University[ \t]+of\b|University[ \t]+of\b|"
    r"[A-Z][\w'’-]+[ \t]+University\b(?![ \t]+(?:Hospital|Health|Teaching)))"
)
_FIELD_AFTER_RE = re.compile(
    r"[ \t]+for[ \t]+(?:(?:[A-Z][\w'’-]*|and|&|the|of)[ \t]+){0,6}"
    r"(?:Studies|Research|Policy|Evidence|Excellence|Innovation|Science|Sciences)\b"
)


def _research_body(text: str, hit: Hit) -> bool:
    words = [fold(w) for w in _HIT_WORD.findall(text, hit.start, hit.end)]
    if not words or words[-1] not in _RESEARCH_KINDS:
        return False
    return (
        "research" in words
        or _UNIVERSITY_AFTER_RE.match(text, hit.end) is not None
        or _FIELD_AFTER_RE.match(text, hit.end) is not None
    )


# A way of working named after a place or service: "the Leeds Relational Practice model", "the
# Family Centre approach" (a place is not followed by what kind of model it is).
_MODEL_AFTER_RE = re.compile(r"[ \t]+(?:model|approach|framework|methodology)\b")


# A team or unit said to belong to a public body: "the Pennock Domestic Abuse Unit of
# Thames Valley Police", "the Harbour Team, Kent County Council".
_OF_BODY_RE = re.compile(
    rf"[ \t]*(?:,|[ \t]of|[ \t]within|[ \t]at)[ \t]+(?:the[ \t]+)?({CAP_WORD})"
)
_TEAM_KINDS = word_set("unit team service services hub")


def _part_of_body(text: str, hit: Hit, names) -> bool:
    """Whether a hit is a team or unit followed by the public body it belongs to."""
    last = text[hit.start : hit.end].rsplit(None, 1)[-1]
    if fold(last) not in _TEAM_KINDS:
        return False
    body = _OF_BODY_RE.match(text, hit.end)
    return body is not None and in_public_phrase(text, body.start(1), body.end(1), names)


# Kinds that name a team or service of an agency as often as a place ("the Occupational
# Health Unit", "the Antenatal Clinic", "the Community Safety Team").
SERVICE_KINDS = word_set(
    "unit clinic centre center team service services hub practice camhs cmht cypmhs cldt"
)
# Endings of the adjectives and abstract nouns that name what a service does ("Antenatal",
# "Occupational", "Safety", "Protection", "Counselling"); a place is named by a proper noun
# or a concrete one ("Rainbow", "Hazel", "Oakfield").
SERVICE_ENDINGS = (
    "ation", "ition", "ution", "ction", "ssion", "sion", "ment", "ness", "ship", "ogy", "ics",
    "ical", "natal", "ional", "ative", "itive", "ive", "ary", "ory", "ety", "ancy", "ency",
    "ance", "ence", "ing", "ic",
    # Past participles: "Trauma Informed Practice", "Relationship Based Practice".
    "ed",
)  # fmt: skip
# What a unit or clinic treats or does, which names no place: "Minor Injuries Unit", "Fracture
# Clinic", "Behaviour Support Unit", "Speech and Language Unit" (used only before a service
# kind: "Aysgarth Falls" is still a place for named-place).
SERVICE_FUNCTION_WORDS = word_set(
    """behaviour behavior support exclusion internal speech language hearing impaired visual
    minor injury injuries fracture fractures falls memory medicine genito urinary pain wound
    eye eyes ear ears nose throat ent sleep feeding weight allergy allergies vision skin bone
    blood heart lung kidney liver cancer breast brain head diabetes asthma epilepsy continence
    gender fertility orthopaedic hand foot bladder bowel chest infectious diseases disease
    missing person persons fraud cyber crime crimes hate counter terrorism gang gangs homicide
    dog dogs road roads firearms firearm weapons weapon drugs drug offences offence offender
    offenders sex asylum intake rough sleeping sleepers sport sports marriage scams scam
    attendance witness witnesses economic organised major trafficking slavery prisoner
    prisoners stalking harassment burglary robbery"""
)
# The last word of a public body's name.
BODY_HEADS = word_set("police constabulary council trust board partnership probation")
_HIT_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _service(text: str, hit: Hit, names) -> bool:
    """Whether a hit names a team or service, not a place: a public body's name and then
    only generic words ("South Wales Police Public Protection Unit", "Flying Start
    nursery"), or a service kind after words that say what the service does ("Occupational
    Health Unit", "Antenatal Clinic")."""
    words = list(_HIT_WORD.finditer(text, hit.start, hit.end))
    if len(words) < 2:
        return False
    for index in range(len(words) - 1, 0, -1):
        # The longest public body's name that the hit starts inside ("Wales" of "South
        # Wales Police"), then nothing but generic words up to and including the kind.
        if in_public_phrase(text, hit.start, words[index - 1].end(), names):
            if all(_generic(w.group()) for w in words[index:]):
                return True
            words = words[index:]  # "Leeds Relational Practice": what follows the body
            break
    if fold(words[-1].group()) not in SERVICE_KINDS:
        return False
    for index, word in enumerate(words[:-1]):
        # A body's own unit, whatever its area is called: "Avonvale Police's Child Abuse
        # Investigation Unit", "Kestle Council's Family Support Team".
        if fold(strip_possessive(word.group())) in BODY_HEADS and all(
            _generic(w.group()) for w in words[index + 1 :]
        ):
            return True
    area = described = False
    for word in words[:-1]:
        value = word.group()
        key = fold(strip_possessive(value))
        if _generic(value) or key in NEVER_NAMES:
            continue  # also the people a service is for: "Carers Centre", "Women's Unit"
        if all(fold(p) in SERVICE_FUNCTION_WORDS for p in re.split(r"[\-‐]", value) if p):
            described = True
            continue  # "Minor Injuries Unit", "Genito-Urinary Medicine Clinic"
        if key.endswith(("ions", "ments")):
            key = key[:-1]  # "Clinical Decisions Unit": the plural of an abstract noun
        if (
            key.endswith(SERVICE_ENDINGS)
            and names.is_word(key)
            and not names.is_first(value)
            and not names.is_surname(value)
        ):
            described = True
        elif key in names.bodies and not names.is_distinctive_first(value):
            # The area whose service it is, with what the service does: "Leeds Relational
            # Practice" (a unit named after a town alone, "the Ashford Unit", is a place).
            area = True
        else:
            return False
    return described or not area


_OPENING_MARKS = frozenset("\"“‘'([")


def _candidates(text: str) -> Iterator[Hit]:
    for match, delta in keyword_windows(text, TRIGGER_RE, 160, 2).finditer(INSTITUTION_RE):
        hit = _named(text, match, delta)
        if hit is not None:
            yield hit
    # A kind in lower case: only where a capitalised word comes right before it ("Larch
    # Court care home"); most occurrences ("the school") fail that test in a few steps.
    for kind in LOWER_KINDS:
        # A kind the text's vocabulary rules out is not searched for (most of the 41 are absent).
        position = text.find(kind) if may_occur(kind, text) else -1
        while position != -1:
            if position > 2 and text[position - 1] == " " and text[position - 2].isalpha():
                word_start = text.rfind(" ", max(0, position - 40), position - 1) + 1
                if text[word_start : word_start + 1] in _OPENING_MARKS:
                    word_start += 1  # a name in quotes or brackets: 'called it "Oakmere nursery"'
                if text[word_start : word_start + 1].isupper():
                    begin = max(0, position - 60)
                    match = LOWER_KIND_RE.search(text, begin, position + len(kind) + 20)
                    while match is not None and match.end("kind") < position + len(kind):
                        match = LOWER_KIND_RE.search(text, match.end(), position + len(kind) + 20)
                    if match is not None and match.start("kind") == position:
                        hit = _named(text, match, 0)
                        # "a Gujarati community centre": a community's, not a named one
                        if hit is not None and not (
                            kind.endswith(("centre", "center", "hall"))
                            and _public(match.group("name"), gazetteer())
                        ):
                            yield hit
            position = text.find(kind, position + 1)
    yield from _other_forms(text)
    yield from _odd_case(text, gazetteer())
    yield from _bracketed(text, gazetteer())
    yield from _businesses(text, gazetteer())
    yield from _setting_forms(text, gazetteer())


# Words that say what kind of ward it is, not which ("Postnatal ward", "Labour ward").
WARD_KINDS = word_set(
    """postnatal post-natal antenatal ante-natal labour delivery birth surgical medical
    orthopaedic orthopedic gynaecology gynaecological oncology haematology respiratory
    elderly geriatric psychiatric female male mixed isolation side short-stay transitional
    high low dependency acute rehab rehabilitation general medicine surgery cardiology
    neurology renal stroke infectious diseases covid day-case observation assessment
    admissions adult adults older elective emergency the a an her his their same another
    other old new previous which what each every this that open locked closed"""
)
# One capitalised word before a youth or day venue's kind that describes it, not names it.
VENUE_DESCRIBERS = word_set(
    """youth community local council family children young early help church parish school
    village town city county borough day social multi mash neighbourhood new old main
    integrated area district the a an"""
)


# One capitalised word after "went to the" that names a service, a body or an event, not a
# local venue.
NOT_GONE_TO = word_set(
    """police council councils court courts crown hospital hospitals school schools college
    university army navy raf marines forces church chapel mosque temple synagogue jobcentre
    gp doctors doctor dentist dentists pharmacy chemist surgery internet web olympics games
    proms festival carnival fair circus theatre cinema pictures zoo seaside beach coast
    continent mainland city town village shops shop pub pubs club clubs gym park toilet
    toilets bathroom loo hairdressers bank bar office offices police station home house
    funeral inquest trial hearing meeting conference assembly referendum polls election
    ward unit clinic nhs dwp hmrc cps met infirmary first second third fourth fifth sixth
    seventh eighth ninth tenth eleventh twelfth"""
)
KIN_WORDS = word_set(
    """nan nans nana nanna nanny gran grans granny grandma grandmas grandad grandads grandpa
    mum mums mam mams mom moms mummy dad dads daddy auntie aunty aunt uncle sister brother
    cousin mate mates friend friends neighbour dr mr mrs ms miss"""
)


def _local_venues(text: str, names) -> Iterator[Hit]:
    """Wards by number or own name, venues beside their kind and nicknames of buildings
    (see ``local_names``): "Ward 7B", "Puffin ward", "the boxing club, Jimmy Flanagan's,",
    "the Hub youth project", "known locally as 'the Towers'"."""

    def ward_name(name: str) -> bool:
        words = name.split()
        if any(fold(strip_possessive(w)) in WARD_KINDS or _generic(w) for w in words):
            return False
        return not _public(name, names)

    def venue(name: str) -> bool:
        words = name.split()
        if len(words) == 1 and fold(strip_possessive(words[0])) in VENUE_DESCRIBERS:
            return False
        keys = [fold(strip_possessive(w)) for w in words]
        if any(k in CHAINS for k in keys) or in_public_phrase(name, 0, len(name), names):
            return False
        # one word may be a kind's word used as a name ("the Hub youth project")
        return _venue_words(name, names) or (
            len(words) == 1 and keys[0] not in NEVER_NAMES and keys[0] not in names.bodies
        )

    def gone_to(word: str) -> bool:
        # A capital after "went to the" names one venue ("the Hub", "the Royal"); not a
        # service, a body or an event that every town has ("the Police", "the Olympics").
        key = fold(strip_possessive(word))
        return (
            len(key) >= 3
            and key not in NOT_GONE_TO
            # a body's kind is the body ("attended the Trust"), no venue of the town
            and key not in BODY_HEADS
            and key not in NEVER_NAMES
            and key not in CHAINS
            and not (key in names.bodies and key not in GENERIC)
            and not (key.endswith("s") and key[:-1] in names.surnames)
        )

    def owned(name: str) -> bool:
        # A venue by its owner's or its own odd name ("Pinders market"), never a chain, a
        # day, a public place or an everyday word ("Sunday market", "Covered market").
        keys = [fold(strip_possessive(w)) for w in name.split()]
        if any(k in CHAINS or k in names.bodies or k in NEVER_NAMES for k in keys):
            return False
        return not _public(name, names) and all(
            k in names.surnames
            or k in names.first
            or (k.endswith("s") and k[:-1] in names.surnames)  # "Pinders": "Pinder's"
            or not names.is_word(k)
            for k in keys
        )

    def home(word: str) -> bool:
        # A friend's home by whose it is ("go to Gaz's"): a name or nickname, not a relative,
        # a chain or a public place ("Nan's", "Tesco's", "McDonald's").
        key = fold(word)
        if key in KIN_WORDS or key in CHAINS or key in names.bodies or key in NEVER_NAMES:
            return False
        # an everyday word's possessive is a shop's ("went to Baker's for bread")
        return key not in names.ordinary and (
            key in names.first or key in names.surnames or not names.is_word(key)
        )

    def capital_the(name: str) -> bool:
        # "at The Zone": a venue gone to, never a newspaper or journal ("to The Lancet"), a
        # national service or a chain ("to The Mix", "at The Range")
        word = name.split()[-1]
        return (
            gone_to(word)
            and fold(word) not in _THE_NOT_VENUES
            and not settlements().get(fold(word))
            and not in_public_phrase(name, 0, len(name), names)
        )

    spans = [
        *numbered_wards(text),
        *named_wards(text, ward_name),
        *apposed_venues(text, venue),
        *capital_the_venues(text, capital_the),
        *nicknames(text, venue),
        *dedicated_churches(text),
    ]
    # a national chain gone to is public ("met at Nando's", "went to the Range")
    spans += [
        (start, end)
        for start, end in (
            *gone_to_venues(text, gone_to),
            *kind_after_venues(text, owned),
            *possessive_homes(text, home),
            *death_places(text, lambda name: len(name.split()) > 1 and _place_name(name, names)),
        )
        if not national_name(text, start, end)
    ]
    for start, end in spans:
        yield RULE.hit(start, end)


def _setting_forms(text: str, names) -> Iterator[Hit]:
    """Settings read by the form around them (see ``setting_forms``)."""

    def owner(name: str) -> bool:
        # A person's name or a word no list explains; never a chain ("at Sainsbury's").
        keys = [fold(strip_possessive(w)) for w in name.split()]
        if len(keys) == 2 and keys[0] not in names.first:
            return False  # "Papa John's": a brand, not a first name and a surname
        return not any(k in CHAINS or k in names.bodies for k in keys) and all(
            k in names.surnames or k in names.first or not names.is_word(k) for k in keys
        )

    def setting(name: str) -> bool:
        words = name.split()
        return not _public(name, names) and not any(_generic(w) for w in words)

    def home(name: str) -> bool:
        keys = [fold(strip_possessive(w)) for w in name.split()]
        return setting(name) and any(
            not names.is_word(k) or k in names.surnames or compound_place_word(k, names)
            for k in keys
        )

    def named_setting(name: str) -> bool:
        # A distinctive word, and no role, chain or public body: "Tiny Tots", not "Ward
        # Manager", "Flying Start" or "Wrexham".
        return _venue_words(name, names)

    def standing(name: str) -> bool:
        # A name one stands outside: no town (the place rules read those), time or scope
        # ("outside Office Hours", "behind Closed Doors").
        keys = [fold(strip_possessive(w)) for w in name.split()]
        return (
            _venue_words(name, names)
            and keys[-1] not in NOT_STANDING_ENDS
            and not any(k in _CALENDAR for k in keys)
            and not settlements().get(" ".join(keys))
        )

    def word_ward(name: str) -> bool:
        # An everyday word that is no department, place, body, chain or day: "Kingfisher",
        # not "Theatre", "Reading", "Mind" or "Monday".
        key = fold(name)
        return (
            names.is_word(key)
            and key not in HOSPITAL_DEPARTMENTS
            and _venue_words(name, names)
            and key not in _CALENDAR
            and not settlements().get(key)
        )

    spans = [
        *possessive_premises(text, owner),
        *word_named_wards(text, word_ward),
        *anaphor_venues(text, lambda name: standing(name) and not _generic(name.split()[-1])),
        *worship_places(text),
        *short_school_names(text),
        *staff_settings(text, setting),
        *inspected_homes(text, home),
        *bracketed_settings(text, named_setting),
        *standing_venues(text, standing),
        *owned_shops(text, owner),
        *provisions(text, named_setting),
    ]
    for start, end in spans:
        if not _public(text[start:end], names):
            yield RULE.hit(start, end)
    yield from _labelled(text, gazetteer())


# Departments and services a patient is admitted to or moved between, written with a capital.
HOSPITAL_DEPARTMENTS = word_set(
    """theatre theatres recovery resus resuscitation paediatrics pediatrics surgery medicine
    medical surgical outpatients casualty radiology oncology cardiology neurology neurosurgery
    orthopaedics orthopedics gynaecology obstetrics neonates neonatal intensive critical acute
    ambulatory psychiatry psychiatric rehab rehabilitation respite maternity labour delivery
    triage assessment admissions emergency accident haematology urology dermatology
    gastroenterology respiratory geriatrics elderly endoscopy dialysis burns plastics trauma
    custody prison court bail hospital hospice home care police probation services school
    placement foster section detention isolation quarantine observation"""
)


# What one is outside or behind that is no venue: hours, scope, doors, areas.
NOT_STANDING_ENDS = word_set(
    """hours hour time times doors door scope remit terms term area areas region county
    borough city town country office offices guidance policy procedures procedure process
    framework plan plans meeting meetings arrangements"""
)


def _venue_words(name: str, names) -> bool:
    """Whether a name with no institution word may be a venue's: a distinctive word, and no
    role, chain, national body or public place ("Tiny Tots", not "Ward Manager" or "Kent")."""
    words = re.findall(CAP_WORD, name)
    keys = [fold(strip_possessive(w)) for w in words]
    distinctive = [k for k in keys if k not in GENERIC and len(k) >= 2]
    return bool(
        distinctive
        and distinctive[0] not in NEVER_NAMES
        and keys[-1] not in ROLE_WORDS
        and not any(k in CHAINS for k in keys)
        and not _public(name, names)
    )


def _generic(word: str) -> bool:
    """A word that names no place: listed, or joined from listed words ("Walk-in",
    "Out-of-Hours", "Multi-Agency")."""
    word = strip_possessive(word)
    if fold(word) in GENERIC:
        return True
    parts = [p for p in re.split(r"[\-‐]", word) if p]
    return len(parts) > 1 and all(fold(p) in GENERIC for p in parts)


_TITLE_WORD_AFTER_RE = re.compile(rf"[ \t]+{CAP_WORD}")
# "National" may lead words the name's scan left out as generic: "the National County Lines
# Coordination Centre" (the hit starts at "Lines").
_NATIONAL_BEFORE = re.compile(r"\b(?:UK|National|British)(?:[ \t]+[A-Z][\w'’\-]*){0,3}[ \t]+\Z")


# Youth groups whose name is also a word for documents or colours: after an English word they
# are the documents ("Quick Guides"); a unit is named by its place ("Hallam Guides").
_DOCUMENT_KINDS = frozenset(["Guides", "Rainbows"])
# Words that lead a pseudonym made of initials ("Mr FC", "Baby SCH").
_LABEL_HEADS = word_set("mr mrs ms miss mx dr child baby adult person sibling young")

# Endings of adjectives that say how work is done, never a practice's place name.
_QUALITY_ENDINGS = ("ive", "ful", "ory", "ous")


_TEAM_ACRONYMS = word_set("camhs cmht cypmhs cldt")
_AREA_KINDS = word_set("rangers united rovers athletic wanderers albion")
# Kinds of building or business that common phrases and public bodies also end in.
_BUILDING_KINDS = word_set(
    "house lodge manor grange court prison hotel pharmacy chemist chemists gym arms inn tavern"
)
# Words before them that make no place's name: courts ("Crown Court", "Magistrates' Court",
# "Sheriff Court"), prisons by category ("an Open Prison"), houses that are kinds of house
# ("a Safe House", "the Halfway House"), offices ("Companies House") and chains.
_COMMON_BEFORE_BUILDINGS = word_set(
    """crown magistrates magistrate coroner coroners supreme appeal appeals sheriff criminal
    civil juvenile crown's county's open closed category cat male female women's mens
    safe halfway open public coffee white wendy doll dolls boarding glass tree play club
    alms work station country town big opera guest companies custom counting bail masonic
    hunting ski gate lighthouse full empty whole pure anytime nuffield virgin bannatyne snap
    lloyds well rowlands superdrug boots asda tesco premier holiday ibis hilton marriott
    travelodge specsavers mydentist bupa"""
)


_COURT_TYPES = word_set(
    """crown magistrates magistrate coroner coroners supreme appeal appeals sheriff criminal
    civil juvenile proceedings county youth family high district session sessions"""
)


def _common_building(kind: str, distinctive: list[str]) -> bool:
    """Whether a building's or business's name is a common phrase or a public one: the word
    before the kind is a kind of court, house or prison ("Sheffield Crown Court"), or every
    distinctive word is one or a chain's ("Lloyds Pharmacy")."""
    if fold(kind.split()[-1]) not in _BUILDING_KINDS:
        return False
    keys = [fold(strip_possessive(w)) for w in distinctive]
    # "the Seaview Guest House" is named-place's (a guest house used as a home).
    return (
        keys[-1] in _COURT_TYPES
        or keys[-1] == "guest"
        or all(k in _COMMON_BEFORE_BUILDINGS for k in keys)
    )


# Words of grammar (prepositions, comparisons) that title case capitalises.
_FUNCTION_WORDS = word_set(
    """than at other out without within beyond upon via across through off over under into
    onto around about against between toward towards"""
)


def _named(text: str, match: re.Match, delta: int) -> Hit | None:
    """The hit for a name and kind, from its first distinctive word; None when no word of
    the name is distinctive ("the Primary School") or the name is no institution's."""
    words = re.findall(CAP_WORD, match.group("name"))
    distinctive = [w for w in words if len(strip_possessive(w)) >= 2 and not _generic(w)]
    if not distinctive or all(fold(w) in _FUNCTION_WORDS for w in distinctive):
        # "Education Other Than At School": a service's name in title case, whose words
        # before the kind are grammar, not a place's name
        return None
    if match.group("kind").endswith(("Trust", "Federation")) and _public(
        " ".join(distinctive), gazetteer()
    ):
        return None  # "the Russian Federation": a country's or a body's, not a school group
    # Start the span at the first distinctive word ("In Oakfield School" -> "Oakfield School").
    offset = match.group("name").find(distinctive[0])
    start = match.start("name") + max(offset, 0) + delta
    prefix = text[match.start("name") + delta : start]
    saint = re.search(r"(?:St\.?|Saint|Drs?\.?)\s+$", prefix)
    if saint:
        start = match.start("name") + delta + saint.start()  # "St Mary's", "Dr Rahman &"
    end = match.end("kind") + delta
    if (
        match.group("kind") == "practice"
        and all(gazetteer().is_word(fold(strip_possessive(w))) for w in distinctive)
        # "the Elms practice": a house's plural name, not a way of working
        and not (
            len(distinctive) == 1
            and _plural_house_name(distinctive[0], fold(distinctive[0]), gazetteer())
        )
    ):
        return None  # "the Restorative practice": a way of working; "the Kirkgate practice"
    if match.group("kind") == "Practice" and all(
        fold(strip_possessive(w)).endswith(_QUALITY_ENDINGS)
        and gazetteer().is_word(fold(strip_possessive(w)))
        for w in distinctive
    ):
        return None  # "Effective Practice", "Reflective Practice": a heading's way of working
    if (
        text[max(0, start - 3) : start] == "to "
        and _TITLE_WORD_AFTER_RE.match(text, end)
        and all(gazetteer().is_word(fold(strip_possessive(w))) for w in distinctive)
    ):
        return None  # a title in title case: "Working Together to Improve School Attendance"
    if _NATIONAL_BEFORE.search(text, max(0, start - 40), start):
        return None  # "the UK Safer Internet Centre": a national body, not a local place
    if fold(match.group("kind")) in _AREA_KINDS and all(
        fold(strip_possessive(w)) in gazetteer().bodies for w in distinctive
    ):
        return None  # "Leeds United", "Glasgow Rangers": a city's club names only the city
    if fold(match.group("kind")) in _TEAM_ACRONYMS and (
        strip_possessive(words[-1]) != words[-1]
        or all(fold(w) in gazetteer().bodies for w in distinctive)
    ):
        # "Young Person J's CAMHS practitioner": a person's team; "Leeds CAMHS": a public
        # area's service, as "Leeds City Council" is.
        return None
    if _common_building(match.group("kind"), distinctive):
        return None  # "the Crown Court", "a safe house", "Companies House", "Boots Pharmacy"
    if match.group("kind").isupper() and fold(words[-1]) in _LABEL_HEADS:
        return None  # "Mr FC", "Child ABC": a pseudonym's initials, not a club or unit
    if (
        match.group("kind") in _DOCUMENT_KINDS
        and gazetteer().is_word(fold(distinctive[-1]))
        and fold(distinctive[-1]) not in gazetteer().bodies
    ):
        return None  # "the NICE Quick Guides", "Practice Guides": documents, not a Guide unit
    if (
        match.group("kind")[0].islower()
        and _INDEFINITE_BEFORE.search(text, max(0, start - 4), start)
        and all(
            gazetteer().is_word(k) or k in gazetteer().bodies
            for w in distinctive
            for k in (fold(p) for p in re.split(r"[\-‐]", strip_possessive(w)))
            if k
        )
    ):
        # "a Welsh school", "an English hospital": a kind described by everyday or public
        # words, none named ("a Meadowbank care home" is one)
        return None
    if match.group("kind")[0].islower() and strip_possessive(distinctive[-1]) != distinctive[-1]:
        return None  # "Arthur's school" is a person's school
    if (
        match.group("kind")[0].islower()
        and (
            start == 0
            or _SENTENCE_START.search(text, max(0, start - 4), start)
            or _BLOCK_START.search(text, max(0, start - 12), start)
        )
        and all(gazetteer().is_word(fold(strip_possessive(w))) for w in distinctive)
    ):
        # "How hospital ...", "## What school saw", "- Leaving school": the first word of a
        # sentence, heading, list item or cell is capitalised by its place; a word no
        # dictionary has ("Oakmere nursery" opening a table cell) is still a name there.
        return None
    line_start = text.rfind("\n", 0, start) + 1
    if "\n" in text[start:end] and text[line_start:start].lstrip().startswith("#"):
        return None  # a Markdown heading ends at its line; the next line is another block
    return Hit(start, end, RULE.id, MESSAGE)


# Places of worship named with the kind first: "Masjid-e-Noor", "Gurdwara Guru Nanak", "Wat
# Buddharam"; a saint's school written in lower case: "st anne's rc primary".
WORSHIP_FIRST_RE = re.compile(
    rf"\b(?:Masjid|Jamia|Gurdwara|Wat|Mandir)(?:[ \t]+|-)(?:(?:e|al|ul|i)-)?"
    # honorifics before the name are no part of it: "Gurdwara Sri Guru Singh Sabha"
    r"(?:(?:Sri|Shri|Shree|Guru|Baba|Sant|Bhai|Mata)[ \t]+){0,3}"
    rf"(?P<name>{CAP_WORD})(?:[ \t]+{CAP_WORD}){{0,3}}"
)
LOWER_SAINT_RE = re.compile(
    r"\bst\.?[ \t]+[a-z]+['’]s[ \t]+(?:(?:rc|ce|c of e|cofe|catholic|church)[ \t]+)?"
    r"(?:primary|infants?|juniors?|high|academy|school|hospital|nursery|college)\b"
)


# A saint's name in lower case where a place goes, without a kind: "on ward 4 at st luke's",
# "her mates at st b's".
LOWER_SAINT_AT_RE = re.compile(r"\b(?:at|to|from|in)[ \t]+(?P<name>st\.?[ \t]+[a-z]+['’]s)(?![\w])")
SCHOOL_YEAR_WORDS = (
    "year",
    "yr",
    "p1",
    "p2",
    "p3",
    "p4",
    "p5",
    "p6",
    "p7",
    "s1",
    "s2",
    "s3",
    "s4",
    "s5",
    "s6",
)
SCHOOL_INITIALS_RE = re.compile(
    r"\b(?:(?:Year|Yr|year)[ \t]?\d{1,2}|[PS][1-7])[ \t]+at[ \t]+(?:the[ \t]+)?"
    r"(?P<initials>[A-Z]{2,6})(?![\w&-])"
)


# A school's initials after a cue of schooling without a year group: "on roll at KGV", "a
# pupil at WHS", "excluded from HPA"; after "attended" or "was at" only initials that end as
# a school's or an academy's do ("attended BGS"; not "attended the ICPC").
SCHOOL_CUE_BEFORE_RE = re.compile(
    r"\b(?P<cue>on[ \t]+roll[ \t]+at|pupils?[ \t]+at|students?[ \t]+at|enrolled[ \t]+at|"
    r"sixth[ \t]+form[ \t]+at|excluded[ \t]+from|started[ \t]+at|(?:was|were|is)[ \t]+at|"
    r"attended|attends|attending)[ \t]+(?:the[ \t]+)?\Z"
)
SCHOOL_INITIALS_AFTER_RE = re.compile(
    r"[ \t]*(?:[,.;:)]|$|[ \t]+(?:and|but|until|since|for|from|in|where|when|because|as|"
    r"after|before|so|which|who|while|during|with)\b)",
    re.M,
)
# Led by the capitals (rarer in prose than the cue words); the cue is read backwards.
_CAPITALS_RE = re.compile(r"[A-Z]{2,5}")
_WEAK_SCHOOL_CUES = ("started", "was", "were", "is", "attended", "attends", "attending")


# A setting named "X @ Y" (a nursery or club at a school or place): "Tiny Steps @ Parkside",
# "Rainbow Kids@Northfield", "Kidz Club @ St Peter's". Capitalised words on both sides (an
# e-mail address or a handle has none before, or lower case).
_AT_RUN = rf"(?:(?:St\.?|Saint)[ \t]+)?{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}}"
AT_NAME_RE = re.compile(
    rf"(?<![\w.@-])(?P<name>{_AT_RUN}(?:[ \t]*@[ \t]*|@){_AT_RUN})(?![\w@.-]|\.[A-Za-z])"
)
_AT_NAME_BACK = re.compile(rf"{_AT_RUN}[ \t]*\Z")
# A numbered unit: "2155 Squadron", "1184 (Thornbury) Squadron", "14th Hallam Beavers".
NUMBERED_UNIT_RE = re.compile(
    rf"(?<![\w/.,-])\d{{1,4}}(?:st|nd|rd|th)?[ \t]+(?:\({CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}}\)[ \t]+|"
    rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}}[ \t]+)?(?:Squadron|Sqn|Scout[ \t]+Group|Scouts|Cubs|Beavers|"
    r"Brownies|Guides|Rainbows|Explorers|Detachment|Boys['’]?[ \t]+Brigade|Girls['’]?[ \t]+Brigade)\b"
)
UNIT_WORDS = ("Squadron", "Sqn", "Scout", "Cubs", "Beavers", "Brownies", "Guides", "Rainbows",
              "Explorers", "Detachment", "Brigade")  # fmt: skip


def _at_names_and_units(text: str, names) -> Iterator[Hit]:
    position = text.find("@")
    while position != -1:
        back = _AT_NAME_BACK.search(text, max(0, position - 50), position)
        if back is not None:
            match = AT_NAME_RE.match(text, back.start())
            if match is not None and match.end() > position:
                words = [fold(strip_possessive(w)) for w in re.findall(CAP_WORD, match.group())]
                if any(not _generic(w) and w not in names.bodies for w in words):
                    yield Hit(match.start(), match.end(), RULE.id, MESSAGE)
        position = text.find("@", position + 1)
    if contains_any(text, UNIT_WORDS):
        for match in NUMBERED_UNIT_RE.finditer(text):
            yield Hit(match.start(), match.end(), RULE.id, MESSAGE)


# A school or home named by the possessive of one of its roles: "Castlebrook's headteacher",
# "Rosewood's registered manager", "Elmhurst's residents" (a person's possessive is no place:
# first names are left to person-name).
# Led by the possessive's "'s " (a literal found at C speed); the name is read backwards.
POSSESSIVE_ROLE_AFTER_RE = re.compile(
    r"[ \t]+(?:headteacher|head[ \t]+teacher|deputy[ \t]+head|DSL|SENCO|SENCo|pastoral[ \t]+(?:lead|"
    r"team|manager|staff)|registered[ \t]+manager|home[ \t]+manager|nursery[ \t]+manager|"
    r"practice[ \t]+manager|care[ \t]+staff|residents|pupils|matron|"
    # a venue's own people: "the Bridge's youth workers", "the Wheatsheaf's landlord"
    r"youth[ \t]+workers?|volunteers|landlord|landlady|door[ \t]+staff|bar[ \t]+staff|"
    r"key[ \t]+person|regulars)\b"
)
POSSESSIVE_NAME_BACK_RE = re.compile(
    # "The Wheatsheaf's landlord": the article is no part of the name
    rf"(?<![\w'’-])(?:[Tt]he[ \t]+)?(?P<name>[A-Z][{LOWER}]+(?:[ \t]+[A-Z][{LOWER}]+)?)\Z"
)


def _possessive_roles(text: str, names) -> Iterator[Hit]:
    for mark in ("'s", "’s"):
        position = text.find(mark)
        while position != -1:
            if POSSESSIVE_ROLE_AFTER_RE.match(text, position + 2):
                back = POSSESSIVE_NAME_BACK_RE.search(text, max(0, position - 40), position)
                if back is not None and _role_place(back.group("name"), names):
                    yield Hit(back.start("name"), position, RULE.id, MESSAGE)
            position = text.find(mark, position + 2)


def _role_place(name: str, names) -> bool:
    """Whether a name before a home's or school's role names the place. The cue is a strong
    one: a word that is also an English one names a home here ("Rosewood's registered
    manager"); a role, body, first name or generic word not."""
    words = name.split()
    keys = [fold(w) for w in words]
    return not (
        any(
            _generic(w) or k in names.bodies or k in NEVER_NAMES
            for w, k in zip(words, keys, strict=True)
        )
        or names.is_first(words[0])
        or _public(name, names)
    )


# A home or school named by its inspection: "CQC inspected Hollybrook", "Ofsted rated
# Castlebrook as requiring improvement", "Hollybrook was rated inadequate by the CQC".
_REGULATORS = r"(?:CQC|Ofsted|Estyn|CIW|RQIA|the[ \t]+Care[ \t]+Inspectorate|Care[ \t]+Inspectorate|the[ \t]+regulator|inspectors)"
_RUN = rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}}"
INSPECTED_RE = re.compile(
    rf"\b{_REGULATORS}[ \t]+(?:had[ \t]+|then[ \t]+|later[ \t]+)?(?:inspected|rated|re-?inspected|"
    rf"judged|graded)[ \t]+(?P<name>{_RUN})(?![\w'’-])"
    rf"|(?<![\w'’-])(?P<subject>{_RUN})[ \t]+(?:was|had[ \t]+been|has[ \t]+been)[ \t]+(?:rated|judged|"
    rf"graded|re-?inspected|inspected)[ \t]+(?:as[ \t]+)?(?:inadequate|good|outstanding|requir\w*|"
    rf"by[ \t]+(?:the[ \t]+)?{_REGULATORS})"
)
INSPECTION_WORDS = ("inspected", "rated", "judged", "graded", "reinspected", "re-inspected")


def _inspected(text: str, names) -> Iterator[Hit]:
    for match, delta in literal_windows(text, INSPECTION_WORDS, 60, 40, whole=True).finditer(
        INSPECTED_RE
    ):
        group = "name" if match.group("name") else "subject"
        name = match.group(group)
        words = re.findall(CAP_WORD, name)
        keys = [fold(strip_possessive(w)) for w in words]
        if keys and keys[0] == "the":
            words, keys = words[1:], keys[1:]
        if (
            not words
            or any(k in NEVER_NAMES or k in KNOWN_ACRONYMS for k in keys)
            or all(_generic(w) or k in names.bodies for w, k in zip(words, keys, strict=True))
            or _public(name, names)
            or (len(words) == 1 and names.is_first(words[0]))
        ):
            continue
        yield Hit(match.start(group) + delta, match.end(group) + delta, RULE.id, MESSAGE)


def _school_initials(text: str, names) -> Iterator[Hit]:
    for match in capital_finditer(_CAPITALS_RE, text):
        start, end = match.span()
        if (start and (text[start - 1].isalnum() or text[start - 1] in "&’'-")) or (
            end < len(text) and (text[end].isalnum() or text[end] in "&’'-")
        ):
            continue
        cue = SCHOOL_CUE_BEFORE_RE.search(text, max(0, start - 24), start)
        if cue is None or not SCHOOL_INITIALS_AFTER_RE.match(text, end):
            continue
        initials = match.group()
        key = fold(initials)
        if key in KNOWN_ACRONYMS or key in names.bodies or names.is_word(key):
            continue
        if cue.group("cue").startswith(_WEAK_SCHOOL_CUES) and not (
            len(initials) >= 3 and initials.endswith(("S", "A"))
        ):
            continue
        yield Hit(start, end, RULE.id, MESSAGE)


def _worship_and_saints(text: str, names) -> Iterator[Hit]:
    if any(word in text for word in ("Masjid", "Jamia", "Gurdwara", "Wat ", "Mandir")):
        for match in WORSHIP_FIRST_RE.finditer(text):
            key = fold(strip_possessive(match.group("name")))
            if key not in GENERIC and key not in names.bodies:
                yield Hit(match.start(), match.end(), RULE.id, MESSAGE)
    if "st " in text or "st. " in text:
        windows = literal_windows(text, ("st",), 8, 60, whole=True)
        for match, delta in windows.finditer(LOWER_SAINT_RE):
            yield Hit(match.start() + delta, match.end() + delta, RULE.id, MESSAGE)
        for match, delta in windows.finditer(LOWER_SAINT_AT_RE):
            yield Hit(match.start("name") + delta, match.end("name") + delta, RULE.id, MESSAGE)
    # Initials of a school after the pupil's year: "in Year 9 at QEGS", "in P4 at OLOL".
    for match, delta in literal_windows(text, SCHOOL_YEAR_WORDS, 2, 30, whole=True).finditer(
        SCHOOL_INITIALS_RE
    ):
        key = fold(match.group("initials"))
        if key not in KNOWN_ACRONYMS and key not in names.bodies and not names.is_word(key):
            yield Hit(
                match.start("initials") + delta, match.end("initials") + delta, RULE.id, MESSAGE
            )


# A prison or young offender institution by its prefix: "HMP Lowfield", "HMYOI Castlemoor",
# "HMP/YOI Ashdene", "HMP & YOI Elmwood", "HM Prison Kestrel Bay", "hmp lowfield".
_PRISON_PREFIX = (
    r"HMP(?:[ \t]*(?:/|&|and)?[ \t]*YOI)?|HMYOI|HMPYOI|"
    r"HM[ \t]+(?:Prison|Young[ \t]+Offender[ \t]+Institution)"
    r"(?:[ \t]+(?:and|&)[ \t]+(?:YOI|Young[ \t]+Offender[ \t]+Institution))?|"
    r"Her[ \t]+Majesty['’]s[ \t]+Prison"
)
PRISON_RE = re.compile(
    rf"(?<![\w-])(?:{_PRISON_PREFIX})[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)"
    # ... and all in lower case: "hmp lowfield".
    rf"|(?<![\w-])(?:{_PRISON_PREFIX.lower()})[ \t]+(?P<lower>[a-z]{{3,}}(?:[ \t]+[a-z]{{3,}})?)"
)


def _prisons(text: str, names) -> Iterator[Hit]:
    words_of_text = ("hmp", "hmyoi", "hmpyoi", "prison")
    for match, delta in literal_windows(text, words_of_text, 4, 60, whole=True).finditer(PRISON_RE):
        group = "name" if match.group("name") else "lower"
        words = match.group(group).split()
        keys = [fold(strip_possessive(w)) for w in words]
        # The name runs until a generic or stop word ("HMP Lowfield and ...").
        kept = 0
        for key in keys:
            if key in GENERIC or key in _STOP or key in NEVER_NAMES or key in KNOWN_ACRONYMS:
                break
            if group == "lower" and kept and names.is_word(key):
                break
            kept += 1
        # A prison named after its city names no more than the city ("HMP Leeds").
        if kept and not all(k in names.bodies for k in keys[:kept]):
            end = match.start(group) + len(" ".join(words[:kept]))
            yield Hit(match.start() + delta, end + delta, RULE.id, MESSAGE)


# Kind words typed with one letter dropped or two swapped: "Castlegate Hosptial", "Elmsleigh
# Primay School", "Oakfield Acadmey" (a misspelt kind hides a name from every other form).
TYPED_KINDS = (
    "School", "Primary", "Academy", "Hospital", "Surgery", "Nursery", "College", "Infirmary",
    "Practice", "Centre", "Juniors", "Infants",
)  # fmt: skip


@lru_cache(maxsize=1)
def _kind_typos() -> frozenset[str]:
    """The misspellings of ``TYPED_KINDS`` that are no English word."""
    names = gazetteer()
    typos: set[str] = set()
    for kind in TYPED_KINDS:
        for i in range(1, len(kind)):
            typos.add(kind[:i] + kind[i + 1 :])
            if i < len(kind) - 1:
                typos.add(kind[:i] + kind[i + 1] + kind[i] + kind[i + 2 :])
    return frozenset(t for t in typos if t not in TYPED_KINDS and not names.is_word(fold(t)))


def _typed_kinds(text: str) -> Iterator[Hit]:
    found = _kind_typos() & capitalised_words(text)
    if not found:
        return
    pattern = re.compile(
        rf"(?<![\w\-])(?P<name>{_NAME}){_SP}(?P<kind>{'|'.join(sorted(found))})(?![\w-])"
    )
    for match, delta in word_windows(text, tuple(sorted(found)), 80, 2).finditer(pattern):
        hit = _named(text, match, delta)
        if hit is not None:
            yield hit


# A hospital or academy with its place after the kind: "University Hospital Llandewi",
# "Harbour Academy Southmead", "the Royal Infirmary of Kestlewick". The place is a word no
# dictionary has ("the Academy Headteacher", "Hospital Discharge" are none).
KIND_THEN_NAME_RE = re.compile(
    r"(?<![\w\-])(?:(?:University|Royal|General|Community|District|Teaching|Children['’]s|"
    r"Women['’]s)[ \t]+)*(?:Hospitals?|Infirmary|Academy)[ \t]+(?:of[ \t]+)?"
    rf"(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD})?)(?![\w'’&-])"
)
_KIND_THEN_WORDS = ("Hospital", "Hospitals", "Infirmary", "Academy")


def _kind_then_name(text: str, names) -> Iterator[Hit]:
    for match, delta in word_windows(text, _KIND_THEN_WORDS, 40, 60).finditer(KIND_THEN_NAME_RE):
        words = match.group("name").split()
        key = fold(strip_possessive(words[0]))
        if (
            _generic(words[0])
            or key in NEVER_NAMES
            or key in KNOWN_ACRONYMS
            or key in ROLE_WORDS
            or key in _CALENDAR
            or key in names.bodies
            or names.is_word(key)
            or names.is_first(words[0])
        ):
            continue
        end = match.start("name") + len(words[0])
        yield Hit(match.start() + delta, end + delta, RULE.id, MESSAGE)


def _other_forms(text: str) -> Iterator[Hit]:
    """Welsh names, school types without "School", saints' names, acronyms and places of
    care known by their context (each pattern is led by a literal, found at C speed)."""
    names = gazetteer()
    yield from _worship_and_saints(text, names)
    yield from _prisons(text, names)
    yield from _typed_kinds(text)
    yield from _kind_then_name(text, names)
    yield from _school_initials(text, names)
    yield from _at_names_and_units(text, names)
    yield from _possessive_roles(text, names)
    yield from _inspected(text, names)
    for start, end in plural_venues(text, lambda word: _plural_house_name(word, fold(word), names)):
        yield Hit(start, end, RULE.id, MESSAGE)
    for start, end in pub_signs(text):
        yield Hit(start, end, RULE.id, MESSAGE)
    for start, end in lone_signs(text):
        yield Hit(start, end, RULE.id, MESSAGE)
    for start, end in (*chapel_names(text), *club_age_groups(text)):
        yield Hit(start, end, RULE.id, MESSAGE)
    for start, end in sport_clubs(
        text,
        # a nation's or county's side is a public one ("played for England Schools")
        lambda name: fold(name.split()[0]) not in _NATIONAL_SIDES and _venue_words(name, names),
    ):
        yield Hit(start, end, RULE.id, MESSAGE)
    for start, end in agency_list_names(text, lambda name: _listed_setting(name, names)):
        yield Hit(start, end, RULE.id, MESSAGE)
    for start, end in speaking_settings(
        text,
        # a surname that speaks is a person's (the name rules judge it, and a named
        # professional's declaration silences them)
        lambda word: (
            not (
                names.explained(word)
                or names.is_first(word)
                or names.is_surname(word)
                or fold(word) in names.bodies
            )
        ),
        at_sentence_start,
    ):
        yield Hit(start, end, RULE.id, MESSAGE)
    for match in capital_finditer(HOSPITAL_INITIALS_RE, text):
        at = match.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in "-&'’"):
            continue
        key = fold(match.group())
        if (
            INITIALS_PREP_RE.search(text, max(0, at - 10), at)
            and key not in KNOWN_ACRONYMS
            and key not in names.bodies
            and not names.is_word(key)
        ):
            yield Hit(at, match.end(), RULE.id, MESSAGE)
    yield from _initials_by_hospital_parts(text, names)
    yield from _venues(text, names)
    if "Ward " in text:
        for match in WARD_NUMBER_RE.finditer(text):
            yield Hit(match.start("ward"), match.end("ward"), RULE.id, MESSAGE)
    if "patient at the " in text:
        for match in PATIENT_AT_RE.finditer(text):
            if _place_name(match.group("name"), names):
                yield Hit(match.start("name") - 4, match.end("name"), RULE.id, MESSAGE)
    if may_occur_any(WELSH_KINDS_LOWER, text, whole=True):
        for match in WELSH_RE.finditer(text):
            if not WELSH_GENERIC_RE.fullmatch(match.group()) or _NAME_ON_NEXT_LINE.match(
                text, match.end()
            ):
                # "Ysgol Gynradd" at a line's end with the name on the next line is named
                yield Hit(match.start(), match.end(), RULE.id, MESSAGE)
        for match in WELSH_ANY_RE.finditer(text):
            found = match.group()
            if not (found.islower() or found.isupper()):
                continue
            # The name runs until an English or stop word ("ysgol bro hafren and the ...").
            end = match.start("words")
            for word in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", match.group("words")):
                key = fold(word.group())
                if key in _CELTIC_LINKS:
                    continue  # "sgoil an rubha", "ysgol y graig": the name goes on
                # Short Welsh words are often English ones too ("bro", "glan", "pant").
                if key in GENERIC or key in _STOP or (len(key) > 4 and names.is_word(key)):
                    break
                end = match.start("words") + word.end()
            # "the local ysgol gynradd": the kind and what kind it is name no school.
            if end > match.start("words") and not WELSH_GENERIC_ANY_RE.fullmatch(
                text, match.start(), end
            ):
                yield Hit(match.start(), end, RULE.id, MESSAGE)
    for match in _each(text, SHORT_WORDS, SHORT_RE):
        first = re.findall(CAP_WORD, match.group("name"))
        # Any distinctive word makes a name: "Oakfield Primary", "Holy Family RC Primary";
        # a compass word does with "General" after "the" ("the Northern General").
        compass = (
            match.group("kind").endswith("General")
            and len(first) == 1
            and fold(first[0]) in COMPASS
            and text[max(0, match.start() - 4) : match.start()].lower() == "the "
        )
        if compass or (
            first
            and any(fold(strip_possessive(w)) not in GENERIC for w in first)
            and fold(strip_possessive(first[0])) not in NEVER_NAMES
            and not (match.group("kind").endswith("General") and fold(first[-1]) in OFFICES)
            and not _public(match.group("name"), names)
        ):
            yield Hit(match.start(), match.end(), RULE.id, MESSAGE)
    if "ST" in text:
        for match in SAINT_CAPS_RE.finditer(text):
            yield Hit(match.start(), match.end(), RULE.id, MESSAGE)
    for match in SAINT_RE.finditer(text):
        if match.start() == 0 or not (
            text[match.start() - 1].isalnum() or text[match.start() - 1] == "-"
        ):
            yield Hit(match.start(), match.end(), RULE.id, MESSAGE)
    # Found near their verbs only: a regex led by an alternation tries every position.
    for match, delta in literal_windows(text, PLACE_VERBS, 12, 80, whole=True).finditer(
        PLACE_AT_RE
    ):
        verb, prep = " ".join(match.group("verb").split()), match.group("prep")
        cue = " ".join(
            text[match.start("verb") + delta : match.end("prep") + delta].lower().split()
        )
        if not cue.endswith(PLACE_VERBS):
            # The pattern takes more verbs than the cues that open its windows ("lives in"
            # has none): read only what a cue opened, so a cue in the text before (another
            # piece of a joined scan included) never changes what is found here.
            continue
        if prep == "of" and verb != "resident" and "of" not in ENROLMENT_PREPS.get(verb, ()):
            continue  # "a resident of Fairhaven"; not "the team of Mr X"
        if prep not in ENROLMENT_PREPS.get(verb, ("at", "to", "from", "in", "into", "of")):
            continue  # "registered with", "on roll at", "excluded from"; "with" no other verb
        care = (
            (verb in CARE_MOVES and prep in ("to", "from"))
            or (verb in TEAMS and prep == "at")
            or (verb in VISITS and prep == "at")
            or verb in SCHOOL_RUN
        )
        if _place_name(match.group("name"), names, care):
            yield Hit(match.start("name") + delta, match.end("name") + delta, RULE.id, MESSAGE)
    if any(kind in text for kind in KIND_WORDS):
        # Both forms are led by a comma, a literal found at C speed in the whole text; the
        # other side of the comma is then read with a pattern anchored at it.
        for match in KIND_AFTER_RE.finditer(text):
            at = match.start()
            while at and text[at - 1] in " \t" and text[match.start()] == "(":
                at -= 1  # "Oakfield (a primary school ...)": the name before the bracket
            back = NAME_BACK_RE.search(text, max(0, at - 60), at)
            if back is not None:
                hit = _apposed(text, back, 0, names)
                if hit is not None:
                    yield hit
        for match in KIND_BEFORE_RE.finditer(text):
            at = match.start()
            if KIND_END_RE.search(text, max(0, at - 45), at):
                hit = _apposed(text, match, 0, names)
                if hit is not None:
                    yield hit
    for match, delta in literal_windows(text, CARE_VERBS, 2, 70, whole=True).finditer(CARE_MOVE_RE):
        group = "acronym" if match.group("acronym") else "name"
        if _care_move_hospital(match, names):
            yield Hit(match.start(group) + delta, match.end(group) + delta, RULE.id, MESSAGE)


# Last words of an agency's name in a list of those that took part: a service, a team, a
# body ("Westmarch Youth Justice Service", "Health Visiting").
_AGENCY_LAST_WORDS = word_set(
    """service services team teams trust board council police constabulary partnership
    authority department care visiting nursing health practice probation ambulance
    hospital hospitals icb ccg board education housing help justice court courts unit
    centre center agency agencies commissioner group"""
)


def _listed_setting(name: str, names) -> bool:
    """A name in a list of agencies that is a local setting's: no service, body or place
    word last, no town or county in it, no public body ("Little Acorns", not "Westmarch
    Police", "Health Visiting" or "Women's Aid")."""
    keys = [fold(strip_possessive(w)) for w in name.split()]
    if keys[-1] in _AGENCY_LAST_WORDS or keys[0] in _LABEL_HEADS:
        return False
    if any(settlements().get(k) is not None or k in names.bodies for k in keys):
        return False
    return _venue_words(name, names) and not in_public_phrase(name, 0, len(name), names)


# Newspapers, journals and magazines written with their "The" ("a letter to The Lancet"),
# and national services for young people and survivors known by "The" and one word (The
# Mix, The Hideout: national websites and helplines, not a local venue).
_THE_NOT_VENUES = word_set(
    """guardian times sun mirror telegraph independent observer express mail star herald echo
    argus post chronicle gazette courier scotsman record journal standard metro lancet bmj
    economist spectator conversation sunday week oldie face voice big issue bookseller
    register tablet catholic universe stage hague mix hideout"""
)


# First words of a nation's, county's or national squad's side (see ``sport_clubs``).
_NATIONAL_SIDES = word_set(
    "england wales scotland ireland britain british english welsh scottish irish great gb uk "
    "team national county"
)


# After the school run, a name of several words is a school's or a nursery's.
SCHOOL_RUN = frozenset(["collected", "picked up", "dropped off"])
# The prepositions enrolment and registration cues take.
# What a person went to a place for: the place after "at" is named as a care move's is.
VISITS = word_set(
    "assessment assessments appointment appointments scan scans operation session sessions day days"
)
ENROLMENT_PREPS = {
    "manager": ("at", "of"),
    "managers": ("at", "of"),
    "residents": ("at", "of"),
    "carers": ("at", "from"),
    "nurses": ("at",),
    "headteacher": ("at", "of"),
    "teacher": ("at",),
    "principal": ("at", "of"),
    "receptionist": ("at",),
    "matron": ("at",),
    "room": ("at",),
    "bed": ("at",),
    "settled": ("at",),
    "happy": ("at",),
    "respite": ("at",),
    "collected": ("from",),
    "picked up": ("from",),
    "dropped off": ("at",),
    "roll": ("at",),
    "enrolled": ("at",),
    "registered": ("with", "at"),
    "excluded": ("from",),
    "pupils": ("at",),
    **dict.fromkeys(VISITS, ("at",)),
}
PLACE_VERBS = (
    "back to",
    "returned to",
    "moved into",
    "discharged to",
    "centre at",
    "unit at",
    "team at",
    "home at",
    "live at",
    "lived at",
    "living at",
    "lives at",
    "placed at",
    "placement at",
    "placement was at",
    "resident at",
    "resident of",
    "residing at",
    "stayed at",
    "staying at",
    "admitted to",
    "moved to",
    "transferred to",
    "discharged from",
    "started at",
    "pupil at",
    "boarder at",
    "inpatient at",
    "in-patient at",
    "outpatient at",
    "student at",
    "admission to",
    "admissions to",
    "staff at",
    # The second of two places: "in a Shared Lives arrangement, and later at Laurel Bank".
    "later at",
    "then at",
    # Enrolment and registration: "on roll at Brookfield", "registered with Kingsway".
    "roll at",
    "enrolled at",
    "registered with",
    "registered at",
    "excluded from",
    "pupils at",
    "manager at",
    "manager of",
    "managers at",
    "residents at",
    "residents of",
    "carers at",
    "carers from",
    "nurses at",
    "headteacher at",
    "headteacher of",
    "teacher at",
    "principal of",
    "principal at",
    "receptionist at",
    "matron at",
    "room at",
    "bed at",
    "settled at",
    "happy at",
    "respite at",
    "collected from",
    "picked up from",
    "dropped off at",
    "assessment at",
    "assessments at",
    "years at",
    "months at",
    "weeks at",
    "appointment at",
    "appointments at",
    "scan at",
    "scans at",
    "operation at",
    "session at",
    "sessions at",
    "day at",
    "days at",
)


# Two-letter words written in capitals as words, not initials ("taken to the US", "the OR").
_CAPITAL_WORDS = word_set("us uk eu or it ok am pm tv uv ex id no un")


def _care_move_hospital(match: re.Match, names) -> bool:
    """Whether the name after a move of care ("taken to the ...") is a hospital's."""
    acronym = match.group("acronym")
    if acronym:
        key = fold(acronym)
        if key in KNOWN_ACRONYMS or key in names.bodies:
            return False
        # Two capitals that spell a word in lower case ("the GH", "the RI") are initials
        # after "the" and a move to hospital; longer words in capitals are shouting.
        if names.is_word(key) and not (
            len(key) == 2
            and match.group("the")
            and match.group("verb") in STRONG_CARE_MOVES
            and key not in _CAPITAL_WORDS
        ):
            return False
        if not match.group("the"):
            # "transferred to UHW": initials without "the" after a move to a hospital only.
            return match.group("verb") in STRONG_CARE_MOVES and match.group("verb") != "born"
        # A service is discharged from or seen at as often ("discharged from the IRD"):
        # after those verbs, initials ending as a hospital's or infirmary's do ("the RVH").
        return match.group("verb") in STRONG_CARE_MOVES or acronym.endswith(("H", "I"))
    words = re.findall(CAP_WORD, match.group("name"))
    keys = [fold(strip_possessive(w)) for w in words]
    if any(k in NOT_HOSPITALS or k in NEVER_NAMES for k in keys):
        return False
    if _SERVICE_AFTER_RE.match(match.string, match.end()) or (
        len(words) > 1 and keys[0] in BODY_HEADS and words[0] != strip_possessive(words[0])
    ):
        return False  # "the Trust's Gateway service": a body's service, not a hospital
    if len(keys) > 1 and keys[-1] in HOSPITAL_SHORT:
        # "Leeds General", "Antrim Area": a town, or a name no dictionary has, before a
        # hospital word ("the Waiting Area", "the Attorney General" are none).
        return keys[0] in names.bodies or not (_generic(words[0]) or names.is_word(keys[0]))
    if match.group("the") and keys[0] == "royal" and match.group("verb") in STRONG_CARE_MOVES:
        return True  # "admitted to the Royal Gwent", "taken to the Royal Oldham"
    if (
        not match.group("the")
        and len(words) == 1
        and strip_possessive(words[0]) != words[0]
        and match.group("verb") in HOSPITAL_ONLY_MOVES
        and keys[0] not in FAMILY_WORDS
    ):
        return True  # "rushed to Jimmy's", "admitted to Barney's": a hospital's nickname
    if (
        not match.group("the")
        and len(words) == 1
        and match.group("verb") in _HOSPITAL_VERBS
        and not names.is_word(keys[0])
        and keys[0] not in names.bodies
        and keys[0] not in names.first
        and len(keys[0]) > 3
    ):
        return True  # "treated at Morriston", "born at Southmead": a hospital by its district
    if not match.group("the"):
        return False  # "admitted to Alder Hey", "transferred to Ty Gwyn": PLACE_AT_RE's
    # "the Sick Kids", "the Maudsley": a word that is no generic or public one.
    return any(not _generic(w) and k not in names.bodies for w, k in zip(words, keys, strict=True))


_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|A|An)[ \t]+\Z")
_SENTENCE_START = re.compile(r"(?:[.!?:;]|\n)[\"”’')\]]*[ \t]*\Z")
# The start of a Markdown heading, list item, quote or table cell.
_BLOCK_START = re.compile(r"(?:^|\n)[ \t]*(?:#{1,6}|[-*+>|]|\d{1,3}[.)])[ \t]+\Z")
SHORT_WORDS = (
    "Primary",
    "Prim",
    "Infants",
    "Juniors",
    "High",
    "Comp",
    "Comprehensive",
    "Academy",
    "Acad",
    "General",
    "Royal",
    "Sch",
    "Hosp",
    "Pri",
    "Jnr",
    "Jnrs",
    "Juns",
    "Inf",
    "Infs",
    "Coll",
    "Surg",
    "Ctr",
    "Ctre",
    "Cntr",
    "RC",
    "CE",
    "C of E",
    "CofE",
    "R.C.",
    "C.E.",
    "PS",
    "HS",
    "GS",
    "IC",
    "JMI",
    "J&I",
)
# "the Northern General": a compass word names a hospital with "General" alone.
COMPASS = word_set("north northern south southern east eastern west western central")
# Offices named "... General" are no hospitals.
OFFICES = word_set(
    """director attorney secretary solicitor registrar surgeon governor inspector auditor
    comptroller postmaster consul procurator advocate adjutant paymaster"""
)
_WORD_START = re.compile(
    rf"(?:(?:St\.?|Saint)[ \t]+)?{CAP_WORD}(?:[ \t]+{CAP_WORD})?"
    rf"(?:[ \t]+(?:RC|CE|C of E|CofE|Catholic|Church))?[ \t]+\Z"
)


def _each(text: str, words: tuple[str, ...], pattern: re.Pattern) -> Iterator[re.Match]:
    """Matches of ``pattern`` that end at one of ``words`` (found with ``str.find``)."""
    length = len(text)
    found: list[int] = []
    for position, word in occurrences(text, words):
        after = position + len(word)
        # Inside a longer word ("Sch" in "School"): the pattern needs a word's end.
        if not (after < length and text[after].isalpha()):
            found.append(position)
    # In text order: a match ending at one word must not hide one earlier in the text that
    # ends at another ("... of Wrenfield General ... attended St Aidan's Infants").
    seen = -1
    for position in sorted(found):
        back = _WORD_START.search(text, max(0, position - 60), position)
        if back is not None and back.start() > seen:
            for begin in (
                back.start(),
                *(m.start() for m in re.finditer(r"[ \t]", back.group())),
            ):
                start = begin if begin == back.start() else back.start() + begin + 1
                match = pattern.match(text, start)
                if match:
                    seen = match.end()
                    yield match
                    break


# Written all in lower case or all in capitals: "brookfield primary school", "WESTHAVEN
# GENERAL HOSPITAL". The word before the kind must be no English word ("the local primary
# school", "a general hospital" pass).
ODD_KIND_WORDS = (
    "school",
    "academy",
    "college",
    "surgery",
    "hospital",
    "infirmary",
    "nursery",
    "practice",
    "centre",
    "home",
    "primary",
    "high",
    "prim",
    "juniors",
    "infants",
)


_CAPS_PAIR = re.compile(r"(?<![A-Z])[A-Z]{3,}[ \t]+[A-Z]{3,}")


def _odd_case(text: str, names) -> Iterator[Hit]:
    # Capitals are looked for only in text that has two words in capitals in a row.
    capitals = next(capital_finditer(_CAPS_PAIR, text), None) is not None
    for kind in ODD_KIND_WORDS:
        for spelling in (kind, kind.upper()) if capitals else (kind,):
            position = text.find(spelling)
            while position != -1:
                end = position + len(spelling)
                if (
                    position > 2
                    and text[position - 1] in " \t"
                    and not (end < len(text) and (text[end].isalnum() or text[end] == "-"))
                ):
                    hit = _odd_named(text, position, end, names)
                    if hit is not None:
                        yield hit
                position = text.find(spelling, end)


_WEAK_KINDS = frozenset(["home", "centre", "practice", "primary"])
# School types that stand for the school in everyday writing ("brookfield primary").
_SHORT_KINDS = frozenset(["primary", "high", "prim", "juniors", "infants"])
_SHORT_KIND_END_RE = re.compile(
    r"[ \t]*(?:[,.;:)!?\n\"”’']|\Z|[ \t]+(?:and|but|until|since|for|from|in|where|when|because|"
    r"as|after|before|so|which|who|while|during|with|was|were|had|has|said|told|reported|staff|"
    r"head|headteacher|teachers?|pupils?|to|on|at|by|about|again|that|twice|every)\b)"
)
_ODD_QUALIFIER_WORDS = word_set(
    """primary junior infant infants secondary high grammar community church rc general
    district medical health care nursing residential"""
)


_ODD_NOT_NAME_BEFORE_RE = re.compile(
    r"(?<![\w\-'’])(?:(a|an|the|is|was|were|are|be|been)|he|she|they|we|it|i|"
    # an adverb that goes before a verb: "most likely rephour secondary school"
    r"likely|probably|never|already|always|often|usually)[ \t]+\Z"
)


# Prepositions and adverbs shaped as compound places ("-side", "-wide"): "nobody outside
# school saw her", "bullied inside school" name no school.
_PLACE_SHAPED_ADVERBS = word_set("outside inside beside alongside besides nationwide worldwide")


def _odd_named(text: str, position: int, end: int, names) -> Hit | None:
    """The hit for a name written in one case before a kind word, read back word by word
    (most kind words follow a stop word or a capitalised name and are dropped at once)."""
    kind = text[position:end]
    same_case = str.islower if kind.islower() else str.isupper
    # Fast exit for the common case: the word before is capitalised ("Oakfield School", read
    # by the other scans) or a stop word ("the school", "a home").
    before = text[max(0, position - 30) : position].rsplit(None, 1)[-1:]
    if not before or not same_case(before[0]):
        return None
    key = fold(strip_possessive(before[0]))
    if key in GENERIC and key not in _ODD_QUALIFIER_WORDS:
        return None
    words = [
        (m.start(), m.group()) for m in _ODD_WORD_RE.finditer(text, max(0, position - 70), position)
    ]
    # Only the words joined to the kind by spaces: "(little acorns) nursery" is not.
    if words and text[words[-1][0] + len(words[-1][1]) : position].strip(" \t"):
        return None
    # Qualifiers next to the kind ("primary" in "brookfield primary school").
    boundary = position
    while words and fold(words[-1][1]) in _ODD_QUALIFIER_WORDS and same_case(words[-1][1]):
        boundary = words.pop()[0]
    # "home", "centre", "practice" and "primary" name a place only with a qualifier ("care
    # home", "medical practice", "primary school"): a typo or a rare word before them is
    # no name ("inadequte home conditions", "good practise").
    if kind.lower() in _WEAK_KINDS and boundary == position and kind.lower() not in _SHORT_KINDS:
        return None
    if kind.lower() in _SHORT_KINDS and (
        boundary != position or not _SHORT_KIND_END_RE.match(text, end)
    ):
        # "brookfield primary", "knowsley high": a school type alone ends the name only where
        # the phrase ends ("the brookfield primary care network" is none).
        return None
    run: list[tuple[int, str]] = []
    stopped: tuple[int, str] | None = None
    while words and len(run) < 3:
        start, word = words.pop()
        key = fold(strip_possessive(word))
        if not same_case(word) or key in GENERIC or key in NEVER_NAMES or len(key) < 2:
            break
        if run and names.is_word(key):
            stopped = (start, word)
            break  # "likely started brookfield school": the name is the words no list explains
        if text[start + len(word) : boundary].strip(" \t"):
            break  # punctuation between the words
        run.insert(0, (start, word))
        boundary = start
    if not run:
        return None
    last = fold(strip_possessive(run[-1][1]))
    # "he terstor school", "a strane surgery", "the review is clognon high": a subject
    # pronoun or an adverb, or an article or a copula before a word not shaped as a place
    # ("an oakwood primary pupil", "was brookfield primary" are), makes the words a verb or a
    # description.
    before = _ODD_NOT_NAME_BEFORE_RE.search(text, max(0, run[0][0] - 8), run[0][0])
    if before and (before.group(1) is None or not last.endswith(PLACE_ENDINGS)):
        return None
    if last in KNOWN_ACRONYMS:
        return None
    # Everyday words make a name when they end as places' names do: "ORCHARD PARK ACADEMY"
    # (the run stopped at "ORCHARD"), "oakwood primary" (a compound place name).
    if last in _PLACE_SHAPED_ADVERBS:
        return None
    compound = len(last) >= 7 and last.endswith(PLACE_ENDINGS) and last not in GENERIC
    if (names.is_word(last) or last in names.bodies) and not compound:
        if stopped is None or not (last in NAME_TAILS or last.endswith(PLACE_ENDINGS)):
            return None
        run.insert(0, stopped)
    if english_ending(last) or _transposed_word(last, names):
        return None  # "covinced school", "extremley high": a misspelt word, not a place
    unexplained = [k for k in (fold(strip_possessive(w)) for _, w in run) if not names.is_word(k)]
    if unexplained and not any(_place_like(k, names) for k in unexplained):
        return None  # "beldeone school": a made-up or misspelt word, shaped as no place is
    return Hit(run[0][0], end, RULE.id, MESSAGE)


def _transposed_word(key: str, names) -> bool:
    """Whether a word of six letters or more is a dictionary word with two letters next to
    each other swapped, the commonest slip of typing ("extremley" for "extremely")."""
    if len(key) < 6:
        return False
    vocabulary = names.vocabulary
    return any(
        key[i] != key[i + 1] and f"{key[:i]}{key[i + 1]}{key[i]}{key[i + 2 :]}" in vocabulary
        for i in range(len(key) - 1)
    )


# The starts of Welsh, Cornish, Scottish and Irish place names: "penrhos", "llanfair",
# "aberdare", "trefor", "brynteg", "ballykeel", "kilbride", "inverurie", "strathmore".
CELTIC_STARTS = (
    "pen", "llan", "aber", "tre", "bryn", "glan", "caer", "cwm", "pont", "nant", "porth",
    "ystrad", "bally", "kil", "inver", "strath", "dun", "glen", "auch", "kin", "ard", "drum",
    "carn", "ros", "bal",
)  # fmt: skip


def _place_like(key: str, names) -> bool:
    """Whether a word no dictionary has is shaped like a place's or a school's name, as the
    names of schools written in lower case are: a place ending ("brookfield", "westhaven"),
    the last word of a name joined on ("castleview", "larkrise"), two words joined
    ("kingsmead"), a Celtic start ("penrhos"), or a surname ("lister"). A word typed wrong or
    made up ("beldeone", "reschearres") is none of these."""
    if key.endswith(PLACE_ENDINGS) or key.startswith(CELTIC_STARTS) or key in names.surnames:
        return True
    if any(key.endswith(tail) and len(key) > len(tail) + 2 for tail in NAME_TAILS):
        return True
    # Two dictionary entries as they stand: "kingsmead", "elm" + "scar"; not "heates" + "tor"
    # or "wine" + "ures" (a piece read only as an inflection fits made-up words as well).
    vocabulary = names.vocabulary
    return any(
        key[:cut] in vocabulary and key[cut:] in vocabulary and max(cut, len(key) - cut) > 3
        for cut in range(3, len(key) - 2)
    )


# Last words of the names of schools, homes and surgeries made of everyday words.
NAME_TAILS = word_set(
    """park hill hills view views field fields wood woods green lane road grove vale bank
    house lodge court oak oaks ash elm elms willow willows brook meadow meadows castle valley
    rise heights gate gardens garden cross side farm mill mount manor hall acre acres dene
    close way end row place square walk edge top lea ley moor heath common orchard orchards
    tree trees spring springs well wells bridge ford marsh water waters glade dale dell"""
)


_ODD_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][sS])?")


# A name in brackets after its kind: "the nursery (little acorns)", "the hospital (RVI)".
BRACKETED_RE = re.compile(r"\((?P<name>[^\W\d_][^()\n\d]{1,38}[^\W\d_])\)")
KIND_BEFORE_BRACKET_RE = re.compile(
    r"\b(?:nursery|school|academy|college|surgery|practice|hospital|infirmary|hospice|"
    r"care home|nursing home|residential home|children['’]s home|pre-?school|playgroup|"
    r"hostel|refuge)[ \t]*\Z",
    re.I,
)
_NOT_NAME_START = word_set(
    """see now formerly previously known run managed owned rated inspected out outside closed
    not no as which who where whose including e.g eg i.e ie"""
)


# A kind after a phase or a move of a life is no place's name-holder: "the end of school",
# "the start of nursery", "after school", "left school" (what follows is when, not which).
_PHASE_BEFORE_KIND_RE = re.compile(
    r"(?i:\b(?:(?:end|start|beginning|close|rest|last[ \t]+\w+|first[ \t]+\w+)[ \t]+of"
    r"(?:[ \t]+(?:the|primary|secondary|junior|infant|high|her|his|their))?"
    r"|after|before|out[ \t]+of|back[ \t]+to|leaving|left|leave|starting|started|finishing|"
    r"finished)[ \t]+)\Z"
)


_TITLE_WORDS_BEFORE_RE = re.compile(
    r"(?:[A-Z][\w'’-]*[ \t]+(?:(?:of|and|for|the|&)[ \t]+)*){2,8}\Z"
)


def _defines_initials(text: str, at: int, name: str) -> bool:
    """Whether a bracketed acronym spells the initials of a service's name of grammar and
    generic words before it."""
    if not (name.isupper() and name.isalpha() and len(name) >= 2):
        return False
    words = _TITLE_WORDS_BEFORE_RE.search(text, max(0, at - 120), at)
    if words is None:
        return False
    capitalised = [w for w in words.group().split() if w[0].isupper()]
    initials = "".join(w[0] for w in capitalised[-len(name) :])
    # only a name of grammar and generic words ("Education Other Than At School"): the
    # initials of a named school ("Oakfield Primary School (OPS)") name it as well
    return initials == name and all(
        _generic(w) or fold(w) in _FUNCTION_WORDS for w in capitalised[-len(name) :]
    )


def _bracketed(text: str, names) -> Iterator[Hit]:
    if "(" not in text:
        return
    for match in BRACKETED_RE.finditer(text):
        kind = KIND_BEFORE_BRACKET_RE.search(text, max(0, match.start() - 24), match.start())
        if not kind:
            continue
        if match.group("name").islower() and _PHASE_BEFORE_KIND_RE.search(
            text, max(0, kind.start() - 40), kind.start()
        ):
            continue  # "the end of school (spring and summer)": a time of life, with when
        if _defines_initials(text, match.start(), match.group("name")):
            continue  # "Education Other Than At School (EOTAS)": the name's own initials
        words = match.group("name").split()
        keys = [fold(strip_possessive(w)) for w in words]
        if (
            len(words) > 4
            or len(words[-1]) < 2  # "Practice A": a pseudonym label
            or (words[0].islower() and (keys[0] in GENERIC or keys[0] in _NOT_NAME_START))
            or all(k in GENERIC or k in KNOWN_ACRONYMS or k in NEVER_NAMES for k in keys)
            or all(k in names.bodies or k in GENERIC for k in keys)
            or WELSH_GENERIC_RE.fullmatch(match.group("name"))  # "(Ysgol Gymraeg)"
        ):
            continue
        yield Hit(match.start("name"), match.end("name"), RULE.id, MESSAGE)


# After these with "to" or "from", a name of several words is a hospital or a unit ("admitted
# to Alder Hey", "transferred from Ty Gwyn").
CARE_MOVES = frozenset(["admitted", "transferred", "discharged", "admission", "admissions"])
# A hospital's or infirmary's initials as a place ("a ward at NGH", "worked at the RSCH",
# "back to the BRI"): three or four capitals ending in H or I after "at", "to" or "from".
# Led by the capitals (rare in prose); the preposition is part of the pattern.
HOSPITAL_INITIALS_RE = re.compile(r"[A-Z][A-Z]{1,2}[HI](?![\w&-]|['’](?![sS]\b))")
INITIALS_PREP_RE = re.compile(r"\b(?:at|to|from)[ \t]+(?:the[ \t]+)?\Z")
# A hospital by its initials beside a part of a hospital, whatever the initials end in: "A&E
# at the RVH", "ward 12 at NGH", "ward 7, LGI", "the neonatal unit at QMC", "a midwife from
# UHW", "the registrar at wgh" (as notes write it), "RSCH maternity triage", "QMC's neonatal
# unit". The part says a hospital is meant; initials that no list explains are its name.
_HOSPITAL_PARTS = (
    r"a&e|a[ \t]+and[ \t]+e|ed|emergency[ \t]+department|wards?(?:[ \t]+\d{1,3}[a-z]?)?|"
    r"maternity|labour[ \t]+ward|delivery[ \t]+suite|neonatal(?:[ \t]+unit)?|nicu|scbu|picu|"
    r"icu|itu|hdu|paediatrics?|paediatricians?|paediatric[ \t]+\w+|triage|outpatients?|"
    r"fracture[ \t]+clinic|radiology|intensive[ \t]+care|resus|midwi(?:fe|ves|fery)|"
    r"registrars?|consultants?|obstetrics?|obstetricians?|special[ \t]+care[ \t]+baby[ \t]+unit|"
    r"children['’]s[ \t]+ward"
)
# Read backwards from the initials: the part, up to two words, then "at", "of", "in",
# "from" or "to" (and "the"), or a comma after a ward ("ward 7, LGI").
PART_BEFORE_RE = re.compile(
    rf"(?<![\w&])(?P<part>(?i:{_HOSPITAL_PARTS}))(?![\w&])(?:[ \t]+[a-z\-]+){{0,2}}?"
    r"(?:[ \t]+(?:at|of|in|from|to)[ \t]+(?:the[ \t]+)?|(?P<comma>[ \t]*,[ \t]*))\Z"
)
# ... or the part after them: "QMC's neonatal unit", "At the RWI the paediatric registrar".
PART_AFTER_RE = re.compile(
    rf"(?:['’]s)?[ \t]+(?:(?:the|its)[ \t]+(?:[a-z\-]+[ \t]+)?)?(?i:{_HOSPITAL_PARTS})(?![\w&])"
)
# Candidates, found at C speed: capitals, and letters no word is spelt with in lower case.
# (The first capital leads the pattern and the look-behind follows it: a pattern led by a
# look-behind is tried at every position of the text.)
CAPS_INITIALS_RE = re.compile(r"[A-Z](?<![\w&'’\-][A-Z])[A-Z]{1,4}(?![\w&\-]|['’](?![sS]\b))")
LOWER_INITIALS_RE = re.compile(r"[b-df-hj-np-tv-z]{2,4}i?")
HOSPITAL_PART_WORDS = (
    "a&e", "ed", "emergency", "ward", "maternity", "labour", "delivery", "neonatal", "nicu",
    "scbu", "picu", "icu", "itu", "hdu", "paediatric", "triage", "outpatient", "fracture",
    "radiology", "intensive", "resus", "midwi", "registrar", "consultant", "obstetric",
    "special care", "a and e", "children's ward", "children’s ward",
)  # fmt: skip
# Initials of clinical roles, tests, specialties and national bodies of medicine ("the ENT
# registrar", "guidance from the RCPCH", "the local DGH"): no hospital's.
CLINICAL_ACRONYMS = word_set(
    """ent obs gynae ot ots slt salt sho shos spr fy anp anps enp acp hca rmn rgn rn ccn
    mdt ct mri eeg ecg dna gcs iv im dgh dghs rcpch rcog rcn rcm rcgp rcem rcpsych gmc nmc
    hcpc nice mhra hsib hssib mbrrace nnap bapm nhsbt pals ems hems nwas yas swast scas
    was eeast secamb wmas emas nas sas nias wast neas lmns lmn mvp cnst bsots sbar nips
    obs ob ae mw mws hvs ip op"""
)


def _initials_by_hospital_parts(text: str, names) -> Iterator[Hit]:
    if not contains_any(lowered(text), HOSPITAL_PART_WORDS):
        return
    candidates = [
        m for m in capital_finditer(CAPS_INITIALS_RE, text) if _unexplained(m.group(), names)
    ]
    odd = [w for w in words_of(text) if len(w) < 6 and LOWER_INITIALS_RE.fullmatch(w)]
    odd = [w for w in odd if w in text and _unexplained(w, names)]
    if odd:
        pattern = re.compile(
            rf"(?<![\w&'’\-])(?:{'|'.join(sorted(odd))})(?![\w&\-]|['’](?![sS]\b))"
        )
        candidates.extend(pattern.finditer(text))
    for match in candidates:
        start, end = match.start(), match.end()
        before = PART_BEFORE_RE.search(text, max(0, start - 70), start)
        if (
            before is not None
            and before.group("comma")
            and not (before.group("part").lower().startswith("ward"))
        ):
            before = None  # "the consultant, JS, said": a person's initials after a role
        if before is None and not (match.group().isupper() and PART_AFTER_RE.match(text, end)):
            continue
        yield Hit(start, end, RULE.id, MESSAGE)


@lru_cache(maxsize=16384)
def _unexplained_key(key: str) -> bool:
    names = gazetteer()
    return not (
        key in KNOWN_ACRONYMS
        or key in CLINICAL_ACRONYMS
        or key in names.bodies
        or key in NEVER_NAMES
        or names.is_word(key)
        or key in names.first
    )


def _unexplained(initials: str, names) -> bool:
    """Initials that no list of words, names, bodies or clinical acronyms explains."""
    return _unexplained_key(fold(initials))


# A pub, bar or club named in a sentence about drinking or a night out: "outside the Black
# Bull, where Father had been drinking", "a regular at the Fox and Hounds", "met him at
# Club Paradiso". The sentence says it is a venue; "the" and capitalised words that are not
# all generic or public ones are its name.
VENUE_RE = re.compile(
    r"\b(?:at|outside|in|from|to|near|behind|into|inside|opposite|round|around)[ \t]+"
    rf"(?:[Tt]he[ \t]+(?P<name>{CAP_WORD}(?:[ \t]+(?:and|&)[ \t]+{CAP_WORD}|[ \t]+{CAP_WORD}){{0,2}})"
    rf"|(?P<club>Club[ \t]+{CAP_WORD}))(?![\w\-]|[ \t]+{CAP_WORD}|['’]s\b)"
)
_SENTENCE_END_RE = re.compile(r"[.!?](?:[ \t]|$)|\n|\x00", re.M)


DRINK_CUE_WORDS = word_set(
    """drink drinks drinking drinker drinkers drank drunk pub pubs bar bars landlord landlady
    barman barmaid pint pints lager licensee doorman doormen bouncer bouncers nightclub
    nightclubs karaoke darts clubbing barred"""
)
# A pub's name in its old form, two nouns joined by "and" after "the" ("at the Fox and
# Hounds", "outside The Coach and Horses"): a venue wherever it stands, once neither noun is
# a word of a public body's name ("the Children and Families Service").
PAIRED_VENUE_RE = re.compile(
    r"\b(?:at|outside|in|from|to|near|behind|into|inside|opposite)[ \t]+[Tt]he[ \t]+"
    rf"(?P<name>{CAP_WORD}[ \t]+(?:and|&)[ \t]+{CAP_WORD})(?![\w\-]|[ \t]+{CAP_WORD}|['’]s\b)"
)
# The words a match starts with: the pattern, led by "\b" and an alternation, is tried only
# where one stands, not at every character (0.69 -> 0.41 ms a review).
PAIRED_VENUE_STARTS = ("at", "outside", "in", "from", "to", "near", "behind", "into", "inside",
                       "opposite")  # fmt: skip


def _venues(text: str, names) -> Iterator[Hit]:
    # A nightclub named "Club" first is one wherever it is ("met him at Club Paradiso").
    at = text.find("Club ")
    while at != -1:
        match = VENUE_RE.search(text, max(0, at - 12), at + 60)
        if match is not None and match.group("club") and match.start("club") == at:
            yield from _venue_hit(match, "club", names)
        at = text.find("Club ", at + 5)
    if " and " in text or " & " in text:
        for match in cue_finditer(PAIRED_VENUE_RE, PAIRED_VENUE_STARTS, text):
            yield from _venue_hit(match, "name", names)
    present = DRINK_CUE_WORDS.intersection(words_of(text))
    if not present:
        return
    last = -1
    # Each cue found with str.find (an alternation of cue words costs a step per character).
    for position in literal_positions(text, tuple(sorted(present))):
        start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1
        if start <= last:
            continue  # this sentence was read for an earlier cue
        end = _SENTENCE_END_RE.search(text, position)
        end = end.start() if end else len(text)
        last = start
        for match in VENUE_RE.finditer(text, start, end):
            if match.group("name"):
                yield from _venue_hit(match, "name", names)


def _venue_hit(match: re.Match, group: str, names) -> Iterator[Hit]:
    words = re.findall(CAP_WORD, match.group(group))
    keys = [fold(strip_possessive(w)) for w in words if w not in ("and", "&")]
    if group == "club":
        keys = keys[1:]
    if any(k in NEVER_NAMES or k in NOT_HOSPITALS or k in _CALENDAR for k in keys):
        return
    if all(k in GENERIC or k in names.bodies or k in KNOWN_ACRONYMS for k in keys):
        return  # "at the Local Authority", "in the NHS"
    yield Hit(match.start(group), match.end(group), RULE.id, MESSAGE)


# A numbered ward after a move of care: "admitted to Ward 7B" (a ward of a named hospital).
WARD_NUMBER_RE = re.compile(
    r"\b(?:admitted|transferred|moved|taken|returned|discharged)[ \t]+(?:back[ \t]+)?"
    r"(?:to|from|onto|on)[ \t]+(?P<ward>Ward[ \t]+\d{1,3}[A-Z]?)\b"
)
# "an inpatient at the Maudsley": "the" and one word no list explains.
PATIENT_AT_RE = re.compile(
    rf"\b(?:in-?patient|outpatient|patient)[ \t]+at[ \t]+the[ \t]+(?P<name>{CAP_WORD})(?![ \t]+[A-Z])"
)
# So is one after a team or staff "at": "the gastroenterology team at Alder Hey".
TEAMS = frozenset(["team", "staff", "unit", "centre"])


# Titles of the people schools and hospitals are named after, in the possessive.
_PATRONS = word_set("queen king prince princess bishop archbishop cardinal lady sir duke duchess")
_CALENDAR = word_set(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter"""
)


def _place_name(name: str, names, care: bool = False) -> bool:
    """Whether a name after "lived at", "placed at", "back to" names a place of care: one
    word that no list explains ("Glenholme", not "Leeds" or "Grace"), or several ending in a
    building word ("Wisteria House"), or several after a care move (``care``)."""
    words = re.findall(CAP_WORD, name)
    keys = [fold(strip_possessive(w)) for w in words]
    if keys[0] == "the" and len(keys) == 2:
        # "The Beeches", "The Laurels": a plural after "The" is a house's name.
        return keys[1].endswith("s") and keys[1] not in GENERIC and keys[1] not in names.bodies
    if any(k in CHAINS for k in keys):
        return False  # "collected from Tesco": a chain's shop names no place
    if len(words) == 2 and keys[0] in _PATRONS and strip_possessive(words[1]) != words[1]:
        return True  # "a pupil at Queen Mary's", "admitted to King's": a patron's school
    if any(k in GENERIC and k not in BUILDING_WORDS for k in keys) or keys[-1] in _CALENDAR:
        return False  # "discharged from January": a month is no place
    if len(words) > 1:
        return (keys[-1] in BUILDING_WORDS or care) and not _public(name, names)
    word = words[0]
    if _plural_house_name(word, keys[0], names):
        return True  # "staff at Brambles", "lived at Willows": a home named by a plural
    return (
        not names.explained(word)
        or (keys[0] not in names.bodies and not names.is_word(keys[0]))
        # "moved into Rosewood", "staff at Parkside": a word compounded as places are named
        or (keys[0] not in names.bodies and compound_place_word(keys[0], names))
    ) and not names.is_first(word)


# Plurals that name offices, services and shops, not homes.
_NOT_HOUSE_PLURALS = word_set(
    """headquarters services courts lodgings premises offices barracks stores sports
    works buildings communications operations relations resources affairs boots
    weekends nights days evenings mornings afternoons times weeks months years holidays"""
)


def _plural_house_name(word: str, key: str, names) -> bool:
    """A capitalised plural of a word mid-sentence ("Brambles", "Willows") after a cue of
    living, placement or staff: a house or home's name, as "The Beeches" is."""
    return (
        key.endswith("s")
        and not key.endswith(("ss", "us", "is"))
        and len(key) > 4
        and names.is_word(key)
        and key not in GENERIC
        and key not in _NOT_HOUSE_PLURALS
        and key not in names.bodies
        and not names.is_first(word)
    )


def _apposed(text: str, match: re.Match, delta: int, names) -> Hit | None:
    """The hit for a name in apposition with a kind of care or school ("Rosewood, a
    residential home"), unless the name is a role, public body or place, or starts a clause."""
    name = match.group("name")
    words = re.findall(CAP_WORD, name)
    keys = [fold(strip_possessive(w)) for w in words]
    distinctive = [w for w, k in zip(words, keys, strict=True) if k not in GENERIC and len(k) >= 2]
    if not distinctive or fold(strip_possessive(distinctive[0])) in NEVER_NAMES:
        return None
    if _public(name, names) or keys[-1] in ROLE_WORDS:
        return None  # "Deputy Headteacher, a primary school": a panel member's role
    start = match.start("name") + delta
    if len(words) == 1 and at_sentence_start(text, start) and _connective(keys[0], names):
        return None  # "Finally, the nursery's report ...", "However, the care home ..."
    return Hit(start, match.end("name") + delta, RULE.id, MESSAGE)


# Roles that panel lists give with their setting ("Deputy Headteacher, a primary school").
ROLE_WORDS = word_set(
    """headteacher head teacher principal deputy governor manager director officer nurse
    inspector lead worker visitor coordinator co-ordinator practitioner consultant
    paediatrician midwife doctor psychologist psychiatrist therapist chair member
    representative adviser advisor senco dsl senior"""
)


# Words that open a sentence before a comma and are no place's name.
_CONNECTIVES = word_set(
    "however meanwhile later then also again instead similarly overall today currently "
    "initially eventually separately elsewhere there here now afterwards thereafter "
    "consequently therefore nonetheless nevertheless furthermore moreover likewise "
    "otherwise yesterday subsequently previously additionally finally first second third "
    "next lastly recently sadly unfortunately"
)


def _connective(key: str, names) -> bool:
    """A sentence adverb ("Finally", "Sadly") rather than a name of a home or school."""
    return key in _CONNECTIVES or (key.endswith("ly") and names.is_word(key))


def _public(name: str, names) -> bool:
    """The name of a public body or place ("Royal College", "Kent"), not of a school."""
    words = [fold(strip_possessive(w)) for w in re.findall(CAP_WORD, name)]
    return bool(words) and all(w in names.bodies or w in GENERIC for w in words)


RULE = Rule(
    id="named-institution",
    severity="error",
    message=MESSAGE,
    summary="A named school, nursery, GP surgery, hospital or ward",
    fix="Use the type instead ('the primary school', 'the GP practice', 'the hospital').",
    docs='named schools, nurseries, surgeries, hospitals, wards, children\'s centres ("Oakfield Academy", "Rainbow Ward"); "the primary school" or "the Children\'s Ward" are not reported',
    rank=140,
    find=find,
    silenced_by=frozenset({"pseudonym", "author", "partnership"}),
)


# -- businesses the family used or worked at ----------------------------------------------------
# A name before a business's kind in lower case: "the Golden Dragon takeaway", "Harrison's
# bakery", "the Elim church"; a company by its legal ending: "Sunnymead Care Ltd".
_BUSINESS_KINDS = (
    r"takeaway|take-away|pub|caf[eé]|restaurant|bakery|barbers|barber['’]s|salon|gym|garage|"
    r"car[ \t]+wash|nightclub|chip[ \t]+shop|chippy|supermarket|newsagents?|factory|warehouse|"
    r"hotel|guest[ \t]+house|cinema|arcade|church|chapel|mosque|temple|gurdwara|mandir|"
    r"synagogue|madrassa|madrasa|kingdom[ \t]+hall|snooker[ \t]+hall|bookmakers|bookies|"
    r"off[ \t-]licence|launderette|nail[ \t]+bar|car[ \t]+dealership|scrapyard|food[ \t]?bank|"
    r"youth[ \t]+project|boxing[ \t]+gym|kebab[ \t]+shop|pizza[ \t]+shop|corner[ \t]+shop|"
    # Services people go to that are named like a venue: "the Phoenix hub", "the Harbour
    # drop-in", "the Oasis day service", "the Bridges recovery service", "Second Chances
    # charity shop" (the words of what the service does make it generic: "the Early Help hub")
    r"hub|drop-in|day[ \t]+service|recovery[ \t]+(?:service|hub|project)|charity[ \t]+shop|"
    r"social[ \t]+club|working[ \t]+men['’]s[ \t]+club|wine[ \t]+bar|cocktail[ \t]+bar"
)
BUSINESS_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})[ \t]+(?P<kind>{_BUSINESS_KINDS})"
    r"(?![\w\-])"
)
BUSINESS_WORDS = (
    "takeaway",
    "take-away",
    "pub",
    "cafe",
    "café",
    "restaurant",
    "bakery",
    "barbers",
    "barber's",
    "barber’s",
    "salon",
    "gym",
    "garage",
    "nightclub",
    "chippy",
    "supermarket",
    "newsagent",
    "newsagents",
    "factory",
    "warehouse",
    "hotel",
    "cinema",
    "arcade",
    "church",
    "chapel",
    "mosque",
    "temple",
    "gurdwara",
    "mandir",
    "synagogue",
    "madrassa",
    "madrasa",
    "bookmakers",
    "bookies",
    "launderette",
    "scrapyard",
    "foodbank",
    # Kinds of two words are found from their first, which comes right after the name.
    "boxing",
    "youth project",
    "kebab",
    "pizza",
    "corner shop",
    "chip shop",
    "car wash",
    "snooker",
    "hub",
    "drop-in",
    "day service",
    "recovery",
    "charity shop",
    "social club",
    "working men",
    "wine bar",
    "cocktail bar",
)
COMPANY_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>{CAP_WORD}(?:[ \t]+(?:{CAP_WORD}|&|and)){{0,3}})[ \t]+"
    r"(?:Ltd\.?|Limited|LLP|CIC|Plc|PLC|plc)(?![\w])"
)
COMPANY_WORDS = ("Ltd", "Limited", "LLP", "CIC", "Plc", "PLC", "plc")
# A firm whose last word says it publishes, prints or advises is the report's publisher,
# printer or consultancy (references, imprints, "prepared by"), no setting of the family.
# Words a setting also ends with ("Care", "Homes", "Training", "Assessments") stay out.
FIRM_WORDS = word_set(
    """publishing publishers publications press printing printers print books associates
    consulting consultancy consultants analytics research media design"""
)
_COMPANY_KEYS = frozenset(w.lower() for w in COMPANY_WORDS)
# Chains name no branch ("the Tesco supermarket", "a McDonald's restaurant").
CHAINS = word_set(
    """tesco asda sainsbury sainsburys morrisons aldi lidl iceland co-op coop waitrose greggs
    mcdonald mcdonalds kfc costa starbucks subway boots primark wetherspoon wetherspoons
    premier travelodge odeon vue cineworld ladbrokes coral paddy betfred"""
)
# A hospital by "the Royal" and its town after a word of hospital care: "Ward 23 at the Royal
# Gwent", "the maternity unit of the Royal Oldham".
ROYAL_RE = re.compile(
    rf"\b(?:at|to|from|in|of)[ \t]+the[ \t]+(?P<name>Royal[ \t]+{CAP_WORD})(?![\w\-]|[ \t]+[A-Z])"
)
HOSPITAL_CUE_RE = re.compile(
    r"(?i:\bward\b|\bA&E\b|emergency department|\bED\b|maternity|\bunit\b|clinic|consultant|"
    r"paediatric|admitted|admission|born|discharged|theatre|outpatient|inpatient|midwi|"
    r"scan\b|x-ray|fracture|hospital|\bsurgery\b|operation|treated|neonatal|antenatal|"
    r"ambulance|paramedic)"
)


def after_capitalised(
    text: str, words: tuple[str, ...], pattern: re.Pattern, leaders: tuple[str, ...] = ()
) -> Iterator[re.Match]:
    """Matches of ``pattern`` (capitalised words, then a group ``kind``) whose kind holds one
    of ``words`` (found by ``literal_positions``), tried only where a capitalised word, or
    one of ``leaders``, comes right before it: most "church", "pub" and "services" in a
    report follow "the", "a" or a lower-case word."""
    last = 0
    for position in literal_positions(text, words):
        if position < 3 or position < last or text[position - 1] not in " \t":
            continue
        before = text.rfind(" ", max(0, position - 40), position - 1)
        if not text[before + 1 : before + 2].isupper() and not (
            leaders and text[max(0, position - 9) : position - 1].lower().endswith(leaders)
        ):
            continue
        for match in pattern.finditer(text, max(0, position - 70), position + 40):
            if match.start("kind") <= position < match.end("kind"):
                last = match.end()
                yield match
                break


def _businesses(text: str, names) -> Iterator[Hit]:
    for match in after_capitalised(text, BUSINESS_WORDS, BUSINESS_RE):
        words = re.findall(CAP_WORD, match.group("name"))
        keys = [fold(strip_possessive(w)) for w in words]
        start = match.start("name")
        if keys and keys[0] == "the":
            words, keys = words[1:], keys[1:]
            start += 4
        if not keys or any(k in NEVER_NAMES or k in CHAINS for k in keys):
            continue
        if all(k in GENERIC or k in names.bodies for k in keys):
            continue  # "the Chinese takeaway", "the Baptist church", "a Cardiff hotel"
        if (
            len(keys) == 1
            and names.is_word(keys[0])
            and keys[0] not in names.surnames
            and (at_sentence_start(text, start) or not words[0][0].isupper())
        ):
            # "Local takeaway" at a sentence's start; a word capitalised inside a sentence is
            # a name ("the Wheatsheaf pub", "the Oasis day service", "at Velvet nightclub")
            continue
        if len(keys) == 1 and at_sentence_start(text, start) and keys[0] not in names.surnames:
            continue
        yield Hit(start, match.end("kind"), RULE.id, MESSAGE)
    if not _COMPANY_KEYS.isdisjoint(words_of(text)):
        for match, delta in word_windows(text, COMPANY_WORDS, 80, 2).finditer(COMPANY_RE):
            keys = [fold(strip_possessive(w)) for w in re.findall(CAP_WORD, match.group("name"))]
            if keys and keys[0] == "the":
                keys = keys[1:]
            if not keys or all(k in GENERIC or k in names.bodies for k in keys):
                continue
            if keys[0] in NEVER_NAMES or keys[0] in CHAINS:
                continue
            if keys[-1] in FIRM_WORDS:
                continue  # "Ashgate Publishing Ltd.", "HH Associates Ltd.": who made the report
            yield Hit(match.start("name") + delta, match.end() + delta, RULE.id, MESSAGE)
    if "Royal " in text:
        for match in ROYAL_RE.finditer(text):
            word = match.group("name").split()[-1]
            key = fold(word)
            if names.is_word(key) and key not in names.bodies:
                continue  # "the Royal Mail", "the Royal College"
            if key in NEVER_NAMES or not HOSPITAL_CUE_RE.search(
                text, max(0, match.start() - 80), match.end() + 40
            ):
                continue
            yield Hit(match.start("name"), match.end("name"), RULE.id, MESSAGE)


# -- a place of care or schooling under its label ------------------------------------------------
# A field of a summary or a profile: "School: Fernhill Junior", "- **Nursery:** Little Acorns",
# and a table whose column is headed by one ("| Setting | Dates |" then "| Brambles | ... |").
_LABELS = (
    r"schools?|nursery|nurseries|college|gp|gp[ \t]+practice|gp[ \t]+surgery|surgery|practice|"
    r"hospital|setting|settings|care[ \t]+home|placement|placements|provider|academy|club|"
    r"church|mosque|place[ \t]+of[ \t]+worship|employer|workplace|home|children['’]s[ \t]+home|"
    r"childminder|playgroup|pre-?school|youth[ \t]+club|ward|unit"
)
_SETTING_NAME = (
    rf"(?P<name>(?:(?:St\.?|Saint)[ \t]+)?{CAP_WORD}(?:[ \t]+(?:{CAP_WORD}|of|and|&|y|yr)){{0,4}})"
)
LABEL_RE = re.compile(
    rf"(?i:[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:{_LABELS})(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*)"
    rf"{_SETTING_NAME}(?=[ \t]*(?:[,;(\n|]|\Z|\*|_|-|–))"
)
LABEL_HEAD_RE = re.compile(rf"(?i:^(?:{_LABELS})$)")
_TABLE_SEPARATOR = re.compile(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}")
_CELL_NAME_RE = re.compile(rf"[ \t]*{_SETTING_NAME}[ \t]*(?:\(|$)")


def _label_value(name: str, names) -> bool:
    """Whether a labelled value names a setting: several capitalised words that are not all
    generic or public ("Little Acorns"), or one word no list explains ("Brambles")."""
    words = re.findall(CAP_WORD, name)
    keys = [fold(strip_possessive(w)) for w in words]
    if not keys or keys[0] in NEVER_NAMES or keys[0] in _NOT_NAME_START:
        return False
    if all(k in GENERIC or k in names.bodies or k in NEVER_NAMES for k in keys):
        return False
    if any(k in NEVER_NAMES for k in keys):
        return False  # "Placement: Foster Carers"
    if len(keys) > 1:
        return not _public(name, names)
    key = keys[0]
    if names.is_first(words[0]) and not names.is_surname(words[0]):
        return False  # "GP: Sarah" names a person (person-name's)
    if key.endswith("s") and key not in names.bodies and key not in _NOT_HOUSE_PLURALS:
        return True  # "Setting: Brambles": a home or nursery named by a plural
    return not names.is_word(key) and key not in names.bodies and len(key) > 3


def _labelled(text: str, names) -> Iterator[Hit]:
    # Led by the colon (found by str.find); the label is read from the line's start.
    colon = text.find(":")
    while colon != -1:
        line_start = text.rfind("\n", 0, colon) + 1
        if colon - line_start <= 32:
            match = LABEL_RE.match(text, line_start)
            if match is not None and _label_value(match.group("name"), names):
                yield Hit(match.start("name"), match.end("name"), RULE.id, MESSAGE)
        colon = text.find(":", colon + 1)
    if "|" in text and "--" in text:
        yield from _table_cells(text, names)


def _table_cells(text: str, names) -> Iterator[Hit]:
    """Cells under a column headed by a kind of setting ("School", "Setting", "GP")."""
    for separator in _TABLE_SEPARATOR.finditer(text):
        line_start = text.rfind("\n", 0, max(0, separator.start() - 1))
        header = text[line_start + 1 : max(line_start + 1, separator.start() - 1)]
        cells = [c.strip().strip("*_ ") for c in header.strip().strip("|").split("|")]
        columns = {i for i, c in enumerate(cells) if LABEL_HEAD_RE.match(c)}
        if not columns or len(cells) < 2:
            continue
        position = text.find("\n", separator.start())
        while position != -1:
            end = text.find("\n", position + 1)
            end = len(text) if end == -1 else end
            row = text[position + 1 : end]
            if "|" not in row:
                break
            offset = position + 1
            stripped = row.lstrip()
            lead = len(row) - len(stripped)
            if stripped.startswith("|"):
                lead += 1
            cursor = offset + lead
            for index, cell in enumerate(row[lead:].split("|")):
                if index in columns:
                    match = _CELL_NAME_RE.match(cell)
                    if match is not None and _label_value(match.group("name"), names):
                        yield Hit(
                            cursor + match.start("name"),
                            cursor + match.end("name"),
                            RULE.id,
                            MESSAGE,
                        )
                cursor += len(cell) + 1
            position = end if end < len(text) else -1

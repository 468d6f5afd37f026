"""Institutions and streets in everyday, abbreviated, Welsh and odd-case forms; the generic
service names and a board's own address block that are not identifiers; register variants
(plural possessives, initials next to a person cue, a register entry declared as a
pseudonym). Every place here is invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.register import Register
from review_library.redaction.rules import named_institution, street_address


def spans(find, text: str) -> list[str]:
    return sorted({text[h.start : h.end] for h in find(text)})


INSTITUTIONS = [
    ("Child K started at Oakvale Primary in the September.", "Oakvale Primary"),
    ("Sibling 1 was at Westbrook Comp until Year 9.", "Westbrook Comp"),
    ("He was at Westbrook Comprehensive until Year 9.", "Westbrook Comprehensive"),
    ("A pupil at St Aidan's RC High, he was known to the pastoral lead.", "St Aidan"),
    ("Child K attended Ysgol Gynradd Bryn Tawel, where staff spoke Welsh.", "Ysgol Gynradd"),
    ("Mother gave birth at Ysbyty Glan Hafren and went home.", "Ysbyty Glan Hafren"),
    ("Child K was taken to the QRH, where a survey was done.", "QRH"),
    ("Adult D was moved to Larch Court care home after the admission.", "Larch Court care home"),
    ("Adult D lived at Glenmorrow for six years.", "Glenmorrow"),
    ("The bruise was first seen at Bluebells nursery on a Monday.", "Bluebells nursery"),
    ("The ward at St Ffraid's was full.", "St Ffraid's"),
    ("She was admitted to Ward 7 at Hartmoor General after the overdose.", "Hartmoor General"),
    ("The family was registered with Ashcombe Medical Practice.", "Ashcombe Medical Practice"),
    # Issue 12 forms that had got through.
    ("Adult D lived at Tŷ Celyn, a nursing home, until 2021.", "Tŷ Celyn"),  # apposition
    ("She spent a year in Lindenlea, a residential home near the coast.", "Lindenlea"),
    ("The care home, Sycamore View, had no manager that year.", "Sycamore View"),  # before
    ("After the fall she went back to Thornlea on a Sunday.", "Thornlea"),  # "back to"
    ("She had lived at Juniper House for three years.", "Juniper House"),  # building word
    ("He was taken by ambulance to the RGH, where he died.", "RGH"),
    ("The referral came from St Joseph's RC Primary that week.", "St Joseph's RC Primary"),
    ("The report came from Holy Cross RC Primary after the half term.", "Holy Cross RC Primary"),
    ("the nurse at wyndham primary school made the referral.", "wyndham primary school"),
    # A name before what a unit or clinic treats.
    ("She was seen at the Hollybank Memory Clinic that spring.", "Hollybank Memory Clinic"),
    ("He was on roll at the Oak Behaviour Support Unit.", "Oak Behaviour Support Unit"),
    ("He was moved to the Ashford Unit, then the Bolton Centre.", "Ashford Unit"),
    ("He was moved from the Kent Unit to the Kingfisher Unit.", "Kent Unit"),
    ("Contact took place at Canolfan Gyswllt Hafren on Saturdays.", "Canolfan Gyswllt Hafren"),
    ("He was moved from the Kent Unit to the Kingfisher Unit.", "Kingfisher Unit"),
    ("She joined the Hallam Guides and then the Northfield Rainbows.", "Hallam Guides"),
    # A unit of a university hospital, a centre on University Road, a school for a condition.
    ("He was in the Ash Unit at the University Hospital.", "Ash Unit"),
    ("She went to the Oakfield Centre, University Road, on Mondays.", "Oakfield Centre"),
    ("He attended the Hollybank Centre for Autism until he was 11.", "Hollybank Centre"),
    ("She joined the Hallam Guides and then the Northfield Rainbows.", "Northfield Rainbows"),
    ("He was moved to the Ashford Unit, then the Bolton Centre.", "Bolton Centre"),
    # The name in lower case is the words no list explains, not the verbs before it.
    ("He more likely started elmscar school in the autumn.", "elmscar school"),
    ("He went to Hallam FC on Saturdays, with Mr K's son.", "Hallam FC"),
    ("He was taken to the Trust's Hartmoor General on the Tuesday.", "Hartmoor General"),
    ("AMBULANCE CONVEYED HIM TO ASHGROVE GENERAL HOSPITAL.", "ASHGROVE GENERAL HOSPITAL"),
    ("She moved to Elmhurst Girls' School in Year 7.", "Elmhurst Girls' School"),
    ("She went to live at The Hollies, where she had a room.", "The Hollies"),  # "The" + plural
    ("the nursery (tiny tots) said he was often late.", "tiny tots"),  # name in brackets
    ("Adult D spent a week on Willow Unit after the fall.", "Willow Unit"),
    ("He was placed at Brookfield Alternative Provision Academy.", "Brookfield"),
    ("Child K went to ysgol bro hafren and the teacher saw it.", "ysgol bro hafren"),
    ("She attended Cylch Meithrin Pant Glas in the mornings.", "Cylch Meithrin Pant Glas"),
    ("He was on roll at Hillcrest Prim. until the move.", "Hillcrest Prim"),
    ("The registrar at the Western General saw the baby.", "Western General"),
    ("Child K was transferred to Alder Bank, where surgery was done.", "Alder Bank"),
    # Hospitals by everyday names after a move of care: initials after other verbs, a
    # nickname, a town and a hospital word.
    ("Adult M was discharged from the RVH to a nursing home.", "RVH"),
    ("Child K was transferred to the Sick Bairns, where a survey was done.", "Sick Bairns"),
    ("She was readmitted to the Royal Vic two days later.", "Royal Vic"),
    ("Child K was born at Craigmore Area and went home after two days.", "Craigmore Area"),
    ("She was admitted to Leeds General with sepsis.", "Leeds General"),
    ("He was seen at the Hartmoor Infirmary and discharged.", "Hartmoor Infirmary"),
    # Youth and sports clubs and projects, health campuses.
    ("He told a worker at Keystone Youth Project about the men.", "Keystone Youth Project"),
    ("He trained at Fellgate Boxing Club most evenings.", "Fellgate Boxing Club"),
    ("His GP was at the Marlbrook Health Village.", "Marlbrook Health Village"),
    # A home named by a plural word after staff, living or placement.
    ("Staff at Brackens said the call bell was out of reach.", "Brackens"),
    ("She lived at Willows for six years before the move.", "Willows"),
    # A GP practice by its partners, a care agency, hospital initials as a place.
    ("The family were registered at Dr Osei & Partners, a practice of four GPs.", "Dr Osei"),
    ("The agency, Primrose Homecare, missed four calls that week.", "Primrose Homecare"),
    ("Mother was admitted to Ward 21 at KGH after the overdose.", "KGH"),
    ("Ms A was a healthcare assistant at the RDCH and told a colleague.", "RDCH"),
    ("Baby M was born in the Larkmead Wing and went home on day two.", "Larkmead Wing"),
    ("He was referred to the Kestrel Project, a voluntary service for boys.", "Kestrel Project"),
    # Initials, clubs, nurseries, chapels, practices and agencies in everyday forms.
    ("The baby was transferred to RGW by the transport team.", "RGW"),
    ("She was seen at the BRI's emergency department twice.", "BRI"),
    ("Sibling 1 played for Pentre RFC's under-14s that season.", "Pentre RFC"),
    ("Her brother went to Little Oaks ELC in the mornings.", "Little Oaks ELC"),
    ("The family attended Drumaness Presbyterian most Sundays.", "Drumaness Presbyterian"),
    ("She was registered with the Southgate practice, which had moved.", "Southgate practice"),
    ("He moved into Next Step Lodgings, a supported lodgings scheme.", "Next Step Lodgings"),
    ("The carers were approved by New Horizons Fostering, an independent agency.", "New Horizons"),
    # A school's initials after the pupil's year; a saint's name in lower case as a place.
    ("He was in Year 9 at BGGS and had never been in trouble.", "BGGS"),
    ("Child K was in P4 at OLOG, and the school had raised attendance.", "OLOG"),
    ("She was on ward 4 at st brigid's for a week.", "st brigid's"),
    # Enrolment and registration cues before a bare name or initials.
    ("Sibling 1 was on roll at Carrowdale until the summer.", "Carrowdale"),
    ("The family had been registered with Fernbrook since the move.", "Fernbrook"),
    ("He was permanently excluded from Ashmoor in Year 10.", "Ashmoor"),
    ("Sibling 1 was on roll at TGHS but rarely attended.", "TGHS"),
    ("Her brother was a pupil at KEV and was well liked.", "KEV"),
    ("Her sister attended LPGS, where she did well.", "LPGS"),
    # "X @ Y" settings, church schools by denomination, refuges, hostels, youth units.
    ("Child K went to Little Owls @ Brackenside three days a week.", "Little Owls @ Brackenside"),
    ("Child K had a place at Busy Hands@Moorgate from the age of two.", "Busy Hands@Moorgate"),
    ("Both children attended Sacred Heart RC until Year 4.", "Sacred Heart RC"),
    ("Child K attended Fenwick C of E from reception.", "Fenwick C of E"),
    ("Mother and the baby stayed at the Lantern refuge for a month.", "Lantern refuge"),
    ("He slept at the Anchor hostel most nights.", "Anchor hostel"),
    ("He went to the Dockside youth club on Fridays.", "Dockside youth club"),
    ("Sibling 1 joined the Thornleigh Sea Cadets at twelve.", "Thornleigh Sea Cadets"),
    ("He was a cadet with 1432 Squadron and loved it.", "1432 Squadron"),
    ("He joined 1217 (Hartmoor) Squadron at thirteen.", "1217 (Hartmoor) Squadron"),
    ("Child K went to 2nd Fenwick Brownies on Tuesdays.", "2nd Fenwick Brownies"),
    ("The family worshipped at Fenwick Kingdom Hall.", "Fenwick Kingdom Hall"),
    ("She was admitted to the Royal Dyfed after the fall.", "Royal Dyfed"),
    # Irish and Gaelic kinds before the name; Northern Ireland initials; clubs and housing.
    ("She attended Scoil Bhríde until she was nine.", "Scoil Bhríde"),
    ("He went to Bun-sgoil Ghàidhlig Phort Rìgh.", "Bun-sgoil Ghàidhlig Phort Rìgh"),
    ("He moved up to Carnbrae HS in Year 8.", "Carnbrae HS"),
    ("She went to the Al-Noor Madrassa every evening.", "Al-Noor Madrassa"),
    ("He trained at Fenwick Judo Club twice a week.", "Fenwick Judo Club"),
    ("He played for Fenwick Wanderers under-12s.", "Fenwick Wanderers"),
    ("They were moved to the Lantern Refuge in another county.", "Lantern Refuge"),
    ("He had a room at the Fenwick Foyer for a year.", "Fenwick Foyer"),
    ("Child K went to Tiny Acorns Childcare on Mondays.", "Tiny Acorns Childcare"),
    ("He was a student at Fenwick UTC in Year 12.", "Fenwick UTC"),
    # Roles of a home or school before its bare name, abbreviations, inspections.
    ("The manager at Heatherbank said nights were covered by agency staff.", "Heatherbank"),
    ("The headteacher of Moorside wrote to Mother.", "Moorside"),
    ("Beechcroft's registered manager had left by then.", "Beechcroft"),
    ("Child K was on the register at Fenwick Pri from reception.", "Fenwick Pri"),
    ("The referral came from Kingsway Med Ctr.", "Kingsway Med Ctr"),
    ("she had been at westfold primary since nursery.", "westfold primary"),
    ("Mother was rushed to Jimmy's after the overdose.", "Jimmy's"),
    ("CQC inspected Fernlea twice and rated it inadequate.", "Fernlea"),
    ("Meadowcroft had been rated inadequate by Ofsted.", "Meadowcroft"),
    # Businesses by a kind in lower case, companies by their legal ending, "the Royal X"
    # near words of hospital care, everyday words in capitals, Gaelic articles in a name.
    ("She had a part-time job at the Golden Dragon takeaway.", "Golden Dragon takeaway"),
    ("Father worked nights at Harrison's bakery on the estate.", "Harrison's bakery"),
    ("Mrs F lived at Sunnymead Care Ltd's home on the coast.", "Sunnymead Care Ltd"),
    ("He was admitted to Ward 23 at the Royal Gwent.", "Royal Gwent"),
    ("Child Z was excluded from ORCHARD PARK ACADEMY in Year 8.", "ORCHARD PARK ACADEMY"),
    ("Child A went to sgoil an rubha before the family moved.", "sgoil an rubha"),
    ("He spent nights at the Hafod community centre.", "Hafod community centre"),
    ("She was treated at Morriston after the overdose.", "Morriston"),
    ("Mr T's placement at Brook House ended when the provider gave notice.", "Brook House"),
    ("He went to ST JOSEPH'S RC PRIMARY.", "ST JOSEPH'S"),
    # Under a label or a table column of settings; beside its kind; a compound name.
    ("School: Fernhill Junior\nGP: Dr Rahman, Canton Surgery", "Fernhill Junior"),
    ("- **Nursery:** Little Acorns (Riverside)", "Little Acorns"),
    ("| Setting | Dates |\n|---|---|\n| Brambles | 2019-2021 |", "Brambles"),
    ("The GP surgery, Parkview, had no record of the injury.", "Parkview"),
    ("She was detained at the Priory for a month.", "Priory"),
    ("He moved from oakwood primary to the high school in Year 7.", "oakwood primary"),
    # A place named by what a person went there for (issue 12, places7).
    ("Child K had an assessment at Hollin Brae in 2021.", "Hollin Brae"),
    ("Child K spent the day at Tillicum Corner before the incident.", "Tillicum Corner"),
    ("She had an appointment at Penhallow Fields on Monday.", "Penhallow Fields"),
]


@pytest.mark.parametrize(("text", "name"), INSTITUTIONS)
def test_institutions_are_found(text: str, name: str) -> None:
    assert any(name in s or s in name for s in spans(named_institution.find, text))


def test_a_lower_case_name_does_not_take_in_the_english_words_before_it() -> None:
    text = "He more likely started elmscar school in the autumn."
    assert spans(named_institution.find, text) == ["elmscar school"]


@pytest.mark.parametrize(
    "text",
    [
        "The GP practice, the local primary school and the Emergency Department each knew.",
        "The Multi-Agency Safeguarding Hub passed it to the Early Help Hub and the Children's Centre.",
        "A week on the Special Care Baby Unit, then a place at a Mother and Baby Unit.",
        "He moved to a Pupil Referral Unit and later to an independent special school.",
        "## Practice in the Emergency Department\n\nThe Practice Development Unit met.",
        "This Concise Child Practice Review was commissioned by the board.",
        "Most hospital and community services had policies.",
        "He moved to Leeds, where he was taken to the ED, where staff saw him.",
        "The Anna Freud Centre and the Lullaby Trust offered advice.",
        "He was discharged from the IRD in line with the protocol.",
        "Adult D lived at home, alone, until she moved to a residential home.",
        "Lucy, a care home worker, raised the alarm.",  # a person, not a home
        "the local primary school and a general hospital were both told.",
        "She moved back to Wales on a Friday, and lived in England before that.",
        "The school (see section 4) and the hospital (in another area) were told.",
        "She went to live at The Family Court's direction with her aunt.",
        "The Director General and the Attorney General wrote to the board.",
        "She was admitted to Intensive Care, then discharged from Social Care in March.",
        "Read the UK Safer Internet Centre's advice on online harms.",  # a national body
        "Staff saw inadequte home conditions and good practise in primary care.",  # typos
        "Detective Inspector, Public Protection Unit, and the Central East Basic Command Unit.",
        "A place at the Alternative Provision Academy was found in Year 10.",
        "Officers of the Neighbourhood Policing Team and the Tenancy Sustainment Team visited.",
        "The Walk-in Centre, the Out-of-Hours Centre and the Dental Practice each saw her once.",
        "He enjoyed the Forest School sessions run by the Children's Centre.",
        "College of Policing (2021) Authorised Professional Practice. Coventry: College of Policing.",
        "King's College London and the Royal College of Psychiatrists (2020) Perinatal services.",
        "Finally, the nursery's concern report was shared with the health visitor.",
        "The review met. Sadly, a residential home was not found in time.",
        "- However, the care home did not call the GP.",
        # Parts of a hospital, court or police station after a move of care.
        "He was taken to the Police Station and then to the Custody Suite.",
        "She was rushed to the Accident and Emergency department.",
        "He was conveyed to the Place of Safety and seen at the UCC.",
        "He was transferred to the Leaving Care Team, then to the Waiting Area.",
        "She was taken to the Crown Court and discharged to the Community Mental Health Team.",
        "He went to the Youth Club on Fridays and joined the Freedom Project.",
        "Panel: Detective Inspector, Public Protection Unit; Deputy Headteacher, a primary school.",
        "Staff at Headquarters said staffing at Weekends was short.",
        "She was moved from the East Wing to the Maternity Wing.",
        "She went to the Home Care service, then to the MASH and to the HMI at CAMHS.",
        "Guidance (Working Together to Improve School Attendance, 2024) was followed.",
        "The team used the Restorative practice model; a care agency and the council met.",
        "He was born to UKIP voters; the Methodist Church and the Baptist Union took part.",
        "He was in Year 9 at the PRU and in Year 10 at CAMHS, first at st the time.",
        # Enrolment cues before generic or public names and service initials.
        "He was on roll at the school and registered with a GP practice near the flat.",
        "Mother attended the ICPC and the MARAC, and was at the TAC in May.",
        "Father was registered with the DWP and attended the Job Centre weekly.",
        "He joined the Army Cadets at fourteen and the Sea Cadets later.",
        "The referral was sent to mash@example.org @ 10am by the duty worker.",
        "The panel thanked the Women's Aid refuge and the Youth Offending Team.",
        "Sibling 1 was excluded from school and later on roll at the PRU.",
        "She learned to swim at the Swimming Club; the Homework Club helped him.",
        "The family used a madrassa, a refuge and a Foyer for young people.",
        "The manager at the home and the headteacher of the school met.",
        "The brookfield primary care network was not involved; he was at very high risk.",
        "He was taken to Grandma's and then rushed to hospital.",
        "The school's headteacher and the home's registered manager gave evidence.",
        "Ofsted rated the service inadequate and the Council had been judged inadequate.",
        # A pseudonym made of initials is no club or unit; a service after a move of care is
        # no hospital; a misspelt English word before a kind in lower case is no name.
        "It was unclear. Whether Mr FC's father knew, or Sibling ABC, was not asked.",
        "He was taken to the Trust's Gateway service and referred to the Beacon team.",
        "On admission to the National Referral Mechanism, a first responder was named.",
        "He was convinced school was pointless; she had been covinced school was safe.",
        "He was episly school-averse and went to an emestically nursery place.",
        # Units and clinics named by what they treat or do.
        "He spent days in the Internal Exclusion Unit and then the Behaviour Support Unit.",
        "The Speech and Language Unit and the Hearing Impaired Unit had no places.",
        "She attended the Minor Injuries Unit and the Genito-Urinary Medicine Clinic.",
        "The Fracture Clinic and the Falls Clinic saw Adult D.",
        # Documents called guides, a school of a day of the week, a scheme of childcare.
        "The All Wales Practice Guides and the NICE Quick Guides were used.",
        "The Sunday School leader raised a concern; she applied for Tax-Free Childcare.",
        # Welsh service names of generic words, with their English gloss.
        "The Canolfan Gyswllt (Contact Centre) and the Uned Gofal Dwys were used.",
        # Police and council units named by the crime or need they deal with.
        "The Missing Persons Unit, the Fraud Unit and the Cyber Crime Unit were involved.",
        "The Gangs Unit, the Roads Policing Unit and the Counter Terrorism Unit attended.",
        "The Sex Offender Management Unit and the Rough Sleeping Unit shared records.",
        "He was processed at the Kent Intake Unit; the Forced Marriage Unit gave advice.",
        # Research centres and units, cited.
        "The Tizard Centre at the University of Kent and the Rees Centre, University of "
        "Oxford, evaluated it; the Brook Centre at Cardiff University did too.",
        "The Hadley Centre for Adoption and Foster Care Studies and the Dartington Social "
        "Research Unit were cited.",
        # A way of working named after an area's service.
        "The Leeds Relational Practice model and the Hartmoor Family Centre approach were used.",
        "She worked in the Leeds Relational Practice team.",
        "Father worked in a Chinese takeaway and later at the Tesco supermarket.",
        "Mother went to the Baptist church; the boys went to a Polish church on Sundays.",
        "Research in Practice Ltd and the Social Care Institute for Excellence wrote it.",
        "The Royal College of Nursing and the Royal Mail were not involved.",
        "CHILD STOPPED ATTENDING SCHOOL AND WAS SEEN AT THE LOCAL HIGH SCHOOL GATES.",
        "She was treated at Home by the crisis team and born at Christmas, treated at Cardiff.",
        "He lived on HIGH ST and his placement at Foster Care ended in March.",
        "School: None\nGP: Not registered\nSetting: Home\nPlacement: Foster Carers\nUnit: Public Protection Unit",
        "| School | Year group |\n|---|---|\n| Primary School | Year 5 |\n| Secondary School | Year 7 |",
        "| Agency | Setting |\n|---|---|\n| Education | Nursery |\n| Health | GP Practice |",
        "However, the school, the surgery and the academy trust agreed. Finally, the school acted.",
        "She had an appointment at Children's Services and an assessment at Early Help Hub.",
        "The scan at 20 Weeks was normal; the assessment at Stage 2 was late.",
        "She had sessions at Talking Therapies, a session at Women's Aid and a day at School.",
    ],
)
def test_service_names_are_not_institutions(text: str) -> None:
    assert spans(named_institution.find, text) == []


# Settings named by a head noun after a proper name, a prefix before one, or a kind word
# typed wrong (issue 12, seventh set): businesses, buildings, prisons, local teams.
SETTING_NAMES = [
    ("She collected her prescription from Greenway Pharmacy each day.", "Greenway Pharmacy"),
    ("He was referred on by Smilecare Dental after the check-up.", "Smilecare Dental"),
    ("The family spent six weeks at the Seaview B&B.", "Seaview B&B"),
    ("Mother used Trinity Food Bank every fortnight.", "Trinity Food Bank"),
    ("He was recruited outside Kutz Barbers by an older boy.", "Kutz Barbers"),
    ("He worked nights for Kellaway Logistics.", "Kellaway Logistics"),
    (
        "The rabbi of Oakhurst Hebrew Congregation spoke to the review.",
        "Oakhurst Hebrew Congregation",
    ),
    ("She was open to Northfields CAMHS for a year.", "Northfields CAMHS"),
    ("Greenhill Lodge did not report the fall.", "Greenhill Lodge"),
    ("Bramley Court's manager said the staffing was safe.", "Bramley Court"),
    ("The children were placed at Kittiwake House refuge.", "Kittiwake House"),
    ("Father was released from HMP Lowfield in March.", "HMP Lowfield"),
    ("He was remanded to HMYOI Castlemoor.", "HMYOI Castlemoor"),
    ("He served his sentence at HMP & YOI Ashdene and then moved.", "HMP & YOI Ashdene"),
    ("Records from hmp lowfield were requested.", "hmp lowfield"),
    ("Adult D was taken to Castlegate Hosptial by ambulance.", "Castlegate Hosptial"),
    ("Child K was a pupil at Elmsleigh Primay School.", "Elmsleigh Primay"),
    ("The ambulance crew took her to the Royal Ashbury.", "Royal Ashbury"),
    ("He moved from kingsmead school to the academy.", "kingsmead school"),
    ("He played for Millbrook United under-12s.", "Millbrook United"),
    ("Mother worked behind the bar at the Kings Arms.", "Kings Arms"),
    ("Father drank at the Bluebell Inn most nights.", "Bluebell Inn"),
    ("The family attended Capel Bethania on Sundays.", "Capel Bethania"),
    ("Child K stayed at Tŷ Hafan for respite.", "Tŷ Hafan"),
    ("Child K attended Naíonra Cois Abhann.", "Naíonra Cois Abhann"),
    ("Child K attended Oakfield JMI.", "Oakfield JMI"),
    ("Mother was seen at University Hospital Llandewi.", "University Hospital Llandewi"),
    ("The family were registered with Grove Medical Group.", "Grove Medical Group"),
    ("Adult D's carers came from Sunrise Care Services.", "Sunrise Care Services"),
    ("Child K went to Twinkle Tots three mornings a week.", "Twinkle Tots"),
    ("Sibling 1 trained at Titan Gym, where he met the older men.", "Titan Gym"),
    ("Father worked at Kellaway Foods on the industrial estate.", "Kellaway Foods"),
    ("The family were registered at Hillside surgery.", "Hillside surgery"),
    ("He attended Kingsmead academy, then left.", "Kingsmead academy"),
    ("Child K attended Oakfield (a primary school in the town).", "Oakfield"),
    ("Child K was collected from Little Oaks by Father.", "Little Oaks"),
    ("Child K was a pupil at Queen Mary's.", "Queen Mary's"),
    ("She started at penrhos school in the autumn.", "penrhos school"),
]


@pytest.mark.parametrize(("text", "name"), SETTING_NAMES)
def test_settings_named_by_their_head_noun_or_prefix_are_found(text: str, name: str) -> None:
    assert any(name in s or s in name for s in spans(named_institution.find, text))


@pytest.mark.parametrize(
    "text",
    [
        # Courts, common houses, chains, prisons named after their city, generic settings.
        "He was sentenced at Sheffield Crown Court and the Family Proceedings Court made an order.",
        "The Magistrates' Court and the Coroner's Court both sat that week.",
        "She was moved to a Safe House and later to the Halfway House run by the charity.",
        "The order went to Companies House; the Court of Protection was not asked.",
        "She collected her prescription from Lloyds Pharmacy and Boots Pharmacy.",
        "He was remanded at HMP Leeds under the Bail Act 1976.",
        "HM Prison and Probation Service and the HMPPS area team were told.",
        "Child K was open to Specialist CAMHS and then to Community CAMHS.",
        "Child K went to a cylch meithrin and then to the local ysgol gynradd, where staff spoke Welsh.",
        # Made-up or misspelt words before a kind in lower case (generated text, typos).
        "He more likely started beldeone school and was seen at the reschearres school gate.",
        "The record shows a revist surgery and a cregagereacy school visit.",
        "The Scool Nurse and the Hosptial team were told.",
        "The Coat of Arms was on the cover; they stayed at a Premier Inn and a Holiday Inn.",
        "He supported Glasgow Rangers and Leeds United before he moved to the United Kingdom.",
        "Adult Care Services, a Domiciliary Care Agency and the Care Services Directorate met.",
        "The Health Partnership Board and the Medical Group met; she went to PureGym.",
        "Mother was seen at University Hospital, the main site, by the Hospital Discharge Team.",
        "The Academy Headteacher and the Royal Academy of Engineering were cited.",
        "She moved to a Welsh school; he went to an English school, then a Polish school.",
        "She went to a Welsh-medium school, then a Muslim-run nursery and a council-run home.",
        "He attended a Gaelic-medium school, then Art college and Bible college.",
        "Child K was collected from Tesco by Father and from School by Mother.",
        "She moved to Queen Victoria's era of reform.",
    ],
)
def test_common_and_public_settings_are_not_named_settings(text: str) -> None:
    assert spans(named_institution.find, text) == []


STREETS = [
    ("Mother moved into flat 3, 27 hollins road, a flat above a shop.", "27 hollins road"),
    ("POLICE ATTENDED 42 MILLGATE STREET AT 23:10.", "42 MILLGATE STREET"),
    ("They stayed with their grandmother in Heol y Dderwen, near the school.", "Heol y Dderwen"),
    ("Father gave his address as 9 Pen-y-Graig, but nobody visited.", "9 Pen-y-Graig"),
    ("His bungalow at 6 Ffordd Werdd had been adapted.", "6 Ffordd Werdd"),
    ("Child K was seen playing on Stryd Wen late at night.", "Stryd Wen"),
    ("The top floor of Keats House, Shelley Way, had no alarm.", "Keats House, Shelley Way"),
    ("Police were called to a flat on Brunswick Terr. that night.", "Brunswick Terr"),
    ("She was seen on Northgate St. with the pram at midnight.", "Northgate St."),
    ("Her new address was 12 ffordd y goedwig, a rented house.", "12 ffordd y goedwig"),
    ("HE GAVE HIS ADDRESS AS 5 HEOL Y FELIN.", "5 HEOL Y FELIN"),
    ("A fight was reported on larkbury road at midnight.", "larkbury road"),
    ("They moved to flat 2, larkhill house, in the spring.", "flat 2, larkhill house"),
    # Everyday-noun street types without a number, after a preposition.
    ("The family lived on Tennison Way, near the school.", "Tennison Way"),
    ("The boys gathered at the shops on Hollyhock Parade after dark.", "Hollyhock Parade"),
]


@pytest.mark.parametrize(("text", "street"), STREETS)
def test_streets_are_found(text: str, street: str) -> None:
    assert street in spans(street_address.find, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Street Triage team and the Home Treatment Team assessed her.",
        "He marched in the Pride Parade, finished in Second Place, and went one way home.",
        "Recovery is a long road, and the Court of Appeal has said so.",
        "The hospital was a 3 hour drive and 2 long roads away.",
        "Appendix 2 Terms of Reference and Appendix 3 Glossary follow.",
        "The church of St Mary's and Westgate St Peter's school were nearby.",
        "She had lived in flat 3 for a year; the flat 2 court hearing was later.",
        "She lived on a busy main road, in a cul de sac off the ring road.",
    ],
)
def test_street_words_in_prose_are_not_addresses(text: str) -> None:
    assert spans(street_address.find, text) == []


def test_a_boards_address_block_is_public() -> None:
    body = (
        "# Review\n\nThe review is published by the board.\n\n"
        "Northvale Safeguarding Children Partnership\nCivic Centre\nMarket Street\n\n"
        "Northvale Regional Safeguarding Board, Business Unit, County Hall, Northvale.\n"
    )
    report = check_text(body, "r.md", config=RedactionConfig())
    assert [f for f in report.findings if f.rule in ("street-address", "named-institution")] == []
    # The same street in the story is still found.
    story = body + "\nThe family lived at 4 Market Street until the eviction.\n"
    report = check_text(story, "r.md", config=RedactionConfig())
    assert any(f.rule == "street-address" for f in report.findings)


def test_contact_lines_after_a_blank_line_are_part_of_the_block() -> None:
    block = (
        "## Contact\n\nNorthvale Safeguarding Adults Board\nBusiness Unit, Civic Offices\n"
        "Market Place\n\nTelephone: 0117 496 0123\nEmail: nsab@northvale.gov.uk\n"
    )
    body = "# Review\n\nThe review is published by the board.\n\n" + block
    report = check_text(body, "r.md", config=RedactionConfig())
    assert [f.rule for f in report.findings] == []
    # Without the board's line above them, the same lines are reported.
    loose = "# Review\n\nThe family were told.\n\nTelephone: 0117 496 0123\n"
    report = check_text(loose, "r.md", config=RedactionConfig())
    assert [f.rule for f in report.findings] == ["phone-number"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Lowrys' flat was cold.", "Lowrys"),
        ("Tegans mum said she was fine.", "Tegans"),
        ("The note says that TL said she was scared.", "TL"),
        ("Police recorded that T.L. disclosed the assault.", "T.L."),
    ],
)
def test_register_variants(text: str, found: str) -> None:
    register = Register.from_identifiers(["Tegan Lowry"])
    assert [text[s:e] for s, e in register.find(text)] == [found]


def test_register_initials_need_a_person_cue() -> None:
    register = Register.from_identifiers(["Tegan Lowry"])
    assert register.find("TL guidance was issued. The TL team met.") == []


def test_pseudonym_in_the_register_is_reported_where_declared() -> None:
    text = (
        "---\nid: a-2024-child-k\ntitle: x\nsubject: Child K\n"
        'pseudonyms: ["Child K", "Tegan"]\n---\n\nChild K was seen.\n'
    )
    report = check_text(
        text, "r.md", config=RedactionConfig(), register=Register.from_identifiers(["Tegan Lowry"])
    )
    assert [(f.rule, f.line) for f in report.findings] == [("identifier-register", 5)]

"""Write the labelled planted corpus (planted/*.md, labels.yml, register.yml).

Every value is fictional: invented names, postcodes of the right shape in areas that do not
exist ("NX", "ZT", "QX"), Ofcom drama phone numbers, example.* email domains, NHS numbers
and UPNs generated here with valid checksums. The files are committed; rerun this only to
change the corpus:

    python tests/redaction/corpus/make_corpus.py
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml
from stdnum.gb import nhs, upn

HERE = Path(__file__).parent
RANDOM = random.Random(20240314)


def nhs_numbers(count: int) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        digits = "".join(str(RANDOM.randint(0, 9)) for _ in range(10))
        if nhs.is_valid(digits):
            out.append(digits)
    return out


def upns(count: int) -> list[str]:
    out = []
    for _ in range(count):
        body = f"{RANDOM.choice([801, 802, 873, 916])}{RANDOM.randint(0, 9999):04d}{RANDOM.randint(10, 24)}{RANDOM.randint(0, 999):03d}"
        out.append(upn.calc_check_digit(body) + body)
    return out


NHS = nhs_numbers(12)
UPNS = upns(10)

# kind -> list of (text with the identifier in {}, identifier); the sentence is the context.
PLANTS: dict[str, list[str]] = {
    "person-name": [
        "Kayden Morris was seen by the health visitor at home.",
        "The school nurse spoke to Nevaeh Pritchard about her worries.",
        "Alfie was not brought to his appointment in the spring.",
        "Mrs Lorna Haskett, the maternal grandmother, raised concerns.",
        "Mr Okafor was present at the visit but left early.",
        "A baby named Hope was born prematurely.",
        "His mother, Kelly, told the GP that things were fine.",
        "Zoë Marchetti attended the child protection conference.",
        "The family friend, known as Dwayne, stayed most nights.",
        "Tyler Brennan's attendance fell sharply in the autumn term.",
        "Practitioners spoke to Jayden-Lee about his brother.",
        "Maisie told her teacher that she was hungry.",
        "Callum Fairweather was the mother's new partner.",
        "Shannon and the children moved to a refuge.",
        "Dr Aleksander Nowak examined the baby in the emergency department.",
        "The older sibling, Brandon, cared for the younger children.",
        "Grace Kowalczyk was the neighbour who called the police.",
        "Liam told the youth worker that he owed money.",
        "Her boyfriend Reece often answered the door.",
        "Chantelle missed the antenatal appointments.",
    ],
    "date-of-birth": [
        "Child Q was born on 14 March 2021 at the local hospital.",
        "The referral gave his DOB: 03/04/2019 and the school.",
        "Her date of birth, 2nd June 2018, was recorded wrongly.",
        "The baby (born 9 January 2020) was discharged home.",
        "The records gave a date of birth of 21 August and no year.",
        "He was born on 30th November 2016 in another area.",
        "Mother's date of birth 1998-07-12 appeared on the referral.",
        "The discharge letter, D.O.B. 17/10/2020, was sent to the GP.",
        "Sibling 1 was born on the 5th of May 2015.",
        "The chronology listed the child as born 28 February 2022.",
    ],
    "event-date": [
        "On 12 May 2022 the health visitor made an unannounced visit.",
        "The strategy discussion took place on 3rd November 2021.",
        "The GP saw the child on 05/11/2022 with a cough.",
        "A referral was made on 2022-09-14 by the school.",
        "The family moved on March 14, 2021 without telling anyone.",
        "The case was closed on 19 July 2022 with goals met.",
        "On Tuesday 8 February 2022 the police attended the home.",
        "The initial child protection conference was held on 1 Dec 2021.",
        "He was arrested on 23.06.2022 after the incident.",
        "The baby was admitted on 27th of October 2022.",
    ],
    "uk-postcode": [
        "The family lived at an address in NX1 4QT at the time.",
        "The refuge was in postcode ZT3 9LP, far from the school.",
        "Records gave the postcode QX12 1AB for the father.",
        "The new tenancy was at NX14 7QD from the summer.",
        "Letters were sent to ZT9 2WW but were returned.",
        "The grandmother's home (NX2 8RS) was overcrowded.",
        "A second address, QX7 5HJ, was never checked.",
        "The temporary accommodation in NX10 3PL was damp.",
        "The GP recorded NX4A 1BB as the current address.",
        "His probation address was ZT1 6XY.",
    ],
    "street-address": [
        "The family lived at 14 Acacia Avenue throughout the period.",
        "She moved to Flat 3, 22 Mill Lane in the spring.",
        "The father stayed at 7 Kestrel Close most nights.",
        "Neighbours on Thornfield Road heard shouting.",
        "The children played on the Brambles Estate after school.",
        "The house at 41b Wharfedale Terrace was overcrowded.",
        "Police were called to 2 Magpie Court in the early hours.",
        "The new tenancy was on Harebell Crescent.",
        "Letters went to 9 Sorrel Drive, an old address.",
        "The grandmother lived at 118 Linthorpe Street.",
    ],
    "phone-number": [
        "The mother's mobile, 07700 900123, was often switched off.",
        "The school rang 07700900456 several times.",
        "The father gave +44 7700 900789 as his number.",
        "The grandmother's landline is (01632) 960 111.",
        "The referral listed 01632 960222 as a contact.",
        "A neighbour called from 020 7946 0333.",
        "The number 0113 496 0444 was on the referral form.",
        "Her contact number +44 (0)20 7946 0555 was out of date.",
        "Texts came from 07700-900-666 late at night.",
        "The hospital rang the family on 0161 496 0777.",
    ],
    "email": [
        "The school emailed kayden.m@example.com about attendance.",
        "Mother used lorna.haskett@example.org to contact services.",
        "Messages came from zeb_h99@example.net at night.",
        "The GP wrote to tyler.b@example.co.uk in error.",
        "The father's address was dwayne.okafor@example.com.",
        "Forms were sent to shannon1990@example.org.uk.",
        "Contact was attempted at m.marchetti@example.net.",
        "The boyfriend used reece.x@example.com for the tenancy.",
        "Records held chantelle_b@example.org as the email.",
        "Emails to liam.fw@example.co.uk were not answered.",
    ],
    "nhs-number": [
        f"The baby's NHS number {NHS[0][:3]} {NHS[0][3:6]} {NHS[0][6:]} was on the letter.",
        f"Records listed {NHS[1]} for the child.",
        f"NHS no. {NHS[2][:3]}-{NHS[2][3:6]}-{NHS[2][6:]} appeared in the chronology.",
        f"The discharge summary quoted {NHS[3][:3]} {NHS[3][3:6]} {NHS[3][6:]}.",
        f"Mother's number ({NHS[4]}) was used for the baby by mistake.",
        f"The referral gave {NHS[5][:3]} {NHS[5][3:6]} {NHS[5][6:]} as the identifier.",
        f"A second record, {NHS[6]}, was never merged.",
        f"The GP record {NHS[7][:3]} {NHS[7][3:6]} {NHS[7][6:]} showed missed immunisations.",
        f"NHS number: {NHS[8]}.",
        f"The sibling's number {NHS[9][:3]} {NHS[9][3:6]} {NHS[9][6:]} was also listed.",
    ],
    "ni-number": [
        "The father's National Insurance number QQ 12 34 56 C was on the claim.",
        "Benefit records held AB123456D for the mother.",
        "His NI number, JT 98 76 54 A, was used by someone else.",
        "The tenancy form quoted NX 11 22 33 B.",
        "DWP matched the claim to PR 65 43 21 C.",
        "The grandmother's number CE112233A appeared too.",
        "A second claimant, WK 45 67 89 D, used the address.",
        "The form gave RT 10 20 30 B as his number.",
        "Her National Insurance number is MZ 99 88 77 A.",
        "HMRC wrote to YH 24 68 02 C about the claim.",
    ],
    "upn": [f"The school census listed the child as {u} in the autumn." for u in UPNS],
    "case-reference": [
        "The family court case ZW23C50012 concluded in the spring.",
        "The trial, indictment T20227001, was adjourned twice.",
        "Case no. 2022/0456 was opened by children's social care.",
        "Police recorded it as crime reference 14/123456/22.",
        "The police log 0456-0922 records the call.",
        "The children's social care case reference CS-004512 was closed.",
        "Court file NE22P00123 holds the care plan.",
        "The incident number 2207-1893 was given to the family.",
        "The local authority file ref. LA/2021/00871 was reopened.",
        "The claim number 8812-4471-02 was linked to the house.",
    ],
    "vehicle-registration": [
        "The father drove a silver car, registration AB12 CDE.",
        "Police stopped NX68 KTY outside the school.",
        "The van, reg F123 ABC, was seen at the house.",
        "A taxi, YK19 OPL, collected the children.",
        "The boyfriend's car LR21 WXN was parked outside.",
        "Neighbours noted BD70 HGF at night.",
        "The car (registration KM15 ZRT) was registered elsewhere.",
        "A motorbike, plate ABC 123D, was reported stolen.",
        "The vehicle PN63 TUV was used to move the family.",
        "CCTV showed GT17 LMB near the park.",
    ],
    "social-handle": [
        "He messaged her as @kayden_m on a social media app.",
        "Her account @tansy.b07 posted photographs of the flat.",
        'His Snapchat name "kayd3n" was known to the school.',
        "The profile instagram.com/marla.q.22 was public.",
        "Videos were posted at tiktok.com/@zebz_world.",
        "The older boy used the gamertag x_Shadow_99.",
        "Threats came from @reece2k7 late at night.",
        "Her username was lorna_h1984 on the forum.",
        "The page facebook.com/dwayne.okafor.77 was shared.",
        "Messages from @chan_tel_le continued for weeks.",
    ],
    "named-institution": [
        "Child Q attended Oakfield Academy until the summer.",
        "Sibling 1 was at St Bridget's Catholic Primary School.",
        "The baby was admitted to Rainbow Ward.",
        "The family was registered at Hollybush Surgery.",
        "A nurse at Parkview Medical Centre saw the mother.",
        "Sibling 2 went to Little Acorns Day Nursery.",
        "The child was transferred to Northmere General Hospital.",
        "The school, Kingsway High School, made the referral.",
        "The mother attended Brookside Children's Centre groups.",
        "The child moved to Elmtree Pupil Referral Unit.",
    ],
    "html-comment": [
        "The review met twice. <!-- note: confirm the school name -->",
        "<!-- TODO remove the grandmother's surname before publishing -->",
        "Findings follow. <!-- draft comment from the panel chair -->",
        "<!-- the mother asked that this section is changed -->",
        "<!-- check dates with police -->",
        "Key episodes are listed below. <!-- episode 3 moved -->",
        "<!-- version for the panel only -->",
        "The analysis section is next. <!-- add chronology -->",
        "<!-- reviewer: is this too detailed? -->",
        "Recommendations are at the top. <!-- agreed by board -->",
    ],
    "link-target": [
        "See the [chronology](files/kayden-morris-chronology.pdf) for details.",
        "![Photograph of the flat](img/TylerBrennan_flat.jpg)",
        "The [genogram](https://example.org/cases/nevaeh-pritchard/genogram.png) is attached.",
        "Read the [press report](https://news.example.com/2022/03/alfie-dunmore-inquest).",
        "[Letter](docs/letter_to_Maisie.docx) from the school.",
        "The [timeline][t] is in the appendix.\n\n[t]: appendix/callum-timeline.pdf",
        '<a href="files/shannon-statement.pdf">Statement</a> from the mother.',
        "The [photo](photos/Jayden%20visit.jpg) was taken by the social worker.",
        "![Chart](charts/chantelle_growth_chart.png)",
        "The [school report](reports/reece-year7.pdf) was shared.",
    ],
    "identifier-register": [
        "Zeb Harrow was the name used by the mother's partner.",
        "Zeb's behaviour at school changed in the spring.",
        "The partner, ZEB HARROW, refused to engage.",
        "The family friend Marla Quennell looked after the children.",
        "Letters to Marla\nQuennell were returned unopened.",
        "Ms Quen-\nnell later moved away.",
        "The flat on Blackthorn   Rise was damp.",
        "The child attended Little Owls Nursery.",
        "The nickname Tansy was used by the older children.",
        "Harrow's friends visited at weekends.",
        "The Harrow-Quennell household was known to police.",
        "Blackthorn Rise's residents complained about noise.",
    ],
}
REGISTER = ["Zeb Harrow", "Marla Quennell", "Blackthorn Rise", "Little Owls Nursery", "Tansy"]

FRONT = {
    "id": "planted-{n}",
    "review_type": "lcspr",
    "subject": "Child Q",
    "pseudonyms": ["Child Q", "Mother", "Mr B", "Sibling 1", "Sibling 2"],
    "partnership": "Testshire Safeguarding Children Partnership",
    "nation": "england",
    "region": "north-west",
    "published": "2024-03-14",
    "themes": ["neglect"],
    "author": "H. Ashdown",
    "status": "draft",
}
# How a plant is embedded in the body: each keeps the plant on one line except "broken".
WRAPPERS = [
    lambda s: [s],
    lambda s: [f"## {s.rstrip('.')}"],
    lambda s: ["| Date | Event |", "|---|---|", f"| spring | {s} |"],
    lambda s: [f"- {s}"],
    lambda s: [f"> {s}"],
    lambda s: [f"1. {s}"],
    lambda s: [f"Practitioners reflected on this. {s} It was not shared."],
    lambda s: [f"**{s}**"],
]


def plant_lines(sentence: str, wrapper_index: int) -> tuple[list[str], int]:
    """Lines for a plant and the index of the line holding the identifier's start."""
    if "\n" in sentence:
        # A reference-style link: the target (and its name) is on the last line.
        lines = sentence.split("\n")
        return lines, (len(lines) - 1 if lines[-1].startswith("[") else 0)
    lines = WRAPPERS[wrapper_index % len(WRAPPERS)](sentence)
    return lines, len(lines) - 1


def broken(sentence: str) -> list[str] | None:
    """Split a two-word name across a line break, as editors wrap text."""
    words = sentence.split(" ")
    for i in range(len(words) - 1):
        if words[i][:1].isupper() and words[i + 1][:1].isupper() and words[i].isalpha() and i > 0:
            return [" ".join(words[: i + 1]), " ".join(words[i + 1 :])]
    return None


def main() -> None:
    planted = HERE / "planted"
    planted.mkdir(exist_ok=True)
    for old in planted.glob("*.md"):
        old.unlink()
    labels: dict[str, list[dict]] = {}
    kinds = list(PLANTS)
    items = [(kind, i, s) for kind in kinds for i, s in enumerate(PLANTS[kind])]
    RANDOM.shuffle(items)
    per_file = 25
    for number in range(0, len(items), per_file):
        chunk = items[number : number + per_file]
        name = f"planted-{number // per_file + 1:02d}.md"
        meta = dict(FRONT)
        meta["id"] = f"planted-{number // per_file + 1:02d}"
        file_labels: list[dict] = []
        # The first two plants of each file go into the front matter (title and summary).
        front_plants = [
            p for p in chunk if "\n" not in p[2] and p[0] not in ("html-comment", "link-target")
        ][:2]
        meta["title"] = "Child Q: a fictional review"
        meta["summary"] = "A fictional summary. " + " ".join(p[2] for p in front_plants)
        meta["learning_points"] = ["Missed appointments are a risk signal for a baby."]
        text = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10_000)
        lines = ["---", *text.rstrip("\n").split("\n"), "---", ""]
        summary_line = next(i for i, line in enumerate(lines) if line.startswith("summary:")) + 1
        for kind, _, _ in front_plants:
            file_labels.append({"line": summary_line, "rule": kind, "where": "front matter"})
        lines += ["# A fictional review", "", "This report is invented for testing.", ""]
        for index, (kind, i, sentence) in enumerate(chunk):
            if (kind, i, sentence) in front_plants:
                continue
            split = broken(sentence) if kind == "person-name" and i % 4 == 0 else None
            if split:
                block, offset = split, 0
                where = "line break inside the name"
            else:
                block, offset = plant_lines(sentence, index + i)
                where = "body"
            file_labels.append({"line": len(lines) + offset + 1, "rule": kind, "where": where})
            lines += [*block, ""]
        (planted / name).write_text("\n".join(lines), encoding="utf-8")
        labels[f"planted/{name}"] = file_labels
    (HERE / "labels.yml").write_text(
        "# Expected (line, rule) of every planted identifier, written by make_corpus.py.\n"
        + yaml.safe_dump(labels, sort_keys=True, width=10_000),
        encoding="utf-8",
    )
    (HERE / "register.yml").write_text(
        "# Fictional identifier register for the planted corpus.\n"
        + yaml.safe_dump({"identifiers": REGISTER}, sort_keys=False),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()

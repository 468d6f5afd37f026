"""A deterministic generator of fictional safeguarding reviews in the real front matter schema.

For benchmarks and scale tests: `generate_corpus(1000, out_dir)` writes 1,000 review files that
validate against the schema and the example taxonomy and are written to pass the redaction
checks (pseudonyms only, no places, dates of birth or identifiers), without consulting the checks'
own lists: a finding of the checks on them is a false alarm, which the scale benchmark reports. Text is composed from sentence templates with
the vocabulary of real reports (agencies, practice, harm), so word counts, distinct terms and
compression behave like a real library. Events are dated by month and year only, in the years
before the review. Like a real library, the vocabulary keeps growing with its size: each review
brings a few words no earlier review used (see RARE_K). Same arguments, byte-identical files.

    python -m tests.benchmarks.corpus 1000 /tmp/corpus/reviews
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import random
import re
from functools import cache
from pathlib import Path

import yaml

from review_library.taxonomy import Taxonomy, load_taxonomy

ROOT = Path(__file__).resolve().parents[2]
TAXONOMY = ROOT / "site_src" / "taxonomy.yml"
# The bodies of the example reviews with pseudonyms and places replaced by SUBJECT, RELATIVE and
# PLACE: a word-bigram model of it gives report-like prose whose vocabulary and gzip ratio are
# close to real reports (templates alone compress 10:1 and would flatter every size measured).
TRAINING = Path(__file__).parent / "data" / "training.txt.gz"

# Open vocabulary. Reports keep meeting words no earlier report used (drugs, conditions,
# services, technical terms), so a library's distinct words grow with its size (Heaps' law);
# the bigram model alone stops near 4,000 words, which would flatter every full-text index.
# The first i reviews bring RARE_K * i ** RARE_BETA rare words between them (made-up words
# from a letter model of the training text, lower case so no check reads them as names), and
# each review reuses some earlier ones, the earliest most often. Distinct words in all: about
# 14,000 at 300 reviews, 27,000 at 1,000 and 49,000 at 3,000.
RARE_K = 240.0
RARE_BETA = 0.65
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip

# Fictional place stems (none is a real local authority); combined they give many partnerships.
PLACE_A = [
    "North", "South", "East", "West", "Upper", "Lower", "Glen", "Strath", "Aber", "Kings",
    "Queens", "Fair", "Green", "Stone", "River", "Oak", "Ash", "Elm", "Mill", "Brook",
    "Lake", "Hill", "Moor", "Marsh", "Red", "Black", "White", "High", "Long", "Broad",
]  # fmt: skip
PLACE_B = [
    "shire", "holme", "mere", "ford", "brae", "muir", "dale", "wick", "field", "bury",
    "ton", "stead", "haven", "worth", "combe", "ley", "thorpe", "by", "gate", "bridge",
]  # fmt: skip
BODIES = {
    "children": [
        "Safeguarding Children Partnership",
        "Local Safeguarding Children Board",
        "Child Protection Committee",
    ],
    "adults": [
        "Safeguarding Adults Board",
        "Adult Protection Committee",
        "Community Safety Partnership",
    ],
    "both": ["Safeguarding Partnership", "Safeguarding Board", "Public Protection Committee"],
}
SUBJECT_PREFIX = {"children": ["Child", "Baby", "Young Person"], "adults": ["Adult", "Mr", "Ms"]}
RELATIVES = ["Mother", "Father", "Grandmother", "Sibling 1", "Sibling 2", "Partner", "Carer 1"]
AUTHORS = ["H. Ashdown", "R. Pell", "J. Torrance", "M. Okafor", "S. Lindqvist", "A. Brereton"]

# Vocabulary of real reports; templates draw from these pools.
PRACTITIONERS = [
    "the health visitor", "the GP", "the school nurse", "the social worker", "the team manager",
    "the midwife", "the designated safeguarding lead", "the police officer", "the paediatrician",
    "the community psychiatric nurse", "the housing officer", "the early help worker",
    "the family support worker", "the probation officer", "the youth worker", "the IDVA",
    "the ward sister", "the care coordinator", "the practice nurse", "the named nurse",
    "the duty social worker", "the independent reviewing officer", "the class teacher",
    "the substance misuse worker", "the advocate", "the care home manager", "the paramedic",
]  # fmt: skip
AGENCY_NAMES = [
    "children's social care", "adult social care", "the police", "health visiting", "the school",
    "primary care", "the emergency department", "the ambulance service", "CAMHS", "housing",
    "probation", "the youth justice service", "early help", "midwifery", "the drug and alcohol service",
    "the domestic abuse service", "the mental health trust", "the nursery", "the MASH",
    "the local authority", "the hospital trust", "the voluntary sector", "the fire service",
]  # fmt: skip
ACTIONS = [
    "recorded", "shared", "escalated", "assessed", "reviewed", "discussed", "noted", "referred",
    "minimised", "questioned", "challenged", "explored", "missed", "overlooked", "documented",
    "followed up", "accepted", "triangulated", "considered", "reported", "screened out",
]  # fmt: skip
CONCERNS = [
    "missed appointments", "unexplained bruising", "poor home conditions", "faltering growth",
    "domestic abuse incidents", "parental alcohol use", "non-attendance at school",
    "self-harm", "episodes of going missing", "an unknown male in the home", "hoarding",
    "financial exploitation", "unsafe sleep arrangements", "coercive control", "weight loss",
    "deteriorating mental health", "a disclosure at school", "medication not collected",
    "rent arrears and eviction", "cannabis use", "an injury to the face", "head lice and dental decay",
    "threats of suicide", "a crying baby", "cuckooing of the flat", "refusal of care",
]  # fmt: skip
OUTCOMES = [
    "no further action", "a strategy discussion", "a child protection conference",
    "a referral to early help", "a section 42 enquiry", "a multi-agency meeting",
    "a letter to the parent", "a MARAC referral", "a capacity assessment", "a home visit",
    "a core group meeting", "a hospital admission", "closure of the case", "a welfare check",
]  # fmt: skip
FINDINGS = [
    "information was held in separate records and never brought together",
    "the voice of the child was not heard in the assessments",
    "professionals relied on what the parent reported rather than what they observed",
    "thresholds were applied to each incident on its own rather than to the history",
    "the risk posed by the adult male was never assessed",
    "there was no shared plan, and each agency believed another was leading",
    "disagreement between agencies was not escalated",
    "the impact of poverty and housing on the family was not understood",
    "assessments of mental capacity were not recorded at key decisions",
    "the pandemic reduced face-to-face contact at a critical time",
    "the transition between services left a gap that no one owned",
    "cultural and language needs were not explored with the family",
    "staff turnover meant that the history was lost at each handover",
    "supervision did not give practitioners space to reflect on the case",
]  # fmt: skip
TIMES = [
    "In the spring", "Over the following weeks", "During the summer", "Later that year",
    "In the autumn", "Shortly after the birth", "At the next contact", "Within a month",
    "Over the winter", "By the end of the period under review", "Two weeks later",
    "At the review meeting", "During the first lockdown", "After the move to temporary accommodation",
]  # fmt: skip
QUALIFIERS = [
    "understandably", "with hindsight", "in line with procedures at the time", "on its own",
    "without a clear rationale", "after some delay", "promptly", "in good faith",
    "despite repeated concerns", "as a single agency", "in isolation",
]  # fmt: skip
SECTIONS = [
    "Introduction and why this review was held", "Terms of reference", "Methodology",
    "Family involvement", "Background and lived experience", "Summary of events",
    "Analysis: information sharing", "Analysis: assessment of risk",
    "Analysis: professional curiosity", "Analysis: working together", "Good practice",
    "Findings", "Conclusion",
]  # fmt: skip
LP_STEMS = [
    "Practitioners should treat {concern} as information about the {who}'s daily life, not as an isolated event.",
    "When {finding}, the picture of risk stays incomplete; {agency} should make sure the history is brought together before a decision.",
    "{Practitioner} is often best placed to notice {concern}; that knowledge needs a route to {agency} that does not depend on one person.",
    "Decisions that end in {outcome} should record what was seen, not only what was reported, and say who will check again.",
    "The {who}'s experience should be the measure of any plan; a plan that closes because {finding} leaves the {who} unseen.",
    "Professional disagreement about {concern} should be escalated early, and escalation should be expected rather than avoided.",
    "Men and other adults in the household must be identified and assessed when there is {concern}.",
    "Repeated {concern} across agencies is a pattern; it should prompt {outcome} rather than a further letter.",
]  # fmt: skip
REC_STEMS = [
    "{Agency} should review its guidance on {concern} so that {outcome} is considered whenever {finding}.",
    "The partnership should deliver multi-agency training on {concern}, drawing on this review, for {practitioner_plain} and colleagues in {agency}.",
    "{Agency} and {agency} should agree a shared protocol for {concern}, with a named lead and an audit within twelve months.",
    "The board should seek assurance that {finding} no longer happens, through a multi-agency audit of cases involving {concern}.",
    "{Agency} should make sure that records of {concern} are visible to {practitioner_plain} at every contact.",
]  # fmt: skip
FAQ_STEMS = [
    (
        "Why did agencies not act sooner on {concern}?",
        "Each agency saw part of the picture. The review found that {finding}, and that {outcome} was considered {qualifier}. The recommendations aim to bring the history together earlier.",
    ),
    (
        "Does this review blame {practitioner_plain}?",
        "No. A learning review looks at how the system worked, not at individual fault. {Practitioner} acted {qualifier}, and the review describes the pressures that shaped those decisions.",
    ),
    (
        "What should I do if I see {concern}?",
        "Record what you see, talk to the {who} where it is safe to do so, and share it with {agency}. If you disagree with a decision, use the escalation procedure.",
    ),
    (
        "What has changed since this review?",
        "{Agency} has revised its guidance and the partnership has delivered training on {concern}. An audit will test whether {finding} still happens.",
    ),
]  # fmt: skip


def _places() -> list[str]:
    """Every combination of the place stems. Chosen without asking the checks' own lists
    (their gazetteer, their name data): a combination that is also a surname ("Ashton") and
    that a check flags is a false alarm of the checks, which the benchmark reports."""
    return [a + b for a in PLACE_A for b in PLACE_B]


@cache
def _bigrams() -> dict[str, list[str]]:
    """Next-word lists of the training text; "" starts a sentence."""
    text = gzip.decompress(TRAINING.read_bytes()).decode("utf-8")
    follows: dict[str, list[str]] = {}
    for line in text.splitlines():
        for sentence in re.split(r"(?<=[.;?!])\s+", line):
            words = sentence.split()
            for before, after in zip(["", *words], words, strict=False):
                follows.setdefault(before, []).append(after)
    return follows


@cache
def _letters() -> dict[str, list[str]]:
    """Next-letter lists (two letters of context) over the training text's words."""
    text = gzip.decompress(TRAINING.read_bytes()).decode("utf-8")
    follows: dict[str, list[str]] = {}
    for word in sorted(set(re.findall(r"\b[a-z]{4,}\b", text))):
        padded = f"^^{word}$"
        for a, b, c in zip(padded, padded[1:], padded[2:], strict=False):
            follows.setdefault(a + b, []).append(c)
    return follows


def _rare_total(reviews: int) -> int:
    """How many rare words the first ``reviews`` reviews bring between them."""
    return int(RARE_K * reviews**RARE_BETA)


@cache
def _rare_word(seed: int, k: int) -> str:
    """Rare word number k: an English-looking made-up word, the same for every corpus size."""
    rng = random.Random(f"{seed}:word:{k}")
    follows = _letters()
    while True:
        word = "^^"
        while len(word) < 16:
            letter = rng.choice(follows[word[-2:]])
            if letter == "$":
                break
            word += letter
        if 5 <= len(word) - 2 <= 13:
            return word[2:]


def _place_rare(rng: random.Random, paragraphs: list[str], words: list[str]) -> list[str]:
    """Put each word in place of a lower-case word inside a sentence of a random paragraph."""
    split = [p.split(" ") for p in paragraphs]
    for word in words:
        tokens = split[rng.randrange(len(split))]
        spots = [
            j
            for j in range(1, len(tokens))
            if re.fullmatch(r"[a-z]{4,}[,;]?", tokens[j]) and tokens[j - 1][-1] not in ".?!"
        ]
        if spots:
            j = rng.choice(spots)
            tokens[j] = word + tokens[j][-1] if tokens[j][-1] in ",;" else word
    return [" ".join(tokens) for tokens in split]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Writer:
    """Sentences and paragraphs for one review, from one seeded random source."""

    def __init__(
        self,
        rng: random.Random,
        subject: str,
        who: str,
        relatives: list[str],
        place: str,
        years: list[int],
    ):
        self.rng = rng
        self.place = place
        self.years = years
        self.subject = subject
        self.who = who
        self.relatives = relatives

    def slots(self) -> dict[str, str]:
        r = self.rng
        practitioner = r.choice(PRACTITIONERS)
        agency = r.choice(AGENCY_NAMES)
        return {
            "concern": r.choice(CONCERNS),
            "finding": r.choice(FINDINGS),
            "outcome": r.choice(OUTCOMES),
            "agency": r.choice(AGENCY_NAMES),
            "Agency": _cap(agency),
            "practitioner_plain": practitioner,
            "Practitioner": _cap(practitioner),
            "qualifier": r.choice(QUALIFIERS),
            "who": self.who,
        }

    def prose(self, limit: int = 40) -> str:
        """One sentence of report-like prose from the bigram model."""
        follows = _bigrams()
        words: list[str] = []
        word = ""
        while len(words) < limit:
            word = self.rng.choice(follows.get(word) or follows[""])
            words.append(word)
            if word[-1] in ".?!" and len(words) > 5:
                break
        text = " ".join(words).rstrip(",;:")
        text = text if text[-1] in ".?!" else text + "."
        text = text.replace("SUBJECT", self.subject).replace("PLACE", self.place)
        # The training text's years belong to other cases: use this review's years.
        text = re.sub(r"\b(?:19|20)\d\d\b", lambda _: str(self.rng.choice(self.years)), text)
        return re.sub(r"RELATIVE", lambda _: self.rng.choice(self.relatives[1:]), _cap(text))

    def sentence(self, prose_share: float = 0.6) -> str:
        r = self.rng
        if r.random() < prose_share:
            return self.prose()
        s = self.slots()
        relative = r.choice(self.relatives)
        forms = [
            f"{r.choice(TIMES)}, {s['practitioner_plain']} {r.choice(ACTIONS)} {s['concern']} and the case went to {s['outcome']}.",
            f"{_cap(s['practitioner_plain'])} {r.choice(ACTIONS)} concerns about {s['concern']} {s['qualifier']}.",
            f"{relative} told {s['practitioner_plain']} that things were better, and this was {r.choice(ACTIONS)} {s['qualifier']}.",
            f"The review found that {s['finding']}.",
            f"{self.subject} was seen by {s['practitioner_plain']} {r.randint(2, 14)} times in the period, but {s['concern']} {'were' if s['concern'].endswith('s') else 'was'} not {r.choice(ACTIONS)}.",
            f"{_cap(s['agency'])} {r.choice(ACTIONS)} the referral and decided on {s['outcome']}.",
            f"Practitioners told the review that {s['finding']}, and that workloads made it hard to do otherwise.",
            f"{r.choice(TIMES)}, {s['agency']} received information about {s['concern']} that was not shared with {r.choice(AGENCY_NAMES)}.",
            f"There is evidence of good practice: {s['practitioner_plain']} {r.choice(ACTIONS)} {s['concern']} and sought advice from {r.choice(PRACTITIONERS)}.",
            f"What was it like to be {self.subject} at this time? The records say little about {s['concern']} from {self.who}'s point of view.",
            f"In {r.choice(MONTHS)} {r.choice(self.years)}, {s['practitioner_plain']} {r.choice(ACTIONS)} {s['concern']}, and {s['agency']} {r.choice(ACTIONS)} it {s['qualifier']}.",
            f"By {r.choice(MONTHS)} {r.choice(self.years)} there had been {r.randint(2, 9)} contacts about {s['concern']}, and none led to {s['outcome']}.",
        ]
        return r.choice(forms)

    def paragraph(self) -> str:
        # A template sentence first: the redaction checks read a heading and the first words of
        # the next paragraph together ("Methodology" + "Nursery staff" looks like a nursery's name).
        opening = self.sentence(prose_share=0.0)
        return " ".join([opening, *(self.sentence() for _ in range(self.rng.randint(2, 6)))])

    def fill(self, template: str) -> str:
        text = template.format(**self.slots())
        return f"{text} {self.prose(30)}" if self.rng.random() < 0.5 else text


def _review(
    index: int, rng: random.Random, taxonomy: Taxonomy, words: int, seed: int = 0
) -> tuple[str, dict, str]:
    """One review: (file stem, front matter, body)."""
    nation = rng.choice(list(taxonomy.nations))
    types = [t for t in taxonomy.review_types.values() if not t.nations or nation in t.nations]
    kind = rng.choice(types)
    scope = kind.scope if kind.scope != "both" else rng.choice(["children", "adults"])
    bands = [b for b in taxonomy.age_bands.values() if b.scope in (scope, "both")]
    themes_pool = [t.key for t in taxonomy.themes.values() if t.scope in (scope, "both")]
    regions = list(taxonomy.nations[nation].regions)
    letter = chr(ord("A") + index % 26) + (
        chr(ord("A") + (index // 26) % 26) if index >= 26 else ""
    )
    subject = f"{rng.choice(SUBJECT_PREFIX[scope])} {letter}"
    who = "child" if scope == "children" else "adult"
    relatives = rng.sample(RELATIVES, 3)
    place = rng.choice(_places())
    year = rng.randint(2012, 2025)
    published = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    slug = place.lower()
    review_id = f"{slug}-{year}-{subject.lower().replace(' ', '-')}-{index:05d}"
    incident_year = year - rng.randint(1, 3)
    years = list(range(incident_year - 2, incident_year + 1))
    writer = _Writer(rng, subject, who, [subject, *relatives], place, years)
    themes = rng.sample(themes_pool, rng.randint(2, 6))
    agencies = rng.sample(list(taxonomy.agencies), rng.randint(2, 7))
    meta = {
        "id": review_id,
        "title": f"{subject}: {taxonomy.themes[themes[0]].label.lower()} and {writer.slots()['concern']}",
        "review_type": kind.key,
        "subject": subject,
        "pseudonyms": [subject, *relatives],
        "partnership": f"{place} {rng.choice(BODIES[kind.scope])}",
        "nation": nation,
        "region": rng.choice(regions) if regions else None,
        "published": published,
        "incident_year": incident_year,
        "age_band": rng.choice(bands).key,
        "themes": themes,
        "agencies": agencies,
        "author": rng.choice(AUTHORS),
        "summary": " ".join(writer.sentence() for _ in range(rng.randint(3, 6))),
        "learning_points": [writer.fill(rng.choice(LP_STEMS)) for _ in range(rng.randint(4, 7))],
        "recommendations": [
            {
                "id": f"R{n}",
                "text": writer.fill(rng.choice(REC_STEMS)),
                "agencies": rng.sample(agencies, min(len(agencies), rng.randint(1, 2))),
                "status": rng.choice(list(taxonomy.recommendation_statuses)),
                "updated": published + dt.timedelta(days=rng.randint(30, 400)),
            }
            for n in range(1, rng.randint(3, 7) + 1)
        ],
        "faq": [
            {"q": writer.fill(q), "a": writer.fill(a)}
            for q, a in rng.sample(FAQ_STEMS, rng.randint(0, 4))
        ],
        "status": "published",
    }
    meta = {k: v for k, v in meta.items() if v is not None}
    sections: list[tuple[str, list[str]]] = []
    count = 0
    while count < words:
        section = len(sections)
        heading = SECTIONS[section % len(SECTIONS)]
        if section >= len(SECTIONS):
            heading = f"{heading} ({section // len(SECTIONS) + 1})"
        paragraphs = [writer.paragraph() for _ in range(rng.randint(3, 6))]
        count += sum(len(text.split()) for text in paragraphs)
        sections.append((heading, paragraphs))
    # This review's new rare words (a few used twice or three times) and earlier ones.
    first, last = _rare_total(index), _rare_total(index + 1)
    rare = [
        _rare_word(seed, k) for k in range(first, last) for _ in range(rng.choice((1, 1, 2, 3)))
    ]
    if first:
        rare += [
            _rare_word(seed, int(first * rng.random() ** 3)) for _ in range(rng.randint(30, 90))
        ]
    flat = _place_rare(rng, [p for _, paragraphs in sections for p in paragraphs], rare)
    body: list[str] = []
    for heading, paragraphs in sections:
        body.append(f"## {heading}\n")
        body.extend(text + "\n" for text in flat[: len(paragraphs)])
        flat = flat[len(paragraphs) :]
    return review_id, meta, "\n".join(body)


def generate_corpus(
    n: int, out_dir: Path, seed: int = 0, words: int = 4000, attachments: int = 0
) -> list[Path]:
    """Write n fictional published reviews (bodies of about ``words`` words) into out_dir,
    each with ``attachments`` linked files (alternately an SVG chart and a PNG picture)
    in ``<id>/``.

    Deterministic: the same n, seed and words give byte-identical files. Returns the paths,
    sorted. Review i is the same whatever n is, so a 3,000 corpus contains the 1,000 one.
    """
    taxonomy = load_taxonomy(TAXONOMY)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        rng = random.Random(f"{seed}:{index}")
        review_id, meta, body = _review(index, rng, taxonomy, words, seed)
        front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100)
        if attachments:
            body += (
                "\n## Charts\n\n"
                + "\n\n".join(
                    write_attachments(out_dir / review_id, review_id, meta, attachments, rng)
                )
                + "\n"
            )
        path = out_dir / f"{review_id}.md"
        path.write_text(f"---\n{front}---\n\n{body}", encoding="utf-8")
        paths.append(path)
    return sorted(paths)


def write_attachments(
    folder: Path, review_id: str, meta: dict, count: int, rng: random.Random
) -> list[str]:
    """``count`` attachments for a review (an SVG chart of contacts by month with text
    labels, title and ids; a PNG picture with a harmless text chunk, stripped when
    published); returns the Markdown that links each."""
    import io

    from PIL import Image, PngImagePlugin

    folder.mkdir(parents=True, exist_ok=True)
    # Full month names: the name rule reads "Jan" and "Jun" alone as first names.
    months = ["January", "February", "March", "April", "May", "June"]
    links = []
    for number in range(count):
        if number % 2 == 0:
            name = f"contacts-{number + 1}.svg"
            bars = "".join(
                f'<rect id="bar-{m.lower()}" x="{10 + i * 30}" y="{80 - h}" width="20" '
                f'height="{h}"/><text x="{10 + i * 30}" y="95">{m}</text>'
                for i, m in enumerate(months)
                for h in [rng.randint(5, 70)]
            )
            (folder / name).write_text(
                '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
                f"<title>Agency contacts with {meta['subject']} by month</title>"
                "<desc>Contacts recorded by each agency in the months before the review.</desc>"
                f"{bars}</svg>\n",
                encoding="utf-8",
            )
            links.append(f"![Agency contacts by month]({review_id}/{name})")
        else:
            name = f"timeline-{number + 1}.png"
            info = PngImagePlugin.PngInfo()
            info.add_text("Software", "chart tool")
            image = Image.new("RGB", (120, 80), (240, 240, 240))
            image.putdata([(rng.randint(0, 255), 90, 140)] * (120 * 80))
            out = io.BytesIO()
            image.save(out, "PNG", pnginfo=info)
            (folder / name).write_bytes(out.getvalue())
            links.append(f"![Timeline of agency contact]({review_id}/{name})")
    return links


WORD_RE = re.compile(r"[a-z0-9][a-z0-9'-]*")


def corpus_stats(paths: list[Path]) -> dict:
    """Words and distinct words (lower case) of the report bodies: how the vocabulary grows."""
    vocabulary: set[str] = set()
    total = 0
    for path in paths:
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        words = WORD_RE.findall(body.lower())
        total += len(words)
        vocabulary.update(words)
    return {"reviews": len(paths), "body_words": total, "distinct_body_words": len(vocabulary)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--words", type=int, default=4000)
    args = parser.parse_args()
    paths = generate_corpus(args.n, args.out_dir, args.seed, args.words)
    stats = corpus_stats(paths)
    print(
        f"{len(paths)} reviews in {args.out_dir}: {stats['body_words']:,} words in the bodies, "
        f"{stats['distinct_body_words']:,} distinct"
    )


if __name__ == "__main__":
    main()

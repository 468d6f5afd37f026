"""Rule ``named-institution``: named schools, nurseries, GP surgeries, hospitals and wards.

"St Mary's C of E Primary School", "Oakfield Academy", "Rainbow Ward" and "Northshire
General Hospital" are reported; generic phrases ("the Primary School", "the Children's
Ward", "Special Care Baby Unit") are not, because no word in them names a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import (
    CAP_WORD,
    fold,
    keyword_windows,
    strip_possessive,
    word_set,
)

MESSAGE = (
    "a named school, nursery, surgery, hospital or ward locates the family; "
    "use the type only ('the primary school', 'the GP practice')"
)

_KIND = (
    r"(?:(?:Primary|Secondary|Infant|Infants['’]?|Junior|High|Grammar|Special|Free|Community|"
    r"Church|C of E|CofE|CE|RC|Catholic|Methodist|Independent|Prep|Preparatory|Day|Nursery|"
    r"Medical|Health|Family|Children['’]?s|Care|Nursing|Pupil Referral|Sixth Form|Teaching|"
    r"General|District|University|Community)\s+)*"
    r"(?:School|Academy|College|Nursery|Pre-?[Ss]chool|Playgroup|Kindergarten|Montessori|"
    r"Centre|Center|Surgery|Practice|Hospital|Infirmary|Clinic|Ward|Care Home|Nursing Home|"
    r"Hospice|Unit)(?![\w-])"
)
# Spaces, or one line break: a name may wrap onto the next line, but never runs across a
# blank line into the next paragraph ("## Methodology" + "Nursery staff ..." is no nursery).
_SP = r"(?:[ \t]+|[ \t]*\n(?![ \t]*\n)[ \t]*)"
_NAME = (
    rf"(?:(?:St\.?|Saint|The){_SP})?{CAP_WORD}"
    rf"(?:{_SP}(?:(?:and|&|of|the|on|upon|in|de|la){_SP})?(?:{CAP_WORD}|St\.?))*?"
)
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
    """
)


# The institution words alone: cheap to find, and every named institution contains one.
TRIGGER_RE = re.compile(
    r"(?:School|Academy|College|Nursery|Pre-?[Ss]chool|Playgroup|Kindergarten|Montessori|"
    r"Centre|Center|Surgery|Practice|Hospital|Infirmary|Clinic|Ward|Home|Hospice|Unit)(?![\w-])"
)


def find(text: str) -> Iterator[Hit]:
    windows = keyword_windows(text, TRIGGER_RE, 160, 2)
    for match, delta in windows.finditer(INSTITUTION_RE):
        words = re.findall(CAP_WORD, match.group("name"))
        distinctive = [
            w
            for w in words
            if len(strip_possessive(w)) >= 2 and fold(strip_possessive(w)) not in GENERIC
        ]
        if not distinctive:
            continue
        # Start the span at the first distinctive word ("In Oakfield School" -> "Oakfield School").
        offset = match.group("name").find(distinctive[0])
        start = match.start("name") + max(offset, 0) + delta
        prefix = text[match.start("name") + delta : start]
        if re.search(r"(?:St\.?|Saint)\s+$", prefix):
            start = match.start("name") + delta + prefix.rfind("S")
        end = match.end("kind") + delta
        line_start = text.rfind("\n", 0, start) + 1
        if "\n" in text[start:end] and text[line_start:start].lstrip().startswith("#"):
            continue  # a Markdown heading ends at its line; the next line is another block
        yield Hit(start, end, RULE.id, MESSAGE)


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

"""Helpers for streets named for something other than where a family lives (no rule).

A street's name stands for the body or the programme that bears it: the government
("Downing Street announced ..."), a soap ("Coronation Street ran a storyline ..."), a
national hospital cited as the source of guidance ("guidance from Great Ormond Street
Hospital"). Read by what follows the name and what stands before it, never by a list.
"""

from __future__ import annotations

import re

# The street words a body's or a programme's name is built on ("Great Ormond Street
# Hospital", "Coronation Street"): the person-name and institution rules both ask for them.
STREET_WORD = r"(?:Street|Road|Lane|Avenue|Square|Row|Place|Terrace)"

# A street that speaks, publishes or broadcasts, or has staff and viewers, is a body or a
# programme: "Downing Street announced", "a Downing Street spokesperson", "Coronation Street
# ran a storyline", "Coronation Street's viewers", "Downing Street's decision", "the Downing
# Street press office". A family's street is lived in.
SPEAKS_AFTER_RE = re.compile(
    r"(?:['’]s)?[ \t]+(?:(?:has|had|have|was|is)[ \t]+)?(?:announced|announces|said|says|stated|"
    r"confirmed|denied|briefed|published|issued|promised|pledged|launched|unveiled|ordered|"
    r"commissioned|responded|insisted|declared|aired|airs|broadcast|screened|portrayed|"
    r"portrays|depicted|dramatised|dramatized|tackled|ran[ \t]+(?:(?:a|an|the)[ \t]+)?(?:\w+[ \t]+)?"
    r"(?:storylines?|story|stories|episodes?|plots?)|spokes(?:man|woman|person|people)|sources?|officials?|"
    r"storylines?|plots?|episodes?|viewers?|actors?|actresses|characters?|cast|scriptwriters?|"
    r"writers?|soap|decisions?|press(?:[ \t]+(?:office|officers?|conference|release))?|"
    r"statements?|announcements?|briefings?|advis[eo]rs?|aides?|polic(?:y|ies)|u-turn|insiders?)\b"
)
# A street name leading a capitalised institution's name: "Great Ormond Street Hospital",
# "the Harley Street Clinic", "the Great Ormond Street Institute of Child Health". The
# institution rule reads the whole name; the street alone is no address.
INSTITUTION_AFTER_RE = re.compile(
    r"[ \t]+(?:Hospital|Hospitals|Institute|Clinic|Surgery|Practice|Medical[ \t]+Centre|"
    r"Health[ \t]+Centre|Children['’]s[ \t]+Charity|Charity|Trust|Foundation|Station|"
    r"Library|Museum|Theatre|Gallery|College|School|Academy|Church|Mosque|Chapel|"
    r"Mission|Centre|Center)\b"
)
# A body cited as the source of guidance or research: "guidance from <X>", "published by
# <X>", "according to <X>", "<X> guidance", "<X> (2019)".
SOURCE_BEFORE_RE = re.compile(
    r"(?i:\b(?:(?:guidance|advice|research|protocols?|policy|policies|leaflets?|resources?|"
    r"information|materials?|toolkits?|training|guidelines?|recommendations?)[ \t]+"
    r"(?:(?:published|produced|developed|written|issued)[ \t]+)?(?:from|by|of)|"
    r"(?:published|produced|developed|written|issued|commissioned)[ \t]+by|according[ \t]+to|"
    r"cited|citing|drew[ \t]+on|draws[ \t]+on|referred[ \t]+to)[ \t]+(?:the[ \t]+)?)\Z"
)
SOURCE_AFTER_RE = re.compile(
    r"(?:['’]s?)?[ \t]+(?:\((?:19|20)\d{2}[a-z]?\)|(?i:guidance|guidelines|protocol|research|"
    r"leaflet|advice|toolkit|published|recommends|recommended|advises|advised|"
    r"found|reported)\b)"
)


def speaks(text: str, end: int) -> bool:
    """Whether the street name ending at ``end`` is followed by what a body or a programme
    does (announce, broadcast) or has (spokespeople, viewers)."""
    return SPEAKS_AFTER_RE.match(text, end) is not None


def leads_institution(text: str, end: int) -> bool:
    """Whether the street name ending at ``end`` begins an institution's capitalised name."""
    return INSTITUTION_AFTER_RE.match(text, end) is not None


def cited_source(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is cited as the source of guidance or research."""
    return bool(
        SOURCE_BEFORE_RE.search(text, max(0, start - 60), start) or SOURCE_AFTER_RE.match(text, end)
    )


# A government department's street, as the department's seat: "meetings with the Home Office
# took place in Marsham Street" (no house number, a national department in the sentence, and
# nobody living there).
GOVERNMENT_RE = re.compile(
    r"\b(?:(?:Home|Cabinet|Foreign|Scotland|Wales|Northern[ \t]+Ireland)[ \t]+Office|"
    r"(?:HM[ \t]+)?Treasury|Department[ \t]+(?:for|of)[ \t]+[A-Z]|Ministry[ \t]+of[ \t]+[A-Z]|"
    r"Whitehall|Parliament|Welsh[ \t]+Government|Scottish[ \t]+Government|"
    r"(?:UK|HM|national)[ \t]+[Gg]overnment)"
)
DWELLING_RE = re.compile(
    r"\b(?:Child|Adult|Baby|Sibling|Young[ \t]+Person|Mother|Father|Mr|Mrs|Ms|Miss)\b|"
    r"(?i:\b(?:he|she|they|him|her|them|family|mum|dad|lived|lives|living|live|home|address|flat|house|moved|stayed|staying|resid\w*|"
    r"tenan\w*|neighbours?|visited|born)\b)"
)
_STOP = re.compile(r"[.!?\n]")


def seat_of_government(text: str, start: int, end: int) -> bool:
    """Whether the street name at ``text[start:end]`` stands where a national department
    sits, in a sentence that names the department and no person or dwelling."""
    if (
        "Office" not in text
        and "Department" not in text
        and "Ministry" not in text
        and ("overnment" not in text and "Treasury" not in text and "Whitehall" not in text)
    ):
        return False
    before = max((m.end() for m in _STOP.finditer(text, max(0, start - 200), start)), default=0)
    after = _STOP.search(text, end)
    sentence = text[before : after.start() if after else len(text)]
    # (the "Home" of "Home Office" is no home)
    bare = GOVERNMENT_RE.sub(" ", sentence)
    return bare != sentence and DWELLING_RE.search(bare) is None

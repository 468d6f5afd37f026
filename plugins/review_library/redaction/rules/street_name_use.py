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

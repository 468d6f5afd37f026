"""Rule ``uk-postcode``: full UK postcodes, with or without the space."""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import digit_windows, token_set

# UK postcode areas, used only to accept postcodes typed in lower case ("nx1 4qt" is too
# close to ordinary text to accept without it). Upper-case postcodes need no known area, so
# fictional test postcodes of the right shape are caught too.
POSTCODE_AREAS = token_set(
    """AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN
    DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L
    LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA
    SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS
    WV YO ZE"""
)

POSTCODE_RE = re.compile(
    r"(?<![\w-])((?:[A-Za-z]{1,2}\d[A-Za-z\d]?|GIR))[ \t\u00a0]?(\d[A-Za-z]{2})(?![\w-])"
)


def find(text: str) -> Iterator[Hit]:
    for match, delta in digit_windows(text).finditer(POSTCODE_RE):
        whole = match.group(0)
        if whole.isupper():
            yield RULE.hit(match.start() + delta, match.end() + delta)
        elif whole.islower() and " " in whole:
            area = re.match(r"[A-Za-z]+", match.group(1))
            if area and area.group(0).upper() in POSTCODE_AREAS:
                yield RULE.hit(match.start() + delta, match.end() + delta)


RULE = Rule(
    id="uk-postcode",
    severity="error",
    message="a UK postcode locates a home; remove it (name the area at most, e.g. 'the north of the county')",
    summary="A UK postcode",
    fix="Remove it; describe the area at most ('a town in the north of the county').",
    docs="full postcodes, with or without the space (in lower case only with a real postcode area)",
    rank=70,
    find=find,
    output_scan=True,
)

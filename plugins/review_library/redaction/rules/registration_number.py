"""Rule ``registration-number``: a professional's or a family's organisation's register number.

A registered professional is named by their number on a regulator's public register: an NMC
PIN ("03D2817E": two digits, a letter, four digits, a letter), an HCPC number (a profession's
code and digits, "PA41872", "PYL21309"), a Social Work England number ("SW84213"), and the
plain numbers of the GMC, GPhC, GDC, GOC, GOsC, NISCC, SSSC and Social Care Wales after the
regulator's name. A company or a charity is named by its Companies House or charity number;
that identifies the family when the business or the small body is theirs (a national charity's
or the partnership's own number, cited as a source, does not).

Each shape is read only with the words that name a register around it (a regulator, "PIN",
"registration", "reg.", "number", "registered"), so other codes of the same shape pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import number_windows

# Regulators of health and care professions across the UK, by acronym and by name.
REGULATOR = (
    r"(?:NMC|HCPC|HPC|GMC|GPhC|GDC|GOC|GOsC|GCC|NISCC|SSSC|SWE|PSNI|"
    r"(?i:social[ \t]+work[ \t]+england|social[ \t]+care[ \t]+wales|care[ \t]+council[ \t]+for"
    r"[ \t]+wales|nursing[ \t]+and[ \t]+midwifery[ \t]+council|health[ \t]+and[ \t]+care[ \t]+"
    r"professions[ \t]+council|general[ \t]+(?:medical|pharmaceutical|dental|optical|osteopathic|"
    r"chiropractic)[ \t]+council|(?:northern[ \t]+ireland|scottish)[ \t]+social[ \t]+(?:care|"
    r"services?)[ \t]+council))"
)
# Words that name a number on a register.
LABEL = r"(?i:registration|registered|registrant|reg\.?|pin|number|no\.?|id)"
# Words that put a register in the clause: a regulator, a label, a registered profession.
CUE_BEFORE = re.compile(
    rf"(?:\b{REGULATOR}|\b{LABEL}|\b(?i:nurse|midwife|health[ \t]+visitor|paramedic|"
    r"therapist|social[ \t]+worker|physiotherapist|psychologist|pharmacist|dentist|optician|"
    r"optometrist|radiographer|dietitian|podiatrist|practitioner))\b[^;!?\n\x00]{0,60}$"
)
CUE_AFTER = re.compile(rf"^[^.;!?\n\x00]{{0,40}}?\b(?:{REGULATOR}|(?i:pin|registration))\b")
_L = r"(?<![\w\-/.])"
_R = r"(?![\w\-/]|\.\d)"
# Shapes of professionals' numbers: an NMC PIN; an HCPC profession code (or Social Work
# England's "SW") and up to six digits; a GOC number ("01-12345", "D-12345").
SHAPED_RE = re.compile(
    rf"{_L}(?:\d{{2}}[A-Za-z]\d{{4}}[A-Za-z]"
    r"|(?:AS|BS|CH|CS|DT|HAD|ODP|OR|OT|PA|PH|PO|PYL|RA|SL|SW)\d{4,6}"
    rf"|(?:01|D)-\d{{4,6}}){_R}"
)
# The words before a plain number that make it a professional's: a regulator and a label
# ("NISCC registration number 6021447", "GDC no. 81552", "GPhC registration 2081234"), or a
# label and the regulator ("registered with the SSSC (3104482)").
PLAIN_BEFORE = re.compile(
    rf"(?:\b{REGULATOR}\b(?:['’]s)?(?:[ \t]+(?:{LABEL}|(?i:with|the|is|was|of|as|under))\b\.?)*"
    rf"|\b(?i:registered|registration)[ \t]+(?i:with|by|on)[ \t]+(?:the[ \t]+)?{REGULATOR}"
    rf"(?:[ \t]+(?i:register))?[ \t]*[,(:]?[ \t]*(?:(?i:number|no\.?|pin|reg\.?)[ \t]*)?)"
    r"[ \t]*[:#(,]?[ \t]*$"
)
# Or a regulator and a label some words before the number, in the same clause: "the GDC
# registration number of the dentist, 120771," (a count after it is no one's number).
LOOSE_BEFORE = re.compile(
    rf"\b{REGULATOR}\b[^.;!?\n\x00\d]{{0,30}}?\b(?i:registration|reg|pin|number|no)\b"
    r"[^;!?\n\x00\d]{0,40}$"
)
COUNT_AFTER = re.compile(
    r"[ \t]+(?!(?:was|is|and|or|on|in|for|to|which|when|but|as|at|had|has|with)\b)[a-z]"
)
PLAIN_RE = re.compile(rf"{_L}\d{{5,8}}{_R}")
# A company's or a charity's number after the words that name it: "Companies House number
# 10482217", "company no. SC611902", "a registered charity (no. 1172093)", "charity number
# 1150338", "Scottish charity SC012345".
ORGANISATION_BEFORE = re.compile(
    r"(?i:\b(?:companies[ \t]+house|compan(?:y|ies)|charit(?:y|able)|charity[ \t]+commission|"
    r"oscr|ccni)\b)"
    # "his company (registered number ...)": the label may open a bracket
    r"(?:[ \t]+\(?(?i:registration|registered|reg\.?|number|no\.?|is|was|as|with|under|at|the))*"
    r"[ \t]*[:#(,]?[ \t]*(?:(?i:no\.?|number|reg\.?)[ \t]*[:#]?[ \t]*)?$"
)
ORGANISATION_RE = re.compile(
    rf"{_L}(?:(?:SC|NI|OC|SO|NC|LP|SL|NL|R0|FC|SF|NF|IP|SP|IC|SI|NP|RC|SR|NR|GE|SE|SG|CE|CS)"
    rf"\d{{6}}|NIC\d{{6}}|SC0\d{{5}}|\d{{6,8}}(?:-\d{{1,2}})?){_R}"
)
# A company number with its register after it: "registered as 11452890 at Companies House",
# "NI643219 on the Companies House register". Companies House numbers are eight digits, or
# a prefix of two letters and six digits.
COMPANY_AFTER = re.compile(
    r"[ \t]*[),]?[ \t]*(?:(?i:at|with|on|in|by|from)[ \t]+)(?:(?i:the)[ \t]+)?"
    r"(?i:companies[ \t]+house)\b"
)
COMPANY_SHAPE = re.compile(r"[A-Z]{2}\d{6}|\d{8}")
# The owner of a company or charity number is a public or national body, not the family's:
# an acronym of three capitals or more ("NSPCC", "ICO"), the review's partnership or board.
PUBLIC_OWNER = re.compile(
    r"(?:\b[A-Z]{3,}\b(?<!\bPIN)(?<!\bCIC)(?<!\bCIO)(?<!\bLTD)(?<!\bLLP)"
    r"|(?i:\b(?:partnership|board|council|national|nationwide|the[ \t]+review|this[ \t]+review|"
    r"publisher|government)\b))"
)
# A charity cited as a source is often a national one ("Barnardo's (registered charity no.
# ...)"): a charity's number is the family's when the sentence ties it to them or to a small
# local body ("the boxing club where Child P trained", "Stepfather was a trustee").
CHARITY = re.compile(r"(?i:charit|oscr|ccni)")
LOCAL_OR_FAMILY = re.compile(
    r"(?i:\b(?:his|her|their|family|families|mother|father|step-?(?:mother|father)|partner|uncle|"
    r"aunt|grand(?:mother|father|parents?)|brother|sister|cousin|trustee|volunteer|director|"
    r"run|ran|runs|owned|founded|set[ \t]+up|local|village|community|club|group|church|chapel|"
    r"mosque|temple|gurdwara|playgroup|pre-?school|youth|where)\b)"
    r"|\b(?:Mr|Mrs|Ms|Miss|Child|Adult|Young[ \t]+Person)[ \t]+[A-Z]\b"
)
RUN_BY = re.compile(r"(?i:\b(?:run|owned|founded|set[ \t]+up|managed)[ \t]+by\b)")
# A sentence ends at a stop, but not at the stop of "reg.", "no." or "ref.".
_SENTENCE_START = re.compile(
    r"(?:[!?\n\x00;]|(?<![Rr]eg)(?<![Nn]o)(?<![Rr]ef)\.(?!\d))[^!?\n\x00;]*$"
)


def _clause_before(text: str, start: int, reach: int = 100) -> str:
    """The text of the sentence before ``start``, at most ``reach`` characters."""
    window = text[max(0, start - reach) : start]
    cut = _SENTENCE_START.search(window)
    while cut is not None and _SENTENCE_START.search(window, cut.start() + 1):
        cut = _SENTENCE_START.search(window, cut.start() + 1)
    return window[cut.start() + 1 :] if cut else window


def _clause_after(text: str, end: int, reach: int = 80) -> str:
    """The text of the sentence after ``end``, at most ``reach`` characters."""
    window = text[end : end + reach]
    stop = re.search(r"[!?\n\x00;]|\.(?!\d)", window)
    return window[: stop.start()] if stop else window


def find(text: str) -> Iterator[Hit]:
    windows = number_windows(text)
    for match, delta in windows.finditer(SHAPED_RE):
        start, end = match.start() + delta, match.end() + delta
        if CUE_BEFORE.search(_clause_before(text, start, 80)) or CUE_AFTER.match(
            text[end : end + 40]
        ):
            yield RULE.hit(start, end)
    for match, delta in windows.finditer(PLAIN_RE):
        start = match.start() + delta
        before = _clause_before(text, start, 80)
        if PLAIN_BEFORE.search(before) or (
            LOOSE_BEFORE.search(before) and not COUNT_AFTER.match(text, match.end() + delta)
        ):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(ORGANISATION_RE):
        start = match.start() + delta
        before = _clause_before(text, start, 120)
        label = ORGANISATION_BEFORE.search(before)
        if label is None and COMPANY_SHAPE.fullmatch(match.group(0)):
            after = COMPANY_AFTER.match(text, match.end() + delta)
            if after is not None and not PUBLIC_OWNER.search(before):
                yield RULE.hit(start, match.end() + delta)
            continue
        if label is None or PUBLIC_OWNER.search(before, 0, label.start()):
            continue  # "NSPCC is charity number 216401": a national body's, cited
        if CHARITY.search(label.group(0)) and not (
            LOCAL_OR_FAMILY.search(before) or RUN_BY.search(_clause_after(text, start))
        ):
            continue
        yield RULE.hit(start, match.end() + delta)


RULE = Rule(
    id="registration-number",
    severity="error",
    message=(
        "a professional's register number or a family business's company or charity number "
        "names them; remove it"
    ),
    summary="A professional's register number, or a company or charity number of the family's",
    fix="Remove it; name the role or the kind of organisation ('the midwife', 'his company').",
    docs="an NMC PIN (03D2817E), an HCPC or Social Work England number (PA41872, SW84213), "
    "numbers after the GMC, GPhC, GDC, GOC, NISCC, SSSC or Social Care Wales; Companies House "
    "and charity numbers of a family's business or a small local body, the register named "
    'before the number or after it ("registered as 11452890 at Companies House")',
    rank=102,
    find=find,
)

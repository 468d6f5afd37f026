"""Rule ``case-reference``: court, police, prison, CPS, hospital and social care references.

Reported anywhere: family court case numbers ("ZW23C50012"), Crown Court indictments
("T20227001"), prison numbers ("A4821BK"), CPS unique reference numbers ("42AB1234523") and
references built with slashes ("CR/0041977/23", "MARAC/2022/0193"). Reported after the
words that name them: crime, incident, occurrence and log numbers, hospital and patient
numbers, social care record ids ("Mosaic ID 1184206"), claim and file numbers. A year, a
date, a year range or a short count is never a reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.ie import pps

from review_library.redaction.reference_list import entries
from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.datetext import NUMERIC_RE, WORD_DATE_RE
from review_library.redaction.rules.spoken_reference import spoken_references
from review_library.redaction.rules.text import DASH, literal_windows, number_windows, token_set

_L = rf"(?<![\w{DASH}/.*])"  # no part of a longer token, a path or a decimal
_R = rf"(?![\w{DASH}/*]|\.\d)"
ANYWHERE_RES = (
    # Family court case numbers ("ZW23C50012", "lv22c01234", "LV22 C 01234"), Crown Court
    # indictments ("T20227001", "T2022 7001", "T2022/7001").
    re.compile(rf"{_L}(?i:[a-z]{{2}}\d{{2}} ?[a-z] ?\d{{5}}|[st]\d{{4}}[ /]?\d{{4}}){_R}"),
    # Prison numbers ("A4821BK", "a4821bk").
    re.compile(rf"{_L}(?:[A-Z]\d{{4}}[A-Z]{{2}}|[a-z]\d{{4}}[a-z]{{2}}){_R}"),
    # CPS unique reference numbers ("42AB1234523", "42 AB 12345 23", "42AB/12345/23").
    re.compile(rf"{_L}\d{{2}}([ /{DASH}]?)(?i:[a-z]{{2}})\1\d{{5}}\1\d{{2}}(?:/\d{{2}})?{_R}"),
    # PNC ids ("19/0123456K", "2019/123456K") and CRO numbers ("012345/19X"): a check letter.
    re.compile(rf"{_L}(?:(?:19|20)?\d{{2}}/\d{{5,7}}|\d{{5,6}}/\d{{2}})[A-Za-z]{_R}"),
    # Niche occurrence numbers ("23*123456", "13/23*0123456").
    re.compile(rf"{_L}(?:\d{{2}}/)?\d{{2}}\*\d{{5,8}}{_R}"),
    # Crime numbers in digits and slashes ("43/87112/22", "01/234567/21"; "5219934/21",
    # "2401234/2023"; "23/004412", "2023/187654"); a middle part that is a year is a list
    # of years or a date.
    re.compile(
        rf"{_L}(?:\d{{1,4}}/\d{{4,8}}/\d{{2,4}}|\d{{5,8}}/(?:19|20)?\d{{2}}"
        rf"|(?:19|20)?\d{{2}}/\d{{5,7}}){_R}"
    ),
    # Visa applications ("GWF012345678"), Ofsted early years settings ("EY123456"), Care
    # Inspectorate services ("CS2003012345"), CQC providers and locations ("1-101234567").
    re.compile(rf"{_L}(?:GWF\d{{9}}|EY\d{{6}}|CS\d{{10}}|1-\d{{9,11}}){_R}"),
)
# References built with an acronym and numbers ("CR/0041977/23", "MARAC/2022/0193",
# "wmp/23/004412", "PS-20230214-0412", "COR-2023-0456"): reported unless the acronym is the
# review's own, or a board's, or a publication's ("CSPR/2024/03", "WSCP/2024/03").
BUILT_RE = re.compile(
    rf"{_L}(?P<prefix>[A-Za-z]{{1,8}}\d{{0,4}})(?P<sep>[/{DASH}])\d{{2,8}}(?:(?P=sep)\d{{2,8}})+{_R}"
)
REVIEW_PREFIX = re.compile(
    r"(?i:[a-z]{0,6}(?:scp|scb|sab|sb|csp|scr|spr|sar|dhr|cpr|apr|cmr|susr|dardr|silp|mhr)"
    r"|version|v|vol|no|page|pp?|para|year|y|ks|cm|cmnd|hc|si|isbn|doi)"
)
# A Scottish charity number shares the shape of an Ofsted children's home number ("SC040543");
# Ofsted registers homes in England only, so "Scotland (SC037717)" is a charity's.
CHILDRENS_HOME_RE = re.compile(rf"{_L}SC\d{{6}}{_R}")
CHARITY_BEFORE = re.compile(r"(?i:charit(?:y|able)|oscr|scottish|scotland)[^.\n]{0,40}$")
# An acronym and a number after one slash ("EHA/12776"): a record, unless the number is a year.
SINGLE_SLASH_RE = re.compile(r"(?<![\w/-])[A-Z]{2,8}/(?P<number>\d{4,8})(?![\w/-])")
# An officer's collar number ("PC 2231", "DS 4471", "PCSO 8812") identifies the officer.
# ("DS1500" is the benefits form for a terminal illness, not a sergeant.)
COLLAR_RE = re.compile(
    r"\b(?:PC|DC|PS|DS(?!1500\b)|DI|DCI|Sgt|PCSO|Insp|Con)\.? ?(?P<number>\d{3,5})\b"
)
# A rank in lower case before a collar number, which no number window holds: "Police
# Constable 3306", "Sgt 2904".
RANK_COLLAR_RE = re.compile(
    r"\b(?i:constable|sergeant|inspector|sgt|insp)\.? ?(?P<number>\d{3,5})\b"
)
RANK_WORDS = ("constable", "sergeant", "inspector", "sgt", "insp")
# The officer's surname after the collar number, as logs write it: "PC 4471 HARGREAVES",
# "DS 40512 McALISTER", "PC4410 Marsden".
COLLAR_SURNAME_RE = re.compile(
    r"[ \t]+(?P<surname>(?:Mc|Mac|O['’])?[A-Z][A-Za-z]*(?:['’\-][A-Z][A-Za-z]*)?)(?![\w'’])"
)
KEYWORDS = (
    r"case|crime|court|claim|incident|occurrence|log|police|cad|urn|file|reference|ref|"
    r"serial|hospital|hosp|patient|mrn|prison|prisoner|nomis|noms|pnc|cro|marac|mappa|mash|"
    r"mosaic|lcs|liquidlogic|eclipse|carefirst|paris|record|client|person|referral|custody|"
    r"warrant|docket|order|crn|athena|niche|storm|datix|investigation|coroner|inquest|lado|"
    # social care and health record systems, tribunals
    r"ehm|swift|frameworki|azeus|wisdom|systmone|emis|rio|unit|tribunal|"
    # pupils' and learners' numbers, regulators' ids ("Scottish Candidate Number", "CQC
    # location ID", "Ofsted number"), tenancies, and any number named as an ID
    r"candidate|learner|pupil|student|tenancy|tenant|location|provider|membership|id|"
    r"identifier|ofsted|cqc|"
    # serious incident systems of the NHS
    r"steis|ulysses|stei|"
    # police crime and intelligence systems ("recorded on CRIS as 5219934/21")
    r"cris|crimint|pnd|pronto|unifi|connect|nicherms|crimes|intelligence|"
    # housing registers, disclosure certificates and other numbered records of a person
    r"register|certificate|dbs|disclosure|housing|licence|permit|badge|"
    # immigration and asylum, tax and benefits, council tax
    r"nass|asylum|ukvi|visa|port|utr|taxpayer|council tax|ctax|uan|gwf|immigration|"
    # employers' and services' numbers for a person ("employee no.", "ticket INC...")
    r"employee|staff|payroll|ticket|occ|inc|"
    # hospital attendances, looked-after children's numbers, Wales' care record system
    r"attendance|lac|cla|wccis|childview|"
    # Welsh: number, reference, ref., case, crime, police, hospital, prison
    r"rhif|cyfeirnod|cyf|achos|trosedd|heddlu|ysbyty|carchar|"
    # an agency's name before its record's number, as chronologies and tables list them
    # ("Health RX4471902; CSC 3302918", "| Probation | 4401987 |")
    r"health|csc|cscs|probation|yot|yjs|camhs|ambulance|gp|education|social care|"
    r"children's services|children’s services|job|plan"
)
# Labels whose case matters: "COP" (Court of Protection), "IR" (an intelligence report), "CT"
# (council tax): as lower-case words they are something else. ("HO 1234/23" is a Home Office
# publication's code.)
CASED_KEYWORDS = r"COP|IR|CT"
# Word edges that take an underscore for punctuation: "_crime ref_" is emphasis.
LABEL = (
    rf"(?:(?i:(?<![^\W_])(?:{KEYWORDS})(?![^\W_])\.?)"
    rf"|(?<![^\W_])(?:{CASED_KEYWORDS})(?![^\W_]))"
)
# The labels short enough to be a reference's prefix, in capitals ("MRN", "URN", "COP",
# "NHS"): before a number they name it, and are no part of it.
_LABEL_CAPITALS = "|".join(
    sorted(
        {w.upper() for w in KEYWORDS.split("|") if w.isalpha() and len(w) <= 4}
        | set(CASED_KEYWORDS.split("|"))
        | {"NHS", "REF"}
    )
)
# A reference in groups of digits ("4422 0012 3456", "CT 1234 5678"), or one token.
REF = (
    r"(?P<ref>[A-Za-z] \d{4} [A-Za-z]{2}(?![\w/\-])"
    # a short prefix of capitals ending in a digit, or of three or four capitals that are no
    # label ("ID", "MRN", "URN" name the number), then the record's digits: a hospital's
    # number ("RX4 0087321", "J22 918374", "RTH 4412097"), a Home Office reference ("G1
    # 2218457/3")
    rf"|(?:[A-Z][A-Z0-9]{{0,2}}\d|(?!(?:{_LABEL_CAPITALS})\b)[A-Z]{{3,4}})"
    r" \d{5,10}(?:/\d{1,3})?(?![\w/\-])"
    r"|(?:[A-Z]{1,4} )?\d{2,5}(?: \d{3,5}){0,2} \d{2,5}(?![\w/\-])"
    r"|(?:[A-Za-z]{1,6}[\-/]){0,3}[A-Za-z]{0,4}\d[A-Za-z0-9/\-*]*[A-Za-z0-9])"
)
CONTEXT_RE = re.compile(
    LABEL + r"(?:,?\s+(?i:no\.?|nos?\.|number|ref(?:erence)?\.?|id|identifier|#|was|is|of|for|"
    r"given as|recorded as|under|as|report|entry|log|record|investigation))*"
    r"(?:\s+(?:Child|Adult|Baby|Sibling|Mother|Father|Mr|Mrs|Ms|Miss)(?:\s+[A-Z0-9]\b)?)?"
    r",?[*_]{0,3}\s*[:#(|=–—]?[*_]{0,3}\s*[`\"“'‘]?"
    # "record (ID: 2291847)": the label inside the brackets
    r"(?:(?i:id|no\.?|number|ref\.?)\s*[:#]\s*)?" + REF
)
# A label some words before the reference, in the same clause: "the crime reference for the
# assault was 46/12345/23", "Cyfeirnod yr heddlu oedd 1234567". Never across the NULs that
# join separate pieces of text for one scan (engine.VALUE_SEPARATOR, the output scan's): a
# label ending one piece named a review's id starting another, so a build's findings depended
# on which pieces were scanned together.
LOOSE_RE = re.compile(
    LABEL + r"(?P<gap>(?:[^\n.;!?\d\x00]|\n(?![ \t]*\n)){1,48}?)(?<=[\s(“\"'‘`])" + REF
)
# Words between that make the number an example or a count, not a record's reference ("the
# reference numbers, such as 1234567890", "urn:uuid:...").
NOT_NAMING = re.compile(
    r"(?i:\b(?:such as|e\.g|for example|for instance|like|numbers|references)\b)"
)
KEYWORD_RE = re.compile(LABEL)
# The number's own gloss, nearer than the label: "Young Person L was given the ChildLine
# number, 0800 1111": a named service's (or anyone's) number, not the person's record. The
# name must be no label itself ("the Mosaic number" names a record).
OWN_GLOSS = re.compile(
    r"\b(?P<name>[A-Z][\w’'&\-]*(?:\s+[A-Z][\w’'&\-]*){0,3})(?:['’]s?)?\s+"
    r"(?:(?i:help|phone|tele|advice|support|crisis)[ \-]?line\s+)?(?i:number|no\.?)[,:]?\s*[\"“'‘]?\Z"
)


# A number as one is dialled: a 0 or a 1 first (0800 ..., 116 ..., 111), digits and spaces.
_DIALLED = re.compile(r"[01]\d*(?: \d+)*")


def _glossed_other(gap: str) -> bool:
    """Whether the words just before a loosely labelled number gloss it as another's."""
    gloss = OWN_GLOSS.search(gap)
    return gloss is not None and not any(
        KEYWORD_RE.fullmatch(word) for word in gloss.group("name").split()
    )


# A label after the reference: "1184206, her Mosaic number", "43/87112/22 (crime ref)".
AFTER_RE = re.compile(
    r"[,(–\-]?\s*(?:(?:his|her|their|the|its|a)\s+)?(?:[A-Za-z]+\s+){0,2}?"
    r"(?i:(?:\b(?:" + KEYWORDS + r")\s+(?:number|no\b\.?|ref\b\.?|reference|id\b))"
    r"|\b(?:crn|urn|mrn|utr|pnc\s?id|cro)\b)"
)
AFTER_TOKEN_RE = re.compile(
    rf"{_L}(?:[A-Za-z]{{0,4}}[{DASH}/]?\d[A-Za-z0-9/{DASH}]*[A-Za-z0-9]){_R}"
)
# A prison number written in spaced groups ("A 1234 BC"), after a word about prison: four
# digits alone leave no number window to look in.
PRISON_SPACED_RE = re.compile(
    r"(?i:\b(?:prison(?:er)?|noms|nomis)\b[^\n.;!?]{0,30}?)\b(?P<ref>[A-Z] \d{4} [A-Z]{2})\b"
)
PRISON_WORDS = ("prison", "noms", "nomis")
# An Irish Personal Public Service number: seven digits and a check letter (and "W" or "A"-"Z").
PPS_RE = re.compile(r"(?<![\w-])\d{7}[A-Wa-w][A-IWa-iw]?(?![\w-])")
# A police log number is short and dated: "CAD 0412 of 14/03/2022", "log 1187/14MAR22",
# "STORM 1187 14/02/23", "(ref. 0412 of 03/03)"; the number and the date it hangs on are
# reported together.
DATED_LOG_RE = re.compile(
    r"(?i:\b(?P<label>cad|log|incident|occurrence|serial|storm|ref|reference)\b\.?"
    r"(?:\s+(?:no\.?|number|ref\.?))?)"
    r"\s*[:#(]?\s*(?P<ref>\d{3,5})"
    r"(?:(?:\s+of\s+|/)(?P<date>\d{1,2}[/.\-]?(?:\d{1,2}|[A-Za-z]{3})(?:[/.\-]?\d{2,4})?)(?![\w/])"
    r"|(?:,?\s+(?:of|on|dated)\s+(?:the\s+)?|,\s*|\s+)"
    # a month's name in any case, as quick notes write it ("log 312 of 5 june")
    r"(?=\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:[A-Z][a-z]{2}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)))"
)
LOG_WORDS = ("cad", "log", "incident", "occurrence", "serial", "storm", "ref", "reference")
# A police or ambulance log's number is short even with no date: "police log 0987", "the CAD
# number was 2345", "(URN 0312)". Three to five digits right after the label; a year is one
# only with a leading zero ("log 0456"), never "incident 2019".
SHORT_LOG_RE = re.compile(
    r"(?i:\b(?:cad|log|storm|urn|incident)\b(?:\s+(?:no\.?|number|ref\.?))?"
    r"(?:\s+(?:was|is))?)\s*[:#]?\s*(?P<ref>\d{3,5})"
    # a clause may go on after it ("CAD 2201, was graded", "CAD 1123 of the same night"):
    # only a decimal, a thousands group, a time or a count of things ends it being a number
    r"(?![\w/\-]|[.,:]\d|\s+(?i:of\s+(?:\d|them|these|those|which|all)|on|dated|to|"
    r"hours?|hrs|minutes?|mins|seconds?|calls?|incidents?|logs?|times|people|children|cases|"
    r"contacts|referrals|per|%))"
)
# A number a record system gave, named only as a number: "under number 2210984", "(no.
# 77120)", "job number was 7781-2204", "plan number CP-00231". Five digits or more (or a
# built code), and not a charity's, a company's, a publication's or a telephone's number.
SHORT_LOG_WORDS = ("cad", "log", "storm", "urn", "incident")
NUMBER_WORDS = ("number", "no.", "#", "nº")
NUMBERED_RE = re.compile(
    # ("a number 12345 of ..." is a quantity)
    r"(?:(?<![\w])(?<![Aa] )(?i:number|no\.?|nº)(?![\w])|#)(?:\s+(?:was|is|of))?\s*[:#]?\s*"
    r"(?P<ref>(?:[A-Za-z]{1,4}[\-/])?\d[\d\-/]{3,14}\d|[A-Za-z]{1,3}\d{5,10})(?![\w\-/]|[.,]\d)"
)
# A number of six to twelve digits with no label is a record's number when the sentence is
# about records ("recorded under 448712 on the system"): counts are written with commas,
# money with a sign, phone numbers have their own shape and rule.
# (Not in a code span: "`3012113`" is a commit.)
BARE_NUMBER_RE = re.compile(r"(?<![\w.,£$€/\-#*`])\d{6,12}(?![\w,/%\-*`]|\.\d)")
RECORD_CUE = re.compile(
    r"(?i:\b(?:record(?:s|ed)?|logged|log|system|file|referral|contact|case|crime|police|"
    # ("id" as a word, not an HTML attribute: the output scan reads pages)
    r"ref|reference|number|id(?![=\"'])|account|claim|occurrence|incident|entry|under)\b)"
)


def _record_cue_near(text: str, start: int, end: int) -> bool:
    """A word about records within 80 characters before or 60 after, never across the NULs
    that join separate pieces of text for one scan (engine.VALUE_SEPARATOR)."""
    begin = max(0, start - 80, text.rfind("\x00", max(0, start - 80), start) + 1)
    stop = text.find("\x00", end, end + 60)
    return (
        RECORD_CUE.search(text, begin, stop if stop >= 0 else min(len(text), end + 60)) is not None
    )


# A colour is written "#" and hex digits too: "#7f7f7f on #171717", "color: #222222".
_COLOUR_BEFORE = re.compile(
    r"(?i:colou?r|background|fill|stroke|border|contrast|rgb|#[0-9a-f]{3,8}\b)[^\n]*#$"
)
NOT_NUMBERED_BEFORE = re.compile(
    r"(?i:\b(?:charit(?:y|ies|able)|compan(?:y|ies)|registered|registration|isbn|issn|doi|issue|"
    r"vol(?:ume)?|report|paper|briefing|bulletin|series|research|guidance|circular|phone|"
    r"telephone|tel|mobile|helpline|fax|freephone|vat|sort|policy|page|house|flat|room|bus|"
    r"route|platform|gate|standard|bs|iso|version|model|product|serial|imei|passport|nhs|"
    r"national insurance|ni|licence|driving|account|card|cheque|opinion|statutory instrument|"
    r"application|case law|judgment|judgement|publication)"
    r"\b(?:[^\n.;]|(?<=\b[Nn]o)\.){0,30}$)"
)
# Codes of government publications in reference lists: DfE, DCSF, DH, Home Office, command
# and House of Commons papers, ISBNs.
PUBLICATION_CODE = re.compile(r"(?i:dfe|dfes|dcsf|dh|dhsc|ho|moj|cm|cmnd|hc|isbn|issn)[\-/ ]?\d")
# Words before "reference" or "number" that make it a publication's: NHS England's
# "Publications Gateway reference", an ISBN's, a DOI's.
PUBLICATION_BEFORE = re.compile(
    r"(?i:\b(?:gateway|publications?(?: approval| gateway)?|isbn|issn|doi|catalogue)\s*$)"
)
# Words right before a number that make it a statute's, a publication's or a count's.
NOT_A_RECORD_BEFORE = re.compile(
    r"(?i:\b(?:isbn(?:-1[03])?|issn|doi|si|s\.i\.|(?:application|circular|paper|bulletin)s?\s+no|"
    r"circular|paragraphs?|paras?|pages?|pp?|"
    r"chapter|section|s|vol|volume|version|edition|cm|cmnd|hc|table|figure|appendix)\.?\s*:?\s*)$"
)
# Characters that join the words of a file name, a path or a URL slug.
SLUG_JOINERS = frozenset("-_/.")
_YEARISH = re.compile(r"(?:19|20)\d{2}(?:[/\-](?:19|20)?\d{2})?")
# A telephone number is the phone rule's ("0300 123 4567", "+44 ..."): not a record.
_PHONE_SHAPE = re.compile(r"0[1-9](?: ?\d){8,9}|\+\d(?: ?\d){9,14}")
_HEX = re.compile(r"(?=[0-9]*[a-f])[0-9a-f]{7,40}")
_LETTER_GROUPS = re.compile(r"^(?:[A-Za-z]+[/\- ])+")
_LETTER_PREFIX = re.compile(r"[A-Za-z]+(?=[/\- ])")
# A time of day as police and ambulance logs write it: "0200hrs", "2315 hrs", "1745h".
_CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d ?(?i:hrs?|hours|h)")


# Digit groups joined by single spaces around a number: "080880 23456" is one number.
_SPACED_BEFORE = re.compile(r"(?:\d+ )+\Z")
_SPACED_AFTER = re.compile(r"(?: \d+)+")


def _in_phone_number(text: str, start: int, end: int) -> bool:
    """A bare number that is one group of a telephone number written in groups ("on 080880
    23456"): the phone rule reads it, with its helpline's name; it is no record."""
    before = _SPACED_BEFORE.search(text, max(0, start - 12), start)
    after = _SPACED_AFTER.match(text, end, min(len(text), end + 12))
    whole = text[before.start() if before else start : after.end() if after else end]
    return whole != text[start:end] and _PHONE_SHAPE.fullmatch(whole) is not None


def find(text: str) -> list[Hit]:
    """Every reference, once: a hit inside another (a label's number inside a structure the
    rule knows anyway) is dropped."""
    hits = sorted(set(_find(text)), key=lambda h: (h.start, -h.end))
    kept: list[Hit] = []
    for hit in hits:
        if not kept or hit.end > kept[-1].end:
            kept.append(hit)
    return kept


def _find(text: str) -> Iterator[Hit]:
    windows = number_windows(text)
    for pattern in ANYWHERE_RES:
        for match, delta in windows.finditer(pattern):
            start = match.start() + delta
            raw = match.group(0)
            if "/" in raw and sum(c.isdigit() for c in raw) < 6:
                continue
            if _years_only(raw) or NOT_A_RECORD_BEFORE.search(text, max(0, start - 24), start):
                continue
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(BUILT_RE):
        raw = match.group(0)
        if sum(c.isdigit() for c in raw) < 6 or REVIEW_PREFIX.fullmatch(match.group("prefix")):
            continue
        if PUBLICATION_CODE.match(raw) or _years_only(raw[len(match.group("prefix")) + 1 :]):
            continue
        yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(CHILDRENS_HOME_RE):
        start = match.start() + delta
        if not CHARITY_BEFORE.search(text, max(0, start - 60), start):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(SINGLE_SLASH_RE):
        if not _YEARISH.fullmatch(match.group("number")) and not PUBLICATION_CODE.match(
            match.group(0)
        ):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(PPS_RE):
        if pps.is_valid(match.group(0).upper()):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    # A log number and its date can be two short numbers apart ("log 0412 on 14 March"),
    # which no number window holds: look after the log words instead.
    log_windows = literal_windows(text, LOG_WORDS, 0, 64, whole=True, digit_after=True)
    for match, delta in log_windows.finditer(DATED_LOG_RE):
        if match.group("label").lower().startswith("ref") and _YEARISH.fullmatch(match["ref"]):
            continue  # "ref. 2019/20": a year, not a log
        end = match.end("date") if match.group("date") else match.end("ref")
        yield RULE.hit(match.start("ref") + delta, end + delta)
    for match, delta in windows.finditer(COLLAR_RE):
        if not _YEARISH.fullmatch(match.group("number")):
            yield RULE.hit(match.start() + delta, _collar_end(text, match.end() + delta))
    if any(word in text.lower() for word in RANK_WORDS):
        ranks = literal_windows(text, RANK_WORDS, 0, 12, digit_after=True)
        for match, delta in ranks.finditer(RANK_COLLAR_RE):
            if not _YEARISH.fullmatch(match.group("number")):
                yield RULE.hit(match.start() + delta, _collar_end(text, match.end() + delta))
    yield from _labelled(text, windows)
    for start, end in spoken_references(text):
        yield RULE.hit(start, end)  # "crime reference four seven one nine ...": read out
    numbered = literal_windows(text, NUMBER_WORDS, 3, 36, digit_after=True)
    citations = _Citations(text)
    for match, delta in numbered.finditer(NUMBERED_RE):
        ref = match.group("ref").rstrip("/-")
        start = match.start("ref") + delta
        if (
            not NOT_NUMBERED_BEFORE.search(text, max(0, start - 60), start)
            and not _PHONE_SHAPE.fullmatch(ref)
            and not _a_count(text, start, start + len(ref))
            and _is_reference(text, ref, start, True)
            and not citations.holds(start)
            and not (
                text[start - 1 : start] == "#"
                and _COLOUR_BEFORE.search(text, max(0, start - 60), start)
            )
        ):
            yield RULE.hit(start, start + len(ref))
    for match, delta in windows.finditer(BARE_NUMBER_RE):
        ref = match.group(0)
        start = match.start() + delta
        if (
            not _PHONE_SHAPE.fullmatch(ref)
            and not _in_phone_number(text, start, start + len(ref))
            and not NUMERIC_RE.fullmatch(ref)
            and _record_cue_near(text, start, start + len(ref))
            and not NOT_NAMING.search(text, max(0, start - 30), start)
            and not NOT_NUMBERED_BEFORE.search(text, max(0, start - 60), start)
            and not NOT_A_RECORD_BEFORE.search(text, max(0, start - 24), start)
            and not _a_count(text, start, start + len(ref))
            and not citations.holds(start)
        ):
            yield RULE.hit(start, start + len(ref))
    short = literal_windows(text, SHORT_LOG_WORDS, 0, 40, whole=True, digit_after=True)
    for match, delta in short.finditer(SHORT_LOG_RE):
        ref = match.group("ref")
        if ref.startswith("0") or not _YEARISH.fullmatch(ref):
            yield RULE.hit(match.start("ref") + delta, match.end("ref") + delta)
    for match, delta in literal_windows(text, PRISON_WORDS, 0, 48).finditer(PRISON_SPACED_RE):
        yield RULE.hit(match.start("ref") + delta, match.end("ref") + delta)


def _collar_end(text: str, end: int) -> int:
    """The end of a collar number's hit: past the officer's surname when one follows it (a
    capitalised word that is a surname or no English word, not "PC 4471 Attended")."""
    from review_library.redaction.rules.gazetteer import gazetteer

    match = COLLAR_SURNAME_RE.match(text, end)
    if match is None:
        return end
    word = match.group("surname")
    names = gazetteer()
    if names.is_surname(word.capitalize()) or not names.explained(word.capitalize()):
        return match.end()
    return end


def _numbers_only(ref: str, prefix: re.Match[str]) -> bool:
    """Whether only numbers follow a review's acronym: "SCR/2019/03" is a review's number,
    "SCR-B119-23" (letters again after the acronym) a court's or a service's code."""
    return not any(c.isalpha() for c in ref[prefix.end() :])


def _years_only(raw: str) -> bool:
    """A list or range of years ("2019/2020/2021", "2019-20"): no record."""
    return all(_YEARISH.fullmatch(part) or len(part) <= 2 for part in re.split(r"[/\-]", raw))


def _labelled(text: str, windows) -> Iterator[Hit]:
    """References named by a label before them (or after them)."""
    # A reference named by a keyword is a number of number_windows with the keyword in the
    # 60 characters before it: look for keywords there only.
    seen: set[int] = set()
    citations = _Citations(text)
    for begin, end in windows.spans:
        for keyword in KEYWORD_RE.finditer(text, max(0, begin - 50), end):
            if (
                text[keyword.start() - 1 : keyword.start()] in SLUG_JOINERS
                and text[keyword.end() : keyword.end() + 1] in SLUG_JOINERS
            ):
                continue  # a word of a file name or slug ("...-baby-id-00762/"), no label
            if PUBLICATION_BEFORE.search(text, max(0, keyword.start() - 24), keyword.start()):
                continue  # "Publications Gateway ref. 07079": a publication's number
            strict = True
            match = CONTEXT_RE.match(text, keyword.start())
            if match is None or match.start("ref") in seen:
                strict = False
                match = LOOSE_RE.match(text, keyword.start())
                if match is None or match.start("ref") in seen:
                    continue
                if NOT_NAMING.search(match.group("gap")):
                    continue
                if _DIALLED.fullmatch(match.group("ref")) and _glossed_other(match.group("gap")):
                    continue
            ref = match.group("ref").rstrip("/-")
            start = match.start("ref")
            if _is_reference(text, ref, start, strict) and not citations.holds(start):
                seen.add(start)
                yield RULE.hit(start, start + len(ref))
        for match in AFTER_TOKEN_RE.finditer(text, begin, end):
            ref = match.group(0)
            if match.start() in seen or not AFTER_RE.match(text, match.end()):
                continue
            if _is_reference(text, ref, match.start(), False) and not citations.holds(
                match.start()
            ):
                seen.add(match.start())
                yield RULE.hit(match.start(), match.end())


class _Citations:
    """The entries of the text's references list, found on first need: a number after "ref."
    in a cited work ("Ofsted (2023) *Inspecting ...*, ref. 180039") is the publication's."""

    def __init__(self, text: str):
        self.text = text
        self.spans: list[tuple[int, int]] | None = None

    def holds(self, offset: int) -> bool:
        if self.spans is None:
            self.spans = entries(self.text) if "(" in self.text else []
        return any(start <= offset < end for start, end in self.spans)


# Words that follow a record's number in a sentence; any other lower-case word after a plain
# number makes it a count ("recorded 1234567 calls"), and so does a word of quantity before it.
FOLLOWS_A_RECORD = token_set(
    "was is were are has had and or on in at for to from with which that who shows showed "
    "records recorded held lists listed gave but by as of when where so then remained relates "
    "related concerned covers covered"
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_QUANTITY_BEFORE = re.compile(
    r"(?i:\b(?:to|by|over|about|around|some|nearly|almost|than|of|from|received|held|listed|"
    r"recorded|total|totalled)\s+)$"
)


def _a_count(text: str, start: int, end: int) -> bool:
    """Whether a plain number reads as a count or a quantity, not a record's number."""
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1) not in FOLLOWS_A_RECORD:
        return True
    return _QUANTITY_BEFORE.search(text, max(0, start - 16), start) is not None


def _is_reference(text: str, ref: str, start: int, strict: bool) -> bool:
    """Whether a number named by a label is a record's reference, not a year, a date, a
    count, a telephone number or a publication's code. A label some words away (``strict``
    false) needs a number that can be nothing else: a built one, or six digits or more."""
    digits = sum(c.isdigit() for c in ref)
    mixed = any(c.isalpha() for c in ref) or any(c in "/-*" for c in ref)
    if not (digits >= 5 or (digits >= 4 and mixed)):
        return False
    if not strict and not mixed and (digits < 6 or _a_count(text, start, start + len(ref))):
        return False
    if not strict and _HEX.fullmatch(ref):
        return False  # "commit `d9202e0`": a version's hash, not a record
    if _YEARISH.fullmatch(ref) or NUMERIC_RE.fullmatch(ref) or WORD_DATE_RE.fullmatch(ref):
        return False
    if PUBLICATION_CODE.match(ref) or _PHONE_SHAPE.fullmatch(ref):
        return False  # "ref. DFE-00195-2018": a government publication, not a case
    if _CLOCK_TIME.fullmatch(ref):
        return False  # "attended 0200hrs": a time of day in police style, not a log
    prefix = _LETTER_PREFIX.match(ref)
    if prefix and REVIEW_PREFIX.fullmatch(prefix.group(0)) and _numbers_only(ref, prefix):
        return False  # "Report reference: CSPR/2024/03": the review's own
    if not strict and NOT_A_RECORD_BEFORE.search(text, max(0, start - 24), start):
        return False
    # "ref. PS-POL-2021-03", "ref. 2019-20": a policy's or a year's number, not a record's.
    return not _years_only(_LETTER_GROUPS.sub("", ref))


RULE = Rule(
    id="case-reference",
    severity="error",
    message="a case, court, police, prison or record reference can be traced to the family; remove it",
    summary="A court, police, prison, CPS, hospital or social care reference number",
    fix="Remove it; name the type of proceedings or record only ('care proceedings').",
    docs="family court case numbers (ZW23C50012), Crown Court indictments (T20227001), prison "
    "numbers (A4821BK), CPS URNs (42AB1234523), slash references (CR/0041977/23), and numbers "
    'after "crime number", "occurrence", "police log", "hospital number", "Mosaic ID", "case '
    'no." ...',
    rank=100,
    find=find,
)

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

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.datetext import NUMERIC_RE, WORD_DATE_RE
from review_library.redaction.rules.text import number_windows

ANYWHERE_RES = (
    # Family court case numbers ("ZW23C50012"), Crown Court indictments ("T20227001").
    re.compile(r"(?<![\w-])(?:[A-Z]{2}\d{2}[A-Z]\d{5}|[ST]\d{8})(?![\w-])"),
    # Prison numbers ("A4821BK").
    re.compile(r"(?<![\w-])[A-Z]\d{4}[A-Z]{2}(?![\w-])"),
    # CPS unique reference numbers ("42AB1234523", "42AB1234523/23").
    re.compile(r"(?<![\w-])\d{2}[A-Z]{2}\d{7}(?:/\d{2})?(?![\w-])"),
    # Slash-built references with a letter prefix ("CR/0041977/23", "MARAC/2022/0193").
    re.compile(r"(?<![\w/-])[A-Z]{1,8}\d{0,4}/\d{2,}(?:/\d{2,})+(?![\w/-])"),
)
# An acronym and a number after one slash ("EHA/12776"): a record, unless the number is a year.
SINGLE_SLASH_RE = re.compile(r"(?<![\w/-])[A-Z]{2,8}/(?P<number>\d{4,8})(?![\w/-])")
# An officer's collar number ("PC 2231", "DS 4471", "PCSO 8812") identifies the officer.
COLLAR_RE = re.compile(r"\b(?:PC|DC|PS|DS|DI|DCI|Sgt|PCSO|Insp|Con)\.? ?(?P<number>\d{3,5})\b")
KEYWORDS = (
    r"case|crime|court|claim|incident|occurrence|log|police|cad|urn|file|reference|ref|"
    r"serial|hospital|patient|mrn|prison|prisoner|nomis|noms|pnc|cro|marac|mash|mosaic|lcs|"
    r"liquidlogic|eclipse|carefirst|paris|record|client|person|referral|custody|warrant|"
    r"docket|order|crn|athena|niche|storm|datix|investigation|occurrence|coroner|inquest|"
    # social care and health record systems, tribunals
    r"ehm|swift|frameworki|azeus|wisdom|systmone|emis|rio|mrn|unit|tribunal|"
    # pupils' and learners' numbers, regulators' ids ("Scottish Candidate Number", "CQC
    # location ID"), tenancies, and any number named as an ID
    r"candidate|learner|pupil|student|tenancy|location|provider|membership|id|identifier|"
    # serious incident systems of the NHS
    r"steis|ulysses|stei|"
    # police crime and intelligence systems ("recorded on CRIS as 5219934/21")
    r"cris|crimint|pnd|pronto|unifi|connect|nicherms|crimes|"
    # housing registers, disclosure certificates and other numbered records of a person
    r"register|certificate|dbs|disclosure|housing|licence|permit|badge|membership"
)
CONTEXT_RE = re.compile(
    rf"(?i:\b(?:{KEYWORDS})\b\.?)"
    r"(?:,?\s+(?i:no\.?|nos?\.|number|ref(?:erence)?\.?|id|identifier|#|was|is|of|for|given as|"
    r"recorded as|under|as|report|entry|log|record|investigation))*"
    r"(?:\s+(?:Child|Adult|Baby|Sibling|Mother|Father|Mr|Mrs|Ms|Miss)(?:\s+[A-Z0-9]\b)?)?"
    r",?\s*[:#(]?\s*[`\"“'‘]?"
    # "record (ID: 2291847)": the label inside the brackets
    r"(?:(?i:id|no\.?|number|ref\.?)\s*[:#]\s*)?"
    # a reference in groups of digits ("4422 0012 3456"), or one token
    r"(?P<ref>\d{2,5}(?: \d{3,5}){1,3}(?![\w/\-])|[A-Za-z]{0,4}[\-/]?\d[A-Za-z0-9/\-]*[A-Za-z0-9])"
)
KEYWORD_RE = re.compile(rf"(?i:\b(?:{KEYWORDS})\b)")
# An Irish Personal Public Service number: seven digits and a check letter (and "W" or "A"-"Z").
PPS_RE = re.compile(r"(?<![\w-])\d{7}[A-Wa-w][A-IWa-iw]?(?![\w-])")
# A police log number is short and dated: "CAD 0412 of 14/03/2022", "log 1187/14MAR22".
DATED_LOG_RE = re.compile(
    r"(?i:\b(?:cad|log|incident|occurrence|serial|storm)\b\.?(?:\s+(?:no\.?|number|ref\.?))?)"
    r"\s*[:#]?\s*(?P<ref>\d{3,5})(?:\s+of\s+|/)(?=\d{1,2}[/.\-]?(?:\d{1,2}|[A-Za-z]{3}))"
)
# Codes of government publications in reference lists: DfE, DCSF, DH, Home Office, command
# and House of Commons papers, ISBNs.
PUBLICATION_CODE = re.compile(r"(?i:dfe|dfes|dcsf|dh|dhsc|ho|moj|cm|cmnd|hc|isbn|issn)[\-/ ]?\d")
# Words before "reference" or "number" that make it a publication's: NHS England's
# "Publications Gateway reference", an ISBN's, a DOI's.
PUBLICATION_BEFORE = re.compile(r"(?i:\b(?:gateway|publications?|isbn|issn|doi|catalogue)\s*$)")
# Characters that join the words of a file name, a path or a URL slug.
SLUG_JOINERS = frozenset("-_/.")
_YEARISH = re.compile(r"(?:19|20)\d{2}(?:[/\-](?:19|20)?\d{2})?")


def find(text: str) -> Iterator[Hit]:
    windows = number_windows(text)
    for pattern in ANYWHERE_RES:
        for match, delta in windows.finditer(pattern):
            raw = match.group(0)
            if "/" in raw and sum(c.isdigit() for c in raw) < 6:
                continue
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(SINGLE_SLASH_RE):
        if not _YEARISH.fullmatch(match.group("number")) and not PUBLICATION_CODE.match(
            match.group(0)
        ):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(PPS_RE):
        if pps.is_valid(match.group(0).upper()):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(DATED_LOG_RE):
        yield RULE.hit(match.start("ref") + delta, match.end("ref") + delta)
    for match, delta in windows.finditer(COLLAR_RE):
        if not _YEARISH.fullmatch(match.group("number")):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    # A reference named by a keyword is a number of number_windows with the keyword in the
    # 60 characters before it: look for keywords there only.
    seen: set[int] = set()
    for begin, end in windows.spans:
        for keyword in KEYWORD_RE.finditer(text, max(0, begin - 50), end):
            if (
                text[keyword.start() - 1 : keyword.start()] in SLUG_JOINERS
                and text[keyword.end() : keyword.end() + 1] in SLUG_JOINERS
            ):
                continue  # a word of a file name or slug ("...-baby-id-00762/"), no label
            if PUBLICATION_BEFORE.search(text, max(0, keyword.start() - 24), keyword.start()):
                continue  # "Publications Gateway ref. 07079": a publication's number
            match = CONTEXT_RE.match(text, keyword.start())
            if match is None or match.start("ref") in seen:
                continue
            seen.add(match.start("ref"))
            ref = match.group("ref").rstrip("/-")
            digits = sum(c.isdigit() for c in ref)
            mixed = any(c.isalpha() for c in ref) or "/" in ref or "-" in ref
            if not (digits >= 5 or (digits >= 4 and mixed)):
                continue
            if _YEARISH.fullmatch(ref) or NUMERIC_RE.fullmatch(ref) or WORD_DATE_RE.fullmatch(ref):
                continue
            if PUBLICATION_CODE.match(ref):
                continue  # "ref. DFE-00195-2018": a government publication, not a case
            start = match.start("ref")
            yield RULE.hit(start, start + len(ref))


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

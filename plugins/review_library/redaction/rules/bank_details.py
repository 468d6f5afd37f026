"""Rule ``bank-details``: bank and card details, in full, in part or masked, and crypto wallets.

An IBAN must pass its check digits, a card number (13 to 19 digits, in fours or not, spaces,
hyphens or dots) its Luhn check, a Bitcoin address its own checksum; a sort code
("60-16-13", "60.16.13", "601613") and an account, roll or payment reference number are
reported after the words that name them (in English or Welsh), since alone they look like
dates and counts. Part of a card or account number is reported after a cue ("the card
ending 4471", "last four digits 4471") and a masked card number ("XXXX XXXX XXXX 4471",
"4929 **** **** 4471") anywhere: with the bank or the date it still points at one person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import bitcoin, iban, luhn

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.datetext import normalise
from review_library.redaction.rules.number_words import is_number_word, read_digits
from review_library.redaction.rules.text import (
    DASH,
    literal_positions,
    literal_windows,
    number_windows,
)

IBAN_RE = re.compile(
    r"(?<![\w\-])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?(?![\w\-])"
)
CARD_RE = re.compile(
    rf"(?<![\w{DASH}/.])(?:\d{{4}}(?:[ {DASH}.]?\d{{4}}){{2}}[ {DASH}.]?\d{{1,7}}"
    rf"|3[47]\d{{2}}[ {DASH}]?\d{{6}}[ {DASH}]?\d{{5}})"
    rf"(?![\w{DASH}/]|\.\d)"
)  # in fours, or American Express's 4-6-5
# A sort code followed by an account number is bank details without any label.
# The account may follow its short label, as a message writes it: "04-00-04 acc 1230 5678".
PAIR_RE = re.compile(
    rf"(?<![\w{DASH}/.])\d{{2}}([{DASH} ])\d{{2}}\1\d{{2}}(?:,?\s+|\s*[/|;]\s*)"
    r"(?:(?i:acc(?:ount|nt|t)?|a/c)\.?(?:\s*(?i:no|number)\.?)?[\s:]*)?"
    rf"(?:\d{{8}}|\d{{4}} \d{{4}})"
    rf"(?![\w{DASH}/]|\.\d)"
)
SORT_CODE_RE = re.compile(
    rf"(?<![\w{DASH}/.])\d{{2}}([{DASH}\s.])\d{{2}}\1\d{{2}}(?![\w{DASH}/]|\.\d)"
    rf"|(?<![\w{DASH}/.])\d{{6}}(?![\w{DASH}/]|\.\d)"
)
ACCOUNT_RE = re.compile(
    rf"(?<![\w{DASH}/.])\d{{4}}[ {DASH}]?\d{{4}}(?![\w{DASH}/]|\.\d)"
    rf"|(?<![\w{DASH}/.])\d{{6,10}}(?![\w{DASH}/]|\.\d)"
    # A roll or reference number in groups ("4471-220891-03", "12345678-01", "ABC/1234567").
    rf"|(?<![\w{DASH}/.])(?:[A-Za-z]{{1,4}}[{DASH}/]?)?\d{{2,10}}(?:[{DASH}/]\d{{2,8}}){{0,3}}"
    rf"(?:[{DASH}/][A-Za-z]{{2,6}})?(?![\w{DASH}/]|\.\d)"
)
# A building society roll number is written as the society writes it: letters, digits,
# slashes, dots and hyphens in any grouping ("2/04418273-6", "1234/567.89", "ABC 1234567").
# Read only after its label; four digits at least.
ROLL_RE = re.compile(
    rf"(?<![\w{DASH}/.])(?:[A-Z]{{1,4}} (?=\d))?[A-Za-z0-9]"
    rf"(?:[A-Za-z0-9]|[{DASH}/.](?=[A-Za-z0-9])){{3,24}}(?![\w{DASH}/]|\.\w)"
)
ROLL_LABEL = re.compile(
    r"(?i:\broll[ \-]?(?:number|no\b\.?|ref(?:erence)?\b\.?)|"
    r"\bbuilding society (?:account |membership )?(?:number|no\b\.?|ref(?:erence)?\b\.?))"
    r"[^\n\w]{0,4}(?:is|was|of)?[^\n\w]{0,4}$"
)
YEAR_RANGE = re.compile(rf"(?:19|20)\d{{2}}[/{DASH}](?:19|20)?\d{{2}}")
SORT_LABEL = re.compile(
    r"(?i:(?:\bsort(?:ing)?[\s\-]?code\b|(?<!\w)s/c\b|\bcod didoli\b)[^\n\d]{0,12})$"
)
# A bank's name just before six digits in pairs: "paid into Barclays 20-45-77". Not a date
# of the bank's ("Lloyds on 14-03-22").
BANKS = (
    r"barclays|lloyds|hsbc|natwest|santander|nationwide|halifax|monzo|starling|tsb|rbs|"
    r"revolut|metro bank|co-operative bank|co-op bank|first direct|virgin money|"
    r"bank of scotland|bank of ireland|ulster bank|danske bank|post office|credit union"
)
BANK_BEFORE = re.compile(rf"(?i:\b(?:{BANKS})\b['’]?s?,?\s*[(:]?\s*)$")
ACCOUNT_LABEL = re.compile(
    r"(?i:(?<![^\W_])(?:(?:bank )?account(?: number| no\.?)?|a/c(?: no\.?)?|acc(?:ount)?\.? no\.?|"
    # text speak: "acc 1230 5678", "acct 66341120"
    r"acc(?:t|nt)?\.?|"
    r"(?:building society )?roll (?:number|no\.?)|mtcn|cheque(?: number| no\.?)?|"
    r"holder['’]?s? (?:number|no\.?)|transaction (?:id|number|ref(?:erence)?)|"
    r"(?:payment|direct debit|standing order|transfer|bank) ref(?:erence)?\.?(?: number| no\.?)?|"
    r"rhif (?:y )?cyfrif|cyfrif(?: banc)?)(?![^\W_])[^\n\d]{0,24})$"
)
# Labels that name bank details and reach over the numbers after them in the same clause.
BANK_CLAUSE = re.compile(
    r"(?i:\b(?:sort(?:ing)?[\s\-]?code|account (?:number|no\b\.?|details)|bank details|"
    r"cod didoli|rhif cyfrif)\b|(?<!\w)[as]/c\b)[^\n.;!?]{0,60}$"
)
DATE_WORD_BEFORE = re.compile(r"(?i:\b(?:on|dated|of|since|from|until|to|by|before|after)\s*)$")
# Words that make the number after a roll or payment label a reference rather than a count.
STRUCTURED = re.compile(rf"[A-Za-z{DASH}/]")
# Part of a card or account number after a cue: "the card ending 4471", "account ending in
# 8823", "last four digits 4471", "(ends 4471)".
PARTIAL_RE = re.compile(
    r"(?i:\b(?:card|account|a/c|acc|cerdyn|cyfrif)\b[^\n.;!?]{0,40}?"
    r"(?:\b(?P<end>end(?:ing|s|ed)?)(?P<in>\s+(?:in|with))?|\blast\s+(?:four|4|three|3)\s+"
    r"(?:digits|numbers)(?:\s+of\s+[^\n.;!?\d]{0,30}?)?(?:\s+(?:were|was|are|being|as))?)"
    r"\b[\s:*_\-`]{0,4})(?P<number>\d{3,4})(?![\w/]|[.,]\d)"
)
PARTIAL_WORDS = ("ending", "ends", "ended", "last four", "last 4", "last three", "last 3")
# A card number masked but for its last digits ("XXXX XXXX XXXX 4471", "************4471",
# "4929-xxxx-xxxx-4471", "4929 **** **** 4471").
MASKED_RE = re.compile(
    r"(?<![\w*•#])(?:(?:[Xx*•#]{4}|\d{4})[ \-]?){3}\d{4}(?![\w*])"
    r"|(?<![\w*•#])[Xx*•#]{6,15}[ \-]?\d{4}(?![\w*])"
)
MASK_MARKS = ("xxxx", "****", "••••", "####")
# A Bitcoin address (base58 "1..."/"3...", or bech32 "bc1..."), checked with its checksum; an
# Ethereum address (0x and 40 hexadecimal digits).
WALLET_RE = re.compile(
    r"(?<![\w/.\-])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?i:bc1)[02-9ac-hj-np-z]{11,71})(?![\w/\-])"
)
ETHEREUM_RE = re.compile(r"(?<![\w/.\-])0x[0-9a-fA-F]{40}(?![\w/\-])")
_YEAR = re.compile(r"(?:19|20)\d\d")
# The words that name a number as an IBAN, a card or a wallet. After them the number is
# reported in its shape even when its check digits fail: a mistyped or altered number still
# points at one account, and a report quotes what a record said.
IBAN_LABEL = re.compile(r"(?i:\b(?:iban|international bank account number)\b[^\n\w]{0,6}$)")
CARD_LABEL = re.compile(
    r"(?i:\b(?:card|cerdyn)(?:[\s,]+(?:number|no\b\.?|details|ending))?\b[^\n\w]{0,6}$)"
)
WALLET_LABEL = re.compile(
    r"(?i:\b(?:wallet|bitcoin|btc|ethereum|crypto(?:currency)?)(?:\s+(?:wallet|address|account))?"
    r"\b[^\n\w]{0,6}$)"
)


def find(text: str) -> Iterator[Hit]:
    windows = number_windows(text)
    for match, delta in windows.finditer(IBAN_RE):
        compact = re.sub(r"\s", "", match.group(0)).upper()
        start = match.start() + delta
        labelled = _after(IBAN_LABEL, text, start)
        shaped = compact[:2].isalpha() and sum(c.isdigit() for c in compact) >= 8
        if 15 <= len(compact) <= 34 and (iban.is_valid(compact) or (labelled and shaped)):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(CARD_RE):
        digits = re.sub(r"\D", "", match.group(0))
        card_length = len(digits) in (16, 19) or (len(digits) == 15 and digits[:2] in ("34", "37"))
        iccid = digits.startswith("89") and len(digits) >= 19  # a SIM card: device-identifier
        start = match.start() + delta
        labelled = _after(CARD_LABEL, text, start)
        checked = luhn.is_valid(digits) and digits[0] in "2345689"
        if card_length and (checked or labelled) and not iccid:
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(PAIR_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)
    for pattern, label in ((SORT_CODE_RE, SORT_LABEL), (ACCOUNT_RE, ACCOUNT_LABEL)):
        for match, delta in windows.finditer(pattern):
            start = match.start() + delta
            raw = match.group(0)
            # "account 2022-23": a financial year; "account of 12/03/22": a date. After "sort
            # code", six digits in pairs are a sort code even when they read as a date.
            if YEAR_RANGE.fullmatch(raw) or (pattern is ACCOUNT_RE and normalise(raw) is not None):
                continue
            short = pattern is ACCOUNT_RE and sum(c.isdigit() for c in raw) < 6
            if short and not STRUCTURED.search(raw):
                continue  # "account 1234": too short to be a number on its own
            banked = (
                pattern is SORT_CODE_RE
                and match.group(1) is not None
                and BANK_BEFORE.search(text, max(0, start - 24), start) is not None
            )
            date_like = pattern is SORT_CODE_RE and normalise(raw) is not None
            if (
                banked
                or _after(label, text, start)
                or _in_bank_clause(text, start, raw, date_like=date_like)
            ):
                yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(ROLL_RE):
        start, raw = match.start() + delta, match.group(0)
        if sum(c.isdigit() for c in raw) < 4 or normalise(raw) is not None:
            continue  # "roll number 12" is a count; "roll number on 3.4.22" a date
        if _after(ROLL_LABEL, text, start):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(WALLET_RE):
        start = match.start() + delta
        labelled = _after(WALLET_LABEL, text, start)
        if labelled or bitcoin.is_valid(match.group(0)):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(ETHEREUM_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)
    yield from _partial(text)
    yield from _spelt(text)


# A sort code or account number read out in words, after its label: "sort code twenty,
# thirty-two, ninety", "account one-two-three-four, five-six-seven-eight", Welsh "rhif cyfrif
# wyth saith ...". Six digits at least (a sort code has six, an account number eight).
SPELT_LABELS = ("sort code", "sort-code", "sorting code", "account", "a/c", "cod didoli",
                "rhif cyfrif", "cyfrif")  # fmt: skip
_SPELT_LEAD = re.compile(
    r"(?i:[^\n\w]{0,4}(?:(?:number|no|is|was|were|details|of|:)\b[^\n\w]{0,4}){0,3})"
)
_WORD_AT = re.compile(r"[^\W\d_]+")


def _spelt(text: str) -> Iterator[Hit]:
    for position in literal_positions(text, SPELT_LABELS):
        label_end = position + _label_length(text, position)
        lead = _SPELT_LEAD.match(text, label_end)
        start = lead.end() if lead else label_end
        word = _WORD_AT.match(text, start)
        if word is None or not is_number_word(word.group(0).lower()):
            continue
        end, digits = read_digits(text, start)
        if len(digits) >= 6:
            yield RULE.hit(start, end)


def _label_length(text: str, position: int) -> int:
    lower = text[position : position + 12].lower()
    return next(len(label) for label in SPELT_LABELS if lower.startswith(label))


def _after(label: re.Pattern[str], text: str, start: int) -> bool:
    """Whether ``label`` ends just before ``start`` (within the 40 characters before it)."""
    return label.search(text, max(0, start - 40), start) is not None


def _in_bank_clause(text: str, start: int, raw: str, *, date_like: bool) -> bool:
    """A number after a label that names bank details in the same clause, with other numbers
    between ("sort code and account number, 204577 41558823"); a date after "on" is a date."""
    if not BANK_CLAUSE.search(text, max(0, start - 72), start):
        return False
    return not (date_like and DATE_WORD_BEFORE.search(text, max(0, start - 12), start))


def _partial(text: str) -> Iterator[Hit]:
    """Part of a card or account number after a cue, and masked card numbers."""
    for match, delta in literal_windows(text, PARTIAL_WORDS, 64, 24, whole=True).finditer(
        PARTIAL_RE
    ):
        # "the account ending in 2021", "the account ended 2019": a year is when it ended.
        ended = match.group("in") or (match.group("end") or "").lower() == "ended"
        if ended and _YEAR.fullmatch(match.group("number")):
            continue
        yield RULE.hit(match.start("number") + delta, match.end("number") + delta)
    for match, delta in literal_windows(text, MASK_MARKS, 20, 24).finditer(MASKED_RE):
        raw = match.group(0)
        if any(c.isdigit() for c in raw) and any(not c.isdigit() and c not in " -" for c in raw):
            yield RULE.hit(match.start() + delta, match.end() + delta)


RULE = Rule(
    id="bank-details",
    severity="error",
    message="bank and card details identify their holder; remove them",
    summary="A bank sort code or account number, an IBAN, a payment card number or a crypto wallet",
    fix="Remove it; say 'the bank account' or 'a bank card'.",
    docs='sort codes and account, roll and payment reference numbers after "sort code", "s/c", '
    '"account", "a/c", "roll number", "payment reference", a roll number in any grouping of '
    'letters, digits, slashes, dots and hyphens after "roll number", Welsh "rhif cyfrif", "cod didoli" '
    '(also with the bank\'s name between: "account (Nationwide, ...)"); a sort code followed '
    "by an account number; IBANs with valid check digits, in any case; card numbers (in fours, "
    "or American Express 4-6-5, spaces, hyphens or dots) with a valid Luhn check digit; an "
    'IBAN, card number or wallet address in its shape after "IBAN", "card (number)" or '
    '"wallet"/"Bitcoin", whatever its check digits; the '
    'last digits of a card or account after "ending" or "last four digits"; masked card '
    "numbers (XXXX XXXX XXXX 4471); Bitcoin addresses with a valid checksum and Ethereum "
    "addresses",
    rank=22,
    find=find,
)

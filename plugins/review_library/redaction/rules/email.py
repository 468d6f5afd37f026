"""Rule ``email``: email addresses, including ones written to dodge a filter.

"kayleigh.b93@gmail.com", "tyler.marsh [at] outlook [dot] com", "j-okafor(at)yahoo.co.uk",
"darren dot holt at btinternet dot com". A plain " at " counts only with a spelled-out
" dot " or before a known mail provider, so "looked at gov.uk" is no address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.gazetteer import gazetteer
from review_library.redaction.rules.text import (
    AT_RE,
    keyword_windows,
    literal_windows,
    lowered,
    occurring,
    occurs,
)

# A doubled "@" is a typing slip, still the address ("m.okoro@@outlook.com").
EMAIL_RE = re.compile(
    r"(?<![\w.%+\-])[A-Za-z0-9][\w.%+\-]*@@?[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*\.[A-Za-z]{2,}(?![\w@])"
)
_TLD = (
    r"(?i:com|org|net|uk|co|gov|ac|io|me|info|biz|edu|ie|eu|scot|wales|cymru|online|email|"
    r"mail|live|app|xyz|de|fr|pl|ro|lt|in|pk|ng|gh|za|us|ca|au)"
)
# "." may stand between single spaces ("outlook . com"): only ever with an "@" or a
# spelled-out "at", so a full stop between sentences is no dot of an address.
_DOT = r"(?:\s*[\[({<]\s*(?i:dot|\.)\s*[\])}>]\s*|\s*[-_](?i:dot)[-_]\s*|\s+(?i:dot)\s+| ?\. ?)"
# "(at)", "[at]", and "(a)" for the at sign ("kyle.b(a)gmail.com").
_AT_BRACKET = r"\s*(?:[\[({<]\s*(?i:at|a|@)\s*[\])}>]|[-_](?i:at)[-_])\s*"
# The name's own dots and underscores may be spelled out too: "jade[dot]smith",
# "tyler underscore reid".
_LOCAL = (
    r"[A-Za-z0-9][\w.+\-]*(?:(?:\s*[\[({<]\s*(?i:dot|underscore)\s*[\])}>]\s*|"
    r"\s+(?i:dot|underscore|dash|hyphen)\s+)[A-Za-z0-9][\w+\-]*)*"
)
_DOMAIN = rf"[A-Za-z0-9][\w\-]*(?:{_DOT}[A-Za-z0-9][\w\-]*)*{_DOT}{_TLD}"
OBFUSCATED_RE = re.compile(
    # the name may be bracketed off too: "[jo.b.family] (at) outlook (dot) com"
    rf"(?<![\w.@])(?P<local>[\[({{<][ \t]?{_LOCAL}[ \t]?[\])}}>]|{_LOCAL})(?P<at>{_AT_BRACKET}|\s+(?i:at)\s+|\s+@\s*|\s*@\s+)"
    rf"(?P<domain>{_DOMAIN})(?![\w@])"
)
PROVIDERS = [
    "gmail",
    "googlemail",
    "hotmail",
    "outlook",
    "yahoo",
    "icloud",
    "btinternet",
    "live",
    "aol",
    "protonmail",
    "proton",
    "sky",
    "virginmedia",
    "talktalk",
    "ntlworld",
    "msn",
    "me",
    "mac",
    "blueyonder",
    "tiscali",
    "mail",
    "yandex",
    "gmx",
]
# One scan each (a literal start, or rare first characters, lets the regex engine skip).
# BRACKETED_RE is "[\[({<](?:at|dot|a|@)[\])}>]|[-_](?:at|dot)[-_]" led by one class: the
# engine skips only to a class that leads the whole pattern (not one leading each branch).
BRACKETED_RE = re.compile(
    r"[\[({<\-_](?:(?<=[\[({<])(?:at|dot|a|@)[\])}>]|(?<=[-_])(?:at|dot)[-_])"
)
AT_PROVIDER_RE = re.compile(rf" at (?:{'|'.join(PROVIDERS)})\b")
# A provider without its domain, after an account-like name: "jay_m_2006 at gmail".
BARE_PROVIDER_RE = re.compile(
    rf"(?<![\w.@])(?P<local>[A-Za-z0-9][\w.+\-]*[\d_.][\w.+\-]*|"
    rf"[A-Za-z0-9][\w+\-]*(?:\s+(?i:dot)\s+[A-Za-z0-9][\w+\-]*)+)"
    rf"\s+(?i:at)\s+(?i:{'|'.join(p for p in PROVIDERS if len(p) > 4)})(?![\w@]|\.\w)"
)
# A school's or nursery's own domain: its role mailboxes ("office@", "senco@") name the
# setting, and the setting locates the child, unlike a council's or the NHS's.
SCHOOL_DOMAIN_RE = re.compile(
    r"\.sch\.uk$|school|primary|academy|nursery|ysgol|infants|juniors|collegiate"
)
PUBLIC_DOMAINS = (".gov.uk", ".nhs.uk", ".nhs.net", ".police.uk", ".gov.wales", ".gov.scot",
                  ".llyw.cymru", ".hscni.net", ".nhs.scot", ".cjsm.net")  # fmt: skip


def _public_mailbox(address: str) -> bool:
    """An organisation's function mailbox ("safeguarding.adults@....gov.uk", "mash@....nhs.net",
    "help@nspcc.org.uk"): its domain is no mail provider's and its name is only dictionary
    words, none a first name."""
    local, _, domain = address.partition("@")
    # Words run together in camel case are words too: "Mailbox.NationalReviewPanel@...".
    local = re.sub(r"(?<=[a-z])(?=[A-Z])", ".", local).lower()
    domain = domain.lower()
    # An organisation's domain, not a mail provider's: its function mailboxes ("help@",
    # "enquiries@", "safeguarding.team@") are the body's, whoever it is (a charity, a school).
    if domain.split(".")[0] in PROVIDERS or "." not in domain:
        return False
    if SCHOOL_DOMAIN_RE.search(domain) and not domain.endswith(PUBLIC_DOMAINS):
        return False
    names = gazetteer()
    # a business named after its owner ("sales@kerrys-salon.co.uk") leads to the owner
    if any(
        names.is_first(part) or names.is_first(part.removesuffix("s"))
        for part in re.split(r"[\-\d]+", domain.split(".")[0])
        if len(part) >= 3
    ):
        return False
    parts = [p for p in re.split(r"[._\-+]", local) if p]

    def function_word(part: str) -> bool:
        return (
            part in PLACEHOLDERS
            or part in names.bodies
            or (names.is_word(part) and not names.is_first(part))
        )

    # "businessunit": two function words run together
    return bool(parts) and all(
        p.isalpha()
        and (
            function_word(p)
            or any(
                function_word(p[:cut]) and function_word(p[cut:]) for cut in range(3, len(p) - 2)
            )
        )
        for p in parts
    )


# A pattern of addresses, not an address: "firstname.surname@...".
PLACEHOLDERS = frozenset({"firstname", "surname", "lastname", "forename", "name", "initial"})


# An address without its top-level domain ("jadesmith@gmail"), or broken over a line after
# its at sign.
# An address in a link with its at sign percent-encoded ("mailto:jade%40...").
ENCODED_RE = re.compile(
    r"(?<![\w.%+\-])[A-Za-z0-9][\w.%+\-]*%40[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*\.[A-Za-z]{2,}(?![\w@])"
)
NO_TLD_RE = re.compile(
    rf"(?<![\w.%+\-])[A-Za-z0-9][\w.%+\-]*@(?i:{'|'.join(PROVIDERS)})\b(?![.\w@])"
)
BROKEN_RE = re.compile(
    r"(?<![\w.%+\-])[A-Za-z0-9][\w.%+\-]*@[ \t]*\n[ \t]*[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*"
    r"\.[A-Za-z]{2,}(?![\w@])"
)
TRUNCATED_RE = re.compile(
    r"(?<![\w.%+\-])(?P<local>[A-Za-z0-9][\w.%+\-]*[A-Za-z0-9_])@(?:…|\.\.\.|\*+|\[redacted\]|"
    # the address's name quoted up to its at sign: "began 'kaylab09@'"
    r"(?=[\"'’”)\]]))"
)
TRIGGERS = ("[at]", "(at)", "{at}", "<at>", " dot ", "[dot]", "(dot)", "(a)", "[a]", "[@]", "(@)", "[.]",
            "{@}", "-at-", "_at_")  # fmt: skip
# After the word "email", any name before "at" or "on" and a provider ("her email was
# jadeokafor on gmail").
NAMED_RE = re.compile(
    r"(?i:\be-?mail(?:\s+address)?(?:\s+(?:was|is)|\s*:)?)\s+"
    # the name may be typed with spaces: "her email was kayla b at gmail"
    r"(?P<local>[A-Za-z0-9][\w.+\-]{2,40}(?: [A-Za-z0-9][\w.+\-]{0,20}){0,2}?)"
    rf"\s+(?i:at|on|@)\s+(?i:{'|'.join(PROVIDERS)})\b"
)


# After a mail provider's name, the account's name: "her Gmail was kayzbaby09", "his Hotmail
# account: dazza.k". It must look like an account's (a digit, a dot, an underscore).
PROVIDER_NAMED_RE = re.compile(
    rf"(?i:\b(?:{'|'.join(p for p in PROVIDERS if len(p) > 4)})(?:\s+(?:address|account|"
    r"e-?mail))?(?:\s+(?:was|is)|\s*[:,])\s+)"
    r"(?P<local>(?=[\w.+\-]*[\d._])[A-Za-z0-9][\w.+\-]{1,40}[A-Za-z0-9])(?![\w@])"
)


def find(text: str) -> Iterator[Hit]:
    if "@" in text:
        for match, delta in keyword_windows(text, AT_RE, 80, 80).finditer(EMAIL_RE):
            if not _public_mailbox(match.group(0)):
                yield RULE.hit(match.start() + delta, match.end() + delta)
        for pattern in (NO_TLD_RE, BROKEN_RE):
            for match, delta in keyword_windows(text, AT_RE, 60, 40).finditer(pattern):
                yield RULE.hit(match.start() + delta, match.end() + delta)
        # The address cut short ("dannyboy_1989@…", "k.morris@..."): its name still shows.
        for match, delta in keyword_windows(text, AT_RE, 40, 6).finditer(TRUNCATED_RE):
            yield RULE.hit(match.start() + delta, match.end("local") + delta)
    if "%40" in text:
        for match, delta in literal_windows(text, ("%40",), 60, 60).finditer(ENCODED_RE):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    lower = lowered(text)
    if "mail" in lower:
        for match, delta in literal_windows(text, ("email", "e-mail"), 0, 80).finditer(NAMED_RE):
            yield RULE.hit(match.start("local") + delta, match.end("local") + delta)
    if any(occurs(p, text) for p in PROVIDERS if len(p) > 4):
        for match in PROVIDER_NAMED_RE.finditer(text):
            yield RULE.hit(match.start("local"), match.end("local"))
    spaced_at = " @" in text or "@ " in text
    if not (
        BRACKETED_RE.search(lower) or " dot " in lower or AT_PROVIDER_RE.search(lower) or spaced_at
    ):
        return
    triggers = occurring(TRIGGERS, text)
    triggers += [f" at {p}" for p in PROVIDERS if occurs(f" at {p}", text)]
    triggers += [t for t in (" @", "@ ") if spaced_at and t in text]
    provider_triggers = tuple(t for t in triggers if t.startswith(" at "))
    for match, delta in literal_windows(text, provider_triggers, 60, 20).finditer(BARE_PROVIDER_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in literal_windows(text, tuple(triggers), 60, 60).finditer(OBFUSCATED_RE):
        at = match.group("at").strip()
        domain = match.group("domain")
        spelled_dot = re.search(r"(?i)\bdot\b", match.group(0)) is not None
        provider = re.split(r"[\s.\[({<]", domain, maxsplit=1)[0].lower() in PROVIDERS
        if (at.startswith(("[", "(", "{", "<", "@", "-", "_")) or spelled_dot or provider) and (
            not _public_mailbox(_plain(match.group("local"), domain))
        ):
            yield RULE.hit(match.start() + delta, match.end() + delta)


_SPELLED_DOT = re.compile(_DOT)


def _plain(local: str, domain: str) -> str:
    """An address written to dodge a filter, as it is sent: "help at nspcc dot org dot uk"."""
    return f"{_SPELLED_DOT.sub('.', local)}@{_SPELLED_DOT.sub('.', domain)}"


RULE = Rule(
    id="email",
    severity="error",
    message="an email address identifies a person; remove it",
    summary="An email address",
    fix="Remove it.",
    docs="email addresses, also written to dodge a filter: 'at' and 'dot' in brackets or "
    "spelled out between the parts of the address",
    rank=50,
    find=find,
    output_scan=True,
)

"""Rule ``device-identifier``: network and device identifiers (IP and MAC addresses, IMEI).

The ICO's anonymisation guidance counts online identifiers as personal data: an IP address,
a device's MAC address or a phone's IMEI leads to its owner. An IPv4 address needs four
octets of 0-255, two of them with two digits or more (paragraph numbers such as "3.2.1.4"
are not addresses); an IPv6 address must parse as one; an IMEI must pass its Luhn check, or
follow the word "IMEI".
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from stdnum import imei, luhn

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import (
    keyword_windows,
    literal_windows,
    number_windows,
    occurs,
    occurs_any,
    token_set,
)

# Words between a number's name and its value: "the MAC was noted as ...", "the serial was
# listed as ...", "the IMEI number given was ...".
VALUE_GAP = (
    r"(?:(?i:is|was|were|of|as|given|recorded|noted|listed|logged|shown|showed|read|reads|"
    r"registered|entered|written|saved|stored|captured)\s+){0,3}"
)
# Dots, or the "[.]" of a security report that keeps an address from becoming a link.
IPV4_RE = re.compile(r"(?<![\w.\-\]])(?:\d{1,3}(?:\.|\[\.\]|\(\.\))){3}\d{1,3}(?![\w\-]|\.\d)")
# Spaced out so that it is no link ("86 . 12 . 144 . 7"): only after "IP".
SPACED_IPV4_RE = re.compile(r"(?<![\w.])\d{1,3}(?: \. \d{1,3}){3}(?![\w\-]| \.\s*\d)")
# Groups of hex digits and colons, "::" anywhere ("fe80::1c2a:..."); ipaddress decides.
IPV6_RE = re.compile(
    r"(?<![\w:.\-])(?=[0-9A-Fa-f:]*[A-Fa-f0-9]{3})(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)"
    r"[0-9A-Fa-f:]{3,39}(?![\w:\-])"
)
# Six pairs with colons, hyphens or spaces; three groups of four with dots, hyphens or colons.
MAC_RE = re.compile(
    r"(?<![\w:\-])[0-9A-Fa-f]{2}([:\- ])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:\-])"
)
# An IMEI in any grouping, with spaces, hyphens, slashes or dots ("35/209900/176148/1",
# "352099/00/176148/1"): fifteen digits that pass the Luhn check.
IMEI_RE = re.compile(
    r"(?<![\w\-/.])(?=(?:\d[ \-/.]?){14})"
    r"(?:\d{14,16}|\d{1,8}(?:(?P<sep>[ \-/.])\d{1,8}(?:(?P=sep)\d{1,8}){0,4})?)"
    r"(?![\w\-/]|\.\d)"
)
# An IMSI of a UK network: 234 or 235 (the UK's country code) and twelve digits.
IMSI_RE = re.compile(r"(?<![\w\-/.])23[45] ?\d{2} ?\d{10}(?![\w\-/]|\.\d)")
# After a device number's name, its value in any form: "IMEI ending 4821", "IMEISV ...",
# "SIM card number 8944...F", "S/N: ...", "service tag 7XK2P3J", "Apple ID dazza_k_81",
# "UDID 00008030-001A...". A code needs a digit (or, for an account, an underscore).
LABELLED_CODE_RE = re.compile(
    r"(?i:\b(?P<label>imei(?:sv)?|imsi|iccid|meid|esn|eid|udid|"
    r"sim(?:\s+card)?(?:\s+serial)?(?:\s+(?:number|no\.?))|serial(?:\s+(?:number|no\.?|#))?|"
    r"s/n|service\s+tag|asset\s+tag|device\s+id|"
    r"(?:apple|google|icloud|microsoft|samsung|xbox|psn|playstation|nintendo|epic)\s+"
    r"(?:account\s+)?id|(?:apple|google|microsoft)\s+account)\b|(?-i:\bSN\b))"
    r"(?:\s*(?i:number|no\.?|#))?[\s:#.,'\"‘“(]*"
    r"(?:(?i:is|was|were|of|as|number|ending|ended|ends|beginning|starting|given|recorded|noted|"
    r"listed|logged|shown|showed|read|reads|registered|entered|written|saved|stored|captured)"
    r"(?:\s+(?i:in|with))?\s+)*"
    r"[‘'\"“]?(?P<code>\d(?:\d|[ \-/.](?=\d)){3,24}[A-Fa-f]?(?![\w\-])"
    r"|(?=[\w\-]*[\d_])[A-Za-z0-9][\w\-]{3,40}[A-Za-z0-9])(?![\w\-])"
)
# The word of a pseudonym before its initials ("Adult SN", "Child EID", "Mr SN").
PSEUDONYM_HEAD_RE = re.compile(
    r"\b(?:Adult|Child|Baby|Young[ \t]+Person|Person|Sibling|Mr|Mrs|Ms|Miss|Mx)[ \t]+\Z"
)
CODE_LABELS = ("imei", "imeisv", "imsi", "iccid", "meid", "esn", "eid", "udid", "sim",
               "serial", "s/n", "tag", "id", "account", "sn")  # fmt: skip
# Cisco's dotted form of a MAC address ("3c22.fb9a.104e").
MAC_DOTTED_RE = re.compile(
    # a full stop may end the sentence after it ("... was 001A.2B3C.4D5E.")
    r"(?<![\w.:\-])[0-9A-Fa-f]{4}([.\-:])[0-9A-Fa-f]{4}\1[0-9A-Fa-f]{4}(?![\w:\-]|\.\w)"
)
# A SIM card's ICCID: 19 or 20 digits starting 89 (telecoms), with a Luhn check digit.
ICCID_RE = re.compile(r"(?<![\w\-/.])89(?:[ \-]?\d){17,18}(?![\w\-/]|\.\d)")
# After "serial number" or "device ID", a code of letters and digits ("DMPX2B3KHP8Q").
SERIAL_RE = re.compile(
    r"(?i:\b(?:serial (?:no\.?|number)|device id|imei)\b)[^\n\w]{0,12}"
    + VALUE_GAP
    + r"(?P<code>(?=[A-Za-z0-9\-]*\d)(?=[A-Za-z0-9\-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-]{6,22}[A-Za-z0-9])"
    r"(?![\w\-])"
)
# After its name: a MAC address without separators, or a device's advertising ID or UUID.
# Not a URN ("urn:uuid:..."): the build names its own feed entries that way.
LABELLED_ID_RE = re.compile(
    r"(?i:\b(?:mac(?: address)?|bluetooth address|advertising id|android id|idfa|aaid|"
    r"(?<!urn:)uuid)\b)"
    r"[^\n\w]{0,12}" + VALUE_GAP + r"(?P<code>[0-9A-Fa-f]{12}(?![\w\-])|[0-9A-Fa-f]{8}-"
    r"[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![\w\-]))"
)
ID_WORDS = ("mac", "bluetooth address", "advertising id", "android id", "idfa", "aaid", "uuid")
# A Wi-Fi network's name after its label: routers are named after their owners or homes
# ("the Wi-Fi network BT-Hub-Nowak", "SSID: NOWAK_5G"). The name must not be a plain word.
NETWORK_RE = re.compile(
    r"(?i:\b(?:wi-?fi(?: network)?(?: name)?|wireless network(?: name)?|ssid|hotspot|"
    r"network name)\b)[^\n\w]{0,4}(?:(?i:called|named|is|was)\s+)?[\"“'‘]?"
    r"(?P<code>[A-Za-z0-9][A-Za-z0-9_\-.']{2,31}[A-Za-z0-9])[\"”'’]?"
)
NETWORK_WORDS = ("wi-fi", "wifi", "wireless network", "ssid", "hotspot", "network name")
# Names devices and routers are given by default, unique to the machine: Windows computers
# ("DESKTOP-K4R9Q2T", "LAPTOP-8H2JD0QA", "WIN-3NC8QK1P0TD") and UK broadband routers' Wi-Fi
# networks ("VM8821734" Virgin Media, "SKY4F2A1", "BT-7XK2PQ", "BTHub6-P8RQ",
# "TALKTALK-4A1B2C", "EE-R7X2KF", "PLUSNET-9QF2", "NOWTV-3F2A").
DEFAULT_NAME_RE = re.compile(
    r"(?<![\w\-])(?:DESKTOP-[A-Z0-9]{7}|LAPTOP-[A-Z0-9]{8}|WIN-[A-Z0-9]{11}|VM\d{7}|"
    r"SKY[A-Z0-9]{5}|BT-[A-Z0-9]{6}|BTHub\d-[A-Z0-9]{4}|TALKTALK-?[A-F0-9]{6}|EE-[A-Z0-9]{6}|"
    r"PLUSNET-[A-Z0-9]{4}|NOWTV-?[A-Z0-9]{4}|VIRGIN\d{3})(?![\w\-])",
    re.I,
)
DEFAULT_NAME_STARTS = ("desktop-", "laptop-", "win-", "vm", "sky", "bt", "talktalk", "ee-",
                       "plusnet-", "nowtv", "virgin")  # fmt: skip
# A device's own name in quotes, as an app or a log shows it ("registered as 'Front Door -
# Okafor'", "paired as 'Kayla's iPhone'"): a name inside is the owner's.
DEVICE_NAME_RE = re.compile(
    r"(?i:\b(?:registered|named|called|listed|shown|showed|appeared|paired|saved|set up)\s+"
    r"(?:as|under)\s+)[\"“'‘](?P<name>[^\"”\n]{2,40}?)[\"”'’](?![A-Za-z])"
)
DEVICE_NAME_VERBS = ("registered as", "named as", "called as", "listed as", "shown as",
                     "showed as", "appeared as", "paired as", "saved as", "set up as",
                     "registered under", "listed under", "saved under")  # fmt: skip
DEVICE_WORDS = re.compile(
    r"(?i:\b(?:device|camera|doorbell|speaker|echo|alexa|ring|nest|phone|iphone|ipad|tablet|"
    r"laptop|computer|console|xbox|playstation|router|bluetooth|smart|app|watch|tracker|"
    r"airtag|tile|tv)\b)"
)
# An eSIM's EID: 32 digits that begin 89 (the telecoms industry).
EID_RE = re.compile(r"(?<![\w\-/.])89\d{30}(?![\w\-/]|\.\d)")
IP_LABEL = re.compile(r"(?i:\bip(?:v4)?(?: address)?\b[^\n\d]{0,12})$")
ICCID_LABEL = re.compile(r"(?i:\b(?:iccid|sim)\b[^\n\d]{0,20})$")
IMEI_LABEL = re.compile(r"(?i:\b(?:imei|imsi|serial (?:no|number)|device id)\b[^\n\d]{0,12})$")
# The handset's number named earlier in the sentence: "the IMEI ended 0457 and the full
# number, 3569..., was in the download".
IMEI_IN_SENTENCE = re.compile(r"(?i:\bimei\b)(?:[^\n.!?]|\.(?!\s)){0,90}$")
NOT_IP_BEFORE = re.compile(
    r"(?i:\b(?:paragraphs?|paras?\.?|sections?|version|v|chapter|clause|table|figure|appendix|"
    r"recommendation|rule|part)\s*$)"
)
# A software release named before its number: "Cellebrite UFED 7.62.0.45", "Physical Analyzer
# 7.60.1.17", "firmware 1.0.22.118", "SystmOne 2.10.2.0". A version is dotted like an IPv4
# address but follows the product's capitalised name or a release word, where an address
# follows "from", "IP", "address" or a provider's name ("BT 86.12.1.7"). Only read when no IP
# label comes first.
VERSION_BEFORE = re.compile(
    r"(?:(?i:\b(?:firmware|software|build|release|update|patch|ver|edition|app|tool|kernel|"
    r"driver|os|bios))|\b(?!(?:The|A|An|At|By|From|Via|To|On|In|Of|And|Or|Then|Address|Was|"
    r"Is|Were|Logged|Accessed|Traced|ISP|BT|Sky|Virgin|Media|TalkTalk|Vodafone|EE|O2|Three|"
    r"Plusnet|Hyperoptic|Shell|Broadband)\b)[A-Z][\w\-]*)[ \t\n]+(?:v\.?[ \t]?)?$"
)
_COLON = re.compile(r":")


def _gateway(octets: list[int]) -> bool:
    """A private network's (RFC 1918) router, network or broadcast address, or the machine's
    own (127.x): the same in every home, unlike the address a device is given."""
    a, b = octets[0], octets[1]
    private = a == 10 or (a == 192 and b == 168) or (a == 172 and 16 <= b <= 31)
    return a == 127 or (private and octets[3] in (0, 1, 254, 255))


def find(text: str) -> Iterator[Hit]:
    windows = number_windows(text)
    for match, delta in windows.finditer(IPV4_RE):
        octets = [int(o) for o in re.findall(r"\d+", match.group(0))]
        start = match.start() + delta
        # "IP address 10.0.0.5": after its name any address counts
        labelled = IP_LABEL.search(text, max(0, start - 24), start) is not None
        if (
            all(o <= 255 for o in octets)
            and (labelled or sum(o >= 10 for o in octets) >= 2)
            # a router's own address on a home network ("192.168.1.1", "10.0.0.254") is
            # every router's: only after "IP" is it read as one
            and (labelled or not _gateway(octets))
            and not NOT_IP_BEFORE.search(text, max(0, start - 16), start)
            and (labelled or not VERSION_BEFORE.search(text, max(0, start - 40), start))
        ):
            yield RULE.hit(start, match.end() + delta)
    if " . " in text:
        for match in SPACED_IPV4_RE.finditer(text):
            start = match.start()
            if IP_LABEL.search(text, max(0, start - 24), start) and all(
                int(o) <= 255 for o in re.findall(r"\d+", match.group(0))
            ):
                yield RULE.hit(start, match.end())
    for match, delta in windows.finditer(IMEI_RE):
        digits = re.sub(r"\D", "", match.group(0))
        start = match.start() + delta
        labelled = (
            IMEI_LABEL.search(text, max(0, start - 30), start) is not None
            or IMEI_IN_SENTENCE.search(text, max(0, start - 100), start) is not None
        )
        if (len(digits) == 15 and imei.is_valid(digits) and luhn.is_valid(digits)) or (
            labelled and len(digits) in (14, 15, 16)
        ):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in windows.finditer(IMSI_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)
    # whole words with a digit after them: "account" and "id" are common, their codes rare
    labelled = literal_windows(text, CODE_LABELS, 24, 70, whole=True, digit_after=True)
    for match, delta in labelled.finditer(LABELLED_CODE_RE):
        if match["label"] is None and PSEUDONYM_HEAD_RE.search(
            match.string, max(0, match.start() - 20), match.start()
        ):
            continue  # "Adult SN: covid-19 and ...": a pseudonym's initials, not a label
        yield RULE.hit(match.start("code") + delta, match.end("code") + delta)
    yield from _owned_devices(text)
    if "'S " in text or "’S " in text or "'s " in text or "’s " in text:
        yield from _possessive_device_names(text)
    for match, delta in windows.finditer(ICCID_RE):
        start = match.start() + delta
        if luhn.is_valid(re.sub(r"\D", "", match.group(0))) or ICCID_LABEL.search(
            text, max(0, start - 30), start
        ):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(EID_RE):
        yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(MAC_DOTTED_RE):
        if re.search(r"[A-Fa-f]", match.group(0)):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in literal_windows(text, ID_WORDS, 0, 70).finditer(LABELLED_ID_RE):
        yield RULE.hit(match.start("code") + delta, match.end("code") + delta)
    if occurs_any(NETWORK_WORDS, text):
        network_windows = literal_windows(text, NETWORK_WORDS, 0, 60)
        for match, delta in network_windows.finditer(NETWORK_RE):
            code = match.group("code")
            # A name of the network's own: digits, _ or -, or capitals inside ("BTHubNowak").
            if (
                any(c.isdigit() or c in "_-" for c in code) or re.search(r"[a-z][A-Z]", code)
            ) and re.sub(r"[^a-z0-9]", "", code.lower()) not in PUBLIC_NETWORKS:
                yield RULE.hit(match.start("code") + delta, match.end("code") + delta)
        yield from _network_names(text, network_windows)
    if occurs_any(DEFAULT_NAME_STARTS, text):
        for match, delta in windows.finditer(DEFAULT_NAME_RE):
            code = match.group(0)
            if any(c.isdigit() for c in code):
                yield RULE.hit(match.start() + delta, match.end() + delta)
        if occurs_any(HOST_KINDS, text):
            yield from _named_hosts(text)
    if occurs_any(DEVICE_NAME_VERBS, text):
        yield from _device_names(text)
    if occurs("serial", text) or occurs("device id", text):
        for match, delta in literal_windows(text, ("serial", "device id"), 0, 60).finditer(
            SERIAL_RE
        ):
            yield RULE.hit(match.start("code") + delta, match.end("code") + delta)
    if ":" in text or "-" in text:
        for match, delta in keyword_windows(text, _COLON, 40, 40).finditer(IPV6_RE):
            raw = match.group(0)
            if raw.count(":") < 3:
                continue
            try:
                ipaddress.IPv6Address(raw)
            except ValueError:
                continue
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in windows.finditer(MAC_RE):
        raw = match.group(0)
        # with spaces, six pairs of digits alone are too like other numbers
        if re.search(r"[A-Fa-f]", raw) or (
            " " not in raw and len(set(raw.replace(":", "").replace("-", ""))) > 3
        ):
            yield RULE.hit(match.start() + delta, match.end() + delta)


# Products people name after themselves: "Jade's iPhone", "Tomasz's Galaxy S21".
PRODUCT_WORDS = ("iPhone", "iPad", "iPod", "MacBook", "iMac", "Galaxy", "Pixel", "Echo",
                 "AirPods", "Kindle", "PlayStation", "Xbox", "Chromebook", "Laptop", "PC",
                 "Beats", "Fire TV", "Switch", "Watch", "Phone", "Tablet", "MBP", "PS4", "PS5",
                 "Samsung", "Huawei", "Motorola", "Fitbit")  # fmt: skip
DEVICE_LIST_CUE = re.compile(
    r"(?i:\b(?:listed|named|called|shown|showed|appeared|connected|paired|joined|hotspot|"
    r"network|router|bluetooth|device list|devices|account|log|logs|logged)\b)"
)
EVERYDAY_PRODUCTS = frozenset(
    ("echo", "beats", "laptop", "pc", "switch", "watch", "phone", "tablet", "fire tv")
)
PRODUCT_KEYS = tuple(sorted({p.lower() for p in PRODUCT_WORDS}))
_PRODUCTS = "|".join(re.escape(p) for p in PRODUCT_WORDS)
OWNED_DEVICE_RE = re.compile(
    rf"(?<![\w\-])(?P<name>[A-Z][a-z]+?)(?:['’]s|s(?=-))?[ \-](?i:{_PRODUCTS})(?![a-z])"
    # a host name in capitals: "JADE-LAPTOP", "KYLES-IPHONE"
    rf"|(?<![\w\-])(?P<host>[A-Z]{{3,}}S?[- ](?:{_PRODUCTS.upper()}))(?![\w\-])"
)
# Who owns a device without being named: "Mother's iPhone", "the School iPad".
NOT_OWNERS = token_set(
    "mother mum mummy father dad daddy nan nana gran granny grandma grandmother grandad "
    "grandfather grandpa child sibling adult uncle aunt auntie brother sister stepfather "
    "stepmother carer family school work home the his her their my our your apple samsung "
    "google amazon microsoft sony nintendo new old black white silver grey gold blue red "
    "pink green cracked broken spare second first"
)
# Networks of providers and public places, not of a home: "BTWiFi", "_The Cloud", "eduroam".
PUBLIC_NETWORKS = token_set(
    "btwifi btwifiwithfon btwififon thecloud o2wifi virginmediawifi skywifi govwifi "
    "eduroam nhswifi guest freewifi publicwifi"
)
# A network's name in quotes, or capitalised words after "called"/"named": "the Wi-Fi
# network 'Okafor Family'", "the wifi called Kowalczyk Home".
NETWORK_NAME_RE = re.compile(
    r"(?i:\b(?:wi-?fi(?: network)?(?: name)?|wireless network(?: name)?|ssid|hotspot|"
    # a space or a colon after the cue: "the network's name" is a possessive, no quotation
    r"network(?: name)?)\b)(?:\s*[:,]\s*|\s+)(?:(?i:called|named|is|was)\s+)?"
    r"(?:[\"“'‘](?P<quoted>[^\s\"”'’][^\"”'’\n]{0,30}[^\s\"”'’])[\"”'’]"
    r"|(?<=called )(?P<words>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2})"
    r"|(?<=named )(?P<words2>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}))"
)


def _owned_devices(text: str) -> Iterator[Hit]:
    """A person's name in a device's name: "Kyle's iPhone", "Jades-iPhone", "JADE-LAPTOP"."""
    from review_library.redaction.rules.gazetteer import gazetteer

    names = gazetteer()
    windows = literal_windows(text, PRODUCT_KEYS, 30, 12)
    joined = windows.text
    for match, delta in windows.finditer(OWNED_DEVICE_RE):
        if match.group("host"):
            host = re.split(r"[- ]", match.group("host"))[0].rstrip("S").capitalize()
            if host.lower() not in NOT_OWNERS and (
                names.is_first(host) or not names.is_word(host.lower())
            ):
                yield RULE.hit(match.start("host") + delta, match.end("host") + delta)
            continue
        name = match.group("name")
        if name.lower() in NOT_OWNERS:
            continue
        product = joined[match.end("name") : match.end()].lstrip("'’s -").lower()
        # "checked Sarah's phone" is prose; "Sarah's Phone" in a device list or after
        # "hotspot" is a device's name. "Mark Watch" is no device's name at all.
        if product in EVERYDAY_PRODUCTS and (
            joined[match.end("name")] not in "'’-"
            or DEVICE_LIST_CUE.search(
                text, max(0, match.start() + delta - 60), match.end() + delta + 40
            )
            is None
        ):
            continue
        if names.is_first(name) or names.is_surname(name) or not names.is_word(name.lower()):
            end = match.end() if joined[match.end("name")] not in "'’ " else match.end("name")
            yield RULE.hit(match.start("name") + delta, end + delta)


# A device named for its owner in capitals, as a router's list, AirDrop or Bluetooth shows it
# ("KIERAN'S IPAD", "DARREN'S BOOMBOX"), or in a quoted name ("‘Darren's Boombox’"): any
# kind of device, known by the words about devices around it.
POSSESSIVE_DEVICE_RE = re.compile(
    r"(?<![\w\-])(?P<name>[A-Z]{2,})['’]S[ \t]+[A-Z0-9][A-Z0-9\-]*(?:[ \t]+[A-Z0-9][A-Z0-9\-]*)"
    r"{0,2}(?!\w)"
    r"|(?<=[\"“'‘])(?P<quoted>[A-Z][a-z]+)['’]s[ \t]+[A-Z0-9][\w\-]*(?:[ \t]+[A-Z0-9][\w\-]*){0,2}"
    r"(?=[\"”'’])"
)


# Every match of POSSESSIVE_DEVICE_RE holds an apostrophe and "S" or "s" and a space or tab
# right after its name, and its name is the whole run of ASCII letters before them.
_POSSESSIVE_S = re.compile(r"['’][Ss][ \t]")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _possessive_matches(text: str) -> Iterator[re.Match]:
    """``POSSESSIVE_DEVICE_RE.finditer(text)``, tried only where a name's run of letters
    ends at "'S " or "'s ": the pattern is led by look-behinds, with which the engine tries
    it at every character of a report (2.7 ms a 30 kB review, 4% of the check). Both
    branches need a character before the name that is no letter (no word character, or a
    quote), so a match starts where the letters before the apostrophe start, or nowhere:
    the same matches, in the same order."""
    last = 0
    for found in _POSSESSIVE_S.finditer(text):
        end = found.start()
        start = end
        while start > last and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        if start == end:
            continue
        match = POSSESSIVE_DEVICE_RE.match(text, start)
        if match is not None:
            yield match
            last = match.end()


def _possessive_device_names(text: str) -> Iterator[Hit]:
    """A first name owning a device in its shown name, in a sentence about devices."""
    from review_library.redaction.rules.gazetteer import gazetteer

    names = gazetteer()
    for match in _possessive_matches(text):
        name = (match.group("name") or match.group("quoted")).capitalize()
        if name.lower() in NOT_OWNERS or not names.is_first(name):
            continue
        shown = match.group(0).split(None, 1)[-1]
        # A device's own word in the name ("LEIGHTON'S PS5") makes any first name its
        # owner's; words about devices around it only a name that is no place or word.
        if DEVICE_WORDS.search(shown) is None and not any(
            product.upper() in shown.upper().split() for product in PRODUCT_WORDS
        ):
            # The words around, within this piece of a joined scan: a NUL of the separator
            # ends the window (a device cue in the next piece is no cue for this name).
            low = max(0, match.start() - 80)
            low = max(low, text.rfind("\x00", low, match.start()) + 1)
            high = text.find("\x00", match.end(), match.end() + 40)
            around = (low, high if high != -1 else match.end() + 40)
            if (
                DEVICE_WORDS.search(text, *around) is None
                and DEVICE_LIST_CUE.search(text, *around) is None
            ) or not (names.is_distinctive_first(name) or not names.is_word(name.lower())):
                continue
        yield RULE.hit(match.start(), match.end())


# A computer renamed after its owner, the kind word first: "DESKTOP-KOWALSKI", "Laptop_Jade".
NAMED_HOST_RE = re.compile(
    r"(?<![\w\-])(?i:desktop|laptop|pc|macbook|imac)[-_](?P<owner>[A-Za-z]{3,})(?![\w\-])"
)


HOST_KINDS = ("desktop", "laptop", "pc", "macbook", "imac")


def _named_hosts(text: str) -> Iterator[Hit]:
    from review_library.redaction.rules.gazetteer import gazetteer

    names = gazetteer()
    for match, delta in literal_windows(text, HOST_KINDS, 0, 40).finditer(NAMED_HOST_RE):
        owner = match.group("owner")
        if owner.lower() not in NOT_OWNERS and (
            names.is_distinctive_first(owner)
            or (names.is_name(owner) and not names.is_word(owner.lower()))
        ):
            yield RULE.hit(match.start() + delta, match.end() + delta)


def _network_names(text: str, windows) -> Iterator[Hit]:
    """Words of a home network's name that are not plain English: names of people."""
    from review_library.redaction.rules.gazetteer import gazetteer

    names = gazetteer()
    for match, delta in windows.finditer(NETWORK_NAME_RE):
        group = "quoted" if match.group("quoted") else "words" if match.group("words") else "words2"
        value = match.group(group)
        if value is None or re.sub(r"[^a-z0-9]", "", value.lower()) in PUBLIC_NETWORKS:
            continue
        words = re.findall(r"[A-Za-z]+", value)
        if any(
            (w[0].isupper() and (names.is_first(w) or names.is_surname(w)))
            or not names.is_word(w.lower())
            for w in words
        ):
            yield RULE.hit(match.start(group) + delta, match.end(group) + delta)


def _device_names(text: str) -> Iterator[Hit]:
    """Names of people inside a device's quoted name, in a sentence about a device."""
    from review_library.redaction.rules.gazetteer import gazetteer

    names = gazetteer()
    for match in DEVICE_NAME_RE.finditer(text):
        if DEVICE_WORDS.search(text, max(0, match.start() - 80), match.end() + 40) is None:
            continue
        for word in re.finditer(r"[A-Z][a-z]+(?:['’]s)?", match.group("name")):
            bare = re.sub(r"['’]s$", "", word.group())
            if (
                names.is_distinctive_first(bare)
                or (names.is_surname(bare) and not names.explained(bare))
                or (word.group() != bare and names.is_first(bare))
            ):
                start = match.start("name") + word.start()
                yield RULE.hit(start, start + len(bare))


RULE = Rule(
    id="device-identifier",
    severity="error",
    message="an IP or MAC address or a device number leads to its owner; remove it",
    summary="A network or device identifier (IP address, MAC address, IMEI)",
    fix="Remove it; say 'the family's internet connection' or 'the phone'.",
    docs="IPv4 and IPv6 addresses, MAC addresses (3C:22:FB:9A:10:4E, 3c-22-fb-9a-10-4e, "
    '3c22.fb9a.104e), IMEI numbers with a valid check digit or after "IMEI", SIM card numbers '
    '(ICCID: 89 and 17 or 18 digits with a valid Luhn check digit, or after "ICCID", "SIM"); a code of letters and digits after "serial number" or '
    '"device ID"; a Wi-Fi network\'s own name after "Wi-Fi network" or "SSID"; default names of '
    "Windows computers and UK routers (DESKTOP-..., VM and seven digits); a person's name in a "
    "device's quoted name",
    rank=45,
    find=find,
    output_scan=False,
    # a device's name may carry a declared pseudonym ("Sarah's iPhone")
    silenced_by=frozenset({"pseudonym", "named_people"}),
)

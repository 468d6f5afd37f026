"""Rule ``social-handle``: social media accounts, profile links and fundraising pages.

"@kayleigh_b93"; an account named in prose after its platform ("on Snapchat, where he went by
jay_m2006", "Mother's TikTok account, kenzie.xo", "the YouTube channel TylerVlogz"); profile
and fundraising links ("facebook.com/darren.holt.779", "gofundme.com/f/justice-for-baby-k");
payment links (monzo.me/...); Reddit users (u/...); contacts saved in a phone under a quoted
name; an account name opening a clause before what accounts do ("kxyla.xox posted").
A name in prose must look like an account name (a digit, an underscore, a dot, a capital
inside the word, or quotes around it), so "Snapchat and TikTok" is no account.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.gazetteer import gazetteer
from review_library.redaction.rules.text import (
    AT_RE,
    blank_led_finditer,
    capitalised_words,
    cue_finditer,
    english_ending,
    fold,
    keyword_windows,
    literal_positions,
    literal_windows,
    lowered,
    may_occur_any,
    occurring,
    occurs,
    occurs_any,
    strip_possessive,
    token_set,
    vocabulary,
    word_set,
)

HANDLE_RE = re.compile(r"(?<![\w@.\-/])@(?=[\w.]*[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<!\.)")
SITES = [
    "facebook.com",
    "fb.com",
    "instagram.com",
    "tiktok.com",
    "twitter.com",
    "x.com",
    "snapchat.com",
    "youtube.com",
    "linkedin.com",
    "threads.net",
    "twitch.tv",
    "reddit.com",
    "onlyfans.com",
    "linktr.ee",
    "t.me",
    "discord.gg",
    "discord.com",
    "pinterest.com",
    "tumblr.com",
    "soundcloud.com",
    "vk.com",
    "telegram.me",
    "kik.me",
    "gofundme.com",
    "justgiving.com",
    "crowdfunder.co.uk",
    "go.fundme.com",
    "patreon.com",
    "ko-fi.com",
    "paypal.me",
    "cash.app",
    "gofund.me",
    "gf.me",
    "virginmoneygiving.com",
    "givengain.com",
    "bsky.app",
    "chat.whatsapp.com",
    "ask.fm",
    "fb.me",
    "instagr.am",
    "youtu.be",
    "buymeacoffee.com",
    "monzo.me",
    "revolut.me",
    "wa.me",
    "wattpad.com",
    "roblox.com/users",
    "steamcommunity.com",
    "twitch.com",
    "fansly.com",
    # memorial, funeral-notice and further fundraising sites: a page there names the dead
    "muchloved.com",
    "funeral-notices.co.uk",
    "forevermissed.com",
    "legacy.com",
    "iannounce.co.uk",
    "funeralguide.co.uk",
    "localgiving.org",
    "totalgiving.co.uk",
    "givealittle.co.nz",
    "mydonate.bt.com",
    "spacehive.com",
    "beacons.ai",
    "bereal.com",
    "kick.com",
    "likee.video",
    # more places a person's page or profile sits at a path of their name
    "medium.com",
    "vimeo.com",
    "flickr.com",
    "deviantart.com",
    "quora.com/profile",
    "mastodon.social",
    "venmo.com",
    "throne.com",
    "allmylinks.com",
    "chaturbate.com",
    "manyvids.com",
    "open.spotify.com/user",
    "pinterest.co.uk",
    "imgur.com/user",
    "amazon.co.uk/hz/wishlist",
    "amazon.com/hz/wishlist",
    "snapchat.com/add",
    "tiktok.com/@",
]
_SITE = "|".join(re.escape(site) for site in SITES)
SITE_WORDS = tuple(f"{site}/" for site in SITES)
PROFILE_URL_RE = re.compile(
    rf"(?i:(?:https?://)?(?:[a-z0-9\-]{{1,12}}\.)?(?:{_SITE})/)"
    r"(?!(?:help|about|legal|policies|privacy|terms|login|signup|search|explore|hashtag|"
    r"watch\?|results|groups/?$)\b)[\w.\-@~%/?=&+$]*[\w]"
)
PLATFORM = (
    r"(?i:snapchat|snap|instagram|insta|tiktok|facebook|twitter|discord|xbox|psn|playstation|"
    r"youtube|twitch|telegram|whatsapp|kik|reddit|roblox|fortnite|minecraft|steam|onlyfans|"
    r"messenger|yubo|wizz|omegle|bluesky|tumblr|pinterest|viber|tinder|hinge|bumble|grindr|"
    r"mumsnet|netmums|skype|wickr|badoo|bebo|depop|vinted|gumtree|vivastreet|adultwork|fansly|"
    r"wechat|threads|wattpad|ebay|etsy|spotify|soundcloud|fb|ig|"
    r"gamertag|username|user name|user-name|user\b|online name|screen name|profile name|handle|"
    r"display name|account name)"
)
ACCOUNT_RE = re.compile(
    rf"\b(?P<platform>{PLATFORM})(?![A-Za-z0-9])(?:['’]s)?"
    r"(?:\s+(?P<noun>(?i:name|id|account|profile|handle|channel|page|username|user|seller|shop|"
    r"store)))?"
    r"(?:,?\s+(?i:where|on which)\s+(?i:he|she|they|it)\s+(?i:went|goes|was known|is known)\s+(?i:by|as))?"
    r"(?:,?\s+(?P<connector>(?i:(?:was|is) (?:called|named)|was|is|of|called|named|as|under|"
    r"went by|goes by|by|under the name|which was|which is))\b)?"
    r"\s*[,:\-–—(]?\s*[\"“'‘]?(?P<handle>[A-Za-z0-9_][\w.\-]{1,28}[A-Za-z0-9_](?:#\d{4})?)"
    r"[\"”'’]?"
)
# Prose that names the account after its owner: "posted as kayleigh_b93 on Instagram".
AS_RE = re.compile(
    r"(?i:(?:account|profile|page|channel|username|user name) (?:was|is) (?:called|named)\s+|"
    r"(?:profile|username|user name|account) (?:was|is)\s+|(?:his|hers|her's|theirs) (?:was|is)\s+|"
    r"(?:posted|posting|posts|messaged|messaging|went|goes|going|known|appeared|(?:calling|called) "
    r"(?:him|her|them)self|(?:account|profile|user|page|channel) (?:called|named)|account|"
    r"under the (?:channel |user|account |profile |screen |display )?name|"
    r"(?:used|uses|using) the (?:user)?name|"
    # "the man's was lonewolf_77" (an online cue must be near: see find)
    r"['’]s (?:was|is))"
    # "posted on Mumsnet as ...", "known on the Kik app as ..."
    r"(?:\s+(?:on|in|via)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}"
    r"(?:\s+(?i:app|forum|site|group|chat|page|website))?(?=\s+(?:as|by|under)\b))?"
    r"(?:\s+(?:as|by|under))?\s+)[\"“'‘]?"
    r"(?P<handle>[A-Za-z0-9_][\w.\-]{1,28}[A-Za-z0-9_](?:#\d{4})?)"
)
# A quoted name of any words after a naming phrase, in a sentence that names a platform: "a
# Facebook account in the name 'Daz K...'", "on Snapchat she went by 'Princess ...'". A
# quoted phrase with no naming phrase is a feature ("the Snapchat 'Quick Add' feature").
QUOTED_NAME_RE = re.compile(
    r"(?i:\b(?:in|under|with|using|used|uses)\s+the\s+(?:(?:user|account|profile|display|screen)\s*)?name|"
    r"\bwent\s+by|\bgoes\s+by|\bgoing\s+by|\bknown\s+as|\bcalled|\bnamed|"
    r"\b(?:account|profile|username|user name|channel|handle|gamertag|gamer tag|"
    r"(?:display|screen|online)\s+name)\s*(?:name\s*)?[,:(]?)"
    r"\s*[\"“'‘](?P<handle>[^\"”'’\n]{2,40}?)[\"”'’]"
)
# An organisation's own account ("@WestmarchSCP", "@NorthshireSAB"): public, and no person's.
ORGANISATION_HANDLE = re.compile(
    r"(?:SCP|SCB|LSCB|SAB|SAPB|CSP|SCPs|NHS|ICB|Council|Police|Trust|Safeguarding|Gov|GOV|UK|"
    r"COUNCIL|POLICE|TRUST|SAFEGUARDING)$"
    # an acronym alone ("@NSPCC", "@CEOP"): a body's account, not a person's ("@RILEYROSE",
    # a person's name in capitals, is longer)
    r"|^@[A-Z]{3,6}$"
)
# An organisation's own page at a profile address: "facebook.com/WestmarchSCP",
# "instagram.com/westmarchpolice" (a body's word ends the account name, in any case).
ORGANISATION_ACCOUNT = re.compile(
    r"(?i:(?:scp|scb|lscb|sab|sapb|csp|nhs|icb|council|police|trust|safeguarding|partnership|"
    r"board|gov|charity|cic)/?$)"
)
# ... or an acronym then an underscore ("@NSPCC_Learning") ...
ACRONYM_START = re.compile(r"@([A-Z]{3,6})(?=[A-Z]?[a-z]|_[A-Za-z])")
# ... or a body's word first, then a place or a word in capitals ("@SafeguardingWales",
# "@PoliceScotland", "@NHSEngland", "@Council_Westmarch").
ORGANISATION_START = re.compile(
    r"^@(?:Safeguarding|SAFEGUARDING|Police|POLICE|NHS|Council|COUNCIL|Trust|SCP|LSCB|SAB|Gov|"
    r"GOV)_?[A-Z]"
)


def _organisation_handle(handle: str, text: str) -> bool:
    """An organisation's account: a body's word at its end, or an acronym at its start that
    the text also uses alone ("the IWF (@IWFhotline)") or that names a public body."""
    if ORGANISATION_HANDLE.search(handle) or ORGANISATION_START.match(handle):
        return True
    match = ACRONYM_START.match(handle)
    if match is None:
        return False
    acronym = match.group(1)
    prefixes = (acronym[:k] for k in range(len(acronym), 2, -1))
    return any(
        fold(prefix) in gazetteer().bodies or re.search(rf"\b{prefix}\b", text) is not None
        for prefix in prefixes
    )


WORDS = (
    "snapchat", "instagram", "insta", "tiktok", "facebook", "twitter", "discord", "xbox",
    "psn", "playstation", "youtube", "twitch", "telegram", "whatsapp", "kik", "reddit",
    "roblox", "fortnite", "minecraft", "steam", "onlyfans", "gamertag", "user", "username", "online name",
    "screen name", "profile name", "handle", "display name", "account name",
)  # fmt: skip
CAPITALISED_PLATFORMS = (
    "Snapchat", "Snap", "Instagram", "Insta", "TikTok", "Tiktok", "Facebook", "Twitter", "Discord",
    "Xbox", "XBox", "PlayStation", "Playstation", "YouTube", "Youtube", "Twitch", "Telegram",
    "WhatsApp", "Whatsapp", "Kik", "Reddit", "Roblox", "Fortnite", "Minecraft", "Steam",
    "OnlyFans", "Onlyfans", "Gamertag", "Username", "Handle", "Messenger", "Yubo", "Wizz",
    "Omegle", "Bluesky", "Tumblr", "Pinterest", "Viber", "Tinder", "Hinge", "Bumble", "Grindr",
    "Mumsnet", "Netmums", "Skype", "Wickr", "Badoo", "Bebo", "Depop", "Vinted", "Gumtree",
    "Vivastreet", "AdultWork", "Adultwork", "Fansly", "WeChat", "Wattpad", "eBay", "Ebay", "Etsy", "Spotify", "SoundCloud", "Soundcloud",
)  # fmt: skip
LOWER_CUES = ("snapchat", "instagram", "tiktok", "facebook", "username", "gamertag", "psn",
              "handle", "user", "ebay", "insta", "youtube", "twitch", "discord", "roblox",
              "xbox", "whatsapp", "telegram", "kik", "reddit", "yubo", "wizz", "fortnite",
              "onlyfans", "fb", "ig")  # fmt: skip
NAME_CUES = ("online name", "screen name", "profile name", "display name", "account name",
             "user name")  # fmt: skip
# Substrings every AS_WORDS phrase contains one of ("in" tests: a regex alternation over the
# whole text cost four times as much).
AS_GATE = ("profile was", "profile is", "name was", "name is", "account was", "account is",
           "his was", "hers was", "her's was", "theirs was", "posted", "posting", "posts ", "messag", " by ", "known as", "appeared as", "under the",
           "the name", "the username", " called ", " named ", "account", "self", "'s was",
           "’s was", "'s is", "’s is", " on ")  # fmt: skip
AS_WORDS = (
    "profile was", "profile is", "username was", "username is", "user name was", "account was",
    "account is", "his was", "his is", "hers was", "her's was", "theirs was",
    "posted as", "posting as", "posts as", "posted under", "messaged as", "messaging as",
    "went by", "goes by", "going by", "known as", "appeared as", "under the name",
    "calling himself", "calling herself", "calling themself", "used the name", "uses the name",
    "using the name", "used the username", "account called", "account named",
    "profile called", "profile named", "user called", "user named", "page called", "page named",
    "channel called", "channel named", "account ", "called himself", "called herself",
    "called themself", "under the channel", "under the user", "under the account",
    "under the profile", "under the screen", "under the display", "'s was", "’s was", "'s is",
    "’s is", "posted on", "posting on", "posts on", "messaged on", "messaging on", "known on",
    "went on", "appeared on", "posted in", "posting in", "known in",
)  # fmt: skip
# Platforms' names that no English word shares, as people also type them: in lower case
# ("on tiktok she was ...", "his fb was ...") and the short "snap" after an owner ("his snap").
LOWER_PLATFORMS = (
    "snapchat", "instagram", "insta", "tiktok", "facebook", "fb", "twitter", "discord", "xbox",
    "psn", "playstation", "youtube", "twitch", "telegram", "whatsapp", "kik", "reddit",
    "roblox", "fortnite", "minecraft", "onlyfans", "yubo", "wizz", "omegle", "bluesky",
    "tumblr", "pinterest", "viber", "tinder", "grindr", "skype", "badoo", "fansly", "wattpad",
    "bereal", "soundcloud", "ig",
)  # fmt: skip
LOWER_PLATFORMS_SNAP = (*LOWER_PLATFORMS, "snap")
# Words of prose only: never inside a file's name or a slug ("baby-fb-00707.md").
LOWER_PLATFORM_ALTERNATION = (
    r"(?<![\w\-/.])(?:" + "|".join(LOWER_PLATFORMS) + r")(?![\w\-/]|\.\w)"
    r"|\b(?:his|her|their|my|your|on)\s+snap\b"
)
LOWER_PLATFORM_RE = re.compile(LOWER_PLATFORM_ALTERNATION)
# A plain word after "on TikTok as" or "her Snapchat was" is an account name unless it is an
# English word ("as well", "was private") or another platform.
PLATFORM_NEAR = re.compile("|".join(CAPITALISED_PLATFORMS))
# The same with the lower-case names: used only for a text that has one (over every text, an
# alternation with a look-behind first cost a fifth of the whole check).
PLATFORM_NEAR_ANY_CASE = re.compile(
    "|".join(CAPITALISED_PLATFORMS) + "|" + LOWER_PLATFORM_ALTERNATION
)


@lru_cache(maxsize=8)
def _lower_platform(text: str) -> bool:
    """Whether the text names a platform in lower case ("on tiktok", "his fb")."""
    return may_occur_any(LOWER_PLATFORMS_SNAP, text, whole=True) and (
        LOWER_PLATFORM_RE.search(text) is not None
    )


def _platform_near(text: str) -> re.Pattern:
    return PLATFORM_NEAR_ANY_CASE if _lower_platform(text) else PLATFORM_NEAR


PLATFORM_NAMES = frozenset(w.lower() for w in CAPITALISED_PLATFORMS)


# A platform's short name as a label: "ig: not.kezzy", "snap - kenz_x", "TT: @kaydenxo".
LABEL_RE = re.compile(
    r"(?<![\w.])(?i:ig|insta|snap|sc|tt|fb|twitter|x|tiktok|snapchat|instagram|facebook)"
    r"\s*:\s*@?(?P<handle>[A-Za-z0-9_][\w.\-]{1,28}[A-Za-z0-9_])"
)
LABEL_BEFORE = re.compile(
    r"(?<![\w.])(?i:ig|insta|snap|sc|tt|fb|twitter|x|tiktok|snapchat|instagram|facebook)\s*$"
)


# Whose platform it is: "her Snapchat", "Mother's TikTok".
OWNER_BEFORE = re.compile(
    r"(?i:\b(?:(?:her|his|their|my|your|\w+['’]s)|"
    # "a second TikTok, kayleighbackup,": an account of its own, counted or described
    r"(?:a|an|another)\s+(?:second|third|new|fake|secret|backup|private|spare|other)|another)\s+)$"
)


def _looks_like_handle(handle: str, quoted: bool) -> bool:
    """An account name, not an ordinary word: quoted, or a digit, _, . or inner capital."""
    if quoted:
        return True
    return (
        any(c.isdigit() or c in "_." for c in handle)
        or re.search(r"[a-z][A-Z]", handle) is not None
    )


def _is_word(handle: str) -> bool:
    """An English word or a word of a public body: "private", "well", "Mother"."""
    names = gazetteer()
    key = fold(handle)
    if "-" in handle and _phrase_compound(handle.lower().split("-"), names):
        return True  # "end-to-end", "face-to-face", "drop-in": a phrase made one word
    return names.is_word(key) or key in names.bodies or not key.isalnum()


# The small words that join an English phrase into one hyphenated word ("end-to-end").
_LINK_WORDS = frozenset({"to", "by", "in", "on", "of", "and", "up", "out", "off", "for"})


def _phrase_compound(parts: list[str], names) -> bool:
    """Words joined by hyphens round a linking word, every part English."""
    return (
        len(parts) >= 2
        and any(p in _LINK_WORDS for p in parts)
        and all(p in _LINK_WORDS or names.is_word(p) for p in parts)
    )


# A profile link has a top-level domain and a slash: one literal-led scan finds out. The
# domains come from SITES, so no site's links go unread ("youtu.be/", "instagr.am/" once did).
URL_HINT = re.compile(
    r"\.(?:" + "|".join(sorted({site.split("/")[0].rsplit(".", 1)[-1] for site in SITES})) + r")/"
)


# A page whose host names its owner: "kaylabrooks.tumblr.com", "kezzab.substack.com".
# Not a body's own blog ("westshirescp.wordpress.com").
# One list serves the cheap gate and the pattern, so a host in one is never missing from the
# other (the gate once lacked onlyfans.com and linktr.ee, and their pages went unread).
SUBDOMAIN_HOSTS = ("tumblr.com", "blogspot.com", "blogspot.co.uk", "wordpress.com",
                   "substack.com", "carrd.co", "wixsite.com", "weebly.com", "github.io",
                   "neocities.org", "livejournal.com", "bandcamp.com", "onlyfans.com",
                   "linktr.ee")  # fmt: skip
SUBDOMAIN_PROFILE_RE = re.compile(
    # after a scheme's "//" too ("https://justice-for-kay.wordpress.com"), not inside a path
    r"(?<![\w.\-@])(?<![^/]/)(?P<user>[A-Za-z0-9][A-Za-z0-9\-]{2,40})\.(?i:"
    + "|".join(re.escape(host) for host in SUBDOMAIN_HOSTS)
    + r")(?![\w\-])"
)
# A software project's pages, linked with their scheme by themes and docs: not a person's.
SOFTWARE_HOST = re.compile(r"(?i:\.github\.io)$")
NOT_PERSONAL_HOST = re.compile(
    r"(?i:scp|scb|lscb|sab|safeguard|council|nhs|police|trust|partnership|board|gov|charity|"
    r"^(?:www|blog|news|en|uk|m|mail|support|help)$)"
)


# "@" standing for "at" in a product's name: "@home learning", "the @school app". The word
# after "@" makes an English phrase with "at" (at home, at school) and a lower-case noun
# follows as the name's second half; an account is introduced as one ("her account @home",
# "as @home on TikTok") and then still blocks.
AT_PHRASE_WORDS = frozenset(
    {"home", "school", "work", "college", "risk", "night", "large", "least", "last", "once"}
)
AT_PHRASE_AFTER = re.compile(r"[ \t]+(?!on\b|in\b|via\b|at\b)[a-z]{3,}\b")
AT_PHRASE_ACCOUNT = re.compile(
    r"(?i:\b(?:account|handle|user\s?name|name|profile|page|channel|called|named|known|as|"
    r"follow\w*|messag\w*|tagg\w*|dm'?d?|gamertag)\b)"
)


# The acts an "@" performs on a platform, named by it: "@mentions", "@replies", "@tagged".
AT_FEATURE = re.compile(r"@(?:mention|repl(?:y|ie|ied|ying)|tag)(?:s|ed|ing|ged|ging)?")


# An "@" with a space before the account's name, as typed on a phone: "Snapchat: @ bex.__.j".
# Led by the "@" (few positions).
SPACED_AT_RE = re.compile(
    r"@[ \t]{1,2}(?P<handle>[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<!\.))(?![\w@\-/])"
)
# Dots, underscores or digits beside letters: a shape no English word has.
_HANDLE_MARKS = re.compile(r"[A-Za-z][._0-9]|[._0-9][A-Za-z]")


def _spaced_at(text: str) -> Iterator[Hit]:
    """ "@ bex.__.j": an account's name after an "@" and a space, by its shape (dots,
    underscores, digits) or by an account's or a platform's word before it ("@ 3pm", "@
    the park" are "at")."""
    for match in SPACED_AT_RE.finditer(text):
        handle = match.group("handle")
        parts = [p for p in re.split(r"[_.]+", handle) if p]
        if not any(sum(c.isalpha() for c in p) >= 2 for p in parts):
            continue
        if any(TIME_PART.fullmatch(p) for p in parts):
            continue  # "@ 10.30am", "@ 3pm": a time
        dotted = handle.strip("_").split(".")
        if dotted[-1].lower() in NOT_HANDLE_LAST or dotted[0].lower() in NOT_HANDLE_FIRST:
            continue  # "@ gov.uk", "@ notes.pdf"
        start = match.start()
        shaped = _HANDLE_MARKS.search(handle) is not None
        cued = _account_before(text, start) or (
            _platform_near(text).search(text, max(0, start - 40), start) is not None
        )
        if (cued and (shaped or not _is_word(handle))) or _account_shape(handle) == STRONG:
            yield RULE.hit(start, match.end())


def _account_before(text: str, start: int) -> bool:
    """An account's word in the 40 characters before ``start`` (other "@" words aside: the
    "tagg" of "@tagging" is no account's)."""
    before = re.sub(r"@\w+", "", text[max(0, start - 40) : start])
    return AT_PHRASE_ACCOUNT.search(before) is not None


def _at_phrase(text: str, start: int, end: int) -> bool:
    """Whether "@word" at ``start:end`` is "at" in a product's name, not an account."""
    if text[start + 1 : end] not in AT_PHRASE_WORDS:
        return False
    after = AT_PHRASE_AFTER.match(text, end)
    if after is None or after.group().strip().lower() in PLATFORM_NAMES:
        return False
    begin = max(0, start - 40)
    if AT_PHRASE_ACCOUNT.search(text, begin, start):
        return False
    return _platform_near(text).search(text, begin, after.end()) is None


# A text of ASCII lower-case letters alone (a search shard's term, "safeguarding") holds no
# account: each reading of ``find`` needs a character such a text lacks. The hosts, "@", the
# links, quotes, labels before a colon or a dash, "$", "[", "|", "u/", "SW-" and the
# shapes (an underscore, "#", a dot, a digit) are characters outside a-z; the capitalised
# platforms, LINE_LABEL_RE and NAMED_SPACE_RE need a capital; every other pattern
# (ACCOUNT_RE, AS_RE, LABELLED_RE, NAMED_ACCOUNT_RE, SPACED_NAME_RE, POSTER_VERB_RE,
# AS_AFTER_RE) needs a cue word ending at a word boundary and then a space, punctuation or an
# account name after it, and one word of letters has a boundary only at its two ends. So the
# output scan hands ``find`` only pieces with another character (``Rule.piece_gate``;
# test_piece_gates.py reads every lower-case word of the rules' cases through ``find``).
PIECE_GATE = re.compile(r"[^a-z]")


def find(text: str) -> Iterator[Hit]:
    lower = lowered(text)
    if any(host in lower for host in SUBDOMAIN_HOSTS):
        for match in SUBDOMAIN_PROFILE_RE.finditer(text):
            if text.startswith("//", match.start() - 2) and SOFTWARE_HOST.search(match.group()):
                continue  # "https://squidfunk.github.io/mkdocs-material/": a tool's pages
            if not NOT_PERSONAL_HOST.search(match.group("user")):
                yield RULE.hit(match.start("user"), match.end("user"))
    if "@" in text:
        for match, delta in keyword_windows(text, AT_RE, 2, 40).finditer(HANDLE_RE):
            if _organisation_handle(match.group(0), text):
                continue
            if _at_phrase(text, match.start() + delta, match.end() + delta):
                continue
            if AT_FEATURE.fullmatch(match.group(0)) and not _account_before(
                text, match.start() + delta
            ):
                continue  # "@mentions in Teams", "@replies": what an "@" does, no account
            yield RULE.hit(match.start() + delta, match.end() + delta)
        if "@ " in text or "@\t" in text:
            yield from _spaced_at(text)
    if URL_HINT.search(lower):
        # Only around the sites' names (str.find): the pattern has no literal start, and over
        # the whole text it cost more than the rest of the rule.
        for match, delta in literal_windows(text, SITE_WORDS, 32, 200).finditer(PROFILE_URL_RE):
            account = match.group(0).split("/", 3 if "//" in match.group(0) else 1)[-1]
            if ORGANISATION_ACCOUNT.search(account.split("?")[0].lstrip("@")):
                continue  # a body's own page ("facebook.com/WestmarchSCP")
            yield RULE.hit(match.start() + delta, match.end() + delta)
    # Which cues the text has, cheaply: platform names are proper nouns (the capitalised
    # words are listed once per text for the name rules too); the other cues are few.
    capitals = capitalised_words(text)
    cues = [w.lower() for w in CAPITALISED_PLATFORMS if w in capitals]
    cues += occurring(LOWER_CUES, text)
    if " name" in lower:
        cues += occurring(NAME_CUES, text)
    if cues or occurs("account", text) or occurs("profile", text):
        yield from _quoted_names(text, lower)
    if cues:
        yield from _quoted_before_platform(text)
        yield from _as_after_platform(text)
    # Labels before a dash: looked for only before each dash (few), like those before colons.
    dashes = blank_led_finditer(DASH_RE, DASHES, text) if " - " in text or "–" in text else ()
    for dash in dashes:
        label = LABEL_DASH_BEFORE.search(text, max(0, dash.start() - 12), dash.start())
        if label is not None and _pseudonym_letters(text, label.start(), label.end()):
            continue  # "Baby FB - seen by the nurse": a pseudonym's letters
        match = LABEL_DASH_RE.match(text, label.start()) if label is not None else None
        if match is not None and _looks_like_handle(match.group("handle"), False):
            yield RULE.hit(match.start("handle"), match.end("handle"))
    if occurs_any(NAMED_ACCOUNT_WORDS, text):
        for match in cue_finditer(NAMED_ACCOUNT_RE, NAMED_ACCOUNT_STARTS, text):
            if _named_account(match.group("handle"), match.group("label")):
                yield RULE.hit(match.start("handle"), match.end("handle"))
    # every noun GROUP_NAME_RE reads (a Discord "server", a Telegram "channel" were skipped)
    if any(occurs(word, text) for word in GROUP_WORDS):
        yield from _group_names(text)
    if "SW-" in text:
        for match in FRIEND_CODE_RE.finditer(text):
            yield RULE.hit(match.start(), match.end())
    if "u/" in text:
        for match in REDDIT_USER_RE.finditer(text):
            if any(c.isalpha() for c in match.group("user")):
                yield RULE.hit(match.start(), match.end())
    if occurs("saved", text) or occurs("stored", text):
        for match in CONTACT_RE.finditer(text):
            around = lowered(text)[max(0, match.start() - 60) : match.end() + 40]
            if "contact" in around or "phone" in around or "mobile" in around:
                yield RULE.hit(match.start("handle"), match.end("handle"))
    if occurs_any(POSTER_VERBS, text):
        # the verb first (literal-led), then the account name just before it
        for verb in cue_finditer(POSTER_VERB_RE, POSTER_VERBS, text):
            match = POSTER_BEFORE.search(text, max(0, verb.start() - 40), verb.start())
            if match is None:
                continue
            handle = match.group("handle")
            if handle.rsplit(".", 1)[-1].lower() not in NOT_HANDLE_ENDINGS:
                yield RULE.hit(match.start("handle"), match.end("handle"))
    if ("'" in text or "‘" in text or '"' in text or "“" in text) and ("_" in text or "." in text):
        yield from _quoted_tokens(text)
    # Labels are looked for before each colon (few in prose): "ig" and "x" are inside too
    # many words to look for themselves.
    colon = text.find(":")
    while colon != -1:
        label = LABEL_BEFORE.search(text, max(0, colon - 12), colon)
        if label is not None and not _pseudonym_letters(text, label.start(), colon):
            match = LABEL_RE.match(text, label.start())
            if match is not None and _looks_like_handle(match.group("handle"), False):
                yield RULE.hit(match.start("handle"), match.end("handle"))
        colon = text.find(":", colon + 1)
    yield from _shaped(text)
    yield from _labelled(text)
    if "$" in text:
        yield from _cashtags(text)
    if "[" in text:
        yield from _clan_tagged(text)
    if _online_text(text) and occurs_any(SPACED_NAME_CUES, text):
        yield from _spaced_names(text)
    if occurs_any(SPACE_NOUNS, text):
        yield from _named_spaces(text)
    if "|" in text and occurs_any(COLUMN_WORDS, text):
        yield from _account_columns(text)
    if _platform_named(text):
        yield from _line_labels(text)
    if (
        " slash " in lower
        or "slash]" in lower
        or "slash)" in lower
        or "[.]" in text
        or "(.)" in text
        or "dot]" in lower
        or "dot)" in lower
    ):
        for match in OBFUSCATED_URL_RE.finditer(text):
            yield RULE.hit(match.start(), match.end())
    for pattern, words in (
        (ACCOUNT_RE, tuple(cues)),
        (AS_RE, AS_WORDS if occurs_any(AS_GATE, text) else ()),
    ):
        for position in literal_positions(text, words, whole=False) if words else ():
            if (
                pattern is AS_RE
                and text[position - 1 : position].isalnum()
                and text[position] not in "'’"
            ):
                continue  # inside a word: "father's was" is no "her's was"
            match = pattern.match(text, position)
            if match is None:
                continue
            handle = match.group("handle")
            if pattern is ACCOUNT_RE and _short_in_token(text, match):
                continue  # "baby-fb-00707.md": letters of a file's name, not Facebook
            if text.startswith("/", match.end("handle")):
                continue  # "facebook.com/...": a site's address, read by PROFILE_URL_RE
            # Quotes make a name an account name only after a platform word and a naming
            # word or account noun: "chose the name 'Maria' for this report" names a
            # pseudonym, and "the Snapchat 'Quick Add' feature" a feature.
            quoted = (
                pattern is ACCOUNT_RE
                and text[match.start("handle") - 1] in "\"“'‘"
                and (match.group("connector") or match.group("noun")) is not None
            )
            if handle.lower() in PLATFORM_NAMES:
                continue  # "TikTok, YouTube or Roblox": a list of platforms
            named = (
                pattern is ACCOUNT_RE
                and match.group("connector") is not None
                and match.group("connector").lower()
                in (
                    "as",
                    "was",
                    "was called",
                    "is called",
                    "was named",
                    "is named",
                    "called",
                    "named",
                    "went by",
                    "goes by",
                    "under the name",
                    "which was",
                    "which is",
                )
                and not _is_word(handle.rstrip("."))
            )
            if pattern is AS_RE and not any(c.isalpha() for c in handle):
                continue  # "the account 2022-23": a year, not an account
            if (
                pattern is AS_RE
                and text[match.start()] in "'’"
                and _platform_near(text).search(text, max(0, match.start() - 100), match.end() + 40)
                is None
                and ONLINE_CUE.search(text, max(0, match.start() - 100), match.end() + 40) is None
            ):
                continue  # "the man's was ...": an account only where the sentence is online
            # "On Instagram she was known as kenziee": a platform in the sentence makes a word
            # no dictionary has an account name.
            named = named or (
                pattern is AS_RE
                and not _is_word(handle.rstrip("."))
                and not handle[:1].isupper()
                and _platform_near(text).search(text, max(0, match.start() - 60), match.end() + 40)
                is not None
            )
            # "her OnlyFans account, misskaylaxx,", "Her Snapchat, kezzaa, was": after an
            # account noun or an owner's platform, and a comma, a word in lower case that no
            # dictionary has.
            named = named or (
                pattern is ACCOUNT_RE
                and (
                    match.group("noun") is not None
                    or OWNER_BEFORE.search(text, max(0, match.start() - 12), match.start())
                )
                and handle.islower()
                and handle.isalpha()
                and not _is_word(handle)
                and text[
                    match.end("noun")
                    if match.group("noun")
                    else match.end("platform") : match.start("handle")
                ].strip(" \"“'‘")
                in (",", ":")
            )
            # "an account called jaydenxx", "her account was called missy": an account's noun
            # and a naming verb make a lower-case word no dictionary has its name
            named = named or (
                pattern is AS_RE
                and handle.isalpha()
                and handle.islower()
                and NAMING_CUE.search(match.group(0)) is not None
                and not _is_word(handle)
            )
            if not any(c.isalpha() for c in handle):
                continue  # "on Facebook as 2.5 million others did", "TikTok by 12-15s"
            if named or _looks_like_handle(handle.rstrip("."), quoted):
                end = match.start("handle") + len(handle.rstrip("."))
                yield RULE.hit(match.start("handle"), end)


# A pseudonym's label before initials: "Baby FB", "Child IG", "Young Person FB", "Mr IG".
PSEUDONYM_LABEL_BEFORE = re.compile(
    r"(?<![\w\-])(?:Child|Baby|Infant|Adult|Person|Young[ \t]+Person|Sibling|Family|Case|"
    r"Subject|Victim|Parent|Mr|Mrs|Ms|Miss|Mx|Master)[ \t]+\Z"
)


def _pseudonym_letters(text: str, start: int, end: int) -> bool:
    """Whether a platform's short name in capitals at text[start:end] is a pseudonym's
    letters ("Baby IG was seen", "Child FB:"), not Instagram or Facebook."""
    letters = text[start:end].strip()
    return (
        len(letters) <= 2
        and letters.isupper()
        and PSEUDONYM_LABEL_BEFORE.search(text, max(0, start - 20), start) is not None
    )


NAMING_CUE = re.compile(
    r"(?i:\b(?:account|profile|page|channel|user|username)\s+(?:(?:was|is)\s+)?(?:called|named)\b)"
)


def _short_in_token(text: str, match: re.Match) -> bool:
    """Whether a two-letter platform ("fb", "ig") is part of a longer token, a file's name or
    a slug ("baby-fb-00707.md"), or the initials of a pseudonym ("Baby FB was seen by the
    nurse"), not a word of prose."""
    platform = match.group("platform")
    if len(platform) > 2:
        return False
    before = text[match.start() - 1 : match.start()]
    after = text[match.end("platform") : match.end("platform") + 1]
    if before in ("-", "_", "/", ".") or after in ("-", "_", "/", "."):
        return True
    return _pseudonym_letters(text, match.start("platform"), match.end("platform"))


# A quoted word shaped like an account name (an underscore or a dot inside, or letters then
# digits) in a sentence about messages or being online: "Nobody asked who 'lil_kez' was or
# why an adult was messaging Child K".
QUOTED_TOKEN_RE = re.compile(
    r"[\"“'‘](?P<handle>[A-Za-z0-9]+(?:[_.][A-Za-z0-9]+)+_?|[A-Za-z]{2,}\d{2,}[A-Za-z\d]*)[\"”'’]"
)
ONLINE_CUE = re.compile(
    r"(?i:messag|online|\bchat|\baccount|\bprofile|\bposted|\bposts\b|\bDMs?\b|"
    r"followers|\bapp\b|\bgroup chat|username|\bfriend request)"
)


def _quoted_tokens(text: str) -> Iterator[Hit]:
    for match in QUOTED_TOKEN_RE.finditer(text):
        handle = match.group("handle")
        if re.fullmatch(
            r"[\d.]+|.+\.(?:pdf|docx?|xlsx?|jpe?g|png|txt|csv|msg|md|html?|json)", handle, re.I
        ):
            continue  # a number or a file name
        if re.match(r"\s*:", text[match.end() : match.end() + 3]):
            continue  # a key of a data record ('"files_checked": 12')
        if ONLINE_CUE.search(text, max(0, match.start() - 100), match.end() + 100):
            yield RULE.hit(match.start("handle"), match.end("handle"))


def _quoted_names(text: str, lower: str) -> Iterator[Hit]:
    """Quoted account names of any words after a naming phrase, when the sentence (60
    characters before, 40 after) names a platform."""
    if not any(q in text for q in "\"“'‘"):
        return
    for position in literal_positions(text, QUOTED_WORDS, whole=False):
        match = QUOTED_NAME_RE.match(text, position)
        if match is None:
            continue
        if not any(c.isalnum() for c in match.group("handle")):
            continue  # "the name '...'": a gap, not a name
        if (
            _platform_near(text).search(text, max(0, match.start() - 60), match.end() + 40) is None
            and ACCOUNT_NOUN_BEFORE.search(text, max(0, match.start() - 30), match.start()) is None
        ):
            continue
        yield RULE.hit(match.start("handle"), match.end("handle"))


# A quoted name then the platform it is on, after a verb or a naming word: "She was 'kezzy
# b' on Facebook", "known as "Big T" on Snapchat"; not "the 'Quick Add' feature on Snapchat".
QUOTED_ON_BEFORE = re.compile(
    r"(?i:\b(?:was|were|is|as|by|called|named|name|account|profile|username|handle))\s+"
    r"[\"“'‘](?P<handle>[^\"”'’\n]{2,40}?)[\"”'’]\s+(?:on|in|via)\s+(?:the\s+)?$"
)


@lru_cache(maxsize=8)
def _platforms(text: str) -> tuple[re.Match, ...]:
    """The platforms named in the text, found once for the two readings that start there."""
    return tuple(_platform_near(text).finditer(text))


def _quoted_before_platform(text: str) -> Iterator[Hit]:
    for platform in _platforms(text):
        begin = max(0, platform.start() - 80)
        match = QUOTED_ON_BEFORE.search(text, begin, platform.start())
        if match is None or not any(c.isalnum() for c in match.group("handle")):
            continue
        words = match.group("handle").split()
        by = re.search(r"(?i:\bby)\s+[\"“'‘]", match.group(0)) is not None
        if not by and all(w in ("a", "i") or (len(w) > 1 and _is_word(w)) for w in words):
            continue  # scare quotes: "it was 'normal' on TikTok", "was 'just a joke' on Snapchat"
        yield RULE.hit(match.start("handle"), match.end("handle"))


# "as <handle>" soon after a platform's name, in the same sentence: "On Roblox he played as
# xX_Jaydn_Xx", "wrote stories on Wattpad as midnightwriter_k" (shaped like an account name).
AS_AFTER_RE = re.compile(
    r"[^.!?\n]{0,50}?\b(?:as|by|(?:he|she|they)\s+(?:was|is|were)|"
    # the account in apposition: "a YouTube commenter, ShadowPlayz 2010, told her"
    r"(?:commenter|user|gamer|streamer|player|follower|account|profile|channel|contact),|"
    # an account opened in a person's name: "a Facebook profile in the name of Jordan Kelly"
    r"(?P<in_name>(?:in|under) the names? (?:of )?))\s*"
    r"(?:[\"“'‘](?P<quoted>[^\"”'’\n]{2,30}?)[\"”'’]|"
    r"(?P<named>(?(in_name)[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}\b(?![\w@.]\w)|(?!)))|"
    r"(?P<handle>[A-Za-z0-9_][\w.\-]{1,28}[A-Za-z0-9_]))"
)
# A group of people by age, after "by" ("TikTok use by under-13s"), is no account.
AGE_GROUP = re.compile(r"(?i:(?:under|over|aged|years?|yrs?)s?-?\d{1,2}s?)")


def _as_after_platform(text: str) -> Iterator[Hit]:
    for platform in _platforms(text):
        match = AS_AFTER_RE.match(text, platform.end())
        if match is not None and match.group("named"):
            yield RULE.hit(match.start("named"), match.end("named"))
            continue
        if match is not None and match.group("quoted") is not None:
            # "released songs on Spotify as 'Lil Tayz'": a quoted name after the platform
            if any(c.isalnum() for c in match.group("quoted")):
                yield RULE.hit(match.start("quoted"), match.end("quoted"))
            continue
        handle = match.group("handle").rstrip(".") if match is not None else ""
        if (
            match is not None
            and not AGE_GROUP.fullmatch(handle)
            and (
                (_looks_like_handle(handle, False) and any(c.isalpha() for c in handle))
                # "On Instagram she was kaylarosee": a lower-case word no dictionary has
                or (
                    len(handle) >= 4
                    and handle.isalpha()
                    and handle.islower()
                    and re.match(r"\s*(?:he|she|they)\s+(?:was|is|were)\s", text[platform.end() :])
                    and not _is_word(handle)
                )
            )
        ):
            yield RULE.hit(match.start("handle"), match.end("handle"))
        elif match is not None:
            spaced = SPACED_HANDLE_RE.match(text, match.start("handle"))
            if spaced is not None and not any(
                w.lower() in SPACED_NOT_WORDS for w in spaced.group().split()
            ):
                yield RULE.hit(spaced.start(), spaced.end())


# An account name typed with spaces ends in a number, as gamertags and usernames do: "on Xbox
# as Dark Knight 77", "on Snapchat as kayla b 2009"; a count or a time is no name ("as many
# as 40", "by 9 pm", "as he was 15 years old").
SPACED_HANDLE_RE = re.compile(
    r"[A-Za-z][A-Za-z0-9_.]*(?: [A-Za-z][A-Za-z0-9_.]*){0,2} \d{1,4}[A-Za-z]{0,2}"
    r"(?![\w\-/:%]|\.\w|\s+(?i:years?|yrs?|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|times?|"
    r"people|others|users|followers|videos|messages|posts|per|pm|am|percent)\b)"
)
SPACED_NOT_WORDS = word_set(
    "a an the he she they it we you i his her their its my our your him them was were is are "
    "be been had has have many much more most less least about around over under than then "
    "of on in at by to for from with into up down if when while as and or but not no all any "
    "some each every only just also aged age year years times number page pages version "
    "level part section chapter paragraph day week month child children sibling adult "
    "mother father parent baby person case subject"
)


# A platform's short name before a dash, as bios and notes write it: "IG - lilz.xo".
DASH_RE = re.compile(r"\s*[-–]\s*")
DASHES = ("-", "–")  # DASH_RE's, found by str.find: its "\s*" lead is tried at every character
LABEL_DASH_BEFORE = re.compile(
    r"(?<![\w.])(?:IG|Insta|Snap|SC|TT|FB|Snapchat|Instagram|TikTok|Facebook|Twitter|X)\s*$"
)
LABEL_DASH_RE = re.compile(
    r"(?<![\w.])(?:IG|Insta|Snap|SC|TT|FB|Snapchat|Instagram|TikTok|Facebook|Twitter|X)"
    r"\s*[-–]\s*@?(?P<handle>[A-Za-z0-9_][\w.\-]{1,28}[A-Za-z0-9_])"
)
# An account's name of several words after its label, up to the clause's end: "His Xbox
# gamertag, mr reaper 2011, was ..." (a digit or an underscore in it).
NAMED_ACCOUNT_WORDS = ("gamertag", "gamer tag", "username", "user name", "display name",
                       "screen name", "psn", "handle", "online name", "account name",
                       "profile name")  # fmt: skip
NAMED_ACCOUNT_RE = re.compile(
    r"(?i:\b(?P<label>gamertag|gamer tag|username|user name|display name|screen name|"
    r"online name|account name|profile name|handle|psn (?:id|name))\b)"
    # "username on Snapchat was ..."
    r"(?:\s+(?:on|in|for)\s+[A-Z][A-Za-z]+)?"
    r"\s*(?:,|:|\(|\bwas\b|\bis\b)\s*[\"“'‘]?"
    r"(?P<handle>[A-Za-z0-9][A-Za-z0-9 _.\-]{1,28}[A-Za-z0-9])[\"”'’]?"
    r"(?=\s*[,;)]|\.(?:\s|$)|\s*$|\s*\n|\s+(?:and|was|is|which|but|on|had|has)\b)"
)
# The first word of each label of NAMED_ACCOUNT_RE, where alone it can match.
NAMED_ACCOUNT_STARTS = ("gamertag", "gamer", "username", "user", "display", "screen", "online",
                        "account", "profile", "handle", "psn")  # fmt: skip
# What a value after "username was" is when it is not a name: "not known", "the same".
NOT_ACCOUNT_WORDS = word_set(
    "not unknown never deleted private changed same different also still unclear none "
    "blocked removed shared used given recorded known asked reported it this that these those"
)


def _named_account(handle: str, label: str) -> bool:
    """Whether the words after an account's own label are its name: a digit or an
    underscore, or (after a label other than "handle") up to four words of which one is no
    English word or all are capitalised ("Toxic Reaper", "princess kayla x")."""
    if any(c.isdigit() or c == "_" for c in handle) and any(c.isalpha() for c in handle):
        return True
    words = handle.split()
    if label.lower() == "handle" or len(words) > 4:
        return False
    lowered_words = [w.lower() for w in words]
    if lowered_words[0] in NOT_ACCOUNT_WORDS or any(w in SPACED_NOT_WORDS for w in lowered_words):
        return False
    return any(len(w) > 1 and not _is_word(w) for w in words) or all(w[:1].isupper() for w in words)


# A Nintendo Switch friend code ("SW-1234-5678-9012"): a gaming account's own number.
FRIEND_CODE_RE = re.compile(r"(?<![\w-])SW-\d{4}-\d{4}-\d{4}(?![\w-])")
# A Reddit user name ("u/throwaway_wm_dad"): the site's own way of writing one.
REDDIT_USER_RE = re.compile(r"(?<![\w/])u/(?P<user>[A-Za-z0-9_\-]{3,20})(?![\w/])")
# A contact's name as saved in a phone: "a contact saved as 'Bigman Tee'".
CONTACT_RE = re.compile(
    r"(?i:\b(?:saved|stored)\s+(?:in\s+(?:his|her|their|the)\s+phone\s+)?(?:as|under))\s+"
    r"[\"“'‘](?P<handle>[^\"”'’\n]{2,40}?)[\"”'’]"
)
# An account name that opens a sentence or clause before what accounts do: "kxyla.xox posted
# a video", "lil_kez93 shared it": a dot or an underscore inside the word.
POSTER_VERBS = ("posted", "shared", "uploaded", "commented", "messaged", "tagged", "replied",
                "livestreamed", "followed", "dmed", "dm'd")  # fmt: skip
POSTER_VERB_RE = re.compile(
    r"(?<=\s)(?:posted|shared|uploaded|commented|messaged|tagged|replied|livestreamed|followed|"
    r"DMed|DM'd|dmed)\b"
)
POSTER_BEFORE = re.compile(
    r"(?<![\w@./\-])(?P<handle>[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?:[._][A-Za-z0-9_]+)+)\s+$"
)
# Endings that make a dotted word a file, a site or a version, not an account.
NOT_HANDLE_ENDINGS = frozenset(
    [
        "pdf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "txt",
        "csv",
        "md",
        "html",
        "com",
        "org",
        "net",
        "uk",
        "gov",
        "io",
        "me",
        "co",
        "app",
    ]
)


# "a new account in the name 'Darren Kay'": an account noun names it even with no platform.
ACCOUNT_NOUN_BEFORE = re.compile(r"(?i:\b(?:account|profile|page|channel)\b[^.\n]{0,16})$")
# A group or chat named in quotes, next to the word: "the family WhatsApp group, 'Kowalski
# Family'", "posted in 'Hollinsend Mums Chat', a local Facebook group". Its name must hold a
# word no dictionary has, or a digit: "a group, 'Parents'" names nobody.
# The nouns for a group, written once: the gate, the cue search and the pattern read the
# same words (a noun added to one list only was once skipped by the gate).
GROUP_WORDS = ("group", "chat", "server", "channel", "page", "forum")
_GROUP_NOUN = "(?i:{})".format("|".join(GROUP_WORDS))
GROUP_WORD_RE = re.compile(rf"(?i:\b(?:{'|'.join(GROUP_WORDS)})\b)")
GROUP_NAME_RE = re.compile(
    rf"{GROUP_WORD_RE.pattern}(?:\s+(?i:called|named))?,?\s*"
    r"[\"“'‘](?P<handle>[^\"”'’\n]{2,40}?)[\"”'’]"
    r"|[\"“'‘](?P<before>[^\"”'’\n]{2,40}?)[\"”'’],?\s+(?i:an?|the|her|his|their)\s+"
    rf"(?:[\w-]+\s+){{0,3}}{_GROUP_NOUN}\b"
)


def _group_names(text: str) -> Iterator[Hit]:
    # only around the words (the quoted name before them is at most 60 characters back)
    seen: set[int] = set()
    matches = []
    for word in cue_finditer(GROUP_WORD_RE, GROUP_WORDS, text):
        for match in GROUP_NAME_RE.finditer(text, max(0, word.start() - 90), word.end() + 50):
            if match.start() not in seen:
                seen.add(match.start())
                matches.append(match)
    for match in matches:
        group = "handle" if match.group("handle") is not None else "before"
        words = re.findall(r"[A-Za-z]+|\d", match.group(group))
        if any(w.isdigit() or (w[0].isupper() and not _is_word(w)) for w in words) or (
            _titled_group(words) and _online(text, match.start(), match.end())
        ):
            yield RULE.hit(match.start(group), match.end(group))


# Words that name what a group is for, not which one it is: "'Parents Support Group'".
GENERIC_GROUP_WORDS = word_set(
    "parents parent mums mum moms dads dad families family friends support group groups chat "
    "class year school team club news community local updates info information official "
    "carers staff network forum residents neighbours the and of for a in our my"
)


# An organisation's own page or channel: "Westmarch Council News", "NSPCC Learning".
ORGANISATION_GROUP_WORDS = word_set(
    "council police nhs trust partnership board constabulary service services authority scp "
    "lscb sab icb government charity"
)


def _titled_group(words: list[str]) -> bool:
    """A group's own name in title case ("Kestrel Vale Lads"): two or more words, each
    capitalised or a small joining word, not all of them words of what any group is for,
    and no organisation's word or a public body's acronym."""
    capitalised = [w for w in words if w[0].isupper()]
    return (
        len(capitalised) >= 2
        and all(w[0].isupper() or w in ("of", "the", "and", "for") for w in words)
        and not all(w.lower() in GENERIC_GROUP_WORDS for w in words)
        and not any(
            w.lower() in ORGANISATION_GROUP_WORDS or (w.isupper() and fold(w) in gazetteer().bodies)
            for w in capitalised
        )
    )


QUOTED_WORDS = ("in the", "under the", "with the", "using the", "used the", "uses the", "went", "goes", "going", "known as",
                "called", "named", "account", "profile", "username", "user name", "channel",
                "handle", "gamertag", "gamer tag", "display name", "screen name",
                "online name")  # fmt: skip


# -- Account names by their shape, by the label before them, and in tables ------------------
# A word shaped like an account name, wherever it stands: an underscore at its start or end
# or between letters ("_kezzyb", "riley_xo_", "tyzer_plays"), letters joined by dots
# ("kai.b.2009", "RILEY.ROSE.BACKUP"), a Discord tag ("wolfie#2231"). Prose has none of
# these; what does (file names, web addresses, "e.g.", "s.47", "10.30am") is told apart by
# its ending, its first part, or too few letters. A word of dictionary words only
# ("learning_points", "home.The") or letters then digits ("dazmoss79", "d4rkside") is an
# account only in a sentence about being online.
# A dot before a letter, or between a letter and a digit (led by the dot: a literal start
# lets the regex engine skip to each dot).
DOT_INSIDE = re.compile(r"\.(?:(?=[A-Za-z])|(?<=[A-Za-z]\.)(?=\d))")
SHAPED_RE = re.compile(
    r"(?<![\w@/.:#$%&=?~+\-])(?P<handle>[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*(?:#\d{4})?)"
    r"(?![\w@/#]|\.[A-Za-z0-9_]|\.?[\-:]\w)"
)
# Last parts that make a dotted word a web address or a file, first parts an abbreviation.
NOT_HANDLE_LAST = NOT_HANDLE_ENDINGS | word_set(
    "org uk gov nhs ac edu info biz tv gg ee fm ly wales scot eu ie int be ai htm php aspx rtf odt "
    "ppt pptx msg eml mp4 mov mp3 wav zip heic webp svg yml yaml json xml js css py"
)
NOT_HANDLE_FIRST = word_set(
    "e i eg ie etc st no nos fig figs para paras vol ch art arts pp p s ss sch reg regs mr mrs "
    "ms dr prof rev cf viz approx ref refs tel ext op ibid al ed eds www ph msc bsc ba ma "
    "section sec v vs co mt ft sgt insp cllr supt det pc dc ds di dci dsi fr sr jr snr jnr"
)
# Words of a sentence about being online ("account" not in "into account" or "an account of
# events"; "profile" not a risk profile).
ONLINE_CUE_WIDE = re.compile(
    r"(?i:messag|online|\bchat|(?<!into )\baccounts?\b(?! (?:of|for|from|by)\b)|"
    r"(?<!risk )\bprofiles?\b|\bpost(?:ed|ing|s)\b|\bDMs?\b|\bfollowers?\b|\bapps?\b|"
    # "followed" in prose follows a plan or the stairs; online it follows a person
    r"\bfollowed (?:him|her|them|me|you|each other|back|(?:his|her|their|the) (?:account|page|"
    r"profile|channel))\b|"
    r"username|\bfriend request|\badded (?:him|her|them|me)\b|\bgam(?:e|es|ing|er|ertag)\b|"
    r"\bstream|\bserver|\bchannel|\bplatform|\bsocial media|\bhandle\b)"
)
PLATFORM_EXTRA = (
    "Signal", "Threema", "BeReal", "Likee", "Triller", "Lemon8", "Zepeto", "Houseparty",
    "MeWe", "Mastodon", "Clubhouse", "Tellonym", "Jodel", "Kick", "Rumble", "Trovo", "Habbo",
    "VRChat", "Rec Room", "Xbox Live", "Microsoft Teams", "Messenger Kids", "Monkey", "Azar",
    "Chatroulette", "Wink", "Hoop", "Marketplace", "X",
)  # fmt: skip
ALL_PLATFORMS = tuple(CAPITALISED_PLATFORMS) + PLATFORM_EXTRA
ALL_PLATFORM_SET = frozenset(ALL_PLATFORMS)
ANY_PLATFORM_NEAR = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(p) for p in ALL_PLATFORMS), key=len, reverse=True))
    + r")\b"
)
ANY_PLATFORM_NEAR_ANY_CASE = re.compile(
    ANY_PLATFORM_NEAR.pattern + "|" + LOWER_PLATFORM_ALTERNATION
)


def _any_platform_near(text: str) -> re.Pattern:
    return ANY_PLATFORM_NEAR_ANY_CASE if _lower_platform(text) else ANY_PLATFORM_NEAR


def _online(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] is about being online."""
    begin, finish = max(0, start - 120), end + 120
    return (
        _any_platform_near(text).search(text, begin, finish) is not None
        or ONLINE_CUE_WIDE.search(text, begin, finish) is not None
    )


def _all_words(parts: list[str]) -> bool:
    """Every letter part an English word or a single letter ("home.The", "learning_points")."""
    words = [p for p in parts if p and not p.isdigit()]
    return all(len(p) == 1 or _is_word(p) for p in words)


def _shape_triggers(text: str) -> list[int]:
    """Where a word may be shaped like an account name: an underscore, a "#", a dot after a
    letter before a letter or digit, and (in a text about being online) a word of letters
    and digits. Each kind is found by a literal search, the last from the text's distinct
    words (shared by the rules), then all are sorted."""
    found = []
    for mark in "_#":
        position = text.find(mark)
        while position != -1:
            found.append(position)
            position = text.find(mark, position + 1)
    found.extend(m.start() for m in DOT_INSIDE.finditer(text))
    if _online_text(text):
        lower = lowered(text)
        for run in [r for r in vocabulary(text)[1] if not r.isalpha() and not r.isdigit()]:
            position = lower.find(run)
            while position != -1:
                found.append(position)
                position = lower.find(run, position + len(run))
    found.sort()
    return found


ONLINE_WORDS = ("messag", "online", "account", "profile", "username", "chat", "gaming",
                "server", "channel", "social media", "platform", "handle")  # fmt: skip


@lru_cache(maxsize=8)
def _online_text(text: str) -> bool:
    """Whether the text says anything about being online (a platform's name or a cue)."""
    return _platform_named(text) or occurs_any(ONLINE_WORDS, text)


def _platform_named(text: str) -> bool:
    return not capitalised_words(text).isdisjoint(ALL_PLATFORM_SET) or _lower_platform(text)


def _word_start(text: str, position: int) -> int:
    """Where the word of letters, digits, dots and underscores holding ``position`` begins."""
    floor = max(0, position - 40)
    while position > floor and (text[position - 1].isalnum() or text[position - 1] in "_."):
        position -= 1
    return position


def _shaped(text: str) -> Iterator[Hit]:
    # Each word holding a trigger is read once (a pattern over every word cost far more).
    done = -1
    for trigger in _shape_triggers(text):
        if trigger < done:
            continue
        match = SHAPED_RE.match(text, _word_start(text, trigger))
        if match is None:
            done = trigger + 1
            continue
        done = match.end()
        handle = match.group("handle")
        start, end = match.start("handle"), match.end("handle")
        shape = _account_shape(handle)
        if shape is None or text[end : end + 1] == "(" or _in_code(text, start):
            continue  # a call in code ("re.compile("), a code span or block
        if shape == STRONG or _online(text, start, end):
            yield RULE.hit(start, end)


STRONG, WEAK = "strong", "weak"
VERSION_PART = re.compile(r"[vV]\d{1,2}")
TIME_PART = re.compile(r"\d{1,2}(?:am|pm)|\d+(?:st|nd|rd|th)", re.I)
HEADING_ANCHOR = re.compile(r"[a-z]+_\d{1,2}")


def _account_shape(handle: str) -> str | None:
    """How surely a word is an account name by its shape alone: STRONG (an underscore at an
    edge, digits with underscores or dotted words, a Discord tag: prose has none of these
    outside code), WEAK (only in a sentence about being online: words joined by dots or
    underscores, letters and digits), or None (a file, a web address, an abbreviation, a
    version, a time, a name in code)."""
    body = handle.split("#", 1)[0]
    if not any(c.isalpha() for c in body):
        return None
    if "#" in handle:
        return STRONG  # "wolfie#2231"
    dotted = body.strip("_").split(".")
    parts = [p for p in re.split(r"[_.]+", body) if p]
    if not any(sum(c.isalpha() for c in p) >= 3 for p in parts):
        return None  # "M.Sc", "U.K", "10.30am", "K2_a"
    if any(TIME_PART.fullmatch(p) for p in parts):
        return None  # "4.30pm.She": a time before a missing space
    digits = any(c.isdigit() for c in body)
    edge = body.startswith("_") or body.endswith("_")
    if len(dotted) > 1:
        if dotted[-1].lower() in NOT_HANDLE_LAST or dotted[0].lower() in NOT_HANDLE_FIRST:
            return None  # "gov.uk", "notes.pdf", "e.g", "para.4", "Co.Durham"
        if not digits and not edge:
            if len(dotted) > 2 and "_" in body:
                return None  # a module's path in code ("tests.benchmarks.search_profile")
            # words only: a name in code ("text.lower") or a missing space ("home.The"),
            # unless in capitals or with a fragment of one or two letters ("jade.xo",
            # "RILEY.ROSE.BACKUP"); "kenzie.xo" has a word no dictionary has
            words_only = _all_words(parts) and not body.isupper()
            short = any(len(p) <= 2 and p.islower() for p in dotted)
            return WEAK if not words_only or short else None
        lettered = [p for p in dotted if any(c.isalpha() for c in p)]
        if VERSION_PART.fullmatch(dotted[-1]) and not edge and _all_words(dotted[:-1]):
            # a file's draft ("report.final.v2", "minutes.draft.v3"): an account only online
            return WEAK
        if len(lettered) >= 2:
            return STRONG  # "kai.b.2009", "_mikey.k_"
        return WEAK if any(p.isdigit() and len(p) >= 2 for p in dotted) else None  # "dazk.79"
    if "_" in body:
        if body.isupper() or body.startswith("__"):
            return None  # a constant or a name in code ("NO_MKDOCS_2_WARNING", "__drawer")
        if (
            HEADING_ANCHOR.fullmatch(body)
            and _is_word(parts[0])
            and not gazetteer().is_first(parts[0])
        ):
            # the anchor MkDocs gives a repeated heading ("summary_1", "findings_2"): in
            # every page and search file; an account only where the text is online
            return WEAK
        if edge or (digits and body.islower()):
            return STRONG  # "_kezzyb", "riley_xo_", "lil_bee_07"
        # a snake-case word of code ("learning_points", "site_src") reads like a handle
        # only where the text is online
        return WEAK if digits or not _all_words(parts) else None
    # letters and digits only: "dazmoss79", "d4rkside", "Sn1per"
    letters = "".join(c for c in body if c.isalpha())
    return (
        WEAK
        if (
            digits
            and len(letters) >= 3
            and sum(c.islower() for c in letters) >= 2
            and not _is_word(letters)
            and letters.lower() not in PLATFORM_NAMES
            and re.fullmatch(r"[A-Za-z]+\d", body) is None  # "GTA5", "Year6"
            and re.fullmatch(r"[0-9a-f]{7,40}", body) is None  # a commit id
        )
        else None
    )


def _in_code(text: str, position: int) -> bool:
    """Whether ``position`` is in a code span, an indented code line or a fenced block."""
    line = text.rfind("\n", 0, position) + 1
    if text.startswith(("    ", "\t"), line) or text.count("`", line, position) % 2:
        return True
    return "```" in text and text.count("```", 0, position) % 2 == 1


# A label that says what follows is an account's name, then the name: "went by the name
# lonewolf", "called himself Tommo", "under the alias lunaxmoon", "his gamer tag was ...",
# "Discord tag was ...", "TikTok name: Riley🌸Rose". What follows counts unless it is an
# English word ("her username was not known", "the alias of a friend").
LABELLED_RE = re.compile(
    r"(?i:\b(?:(?:went|goes|going|known)\s+by(?:\s+the\s+(?:user)?name)?|known\s+as|"
    r"call(?:ed|ing|s)\s+(?:him|her|them)sel(?:f|ves)|came\s+back\s+as|"
    r"(?:he|she|they)\s+(?:was|were|is)\s+(?:called|named|known\s+as)|"
    r"(?:play|stream|sell|sold|trad|record|appear|message|post|comment)\w*\s+(?:\w+\s+)?as|"
    r"under\s+the\s+(?:alias|handle|username|user\s+name|name)|alias|"
    r"(?:gamer|clan|discord|snap|psn|steam|xbox(?:\s+live)?|roblox|minecraft|fortnite|"
    r"tiktok|instagram|facebook|fb|twitter|telegram|kik|signal|whatsapp)\s*"
    r"(?:tag|id|name|handle|username|user\s+name|display\s+name)|"
    r"(?:online|screen|display|profile|account|user|stage)\s+name|username|gamertag)\b)"
    r"(?:\s+(?:was|is|were|of)\b)?\s*[:,(\-–—]?\s*[\"“'‘]?"
    r"(?P<handle>[^\s,;:()\[\]\"“”'‘’]{2,30})"
)
LABEL_WORDS = ("went by", "goes by", "going by", "known by", "known as", "himself", "herself",
               "themself", "themselves", "came back", "alias", "username",
               "user name", "online name", "screen name", "display name", "profile name",
               "account name", "stage name", "gamertag", "gamer tag", "clan tag", "psn",
               "steam", "xbox", "discord", "snap", "tiktok", "instagram", "facebook", "fb ",
               "twitter", "telegram", "kik", "whatsapp", "roblox", "minecraft",
               "fortnite")  # fmt: skip
AS_VERB_BEFORE = re.compile(
    r"(?i:\b(?:play|stream|sell|sold|trad|record|appear|message|post|comment)\w*\s+(?:\w+\s+)?)\Z"
)
# Cues frequent in any prose, looked for only in a text about being online.
ONLINE_LABEL_WORDS = (" as ", " called ", " named ")


def _labelled(text: str) -> Iterator[Hit]:
    words = LABEL_WORDS + ONLINE_LABEL_WORDS if _online_text(text) else LABEL_WORDS
    for position in literal_positions(text, words, whole=False):
        if text.startswith(" as ", position) and not AS_VERB_BEFORE.search(
            text, max(0, position - 30), position + 1
        ):
            continue  # " as " names an account only after what accounts do ("posted as")
        start = max(0, position - 40)
        for match in LABELLED_RE.finditer(text, start, position + 60):
            if match.start() > position + 12:
                break
            handle = match.group("handle").rstrip(".!?")
            key = fold(handle)
            if not key or key.isdigit() or handle.lower() in PLATFORM_NAMES:
                continue
            if not (_looks_like_handle(handle, False) or not key.isalpha() or not _is_word(key)):
                continue
            if handle.islower() and key.isalpha() and english_ending(key):
                continue  # "recorded as surratheament": a word typed wrong, shaped as English
            cue = match.group(0).lower()
            if re.search(r"\.(?i:pdf|docx?|xlsx?|jpe?g|png|txt|csv)$", handle):
                continue  # a file's name, the link rule's
            if (
                re.match(r"known\s+as", cue)
                and not _looks_like_handle(handle, False)
                and not re.search(r"[_.]|\d", handle)
            ):
                # "known as" names people, bodies and places as often as accounts: only an
                # account's shape counts after it ("known as 'lil_k_x'", not "known as CAMHS")
                continue
            if (" as " in cue or "called " in cue or "named " in cue) and not _online(
                text, match.start(), match.end()
            ):
                continue  # "posted as a volunteer", "appeared as a witness"
            if handle[:1].isupper() and key in gazetteer().bodies:
                continue  # "known as Westmarch Council"
            yield RULE.hit(match.start("handle"), match.start("handle") + len(handle))
            break


# A Cash App "$cashtag" ("$KingTyrone23"): a dollar sign then a letter is no sum of money.
# In capitals alone it is a currency's code or a variable ("$USD", "$HOME"); otherwise it
# needs an account's shape (a digit, an underscore, a capital inside) or a word of paying.
CASHTAG_RE = re.compile(r"(?<![\w$\\])\$(?P<tag>[A-Za-z][A-Za-z0-9_]{1,19})(?![\w$])")
PAYMENT_CUE = re.compile(
    r"(?i:cash ?app|cash ?tag|\bpa(?:id|y|ys|ying|yment|yments)\b|\bsen[dt]\b|\bmoney\b|£|"
    r"\bowed?\b|\bdebt\b|\btransfer)"
)


def _cashtags(text: str) -> Iterator[Hit]:
    for match in CASHTAG_RE.finditer(text):
        tag = match.group("tag")
        if tag.isupper() or _in_code(text, match.start()):
            continue
        if (
            any(c.isdigit() or c == "_" for c in tag)
            or re.search(r"[a-z][A-Z]", tag) is not None
            or PAYMENT_CUE.search(text, max(0, match.start() - 100), match.end() + 60)
        ):
            yield RULE.hit(match.start(), match.end())


# A gamer's name behind a clan's tag in brackets, in a sentence about being online: "[KSK]
# Viper", "[WSTD]Reaper". Editors' tags ("[NB]", "[DRAFT]") and links ("[NSPCC](...)") are not.
CLAN_TAG_RE = re.compile(
    r"(?<![\w\]\\])\[(?P<tag>(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,5})\] ?"
    r"(?P<name>[A-Za-z0-9_][\w.\-]{0,24}[A-Za-z0-9_])"
)
EDITORIAL_TAGS = token_set("NB PS TBC TBA TBD DRAFT NEW SIC FYI UPDATE EDIT NOTE ENDS PDF DOC")


CLAN_CUE_BEFORE = re.compile(
    r"(?i:\b(?:as|by|named|called|tag|name|gamertag|username|player|user|streamer)\s*)$"
)


def _clan_tagged(text: str) -> Iterator[Hit]:
    """A bracketed tag of capitals, then a gamer's name: the name must not be an English word
    unless a naming word stands before the tag ("played as [KSK] Viper"); "[NSPCC]
    guidance" and "[ONS] data" cite a body."""
    for match in CLAN_TAG_RE.finditer(text):
        tag, name = match.group("tag"), match.group("name")
        if tag in EDITORIAL_TAGS or fold(tag) in gazetteer().bodies or fold(name) in PLATFORM_NAMES:
            continue
        named = CLAN_CUE_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if (named or (name[:1].isupper() and not _is_word(name))) and _online(
            text, match.start(), match.end()
        ):
            yield RULE.hit(match.start(), match.end("name"))


# A gamer's or streamer's name of two or three capitalised words after a naming phrase, in a
# sentence about being online: "on Xbox he was known as Toxic Vyper". One word must be no
# English word, place or person's name (people's names are the name rules' to judge).
SPACED_NAME_CUES = ("known as", "went by", "goes by", "going by", "himself", "herself",
                    "themself", "under the name", "played as", "streamed as", "streams as",
                    "plays as")  # fmt: skip
SPACED_NAME_RE = re.compile(
    r"(?i:\b(?:known\s+as|went\s+by|goes\s+by|going\s+by|call(?:ed|ing|s)\s+"
    r"(?:him|her|them)sel(?:f|ves)|under\s+the\s+name|(?:play|stream)(?:ed|ing|s)?\s+as))"
    r"\s+[\"“'‘]?(?P<handle>[A-Z][A-Za-z0-9]*(?:[ \t]+[A-Z0-9][A-Za-z0-9]*){1,2})"
)


# The first word of each cue of SPACED_NAME_RE, where alone it can match.
SPACED_NAME_STARTS = ("known", "went", "goes", "going", "called", "calling", "calls", "under",
                      "play", "played", "playing", "plays", "stream", "streamed", "streaming",
                      "streams")  # fmt: skip


def _spaced_names(text: str) -> Iterator[Hit]:
    names = gazetteer()
    for match in cue_finditer(SPACED_NAME_RE, SPACED_NAME_STARTS, text):
        words = match.group("handle").split()
        if any(fold(w) in names.bodies or w in ALL_PLATFORM_SET for w in words):
            continue
        if any(
            w.isalpha() and not names.explained(w) and not names.is_name(w) for w in words
        ) and _online(text, match.start(), match.end()):
            yield RULE.hit(match.start("handle"), match.end("handle"))


# A named group, page, channel or fundraiser in capitals after its noun: "a WhatsApp group
# called Eastside Runners", "A JustGiving page, Remembering Riley,", "a YouTube channel (Daz
# Moss Fishing)". The name must hold a person's name or a word no dictionary has, and no
# public body's word ("the partnership's YouTube channel, Westmarch SCP Briefings").
NAMED_SPACE_RE = re.compile(
    r"(?i:\b(?:group|group chat|chat|page|channel|server|fundraiser|appeal|forum))"
    r"(?:\s+(?:called|named)\s+|\s*[,(:]\s*)"
    r"(?P<handle>[A-Z][\w'’]*(?:\s+(?:for\s+|of\s+|the\s+|and\s+|&\s+)?[A-Z0-9][\w'’]*){0,4})"
)
SPACE_NOUNS = ("group", "chat", "page", "channel", "server", "fundraiser", "appeal", "forum")
FUNDRAISING = re.compile(r"(?i:justgiving|gofundme|crowdfunder|fundrais|memorial|tribute)")


def _named_spaces(text: str) -> Iterator[Hit]:
    names = gazetteer()
    for position in literal_positions(text, SPACE_NOUNS):
        match = NAMED_SPACE_RE.match(text, position)
        if match is None:
            continue
        near = (max(0, match.start() - 80), match.end() + 40)
        if (
            _any_platform_near(text).search(text, *near) is None
            and FUNDRAISING.search(text, *near) is None
        ):
            continue
        words = [strip_possessive(w) for w in re.findall(r"[^\W\d_][\w'’]*", match.group("handle"))]
        keys = [fold(w) for w in words]
        if (
            any(k in names.bodies for k in keys)
            or any(w in ALL_PLATFORMS for w in words)
            # "Westmarch SCP": a body's; but "Kai Plays FIFA" is a person's, by the first name
            or (
                any(len(w) > 1 and w.isupper() for w in words)
                and not any(names.is_distinctive_first(w) for w in words)
            )
        ):
            continue
        if any(names.is_name(w) or not _is_word(k) for w, k in zip(words, keys, strict=True)):
            yield RULE.hit(match.start("handle"), match.end("handle"))


# A Markdown table with a column of accounts: each cell under an "Account", "Username",
# "Handle" or "Profile" heading that is not ordinary words names one.
ACCOUNT_HEADER = re.compile(
    r"(?i:^\W*(?:social media\s+)?(?:accounts?|user\s*names?|handles?|profiles?|gamertags?|"
    r"online names?|screen names?|display names?|account names?)\W*$)"
)
COLUMN_WORDS = ("account", "user", "handle", "profile", "gamertag", " name")
TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)


def _account_columns(text: str) -> Iterator[Hit]:
    columns: list[int] = []
    previous_end = -2
    for row in TABLE_ROW.finditer(text):
        cells = row.group().strip().strip("|").split("|")
        if row.start() != previous_end + 1:
            columns = [i for i, c in enumerate(cells) if ACCOUNT_HEADER.match(c.strip())]
            previous_end = row.end()
            continue
        previous_end = row.end()
        if not columns or set(row.group().strip()) <= set("|-: \t"):
            continue
        offset = row.start() + row.group().index("|") + 1
        for index, cell in enumerate(cells):
            value = cell.strip()
            if index in columns and value and value not in "-–—":
                words = re.findall(r"[^\W_]+", value)
                if not words or (_all_words(words) and not _looks_like_handle(value, False)):
                    continue
                begin = offset + cell.index(value)
                yield RULE.hit(begin, begin + len(value))
            offset += len(cell) + 1


# A platform as a list item's or a line's label: "- Snapchat – rileyroseee", "TikTok: x".
LINE_LABEL_RE = re.compile(
    r"(?m:^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?(?P<platform>[A-Z][\w ]{0,14}?)(?:\*\*)?"
    r"[ \t]*(?:[:\-–—][ \t]*)(?:\*\*)?@?(?P<handle>[^\s,;()]{2,30}))"
)


def _line_labels(text: str) -> Iterator[Hit]:
    for match in LINE_LABEL_RE.finditer(text):
        if match.group("platform").strip() not in ALL_PLATFORM_SET:
            continue
        handle = match.group("handle").rstrip(".")
        key = fold(handle)
        if key and not key.isdigit() and (not key.isalpha() or not _is_word(key)):
            yield RULE.hit(match.start("handle"), match.start("handle") + len(handle))


# A profile address written out to dodge filters: "fb dot com slash darren dot moss dot 88".
# A dot written out or "defanged" as security notes do ("instagram[.]com", "fb (dot) com").
_DOT = r"(?:\.|\s+dot\s+|[(\[{]\s*(?:dot|\.)\s*[)\]}])"
OBFUSCATED_URL_RE = re.compile(
    r"(?i:\b(?:facebook|fb|instagram|insta|tiktok|twitter|x|snapchat|youtube|gofundme|"
    rf"justgiving|onlyfans|linktr)\s*{_DOT}\s*"
    rf"(?:com|co(?:\s*{_DOT}\s*uk)?|me|tv|ee|net)\s*"
    r"(?:/|\s+slash\s+|[(\[]slash[)\]])\s*@?[\w\-]+"
    rf"(?:\s*(?:{_DOT}|_)\s*[\w\-]+)*)"
)


RULE = Rule(
    id="social-handle",
    severity="error",
    message="a social media account identifies its owner; remove it or say 'a social media account'",
    summary="A social media account, profile link or fundraising page",
    fix="Remove it; say 'a social media account' or 'an online fundraiser'.",
    docs='@handles; accounts named in prose ("on Snapchat, where he went by jay_m2006", "her '
    'TikTok account, kenzie.xo", "the YouTube channel TylerVlogz"); profile and fundraising '
    "links (facebook.com/..., instagram.com/..., gofundme.com/f/..., justgiving.com/...)",
    rank=120,
    find=find,
    piece_gate=PIECE_GATE,
)

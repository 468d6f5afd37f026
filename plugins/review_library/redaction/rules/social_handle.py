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

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.gazetteer import gazetteer
from review_library.redaction.rules.text import (
    AT_RE,
    capitalised_words,
    fold,
    keyword_windows,
    literal_positions,
    literal_windows,
    lowered,
    occurs,
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
]
_SITE = "|".join(re.escape(site) for site in SITES)
SITE_WORDS = tuple(f"{site}/" for site in SITES)
PROFILE_URL_RE = re.compile(
    rf"(?i:(?:https?://)?(?:www\.|m\.|uk\.|en-gb\.)?(?:{_SITE})/)"
    r"(?!(?:help|about|legal|policies|privacy|terms|login|signup|search|explore|hashtag|"
    r"watch\?|results|groups/?$)\b)[\w.\-@~%/?=&+]*[\w]"
)
PLATFORM = (
    r"(?i:snapchat|snap|instagram|insta|tiktok|facebook|twitter|discord|xbox|psn|playstation|"
    r"youtube|twitch|telegram|whatsapp|kik|reddit|roblox|fortnite|minecraft|steam|onlyfans|"
    r"messenger|yubo|wizz|omegle|bluesky|tumblr|pinterest|viber|tinder|hinge|bumble|grindr|"
    r"mumsnet|netmums|skype|wickr|badoo|bebo|depop|vinted|gumtree|vivastreet|adultwork|fansly|"
    r"wechat|threads|wattpad|ebay|etsy|spotify|soundcloud|"
    r"gamertag|username|user name|user-name|user\b|online name|screen name|profile name|handle|"
    r"display name|account name)"
)
ACCOUNT_RE = re.compile(
    rf"\b(?P<platform>{PLATFORM})(?:['’]s)?"
    r"(?:\s+(?P<noun>(?i:name|id|account|profile|handle|channel|page|username|user)))?"
    r"(?:,?\s+(?i:where|on which)\s+(?i:he|she|they|it)\s+(?i:went|goes|was known|is known)\s+(?i:by|as))?"
    r"(?:,?\s+(?P<connector>(?i:was|is|of|called|named|as|under|went by|goes by|by|under the name|"
    r"which was|which is)))?"
    r"\s*[,:\-–—(]?\s*[\"“'‘]?(?P<handle>[A-Za-z0-9_][\w.\-]{1,28}[A-Za-z0-9_](?:#\d{4})?)"
    r"[\"”'’]?"
)
# Prose that names the account after its owner: "posted as kayleigh_b93 on Instagram".
AS_RE = re.compile(
    r"(?i:(?:profile|username|user name|account) (?:was|is)\s+|(?:his|hers|her's|theirs) (?:was|is)\s+|"
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
    r"(?i:\b(?:in|under|with)\s+the\s+(?:(?:user|account|profile|display|screen)\s*)?name|"
    r"\bwent\s+by|\bgoes\s+by|\bgoing\s+by|\bknown\s+as|\bcalled|\bnamed|"
    r"\b(?:account|profile|username|user name|channel|handle|gamertag)\s*(?:name\s*)?[,:(]?)"
    r"\s*[\"“'‘](?P<handle>[^\"”'’\n]{2,40}?)[\"”'’]"
)
# An organisation's own account ("@WestmarchSCP", "@NorthshireSAB"): public, and no person's.
ORGANISATION_HANDLE = re.compile(
    r"(?:SCP|SCB|LSCB|SAB|SAPB|CSP|SCPs|NHS|ICB|Council|Police|Trust|Safeguarding|Gov|GOV|UK)$"
    # an acronym alone ("@NSPCC", "@CEOP"): a body's account, not a person's
    r"|^@[A-Z]{3,}$"
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
              "handle", "user", "ebay")  # fmt: skip
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
# A plain word after "on TikTok as" or "her Snapchat was" is an account name unless it is an
# English word ("as well", "was private") or another platform.
PLATFORM_NEAR = re.compile("|".join(CAPITALISED_PLATFORMS))
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
OWNER_BEFORE = re.compile(r"(?i:\b(?:her|his|their|my|your|[A-Z]\w+['’]s)\s+)$")


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
    return names.is_word(key) or key in names.bodies or not key.isalnum()


# A profile link has a top-level domain and a slash: one literal-led scan finds out.
URL_HINT = re.compile(r"\.(?:com|tv|net|me|ee|gg|app|uk|fm)/")


def find(text: str) -> Iterator[Hit]:
    if "@" in text:
        for match, delta in keyword_windows(text, AT_RE, 2, 40).finditer(HANDLE_RE):
            if ORGANISATION_HANDLE.search(match.group(0)):
                continue
            yield RULE.hit(match.start() + delta, match.end() + delta)
    lower = lowered(text)
    if URL_HINT.search(lower):
        # Only around the sites' names (str.find): the pattern has no literal start, and over
        # the whole text it cost more than the rest of the rule.
        for match, delta in literal_windows(text, SITE_WORDS, 32, 200).finditer(PROFILE_URL_RE):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    # Which cues the text has, cheaply: platform names are proper nouns (the capitalised
    # words are listed once per text for the name rules too); the other cues are few.
    capitals = capitalised_words(text)
    cues = [w.lower() for w in CAPITALISED_PLATFORMS if w in capitals]
    cues += [w for w in LOWER_CUES if occurs(w, text)]
    if " name" in lower:
        cues += [w for w in NAME_CUES if occurs(w, text)]
    if cues or occurs("account", text) or occurs("profile", text):
        yield from _quoted_names(text, lower)
    if cues:
        yield from _quoted_before_platform(text)
        yield from _as_after_platform(text)
    # Labels before a dash: looked for only before each dash (few), like those before colons.
    for dash in DASH_RE.finditer(text) if " - " in text or "–" in text else ():
        label = LABEL_DASH_BEFORE.search(text, max(0, dash.start() - 12), dash.start())
        match = LABEL_DASH_RE.match(text, label.start()) if label is not None else None
        if match is not None and _looks_like_handle(match.group("handle"), False):
            yield RULE.hit(match.start("handle"), match.end("handle"))
    if any(occurs(word, text) for word in NAMED_ACCOUNT_WORDS):
        for match in NAMED_ACCOUNT_RE.finditer(text):
            handle = match.group("handle")
            if any(c.isdigit() or c == "_" for c in handle) and any(c.isalpha() for c in handle):
                yield RULE.hit(match.start("handle"), match.end("handle"))
    if occurs("group", text) or occurs("chat", text) or occurs("forum", text):
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
    if any(occurs(verb, text) for verb in POSTER_VERBS):
        # the verb first (literal-led), then the account name just before it
        for verb in POSTER_VERB_RE.finditer(text):
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
        if label is not None:
            match = LABEL_RE.match(text, label.start())
            if match is not None and _looks_like_handle(match.group("handle"), False):
                yield RULE.hit(match.start("handle"), match.end("handle"))
        colon = text.find(":", colon + 1)
    for pattern, words in (
        (ACCOUNT_RE, tuple(cues)),
        (AS_RE, AS_WORDS if any(occurs(g, text) for g in AS_GATE) else ()),
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
                and PLATFORM_NEAR.search(text, max(0, match.start() - 100), match.end() + 40)
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
                and PLATFORM_NEAR.search(text, max(0, match.start() - 60), match.end() + 40)
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
            if not any(c.isalpha() for c in handle):
                continue  # "on Facebook as 2.5 million others did", "TikTok by 12-15s"
            if named or _looks_like_handle(handle.rstrip("."), quoted):
                end = match.start("handle") + len(handle.rstrip("."))
                yield RULE.hit(match.start("handle"), end)


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
            PLATFORM_NEAR.search(text, max(0, match.start() - 60), match.end() + 40) is None
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


def _quoted_before_platform(text: str) -> Iterator[Hit]:
    for platform in PLATFORM_NEAR.finditer(text):
        begin = max(0, platform.start() - 80)
        match = QUOTED_ON_BEFORE.search(text, begin, platform.start())
        if match is None or not any(c.isalnum() for c in match.group("handle")):
            continue
        words = match.group("handle").split()
        if all(w in ("a", "i") or (len(w) > 1 and _is_word(w)) for w in words):
            continue  # scare quotes: "it was 'normal' on TikTok", "was 'just a joke' on Snapchat"
        yield RULE.hit(match.start("handle"), match.end("handle"))


# "as <handle>" soon after a platform's name, in the same sentence: "On Roblox he played as
# xX_Jaydn_Xx", "wrote stories on Wattpad as midnightwriter_k" (shaped like an account name).
AS_AFTER_RE = re.compile(
    r"[^.!?\n]{0,50}?\b(?:as|by|(?:he|she|they)\s+(?:was|is|were))\s+"
    r"(?:[\"“'‘](?P<quoted>[^\"”'’\n]{2,30}?)[\"”'’]|"
    r"(?P<handle>[A-Za-z0-9_][\w.\-]{1,28}[A-Za-z0-9_]))"
)


def _as_after_platform(text: str) -> Iterator[Hit]:
    for platform in PLATFORM_NEAR.finditer(text):
        match = AS_AFTER_RE.match(text, platform.end())
        if match is not None and match.group("quoted") is not None:
            # "released songs on Spotify as 'Lil Tayz'": a quoted name after the platform
            if any(c.isalnum() for c in match.group("quoted")):
                yield RULE.hit(match.start("quoted"), match.end("quoted"))
            continue
        if (
            match is not None
            and _looks_like_handle(match.group("handle").rstrip("."), False)
            and any(c.isalpha() for c in match.group("handle"))
        ):
            yield RULE.hit(match.start("handle"), match.end("handle"))


# A platform's short name before a dash, as bios and notes write it: "IG - lilz.xo".
DASH_RE = re.compile(r"\s*[-–]\s*")
LABEL_DASH_BEFORE = re.compile(
    r"(?<![\w.])(?:IG|Insta|Snap|SC|TT|FB|Snapchat|Instagram|TikTok|Facebook|Twitter|X)\s*$"
)
LABEL_DASH_RE = re.compile(
    r"(?<![\w.])(?:IG|Insta|Snap|SC|TT|FB|Snapchat|Instagram|TikTok|Facebook|Twitter|X)"
    r"\s*[-–]\s*@?(?P<handle>[A-Za-z0-9_][\w.\-]{1,28}[A-Za-z0-9_])"
)
# An account's name of several words after its label, up to the clause's end: "His Xbox
# gamertag, mr reaper 2011, was ..." (a digit or an underscore in it).
NAMED_ACCOUNT_WORDS = ("gamertag", "username", "user name", "display name", "screen name",
                       "psn")  # fmt: skip
NAMED_ACCOUNT_RE = re.compile(
    r"(?i:\b(?:gamertag|username|user name|display name|screen name|psn (?:id|name))\b)"
    r"\s*(?:,|:|\bwas\b|\bis\b)\s*[\"“'‘]?"
    r"(?P<handle>[A-Za-z0-9][A-Za-z0-9 _.\-]{1,28}[A-Za-z0-9])[\"”'’]?"
    r"(?=\s*[,;)]|\.(?:\s|$)|\s+(?:and|was|is|which|but|on)\b)"
)
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
GROUP_NAME_RE = re.compile(
    r"(?i:\b(?:group|chat|server|channel|page|forum)\b)(?:\s+(?i:called|named))?,?\s*"
    r"[\"“'‘](?P<handle>[^\"”'’\n]{2,40}?)[\"”'’]"
    r"|[\"“'‘](?P<before>[^\"”'’\n]{2,40}?)[\"”'’],?\s+(?i:an?|the|her|his|their)\s+"
    r"(?:[\w-]+\s+){0,3}(?i:group|chat|server|channel|page|forum)\b"
)


GROUP_WORD_RE = re.compile(r"(?i:\b(?:group|chat|server|channel|page|forum)\b)")


def _group_names(text: str) -> Iterator[Hit]:
    # only around the words (the quoted name before them is at most 60 characters back)
    seen: set[int] = set()
    matches = []
    for word in GROUP_WORD_RE.finditer(text):
        for match in GROUP_NAME_RE.finditer(text, max(0, word.start() - 90), word.end() + 50):
            if match.start() not in seen:
                seen.add(match.start())
                matches.append(match)
    for match in matches:
        group = "handle" if match.group("handle") is not None else "before"
        words = re.findall(r"[A-Za-z]+|\d", match.group(group))
        if any(w.isdigit() or (w[0].isupper() and not _is_word(w)) for w in words):
            yield RULE.hit(match.start(group), match.end(group))


QUOTED_WORDS = ("in the", "under the", "with the", "went", "goes", "going", "known as",
                "called", "named", "account", "profile", "username", "user name", "channel",
                "handle", "gamertag")  # fmt: skip


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
)

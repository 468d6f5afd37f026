"""What a pen picture says a person enjoyed: titles, performers, teams and shops, by position.

A review's pen picture names what a child or adult watched, listened to, supported and where
the family shopped ("listened to <singer> and <singer> on his phone", "loved <title> and
<title> on CBeebies", "supported <club> and went to most home games", "shopped at <chain>").
Those capitalised words are no person of the case and no place where the family lived.
Nothing here lists titles, singers, clubs or shops: each test reads the sentence around the
words (a verb of enjoying, what follows the name, the words of music, screens or sport in
the sentence). A person of the case keeps the shapes that only a person takes: a name
followed by a participle or an appositive ("listened to <name> practising the piano",
"watched <name>, a child from the street, ..."), or supported *to* do something.
"""

from __future__ import annotations

import re
from functools import lru_cache

from review_library.redaction.rules.culture_home import (
    bilingual_heading,
    cited_without_year,
    fictional_street,
    soap_compared,
    speaker_owned,
    the_next,
    word_of_address,
)
from review_library.redaction.rules.gazetteer import Gazetteer, gazetteer, place_key, settlements
from review_library.redaction.rules.text import CAP_WORD, fold, strip_possessive

# One item of a list of titles or names: up to four capitalised words, with the small words
# of a title inside ("Thomas the Tank Engine", "Match of the Day", "Yma o Hyd").
_ITEM = rf"{CAP_WORD}(?:\s+(?:(?:the|of|and|a|in|on|o|y|yr)\s+)?{CAP_WORD}){{0,3}}"
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+(?:to\s+)?)"
# The items before this one in a list, back to the first: "<title>, <title> and ".
_LISTED_BEFORE_RE = re.compile(rf"(?:{_ITEM}{_JOIN}){{1,5}}\Z")
# The items after this one, to the last.
_LISTED_AFTER_RE = re.compile(rf"(?:{_JOIN}{_ITEM}){{1,5}}")
# The first words of the item a hit starts inside ("<first name> " before a surname), on
# the same line or the line before.
_ITEM_HEAD_RE = re.compile(rf"(?<![\w'’\-]){CAP_WORD}(?:[ \t]+{CAP_WORD})?[ \t\n]+\Z")
# The rest of the item the hit ends inside ("Hey" of "Hey Duggee", "Thomas" of "Thomas the
# Tank Engine").
_ITEM_REST_RE = re.compile(rf"(?:\s+(?:(?:the|of|and|o|y|yr)\s+)?{CAP_WORD}){{0,3}}")

# -- screens -----------------------------------------------------------------------------
# A channel or service after a title: "<title> on CBeebies", "<title> on the telly". Not
# YouTube, TikTok or Instagram, where a person of the case may post herself.
_CHANNEL_AFTER_RE = re.compile(
    r"\s+(?:on|from)\s+(?:the\s+)?(?i:tv|television|telly|cbeebies|cbbc|netflix|"
    r"iplayer|bbc(?:\s+(?:one|two|three|iplayer))?|itv\w*|channel\s+(?:4|5|four|five)|s4c|"
    r"disney\+?|sky(?:\s+one)?|amazon\s+prime|prime\s+video|dvd)\b"
)
# A title as the thing of which there are episodes: "never missed an episode of <title>".
_EPISODE_BEFORE_RE = re.compile(
    r"\b(?i:episodes?|series|seasons?|box\s+sets?|re-?runs?|repeats)\s+of\s+\Z"
)
_WATCH_BEFORE_RE = re.compile(r"\b(?i:watch(?:ed|es|ing)?)\s+\Z")

# -- music -------------------------------------------------------------------------------
# Not "loved" or "played": a parent loves and plays with a child, and sings to her.
_LISTEN_BEFORE_RE = re.compile(
    r"\b(?i:listen(?:ed|s|ing)?\s+to|danced\s+to|sang\s+along\s+to|"
    r"sing(?:s|ing)?\s+along\s+to)\s+\Z"
)
# Words of music in the sentence (or the one before): what makes "listened to" or "loved"
# about a performer, not about a person who spoke ("nobody listened to Dee").
_MUSIC_RE = re.compile(
    r"\b(?i:music|songs?|singers?|sing|sang|singing|albums?|bands?|gigs?|concerts?|records|"
    r"vinyl|playlists?|spotify|radio|headphones|earphones|lyrics|tunes|pop|rap|rapper|grime|"
    r"drill|gospel|hip-hop|r&b|k-pop|tickets\s+to\s+see|festivals?)\b"
)
# A person of the case after the same verbs: a participle or an appositive follows the
# name ("listened to <name> practising", "watched <name>, the neighbour's daughter,").
_PERSON_AFTER_RE = re.compile(
    r"(?:\s+[a-z]+ing\b|\s*,\s*(?:the|a|an|his|her|their|who|whose|aged|\d)\b|"
    r"\s+(?:play|sing|talk|say|said|tell|told|shout|argu|cry|cried|who|being)\w*\b)"
)
# The works of a performer: "the words to most of <singer>'s songs", "all of <author>'s books".
_WORKS_AFTER_RE = re.compile(
    r"['’]s\s+(?:(?:early|new|latest|old|best-known|greatest|biggest|famous)\s+)?"
    r"(?:songs|albums?|hits|lyrics|novels|records)\b"
)
_ALL_WORKS_BEFORE_RE = re.compile(
    r"\b(?i:read|watched|seen|heard|listened\s+to|knows?|knew|loved)\s+"
    r"(?i:all|most|every\s+one|some|many|each)\s+of\s+\Z"
)
_ALL_WORKS_AFTER_RE = re.compile(r"['’]s\s+(?:books|films|stories|music|videos)\b")
# An author or performer after the works: "her favourite book is by <author>", "a song
# sung by <singer>"; tickets to see a performer.
_AUTHOR_BEFORE_RE = re.compile(
    r"\b(?i:books?|novels?|stories|story|songs?|albums?|poems?|poetry|films?|hymns?)\s+"
    r"(?:(?:is|was|are|were)\s+)?(?:(?:written|sung|recorded|directed|illustrated)\s+)?by\s+\Z"
)
# "a lifelong fan of <singer>": only where the sentence is about music or films.
_FAN_OF_BEFORE_RE = re.compile(r"\b(?i:fan|fans|admirer)\s+of\s+\Z")
# "anything by <author>": only where the sentence is about books, music or films.
_ANYTHING_BY_BEFORE_RE = re.compile(r"\b(?i:anything|everything)\s+by\s+\Z")
_WORKS_RE = re.compile(
    r"\b(?i:books?|novels?|stories|read|reading|songs?|albums?|music|films?|movies?|poems?)\b"
)
# A performer between the works and their release: "every single that <singer> released".
# Every one of the works, and a verb of putting them out: "the song that <name> wrote" or
# "recorded" may be a child's.
_WORKS_THAT_BEFORE_RE = re.compile(
    r"\b(?i:every|each|all(?:\s+(?:of\s+)?the)?|any|most(?:\s+of\s+the)?)\s+"
    r"(?:[a-z]+\s+)?(?i:singles?|songs?|albums?|records?|hits?|books?|novels?|films?)\s+"
    r"(?:(?:that|which)\s+)?\Z"
)
_RELEASED_AFTER_RE = re.compile(
    r"\s+(?:(?:had\s+)?(?:ever\s+)?)(?:released|published|directed|brought\s+out)\b"
)
_TICKETS_BEFORE_RE = re.compile(r"\b(?i:tickets?\s+to\s+see|(?:concerts?|gigs?)\s+by)\s+\Z")
# An actor in a film: "a film starring <actor>", "old Bollywood films, especially anything
# with <actor>" (the second only where the sentence is about films).
_STARRING_BEFORE_RE = re.compile(r"\b(?:starring|featuring)\s+\Z")
_ANYTHING_WITH_BEFORE_RE = re.compile(r"\b(?i:anything|everything|films?|movies?)\s+with\s+\Z")
_FILM_RE = re.compile(r"\b(?i:films?|movies?|cinema|bollywood|hollywood|nollywood|musicals?)\b")
# A record collection's artists: "an old collection of <singer> and <singer>", "thousands of
# vinyl albums: <singer>, <singer> and <singer>" (read only where the sentence is about
# music: "the collection of <child> from nursery" is a person).
_COLLECTION_BEFORE_RE = re.compile(
    r"\b(?i:(?:collection|records?|albums?|cds?|tapes?|cassettes?|playlists?)\s+(?:of|by)|"
    r"(?:albums|records|vinyl|cds|playlists?|singers|artists|bands|favourites)\s*:)\s+\Z"
)
# Music's genres in the same list: "she loved reggae, gospel and <singer>". Words that are
# also a room or a place ("house", "garage", "country") only with "music".
_GENRE = (
    r"(?:reggae|gospel|jazz|opera|rap|grime|drill|hip-hop|r&b|bhangra|afrobeats?|dancehall|"
    r"motown|disco|techno|k-pop|punk|ska|showtunes|hymns|(?:pop|rock|soul|folk|country|"
    r"classical|bollywood|dance|brass\s+band|welsh|irish|gaelic)\s+(?:music|songs))"
)
_GENRE_LIST_BEFORE_RE = re.compile(
    rf"\b(?i:{_GENRE})(?:\s*,\s*(?i:{_GENRE}))*(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+)\Z"
)
_GENRE_LIST_AFTER_RE = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+)(?i:{_GENRE})\b")
_LOVED_PLAYED_BEFORE_RE = re.compile(
    r"\b(?i:lov(?:ed|es)|adored|play(?:ed|s|ing)|put\s+on|blasted)\s+\Z"
)
_PLAYED_WITH_AFTER_RE = re.compile(
    r"\s+(?:at|online|with|against|for|in\s+(?:goal|the\s+(?:park|street|garden)))\b"
)
# The works a title or author names, after it without a possessive: "<title> books".
_WORKS_NOUN_AFTER_RE = re.compile(
    r"\s+(?:books|stories|annuals|comics|cartoons|films|DVDs|dvds|toys|programmes|episodes|"
    r"jigsaws|pyjamas|stickers|magazines|colouring\s+books|story\s+books|audiobooks|"
    r"albums?|songs|records|CDs|tour|posters)\b"
)
# A brand bought or eaten as one thing: "bought him a <chain>'s", "ordered a <brand>".
_BOUGHT_A_BEFORE_RE = re.compile(
    r"\b(?i:bought|buys?|buying|ordered|orders?|ordering|ate|eats?|eating|fetched|brought|"
    r"treated\s+(?:him|her|them|me|us)\s+to)\s+(?:(?:him|her|them|me|us|the\s+children|the\s+kids)"
    r"\s+)?(?:a|an|another)\s+\Z"
)
# The small words of a quoted Welsh or English title ('"Yma o Hyd"' kind), not "and": a
# quoted pair of first names joined by "and" is people.
_TITLE_SMALL_WORDS = frozenset({"o", "o'r", "na", "y", "yr", "ar", "i", "a'r", "yn", "of", "the"})
_CLOSE_QUOTE_RE = re.compile(r"[\"”]")
_TITLE_CUE_BEFORE_RE = re.compile(
    r"\b(?i:words\s+(?:to|of)|(?:the\s+)?whole\s+of|sang|sing(?:s|ing)?|songs?|anthem|hymn|chant(?:ed)?|album|"
    r"single|book|novel|poem|programme|film|called|titled|entitled)\s+\Z"
)

# -- sport -------------------------------------------------------------------------------
_SUPPORT_BEFORE_RE = re.compile(
    r"\b(?i:support(?:ed|s|ing)?|follow(?:ed|s|ing)?|(?:a|the)\s+(?:(?:huge|big|keen|"
    r"lifelong|devoted|loyal)\s+)?(?:fan|supporter)s?\s+of)\s+\Z"
)
_SPORT_RE = re.compile(
    r"\b(?i:football|rugby|cricket|hockey|matches|match|games|season\s+ticket|shirt|kit|"
    r"stadium|ground|fans?|supporters?|league|cup|final|home\s+games|away\s+games|team|"
    r"goals?|club|the\s+football|scarf)\b"
)
# Clubs' short names that are also first names, from the English and Scottish leagues' club
# names (Aston Villa; Brighton and Hove, West Bromwich, Burton and Stirling Albion; Port
# Vale): "supported Villa" is the club, where the sentence is about sport.
CLUB_SHORT_NAMES = frozenset({"villa", "albion", "vale"})
# Supporting a person: "supported <name> to attend", "with", "at", "through", "'s".
_SUPPORTED_PERSON_AFTER_RE = re.compile(
    r"(?:['’]s\b|\s+(?:to|with|at|in|through|during|by|when|who|while|after|and\s+(?:her|his|their)))\b"
)

# -- shops and products ------------------------------------------------------------------
# "shopped at <chain>", "worked Saturdays at a <chain>", "his shopping at <chain> every
# Tuesday": a person is never where one shops or works without a possessive.
_SHOP_BEFORE_RE = re.compile(
    r"\b(?i:(?P<buy>shop(?:ped|s|ping)?|bought|buy(?:s|ing)?|groceries|store\s+detective|"
    r"shoplift(?:ed|ing)?)|worked|works|working|job|shifts?|saturdays|weekends|"
    r"(?P<seen>seen|saw))\b"
    r"(?:,?\s+[\w’']+){0,4}?,?\s+at\s+(?:(?P<article>the|a|an)\s+(?:local\s+)?)?\Z"
)
_SHOP_BARE_AFTER_RE = re.compile(
    r"(?:\s*(?:[.,;:!?)\n]|\Z)|\s+(?:or|and|every|each|most|on|in|near|for|until|when|"
    r"where|twice|once|after|before|to|with|because|but|which|that|as|at)\b)"
)
# "a can of <drink>", "a packet of <crisps>": a product after a container.
_CONTAINER_BEFORE_RE = re.compile(
    r"\b(?i:cans?|bottles?|packets?|bags?|boxes|box|tins?|jars?|pints?|glass|cups?|mugs?|"
    r"bars?|tubs?|packs?|slabs?)\s+of\s+\Z"
)


_STOP_RE = re.compile(r"[.!?][ \t\n]|\n\s*\n")


def _sentence_start(text: str, position: int) -> int:
    low = max(0, position - 400)
    stops = list(_STOP_RE.finditer(text, low, position))
    return stops[-1].end() if stops else low


def _sentence(text: str, start: int, end: int, before: int = 0) -> str:
    """The sentence holding ``text[start:end]``, with ``before`` sentences before it."""
    low = _sentence_start(text, start)
    for _ in range(before):
        if low > 0:
            low = _sentence_start(text, low - 2)
    stop = _STOP_RE.search(text, end, min(len(text), end + 400))
    return text[low : stop.start() if stop else min(len(text), end + 400)]


def _list_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The list of capitalised items the words at ``start:end`` belong to."""
    rest = _ITEM_REST_RE.match(text, end)
    end = rest.end() if rest else end
    # The hit may be a surname only ("<first name> <surname>"): the item starts before it.
    head = _ITEM_HEAD_RE.search(text, max(0, start - 40), start)
    if head is not None:
        start = head.start()
    before = _LISTED_BEFORE_RE.search(text, max(0, start - 160), start)
    after = _LISTED_AFTER_RE.match(text, end)
    return (before.start() if before else start, after.end() if after else end)


def _after_cue(cue: re.Pattern[str], text: str, start: int, width: int = 40) -> bool:
    return cue.search(text, max(0, start - width), start) is not None


# A channel, then the programme singled out: "loved CBeebies, especially <title>".
_CHANNEL_THEN_BEFORE_RE = re.compile(
    r"\b(?i:cbeebies|cbbc|netflix|iplayer|s4c|disney\+?|youtube\s+kids|nick\s+jr)\s*,?\s+"
    r"(?i:especially|particularly|mostly|mainly|above\s+all|such\s+as|like)\s+\Z"
)


def screen_title(text: str, start: int, end: int) -> bool:
    """A programme's title: a list of titles followed by a channel, the thing of which
    there are episodes, or the one singled out after a channel."""
    first, last = _list_span(text, start, end)
    return (
        bool(_CHANNEL_AFTER_RE.match(text, last))
        or _after_cue(_EPISODE_BEFORE_RE, text, first)
        or _after_cue(_CHANNEL_THEN_BEFORE_RE, text, first, 40)
    )


# "likes watching <title> and <title>, and ...": the list ends the clause (not "enjoyed
# watching <name> play").
_LIKE_WATCHING_BEFORE_RE = re.compile(
    r"\b(?i:(?:like|love|enjoy)(?:s|d|ed)?|favourite\s+thing\s+was)\s+watching\s+\Z"
)
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?)]|\Z|\n\s*\n)")


def liked_watching(text: str, start: int, end: int) -> bool:
    """A list after "liked watching" that ends its clause: programmes."""
    first, last = _list_span(text, start, end)
    return _after_cue(_LIKE_WATCHING_BEFORE_RE, text, first, 32) and bool(
        _CLAUSE_END_RE.match(text, last)
    )


def not_a_place(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """Words the place rule read as a spot that name a programme, a club, a shop, a ground,
    a national body or a performer listened to (nobody listens to a village)."""
    return (
        screen_title(text, start, end)
        or watched_thing(text, start, end)
        or team(text, start, end, names)
        or shop(text, start, end, place=True)
        or national_body(text, end, names)
        or _after_cue(_LISTEN_BEFORE_RE, text, _list_span(text, start, end)[0], 32)
        or ground(text, start, end)
        or national_name(text, start, end)
        or work_part(text, start, end)
        or prayed_to(text, start, end)
        or office_address(text, start)
        or language_kind(text, start, end)
        or feast_day(text, start, end)
    )


def watched_thing(text: str, start: int, end: int) -> bool:
    """The object of "watched" with no preposition: a programme, a match or a person, never
    a village or a spot (for the place rule only; a person rule needs a screen as well)."""
    first, _ = _list_span(text, start, end)
    return _after_cue(_WATCH_BEFORE_RE, text, first, 16)


# The ", and " that opens a new clause inside what the list span read as one list.
_CLAUSE_AND_RE = re.compile(r",\s+and\s+(?=[^,]*\Z)")


def performer(text: str, start: int, end: int) -> bool:
    """A singer or author: listened to or loved where the sentence is about music, or the
    owner of songs or of all the books one read."""
    if _WORKS_AFTER_RE.match(text, end) or (
        _ALL_WORKS_AFTER_RE.match(text, end) and _after_cue(_ALL_WORKS_BEFORE_RE, text, start, 50)
    ):
        return True
    first, last = _list_span(text, start, end)
    if _PERSON_AFTER_RE.match(text, last):
        # ", and <name> played ...": the list's last item opens a new clause; the list ends
        # before it, where the hit is
        clause = _CLAUSE_AND_RE.search(text, end, last)
        if clause is None or _PERSON_AFTER_RE.match(text, clause.start()):
            return False
        last = clause.start()
    if _after_cue(_AUTHOR_BEFORE_RE, text, first, 60) or _after_cue(
        _TICKETS_BEFORE_RE, text, first
    ):
        return True
    if _after_cue(_STARRING_BEFORE_RE, text, first, 16):
        return True
    if _after_cue(_FAN_OF_BEFORE_RE, text, first, 40):
        return (_MUSIC_RE.search(_sentence(text, first, last)) is not None) or (
            _FILM_RE.search(_sentence(text, first, last)) is not None
        )
    if _after_cue(_ANYTHING_BY_BEFORE_RE, text, first, 20):
        return _WORKS_RE.search(_sentence(text, first, last)) is not None
    if _after_cue(_WORKS_THAT_BEFORE_RE, text, first, 24) and _RELEASED_AFTER_RE.match(text, last):
        return True
    if _after_cue(_ANYTHING_WITH_BEFORE_RE, text, first, 24):
        return _FILM_RE.search(_sentence(text, first, last)) is not None
    if _after_cue(_COLLECTION_BEFORE_RE, text, first, 40):
        return _MUSIC_RE.search(_sentence(text, first, last, before=1)) is not None
    if _GENRE_LIST_BEFORE_RE.search(text, max(0, first - 80), first) or _GENRE_LIST_AFTER_RE.match(
        text, last
    ):
        return True
    if _after_cue(_LISTEN_BEFORE_RE, text, first, 32):
        return _MUSIC_RE.search(_sentence(text, first, last, before=1)) is not None
    # "loved" and "played" take people too: only a list of two or more names, in a sentence
    # about music, that is not played with or against ("played <name> at pool").
    return (
        _after_cue(_LOVED_PLAYED_BEFORE_RE, text, first, 16)
        and re.search(_JOIN, text[first:last]) is not None
        and not _PLAYED_WITH_AFTER_RE.match(text, last)
        and _MUSIC_RE.search(_sentence(text, first, last, before=1)) is not None
    )


# The parts of a work before its title: "the songs from <title>", "the theme tune of
# <title>", "the characters in <title>"; a favourite named: "his favourite player was <name>".
_WORK_PART_BEFORE_RE = re.compile(
    r"\b(?i:songs?|soundtrack|theme\s+(?:tune|song|music)|characters|cast|stage\s+show|"
    r"musical|film\s+version|episodes|series)\s+(?:from|of|in)\s+(?:the\s+)?\Z"
)
_FAVOURITE_BEFORE_RE = re.compile(
    r"\b(?i:favourite)\s+(?i:player|footballer|singer|band|rapper|group|artist|author|writer|"
    r"character|programme|show|film|book|song|team|youtuber|wrestler|boxer|actor|actress|"
    r"princess|superhero|cartoon|game|album|musical|shop|store|restaurant|takeaway|brand|"
    r"sweets|snack|drink|crisps|day\s+out|theme\s+park)"
    # "her favourite character in <title> was <name>"
    r"(?:\s+(?:in|on|from)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})?"
    r"\s+(?:is|was|had\s+been|has\s+always\s+been)"
    r"\s+\Z"
    # a sporting hero or idol: "his hero was <player>" (an appositive keeps a person)
    r"|(?:\b(?i:his|her|their|my)|\b[a-z]+s['’]|\b[A-Z][\w\-]*['’]s)\s+"
    r"(?:(?:sporting|football|rugby|childhood|boxing|music|"
    r"great|big)\s+)?(?i:hero|heroes|heroine|idol|idols)\s+(?:is|was|were|are)\s+\Z"
)


_LINE_HEAD_RE = re.compile(rf"(?<![\w'’\-]){CAP_WORD}[ \t]*\n[ \t]*\Z")


def work_part(text: str, start: int, end: int) -> bool:
    """A title after the songs, theme tune or characters of it, or a favourite player,
    singer or character named after "favourite ... was"; an appositive or a participle
    after the name keeps a person ("her favourite player was <name>, the team's captain")."""
    first, last = _list_span(text, start, end)
    if _PERSON_AFTER_RE.match(text, last):
        return False
    # A long title broken over two lines: its first word is on the line before.
    head = _LINE_HEAD_RE.search(text, max(0, first - 30), first)
    return any(
        _after_cue(_WORK_PART_BEFORE_RE, text, at, 40)
        or _after_cue(_FAVOURITE_BEFORE_RE, text, at, 60)
        for at in ((first, head.start()) if head else (first,))
    )


# A song sung: "planned to sing <title> to the baby", "sang <title> with the family". A
# person is sung to sleep, never sung with or at.
_SING_BEFORE_RE = re.compile(r"\b(?i:sang|sing|sings|singing|sung)\s+\Z")
_SUNG_AFTER_RE = re.compile(
    r"(?:\s*(?:[.,;:!?)\n]|\Z)|\s+(?:to\s+(?!sleep\b)|with|at|in|on|together|along|"
    r"every|again|loudly|in\s+the)\b)"
)


def sung_title(text: str, start: int, end: int) -> bool:
    """A song after "sang" or "sing": the words end their clause or go on with to, with,
    at ("sang <title> with the family"), not "to sleep"."""
    first, last = _list_span(text, start, end)
    return _after_cue(_SING_BEFORE_RE, text, first, 12) and bool(_SUNG_AFTER_RE.match(text, last))


# Showings of a programme after its title: "<title> repeats on the sofa", and a club's
# games: "<club> matches with his brothers". A person "repeats" or "matches" something:
# the word is a noun only before where, when or the clause's end.
_REPEATS_AFTER_RE = re.compile(
    r"\s+(?:repeats|re-?runs|box\s+sets?|matches|fixtures)(?=\s*[.,;:!?)]|\s+(?:on|in|at|every|with|"
    r"after|before|and|or|late|most|all)\b)"
)


def works_named(text: str, start: int, end: int) -> bool:
    """A title or author standing before the works it names: "<title> books", "<title>
    cartoons" (a person's things take a possessive: "<name>'s books"), or before its
    repeats."""
    rest = _ITEM_REST_RE.match(text, end)
    last = rest.end() if rest else end
    return bool(_WORKS_NOUN_AFTER_RE.match(text, last) or _REPEATS_AFTER_RE.match(text, last))


def bought_one(text: str, start: int, end: int) -> bool:
    """A brand bought, ordered or eaten as a thing: "bought him a <chain>'s and ...",
    "ordered a <brand>" (the name ends its noun phrase; nobody buys a person)."""
    if not _after_cue(_BOUGHT_A_BEFORE_RE, text, start, 48):
        return False
    rest = _ITEM_REST_RE.match(text, end)
    last = rest.end() if rest else end
    if text[last : last + 2] in ("'s", "’s"):
        last += 2
    return bool(_SHOP_BARE_AFTER_RE.match(text, last))


def quoted_title(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """Words inside a short quoted title joined by the small words of a Welsh or English
    title ('"<word> o <word>"', '"<word> na <word>"'), none of them a first name."""
    open_at = max(
        text.rfind('"', max(0, start - 60), start), text.rfind("“", max(0, start - 60), start)
    )
    if open_at < 0:
        return False
    close = _CLOSE_QUOTE_RE.search(text, end, min(len(text), end + 60))
    if close is None:
        return False
    words = text[open_at + 1 : close.start()].split()
    small = [word for word in words if word in _TITLE_SMALL_WORDS]
    capitalised = [word for word in words if word not in _TITLE_SMALL_WORDS]
    if not (
        small
        and 2 <= len(capitalised) <= 5
        and all(re.fullmatch(CAP_WORD, word) for word in capitalised)
    ):
        return False
    # A word that is also a first name only where a song or a book is named before it.
    return _after_cue(_TITLE_CUE_BEFORE_RE, text, open_at, 24) or not any(
        fold(strip_possessive(word)) in names.first for word in capitalised
    )


def team(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """A club supported or followed where the sentence is about sport. Clubs are named after
    their town (the GeoNames places and public bodies of the gazetteer): one word that is no
    first name ("Everton", "Hibs"), or words led by a place ("Aston Villa", "Leeds United");
    "the coach supported Kayden" and "supported Tyler Bradford" stay people."""
    first, last = _list_span(text, start, end)
    if not _after_cue(_SUPPORT_BEFORE_RE, text, first, 48):
        return False
    if _SUPPORTED_PERSON_AFTER_RE.match(text, last):
        return False
    words = re.findall(CAP_WORD, text[start:end])
    if not words:
        return False
    keys = [fold(strip_possessive(word)) for word in words]
    if len(keys) == 1:
        clubbish = keys[0] not in names.first or keys[0] in CLUB_SHORT_NAMES
    else:
        clubbish = keys[0] in names.bodies or keys[0] in settlements()
    return clubbish and _SPORT_RE.search(_sentence(text, first, last, before=1)) is not None


def shop(text: str, start: int, end: int, place: bool = False) -> bool:
    """A shop or chain where one shops or works: "shopped at <name>", "a job at the
    <name>'s near her work"; after a possessive nothing may follow that makes it a family's
    business ("<name>'s corner shop"), and being seen somewhere keeps "at <name>'s" a home."""
    first, last = _list_span(text, start, end)
    possessive = text[last : last + 2] in ("'s", "’s") or text[end - 2 : end] in ("'s", "’s")
    if text[last : last + 2] in ("'s", "’s"):
        last += 2
    # Every cue that reaches the name, not only the leftmost: "seen by a store detective at
    # <chain>" holds a buying cue after a seeing one.
    cues = []
    position = max(0, first - 80)
    while (cue := _SHOP_BEFORE_RE.search(text, position, first)) is not None:
        cues.append(cue)
        position = cue.start() + 1
    if possessive:
        cues = [cue for cue in cues if not cue.group("seen")]
    # One works at a farm or the village's only shop, or is seen at a village: for the place
    # rule only buying makes a shop ("did his shopping at <chain> every Tuesday").
    if place:
        cues = [cue for cue in cues if cue.group("buy")]
    return bool(cues) and bool(_SHOP_BARE_AFTER_RE.match(text, last))


# A car driven, by its make: "wanted to drive a <make>" (nobody drives a person; "drove
# <name> to school" has no article).
_DRIVE_A_BEFORE_RE = re.compile(
    r"\b(?i:drive|drives|drove|driving|driven)\s+(?:a|an)\s+"
    r"(?:(?i:new|old|red|black|white|silver|blue|grey|fast|proper|real|second-hand)\s+)?\Z"
)


def product(text: str, start: int, end: int | None = None) -> bool:
    """A product after a container: "a can of <drink>"; a car's make after "drive a"."""
    if _after_cue(_CONTAINER_BEFORE_RE, text, start, 20):
        return True
    if end is None or not _after_cue(_DRIVE_A_BEFORE_RE, text, start, 32):
        return False
    rest = _ITEM_REST_RE.match(text, end)
    return bool(_SHOP_BARE_AFTER_RE.match(text, rest.end() if rest else end))


def enjoyed(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """Any of the above that holds for a person's name (see the module's docstring)."""
    return (
        screen_title(text, start, end)
        or liked_watching(text, start, end)
        or performer(text, start, end)
        or team(text, start, end, names)
        or shop(text, start, end)
        or product(text, start, end)
        or works_named(text, start, end)
        or work_part(text, start, end)
        or sung_title(text, start, end)
        or bought_one(text, start, end)
        or quoted_title(text, start, end, names)
        or chain_shopped(text, start, end)
        or prayed_to(text, start, end)
        or merchandise(text, start, end)
        or cited_author(text, start, end, names)
        or character(text, start, end)
        or soap_street(text, start, end)
        or kind_named(text, start, end)
        or feast_day(text, start, end)
        or ground_named(text, start, end)
        or national_body_named(text, start, end, names)
        or office_address(text, start)
        or _home_or_public(text, start, end, names)
    )


def _home_or_public(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """Round seventeen's forms (``culture_home``): a word of address in the family's
    language, an author cited without a year, a famous person one wanted to become, a soap's
    or board game's street, the Welsh half of a bilingual heading, a smart speaker owned."""
    return (
        word_of_address(text, start, end, names)
        or the_next(text, start)
        or cited_without_year(text, start, end, names)
        or fictional_street(text, start, end)
        or bilingual_heading(text, start, end, names)
        or speaker_owned(text, start, end)
    )


# -- national bodies -----------------------------------------------------------------------
# An appositive that says a name is a national body's: "<name>, the national youth charity,",
# "<name>, the youth service of <body>," (a body the gazetteer's public bodies know). A
# local club or a family's business has no such gloss ("<name>, the youth club by the park").
_APPOSITIVE_RE = re.compile(r"\s*,\s+(?:the|a|an)\s+(?P<gloss>[^,.;:()\n]{3,70})")
_NATIONAL_RE = re.compile(
    r"\b(?i:national|nationwide|uk-wide|all-wales|wales-wide|scotland-wide|uk|british)\b"
)
_BODY_KIND_RE = re.compile(
    r"\b(?i:charity|charities|organisation|organization|service|helpline|campaign|movement|"
    r"trust|body|network|line|programme|youth\s+service)\b"
)
_PART_OF_BODY_RE = re.compile(
    r"\b(?i:service|arm|project|brand|helpline|campaign|programme|line)\s+(?:of|run\s+by)\s+"
    r"(?P<body>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\s*\Z"
)


def national_body(text: str, end: int, names: Gazetteer) -> bool:
    """A name glossed as a national body, or as the service of a listed public body."""
    gloss = _APPOSITIVE_RE.match(text, end)
    if gloss is None:
        return False
    words = gloss.group("gloss")
    if _NATIONAL_RE.search(words) and _BODY_KIND_RE.search(words):
        return True
    part = _PART_OF_BODY_RE.search(words)
    return part is not None and fold(strip_possessive(part.group("body"))) in names.bodies


# -- grounds and national names ------------------------------------------------------------
# Where a team plays, by position: "a season ticket for <ground>", "home games at <ground>".
# A family lives on no street where one holds a season ticket.
_GROUND_BEFORE_RE = re.compile(
    r"\b(?i:season\s+tickets?|(?:home|away)\s+(?:games|matches))\s+(?:for|at)\s+(?:the\s+)?\Z"
)


def ground(text: str, start: int, end: int) -> bool:
    """A team's ground after a season ticket or home games (for the place and street rules)."""
    return _after_cue(_GROUND_BEFORE_RE, text, start, 40)


# Going to a ground: "went to Hibs matches at <ground>", "used to go to <ground> together";
# a house number or a verb of living before it keeps a home ("lived on <street>").
_GOING_TO_GROUND_BEFORE_RE = re.compile(r"\b(?i:to|at)\s+(?:the\s+)?\Z")
_HOME_BEFORE_RE = re.compile(
    r"(?:\d\w*\s+\Z|\b(?i:live[ds]?|living|stay(?:ed|ing|s)?|moved|address|home|flat|house|"
    r"tenancy|resid\w+)\b[^.;:!?\n]{0,30}\Z)"
)
# A soap's street in its programme: "<street> in <title>", where the sentence is about
# screens ("dreamed of <street> in <title>", "the pub on <street> in <title>").
_IN_TITLE_AFTER_RE = re.compile(
    rf"\s+(?:in|from)\s+(?:the\s+(?:soap|programme|series|show|sitcom|drama)\s+)?(?P<title>{_ITEM})"
)
# Only the words of a programme itself: "watched" or "the TV" is also about a real street.
_SCREEN_RE = re.compile(
    r"\b(?i:soaps?|soap\s+operas?|programmes?|series|episodes?|characters?|sitcoms?|"
    r"storylines?|box\s+sets?)\b"
)


def not_a_home_street(text: str, start: int, end: int) -> bool:
    """A street-shaped name that is a ground gone to or a soap's street (for the street
    rule): after a season ticket; a listed ground after "to" or "at" where the sentence is
    about sport; a street watched or "in" a programme, where the sentence is about screens.
    A house number or a verb of living before the street keeps it a home."""
    if ground(text, start, end) or office_address(text, start):
        return True
    if soap_compared(text, start, end):
        return True
    if _HOME_BEFORE_RE.search(text, max(0, start - 40), start):
        return False
    ground_name = _GROUND_NAME_RE.match(text, start)
    if (
        ground_name is not None
        and ground_name.end() >= end - 2
        and _after_cue(_GOING_TO_GROUND_BEFORE_RE, text, start, 12)
    ):
        sentence = _sentence(text, start, end, before=1)
        if _SPORT_RE.search(sentence) or _SUPPORTER_RE.search(sentence):
            return True
    if screen_title(text, start, end) or watched_thing(text, start, end):
        return True
    if fictional_street(text, start, end):
        return True
    title = _IN_TITLE_AFTER_RE.match(text, end)
    return (
        title is not None
        and place_key(title.group("title")) not in settlements()
        and fold(title.group("title").split()[0]) not in gazetteer().bodies
        and _SCREEN_RE.search(_sentence(text, start, end)) is not None
    )


# Names that are nothing but a national chain, ground, broadcaster or national body of the
# four nations: no village, estate or person of a case is called so. They are read only in
# the shapes of culture (after a preposition of going, buying or being somewhere, or before
# what a body runs), for the place rule; a person's name only where a chain is shopped at
# (``chain_shopped``). The chains are the gazetteer's (``public_bodies.txt``): one list,
# where the chains that are also a surname are marked.
_GROUNDS = (
    "Croke Park|Casement Park|Windsor Park|Kingspan Stadium|Ravenhill|Celtic Park|Ibrox|"
    "Hampden|Hampden Park|Murrayfield|Easter Road|Tynecastle|Pittodrie|Tannadice|Dens Park|"
    "Fir Park|McDiarmid Park|Principality Stadium|Millennium Stadium|Cardiff Arms Park|"
    "Parc y Scarlets|Rodney Parade|Racecourse Ground|Wembley|Twickenham|Anfield|Goodison|"
    "Goodison Park|Old Trafford|Etihad|Elland Road|Villa Park|Molineux|Stamford Bridge|"
    "Selhurst Park|Craven Cottage|St James' Park|St James's Park|Stadium of Light|Ewood Park|"
    "Turf Moor|Deepdale|Bramall Lane|Carrow Road|Portman Road|Ashton Gate|Vicarage Road|"
    "Fratton Park|Edgbaston|Headingley|Trent Bridge|Aintree|Cheltenham Racecourse|Parkhead"
)
_BODIES = (
    "Urdd|Urdd Gobaith Cymru|Girlguiding|Brownies|Rainbows|Guides|Beavers|Cubs|Scouts|"
    "Sea Cadets|Army Cadets|Air Cadets|Boys' Brigade|Girls' Brigade|Young Farmers|NSPCC|"
    "Barnardo's|Childline|Samaritans|Meic|Mencap|Scope|Shelter|Oxfam|Age UK|"
    "Action for Children|Home-Start|Women's Aid|Trussell Trust|Citizens Advice|Includem|"
    "Children 1st|YoungMinds|Kooth|Macmillan|Marie Curie|Cruse|Papyrus|Platfform|Llamau|"
    "Salvation Army|St John Ambulance|Red Cross|Prince's Trust|King's Trust|Young Scot|"
    "Youth Action|Action Mental Health|Carers NI|Tros Gynnal|S4C|BBC|ITV|CBeebies|CBBC"
)


# Longest first, so that "Hampden Park" is not cut to "Hampden".
def _names_re(*lists: str) -> re.Pattern[str]:
    names = {name for group in lists for name in group.split("|")}
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?![\w'’&-])")


@lru_cache(maxsize=1)
def _national_name_re() -> re.Pattern[str]:
    return _names_re("|".join(name for name, _ in gazetteer().chains), _BODIES)


@lru_cache(maxsize=1)
def _chain_re() -> re.Pattern[str]:
    return _names_re("|".join(name for name, _ in gazetteer().chains))


# A ground's name is often its district's too ("Parkhead", "Anfield"): only about sport.
_GROUND_NAME_RE = _names_re(_GROUNDS)
# "supported Celtic", "follow Armagh" (not "supported her move to <district>").
_SUPPORTER_RE = re.compile(r"\b(?i:(?:support|follow)(?:ed|s|ing)?)\s+[A-Z]|\b(?i:supporters?)\b")
# Going, buying or being somewhere: "to the <chain>", "at <chain>", "from <chain>".
_NAME_PLACE_BEFORE_RE = re.compile(
    r"\b(?i:at|to|from|in|into|outside|inside|near|by|round|around|with|for|of|visit(?:ed|ing|s)?)"
    r"\s+(?:(?i:the|a|an|his|her|their|our|my|local|nearest|big|new|same|usual)\s+){0,2}\Z"
)
# What a body runs, after its name: "the <body> summer camp", "the <body> club".
_BODY_THING_AFTER_RE = re.compile(
    r"\s+(?:(?:summer|winter|youth|local|weekly)\s+)?(?i:camps?|clubs?|groups?|eisteddfod|"
    r"residentials?|sessions?|helpline|shop|service|trip|meetings?|leaders?|volunteers?)\b"
)


def national_name(text: str, start: int, end: int) -> bool:
    """A national chain, ground or body named in a shape of going, buying or taking part."""
    ground_name = _GROUND_NAME_RE.match(text, start)
    if ground_name is not None and ground_name.end() >= end - 2:
        sentence = _sentence(text, start, end, before=1)
        return _SPORT_RE.search(sentence) is not None or _SUPPORTER_RE.search(sentence) is not None
    name = _national_name_re().match(text, start)
    if name is None or name.end() < end - 2:
        return False
    return _after_cue(_NAME_PLACE_BEFORE_RE, text, start, 40) or bool(
        _BODY_THING_AFTER_RE.match(text, name.end())
    )


# -- chains for the person rule ------------------------------------------------------------
# A chain somewhere one goes: "from the <chain> near the bus station", "at <chain>".
_CHAIN_PLACE_BEFORE_RE = re.compile(
    r"\b(?i:at|from|in|into|outside|inside|near|to|(?:vouchers?|gift\s+cards?)\s+for)\s+"
    r"(?:(?i:the|a|an|local|nearest|big|new|same|usual)\s+){0,2}\Z"
)
# Shopping, eating or working earlier in the clause: what makes "from the <chain>" a shop
# and not a family's home ("stayed with the Morrisons" holds none).
_SHOPPING_BEFORE_RE = re.compile(
    r"\b(?i:shop(?:ped|ping|s)?|bought|buys?|buying|groceries|food|meals?|lunch|breakfast|"
    r"snacks?|ate|eats?|eating|coffee|vouchers?|worked|works|working|job|shifts?|"
    r"saturdays|queued|treat|spent|paid|delivered|delivery)\b[^.;:!?]*\Z"
)
_SHOPPING_AFTER_RE = re.compile(
    r"\b(?i:shopping|bought|ate|meals?|lunch|breakfast|snacks?|milkshakes?|nuggets|"
    r"burgers?|chips|fries|coffee|happy\s+meal)\b"
)
# What a chain sells or gives, after its name: "<chain> vouchers", "a <chain> meal".
_CHAIN_THING_AFTER_RE = re.compile(
    r"\s+(?i:vouchers?|meals?|happy\s+meal|bags?|receipts?|deliver(?:y|ies)|orders?|"
    r"sausage\s+rolls?|burgers?|chips|coffee|loyalty|club\s*card|gift\s+cards?|branch|store|"
    r"shop|supermarket|car\s+park|café|cafe|restaurant|drive-?through|uniform|"
    r"own[- ]brand|value|catalogue)\b"
)


# What a person's possessive owns, after a chain's name that is also a family's.
_HOME_AFTER_RE = re.compile(
    r"\s+(?i:house|home|flat|place|address|family|wife|husband|partner|mum|dad|mother|"
    r"father|son|daughter|children|kids|car|party|funeral|garden|door|caravan|room)\b"
)

# Staying somewhere is at a person's home: "stayed at McDonald's for the weekend".
_STAYING_BEFORE_RE = re.compile(
    r"\b(?i:stay(?:ed|ing|s)?|liv(?:ed|es|ing|e)|slept|sleep(?:ing|s)?|moved|visit(?:ed|ing|s)?)"
    r"\s+(?:\w+\s+){0,3}?(?i:at|to|with|in)\s+\Z"
)


def chain_shopped(text: str, start: int, end: int) -> bool:
    """A national chain (the gazetteer's list, surnames too) named as a shop: after a
    preposition of place in a clause about shopping, eating or working, or before what it
    sells. A family's plural possessive ("the Morrisons' house") is never a shop."""
    name = _chain_re().match(text, start)
    if name is None or name.end() < end - 2:
        return False
    if text[name.end() : name.end() + 1] in ("'", "’") and text[name.end() - 1] == "s":
        return False
    if _CHAIN_THING_AFTER_RE.match(text, name.end()):
        return True
    if not _after_cue(_CHAIN_PLACE_BEFORE_RE, text, start, 40):
        return False
    # A chain whose own name is a possessive ("McDonald's"), gone to and owning nothing after
    # it, is the shop: "loved going to McDonald's after swimming"; "to McDonald's house" is
    # a family's home.
    if (
        name.group(0)[-2:] in ("'s", "’s")
        and not _HOME_AFTER_RE.match(text, name.end())
        and not _STAYING_BEFORE_RE.search(text, max(0, start - 40), start)
    ):
        return True
    clause = text[_sentence_start(text, start) : start]
    if _SHOPPING_BEFORE_RE.search(clause) is not None:
        return True
    # "loved going to <chain> after contact and always chose a <meal>": what one ate or
    # bought later in the sentence.
    rest = _sentence(text, start, name.end())[len(clause) + name.end() - start :]
    return _SHOPPING_AFTER_RE.search(rest) is not None


# -- faith, merchandise, citations, offices and language-medium settings (round fifteen) --
# A saint, guru or prophet prayed to: "prayed to <saint>", "a novena to <saint>", "lit a
# candle to <saint>". One prays *for* a person of the case, never *to* one.
_PRAYED_TO_BEFORE_RE = re.compile(
    r"\b(?i:pray(?:ed|s|ing)?|prayers?|novenas?|devotions?|candles?(?:\s+lit)?)\s+to\s+"
    r"(?:(?i:the\s+)?(?:St\.?|Saint|Guru|Lord|Our\s+Lady\s+of|Prophet|Baba|Sant|Sri|Shri)\s+)?\Z"
)


def prayed_to(text: str, start: int, end: int) -> bool:
    """A saint, guru or prophet after "prayed to" (for the person and place rules)."""
    first, _ = _list_span(text, start, end)
    return any(_after_cue(_PRAYED_TO_BEFORE_RE, text, at, 48) for at in {first, start})


# A performer's or character's name on a thing one owns: "a <footballer> poster", "his
# <character> duvet", "a signed <player> shirt". A person of the case owns things with a
# possessive ("<name>'s shirt"); nobody calls a shirt "a <neighbour> shirt".
_OWNED_BEFORE_RE = re.compile(
    r"\b(?i:a|an|the|his|her|their|my|our|its|one|new|old|signed|replica|favourite|"
    r"pairs?\s+of)\s+\Z"
)
_MERCHANDISE_AFTER_RE = re.compile(
    r"\s+(?i:posters?|shirts?|t-shirts?|tops?|kits?|hoodies?|duvets?(?:\s+covers?)?|bedding|"
    r"lunch\s*box(?:es)?|backpacks?|rucksacks?|school\s+bags?|costumes?|outfits?|onesies?|"
    r"mugs?|annuals?|dolls?|figures?|figurines?|action\s+figures?|sticker\s+albums?|"
    r"calendars?|pencil\s+cases?|water\s+bottles?|bedspreads?|curtains?|wallpaper|"
    # toys and clothes sold under a character's or a brand's name ("the <character> toy",
    # "a <character> bear", "a pair of <brand> trainers")
    r"toys?|soft\s+toys?|cuddly\s+toys?|teddy(?:\s+bear)?|bears?|plushies?|trainers|"
    r"jackets?|coats?|slippers|pyjamas|trackies|tracksuits?|football\s+boots|"
    r"trading\s+cards|cards|stickers)\b"
)


# "a poster of <player> and another of <driver>": a person of the case is in a photo,
# never on a poster, unless the poster is an appeal for them ("missing posters of ...").
_POSTER_OF_BEFORE_RE = re.compile(
    r"\b(?i:posters?\s+of|another\s+(?:one\s+)?of|cut-?outs?\s+of)\s+\Z"
)
_APPEAL_POSTER_RE = re.compile(
    r"(?i:missing|appeal|wanted|police|memorial|vigil|search)\b[^.!?\n]{0,40}\Z"
)


def merchandise(text: str, start: int, end: int) -> bool:
    """A name between an article or possessive and what it is printed on: "a <name> poster",
    or on a poster: "a poster of <name>"."""
    first, last = _list_span(text, start, end)
    if _after_cue(_POSTER_OF_BEFORE_RE, text, first, 24):
        if _after_cue(_APPEAL_POSTER_RE, text, first, 60):
            return False
        return "poster" in _sentence(text, first, last).lower()
    return _after_cue(_OWNED_BEFORE_RE, text, first, 16) and bool(
        _MERCHANDISE_AFTER_RE.match(text, last)
    )


# A list of authors that ends in a year: "<author>, <author> and <author> (2010)" or
# "<author> and <author> (2005)", read from the first author's name.
_AUTHORS_THEN_YEAR_RE = re.compile(
    rf"(?:['’]s)?(?:\s*,\s*{CAP_WORD}){{0,4}}\s*,?\s+(?:and|&)\s+{CAP_WORD}\s*"
    r"(?:\(\s*(?:19|20)\d\d[a-z]?\s*[),]|,\s*(?:19|20)\d\d\b)"
)
_CASE_EVENT_AFTER_RE = re.compile(
    r"(?:[^)\n]{0,12}\))?\s+(?:(?:was|were|had\s+been)\s+(?:seen|taken|admitted|born|found|placed|"
    r"removed|moved|excluded|referred|arrested|missing|living|known|at|in)|lived|moved|"
    r"attended|died|went|came|stayed|ran|cried|disclosed|told)\b"
)
# An author's work after a citation in the same list: "<author> (2011) and <author>'s work
# on home visits". A person of the case has no work, research or model one draws on.
_CITED_BEFORE_RE = re.compile(
    rf"{CAP_WORD}\s*\(\s*(?:19|20)\d\d[a-z]?\s*\)\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)"
    r"(?:(?:on|from)\s+)?\Z"
)
_SCHOLARLY_WORK_AFTER_RE = re.compile(
    r"['’]s\s+(?:(?:later|earlier|own|recent|influential|seminal|classic)\s+)?"
    r"(?:work|research|studies|study|writing|writings|model|framework|theory|analysis|"
    r"typology|findings|concept|argument|paper|book)\b"
)
_DRAW_ON_BEFORE_RE = re.compile(
    r"\b(?i:dr[ae]w(?:s|ing)?\s+on|draws\s+on|cit(?:es|ed|ing)|refer(?:s|red|ring)\s+to|"
    r"informed\s+by|builds?\s+on|built\s+on)\s+(?:(?:the|and)\s+)?\Z"
)


def cited_author(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """An author in a citation's list, by form: the first of several authors with a year
    after the last, or an author's work beside a citation or after "drew on"."""
    authors = _AUTHORS_THEN_YEAR_RE.match(text, end)
    if authors is not None:
        # "<child>, <child> and <child> (2012) were seen by ...": birth years, not a
        # citation; a list of first names only is children, whatever follows.
        others = re.findall(CAP_WORD, authors.group())
        surnamed = any(fold(strip_possessive(word)) not in names.first for word in others)
        return surnamed and _CASE_EVENT_AFTER_RE.match(text, authors.end()) is None
    if not _SCHOLARLY_WORK_AFTER_RE.match(text, end):
        return False
    return _after_cue(_CITED_BEFORE_RE, text, start, 60) or _after_cue(
        _DRAW_ON_BEFORE_RE, text, start, 24
    )


# A government department's public address: "The Home Office is at 2 Marsham Street", "the
# Department for Education, Sanctuary Buildings, Great Smith Street". A department is no
# family; its address is printed on every letter it sends.
_OFFICE_BEFORE_RE = re.compile(
    r"\b(?:Home\s+Office|Cabinet\s+Office|Northern\s+Ireland\s+Office|Scotland\s+Office|"
    r"Wales\s+Office|HM\s+Treasury|Ministry\s+of\s+[A-Z][\w]*(?:\s+(?:and\s+)?[A-Z][\w]*){0,3}|"
    r"Department\s+(?:for|of)\s+[A-Z][\w]*(?:,?\s+(?:and\s+)?[A-Z][\w]*){0,4}|"
    r"(?:Welsh|Scottish|UK)\s+Government|Executive\s+Office|Department\s+of\s+Health)"
    r"(?:\s*,\s*(?:[A-Z][\w'’]*\s+){1,2}(?:Buildings?|House|Place|Quay|Estate|Park)\s*,)?"
    r"(?:\s+(?:is|are|was|were)\s+(?:based\s+)?(?:at|in)|\s+at|\s*,)\s+\Z"
)


def office_address(text: str, start: int) -> bool:
    """An address right after a government department's name (for the street and place
    rules)."""
    return _OFFICE_BEFORE_RE.search(text, max(0, start - 120), start) is not None


# A kind of school or setting by its language: "goes to Welsh-medium school", "a
# Gaelic-medium unit", "a Welsh-speaking market town": the nation's word joined to a
# lower-case word, and nothing but lower-case words after it.
_LANGUAGE_KIND_RE = re.compile(
    r"(?:Welsh|Gaelic|Irish|English|Scots|Cymraeg)-(?:medium|speaking|language)"
    r"(?:\s+[a-z][a-z\-]*){0,3}\Z"
)


def language_kind(text: str, start: int, end: int) -> bool:
    """Words read as a named setting or place that are a language-medium kind of setting."""
    return _LANGUAGE_KIND_RE.fullmatch(text, start, end) is not None


# A character played or dressed as: "dressed him up as <character>", "went to school as
# <character>", "did an impression of <character>", "recited whole scenes in <character>'s
# voice". A child dressed as a person of the case is not said so with a name.
_CHARACTER_BEFORE_RE = re.compile(
    r"\b(?i:dressed(?:\s+(?:him|her|them|himself|herself|themselves|up))*\s+as|"
    r"went(?:\s+to\s+[a-z]+(?:\s+[a-z]+)?)?\s+as|"
    r"(?:impressions?|impersonations?)\s+of)\s+(?:(?:a|an|the)\s+)?\Z"
)
_VOICE_AFTER_RE = re.compile(r"['’]s\s+(?:voice|accent|catchphrase)\b")
_ACTING_RE = re.compile(
    r"\b(?i:scenes?|lines|quot(?:e|ed|es|ing)|recit(?:e|ed|es|ing)|impressions?|"
    r"catchphrases?|episodes?)\b"
)


# The name of a thing that is no person: "a level called 'X'", "an app named X". A
# person is "a man called X"; these nouns name works, games and their parts.
_THING_CALLED_BEFORE_RE = re.compile(
    r"\b(?i:levels?|games?|apps?|songs?|tracks?|albums?|shows?|programmes?|films?|books?|"
    r"bands?|channels?|servers?|maps?|websites?|podcasts?|characters?|missions?|worlds?|"
    r"group\s+chats?)\s+(?:(?:was|is)\s+)?(?i:called|named|titled|entitled)\s+['‘\"“]?(?:[A-Z][\w'’\-]*\s+){0,3}\Z"
)


# A pet named: "called the cat <name>", "named the family dog <name>".
_PET_NAMED_BEFORE_RE = re.compile(
    r"\b(?i:called|named|calls|names|calling|naming)\s+(?:the|their|his|her|a)\s+"
    r"(?:(?:family|new|pet|little|old)\s+)?(?i:cat|dog|puppy|kitten|hamster|rabbit|"
    r"guinea\s+pig|budgie|tortoise|goldfish|fish|pony|horse|snake|lizard)\s+\Z"
)
# A smart speaker or phone asked to play music or set an alarm: the form and the few
# assistants' names together ("asked <name> to play the piano" stays a person).
_ASSISTANT_RE = re.compile(r"(?:Alexa|Siri|Google|Cortana|Bixby)\b")
_ASKED_BEFORE_RE = re.compile(r"\b(?i:ask(?:ed|s|ing)?|told|tell(?:s|ing)?)\s+\Z")
_ASSISTANT_TASK_AFTER_RE = re.compile(
    r"\s+to\s+(?:play|put\s+on|set|turn|read)\b(?:\s+[\w'’]+){0,6}?\s+"
    r"(?i:music|songs?|tunes|radio|playlist|lullab(?:y|ies)|white\s+noise|alarms?|timers?|"
    r"lights|volume|(?:nursery\s+)?rhymes|stories|story|audiobooks?|podcasts?|news|weather|"
    r"sounds)\b|\s+to\s+play\s+(?:[A-Z]|some\b)"
)
# A phone's assistant asked to ring somebody: "asked Siri to call her grandmother". Not
# Alexa, a common first name, whom a child may well ask to ring for help.
_PHONE_ASSISTANT_RE = re.compile(r"(?:Siri|Google|Cortana|Bixby)\b")
_PHONE_TASK_AFTER_RE = re.compile(r"\s+to\s+(?:call|ring|phone|text|message|dial)\b")
# Doing a performer's voice: "could do <actor>'s voice".
_DO_VOICE_BEFORE_RE = re.compile(r"\b(?i:do|does|did|doing)\s+\Z")


# Characters of children's films and games that are also first names, from the films' and
# games' published casts (Frozen; Moana; The Lion King; Toy Story; Finding Nemo; Lilo &
# Stitch; Super Mario; Sonic; Sesame Street): a child draws or dresses up as them. Not
# "Anna" or "Belle", names far more often a child's own.
FILM_CHARACTERS = frozenset(
    {"elsa", "olaf", "moana", "maui", "simba", "nala", "woody", "buzz", "nemo", "dory",
     "stitch", "mario", "luigi", "sonic", "elmo", "shrek", "rapunzel", "ariel", "pikachu"}
)  # fmt: skip
# Drawn, painted or dressed up as: "drew <character> and <character>", "dressed as <name>".
_DRAWN_BEFORE_RE = re.compile(
    r"\b(?i:drew|draws|drawn|drawing|drawings\s+of|pictures?\s+of|painted|paints|painting\s+of|"
    r"coloured(?:\s+in)?|dressed\s+(?:up\s+)?as|costumes?\s+of)\s+\Z"
)


def _drawn_characters(text: str, start: int, end: int) -> bool:
    """Film characters drawn or dressed up as: every item of the list drawn is one, and
    there are two ("drew <character> and <character>") or the sentence names a film. "drew
    <name> and talked about her new school" stays a person."""
    first, last = _list_span(text, start, end)
    if not _after_cue(_DRAWN_BEFORE_RE, text, first, 40):
        return False
    items = [fold(strip_possessive(w)) for w in re.findall(CAP_WORD, text[first:last])]
    if not items or not all(item in FILM_CHARACTERS for item in items):
        return False
    return len(items) >= 2 or _FILM_RE.search(_sentence(text, start, end)) is not None


def character(text: str, start: int, end: int) -> bool:
    """A character dressed as or done in voice, a work, game or level by what it is
    called, a pet named, or a smart speaker asked to play music (for the person rule)."""
    if _after_cue(_THING_CALLED_BEFORE_RE, text, start, 40):
        return True
    if _after_cue(_PET_NAMED_BEFORE_RE, text, start, 48):
        return True
    if _drawn_characters(text, start, end):
        return True
    if (
        _ASSISTANT_RE.fullmatch(text, start, end)
        and _after_cue(_ASKED_BEFORE_RE, text, start, 16)
        and (
            _ASSISTANT_TASK_AFTER_RE.match(text, end)
            or (
                _PHONE_ASSISTANT_RE.fullmatch(text, start, end)
                and _PHONE_TASK_AFTER_RE.match(text, end)
            )
        )
    ):
        return True
    first, _ = _list_span(text, start, end)
    if _VOICE_AFTER_RE.match(text, end) and _after_cue(_DO_VOICE_BEFORE_RE, text, first, 12):
        # a performer's voice in a sentence about films or programmes, not a neighbour's
        sentence = _sentence(text, start, end)
        if _FILM_RE.search(sentence) or re.search(
            r"\b(?i:watch\w*|programmes?|shows?)\b", sentence
        ):
            return True
    first, _ = _list_span(text, start, end)
    if _after_cue(_CHARACTER_BEFORE_RE, text, first, 40):
        return True
    return bool(_VOICE_AFTER_RE.match(text, end)) and bool(
        _ACTING_RE.search(_sentence(text, start, end))
    )


# A soap's street or square read as a first name and surname ("<name> Square"), where the
# sentence is about what the family watched: for the street rule to judge, not the person
# rule.
_STREET_LAST_WORD_RE = re.compile(
    r"\s(?:Square|Street|Road|Avenue|Close|Lane|Terrace|Row|Crescent|Gardens)\Z"
)


def soap_street(text: str, start: int, end: int) -> bool:
    """A name ending in a street word in a sentence about watching a programme."""
    if _STREET_LAST_WORD_RE.search(text, start, end) is None:
        return False
    sentence = _sentence(text, start, end)
    return bool(re.search(r"\b(?i:watch(?:ed|es|ing)?)\b", sentence)) or bool(
        _SCREEN_RE.search(sentence)
    )


# What a performer, author or title is, by the words around it: "the singer <name>", "the
# footballer <name>" (no comma: "an older boy, <name>," is a person); "<title> was the
# book ..." (a work); "<singer>'s "<Title>"" (a song of hers).
_KIND_BEFORE_RE = re.compile(
    r"\b(?i:the|a|an)\s+(?:(?i:welsh|scottish|irish|english|british|american|famous|pop|"
    r"country|gospel|folk|opera)\s+)?(?i:singers?|rappers?|footballers?|authors?|novelists?|"
    r"actors?|actress|comedians?|presenters?|boxers?|wrestlers?|poets?|composers?|golfers?|"
    r"cricketers?|snooker\s+players?|darts\s+players?|tennis\s+players?|racing\s+drivers?)"
    r"\s+\Z"
)
_WORK_AFTER_RE = re.compile(
    r"\s+(?:is|was|were|had\s+been)\s+(?:(?:the|her|his|their)\s+)?(?:(?:first|favourite|"
    r"only|last|best)\s+)?(?:book|novel|film|programme|song|album|story|musical|cartoon)\b"
)
_QUOTED_TITLE_AFTER_RE = re.compile(
    r"['’]s\s+[\"“‘](?:[A-Z][\w'’]*|of|the|a|in|on|and|o|y|to)(?:\s+(?:[A-Z][\w'’]*|of|the|a|"
    r"in|on|and|o|y|to|me|you|it)){0,6}[\"”’]"
)

# A song played or sung: what makes "<name>'s "<Title>"" a singer's song, not a nickname.
_PLAYED_SONG_RE = re.compile(
    r"\b(?i:play(?:ed|s|ing)?|sang|sing(?:s|ing)?|songs?|music|listen(?:ed|s|ing)?|albums?|"
    r"records?|radio|hum(?:med|s|ming)?)\b"
)


def kind_named(text: str, start: int, end: int) -> bool:
    """A performer named after what they are, a work before what it is, or a singer before
    a quoted title (for the person rule)."""
    first, _ = _list_span(text, start, end)
    return (
        _after_cue(_KIND_BEFORE_RE, text, first, 40)
        or bool(_WORK_AFTER_RE.match(text, end))
        or (
            bool(_QUOTED_TITLE_AFTER_RE.match(text, end))
            and _PLAYED_SONG_RE.search(_sentence(text, start, end)) is not None
        )
    )


# A saint's day and the nights of the calendar: "marked St Patrick's Day", "the St David's
# Day parade", "Burns Night". No person, school or village is called "<saint>'s Day".
_FEAST_RE = re.compile(
    r"\b(?:(?:St\.?|Saint)[ \t]+[A-Z][a-z]+['’]s[ \t]+(?:Day|Eve|Night)|"
    r"(?:Burns|Bonfire|Guy[ \t]+Fawkes)[ \t]+Night)(?:[ \t]+(?:parade|celebrations?|"
    r"concert|service|party|dinner|supper|march))?\b"
)


# The last word of a South Asian festival's name: "Bandi Chhor Divas", "Guru Nanak
# Jayanti", "Durga Puja", "Vaisakhi Mela"; no person's surname is one of these words.
_FESTIVAL_HEAD_AFTER_RE = re.compile(r"[ \t]+(?:Divas|Diwas|Jayanti|Purab|Gurpurab|Puja|Mela)\b")


def feast_day(text: str, start: int, end: int) -> bool:
    """Words inside a saint's day, a named night of the calendar or a festival's name
    (person, place and institution rules)."""
    for feast in _FEAST_RE.finditer(text, max(0, start - 12), min(len(text), end + 40)):
        if feast.start() <= start and end <= feast.end():
            return True
    rest = _ITEM_REST_RE.match(text, end)
    return bool(_FESTIVAL_HEAD_AFTER_RE.match(text, rest.end() if rest else end)) or bool(
        re.fullmatch(
            r"(?:\S+[ \t]+)+(?:Divas|Diwas|Jayanti|Purab|Gurpurab|Puja|Mela)", text[start:end]
        )
    )


def ground_named(text: str, start: int, end: int) -> bool:
    """A listed ground (also "St <name>' Park" read from the name) in a sentence about
    sport: no person of the case (for the person rule)."""
    at = start - 3 if text[max(0, start - 3) : start] == "St " else start
    ground_name = _GROUND_NAME_RE.match(text, at)
    if ground_name is None or ground_name.end() < end - 2:
        return False
    sentence = _sentence(text, at, end, before=1)
    return _SPORT_RE.search(sentence) is not None or _SUPPORTER_RE.search(sentence) is not None


def national_body_named(text: str, start: int, end: int, names: Gazetteer) -> bool:
    """A national youth body or charity by its whole name ("Girlguiding", "Barnardo's"),
    none of them a first name (for the person rule)."""
    body = _BODY_NAME_RE.fullmatch(text, start, end)
    return body is not None and fold(strip_possessive(text[start:end])) not in names.first


_BODY_NAME_RE = _names_re(_BODIES)

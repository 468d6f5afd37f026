"""Rule ``link-target``: names in link and image targets and file names.

Link and image targets (URLs, file names) are published, and often carry the name a writer
removed from the text ("kayden-morris-timeline.pdf", "hargreaves-chronology.pdf"). A word
counts as a name when it is a first name that is not also an everyday word, or a surname
that no English word, public body or place explains ("okonkwo", "MacKinnon"; not "hall").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from urllib.parse import unquote

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.gazetteer import (
    PLACE_ENDINGS,
    Gazetteer,
    gazetteer,
    settlements,
)
from review_library.redaction.rules.text import literal_windows, occurs_any, word_set

# The kinds of file a review links to or names: documents, pictures, and the recordings of
# calls, voice notes and videos (".mp3", ".m4a", ".3gp" are as personal as a ".jpg"). One
# list serves the file-name patterns and their cheap gate.
EXTENSIONS = ("pdf", "docx?", "xlsx?", "xlsm", "pptx?", "jpe?g", "png", "gif", "heic", "heif",
              "webp", "tiff?", "bmp", "svg", "mp4", "mov", "m4v", "avi", "mkv", "wmv", "3gp",
              "mp3", "m4a", "wav", "aac", "ogg", "opus", "amr", "flac", "txt", "csv", "zip",
              "msg", "eml", "odt", "ods", "odp", "rtf", "epub", "vcf")  # fmt: skip
_EXT = "|".join(EXTENSIONS)
# The literal start of each (the letters before an optional one: "jpe?g" -> ".jp").
FILE_EXTENSIONS = tuple(sorted({"." + re.match(r"[a-z0-9]*?(?=[a-z0-9]\?|[^a-z0-9]|$)", e)[0][:3]
                                for e in EXTENSIONS}))  # fmt: skip
TARGET_RES = (
    # [text](target) and ![alt](target); in angle brackets a target may hold spaces
    re.compile(r"\]\(\s*<?(?P<target>(?<=<)[^>\n]+|[^)\s>]+)"),
    re.compile(
        r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?(?P<target>(?<=<)[^>\n]+|\S+?)>?(?:\s|$)", re.M
    ),  # [ref]: target
    re.compile(
        r"\b(?:href|src|data|poster|srcset|id|name)\s*=\s*[\"'](?P<target>[^\"']+)[\"']", re.I
    ),
    # a heading's own anchor (attr_list), published in the page's URLs: "{#death-of-aaliyah}"
    re.compile(r"\{:?[ \t]*(?:[.\w\-=\"' \t]*[ \t])?#(?P<target>[\w\-]+)[^}\n]*\}"),
    # a scheme in any case: "<HTTPS://EXAMPLE.ORG/...>" is an address as much as in lower case
    re.compile(r"<(?P<target>(?i:https?|ftp|mailto):[^>\s]+)>"),
    re.compile(r"(?<![<\"'=])(?<!\]\()\b(?P<target>(?i:https?|file)://[^\s<>()\"']+)"),
    # a folder's path named in prose, with no file at its end (a file's is read below, by its
    # kind, so "/tmp/tool/run.py" is no folder): a network share or a drive
    # ("\\\\fs01\\CSC\\Families\\Brannigan\\", "S:\\Cases\\Hollis Family\\") whose folders
    # may hold spaces, or a Unix path from the root or home of three folders or more
    # ("/srv/cases/maisie-lockwood/photos/"); a link or an address is read by the patterns above
    re.compile(
        r"(?<![\w/.\-%\\:~])(?P<target>(?:\\\\[\w.$\-]+|[A-Za-z]:)"
        r"(?:\\[\w.$\-'’&]+(?: [\w.$\-'’&]+)*(?=\\))*\\[\w$\-'’&]+\\?"
        r"|~?/[A-Za-z][\w.\-%]*(?:/[\w.\-%]+)+/[\w\-%]+/?)(?![\w\-%/\\]|\.\w)"
    ),
    re.compile(r"(?<![\w/.@:])(?P<target>www\.[^\s<>()\"']+)"),  # www.example.org/...
    # a file name in quotes, with spaces: "'RE: Kowalczyk - strategy meeting.msg'"
    re.compile(r"[\"“'‘](?P<target>[^\"”'’\n]{1,80}?\.(?i:" + _EXT + r"))[\"”'’]"),
    # a file named in prose or in a front matter value: "hargreaves-chronology.pdf", with
    # the folders of its path from any root: a network share ("\\fs01\Cases\..."), a
    # drive ("C:\Users\..."), a Mac or Unix home ("/Users/...", "~/..."), or the folder
    # the writer was in ("../evidence/...", "./case-files/..."); a drive's slash too ("D:/...",
    # read whole, not as a root path "/..." after a colon)
    re.compile(
        r"(?<![\w/.\-%\\])(?!(?<=:)[/\\])(?P<target>(?:\\\\|[A-Za-z]:[\\/]|~?/|(?:\.\.?/)+)?"
        r"[\w\-%]+(?:[/\\.][\w\-%]+)*\.(?i:" + _EXT + r"))(?![\w\-])"
    ),
)
# Where a folder's path may start: a share or a drive, or a "/" or "~/" after a space, a
# line break, a bracket, a quote or a backtick (never inside a word: "and/or", "24/7").
FOLDER_STARTS = (":\\", "\\\\", " /", "\n/", "\t/", "(/", "`/", '"/', "'/", "~/")
# Split a target into words: separators, and camelCase ("KaydenMorris").
PART_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


# Every text ``_find`` reads past its first tests holds one of these (its literal tests,
# each cut to a part: "](" and "]:" to "]", "://" and "/home/" to "/", "{" with "#" to "{",
# "<" with ":" to "<", "www." and every file extension to "."); ``find`` finds nothing in a
# text without one, so the output scan hands no such piece to it (``Rule.piece_gate``).
# A literal test added to ``_find`` must be added here (test_piece_gates.py).
PIECE_GATE = re.compile(r"[\]{<\\/.]|Users|youtu|tiktok|vimeo|href|src|data|poster|id=|name=|id =")


def find(text: str) -> Iterator[Hit]:
    targets: list[tuple[int, str]] = []
    hits = list(_find(text, targets))
    yield from hits
    if targets:
        yield from _dates_in(targets, hits)


def _find(text: str, targets: list[tuple[int, str]]) -> Iterator[Hit]:
    """Every hit but the dates (``_dates_in``); ``targets`` gets each target read."""
    # read before the links: a folder's path and a video's address need no link form
    if "Users" in text or "/home/" in text:
        yield from _home_folders(text)
    if "youtu" in text or "tiktok" in text or "vimeo" in text:
        yield from _owned_videos(text)
    present = (
        "](" in text,
        "]:" in text,
        "href" in text
        or "src" in text
        or "data" in text
        or "poster" in text
        or "id=" in text
        or "name=" in text
        or "id =" in text,
        "{" in text and "#" in text,
        "<" in text and ":" in text,
        "://" in text,
        "\\" in text or "/" in text,  # narrowed to FOLDER_STARTS by _scan
        "www." in text,
        occurs_any(FILE_EXTENSIONS, text),
    )
    present = (*present[:-1], present[-1], present[-1])
    if not any(present):
        return
    names = gazetteer()
    cited = _cited(text)
    seen: set[int] = set()
    for index, pattern in enumerate(TARGET_RES):
        if not present[index]:
            continue
        for match, delta in _scan(text, index, pattern):
            start = match.start("target") + delta
            if start in seen:
                continue
            seen.add(start)
            target = match.group("target")
            targets.append((start, target))
            skip = cited
            if index == 0:
                # A word the link also shows ("[the Ashfield siblings](.../ashfield-siblings)")
                # is judged where it is shown, by the rules for prose.
                skip = cited | _shown_words(text, match.start() + delta)
            page = REVIEW_PAGE_RE.match(target)
            if page is not None:
                # A link to another review's page of the library: its id is that review's
                # partnership area and declared label ("../sedgemoor-vale-2025-dhr-amira/").
                area = (w for w in page["area"].split("-") if not names.is_distinctive_first(w))
                skip = skip | frozenset([*area, *page["label"].split("-")])
            yield from _names_in(target, start, names, skip)
            yield from _fields_in(target, start)
            yield from _campaign_names(target, start, names)
            yield from _story_place(target, start)
            yield from _slug_street(target, start)
            yield from _lone_first_names(target, start, names, skip)
            yield from _codes_in_file_name(target, start)
            yield from _towns_in_file_name(target, start, names, skip)
            yield from _labels_in_own_paths(target, start, names, skip)
    yield from _places_in(targets)
    yield from _numbers_in(targets)


# A day written in a file's or a folder's name, in the forms cameras, phones and record
# systems write it: "bodymap-2021-03-04", "IMG_20220612_0315", "notes_17.03.24",
# "Strategy%2014-02-2023.pdf", "discharge-2024_02_28". Slashes never separate its parts: a
# website's "/2024/03/" folders are its posts' months. Not after a "v" or a version's dot.
PATH_DATE_RE = re.compile(
    r"(?:(?<![\dvV.])|(?<=%20))(?P<date>"
    r"(?:19|20)\d\d(?P<a>[-_.])(?:0[1-9]|1[0-2])(?P=a)(?:0[1-9]|[12]\d|3[01])"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])(?P<b>[-_.])(?:0?[1-9]|1[0-2])(?P=b)(?:19|20)\d\d"
    r"|(?:0[1-9]|[12]\d|3[01])(?P<c>[-_.])(?:0[1-9]|1[0-2])(?P=c)\d\d"
    r")(?!\d|\.\d)"
    # a month's name with its year, and maybe its day: "aug22", "15mar23", "jan-2024",
    # "14-june-2023" (a letter on neither side: "summary22" holds no "mar")
    r"|(?<![A-Za-z])(?P<named>(?:(?:0?[1-9]|[12]\d|3[01])[-_.]?)?"
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[-_.]?(?:(?:19|20)\d\d|\d\d))"
    r"(?![\dA-Za-z])"
)
# Words of a file's name that say it records the family's history (an injury, a visit, a
# case meeting, a call): a day in its name is the day of that event. A file that says
# nothing of what it holds ("IMG_20230314_102233.jpg", "minutes-20230514.pdf") is not read.
RECORD_WORDS = word_set(
    "bodymap bodymaps body bm bruise bruises bruising burn burns injury injuries mark marks "
    "fracture fractures wound scene incident incidents discharge admission attendance ed ae "
    "strategy icpc rcpc conference referral referrals statement statements interview abe "
    "visit visits hv pcr ambulance xray scan scans skeletal cctv call calls police "
    "examination medical assessment cp cpp cin disclosure arrest "
    # a record of the family kept by a service, named for the day or days it covers: a
    # letter, a log, the case notes, contacts or messages from one day to another
    "letter letters log logs notes casenotes contact contacts chronology timeline record "
    "records entry entries message messages texts sms whatsapp"
)


def _dates_in(targets: list[tuple[int, str]], hits: list[Hit]) -> Iterator[Hit]:
    """A day in a link target or a file's name when the file is the family's: its name
    names someone or a place (another hit of this rule lies in it), or, for a file of the
    review's own (no website), a word of it says what event it records."""
    for start, target in targets:
        if sum(c.isdigit() for c in target) < 2 or _DOI_RE.match(target):
            continue
        dates = list(PATH_DATE_RE.finditer(target))
        if not dates:
            continue
        end = start + len(target)
        spans = [m.span("date") if m.group("date") else m.span("named") for m in dates]
        named = any(
            h.start < end
            and start < h.end
            and all(not (start + a <= h.start and h.end <= start + b) for a, b in spans)
            for h in hits
        )
        if not named:
            if _host_end(target) or target.startswith(("mailto:", "tel:", "#")):
                continue
            words = {w.lower() for w in PART_RE.findall(unquote(target))}
            # two whole days in one name bound a period of someone's record
            # ("contacts_2023-07-09_to_2023-11-21.csv"); a year alone bounds none
            if words.isdisjoint(RECORD_WORDS) and sum(bool(m.group("date")) for m in dates) < 2:
                continue
        for a, b in spans:
            # with the separator before it: a date rule's hit on the date alone (a warning,
            # ranked before this rule) would otherwise hide this one
            a -= a > 0 and not target[a - 1].isalnum()
            yield RULE.hit(start + a, start + b, "a date in a link target or file name")


# A computer account's home folder names its user, whatever the words ("/Users/rose.hill/",
# "C:\\Users\\kdaniels\\", "/home/s.mcardle/"); a shared or placeholder account does not.
HOME_FOLDER_RE = re.compile(
    r"(?:(?<![\w.])[A-Za-z]:[\\/]Users|(?<![\w.])/Users|(?<![\w.])/home)[\\/]"
    r"(?P<user>[A-Za-z][\w.\-]{1,40}?)(?=[\\/])"
)
GENERIC_ACCOUNTS = word_set(
    "shared public admin administrator user username users yourname your name default guest "
    "me you staff student reviewer author desktop documents downloads pictures library "
    "onedrive"
)


def _home_folders(text: str) -> Iterator[Hit]:
    for match in HOME_FOLDER_RE.finditer(text):
        user = match.group("user")
        if user.lower().replace("-", "").replace("_", "") in GENERIC_ACCOUNTS:
            continue
        yield RULE.hit(match.start("user"), match.end("user"))


# A video link that the sentence says is a person's own ("his channel", "Father uploaded"):
# the video leads to its owner's account. A body's video ("the partnership's briefing video")
# is not a person's.
VIDEO_RE = re.compile(
    r"(?i:(?:https?://)?(?:www\.|m\.)?(?:youtube\.com/(?:watch\?v=|shorts/|live/|channel/)|"
    r"youtu\.be/|tiktok\.com/@[\w.]+/video/|vimeo\.com/))(?P<id>[\w\-]{6,40})"
)
OWNER_RE = re.compile(
    r"(?i:\b(?:his|her|their|father's|mother's|dad's|mum's|partner's|boyfriend's|"
    r"girlfriend's|stepfather's|stepdad's|uncle's|aunt's|brother's|sister's|cousin's)"
    r"(?:[ \t]+own)?(?:[ \t]+(?:youtube|tiktok|vimeo))?[ \t]+(?:channel|videos?|vlogs?|"
    r"streams?|livestreams?|account|page)\b|"
    r"\b(?:he|she|they|father|mother|dad|mum|partner|boyfriend|girlfriend|stepfather|"
    r"stepdad|uncle|aunt|brother|sister|cousin)(?:[ \t]+had)?[ \t]+(?:posted|uploaded|"
    r"streamed|live-streamed|livestreamed|filmed|shared)\b)"
)


def _owned_videos(text: str) -> Iterator[Hit]:
    for match in VIDEO_RE.finditer(text):
        sentence = max(text.rfind(". ", 0, match.start()), text.rfind("\n\n", 0, match.start()))
        if OWNER_RE.search(text, max(sentence, match.start() - 160, 0), match.start()):
            yield RULE.hit(match.start("id"), match.end("id"))


# A campaign's or a memorial's slug names the person it is for, whatever the name's word:
# "justiceforleo2021", "rip-kayden", "in-memory-of-baby-ruby", "remembering_amelia". The
# name may be run into the cue, so the cue is looked for in the path's lower-case letters.
CAMPAIGN_RE = re.compile(
    r"(?:(?<![a-z])(?:justice|pray|prayers|love|hope|answers)[-_.+ ]?for|(?<![a-z])rip[-_.+ ]|"
    r"(?:in[-_.+ ]?)?(?<![a-z])memory[-_.+ ]?of|remembering|(?<![a-z])tribute[-_.+ ]?to|"
    r"forever[-_.+ ]?(?:our|my)?|(?<![a-z])fly[-_.+ ]?high)"
    r"[-_.+ ]?(?:(?:baby|little|our|my|the|beautiful|angel|princess|prince)[-_.+ ]?)?"
    r"(?P<name>[a-z]{3,14}?)(?=\d|[-_./+ ?#&=%]|$)"
)
NOT_CAMPAIGN_NAMES = word_set(
    "all everyone victims children child families family change safety our the his her their "
    "hearts heart love young people women men survivors justice truth answers them you"
)


# A news story's slug names its subject after the word for who they were: "tributes-paid-to-
# toddler-esmae", "schoolgirl-kacey-found-safe", "death-of-partner-gemma-ruddock". The word
# must stand alone ("boyfriend" is no "boy" and "friend").
PERSON_NOUN_RE = re.compile(
    r"(?<![a-z])(?:baby|toddler|tot|boy|girl|teen|teenager|schoolboy|schoolgirl|mum|mother|dad|"
    r"father|son|daughter|partner|wife|husband|girlfriend|boyfriend|woman|man|pensioner|gran|"
    r"grandmother|grandad|grandfather|nan|victim|pupil|student|carer)[-_.+ ]"
    r"(?P<name>[a-z]{3,14})(?=\d|[-_./+ ?#&=%]|$)"
)


def _campaign_names(target: str, start: int, names: Gazetteer) -> Iterator[Hit]:
    """The name a campaign, memorial or news slug is for; a place's name stays a place's."""
    lower = unquote(target).lower()
    if lower != target.lower():
        lower = target.lower()  # keep offsets: an encoded target is read as written
    host = _host_end(lower)
    for match in (*CAMPAIGN_RE.finditer(lower, host), *PERSON_NOUN_RE.finditer(lower, host)):
        name = match.group("name")
        if name in NOT_CAMPAIGN_NAMES or name in FUNCTION_WORDS:
            continue
        if names.is_first(name) or not names.explained(name):
            yield RULE.hit(start + match.start("name"), start + match.end("name"))


# A local news story about the case: its slug says what happened ("toddler-death",
# "mother-jailed") and ends in the paper's article number; the words it opens with, before
# who or what happened, are the place ("/news/<town>-toddler-death-mother-jailed-28817342").
STORY_SLUG_RE = re.compile(
    r"/(?P<lead>[a-z]+(?:-[a-z]+){0,2}?)-(?=(?:[a-z]+-){0,2}?"
    r"(?:baby|babies|toddler|tot|boy|girl|child|children|kids?|teen|teenager|schoolboy|"
    r"schoolgirl|mum|mother|dad|father|parents?|couple|stepdad|stepfather|carer|nan|gran)-)"
    r"(?=(?:[a-z]+-)*(?:death|deaths|died|dies|killed|murder|murdered|manslaughter|jailed|"
    r"guilty|sentenced|convicted|cruelty|neglect|neglected|starved|inquest|abuse|abused|"
    r"injuries|trial|court)-)"
    r"(?:[a-z]+-)+\d{5,}(?:\.html?)?/?$"
)
STORY_WORD_RE = re.compile(
    r"baby|babies|toddler|tot|boy|girl|child|children|kids?|teen|teenager|schoolboy|schoolgirl|"
    r"mum|mother|dad|father|parents?|couple|stepdad|stepfather|carer|nan|gran|son|daughter|"
    r"man|woman|death|deaths|died|dies|killed|murder|murdered|manslaughter|jailed|guilty|"
    r"sentenced|convicted|cruelty|neglect|neglected|starved|inquest|abuse|abused|injuries|"
    r"trial|court|over|after|for|of|in|who"
)
# Opening words of a slug that say what the story is, not where: "tributes-paid-to-...".
STORY_LEAD_WORDS = word_set(
    "tributes tribute paid police update live breaking watch video exclusive pictures latest "
    "inquest court trial judge jury verdict family families heartbroken tragic tragedy horror "
    "shock news local uk full story the a an after as how why what when who"
)


# A street or a park a story's slug says it happened at: "...-stabbed-near-<name>-street-park/",
# "fire-on-<name>-road-kills-...": a word after "near", "on", "in", "at" or "off" and before a
# street's or an open space's word.
SLUG_STREET_RE = re.compile(
    r"-(?:near|on|in|at|off|outside|behind)-(?P<place>(?P<name>[a-z]{3,})-"
    r"(?:street|road|lane|avenue|drive|close|crescent|terrace|grove|gardens|way|walk|park|"
    r"estate|rec|recreation-ground|playing-fields|square)"
    r"(?:-(?:park|estate|flats|playground|shops))?)(?=[-/.]|$)"
)


def _slug_street(target: str, start: int) -> Iterator[Hit]:
    host = _host_end(target)
    if not host or "-" not in target:
        return
    lower = target.lower()
    for match in SLUG_STREET_RE.finditer(lower, host):
        if match.group("name") in FUNCTION_WORDS or match.group("name") in STORY_LEAD_WORDS:
            continue
        yield RULE.hit(start + match.start("place"), start + match.end("place"))


def _story_place(target: str, start: int) -> Iterator[Hit]:
    """The place a local news story about the case opens its slug with."""
    host = _host_end(target)
    if not host or (not target[-1:].isdigit() and not target.endswith(("/", "html", "htm"))):
        return
    match = STORY_SLUG_RE.search(target.lower(), host)
    if match is None:
        return
    words = match.group("lead").split("-")
    # the lead is the place only: no word of who, what or grammar ("father-jailed-over-...")
    if any(
        w in STORY_LEAD_WORDS or w in FUNCTION_WORDS or STORY_WORD_RE.fullmatch(w) for w in words
    ):
        return
    yield RULE.hit(start + match.start("lead"), start + match.end("lead"))


# A photo or a note named after the child it shows, even by a first name that is also a word:
# "rose-2019.jpg", "mason_school_photo.jpg", a folder "photos/grace/". The name is the file's
# first word and the rest only says what the picture is, or the folder is one of people's
# or pictures'.
PHOTO_WORDS = word_set(
    "photo photos pic pics picture selfie selfies school nursery first day age aged smiling "
    "img image video clip"
)
FILE_KIND_WORDS = word_set("jpg jpeg png heic gif webp mp4 mov pdf docx doc html htm php aspx")
_YEAR_OR_AGE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?i:age|aged|at)[-_ ]?\d{1,2}(?!\d)")
PEOPLE_FOLDERS = word_set(
    "photos pics pictures images img media children kids cases clients pupils people family "
    "videos drawings"
)


def _lone_first_names(
    target: str, start: int, names: Gazetteer, skip: frozenset[str]
) -> Iterator[Hit]:
    decoded = unquote(target)
    if decoded.startswith(("mailto:", "tel:", "#")):
        return
    # On a website only the page's own name is read, and only with a year in it, as a
    # person's page is named ("visits/brogan-2022-11.html"); its folders are the site's.
    web = "://" in decoded or decoded.startswith("www.")
    segments = decoded.split("?")[0].split("#")[0].split("/")
    offset = 0
    for index, segment in enumerate(segments):
        words = list(PART_RE.finditer(segment))
        if web and (index < 3 or index != len(segments) - 1 or not _YEAR_OR_AGE.search(segment)):
            words = []
        if words:
            first = words[0].group()
            key = first.lower()
            last = index == len(segments) - 1
            lone = (
                len(key) >= 3
                and key not in skip
                and key not in MONTHS
                and key not in SEASONS
                and key not in FUNCTION_WORDS
                and key not in KINDS_OF_FAMILY
                and names.is_first(first)
            )
            rest = [w.group().lower() for w in words[1:]]
            core = [w for w in rest if w not in FILE_KIND_WORDS]
            # a name that is also a word ("hero.jpg", "heart-v2.png") needs what makes the
            # file a person's: a year or an age, or a word for a photo
            personal = not names.is_word(key) or core or _YEAR_OR_AGE.search(segment)
            if lone and (
                (last and personal and all(w in PHOTO_WORDS or w in PERSONAL_AFTER for w in core))
                or (
                    not last
                    and not rest
                    and index > 0
                    and segments[index - 1].lower() in PEOPLE_FOLDERS
                )
            ):
                if decoded != target:
                    yield RULE.hit(start, start + len(target))
                    return
                begin = start + offset + words[0].start()
                yield RULE.hit(begin, begin + len(first))
        offset += len(segment) + 1


# A path on someone's computer or a share ("file:///C:/Users/.../CPR/Falconbridge/draft3.docx",
# "S:/Cases/..."), and the label a person typed after a camera's own name for a photo
# ("IMG_20220612_0315_rowanview.jpg"): their words are the case's own, so a word there that
# is no dictionary word names it, even one shaped like a place ("Falconbridge", a word and
# "bridge"), which elsewhere in a path is taken for a public place.
MACHINE_PATH_RE = re.compile(r"(?i:file:/{2,3}|[a-z]:[\\/]|\\\\|~?/(?:users|home)/)")
CAMERA_LABEL_RE = re.compile(
    r"(?:^|/)(?i:img|pxl|vid|dsc|dscn|dscf|mvi|photo|pic|screenshot)[_\-]\d{8}"
    r"(?:[_\-]\d{2,9})*[_\-](?P<label>[A-Za-z][\w\-]*?)\.\w{2,5}$"
)


def _labels_in_own_paths(
    target: str, start: int, names: Gazetteer, skip: frozenset[str]
) -> Iterator[Hit]:
    decoded = unquote(target)
    spans: list[tuple[int, int]] = []
    if MACHINE_PATH_RE.match(decoded):
        end = max(decoded.rfind("/"), decoded.rfind("\\"))
        spans.append((0, end))  # the folders (a file's own name is read as any file's)
    label = CAMERA_LABEL_RE.search(decoded)
    if label is not None:
        spans.append(label.span("label"))
    for begin, end in spans:
        for part in PART_RE.finditer(decoded, begin, end):
            word = part.group()
            key = word.lower()
            if key in skip or key in GENERIC_ACCOUNTS or not _no_word(key, names):
                continue
            if decoded != target:
                yield RULE.hit(start, start + len(target))
                return
            yield RULE.hit(start + part.start(), start + part.end())


def _no_word(key: str, names: Gazetteer) -> bool:
    """A word of five letters or more that no dictionary or public body has, and no
    acronym ("cspr"); unlike ``_unaccounted``, a place-shaped word counts."""
    if len(key) < 5 or not key.isalpha() or names.is_word(key) or key in names.bodies:
        return False
    if key.startswith(PRACTICE_STEMS):
        return False
    vowels = sum(c in _VOWELS for c in key)
    return vowels >= 2 and vowels * 4 >= len(key)


# A record's number in the name of a file of the review's own ("strategy-EH23-004512.docx",
# "referral_MASH0041872.pdf"): letters, then a run of five to twelve digits. A date
# ("IMG_20230314"), a camera's own numbering ("DSC01234") or a year is not a record's.
CODE_IN_NAME_RE = re.compile(
    r"(?<![A-Za-z0-9])(?P<code>[A-Za-z]{1,6}\d{0,4}[-_]?(?P<digits>\d{5,12}))(?!\d)"
)
CAMERA_PREFIXES = word_set("img dsc dscn dscf dcim vid mvi pxl gopr mov wa pic photo image scan")
_DATE_DIGITS = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-3]\d)?(?:\d{6})?")


# A town or village's name in a file of the review's own ("kitchen_ambleside.jpg",
# "route-from-keswick.png") says where the family lived: a settlement of the GeoNames list
# that no English word or public body's word explains. A city (100,000 people or more) is
# more often the partnership's own area than the family's street.
_TOWN_LIMIT = 100_000


def _towns_in_file_name(
    target: str, start: int, names: Gazetteer, skip: frozenset[str]
) -> Iterator[Hit]:
    decoded = unquote(target)
    if (
        decoded != target
        or "://" in decoded
        or decoded.startswith(("www.", "mailto:", "tel:", "#"))
        or re.match(r"[\w\-]+\.(?:org|com|net|gov|nhs|ac|co)\b", decoded)
    ):
        return
    towns = settlements()
    for part in PART_RE.finditer(target):
        word = part.group().lower()
        if (
            len(word) >= 4
            and 0 < towns.get(word, 0) < _TOWN_LIMIT
            and word not in skip
            and not names.is_word(word)
            and word not in names.bodies
        ):
            yield RULE.hit(
                start + part.start(), start + part.end(), "a place's name in a file name"
            )


# A record's number after the word that says it is one, in a file's name
# ("MARAC_case_4471_final.docx", "crime-ref-0412.pdf"): three digits or more, not a year.
LABELLED_NUMBER_RE = re.compile(
    r"(?<![A-Za-z])(?i:case|ref|reference|crime|incident|occurrence|log|referral|cr|urn)"
    r"(?:[-_ .]?(?i:no|num|number))?[-_ .]?(?P<number>\d{3,12})(?![\d.]\d)"
)
# A force's crime number in three groups, its serial in the middle ("13-218774-23",
# "44/118273/22" as a folder's path is no file's): a date has no group of five digits.
# (an ISBN's groups run on: "978-1-906579-12-8")
GROUPED_NUMBER_RE = re.compile(
    r"(?<![\d.])(?<!\d[-_])(?P<number>\d{1,4}[-_]\d{5,10}[-_]\d{2,4})(?![\d]|-\d)"
)


# A hospital ward or a flat by its number in a file's name ("ward7b-nurses-station.jpg",
# "stairs-flat-14.jpg"), as "Ward 7B" is in prose: the number places the person.
NUMBERED_PLACE_RE = re.compile(r"(?<![A-Za-z])(?i:ward|flat)[-_]?\d{1,3}[A-Za-z]?(?![A-Za-z\d])")


def _codes_in_file_name(target: str, start: int) -> Iterator[Hit]:
    if (
        "://" in target
        or target.startswith(("www.", "mailto:", "tel:", "#"))
        or _DOI_RE.match(target)
    ):
        return
    for match in NUMBERED_PLACE_RE.finditer(target):
        yield RULE.hit(start + match.start(), start + match.end())
    # a review's own id: its subject's initials may spell a label ("adult-cr-00444" is
    # Adult CR's review, not crime reference 00444)
    own_end = _own_id_end(target.replace("_", "-"), target)
    for match in LABELLED_NUMBER_RE.finditer(target):
        if re.fullmatch(r"(?:19|20)\d\d", match.group("number")):
            continue  # "case-2023-briefing": a year
        if match.start() < own_end:
            continue
        yield RULE.hit(start + match.start("number"), start + match.end("number"))
    for match in GROUPED_NUMBER_RE.finditer(target):
        yield RULE.hit(start + match.start("number"), start + match.end("number"))
    for match in CODE_IN_NAME_RE.finditer(target):
        prefix = re.match(r"[A-Za-z]+", match.group("code"))[0]
        digits = match.group("digits")
        if prefix.lower() in CAMERA_PREFIXES or _DATE_DIGITS.fullmatch(digits):
            continue
        # a record system's code is in capitals or run into its number ("mash0041872"); a
        # lower-case word before a number is a slug's ("redby-2015-mr-mx-00610")
        if prefix == prefix.lower() and not re.match(r"[a-z]{2,}\d", match.group("code")):
            continue
        yield RULE.hit(start + match.start("code"), start + match.end("code"))


# Separators of a path or a query that are never part of a number's own notation: the rules
# for numbers read "nhs_4857773456_summary.pdf" and "anpr_KX19LMP_still.jpg" with spaces there
# (an underscore is a word character, so their word boundaries never met it).
_PATH_GAPS = str.maketrans({c: " " for c in "_/?&=#+~"})
_WORD_HYPHEN = re.compile(r"(?<=[A-Za-z])-|-(?=[A-Za-z])")
# A review's own id (its file's or folder's name: area, year, then its subject's label, as
# "greengate-2015-baby-id-00086"): the subject's initials may spell a record's label ("id",
# "gp", "id"), so the id is not read as a label before the serial.
_REVIEW_ID_LABEL = re.compile(
    r"(?:[a-z]+-)+(?:19|20)\d\d-(?:child|children|adult|baby|young-person|mr|ms|mrs|miss|mx)"
    r"-[a-z]{1,3}(?=-)"
)
# Where a review's id starts in a link the library makes to the review's own page
# ("../reviews/<id>/", "../../<id>/briefing/", "/reviews/<id>/"): the relative steps and the
# reviews folder come first, nothing else.
_OWN_PAGE_PREFIX = re.compile(r"(?:\.{1,2}/)*/?(?:reviews/)?")


def _own_id_end(slug: str, path: str) -> int:
    """Where a review's own id ends in ``slug`` (``path`` with its separators as hyphens),
    read from where the library's own page prefix of ``path`` ends; -1 when there is none."""
    own = _REVIEW_ID_LABEL.match(slug, _OWN_PAGE_PREFIX.match(path).end())
    return own.end() if own is not None else -1


# A DOI names a publication: its suffix is the publisher's numbering ("bmjopen-2013-004606"),
# never a case's. Only the resolver's own hosts, or a bare DOI, are read this way.
_DOI_RE = re.compile(r"(?i:(?:https?://)?(?:dx\.)?doi\.org/|doi:)?10\.\d{4,9}/")


def _numbers_in(targets: list[tuple[int, str]]) -> Iterator[Hit]:
    """Numbers (NHS, NI, phone, case references, plates) inside link targets, found by their
    own rules on each target with its path separators read as spaces."""
    from review_library.redaction.rules import (
        case_reference,
        nhs_number,
        ni_number,
        phone_number,
        vehicle_registration,
    )

    for start, target in targets:
        if sum(c.isdigit() for c in target) < 2 or _DOI_RE.match(target):
            continue
        decoded = unquote(target)
        spoken = decoded.translate(_PATH_GAPS)
        if not _host_end(target):
            # in a file of the review's own, a hyphen beside a letter joins words
            # ("crime-ref-44-118273-22" is "crime ref 44-118273-22"; between digits it is
            # the number's own); a website's slug ends in its article's number
            spoken = _WORD_HYPHEN.sub(" ", spoken)
            own_end = _own_id_end(spoken.replace(" ", "-"), decoded)
            if own_end >= 0:
                # its area, year and subject's label are the review's, none a record's label
                spoken = " " * own_end + spoken[own_end:]
        for module in (nhs_number, ni_number, phone_number, case_reference, vehicle_registration):
            for hit in module.find(spoken):
                if decoded != target:  # decoded: the whole target
                    yield RULE.hit(start, start + len(target), "a number in a link target")
                else:
                    yield RULE.hit(start + hit.start, start + hit.end, "a number in a link target")


# A relative link to a review page of the library, by its id (area, year, then the review's
# label): "../westmarch-2025-child-k/", "/reviews/sedgemoor-vale-2025-dhr-amira/index.md".
# The label starts with the review's type ("dhr-amira", "thematic-sar-homelessness") or is a
# pseudonym label ("child-k", "adult-mt"): "../westmarch-2019-kayden-morris/" is no review's.
REVIEW_PAGE_RE = re.compile(
    r"(?:\.\./|/reviews/|reviews/)(?:\.\./)*(?P<area>[a-z]+(?:-[a-z]+)*)-(?:19|20)\d\d-"
    r"(?P<label>(?:scr|lcspr|cspr|sar|dhr|ohr|cpr|apr|cmr|lr|susr|mhhr|thematic)(?:-[a-z0-9]+)+|"
    r"(?:child|children|adult|baby|young-person|mr|ms|mrs|miss|mx)(?:-[a-z0-9]{1,3})+)"
    r"(?:/(?:index\.(?:md|html))?|\.(?:md|html))?(?:#[\w-]*)?$"
)


# A query or fragment field that names a person or their record carries its value whatever
# the value's words ("?surname=onwuachi", "#dob=2017-06-14", "&child_name=t.o"): the key says
# what it is, so no list of names need know it. Search boxes ("q", "search") and page ids are
# left to the other mechanisms.
PERSON_FIELD_RE = re.compile(
    r"[?&#;](?P<key>(?i:(?:(?:child|patient|client|pupil|student|person|member|user|mother|"
    r"father|parent|carer|victim|subject|customer|account|sender|recipient|contact)[_\-.]?)?"
    r"(?:(?:first|last|given|family|full|fore|sur|middle|maiden|pref(?:erred)?|display|user)"
    r"[_\-.]?)?(?:names?|forenames?|surnames?)|child|patient|client|pupil|student|person|"
    r"user|username|userid|uid|member|dob|d\.o\.b|birth[_\-.]?date|date[_\-.]?of[_\-.]?birth|"
    r"nhs[_\-.]?(?:no|num|number)?|chi|hcn|nino|ni[_\-.]?(?:no|number)|upn|postcode|"
    r"post[_\-.]?code|zip|address|email|e[_\-.]?mail|phone|mobile|tel|telephone|"
    r"case[_\-.]?(?:ref|reference|no|number|id)|crime[_\-.]?(?:ref|no|number)|"
    r"mrn|hospital[_\-.]?(?:no|number)|reg|vrm|plate|handle|author|creator|uploader|owner|"
    r"(?:ab[_\-.]?)?channel|profile|sender|recipient))"
    r"=(?P<value>[^&#;\s\])>\"']*[A-Za-z0-9][^&#;\s\])>\"']*)"
)
# A date of birth in a file name or path: "dob_14-06-2017_child.pdf", "born-20170614".
BIRTH_IN_PATH_RE = re.compile(
    r"(?i:\b(?:dob|d\.o\.b|born|birth|birthdate|date[_\-.]?of[_\-.]?birth)[_\-. ]{0,3}"
    # a record's word between: "birth-cert-14-03-2019.pdf"
    r"(?:(?:cert|certificate|record|registration|reg|details|date)[_\-. ]{1,3})?)"
    r"(?P<date>\d{1,2}[_\-.]\d{1,2}[_\-.](?:19|20)?\d{2}|(?:19|20)\d{2}[_\-.]?\d{2}[_\-.]?\d{2}|"
    r"\d{6}|\d{8})(?!\d)"
)


def _fields_in(target: str, start: int) -> Iterator[Hit]:
    """Hits for the values of person fields and dates of birth in one link target."""
    if "=" in target:
        for match in PERSON_FIELD_RE.finditer(target):
            yield RULE.hit(start + match.start("value"), start + match.end("value"))
    if any(c.isdigit() for c in target):
        for match in BIRTH_IN_PATH_RE.finditer(target.replace("_", "-")):
            yield RULE.hit(start + match.start("date"), start + match.end("date"))


# Separators of a path or a query, read as spaces so that the rules for prose read the words:
# "?q=LS7+3AB", "14-acacia-avenue-front.jpg", "oakfield-primary-safety-plan.pdf".
_SEPARATORS = str.maketrans({c: " " for c in "-_+=&?/#.:~"})


SCHOOL_IN_PATH = re.compile(
    r"(?i:\b([a-z]{3,}) (?:primary|academy|school|college|nursery|infants|juniors|surgery|"
    r"hospital|practice)\b)"
)


def _places_in(targets: list[tuple[int, str]]) -> Iterator[Hit]:
    """Postcodes, streets and schools in link targets, found by their own rules on the
    target read as words (all targets of the text in one pass of each rule)."""
    from review_library.redaction.rules import named_institution, street_address, uk_postcode

    if not targets:
        return
    pieces, starts, position = [], [], 0
    for _, target in targets:
        spoken = unquote(target).translate(_SEPARATORS)
        pieces.append(spoken)
        starts.append(position)
        position += len(spoken) + 2
    joined = "\n\n".join(pieces)
    names = gazetteer()
    # "oakfield-primary-safety-plan.pdf": a name no dictionary has before a kind of place
    found = [
        Hit(m.start(), m.end(), RULE.id, RULE.message)
        for m in SCHOOL_IN_PATH.finditer(joined)
        if not names.is_word(m.group(1).lower()) and m.group(1).lower() not in names.bodies
    ]
    for module in (uk_postcode, street_address, named_institution):
        found.extend(
            hit
            for hit in module.find(joined)
            # "2016 mr rd" in a review's slug ("easthaven-2016-mr-rd-00771"): a street needs a
            # name of three letters or more besides its kind
            if module is not street_address or _has_street_name(joined[hit.start : hit.end])
        )
    yield from _glued_addresses(targets)
    for hit in found:
        index = bisect.bisect_right(starts, hit.start) - 1
        start, target = targets[index]
        begin, end = hit.start - starts[index], hit.end - starts[index]
        if unquote(target) != target:  # offsets in the decoded text: the whole target
            begin, end = 0, len(target)
        yield RULE.hit(start + begin, start + end, "a place's name in a link target")


STREET_KINDS = word_set(
    "rd road st street ave avenue ln lane cl close way dr drive ct court pl place cres crescent "
    "gdns gardens sq square ter terrace"
)


# A file's kind at the end of its name: read as words it would go on the street's name.
_FILE_KIND = re.compile(r"\.(?i:" + _EXT + r")\Z")


def _glued_addresses(targets: list[tuple[int, str]]) -> Iterator[Hit]:
    """A street address in a file's name or a path, read with a house or flat number glued
    to a word apart ("flat6_kestrel_court" is "flat 6 kestrel court") and the file's kind
    cut off; only targets with a kind of street in them."""
    from review_library.redaction.rules import street_address

    for start, target in targets:
        if unquote(target) != target:
            continue
        # the file's kind cut off, so the street ends the name ("9_hawthorn_close.jpg")
        kind = _FILE_KIND.search(target)
        spoken = target[: kind.start() if kind else len(target)].translate(_SEPARATORS)
        if STREET_KINDS.isdisjoint(w.lower() for w in _CAMEL_WORD.findall(spoken)):
            continue
        # each original offset, and one more for each space put in before a glued number or
        # a capital inside a word ("visit_ChapelLane_12" is "visit Chapel Lane 12")
        apart, origin = [], []
        for index, char in enumerate(spoken):
            if index and (
                (spoken[index - 1].isalpha() and char.isdigit())
                or (spoken[index - 1].isdigit() and char.isalpha())
                or (spoken[index - 1].islower() and char.isupper())
            ):
                apart.append(" ")
                origin.append(index)
            apart.append(char)
            origin.append(index)
        read = "".join(apart)
        hits = list(street_address.find(read))
        # A word after the street's kind ("12-kestrel-close-front.jpg": the photo's side)
        # hides a numbered street from the rule for prose: the name up to the kind is read too.
        for word in _STREET_WORD_IN_PATH.finditer(read):
            if word.end() < len(read):
                hits.extend(street_address.find(read[: word.end()]))
        for hit in hits:
            if _has_street_name(read[hit.start : hit.end]):
                begin, end = origin[hit.start], origin[hit.end - 1] + 1
                yield RULE.hit(start + begin, start + end, "a place's name in a link target")


# Words of a file's name, capitals inside a word starting a new one ("ChapelLane").
_CAMEL_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# A street's kind in full after a house number and a name (abbreviations are a review's own
# id's letters too: "adult-st-..."), as a file's name puts it before more words.
_STREET_WORD_IN_PATH = re.compile(
    r"\b\d{1,4}[a-z]?(?:[ \t]+[A-Za-z]{3,}){1,2}[ \t]+(?i:road|street|lane|avenue|close|"
    r"drive|crescent|terrace|gardens|court|grove)\b"
)


def _has_street_name(spoken: str) -> bool:
    return any(
        len(w) >= 3 and w.lower() not in STREET_KINDS for w in re.findall(r"[A-Za-z]+", spoken)
    )


def _shown_words(text: str, bracket: int) -> frozenset[str]:
    """Lower-case words of the link text that ends at ``text[bracket]`` ("](")."""
    opening = text.rfind("[", max(0, bracket - 300), bracket)
    if opening < 0:
        return frozenset()
    return frozenset(w.lower() for w in PART_RE.findall(text[opening + 1 : bracket]))


def _scan(text: str, index: int, pattern: re.Pattern):
    """(match, delta) of a target pattern: folders' paths, www addresses and file names are
    looked for only around their roots, "www." and the extensions (over the whole text they
    cost more than the rest)."""
    if index == len(TARGET_RES) - 4:
        return literal_windows(text, FOLDER_STARTS, 4, 300).finditer(pattern)
    if index == len(TARGET_RES) - 3:
        return literal_windows(text, ("www.",), 0, 200).finditer(pattern)
    if index == len(TARGET_RES) - 2:
        return literal_windows(text, FILE_EXTENSIONS, 90, 6).finditer(pattern)
    if index == len(TARGET_RES) - 1:
        return literal_windows(text, FILE_EXTENSIONS, 160, 6).finditer(pattern)
    return ((match, 0) for match in pattern.finditer(text))


# A title in a path makes the next word a name, even an everyday one ("letter-to-mrs-hall"),
# and so does a criminal case's "R v" ("r-v-kershaw-sentencing-remarks").
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "master", "r v"})
# ... when only a separator lies between them: a number or a new path segment ends the name
# ("reviews/2015-mr-mx-00610/briefing/": 'briefing' is the page, not Mx Briefing).
TITLE_GAP = re.compile(r"[-_. ]?")


def _run_together(word: str, names: Gazetteer) -> bool:
    """A name written as one lower-case word in a path: an initial and a surname ("tnowak",
    as in C:/Users/tnowak), or a first name and a surname ("kaydenmorris")."""
    # "valeshire", "northbury": a place-shaped word is a place, even when its tail is a surname
    if len(word) < 6 or not word.isalpha() or names.explained(word) or names.is_name(word):
        return False
    if word.startswith(PRACTICE_STEMS):
        return False  # "genogram": a word of practice, not "g" + "enogram"

    def surname(part: str) -> bool:
        return names.is_surname(part) and (not names.explained(part) or names.is_name_word(part))

    if len(word) >= 6 and surname(word[1:]):
        return True
    return any(
        names.is_first(word[:cut])
        and names.is_surname(word[cut:])
        and (names.is_distinctive_first(word[:cut]) or surname(word[cut:]))
        for cut in range(3, len(word) - 2)
    )


# Surnames among the most common in England and Wales (ONS) that a dictionary also lists, but
# only as a loan word for a title or a caste ("patel", "singh", "begum", "khan", "shah",
# "mistry"): in a file name they are the family's name, never the loan word.
LOAN_WORD_SURNAMES = frozenset({"patel", "singh", "begum", "khan", "shah", "mistry", "sahib"})
_VOWELS = frozenset("aeiouy")
# Words of practice and of document tools that general dictionaries lack ("genogram.png",
# "ecomap", "screencast", "infographic"): stems, so that plurals count too.
PRACTICE_STEMS = ("genogram", "ecomap", "ecogram", "sociogram", "infograph", "screencast",
                  "screengrab", "flowchart", "signpost", "toolkit", "webinar", "thumbnail",
                  "favicon", "banner", "logo", "appendi", "annex", "addend", "redact")  # fmt: skip


def _unaccounted(word: str, names: Gazetteer) -> bool:
    """A word of five letters or more in a file name that no list accounts for: not an
    English word, a public body's or a place's word, nor two English words run together
    ("safeguardingpartnership"), nor an acronym (no vowel, or mostly consonants)."""
    key = word.lower()
    if len(key) < 5 or not key.isalpha() or names.explained(word) or key in names.bodies:
        return False
    if key.startswith(PRACTICE_STEMS):
        return False
    vowels = sum(c in _VOWELS for c in key)
    if vowels < 2 or vowels * 4 < len(key):
        return False  # "cspr", "lscb", "nhsft": an acronym
    return not any(
        names.is_word(key[:cut]) and (names.is_word(key[cut:]) or key[cut:] in names.bodies)
        for cut in range(3, len(key) - 2)
    )


# A person's initials and a date of birth, as case files are named: "KS_140216_chronology".
INITIALS_AND_DATE = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2,3}[_\-]?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)?\d{2}(?!\d)"
)


# Authors cited in the text ("Haworth, P. and Lindqvist, S. (2019)", "Brandon et al."): their
# names in a reference's URL are the publication's, not a family's.
CITED_RE = re.compile(
    r"\b([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*)(?:,\s*(?:[A-Z]\.\s?){1,3}|\s+et al\b|"
    r"(?=(?:,?\s+(?:and|&)\s+[A-Z][a-z]+)*,?\s+\(?(?:19|20)\d{2}[a-z]?\)))"
)


def _cited(text: str) -> frozenset[str]:
    """Lower-case surnames cited as authors anywhere in ``text``."""
    if "(19" not in text and "(20" not in text and "et al" not in text:
        return frozenset()
    return frozenset(m.group(1).lower() for m in CITED_RE.finditer(text))


def _names_in(
    target: str, start: int, names: Gazetteer, cited: frozenset[str] = frozenset()
) -> Iterator[Hit]:
    """Hits for the names in one link target; neighbouring names are one hit
    ("kenzie-pickering"), so that a full name is reported whole."""
    decoded = unquote(target)
    # A file of the review's own (no site, no scheme) is named by its writer: a word there
    # that nothing accounts for is a name ("images/oyelaran-bedroom.jpg"). A website's
    # address is not: its words are brands and acronyms ("thinkuknow", "westmarchscp").
    local = (
        ("://" not in decoded or decoded.startswith("file:"))
        and not decoded.startswith(("www.", "mailto:", "tel:", "#"))
        and not re.match(r"[\w\-]+\.(?:org|com|net|gov|nhs|ac|co)\b", decoded)
    )
    spans: list[tuple[int, int]] = []
    previous = before = ""
    previous_end = 0
    parts = list(PART_RE.finditer(decoded))
    published = _published_positions([p.group().lower() for p in parts], names)
    # a website's host is its owner's brand ("www.bailii.org"), a query's key is a field's
    # name ("?lang=cy"): neither names a person
    host_end = _host_end(decoded)
    # a capital singles a surname out among lower-case words, as in prose ("chronology-Smith")
    lower_words = local and any(p.group().islower() for p in parts)
    # ... but not a folder of a computer's path, whose names are capitalised by habit
    # ("file:///D:/Cases/...", "C:/Work/..."): its own words are read by _labels_in_own_paths
    folders_end = (
        max(decoded.rfind("/"), decoded.rfind("\\")) if MACHINE_PATH_RE.match(decoded) else -1
    )
    for position, part in enumerate(parts):
        word = part.group()
        if (
            position in published
            or _month_in_date(decoded, part)
            or part.start() < host_end
            or decoded.startswith("=", part.end())
        ):
            before, previous, previous_end = previous, word.lower(), part.end()
            continue
        titled = (previous in TITLES or f"{before} {previous}" in TITLES) and TITLE_GAP.fullmatch(
            decoded, previous_end, part.start()
        )
        # "mr-rd" in a review's slug ("easthaven-2016-mr-rd-00771") is a code: a name has a vowel
        titled = titled and any(c in "aeiouy" for c in word.lower())
        # "mr-and-mrs-bello": a word of grammar after a title joins two titles
        titled = titled and word.lower() not in FUNCTION_WORDS
        if (
            (titled and len(word) >= 2)
            or (
                len(word) >= 3
                and word.lower() not in cited
                and (
                    names.is_distinctive_first(word)
                    or word.lower() in LOAN_WORD_SURNAMES
                    or (local and _unaccounted(word, names))
                    or (names.is_surname(word) and not names.explained(word))
                    # a surname that word lists count only because it is frequent ("Doherty")
                    or ((word[0].isupper() or len(word) >= 5) and names.is_name_word(word.lower()))
                    or (word.islower() and _run_together(word, names))
                    or (
                        lower_words
                        and part.start() > folders_end
                        and word[1:].islower()
                        and word[0].isupper()
                        and names.is_surname(word)
                        and word.lower() not in SURNAME_PLACE_WORDS
                        and not (_everyday(word.lower(), names) and _camel_glued(parts, position))
                    )
                )
            )
        ):
            # Offsets in the target as written: the same as decoded unless it has escapes.
            offset = part.start() if decoded == target else target.find(word)
            if offset < 0:
                yield RULE.hit(start, start + len(target))
                return
            if spans and offset - spans[-1][1] <= 3:
                spans[-1] = (spans[-1][0], offset + len(word))
            else:
                spans.append((offset, offset + len(word)))
        before, previous, previous_end = previous, word.lower(), part.end()
    pairs = _name_pairs(parts, decoded, names, cited | published_words(parts, published))
    if pairs and decoded != target:  # offsets in the decoded text: the whole target
        pairs = [(0, len(target))]
    spans.extend(pairs)
    for match in INITIALS_AND_DATE.finditer(target):
        spans.append((match.start(), match.end()))
    for begin, end in spans:
        yield RULE.hit(start + begin, start + end)


def _everyday(key: str, names: Gazetteer) -> bool:
    """An everyday word of the ordinary-words list, or its plural ("havens")."""
    return key in names.ordinary or (key.endswith("s") and key[:-1] in names.ordinary)


def _camel_glued(parts: list[re.Match], i: int) -> bool:
    """Whether part ``i`` is glued, capital to capital, to a neighbour ("PlaceOfSafety",
    "HighStreetSafeSpaces", "YouTubeClip"): such a compound capitalises every word by habit,
    so a capital there singles out no everyday word that is also a surname ("Place",
    "High", "You"); a name that is a rare word stays read ("LetterToAmeliaFromSchool")."""
    word = parts[i]
    after = i + 1 < len(parts) and parts[i + 1].start() == word.end()
    before = i > 0 and parts[i - 1].end() == word.start() and parts[i - 1].group()[0].isupper()
    return bool(after and parts[i + 1].group()[0].isupper()) or before


def published_words(parts: list[re.Match], published: set[int]) -> frozenset[str]:
    """Lower-case words of a target that belong to a public phrase."""
    return frozenset(parts[i].group().lower() for i in published)


# A name's words often are everyday words too ("jade-smith", "grace-walker", "smith_j"): two
# of them together make a name where each alone would not. A first name beside a surname, an
# initial beside a surname, or a first name before a word for what a person has or made
# ("summer-family-drawing", "amber-statement"). Not a place ("victoria-park", "rose-hill-
# centre"), nor a label's letter ("part-b", "child-k", "appendix-c").
PERSONAL_AFTER = word_set(
    "family drawing drawings bedroom room statement letter letters diary photo photos picture "
    "pictures interview chronology timeline birthday memorial funeral story wishes feelings "
    "voice views cot bed tribute"
)
PSEUDONYM_LABELS = word_set("child children adult baby sibling young person subject")
PERSONAL_PLACES = word_set(
    "nursery school home party birthday park beach nan nana gran granny grandma grandad dad "
    "daddy mum mummy mam aunt auntie uncle church mosque club football christmas"
)
PLACE_AFTER = word_set(
    "centre center surgery hospital school academy college nursery road street lane avenue "
    "close drive park estate house court hall ward unit clinic practice church chapel "
    "primary infants juniors community trust way green"
)
LABEL_BEFORE_INITIAL = word_set(
    "part appendix annex annexe section child adult sibling mother father plan option table "
    "figure fig tier level grade type category stage phase version v r case sheet form key "
    "schedule group team year block unit ward room flat"
)
SURNAME_PLACE_WORDS = word_set(
    "park hill green wood field bridge hall street road lane way house court gate side vale "
    "view croft moor brook ford well wells dale bank cross church chapel"
)
PAIR_GAP = re.compile(r"[-_. +]?")
FAMILY_WORDS = word_set("family families household twins siblings")
# Kinds of family in care work, some of them first names too ("foster-family-handbook").
KINDS_OF_FAMILY = word_set("foster birth kinship host adoptive extended step blended lone single")
NAME_PREPOSITIONS = word_set("from to for by with about re of")
# Words after a family's surname for the family or its home.
HOUSEHOLD_WORDS = FAMILY_WORDS | word_set("home house")
# Surnames that are words for a kind of family or home, or its size, age or state: before
# "family" or "home" they say which kind ("foster-family", "care_home", "large-family").
NOT_HOUSEHOLD_NAMES = KINDS_OF_FAMILY | word_set(
    """care safe new big large small single wider whole young old good poor rich little long
    happy open host nursing group residential children family mothers fathers early main
    second first other same shared private social council temporary permanent holiday
    summer winter spring autumn black white brown green grey gray every each this that
    your my whose move moving leaving leave left return returning visit trial half full"""
)
KIN_WORDS = word_set(
    "nan nana nanna nanny gran granny grandma grandmother grandad granddad grandpa grandfather "
    "mum mummy mam mother dad daddy father aunt auntie aunty uncle cousin brother sister "
    "stepdad stepmum stepfather stepmother"
)
# What a file is of, after a kin word ("nan-house.jpg", "dad-contact.pdf"): no name.
KIN_NOT_NAMES = (
    PERSONAL_AFTER
    | PERSONAL_PLACES
    | PHOTO_WORDS
    | word_set("house home garden flat room visit visits contact care plan notes ward unit")
)


def _ends_name(parts: list[re.Match], target: str, i: int) -> bool:
    """Whether the word at ``i`` ends the words of its file name: nothing but numbers or the
    extension after it ("Child_B_Hall_2019-05-03.pdf", not "Child_A_Park_visit")."""
    if i + 1 >= len(parts):
        return True
    between = target[parts[i].end() : parts[i + 1].start()]
    return any(c.isdigit() for c in between) or (
        i + 2 == len(parts) and between == "." and len(parts[i + 1].group()) <= 4
    )


# A host may carry a port ("127.0.0.1:8000", the address `mkdocs serve` gives the site).
HOST_RE = re.compile(
    r"(?i:(?:[a-z][\w+.\-]*://|//)?(?:www\.)?(?:[\w\-]+(?:\.[\w\-]+)+|localhost)(?::\d{1,5})?"
    r"(?=/|$))"
)


def _host_end(target: str) -> int:
    """Where the host of a website's address ends in ``target`` (0 for a local file)."""
    host = HOST_RE.match(target)
    if host is not None and (
        "://" in host.group() or host.group().lower().startswith(("www.", "//"))
    ):
        return host.end()
    return 0


# Words of grammar that first-name lists also hold ("over", "will", "an"): in a news slug
# they join words ("father-jailed-over-death-of-baby"), they do not name anyone.
FUNCTION_WORDS = word_set(
    "over under after before with from into onto about above below near of in on at by to "
    "for and or but the a an is was were be been has had have this that who which what when "
    "where why how not no all any some every each such only so than too very can will may "
    "might must should would could just now off out up down again then once here there"
)


def _name_pairs(
    parts: list[re.Match], target: str, names: Gazetteer, skip: frozenset[str]
) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    if target.startswith(("mailto:", "tel:")):
        return found
    # a site's host is its owner's brand ("www.nice.org.uk"): only the path can name someone
    first_path = _host_end(target)
    parts = [p for p in parts if p.start() >= first_path]
    words = [p.group() for p in parts]
    lower = [w.lower() for w in words]

    def joined(i: int) -> bool:
        return PAIR_GAP.fullmatch(target, parts[i].end(), parts[i + 1].start()) is not None

    def initial(i: int) -> bool:
        return len(words[i]) == 1 and (lower[i] not in ("a", "i") or words[i].isupper())

    def surname(i: int) -> bool:
        return (
            len(words[i]) >= 3
            and names.is_surname(words[i])
            and lower[i] not in SURNAME_PLACE_WORDS
            and not lower[i].endswith(PLACE_ENDINGS)
        )

    # two first names joined by "and" are two people ("notes-on-kyle-and-jordan.pdf")
    for i in range(len(parts) - 2):
        if lower[i + 1] == "and" and all(
            len(lower[j]) >= 3
            and lower[j] not in skip
            and lower[j] not in FUNCTION_WORDS
            and lower[j] not in MONTHS
            and lower[j] not in SEASONS
            and names.is_first(words[j])
            for j in (i, i + 2)
        ):
            found.extend((parts[j].start(), parts[j].end()) for j in (i, i + 2))
    for i in range(len(parts) - 2):
        # a pseudonym's label and letter, then a surname: the real name beside the label
        # ("ICPC_Child_B_Hall"), even a surname that is a place word
        if (
            lower[i] in PSEUDONYM_LABELS
            and initial(i + 1)
            and words[i + 2][:1].isupper()
            and names.is_surname(words[i + 2])
            and lower[i + 2] not in skip
            and (lower[i + 2] not in SURNAME_PLACE_WORDS or _ends_name(parts, target, i + 2))
        ):
            found.append((parts[i + 2].start(), parts[i + 2].end()))
        # a first name doing something somewhere: "rose_at_nursery", "kai-with-nan"
        if (
            lower[i + 1] in ("at", "with")
            and len(lower[i]) >= 3
            and lower[i] not in skip
            and names.is_first(words[i])
            and lower[i + 2] in PERSONAL_PLACES
        ):
            found.append((parts[i].start(), parts[i].end()))
    for i in range(len(parts) - 1):
        # a relative's name after the word for them: "interview-with-nana-grace.txt",
        # "child-k-with-grandad-baker.jpg" (a name that is also a word, after a kin word)
        if (
            lower[i] in KIN_WORDS
            and joined(i)
            and len(lower[i + 1]) >= 3
            and lower[i + 1] not in skip
            and lower[i + 1] not in FUNCTION_WORDS
            and lower[i + 1] not in MONTHS
            and lower[i + 1] not in KIN_WORDS
            and lower[i + 1] not in KIN_NOT_NAMES
            and (names.is_first(words[i + 1]) or names.is_surname(words[i + 1]))
            # a word ends the file's name, or is no word at all ("uncle-care-plan" is a plan)
            and (_ends_name(parts, target, i + 1) or not names.is_word(lower[i + 1]))
        ):
            found.append((parts[i + 1].start(), parts[i + 1].end()))
        # a family named by its surname: "okonjo-family", "Nowakowski_household"; a word
        # no list explains before a word for a family is the family's name
        if (
            lower[i + 1] in FAMILY_WORDS
            and joined(i)
            and len(lower[i]) >= 3
            and lower[i] not in skip
            and lower[i] not in FUNCTION_WORDS
            and (not names.explained(words[i]) or (surname(i) and not names.is_word(lower[i])))
        ):
            found.append((parts[i].start(), parts[i].end()))
        # a household named by a surname that is also a word: "smith-family-report.pdf",
        # "farrow_home.jpg" (a family's or home's kind is no name: "foster-family", "care_home")
        if (
            lower[i + 1] in HOUSEHOLD_WORDS
            and joined(i)
            and len(lower[i]) >= 4
            and lower[i] not in skip
            and lower[i] not in FUNCTION_WORDS
            and lower[i] not in NOT_HOUSEHOLD_NAMES
            and lower[i] not in KIN_WORDS
            and lower[i] not in MONTHS
            and lower[i] not in SEASONS
            and surname(i)
        ):
            found.append((parts[i].start(), parts[i].end()))
        # a first name a file is from, to or about, ending the file's name: "messages-from-
        # dean.png", "letter_to_grace_2021.pdf" (not "guidance-for-faith-groups.pdf")
        if (
            lower[i] in NAME_PREPOSITIONS
            and len(lower[i + 1]) >= 3
            and lower[i + 1] not in skip
            and lower[i + 1] not in MONTHS
            and lower[i + 1] not in SEASONS
            and lower[i + 1] not in FUNCTION_WORDS
            and joined(i)
            and names.is_first(words[i + 1])
            and _ends_name(parts, target, i + 1)
        ):
            found.append((parts[i + 1].start(), parts[i + 1].end()))
        a, b = lower[i], lower[i + 1]
        # the link's text may show what the file is ("[drawing of her family](amelia-family-
        # drawing.png)"): a word for it after a first name still makes the name personal
        if a in skip or (b in skip and b not in PERSONAL_AFTER) or not joined(i):
            continue
        after = lower[i + 2] if i + 2 < len(parts) else ""
        if after in PLACE_AFTER:
            continue
        first_surname = (
            len(a) >= 3 and a not in FUNCTION_WORDS and names.is_first(words[i]) and surname(i + 1)
        )
        initial_surname = (
            initial(i) and surname(i + 1) and (i == 0 or lower[i - 1] not in LABEL_BEFORE_INITIAL)
        )
        surname_initial = (
            surname(i)
            and initial(i + 1)
            and (i == 0 or lower[i - 1] not in LABEL_BEFORE_INITIAL)
            and a not in LABEL_BEFORE_INITIAL
        )
        personal = (
            len(a) >= 3
            and names.is_first(words[i])
            and b in PERSONAL_AFTER
            and not (a in KINDS_OF_FAMILY and b in FAMILY_WORDS)
        )
        if first_surname or initial_surname or surname_initial:
            found.append((parts[i].start(), parts[i + 1].end()))
        elif personal:
            found.append((parts[i].start(), parts[i].end()))
    return found


MONTHS = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
SEASONS = word_set("spring summer autumn winter")
_DIGITS_BEFORE = re.compile(r"\d[\W_]?\Z")
_DIGITS_AFTER = re.compile(r"[\W_]?\d")


def _month_in_date(target: str, part: re.Match) -> bool:
    """A month beside a day or a year in a target is part of a date ("30-november-2026",
    "minutes-may2023.pdf"), not a first name (April, May, June)."""
    if part.group().lower() not in MONTHS:
        return False
    return bool(
        _DIGITS_BEFORE.search(target, max(0, part.start() - 2), part.start())
        or _DIGITS_AFTER.match(target, part.end())
    )


def _published_positions(words: list[str], names: Gazetteer) -> set[int]:
    """Positions of words that spell, in order, a public phrase of the gazetteer with two
    words or more: a published national review or an eponym ("national-review-into-the-
    murders-of-arthur-labinjo-hughes-and-star-hobson", "anna-freud-centre")."""
    index = _phrase_words(names.body_phrases)
    found: set[int] = set()
    for i, word in enumerate(words):
        for phrase in index.get(word, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                found.update(range(i, i + len(phrase)))
    return found


@lru_cache(maxsize=4)
def _phrase_words(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases split as a target is split into words, by their first word; accents are
    dropped, as URLs drop them ("Victoria Climbié" -> "victoria-climbie")."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        plain = unicodedata.normalize("NFKD", phrase).encode("ascii", "ignore").decode()
        words = tuple(w.lower() for w in PART_RE.findall(plain))
        if len(words) >= 2:
            index.setdefault(words[0], []).append(words)
    return index


RULE = Rule(
    id="link-target",
    severity="error",
    message="a link or file name contains what looks like a name; rename the file or remove the link",
    summary="An identifier inside a link target or file name",
    fix="Rename the file or change the link so that it carries no name, place or number.",
    docs="a name in a link or image target or file name (`kayden-morris-chronology.pdf`)",
    rank=160,
    find=find,
    silenced_by=frozenset({"pseudonym", "author", "partnership", "named_people"}),
    piece_gate=PIECE_GATE,
)

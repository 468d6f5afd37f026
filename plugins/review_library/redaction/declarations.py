"""Read a review's front matter for the redaction checks: its free-text values, each at its
source line, and the allowances it declares (pseudonyms, author, partnership,
``redaction.allow``, ``redaction.named_people``).

This works on front matter that fails schema validation: it walks the YAML nodes, so every
string value is seen, including duplicated keys and fields the schema does not know.
It reads libyaml's events when available (the pure-Python parser took half the check time),
within the nesting, alias and size limits of ``frontmatter``.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from review_library.frontmatter import FieldPath, SourceDocument, parse_front_matter
from review_library.redaction.rules import silenced_by
from review_library.redaction.rules.person_name import looks_like_full_name
from review_library.redaction.rules.text import word_set

# Front matter is read raw: every scalar stays the text as written, which is what the
# checks read. Booleans are read from the text below.
_TRUE = frozenset({"true", "yes", "on"})

# Front matter keys whose values are codes, dates or vocabulary keys, not prose. Their
# values are still scanned when they do not look like a code (a name typed into `region`).
STRUCTURAL_KEYS = frozenset(
    {
        "id",
        "review_type",
        "nation",
        "region",
        "published",
        "incident_year",
        "age_band",
        "themes",
        "agencies",
        "status",
        "embargo_until",
        "updated",
        "date",
        "rule",
    }
)
_CODE_VALUE = re.compile(
    r"[a-z0-9]+(?:[-_.][a-z0-9]+)*|\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|"
    r"[A-Za-z]?\d+(?:\.\d+)*"
)
# Dates of the review's own process: a day in these is no event of the family's.
PROCESS_DATE_KEYS = frozenset({"published", "embargo_until", "updated", "date"})
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _labelled(key: str, value: str) -> str:
    """A value with its key before it, as prose would write it ("date of birth: ...");
    a key in camel case is read as its words ("DateOfBirth" -> "date of birth")."""
    return f"{_key_words(key)}: {value}"


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _key_words(key: str) -> str:
    """A key's words in lower case: "Home-Address" -> "home address", "childDOB" ->
    "child dob"."""
    return " ".join(_CAMEL.sub(" ", key).replace("_", " ").replace("-", " ").lower().split())


def _folded(key: str) -> str:
    """A key as the schema spells it, whatever case a board wrote it in ("Published")."""
    return _key_words(key).replace(" ", "_")


# A key whose value is what a person is called ("name", "full_name", "surname"): its value is
# read as prose that says so ("name was ..."), which the name rules read as a name in context.
_NAME_KEY_WORDS = frozenset({"name", "names", "surname", "surnames", "forename", "forenames",
                             "fullname", "nickname", "nicknames", "alias", "aliases"})  # fmt: skip
# Words of a key that make its date one of the review's own process (its publication,
# revision, meetings), not of the family's history.
_PROCESS_KEY_WORDS = word_set(
    """published publication publish updated update modified created reviewed review reviews
    revised revision revisions approved approval commissioned commission agreed signed sign
    version versions meeting meetings panel submitted submission completed completion embargo
    accessed issued issue next last due deadline received sent circulated ratified endorsed
    changelog scoping launched launch"""
)


def _unknown_label(keys: list[str], value: str) -> str:
    """How a value under a key the schema does not know is read (see read_declarations)."""
    words = _key_words(keys[-1])
    if words.split()[-1:] and words.split()[-1] in _NAME_KEY_WORDS:
        return f"{words} {'were' if words.endswith('s') else 'was'} {value}"
    if _only_a_day(value) and not any(
        w in _PROCESS_KEY_WORDS for k in keys for w in _key_words(k).split()
    ):
        # A day alone in a field the board added ("when: 2022-11-04" in a timeline) is a
        # day of the family's history: the schema's own process dates have their own keys.
        # The key stays nearest the date, so a key that says birth or death still decides.
        return f"the date of the incident, {words}: {value}"
    return f"{words}: {value}"


def _only_a_day(value: str) -> bool:
    from review_library.redaction.rules.datetext import find_dates

    text = value.strip()
    if not text or len(text) > 40 or not any(c.isdigit() for c in text):
        return False
    dates = find_dates(text)
    return len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(text)


@lru_cache(maxsize=1)
def schema_keys() -> frozenset[str]:
    """Every key the front matter schema knows, at any depth."""
    import typing

    from pydantic import BaseModel

    from review_library.model import ReviewMeta

    found: set[str] = set()
    models = [ReviewMeta]
    while models:
        model = models.pop()
        for name, info in model.model_fields.items():
            found.add(info.alias or name)
            annotations = [info.annotation]
            while annotations:
                annotation = annotations.pop()
                if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                    models.append(annotation)
                annotations.extend(typing.get_args(annotation))
    return frozenset(found)


# The id read as the address of its page (see read_declarations); a site's host, which
# link rules never read as a name.
ID_URL = "https://library.invalid/reviews/"
# Words of an id that label, not name: review types and pseudonym labels.
_ID_LABELS = frozenset(
    {"scr", "lcspr", "cspr", "sar", "dhr", "ohr", "cpr", "apr", "cmr", "lr", "susr", "mhhr",
     "thematic", "child", "children", "adult", "baby", "young", "person", "mr", "ms", "mrs",
     "miss", "mx", "review", "learning", "plentyn", "oedolyn"}
)  # fmt: skip
_BABY_WORDS = frozenset({"baby", "infant", "little", "child", "toddler"})
# Words an id puts before the subject's label ("child-k", "young-person-d", "adult-w").
_LABEL_WORDS = _BABY_WORDS | {"person", "adult", "sibling", "yp", "plentyn", "oedolyn"}


def _names_in_id(review_id: str, data: dict) -> str:
    """The stretch of an id that reads as a person's name: a first name and the word after
    it ("tyler-haworth"), or a first name after "baby" ("baby-ruairidh"). Words of the
    partnership's name are its area, not a name; a single pseudonym ("dhr-anna") is declared."""
    from review_library.redaction.rules.gazetteer import gazetteer

    names = gazetteer()
    area = set(re.findall(r"[a-z]+", str(data.get("partnership") or "").lower()))
    words = review_id.lower().split("-")
    for index, word in enumerate(words):
        if len(word) < 3 or not word.isalpha() or word in _ID_LABELS or word in area:
            continue
        if not names.is_first(word):
            continue
        after = words[index + 1] if index + 1 < len(words) else ""
        before = words[index - 1] if index else ""
        if (
            len(after) >= 3
            and after.isalpha()
            and after not in _ID_LABELS
            and (names.is_surname(after) or not names.is_word(after))
        ):
            return f"{word}-{after}"
        if before in _BABY_WORDS:
            return word
    declared = _declared_words(data)
    for word in words:
        # a first name alone that no pseudonym or subject declares ("westmarch-2025-kayden"):
        # a declared one ("dhr-anna") is the review's label
        if (
            len(word) >= 3
            and word.isalpha()
            and word not in _ID_LABELS | area | declared
            and names.is_distinctive_first(word)
        ):
            return word
    return ""


def _label_name_in_id(review_id: str, data: dict) -> str:
    """A name where an id puts the subject's label: the word after "child", "baby",
    "person". A label is a letter or a declared pseudonym, so a longer word there that is no
    English word ("child-ruksana") or is a first name ("baby-precious") names the child."""
    from review_library.redaction.rules.gazetteer import gazetteer

    names = gazetteer()
    area = set(re.findall(r"[a-z]+", str(data.get("partnership") or "").lower()))
    skip = _ID_LABELS | area | _declared_words(data)
    words = review_id.lower().split("-")
    for before, word in pairwise(words):
        if (
            before in _LABEL_WORDS
            and len(word) >= 4
            and word.isalpha()
            and word not in skip
            and (names.is_first(word) or not names.is_word(word))
        ):
            return word
    return ""


def _declared_words(data: dict) -> frozenset[str]:
    """The lower-case words of the pseudonyms and the subject a front matter declares."""
    given = data.get("pseudonyms")
    texts = [str(p) for p in given] if isinstance(given, list) else []
    texts.append(str(data.get("subject") or ""))
    return frozenset(w for t in texts for w in re.findall(r"[a-z]+", t.lower()))


# Fields that are declarations, not published prose. The author is published: it is checked
# like prose, and only the reviewer's own names in it are allowed (see ``reviewer_names``).
DECLARATION_FIELDS = frozenset({"pseudonyms", "redaction"})
FIELD_NOTES = {
    "author": (
        "it is in the 'author' field, which may name only the reviewer and co-authors: "
        "thank anyone else by their role, without their name"
    )
}
"""What a finding in a front matter field adds to its message, to say how to fix it."""

# Which rules each kind of allowance may silence, as the rule modules declare it: a
# pseudonym never silences a register match or a number, only name-like rules.
NAME_RULES = silenced_by("pseudonym")
AUTHOR_RULES = silenced_by("author")
PARTNERSHIP_RULES = silenced_by("partnership")
NAMED_PEOPLE_RULES = silenced_by("named_people")


@dataclass(frozen=True)
class Allowance:
    """A declared text that may appear, the rules it silences, and why."""

    text: str
    rules: frozenset[str]
    kind: str
    reason: str
    pattern_text: str
    """The text the pattern matches ("" matches nothing); compiled on first use, since most
    allowances of a review never meet a hit and compiling them cost a tenth of a check."""
    fingerprint: str = ""
    """An allow entry may name ``findings.fingerprint`` of the text instead of the text."""
    date_key: str = ""
    """The date the text names, if it is one: the entry then allows every spelling of it."""
    line: int = 0
    """The front matter line of a ``redaction.allow`` entry (0 for other allowances)."""

    @property
    def pattern(self) -> re.Pattern:
        """Matches the text case-insensitively, across spaces, hyphens and possessives."""
        return _pattern(self.pattern_text) if self.pattern_text else _NEVER


@dataclass
class TextValue:
    """A free-text front matter value and the file line where it starts."""

    path: FieldPath
    text: str
    line: int


@dataclass
class Declarations:
    """What the front matter gives the checks."""

    values: list[TextValue] = field(default_factory=list)
    allowances: list[Allowance] = field(default_factory=list)
    pseudonyms: list[tuple[str, int]] = field(default_factory=list)
    undeclared: list[tuple[str, int]] = field(default_factory=list)
    """The subject, or the head of the title ("Riley: learning about ..."), when it names a
    person that no pseudonym declares: a name given only there allows nothing."""
    withheld: list[tuple[str, int]] = field(default_factory=list)
    """The partnership's name and area with the partnership's line, when the front matter
    says the name is withheld (``partnership_anonymised``): written elsewhere, each is an
    identifier."""


def read_declarations(document: SourceDocument) -> Declarations:
    """Free-text values and allowances of a split document. Raises SourceError on bad YAML
    (or YAML past the limits of ``frontmatter``: nesting, aliases, size)."""
    parsed = parse_front_matter(document, raw=True)
    result = Declarations()
    if parsed.data is None:
        return result
    scalars = parsed.scalars
    data = parsed.data if isinstance(parsed.data, dict) else {}
    anonymised = _partnership_anonymised(data)
    id_names: list[tuple[str, int]] = []
    for path, value, line in scalars:
        if not path or (path[0] in DECLARATION_FIELDS and path[-1] != "reason"):
            # a declaration's reason is prose the file keeps (and every report shows):
            # checked like a comment, under the allowances the declarations make
            continue
        if path[0] == "partnership" and not anonymised:
            continue
        keys = [p for p in path if isinstance(p, str)]
        folded = [_folded(k) for k in keys]
        # A field under a key the schema does not know is the board's own, whatever its
        # nested keys ("timeline: [{date: ...}]" is no review date, "family: [{name: ...}]"
        # no schema name): the schema's meanings hold only within its own fields.
        known = bool(folded) and all(k in schema_keys() for k in folded)
        structural = bool(folded) and folded[-1] in STRUCTURAL_KEYS and folded[0] in schema_keys()
        if structural and _CODE_VALUE.fullmatch(value.strip()):
            named = _names_in_id(value.strip(), data) if folded == ["id"] else ""
            label = _label_name_in_id(value.strip(), data) if folded == ["id"] else ""
            if label and "-" not in named:
                # A name where the id puts the subject's label: reported as a name the front
                # matter gives, since a word ("precious") or a name no list has ("ruksana")
                # is no name to the link rule.
                id_names.append((label, line))
            elif named:
                # The id is the page's URL slug, published: a full name in it
                # ("westmarch-2025-kayden-morris") is read as in a link to the page.
                result.values.append(TextValue(path, f"{ID_URL}{named}/", line))
            elif folded[-1] not in PROCESS_DATE_KEYS and _FULL_DATE.fullmatch(value.strip()):
                # a day where the schema wants a year or a key ("incident_year: 2023-03-14")
                # is the day of the incident, read with its key as its label
                result.values.append(TextValue(path, _labelled(keys[-1], value), line))
            continue
        if value.strip():
            if keys and not known:
                # A field the schema does not know says in its key what its value is
                # ("dob: 14/03/2019", "home_address: ..."): the key is read as the label
                # a writer would have put before the value in prose.
                value = _unknown_label(keys, value)
            result.values.append(TextValue(path, value, line))
    offset = document.front_matter_line - 1
    result.allowances, result.pseudonyms = _allowances(data, scalars, offset, anonymised)
    result.undeclared = _undeclared(data, scalars, result.pseudonyms) + id_names
    partnership = data.get("partnership")
    if anonymised and isinstance(partnership, str) and partnership.strip():
        line = next((n for p, _, n in scalars if p == ("partnership",)), 0)
        result.withheld = [(name, line) for name in _withheld(partnership)]
    return result


# A label in place of a name ("Child K", "Adult B", "Ms A", "Baby T", "Sibling 1", "the
# Family", "Mother"): declared or not, it names nobody.
_LABEL = re.compile(
    r"(?i:(?:the\s+)?(?:child(?:ren)?|adult|baby|infant|young\s+person|yp|family|sibling|"
    r"siblings|brothers|sisters|mother|father|parent|carer|ms|mr|mrs|miss|mx|person|"
    r"individual|learner|patient|subject|case|service\s+user|man|woman|girl|boy|twins?|"
    r"victim|perpetrator|grandmother|grandfather|aunt|uncle)\b)[\s\w'’,&\-]{0,24}"
    r"|[A-Z]{1,3}|[A-Z]?\d{0,3}"
)
# The head of a title: the words before its colon or dash ("Riley: learning about neglect").
_TITLE_HEAD = re.compile(r"^\s*([^:–—\n]{1,40}?)\s*(?::|\s[–—-]\s)")


def _undeclared(
    data: dict, scalars: list, pseudonyms: list[tuple[str, int]]
) -> list[tuple[str, int]]:
    from review_library.redaction.rules.gazetteer import gazetteer
    from review_library.redaction.rules.text import fold

    lines = {path: line for path, _, line in scalars}
    declared = {" ".join(p.split()).casefold() for p, _ in pseudonyms}
    declared_words = {fold(w) for p, _ in pseudonyms for w in p.split()}
    names = gazetteer()
    found: list[tuple[str, int]] = []
    candidates = []
    subject = data.get("subject")
    if isinstance(subject, str) and subject.strip():
        candidates.append((subject.strip(), lines.get(("subject",), 0)))
    title = data.get("title")
    head = _TITLE_HEAD.match(title) if isinstance(title, str) else None
    if head is not None and len(head.group(1).split()) <= 4:
        candidates.append((head.group(1).strip(), lines.get(("title",), 0)))
    for text, line in candidates:
        if " ".join(text.split()).casefold() in declared or _LABEL.fullmatch(text):
            continue
        words = re.findall(r"[^\W\d_][\w'’\-]*", text)
        if _phrase_opening(words, names):
            # "Was not brought: ...": a title that opens with a phrase, whose first word is
            # capitalised only because it opens the title.
            words = words[1:]
        if words and any(
            fold(w) not in declared_words
            and (names.is_first(w) or names.is_surname(w))
            and (w[:1].isupper() or not names.is_word(fold(w)))
            for w in words
        ):
            found.append((text, line))
    return found


def _phrase_opening(words: list[str], names) -> bool:
    """Whether the first word is an English word followed by a lower-case English word other
    than "and": the words of a phrase, not a name ("Grace and Riley" keeps both names)."""
    from review_library.redaction.rules.text import fold

    return (
        len(words) >= 2
        and names.is_word(fold(words[0]))
        and words[1][:1].islower()
        and words[1] not in ("and", "or")
        and names.is_word(fold(words[1]))
    )


def _partnership_anonymised(data: dict) -> bool:
    redaction = data.get("redaction")
    flag = redaction.get("partnership_anonymised") if isinstance(redaction, dict) else None
    return isinstance(flag, str) and flag.strip().lower() in _TRUE


def _allowances(
    data: dict, scalars: list, offset: int, anonymised: bool
) -> tuple[list[Allowance], list[tuple[str, int]]]:
    out: list[Allowance] = []
    pseudonyms: list[tuple[str, int]] = []
    lines = {path: line for path, _, line in scalars}
    raw = data.get("pseudonyms")
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        if isinstance(item, str) and item.strip():
            pseudonyms.append((item, lines.get(("pseudonyms", index), offset + 1)))
            # A pseudonym shaped like a real full name ("Jayden Marsh") allows nothing: it is
            # reported itself, and a real name published on purpose goes under named_people.
            if not looks_like_full_name(" ".join(item.split())):
                out.append(allowance(item, NAME_RULES, "pseudonym", "declared pseudonym"))
    author = data.get("author")
    if isinstance(author, str) and author.strip():
        out.extend(_author_allowances(author))
    partnership = data.get("partnership")
    if isinstance(partnership, str) and partnership.strip() and not anonymised:
        out.append(
            allowance(
                partnership,
                PARTNERSHIP_RULES,
                "partnership",
                "the partnership publishing the review",
            )
        )
        # Its area, as reports name it alone ("health visiting in Westmarch"): the words
        # before the body's own words, and each area of a joint partnership.
        for area in _areas(partnership):
            out.append(allowance(area, PARTNERSHIP_RULES, "partnership", "the partnership's area"))
        # Its initials, as reports write it after the first mention ("the SBNI Chair").
        acronym = _acronym(partnership)
        if acronym:
            out.append(
                allowance(acronym, PARTNERSHIP_RULES, "partnership", "the partnership's initials")
            )
    redaction = data.get("redaction") if isinstance(data.get("redaction"), dict) else {}
    allow_list = redaction.get("allow") if isinstance(redaction.get("allow"), list) else []
    for index, entry in enumerate(allow_list):
        if not isinstance(entry, dict):
            continue
        # An entry without text (or fingerprint), rule and reason silences nothing.
        if not all(isinstance(entry.get(k), str) and entry[k].strip() for k in ("rule", "reason")):
            continue
        rules = frozenset({entry["rule"].strip()})
        line = next(
            (
                lines[path]
                for key in ("text", "fingerprint", "rule")
                if (path := ("redaction", "allow", index, key)) in lines
            ),
            0,
        )
        if isinstance(entry.get("text"), str) and entry["text"].strip():
            made = allowance(entry["text"], rules, "allow", entry["reason"])
            out.append(dataclasses.replace(made, line=line))
        elif isinstance(entry.get("fingerprint"), str) and entry["fingerprint"].strip():
            out.append(
                Allowance(
                    "",
                    rules,
                    "allow",
                    " ".join(entry["reason"].split()),
                    "",
                    fingerprint=entry["fingerprint"].strip(),
                    line=line,
                )
            )
    for entry in _entries(redaction.get("named_people")):
        if all(isinstance(entry.get(k), str) and entry[k].strip() for k in ("name", "reason")):
            # A named person's full name covers its parts ("Dr Alison Meer": "Dr Meer",
            # "Alison"), unless the entry says ``parts: false``.
            names = [entry["name"]]
            if str(entry.get("parts", "true")).strip().lower() not in ("false", "no", "off"):
                names += _parts(entry["name"])
            for name in names:
                out.append(allowance(name, NAMED_PEOPLE_RULES, "named_people", entry["reason"]))
    return out, pseudonyms


# Courtesy and office titles before a name (also read by cited_authors).
TITLE_WORDS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "revd",
        "cllr",
        "judge",
    ]
)
# An author value is split at commas, "and", "with" ... into parts; a part is one of the
# reviewer's names when it is shaped like a name: an optional title, then one to five
# capitalised words or initials ("Dr Fiona Lennox-Boyd", "A. Reviewer"), post-nominals
# allowed. "with thanks to ..." or "the child's aunt" is no name, and allows nothing.
_AUTHOR_SPLIT = re.compile(r"\s*(?:[,;&/]|\band\b|\bwith\b)\s*", re.I)
_ONE_NAME = re.compile(
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.?\s+)?"
    r"(?:(?:[A-Z][\w'’.\-]*|van|von|de|der|da|di|du|la|le|ap|ab|bin)\s*){1,5}"
    r"(?:\s*\b(?:OBE|MBE|CBE|QC|KC|PhD|MSc|MA|BA))*"
)
# Words that are never part of the reviewer's name, even capitalised ("With Thanks To Kayleigh
# Smith", "Aunt Kayleigh Smith"): a thanked relative is not an author.
_NOT_NAME_WORDS = frozenset(
    (  # noqa: SIM905 (one word list reads better than one word a line)
        "thanks thank to the for of by from with our his her their its in on at who "
        "aunt uncle mother father mum dad sister brother cousin nan nana gran grandmother "
        "grandfather grandparent stepfather stepmother partner son daughter child family "
        "carer niece nephew friend neighbour foster"
    ).split()
)


def reviewer_names(text: str) -> list[str]:
    """The reviewer's own names in an ``author`` value: each name-shaped part, split at
    commas, 'and', 'with', '&', '/' ("A. Reviewer and B. Smith", "Jane Hill, independent
    reviewer"). Any other part allows nothing, and is checked like any published text."""
    return [p.strip() for p in _AUTHOR_SPLIT.split(text) if _is_name(p.strip())]


def _is_name(part: str) -> bool:
    if not part or not _ONE_NAME.fullmatch(part):
        return False
    words = re.findall(r"[^\W\d_]+", part.casefold())
    return not any(w in _NOT_NAME_WORDS for w in words)


def _author_allowances(author: str) -> list[Allowance]:
    """Each of the reviewer's names and its parts ("Dr Alison Meer": "Dr Meer", "Meer"),
    and a list of names as written ("R. Ashdown and N. Fairclough")."""
    names = reviewer_names(author)
    texts = [text for name in names for text in (name, *_parts(name), *_initials(name))]
    if len(names) > 1 and len(names) == len([p for p in _AUTHOR_SPLIT.split(author) if p.strip()]):
        texts.insert(0, author)
    return [
        allowance(text, AUTHOR_RULES, "author", "the reviewer, named by statute") for text in texts
    ]


def _initials(name: str) -> list[str]:
    """The reviewer's initials, as a report may be signed with them ("R. Ashdown" -> "R A",
    which allows "RA", "R.A." and "R-A" too; the person-name rule reads signed initials)."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in TITLE_WORDS]
    return [" ".join(w[0] for w in words)] if 2 <= len(words) <= 4 else []


def _parts(name: str) -> list[str]:
    """Parts of a full name an author may use alone: "Dr Alison Meer" -> "Alison", "Meer",
    "Dr Meer", "Alison Meer"."""
    words = re.findall(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", name)
    title = words[0] if words and words[0].lower().rstrip(".") in TITLE_WORDS else None
    names = [w for w in words if w.lower().rstrip(".") not in TITLE_WORDS and len(w) >= 2]
    if len(names) < 2:
        return []
    out = list(names)
    if title:
        out.extend((f"{title} {names[-1]}", " ".join(names)))
    return out


# Words that begin the body's part of a partnership's name ("Westmarch | Safeguarding
# Children Partnership", "Kelmarsh | Local Safeguarding Children Board").
_BODY_WORDS = frozenset(
    [
        "safeguarding",
        "children",
        "childrens",
        "children's",
        "adults",
        "adult",
        "child",
        "local",
        "community",
        "public",
        "partnership",
        "partnerships",
        "board",
        "boards",
        "committee",
        "panel",
        "multi-agency",
        "multiagency",
        "regional",
        "joint",
        "safer",
    ]
)


_SPLIT_NAMES = re.compile(r"\s*(?:;|&|\band\b|,)\s*")


# Words that lead into the area when the body's words come first ("Safeguarding Board for
# Northern Ireland", "Safer Sedgevale Partnership").
_AREA_LEADS = frozenset({"for", "of", "in"})


def _areas(partnership: str) -> list[str]:
    """The area a partnership is named after, and each area of a list of areas: "Bath, North
    East Somerset and South Gloucestershire Safeguarding Partnership" -> the whole list,
    "Bath", "North East Somerset", "South Gloucestershire". The body's words may come first:
    "Safer Sedgevale Partnership" -> "Sedgevale", "Safeguarding Board for Northern Ireland"
    -> "Northern Ireland"."""
    words = partnership.split()
    begin = 0
    while begin < len(words) and (
        words[begin].lower().strip(",") in _BODY_WORDS or words[begin].lower() in _AREA_LEADS
    ):
        begin += 1
    count = begin
    while count < len(words) and words[count].lower().strip(",") not in _BODY_WORDS:
        count += 1
    if count == begin:
        return []
    if begin == 0 and count == len(words):
        return []  # no body's word at all: not a partnership's name to take apart
    area = " ".join(words[begin:count]).strip(" ,")
    parts = [p.strip() for p in _SPLIT_NAMES.split(area) if p.strip()]
    return [area, *parts] if len(parts) > 1 else [area]


# Words of an area that name no particular place: a partnership declared withheld may be
# given a name made of them ("A Safeguarding Children Partnership in the North East").
_GENERIC_AREA_WORDS = word_set(
    """a an the anonymised anonymized anonymous redacted withheld unnamed local area region
    regional county city borough district town rural urban north south east west northern
    southern eastern western north-east north-west south-east south-west central england
    english wales welsh scotland scottish ireland irish uk united kingdom britain british
    and"""
)


def _withheld(partnership: str) -> list[str]:
    """The partnership's name and each area in it that names a particular place; nothing
    when no area does (a name already made anonymous)."""
    areas = [
        area
        for area in _areas(partnership)
        if any(
            len(word) >= 3 and word[:1].isupper() and word.lower() not in _GENERIC_AREA_WORDS
            for word in re.findall(r"[^\W\d_][\w'’\-]*", area)
        )
    ]
    return [" ".join(partnership.split()), *areas] if areas else []


_ACRONYM_SKIP = frozenset({"for", "of", "and", "the", "&", "in"})


def _acronym(partnership: str) -> str:
    """The partnership's initials ("Safeguarding Board for Northern Ireland" -> "SBNI"),
    when it has three words or more, all capitalised but the small joining words."""
    words = [w for w in re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", partnership)]
    kept = [w for w in words if w.lower() not in _ACRONYM_SKIP]
    if len(kept) < 3 or not all(w[:1].isupper() for w in kept):
        return ""
    return "".join(w[0] for w in kept).upper()


_PLAIN_LINE = re.compile(r"^(author|partnership):[ \t]*[\"']?(.+?)[\"']?[ \t]*$", re.M)


def fallback_allowances(front_matter: str) -> list[Allowance]:
    """The author and partnership of front matter whose YAML does not parse, read from
    plain ``key: value`` lines (validation reports the YAML error itself)."""
    out = []
    for key, value in _PLAIN_LINE.findall(front_matter):
        if key == "author":
            out.extend(_author_allowances(value))
        else:
            out.append(
                allowance(
                    value, PARTNERSHIP_RULES, "partnership", "the partnership publishing the review"
                )
            )
    return out


def _entries(value: object) -> Iterator[dict]:
    if isinstance(value, list):
        yield from (item for item in value if isinstance(item, dict))


_NEVER = re.compile(r"(?!)")


# Kept: every build makes the same allowances again (each review's ``redaction.allow`` for
# the output scan, under `serve` on each rebuild); an Allowance is immutable.
@lru_cache(maxsize=65536)
def allowance(text: str, rules: frozenset[str], kind: str, reason: str) -> Allowance:
    """An allowance matching ``text`` case-insensitively, across spaces, hyphens, possessives;
    a date in every spelling ("14 March 2022" also allows "14/03/22")."""
    from review_library.redaction.rules.datetext import normalise

    date = normalise(text) if any(c.isdigit() for c in text) or len(text) > 6 else None
    return Allowance(
        " ".join(text.split()),
        rules,
        kind,
        " ".join(reason.split()),
        text,
        date_key=date or "",
    )


@lru_cache(maxsize=4096)
def _pattern(text: str) -> re.Pattern:
    # Cached: the same pseudonyms and partnership recur in every review of a library.
    # Words are matched with or without their accents ("Siân", "Sian"); between them any
    # spaces, hyphens, apostrophes, full stops, commas, "and" or "&" ("Bath, North East
    # Somerset and South Gloucestershire" as written with "&" or on two lines).
    words = [w for w in re.findall(r"[^\W_]+", text) if w.lower() != "and"]
    if not words:
        return re.compile(rf"(?<![^\W_]){re.escape(text.strip())}(?![^\W_])", re.I)
    # A non-ASCII letter is an alternative, never inside a character class: a class holding
    # one makes the compiler build a Unicode table, and compiling these patterns cost more
    # than all the rules of a review together.
    # The entry's own separators count too, so it always matches itself as written
    # ("lilbee_07", "name @ mail . com").
    own = "".join(sorted({c for c in text if not c.isalnum() and not c.isspace()} - set("-'.,&’")))
    extra = f"|[{re.escape(own)}]" if own else ""
    gap = rf"(?:[\s\-'.,]|’|&|\band\b{extra})*"
    joined = gap.join(_accents(w) for w in words)
    return re.compile(rf"(?<![^\W_]){joined}(?:(?:'|’)s?)?(?![^\W_])", re.I)


def _accents(word: str) -> str:
    out = []
    for c in word:
        base = unicodedata.normalize("NFKD", c)[0]
        out.append(f"(?:{re.escape(c)}|{re.escape(base)})" if base != c else re.escape(c))
    return "".join(out)


# A key whose value is a block scalar ("summary: |", "notes: >-"): its lines are text, where a
# "#" is a character, not a comment.
_BLOCK_START = re.compile(r"^(\s*)(?:-\s+)?[^#\s][^#]*:\s*[|>][+-]?\d*\s*(?:#.*)?$")


def front_matter_comments(front_matter: str) -> list[tuple[int, int, str]]:
    """The YAML comments of a front matter block: (line within it, 0-based; column, 0-based;
    text from the "#"). The parser drops them, but the file is kept in the board's repository
    (often public) and its history: a name in a comment is published there."""
    found: list[tuple[int, int, str]] = []
    block_indent: int | None = None
    for number, line in enumerate(front_matter.split("\n")):
        indent = len(line) - len(line.lstrip())
        if block_indent is not None:
            if not line.strip() or indent > block_indent:
                continue
            block_indent = None
        start = _comment_start(line)
        if start is not None and line[start + 1 :].strip():
            found.append((number, start, line[start:]))
        block = _BLOCK_START.match(line[:start] if start is not None else line)
        if block:
            block_indent = len(block.group(1))
    return found


def _comment_start(line: str) -> int | None:
    """Where a YAML comment starts on a line: a "#" at its start or after white space, outside
    quotes."""
    quote = ""
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"" and (index == 0 or line[index - 1] in " \t:[{,-"):
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return index
    return None

"""Entries of a references list: cited works, not the family's people or places.

Published reports end with references ("Fordyce, H. (2011) *Child protection practice*.
Basingstoke: Palgrave Macmillan.", "Home Office (2016) *Multi-agency statutory guidance
...*. London: Home Office."). Their authors, publishers and places of publication ("NIHR
Policy Research Unit ..., King's College London", "Jessica Kingsley Publishers") are public.
An entry is a line that starts with its authors, a person's ("Surname, I.") or an
organisation's, then the year in brackets, and that carries a mark of a citation: a title in
italics or quotes, "Place: Publisher", "Available at", an ISBN or a DOI. It runs over the
lines that follow up to a blank line or the next entry. Findings of the name, institution,
street and place rules inside it are dropped.
"""

from __future__ import annotations

import re

from review_library.redaction.address_block import drop_within

# Authors, then the year: "Allnutt, R. and Sefton, K. (2014)", "Department for Education
# (2020)", "Women's Aid Federation of England (2019)"; a list marker or number may lead.
# In the Vancouver style of medical journals the authors are "Surname I" joined by commas,
# ending at a full stop: "2. Mbeki T, Grayson L. Title. Journal. 2021;71(703):e12-e19."
_AUTHOR = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+[A-Z]{1,3}"
_ENTRY_START = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+|\[?\d{1,3}[.)\]][ \t]+)?"
    # The year may be spaced or a full date: "( 2013)", "Dekker, S. (2012-10-01)."
    r"(?:[A-Z][^\n()]{1,160}?[ \t]\([ \t]?(?:19|20)\d\d(?:-\d\d-\d\d)?[a-z]?\)[.,:]?[ \t]|"
    rf"{_AUTHOR}(?:,[ \t]+{_AUTHOR}){{0,8}}(?:,?[ \t]+et[ \t]+al)?\.[ \t])",
    re.M,
)
# What makes the line a citation rather than a sentence about a year.
_CITATION_MARK = re.compile(
    r"\*[^*\n]{3,}\*|_[^_\n]{3,}_|[‘“'\"][^‘’“”'\"\n]{6,}[’”'\"]|"
    # "Place: Publisher" after the title's full stop or comma, the place with its county or
    # state: ". Basingstoke: Palgrave", ", Norwich: University of", ". Farnham, Surrey: Ashgate".
    r"[.,?!][ \t\n]+[A-Z][\w'’-]+(?:,?[ \t]+[A-Z][\w'’-]+){0,2}:[ \t]+[A-Z]|"
    r"\bAvailable (?:at|from)\b|\bISBN\b|\bdoi\b|https?://|"
    # Vancouver: "2021;71(703):e12", "2019 Mar;88:12", "London: Department for Education; 2020."
    r"\b(?:19|20)\d\d[a-z]?(?:[ \t]+[A-Z][a-z]{2}(?:[ \t]+\d{1,2})?)?;[ \t]*\d|;[ \t]*(?:19|20)\d\d\b",
)
# "Surname I, Surname I. 2012. Title": the year straight after a list of authors.
_YEAR_AFTER = re.compile(r"(?:19|20)\d\d[a-z]?\.[ \t]+[A-Z]")
_MAX_CHARS = 700

# Rules whose findings an entry may hold.
# A full date there is when the work was published or read ("(2012-10-01)", "accessed
# 19/3/2016"); the error-level date rules keep their findings.
RULES = frozenset(
    {"person-name", "named-institution", "street-address", "named-place", "full-date"}
)


# A heading over a list of cited works: "## References", "Bibliography", "Sources of national
# learning", "Further reading". Under it an entry needs no other mark of a citation.
_HEADING = re.compile(r"^#{1,6}[ \t]+[^\n]*$", re.M)
_SOURCES_HEADING = re.compile(
    r"(?i:\b(?:references|bibliography|sources|further[ \t]+reading|reading[ \t]+list|"
    r"literature|works[ \t]+cited)\b)"
)


def _under_sources_heading(text: str, headings: list[re.Match], at: int) -> bool:
    """Whether the last heading before ``at`` heads a list of cited works."""
    last = None
    for heading in headings:
        if heading.start() > at:
            break
        last = heading
    return last is not None and bool(_SOURCES_HEADING.search(last.group()))


def entries(text: str) -> list[tuple[int, int]]:
    """Spans of the text that are entries of a references list."""
    spans = []
    headings: list[re.Match] | None = None
    for match in _ENTRY_START.finditer(text):
        start = match.start()
        end = text.find("\n\n", match.end())
        end = len(text) if end == -1 else end
        # A NUL ends the piece of a joined scan (engine.VALUE_SEPARATOR): the next is another text.
        end = _piece_end(text, match.end(), end)
        following = _ENTRY_START.search(text, match.end(), end)
        if following is not None:
            end = following.start()
        end = min(end, start + _MAX_CHARS)
        # From the year's closing punctuation on: ") . Title: Subtitle" may be the mark.
        if _CITATION_MARK.search(text, match.end() - 2, end) or _YEAR_AFTER.match(
            text, match.end()
        ):
            spans.append((start, end))
            continue
        if headings is None:
            headings = list(_HEADING.finditer(text)) if "#" in text else []
        if _under_sources_heading(text, headings, start):
            spans.append((start, end))
    return spans


def _piece_end(text: str, start: int, end: int) -> int:
    nul = text.find("\x00", start, end)
    return end if nul == -1 else nul


# A reported civil case cited as an authority, with its neutral citation or law report:
# "Montgomery v Lanarkshire Health Board [2015] UKSC 11", "*Re B (Children)* [2008] UKHL 35".
# Its parties are public. A criminal case ("R v Kershaw") names a defendant, who may be the
# review's perpetrator: it is not excused.
_CASE = re.compile(
    r"(?<![\w'’])(?:(?!R[ \t]+v\b)[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|and|of|the)){0,5}"
    r"[ \t]+v[ \t]+|Re[ \t]+)[A-Z][^\[\]\n]{0,80}?[*_]*[ \t]*[\[(](?:19|20)\d\d[\])][ \t]+"
    r"(?:\d+[ \t]+)?(?:UKSC|UKHL|UKPC|UKUT|EWCA|EWHC|EWCOP|EWFC|CSIH|CSOH|NICA|NIQB|NIFam|AC|"
    r"WLR|All[ \t]+ER|FLR|QB|COPLR|Fam|BMLR|CCLR)\b"
)


def cases(text: str) -> list[tuple[int, int]]:
    """Spans of reported civil cases cited with their citation."""
    if "[" not in text and " v " not in text:
        return []
    return [(m.start(), m.end()) for m in _CASE.finditer(text)]


def drop_in_entries(hits: list, text: str) -> list:
    """The hits that do not lie in an entry of a references list or a cited case."""
    if not any(h.rule in RULES for h in hits) or (
        "(" not in text and "[" not in text and not _YEAR_AFTER.search(text)
    ):
        return hits
    return drop_within(hits, entries(text) + cases(text), RULES)

"""Authors the review cites: a name in the text that its own references list gives as an author.

A report that writes "the work of Professor Evan Stark" or "research by Sibert, Maguire and
others" in its analysis lists the work at the end ("Stark, E. (2007) *Coercive Control*.
Oxford: ..."). The entry is public and already excused (see ``reference_list``); the same
author named in the body is public too. A name is taken for the author when its surname is
an entry's author surname and its first name (if any) starts with that author's initial: a
family member who shares both with a cited author is far rarer than the citation. A title
("Mr", "Dr") before the name keeps the finding: reviews cite authors without one, or as
"Professor".
"""

from __future__ import annotations

import re

from review_library.redaction.declarations import TITLE_WORDS
from review_library.redaction.reference_list import entries

RULES = frozenset({"person-name"})

# "Surname, I." (Harvard) or "Surname I," (Vancouver), the surname one or two capitalised
# words ("Monckton Smith, J.", "Preston-Shoot, M.").
_SURNAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
_AUTHOR_RE = re.compile(
    rf"(?<![\w'’-])(?P<surname>{_SURNAME}),?[ \t]+(?P<initial>[A-Z])(?:\.|(?=[A-Z]{{0,2}}[,.]))"
)
# The authors stand before the year: "(2007)" or, in Vancouver style, the first full stop.
_YEAR_RE = re.compile(r"\([ \t]?(?:19|20)\d\d|[.][ \t]+[A-Z][a-z]")
# A title other than Professor before a cited surname may be the family's own doctor or
# officer, so those keep the finding.
_TITLES = (TITLE_WORDS - {"prof", "professor"}) | {"pc", "dc", "ds", "di", "sgt", "insp"}


def authors(text: str) -> dict[str, set[str]]:
    """Surnames (folded) of the authors in the references list, each with its initials."""
    found: dict[str, set[str]] = {}
    for start, end in entries(text):
        head = text[start:end]
        year = _YEAR_RE.search(head)
        head = head[: year.start() + 1] if year else head[:200]
        for match in _AUTHOR_RE.finditer(head):
            surname = " ".join(match.group("surname").split()).casefold()
            found.setdefault(surname, set()).add(match.group("initial"))
    return found


_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
# The word just before a name: a title there ("Dr Pennock") is the family's doctor.
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)\.?[ \t]+\Z")


def _strip(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


def _is_cited(text: str, start: int, end: int, cited: dict[str, set[str]]) -> bool:
    """Whether the name at ``text[start:end]``, read on to the end of a two-word surname, is
    a cited author: the surname alone, or a first name (and a middle name) and the surname."""
    words = [(m.start(), _strip(m.group())) for m in _WORD_RE.finditer(text, start, end + 40)]
    before = _WORD_BEFORE_RE.search(text, max(0, start - 12), start)
    if not words or any(
        w.casefold().rstrip(".") in _TITLES
        for w in (words[0][1], before.group(1) if before else "")
    ):
        return False
    for first in (0, 1, 2):  # surname alone, after a first name, after a middle name too
        if any(w[:1].islower() for _, w in words[:first]):
            return False
        for size in (1, 2):
            part = words[first : first + size]
            if len(part) < size:
                continue
            surname = " ".join(w for _, w in part).casefold()
            last_start, last_word = part[-1]
            if last_start + len(last_word) < end - 2:  # the name must cover the whole hit
                continue
            initials = cited.get(surname)
            if initials is None:
                continue
            if not first or words[0][1][:1] in initials:
                return True
    return False


def drop_cited(hits: list, text: str) -> list:
    """The hits, less person names that are authors the text's references list cites."""
    if not any(h.rule in RULES for h in hits):
        return hits
    cited = authors(text)
    if not cited:
        return hits
    return [h for h in hits if h.rule not in RULES or not _is_cited(text, h.start, h.end, cited)]

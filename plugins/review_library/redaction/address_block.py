"""The address block of a safeguarding board or partnership: public contact details, not
the family's.

Published reports end with the board's address ("Westmarch Safeguarding Children
Partnership / Civic Centre / Market Street / WM1 1AA", or the same on one line with commas).
Such a block starts with a short line naming a safeguarding board, partnership or council
and runs over the short lines that follow it, up to a blank line. Findings of the address,
place and contact rules inside it are dropped: the text is the board's, published on purpose.
"""

from __future__ import annotations

import re

# A short line that names the board: "... Safeguarding (Children|Adults) (Partnership|
# Board)", "... Regional Safeguarding Board", "... Council", "Business Unit", a community
# safety partnership or team ("Community Safety Team, Rushbrook District Council, ..."), or
# one led by "Contact:" or "Address:" ("3.2 Contact: SBNI, 12 Linenhall Court, ...").
_LABEL = r"(?:Contact(?:[ \t]+(?:us|details))?|Address|Correspondence|Write[ \t]+to)[ \t]*:[ \t]*"
_BOARD_LINE = re.compile(
    r"^[ \t>*_#-]*(?:\d+(?:\.\d+)*\.?[ \t]+)?"
    # After a label, the board's acronym and a comma ("Contact: SBNI, 12 ...").
    rf"(?:{_LABEL}[A-Z]{{2,8}}[ \t]*,[^\n]{{0,120}}$|"
    # The board's area, in capitalised words joined by "and", "&" or "of" ("Morfa and
    # Dyffryn Regional Safeguarding Board", "Bath & North East Somerset Council").
    rf"(?:{_LABEL})?(?:(?:[A-Z][\w'’.-]*|and|&|of|the|upon|on),?[ \t]+){{0,8}}"
    r"(?:Safeguarding[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:Partnership|Board|Panel)|"
    r"Community[ \t]+Safety[ \t]+(?:Partnership|Team|Unit)|"
    r"(?:Borough|County|City|District)?[ \t]*Council|Business[ \t]+Unit)\b[^\n]{0,120}$)",
    re.M,
)
# A contact line of the block: "Telephone: 0117 ...", "Email: board@...", "Web: ...".
_CONTACT_LINE = re.compile(
    r"[ \t>*_-]*(?:Tel(?:ephone)?|Phone|Fax|E-?mail|Web(?:site)?|Minicom|Text ?phone)\b"
    r"[ \t]*[:.]?",
    re.I,
)
_CUES = (
    "Safeguarding",
    "Council",
    "Business Unit",
    "Community Safety",
    "ontact",
    "ddress",
    "Correspondence",
    "Write to",
)
_MAX_LINES = 7
_MAX_LINE = 90

# Rules whose findings a board's address block may hold.
RULES = frozenset(
    {
        "street-address",
        "uk-postcode",
        "named-institution",
        "person-name",
        "phone-number",
        "email",
        "social-handle",
    }
)


def public_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the text that are a board's address block."""
    if not any(cue in text for cue in _CUES):
        return []
    blocks = []
    for match in _BOARD_LINE.finditer(text):
        start = match.start()
        end = match.end()
        lines = 0
        while lines < _MAX_LINES and end < len(text):
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt == -1 else nxt
            line = text[end + 1 : nxt]
            if not line.strip() and _CONTACT_LINE.match(text, nxt + 1):
                # "Telephone: ..." and "Email: ..." set off by a blank line still belong to
                # the block.
                end = nxt
                continue
            if (
                not line.strip()
                or len(line) > _MAX_LINE
                or (line.rstrip().endswith((".", ":")) and len(line.split()) > 8)
            ):
                break
            end = nxt
            lines += 1
        blocks.append((start, end))
    return blocks


def drop_in_blocks(hits: list, text: str) -> list:
    """The hits that do not lie in a board's address block."""
    if not any(h.rule in RULES for h in hits):
        return hits  # most texts: no block needs finding
    return drop_within(hits, public_blocks(text), RULES)


def drop_within(hits: list, spans: list[tuple[int, int]], rules: frozenset[str]) -> list:
    """The hits, less those of ``rules`` that lie inside one of ``spans``."""
    if not spans:
        return hits
    return [
        h
        for h in hits
        if h.rule not in rules or not any(s <= h.start and h.end <= e for s, e in spans)
    ]

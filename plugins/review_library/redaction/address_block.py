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
    # Scotland's and the Isle of Man's: "Glenmorrow Child Protection Committee"
    r"(?:Child|Adult|Public)[ \t]+Protection[ \t]+Committee|"
    r"(?:Borough|County|City|District)?[ \t]*Council|Business[ \t]+Unit)\b[^\n]{0,120}$)",
    re.M,
)
# A line that gives a person's role in the board, then their name: "Chair of the Safeguarding
# Partnership: Helen ...", "Independent Chair, Westmarch Safeguarding Board - ...". It names
# a board but opens no address block: a chair is named, not the board's office.
_ROLE_LINE = re.compile(
    r"[ \t>*_#-]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:(?:Independent|Interim|Deputy|Vice|Acting|Joint)"
    r"[ \t-]+)*(?:Chair(?:person|man|woman)?|Scrutineer|"
    r"Lead[ \t]+Reviewer|Reviewer|Author)\b"
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
    "Protection Committee",
    "ontact",
    "ddress",
    "Correspondence",
    "Write to",
)
_MAX_LINES = 7
_MAX_LINE = 90
_MAX_CONTACT_LINE = 200
# A line of an address set off by a blank line, as converted documents write each line of a
# block as its own paragraph: a building, a road, a postcode, a PO box.
_ADDRESS_LINE = re.compile(
    r"[ \t>*_-]*(?:[^\n]{0,40}\b(?:Hall|House|Offices?|Centre|Center|Buildings?|Chambers|"
    r"Floor|Road|Street|Square|Place|Lane|Way|Avenue|Quay|Court|Box)\b|[^\n]{0,40}\b[A-Z]{1,2}\d"
    r"[A-Z\d]?[ \t]*\d[A-Z]{2}\b)[^\n]{0,40}$"
)
_MAX_ADDRESS_LINE = 60
# The board's details given in a sentence: "For further information contact the Safeguarding
# Board for Northern Ireland, 4 Quay Street, Belfast BT1 ... Telephone ...". The details run
# to the end of the paragraph.
_CONTACT_PROSE = re.compile(
    r"\b(?:[Cc]ontact|[Ww]rite[ \t]+to|[Ww]riting[ \t]+to|[Aa]vailable[ \t]+from|"
    r"[Oo]btained[ \t]+from|[Bb]y[ \t]+post[ \t]+to)[ \t\n]+(?:the[ \t\n]+)?"
    r"(?:(?:[A-Z][\w'’-]*|and|&|of|for|the|upon|on)[ \t\n]+){0,6}"
    r"(?:Safeguarding|Board|Partnership|Council|Business[ \t\n]+Unit|Community[ \t\n]+Safety|"
    r"Committee)\b[^\n,.;]{0,60}?"
    # ... followed by its address or contact details, not by what someone else did
    r"(?:,[ \t\n]*(?=\d|PO[ \t]+Box|(?:[A-Z][\w'’-]*[ \t]+){1,4}(?:Hall|House|Offices?|Centre|"
    r"Floor|Buildings?|Chambers)\b)"
    r"|[ \t\n]+(?:at|on|by)[ \t\n]+(?=(?:telephone|phone|email|e-mail|post|\d|www\.)))"
)
_MAX_PROSE = 400

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
        if _ROLE_LINE.match(text, match.start()):
            continue
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
            if not line.strip() and _address_line(text, nxt + 1):
                end = nxt  # "Market Road" on a paragraph of its own
                continue
            if (
                not line.strip()
                # A line of contact details may give telephone, e-mail and web site at once.
                or len(line) > (_MAX_CONTACT_LINE if _CONTACT_LINE.match(line) else _MAX_LINE)
                or (line.rstrip().endswith((".", ":")) and len(line.split()) > 8)
            ):
                break
            end = nxt
            lines += 1
        blocks.append((start, end))
    for match in _CONTACT_PROSE.finditer(text):
        end = text.find("\n\n", match.end())
        end = len(text) if end == -1 else end
        blocks.append((match.start(), min(end, match.end() + _MAX_PROSE)))
    return blocks


def _address_line(text: str, start: int) -> bool:
    """Whether the line at ``start`` is a short line of an address."""
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    return end - start <= _MAX_ADDRESS_LINE and bool(_ADDRESS_LINE.match(text, start, end))


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

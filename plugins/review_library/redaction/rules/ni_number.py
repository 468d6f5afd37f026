"""Rule ``ni-number``: National Insurance numbers, in any case and grouping.

Two letters, three pairs of digits and a letter A to D: "JT 48 27 19 C", "jt482719c",
"SH-20-45-18-D", "RT.21.90.44.C"; the six digits grouped otherwise ("ME 602 184 B") with an
allocated prefix, in lower case only after "NI number" or "NINO". Upper-case numbers are reported whatever their prefix (examples such as
"QQ 12 34 56 C" are still numbers); lower- and mixed-case ones only with a prefix HMRC
allocates, so ordinary words cannot pass for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from review_library.redaction.rules import Hit, Rule
from review_library.redaction.rules.text import literal_windows, number_windows

NINO_RE = re.compile(
    r"(?<![\w-])[A-Za-z]{2}(?P<sep>[ .\-/]?)\d{2}(?P=sep)\d{2}(?P=sep)\d{2}(?P=sep)[A-Da-d](?![\w-])"
    r"|(?<![\w-])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])"
)
# The six digits grouped any other way ("ME 602 184 B", "JR 402119 A", "tm482 771c"): read
# only with a prefix HMRC allocates, and in lower case only after its label, since "on 150 000
# a year" has the same shape.
REGROUPED_RE = re.compile(
    r"(?<![\w-])[A-Za-z]{2}[ .\-/]?\d(?:[ .\-/]?\d){5}[ .\-/]?[A-Da-d](?![\w-])"
)
# With its name before it, a number missing its final letter still identifies ("YZ 45 67 12").
SHORT_RE = re.compile(r"(?<![\w-])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2}(?![\w-]| ?[A-Da-d]\b)")
LABEL = re.compile(r"(?i:\b(?:ni|nino|national insurance)\b(?: (?:no|number)\b)?[^\n\d]{0,12})$")
_NOT_FIRST = frozenset("DFIQUV")
_NOT_SECOND = frozenset("DFIOQUV")
_NOT_PREFIX = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def allocated(prefix: str) -> bool:
    """A prefix HMRC issues (the rules of the NINO format)."""
    prefix = prefix.upper()
    return (
        prefix[0] not in _NOT_FIRST and prefix[1] not in _NOT_SECOND and prefix not in _NOT_PREFIX
    )


# After its label the writer says what it is: two letters, six digits spaced any way and a
# letter, whatever the prefix or final letter ("NI number TN 9 9 1 2 0 4 M": a mistyped or
# made-up number still stands for the person's).
LABELLED_RE = re.compile(
    r"(?i:\b(?:ni|nino|national[ \t]+insurance)\b(?:[ \t]+(?:no|number)\b)?)[^\n\d]{0,12}?"
    r"(?<![\w-])(?P<n>[A-Z][ .\-/]?[A-Z](?:[ .\-/]?\d){6}(?:[ .\-/]?[A-Z])?)(?![\w-])"
)


def find(text: str) -> Iterator[Hit]:
    for match, delta in literal_windows(
        text, ("ni", "nino", "insurance"), 10, 40, whole=True, digit_after=True
    ).finditer(LABELLED_RE):
        yield RULE.hit(match.start("n") + delta, match.end("n") + delta)
    for match, delta in number_windows(text).finditer(NINO_RE):
        raw = match.group(0)
        if raw.isupper() or allocated(raw[:2]):
            yield RULE.hit(match.start() + delta, match.end() + delta)
    for match, delta in number_windows(text).finditer(REGROUPED_RE):
        raw, start = match.group(0), match.start() + delta
        if not allocated(raw[:2]):
            continue
        if raw[:2].isupper() or LABEL.search(text, max(0, start - 40), start):
            yield RULE.hit(start, match.end() + delta)
    for match, delta in number_windows(text).finditer(SHORT_RE):
        start = match.start() + delta
        if allocated(match.group(0)[:2]) and LABEL.search(text, max(0, start - 40), start):
            yield RULE.hit(start, match.end() + delta)


RULE = Rule(
    id="ni-number",
    severity="error",
    message="a National Insurance number identifies a person; remove it",
    summary="A National Insurance number",
    fix="Remove it.",
    docs="National Insurance numbers (two letters, three pairs of digits, a letter A to D) in "
    "any case, spaced, hyphenated, dotted, with slashes or unspaced, or with the digits grouped "
    'otherwise ("ME 602 184 B"); without the final letter '
    'after "NI number" or "NINO"',
    rank=40,
    find=find,
    output_scan=True,
)

"""The partnership's name where the front matter says it is withheld.

``redaction.partnership_anonymised: true`` says that naming the area would identify the
family. The library publishes the ``partnership`` field (the review's page, search, the
briefing), so that field, and every other place the review writes the name or the area it
is named after, publishes what the declaration withholds ("commissioned by the Glenmoor
Safeguarding Partnership"). The prose rules cannot know such a name is one: the front
matter says so. A partnership given an anonymous name ("A Safeguarding Children
Partnership in the North East") withholds nothing more."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from review_library.redaction.config import RedactionConfig
from review_library.redaction.findings import Finding, fingerprint, mask
from review_library.redaction.rules import named_institution
from review_library.redaction.rules.text import line_starts
from review_library.redaction.yaml_written import written_pattern

MESSAGE = (
    "the front matter says the partnership's name is withheld (partnership_anonymised), "
    "but it is written here; use 'the partnership' or 'the area' instead"
)
FIELD_MESSAGE = (
    "the front matter says the partnership's name is withheld (partnership_anonymised), but "
    "the partnership field, shown on the review's page, names the area; give a name that "
    "does not ('A Safeguarding Children Partnership in the North East')"
)


def uses_of_withheld_partnership(
    text: str, withheld: list[tuple[str, int]], path: str, config: RedactionConfig
) -> Iterator[Finding]:
    """Each place that writes a withheld name or area, the ``partnership`` field included
    (the library publishes it on the review's page, in search and in the briefing).

    The whole name is matched in any case ("the Lough Erne safeguarding panel"); an area
    alone only as written, capitalised, since an area may be an everyday word ("Bath")."""
    if not withheld:
        return
    starts = line_starts(text)
    seen: set[int] = set()
    for index, (name, line) in enumerate(withheld):
        pattern = written_pattern(name)
        if pattern is None:
            continue
        flags = re.IGNORECASE if index == 0 else 0
        bounded = re.compile(rf"(?<![\w'’\-]){pattern.pattern}(?![\w\-])", flags)
        for match in bounded.finditer(text):
            row = bisect.bisect_right(starts, match.start()) - 1
            if any(match.start() <= s < match.end() for s in seen):
                continue
            seen.add(match.start())
            yield Finding(
                file=path,
                line=row + 1,
                column=match.start() - starts[row] + 1,
                rule=named_institution.RULE.id,
                severity=config.severity(named_institution.RULE.id),
                message=FIELD_MESSAGE if row + 1 == line else MESSAGE,
                excerpt=mask(match.group()),
                fingerprint=fingerprint(match.group()),
                raw=match.group(),
            )

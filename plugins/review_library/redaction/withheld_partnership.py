"""The partnership's name where the front matter says it is withheld.

``redaction.partnership_anonymised: true`` says that naming the area would identify the
family; the ``partnership`` field still names it (for the library's own records), so every
other place the review writes that name, or the area it is named after, publishes what the
declaration withholds ("commissioned by the Lough Erne Safeguarding Panel" under a
partnership declared withheld). The prose rules cannot know such a name is one: the front
matter says so."""

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


def uses_of_withheld_partnership(
    text: str, withheld: list[tuple[str, int]], path: str, config: RedactionConfig
) -> Iterator[Finding]:
    """Each place outside the ``partnership`` field that writes a withheld name or area.

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
            if row + 1 == line or any(match.start() <= s < match.end() for s in seen):
                continue
            seen.add(match.start())
            yield Finding(
                file=path,
                line=row + 1,
                column=match.start() - starts[row] + 1,
                rule=named_institution.RULE.id,
                severity=config.severity(named_institution.RULE.id),
                message=MESSAGE,
                excerpt=mask(match.group()),
                fingerprint=fingerprint(match.group()),
                raw=match.group(),
            )

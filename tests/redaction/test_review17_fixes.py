"""Round seventeen's review of the new forms: false alarms and misses beside them, a national
day that still dates a child's event, and long hostile lines that made rules quadratic.

Every text is the project's own fiction. The hostile lines are bounded by CPU time, as the
hang guards of tests/test_hostile_input.py are: before the fixes each took 14 s to over a
minute of CPU at these sizes; now each takes under a second. (A cited author repeated, a long
heading and a long list of agencies were quadratic too and are bounded now, but their
many findings cost seconds even in linear time: no CPU bound tells the two apart.)"""

from __future__ import annotations

import time

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text


def _errors(text: str) -> list[str]:
    report = check_text(text, "review.md", config=RedactionConfig())
    return [f.rule for f in report.findings if f.severity == "error"]


def _found(text: str, identifier: str) -> bool:
    """An error on the first line covering ``identifier``'s first character."""
    report = check_text(text, "review.md", config=RedactionConfig())
    column = text.index(identifier) + 1
    return any(
        f.severity == "error" and f.line == 1 and f.column <= column < f.column + len(f.excerpt)
        for f in report.findings
    )


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        # A national day's date in a clause that tells a child's event still dates the event.
        ("When lockdown began on 23 March 2020 Child K was admitted to hospital.", "23 March 2020"),
        (
            "During the first lockdown, on 23 March 2020, Child K was admitted to hospital.",
            "23 March 2020",
        ),
        (
            "After the general election on 12 December 2019 Child K moved to a new school.",
            "12 December 2019",
        ),
        # The forms beside the review's fixes still find what they were written for.
        ("Mother said she went to the park with jayden after school.", "jayden"),
        ("Adult M, aka Spud, was known to the police.", "Spud"),
        ("Adult M, AKA Tiny, was known to the police.", "Tiny"),
        ("Adult M, a/k/a Spud, was known to the police.", "Spud"),
        ("Nurse Pendry saw Mother on the ward.", "Pendry"),
    ],
)
def test_still_found(text: str, identifier: str) -> None:
    assert _found(text, identifier), _errors(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 23 March 2020 the UK went into its first national lockdown.",
        "She asked alexa to play music at bedtime.",
        "The bedroom was furnished with ikea furniture and a new cot.",
        "He played with barbie dolls during contact.",
        "He came back with nike trainers that Mother had not bought.",
        "In the Unicorn class at nursery he was described as settled.",
        "Child K sat in the Swan room with the other toddlers.",
        "They went by Uber to the emergency department.",
        "A Nurse Colposcopist saw Mother in the clinic.",
        "HT, Chair of Governors",
    ],
)
def test_clean(text: str) -> None:
    assert _errors(text) == []


def _line(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a run of capitals", "x " + "A" * 25_000),
        ("a chain of hyphenated capitals", _line("UPN-", 50_000)),
        ("a run of digits", "1" * 50_000),
        ("capitalised words with no kind after them", _line("Ely Rangers ", 25_000)),
    ],
)
def test_a_long_hostile_line_is_read_in_linear_time(name: str, text: str) -> None:
    started = time.process_time()
    check_text(text, "review.md", config=RedactionConfig())
    used = time.process_time() - started
    assert used < 6.0, f"{name}: {used:.1f} s of CPU"

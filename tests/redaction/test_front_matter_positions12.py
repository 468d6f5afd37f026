"""Issue 12 (front matter): a finding in a quoted or escaped front matter value points at the
identifier as written, and a declared pseudonym shaped like a real full name is reported
wherever else it is written."""

from __future__ import annotations

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text

HEAD = """---
id: eastholme-2025-child-v
title: "Child V: learning about exploitation"
review_type: lcspr
subject: Child V
partnership: Eastholme Safeguarding Children Partnership
nation: england
published: 2025-05-12
themes: [child-exploitation]
author: S. Penrose
status: published
"""


def _errors(document: str) -> set[tuple[str, int, int]]:
    report = check_text(document, "review.md", config=RedactionConfig())
    return {(f.rule, f.line, f.column) for f in report.findings if f.severity == "error"}


def _where(document: str, written: str) -> tuple[int, int]:
    for number, line in enumerate(document.splitlines(), 1):
        if written in line:
            return number, line.index(written) + 1
    raise AssertionError(written)


def test_a_name_in_a_value_with_yaml_escapes_is_found_where_it_is_written() -> None:
    document = (
        HEAD
        + "pseudonyms: [Child V, Mother]\n"
        + 'summary: "Child V was exploited. The older boy, called \\"Tyrese Bamford\\" by the'
        + " others,\\\n  recruited him; Mother's partner Andr\\u00e9 Castellane knew.\"\n"
        + "learning_points:\n"
        + "  - 'Exploitation is abuse: Child V''s friend Kieran O''Halloran was seen too.'\n"
        + "---\n\nThe review considers exploitation.\n"
    )
    found = _errors(document)
    for written in ("Tyrese", "Andr\\u00e9", "Kieran"):
        assert ("person-name", *_where(document, written)) in found, written


def test_a_full_name_declared_as_a_pseudonym_is_reported_where_the_body_uses_it() -> None:
    document = (
        HEAD
        + "pseudonyms:\n  - Child V\n  - Mother\n  - Gemma Pollard\n"
        + "summary: Child V lived with Mother.\nlearning_points:\n  - Neglect is cumulative.\n"
        + "---\n\nGemma Pollard was the maternal aunt who cared for Child V at weekends.\n"
    )
    found = _errors(document)
    line = next(n for n, t in enumerate(document.splitlines(), 1) if t.startswith("Gemma"))
    assert ("person-name", line, 1) in found


def test_an_invented_single_pseudonym_used_in_the_body_is_not_reported() -> None:
    document = (
        HEAD
        + "pseudonyms: [Child V, Mother, Jade]\n"
        + "summary: Child V lived with Mother.\nlearning_points:\n  - Neglect is cumulative.\n"
        + "---\n\nJade was the older sister who looked after Child V at weekends.\n"
    )
    assert not _errors(document)

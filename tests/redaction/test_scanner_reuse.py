"""Under `mkdocs serve` each rebuild's output scanner is made from the last one (``previous``):
it must scan exactly as a scanner made afresh from the same arguments, however the edited
review changed (a checked block gone, a block another review still holds, a declaration
added or removed)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import review_library.redaction.output_scan as output_scan
from review_library.redaction.config import RedactionConfig
from tests.helpers import review_text
from tests.redaction.scan_recorder import scanned_texts

CONFIG = RedactionConfig()
PHONE = "The family was told to ring 07700 900123 about the appointments."
SHARED = "Agencies did not share what they knew about the household for months."
ALLOW = {"text": "07700 900123", "rule": "phone-number", "reason": "the service's own line"}


def _body(*paragraphs: str) -> str:
    return "## Findings\n\n" + "\n\n".join(paragraphs) + "\n"


def _write(path: Path, body: str, **meta) -> str:
    path.write_text(review_text(body, **meta), encoding="utf-8")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _library(tmp_path: Path) -> tuple[dict, Path, list[str]]:
    a, b, c = (tmp_path / f"{name}.md" for name in "abc")
    digests = [
        _write(a, _body(PHONE, SHARED)),
        _write(b, _body(SHARED)),
        _write(c, _body("Practitioners saw each missed appointment on its own.")),
    ]
    args = {
        "config": CONFIG,
        "register": None,
        "forbidden": [],
        "allowance_files": [str(a), str(b), str(c)],
    }
    return args, a, digests


def _findings(scanner: output_scan.OutputScanner, *texts: str) -> list[tuple[str, str]]:
    found = []
    for text in texts:
        scan = scanner.scan_text(text, "page.html")
        found += [(f.rule, f.excerpt) for f in scan.findings]
        found += [(s.rule, "suppressed") for s in scan.suppressions]
    return found


def _same_as_fresh(derived: output_scan.OutputScanner, args: dict, checked: list[str]) -> None:
    fresh = output_scan.OutputScanner(**args, checked=checked)
    assert derived.checked.blocks == fresh.checked.blocks
    assert [id(item) for item in derived.allowances.items] == [
        id(item) for item in fresh.allowances.items
    ]
    assert derived.allowances.origin == fresh.allowances.origin
    assert _findings(derived, PHONE, SHARED) == _findings(fresh, PHONE, SHARED)


def test_a_block_no_longer_checked_is_scanned_by_the_next_scanner(tmp_path: Path) -> None:
    """Build 1 checked review A with the phone paragraph (it passed: the scanner skips it and
    remembers the piece as clean); the edit takes the paragraph out of A, so the next
    scanner must scan it where the site still shows it (not keep build 1's verdict)."""
    args, a, digests = _library(tmp_path)
    first = output_scan.OutputScanner(**args, checked=digests)
    assert _findings(first, PHONE, SHARED) == []  # both whole checked blocks
    digests[0] = _write(a, _body(SHARED, "A closing note on the kestrel practice."))
    second = output_scan.OutputScanner(**args, checked=digests, previous=first)
    assert [rule for rule, _ in _findings(second, PHONE)] == ["phone-number"]
    _same_as_fresh(second, args, digests)


def test_a_block_another_review_still_holds_stays_checked(tmp_path: Path, monkeypatch) -> None:
    """A's edit drops the paragraph it shares with B: B was checked too, so the block is
    still one the source checks passed (the patched set keeps it)."""
    args, a, digests = _library(tmp_path)
    first = output_scan.OutputScanner(**args, checked=digests)
    shared = output_scan._digests_of(output_scan._READ[first.parts[1][0]][0])
    digests[0] = _write(a, _body(PHONE))
    second = output_scan.OutputScanner(**args, checked=digests, previous=first)
    assert set(shared) <= second.checked.blocks
    scanned = scanned_texts(monkeypatch)
    assert _findings(second, SHARED) == []
    assert SHARED not in "".join(scanned)
    _same_as_fresh(second, args, digests)


def test_a_declaration_added_or_removed_reaches_the_next_scanner(tmp_path: Path) -> None:
    """The allowance index is reused only while every allowance is the same; an allow entry
    added to A silences the number, and taking it out makes it a finding again."""
    args, a, digests = _library(tmp_path)
    body = _body(SHARED, "A closing note.")
    digests[0] = _write(a, body)
    first = output_scan.OutputScanner(**args, checked=digests)
    assert [rule for rule, _ in _findings(first, PHONE)] == ["phone-number"]
    digests[0] = _write(a, body, redaction={"allow": [ALLOW]})
    second = output_scan.OutputScanner(**args, checked=digests, previous=first)
    assert _findings(second, PHONE) == [("phone-number", "suppressed")]
    _same_as_fresh(second, args, digests)
    digests[0] = _write(a, body + "\nAnother closing note.\n")
    third = output_scan.OutputScanner(**args, checked=digests, previous=second)
    assert [rule for rule, _ in _findings(third, PHONE)] == ["phone-number"]
    _same_as_fresh(third, args, digests)


def test_an_unchanged_library_reuses_the_index_and_the_rules_results(
    tmp_path: Path, monkeypatch
) -> None:
    """What the edit cannot change is taken over: the allowance index, and the rules' results
    for pieces no checked block covered (a text the scanner met before is not scanned)."""
    args, a, digests = _library(tmp_path)
    first = output_scan.OutputScanner(**args, checked=digests)
    template = "Footer text written by a template about the 07700 900123 line."
    assert [rule for rule, _ in _findings(first, template)] == ["phone-number"]
    digests[0] = _write(a, _body(PHONE, SHARED, "A closing note on the osprey practice."))
    second = output_scan.OutputScanner(**args, checked=digests, previous=first)
    assert second.allowances is first.allowances
    scanned = scanned_texts(monkeypatch)
    assert [rule for rule, _ in _findings(second, template)] == ["phone-number"]
    assert template not in "".join(scanned)
    _same_as_fresh(second, args, digests)


def test_scan_task_lends_the_last_scanner_only_to_the_same_base(tmp_path: Path) -> None:
    """scan_task makes a build's scanner from the last one only when every argument but
    ``checked`` is the same (``base``); another base gets a scanner made afresh."""
    args, a, digests = _library(tmp_path)
    output_scan._SCANNERS.clear()
    items = [("page.html", ".txt", PHONE)]
    assert not output_scan.scan_task("t1", {**args, "checked": digests}, items, base="b")[
        0
    ].findings
    first = output_scan._SCANNERS["t1"]
    digests[0] = _write(a, _body(SHARED))
    batch = output_scan.scan_task("t2", {**args, "checked": digests}, items, base="b")
    assert [f.rule for f in batch[0].findings] == ["phone-number"]
    assert output_scan._SCANNERS["t2"].allowances is first.allowances
    output_scan.scan_task("t3", {**args, "checked": digests}, items, base="other")
    assert output_scan._SCANNERS["t3"].allowances is not first.allowances
    output_scan._SCANNERS.clear()

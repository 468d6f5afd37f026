"""Triage for authors: ``check --explain``, fingerprints, unused allow entries, date spellings."""

from __future__ import annotations

import json

import pytest
import yaml

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.findings import fingerprint
from review_library.redaction.reports import render
from tests.helpers import build_failure, review_text
from tests.redaction.test_cli import run, write


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REVIEW_LIBRARY_IDENTIFIERS", raising=False)
    monkeypatch.delenv("REVIEW_LIBRARY_REGISTER", raising=False)
    (tmp_path / "reviews").mkdir()
    return tmp_path


EVENT = "On 14 March 2022 Child A was taken to hospital.\n"


def check(body: str, allow: list[dict] | None = None, **meta):
    if allow is not None:
        meta["redaction"] = {"allow": allow}
    return check_text(review_text(body, **meta), "r.md", config=RedactionConfig())


def rules(report) -> list[str]:
    return [f.rule for f in report.findings]


def test_explain_gives_the_cue_and_a_fingerprint_entry_never_the_text(project, capsys):
    write("reviews/a.md", review_text(EVENT))
    code, out, _ = run(capsys, "check", "reviews", "--explain")
    assert code == 1
    assert "why: 'Child' later in the sentence" in out
    assert "- fingerprint: fp-" in out
    assert "14 March 2022" not in out  # not a terminal: the text is never shown


def test_pasted_fingerprint_entry_silences_the_finding(project, capsys):
    write("reviews/a.md", review_text(EVENT))
    _, out, _ = run(capsys, "check", "reviews", "--explain", "--format", "json")
    (finding,) = json.loads(out)["findings"]
    entry = {"fingerprint": finding["fingerprint"], "rule": finding["rule"], "reason": "public"}
    report = check(EVENT, [entry])
    assert rules(report) == []
    assert [s.rule for s in report.suppressions] == ["event-date"]
    # A wrong fingerprint silences nothing, and is itself reported as unused.
    wrong = check(EVENT, [{**entry, "fingerprint": "fp-0000000000000000"}])
    assert sorted(rules(wrong)) == ["event-date", "unused-allowance"]


def test_full_text_entry_only_when_asked_for_a_terminal():
    report = check(EVENT)
    terminal = render(report, "text", explain=True, full_text=True)
    assert '- text: "14 March 2022"' in terminal
    entry = yaml.safe_load(
        "\n".join(line[6:] for line in terminal.splitlines() if line.startswith("      "))
    )
    assert entry == [
        {"text": "14 March 2022", "rule": "event-date", "reason": "<why it may be published>"}
    ]
    for fmt in ("text", "json", "sarif", "junit", "github"):
        assert "14 March 2022" not in render(report, fmt, explain=True), fmt


def test_machine_formats_keep_their_contract_without_explain():
    report = check(EVENT)
    (finding,) = json.loads(render(report, "json"))["findings"]
    assert set(finding) == {"file", "line", "column", "rule", "severity", "message", "excerpt"}


@pytest.mark.parametrize(
    "spelling", ["14/03/22", "14.03.2022", "2022-03-14", "14th of March 2022", "March 14, 2022"]
)
def test_an_allowed_date_matches_every_spelling(spelling):
    body = f"On {spelling} Child A was taken to hospital.\n"
    report = check(body, [{"text": "14 March 2022", "rule": "event-date", "reason": "public"}])
    assert rules(report) == []
    assert len(report.suppressions) == 1


def test_an_allowed_date_does_not_allow_another_date():
    body = "On 15/03/22 Child A was taken to hospital.\n"
    report = check(body, [{"text": "14 March 2022", "rule": "event-date", "reason": "public"}])
    assert sorted(rules(report)) == ["event-date", "unused-allowance"]


def test_unused_allow_entry_is_a_warning_on_its_line():
    report = check(
        "Nothing to allow here.\n",
        [{"text": "Oakfield Academy", "rule": "named-institution", "reason": "closed school"}],
    )
    (finding,) = report.findings
    assert (finding.rule, finding.severity) == ("unused-allowance", "warning")
    source = review_text("x", redaction={"allow": [{"text": "Oakfield Academy"}]})
    assert "Oakfield Academy" in source.splitlines()[finding.line - 1]
    assert "Oakfield" not in finding.excerpt
    assert not report.errors


def test_used_allow_entry_is_not_reported():
    report = check(
        "Child A attended Oakfield Academy.\n",
        [{"text": "Oakfield Academy", "rule": "named-institution", "reason": "closed school"}],
    )
    assert rules(report) == []


def test_fingerprint_ignores_case_spacing_and_date_spelling():
    assert fingerprint("Oakfield  academy") == fingerprint("OAKFIELD Academy")
    assert fingerprint("14/03/22") == fingerprint("14 March 2022")
    assert fingerprint("14/03/22") != fingerprint("15/03/22")


@pytest.mark.parametrize("review_type", ["sar", "dhr"])
def test_messages_in_adult_reviews_never_speak_of_the_child(review_type):
    body = (
        "On 14 March 2022 Adult D was taken to hospital. Her date of birth, 2 June 1950, was "
        "wrong. The letter is dated 12 May 2022.\n"
    )
    report = check(body, review_type=review_type, subject="Adult D", pseudonyms=["Adult D"])
    assert {"event-date", "date-of-birth", "full-date"} <= set(rules(report))
    for finding in report.findings:
        assert "child" not in finding.message.lower(), finding.message


def test_register_message_fits_places_too():
    from review_library.redaction.rules.identifier_register import RULE

    assert "general description" in RULE.message and "pseudonym" in RULE.message


def test_a_fingerprint_entry_publishes_in_a_real_build(site, caplog):
    """The entry check --explain prints is accepted by the schema, silences the source
    check and the output scan, and a malformed one is refused with its field named."""
    site.add_review(
        body=EVENT,
        redaction={
            "allow": [{"fingerprint": "fp-0000000000000000", "rule": "event-date", "reason": "x"}]
        },
    )
    failure = build_failure(site, caplog)
    assert "event-date" in failure and "14 March 2022" not in failure
    entry = {
        "fingerprint": fingerprint("14 March 2022"),
        "rule": "event-date",
        "reason": "the date of a public inquest hearing",
    }
    site.add_review(body=EVENT, redaction={"allow": [entry]})
    html = (site.build() / "reviews" / "testshire-2024-child-a" / "index.html").read_text()
    assert "14 March 2022" in html
    site.add_review(body=EVENT, redaction={"allow": [{**entry, "fingerprint": "14 March"}]})
    failure = build_failure(site, caplog)
    assert "fingerprint" in failure and "redaction" in failure
    both = {**entry, "text": "14 March 2022"}
    site.add_review(body=EVENT, redaction={"allow": [both]})
    assert "either 'text' or 'fingerprint'" in build_failure(site, caplog)

"""Report formats: every finding and every suppression, masked excerpts, valid structures."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest

from review_library.redaction.config import RULE_IDS
from review_library.redaction.findings import Finding, Report, Suppression, mask
from review_library.redaction.reports import FORMATS, RULE_HELP, render, summary

NAME = "Kayden Morris"  # fictional


def sample() -> Report:
    return Report(
        findings=[
            Finding(
                "reviews/b.md",
                12,
                5,
                "person-name",
                "error",
                "a person's name; use the pseudonym",
                mask(NAME),
            ),
            Finding(
                "reviews/a, draft.md",
                3,
                1,
                "full-date",
                "warning",
                "a full date: give month and year",
                "1* M**** 2***",
            ),
            Finding(
                "reviews/photo.jpg",
                0,
                0,
                "asset-metadata",
                "error",
                "the EXIF Artist field names a person",
                f"EXIF Artist: {mask(NAME)}",
            ),
        ],
        suppressions=[
            Suppression(
                "reviews/b.md",
                8,
                "named-institution",
                "R******** H*******",
                "named in the published inquest, 100% public",
                "allow",
            ),
            Suppression(
                "reviews/b.md", 20, "person-name", "D** S****", "the family agreed", "named_people"
            ),
        ],
        files_checked=4,
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_lists_every_finding_and_suppression_masked(fmt):
    out = render(sample(), fmt, files=["reviews/a, draft.md", "reviews/b.md", "reviews/c.md"])
    assert "Kayden" not in out and "Morris" not in out
    for reason in ("named in the published inquest", "the family agreed"):
        assert reason in out
    for excerpt in ("K***** M*****", "R******** H*******", "D** S****"):
        assert excerpt in out
    for rule in ("person-name", "full-date", "asset-metadata", "named-institution"):
        assert rule in out
    assert out.endswith("\n")


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        render(Report(), "xml")


def test_json_shape_is_the_contract():
    data = json.loads(render(sample(), "json"))
    assert list(data) == ["findings", "files_checked", "suppressions"]
    assert data["files_checked"] == 4
    assert [set(f) for f in data["findings"]] == [
        {"file", "line", "column", "rule", "severity", "message", "excerpt"}
    ] * 3
    # Sorted by file, then line.
    assert [f["file"] for f in data["findings"]] == [
        "reviews/a, draft.md",
        "reviews/b.md",
        "reviews/photo.jpg",
    ]
    assert data["suppressions"][0] == {
        "file": "reviews/b.md",
        "line": 8,
        "rule": "named-institution",
        "text_masked": "R******** H*******",
        "reason": "named in the published inquest, 100% public",
        "kind": "allow",
    }


def test_json_of_a_clean_report():
    assert json.loads(render(Report(files_checked=2), "json")) == {
        "findings": [],
        "files_checked": 2,
        "suppressions": [],
    }


def test_text_format_locations_and_summary():
    out = render(sample(), "text").splitlines()
    assert out[0].startswith("reviews/a, draft.md:3:1: warning [full-date] ")
    assert out[1] == (
        "reviews/b.md:12:5: error [person-name] a person's name; use the pseudonym: K***** M*****"
    )
    # Asset findings have no line: the file alone.
    assert out[2].startswith("reviews/photo.jpg: error [asset-metadata] ")
    assert "  reviews/b.md:20: [person-name] D** S**** (allowed by redaction.named_people)" in (
        "\n".join(out)
    )
    assert out[-1] == "4 file(s) checked: 2 error(s), 1 warning(s), 2 suppression(s)"
    assert summary(Report()) == "0 file(s) checked: 0 error(s), 0 warning(s), 0 suppression(s)"


def test_sarif_structure():
    severities = {"full-date": "off"}
    sarif = json.loads(
        render(sample(), "sarif", severity=lambda rule: severities.get(rule, "error"))
    )
    assert sarif["version"] == "2.1.0"
    assert sarif["$schema"].endswith("sarif-2.1.0.json")
    (run,) = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "review-library"
    rules = driver["rules"]
    assert [r["id"] for r in rules] == list(RULE_IDS)
    for rule in rules:
        assert rule["help"]["text"] and rule["shortDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "none")
    by_id = {r["id"]: r for r in rules}
    assert by_id["full-date"]["defaultConfiguration"] == {"level": "none", "enabled": False}

    results = run["results"]
    assert len(results) == 5
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"]
        (location,) = result["locations"]
        assert location["physicalLocation"]["artifactLocation"]["uri"].startswith("reviews/")
    levels = {r["ruleId"]: r["level"] for r in results if "suppressions" not in r}
    assert levels == {"person-name": "error", "full-date": "warning", "asset-metadata": "error"}
    person = next(r for r in results if r["ruleId"] == "person-name" and "suppressions" not in r)
    assert person["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 12,
        "startColumn": 5,
    }
    assert person["message"]["text"].endswith("[K***** M*****]")
    # A URI reference: spaces and commas encoded, slashes kept.
    dated = next(r for r in results if r["ruleId"] == "full-date")
    assert dated["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "reviews/a%2C%20draft.md"
    )
    asset = next(r for r in results if r["ruleId"] == "asset-metadata")
    assert "region" not in asset["locations"][0]["physicalLocation"]
    suppressed = [r for r in results if "suppressions" in r]
    assert [r["suppressions"][0]["justification"] for r in suppressed] == [
        "named in the published inquest, 100% public",
        "the family agreed",
    ]
    assert all(r["suppressions"][0]["kind"] == "inSource" for r in suppressed)


def test_every_rule_has_help():
    assert set(RULE_HELP) == set(RULE_IDS)


def test_junit_cases_failures_and_skips():
    files = ["reviews/a, draft.md", "reviews/b.md", "reviews/c.md"]
    root = ElementTree.fromstring(render(sample(), "junit", files=files))
    assert root.tag == "testsuites"
    (suite,) = root
    cases = suite.findall("testcase")
    names = [c.get("name") for c in cases]
    # Every file checked (the clean one passes), the asset, then one case per suppression.
    assert names[:4] == [*files, "reviews/photo.jpg"]
    assert suite.get("tests") == "6" == root.get("tests")
    assert suite.get("failures") == "2"
    assert suite.get("skipped") == "2"
    by_name = {c.get("name"): c for c in cases}
    assert by_name["reviews/c.md"].find("failure") is None
    # A warning alone does not fail its file; it is shown in the output.
    draft = by_name["reviews/a, draft.md"]
    assert draft.find("failure") is None
    assert "[full-date]" in draft.find("system-out").text
    failure = by_name["reviews/b.md"].find("failure")
    assert failure.get("message") == "1 possible identifier(s)"
    assert "reviews/b.md:12:5: error [person-name]" in failure.text
    skipped = [c.find("skipped").get("message") for c in cases[4:]]
    assert skipped[0].startswith("suppressed by redaction.allow: R******** H*******")


def test_junit_survives_control_characters():
    report = Report(
        findings=[Finding("a.md", 1, 1, "html-comment", "error", "comment\x0b here", "<!--\x01")],
        files_checked=1,
    )
    root = ElementTree.fromstring(render(report, "junit"))
    assert "\ufffd" in root.find("testsuite/testcase/failure").text


def test_github_annotations_are_escaped():
    report = Report(
        findings=[
            Finding("dir,x/a:b.md", 4, 2, "email", "error", "50% sure\nsecond line", "k****"),
            Finding("img.png", 0, 0, "asset-metadata", "warning", "GPS", "EXIF GPSInfo"),
        ],
        suppressions=[Suppression("a.md", 7, "person-name", "D** S****", "agreed", "named_people")],
        files_checked=2,
    )
    lines = render(report, "github").splitlines()
    assert lines[0] == (
        "::error file=dir%2Cx/a%3Ab.md,line=4,col=2,title=email::50%25 sure%0Asecond line [k****]"
    )
    assert lines[1] == "::warning file=img.png,title=asset-metadata::GPS [EXIF GPSInfo]"
    assert lines[2] == (
        "::notice file=a.md,line=7,title=suppressed person-name::"
        "D** S**** allowed by redaction.named_people. Reason: agreed"
    )
    assert lines[3].startswith("2 file(s) checked")

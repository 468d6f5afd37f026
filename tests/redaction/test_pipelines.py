"""The pipeline examples boards copy: the pre-commit hook and the documented CI workflows."""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path

import pytest
import yaml

from review_library.cli import build_parser
from review_library.redaction.config import RULE_IDS

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "site_src" / "about" / "redaction-checks.md"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(language: str) -> list[str]:
    text = PAGE.read_text(encoding="utf-8")
    return [body for lang, body in FENCE.findall(text) if lang == language]


def commands(text: str) -> list[list[str]]:
    """``review-library ...`` command lines in a shell or YAML text, as argv lists."""
    found = []
    for line in text.splitlines():
        line = line.strip().removeprefix("- ").strip()
        if line.startswith("review-library ") and "..." not in line:
            line = line.split(" < ")[0].split(" #")[0]
            found.append(shlex.split(line)[1:])
    return found


def test_pre_commit_hook():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "review-library-check"
    assert hook["language"] == "python"
    program, command = hook["entry"].split()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert program in scripts
    assert command == "check"
    files = re.compile(hook["files"])
    for name in ("reviews/a.md", "reviews/img/Photo.JPG", "x.pdf", "a.markdown", "b.tiff", "c.svg"):
        assert files.search(name), name
    for name in ("mkdocs.yml", "plugins/x.py", "reviews/notes.txt", "a.md.bak"):
        assert not files.search(name), name


def test_every_documented_command_line_parses():
    parser = build_parser()
    found = [argv for lang in ("sh", "yaml") for body in blocks(lang) for argv in commands(body)]
    assert len(found) >= 5
    for argv in found:
        parser.parse_args(argv)  # SystemExit (a test error) if the docs drift from the CLI


def test_github_workflow_uploads_sarif_and_blocks_deployment():
    (workflow,) = [doc for doc in map(yaml.safe_load, blocks("yaml")) if "jobs" in doc]
    jobs = workflow["jobs"]
    check = jobs["redaction-check"]
    assert check["permissions"]["security-events"] == "write"
    runs = "\n".join(step.get("run", "") for step in check["steps"])
    (argv,) = [a for a in commands(runs) if a[0] == "check"]
    args = build_parser().parse_args(argv)
    assert args.format == "sarif"
    (upload,) = [s for s in check["steps"] if "upload-sarif" in s.get("uses", "")]
    assert upload["with"]["sarif_file"] == str(args.output)
    assert "always()" in upload["if"]  # findings are uploaded when the check fails
    deploy = next(job for name, job in jobs.items() if name != "redaction-check")
    needs = deploy["needs"]
    assert "redaction-check" in ([needs] if isinstance(needs, str) else needs)
    assert any("deploy-pages" in s.get("uses", "") for s in deploy["steps"])


def test_github_workflow_keeps_a_reusable_cache_in_both_jobs():
    """The cache is restored before the checks run, with a register whose results it can reuse."""
    (workflow,) = [doc for doc in map(yaml.safe_load, blocks("yaml")) if "jobs" in doc]
    for name, job in workflow["jobs"].items():
        steps = job["steps"]
        checking = [
            i
            for i, s in enumerate(steps)
            if re.search(r"review-library check|mkdocs build", s.get("run", ""))
        ]
        (cache,) = [i for i, s in enumerate(steps) if "actions/cache" in s.get("uses", "")]
        assert checking and cache < checking[0], name
        assert steps[cache]["with"]["path"] == ".cache/plugin/review-library"
        run = steps[checking[0]]["run"]
        # A plain register is salted afresh at each load, so the cache would never be reused.
        assert "REVIEW_LIBRARY_REGISTER=" in run and "REVIEW_LIBRARY_IDENTIFIERS" not in run, name


def test_junit_example_publishes_the_report_it_writes():
    (gitlab,) = [doc for doc in map(yaml.safe_load, blocks("yaml")) if "redaction-check" in doc]
    job = gitlab["redaction-check"]
    (argv,) = [a for a in commands("\n".join(job["script"])) if a[0] == "check"]
    args = build_parser().parse_args(argv)
    assert args.format == "junit"
    assert job["artifacts"]["reports"]["junit"] == str(args.output)
    assert job["artifacts"]["when"] == "always"


def test_documented_json_report_matches_the_contract():
    (example,) = [json.loads(b) for b in blocks("json") if '"findings"' in b]
    assert list(example) == ["findings", "files_checked", "suppressions"]
    for finding in example["findings"]:
        assert set(finding) == {"file", "line", "column", "rule", "severity", "message", "excerpt"}
        assert finding["rule"] in RULE_IDS
    for suppression in example["suppressions"]:
        assert set(suppression) == {"file", "line", "rule", "text_masked", "reason", "kind"}


@pytest.mark.parametrize("heading", ["## On the command line", "## In your pipeline"])
def test_page_has_the_cli_and_pipeline_sections(heading):
    assert heading in PAGE.read_text(encoding="utf-8").splitlines()

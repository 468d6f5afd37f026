"""`review-library new`, `validate` and `schema`: the authoring commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from review_library.cli import main
from tests.helpers import ROOT, review_text


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    (tmp_path / "reviews").mkdir()
    (tmp_path / "site_src").mkdir()
    (tmp_path / "site_src" / "taxonomy.yml").write_text(
        (ROOT / "site_src" / "taxonomy.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_new_scaffolds_a_review_that_validates(project: Path, capsys):
    assert main(["new", "testshire-2025-child-r"]) == 0
    created = project / "reviews" / "testshire-2025-child-r.md"
    text = created.read_text(encoding="utf-8")
    for field in (
        "id:",
        "review_type:",
        "pseudonyms:",
        "embargo_until:",
        "redaction:",
        "briefing:",
    ):
        assert field in text
    assert "status: draft" in text
    # Until its placeholders are replaced, the template is refused (it would publish them).
    capsys.readouterr()
    assert main(["validate", str(created)]) == 1
    err = capsys.readouterr().err
    assert (
        "partnership: 'Name of the Safeguarding Partnership' is the template's placeholder" in err
    )
    assert "the report has only the template's headings" in err
    assert "id:" not in err and "published:" not in err  # every real value is valid


def test_new_refuses_a_bad_id_and_an_existing_file(project: Path, capsys):
    assert main(["new", "Child R"]) == 2
    assert "'Child R' is not a valid id" in capsys.readouterr().err
    assert main(["new", "testshire-2025-child-r"]) == 0
    assert main(["new", "testshire-2025-child-r"]) == 2
    assert "already exists" in capsys.readouterr().err


def test_validate_reports_every_problem_and_exits_1(project: Path, capsys):
    (project / "reviews" / "good.md").write_text(review_text(), encoding="utf-8")
    (project / "reviews" / "bad.md").write_text(
        review_text(id="other-id", themes=["neglet"]), encoding="utf-8"
    )
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert "reviews/bad.md:" in err and "unknown theme 'neglet', did you mean 'neglect'?" in err
    assert "2 file(s) validated, 1 with errors" in err


def test_validate_duplicate_ids(project: Path, capsys):
    (project / "reviews" / "a.md").write_text(review_text(), encoding="utf-8")
    (project / "reviews" / "b.md").write_text(review_text(), encoding="utf-8")
    assert main(["validate", "reviews"]) == 1
    assert (
        "reviews/b.md:2: id: 'testshire-2024-child-a' is already used by reviews/a.md"
        in capsys.readouterr().err
    )


def test_validate_missing_path_is_a_usage_error(project: Path, capsys):
    assert main(["validate", "nope"]) == 2
    assert "no such file or folder: nope" in capsys.readouterr().err


def test_schema_is_json_schema_listing_fields(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["additionalProperties"] is False
    assert {"id", "title", "themes", "learning_points"} <= set(schema["required"])


def test_python_dash_m_entry_point(project: Path):
    result = subprocess.run(
        [sys.executable, "-m", "review_library", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("review-library ")


@pytest.mark.parametrize("argv", [["validate"], ["validate", "reviews/kayden-morris-2024.md"]])
def test_validate_masks_a_file_named_after_a_person(project: Path, capsys, argv):
    """A problem's location is the file's path: a review saved under a child's name must not
    be echoed in full by validate, any more than by check (CI logs are often public)."""
    (project / "reviews" / "kayden-morris-2024.md").write_text(
        review_text(themes=["neglet"]), encoding="utf-8"
    )
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "unknown theme 'neglet'" in err
    assert "reviews/k" + "*" * len("ayden-morris-2024.md") + ":" in err
    assert "kayden" not in err.lower() and "morris" not in err.lower()

"""``review-library check`` and ``register``: exit codes, report shapes, bad input, masking.

Every identifier here is fictional; NHS numbers get a valid checksum computed in the test.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PIL import Image
from stdnum.gb import nhs

from review_library.cli import main
from review_library.redaction import cli as redaction_cli
from review_library.redaction import engine
from tests.helpers import review_text

PLANTED = ("Kayden", "Morris", "Larch", "4QT", "kayden.morris")


def valid_nhs_number(stem: str = "943476591") -> str:
    """Ten digits with a correct NHS checksum (the test never uses a real patient's)."""
    for digit in "0123456789":
        if nhs.is_valid(stem + digit):
            return stem + digit
    raise AssertionError("no check digit")  # pragma: no cover


LEAKY_BODY = """\
## Background

Child A lived with Kayden Morris at 14 Larch Close, NX1 4QT.
His NHS number was {nhs}.
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REVIEW_LIBRARY_IDENTIFIERS", raising=False)
    monkeypatch.delenv("REVIEW_LIBRARY_REGISTER", raising=False)
    (tmp_path / "reviews").mkdir()
    return tmp_path


def write(path: str, text: str) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_no_identifier(*texts: str) -> None:
    for text in texts:
        for planted in PLANTED:
            # In any case: a file named 'kayden-morris.md' leaks the name in lower case.
            assert planted.lower() not in text.lower(), f"{planted!r} leaked into output"
        assert "Traceback" not in text


MASKED_NAME = "reviews/k" + "*" * len("aydenmorris-2023.md")
"""How every report shows 'reviews/kaydenmorris-2023.md', a path that is itself a finding."""


def leaky_review(path: str = "reviews/leaky.md") -> Path:
    return write(path, review_text(LEAKY_BODY.format(nhs=valid_nhs_number())))


# -- exit codes and formats ----------------------------------------------------------------


def test_clean_review_exits_0(project, capsys):
    write("reviews/clean.md", review_text())
    code, out, err = run(capsys, "check", "reviews", "--format", "json")
    assert code == 0
    assert json.loads(out) == {"findings": [], "files_checked": 1, "suppressions": []}
    assert "1 file(s) checked: 0 error(s)" in err


def test_the_example_library_passes(capsys):
    root = Path(__file__).resolve().parents[2]
    code, out, _ = run(capsys, "check", str(root / "reviews"))
    assert code == 0, out
    assert " 0 error(s)" in out


def test_findings_exit_1_with_json_contract(project, capsys):
    leaky_review()
    write("reviews/clean.md", review_text())
    code, out, err = run(capsys, "check", "reviews", "--format", "json")
    assert code == 1
    data = json.loads(out)  # stdout is nothing but the JSON document
    assert data["files_checked"] == 2
    rules = {f["rule"] for f in data["findings"]}
    assert {"uk-postcode", "nhs-number", "street-address"} <= rules
    for finding in data["findings"]:
        assert set(finding) == {"file", "line", "column", "rule", "severity", "message", "excerpt"}
        assert finding["file"] == "reviews/leaky.md"
    # Lines count from the top of the file, front matter included.
    lines = Path("reviews/leaky.md").read_text().splitlines()
    postcode = next(f for f in data["findings"] if f["rule"] == "uk-postcode")
    assert "NX1 4QT" in lines[postcode["line"] - 1]
    assert lines[postcode["line"] - 1].index("NX1") == postcode["column"] - 1
    assert postcode["excerpt"] == "N** 4**"
    assert_no_identifier(out, err)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github"])
def test_no_format_shows_a_planted_identifier(project, capsys, fmt):
    leaky_review()
    write("ids.yml", "identifiers:\n  - Kayden Morris\n  - kayden.morris@example.org\n")
    write(
        "reviews/kayden-morris-notes.md",  # its path, on every line about it, names him
        review_text(
            "Mail went to kayden.morris@example.org; <!-- ask Kayden -->\n"
            "[notes](files/Kayden-Morris.pdf)\n"
        ),
    )
    code, out, err = run(capsys, "check", "reviews", "--identifiers", "ids.yml", "--format", fmt)
    assert code == 1
    assert out.strip()
    assert_no_identifier(out, err)


def test_warning_only_exits_0(project, capsys):
    write("reviews/dated.md", review_text("The leaflet is dated 14 March 2022.\n"))
    write("strict.yml", "rules:\n  full-date: error\n")
    code, out, _ = run(capsys, "check", "reviews")
    assert code == 0
    assert "warning [full-date]" in out
    code, out, _ = run(capsys, "check", "reviews", "--config", "strict.yml")
    assert code == 1
    assert "error [full-date]" in out


def test_config_can_turn_rules_off(project, capsys):
    leaky_review()
    off = "\n".join(
        f"  {rule}: off" for rule in ("uk-postcode", "street-address", "nhs-number", "person-name")
    )
    write("off.yml", f"rules:\n{off}\n")
    code, out, _ = run(capsys, "check", "reviews", "--config", "off.yml", "--format", "json")
    assert json.loads(out)["findings"] == []
    assert code == 0


def test_sarif_on_stdout_is_clean(project, capsys):
    leaky_review()
    code, out, err = run(capsys, "check", "reviews/leaky.md", "--format", "sarif")
    assert code == 1
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert results and all(r["level"] == "error" for r in results)
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {
        "reviews/leaky.md"
    }
    assert "file(s) checked" in err


def test_junit_output(project, capsys):
    leaky_review()
    write("reviews/clean.md", review_text())
    code, out, _ = run(capsys, "check", "reviews", "--format", "junit")
    assert code == 1
    suite = ElementTree.fromstring(out).find("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert set(cases) == {"reviews/clean.md", "reviews/leaky.md"}
    assert cases["reviews/clean.md"].find("failure") is None
    assert cases["reviews/leaky.md"].find("failure") is not None


def test_github_annotations(project, capsys):
    leaky_review()
    code, out, _ = run(capsys, "check", "reviews", "--format", "github")
    assert code == 1
    assert out.startswith("::error file=reviews/leaky.md,line=")


def test_suppressions_are_listed(project, capsys):
    text = review_text(
        "Child A was born at Larchford General Hospital.\n",
        redaction={
            "allow": [
                {
                    "text": "Larchford General Hospital",
                    "rule": "named-institution",
                    "reason": "the only maternity unit in the county; named in the inquest",
                }
            ]
        },
    )
    write("reviews/allowed.md", text)
    code, out, _ = run(capsys, "check", "reviews", "--format", "json")
    data = json.loads(out)
    assert code == 0, data
    (suppression,) = data["suppressions"]
    assert suppression["rule"] == "named-institution"
    assert suppression["reason"].startswith("the only maternity unit")
    assert "Larchford" not in suppression["text_masked"]
    code, out, _ = run(capsys, "check", "reviews")
    assert "allowed by redaction.allow" in out


def test_output_file(project, capsys):
    leaky_review()
    code, out, err = run(capsys, "check", "reviews", "--format", "sarif", "--output", "r.sarif")
    assert code == 1
    assert out == ""
    assert json.loads(Path("r.sarif").read_text())["runs"][0]["results"]
    assert "file(s) checked" in err
    assert [p.name for p in Path().iterdir() if p.name.startswith(".r.sarif")] == []


def test_assets_next_to_reviews_are_checked(project, capsys):
    write("reviews/clean.md", review_text())
    exif = Image.Exif()
    exif[0x013B] = "Kayden Morris"
    Image.new("RGB", (4, 4)).save("reviews/photo.jpg", exif=exif)
    code, out, err = run(capsys, "check", "reviews", "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["files_checked"] == 2
    (finding,) = data["findings"]
    assert finding["file"] == "reviews/photo.jpg"
    assert finding["rule"] == "asset-metadata"
    assert finding["excerpt"] == "EXIF Artist: K***** M*****"
    assert_no_identifier(out, err)


@pytest.mark.parametrize(
    "argv", [("reviews",), ("reviews/kaydenmorris-2023.md",), (".",), ("reviews", "reviews/sub")]
)
def test_file_names_are_checked_as_a_build_checks_them(project, capsys, argv):
    """A review's file name is its URL: check refuses a name in it, as the build does, once,
    however the file is reached; a place-shaped name ('valeshire') is no person's."""
    write("reviews/kaydenmorris-2023.md", review_text())
    write("reviews/sub/valeshire-2023-adult-d.md", review_text())
    code, out, err = run(capsys, "check", *argv, "--format", "json")
    findings = json.loads(out)["findings"]
    assert code == 1
    assert [(f["file"], f["rule"]) for f in findings] == [(MASKED_NAME, "link-target")]
    assert_no_identifier(out, err)


def test_files_given_one_by_one_are_named_in_one_pass_a_folder(project, capsys, monkeypatch):
    """'check reviews/*.md' gives every review by itself: their names are read in one pass
    over the folder, not one a file (which walked the whole folder once a review)."""
    from review_library.redaction import site_sources

    calls: list[int] = []
    real = site_sources.check_file_names

    def counted(folder, root, config, register, only=None):
        calls.append(len(only or ()))
        return real(folder, root, config, register, only)

    monkeypatch.setattr(site_sources, "check_file_names", counted)
    files = [f"reviews/clean-{n}.md" for n in range(3)] + ["reviews/kaydenmorris-2023.md"]
    for file in files:
        write(file, review_text())
    code, out, _ = run(capsys, "check", *files, "--format", "json")
    assert code == 1 and calls == [4]
    assert [f["file"] for f in json.loads(out)["findings"]] == [MASKED_NAME]


def test_crlf_and_bom_keep_line_numbers(project, capsys):
    text = review_text(LEAKY_BODY.format(nhs=valid_nhs_number()))
    Path("reviews/windows.md").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    code, out, _ = run(capsys, "check", "reviews", "--format", "json")
    assert code == 1
    postcode = next(f for f in json.loads(out)["findings"] if f["rule"] == "uk-postcode")
    assert "NX1 4QT" in text.splitlines()[postcode["line"] - 1]


def test_invalid_front_matter_is_still_checked(project, capsys):
    write("reviews/draft.md", "---\ntitle: [unclosed\nsummary: lived at NX1 4QT\n---\nBody\n")
    code, out, _ = run(capsys, "check", "reviews", "--format", "json")
    assert code == 1
    assert {(f["rule"], f["line"]) for f in json.loads(out)["findings"]} >= {("uk-postcode", 3)}


# -- bad input: exit 2, a clear message, no traceback, no report -----------------------------


def assert_usage_error(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert message in err
    assert out == ""
    assert_no_identifier(out, err)


def test_missing_path(project, capsys):
    assert_usage_error(capsys, ["check", "nowhere"], "no such file or folder: nowhere")


def test_no_path_at_all(project, capsys):
    assert_usage_error(capsys, ["check"], "the following arguments are required: PATH")


def test_unknown_format(project, capsys):
    assert_usage_error(capsys, ["check", "reviews", "--format", "xml"], "invalid choice: 'xml'")


# -- a file that cannot be read: an error finding for it, exit 1, the run goes on ------------


def assert_unreadable_finding(capsys, file: str, message: str) -> None:
    """The file is an `unreadable-file` error finding and the other files are still checked."""
    write("reviews/leaky.md", review_text("Kayden Morris\n"))
    code, out, err = run(capsys, "check", "reviews", "--format", "json")
    assert code == 1, err
    findings = json.loads(out)["findings"]
    unreadable = [f for f in findings if f["rule"] == "unreadable-file"]
    assert [f["file"] for f in unreadable] == [file]
    assert message in unreadable[0]["message"] and unreadable[0]["severity"] == "error"
    assert any(f["file"] == "reviews/leaky.md" and f["rule"] == "person-name" for f in findings)
    assert_no_identifier(out, err)


def test_binary_file(project, capsys):
    Path("reviews/image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert_unreadable_finding(capsys, "reviews/image.md", "this is a binary file")


def test_non_utf8_file(project, capsys):
    Path("reviews/latin1.md").write_bytes(review_text("Café Kayden").encode("latin-1"))
    assert_unreadable_finding(capsys, "reviews/latin1.md", "not valid UTF-8")


def test_dangling_link(project, capsys):
    Path("reviews/gone.md").symlink_to(Path("reviews/does-not-exist.md").absolute())
    assert_unreadable_finding(capsys, "reviews/gone.md", "is a symbolic link")


def test_unreadable_asset(project, capsys):
    Path("reviews/scan.pdf").write_bytes(b"%PDF-1.4 truncated")
    assert_unreadable_finding(capsys, "reviews/scan.pdf", "cannot read this PDF")


def test_unreadable_file_in_text_report(project, capsys):
    Path("reviews/image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    code, out, _ = run(capsys, "check", "reviews")
    assert code == 1
    assert "reviews/image.md:1:1: error [unreadable-file] this file could not be checked" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("identifiers: [unclosed\n", "not valid YAML"),
        ("- just a list\n", "expected a YAML mapping with 'identifiers:'"),
        ("identifiers:\n  - ok\n  - [1, 2]\n", "identifier 2 is not a text"),
    ],
)
def test_malformed_plain_register(project, capsys, content, message):
    write("reviews/clean.md", review_text())
    write("ids.yml", content)
    assert_usage_error(
        capsys,
        ["check", "reviews", "--identifiers", "ids.yml"],
        f"identifier register: ids.yml: {message}",
    )


def test_missing_register_file(project, capsys):
    assert_usage_error(
        capsys,
        ["check", "reviews", "--identifiers", "nope.yml"],
        "cannot read the register nope.yml",
    )


def test_malformed_hashed_register(project, capsys):
    write("reg.json", '{"format": "something else"}')
    assert_usage_error(
        capsys, ["check", "reviews", "--register", "reg.json"], "not a hashed register"
    )


def test_register_from_environment_must_exist(project, capsys, monkeypatch):
    monkeypatch.setenv("REVIEW_LIBRARY_IDENTIFIERS", "missing.yml")
    assert_usage_error(capsys, ["check", "reviews"], "REVIEW_LIBRARY_IDENTIFIERS names missing.yml")


def test_register_from_environment_is_used(project, capsys, monkeypatch):
    write("reviews/r.md", review_text("Zeb's bike was left outside.\n"))
    write("private.yml", "identifiers: [Zeb]\n")
    monkeypatch.setenv("REVIEW_LIBRARY_IDENTIFIERS", str(project / "private.yml"))
    code, out, _ = run(capsys, "check", "reviews", "--format", "json")
    assert code == 1
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["identifier-register"]


def test_unknown_rule_in_config(project, capsys):
    write("c.yml", "rules:\n  uk-postcodes: off\n")
    assert_usage_error(
        capsys, ["check", "reviews", "--config", "c.yml"], "did you mean 'uk-postcode'?"
    )


def test_config_not_yaml(project, capsys):
    write("c.yml", "rules: [\n")
    assert_usage_error(capsys, ["check", "reviews", "--config", "c.yml"], "is not valid YAML")


def test_unwritable_output(project, capsys):
    write("reviews/clean.md", review_text())
    assert_usage_error(
        capsys,
        ["check", "reviews", "--output", "no/such/dir/report.json"],
        "cannot write the report to no/such/dir/report.json",
    )


def test_internal_error_shows_no_text_and_no_traceback(project, capsys, monkeypatch):
    write("reviews/r.md", review_text())

    def broken(*args, **kwargs):
        raise ValueError("cannot handle 'Kayden Morris'")

    monkeypatch.setattr(engine, "check_text", broken)
    assert_usage_error(capsys, ["check", "reviews"], "internal error in the redaction checks")


def test_empty_folder_warns(project, capsys):
    code, _, err = run(capsys, "check", "reviews")
    assert code == 0
    assert "no Markdown files, images or PDFs under reviews" in err


# -- progress -----------------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_bar_only_on_a_terminal_and_for_many_files():
    many = redaction_cli.PROGRESS_MIN_FILES
    terminal = FakeTerminal(tty=True)
    bar = redaction_cli.Progress(many, terminal)
    for done in range(1, many + 1):
        bar.update(done)
    bar.close()
    assert f"{many}/{many} files" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r")
    for stream, total in ((FakeTerminal(tty=False), many), (FakeTerminal(tty=True), many - 1)):
        quiet = redaction_cli.Progress(total, stream)
        quiet.update(total)
        quiet.close()
        assert stream.getvalue() == ""


def test_many_files_keep_json_stdout_clean(project, capsys):
    for number in range(redaction_cli.PROGRESS_MIN_FILES + 5):
        write(f"reviews/r{number:02d}.md", review_text())
    code, out, _ = run(capsys, "check", "reviews", "--format", "json")
    assert code == 0
    assert json.loads(out)["files_checked"] == redaction_cli.PROGRESS_MIN_FILES + 5


# -- register -----------------------------------------------------------------------------


def test_register_add_and_check(project, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Kayden Morris\n\n14 Larch Close\n"))
    code, out, err = run(capsys, "register", "add", "--register", "case.json")
    assert code == 0
    assert "added 2 identifier(s) to case.json" in err
    stored = Path("case.json").read_text()
    assert_no_identifier(stored.replace("\n", " "), out, err)
    for word in ("kayden", "larch", "14 larch"):
        assert word not in stored.lower()

    code, _, _ = run(capsys, "register", "add", "--register", "case.json", "Zeb")
    assert code == 0
    salt = json.loads(stored)["salt"]
    assert json.loads(Path("case.json").read_text())["salt"] == salt

    leaky_review()
    write("reviews/zeb.md", review_text("Zeb's school reported concerns.\n"))
    code, out, err = run(capsys, "check", "reviews", "--register", "case.json", "--format", "json")
    assert code == 1
    register_hits = {
        (f["file"], f["excerpt"])
        for f in json.loads(out)["findings"]
        if f["rule"] == "identifier-register"
    }
    # "Zeb's", masked; the file is named after him too, so its path is masked as well
    assert ("reviews/z*****", "Z****") in register_hits
    assert ("reviews/leaky.md", "K***** M*****") in register_hits

    code, out, _ = run(capsys, "register", "check", "--register", "case.json", "Zeb", "Ada Lane")
    assert code == 1
    assert out.splitlines() == ["identifier 1: found", "identifier 2: NOT in the register"]
    code, out, _ = run(capsys, "register", "check", "--register", "case.json", "kayden morris")
    assert code == 0


def test_register_add_bad_input(project, capsys, monkeypatch):
    assert_usage_error(
        capsys, ["register", "add", "--register", "r.json", "!?"], "identifier 1 has no letters"
    )
    write("plain.yml", "identifiers: [Zeb]\n")
    assert_usage_error(
        capsys, ["register", "add", "--register", "plain.yml", "Zeb"], "not a hashed register"
    )
    assert Path("plain.yml").read_text() == "identifiers: [Zeb]\n"
    monkeypatch.setattr("sys.stdin", io.StringIO("\n  \n"))
    assert_usage_error(capsys, ["register", "add", "--register", "r.json"], "no identifiers given")
    assert not Path("r.json").exists()
    assert_usage_error(
        capsys, ["register", "add", "--register", "missing/r.json", "Zeb"], "cannot write"
    )


def test_check_refuses_what_the_build_never_publishes(project, capsys):
    """Hidden files and folders, office documents and unknown types in a review's folder
    fail `check` as they fail the build (a hidden photo was skipped by `check` before)."""
    write("reviews/testshire-2024-child-a.md", review_text())
    folder = Path("reviews/testshire-2024-child-a")
    write(str(folder / ".thumbs" / "notes.txt"), "hidden")
    write(str(folder / "minutes.docx"), "PK")
    write(str(folder / "bundle.zip"), "PK")
    write(str(folder / "chart.csv"), "month,contacts\nMarch,3\n")
    code, out, _ = run(capsys, "check", "reviews")
    assert code == 1
    assert ".thumbs/notes.txt:1:1: error [unreadable-file]" in out
    assert "hidden files and folders are never published" in out
    assert "minutes.docx:1:1: error [unreadable-file]" in out and "export it to PDF" in out
    assert "bundle.zip:1:1: error [unreadable-file]" in out
    assert "chart.csv" not in out

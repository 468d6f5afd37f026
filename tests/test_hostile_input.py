"""Hostile and broken input (issue 11): each case is refused with a clear error naming the
file and line, in `validate` and in a real `mkdocs build`, and nothing is published."""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest

from review_library.cli import main
from tests.helpers import BASE_BODY, SiteFixture, build_failure, review_text


def _validate(capsys, *paths: str) -> tuple[int, str]:
    code = main(["validate", "--taxonomy", "site_src/taxonomy.yml", *paths])
    return code, capsys.readouterr().err


# -- dates: a number is never a date (item 3) ---------------------------------------------
@pytest.mark.parametrize("value", [20991231, 2099, "20991231", 0, "tomorrow", 1.5])
def test_embargo_written_as_a_number_is_refused(site: SiteFixture, capsys, caplog, value):
    site.add_review(embargo_until=value)
    code, err = _validate(capsys, "reviews")
    assert code == 1
    assert "reviews/testshire-2024-child-a.md:" in err
    assert "embargo_until" in err and "is not a valid date and time" in err
    message = build_failure(site, caplog)
    assert "embargo_until" in message and "2024-03-14T09:00:00Z" in message
    assert not (site.site_dir / "reviews" / "testshire-2024-child-a").exists()
    assert not (site.site_dir / "catalogue.json").exists()


@pytest.mark.parametrize("value", [0, 20240314, "20240314", "14/03/2024", "2024-03-14T09:00:00Z"])
def test_published_written_as_a_number_is_refused(site: SiteFixture, capsys, value):
    site.add_review(published=value)
    code, err = _validate(capsys, "reviews")
    assert code == 1
    assert "published: " in err and "is not a valid date; write it as YYYY-MM-DD" in err


@pytest.mark.parametrize(
    "field",
    [
        {"withdrawal": {"date": 20240101, "reason": "At the family's request."}},
        {
            "recommendations": [
                {"id": "R1", "text": "Follow up missed appointments.", "updated": 1700000000}
            ]
        },
    ],
)
def test_other_dates_written_as_numbers_are_refused(site: SiteFixture, capsys, field):
    extra = {"status": "withdrawn"} if "withdrawal" in field else {}
    site.add_review(**field, **extra)
    code, err = _validate(capsys, "reviews")
    assert code == 1 and "is not a valid date; write it as YYYY-MM-DD" in err


def test_embargo_as_a_future_date_or_timestamp_is_kept_back(site: SiteFixture, monkeypatch):
    monkeypatch.setenv("REVIEW_LIBRARY_NOW", "2025-01-01T00:00:00Z")
    site.add_review(embargo_until="2099-12-31")
    site.add_review(
        name="b", id="testshire-2024-child-b", embargo_until="2025-01-01T00:30:00+01:00"
    )
    site.add_review(name="c", id="testshire-2024-child-c", embargo_until="2024-12-31 23:00")
    out = site.build()
    catalogue = (out / "catalogue.json").read_text(encoding="utf-8")
    assert "testshire-2024-child-a" not in catalogue
    assert "testshire-2024-child-b" in catalogue  # 23:30 UTC on 31 December: passed
    assert "testshire-2024-child-c" in catalogue
    assert not (out / "reviews" / "testshire-2024-child-a").exists()


def test_review_text_helper_writes_numbers_as_numbers():
    # The tests above rely on this: an int in the helper is a YAML number, not a string.
    assert "embargo_until: 20991231\n" in review_text(embargo_until=20991231)


# -- helpers for files and processes ------------------------------------------------------
def with_front_matter(extra: str, **overrides) -> str:
    """A valid review with ``extra`` YAML lines added at the top of its front matter."""
    return "---\n" + extra + review_text(**overrides)[4:]


def run_command(cwd: Path, *argv: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``review-library`` or ``mkdocs`` in a process of its own: a hang is a failure."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    module = "mkdocs" if argv[0] == "mkdocs" else "review_library"
    args = argv[1:] if argv[0] == "mkdocs" else argv
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def cpu_seconds() -> float:
    """CPU used so far by this process and its finished children.

    The hang guard counts CPU, not wall time: on a loaded machine (CI shares its cores) a
    correct run can take minutes of wall time, while a runaway parse burns CPU either way;
    a hang that sleeps is caught by ``run_command``'s timeout.
    """
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def assert_clean_failure(result: subprocess.CompletedProcess, *needles: str) -> None:
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    for needle in needles:
        assert needle in output, output


# -- YAML: every hostile feature is a clear, fast error naming file and line (item 7) -----
BOMB = "".join(
    [
        "a0: &a0 [x, x, x, x, x, x, x, x, x]\n",
        *(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 9)),
    ]
)

HOSTILE_YAML = {
    "merge key": ("base: &b {x: 1}\nredaction:\n  <<: *b\n", 4, "merge keys ('<<')"),
    "unknown tag": ("content_note: !foo bar\n", 2, "the YAML tag '!foo' is not allowed"),
    "python name": (
        "content_note: !!python/name:os.system ''\n",
        2,
        "the YAML tag '!!python/name:os.system' is not allowed",
    ),
    "binary": ("content_note: !!binary aGVsbG8=\n", 2, "the YAML tag '!!binary' is not allowed"),
    "bad timestamp": (
        "embargo_until: !!timestamp 2024-02-30\n",
        2,
        "the YAML tag '!!timestamp' is not allowed",
    ),
    "tag on a mapping": (
        "briefing: !foo {why_it_matters: Why it matters.}\n",
        2,
        "the YAML tag '!foo' is not allowed",
    ),
    "recursive alias": ("faq: &loop [*loop]\n", 2, "recursive alias"),
    "undefined alias": ("content_note: *nowhere\n", 2, "refers to no anchor"),
    "deep nesting": ("faq: " + "[" * 5000 + "]" * 5000 + "\n", 2, "nested more than 20 levels"),
    "alias bomb": (BOMB, 6, "once its YAML aliases are expanded"),
    "null key": ("null: something\n", 2, "a field name is missing before ':'"),
    "list as key": ("? [a, b]\n: value\n", 2, "a field name must be plain text"),
    "escaped control character": (
        'content_note: "red \\e[31m text"\n',
        2,
        "control character U+001B",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_YAML))
def test_hostile_yaml_is_a_clear_error_in_validate_check_and_build(site, caplog, case):
    extra, line, message = HOSTILE_YAML[case]
    site.write("reviews/r.md", with_front_matter(extra))
    started = cpu_seconds()
    validated = run_command(site.root, "validate", "--taxonomy", "site_src/taxonomy.yml")
    assert validated.returncode == 1
    assert_clean_failure(validated, f"reviews/r.md:{line}:", message)
    checked = run_command(site.root, "check", "reviews")
    assert checked.returncode in (0, 1)
    assert_clean_failure(checked)
    logged = build_failure(site, caplog)
    assert f"reviews/r.md:{line}:" in logged and message in logged
    assert cpu_seconds() - started < 30
    assert not (site.site_dir / "reviews").exists()


def test_control_characters_in_the_text_are_refused(site, capsys, caplog):
    body = BASE_BODY + "\nA line with an escape \x1b[31m here.\n" + "x" * 9000 + "\nnul\x00 byte\n"
    site.write("reviews/r.md", review_text(body, title="Child A\x07: a bell"))
    code, err = _validate(capsys, "reviews")
    assert code == 1
    text = review_text(body)
    escape_line = text.split("\n").index("A line with an escape \x1b[31m here.") + 1
    assert f"reviews/r.md:{escape_line}: control character U+001B" in err
    assert "control character U+0000" in err
    assert "title: contains the control character U+0007" in err
    logged = build_failure(site, caplog)
    assert "U+001B" in logged and "reviews/r.md" in logged
    assert not (site.site_dir / "feed.xml").exists()


# -- files: links, pipes, devices, unreadable folders (items 6, 8, 12) ---------------------
def test_symlinks_are_never_followed(site, caplog):
    site.add_review()
    folder = site.root / "reviews" / "testshire-2024-child-a"
    folder.mkdir()
    (folder / "notes.txt").symlink_to("/etc/passwd")
    (folder / "environ.txt").symlink_to("/proc/self/environ")
    outside = site.root.parent / f"{site.root.name}-outside"
    outside.mkdir()
    (outside / "other.md").write_text(review_text(id="testshire-2024-child-b"), encoding="utf-8")
    (site.root / "reviews" / "linked.md").symlink_to(outside / "other.md")
    (site.root / "reviews" / "folder").symlink_to(outside, target_is_directory=True)
    validated = run_command(site.root, "validate", "--taxonomy", "site_src/taxonomy.yml")
    assert validated.returncode == 1
    for name in (
        "testshire-2024-child-a/notes.txt",
        "testshire-2024-child-a/environ.txt",
        "linked.md",
        "folder",
    ):
        assert_clean_failure(validated, f"reviews/{name}: is a symbolic link")
    checked = run_command(site.root, "check", "reviews", "--format", "json")
    assert checked.returncode == 1
    unreadable = {
        f["file"] for f in json.loads(checked.stdout)["findings"] if f["rule"] == "unreadable-file"
    }
    assert unreadable == {
        "reviews/testshire-2024-child-a/notes.txt",
        "reviews/testshire-2024-child-a/environ.txt",
        "reviews/linked.md",
        "reviews/folder",
    }
    logged = build_failure(site, caplog)
    assert "is a symbolic link" in logged
    published = (
        [p for p in site.site_dir.rglob("*") if p.is_file()] if site.site_dir.exists() else []
    )
    assert not any("root:" in p.read_text(errors="replace") for p in published)
    assert not (site.site_dir / "reviews" / "testshire-2024-child-b").exists()


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "loop"])
def test_pipes_devices_and_link_loops_are_refused_without_hanging(site, kind):
    site.add_review()
    target = site.root / "reviews" / "x.md"
    if kind == "fifo":
        os.mkfifo(target)
        expected = "is a named pipe (FIFO), not a regular file"
    elif kind == "dev-zero":
        target.symlink_to("/dev/zero")
        expected = "is a symbolic link"
    else:
        target.symlink_to(site.root / "reviews" / "x.md")
        expected = "is a symbolic link"
    site.write_config()
    for argv in (
        ("validate", "--taxonomy", "site_src/taxonomy.yml"),
        ("check", "reviews"),
        ("mkdocs", "build"),
    ):
        result = run_command(site.root, *argv, timeout=90)
        assert result.returncode != 0, argv
        where = "reviews/x.md:1:1: error [unreadable-file] this file could not be checked: "
        assert_clean_failure(
            result, f"{where if argv[0] == 'check' else 'reviews/x.md: '}{expected}"
        )
    assert not (site.site_dir / "reviews").exists()


def test_fifo_named_as_an_attachment_is_refused(site):
    site.add_review()
    folder = site.root / "reviews" / "testshire-2024-child-a"
    folder.mkdir()
    os.mkfifo(folder / "chart.svg")
    site.write_config()
    result = run_command(site.root, "mkdocs", "build", timeout=90)
    assert result.returncode != 0
    assert_clean_failure(result, "reviews/testshire-2024-child-a/chart.svg: is a named pipe")


def test_oversized_review_is_refused_before_it_is_read(site, capsys):
    from review_library.safefiles import MAX_MARKDOWN_BYTES

    site.write("reviews/big.md", review_text(BASE_BODY + "word " * (MAX_MARKDOWN_BYTES // 5)))
    code, err = _validate(capsys, "reviews")
    assert code == 1 and "reviews/big.md: is larger than 2 MB" in err


@pytest.fixture
def unreadable_folder(site, monkeypatch):
    """reviews/locked/ with mode 000. Root reads any folder, so for root the kernel's
    permission check is applied by hand: scandir of a mode-000 folder fails as it would."""
    site.add_review()
    locked = site.root / "reviews" / "locked"
    locked.mkdir()
    (locked / "hidden.md").write_text(review_text(id="testshire-2024-child-z"), encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        real = os.scandir

        def scandir(path="."):
            if os.stat(path).st_mode & 0o777 == 0:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    yield locked
    locked.chmod(0o755)


def test_unreadable_folder_is_a_clear_error(site, capsys, caplog, unreadable_folder):
    code, err = _validate(capsys, "reviews")
    assert code == 2
    assert "cannot read the folder reviews/locked: Permission denied" in err
    assert main(["check", "reviews"]) == 2
    assert "cannot read the folder reviews/locked" in capsys.readouterr().err
    logged = build_failure(site, caplog)
    assert "reviews/locked" in logged and "Permission denied" in logged and "None" not in logged
    assert not (site.site_dir / "reviews").exists()


def test_one_rule_for_review_files_upper_case_md(site, capsys):
    site.write("reviews/upper.MD", review_text(themes=["neglet"]))
    code, err = _validate(capsys, "reviews")
    assert code == 1 and "reviews/upper.MD:" in err and "unknown theme 'neglet'" in err
    site.write("reviews/upper.MD", review_text())
    # In a review's folder too, an upper-case .MD file is a review, not an attachment.
    site.write("reviews/testshire-2024-child-a/second.MD", review_text(id="testshire-2024-child-b"))
    out = site.build()
    assert (out / "reviews" / "testshire-2024-child-a" / "index.html").exists()
    assert (out / "reviews" / "testshire-2024-child-b" / "index.html").exists()
    assert not (out / "reviews" / "testshire-2024-child-a" / "second.MD").exists()
    code, err = _validate(capsys, "reviews")
    assert code == 0 and "2 file(s) validated, 0 with errors" in err


def test_every_data_output_parses_with_awkward_text(site):
    awkward = "Child A & B: <x-evil> ]]> \"quotes\", 'apostrophes', emoji 🙂, \u202eRTL"
    site.add_review(title=awkward, summary=f"Summary: {awkward}.", subject="Child A")
    out = site.build()
    feed = ElementTree.fromstring((out / "feed.xml").read_bytes())
    assert awkward in "".join(feed.itertext())
    ElementTree.fromstring((out / "sitemap.xml").read_bytes())
    catalogue = json.loads((out / "catalogue.json").read_text(encoding="utf-8"))
    assert catalogue["reviews"][0]["title"] == awkward
    rows = list(csv.DictReader(io.StringIO((out / "catalogue.csv").read_text(encoding="utf-8"))))
    assert rows[0]["title"] == awkward
    for page in out.rglob("*.html"):
        assert "<x-evil>" not in page.read_text(encoding="utf-8"), page


# -- messages (item 11) --------------------------------------------------------------------
def test_a_dash_line_inside_the_front_matter_is_named(site, capsys):
    text = review_text()
    text = text.replace("learning_points:", "---\nlearning_points:", 1)
    site.write("reviews/r.md", text)
    fence = text.split("\n").index("---", 1) + 1
    code, err = _validate(capsys, "reviews")
    assert code == 1
    assert f"reviews/r.md:{fence}: this '---' line ends the front matter" in err
    assert "(learning_points, recommendations, status)" in err
    assert "required field 'learning_points' is missing" not in err


def test_messages_say_how_to_fix(site, capsys):
    long_id = "a" * 5000
    site.write("reviews/a.md", review_text(title=""))
    site.write("reviews/b.md", review_text(id=long_id))
    site.write("reviews/c.md", review_text(id="café-2024"))
    site.write("reviews/d.md", review_text(themes=["x" * 5000]))
    code, err = _validate(capsys, "reviews")
    assert code == 1
    assert "reviews/a.md:3: title: is empty; write the text" in err
    assert "String should have at least 1 character" not in err
    assert f"'{'a' * 60}... (5,000 characters)' is not a valid id" in err
    assert "for example 'a" in err and long_id not in err
    assert "'café-2024' is not a valid id" in err and "for example 'cafe-2024'" in err
    assert "unknown theme 'xxxx" in err and "x" * 100 not in err


def test_stale_page_of_a_dirty_build_is_named(site):
    site.add_review()
    site.build()
    site.add_review(status="draft")
    result = run_command(site.root, "mkdocs", "build", "--dirty", timeout=120)
    assert result.returncode == 1
    assert_clean_failure(
        result, "site/reviews/testshire-2024-child-a/index.html:", "build without --dirty"
    )


# -- every schema problem in one run (item 13, validate) -----------------------------------
def test_validate_reports_every_problem_of_a_file_at_once(site, capsys):
    text = review_text(
        BASE_BODY + "\nBorn on 3 March 2019.\x1b\n",
        published="2024-13-01",
        themes=["neglet", "was-not-brought"],
        status="publish",
        partnership="Name of the Safeguarding Partnership",
    )
    site.write("reviews/r.md", text)
    code, err = _validate(capsys, "reviews")
    assert code == 1
    for expected in (
        "published: '2024-13-01' is not a valid date",
        "themes[0]: unknown theme 'neglet', did you mean 'neglect'?",
        "status: 'publish' is not a status",
        "partnership: 'Name of the Safeguarding Partnership' is the template's placeholder",
        "control character U+001B",
    ):
        assert expected in err, expected


# -- the blank template (item 14) -----------------------------------------------------------
def test_the_blank_template_is_refused(site, caplog, capsys):
    assert main(["new", "testshire-2025-child-r"]) == 0
    path = site.root / "reviews" / "testshire-2025-child-r.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("status: draft", "status: published"),
        encoding="utf-8",
    )
    code, err = _validate(capsys, "reviews")
    assert code == 1 and "placeholder" in err
    logged = build_failure(site, caplog)
    assert "'Name of the Safeguarding Partnership' is the template's placeholder text" in logged
    assert not (site.site_dir / "index.html").exists()


def test_long_field_names_are_cut_in_messages(site, capsys):
    key = "k" * 1000  # YAML allows implicit keys up to 1,024 characters
    site.write("reviews/a.md", with_front_matter(f"{key}: 1\n"))
    site.write("reviews/b.md", with_front_matter(f"{key}: 1\n{key}: 2\n"))
    code, err = _validate(capsys, "reviews")
    assert code == 1 and key not in err
    assert "reviews/a.md:2: " in err and "unknown field 'kkkk" in err
    assert "reviews/b.md:3: " in err and "appears twice" in err


def test_a_build_reports_every_unreadable_file_at_once(site, caplog):
    site.add_review()
    (site.root / "reviews" / "notes.md").symlink_to("/etc/passwd")
    (site.root / "reviews" / "latin1.md").write_bytes("Café\n".encode("latin-1"))
    folder = site.root / "reviews" / "testshire-2024-child-a"
    folder.mkdir()
    (folder / "chart.svg").symlink_to("/etc/hostname")
    logged = build_failure(site, caplog)
    for name in (
        "reviews/notes.md",
        "reviews/latin1.md",
        "reviews/testshire-2024-child-a/chart.svg",
    ):
        assert f"{name}:1:1: unreadable-file (error)" in logged, name
    assert "root:" not in logged


def test_new_never_writes_through_a_link(site, capsys):
    elsewhere = site.root.parent / f"{site.root.name}-target.md"
    (site.root / "reviews" / "testshire-2025-child-r.md").symlink_to(elsewhere)
    assert main(["new", "testshire-2025-child-r"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert not elsewhere.exists()


def test_a_file_name_with_a_control_character_is_refused_and_shown_escaped(site, capsys):
    site.add_review()
    site.write("reviews/evil\nreviews: fake.md", review_text(id="testshire-2024-child-e"))
    code, err = _validate(capsys, "reviews")
    assert code == 1
    assert (
        "reviews/evil\\x0areviews: fake.md: its name contains the control character U+000A" in err
    )
    assert "\nreviews: fake.md" not in err
    assert main(["check", "reviews"]) == 1
    out = capsys.readouterr().out
    assert "evil\\x0areviews" in out and "unreadable-file" in out and "\nreviews: fake" not in out

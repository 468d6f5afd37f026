"""Every command in the README and in messages works as written after the quick start.

The quick start makes `.venv` and never activates it, so a bare `review-library` is not on the
PATH: the README writes `.venv/bin/review-library`, and messages name the script that is
running, as it can be typed in the current folder.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from review_library import commands
from tests.helpers import ROOT

# Programs a fresh Debian machine has before the quick start, or that the quick start makes.
SYSTEM = {"python3", "bash", "sudo", "npm", "cd"}
BLOCK = re.compile(r"```(?:bash|sh)\n(.*?)```", re.S)


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    lines = []
    for block in BLOCK.findall(text):
        joined = block.replace("\\\n", " ")
        for line in joined.splitlines():
            line = line.split(" #", 1)[0].strip()
            if line and not line.startswith("#"):
                lines.extend(part.strip() for part in line.split("&&"))
    return lines


def _program(command: str) -> str:
    words = shlex.split(command)
    while words and re.fullmatch(r"[A-Z_][A-Z0-9_]*=\S*", words[0]):
        words.pop(0)  # environment assignments
    return words[0]


def test_readme_commands_run_as_written_after_the_quick_start() -> None:
    found = _readme_commands()
    assert any("review-library check" in c for c in found)
    venv_bin = Path(sys.executable).parent
    for command in found:
        program = _program(command)
        assert program in SYSTEM or program.startswith(".venv/bin/"), command
        if program.startswith(".venv/bin/"):
            # The quick start's `pip install -e .` (or `.[test]`) installs it.
            assert (venv_bin / program.removeprefix(".venv/bin/")).exists(), command


def test_message_commands_are_typed_as_the_script_that_runs(tmp_path, monkeypatch) -> None:
    venv = tmp_path / "project" / ".venv" / "bin"
    venv.mkdir(parents=True)
    (venv / "python").symlink_to(sys.executable)
    (venv / "review-library").write_text("#!/bin/sh\n", encoding="utf-8")
    (venv / "review-library").chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(venv / "python"))
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    monkeypatch.chdir(tmp_path / "project")
    assert commands.command("check", "reviews") == ".venv/bin/review-library check reviews"
    # Activated (the PATH finds this very script): the bare name.
    monkeypatch.setenv("PATH", f"{venv}:/usr/bin:/bin")
    assert commands.command("schema") == "review-library schema"
    # Run from elsewhere: the full path.
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert commands.command("new", "ID") == f"{venv / 'review-library'} new ID"


@pytest.mark.parametrize("words", [["check", "reviews"], ["schema"], ["new", "ID"]])
def test_the_command_in_a_message_runs(tmp_path, words: list[str]) -> None:
    """What a message says to type is a command that exists and runs (here: --help)."""
    typed = shlex.split(commands.command(*words))
    result = subprocess.run(
        [*typed[: len(typed) - len(words)], words[0], "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr

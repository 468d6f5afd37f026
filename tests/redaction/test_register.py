"""The identifier register: matching that survives how reports are written, and a hashed
form that stores no identifier in plain text."""

from __future__ import annotations

import json

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.register import Register, RegisterError

IDENTIFIERS = ["Zeb Harrow", "Marla Quennell", "Blackthorn Rise", "Tansy", "Smith-Jones"]


@pytest.fixture
def register() -> Register:
    return Register.from_identifiers(IDENTIFIERS)


def matched(register: Register, text: str) -> list[str]:
    return [text[s:e] for s, e in register.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zeb Harrow moved away.", "Zeb Harrow"),
        ("ZEB HARROW moved away.", "ZEB HARROW"),
        ("zeb harrow moved away.", "zeb harrow"),
        ("Zeb's school changed.", "Zeb's"),
        ("Letters to Marla\nQuennell came back.", "Marla\nQuennell"),
        ("Letters to Marla   Quennell came back.", "Marla   Quennell"),
        ("Ms Quen-\nnell later moved.", "Quen-\nnell"),
        ("The flat on Blackthorn-Rise was damp.", "Blackthorn-Rise"),
        ("Tansy’s friends visited.", "Tansy’s"),
        ("The Smith Jones family.", "Smith Jones"),
        ("The Smith-Jones family.", "Smith-Jones"),
        ("| Marla | Quennell |", "Marla | Quennell"),
        ("Harrow's friends visited.", "Harrow's"),
        ('<a id="MarlaQuennell"></a>', "MarlaQuennell"),
        ("photo-ZebHarrow-2.jpg", "ZebHarrow"),
    ],
)
def test_matching_survives_formatting(register: Register, text: str, expected: str) -> None:
    assert expected in matched(register, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zebedee visited.",
        "The harrowing account.",
        "Blackthorne was a place.",
        "Tansyville",
        "McHarrowgate",
    ],
)
def test_no_partial_word_matches(register: Register, text: str) -> None:
    assert matched(register, text) == []


def test_generic_words_of_an_identifier_are_not_registered_alone(register: Register) -> None:
    assert matched(register, "They lived on a Rise in the town.") == []


def test_hashed_register_stores_no_plain_text(tmp_path) -> None:
    path = tmp_path / "register.json"
    register = Register.new()
    for text in IDENTIFIERS:
        register.add(text)
    register.save(path)
    raw = path.read_text(encoding="utf-8").casefold()
    for text in IDENTIFIERS:
        for word in text.replace("-", " ").split():
            assert word.casefold() not in raw
    loaded = Register.load_hashed(path)
    assert matched(loaded, "We met Zeb's mother, Marla Quennell.") == ["Zeb's", "Marla Quennell"]


def test_adding_twice_stores_nothing_new(tmp_path) -> None:
    register = Register.new()
    assert register.add("Zeb Harrow") > 0
    assert register.add("zeb  HARROW") == 0


def test_plain_register_file(tmp_path) -> None:
    path = tmp_path / "ids.yml"
    path.write_text("identifiers:\n  - Zeb Harrow\n  - text: Tansy\n", encoding="utf-8")
    register = Register.load_plain(path)
    assert matched(register, "Tansy met Zeb.") == ["Tansy", "Zeb"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("identifiers: [unclosed\n", "not valid YAML"),
        ("names: [Zeb]\n", "identifiers:"),
        ("identifiers:\n  - [nested]\n", "not a text"),
        ("identifiers:\n  - '!!!'\n", "no letters or digits"),
    ],
)
def test_malformed_plain_register(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "ids.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegisterError, match=message):
        Register.load_plain(path)


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"format": "something-else"}),
        json.dumps({"format": "review-library/hashed-register", "version": 1, "salt": "zz"}),
        json.dumps(
            {
                "format": "review-library/hashed-register",
                "version": 1,
                "salt": "00" * 16,
                "ngram_sizes": [1],
                "entries": ["not-a-hash"],
            }
        ),
    ],
)
def test_malformed_hashed_register(tmp_path, content: str) -> None:
    path = tmp_path / "register.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegisterError):
        Register.load_hashed(path)


def test_missing_register_file(tmp_path) -> None:
    with pytest.raises(RegisterError, match="cannot read"):
        Register.load_plain(tmp_path / "missing.yml")


def test_environment_variable(tmp_path) -> None:
    path = tmp_path / "ids.yml"
    path.write_text("identifiers: [Zeb Harrow]\n", encoding="utf-8")
    register = Register.from_environment({"REVIEW_LIBRARY_IDENTIFIERS": str(path)})
    assert register is not None and matched(register, "Zeb came.") == ["Zeb"]
    assert Register.from_environment({}) is None
    with pytest.raises(RegisterError, match="not a file"):
        Register.from_environment({"REVIEW_LIBRARY_IDENTIFIERS": str(tmp_path / "typo.yml")})


def test_merged_registers_match_both(tmp_path) -> None:
    merged = Register.from_identifiers(["Zeb"]).merged(Register.from_identifiers(["Tansy"]))
    assert matched(merged, "Zeb and Tansy") == ["Zeb", "Tansy"]


def test_register_finding_is_masked_and_not_silenced_by_a_pseudonym(register: Register) -> None:
    text = "---\npseudonyms: [Zeb]\n---\nZeb's school changed.\n"
    report = check_text(text, "r.md", config=RedactionConfig(), register=register)
    found = [f for f in report.findings if f.rule == "identifier-register"]
    declared = [f for f in found if f.line == 2]  # the register wins over the declaration
    (finding,) = [f for f in found if f.line != 2]
    assert len(declared) == 1
    assert (finding.line, finding.column) == (4, 1)
    assert "Zeb" not in finding.excerpt and finding.excerpt.startswith("Z")

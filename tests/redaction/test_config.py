"""Rule configuration: severities per rule, from a dict or a YAML file, with clear errors."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RULE_IDS, ConfigError, RedactionConfig


def test_defaults_cover_every_rule() -> None:
    config = RedactionConfig.default()
    assert {config.severity(r) for r in RULE_IDS} <= {"error", "warning"}
    assert config.severity("full-date") == "warning"
    assert config.severity("person-name") == "error"


def test_from_dict_flat_and_nested() -> None:
    assert RedactionConfig.from_dict({"email": "off"}).enabled("email") is False
    nested = RedactionConfig.from_dict({"rules": {"email": "Warning"}})
    assert nested.severity("email") == "warning"


def test_unknown_rule_names_the_nearest() -> None:
    with pytest.raises(ConfigError, match=r"unknown rule id 'person-names'.*'person-name'"):
        RedactionConfig.from_dict({"person-names": "off"})


def test_bad_severity() -> None:
    with pytest.raises(ConfigError, match="error, warning, off"):
        RedactionConfig.from_dict({"email": "loud"})


def test_from_file(tmp_path) -> None:
    path = tmp_path / "checks.yml"
    path.write_text("rules:\n  full-date: error\n  social-handle: off\n", encoding="utf-8")
    config = RedactionConfig.from_file(path)
    assert config.severity("full-date") == "error"
    assert not config.enabled("social-handle")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("rules: [a\n", "not valid YAML"),
        ("rules:\n  nope: off\n", "unknown rule id"),
        ("- 1\n", "mapping"),
    ],
)
def test_bad_files(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "checks.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        RedactionConfig.from_file(path)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        RedactionConfig.from_file(tmp_path / "none.yml")

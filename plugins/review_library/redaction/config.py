"""Which redaction rules run and how serious each finding is (error, warning or off)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from review_library.redaction.rules import registry

SEVERITY_LEVELS = ("error", "warning", "off")

# Every rule id with its default severity, from the rule modules (rules/__init__.py).
# Ids are a public contract (configs, SARIF rule ids, CI annotations): never rename one.
DEFAULT_SEVERITIES: dict[str, str] = {rule.id: rule.severity for rule in registry()}

RULE_IDS: tuple[str, ...] = tuple(DEFAULT_SEVERITIES)


class ConfigError(Exception):
    """A redaction configuration that cannot be used (unknown rule, bad severity, bad file)."""


@dataclass(frozen=True)
class RedactionConfig:
    """Severity per rule id; rules set to ``off`` do not run."""

    severities: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_SEVERITIES))

    @classmethod
    def default(cls) -> RedactionConfig:
        return cls()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> RedactionConfig:
        """Build from ``{rule-id: severity}``, or ``{"rules": {rule-id: severity}}``.

        Unknown rule ids and severities raise ConfigError naming the nearest valid value:
        a typo that silently kept a rule on (or off) would mislead the board.
        """
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise ConfigError(
                "the redaction configuration must be a mapping of rule id to severity"
            )
        if set(data) == {"rules"} or ("rules" in data and isinstance(data.get("rules"), Mapping)):
            extra = sorted(set(data) - {"rules"})
            if extra:
                raise ConfigError(
                    f"unknown key(s) {', '.join(map(repr, extra))}; the file takes only 'rules'"
                )
            data = data["rules"] or {}
        severities = dict(DEFAULT_SEVERITIES)
        for rule, severity in data.items():
            rule_id = str(rule)
            if rule_id not in DEFAULT_SEVERITIES:
                raise ConfigError(f"unknown rule id '{rule_id}'{_suggest(rule_id, RULE_IDS)}")
            level = str(severity).strip().lower() if severity is not None else ""
            if severity is False:
                level = "off"
            if level not in SEVERITY_LEVELS:
                raise ConfigError(
                    f"rule '{rule_id}': severity must be one of error, warning, off "
                    f"(got {severity!r})"
                )
            severities[rule_id] = level
        return cls(severities=severities)

    @classmethod
    def from_file(cls, path: Path) -> RedactionConfig:
        """Load a YAML file (``rules: {rule-id: severity}``); raises ConfigError."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise ConfigError(f"cannot read {path} ({error.strerror})") from None
        except UnicodeDecodeError:
            raise ConfigError(f"{path} is not a UTF-8 text file") from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" line {mark.line + 1}" if mark else ""
            raise ConfigError(f"{path}:{where} is not valid YAML") from None
        try:
            return cls.from_dict(data or {})
        except ConfigError as error:
            raise ConfigError(f"{path}: {error}") from None

    def severity(self, rule: str) -> str:
        """``error``, ``warning`` or ``off`` for a rule id."""
        return self.severities.get(rule, DEFAULT_SEVERITIES.get(rule, "error"))

    def enabled(self, rule: str) -> bool:
        return self.severity(rule) != "off"


def _suggest(word: str, choices: tuple[str, ...]) -> str:
    import difflib

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{close[0]}'?"
    return f"; valid ids: {', '.join(choices)}"

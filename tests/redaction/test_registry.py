"""The rule registry: every consumer discovers rules from the rule modules alone."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from review_library.redaction.config import DEFAULT_SEVERITIES, RedactionConfig
from review_library.redaction.engine import TEXT_RULES
from review_library.redaction.output_scan import HIGH_CONFIDENCE_RULES
from review_library.redaction.reports import RULE_HELP, sarif_rules
from review_library.redaction.rule_table import PLACEHOLDER, rule_table
from review_library.redaction.rules import registry

ROOT = Path(__file__).resolve().parents[2]


def test_every_consumer_lists_exactly_the_registered_rules():
    ids = [rule.id for rule in registry()]
    assert len(ids) == len(set(ids)) >= 19
    assert list(DEFAULT_SEVERITIES) == ids
    assert set(RULE_HELP) == set(ids)
    assert [r["id"] for r in sarif_rules(RedactionConfig().severity)] == ids
    assert set(HIGH_CONFIDENCE_RULES) == {r.id for r in registry() if r.output_scan}
    text_ids = {rule_id for rule_ids, _ in TEXT_RULES for rule_id in rule_ids}
    assert text_ids == {r.id for r in registry() if r.find is not None}
    table = rule_table()
    for rule in registry():
        assert f"| `{rule.id}` | {rule.severity} |" in table


def test_date_rules_share_one_pass():
    (functions,) = [ids for ids, _ in TEXT_RULES if "full-date" in ids]
    assert set(functions) == {"date-of-birth", "event-date", "full-date"}


def test_docs_page_shows_the_generated_table(site):
    site.add_review()
    site.write("site_src/checks.md", f"# Checks\n\n{PLACEHOLDER}\n")
    html = (site.build() / "checks" / "index.html").read_text(encoding="utf-8")
    assert "<code>nhs-number</code>" in html
    assert "<code>unpublished-content</code>" in html
    assert PLACEHOLDER not in html


NEW_RULE = '''
"""Rule ``test-widget``: a made-up rule added by the registry test."""

from review_library.redaction.rules import Rule


def find(text):
    position = text.find("WIDGET-42")
    if position != -1:
        yield RULE.hit(position, position + 9)


RULE = Rule(
    id="test-widget",
    severity="warning",
    message="a widget number; remove it",
    summary="A widget number",
    fix="Remove it.",
    rank=999,
    find=find,
    output_scan=True,
)
'''

PROBE = """
import json, sys
import review_library.redaction.rules as rules
rules.__path__.append(sys.argv[1])
from review_library.redaction.config import RedactionConfig, DEFAULT_SEVERITIES
from review_library.redaction.engine import check_text
from review_library.redaction.output_scan import HIGH_CONFIDENCE_RULES
from review_library.redaction.reports import RULE_HELP
from review_library.redaction.rule_table import rule_table
report = check_text("Widget WIDGET-42 here.\\n", "a.md", config=RedactionConfig())
off = check_text("WIDGET-42\\n", "a.md", config=RedactionConfig.from_dict({"test-widget": "off"}))
print(json.dumps({
    "findings": [(f.rule, f.severity, f.excerpt) for f in report.findings],
    "off": [f.rule for f in off.findings],
    "default": DEFAULT_SEVERITIES["test-widget"],
    "output": "test-widget" in HIGH_CONFIDENCE_RULES,
    "help": RULE_HELP["test-widget"],
    "docs": "`test-widget`" in rule_table(),
}))
"""


def test_a_new_rule_is_one_module(tmp_path):
    """A rule module dropped into the package is run, configured, scanned and documented."""
    extra = tmp_path / "extra_rules"
    extra.mkdir()
    (extra / "test_widget.py").write_text(textwrap.dedent(NEW_RULE), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(extra)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    data = json.loads(result.stdout)
    assert data["findings"] == [["test-widget", "warning", "W********"]]
    assert data["off"] == []
    assert data["default"] == "warning"
    assert data["output"] is True
    assert data["help"] == ["A widget number", "Remove it."]
    assert data["docs"] is True

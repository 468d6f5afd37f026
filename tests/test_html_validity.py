"""Every page of the built example site is valid HTML for the current Nu Html Checker (vnu.jar).

vnu.jar comes from npm (`npm ci`, package.json pins vnu-jar) and runs on the system Java.
Messages are filtered only when they are documented below as coming from the theme.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.tools.sitebuild import ROOT, build_example_site

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# (pattern matched against the whole message, where it comes from and why it is accepted)
THEME_MESSAGES: list[tuple[str, str]] = [
    (
        r"Attribute “autocomplete” is only allowed when the input type is .*",
        'Material\'s base.html writes autocomplete="off" on its hidden checkbox toggles '
        "(__drawer, __search) so browsers do not restore them open; harmless, and only "
        "fixable by forking base.html.",
    ),
    (
        r"Bad value “” for attribute “tabindex” on element “label”: .*",
        'Material\'s partials/nav-item.html renders tabindex="{{ tabindex }}" with an empty value '
        "on the labels of top-level sections under navigation.tabs (e.g. About); browsers treat it "
        "as absent, so focus order is unaffected.",
    ),
    (
        r"The value of the “for” attribute of the “label” element must be the ID of a non-hidden "
        r"form control\.",
        'Material\'s partials/toc.html writes <label for="__toc"> on every page with a table of '
        "contents, but partials/nav-item.html writes the __toc checkbox only for pages in the nav; "
        "review pages are kept out of the nav on purpose (README), so the label points nowhere. "
        "It only toggles the mobile table of contents, which still works from the page's links.",
    ),
]


def _vnu(target: Path) -> list[dict]:
    """vnu's error messages for every HTML file under target (JSON output, errors only)."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        pytest.fail(f"needs java and {VNU_JAR.relative_to(ROOT)}: run `npm ci` (see .ci/run)")
    result = subprocess.run(
        [
            java,
            "-jar",
            str(VNU_JAR),
            "--skip-non-html",
            "--errors-only",
            "--format",
            "json",
            str(target),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    # vnu writes its JSON report to stderr and exits 1 when it found errors.
    assert result.returncode in (0, 1), result.stderr
    return [m for m in json.loads(result.stderr)["messages"] if m.get("type") == "error"]


def _accepted(message: str) -> bool:
    return any(re.fullmatch(pattern, message) for pattern, _ in THEME_MESSAGES)


def _render(root: Path, message: dict) -> str:
    where = message.get("url", "").removeprefix("file:")
    where = Path(where).relative_to(root) if where.startswith(str(root)) else where
    return f"{where}:{message.get('lastLine', '?')}: {message['message']}"


def test_every_page_is_valid_html(tmp_path_factory: pytest.TempPathFactory) -> None:
    site = build_example_site(tmp_path_factory.mktemp("site")).resolve()
    pages = list(site.rglob("*.html"))
    messages = _vnu(site)
    errors = [m for m in messages if not _accepted(m["message"])]
    assert not errors, f"{len(errors)} HTML errors in {len(pages)} pages:\n" + "\n".join(
        _render(site, m) for m in errors
    )


def test_checker_reports_errors(tmp_path: Path) -> None:
    (tmp_path / "bad.html").write_text(
        '<!doctype html><html lang="en"><head><title>t</title></head>'
        '<body><img src="x.png"><p><div>x</div></body></html>',
        encoding="utf-8",
    )
    texts = [m["message"] for m in _vnu(tmp_path)]
    assert any("“alt” attribute" in t for t in texts), texts
    assert not any(_accepted(t) for t in texts)

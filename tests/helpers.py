"""Test helpers: valid fictional review text and a tiny MkDocs project builder."""

from __future__ import annotations

import logging
import shutil
import textwrap
from pathlib import Path
from typing import Any

import yaml

from tests.tools.sitebuild import build_in_process

ROOT = Path(__file__).resolve().parent.parent
TAXONOMY = ROOT / "site_src" / "taxonomy.yml"

BASE_META: dict[str, Any] = {
    "id": "testshire-2024-child-a",
    "title": "Child A: missed appointments",
    "review_type": "lcspr",
    "subject": "Child A",
    "pseudonyms": ["Child A", "Mother"],
    "partnership": "Testshire Safeguarding Children Partnership",
    "nation": "england",
    "region": "north-west",
    "published": "2024-03-14",
    "incident_year": 2022,
    "age_band": "under-1",
    "themes": ["neglect", "was-not-brought"],
    "agencies": ["health-visiting", "gp"],
    "author": "H. Ashdown",
    "summary": "Child A was not brought to health appointments over several months.",
    "learning_points": ["Missed appointments for a baby are a risk signal, not a parental choice."],
    "recommendations": [
        {
            "id": "R1",
            "text": "The health visiting service will follow up every missed appointment.",
            "agencies": ["health-visiting"],
            "status": "accepted",
            "updated": "2024-09-01",
        }
    ],
    "status": "published",
}

BASE_BODY = """\
## Introduction and why this review was held

Child A was aged 7 months when the review was commissioned. The health visitor had not seen
Child A at home since the spring, and three clinic appointments were missed.

## Findings

Practitioners saw each missed appointment on its own rather than as a pattern.
"""


def review_text(body: str = BASE_BODY, **overrides: Any) -> str:
    """A valid review file; keyword arguments replace front matter fields (None removes one)."""
    meta = {**BASE_META, **overrides}
    meta = {key: value for key, value in meta.items() if value is not None}
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    return f"---\n{front}---\n{body}"


class SiteFixture:
    """A throwaway review-library project in a temp dir, built with real MkDocs."""

    def __init__(self, root: Path):
        self.root = root
        (root / "reviews").mkdir()
        (root / "site_src").mkdir()
        shutil.copy(TAXONOMY, root / "site_src" / "taxonomy.yml")
        self.plugin_options: dict[str, Any] = {}
        self.mkdocs_extra: dict[str, Any] = {}
        self.write("site_src/index.md", "# Home\n\n<!-- review-library:latest-reviews -->\n")

    def write(self, relative: str, content: str | bytes) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(
                textwrap.dedent(content) if content.startswith("\n") else content, encoding="utf-8"
            )
        return path

    def add_review(self, name: str | None = None, body: str = BASE_BODY, **overrides: Any) -> Path:
        review_id = overrides.get("id", BASE_META["id"])
        return self.write(f"reviews/{name or review_id}.md", review_text(body, **overrides))

    def write_config(self) -> Path:
        config = {
            "site_name": "Test library",
            "site_url": "https://example.org/",
            "docs_dir": "site_src",
            "theme": {"name": "material", "font": False},
            "exclude_docs": "taxonomy.yml\n",
            "plugins": [{"review-library": self.plugin_options}],
            **self.mkdocs_extra,
        }
        return self.write("mkdocs.yml", yaml.safe_dump(config, sort_keys=False))

    def build(self, **overrides: Any) -> Path:
        """Build like `mkdocs build`; returns the site dir. Raises what MkDocs raises."""
        return Path(build_in_process(self.write_config(), **overrides).site_dir)

    def add_late_file(self, name: str, text: str) -> None:
        """Have a hook write ``name`` into the site after the pages (as another plugin's
        feed or data file would), so that only the output scan sees ``text``. The hook's own
        source holds ``text`` as code points, so no check of the project's files can see it."""
        points = [ord(char) for char in text]
        self.write(
            "hooks.py",
            "from pathlib import Path\n"
            "from mkdocs.plugins import event_priority\n\n"
            "@event_priority(100)\n"
            "def on_post_build(config):\n"
            f"    Path(config.site_dir, {name!r}).write_text(\n"
            f"        ''.join(map(chr, {points!r})), encoding='utf-8')\n",
        )
        self.mkdocs_extra = {**self.mkdocs_extra, "hooks": ["hooks.py"]}

    @property
    def site_dir(self) -> Path:
        return self.root / "site"


def build_failure(site: SiteFixture, caplog: Any, **overrides: Any) -> str:
    """Build, expect MkDocs to abort, and return the error it logged."""
    from mkdocs.exceptions import Abort

    caplog.clear()
    try:
        site.build(**overrides)
    except Abort:
        errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
        assert errors, "the build aborted without logging an error"
        return "\n".join(errors)
    raise AssertionError("the build succeeded but was expected to fail")


def plugin_messages(caplog: Any, level: int = logging.WARNING) -> list[str]:
    """Messages logged by the plugin (and MkDocs' plugin errors) at ``level`` or above."""
    return [r.getMessage() for r in caplog.records if r.levelno >= level]

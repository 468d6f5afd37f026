"""Build the example library with real MkDocs into a folder, as `mkdocs build` would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
# Another mkdocs.yml can be checked with the same tests (e.g. a larger generated library).
MKDOCS_YML = Path(os.environ.get("REVIEW_LIBRARY_MKDOCS_YML") or ROOT / "mkdocs.yml")


class BuildError(RuntimeError):
    """mkdocs build failed; the message holds its output."""


def build_example_site(out: Path, config_file: Path = MKDOCS_YML) -> Path:
    """Build config_file into out (strictness as the config says); returns out."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config_file), "-d", str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not (out / "index.html").is_file():
        raise BuildError(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
    return out


def site_base_path(config_file: Path = MKDOCS_YML) -> str:
    """The path of site_url ("/review-library/"): MkDocs uses it for 404.html's links."""
    # A line match, not YAML: mkdocs.yml may hold !!python/name tags that yaml refuses.
    found = re.search(r"^site_url:\s*['\"]?([^'\"\s#]+)", config_file.read_text("utf-8"), re.M)
    path = urlsplit(found.group(1)).path if found else "/"
    path = path or "/"
    return path if path.endswith("/") else path + "/"

"""Build the example library with real MkDocs into a folder, as `mkdocs build` would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

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


def build_in_process(
    config_file: str | Path, serve_url: str | None = None, **overrides: Any
) -> MkDocsConfig:
    """Build like `mkdocs build`, in this process (so a caller can time or patch it): the
    plugins' start-up and shut-down run around the build, as MkDocs' own command runs them.
    Returns the loaded config; raises what MkDocs raises."""
    config = load_config(str(config_file), **overrides)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config, serve_url=serve_url)
    finally:
        config.plugins.on_shutdown()
    return config


def site_base_path(config_file: Path = MKDOCS_YML) -> str:
    """The path of site_url ("/review-library/"): MkDocs uses it for 404.html's links."""
    # A line match, not YAML: mkdocs.yml may hold !!python/name tags that yaml refuses.
    found = re.search(r"^site_url:\s*['\"]?([^'\"\s#]+)", config_file.read_text("utf-8"), re.M)
    path = urlsplit(found.group(1)).path if found else "/"
    path = path or "/"
    return path if path.endswith("/") else path + "/"

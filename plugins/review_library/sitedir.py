"""Emptying the site directory after a failed or interrupted build.

A failed build must leave nothing publishable, yet the site directory is often a deploy
checkout (a `gh-pages` worktree, `.git/` and `.nojekyll` at its top). Like MkDocs' own clean,
every entry is removed except the top-level dot-files, which MkDocs never writes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path


def unpublish(site_dir: Path) -> None:
    """Delete every entry of ``site_dir`` except top-level dot-files; links are removed,
    never followed."""
    try:
        entries = list(os.scandir(site_dir))
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.path)

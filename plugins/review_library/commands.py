"""How to write a review-library command in a message so that it works as typed.

After the README's quick start the virtual environment is never activated, so a bare
`review-library` is not on the PATH; messages name the script that is actually running.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

NAME = "review-library"


def command(*words: str) -> str:
    """``review-library WORDS`` as the user can type it in the current folder.

    The bare name when the PATH finds this very installation; otherwise the script next to
    the running Python, relative to the current folder when inside it
    (``.venv/bin/review-library``); ``python -m review_library`` when there is no script.
    """
    bindir = Path(sys.executable).parent  # not resolved: a venv's python is a symlink
    script = bindir / NAME
    on_path = shutil.which(NAME)
    if script.exists():
        if on_path and Path(on_path).absolute() == script.absolute():
            shown = NAME
        else:
            shown = _relative(script)
    elif on_path:
        shown = NAME
    else:
        shown = f"{_relative(Path(sys.executable))} -m review_library"
    return " ".join([shown, *words])


def _relative(path: Path) -> str:
    try:
        relative = Path(os.path.abspath(path)).relative_to(Path.cwd())
    except ValueError:
        return str(path)
    return relative.as_posix()

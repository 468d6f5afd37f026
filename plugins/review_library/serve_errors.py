"""`mkdocs serve` while a build fails: the browser shows the errors until they are fixed.

MkDocs' live-reload server keeps the browser waiting when a rebuild fails ("the server will
appear stuck"), so an author who only looks at the browser sees nothing happen. The plugin
wraps the server's builder: a failed rebuild empties the preview directory and writes one page
(as index.html and 404.html, so every address shows it) with the error message, which is the
masked one the terminal shows. The page reloads itself, so fixing the file brings the site
back. Only `serve` does this; `mkdocs build` still fails and publishes nothing.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from mkdocs.exceptions import Abort, PluginError

from review_library.sitedir import unpublish

log = logging.getLogger("mkdocs.plugins.review_library")

RELOAD_SECONDS = 2


def error_page(message: str) -> str:
    """A self-contained page showing ``message`` as text; it reloads every few seconds."""
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="refresh" content="{RELOAD_SECONDS}">\n'
        "<title>The site was not built - review-library</title>\n"
        "<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem;"
        "color:#1a1a1a}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem;"
        "border-left:4px solid #b00020}</style>\n"
        "</head>\n<body>\n<main>\n<h1>The site was not built</h1>\n"
        "<p>The last change stopped the build. Fix what is listed below; this page reloads "
        "and shows the site again once the build works. The same message is in the terminal "
        "running <code>mkdocs serve</code>.</p>\n"
        f'<pre role="alert">{html.escape(message)}</pre>\n'
        "</main>\n</body>\n</html>\n"
    )


def show_error(site_dir: Path, message: str) -> None:
    """Replace the preview with the error page (dot-files kept, as after a failed build)."""
    unpublish(site_dir)
    site_dir.mkdir(parents=True, exist_ok=True)
    page = error_page(message)
    for name in ("index.html", "404.html"):
        (site_dir / name).write_text(page, encoding="utf-8")


def message_of(error: BaseException) -> str:
    """The text to show for a failed build."""
    if isinstance(error, PluginError):
        return str(error)
    if isinstance(error, Abort):
        return f"{error}\nThe warnings that caused it are listed in the terminal."
    return (
        f"{type(error).__name__}: the build failed; the terminal running `mkdocs serve` "
        "shows where."
    )


def showing_errors(
    builder: Callable, site_dir: Path, cause: Callable[[], BaseException | None]
) -> Callable:
    """``builder`` that, when it fails, shows the error in the browser instead of leaving it
    waiting. ``cause`` gives the error the build reported (MkDocs turns a plugin's error into
    a bare Abort); the terminal has already shown it."""

    def build(*args, **kwargs):
        try:
            return builder(*args, **kwargs)
        except Exception as error:
            log.error("review-library: the build failed; the browser shows why until it is fixed")
            show_error(site_dir, message_of(cause() or error))
            return None

    return build

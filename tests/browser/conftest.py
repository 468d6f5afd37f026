"""Shared browser fixtures: build the example site once, serve it on loopback, drive Debian's Chromium.

Kept general on purpose: search, accessibility, keyboard and screenshot tests all use these.
Set REVIEW_LIBRARY_MKDOCS_YML to build another mkdocs.yml (default: the repository's).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tools.sitebuild import BuildError, build_example_site

# The real binary, not Debian's wrapper script (which prints shell noise on stderr).
CHROMIUM = next(
    (
        p
        for p in (
            os.environ.get("CHROMIUM_PATH"),
            "/usr/lib/chromium/chromium",
            shutil.which("chromium"),
            "/usr/bin/chromium",
        )
        if p and Path(p).exists()
    ),
    "/usr/bin/chromium",
)
# Stop Chromium from trying to reach Google over the closed network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """pytest-playwright hook: use Debian's Chromium, never a Playwright download."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example library built once per session (per xdist worker) with real MkDocs."""
    try:
        return build_example_site(tmp_path_factory.mktemp("site"))
    except BuildError as error:
        pytest.fail(str(error))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        # Lifts LinkChecker's per-host throttle, should anyone point it at this server.
        self.send_header("LinkChecker", "local")
        super().end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(built_site: Path) -> Iterator[str]:
    """Overrides pytest-base-url, so tests can `page.goto("/reviews/x/")`."""
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(built_site))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def page(page, base_url: str):
    """Playwright's page, failing the test if it requests anything but the local server."""
    external: list[str] = []
    page.on(
        "request",
        lambda r: (
            external.append(r.url) if not r.url.startswith((base_url, "data:", "blob:")) else None
        ),
    )
    yield page
    assert not external, f"page requested external URLs: {external}"

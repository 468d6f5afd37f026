"""`mkdocs serve` while a rebuild fails: the browser shows the masked errors until they are
fixed, instead of waiting forever on the last good page."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from review_library.serve_errors import error_page
from tests.helpers import BASE_BODY, SiteFixture


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def _until(url: str, condition, seconds: float = 90) -> tuple[int, str]:
    deadline = time.monotonic() + seconds
    status, text = 0, ""
    while time.monotonic() < deadline:
        status, text = _get(url)
        if condition(status, text):
            return status, text
        time.sleep(0.5)
    raise AssertionError(f"timed out on {url}: last answer {status}: {text[:300]}")


def test_a_failed_rebuild_shows_its_errors_in_the_browser(site: SiteFixture) -> None:
    review = site.add_review()
    config = site.write_config()
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
        cwd=site.root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    page = f"http://127.0.0.1:{port}/reviews/testshire-2024-child-a/"
    try:
        _until(page, lambda status, text: status == 200 and "Child A" in text)
        # A postcode and raw script: the rebuild fails.
        leaky = (
            BASE_BODY + "\nThe family lived at 14 Larch Close, NX1 4QT.\n\n<script>x()</script>\n"
        )
        review.write_text(review.read_text("utf-8").replace(BASE_BODY, leaky), "utf-8")
        _, text = _until(page, lambda status, text: "The site was not built" in text)
        assert "uk-postcode" in text and "report text: &lt;script&gt; is not allowed" in text
        assert "NX1 4QT" not in text and "Larch Close" not in text  # masked, as in the terminal
        assert '<meta http-equiv="refresh"' in text
        _, home = _get(f"http://127.0.0.1:{port}/")
        assert "The site was not built" in home
        # Fixed: the page comes back.
        review.write_text(review.read_text("utf-8").replace(leaky, BASE_BODY), "utf-8")
        _until(page, lambda status, text: status == 200 and "The site was not built" not in text)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_the_error_page_shows_the_message_as_text() -> None:
    page = error_page("reviews/x.md:3: title: </pre><script>alert(1)</script>")
    assert "<script>alert(1)" not in page
    assert "&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page

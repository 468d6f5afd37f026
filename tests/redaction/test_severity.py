"""One meaning of severity: an error blocks every build and check; a warning never does."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from mkdocs.exceptions import Abort

from tests.helpers import BASE_BODY, SiteFixture

POSTCODE_BODY = BASE_BODY + "\nThe family lived near NX1 4QT at the time.\n"


def _warning_config(site: SiteFixture) -> None:
    site.plugin_options["checks"] = {"rules": {"uk-postcode": "warning"}}


def test_warning_never_blocks_a_strict_build(site: SiteFixture, caplog):
    _warning_config(site)
    site.add_review(body=POSTCODE_BODY)
    with caplog.at_level(logging.INFO):
        out = site.build(strict=True)
    assert (out / "index.html").is_file()
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert any("uk-postcode (warning)" in m and "does not block" in m for m in infos)
    # Never at warning level: strict mode would turn it into a failed build.
    assert not [
        r
        for r in caplog.records
        if r.levelno >= logging.WARNING and "uk-postcode" in r.getMessage()
    ]
    assert not any("NX1 4QT" in r.getMessage() for r in caplog.records)


def test_error_blocks_a_build_that_is_not_strict(site: SiteFixture):
    site.add_review(body=POSTCODE_BODY)
    with pytest.raises(Abort):
        site.build(strict=False)
    assert not (site.site_dir / "index.html").exists()


def _mkdocs(site: SiteFixture, *args: str) -> subprocess.CompletedProcess:
    config = site.write_config()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_error_blocks_a_quiet_build(site: SiteFixture):
    """`mkdocs build -q` hides warnings and ignores strict; an error still blocks."""
    site.add_review(body=POSTCODE_BODY)
    result = _mkdocs(site, "-q")
    assert result.returncode != 0
    assert "uk-postcode" in result.stderr + result.stdout
    assert not (site.site_dir / "index.html").exists()


def test_warning_passes_a_quiet_strict_build(site: SiteFixture):
    _warning_config(site)
    site.mkdocs_extra["strict"] = True
    site.add_review(body=POSTCODE_BODY)
    result = _mkdocs(site, "-q")
    assert result.returncode == 0, result.stderr
    assert (site.site_dir / "index.html").is_file()

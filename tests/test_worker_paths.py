"""Every worker path of a build, at the size where it switches on, with an attachment.

A library of ordinary size (40 reviews, one picture) once failed every build on a machine with
two cores: the asset check was handed to the pool with keyword arguments the pool did not
accept. These tests force a worker pool whatever the machine, build real sites, and record
which work went to the workers, so each path is known to have run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review_library import plugin as plugin_module
from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_paths
from review_library.redaction.runner import PARALLEL_FROM, start_check
from review_library.workers import Scheduler
from tests.helpers import SiteFixture, review_text

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" role="img">'
    "<title>Contacts per month</title><rect width="
    '"10" height="10"/></svg>\n'
)


def _library(site: SiteFixture, count: int) -> None:
    for number in range(count):
        review_id = f"testshire-2024-child-{number:03d}"
        site.add_review(
            id=review_id,
            title=f"Child {number:03d}: missed appointments",
            body=f"## Findings\n\nThe health visitor saw Child A at home in spring.\n\n"
            f"![Contacts per month]({review_id}/chart.svg)\n"
            if number == 0
            else f"## Findings\n\nThe health visitor saw Child A at home in spring {number}.\n",
        )
    site.write("reviews/testshire-2024-child-000/chart.svg", SVG)


@pytest.fixture
def submitted(monkeypatch) -> list[str]:
    """Force two workers in the plugin and record the jobs sent to them."""
    names: list[str] = []
    original = Scheduler.submit

    def spy(self, function, *args, **kwargs):
        job = original(self, function, *args, **kwargs)
        if job.sent:
            names.append(job.name)
        return job

    monkeypatch.setattr(Scheduler, "submit", spy)
    monkeypatch.setattr(plugin_module, "default_workers", lambda: 3)
    return names


def test_ordinary_library_with_a_picture_builds_with_workers(site, submitted) -> None:
    """At the size where the source checks move to workers, with an SVG: the build works,
    and the source checks, asset checks, search data and output scan all ran in workers."""
    _library(site, PARALLEL_FROM)
    out = site.build()
    assert (out / "reviews" / "testshire-2024-child-000" / "chart.svg").is_file()
    assert (out / "reviews" / "testshire-2024-child-039" / "index.html").is_file()
    catalogue = json.loads((out / "catalogue.json").read_text("utf-8"))
    assert len(catalogue["reviews"]) == PARALLEL_FROM
    assert {"check_chunk", "check_assets", "packed_files", "scan_task"} <= set(submitted)


def test_below_the_threshold_checks_run_here(site, submitted) -> None:
    """One review fewer: the source checks run in the main process (cheaper than starting
    workers), the other work still goes to the pool, and the build still works."""
    _library(site, PARALLEL_FROM - 1)
    out = site.build()
    assert (out / "reviews" / "testshire-2024-child-000" / "chart.svg").is_file()
    assert "check_chunk" not in submitted and "check_assets" not in submitted
    assert {"packed_files", "scan_task"} <= set(submitted)


@pytest.mark.parametrize("count", [PARALLEL_FROM - 1, PARALLEL_FROM])
def test_start_check_with_assets_matches_one_process(tmp_path: Path, count: int) -> None:
    """The runner with a pool gives the report of one process, assets included, on both
    sides of the threshold."""
    reviews = tmp_path / "reviews"
    reviews.mkdir()
    for number in range(count):
        (reviews / f"r-{number:03d}.md").write_text(
            review_text(id=f"testshire-2024-child-{number:03d}"), encoding="utf-8"
        )
    (reviews / "r-000").mkdir()
    (reviews / "r-000" / "chart.svg").write_text(
        SVG.replace("Contacts per month", "Tel 07700 900123"), encoding="utf-8"
    )
    config = RedactionConfig()
    with Scheduler(2) as scheduler:
        parallel = start_check(
            [reviews], root=tmp_path, config=config, register=None, scheduler=scheduler
        )
        report = parallel.result()
    assert report == check_paths([reviews], root=tmp_path, config=config)
    assert any(f.file == "reviews/r-000/chart.svg" for f in report.errors)


@pytest.mark.parametrize("count", [PARALLEL_FROM - 1, PARALLEL_FROM])
def test_check_command_with_workers_and_an_asset(
    tmp_path: Path, monkeypatch, capsys, count: int
) -> None:
    """`review-library check` shares a run of PARALLEL_FROM files among workers; with a
    picture next to the reviews it reports the picture's finding either way."""
    from review_library import workers
    from review_library.cli import main

    monkeypatch.setattr(workers, "default_workers", lambda: 2)
    reviews = tmp_path / "reviews"
    reviews.mkdir()
    for number in range(count):
        (reviews / f"r-{number:03d}.md").write_text(
            review_text(id=f"testshire-2024-child-{number:03d}"), encoding="utf-8"
        )
    (reviews / "r-000").mkdir()
    (reviews / "r-000" / "chart.svg").write_text(
        SVG.replace("Contacts per month", "Tel 07700 900123"), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    assert main(["check", "reviews", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    files = {finding["file"] for finding in report["findings"]}
    assert files == {"reviews/r-000/chart.svg"}

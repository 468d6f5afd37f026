"""The check runner: worker processes give the same report as one process, the content-hash
cache re-checks only what changed, and an unreadable file still stops the run."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_paths
from review_library.redaction.findings import Report
from review_library.redaction.runner import PARALLEL_FROM, CheckCache, start_check
from review_library.workers import Scheduler
from tests.helpers import review_text

CONFIG = RedactionConfig()


def _library(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    files = []
    for number in range(count):
        body = f"# Review {number}\n\nChild {number} was seen by the health visitor.\n"
        if number in (3, PARALLEL_FROM - 1):
            body += "Her NHS number 943 476 5919 was on the referral.\n"
        path = folder / f"review-{number:03d}.md"
        path.write_text(review_text(body=body, id=f"testshire-2024-child-{number:03d}"))
        files.append(path)
    return files


@pytest.fixture(scope="module")
def scheduler():
    with Scheduler(2) as workers:
        yield workers


def test_workers_give_the_report_of_one_process(tmp_path: Path, scheduler: Scheduler) -> None:
    _library(tmp_path / "reviews", PARALLEL_FROM + 5)
    serial = check_paths([tmp_path / "reviews"], root=tmp_path, config=CONFIG)
    parallel = start_check(
        [tmp_path / "reviews"], root=tmp_path, config=CONFIG, register=None, scheduler=scheduler
    ).result()
    assert parallel == serial
    assert serial.files_checked == PARALLEL_FROM + 5
    assert {(f.file, f.rule) for f in serial.errors} == {
        ("reviews/review-003.md", "nhs-number"),
        (f"reviews/review-{PARALLEL_FROM - 1:03d}.md", "nhs-number"),
    }
    # Masked in every report, whichever process made it.
    assert all("943 476 5919" not in f.excerpt for f in parallel.findings)


def test_cache_rechecks_only_the_changed_file(tmp_path: Path) -> None:
    files = _library(tmp_path / "reviews", 3)
    cache = CheckCache()
    first = start_check(
        [tmp_path / "reviews"], root=tmp_path, config=CONFIG, register=None, cache=cache
    )
    assert first.result().files_checked == 3 and len(cache.reports) == 3
    # A cached report stands for its file's exact bytes: plant a marker in one entry and
    # change another file; the marker comes back, the changed file is checked again.
    unchanged = next(key for key in cache.reports if key[0].endswith("review-000.md"))
    marker = Report(files_checked=1)
    cache.reports[unchanged] = marker
    files[1].write_text(files[1].read_text() + "\nIts NHS number was 943 476 5919.\n")
    second = start_check(
        [tmp_path / "reviews"], root=tmp_path, config=CONFIG, register=None, cache=cache
    ).result()
    assert cache.reports[unchanged] is marker
    assert [f.file for f in second.errors] == ["reviews/review-001.md"]
    assert len(cache.reports) == 3  # the old version of review-001 is forgotten


def test_cache_is_dropped_when_the_rules_change(tmp_path: Path) -> None:
    _library(tmp_path / "reviews", 4)
    cache = CheckCache()
    start_check(
        [tmp_path / "reviews"], root=tmp_path, config=CONFIG, register=None, cache=cache
    ).result()
    relaxed = RedactionConfig.from_dict({"nhs-number": "warning"})
    report = start_check(
        [tmp_path / "reviews"], root=tmp_path, config=relaxed, register=None, cache=cache
    ).result()
    assert not report.errors and [f.severity for f in report.findings] == ["warning"]


def test_unreadable_files_are_findings_of_a_parallel_run(
    tmp_path: Path, scheduler: Scheduler
) -> None:
    files = _library(tmp_path / "reviews", PARALLEL_FROM)
    files[7].write_bytes(b"---\ntitle: x\n---\n\xff\xfe broken")
    files[9].write_bytes(b"\x00binary")
    pending = start_check(
        [tmp_path / "reviews"], root=tmp_path, config=CONFIG, register=None, scheduler=scheduler
    )
    unreadable = [f for f in pending.result().findings if f.rule == "unreadable-file"]
    assert [(f.file, f.severity) for f in unreadable] == [
        ("reviews/review-007.md", "error"),
        ("reviews/review-009.md", "error"),
    ]
    assert "not valid UTF-8" in unreadable[0].message and "binary" in unreadable[1].message

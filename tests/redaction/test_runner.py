"""The check runner: worker processes give the same report as one process, the content-hash
cache re-checks only what changed, and an unreadable file still stops the run."""

from __future__ import annotations

import os
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


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from review_library.redaction import runner

    reads: list[str] = []
    plain = runner.read_bytes

    def read_bytes(path, shown, *args, **kwargs):
        reads.append(Path(path).name)
        return plain(path, shown, *args, **kwargs)

    monkeypatch.setattr(runner, "read_bytes", read_bytes)
    return reads


def test_a_settled_file_is_read_again_only_when_its_stat_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from review_library import filestamp

    monkeypatch.setattr(filestamp, "SETTLED_NS", 0)  # every file counts as settled
    files = _library(tmp_path / "reviews", 3)
    cache = CheckCache()
    reads = _counting_reads(monkeypatch)
    first = start_check(
        [tmp_path / "reviews"], root=tmp_path, config=CONFIG, register=None, cache=cache
    )
    assert first.result().files_checked == 3
    reads.clear()
    again = start_check(
        [tmp_path / "reviews"], root=tmp_path, config=CONFIG, register=None, cache=cache
    )
    assert not again.result().errors
    assert again.digests == first.digests and "review-001.md" not in reads
    # The same size and modification time, other bytes (an identifier in): the status-change
    # time still differs, so the file is read, hashed and checked again.
    text = files[1].read_text()
    plain = "was seen by the health visitor."
    leak = "NHS number 943 476 5919 noted."
    changed = text.replace(plain, leak.ljust(len(plain)))
    assert len(changed) == len(text) and changed != text
    info = files[1].stat()
    files[1].write_text(changed)
    os.utime(files[1], ns=(info.st_atime_ns, info.st_mtime_ns))
    reads.clear()
    third = start_check(
        [tmp_path / "reviews"], root=tmp_path, config=CONFIG, register=None, cache=cache
    ).result()
    assert "review-001.md" in reads and "review-000.md" not in reads
    assert [(f.file, f.rule) for f in third.errors] == [("reviews/review-001.md", "nhs-number")]


def test_a_file_changed_moments_ago_is_not_trusted_by_its_stat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A write in the same tick of the file system's clock keeps the stamp: a file younger
    # than filestamp.SETTLED_NS is read again on each run.
    _library(tmp_path / "reviews", 2)
    cache = CheckCache()
    start_check(
        [tmp_path / "reviews"], root=tmp_path, config=CONFIG, register=None, cache=cache
    ).result()
    reads = _counting_reads(monkeypatch)
    start_check(
        [tmp_path / "reviews"], root=tmp_path, config=CONFIG, register=None, cache=cache
    ).result()
    assert sorted(reads) == ["review-000.md", "review-001.md"]

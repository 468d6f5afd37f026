"""The output scan sets the heap alive before a batch aside from the cycle collector while it
scans (``gc.freeze``), and gives it back after; a heap frozen already stays frozen."""

from __future__ import annotations

import gc

import pytest

import review_library.redaction.output_scan as output_scan
from review_library.redaction.config import RedactionConfig

ARGS = {"config": RedactionConfig(), "register": None, "forbidden": []}
ITEMS = [("page.html", ".txt", "The family was told to ring 07700 900123 about it.")]


@pytest.fixture(autouse=True)
def _thawed():
    output_scan._SCANNERS.clear()
    gc.unfreeze()
    yield
    gc.unfreeze()
    output_scan._SCANNERS.clear()


def _frozen_while_scanning(monkeypatch) -> list[int]:
    seen: list[int] = []
    scan_many = output_scan.OutputScanner.scan_many

    def recording(self, items):
        seen.append(gc.get_freeze_count())
        return scan_many(self, items)

    monkeypatch.setattr(output_scan.OutputScanner, "scan_many", recording)
    return seen


def test_a_batch_is_scanned_with_the_earlier_heap_set_aside(monkeypatch) -> None:
    kept = [object() for _ in range(10)]  # alive before the batch
    seen = _frozen_while_scanning(monkeypatch)
    batch = output_scan.scan_task("t", ARGS, ITEMS)
    assert [f.rule for f in batch[0].findings] == ["phone-number"]
    assert seen and seen[0] > 0  # the heap was frozen during the scan
    assert gc.get_freeze_count() == 0  # and is the collector's again after it
    assert kept


def test_a_heap_frozen_already_is_left_frozen(monkeypatch) -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()
    seen = _frozen_while_scanning(monkeypatch)
    output_scan.scan_task("t", ARGS, ITEMS)
    assert seen == [frozen]
    assert gc.get_freeze_count() == frozen  # not thawed by the scan


def test_the_heap_is_given_back_when_a_scan_fails(monkeypatch) -> None:
    def failing(self, items):
        raise RuntimeError("a rule failed")

    monkeypatch.setattr(output_scan.OutputScanner, "scan_many", failing)
    with pytest.raises(RuntimeError):
        output_scan.scan_task("t", ARGS, ITEMS)
    assert gc.get_freeze_count() == 0

"""The scale benchmark runs end to end on a tiny library (structure, not timings)."""

from __future__ import annotations

from pathlib import Path

from tests.benchmarks import scale_benchmark


def test_scale_benchmark_builds_both_sites_and_reports(tmp_path: Path) -> None:
    result = scale_benchmark.measure(6, tmp_path, pairs=1)
    (pair,) = result["pairs"]
    for side in ("ours", "plain"):
        assert pair[side]["exit"] == 0
        assert pair[side]["wall_s"] > 0 and pair[side]["peak_mb"] > 10
    # Ours publishes a page per review plus briefings and indexes; plain one per review.
    assert pair["ours"]["output_files"] > pair["plain"]["output_files"] > 6
    assert result["check"]["exit"] == 0 and result["check"]["source_mb"] > 0
    assert result["search"]["material_search_index_kb"] > 0
    assert result["search"]["ours_search_data_kb"] > 0
    row = scale_benchmark.table([result]).splitlines()[-1]
    assert row.startswith("| 6 |")
    # The same seed gives the same corpus: a second project is byte-identical.
    again = tmp_path / "again"
    again.mkdir()
    scale_benchmark.make_projects(again, 6)
    first = sorted((tmp_path / "ours-6" / "reviews").glob("*.md"))
    second = sorted((again / "ours-6" / "reviews").glob("*.md"))
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]

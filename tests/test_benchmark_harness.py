"""The scale benchmark runs end to end on a tiny library (structure, not timings)."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.benchmarks import scale_benchmark


def test_scale_benchmark_builds_both_sites_and_reports(tmp_path: Path) -> None:
    result = scale_benchmark.measure(5, tmp_path, pairs=1, search="static")

    (pair,) = result["pairs"]
    for side in ("ours", "plain"):
        run = pair[side]
        assert run["exit"] == 0
        assert run["wall_s"] > 0 and run["cpu_s"] > 0 and run["peak_rss_mb"] > 10
        assert run["peak_mb"] >= run["peak_rss_mb"]
        assert run["output_bytes"] > 0 and run["output_disk_bytes"] > 0
    # Both builds produced a page per review: ours plus briefings and indexes.
    assert pair["ours"]["output_files"] > pair["plain"]["output_files"] > 5
    for key in ("wall_s", "cpu_s", "peak_mb", "peak_rss_mb"):
        assert result["ratio"][f"{key}_median_of_pairs"] > 0
    assert result["ratio"]["wall_s_of_medians"] > 0
    assert set(result["median"]) == {"ours", "plain"}
    assert result["check"]["runs"][0]["exit"] == 0 and result["check"]["mb_per_s"] > 0
    assert result["source_bytes"] > 5 * 20_000
    assert result["corpus"]["body_words"] > 5 * 4000 > result["corpus"]["distinct_body_words"]
    assert set(result["targets"]) == {"build", "cpu", "check", "memory", "search_kb"}
    assert result["false_alarms"]["errors"] == sum(result["false_alarms"]["by_rule"].values())
    search = result["search"]
    assert search["method"] == "static" and search["material_index_gzip"] > 0
    assert search["data_up_front_gzip"] > 0
    assert search["first_query_gzip"] > search["ours"]["static"]["page_and_code_gzip"] > 0
    # Site outputs are removed after measuring; the corpus stays cached in the work folder.
    assert not list(tmp_path.glob("*/site*"))
    assert len(list((tmp_path / "ours-5" / "reviews").glob("*.md"))) == 5
    assert len(list((tmp_path / "plain-5" / "docs" / "reviews").glob("*.md"))) == 5

    lines = scale_benchmark.table([result], scale_benchmark.machine()).splitlines()
    assert lines[2].startswith("| 5 |") and lines[6].startswith("| 5 |")
    assert "Python" in lines[-1]
    # Every target is reported: measured, target, verdict (too small a library for some).
    verdicts = [line for line in lines if line.startswith("5 reviews: ")]
    named = [line for line in verdicts if "target ≤" in line]
    assert len(named) == 5
    assert any("build CPU time, ours / plain" in line for line in named)
    assert all(line.endswith(("MET", "MISSED", "not applicable at this size")) for line in named)


def test_measured_runs_are_cold_and_warm_runs_are_apart(tmp_path: Path, monkeypatch) -> None:
    """Every build and check compared with the targets starts with an empty cache of check
    results; the warm ones (reported apart) find the cache the cold ones left."""
    seen: list[tuple[str, bool]] = []
    build, check = scale_benchmark.build, scale_benchmark.check

    def recording_build(project: Path, out: Path) -> dict:
        if project.name.startswith("ours"):
            seen.append(("build", (project / ".cache").exists()))
        return build(project, out)

    def recording_check(reviews: Path, warn=None) -> dict:
        seen.append(("check", (reviews.parent / ".cache").exists()))
        return check(reviews, warn)

    monkeypatch.setattr(scale_benchmark, "build", recording_build)
    monkeypatch.setattr(scale_benchmark, "check", recording_check)
    result = scale_benchmark.measure(3, tmp_path, pairs=1, search="static")
    assert seen == [("build", False), ("build", True), ("check", False), ("check", True)]
    warm = result["warm"]
    assert warm["identical_to_cold"] and warm["build_cpu_s"] > 0 and warm["check_cpu_s"] > 0
    lines = scale_benchmark.table([result]).splitlines()
    assert any(line.startswith("Warm (not the target measure)") for line in lines)


def test_false_alarms_counts_what_the_checks_refuse(tmp_path: Path) -> None:
    ours, _ = scale_benchmark.make_projects(tmp_path, 2)
    review = sorted((ours / "reviews").glob("*.md"))[0]
    review.write_text(
        review.read_text(encoding="utf-8") + "\nContact: jane.smith@example.com\n",
        encoding="utf-8",
    )
    found = scale_benchmark.false_alarms(ours / "reviews")
    assert found["errors"] >= 1 and sum(found["by_rule"].values()) == found["errors"]
    assert any(line.startswith(f"{review.name}:") for line in found["where"])
    assert "jane.smith" not in repr(found)  # counts and places only, never the text


def test_corpus_is_deterministic_and_cached(tmp_path: Path) -> None:
    first, _ = scale_benchmark.make_projects(tmp_path / "a", 3)
    again, _ = scale_benchmark.make_projects(tmp_path / "b", 3)
    texts = [p.read_bytes() for p in sorted((first / "reviews").glob("*.md"))]
    assert texts == [p.read_bytes() for p in sorted((again / "reviews").glob("*.md"))]
    marker = first / "reviews" / "marker"
    marker.write_text("kept")
    scale_benchmark.make_projects(tmp_path / "a", 3)  # same key: the cached corpus is reused
    assert marker.exists()


def test_a_build_the_checks_stop_names_the_rules(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "print('site/a/index.html:7:5: link-target (error): a link ... [b****]', file=sys.stderr)\n"
        "print('sitemap.xml:9:1: link-target (error): a link ... [b****]', file=sys.stderr)\n"
        "print('reviews/x.md:3:1: person-name (error): this looks like ...', file=sys.stderr)\n"
        "sys.exit(1)\n"
    )
    result = scale_benchmark.run([sys.executable, "-c", script], tmp_path)
    assert result["exit"] == 1
    assert result["gate_errors"] == {"link-target": 2, "person-name": 1}
    assert scale_benchmark.run([sys.executable, "-c", "pass"], tmp_path)["gate_errors"] == {}

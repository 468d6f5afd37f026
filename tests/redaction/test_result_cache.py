"""The persistent cache of the checks' results (redaction/result_cache.py): a warm run finds
what a cold run finds, pays the rules only for what changed, never reuses a result after
anything that could change it, ignores a damaged cache, and keeps identifiers out of it."""

from __future__ import annotations

import json
import multiprocessing
import shutil
from pathlib import Path

import pytest

from review_library.redaction import engine, output_scan, result_cache
from review_library.redaction.config import RedactionConfig
from review_library.redaction.register import Register
from review_library.redaction.result_cache import CACHE_DIR, ResultStore
from review_library.redaction.runner import CheckCache, start_check
from tests.helpers import build_failure, review_text
from tests.redaction.test_cli import (
    LEAKY_BODY,
    PLANTED,
    assert_no_identifier,
    run,
    valid_nhs_number,
)
from tests.redaction.test_cli import project as project

CLEAN_BODY = "## Background\n\nChild A was seen by the health visitor in the spring.\n"


def _library(root: Path) -> None:
    (root / "reviews").mkdir(exist_ok=True)
    (root / "reviews" / "leaky.md").write_text(
        review_text(LEAKY_BODY.format(nhs=valid_nhs_number())), encoding="utf-8"
    )
    for number in range(3):
        (root / "reviews" / f"clean-{number}.md").write_text(
            review_text(CLEAN_BODY, id=f"testshire-2024-child-{number}"), encoding="utf-8"
        )


def _segments(root: Path, kind: str = "sources") -> list[Path]:
    return sorted((root / CACHE_DIR).glob(f"{kind}-*/*.json"))


@pytest.fixture(autouse=True)
def new_process():
    """Forget the segments this process read: each run below stands for a new process."""
    result_cache._LOADED.clear()
    yield result_cache._LOADED.clear
    result_cache._LOADED.clear()


def _recorded(monkeypatch, module, name: str, take) -> list:
    """Record ``take(args)`` of every call of ``module.name`` (in this process: no workers)."""
    calls: list = []
    original = getattr(module, name)

    def recording(*args, **kwargs):
        calls.append(take(args))
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, recording)
    monkeypatch.setenv("REVIEW_LIBRARY_WORKERS", "1")
    return calls


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    """The file of every source check the rules really run."""
    return _recorded(monkeypatch, engine, "check_text", lambda args: args[1])


# -- review-library check ------------------------------------------------------------------


def test_check_warm_equals_cold_and_reads_only_what_changed(
    project, capsys, counted, new_process
) -> None:
    _library(project)
    cold = run(capsys, "check", "reviews", "--format", "json")
    assert sorted(counted) == sorted(f"reviews/{n}" for n in ["leaky.md", *_clean_names()])
    assert _segments(project), "nothing was cached"
    counted.clear()
    new_process()
    warm = run(capsys, "check", "reviews", "--format", "json")
    assert warm == cold and cold[0] == 1
    assert counted == []  # every result came from the cache
    # An identifier added to a review whose clean result is cached is found.
    target = project / "reviews" / "clean-1.md"
    target.write_text(review_text(CLEAN_BODY + "Her mobile was 07700 900123.\n"), "utf-8")
    code, out, _ = run(capsys, "check", "reviews", "--format", "json")
    assert code == 1 and counted == ["reviews/clean-1.md"]
    found = {(f["file"], f["rule"]) for f in json.loads(out)["findings"]}
    assert ("reviews/clean-1.md", "phone-number") in found
    # Masked in the report and absent from the cache files.
    assert_no_identifier(out, *(p.read_text() for p in _segments(project)))
    assert all("900123" not in p.read_text() for p in _segments(project))


def _clean_names() -> list[str]:
    return [f"clean-{number}.md" for number in range(3)]


def test_no_cache_reads_and_writes_nothing(project, capsys, counted) -> None:
    _library(project)
    run(capsys, "check", "reviews", "--no-cache")
    assert not (project / ".cache").exists()
    run(capsys, "check", "reviews")
    counted.clear()
    run(capsys, "check", "reviews", "--no-cache")
    assert len(counted) == 4  # the cache there is not read either
    assert (project / ".cache" / ".gitignore").read_text() == "*\n"


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{",
        b"[" * 100_000,
        b'{"format": 1, "kind": "sources", "entries": []}',
        "truncated",
        "wrong types",
    ],
)
def test_a_damaged_cache_is_ignored(project, capsys, counted, damage, new_process) -> None:
    _library(project)
    cold = run(capsys, "check", "reviews", "--format", "json")
    for segment in _segments(project):
        data = segment.read_bytes()
        if damage == "truncated":
            segment.write_bytes(data[: len(data) // 2])
        elif damage == "wrong types":
            parsed = json.loads(data)
            for key in parsed["entries"]:
                parsed["entries"][key] = {"findings": [[1, "x"]], "files": "1"}
            segment.write_text(json.dumps(parsed))
        else:
            segment.write_bytes(damage)
    counted.clear()
    new_process()
    assert run(capsys, "check", "reviews", "--format", "json") == cold
    assert len(counted) == 4  # every file checked again


# -- what the key covers -------------------------------------------------------------------


def _check(root: Path, config=None, register=None):
    cache = CheckCache(root=root / CACHE_DIR)
    return start_check(
        [root / "reviews"],
        root=root,
        config=config or RedactionConfig(),
        register=register,
        cache=cache,
    ).result()


def test_register_and_severity_and_declarations_change_the_result(tmp_path, counted) -> None:
    _library(tmp_path)
    clean = tmp_path / "reviews" / "clean-0.md"
    clean.write_text(review_text(CLEAN_BODY + "Zebedee Quartermaine visited.\n"), "utf-8")
    _check(tmp_path)
    counted.clear()
    _check(tmp_path)
    assert counted == []
    # A register naming someone in a cached review: every file is checked again.
    salted = Register.new(salt=b"0123456789abcdef")
    salted.add("Zebedee Quartermaine")
    report = _check(tmp_path, register=salted)
    assert len(counted) == 4
    assert ("reviews/clean-0.md", "identifier-register") in {
        (f.file, f.rule) for f in report.findings
    }
    # A severity changed: found again, at the new level.
    counted.clear()
    lowered = RedactionConfig.from_dict({"nhs-number": "warning"})
    report = _check(tmp_path, config=lowered)
    assert len(counted) == 4
    assert {f.severity for f in report.findings if f.rule == "nhs-number"} == {"warning"}
    # A declaration is part of the review's text, so of its key.
    counted.clear()
    leaky = tmp_path / "reviews" / "leaky.md"
    allowed = leaky.read_text().replace(
        "status: published",
        "status: published\nredaction:\n  allow:\n  - text: Larch Close\n"
        "    rule: street-address\n    reason: test",
    )
    leaky.write_text(allowed)
    _check(tmp_path, config=lowered)
    assert counted == ["reviews/leaky.md"]


def test_a_plain_register_is_never_reused_a_hashed_one_is(tmp_path) -> None:
    plain = tmp_path / "plain.yml"
    plain.write_text("identifiers:\n  - Zebedee Quartermaine\n")
    config = RedactionConfig()
    first = result_cache.fingerprint("sources", config, Register.load_plain(plain))
    assert first != result_cache.fingerprint("sources", config, Register.load_plain(plain))
    hashed = tmp_path / "register.json"
    Register.load_plain(plain).save(hashed)
    again = result_cache.fingerprint("sources", config, Register.load_hashed(hashed))
    assert again == result_cache.fingerprint("sources", config, Register.load_hashed(hashed))
    assert "zebedee" not in json.dumps(again).lower()


def test_code_data_and_package_versions_change_the_fingerprint(tmp_path, monkeypatch) -> None:
    import review_library

    source = Path(review_library.__file__).resolve().parent
    copy = tmp_path / "review_library"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    original = result_cache.package_fingerprint(copy)
    assert original == result_cache.package_fingerprint(source)
    for edited in ("redaction/rules/phone_number.py", "frontmatter.py"):
        path = copy / edited
        before = path.read_bytes()
        path.write_bytes(before + b"\n")
        assert result_cache.package_fingerprint(copy) != original, edited
        path.write_bytes(before)
    data = copy / "redaction" / "data" / "public_bodies.txt"
    data.write_bytes(data.read_bytes() + b"x")
    assert result_cache.package_fingerprint(copy) != original

    from importlib import metadata

    code = result_cache.code_fingerprint()
    real_version = metadata.version

    def newer(name):
        return "99.0" if name == "phonenumbers" else real_version(name)

    monkeypatch.setattr(metadata, "version", newer)
    result_cache.code_fingerprint.cache_clear()
    try:
        assert result_cache.code_fingerprint() != code
    finally:
        monkeypatch.undo()
        result_cache.code_fingerprint.cache_clear()
    assert result_cache.code_fingerprint() == code


def test_a_changed_fingerprint_reads_nothing_old(tmp_path, counted, monkeypatch) -> None:
    _library(tmp_path)
    _check(tmp_path)
    counted.clear()
    monkeypatch.setattr(result_cache, "code_fingerprint", lambda: "another version")
    _check(tmp_path)
    assert len(counted) == 4


# -- the store -----------------------------------------------------------------------------


def _writer(args: tuple[str, int]) -> None:
    root, number = args
    store = ResultStore(Path(root), "test", "f" * 64, lambda v: v, 10_000)
    for index in range(200):
        store.put(f"{number:04d}{index:060d}", [number, index])
    store.save()


def test_concurrent_writers_lose_nothing_and_segments_are_merged(tmp_path) -> None:
    with multiprocessing.get_context("fork").Pool(4) as pool:
        pool.map(_writer, [(str(tmp_path), n) for n in range(12)])
    store = ResultStore(tmp_path, "test", "f" * 64, lambda v: v, 10_000)
    assert len(list(store.keys())) == 12 * 200
    assert store.get(f"{7:04d}{5:060d}") == [7, 5]
    segments = list(store.folder.glob("*.json"))
    assert len(segments) <= result_cache.MAX_SEGMENTS + 4  # merged as they came
    assert not list(store.folder.glob(".*.tmp"))


def test_the_store_is_bounded_and_evicts_the_oldest(tmp_path) -> None:
    for number in range(result_cache.MAX_SEGMENTS + 1):
        store = ResultStore(tmp_path, "test", "f" * 64, lambda v: v, 500)
        for index in range(100):
            store.put(f"{number:04d}{index:060d}", number)
        store.save()
    store = ResultStore(tmp_path, "test", "f" * 64, lambda v: v, 500)
    keys = list(store.keys())
    assert len(keys) == 500 and len(list(store.folder.glob("*.json"))) == 1
    assert store.get(f"{0:04d}{0:060d}") is None  # the oldest went first
    assert store.get(f"{8:04d}{0:060d}") == 8
    # Old fingerprints' folders are removed once newer ones are in use.
    for number in range(result_cache.KEEP_FOLDERS + 2):
        other = ResultStore(tmp_path, "test", f"{number:02d}" * 32, lambda v: v, 500)
        other.put("a" * 64, 1)
        other.save()
    assert len(list(tmp_path.glob("test-*"))) == result_cache.KEEP_FOLDERS


# -- the build -----------------------------------------------------------------------------


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def scanned(monkeypatch) -> list[str]:
    """The texts the output scan's rules read."""
    return _recorded(monkeypatch, output_scan, "find_hits", lambda args: args[0])


def test_a_warm_build_is_byte_identical_and_runs_no_rules(
    site, counted, scanned, new_process
) -> None:
    site.add_review()
    site.add_review(id="testshire-2023-child-b", title="Child B: a second review")
    cold = _tree(site.build())
    assert [p for p in counted if p.startswith("reviews/")] and scanned
    assert _segments(site.root) and _segments(site.root, "output-pieces")
    counted.clear()
    scanned.clear()
    new_process()
    warm = _tree(site.build())
    assert warm == cold
    assert [p for p in counted if p.startswith("reviews/")] == []
    assert scanned == []  # every piece of the site was known
    # The same site with the cache off.
    shutil.rmtree(site.site_dir)
    site.plugin_options = {"checks": {"cache": False}}
    shutil.rmtree(site.root / ".cache")
    assert _tree(site.build()) == cold
    assert not (site.root / ".cache").exists()
    assert_no_identifier(*(p.read_text() for p in site.root.rglob("*.json") if ".cache" in p.parts))


def test_a_warm_build_still_refuses_what_only_the_site_shows(site, caplog, scanned) -> None:
    """A cached piece result is applied with this build's allowances: removing the
    allowance of a phone number in a generated file stops the build, though its piece's
    result came from the cache."""
    site.add_review()
    site.add_late_file("contacts.json", '{"office": "Ring 07700 900123"}')
    phone = "07700" + " 900123"
    site.plugin_options = {
        "checks": {"allow": [{"text": phone, "rule": "phone-number", "reason": "the office"}]}
    }
    site.build()
    assert _segments(site.root, "output-pieces")
    assert any("900123" in text for text in scanned)
    scanned.clear()
    site.plugin_options = {}
    error = build_failure(site, caplog)
    assert not any("900123" in text for text in scanned)  # its result came from the cache
    assert "contacts.json" in error and "phone-number" in error
    assert phone not in error
    assert all(word.lower() not in error.lower() for word in PLANTED)

"""The independent evaluation corpus is well formed, and the benchmark runs over it.

The targets themselves are measured by tests/benchmarks/redaction_benchmark.py, not asserted
here: the corpus exists to say how the gate does on text it was not tuned on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.taxonomy import load_taxonomy
from review_library.validate import ReviewError, parse_review_text
from tests.benchmarks import redaction_benchmark
from tests.redaction.eval import corpus

ROOT = Path(__file__).resolve().parents[2]
TAXONOMY = load_taxonomy(ROOT / "site_src" / "taxonomy.yml")
ALL_CASES = [case for split in corpus.SPLITS for case in corpus.load_cases(split)]
REPORTS = [
    item for split in corpus.SPLITS for item in corpus.clean_reports(split) + corpus.openings(split)
]


def _validate(text: str, name: str) -> None:
    try:
        parse_review_text(text, name, TAXONOMY)
    except ReviewError as error:
        pytest.fail("\n".join(p.render() for p in error.problems))


def test_case_ids_are_unique_and_kinds_match_files() -> None:
    ids = [case.id for case in ALL_CASES]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    for case in ALL_CASES:
        assert case.source.endswith(f"/{case.kind}.yml"), (case.id, case.source)


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.id)
def test_case_is_a_valid_review_and_holds_its_identifiers(case: corpus.Case) -> None:
    document = case.document()
    _validate(document, f"{case.id}.md")
    for identifier in case.identifiers:
        assert identifier.strip() == identifier and identifier, case.id
        assert corpus.occurrences(document, identifier), (case.id, "identifier not in text")


def test_the_base_review_alone_has_no_finding() -> None:
    document = corpus.render_document(corpus.merged_front_matter({}), "No more to say.")
    report = check_text(document, "base.md", config=RedactionConfig())
    assert report.findings == []


@pytest.mark.parametrize("item", REPORTS, ids=lambda p: p.name)
def test_report_is_valid_and_holds_its_planted_identifiers(item: corpus.Planted) -> None:
    text = item.text()
    _validate(text, item.name)
    for identifier in item.identifiers:
        assert corpus.occurrences(text, identifier), (item.name, "identifier not in text")


def test_scoring_counts_an_overlapping_error_and_ignores_a_finding_elsewhere() -> None:
    text = "---\na: 1\n---\n\nThe aunt, Eluned Prydderch, called.\nNothing else here.\n"
    start = text.index("Eluned")
    end = start + len("Eluned Prydderch")

    class F:  # the fields of a Finding the scoring reads
        def __init__(self, line: int, column: int, excerpt: str, severity: str) -> None:
            self.line, self.column, self.excerpt, self.severity = line, column, excerpt, severity
            self.rule = "person-name"

    on_name = corpus.finding_spans(text, [F(5, 11, "E***** P********", "error")])
    elsewhere = corpus.finding_spans(text, [F(6, 1, "N******", "error")])
    warning = corpus.finding_spans(text, [F(5, 11, "E***** P********", "warning")])
    assert corpus.covered(text, start, end, on_name, "error")
    assert not corpus.covered(text, start, end, elsewhere, "error")
    assert not corpus.covered(text, start, end, warning, "error")
    assert corpus.covered(text, start, end, warning, None)


def test_benchmark_runs_on_the_dev_split(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "figures.json"
    code = redaction_benchmark.main(["--split", "dev", "--megabytes", "0.05", "--json", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "=== split: dev ===" in printed and "Targets met:" in printed
    (result,) = json.loads(out.read_text(encoding="utf-8"))
    assert result["split"] == "dev"
    assert result["cases"]["positive_cases"] > 0
    # Masked output only: no identifier of the split appears in full in what was printed.
    for case in corpus.load_cases("dev"):
        for identifier in case.identifiers:
            if len(identifier) >= 5:
                assert identifier not in printed, case.id


def test_both_splits_cover_the_same_kinds_with_positives_and_near_misses() -> None:
    kinds = {
        split: {c.kind for c in ALL_CASES if c.split == split and not c.near_miss}
        for split in corpus.SPLITS
    }
    assert kinds["dev"] == kinds["test"] != set()
    for split in corpus.SPLITS:
        near = {c.kind for c in ALL_CASES if c.split == split and c.near_miss}
        assert near, split


def test_clean_reports_are_full_length_or_whole_sections() -> None:
    """Each split holds at least six whole reports; the other clean texts are the sections of a
    report false alarms come from (title page, panel and agency tables, terms of reference,
    reference list, glossary), written whole for the false-alarm work and never a fragment."""
    for split in corpus.SPLITS:
        lengths = {item.name: corpus.words_in(item.text()) for item in corpus.clean_reports(split)}
        assert sum(words >= 1_800 for words in lengths.values()) >= 6, split
        for name, words in lengths.items():
            assert 600 <= words <= 4_500, (name, words)


def _mod11(digits: str) -> bool:
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = (11 - total % 11) % 11
    return check != 10 and check == int(digits[9])


def _luhn(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _upn(value: str) -> bool:
    letters = "ABCDEFGHJKLMNPQRTUVWXYZ"
    digits = value[1:]
    return letters[sum(int(d) * (i + 2) for i, d in enumerate(digits)) % 23] == value[0].upper()


def test_numbers_with_a_checksum_are_valid() -> None:
    """A rule that checks the checksum must be measured on numbers that pass it; and the ISBN
    near-misses pass the NHS modulus 11 check too, which is what makes them near-misses."""
    checked = 0
    for case in ALL_CASES:
        for identifier in case.identifiers:
            compact = "".join(c for c in identifier if c.isalnum())
            if case.kind == "health-number" and compact.isdigit():
                # NHS, CHI and H&C numbers; a hospital's own record number ("RN04563217")
                # has no check digit
                assert len(compact) == 10 and _mod11(compact), case.id
            elif case.kind == "upn" and compact[:1].isalpha():  # a ULN is ten digits
                assert len(compact) == 13 and _upn(compact), case.id
            elif (
                case.kind == "device"
                and compact.isdigit()
                and len(compact) == 15
                and "IMSI" not in case.text  # a subscriber number has no check digit
            ):
                assert _luhn(compact), case.id  # IMEI
            elif case.kind == "financial" and compact.isdigit() and len(compact) == 16:
                # A labelled card number that fails its check is a form of its own (the rule
                # reads it by its label); its note says so.
                assert _luhn(compact) or "fails its Luhn check" in case.note, case.id
            else:
                continue
            checked += 1
        if case.kind == "health-number" and case.near_miss and "ISBN" in case.text:
            isbn = "".join(c for c in case.text.split("ISBN", 1)[1] if c.isdigit())
            if len(isbn) == 10:
                assert _mod11(isbn), case.id
                checked += 1
    assert checked >= 50


def test_benchmark_shows_one_case_masked(capsys: pytest.CaptureFixture) -> None:
    case = next(c for c in corpus.load_cases("dev") if c.id == "pn-d-01")
    assert redaction_benchmark.main(["--case", case.id]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("pn-d-01 (dev, person-name)")
    assert "identifier #1 [E***** P********]" in printed
    assert case.identifiers[0] not in printed
    assert redaction_benchmark.main(["--case", "no-such-case"]) == 2


def test_benchmark_scores_a_folder_of_private_cases(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """A private holdout outside the repository is scored like a split, masked."""
    (tmp_path / "names.yml").write_text(
        "- {id: h1, kind: person-name, note: a full name, text: 'Shona Macleod was 4.',"
        " identifiers: ['Shona Macleod']}\n"
        "- {id: h2, kind: person-name, note: a role, text: 'The health visitor called.',"
        " identifiers: []}\n",
        encoding="utf-8",
    )
    assert redaction_benchmark.main(["--cases", str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out
    rows = [" ".join(line.split()) for line in out.splitlines()]
    assert "person-name 1 1.00 1.00 0/1" in rows
    assert "Cases blocked at error level: 1/1" in out
    assert "Macleod" not in out
    assert redaction_benchmark.main(["--cases", str(tmp_path / "none")]) == 2


def test_a_case_written_as_a_whole_review_file_is_checked_with_its_own_front_matter(
    tmp_path: Path,
) -> None:
    """A holdout writer who never saw BASE_FRONT_MATTER writes a front-matter case as a whole
    file: its author and pseudonyms are declarations, as `review-library check` reads them,
    not body text after the base front matter."""
    whole = corpus.render_document(
        corpus.merged_front_matter({"author": "T. Brannigan", "pseudonyms": ["Child K", "Poppy"]}),
        "Poppy's school raised the concern in Year 3.\n",
    )
    (tmp_path / "fm.yml").write_text(
        yaml.safe_dump(
            [
                {
                    "id": "w1",
                    "kind": "front-matter",
                    "note": "declared",
                    "text": whole,
                    "identifiers": [],
                }
            ]
        ),
        encoding="utf-8",
    )
    [case] = corpus.load_cases("holdout", tmp_path)
    assert case.is_whole_file
    assert case.document() == whole
    report = check_text(case.document(), "w1.md", config=RedactionConfig())
    assert not report.findings

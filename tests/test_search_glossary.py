"""The practitioner glossary: loaded and checked with the taxonomy, indexed as concept terms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review_library.search.analyzer import terms
from review_library.search.glossary import ConceptFinder
from review_library.taxonomy import TaxonomyError, load_taxonomy
from tests.helpers import TAXONOMY

REQUIRED = {"mash", "marac", "mappa", "lado", "icpc", "rcpc", "cin", "cp", "lac", "cse", "cce",
            "nrm", "plo", "ehcp", "send", "camhs", "amhp", "dols", "lps", "idva", "dash", "sudi",
            "nai", "aht", "gp", "ed", "hv", "sw", "dsl", "eha", "fgm", "hba", "prevent", "cspr",
            "sar", "dhr"}  # fmt: skip


def test_the_shipped_glossary_has_the_practitioner_terms() -> None:
    glossary = load_taxonomy(TAXONOMY).glossary
    keys = {entry.key for entry in glossary}
    assert keys >= REQUIRED, REQUIRED - keys
    by_key = {entry.key: entry for entry in glossary}
    assert by_key["mash"].expansion == "Multi-Agency Safeguarding Hub"
    assert by_key["lac"].acronyms == ("LAC", "CLA")
    assert by_key["ed"].acronyms == ("ED", "A&E")
    assert by_key["ppani"].nations == ("northern-ireland",)


def _taxonomy(tmp_path: Path, glossary: str) -> Path:
    path = tmp_path / "taxonomy.yml"
    path.write_text(
        TAXONOMY.read_text("utf-8").split("\nglossary:")[0] + "\nglossary:\n" + glossary
    )
    return path


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("  - {key: mash, acronyms: [MASH], expansion: Hub, colour: red}", "glossary[0].colour: unknown field"),
        ("  - {key: mash, expansion: Multi-Agency Safeguarding Hub}", "glossary[0].acronyms: needs one or more"),
        ("  - {key: mash, acronyms: [MASH]}", "glossary[0].expansion: needs the term in full"),
        ("  - {key: MASH!, acronyms: [MASH], expansion: Hub}", "glossary[0].key: needs a key"),
        ("  - {key: it, acronyms: [IT], expansion: Information technology}", "'IT' has no searchable word"),
        ("  - {key: mash, acronyms: [MASH], expansion: Hub, nations: [atlantis]}", "glossary[0].nations: must list nations"),
        ("  - {key: a, acronyms: [A1], expansion: One}\n  - {key: a, acronyms: [A2], expansion: Two}", "glossary[1].key: the key 'a' is used twice"),
        ("  - {key: ehcp, acronyms: [EHCP], expansion: Education, Health and Care Plan}", "glossary[0].Health and Care Plan: unknown field"),
    ],
)  # fmt: skip
def test_a_bad_entry_names_file_line_and_field(tmp_path: Path, entry: str, message: str) -> None:
    path = _taxonomy(tmp_path, entry + "\n")
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(path)
    text = str(caught.value)
    assert message in text
    line = len(path.read_text("utf-8").split("\nglossary:")[0].splitlines()) + 2
    assert text.startswith(f"{path}:{line}") or text.startswith(f"{path}:{line + 1}"), text


def test_no_glossary_is_an_empty_glossary(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.yml"
    path.write_text(TAXONOMY.read_text("utf-8").split("\nglossary:")[0])
    assert load_taxonomy(path).glossary == ()


def test_concepts_are_found_where_a_field_spells_them_out() -> None:
    finder = ConceptFinder(load_taxonomy(TAXONOMY).glossary)
    text = "Referred to the Multi-agency safeguarding hubs; a looked-after child; A&E; the MASH."
    # Spelt out (any case, plurals, hyphens): the concept. The acronym alone is its own word.
    assert finder.concepts(terms(text)) == ["=lac", "=mash"]
    assert finder.concepts(terms("a safeguarding hub")) == []


def test_the_index_holds_concept_terms_and_positions(site) -> None:
    site.add_review(
        body="## Findings\n\nThe Multi-Agency Safeguarding Hub did not share the referral.\n",
    )
    out = site.build() / "search"
    glossary = json.loads((out / "glossary.json").read_text("utf-8"))
    mash = next(row for row in glossary if row[0] == "mash")
    assert mash[1] == "Multi-Agency Safeguarding Hub" and mash[2] == [["mash"]]
    shard = json.loads((out / "text" / "shard-0.json").read_text("utf-8"))
    assert "=mash" in shard["terms"]
    places = json.loads((out / "text" / "pos-0.json").read_text("utf-8"))["positions"]
    assert len(places) == len(shard["terms"])
    # "multi", "agenc", "safeguard", "hub" stand at consecutive positions of section 0.
    at = {t: places[shard["terms"].index(t)][0] for t in ("multi", "agenc", "safeguard", "hub")}
    firsts = [gaps[0] for gaps in at.values()]
    assert firsts == list(range(firsts[0], firsts[0] + 4))
    # The concept does not count in the section's length (lunr's weights are unchanged).
    manifest = json.loads((out / "text" / "manifest.json").read_text("utf-8"))
    # Section 0 is review 0's first (its result file's last field lists its sections).
    heading, _, body = json.loads((out / "reviews" / "0.json").read_text("utf-8"))[-1][0]
    assert manifest["lengths"][0][0] == len(terms(f"{heading}\n{body}"))

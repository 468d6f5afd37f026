"""The taxonomy loader: labels that YAML cut short are errors, with the line and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_library.taxonomy import TaxonomyError, load_taxonomy
from tests.helpers import TAXONOMY, SiteFixture, build_failure


def _taxonomy_with(tmp_path: Path, old: str, new: str) -> Path:
    text = TAXONOMY.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "taxonomy.yml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_shipped_labels_survive_yaml() -> None:
    taxonomy = load_taxonomy(TAXONOMY)
    assert taxonomy.themes["race-ethnicity-culture"].label == "Race, ethnicity and culture"


def test_label_cut_at_an_unquoted_comma_is_an_error_with_line_and_fix(tmp_path: Path) -> None:
    path = _taxonomy_with(
        tmp_path, 'label: "Race, ethnicity and culture"', "label: Race, ethnicity and culture"
    )
    line = next(
        n for n, text in enumerate(path.read_text().splitlines(), 1) if "race-ethnicity" in text
    )
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(path)
    message = str(caught.value)
    assert f"taxonomy.yml:{line}: themes[" in message
    assert "unquoted comma" in message
    assert 'label: "Race, ethnicity and culture"' in message


def test_unknown_field_in_an_agency_is_an_error(tmp_path: Path) -> None:
    path = _taxonomy_with(
        tmp_path, "agencies:\n", "agencies:\n  - {key: x, label: X, colour: red}\n"
    )
    with pytest.raises(TaxonomyError, match=r"agencies\[0\]: unknown field 'colour'"):
        load_taxonomy(path)


def test_region_with_a_cut_label_is_an_error(tmp_path: Path) -> None:
    text = TAXONOMY.read_text(encoding="utf-8")
    start = text.index("nations:")
    marker = text.index("label:", text.index("regions:", start))
    end = text.index("}", marker)
    path = tmp_path / "taxonomy.yml"
    path.write_text(text[:marker] + "label: North, and West" + text[end:], encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"nations\[0\]\.regions\[0\]: 'and West'"):
        load_taxonomy(path)


def test_build_refuses_a_cut_label(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    site = SiteFixture(tmp_path)
    site.add_review()
    taxonomy = site.root / "site_src" / "taxonomy.yml"
    taxonomy.write_text(
        taxonomy.read_text().replace(
            'label: "Race, ethnicity and culture"', "label: Race, ethnicity and culture"
        )
    )
    message = build_failure(site, caplog)
    assert "unquoted comma" in message
    assert not (site.site_dir / "index.html").exists()

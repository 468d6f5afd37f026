"""Hostile and broken input (issue 11): each case is refused with a clear error naming the
file and line, in `validate` and in a real `mkdocs build`, and nothing is published."""

from __future__ import annotations

import pytest

from review_library.cli import main
from tests.helpers import SiteFixture, build_failure, review_text


def _validate(capsys, *paths: str) -> tuple[int, str]:
    code = main(["validate", "--taxonomy", "site_src/taxonomy.yml", *paths])
    return code, capsys.readouterr().err


# -- dates: a number is never a date (item 3) ---------------------------------------------
@pytest.mark.parametrize("value", [20991231, 2099, "20991231", 0, "tomorrow", 1.5])
def test_embargo_written_as_a_number_is_refused(site: SiteFixture, capsys, caplog, value):
    site.add_review(embargo_until=value)
    code, err = _validate(capsys, "reviews")
    assert code == 1
    assert "reviews/testshire-2024-child-a.md:" in err
    assert "embargo_until" in err and "is not a valid date and time" in err
    message = build_failure(site, caplog)
    assert "embargo_until" in message and "2024-03-14T09:00:00Z" in message
    assert not (site.site_dir / "reviews" / "testshire-2024-child-a").exists()
    assert not (site.site_dir / "catalogue.json").exists()


@pytest.mark.parametrize("value", [0, 20240314, "20240314", "14/03/2024", "2024-03-14T09:00:00Z"])
def test_published_written_as_a_number_is_refused(site: SiteFixture, capsys, value):
    site.add_review(published=value)
    code, err = _validate(capsys, "reviews")
    assert code == 1
    assert "published: " in err and "is not a valid date; write it as YYYY-MM-DD" in err


@pytest.mark.parametrize(
    "field",
    [
        {"withdrawal": {"date": 20240101, "reason": "At the family's request."}},
        {
            "recommendations": [
                {"id": "R1", "text": "Follow up missed appointments.", "updated": 1700000000}
            ]
        },
    ],
)
def test_other_dates_written_as_numbers_are_refused(site: SiteFixture, capsys, field):
    extra = {"status": "withdrawn"} if "withdrawal" in field else {}
    site.add_review(**field, **extra)
    code, err = _validate(capsys, "reviews")
    assert code == 1 and "is not a valid date; write it as YYYY-MM-DD" in err


def test_embargo_as_a_future_date_or_timestamp_is_kept_back(site: SiteFixture, monkeypatch):
    monkeypatch.setenv("REVIEW_LIBRARY_NOW", "2025-01-01T00:00:00Z")
    site.add_review(embargo_until="2099-12-31")
    site.add_review(
        name="b", id="testshire-2024-child-b", embargo_until="2025-01-01T00:30:00+01:00"
    )
    site.add_review(name="c", id="testshire-2024-child-c", embargo_until="2024-12-31 23:00")
    out = site.build()
    catalogue = (out / "catalogue.json").read_text(encoding="utf-8")
    assert "testshire-2024-child-a" not in catalogue
    assert "testshire-2024-child-b" in catalogue  # 23:30 UTC on 31 December: passed
    assert "testshire-2024-child-c" in catalogue
    assert not (out / "reviews" / "testshire-2024-child-a").exists()


def test_review_text_helper_writes_numbers_as_numbers():
    # The tests above rely on this: an int in the helper is a YAML number, not a string.
    assert "embargo_until: 20991231\n" in review_text(embargo_until=20991231)

"""A build reports every problem it can find in one run, grouped by file.

An author with a schema error, a misspelt theme and a date of birth in one file used to need
three builds to see all three.
"""

from __future__ import annotations

from tests.helpers import BASE_BODY, SiteFixture, build_failure

DOB_BODY = BASE_BODY + "\nChild A's date of birth was 14/03/2019.\n"


def _lines(message: str) -> list[str]:
    return [line.strip() for line in message.splitlines() if line.startswith("  ")]


def test_schema_problems_and_findings_in_one_run(site: SiteFixture, caplog) -> None:
    site.add_review(body=DOB_BODY, themes=["neglet"])
    site.add_review(
        name="other",
        id="testshire-2024-child-b",
        body=BASE_BODY + "\nThe family lived at 14 Larch Close, NX1 4QT.\n",
    )
    message = build_failure(site, caplog)
    listed = _lines(message)
    first = [line for line in listed if line.startswith("reviews/testshire-2024-child-a.md:")]
    assert any("themes[0]: unknown theme 'neglet'" in line for line in first), listed
    assert any("date-of-birth" in line or "full-date" in line for line in first), listed
    assert any(line.startswith("reviews/other.md:") and "uk-postcode" in line for line in listed), (
        listed
    )
    # Grouped by file: all of one file's lines, then the next file's.
    files = [line.split(":", 1)[0] for line in listed if line]
    assert files == sorted(files)
    assert "14/03/2019" not in message and "NX1 4QT" not in message  # masked
    assert "front matter problem(s)" in message and "possible identifier(s)" in message
    assert "nothing was published" in message


def test_findings_and_report_text_in_one_run(site: SiteFixture, caplog) -> None:
    site.add_review(body=DOB_BODY + "\n<script>alert(1)</script>\n")
    message = build_failure(site, caplog)
    listed = _lines(message)
    assert any("report text: <script> is not allowed" in line for line in listed), listed
    assert any("date-of-birth" in line or "full-date" in line for line in listed), listed
    assert "possible identifier(s)" in message and "problem(s) in report text" in message

"""Guards for any skip of checked text inside an output piece (performance.md, "The output
scan, round 11"): whatever part of a joined piece is left out, the template's words, a
taxonomy label and every join with the words either side must still be read. Each test
failed against a version that left out too much (scan11's window of none, text between two
values, blocks matched by their first words only)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import review_library.redaction.output_scan as output_scan
from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import find_hits
from tests.helpers import review_text

CONFIG = RedactionConfig()
WINDOW = 96
"""Characters of a value next to a join that scan11's skip read."""
MIDDLE = "which nobody in the partnership had been asked to follow up at the time"
FIRST = (
    "Practitioners in every agency saw each missed health appointment on its own and "
    f"recorded it, {MIDDLE}, so the pattern of neglect stayed hidden from the multi-agency "
    "meetings held over the following two years of the review period."
)
SECOND = (
    "Agencies did not share what they knew about the family's many moves between addresses, "
    "and the school, the health visitor and the housing officer each held a part of the "
    "picture that none of them put together before the child was admitted to hospital."
)
# One ends and the other begins with a part of an NHS number: neither value alone is one, and
# the number needs more than a word of each (a window of one word at each end misses it).
ENDS_WITH_HALF = FIRST[:-1] + ", and his NHS number 943 476"
BEGINS_WITH_HALF = "5919 was on every record; " + SECOND
BODY = f"## Learning\n\n- {FIRST}\n- {SECOND}\n- {ENDS_WITH_HALF}\n- {BEGINS_WITH_HALF}\n"


def _site(tmp_path: Path, cells: list[str]) -> tuple[Path, dict]:
    review = tmp_path / "reviews" / "a.md"
    review.parent.mkdir()
    review.write_text(review_text(BODY), encoding="utf-8")
    digest = hashlib.sha256(review.read_bytes()).hexdigest()
    site = tmp_path / "site"
    site.mkdir()
    rows = "".join(f'"{cell}"\n' for cell in cells)
    (site / "catalogue.csv").write_text(f"learning_points\n{rows}", encoding="utf-8")
    args = {
        "config": CONFIG,
        "register": None,
        "forbidden": [],
        "allowance_files": [str(review)],
        "checked": [digest],
    }
    return site, args


def test_the_values_alone_pass() -> None:
    """The premise of the join test: each value passes on its own, the join does not."""
    for value in (FIRST, SECOND, ENDS_WITH_HALF, BEGINS_WITH_HALF):
        assert not list(find_hits(value, config=CONFIG))
    joined = f"{ENDS_WITH_HALF} {BEGINS_WITH_HALF}"
    assert [h.rule for h in find_hits(joined, config=CONFIG)] == ["nhs-number"]


def test_a_name_split_across_the_join_of_two_values_is_found(tmp_path: Path) -> None:
    site, args = _site(tmp_path, [f"{ENDS_WITH_HALF} {BEGINS_WITH_HALF}"])
    report = output_scan.scan_site(site, **args)
    assert [f.rule for f in report.findings] == ["nhs-number"]
    assert report.findings[0].column == len(ENDS_WITH_HALF) - 6  # where the piece has it


def test_an_identifier_in_a_templates_fixed_words_is_found(tmp_path: Path) -> None:
    """A board's template writes long fixed text between two values: it is no checked text,
    so all of it is read, however far from a join."""
    words = " ".join(["The board publishes this learning for practitioners."] * 4)
    fixed = f"{words} The mother's mobile is 07700 900123 for advice. {words}"
    assert len(fixed.split("07700")[0]) > 2 * WINDOW
    site, args = _site(tmp_path, [f"{FIRST} {fixed} {SECOND}"])
    report = output_scan.scan_site(site, **args)
    assert [f.rule for f in report.findings] == ["phone-number"]


def test_a_taxonomy_label_that_starts_as_a_checked_value_does_is_read_whole(
    tmp_path: Path,
) -> None:
    """A label (taxonomy text, not checked) that begins with a checked value's words and is
    as long is read whole: a block is left out only when its every character matches."""
    label = FIRST[: len(FIRST) // 2] + " the mother's mobile is 07700 900123 now"
    label += FIRST[len(label) :]
    assert len(label) == len(FIRST) and label != FIRST
    site, args = _site(tmp_path, [f"{label} · {SECOND}"])
    report = output_scan.scan_site(site, **args)
    assert [f.rule for f in report.findings] == ["phone-number"]

"""The output scan skips only whole blocks the source checks passed in the same build; text a
template, a hook or the configuration adds, or a review changed since its check, is scanned."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest

import review_library.redaction.output_scan as output_scan
from review_library.config import ChecksConfig
from review_library.gate import PublishingGate
from review_library.redaction.checked_text import CheckedText
from review_library.redaction.config import RedactionConfig
from tests.helpers import SiteFixture, build_failure, review_text
from tests.redaction.scan_recorder import scanned_texts as _scanned_texts

CONFIG = RedactionConfig()
PARAGRAPH = "The health visitor wrote to the family twice about the missed appointments."
BODY = f"""\
## Findings

{PARAGRAPH}
Nobody followed the letters up.

- A list item that the review wrote out in full.

| Agency | What it knew |
| --- | --- |
| Health visiting | The family had moved twice. |

## Learning

Practitioners saw each missed appointment on its own.

Agencies did not share what they knew.
"""


@pytest.fixture
def blocks() -> CheckedText:
    checked = CheckedText()
    checked.add(BODY)
    return checked


@pytest.mark.parametrize(
    "piece",
    [
        f"{PARAGRAPH}\nNobody followed the letters up.",  # a paragraph as rendered
        f"\n  {PARAGRAPH}\n",  # a line of it, with the markup's white space
        "A list item that the review wrote out in full.",
        "The family had moved twice.",  # a table cell
        "Practitioners saw each missed appointment on its own.\n\n"
        "Agencies did not share what they knew.",  # a section, as the search data holds it
    ],
    ids=["paragraph", "line", "list-item", "cell", "section"],
)
def test_whole_blocks_are_covered(blocks: CheckedText, piece: str) -> None:
    assert blocks.covers(piece)


@pytest.mark.parametrize(
    "piece",
    [
        f"{PARAGRAPH} Ring 07700 900123.",  # a block with text added after it
        f"Kayden Smith: {PARAGRAPH}",  # and before it
        "The health visitor wrote to the family twice",  # a part of a block
        "Agencies did not share what they knew.\n\n"
        "Practitioners saw each missed appointment on its own.",  # blocks in another order
        f"{PARAGRAPH}\nAgencies did not share what they knew.",  # blocks from two places
    ],
    ids=["appended", "prefixed", "part", "reordered", "joined"],
)
def test_anything_but_a_whole_block_is_not(blocks: CheckedText, piece: str) -> None:
    assert not blocks.covers(piece)


def test_the_search_datas_parts_of_a_long_section_are_covered() -> None:
    """The search data cuts a long section into runs of whole paragraphs; each run is a
    slice of the checked text, and a run with a sentence of another section is not."""
    from review_library.search.sections import PART_WORDS, sections

    paragraph = " ".join(["Agencies saw each incident on its own."] * 12)
    body = "## Findings\n\n" + "\n\n".join(
        f"In period {n}, {paragraph}" for n in range(PART_WORDS // 40)
    )
    checked = CheckedText()
    checked.add(body)
    parts = [section.text for section in sections(body)]
    assert len(parts) > 1
    assert all(checked.covers(part) for part in parts)
    assert not checked.covers(parts[0] + "\n\nKayden Smith was seen at home.")


def test_blocks_are_compared_as_the_rules_read_them(blocks: CheckedText) -> None:
    # An invisible character changes the bytes, not what the rules read.
    assert blocks.covers(PARAGRAPH.replace("visitor", "vis\u200bitor"))


def test_scanner_skips_checked_blocks_and_scans_what_a_template_added(
    tmp_path: Path, monkeypatch
) -> None:
    review = tmp_path / "reviews" / "a.md"
    review.parent.mkdir()
    review.write_text(review_text(BODY), encoding="utf-8")
    digest = hashlib.sha256(review.read_bytes()).hexdigest()
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        f"<p>{PARAGRAPH}\nNobody followed the letters up.</p>\n"
        f"<p>{PARAGRAPH} Ring 07700 900123.</p>\n",
        encoding="utf-8",
    )
    scanned = _scanned_texts(monkeypatch)
    args = {"config": CONFIG, "register": None, "forbidden": [], "allowance_files": [str(review)]}
    report = output_scan.scan_site(site, **args, checked=[digest])
    assert [f.rule for f in report.findings] == ["phone-number"]
    assert "Nobody followed" not in "".join(scanned)  # the checked block was skipped
    assert "Ring" in "".join(scanned)


def test_a_rebuilds_scanner_gets_the_same_blocks_from_what_was_read(tmp_path: Path) -> None:
    """Under `serve` a file's reading is kept (output_scan._READ) for the next rebuild's
    scanner: its blocks as their digests joined in one bytes object, not a second set, and
    the next scanner gets every one of them back."""
    review = tmp_path / "a.md"
    review.write_text(review_text(BODY), encoding="utf-8")
    digest = hashlib.sha256(review.read_bytes()).hexdigest()
    args = {"config": CONFIG, "register": None, "forbidden": [], "allowance_files": [str(review)]}
    output_scan._READ.clear()
    first = output_scan.OutputScanner(**args, checked=[digest])
    kept = output_scan._READ[(str(review), digest, "review")][0]
    assert type(kept) is bytes and len(kept) == 16 * len(first.checked.blocks) > 0
    second = output_scan.OutputScanner(**args, checked=[digest])
    assert second.checked.blocks == first.checked.blocks
    assert second.allowances.origin.keys() == first.allowances.origin.keys()


def test_a_review_changed_since_its_check_is_scanned_in_full(tmp_path: Path, monkeypatch) -> None:
    """The digest names the bytes the source checks read: a file edited after its check (or
    never checked) proves nothing, and its blocks are scanned."""
    review = tmp_path / "a.md"
    review.write_text(review_text(f"{PARAGRAPH} Ring 07700 900123.\n"), encoding="utf-8")
    stale = hashlib.sha256(review_text(PARAGRAPH).encode()).hexdigest()
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(f"<p>{PARAGRAPH} Ring 07700 900123.</p>", encoding="utf-8")
    scanned = _scanned_texts(monkeypatch)
    args = {"config": CONFIG, "register": None, "forbidden": [], "allowance_files": [str(review)]}
    report = output_scan.scan_site(site, **args, checked=[stale])
    assert [f.rule for f in report.findings] == ["phone-number"]
    assert any("Ring" in text for text in scanned)


def test_same_text_in_two_reviews_is_judged_per_review(tmp_path: Path) -> None:
    """Review A allows a name, review B has the same sentence without the allowance: B's
    source check finds it, and only A's file counts as checked for the output scan."""
    sentence = "Zebedee Quennell told the panel about the missed appointments.\n"
    folder = tmp_path / "reviews"
    folder.mkdir()
    allow = {"allow": [{"text": "Zebedee Quennell", "rule": "person-name", "reason": "consent"}]}
    (folder / "a.md").write_text(review_text(sentence, redaction=allow), encoding="utf-8")
    (folder / "b.md").write_text(
        review_text(sentence, id="testshire-2024-child-b"), encoding="utf-8"
    )
    gate = PublishingGate(_checks(), tmp_path)
    log = logging.getLogger("test")
    report = gate.collect_source_checks(gate.start_source_checks(folder, log), log)
    assert {Path(f.file).name for f in report.errors} == {"b.md"}
    digest_a = hashlib.sha256((folder / "a.md").read_bytes()).hexdigest()
    assert gate.checked == {digest_a}


def _checks() -> ChecksConfig:
    checks = ChecksConfig()
    checks.load_dict({})
    errors, _ = checks.validate()
    assert not errors
    return checks


def test_a_hook_that_adds_an_identifier_to_a_checked_paragraph_fails_the_build(
    tmp_path: Path, caplog
) -> None:
    """The review's paragraph passed the source checks; a hook (standing for a template or
    another plugin) writes a phone number into the same paragraph before the page is
    scanned. The paragraph as published is no checked block, so the output scan reads it."""
    site = SiteFixture(tmp_path)
    site.add_review()
    site.write(
        "hooks.py",
        "def on_page_content(html, page, config, files):\n"
        "    return html.replace('three clinic appointments were missed.',\n"
        "                        'three clinic appointments were missed. Ring 07700 900123.')\n",
    )
    site.mkdocs_extra = {"hooks": ["hooks.py"]}
    message = build_failure(site, caplog)
    assert "output scan" in message and "phone-number" in message
    assert "900123" not in message

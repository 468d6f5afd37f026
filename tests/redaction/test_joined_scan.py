"""A joined scan finds in each piece exactly what a scan of that piece alone finds.

The source checks run the rules once over a file's front matter values and body, and the
output scan once over the pieces of an output file it has not seen before, joined by
``engine.VALUE_SEPARATOR``. Which pieces meet in one scan depends on what was memoised, so a
rule (or a drop filter) that reads across the separator makes builds fail, or pass, at
random: a label at the end of one piece named the review id starting the next
(case-reference), a references list in one piece hid the names in the pieces after it, an
author cited in one piece allowed the same name in another page's link. For every rule, the
findings over joined pieces must be the union of its findings over each piece, on realistic
pieces: review sentences and paragraphs, front matter values, table rows, catalogue CSV rows
and link targets of the example and generated reviews, the dev evaluation texts and the
documentation.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
import re
from functools import cache
from pathlib import Path

import pytest

from review_library.catalogue import load_catalogue
from review_library.publish import catalogue_csv
from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import VALUE_SEPARATOR, find_hits, scanned_pieces
from review_library.redaction.rules import registry
from review_library.taxonomy import load_taxonomy
from tests.benchmarks.corpus import generate_corpus
from tests.redaction.eval import corpus as evaluation

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"\]\(([^)\s]+)|(?:href|src)=\"([^\"]+)\"")
BLANK = re.compile(r"\n[ \t]*\n")
CONFIG = RedactionConfig()
Found = tuple[int, int, int, str]
"""(piece, start, end, rule) of a hit."""


def _blocks(text: str) -> list[str]:
    """Paragraphs, and each row of a table on its own (as a page's cells are pieces)."""
    out: list[str] = []
    for block in BLANK.split(text):
        if block.lstrip().startswith("|"):
            out.extend(line for line in block.splitlines() if line.strip())
        elif block.strip():
            out.append(block)
    return out


def _review_pieces(folder: Path) -> list[str]:
    out: list[str] = []
    for path in sorted(folder.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        values, _ = scanned_pieces(text, path.name)
        *front, body = values
        out.extend(front)
        out.extend(_blocks(body))
        out.extend(a or b for a, b in LINK.findall(body))
    taxonomy = load_taxonomy(ROOT / "site_src" / "taxonomy.yml")
    later = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
    out.extend(catalogue_csv(load_catalogue(folder, taxonomy, now=later)).split("\r\n"))
    return out


@cache
def _pieces(generated: Path) -> tuple[str, ...]:
    pieces = _review_pieces(ROOT / "reviews") + _review_pieces(generated)
    pieces += [case.text for case in evaluation.load_cases("dev")]
    for item in [*evaluation.clean_reports("dev"), *evaluation.openings("dev")]:
        pieces += _blocks(item.text())
    for page in sorted((ROOT / "site_src").rglob("*.md")):
        pieces += _blocks(page.read_text(encoding="utf-8"))
    return tuple(p for p in pieces if p.strip())


def _alone(pieces: tuple[str, ...]) -> set[Found]:
    return {
        (index, hit.start, hit.end, hit.rule)
        for index, piece in enumerate(pieces)
        for hit in find_hits(piece, config=CONFIG)
    }


def _joined(pieces: tuple[str, ...], order: list[int]) -> set[Found]:
    texts = [pieces[i] for i in order]
    starts, position = [], 0
    for text in texts:
        starts.append(position)
        position += len(text) + len(VALUE_SEPARATOR)
    found = set()
    for hit in find_hits(VALUE_SEPARATOR.join(texts), config=CONFIG):
        at = bisect.bisect_right(starts, hit.start) - 1
        found.add((order[at], hit.start - starts[at], hit.end - starts[at], hit.rule))
    return found


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> tuple[tuple[str, ...], set[Found], dict[str, set[Found]]]:
    generated = tmp_path_factory.mktemp("generated")
    generate_corpus(4, generated)
    pieces = _pieces(generated)
    natural = list(range(len(pieces)))
    shuffled = natural[:]
    random.Random(16).shuffle(shuffled)  # other neighbours: pieces of other files meet
    return (
        pieces,
        _alone(pieces),
        {"in order": _joined(pieces, natural), "shuffled": _joined(pieces, shuffled)},
    )


@pytest.mark.parametrize("rule", [rule.id for rule in registry() if rule.find is not None])
def test_a_joined_scan_finds_what_each_piece_alone_finds(scans, rule: str) -> None:
    pieces, alone, joined = scans
    assert len(pieces) > 3000 and alone, "the pieces are realistic and some hold identifiers"
    wanted = {found for found in alone if found[3] == rule}
    for name, found in joined.items():
        got = {f for f in found if f[3] == rule}
        # Positions and lengths only: a finding is never shown unmasked.
        crossing = [(i, s, e) for i, s, e, _ in got if e > len(pieces[i])]
        assert not crossing, f"{rule} ({name}): hits run past their piece's end: {crossing[:5]}"
        extra = sorted((i, s, e) for i, s, e, _ in got - wanted)
        missed = sorted((i, s, e) for i, s, e, _ in wanted - got)
        assert not extra and not missed, (
            f"{rule} ({name}): joined scan differs from the pieces alone; "
            f"only joined: {extra[:5]}, only alone: {missed[:5]} (piece, start, end)"
        )


@pytest.mark.parametrize(
    "pieces",
    [
        # a vehicle word ending one piece opened a window into the next, where "PNC" (a
        # vehicle cue too) then made "ID 21" a plate: found only when the two pieces met
        ("DOB: 2019-03-14. Address: not recorded. GP: registered.", "PNC ID 21/123456A."),
        ("The car was seen.", "PNC ID 21 was checked later that week."),
    ],
)
def test_a_window_around_a_cue_word_stays_in_its_piece(pieces: tuple[str, str]) -> None:
    alone = {
        (i, hit.start, hit.end, hit.rule)
        for i, piece in enumerate(pieces)
        for hit in find_hits(piece, config=CONFIG)
    }
    assert _joined(pieces, [0, 1]) == alone

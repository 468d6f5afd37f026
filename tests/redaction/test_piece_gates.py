"""The piece gates of the rules the output scan runs piece by piece (``Rule.piece_gate``).

A piece where a rule's gate is not found is never handed to the rule: social-handle reads no
piece of lower-case letters alone, link-target none without a link's or a file's mark. Each
test puts an identifier where a gate one alternative narrower would hide it, among pieces
the gates skip, and asks that the joined scan finds it; and the gates are checked against
``find`` itself over the rules' own texts.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from review_library.redaction import engine
from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import VALUE_SEPARATOR, find_hits
from review_library.redaction.rules import link_target, social_handle
from tests.redaction.eval import corpus as evaluation

CONFIG = RedactionConfig()
# One-word terms as a search shard holds them, and a few short phrases: gated out or not,
# none holds an identifier.
PLAIN = ["safeguarding", "review", "neglect", "practitioners", "snapchat", "username",
         "handle", "account", "profile", "user", "group", "chat", "gamertag", "tiktok",
         "instagram", "saved", "posted", "alias", "known", "fb", "ig", "snap"]  # fmt: skip

# Each holds a link-target hit and exactly one of the gate's characters or words: a gate
# without that alternative skips its piece.
LINK_TARGETS = {
    ".": "kayden-morris-chronology.pdf",
    "/": "/home/kayden/notes",
    "\\": r"D:\reviews\kayden-morris-chronology",
    "<": "<mailto:kayden_morris>",
    "]": "[a]: kayden-morris-chronology",
    "{": "{#kayden-morris-chronology}",
    "href": 'href="kayden-morris-chronology"',
    "src": 'src="kayden-morris-chronology"',
    "data": 'data="kayden-morris-chronology"',
    "poster": 'poster="kayden-morris-chronology"',
    "id=": 'id="kayden-morris-chronology"',
    "name=": 'name="kayden-morris-chronology"',
    "id =": 'id = "kayden-morris-chronology"',
}
# Each holds a social-handle hit and one character outside a-z.
HANDLES = ["lil_kez93", "@kayz", "u/jaymmm", "$kingty23", "kxyla.xox posted"]


def _joined_hits(pieces: list[str], rule: str) -> set[tuple[int, int, int]]:
    """(piece, start, end) of the rule's hits over the pieces joined, as the output scan
    runs it."""
    text = VALUE_SEPARATOR.join(pieces)
    starts = [0]
    for piece in pieces[:-1]:
        starts.append(starts[-1] + len(piece) + len(VALUE_SEPARATOR))
    found = set()
    for hit in find_hits(text, config=CONFIG, rules=[rule]):
        index = max(i for i, s in enumerate(starts) if s <= hit.start)
        found.add((index, hit.start - starts[index], hit.end - starts[index]))
    return found


def _alone_hits(pieces: list[str], rule: str) -> set[tuple[int, int, int]]:
    return {
        (index, hit.start, hit.end)
        for index, piece in enumerate(pieces)
        for hit in find_hits(piece, config=CONFIG, rules=[rule])
    }


@pytest.mark.parametrize("mark", sorted(LINK_TARGETS))
def test_link_target_found_by_each_alternative_of_its_gate(mark: str) -> None:
    text = LINK_TARGETS[mark]
    alternatives = link_target.PIECE_GATE.pattern.replace(r"[\]{<\\/.]|", "").split("|")
    marks = [c for c in "]{<\\/." if c in text] + [a for a in alternatives if a in text]
    assert marks == [mark]  # the only thing the gate can find in it
    pieces = [*PLAIN, text, *PLAIN]
    found = _joined_hits(pieces, "link-target")
    assert found and {index for index, _, _ in found} == {len(PLAIN)}
    assert found == _alone_hits(pieces, "link-target")


@pytest.mark.parametrize("text", HANDLES)
def test_social_handle_found_in_a_piece_with_one_other_character(text: str) -> None:
    pieces = [*PLAIN, text, *PLAIN]
    found = _joined_hits(pieces, "social-handle")
    assert found and {index for index, _, _ in found} == {len(PLAIN)}
    assert found == _alone_hits(pieces, "social-handle")


def test_gated_pieces_are_not_handed_to_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """The change itself: one call per piece the gate lets through, none for the others."""
    calls: list[str] = []

    def counting(find):
        def wrapper(text: str):
            calls.append(text)
            return find(text)

        return wrapper

    rules = tuple(
        (ids, counting(function)) if function in engine.PIECE_GATES else (ids, function)
        for ids, function in engine.TEXT_RULES
    )
    gates = {counting_f: engine.PIECE_GATES[f] for (_, f), (_, counting_f) in
             zip(engine.TEXT_RULES, rules, strict=True) if f in engine.PIECE_GATES}  # fmt: skip
    monkeypatch.setattr(engine, "TEXT_RULES", rules)
    monkeypatch.setattr(engine, "PIECE_GATES", gates)
    pieces = [*PLAIN, "lil_kez93", "kayden-morris-chronology.pdf", *PLAIN]
    find_hits(VALUE_SEPARATOR.join(pieces), config=CONFIG)
    # social-handle: the two pieces with a character outside a-z; link-target: the file's
    # name and the two "tiktok" (a word of its gate)
    expected = ["lil_kez93", "kayden-morris-chronology.pdf", "kayden-morris-chronology.pdf"]
    assert sorted(calls) == sorted([*expected, "tiktok", "tiktok"])


@cache
def _texts() -> list[str]:
    """The dev evaluation texts, their identifiers, and every word and token in them."""
    cases = evaluation.load_cases("dev")
    texts = [case.text for case in cases] + [i for case in cases for i in case.identifiers]
    words = {w for text in texts for w in re.findall(r"[a-z]+", text.lower())}
    tokens = {t for text in texts for t in text.split()}
    return texts + sorted(words) + sorted(tokens)


def test_the_gates_hold_wherever_find_hits() -> None:
    """Every text, token and lower-case word of the dev cases where a gated rule hits holds
    its gate: the gates are not narrower than find (a new reading of find that a gate
    misses shows here)."""
    for module in (link_target, social_handle):
        for text in _texts():
            if module.PIECE_GATE.search(text) is None:
                assert not list(module.find(text)), (module.RULE.id, text[:40])

"""Every occurrence of every cue word in a text, found in one pass shared by all the rules.

The rules ask for about a thousand lower-case cue words ("known as", "lived in", "ending"),
each rule its own list, and each list was found by its own scans of the whole text: a
``str.find`` loop per group of words, a regex search per whole word, a vocabulary search
per word first. Over a 30 kB report that was some three hundred scans of the text. Here
one Aho-Corasick automaton (``pyahocorasick``, C) holds every cue word asked so far and
reads the lower-cased text once, listing each word's occurrences (overlapping ones too,
as the ``str.find`` loops found them); each rule's question is then a lookup and a
boundary test at the places found. A word no automaton yet holds is found by a ``str.find``
loop and joins the automaton built for the next text.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache

try:
    import ahocorasick
except ImportError:  # pragma: no cover - the dependency is declared; without it, the scans
    ahocorasick = None

# The rules' cue words are fixed lists (about a thousand); a bound in case a rule ever asks
# for words taken from the text, which would make the automaton grow with every report.
_MOST_WORDS = 20_000
# Words of one or two characters ("i", "o", "at", "in", "st") are left out of the automaton:
# they stand thousands of times in a report, mostly inside longer words, and listing each
# place was half of the pass; the rules ask for them as whole words, which the word index's
# search finds at C speed (``text._indexed_words``), and any other question about one is
# answered by a ``str.find`` loop over the text, once per text.
SHORT_WORD = 2
_registered: dict[str, int] = {}  # every cue word asked, with its rank: the order first asked
_automaton: list = [None, 0]  # the automaton, and how many registered words it holds
# A word's rank indexes each text's lists: two threads must never give two words one rank.
_lock = threading.Lock()
_NONE: tuple[int, ...] = ()  # the starts of a held word the text does not hold (read only)


def available() -> bool:
    """Whether the shared pass can run (the library is installed)."""
    return ahocorasick is not None


def _current():
    """The automaton of every word registered so far (rebuilt when words were added)."""
    automaton, size = _automaton
    if automaton is None or size != len(_registered):
        with _lock:
            automaton = ahocorasick.Automaton()
            for word, rank in _registered.items():
                automaton.add_word(word, (rank, len(word) - 1))
            if len(automaton):
                automaton.make_automaton()
            _automaton[:] = [automaton, len(_registered)]
    return automaton


class CueIndex:
    """The starts, ascending, of every occurrence of each cue word in one lower-cased text."""

    __slots__ = ("_found", "_held", "_places", "lower")

    def __init__(self, lower: str):
        self.lower = lower
        automaton = _current()
        self._held = held = len(automaton)  # the automaton holds the first words registered
        # A list for each word found, by the word's rank; a word the automaton holds and did
        # not find has none. (A list for every held word, a thousand of them, was made for
        # every text: most of the cost of a short text, and the output scan's piece-by-piece
        # rules build one for each of thousands of pieces.)
        places: dict[int, list[int]] = {}
        if held:
            for end, (rank, back) in automaton.iter(lower):
                try:
                    places[rank].append(end - back)
                except KeyError:
                    places[rank] = [end - back]
        self._places = places
        self._found: dict[str, list[int]] = {}  # words asked after the automaton was built

    def starts(self, word: str) -> Sequence[int]:
        """Every start of ``word`` in the text, overlapping occurrences included."""
        rank = _registered.get(word, self._held)
        if rank < self._held:
            return self._places.get(rank, _NONE)
        found = self._found.get(word)
        if found is None:
            found = []
            lower = self.lower
            position = lower.find(word)
            while position != -1:
                found.append(position)
                position = lower.find(word, position + 1)
            self._found[word] = found
            with _lock:
                if (
                    len(word) > SHORT_WORD
                    and word not in _registered
                    and len(_registered) < _MOST_WORDS
                ):
                    _registered[word] = len(_registered)  # in the automaton of the next text
        return found


@lru_cache(maxsize=8)
def cue_index(lower: str) -> CueIndex:
    """The ``CueIndex`` of a lower-cased text, one per text."""
    return CueIndex(lower)

"""Recurring findings: learning points that say the same thing in different reviews.

Deterministic text similarity: each learning point becomes a bag of stemmed content words
weighted by TF-IDF over all published learning points; two points from different reviews
match when the cosine of their vectors reaches THRESHOLD. Matches are grouped into findings
(connected components). No model, no randomness: the same library gives the same result.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from review_library.catalogue import Catalogue
from review_library.model import Review
from review_library.pages.base import count_label, esc, rel, review_uri

THRESHOLD = 0.27
"""Cosine similarity from which two learning points count as the same finding (calibrated on
the example library: below it, points share only generic words such as 'child' or 'agency')."""
MIN_TERMS = 3
"""A point with fewer distinct content words is too short to compare reliably."""

_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
_STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "each",
        "even",
        "every",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "may",
        "might",
        "more",
        "most",
        "must",
        "no",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "you",
        "your",
        "own",
        "often",
        "always",
        "never",
        "how",
        "each",
        "new",
        "own",
        "whose",
        "s",
        "t",
    ]
)
# Suffixes stripped (longest first) so 'appointments' and 'appointment' meet; a crude stemmer
# is enough here and keeps the result independent of any library version.
_SUFFIXES = (
    "ations",
    "ation",
    "ating",
    "ated",
    "ates",
    "ate",
    "ments",
    "ment",
    "ness",
    "ings",
    "ing",
    "ies",
    "ied",
    "ed",
    "es",
    "e",
    "s",
    "y",
)


def stem(word: str) -> str:
    """A crude, deterministic stem: lowercase, possessive and one common suffix removed."""
    word = word.lower().removesuffix("'s").strip("'-")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def terms(text: str) -> list[str]:
    """Stemmed content words of a text, in order."""
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in _STOPWORDS and len(w) > 2]


@dataclass(frozen=True)
class Point:
    """One learning point of one review."""

    review: Review
    index: int

    @property
    def text(self) -> str:
        return self.review.meta.learning_points[self.index]


@dataclass
class Recurring:
    """Matches between learning points of different reviews, and the findings they form."""

    matches: dict[tuple[str, int], list[Point]] = field(default_factory=dict)
    """(review id, point index) -> matching points of other reviews."""
    findings: list[list[Point]] = field(default_factory=list)
    """Groups of matching points spanning two or more reviews, largest first."""

    def other_reviews(self, review_id: str, index: int) -> list[Review]:
        """The other reviews (newest first) whose learning repeats this point."""
        seen: dict[str, Review] = {}
        for point in self.matches.get((review_id, index), []):
            seen.setdefault(point.review.id, point.review)
        return list(seen.values())


def _vectors(points: list[Point]) -> list[dict[str, float]]:
    bags = [Counter(terms(p.text)) for p in points]
    documents = Counter(term for bag in bags for term in bag)
    total = len(bags)
    vectors = []
    for bag in bags:
        if len(bag) < MIN_TERMS:
            vectors.append({})
            continue
        weights = {
            t: (1 + math.log(n)) * math.log((1 + total) / (1 + documents[t]))
            for t, n in bag.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({t: w / norm for t, w in weights.items() if w > 0})
    return vectors


def find_recurring(catalogue: Catalogue, threshold: float = THRESHOLD) -> Recurring:
    """Compare every published learning point with those of the other published reviews."""
    # Published reviews only: a withdrawn or draft review's learning must not be quoted.
    points = [
        Point(review, index)
        for review in catalogue.published
        for index in range(len(review.meta.learning_points))
    ]
    vectors = _vectors(points)
    postings: dict[str, list[int]] = defaultdict(list)
    for position, vector in enumerate(vectors):
        for term in vector:
            postings[term].append(position)
    parent = list(range(len(points)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    neighbours: dict[int, list[int]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        # Only candidates sharing a term, so the cost grows with overlaps, not with n squared.
        candidates = sorted({j for t in vector for j in postings[t] if j > i})
        for j in candidates:
            if points[j].review.id == points[i].review.id:
                continue
            other = vectors[j]
            score = sum(w * other.get(t, 0.0) for t, w in vector.items())
            if score >= threshold:
                neighbours[i].append(j)
                neighbours[j].append(i)
                parent[root(j)] = root(i)
    result = Recurring()
    for i, found in neighbours.items():
        point = points[i]
        result.matches[(point.review.id, point.index)] = [points[j] for j in sorted(found)]
    groups: dict[int, list[Point]] = defaultdict(list)
    for i in sorted(neighbours):
        groups[root(i)].append(points[i])
    result.findings = sorted(
        groups.values(),
        key=lambda g: (-len({p.review.id for p in g}), g[0].review.id, g[0].index),
    )
    return result


_memo: list = []


def recurring_for(catalogue: Catalogue) -> Recurring:
    """find_recurring, computed once per catalogue (pages and review notes share it)."""
    if _memo and _memo[0] is catalogue:
        return _memo[1]
    result = find_recurring(catalogue)
    _memo[:] = [catalogue, result]
    return result


def point_note(recurring: Recurring, review: Review, index: int) -> str:
    """'This finding also appears in N other reviews: ...' under a learning point, or ''."""
    others = recurring.other_reviews(review.id, index)
    if not others:
        return ""
    here = review_uri(review.id)
    links = ", ".join(f"[{esc(r.meta.title)}]({rel(here, review_uri(r.id))})" for r in others)
    return (
        f'<span class="rl-recurring">This finding also appears in '
        f"{count_label(len(others), 'other review')}: {links}.</span>"
    )


def recurring_section(catalogue: Catalogue, from_uri: str) -> str:
    """The 'Recurring findings' section of /themes/: each finding with its reviews."""
    recurring = recurring_for(catalogue)
    out = [
        "## Recurring findings\n",
        "Learning points that say much the same thing in more than one review, found by "
        "comparing their words. A finding that recurs is one the system has not yet learned.\n",
    ]
    if not recurring.findings:
        out.append("No finding appears in more than one review yet.\n")
        return "\n".join(out)
    for number, group in enumerate(recurring.findings, start=1):
        reviews = {p.review.id for p in group}
        out.append(f"### Finding {number}: in {count_label(len(reviews))}\n")
        for point in group:
            link = rel(from_uri, review_uri(point.review.id))
            out.append(f"- {esc(point.text)} ([{esc(point.review.meta.title)}]({link}))")
        out.append("")
    return "\n".join(out)

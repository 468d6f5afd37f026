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
from review_library.pages.base import attr, count_label, esc, link, rel, review_uri

THRESHOLD = 0.27
"""Cosine similarity from which two learning points count as the same finding (calibrated on
the example library: below it, points share only generic words such as 'child' or 'agency')."""
MIN_TERMS = 3
"""A point with fewer distinct content words is too short to compare reliably."""
NOTE_LINKS = 3
"""Similar reviews linked under a learning point (the most similar first)."""
MAX_POSTINGS = 150
"""A word in more learning points than this is too common to propose a match on its own:
points that share only such words are not compared, which bounds the work per point (a
library full of near-identical points would otherwise cost the square of its size)."""
MAX_FINDINGS = 25
"""Findings listed on /themes/, those spanning the most reviews first."""
MAX_LISTED = 12
"""Learning points listed under one finding on /themes/."""

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
    """(review id, point index) -> matching points of other reviews, most similar first."""
    findings: list[list[Point]] = field(default_factory=list)
    """Groups of matching points spanning two or more reviews, largest first."""
    documents: Counter = field(default_factory=Counter)
    """In how many learning points each content word occurs."""

    def other_reviews(self, review_id: str, index: int) -> list[Review]:
        """The other reviews whose learning repeats this point, most similar first."""
        seen: dict[str, Review] = {}
        for point in self.matches.get((review_id, index), []):
            seen.setdefault(point.review.id, point.review)
        return list(seen.values())


def _vectors(points: list[Point]) -> tuple[list[dict[str, float]], Counter]:
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
    return vectors, documents


def _prefixes(
    vectors: list[dict[str, float]], documents: Counter, threshold: float
) -> list[list[str]]:
    """Per vector, the terms that can start a match (prefix filtering, exact).

    Terms are ordered rarest first. A vector's most common terms are left out while their
    combined norm stays below the threshold: by Cauchy-Schwarz, two unit vectors whose only
    shared terms lie there score below the threshold. So every pair that reaches it shares
    its rarest shared term inside both prefixes, and common words ('child', 'agency') never
    make candidate lists grow with the square of the library.
    """
    prefixes = []
    for vector in vectors:
        ordered = sorted(vector, key=lambda t: (documents[t], t))
        tail = 0.0
        cut = len(ordered)
        while cut > 0 and math.sqrt(tail + vector[ordered[cut - 1]] ** 2) < threshold:
            cut -= 1
            tail += vector[ordered[cut]] ** 2
        prefixes.append(ordered[:cut])
    return prefixes


def find_recurring(catalogue: Catalogue, threshold: float = THRESHOLD) -> Recurring:
    """Compare every published learning point with those of the other published reviews."""
    # Published reviews only: a withdrawn or draft review's learning must not be quoted.
    points = [
        Point(review, index)
        for review in catalogue.published
        for index in range(len(review.meta.learning_points))
    ]
    vectors, documents = _vectors(points)
    prefixes = _prefixes(vectors, documents, threshold)
    postings: dict[str, list[int]] = defaultdict(list)
    for position, prefix in enumerate(prefixes):
        for term in prefix:
            if documents[term] <= MAX_POSTINGS:
                postings[term].append(position)
    owner = [id(p.review) for p in points]
    scored: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        mine = owner[i]
        candidates = sorted({j for t in prefixes[i] for j in postings[t] if j > i})
        for j in candidates:
            if owner[j] == mine:
                continue
            other = vectors[j]
            score = sum(w * other[t] for t, w in vector.items() if t in other)
            if score >= threshold:
                scored[i].append((score, j))
                scored[j].append((score, i))
    result = Recurring()
    neighbours: dict[int, list[int]] = {}
    for i in sorted(scored):
        # Most similar first; equal scores in library order, so the result is deterministic.
        ranked = [j for _, j in sorted(scored[i], key=lambda pair: (-round(pair[0], 9), pair[1]))]
        neighbours[i] = ranked
        point = points[i]
        result.matches[(point.review.id, point.index)] = [points[j] for j in ranked]
    result.findings = _findings(points, neighbours, vectors)
    result.documents = documents
    return result


TOPIC_TERMS = 5
"""Words at most in a finding's heading: the content words its learning points share."""


def topic(group: list[Point], documents: Counter | None = None) -> str:
    """A finding's topic: the content words most of its points share, as the first point
    writes them, with neighbouring words kept together ("missed appointments · escalation").

    A word counts when at least half of the points (and at least two) use it; rarer words are
    taken in the first point's order, leaving out words that occur in half as many learning
    points as the commonest word (``documents``: in how many learning points a word occurs).
    """
    stems = [set(terms(point.text)) for point in group]
    shared = Counter(term for bag in stems for term in bag)
    needed = max(2, (len(group) + 1) // 2)
    counts = documents or Counter()
    # The first shared words of the first point (a learning point usually opens with its
    # subject), leaving out words so common in the library that they name no topic.
    common = max(3, len(counts) and max(counts.values()) // 2)
    wanted = [
        t for t in dict.fromkeys(terms(group[0].text)) if shared[t] >= needed and counts[t] < common
    ][:TOPIC_TERMS]
    if not wanted:
        return ""
    lead = group[0].text
    words = [
        (m.start(), m.end(), stem(m.group()))
        for m in _WORD.finditer(lead.lower())
        if m.group() not in _STOPWORDS and len(m.group()) > 2
    ]
    phrases: list[str] = []
    seen: set[str] = set()
    run_end = -1
    for start, end, term in words:
        if term not in wanted:
            run_end = -1
            continue
        if run_end >= 0 and not lead[run_end:start].strip(" -"):
            # The next word of the same run of shared words: one phrase.
            phrases[-1] = f"{phrases[-1]}{lead[run_end:start]}{lead[start:end]}"
        elif term not in seen:
            phrases.append(lead[start:end])
        else:
            run_end = -1
            continue
        seen.add(term)
        run_end = end
    return " · ".join(dict.fromkeys(" ".join(p.split()) for p in phrases))


MIN_SHARED = 2
"""Content words a point must share with a finding's first point to be listed under it: one
rare shared word can lift a short point over THRESHOLD without saying the same thing."""


def _findings(
    points: list[Point], neighbours: dict[int, list[int]], vectors: list[dict[str, float]]
) -> list[list[Point]]:
    """Group matches around the points that have the most of them.

    Each finding is a point and the not yet grouped points that match it, so every member
    says much the same thing as the first; chaining (A like B, B like C) would let a group
    drift to points that share nothing.
    """
    grouped: set[int] = set()
    findings = []
    for leader in sorted(neighbours, key=lambda i: (-len(neighbours[i]), i)):
        if leader in grouped:
            continue
        mine = vectors[leader].keys()
        members = [
            leader,
            *(
                j
                for j in neighbours[leader]
                if j not in grouped and len(mine & vectors[j].keys()) >= MIN_SHARED
            ),
        ]
        if len({points[j].review.id for j in members}) < 2:
            continue
        grouped.update(members)
        findings.append([points[j] for j in members])
    return sorted(
        findings,
        key=lambda g: (-len({p.review.id for p in g}), g[0].review.id, g[0].index),
    )


_memo: list = []


def recurring_for(catalogue: Catalogue) -> Recurring:
    """find_recurring, computed once per catalogue (pages and review notes share it)."""
    if _memo and _memo[0] is catalogue:
        return _memo[1]
    result = find_recurring(catalogue)
    _memo[:] = [catalogue, result]
    return result


def point_note(recurring: Recurring, review: Review, index: int) -> str:
    """'This finding also appears in N other reviews: ...' under a learning point, or ''.

    Links to the NOTE_LINKS most similar reviews only, so a page stays the same size however
    large the library grows.
    """
    others = recurring.other_reviews(review.id, index)
    if not others:
        return ""
    shown = others[:NOTE_LINKS]
    links = ", ".join(f'<a href="{link(review_uri(r.id))}">{attr(r.meta.title)}</a>' for r in shown)
    closest = ", most closely" if len(others) > len(shown) else ""
    return (
        f'<span class="rl-recurring">This finding also appears in '
        f"{count_label(len(others), 'other review')}{closest}: {links}.</span>"
    )


def recurring_section(catalogue: Catalogue, from_uri: str) -> str:
    """The 'Recurring findings' section of /themes/: the largest findings with their reviews."""
    recurring = recurring_for(catalogue)
    out = [
        "## Recurring findings\n",
        "Learning points that say much the same thing in more than one review, found by "
        "comparing their words. A finding that recurs is one the system has not yet learned.\n",
    ]
    if not recurring.findings:
        out.append("No finding appears in more than one review yet.\n")
        return "\n".join(out)
    shown = recurring.findings[:MAX_FINDINGS]
    if len(recurring.findings) > len(shown):
        out.append(
            f"The {len(shown)} findings that recur in the most reviews, of "
            f"{len(recurring.findings)}; each review page notes the findings it shares.\n"
        )
    for number, group in enumerate(shown, start=1):
        reviews = {p.review.id for p in group}
        about = topic(group, recurring.documents)
        heading = f"{about[:1].upper()}{about[1:]}" if about else f"Finding {number}"
        out.append(f"### {esc(heading)} (in {count_label(len(reviews))})\n")
        for point in group[:MAX_LISTED]:
            link = rel(from_uri, review_uri(point.review.id))
            out.append(f"- {esc(point.text)} ([{esc(point.review.meta.title)}]({link}))")
        if len(group) > MAX_LISTED:
            out.append(f"- and {count_label(len(group) - MAX_LISTED, 'more learning point')}")
        out.append("")
    return "\n".join(out)

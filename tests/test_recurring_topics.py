"""Recurring findings are headed by their topic and list only points that really match."""

from __future__ import annotations

from collections import Counter

from review_library.model import Review, ReviewMeta
from review_library.pages.recurring import MIN_SHARED, Point, find_recurring, topic
from tests.helpers import BASE_META


def _review(review_id: str, points: list[str]) -> Review:
    meta = ReviewMeta.model_validate(
        {**BASE_META, "id": review_id, "learning_points": points, "published": "2024-03-14"}
    )
    return Review(meta, f"reviews/{review_id}.md", f"/x/{review_id}.md", "", 1, review_id)


class _Catalogue:
    def __init__(self, reviews: list[Review]) -> None:
        self.published = reviews


def test_topic_keeps_neighbouring_shared_words_together() -> None:
    a = _review("a", ["Missed health appointments for a baby are a warning sign."])
    b = _review("b", ["Treat missed health appointments as a warning about the baby."])
    group = [Point(a, 0), Point(b, 0)]
    assert topic(group, Counter()) == "Missed health appointments · baby · warning"


def test_a_point_sharing_one_word_with_the_first_is_not_grouped_with_it() -> None:
    leader = "Interpreters must be independent professionals and never family members."
    close = "Use independent professional interpreters, never family members, in assessments."
    loose = "Interpreters booked late delayed every single visit."
    others = [
        "Record who lives in the home at every visit.",
        "Escalate disagreements about thresholds to a manager the same week.",
        "Fathers and male carers should be seen and assessed.",
        "School nurses should share concerns about weight with the GP.",
    ]
    reviews = [
        _review("a", [leader]),
        _review("b", [close]),
        _review("c", [loose]),
        *(_review(f"x{n}", [text]) for n, text in enumerate(others)),
    ]
    found = find_recurring(_Catalogue(reviews), threshold=0.05)  # type: ignore[arg-type]
    assert found.findings, "the close rewording should recur"
    # The loose point matches the first at this low threshold (one shared word) ...
    assert "c" in {p.review.id for p in found.matches[("a", 0)]}
    # ... but a finding lists only points sharing MIN_SHARED words with its first point.
    assert MIN_SHARED == 2
    assert {p.review.id for p in found.findings[0]} == {"a", "b"}

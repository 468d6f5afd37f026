"""Bad input: each case gives one clear message naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_library.commands import command
from review_library.taxonomy import load_taxonomy
from review_library.validate import ReviewError, load_review, parse_review_text
from tests.helpers import TAXONOMY, review_text

TAX = load_taxonomy(TAXONOMY)


def problems_of(text: str) -> list[str]:
    with pytest.raises(ReviewError) as caught:
        parse_review_text(text, "reviews/x.md", TAX)
    return [p.render() for p in caught.value.problems]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


def test_valid_review_parses_with_body_line():
    text = review_text()
    review = parse_review_text(text, "reviews/x.md", TAX)
    assert review.id == "testshire-2024-child-a"
    assert review.body.startswith("## Introduction")
    assert review.body_line == line_of(text, "## Introduction")


def test_review_body_is_held_compressed_and_read_back_whole(tmp_path: Path):
    """A build's catalogue holds each body compressed (model.Review.pack): what is read back
    is the body as written, through a pickle (the search worker's copy) too; validating
    alone (`review-library check`) does not compress."""
    import pickle

    from review_library.catalogue import load_catalogue

    body = (
        "## Introduction\n\n"
        + "Agencies met \u2018weekly\u2019 \u2014 caf\u00e9 \U0001f600.\n" * 400
    )
    text = review_text().split("## Introduction", 1)[0] + body
    review = parse_review_text(text, "reviews/x.md", TAX)
    assert type(review.held_body) is str
    review.pack()
    assert type(review.held_body) is bytes and review.body == body
    assert len(review.held_body) * 4 < len(body.encode("utf-8"))
    assert "weekly" not in repr(review)
    copy = pickle.loads(pickle.dumps(review))
    assert copy == review and copy.body == body
    (tmp_path / "reviews").mkdir()
    (tmp_path / "reviews" / "x.md").write_text(text, encoding="utf-8")
    catalogue = load_catalogue(tmp_path / "reviews", TAX, root=tmp_path)
    [loaded] = [*catalogue.published, *catalogue.unpublished, *catalogue.withdrawn]
    assert type(loaded.held_body) is bytes and loaded.body == body


def test_unknown_theme_suggests_nearest():
    text = review_text(themes=["neglet", "was-not-brought"])
    line = line_of(text, "- neglet")
    assert problems_of(text) == [
        f"reviews/x.md:{line}: themes[0]: unknown theme 'neglet', did you mean 'neglect'?"
    ]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("review_type", "lcsrp", "unknown review type 'lcsrp', did you mean 'lcspr'?"),
        ("nation", "englnd", "unknown nation 'englnd', did you mean 'england'?"),
        ("age_band", "under1", "unknown age band 'under1', did you mean 'under-1'?"),
        (
            "region",
            "north-wets",
            "unknown region of england 'north-wets', did you mean 'north-west'?",
        ),
    ],
)
def test_unknown_vocabulary(field, value, expected):
    text = review_text(**{field: value})
    assert problems_of(text) == [f"reviews/x.md:{line_of(text, field + ':')}: {field}: {expected}"]


def test_unknown_agency_in_list():
    text = review_text(agencies=["health-visiting", "polise"])
    assert problems_of(text) == [
        f"reviews/x.md:{line_of(text, '- polise')}: agencies[1]: unknown agency 'polise', did you mean 'police'?"
    ]


def test_missing_required_field():
    text = review_text(author=None)
    (message,) = problems_of(text)
    assert message.startswith("reviews/x.md:2: required field 'author' is missing")


def test_invalid_date():
    text = review_text(published="2024-13-01")
    assert problems_of(text) == [
        f"reviews/x.md:{line_of(text, 'published:')}: published: '2024-13-01' is not a valid date; "
        "write it as YYYY-MM-DD, e.g. 2024-03-14"
    ]


def test_id_not_a_slug_suggests_one():
    text = review_text(id="Child A Review")
    assert problems_of(text) == [
        "reviews/x.md:2: id: 'Child A Review' is not a valid id: use lowercase letters, digits and "
        "hyphens only, for example 'child-a-review'"
    ]


def test_unknown_key_is_refused():
    text = review_text(mothers_name="redacted")
    (message,) = problems_of(text)
    assert message.startswith(
        f"reviews/x.md:{line_of(text, 'mothers_name')}: mothers_name: unknown field"
    )
    assert "could publish identifying data" in message


def test_unknown_key_suggests_near_field():
    text = review_text(learning_point=["x"])
    (message,) = problems_of(text)
    assert "unknown field 'learning_point', did you mean 'learning_points'?" in message


def test_yaml_syntax_error_names_line_and_fix():
    text = "---\nid: a\ntitle: Child A: a review\n---\nbody\n"
    assert problems_of(text) == [
        "reviews/x.md:3: YAML syntax error: mapping values are not allowed here. "
        "A value containing ': ' must be put in quotes."
    ]


def test_unclosed_front_matter():
    (message,) = problems_of("---\nid: a\n")
    assert message.startswith(
        "reviews/x.md:1: the front matter opened with '---' on line 1 is never closed"
    )


def test_empty_file():
    assert problems_of("") == [
        f"reviews/x.md: the file is empty; start from `{command('new', 'ID')}`"
    ]


def test_no_front_matter():
    (message,) = problems_of("# Just a heading\n\nText.\n")
    assert message.startswith("reviews/x.md:1: no front matter")


def test_front_matter_that_is_a_list():
    (message,) = problems_of("---\n- a\n- b\n---\n")
    assert message == (
        "reviews/x.md:2: the front matter must be a set of 'field: value' lines, found a list"
    )


def test_duplicate_key():
    text = review_text().replace("subject: Child A\n", "subject: Child A\nsubject: Child B\n")
    assert problems_of(text) == [
        f"reviews/x.md:{line_of(text, 'subject: Child B')}: subject: the key 'subject' appears twice; keep one of them"
    ]


def test_wrong_type_names_field_and_fix():
    text = review_text(title=2024)
    assert problems_of(text) == [
        f"reviews/x.md:{line_of(text, 'title:')}: title: expected text, found number 2024; put the value in quotes"
    ]


def test_recommendation_status_and_agency():
    recs = [{"id": "R1", "text": "Do it.", "agencies": ["gpp"], "status": "done"}]
    text = review_text(recommendations=recs)
    messages = problems_of(text)
    assert (
        f"reviews/x.md:{line_of(text, '- gpp')}: recommendations[0].agencies[0]: unknown agency 'gpp', did you mean 'gp'?"
        in messages
    )
    assert any(
        "recommendations[0].status: unknown recommendation status 'done'" in m for m in messages
    )


def test_withdrawn_needs_reason():
    text = review_text(status="withdrawn")
    assert problems_of(text) == [
        f"reviews/x.md:{line_of(text, 'status: withdrawn')}: withdrawal: a withdrawn review needs 'withdrawal:' "
        "with 'date' and 'reason' (shown on the tombstone page that replaces it)"
    ]


def test_review_type_must_fit_nation():
    text = review_text(review_type="cmr")
    (message,) = problems_of(text)
    assert "a 'cmr' review is held in northern-ireland, not in england" in message


def test_non_utf8_file(tmp_path: Path):
    path = tmp_path / "x.md"
    path.write_bytes(review_text().encode("utf-8").replace(b"Child A was", b"Child A \xe9tait"))
    with pytest.raises(ReviewError) as caught:
        load_review(path, "reviews/x.md", TAX)
    (problem,) = caught.value.problems
    assert problem.render().startswith("reviews/x.md:")
    assert "not valid UTF-8 (byte 0xe9); save it as UTF-8" in problem.message


def test_bom_and_crlf_keep_line_numbers(tmp_path: Path):
    text = review_text(themes=["neglet"])
    path = tmp_path / "x.md"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    with pytest.raises(ReviewError) as caught:
        load_review(path, "reviews/x.md", TAX)
    assert caught.value.problems[0].line == line_of(text, "- neglet")

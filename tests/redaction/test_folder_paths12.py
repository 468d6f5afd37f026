"""Issue 12 (link paths): a folder's path named in prose, with no file at its end, is read
like a file's path: a network share, a drive or a Unix path names its family's folder."""

from __future__ import annotations

import pytest

from review_library.redaction.rules import link_target


def _found(text: str) -> set[str]:
    return {text[h.start : h.end] for h in link_target.find(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The photographs were in /srv/cases/maisie-lockwood/photos/ on the drive.",
            "maisie-lockwood",
        ),
        (
            "The notes were saved to \\\\wm-fs01\\CSC\\Families\\Brannigan\\ and never shared.",
            "Brannigan",
        ),
        ("Plans sat in S:\\Children's Services\\Hollis Family\\Plans\\ for a year.", "Hollis"),
        (
            "Files were in ~/Documents/cases/kerensa-tregoning until the review.",
            "kerensa-tregoning",
        ),
    ],
)
def test_a_name_in_a_folder_path_in_prose_is_found(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "He/she and/or the parent; 12/03/2023; 24/7 support; see /about/redaction-checks/.",
        "The folder S:\\Safeguarding\\Reviews\\2024\\ holds drafts; C:\\Program Files\\Common Files\\ too.",
        "The partnership's page /reviews/westmarch-2025-child-k/briefing/ has the briefing.",
    ],
)
def test_a_folder_path_of_ordinary_words_is_not_a_name(text: str) -> None:
    assert not _found(text)


def test_a_file_s_path_is_left_to_the_file_patterns() -> None:
    # "sim.py" is no kind of file a review publishes, and no folder: nothing to read
    assert not _found("The simulation is run in-process by `/tmp/serve3s/sim.py` each time.")

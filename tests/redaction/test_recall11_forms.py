"""Identifiers read by their form and position (issue 12, recall11): names with digits for
letters, postcodes spaced out character by character, phone numbers with O for zero,
mutated Welsh place names, landmarks named by a generic word, and more. Positives and
look-alikes for each form; every name here is invented for this file or a real place
used only as a place."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.normalise import normalise_text
from tests.redaction.eval.corpus import merged_front_matter, render_document


def _errors(text: str, **front_matter: object) -> set[str]:
    """The rules that report ``text`` at error level through the whole gate."""
    document = render_document(merged_front_matter(front_matter), text)
    report = check_text(document, "case.md", config=RedactionConfig())
    return {f.rule for f in report.findings if f.severity == "error"}


NORMALISED = [
    ("Her friend, B3thany W4lsh, came round.", "Bethany Walsh"),
    ("A message from 5tacey said to wait.", "Stacey"),
    ("The lodger, R0ry Gr1ffin, stayed.", "Rory Griffin"),
    ("The letter went to D N 1 5 7 H W in error.", "DN15 7HW"),
    ("The card read O79OO 111 222.", "07900 111 222"),
]

LEFT = [
    "He was in Y6, then Y7; the CP1 and B4 forms were filed on the 4th at 10am.",
    "The car was AB12 CDE and the postcode SA18 4PQ.",
    "Grades A B C D E were used; the S M A R T plan format too.",
    "Referrals rose by 4O per cent; her score was 2O.",
    "See www.example.org/f1le3 and user4me@example.org.",
    "Uploads came from 2a00:23c5:8f12:4e01:1d3a:9b2f at the address.",
    "Ar y 14eg o Chwefror, a'r 3ydd; his Steam name was Sn1per Wolf.",
]


@pytest.mark.parametrize(("text", "read"), NORMALISED)
def test_disguised_letters_and_digits_are_read_as_written(text: str, read: str) -> None:
    assert read in normalise_text(text)


@pytest.mark.parametrize("text", LEFT)
def test_codes_ordinals_and_lists_are_left_as_they_are(text: str) -> None:
    assert normalise_text(text) == text


def test_a_name_in_digits_for_letters_is_reported() -> None:
    assert "person-name" in _errors("Mother's partner, J4son Pr1ce, was known to police.")


def test_a_postcode_spaced_out_is_reported() -> None:
    assert "uk-postcode" in _errors("The new address was N P 2 0 4 A B, near the school.")


def test_a_phone_number_with_o_for_zero_is_reported() -> None:
    assert "phone-number" in _errors("Mother's mobile was O7911 4O2 883 on the GP record.")


# -- places ---------------------------------------------------------------------------------
PLACES = [
    # a Welsh village after a nasal or soft mutation, or left unmutated after "yn"
    "Roedd y teulu'n byw ym Mhorthyrhyd ers blynyddoedd.",
    "Symudodd hi i Fethesda gyda'r plant.",
    "Mae'r tad yn byw yn Tregaron erbyn hyn.",
    "msg: goin i fethesda 2moro",
    # a landmark named by a generic word, and a log's capitals
    "The pair slept out by the Maenhirllwyd standing stones that night.",
    "INCIDENT AT CWMFFRWD RECREATION GROUND, YOUTHS DISPERSED",
    "OFFICERS ATTENDED PENYGRAIG RECREATION GROUND FOLLOWING CALLS FROM PUBLIC",
    "The family lived on the TREVETHIN estate.",
    # a place in an image's alt text
    "![View of Tanners Moat from the flat window](img/a.jpg)",
]
NOT_PLACES = [
    "Mae'r gwasanaeth ar gael ym mhob sir yng Nghymru, ym mis Mai.",
    "Aeth y teulu i Gaerdydd i weld y meddyg.",
    "The lakes and stepping stones were near; the Great Lakes are far.",
    "Schools drew on the Brook traffic light tool for guidance.",
    "![A chart of referrals by month](img/chart.png)",
    "Referrals came from the north and the Police area team.",
]


@pytest.mark.parametrize("text", PLACES)
def test_places_by_their_welsh_form_generic_word_or_position_are_reported(text: str) -> None:
    assert "named-place" in _errors(text)


def test_a_mooring_is_read_with_its_name() -> None:
    from review_library.redaction.rules import named_place

    text = "Father kept his boat at the Hollinsgate mooring."
    assert "Hollinsgate mooring" in {text[h.start : h.end] for h in named_place.find(text)}


def test_the_second_of_two_areas_is_reported() -> None:
    from review_library.redaction.rules import named_place

    text = "He dealt drugs in Trelewis and the Pontlottyn area."
    assert "Pontlottyn" in {text[h.start : h.end] for h in named_place.find(text)}


@pytest.mark.parametrize("text", NOT_PLACES)
def test_wales_cities_generic_words_and_tools_are_no_places(text: str) -> None:
    assert "named-place" not in _errors(text)


# -- institutions ---------------------------------------------------------------------------
SETTINGS = [
    "Mother sent the children to Gethin's for milk most evenings.",
    "He worked weekends at Nowakowski's on the parade.",
    "The family worshipped at Bethel Living Waters until 2021.",
    "Sibling 1 moved to Girls' Collegiate in Year 9.",
    "Staff at Little Wonders noticed the weight loss.",
    "The report is linked: [Brynhafod inspection report](https://example.org/r/1).",
]
NOT_SETTINGS = [
    "They shopped at Sainsbury's and ate at Greggs's after school.",
    "The children stayed at Nan's, then at Mum's.",
    "Letters are folded to Latin ones (from Unicode's\nconfusables data).",
    "He joined the Boys' Brigade; she joined the Girls' Friendly Society.",
    "Staff at Children's Services and staff at the Local Authority agreed.",
    "See [the Ofsted inspection report](https://example.org/r/2).",
]


@pytest.mark.parametrize("text", SETTINGS)
def test_settings_named_by_the_form_around_them_are_reported(text: str) -> None:
    assert "named-institution" in _errors(text)


@pytest.mark.parametrize("text", NOT_SETTINGS)
def test_chains_kin_youth_bodies_and_regulators_are_no_settings(text: str) -> None:
    assert "named-institution" not in _errors(text)


# -- people ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        'Mother said, "Our Dwayne\'ll sort it, he always does."',
        '"Me and Tyrese\'ve split up," she said.',
    ],
)
def test_a_first_name_in_family_speech_is_reported(text: str) -> None:
    assert "person-name" in _errors(text)


@pytest.mark.parametrize(
    "text",
    [
        'Mother said, "Our kid will sort it, and our Mam too."',
        "Our Partnership and our Safeguarding Board agreed at our May meeting.",
    ],
)
def test_kin_and_bodies_after_our_are_no_names(text: str) -> None:
    assert "person-name" not in _errors(text)


# -- a partnership's name run together in a file name ---------------------------------------
def test_a_partnership_name_run_together_in_a_file_name_is_allowed(tmp_path) -> None:
    from review_library.redaction.output_scan import allowance_index

    review = tmp_path / "kestrelvale-2021-child-w.md"
    review.write_text(
        '---\nid: kestrelvale-2021-child-w\npartnership: "Kestrel Vale Safeguarding Children '
        'Partnership"\npseudonyms: ["Child W"]\n---\n\nText.\n'
    )
    index = allowance_index([str(review)])
    text = "[name](kestrelvale-2021-child-w.md)"
    start = text.index("kestrelvale")
    assert index.covering("link-target", text, start, start + len("kestrelvale")) is not None
    other = "[name](kestrelhill-2021-child-w.md)"
    assert index.covering("link-target", other, start, start + len("kestrelhill")) is None

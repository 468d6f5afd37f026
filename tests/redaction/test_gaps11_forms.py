"""Identifiers read by their form and position (issue 12, gaps11): a school's role mailbox,
a full name in the review's id, a news story's slug naming the town and the case, a named
pub as where someone drank or worked, Gaelic and Irish street forms, a numbered address on a
common street name, a name hyphenated over a line break; and a television programme's title
that is no person. Every name here is invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import check_text
from review_library.redaction.normalise import normalise
from review_library.redaction.rules import (
    email,
    link_target,
    named_institution,
    named_place,
    person_name,
    street_address,
)
from tests.redaction.eval.corpus import merged_front_matter, render_document
from tests.redaction.test_places import spans

FOUND = [
    # a school's or nursery's role mailbox: the domain names the setting, which locates the child
    (email, "Concerns went to office@glenbarrowprimary.sch.uk that day.", "office@"),
    (email, "The SENCo wrote from senco@ashvaleacademy.org.uk in May.", "senco@"),
    (email, "Absence was logged by admin@ysgolbrynteg.cymru.", "admin@"),
    # a local news story's slug about the case opens with the place
    (
        link_target,
        "See https://www.example.co.uk/news/dunhollow-baby-death-father-jailed-30091234",
        "dunhollow",
    ),
    (
        link_target,
        "In https://example.org/news/local/kirkmoss-mum-guilty-of-child-cruelty-4419021/",
        "kirkmoss",
    ),
    # a home folder names its user, whatever the words of the name
    (
        link_target,
        "It was saved in /Users/rose.hill/Desktop/notes.docx by the author.",
        "rose.hill",
    ),
    (link_target, r"Copied from C:\Users\jkestrel\Documents\Case notes.", "jkestrel"),
    # a video link the sentence says is a person's own
    (
        link_target,
        "Father uploaded it to his channel: https://www.youtube.com/watch?v=Zk3bQ9xLm2A",
        "Zk3bQ9xLm2A",
    ),
    (link_target, "She had posted https://youtu.be/pQ3rT8vWx1Z the night before.", "pQ3rT8vWx1Z"),
    # a pub in its old form, two nouns joined by "and", or with a capital "The"
    (named_institution, "Father spent his evenings at The Hare and Hounds.", "Hare and Hounds"),
    (named_institution, "She did shifts outside the Ship and Compass in summer.", "Ship and"),
    (named_institution, "He drank at The Wheatstone most afternoons.", "Wheatstone"),
    # a house number on a common street name, its town after it or living before it
    (street_address, "Mother's address was 212 High Street, Pentrefoel.", "212 High Street"),
    (street_address, "They had lived at 7 Station Road for a year.", "7 Station Road"),
    # Gaelic and Irish streets and places
    (street_address, "The family moved to 58 Sràid a' Chaisteil that spring.", "Sràid a"),
    (street_address, "Police went to 4 Bóthar na Coille at midnight.", "Bóthar na Coille"),
    (named_place, "Her father kept the croft at Cnoc an t-Sìthein.", "Cnoc an t-Sìthein"),
    (named_place, "They stayed near Achadh na h-Aibhne all winter.", "Achadh na h-Aibhne"),
    # a family word as the subject of a verb of speech, then a name (even an everyday word)
    (person_name, "Mam said Summer 'never went near the river'.", "Summer"),
    (person_name, "Nain told Storm to stay in the garden.", "Storm"),
    (person_name, "Gran thought that Willow was too thin.", "Willow"),
    # a surname shaped like a place ("-by", "-ley") after a title and a dotted initial
    (person_name, "^1^ Interview with the deputy head, Mr G. Quarmby, held online.", "Quarmby"),
    (person_name, "Meeting with the team manager, Mx A. Haldenby, on Teams.", "Haldenby"),
]

NOT_FOUND = [
    # role mailboxes of councils, the NHS and national charities stay allowed
    (email, "Schools can ask education.safeguarding@westmarch.gov.uk for advice."),
    (email, "Referrals go to mash@westmarch.gov.uk or safeguarding.team@nhs.net."),
    (email, "Advice is available from help@nspcc.org.uk."),
    (link_target, "See https://www.bbc.co.uk/news/uk-england-lancashire-68123456 on this."),
    (link_target, "See https://www.example.co.uk/news/tributes-paid-to-toddler-who-died-28817342"),
    (link_target, "The template is in /Users/Shared/Reviews/ on the board's drive."),
    (link_target, "The panel's briefing video is at https://www.youtube.com/watch?v=dQw4w9WgXcQ."),
    (named_institution, "She was seen at the Children and Families Service reception."),
    (named_institution, "The report went to the Health and Wellbeing Board."),
    (
        street_address,
        "Between 2019 and 2021 the referrals numbered 212, High Street agencies said.",
    ),
    (street_address, "In 2021 High Street shops closed early."),
    (street_address, "Guidance came from Comhairle nan Eilean Siar."),
    (person_name, "Mam said she would ring the school in the morning."),
    (person_name, "Mr E. Wages were paid late that month."),
    (person_name, "Taid thought Monday would be better for the visit."),
    (person_name, "Gran said Child K had been happy at nursery."),
    (person_name, "Mum told Ofsted inspectors about the complaint."),
    # a programme's title after a screen cue is no person
    (person_name, "Child K enjoyed watching Doctor Who and Gavin & Stacey."),
    (person_name, "Her favourite shows were Hannah Montana and Miranda."),
    (person_name, "They watched Mrs Brown's Boys on television most nights."),
]


@pytest.mark.parametrize(("module", "text", "expected"), FOUND)
def test_form_is_found(module, text: str, expected: str) -> None:
    assert any(expected in found for found in spans(module.find, text))


@pytest.mark.parametrize(("module", "text"), NOT_FOUND)
def test_near_miss_is_not_found(module, text: str) -> None:
    assert spans(module.find, text) == []


def _id_findings(review_id: str, partnership: str = "Westmarch Safeguarding Partnership") -> list:
    fields = {"id": review_id, "partnership": partnership}
    text = render_document(merged_front_matter(fields), "The review looks at neglect.")
    report = check_text(text, "review.md", config=RedactionConfig())
    return [f for f in report.findings if f.severity == "error"]


@pytest.mark.parametrize(
    "review_id", ["eastmoor-2024-tyler-haworth", "amara-okafor-2022", "lcspr-2025-baby-ruairidh"]
)
def test_a_name_in_the_review_id_is_found(review_id: str) -> None:
    # the id is the page's published URL slug
    assert _id_findings(review_id)


@pytest.mark.parametrize(
    "review_id",
    [
        "westmarch-2024-child-k-neglect",
        "kingsreach-2025-thematic-sar-learning-disability",
        "carnbrae-2025-lr-young-person-d",
        "westmarch-thematic-2025-was-not-brought",
    ],
)
def test_a_pseudonym_or_theme_id_is_not_found(review_id: str) -> None:
    assert _id_findings(review_id) == []


def test_minding_a_child_is_no_programme() -> None:
    # "watched" is also looking after: without a screen in the sentence the name stays
    assert "Kayden" in spans(person_name.find, "Father watched Kayden while Mother went out.")


@pytest.mark.parametrize(
    ("source", "word"),
    [("'Ka-\nylee was feeding well'", "Kaylee"), ("> 'Bran-\n> wen was quiet'", "Branwen")],
)
def test_a_word_hyphenated_over_a_line_is_joined(source: str, word: str) -> None:
    seen = normalise(source)
    start = seen.text.index(word)
    begin, end = seen.source_span(start, start + len(word))
    # the joined word maps back to both halves as written
    assert source[begin] == word[0] and source[end - 1] == word[-1]


def test_a_compound_over_a_line_keeps_its_capital() -> None:
    assert normalise("Tyler-\nJay came").text == "Tyler-\nJay came"


def test_the_partnership_area_in_the_id_is_no_name() -> None:
    # "Bryn" is a first name, but here the first word of the partnership's area
    found = _id_findings("bryn-celyn-2025-cpr-plentyn-s", "Bryn Celyn Regional Safeguarding Board")
    assert found == []

"""Identifiers read by their form and position (issue 12, gaps11): a school's role mailbox,
a full name in the review's id, a news story's slug naming the town and the case, a named
pub as where someone drank or worked, Gaelic and Irish street forms, a numbered address on a
common street name, a name hyphenated over a line break; and a television programme's title
that is no person. Every name here is invented for this file."""

from __future__ import annotations

import pytest

from review_library.redaction.rules import email
from tests.redaction.test_places import spans

FOUND = [
    # a school's or nursery's role mailbox: the domain names the setting, which locates the child
    (email, "Concerns went to office@glenbarrowprimary.sch.uk that day.", "office@"),
    (email, "The SENCo wrote from senco@ashvaleacademy.org.uk in May.", "senco@"),
    (email, "Absence was logged by admin@ysgolbrynteg.cymru.", "admin@"),
]

NOT_FOUND = [
    # role mailboxes of councils, the NHS and national charities stay allowed
    (email, "Schools can ask education.safeguarding@westmarch.gov.uk for advice."),
    (email, "Referrals go to mash@westmarch.gov.uk or safeguarding.team@nhs.net."),
    (email, "Advice is available from help@nspcc.org.uk."),
]


@pytest.mark.parametrize(("module", "text", "expected"), FOUND)
def test_form_is_found(module, text: str, expected: str) -> None:
    assert any(expected in found for found in spans(module.find, text))


@pytest.mark.parametrize(("module", "text"), NOT_FOUND)
def test_near_miss_is_not_found(module, text: str) -> None:
    assert spans(module.find, text) == []

"""An IBAN, a card number or a wallet address after the word that names it is reported in its
shape, even when its check digits fail (a mistyped or altered number in a record still points
at one account); the same shapes without the label still need their check digits."""

from __future__ import annotations

import pytest

from tests.redaction.one_line import error_rules

LABELLED = [
    "The rent went to IBAN GB15 HLFX 1101 6111 4555 07 each month.",
    "IBAN: gb15hlfx11016111455507 (as written on the tenancy form).",
    "Her card number, 5312 8841 0076 3319, was used at a petrol station.",
    "Police found a debit card no. 4751-2210-9984-6602 in his wallet.",
    "The payments went to a crypto wallet 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz.",
    "Ethereum address 0x52908400098527886E0F7030069857D2E4169EE7 was in the chat.",
]
UNLABELLED_OR_NOT_NUMBERS = [
    "The register lists 2024 0315 1200 0099 entries in all.",
    "GB15 HLFX 1101 6111 4555 07 was the form's sample, with no label.",
    "Card 2 of 4: the IBAN field was left blank on the form.",
    "The guidance (ISBN 978 1 84628 123 4) was cited.",
]


@pytest.mark.parametrize("text", LABELLED)
def test_a_labelled_number_is_reported_whatever_its_check_digits(text: str) -> None:
    assert "bank-details" in error_rules(text)


@pytest.mark.parametrize("text", UNLABELLED_OR_NOT_NUMBERS)
def test_the_shape_alone_still_needs_its_check_digits(text: str) -> None:
    assert "bank-details" not in error_rules(text)

"""``person-name`` reads a payment's reference only where one of its cue words starts
(``cue_finditer``): the same matches as a scan of the whole text."""

from __future__ import annotations

from review_library.redaction.rules import person_name as P
from review_library.redaction.rules import text as T
from tests.redaction.random_texts import texts_of

PIECES = (
    *("payment", "Payment", "PAYMENTS", "payments", "ref", "Ref.", "REF", "reference"),
    *("Referenced", "x"),
    *("payee", "Payee named", "beneficiary", "account name", "Account", "narrative", "paid to"),
    *("transfer", "transferred to", "Transfers", "was", "read", "as", ":", "=", '"', "“", "'"),
    *("DUNSTAN", "RENT", "K", "OKONJO", "FOOD", "12", "A-B", "pre", "_", "ı", "ſ", "İ"),
)


def test_payment_cues_found_where_a_scan_of_the_text_finds_them() -> None:
    found = 0
    for text in texts_of(PIECES, words=12, count=1500):
        T.lowered.cache_clear()
        expected = [(m.span(), m.group("run")) for m in P.PAYMENT_CUE_RE.finditer(text)]
        now = T.cue_finditer(P.PAYMENT_CUE_RE, P.PAYMENT_STARTS, text, whole=False)
        assert [(m.span(), m.group("run")) for m in now] == expected, text
        found += len(expected)
    assert found > 500

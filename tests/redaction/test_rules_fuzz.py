"""Property-based fuzz of every text rule: no input makes a rule raise or return a bad span.

The engine fails closed when a rule raises (the text is refused with a message naming the
rule), but a rule that raises is still a bug: it refuses a report that may be clean, and
its other findings in that text are lost. Hypothesis builds sentences from the pieces the
rules look at (names in every case, brackets, titles, dates, numbers, labels, links, table
and emphasis marks, quotes, NUL-joined pieces) and calls each rule directly.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review_library.redaction.engine import TEXT_RULES, VALUE_SEPARATOR

WORDS = r"""
MOTHER FATHER SARAH JONES sarah jones Sarah Jones O'NEILL Mc al- Mr Mrs Dr Ms
Child A B Q Sibling 1 known as called said told born aged DOB d.o.b. b.
on the at in of and to was by from with near Road road Street Lane St. St
school School Primary Academy hospital Ward Surgery Home Nursery Church
14 3rd 2023 '19 03/02/2019 14.03.23 21:40 07700 900123 +44 BS7 8NQ bs78nq
NHS number ref crime CAD no. No: # @ @kaydenxo Snapchat Instagram TikTok
https://example.org/a/b-c.pdf www. .com gmail dot [at] ( ) [ ] { } < >
January March Monday Tues Christmas Eid River canal estate village
| --- * ** _ __ ` " “ ” ‘ ’ ' , . ; : ! ? - – — / \ &amp; &#39;
"""

TOKENS = [
    *WORDS.split(),
    "\n",
    "\n\n",
    "\t",
    VALUE_SEPARATOR,
    "\u200b",
    "\u00ad",
]

CASES = [str.upper, str.lower, str.title, str]
PUNCTUATION = [" ", ")", "(", ",", ".", "'s", "’", ":", "\n", VALUE_SEPARATOR, "|", "*", ""]

# A person's name in any case, with or without a title, and whatever follows it: the
# rules read the words around a name, so its edges are where they go wrong.
NAMES = st.builds(
    lambda title, first, last, case, before, after: (
        before + case(" ".join(w for w in (title, first, last) if w)) + after
    ),
    st.sampled_from(["", "Mr", "Mrs", "Dr", "Nana", "Uncle"]),
    st.sampled_from(["", "Sarah", "Kayden", "Tyrese", "Siobhan", "Oluwaseun", "Joy", "Ray"]),
    st.sampled_from(["", "Jones", "O'Neill", "McDonald", "Okafor", "Smith-Jones", "Khan"]),
    st.sampled_from(CASES),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(PUNCTUATION),
)

SENTENCES = st.lists(
    st.one_of(NAMES, st.sampled_from(TOKENS), st.text(max_size=6)), min_size=1, max_size=30
).map(lambda parts: "".join(p if p in "()[]{}<>" else p + " " for p in parts))


@pytest.mark.parametrize(
    ("rule_ids", "function"), TEXT_RULES, ids=["+".join(ids) for ids, _ in TEXT_RULES]
)
@settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=SENTENCES)
def test_no_text_makes_a_rule_raise(rule_ids, function, text: str) -> None:
    for hit in function(text):
        assert 0 <= hit.start < hit.end <= len(text), (hit, text)
        assert hit.rule in rule_ids

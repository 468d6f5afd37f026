"""The template `review-library new` writes: every field, with comments saying how to fill it."""

from __future__ import annotations

import datetime as dt

from review_library.model import SLUG_PATTERN

_TEMPLATE = """\
---
# Every field is explained here. Run `review-library validate` and `review-library check`
# after editing: the build refuses reports that could identify anyone.
id: {id}                  # the URL: lowercase letters, digits, hyphens; never change it once published
title: "Child X: what the review was about"   # pseudonym + the main issue; no real names
review_type: lcspr        # see site_src/taxonomy.yml review_types (scr, lcspr, sar, dhr, cpr-extended, ...)
subject: "Child X"        # the pseudonym used throughout the report
pseudonyms: ["Child X", "Mother", "Father"]   # every pseudonym the report uses; the checks allow these
partnership: "Name of the Safeguarding Partnership"
nation: england           # england | wales | scotland | northern-ireland
region: north-west        # a region of that nation (taxonomy.yml); optional
published: {today}       # publication date, YYYY-MM-DD
incident_year: {year}       # optional; a year only, never a full date
age_band: under-1         # taxonomy.yml age_bands; optional
themes: [neglect, professional-curiosity]   # one or more taxonomy.yml themes
agencies: [health-visiting, childrens-social-care]   # agencies involved (taxonomy.yml)
author: "A. Reviewer"     # the independent reviewer (named by statute, allowed by the checks)
summary: >
  Two or three sentences saying what happened and what the review found. Month and year only,
  never a full date; ages in weeks, months or years.
learning_points:
  - One sentence per learning point, written so a practitioner can act on it.
recommendations:
  - id: R1
    text: What the partnership will do.
    agencies: [childrens-social-care]   # who it is addressed to
    status: accepted      # accepted | in-progress | implemented | not-accepted
    updated: {today}     # date of the last status update
faq:                      # optional questions practitioners ask about this review
  - q: Why was this review held?
    a: Answer in plain language.
briefing:                 # optional: text for the 7-minute briefing (derived from above if omitted)
  why_it_matters: Why this learning matters for practice.
  what_to_remember: [A point to remember.]
  what_to_do: [An action for practitioners.]
  questions: ["A question for team reflection?"]
content_note: null        # optional; replaces the site's content note for this review
status: draft             # draft | approved | published | withdrawn; only published is built
embargo_until: null       # optional, e.g. 2025-03-14T09:00:00Z: not built before then
withdrawal: null          # when status is withdrawn: {{date: YYYY-MM-DD, reason: "..."}}
redaction:
  partnership_anonymised: false   # true if naming the area would identify the family
  allow: []               # audited exceptions: - {{text: "Grace", rule: person-name, reason: "..."}}
  named_people: []        # real names published on purpose: - {{name: "...", reason: "family agreed"}}
---
## Introduction and why this review was held

## Terms of reference and period under review

## Methodology

## Family and practitioner involvement

## Background and the child's lived experience

## Key practice episodes

## Analysis

## Findings

## Board response
"""


# Prose of the template that only says what to write. Left in a review, it would be
# published as it is ("Name of the Safeguarding Partnership" on the home page), so
# validation refuses it. Keys, vocabulary and pseudonyms ("Child X") are real values.
PLACEHOLDERS = frozenset(
    {
        "Child X: what the review was about",
        "Name of the Safeguarding Partnership",
        "A. Reviewer",
        "Two or three sentences saying what happened and what the review found. Month and "
        "year only, never a full date; ages in weeks, months or years.",
        "One sentence per learning point, written so a practitioner can act on it.",
        "What the partnership will do.",
        "Why was this review held?",
        "Answer in plain language.",
        "Why this learning matters for practice.",
        "A point to remember.",
        "An action for practitioners.",
        "A question for team reflection?",
    }
)


def _headings(markdown: str) -> list[str]:
    return [line.strip() for line in markdown.split("\n") if line.strip()]


def is_template_body(body: str) -> bool:
    """True when the report is the template's headings and nothing else."""
    return _headings(body) == _headings(_TEMPLATE.split("\n---\n", 1)[1])


def scaffold_review(review_id: str, today: dt.date | None = None) -> str:
    """Markdown for a new draft review with every field present and commented."""
    import re

    if not re.match(SLUG_PATTERN, review_id):
        raise ValueError(
            f"'{review_id}' is not a valid id: use lowercase letters, digits and hyphens only"
        )
    day = today or dt.date.today()
    return _TEMPLATE.format(id=review_id, today=day.isoformat(), year=day.year - 1)

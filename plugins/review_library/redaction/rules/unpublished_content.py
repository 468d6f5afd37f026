"""Rule ``unpublished-content``: unpublished reviews' text in the built site (output scan)."""

from __future__ import annotations

from review_library.redaction.rules import Rule

RULE = Rule(
    id="unpublished-content",
    severity="error",
    message=(
        "text of an unpublished or withdrawn review ({source}) is in the built site; find the "
        "template, page or export that included it (after `mkdocs build --dirty`, this file "
        "may be a page left by an earlier build: delete it, or build without --dirty)"
    ),
    summary="Text of a draft, embargoed or withdrawn review found in the built site",
    fix="Find the template, export or page that copied it and stop it; never publish the site.",
    docs="(output scan only) text of a draft, embargoed or withdrawn review in the built site",
    rank=910,
)

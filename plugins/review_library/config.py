"""The plugin's options in mkdocs.yml (``plugins: - review-library: {...}``)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

# Signposting without phone numbers: a number in built pages trips the phone-number check,
# and a partnership should list its own local services (with an audited allowance).
DEFAULT_HELPLINES = (
    {
        "name": "If a child or adult is in danger now",
        "text": "Call the emergency services on 999.",
    },
    {
        "name": "If you are worried about a child or an adult at risk",
        "text": "Contact the children's or adult social care service of the council where "
        "they live, or the police.",
    },
    {
        "name": "If reading this has affected you",
        "text": "Talk to your manager, your organisation's safeguarding lead or its employee "
        "support service; Samaritans can be contacted at any time, day or night.",
        "url": "https://www.samaritans.org/",
    },
)


class ChecksConfig(base.Config):
    """Redaction checks run by every build."""

    enabled = c.Type(bool, default=True)
    """Turn the checks off only for local experiments: CI must never do this."""
    identifiers = c.Optional(c.Type(str))
    """Plain identifier register (YAML ``identifiers: [...]``), kept outside the repository."""
    register = c.Optional(c.Type(str))
    """Hashed identifier register written by ``review-library register add``."""
    rules = c.Type(dict, default={})
    """Severity per rule id: ``error``, ``warning`` or ``off``."""
    allow = c.Type(list, default=[])
    """Audited exceptions for the site's own text (mkdocs.yml, templates, docs_dir files):
    a list of ``{text, rule, reason}``, as ``redaction.allow`` in a review."""
    output_scan = c.Type(bool, default=True)
    """Scan the built site for identifiers and unpublished text after the build."""
    cache = c.Type(bool, default=True)
    """Keep what the checks found under ``.cache/plugin/review-library/`` next to mkdocs.yml,
    keyed by each text's hash and by the rules, packages and settings that found it, so the
    next build checks only what changed. ``false``: check everything every time."""


class ReviewLibraryConfig(base.Config):
    """Options of the review-library plugin."""

    enabled = c.Type(bool, default=True)
    reviews_dir = c.Type(str, default="reviews")
    """Folder of review reports, relative to mkdocs.yml."""
    taxonomy = c.Type(str, default="site_src/taxonomy.yml")
    """Controlled vocabulary file, relative to mkdocs.yml."""
    content_note = c.Type(
        str,
        default=(
            "This review describes the abuse or neglect of a child or adult, and may be "
            "distressing to read."
        ),
    )
    """Shown at the top of every review page; a review's ``content_note`` replaces it."""
    latest_count = c.Type(int, default=6)
    """How many reviews the home page lists."""
    helplines = c.Type(list, default=list(DEFAULT_HELPLINES))
    """Support shown on every review page: a list of ``{name, text}`` (``url`` optional)."""
    suppress_below = c.Type(int, default=3)
    """Counts of a sensitive facet below this are shown as "fewer than N" in aggregates."""
    sensitive_facets = c.Type(list, default=["age_band", "region"])
    """Facets whose small counts could identify a family (see suppress_below)."""
    feed_size = c.Type(int, default=20)
    """How many of the newest reviews /feed.xml lists."""
    feed_id = c.Type(str, default="")
    """Makes the feed's permanent Atom id unique: set it once (e.g. the site's address)."""
    stale_after_months = c.Type(int, default=12)
    """A recommendation not updated for this many months is flagged on /recommendations/."""
    checks = c.SubConfig(ChecksConfig)

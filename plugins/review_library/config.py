"""The plugin's options in mkdocs.yml (``plugins: - review-library: {...}``)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


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
    output_scan = c.Type(bool, default=True)
    """Scan the built site for identifiers and unpublished text after the build."""


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
    checks = c.SubConfig(ChecksConfig)

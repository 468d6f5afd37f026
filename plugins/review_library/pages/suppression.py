"""Small-count suppression for aggregates over sensitive facets (age band, region, ...).

In a small area a count of one or two reviews of a given age band can identify a family
(jigsaw identification), so every chart and export shows such counts as "fewer than N".
"""

from __future__ import annotations

from review_library.options import PageOptions


def is_sensitive(facet: str, options: PageOptions) -> bool:
    """True when counts over ``facet`` must be suppressed below the threshold."""
    return facet in (options.sensitive_facets or [])


def suppressed(count: int, facet: str, options: PageOptions) -> bool:
    """True when this count must not be shown: non-zero, below the threshold, sensitive."""
    return is_sensitive(facet, options) and 0 < count < options.suppress_below


def shown_count(count: int, facet: str, options: PageOptions) -> int | None:
    """The count to publish, or None when it is suppressed."""
    return None if suppressed(count, facet, options) else count


def count_text(count: int, facet: str, options: PageOptions) -> str:
    """The count as readers see it: a number, or 'fewer than N'."""
    if suppressed(count, facet, options):
        return f"fewer than {options.suppress_below}"
    return str(count)

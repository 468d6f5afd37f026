"""The options generated pages and exports need, as plain data built once per build.

Page modules, templates and exports take a ``PageOptions``, never MkDocs' config objects, so
they can be used and tested without MkDocs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class PageOptions:
    """The site's and the plugin's settings that generated pages and exports use."""

    site_name: str = ""
    site_url: str = ""
    use_directory_urls: bool = True
    content_note: str = ""
    helplines: tuple[Mapping[str, str], ...] = ()
    latest_count: int = 6
    suppress_below: int = 3
    sensitive_facets: tuple[str, ...] = ("age_band", "region")
    feed_size: int = 20
    feed_id: str = ""
    stale_after_months: int = 12
    extra: Mapping[str, object] = field(default_factory=dict)


def page_options(site: Mapping[str, Any], plugin: Mapping[str, Any]) -> PageOptions:
    """Options from MkDocs' settings (``site_name``, ...) and the plugin's (as mappings)."""
    return PageOptions(
        site_name=str(site.get("site_name") or ""),
        site_url=str(site.get("site_url") or ""),
        use_directory_urls=bool(site.get("use_directory_urls", True)),
        content_note=str(plugin.get("content_note") or ""),
        helplines=tuple(plugin.get("helplines") or ()),
        latest_count=int(plugin.get("latest_count", 6)),
        suppress_below=int(plugin.get("suppress_below", 3)),
        sensitive_facets=tuple(plugin.get("sensitive_facets") or ()),
        feed_size=int(plugin.get("feed_size", 20)),
        feed_id=str(plugin.get("feed_id") or ""),
        stale_after_months=int(plugin.get("stale_after_months", 12)),
        extra=dict(site.get("extra") or {}),
    )

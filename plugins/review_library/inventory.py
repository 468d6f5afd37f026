"""One inventory of what a build publishes, and one rule: an item is published only if it is
checked or a known-safe theme asset.

The plugin hands over every file MkDocs will write or copy (plain records, no MkDocs
objects). Each is classified:

- ``review``: a review page, composed from a checked review file (source checks);
- ``attachment``: a file of a review's folder, checked by its extractor (source checks);
- ``generated``: a page or data file the plugin generates from checked reviews and the
  taxonomy (whose text the site-source checks read); the output scan reads what it became;
- ``page`` / ``page-asset``: a hand-written page or file under ``docs_dir`` (site-source
  checks; images are published without metadata);
- ``template-asset``: a static file of ``custom_dir`` (site-source checks);
- ``theme``: a file shipped inside an installed theme or this package: known-safe, skipped
  by the output scan when the published bytes are identical;
- ``other``: added by another plugin; the output scan reads it like any output.

Files under ``reviews_dir`` that MkDocs found itself (a ``reviews_dir`` inside ``docs_dir``)
are ``removed``: a review reaches the site only through the plugin, drafts never.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from review_library.redaction.assets import PUBLISHED_IMAGE_SUFFIXES, refusal
from review_library.safefiles import resolved

PAGE_SUFFIXES = frozenset({".md", ".markdown"})
# Text a board writes for its site (styles, scripts): checked as text.
SITE_TEXT_SUFFIXES = frozenset({".css", ".js", ".html", ".htm"})


@dataclass(frozen=True)
class Entry:
    """One file MkDocs will publish."""

    src_uri: str
    abs_src_path: str | None
    abs_dest_path: str
    ours: bool
    """Added by this plugin (review pages, attachments, generated pages, stylesheets)."""
    excluded: bool = False


@dataclass
class Inventory:
    """The classified files of one build."""

    kinds: dict[str, str] = field(default_factory=dict)
    """src_uri -> kind (see the module docstring)."""
    pages: list[Path] = field(default_factory=list)
    """Hand-written Markdown pages: checked like reviews (their front matter may declare
    ``redaction.allow`` entries for the examples an about page shows)."""
    assets: list[Path] = field(default_factory=list)
    """Other files of docs_dir and custom_dir, checked by their extractor."""
    strip: list[str] = field(default_factory=list)
    """src_uris of images outside review folders, published without metadata."""
    removed: list[str] = field(default_factory=list)
    """src_uris of files MkDocs found under reviews_dir: never published directly."""
    refused: list[tuple[Path, str]] = field(default_factory=list)
    safe: dict[str, str] = field(default_factory=dict)
    """Absolute output path -> source of every known-safe theme asset."""
    templates: list[Path] = field(default_factory=list)
    """Override templates of custom_dir (their text nodes are checked)."""
    reviews_dir: Path | None = None
    origins: list[Path] = field(default_factory=list)
    """Other sources a finding of the output scan may come from (configuration, taxonomy,
    templates), set by the site-source checks."""

    def scan_args(self, origins: list[str]) -> dict:
        """What the output scan needs from the inventory (see output_scan.OutputScanner)."""
        return {
            "safe": dict(self.safe),
            "allowance_files": [str(p) for p in self.pages],
            "origins": origins,
        }


def take_inventory(
    entries: list[Entry],
    *,
    docs_dir: Path,
    reviews_dir: Path,
    custom_dir: Path | None,
    theme_dirs: list[Path],
    site_dir: Path | None = None,
) -> Inventory:
    """Classify every file of the build; see the module docstring."""
    inventory = Inventory()
    if site_dir is not None:
        # Scripts and styles the plugin copies from its package (search): known-safe.
        for source in sorted(PACKAGE_ASSETS.rglob("*")):
            if source.is_file():
                dest = (
                    Path(site_dir)
                    / "assets"
                    / "review_library"
                    / source.relative_to(PACKAGE_ASSETS)
                )
                inventory.safe[os.path.abspath(dest)] = str(source)
    docs = _real(docs_dir)
    reviews = _real(reviews_dir)
    inventory.reviews_dir = Path(reviews_dir)
    custom = _real(custom_dir) if custom_dir else None
    packaged = [_real(d) for d in theme_dirs if custom is None or _real(d) != custom]
    if custom is not None and custom.is_dir():
        inventory.templates = sorted(
            p for p in custom.rglob("*") if p.suffix.lower() in {".html", ".htm", ".xml"}
        )
    folders: dict[str, Path] = {}  # each folder resolved once (a thousand reviews share one)
    for entry in entries:
        if entry.excluded:
            continue
        source = resolved(Path(entry.abs_src_path), folders) if entry.abs_src_path else None
        kind = _kind(entry, source, docs, reviews, custom, packaged)
        inventory.kinds[entry.src_uri] = kind
        if kind == "removed":
            inventory.removed.append(entry.src_uri)
        elif kind == "theme" and source is not None:
            inventory.safe[os.path.abspath(entry.abs_dest_path)] = str(source)
        elif kind == "page" and source is not None:
            inventory.pages.append(source)
        elif kind in ("page-asset", "template-asset") and source is not None:
            base = docs if kind == "page-asset" else custom
            relative = source.relative_to(base).as_posix() if base else source.name
            why = None if source.suffix.lower() in SITE_TEXT_SUFFIXES else refusal(relative)
            if why is not None:
                inventory.refused.append((source, why))
                continue
            inventory.assets.append(source)
            if source.suffix.lower() in PUBLISHED_IMAGE_SUFFIXES:
                inventory.strip.append(entry.src_uri)
    return inventory


def _kind(
    entry: Entry,
    source: Path | None,
    docs: Path,
    reviews: Path,
    custom: Path | None,
    packaged: list[Path],
) -> str:
    generated_here = entry.ours
    if source is not None and _inside(source, reviews):
        if not generated_here:
            return "removed"
        return "review" if source.suffix.lower() in PAGE_SUFFIXES else "attachment"
    if generated_here:
        if source is not None and any(_inside(source, d) for d in [*packaged, _PACKAGE]):
            return "theme"
        return "generated"
    if source is None:
        return "other"
    if custom is not None and _inside(source, custom):
        return "template-asset"
    if _inside(source, docs):
        return "page" if source.suffix.lower() in PAGE_SUFFIXES else "page-asset"
    if any(_inside(source, d) for d in packaged) or _inside(source, _PACKAGE):
        return "theme"
    return "other"


_PACKAGE = Path(__file__).resolve().parent
PACKAGE_ASSETS = _PACKAGE / "assets"


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True

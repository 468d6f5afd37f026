"""Rule ``asset-metadata``: identifying metadata of images and PDFs (checked by assets.py)."""

from __future__ import annotations

from review_library.redaction.rules import Rule

RULE = Rule(
    id="asset-metadata",
    severity="error",
    message="identifying metadata in an image, SVG or PDF",
    summary="Identifying metadata in an image, SVG or PDF (EXIF author, GPS, PDF author, "
    "title, XMP)",
    fix="Strip the metadata (for example `exiftool -all= FILE`; export the PDF again with "
    "document properties cleared; delete an SVG's <metadata> block and editor attributes).",
    docs="author, GPS and description metadata of images and PDFs",
    rank=900,
)

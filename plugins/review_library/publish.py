"""Feed and open data: /feed.xml (Atom), /catalogue.json and /catalogue.csv.

Written after the pages and before the output scan, which therefore checks them too. They
hold metadata, summaries, learning points and recommendations of published reviews, never
report text; withdrawn reviews appear only as tombstones (id, title, dates, reason).
Aggregate counts over sensitive facets are suppressed below ``suppress_below``.
The schema is documented in site_src/about/open-data.md; SCHEMA_VERSION changes with it.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import re
import uuid
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

from review_library.catalogue import Catalogue
from review_library.model import Review
from review_library.options import PageOptions
from review_library.pages.base import briefing_uri, page_path, review_uri
from review_library.pages.suppression import shown_count

SCHEMA_VERSION = "1"
ATOM = "http://www.w3.org/2005/Atom"
CSV_COLUMNS = (
    "id",
    "url",
    "title",
    "review_type",
    "subject",
    "partnership",
    "nation",
    "region",
    "published",
    "age_band",
    "themes",
    "agencies",
    "author",
    "summary",
    "learning_points",
    "recommendations",
)
# Excel and LibreOffice run a cell starting with these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ID_NAMESPACE = uuid.UUID("6f1d3c52-61b4-5a0e-9d0b-2f0f4f7a9c11")


def review_url(review_id: str, use_directory_urls: bool = True) -> str:
    """A review's URL relative to the site root (where the exports are written)."""
    return page_path(review_uri(review_id), use_directory_urls)


_RECORDS: dict[tuple[str, bool], dict] = {}
"""Each review's record by its file's content hash: under `serve` every rebuild writes the
exports again, for an edit of one review of a thousand. Read only by the writers."""


def _record(review: Review, use_directory_urls: bool = True) -> dict:
    if not review.content_hash:  # made from text, not read from a file
        return _make_record(review, use_directory_urls)
    key = (review.content_hash, use_directory_urls)
    record = _RECORDS.get(key)
    if record is None:
        if len(_RECORDS) >= 20_000:
            _RECORDS.clear()
        record = _RECORDS[key] = _make_record(review, use_directory_urls)
    return record


def _make_record(review: Review, use_directory_urls: bool) -> dict:
    meta = review.meta
    # incident_year is left out on purpose: it is not on any page, and with the age band and
    # region it narrows a case down (jigsaw identification).
    return {
        "id": meta.id,
        "url": review_url(meta.id, use_directory_urls),
        "briefing_url": page_path(briefing_uri(meta.id), use_directory_urls),
        "title": meta.title,
        "review_type": meta.review_type,
        "subject": meta.subject,
        "partnership": meta.partnership,
        "nation": meta.nation,
        "region": meta.region,
        "published": meta.published.isoformat(),
        "age_band": meta.age_band,
        "themes": list(meta.themes),
        "agencies": list(meta.agencies),
        "author": meta.author,
        "summary": meta.summary,
        "learning_points": list(meta.learning_points),
        "recommendations": [
            {
                "id": rec.id,
                "text": rec.text,
                "agencies": list(rec.agencies),
                "status": rec.status,
                "updated": rec.updated.isoformat() if rec.updated else None,
            }
            for rec in meta.recommendations
        ],
    }


def _tombstone(review: Review, use_directory_urls: bool = True) -> dict:
    meta = review.meta
    withdrawal = meta.withdrawal
    return {
        "id": meta.id,
        "url": review_url(meta.id, use_directory_urls),
        "title": meta.title,
        "partnership": meta.partnership,
        "published": meta.published.isoformat(),
        "withdrawn": withdrawal.date.isoformat() if withdrawal else None,
        "reason": withdrawal.reason if withdrawal else None,
    }


def aggregates(catalogue: Catalogue, options: PageOptions) -> dict:
    """Counts of published reviews per facet value; small sensitive counts become null."""
    facets: dict[str, Counter] = {
        "nation": Counter(r.meta.nation for r in catalogue.published),
        "region": Counter(r.meta.region for r in catalogue.published if r.meta.region),
        "review_type": Counter(r.meta.review_type for r in catalogue.published),
        "year": Counter(str(r.year) for r in catalogue.published),
        "age_band": Counter(r.meta.age_band for r in catalogue.published if r.meta.age_band),
        "theme": Counter(t for r in catalogue.published for t in r.meta.themes),
        "agency": Counter(a for r in catalogue.published for a in r.meta.agencies),
        "recommendation_status": Counter(
            rec.status for r in catalogue.published for rec in r.meta.recommendations
        ),
    }
    return {
        facet: {key: shown_count(n, facet, options) for key, n in sorted(counts.items())}
        for facet, counts in facets.items()
    }


def catalogue_json(catalogue: Catalogue, options: PageOptions) -> str:
    """The whole catalogue as JSON (sorted keys, stable order)."""
    data = {
        "schema": "review-library catalogue",
        "schema_version": SCHEMA_VERSION,
        "documentation": "about/open-data/",
        "suppression": {
            "threshold": options.suppress_below,
            "sensitive_facets": sorted(options.sensitive_facets),
        },
        "reviews": [_record(r, options.use_directory_urls) for r in catalogue.published],
        "withdrawn": [_tombstone(r, options.use_directory_urls) for r in catalogue.withdrawn],
        "aggregates": aggregates(catalogue, options),
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def catalogue_csv(catalogue: Catalogue, use_directory_urls: bool = True) -> str:
    """One row per published review; lists joined with ' | ', recommendations as
    'R1 [status, updated]: text' separated by newlines inside the cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for review in catalogue.published:
        record = _record(review, use_directory_urls)
        recs = "\n".join(
            f"{r['id']} [{r['status']}, {r['updated'] or 'not recorded'}]: {r['text']}"
            for r in record["recommendations"]
        )
        row = {
            **record,
            "themes": " | ".join(record["themes"]),
            "agencies": " | ".join(record["agencies"]),
            "learning_points": "\n".join(record["learning_points"]),
            "recommendations": recs,
        }
        writer.writerow([_cell(str(row[c] or "")) for c in CSV_COLUMNS])
    return buffer.getvalue()


def _stamp(value: dt.date) -> str:
    return f"{value.isoformat()}T00:00:00Z"


def _entry_id(review_id: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, 'review:' + review_id)}"


def atom_feed(catalogue: Catalogue, options: PageOptions) -> str:
    """Atom 1.0 feed of the newest published reviews; links are relative to /feed.xml."""
    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "title", "New reviews in the library")
    sub(feed, "subtitle", "Published safeguarding reviews: summary, themes and where to read them.")
    sub(feed, "id", f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, 'feed:' + (options.feed_id or ''))}")
    sub(feed, "link", rel="self", href="feed.xml", type="application/atom+xml")
    sub(feed, "link", rel="alternate", href="./", type="text/html")
    reviews = catalogue.published[: max(options.feed_size, 0)]
    # Updated = the newest publication date: from the data, so two builds are identical.
    newest = max((r.meta.published for r in reviews), default=dt.date(1970, 1, 1))
    sub(feed, "updated", _stamp(newest))
    sub(feed, "generator", "review-library")
    for review in reviews:
        meta = review.meta
        entry = sub(feed, "entry")
        sub(entry, "title", meta.title)
        sub(entry, "id", _entry_id(meta.id))
        sub(
            entry,
            "link",
            rel="alternate",
            href=review_url(meta.id, options.use_directory_urls),
            type="text/html",
        )
        sub(entry, "published", _stamp(meta.published))
        sub(entry, "updated", _stamp(meta.published))
        author = sub(entry, "author")
        sub(author, "name", meta.author)
        for theme in meta.themes:
            label = catalogue.taxonomy.themes[theme].label
            sub(entry, "category", term=theme, label=label)
        sub(entry, "summary", meta.summary, type="text")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def feed_files(catalogue: Catalogue, options: PageOptions) -> dict[str, bytes]:
    """OUTPUT_FILES: /feed.xml."""
    return {"feed.xml": atom_feed(catalogue, options).encode("utf-8")}


def open_data_files(catalogue: Catalogue, options: PageOptions) -> dict[str, bytes]:
    """OUTPUT_FILES: /catalogue.json and /catalogue.csv (its CRLF row ends as the csv module
    writes them, RFC 4180)."""
    return {
        "catalogue.json": catalogue_json(catalogue, options).encode("utf-8"),
        "catalogue.csv": catalogue_csv(catalogue, options.use_directory_urls).encode("utf-8"),
    }


def write_sitemap(catalogue: Catalogue, options: PageOptions, site_dir: Path) -> None:
    """OUTPUT_WRITERS: drop withdrawn reviews' tombstones from MkDocs' sitemap.xml (and .gz).

    A tombstone is `noindex`: listing it in the sitemap would ask search engines to crawl a
    page that tells them not to index it. The .gz keeps the timestamp MkDocs gave it, so the
    output stays deterministic.
    """
    if not catalogue.withdrawn:
        return
    sitemap = site_dir / "sitemap.xml"
    if not sitemap.is_file():
        return
    ids = "|".join(re.escape(review.id) for review in catalogue.withdrawn)
    tombstone = re.compile(
        rf"[ \t]*<url>\s*<loc>[^<]*/reviews/(?:{ids})(?:/|\.html)</loc>.*?</url>\n?", re.S
    )
    text = sitemap.read_text("utf-8")
    kept = tombstone.sub("", text)
    if kept == text:
        return
    sitemap.write_text(kept, encoding="utf-8")
    packed = site_dir / "sitemap.xml.gz"
    if packed.is_file():
        mtime = int.from_bytes(packed.read_bytes()[4:8], "little")
        with (
            open(packed, "wb") as raw,
            gzip.GzipFile(fileobj=raw, filename=str(packed), mode="wb", mtime=mtime) as handle,
        ):
            handle.write(kept.encode("utf-8"))

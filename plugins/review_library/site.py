"""One build's generated content: which files to add and how to compose each page."""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import zlib
from collections.abc import Callable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from review_library import attachments, inventory, publish, report_html
from review_library.catalogue import Catalogue
from review_library.incremental import Memo, ServeState, digest
from review_library.memory import MemoryRelease
from review_library.options import PageOptions
from review_library.pages import (
    agencies,
    briefing,
    charts,
    faq,
    indexes,
    recommendations,
    recurring,
)
from review_library.pages.base import (
    LINK_PREFIX,
    RAW_HTML_END,
    RAW_HTML_START,
    GeneratedPage,
    attr,
    briefing_uri,
    review_uri,
    template_meta,
)
from review_library.pages.review import review_markdown, support_block, tombstone_markdown
from review_library.pages.templates import RESERVED_ID_CLASS, PageTemplates
from review_library.pages.toc import toc_tokens
from review_library.redaction import rule_table
from review_library.search.live import LiveSearch
from review_library.search.page import SearchData, search_pages
from review_library.workers import Scheduler

ASSETS = Path(__file__).parent / "assets"
_RAW_BLOCK = re.compile(re.escape(RAW_HTML_START) + "(.*?)" + re.escape(RAW_HTML_END), re.S)
_RESERVED_ID = re.compile(
    r'<div class="' + re.escape(RESERVED_ID_CLASS) + r'" id="[^"]*">\s*</div>\n?'
)
_GENERATED_LINK = re.compile('(href|action)="' + re.escape(LINK_PREFIX) + '([^"]*)"')
# What stands for a raw HTML block of one of our pages while Python-Markdown reads the page
# (see SiteBuild.stash): a short comment, which Markdown passes through as the long one.
_STASHED = re.compile(r"<!-- review-library:block (\d+) -->")

# Each provider returns the pages it generates from the catalogue; order does not matter
# (URIs are unique across providers).
PAGE_PROVIDERS: list[Callable[[Catalogue, PageOptions, PageTemplates], list[GeneratedPage]]] = [
    lambda catalogue, options, templates: indexes.all_pages(catalogue, templates),
    lambda catalogue, options, templates: search_pages(catalogue, options),
    agencies.agency_pages,
    briefing.briefing_pages,
    recommendations.recommendations_pages,
]

# Each section function returns Markdown appended to a generated page (by src_uri), or ''.
PAGE_SECTIONS: list[Callable[[Catalogue, PageOptions, str], str]] = [
    lambda catalogue, options, uri: (
        charts.charts_block(catalogue, options, full=True)
        + recurring.recurring_section(catalogue, uri)
        if uri == "themes/index.md"
        else ""
    ),
    faq.theme_faq,
]

# Each returns files for the built site (feeds, exports: path -> bytes) made from the
# library's front matter and the settings alone, so under `serve` they are kept with the
# listings (see SiteBuild.output_files). They are written before the output scan, which
# therefore covers them too (the search data is written by SiteBuild.search).
OUTPUT_FILES: list[Callable[[Catalogue, PageOptions], dict[str, bytes]]] = [
    publish.feed_files,
    publish.open_data_files,
]
# Each writer changes files of the built site in place (MkDocs' sitemap, made every build).
OUTPUT_WRITERS: list[Callable[[Catalogue, PageOptions, Path], None]] = [
    publish.write_sitemap,
]
STYLESHEET = "assets/review_library/review-library.css"
TOMBSTONE_TEMPLATE = "review_library/tombstone-page.html"  # adds robots noindex
LEARNING_STYLESHEET = "assets/review_library/learning.css"

# Placeholders a hand-written page (usually the home page) may contain.
PLACEHOLDERS = {
    "<!-- review-library:latest-reviews -->": "latest",
    "<!-- review-library:themes -->": "themes",
    "<!-- review-library:review-count -->": "count",
    "<!-- review-library:charts -->": "charts",
    faq.JSONLD_PLACEHOLDER: "faq-jsonld",
    rule_table.PLACEHOLDER: "redaction-rules",
    "<!-- review-library:search-box -->": "search-box",
}


class SiteBuild:
    """Everything the plugin adds to one build, derived from the catalogue."""

    def __init__(
        self,
        catalogue: Catalogue,
        options: PageOptions,
        reviews_dir: Path,
        templates: PageTemplates,
        page_template: str | None = None,
        listings: tuple[Memo, str] | None = None,
        search: LiveSearch | None = None,
    ):
        """``listings``: under `serve`, the memo of the last build's generated pages and this
        build's key for them (see incremental.catalogue_key); ``search``: under `serve`, the
        search data of the last build (see search.live)."""
        self.catalogue = catalogue
        # The theme template of review pages and briefings (see pages.chrome); None: main.html.
        self.page_template = page_template
        self.templates = templates
        self.options = options
        self.reviews_dir = reviews_dir
        self.search = SearchData(catalogue, search, listings[1] if listings else "")
        self.review_pages = {review_uri(r.id): r for r in catalogue.published}
        # Marks where a report's own text lies in its rendered page (see report_html).
        self.body_nonce = secrets.token_hex(16)
        self.held: dict[str, bytes] = {}
        """Our pages' HTML, compressed, from on_page_content until each is rendered (see hold)."""
        self.stashed: dict[str, list[str]] = {}
        """The raw HTML blocks of our pages, from on_page_markdown to on_page_content (see stash)."""
        self.body_problems: list[report_html.BodyProblem] = []
        self.attachment_plan = attachments.AttachmentPlan()
        # What ``release`` and ``write_outputs`` free is given back to the system as the
        # build goes (see memory): its peak is at the end.
        self.memory = MemoryRelease()
        self.tombstones = {review_uri(r.id): r for r in catalogue.withdrawn}
        self.briefings = {briefing_uri(r.id) for r in catalogue.published}
        # A build drops each generated page's Markdown once it is read (see release); under
        # `serve` the listings are kept for the next rebuild.
        self.drop_sources = listings is None
        if listings is None:
            self.generated, self.recurring, self.notes = self._listings()
        else:
            memo, key = listings
            self.generated, self.recurring, self.notes = memo.get(key, self._listings)

    def _listings(self) -> tuple[dict[str, GeneratedPage], recurring.Recurring, dict]:
        """The generated pages, the recurring findings the review pages show, and a cache of
        what is derived from them as it is asked for (each review's notes of the recurring
        findings, each generated page's key): kept with the rest, as it too depends only on
        the library's front matter."""
        catalogue, options, templates = self.catalogue, self.options, self.templates
        generated = {
            page.src_uri: page
            for provider in PAGE_PROVIDERS
            for page in provider(catalogue, options, templates)
        }
        for uri, page in generated.items():
            extra = "".join(section(catalogue, options, uri) for section in PAGE_SECTIONS)
            if extra:
                generated[uri] = GeneratedPage(uri, page.markdown + "\n" + extra, page.in_nav)
        return generated, recurring.recurring_for(catalogue), {}

    def page_keys(self, pages: list[tuple[str, str | None]], listings_key: str) -> dict:
        """Content key of each page (src_uri, source file or None), for incremental serve:
        what the page is made from, or None where it is always rendered (tombstones, pages
        without a file)."""
        keys: dict[str, str | None] = {}
        for uri, source in pages:
            review = self.review_pages.get(uri)
            if review is not None:
                keys[uri] = digest("review", review.content_hash, self._point_notes(review))
            elif uri in self.generated:
                known = self.notes.get(("key", uri))
                if known is None:
                    page = self.generated[uri]
                    known = self.notes[("key", uri)] = digest(
                        "generated", page.markdown, page.in_nav
                    )
                keys[uri] = known
            elif uri in self.tombstones or not source:
                keys[uri] = None
            else:
                raw = Path(source).read_bytes()
                # Placeholders show the library (latest reviews, themes, counts, charts).
                depends = listings_key if b"review-library:" in raw else ""
                keys[uri] = digest("page", hashlib.sha256(raw).hexdigest(), depends)
        return keys

    def _point_notes(self, review) -> list[str]:
        notes = self.notes.get(review.id)
        if notes is None:
            notes = self.notes[review.id] = [
                recurring.point_note(self.recurring, review, index)
                for index in range(len(review.meta.learning_points))
            ]
        return list(notes)

    def files(self, config: MkDocsConfig, files: Files, taxonomy_path: Path) -> list[File]:
        """Files to add: reviews, their attachments, tombstones, index pages, stylesheet."""
        _exclude_data_file(files, config, taxonomy_path)
        out: list[File] = []
        for uri, review in self.review_pages.items():
            out.append(
                File.generated(
                    config, uri, abs_src_path=review.abs_path, inclusion=InclusionLevel.NOT_IN_NAV
                )
            )
        out.extend(self._attachments(config))
        for uri in self.tombstones:
            out.append(File.generated(config, uri, content="", inclusion=InclusionLevel.NOT_IN_NAV))
        for uri, page in self.generated.items():
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            out.append(File.generated(config, uri, content=page.markdown, inclusion=inclusion))
        out.append(
            File.generated(config, STYLESHEET, abs_src_path=str(ASSETS / "review-library.css"))
        )
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        out.append(
            File.generated(config, LEARNING_STYLESHEET, abs_src_path=str(ASSETS / "learning.css"))
        )
        if LEARNING_STYLESHEET not in config.extra_css:
            config.extra_css.append(LEARNING_STYLESHEET)
        return out

    def _attachments(self, config: MkDocsConfig) -> list[File]:
        # Attachments live in reviews/<id>/ and are published only with their review (so an
        # image made for a draft never reaches the site), only when the review links to
        # them and their type is on the allowlist; images without their metadata.
        plan = attachments.plan_attachments(
            self.reviews_dir,
            [(r.id, Path(r.abs_path)) for r in self.review_pages.values()],
        )
        self.attachment_plan = plan
        if plan.refused:
            from review_library.catalogue import project_relative

            listed = "\n".join(f"  {project_relative(path)}: {why}" for path, why in plan.refused)
            raise PluginError(
                f"review-library: {len(plan.refused)} file(s) in review folders cannot be "
                f"published; nothing was published:\n{listed}"
            )
        found = []
        for item in plan.publish:
            kind = StrippedImage if item.strip else File
            found.append(
                kind.generated(
                    config,
                    item.uri,
                    abs_src_path=str(item.path),
                    inclusion=InclusionLevel.NOT_IN_NAV,
                )
            )
        return found

    def start_outputs(self, scheduler: Scheduler) -> None:
        """Start the costly part of the non-page outputs in a worker while pages are built."""
        self.search.start(scheduler)

    def write_outputs(self, site_dir: Path, state: ServeState | None = None) -> None:
        """Write the non-page outputs (search data, feeds, exports) into the built site
        (under `serve`, ``state`` spares rewriting unchanged search files)."""
        self.memory.now()  # the pages' HTML, before the search files are made
        self.search.write(site_dir, state)
        self.memory.now()
        written: dict[str, str] = {}
        known = state.outputs if state is not None and state.ok else {}
        for name, (data, sha) in self.output_files().items():
            path = site_dir / name
            written[name] = sha
            # Under `serve`: the last checked build wrote these very bytes (so the output
            # scan, finding the file's size and time unchanged, does not read it again).
            if known.get(name) != sha or not path.is_file():
                path.write_bytes(data)
        if state is not None:
            state.outputs = written
        for writer in OUTPUT_WRITERS:
            writer(self.catalogue, self.options, site_dir)

    def output_files(self) -> dict[str, tuple[bytes, str]]:
        """What OUTPUT_FILES make (path -> bytes and their SHA-256); under `serve`, kept with
        the listings, whose key covers all they read (front matter, taxonomy, settings)."""
        made = None if self.drop_sources else self.notes.get("output files")
        if made is None:
            made = {
                name: (data, hashlib.sha256(data).hexdigest())
                for make in OUTPUT_FILES
                for name, data in make(self.catalogue, self.options).items()
            }
            if not self.drop_sources:
                self.notes["output files"] = made
        return made

    def page_markdown(self, markdown: str, page: Page) -> str:
        """The final Markdown of a page: review, tombstone, or placeholders filled in; for a
        page this plugin generated, with its raw HTML blocks stashed (see stash)."""
        markdown = self._compose(markdown, page)
        if page.file.generated_by is not None and self.owns(page.file.src_uri):
            return self.stash(page.file.src_uri, markdown)
        return markdown

    def stash(self, uri: str, markdown: str) -> str:
        """``markdown`` with each raw HTML block (see pages.base.raw_html) replaced by a short
        comment, the blocks kept for ``page_content``. Python-Markdown passes a block-level
        comment through unchanged whatever its length, but reading a long one costs it about
        as much as reading Markdown: a third of a listing's time and most of a briefing's."""
        blocks: list[str] = []

        def keep(match: re.Match) -> str:
            blocks.append(match.group(1))
            return f"<!-- review-library:block {len(blocks) - 1} -->"

        stashed = _RAW_BLOCK.sub(keep, markdown)
        if blocks:
            self.stashed[uri] = blocks
        return stashed

    def _compose(self, markdown: str, page: Page) -> str:
        uri = page.file.src_uri
        if uri in self.review_pages:
            review = self.review_pages[uri]
            page.meta = {
                "title": attr(review.meta.title),
                "description": attr(review.meta.summary),
            }
            if self.page_template:
                page.meta["template"] = self.page_template
            note = review.meta.content_note or self.options.content_note
            return review_markdown(
                review,
                self.catalogue.taxonomy,
                report_html.wrap(markdown, self.body_nonce),
                self.templates,
                content_note=" ".join(note.split()),
                point_notes=self._point_notes(review),
                faq=faq.review_faq(review),
                support=support_block(self.options.helplines),
            )
        if uri in self.tombstones:
            review = self.tombstones[uri]
            page.meta = {"title": attr(review.meta.title), "template": TOMBSTONE_TEMPLATE}
            return self._tombstone(review)
        if uri in self.briefings and self.page_template and page.file.generated_by:
            page.meta = {**page.meta, "template": self.page_template}
        if "review-library:" in markdown:
            return self._fill_placeholders(markdown, uri)
        return markdown

    def owns(self, uri: str) -> bool:
        """Whether the page at ``uri`` is one this plugin makes (a review, briefing,
        tombstone or generated listing)."""
        return (
            uri in self.review_pages
            or uri in self.briefings
            or uri in self.generated
            or uri in self.tombstones
        )

    def release(self, page: Page, stage: str) -> None:
        """Drop what MkDocs keeps of one of our pages once it is no longer needed: its
        Markdown once it is HTML (``stage`` "content"), its HTML once the page is written
        ("written"). MkDocs holds both for every page until the build ends; at 1,000
        reviews that is most of the build's memory. Other pages are left alone (another
        plugin may read them later). Emptied, not None: MkDocs reads None as "not read yet"
        (the page's title would then be None in every later page's navigation)."""
        uri = page.file.src_uri
        if not self.owns(uri):
            return
        if stage == "content":
            page.markdown = ""
            generated = self.generated.get(uri)
            if self.drop_sources and generated is not None and page.file.generated_by:
                # Its Markdown, held by its File and here: 13 MB at 300 reviews, 42 at 1,000
                # (a theme's or the recommendations' page lists the whole library).
                page.file.content_string = ""
                self.generated[uri] = GeneratedPage(uri, "", generated.in_nav)
        elif stage == "written":
            page.content = ""
        self.memory.tick()

    def hold(self, page: Page, html: str) -> str:
        """What MkDocs keeps of one of our pages' HTML until it renders the page: nothing;
        the HTML is held here compressed, and ``unhold`` gives it back just before the page
        is rendered. MkDocs turns the Markdown of every page into HTML before it renders the
        first, so each page's HTML would be in memory at once: at 300 generated reviews the
        main process peaked 17 MB lower with it held (zlib at level 1 costs a few hundredths
        of a second). Other pages are left alone (another plugin may read them)."""
        if not self.owns(page.file.src_uri):
            return html
        self.held[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
        return ""

    def unhold(self, page: Page) -> None:
        """Give a page held by ``hold`` its HTML back (before the theme or any plugin reads it)."""
        held = self.held.pop(page.file.src_uri, None)
        if held is not None:
            page.content = zlib.decompress(held).decode("utf-8")

    def escape_meta(self, page: Page) -> None:
        """Make every value of the page the theme prints escaped text (see template_meta)."""
        page.meta = template_meta(page.meta, page.title, page.is_homepage)

    def _tombstone(self, review) -> str:
        published = {r.id: r for r in self.catalogue.published}
        with_pages = self.catalogue.by_theme()
        themes = [
            {"label": self.catalogue.taxonomy.themes[key].label, "uri": f"themes/{key}.md"}
            for key in review.meta.themes
            if key in with_pages
        ]
        wanted = review.meta.withdrawal.learning_summary if review.meta.withdrawal else None
        if wanted and wanted not in published:
            raise PluginError(
                f"{review.source_path}: withdrawal.learning_summary: '{wanted}' is not a "
                "published review of this library; give the id of the published learning "
                "summary, or remove the field"
            )
        return tombstone_markdown(
            review,
            self.templates,
            themes=themes,
            learning_summary=published.get(wanted) if wanted else None,
        )

    def page_content(self, html: str, page: Page, files: Files) -> str:
        """Enforce the report HTML policy on a review's body; unwrap the raw HTML blocks of a
        page and resolve the links inside them."""
        review = self.review_pages.get(page.file.src_uri)
        if review is not None:
            html = self._enforce_report_policy(html, review)
        blocks = self.stashed.pop(page.file.src_uri, None)
        if blocks is None and RAW_HTML_START not in html:
            return html
        here = page.file

        urls: dict[str, str] = {}  # a page links to the same pages many times

        def resolve(match: re.Match) -> str:
            name, (uri, _, fragment) = match.group(1), match.group(2).partition("#")
            url = urls.get(uri)
            if url is None:
                target = files.get_file_from_path(uri)
                if target is None:
                    raise PluginError(f"review-library: generated link to a missing page '{uri}'")
                url = urls[uri] = target.url_relative_to(here)
            return f'{name}="{url}#{fragment}"' if fragment else f'{name}="{url}"'

        def unwrap(match: re.Match) -> str:
            return _GENERATED_LINK.sub(resolve, match.group(1))

        def restore(match: re.Match) -> str:
            # A stashed block is published only where its comment came through Markdown
            # whole, as an unstashed one (a block a report swallowed is sanitised away).
            index = int(match.group(1))
            if index >= len(blocks):
                return match.group()
            return _GENERATED_LINK.sub(resolve, blocks[index])

        html = _RESERVED_ID.sub("", html)
        if blocks is not None:
            html = _STASHED.sub(restore, html)
        html = _RAW_BLOCK.sub(unwrap, html)
        # Headings inside the generated blocks belong in the page's table of contents too.
        page.toc = get_toc(toc_tokens(html))
        return html

    def _enforce_report_policy(self, html: str, review) -> str:
        """Record what the report may not contain (the build refuses it) and publish only the
        sanitised body in any case."""
        parts = report_html.split(html, self.body_nonce)
        if parts is None:
            raise PluginError(f"review-library: {review.source_path}: the report body was lost")
        before, body, after = parts
        found = report_html.violations(body)
        self.body_problems += report_html.locate(
            found, review.source_path, review.body, review.body_line
        )
        return before + report_html.sanitise(body) + after

    def _fill_placeholders(self, markdown: str, uri: str) -> str:
        for marker, kind in PLACEHOLDERS.items():
            if marker not in markdown:
                continue
            if kind == "latest":
                block = indexes.latest_reviews_block(
                    self.catalogue, self.templates, self.options.latest_count
                )
            elif kind == "themes":
                block = indexes.themes_block(self.catalogue, uri)
            elif kind == "charts":
                block = charts.charts_block(self.catalogue, self.options, full=False)
            elif kind == "faq-jsonld":
                block = faq.page_jsonld(markdown)
            elif kind == "search-box":
                block = self.templates.block("partials/search-box.html")
            elif kind == "redaction-rules":
                block = rule_table.rule_table()
            else:
                block = str(len(self.catalogue.published))
            markdown = markdown.replace(marker, block)
        return markdown


def _exclude_data_file(files: Files, config: MkDocsConfig, path: Path) -> None:
    """Keep the taxonomy (a data file that may sit in docs_dir) out of the published site."""
    docs = Path(config.docs_dir).resolve()
    try:
        uri = path.resolve().relative_to(docs).as_posix()
    except ValueError:
        return
    existing = files.get_file_from_path(uri)
    if existing is not None:
        files.remove(existing)


class StrippedImage(File):
    """An image attachment: written without its metadata (EXIF, XMP, IPTC, text chunks, ICC
    profile), pixels unchanged. Stripped when MkDocs copies it, after the checks passed."""

    def copy_file(self, dirty: bool = False) -> None:
        assert self.abs_src_path is not None
        output = Path(self.abs_dest_path)
        output.parent.mkdir(parents=True, exist_ok=True)
        try:
            output.write_bytes(attachments.strip_metadata(Path(self.abs_src_path)))
        except attachments.StripError as error:
            raise PluginError(f"review-library: {self.src_uri}: {error}") from None


def drop_found_reviews(files: Files, reviews_dir: Path) -> None:
    """Remove what MkDocs found itself under ``reviews_dir`` (a ``reviews_dir`` inside
    ``docs_dir``): reviews reach the site only through the plugin, drafts and embargoed
    versions never, and review folders only through the attachment rules."""
    folder = Path(os.path.realpath(reviews_dir))
    for file in list(files):
        if file.generated_by is None and file.abs_src_path:
            source = Path(os.path.realpath(file.abs_src_path))
            if source == folder or folder in source.parents:
                files.remove(file)


def take_inventory(
    files: Files, config: MkDocsConfig, ours: set[str], reviews_dir: Path
) -> inventory.Inventory:
    """Classify every file of the build (see review_library.inventory); refuse the build on
    a file that may not be published, and publish docs_dir images without metadata."""
    entries = [
        inventory.Entry(
            f.src_uri,
            f.abs_src_path,
            f.abs_dest_path,
            f.src_uri in ours,
            f.inclusion.is_excluded(),
        )
        for f in files
    ]
    custom = config.theme.custom_dir
    found = inventory.take_inventory(
        entries,
        docs_dir=Path(config.docs_dir),
        reviews_dir=reviews_dir,
        custom_dir=Path(custom) if custom else None,
        theme_dirs=[Path(d) for d in config.theme.dirs],
        site_dir=Path(config.site_dir),
    )
    if found.refused:
        from review_library.catalogue import project_relative

        listed = "\n".join(f"  {project_relative(path)}: {why}" for path, why in found.refused)
        raise PluginError(
            f"review-library: {len(found.refused)} file(s) of the site cannot be published; "
            f"nothing was published:\n{listed}"
        )
    for uri in found.strip:
        file = files.get_file_from_path(uri)
        if file is not None and file.abs_src_path:
            files.remove(file)
            files.append(
                StrippedImage.generated(
                    config, uri, abs_src_path=file.abs_src_path, inclusion=file.inclusion
                )
            )
    return found


def not_published(catalogue: Catalogue) -> list[str]:
    """One line per review the build does not publish, and why (for an INFO log line: a
    draft is normal, so never a warning, which `strict` would turn into a failure)."""
    lines = []
    for review in sorted([*catalogue.unpublished, *catalogue.withdrawn], key=_by_path):
        meta = review.meta
        if meta.status == "withdrawn":
            when = f" on {meta.withdrawal.date.isoformat()}" if meta.withdrawal else ""
            why = f"withdrawn{when}; only its tombstone page is published"
        elif meta.status == "published" and meta.embargo_until is not None:
            until = meta.embargo_until.isoformat().replace("+00:00", "Z")
            why = f"embargoed until {until}"
        else:
            why = f"{meta.status} (set 'status: published' to publish it)"
        lines.append(f"{review.source_path}: not published: {why}")
    return lines


def _by_path(review) -> str:
    return review.source_path

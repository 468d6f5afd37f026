"""The MkDocs plugin: wires build events to the plain modules; holds no logic of its own."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from review_library import incremental, serve_build, serve_watch, site
from review_library.cache import ContentCache
from review_library.catalogue import (
    Catalogue,
    CatalogueError,
    caching_loader,
    find_review_files,
    load_catalogue,
)
from review_library.config import ReviewLibraryConfig
from review_library.gate import OutputScanJob, PublishingGate
from review_library.options import page_options
from review_library.pages import chrome
from review_library.pages.templates import PageTemplates
from review_library.problems import build_problems
from review_library.redaction.runner import CheckCache, PendingCheck
from review_library.redaction.site_sources import place_labels
from review_library.safefiles import resolved
from review_library.serve_errors import showing_errors
from review_library.sitedir import unpublish
from review_library.taxonomy import Taxonomy, TaxonomyError, load_taxonomy
from review_library.workers import Scheduler, SigtermAsInterrupt, WorkerError, default_workers

log = get_plugin_logger("review_library")

TEMPLATES = Path(__file__).parent / "templates"

# Markdown extensions the generated pages rely on (definition lists for the metadata
# panel, md_in_html for wrappers, tables for recommendations, admonition for notes), and
# footnotes and abbreviations, which reports use (see report_html).
REQUIRED_EXTENSIONS = (
    "attr_list",
    "md_in_html",
    "def_list",
    "tables",
    "admonition",
    "toc",
    "footnotes",
    "abbr",
)


def _one_error_shape(handler: Callable) -> Callable:
    """A failed job (workers.WorkerError, wherever it ran) stops the build with the message
    every other problem gets, never a traceback."""

    @functools.wraps(handler)
    def wrapper(*args, **kwargs):
        try:
            return handler(*args, **kwargs)
        except WorkerError as error:
            raise PluginError(build_problems(internal=[error])) from None

    return wrapper


class ReviewLibraryPlugin(BasePlugin[ReviewLibraryConfig]):
    """Turns reviews/*.md into review, theme and browse pages, behind the redaction gate."""

    def __init__(self) -> None:
        self.is_serve = False
        # Survives serve rebuilds (unlike the per-build state below): validated reviews by
        # content hash, dropped whenever the taxonomy changes.
        self.review_cache: ContentCache = ContentCache()
        self.check_cache = CheckCache()
        self.taxonomy_digest = ""
        self.loaded_taxonomy: Taxonomy | None = None
        # No workers until on_startup (a build run without it does everything here).
        self.scheduler = Scheduler(0)
        self.sigterm = SigtermAsInterrupt()
        # True from the start of a build until its output scan passed: if the process is
        # interrupted in between, on_shutdown empties the site directory.
        self.building = False
        self.build_error: Exception | None = None
        # Under `serve`: what the last checked build left, so a rebuild renders only what an
        # edit changed (see incremental).
        self.serve_state: incremental.ServeState | None = None
        self._reset()

    def _reset(self) -> None:
        self.taxonomy: Taxonomy | None = None
        self.site_dir: Path | None = None
        self.catalogue: Catalogue | None = None
        self.site: site.SiteBuild | None = None
        self.gate: PublishingGate | None = None
        self.pending_checks: PendingCheck | None = None
        self.output_scan: OutputScanJob | None = None
        self.inventory = None
        self.static_key = ""
        self.listings_key = ""
        self.page_keys: dict[str, str | None] = {}
        self.written: set[str] = set()
        """Pages this build rendered and wrote (their HTML is released once written)."""
        self.nav = None
        self.files: Files | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Remember whether we serve; defining this keeps the instance across rebuilds."""
        self.is_serve = command == "serve"
        # MkDocs keeps this instance for every later configuration of the process (a build
        # after a serve, in tests): a build must not start from a serve session's state.
        self.serve_state = incremental.ServeState(dirty=dirty) if self.is_serve else None
        # The main process builds the pages; the checks get the cores it leaves idle. The
        # output scan gets workers of its own (see on_env).
        self.scheduler = Scheduler(default_workers() - 1, standby=True)
        self.sigterm.install()

    def on_shutdown(self) -> None:
        """Stop the check workers; after an interrupted build (Ctrl-C, SIGTERM), at once, and
        leave nothing publishable."""
        interrupted = self.building and not self.is_serve
        self.building = False
        if self.is_serve:
            serve_build.release_heap()
        if interrupted and self.site_dir is not None:
            unpublish(self.site_dir)
        self.scheduler.close(kill=interrupted)
        self.sigterm.restore()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Reset per-build state, load the taxonomy and make sure needed extensions are on."""
        self._reset()
        self.build_error: Exception | None = None
        # Known before anything can fail, so a failure in this very handler still empties it.
        self.site_dir = Path(config.site_dir)
        if not self.config.enabled:
            return config
        self.building = True
        serve_build.absolute_paths(config)
        root = Path(config.config_file_path).resolve().parent
        self.reviews_dir = (root / self.config.reviews_dir).resolve()
        self.taxonomy_path = (root / self.config.taxonomy).resolve()
        if not self.reviews_dir.is_dir():
            raise PluginError(
                f"review-library: the reviews folder '{self.config.reviews_dir}' does not exist "
                f"next to {Path(config.config_file_path).name}; create it or set 'reviews_dir'"
            )
        try:
            digest = hashlib.sha256(self.taxonomy_path.read_bytes()).hexdigest()
        except OSError:
            digest = ""  # load_taxonomy says what is wrong
        if not digest or digest != self.taxonomy_digest or self.loaded_taxonomy is None:
            # Parsed again only when its bytes changed (under `serve`, each rebuild).
            self.taxonomy_digest, self.loaded_taxonomy = "", None
            try:
                self.loaded_taxonomy = load_taxonomy(self.taxonomy_path)
            except TaxonomyError as error:
                raise PluginError(f"review-library: {error}") from None
            self.review_cache = ContentCache()
            self.taxonomy_digest = digest
        self.taxonomy = self.loaded_taxonomy
        # Appended, so the theme and custom_dir always win; our templates are namespaced.
        if str(TEMPLATES) not in config.theme.dirs:
            config.theme.dirs.append(str(TEMPLATES))
        for name in REQUIRED_EXTENSIONS:
            if name not in config.markdown_extensions:
                config.markdown_extensions.append(name)
        self.gate = PublishingGate(self.config.checks, root)
        self.page_options = page_options(config, self.config)
        self.templates = PageTemplates(config.theme.dirs, self.page_options)
        self.page_template = chrome.TEMPLATE if chrome.usable(config.theme.dirs) else None
        if self.serve_state is not None:
            serve_build.share_compiled(self.templates.env, "pages", self.serve_state)
            watched = [self.taxonomy_path, *self.gate.watched]
            theme = serve_build.theme_stamp(config)
            self.static_key = serve_build.static_key(config, watched, theme)
            serve_build.keep_theme_listing(config, theme, self.serve_state)
        return config

    # Priority: run after other plugins added their files, so generated pages can defer to
    # real files of the same name and nothing else re-adds a review.
    @event_priority(-50)
    @_one_error_shape
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        """Load and check every review, then add review and generated pages to the build."""
        if not self.config.enabled:
            return files
        assert self.taxonomy is not None
        root = Path(config.config_file_path).resolve().parent
        # Checks run on every file first, drafts included: a draft that names a child should
        # be caught while it is written, and a schema error must not hide a leak.
        assert self.gate is not None
        # They run in worker processes while the pages are built, and are collected in
        # on_env, before anything is written.
        self.pending_checks = self.gate.start_source_checks(
            self.reviews_dir, log, self.check_cache, self.scheduler
        )
        try:
            review_files = find_review_files([self.reviews_dir])
        except OSError as error:
            raise PluginError(f"review-library: {error}") from None
        try:
            self.catalogue = load_catalogue(
                self.reviews_dir,
                self.taxonomy,
                root=root,
                # The source checks just read and hashed every review: unchanged ones are
                # found by that digest, not read a second time.
                load=caching_loader(
                    self.review_cache,
                    self.pending_checks.digests if self.pending_checks is not None else None,
                ),
                files=review_files,
            )
        except CatalogueError as error:
            # Every problem in one run: the schema problems with the check findings (a leak
            # must not wait until the schema is fixed), grouped by file.
            report = self.gate.collect_source_checks(self.pending_checks, log)
            named = self.gate.named_files(self.reviews_dir)
            raise PluginError(build_problems(error.problems, [*report.errors, *named])) from None
        for line in site.not_published(self.catalogue):
            log.info(line)
        folders: dict[str, Path] = {}
        self.review_cache.retain({resolved(p, folders) for p in review_files})
        listings = None
        if self.serve_state is not None:
            self.listings_key = incremental.digest(
                self.static_key, incremental.catalogue_key(self.catalogue)
            )
            listings = (self.serve_state.listings, self.listings_key)
        self.site = site.SiteBuild(
            self.catalogue,
            self.page_options,
            self.reviews_dir,
            self.templates,
            self.page_template,
            listings,
            self.serve_state.search if self.serve_state is not None else None,
        )
        self.site.start_outputs(self.scheduler)
        site.drop_found_reviews(files, self.reviews_dir)
        ours: set[str] = set()
        for generated in self.site.files(config, files, self.taxonomy_path):
            ours.add(generated.src_uri)
            existing = files.get_file_from_path(generated.src_uri)
            if existing is not None and existing.generated_by is None:
                log.info(
                    "'%s' exists in docs_dir; it replaces the generated page", generated.src_uri
                )
                continue
            if existing is not None:
                files.remove(existing)
            files.append(generated)
        for path in self.site.attachment_plan.unlinked:
            log.info("'%s' is not linked from its review, so it is not published", path.name)
        # Everything else the build publishes: checked with the reviews, before any write.
        self.inventory = site.take_inventory(files, config, ours, self.reviews_dir)
        self.pending_checks = self.gate.add_site_checks(
            self.pending_checks,
            self.inventory,
            config,
            dict(self.config),
            self.taxonomy_path,
            place_labels(self.taxonomy),
        )
        return files

    # Priority: last, so every file is in place before the plan is made.
    @event_priority(-100)
    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        """Under `serve`: decide which pages this build renders (see incremental)."""
        state = self.serve_state
        if state is None or self.site is None:
            return nav
        pages = [(f.src_uri, f.abs_src_path) for f in files.documentation_pages()]
        self.page_keys = self.site.page_keys(pages, self.listings_key)
        self.site_key = serve_build.site_key(self.static_key, files)
        state.plan = incremental.plan(
            state, self.site_key, self.page_keys, serve_build.only_this_plugin(config)
        )
        if state.plan.full and state.dirty:
            # MkDocs' dirty build keeps the site directory; a full one starts from nothing.
            log.info("building every page: %s", state.plan.reason)
            unpublish(Path(config.site_dir))
            state.invalidate()
        serve_build.mark(files, state.plan)
        self.nav = nav
        return nav

    # Priority: run last, so the review header wraps the final Markdown of the body.
    @event_priority(-100)
    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """Compose review pages and fill the placeholders of hand-written pages."""
        if self.site is None:
            return markdown
        return self.site.page_markdown(markdown, page)

    def _on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """Unwrap the generated HTML listings (they skip Markdown: see pages.base.raw_html),
        and escape the page's title and description before any page's nav shows them."""
        if self.site is None:
            return html
        self.site.escape_meta(page)
        return self.site.page_content(html, page, files)

    # Priority: last, so every other plugin has seen the Markdown.
    @event_priority(-100)
    def _release_markdown(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """Drop the Markdown of our pages once it is HTML, and hold their HTML compressed
        until each is rendered (see SiteBuild.release and SiteBuild.hold)."""
        if self.site is None:
            return html
        self.site.release(page, "content")
        return self.site.hold(page, html)

    on_page_content = CombinedEvent(_on_page_content, _release_markdown)

    # Priority: first, so the theme and every plugin see the page's HTML.
    @event_priority(100)
    def _unhold(self, context, *, page: Page, config: MkDocsConfig, nav):
        """Give our page back the HTML held since on_page_content (see SiteBuild.hold)."""
        if self.site is not None:
            self.site.unhold(page)
        return context

    # Priority: last, so a title or description set by a plugin after on_page_content is
    # escaped too (escaping is idempotent).
    @event_priority(-100)
    def _escape_meta(self, context, *, page: Page, config: MkDocsConfig, nav):
        """Escape the page values the theme prints (title, description) on every page."""
        if self.site is not None:
            self.site.escape_meta(page)
        return context

    on_page_context = CombinedEvent(_unhold, _escape_meta)

    # Priority: first of the env handlers, so a leak stops the build before anything else.
    @event_priority(100)
    @_one_error_shape
    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        """Collect the source checks: the last moment before MkDocs writes the site."""
        chrome.ChromeCache().install(env)  # per build: a serve rebuild may change the nav
        if self.serve_state is not None and self.nav is not None:
            self._check_plan(files)
            serve_build.share_compiled(env, "theme", self.serve_state)
        if self.gate is not None:
            pending, self.pending_checks = self.pending_checks, None
            scanned = self.catalogue is not None and self.gate.output_scan
            report = self.gate.collect_source_checks(pending, log, hold_unused=scanned)
            body = self.site.body_problems if self.site is not None else []
            message = build_problems(findings=report.errors, body=body)
            if message:
                raise PluginError(message)
            if self.catalogue is not None:
                # The scan runs to the end of the build: in fresh workers, forked at the
                # start, rather than in those the source checks and the search data grew
                # (what the allocator keeps of their work would count in the build's peak).
                self.scheduler.renew()
                self.output_scan = self.gate.start_output_scan(
                    self.catalogue,
                    self.scheduler,
                    self.gate.scan_extra(self.inventory, self.catalogue),
                    self.serve_state.scans if self.serve_state else None,
                )
        return env

    # Priority: last, so the scan sees the HTML exactly as it is written.
    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """Hand each rendered page to the output scan (a worker scans it meanwhile)."""
        if self.output_scan is not None:
            self.output_scan.add_page(Path(page.file.abs_dest_path), output)
        self.written.add(page.file.src_uri)
        if self.site is not None:
            self.site.release(page, "written")
        return output

    @_one_error_shape
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Scan everything written for identifiers and unpublished text; unpublish on failure."""
        if self.catalogue is None:
            self.building = False
            return
        site_dir = Path(config.site_dir)
        assert self.site is not None and self.gate is not None
        state = self.serve_state
        self.site.write_outputs(site_dir, state)
        job, self.output_scan = self.output_scan, None
        try:
            self.gate.finish_output_scan(job, site_dir, log)
        except PluginError:
            unpublish(site_dir)
            raise
        if state is not None and self.files is not None and state.plan is not None:
            incremental.commit(
                state,
                self.site_key,
                serve_build.nav_key(self.nav),
                self.page_keys,
                serve_build.rendered(self.files, self.written),
            )
        self.building = False

    def _check_plan(self, files: Files) -> None:
        """After the pages were read: skipped pages get back their anchors, and a changed
        navigation (a page's title) means every page must be rendered again."""
        state = self.serve_state
        assert state is not None and state.plan is not None
        self.files = files
        if state.plan.full:
            return
        serve_build.restore(files, state)
        if serve_build.nav_key(self.nav) != state.nav:
            raise incremental.NeedsFullBuild("the navigation changed")

    def on_build_error(self, *, error: Exception) -> None:
        """A failed build must not leave a publishable site behind."""
        self.build_error = error
        if self.serve_state is not None:
            self.serve_state.invalidate()
        if self.site_dir is not None and self.config.enabled and not self.is_serve:
            unpublish(self.site_dir)

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        """Rebuild when a review or the taxonomy changes (both live outside docs_dir), and
        show a failed rebuild's errors in the browser (see serve_errors)."""
        if self.config.enabled:
            if self.serve_state is not None:
                serve_build.settle_heap()  # the first build is done: see settle_heap
            if callable(getattr(server, "builder", None)):
                builder = server.builder
                if self.serve_state is not None:
                    builder = serve_build.incremental_builder(builder, self.serve_state) or builder
                server.builder = showing_errors(
                    builder, Path(config.site_dir), lambda: self.build_error
                )
            server.watch(str(self.reviews_dir))
            server.watch(str(self.taxonomy_path))
            for path in self.gate.watched if self.gate else []:
                server.watch(str(path))
            # A save is seen when it happens, not at the next poll (MkDocs' poll stays).
            serve_watch.hasten(server)
        return server

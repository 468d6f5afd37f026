"""`mkdocs serve` glue for incremental rebuilds: MkDocs objects in, plain data out.

MkDocs renders every page on each rebuild unless it is started with ``--dirty``, and with
``--dirty`` it decides from file times alone, which misses every page made from other files
(a theme page after a review changed themes). The plugin therefore

- replaces the server's builder (``incremental_builder``) with one that runs MkDocs' own
  build with its dirty flag, so a page is rendered only when its ``File.is_modified()`` says
  so, and MkDocs' dirty-build warning (which ``strict`` would turn into a failure) is not
  shown: the plugin decides what is stale;
- answers ``is_modified()`` for each page from ``incremental.plan`` (``mark``);
- empties the site directory itself when the plan is a full build;
- gives skipped pages back the anchors their last render found, so MkDocs checks links to
  and from them as in a full build (``restore``).

Only the README's plain ``mkdocs serve`` is incremental: ``--clean`` and ``build`` are not
touched, and a site with other plugins (which may gather data from every page, as a search
index does) is always built in full.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation

from review_library import incremental
from review_library.incremental import NeedsFullBuild, ServeState

log = logging.getLogger("mkdocs.plugins.review_library")

PACKAGE = Path(__file__).resolve().parent
PLUGIN_NAME = "review-library"
_DIRTY_WARNING = "A 'dirty' build is being performed"


def closure(function: Callable) -> dict[str, Any]:
    """The variables a nested function closes over (MkDocs' serve builder keeps its config
    loader and the server's address there)."""
    cells = getattr(function, "__closure__", None) or ()
    names = getattr(getattr(function, "__code__", None), "co_freevars", ())
    try:
        return {name: cell.cell_contents for name, cell in zip(names, cells, strict=True)}
    except ValueError:
        return {}


class _HideDirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(_DIRTY_WARNING)


def incremental_builder(builder: Callable, state: ServeState) -> Callable | None:
    """A builder for MkDocs' live-reload server that builds with the dirty flag, or None when
    ``builder`` is not MkDocs 1.6's serve builder (then serve stays as it is)."""
    found = closure(builder)
    get_config, serve_url = found.get("get_config"), found.get("serve_url")
    if not callable(get_config) or not isinstance(serve_url, str) or found.get("is_clean"):
        return None
    hide = _HideDirtyWarning()

    def build(config: MkDocsConfig | None = None) -> None:
        log.info("Building documentation...")
        target = logging.getLogger("mkdocs.commands.build")
        target.addFilter(hide)
        state.dirty = True
        try:
            try:
                mkdocs_build(_fresh(config, get_config, serve_url), serve_url=serve_url, dirty=True)
            except NeedsFullBuild as why:
                log.info("%s; building every page", why)
                state.invalidate()
                mkdocs_build(_fresh(None, get_config, serve_url), serve_url=serve_url, dirty=True)
        finally:
            state.dirty = False
            target.removeFilter(hide)

    return build


def _fresh(config: MkDocsConfig | None, get_config: Callable, serve_url: str) -> MkDocsConfig:
    if config is None:
        config = get_config()
        config.site_url = serve_url
    return config


def settle_heap() -> None:
    """After the first build under `serve`: collect once, then leave every object alive now
    out of the cycle collector's later passes (``gc.freeze``). What the session keeps (each
    review, the search index, the scanners' results, the page records: millions of objects
    at 1,000 reviews) was traversed again by every full collection a rebuild triggered,
    about a fifth of a rebuild's CPU. Objects are still freed when nothing refers to them;
    only a frozen object that ends in a reference cycle is kept until ``release_heap`` (at
    most what this build left alive, once)."""
    gc.collect()
    gc.freeze()


def release_heap() -> None:
    """When `serve` stops: frozen objects are the collector's again."""
    gc.unfreeze()


def absolute_paths(config: MkDocsConfig) -> None:
    """Make the configuration file's path and the theme's folders absolute. `mkdocs serve -f
    mkdocs.yml` loads the first configuration from an open file named 'mkdocs.yml' (so a
    custom_dir is 'overrides') and every later one by its absolute path: the output scan's
    arguments then differed between the first build and the rebuilds, and the first rebuild
    scanned every file of the site again instead of the few that changed."""
    if config.config_file_path:
        config.config_file_path = os.path.abspath(config.config_file_path)
    config.theme.dirs[:] = [os.path.abspath(folder) for folder in config.theme.dirs]


def only_this_plugin(config: MkDocsConfig) -> bool:
    """True when no other plugin or hook takes part in the build: another one may gather data
    from every page (a search index), which a skipped page would not give it."""
    return all(name == PLUGIN_NAME for name in config.plugins)


def _plain(value: Any, depth: int = 0) -> Any:
    """A JSON-able view of a configuration value; objects without a stable text become their
    type name (so the key never depends on a memory address)."""
    if depth > 12:
        return "..."
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return {str(k): _plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(v, depth + 1) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    if hasattr(value, "config") and isinstance(value.config, Mapping):
        return {"plugin": type(value).__qualname__, "config": _plain(value.config, depth + 1)}
    text = str(value)
    if " at 0x" in text or text.startswith("<"):
        return f"{type(value).__module__}.{type(value).__qualname__}"
    return text


def theme_stamp(config: MkDocsConfig) -> str:
    """A hash of (path, size, mtime_ns) of every file of the theme's folders, bytecode caches
    included (so the names are exactly those Jinja's loader lists: see keep_theme_listing).
    Hashed once for the static key and the listing: 14,500 entries serialised twice cost
    as much as a part of what keeping the listing saves."""
    dirs = [os.path.abspath(folder) for folder in config.theme.dirs]
    return incremental.digest(dirs, incremental.tree_stamp(dirs, skip=frozenset()))


def static_key(config: MkDocsConfig, watched: list[Path], theme: str | None = None) -> str:
    """What every page depends on that is known once the configuration is loaded: the
    configuration, the theme's folders (templates, partials, assets; custom_dir first:
    ``theme``, their ``theme_stamp`` if the caller made it already) and the plugin's own
    code, templates and assets, and the registers and taxonomy (``watched``)."""
    # Paths made absolute: `mkdocs serve -f mkdocs.yml` loads the first configuration from
    # an open file named 'mkdocs.yml' and every later one by its absolute path, so the same
    # file would otherwise give another key and make the first rebuild a full one.
    settings = {key: _plain(value) for key, value in config.items() if key != "plugins"}
    config_file = os.path.abspath(config.config_file_path) if config.config_file_path else None
    settings["config_file_path"] = config_file
    settings["plugins"] = _plain(dict(config.plugins.items()))
    dirs = [os.path.abspath(folder) for folder in config.theme.dirs]
    settings["theme"] = {"vars": _plain(dict(config.theme)), "dirs": dirs}
    stamps = incremental.tree_stamp([PACKAGE, *(os.path.abspath(p) for p in watched)])
    if config_file:
        stamps.extend(incremental.tree_stamp([config_file]))
    return incremental.digest(settings, theme_stamp(config) if theme is None else theme, stamps)


def site_key(static: str, files: Files) -> str:
    """``static`` plus every file of the build and where it is written (links between pages
    resolve against this list; a new or removed page changes it)."""
    listing = sorted(
        [f.src_uri, f.dest_uri, f.url, f.inclusion.name, f.generated_by or ""] for f in files
    )
    return incremental.digest(static, listing)


def nav_key(nav: Navigation) -> str:
    """The navigation as every page shows it: titles, addresses and nesting."""

    def walk(items) -> list:
        return [
            [type(item).__name__, str(item.title), getattr(item, "url", None), walk(item.children)]
            if getattr(item, "children", None)
            else [type(item).__name__, str(item.title), getattr(item, "url", None)]
            for item in items
        ]

    return incremental.digest(walk(nav.items))


def mark(files: Files, plan: incremental.Plan) -> None:
    """Tell MkDocs' dirty build which pages to render. (A skipped page of the navigation
    keeps its title from the nav setting; if that is not the title its last render found,
    the navigation check in on_env asks for a full build.)"""
    for file in files.documentation_pages():
        file.is_modified = _Answer(plan.renders(file.src_uri))  # type: ignore[method-assign]


class TemplateCache(jinja2.BytecodeCache):
    """Compiled templates kept in memory across serve rebuilds (MkDocs makes a new Jinja
    environment for each build, which compiles Material's templates again). Jinja checks each
    entry against its template's source, so an edited template is compiled afresh. One cache
    per environment: environments with other settings compile the same source differently."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


class _Answer:
    """A fixed answer to File.is_modified()."""

    def __init__(self, value: bool) -> None:
        self.value = value

    def __call__(self) -> bool:
        return self.value


def rendered(
    files: Files, written: set[str]
) -> dict[str, tuple[str | None, list[str] | None, dict]]:
    """Title, anchors and anchor links of the pages this build rendered (``written``: their
    src_uris; a written page's HTML may be released already, see SiteBuild.release)."""
    out = {}
    for file in files.documentation_pages():
        page = file.page
        if page is None or file.src_uri not in written:
            continue
        anchors = sorted(page.present_anchor_ids) if page.present_anchor_ids is not None else None
        links = {
            target.src_uri: dict(found) for target, found in (page.links_to_anchors or {}).items()
        }
        out[file.src_uri] = (page.title, anchors, links)
    return out


def restore(files: Files, state: ServeState) -> None:
    """Give each skipped page the title, anchors and links of its last render, so the
    navigation shows it and MkDocs' anchor check after the build covers links to and from it
    exactly as a full build does."""
    for file in files.documentation_pages():
        page = file.page
        record = state.pages.get(file.src_uri)
        if page is None or page.content is not None or record is None:
            continue
        page.title = record.title
        page.present_anchor_ids = set(record.anchors) if record.anchors is not None else None
        links: dict[File, dict[str, str]] = {}
        for uri, found in record.links.items():
            target = files.get_file_from_path(uri)
            if target is None:
                raise NeedsFullBuild(f"'{uri}', which '{file.src_uri}' links to, is gone")
            links[target] = dict(found)
        page.links_to_anchors = links


def share_compiled(env: jinja2.Environment, name: str, state: ServeState) -> None:
    """Give ``env`` the serve session's compiled templates for environments called ``name``."""
    env.bytecode_cache = state.templates.setdefault(name, TemplateCache())


def keep_theme_listing(config: MkDocsConfig, theme: str, state: ServeState) -> None:
    """Under `serve`, MkDocs lists every file of the theme's folders on each build to find its
    static files (``Files.add_files_from_theme``: Material's 14,500 names, each matched
    against about 20 patterns). The build's Jinja environment (``config.theme.get_env``) is
    given a ``list_templates`` that answers from the last build's listing while ``theme``
    (the folders' files with sizes and times, ``theme_stamp``, also in the static key) and the filter are
    the same; a file added, removed or changed lists them again."""
    dirs = [os.path.abspath(folder) for folder in config.theme.dirs]
    listing = incremental.digest(dirs, theme, sorted(config.theme.static_templates))
    original = config.theme.get_env

    def get_env() -> jinja2.Environment:
        env = original()
        searchpath = getattr(env.loader, "searchpath", None)
        if type(env.loader) is not jinja2.FileSystemLoader or searchpath != dirs:
            return env  # another loader than the one the stamp covers: as MkDocs lists
        plain = env.list_templates

        def list_templates(extensions=None, filter_func=None) -> list[str]:
            code = getattr(filter_func, "__code__", None)
            if extensions is not None or filter_func is None or code is None:
                return plain(extensions, filter_func)
            # The filter is MkDocs' own nested function (same code each build); what it
            # reads besides the name (the static templates) is in ``listing``.
            where = [code.co_filename, code.co_firstlineno, code.co_name]
            return list(
                state.theme_listing.get(
                    incremental.digest(listing, where), lambda: plain(None, filter_func)
                )
            )

        env.list_templates = list_templates  # type: ignore[method-assign]
        return env

    config.theme.get_env = get_env  # type: ignore[method-assign]

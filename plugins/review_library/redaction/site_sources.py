"""Source checks for everything a build publishes that is not a review: hand-written pages
and files under ``docs_dir``, the string values of ``mkdocs.yml`` and the plugin's options,
the taxonomy's text, and the text of theme override templates (``custom_dir``).

Each finding names the source file and line, like the review checks. Hand-written pages
may declare audited exceptions in their own front matter (``redaction.allow``), as reviews
do; ``mkdocs.yml`` and templates get the plugin option ``checks.allow``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from review_library.frontmatter import SourceError, decode_source
from review_library.redaction.assets import (
    check_asset,
    check_file_pieces,
    check_pieces,
    read_text,
)
from review_library.redaction.extract import Piece, css_pieces, markup_pieces
from review_library.redaction.findings import Report

# Placeholders the plugin replaces before publishing: not comments a reader gets.
_PLACEHOLDER = re.compile(r"<!--\s*review-library:[a-z-]+\s*-->")
_JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.S)
_JINJA_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_JINJA_STRING = re.compile(r"\"([^\"\n]*)\"|'([^'\n]*)'")
# Values that are numbers or colours, never prose (everything else is checked: a URL in
# the social links can carry a child's name as well as any sentence).
_CONFIG_CODE = re.compile(r"[\d.,:%+-]*|#[0-9a-fA-F]{3,8}")
# Jinja string literals that are template names, feature flags or keys, not text.
_JINJA_CODE_STRING = re.compile(r"[a-z0-9_.:/#-]+|[\w.-]+\.(?:html|svg|js|css)")


@dataclass
class SiteSources:
    """What the site-source checks read."""

    root: Path
    config_file: Path | None = None
    effective: dict | None = None
    """Resolved string options (site_description, copyright, extra, theme, plugin options):
    a value set through ``!ENV`` or ``INHERIT`` is checked as the site shows it."""
    taxonomy: Path | None = None
    pages: Iterable[Path] = ()
    assets: Iterable[Path] = ()
    templates: Iterable[Path] = ()
    places: list[str] = field(default_factory=list)
    """Nation and region labels of the taxonomy (see place_labels)."""
    reviews_dir: Path | None = None
    """Its file and folder names are checked (ids are URLs)."""


def check_site_sources(
    sources: SiteSources,
    *,
    config,
    register=None,
    allowed=(),
    checked: set[tuple[str, str]] | None = None,
) -> Report:
    """Every rule over every published text outside the reviews; raises SourceError for a
    file that cannot be read. ``checked`` gets (shown path, PAGE_DIGEST + SHA-256 of its
    bytes) of each hand-written page checked (see page_text)."""
    from review_library.redaction.declarations import allowance

    extra = [
        allowance(text, frozenset({rule}), "allow", reason)
        for rule, text, reason in allowed
        if str(text).strip()
    ]
    report = Report()
    if sources.config_file is not None:
        report.extend(_check_config(sources, config, register, extra))
    if sources.taxonomy is not None:
        places = [
            allowance(label, frozenset({rule}), "allow", "a place in the taxonomy")
            for label in sources.places
            for rule in PLACE_RULES
        ]
        report.extend(
            _check_yaml_file(sources.taxonomy, sources.root, config, register, extra + places)
        )
    for page in sources.pages:
        report.extend(_check_page(page, sources.root, config, register, checked))
    for asset in sources.assets:
        report.extend(_check_site_asset(asset, sources.root, config, register, extra))
    for template in sources.templates:
        report.extend(_check_template(template, sources.root, config, register, extra))
    if sources.reviews_dir is not None:
        report.extend(check_file_names(sources.reviews_dir, sources.root, config, register))
    report.sort()
    return report


def check_file_names(
    reviews_dir: Path, root: Path, config, register, only: frozenset[Path] | None = None
) -> Report:
    """Every file and folder name under the reviews folder (a review's id is its file name
    and its URL), read as a link target: 'kayden-morris-2024.md' names a child. A name word
    of the review's own declarations (the partnership's place) is allowed. ``only``: check
    just these (absolute) paths under ``reviews_dir``."""
    import os

    from review_library.redaction.engine import excerpt, find_hits
    from review_library.redaction.findings import Finding
    from review_library.redaction.output_scan import allowance_index

    # Names as strings, relative to the folder: under `serve` this runs on every rebuild,
    # and a Path per name (a thousand reviews) cost more than the rules' cached hits.
    base = os.fspath(reviews_dir)
    names: list[str] = []  # each name under reviews_dir, relative, with "/"
    for folder, dirs, files in os.walk(base):
        dirs.sort()
        prefix = folder[len(base) :].lstrip(os.sep).replace(os.sep, "/")
        prefix = f"{prefix}/" if prefix else ""
        names.extend(prefix + d for d in dirs)
        names.extend(prefix + f for f in sorted(files))
    if only is not None:  # absolute paths
        names = [name for name in names if Path(os.path.abspath(Path(base, name))) in only]
    if not names:
        return Report()
    texts = [f"[name]({name})" for name in names]
    joined = "\n\n".join(texts)
    starts, position = [], 0
    for text in texts:
        starts.append(position)
        position += len(text) + 2
    report = Report()
    import bisect

    for hit in _name_hits(joined, config, register, find_hits):
        index = bisect.bisect_right(starts, hit.start) - 1
        path = Path(reviews_dir) / names[index]
        text = texts[index]
        start, end = hit.start - starts[index], hit.end - starts[index]
        review = _review_of(path, reviews_dir)
        shown = _shown(review or path, root)
        if review is not None:
            covering = allowance_index([str(review)]).covering(hit.rule, text, start, end)
            if covering is not None:
                if covering.kind == "allow" and covering.line:
                    report.used_allowances.add((shown, covering.line))  # see settle_allowances
                continue
        report.findings.append(
            Finding(
                shown,
                1 if review == path else 0,
                0,
                hit.rule,
                config.severity(hit.rule),
                f"in the file name '{_masked_name(path, reviews_dir)}' (file and folder "
                f"names are published in URLs): {hit.message}",
                excerpt(text[start:end]),
                names_its_file=shown == _shown(path, root),
            )
        )
    return report


_NAME_HITS: dict[str, list] = {}
"""The last file-name check's hits, by a hash of the names and the rules: under `mkdocs serve`
the names rarely change between rebuilds, and running every rule over a thousand names took
longer than the rest of a rebuild's checks. The allowances are applied afresh each time."""


def _name_hits(joined: str, config, register, find_hits) -> list:
    import pickle

    key = hashlib.sha256(pickle.dumps((joined, config, register))).hexdigest()
    hits = _NAME_HITS.get(key)
    if hits is None:
        hits = find_hits(joined, config=config, register=register)
        _NAME_HITS.clear()  # one entry: the library as it is now
        _NAME_HITS[key] = hits
    return list(hits)


def _masked_name(path: Path, reviews_dir: Path) -> str:
    from review_library.redaction.findings import mask

    return mask(path.relative_to(reviews_dir).as_posix())


def _review_of(path: Path, reviews_dir: Path) -> Path | None:
    """The review file a name belongs to: itself, or the ``<folder>.md`` of its folder."""
    if path.suffix.lower() == ".md" and path.parent == reviews_dir:
        return path
    relative = path.relative_to(reviews_dir)
    candidate = reviews_dir / (relative.parts[0].removesuffix(".md") + ".md")
    return candidate if candidate.is_file() else None


def _shown(path: Path, root: Path) -> str:
    from review_library.catalogue import project_relative

    return project_relative(path, root)


PAGE_DIGEST = "page:"
"""Marks a hand-written page's digest among the files the checks passed: the output scan
then reads its text as the page check does (``page_text``)."""


def page_text(text: str) -> str:
    """A hand-written page's text as its check reads it: the plugin's placeholders blanked
    (same length, so lines and columns stay those of the file)."""
    return _PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)


def _check_page(page: Path, root: Path, config, register, checked=None) -> Report:
    from review_library.redaction.engine import check_text
    from review_library.safefiles import read_bytes

    shown = _shown(page, root)
    raw = read_bytes(page, shown)
    text = page_text(decode_source(raw, shown))
    if checked is not None:
        checked.add((shown, PAGE_DIGEST + hashlib.sha256(raw).hexdigest()))
    return check_text(text, shown, config=config, register=register)


def _check_site_asset(asset: Path, root: Path, config, register, extra) -> Report:
    shown = _shown(asset, root)
    if asset.suffix.lower() in {".css", ".js"}:
        text = read_text(asset, shown)
        pieces = css_pieces(text) if asset.suffix.lower() == ".css" else [Piece(text, 1)]
        return check_file_pieces(
            pieces, shown, config=config, register=register, allowances=extra, source=text
        )
    if asset.suffix.lower() in {".html", ".htm"}:
        return _check_template(asset, root, config, register, extra)
    return check_asset(asset, shown, config=config, register=register, allowances=extra)


def _check_template(template: Path, root: Path, config, register, extra) -> Report:
    """The text nodes, attribute values and comments of a theme override, and the string
    literals of its Jinja expressions (``{{ "text" }}`` is published)."""
    shown = _shown(template, root)
    text = read_text(template, shown)

    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group())

    without_comments = _JINJA_COMMENT.sub(blank, text)
    pieces: list[Piece] = []
    for match in _JINJA_CODE.finditer(without_comments):
        line = without_comments.count("\n", 0, match.start()) + 1
        for literal in _JINJA_STRING.finditer(match.group()):
            value = literal.group(1) if literal.group(1) is not None else literal.group(2)
            if value.strip() and not _JINJA_CODE_STRING.fullmatch(value.strip()):
                pieces.append(Piece(value, line, "template string"))
    markup = _JINJA_CODE.sub(blank, without_comments)
    pieces.extend(markup_pieces(markup))
    return check_file_pieces(
        pieces,
        shown,
        config=config,
        register=register,
        allowances=extra,
        kind="template",
        source=text,
    )


def _check_config(sources: SiteSources, config, register, extra) -> Report:
    report = _check_yaml_file(sources.config_file, sources.root, config, register, extra)
    written = set(_yaml_strings(sources.config_file))
    resolved = [
        (path, value)
        for path, value in _flatten(sources.effective or {})
        if " ".join(value.split()) not in written and not _CONFIG_CODE.fullmatch(value.strip())
    ]
    if resolved:
        shown = _shown(sources.config_file, sources.root)
        pieces = [Piece(value, 0, f"resolved option {path}") for path, value in resolved]
        report.findings.extend(
            check_pieces(
                pieces,
                shown,
                config=config,
                register=register,
                allowances=extra,
                kind="configuration",
            )
        )
    return report


def _check_yaml_file(path: Path, root: Path, config, register, extra) -> Report:
    """Every string value (and mapping key that is not a plain code) of a YAML file, at its
    line. Tags are not constructed: ``!ENV`` and ``!!python/name`` are read as written."""
    shown = _shown(path, root)
    text = read_text(path, shown)
    key = _yaml_key(shown, text, config, register, extra)
    known = _YAML_CHECKED.get(key) if key is not None else None
    if known is None:
        pieces = [
            Piece(value, line, where)
            for value, line, where in _scalars(text, shown)
            if not _CONFIG_CODE.fullmatch(value.strip())
        ]
        known = check_file_pieces(
            pieces, shown, config=config, register=register, allowances=extra, source=text
        )
        if key is not None:
            if len(_YAML_CHECKED) >= 16:
                _YAML_CHECKED.clear()
            _YAML_CHECKED[key] = known
    # A copy: the caller adds to it (_check_config), and the kept one must stay as checked.
    return Report(
        findings=list(known.findings),
        suppressions=list(known.suppressions),
        files_checked=known.files_checked,
        used_allowances=set(known.used_allowances),
    )


_YAML_CHECKED: dict[str, Report] = {}
"""The report of each YAML file checked in this process, by its text and everything else
the check reads (see _yaml_key): under `mkdocs serve` the taxonomy and mkdocs.yml were
checked again on every rebuild, a tenth of it at 1,000 reviews, though an edit of a review
changes neither."""


def _yaml_key(shown: str, text: str, config, register, extra) -> str | None:
    """What a YAML file's report depends on, hashed; None when some of it cannot be
    pickled (then the file is checked every time)."""
    import pickle

    try:
        return hashlib.sha256(pickle.dumps((shown, text, config, register, extra))).hexdigest()
    except (pickle.PicklingError, TypeError, AttributeError):
        return None


def _scalars(text: str, shown: str) -> list[tuple[str, int, str]]:
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise SourceError(shown, mark.line + 1 if mark else None, "YAML syntax error") from None
    out: list[tuple[str, int, str]] = []
    stack: list[tuple[yaml.Node, str]] = [(node, "")] if node is not None else []
    seen: set[int] = set()
    while stack:
        current, path = stack.pop()
        if id(current) in seen:
            continue  # an alias: read once
        seen.add(id(current))
        if isinstance(current, yaml.ScalarNode):
            if current.value.strip():
                out.append((current.value, current.start_mark.line + 1, path or "value"))
        elif isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                name = key.value if isinstance(key, yaml.ScalarNode) else "?"
                if isinstance(key, yaml.ScalarNode) and "-" in name:
                    # Keys become URLs (/themes/<key>/): read "kayden-morris" as words.
                    out.append((name.replace("-", " "), key.start_mark.line + 1, f"key {name}"))
                stack.append((value, f"{path}.{name}" if path else name))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend((item, f"{path}[{i}]") for i, item in enumerate(current.value))
    return out


def _yaml_strings(path: Path) -> Iterable[str]:
    try:
        text = decode_source(path.read_bytes(), str(path))
        return [" ".join(value.split()) for value, _, _ in _scalars(text, str(path))]
    except (OSError, SourceError):
        return []


def _flatten(value: object, path: str = "") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(path, value)] if value.strip() else []
    if isinstance(value, dict):
        return [
            item
            for key, sub in value.items()
            for item in _flatten(sub, f"{path}.{key}" if path else str(key))
        ]
    if isinstance(value, (list, tuple)):
        return [item for i, sub in enumerate(value) for item in _flatten(sub, f"{path}[{i}]")]
    return []


def sources_of(
    inventory, mkdocs_config, options: dict, taxonomy: Path, root: Path, places: list[str]
) -> SiteSources:
    """The site sources of a build, from its inventory and configuration."""
    config_file = Path(mkdocs_config.config_file_path) if mkdocs_config.config_file_path else None
    effective = {
        key: mkdocs_config.get(key)
        for key in ("site_name", "site_description", "site_author", "copyright", "extra")
    }
    effective["theme"] = {
        key: value for key, value in mkdocs_config.theme.items() if key != "locale"
    }
    effective["plugin"] = options
    sources = SiteSources(
        root=root,
        config_file=config_file,
        effective=effective,
        taxonomy=taxonomy,
        pages=list(inventory.pages),
        assets=list(inventory.assets),
        templates=list(inventory.templates),
        places=places,
        reviews_dir=inventory.reviews_dir,
    )
    inventory.origins = [p for p in (config_file, taxonomy, *inventory.templates) if p is not None]
    return sources


class PendingSiteCheck:
    """The review checks under way plus the site-source checks (run when collected)."""

    def __init__(self, pending, sources: SiteSources, config, register, allowed):
        self.pending = pending
        self.sources = sources
        self.config = config
        self.register = register
        self.allowed = [
            (str(a.get("rule", "")), str(a.get("text", "")), str(a.get("reason", "")))
            for a in allowed
            if isinstance(a, dict) and a.get("reason") and a.get("rule") and a.get("text")
        ]
        self.pages: set[tuple[str, str]] = set()

    def checked_files(self) -> set[tuple[str, str]]:
        """(shown path, SHA-256) of the review files the review checks cover, and of the
        hand-written pages checked (marked PAGE_DIGEST), once ``result()`` has run."""
        reviews = self.pending.checked_files() if self.pending is not None else set()
        return reviews | self.pages

    def result(self) -> Report:
        report = Report()
        if self.pending is not None:
            report.extend(self.pending.result())
        pages: set[tuple[str, str]] = set()
        try:
            report.extend(
                check_site_sources(
                    self.sources,
                    config=self.config,
                    register=self.register,
                    allowed=self.allowed,
                    checked=pages,
                )
            )
        except (SourceError, OSError):
            raise
        except Exception as error:  # a bug in the checks: never a traceback or the text
            from review_library.redaction.runner import internal_error

            raise SourceError("site checks", None, internal_error(error)) from None
        report.settle_allowances()  # an entry only a review's file name needs is in use
        report.sort()
        self.pages = pages
        return report


PLACE_RULES = ("person-name", "link-target")


def place_labels(taxonomy) -> list[str]:
    """Labels of the taxonomy's nations and regions: places by definition ("London" is a
    region, not a person), allowed for the name rules only, wherever the site shows them."""
    labels = []
    for nation in taxonomy.nations.values():
        labels.append(nation.label)
        labels.extend(term.label for term in nation.regions.values())
    return sorted(set(labels))


VOCABULARY_RULES = ("person-name", "named-institution", "link-target")


def vocabulary(taxonomy) -> list[tuple[str, str]]:
    """(rule, text) allowances of the output scan for the taxonomy's own words: every label
    (checked at its source line above) and every key (in URLs such as /themes/sudi-.../).
    Lists of labels ("Voice of the child, Was not brought") read like names otherwise."""
    labels: set[str] = set()
    keys: set[str] = set()
    for terms in (
        taxonomy.themes,
        taxonomy.review_types,
        taxonomy.age_bands,
        taxonomy.agencies,
        taxonomy.recommendation_statuses,
    ):
        for key, term in terms.items():
            keys.add(key)
            labels.add(term.label)
    for key, nation in taxonomy.nations.items():
        keys.add(key)
        labels.add(nation.label)
        for region_key, term in nation.regions.items():
            keys.add(region_key)
            labels.add(term.label)
    out = [(rule, label) for label in sorted(labels) for rule in VOCABULARY_RULES]
    out.extend(("link-target", key.replace("-", " ")) for key in sorted(keys))
    return out

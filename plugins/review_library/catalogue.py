"""Load every review under reviews/ and answer "which reviews are public, by theme, year, ..."."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from review_library.cache import ContentCache
from review_library.frontmatter import SourceError
from review_library.model import Review
from review_library.safefiles import is_markdown, read_bytes, resolved, walk
from review_library.taxonomy import Taxonomy
from review_library.validate import Problem, ReviewError, load_review, review_from_bytes

_NAME_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def project_relative(
    path: Path, root: Path | None = None, folders: dict[str, Path] | None = None
) -> str:
    """A path as users see it in messages: relative to ``root`` (default: cwd) when inside it.

    The last part of the path is not resolved: a link is named as the link, not its target
    (and a link loop cannot stop the message being written). Control characters in a name
    are shown escaped (``\\x0a``), so a file name cannot forge lines of a CI log.
    ``folders``: resolved folders (and root) kept for one pass over many files of the same
    folders, which would each resolve the same folder again (a thousand reviews: a third
    of a serve rebuild's listing of them). Pass a new dict for each pass: a folder may
    become a link between passes.
    """
    if folders is None:
        folders = {}
    base = _resolved(str(root or Path.cwd()), folders)
    absolute = os.path.abspath(path)
    folder, name = os.path.split(absolute)
    full = _resolved(folder, folders) / name if name else Path(absolute).resolve()
    try:
        shown = full.relative_to(base).as_posix()
    except ValueError:
        shown = path.as_posix()
    return _NAME_CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", shown)


def _resolved(folder: str, folders: dict[str, Path]) -> Path:
    found = folders.get(folder)
    if found is None:
        found = folders[folder] = Path(folder).resolve()
    return found


def find_review_files(
    paths: Iterable[Path], on_missing: Callable[[str], Exception] = FileNotFoundError
) -> list[Path]:
    """Review files under the given files or folders, sorted, hidden files skipped.

    The rule is ``safefiles``': ``.md`` and ``.markdown`` in any case. Links, pipes and
    devices found anywhere under a folder are listed too, whatever their name: reading them
    fails with an error naming them, so they are reported and never published. Raises
    ``safefiles.FolderError`` (an OSError) for a folder that cannot be listed.
    """
    listing = walk(paths, is_markdown, on_missing)
    return sorted({*listing.files, *(path for path, _ in listing.refused)})


def now_utc() -> dt.datetime:
    """The current time for embargo decisions; REVIEW_LIBRARY_NOW (ISO 8601) overrides it."""
    override = os.environ.get("REVIEW_LIBRARY_NOW")
    if override:
        value = dt.datetime.fromisoformat(override.replace("Z", "+00:00"))
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC)


class CatalogueError(Exception):
    """One or more review files are invalid; ``problems`` lists them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(p.render() for p in problems))


@dataclass
class Catalogue:
    """All valid reviews, split into what may be published and what must not be."""

    taxonomy: Taxonomy
    published: list[Review] = field(default_factory=list)
    """Public reviews, newest first (then by id), the order every listing uses."""
    withdrawn: list[Review] = field(default_factory=list)
    """Withdrawn reviews: a tombstone page each, never their text."""
    unpublished: list[Review] = field(default_factory=list)
    """Drafts, approved-but-unpublished and embargoed reviews: in no output at all."""

    def by_theme(self) -> dict[str, list[Review]]:
        return _group(self.published, lambda r: r.meta.themes)

    def by_agency(self) -> dict[str, list[Review]]:
        return _group(self.published, lambda r: _review_agencies(r))

    def by_year(self) -> dict[int, list[Review]]:
        return _group(self.published, lambda r: [r.year])

    def by_type(self) -> dict[str, list[Review]]:
        return _group(self.published, lambda r: [r.meta.review_type])

    def by_nation(self) -> dict[str, list[Review]]:
        return _group(self.published, lambda r: [r.meta.nation])

    def get(self, review_id: str) -> Review | None:
        for review in self.published:
            if review.id == review_id:
                return review
        return None


def _review_agencies(review: Review) -> list[str]:
    keys = list(review.meta.agencies)
    for rec in review.meta.recommendations:
        keys.extend(a for a in rec.agencies if a not in keys)
    return keys


def _group(reviews: list[Review], keys_of: Callable[[Review], Iterable]) -> dict:
    groups: dict = defaultdict(list)
    for review in reviews:
        for key in dict.fromkeys(keys_of(review)):
            groups[key].append(review)
    return dict(groups)


def newest_first(reviews: Iterable[Review]) -> list[Review]:
    """Sort newest publication first; ties by id so output is deterministic."""
    return sorted(reviews, key=lambda r: (-r.meta.published.toordinal(), r.id))


def caching_loader(
    cache: ContentCache, digests: Mapping[str, str] | None = None
) -> Callable[[Path, str, Taxonomy], Review]:
    """A review loader that re-validates a file only when its bytes (or path shown) change.
    Make one for each pass over the library (it keeps the folders it resolved).

    ``digests``: the SHA-256 of files' bytes by path, as the source checks of the same build
    just read them (runner.PendingCheck.digests): a file whose digest the cache knows is
    not read and hashed again (under `serve`, a second pass over the whole library on each
    rebuild). Any other file is read, and its own bytes are hashed, as without them."""
    folders: dict[str, Path] = {}

    def load(file_path: Path, shown: str, taxonomy: Taxonomy) -> Review:
        known = digests.get(os.fspath(file_path)) if digests else None
        if known is not None:
            found = cache.find(resolved(file_path, folders), known)
            if found is not None:
                if isinstance(found[0], ReviewError):
                    raise found[0]
                return found[0]
        try:
            raw = read_bytes(file_path, shown)
        except SourceError as error:
            raise ReviewError([Problem(shown, None, None, error.message)]) from None

        def compute() -> Review | ReviewError:
            try:
                return review_from_bytes(raw, file_path, shown, taxonomy)
            except ReviewError as error:
                return error

        result = cache.get(resolved(file_path, folders), raw, compute)
        if isinstance(result, ReviewError):
            raise result
        return result

    return load


def load_reviews(
    files: Iterable[Path],
    taxonomy: Taxonomy,
    *,
    root: Path | None = None,
    load: Callable[[Path, str, Taxonomy], Review] = load_review,
) -> tuple[list[Review], list[Problem]]:
    """Validate review files: the valid reviews, and every problem (duplicate ids included).

    The build and `review-library validate` both call this, so they report the same messages.
    """
    problems: list[Problem] = []
    reviews: list[Review] = []
    seen: dict[str, Review] = {}
    folders: dict[str, Path] = {}
    for file_path in files:
        shown = project_relative(file_path, root, folders)
        try:
            review = load(file_path, shown, taxonomy)
        except ReviewError as error:
            problems.extend(error.problems)
            continue
        if review.id in seen:
            problems.append(
                Problem(
                    shown,
                    review.id_line,
                    "id",
                    f"'{review.id}' is already used by {seen[review.id].source_path}; "
                    "every review needs its own id (it is the review's URL)",
                )
            )
            continue
        seen[review.id] = review
        reviews.append(review)
    return reviews, problems


def load_catalogue(
    reviews_dir: Path,
    taxonomy: Taxonomy,
    *,
    now: dt.datetime | None = None,
    root: Path | None = None,
    load: Callable[[Path, str, Taxonomy], Review] = load_review,
    files: list[Path] | None = None,
) -> Catalogue:
    """Load and validate every review. Raises CatalogueError listing every problem.

    ``files`` spares a second walk of ``reviews_dir`` when the caller already listed it.
    """
    moment = now or now_utc()
    found = find_review_files([reviews_dir]) if files is None else files
    reviews, problems = load_reviews(found, taxonomy, root=root, load=load)
    if problems:
        raise CatalogueError(problems)
    catalogue = Catalogue(taxonomy=taxonomy)
    for review in newest_first(reviews):
        review.pack()  # held for the whole build: compressed (see Review.pack)
        if review.is_published(moment):
            catalogue.published.append(review)
        elif review.is_withdrawn():
            catalogue.withdrawn.append(review)
        else:
            catalogue.unpublished.append(review)
    return catalogue

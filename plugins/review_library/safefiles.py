"""Find and read the files a library is built from: regular files only, no links, bounded size.

One rule for `validate`, `check` and the build, so that what one command reads the others
read too:

- a review is a file whose name ends in ``.md`` or ``.markdown`` (any case), not hidden;
- folders and files whose name starts with ``.`` are skipped;
- symbolic links are never followed. A link can point anywhere on the machine that builds
  the site (``/etc/passwd``, ``/proc/self/environ`` with a CI runner's secrets) and the build
  would publish it; a link is refused with an error naming it, whatever its target;
- a name with a control character (a newline, an escape) is refused: it could forge lines
  of a CI log;
- only regular files are read: a named pipe would block the build forever, a device such as
  ``/dev/zero`` would never end;
- a Markdown file larger than ``MAX_MARKDOWN_BYTES``, or any other file larger than
  ``MAX_FILE_BYTES``, is refused before it is read, so memory stays bounded.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from review_library.frontmatter import SourceError

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
MAX_MARKDOWN_BYTES = 2 * 1024 * 1024
"""A review's Markdown: the longest published reports are a few hundred kilobytes."""
MAX_FILE_BYTES = 50 * 1024 * 1024
"""An image, PDF or other attachment."""

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISDIR, "a folder"),
)

LINK_MESSAGE = (
    "is a symbolic link; links are never followed (a link can publish any file of the "
    "machine that builds the site): replace it with a copy of the file"
)


def is_hidden(name: str) -> bool:
    """Hidden files and folders (``.git``, ``.DS_Store``) are never reviews or attachments."""
    return name.startswith(".")


def is_markdown(name: str) -> bool:
    """True for a review file name: ``.md`` or ``.markdown`` in any case, not hidden."""
    return not is_hidden(name) and Path(name).suffix.lower() in MARKDOWN_SUFFIXES


def size_limit(path: Path) -> int:
    """The largest file of this kind that is read."""
    return MAX_MARKDOWN_BYTES if path.suffix.lower() in MARKDOWN_SUFFIXES else MAX_FILE_BYTES


def _kind(mode: int) -> str:
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


_NAME_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
"""In a file name, line ends and tabs are control characters too."""


def _name_refusal(name: str) -> str | None:
    found = _NAME_CONTROLS.search(name)
    if found is None:
        return None
    return f"its name contains the control character U+{ord(found.group()):04X}; rename it"


def refusal(path: Path) -> str | None:
    """Why ``path`` must not be read (a link, a pipe, too large, a control character in its
    name), or None when it may be."""
    reason = _name_refusal(path.name)
    if reason is not None:
        return reason
    try:
        info = os.lstat(path)
    except OSError as error:
        return f"cannot read the file ({error.strerror})"
    if stat.S_ISLNK(info.st_mode):
        return LINK_MESSAGE
    if not stat.S_ISREG(info.st_mode):
        return f"is {_kind(info.st_mode)}, not a regular file; only regular files are read"
    limit = size_limit(path)
    if info.st_size > limit:
        return _too_large(limit)
    return None


def _too_large(limit: int) -> str:
    return (
        f"is larger than {limit // (1024 * 1024)} MB, the limit for this kind of file; "
        "split it or make it smaller"
    )


def read_bytes(path: Path, shown: str, limit: int | None = None) -> bytes:
    """The bytes of a regular file, refusing links, pipes, devices and files over the limit.

    Raises SourceError naming ``shown``. The file is opened without following a link and
    without blocking, then checked again, so a pipe swapped in after listing cannot hang.
    """
    limit = size_limit(path) if limit is None else limit
    reason = _name_refusal(path.name)
    if reason is not None:
        raise SourceError(shown, None, reason)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | os.O_CLOEXEC
    try:
        handle = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise SourceError(shown, None, LINK_MESSAGE) from None
        raise SourceError(shown, None, f"cannot read the file ({error.strerror})") from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(
                shown,
                None,
                f"is {_kind(info.st_mode)}, not a regular file; only regular files are read",
            )
        if info.st_size > limit:
            raise SourceError(shown, None, _too_large(limit))
        chunks = []
        size = 0
        # Read to the limit, not to st_size: some files (/proc) report a size of 0.
        while size <= limit:
            chunk = os.read(handle, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise SourceError(shown, None, _too_large(limit))
        return b"".join(chunks)
    except OSError as error:
        raise SourceError(shown, None, f"cannot read the file ({error.strerror})") from None
    finally:
        os.close(handle)


class FolderError(OSError):
    """A folder that cannot be listed: the run cannot be complete, so it stops.

    An OSError whose ``filename`` is the folder and ``strerror`` says why and what to do,
    so code that reports OSErrors as "cannot read FILENAME: STRERROR" says it well.
    """

    def __init__(self, folder: Path, error: OSError):
        super().__init__(
            error.errno,
            f"{error.strerror}; make it readable or remove it: its files would otherwise "
            "go unchecked",
            str(folder),
        )

    def __str__(self) -> str:
        return f"cannot read the folder {self.filename}: {self.strerror}"


@dataclass
class Listing:
    """What a walk found: files to read, and entries refused (with why)."""

    files: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)


def walk(
    paths: Iterable[Path],
    wanted: Callable[[str], bool],
    on_missing: Callable[[str], Exception] = FileNotFoundError,
) -> Listing:
    """Files under ``paths`` whose name is ``wanted``, sorted, hidden entries skipped.

    A folder is searched recursively (links to folders are not entered); a file given by
    name is taken whatever its name. Every link, pipe, socket or device met on the way is
    refused, whatever its name: none is ever read or published. A missing path raises
    ``on_missing``; a folder that cannot be listed raises FolderError naming it (a silently
    skipped folder would let an unchecked file through).
    """
    files: dict[Path, None] = {}
    refused: dict[Path, str] = {}
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            if os.path.islink(path):
                refused[path] = LINK_MESSAGE
                continue
            raise on_missing(f"no such file or folder: {path}") from None
        if stat.S_ISDIR(info.st_mode):
            _walk_folder(path, wanted, files, refused)
            continue
        reason = refusal(path)
        if reason is None:
            files[path] = None
        else:
            refused[path] = reason
    return Listing(sorted(files), sorted(refused.items()))


def _walk_folder(
    top: Path, wanted: Callable[[str], bool], files: dict[Path, None], refused: dict[Path, str]
) -> None:
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError as error:
            raise FolderError(folder, error) from None
        subfolders = []
        for entry in listed:
            if is_hidden(entry.name):
                continue
            path = Path(entry.path)
            reason = _name_refusal(entry.name)
            if reason is not None:
                refused[path] = reason
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(path)
                    continue
                if entry.is_file(follow_symlinks=False):
                    if wanted(entry.name):
                        limit = size_limit(path)
                        if entry.stat(follow_symlinks=False).st_size > limit:
                            refused[path] = _too_large(limit)
                        else:
                            files[path] = None
                    continue
            except OSError as error:
                refused[path] = f"cannot read the file ({error.strerror})"
                continue
            reason = refusal(path)
            if reason is not None:
                refused[path] = reason
        stack.extend(reversed(subfolders))


def resolved(path: Path, folders: dict[str, Path] | None = None) -> Path:
    """``path.resolve()``; with ``folders``, each folder's resolution is kept for the next
    files of the same folder in one pass (a thousand reviews share one folder: resolving
    each path whole was a tenth of a serve rebuild). A file that is itself a link is
    resolved whole. Pass a new dict for each pass: a folder may become a link between."""
    if folders is None or ".." in os.fspath(path).split(os.sep) or os.path.islink(path):
        return path.resolve()  # a link's ".." is taken after the link: left to realpath
    folder, name = os.path.split(os.path.abspath(path))
    if not name or name in (".", ".."):
        return path.resolve()
    found = folders.get(folder)
    if found is None:
        found = folders[folder] = Path(folder).resolve()
    return found / name

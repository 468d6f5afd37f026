"""What a review's folder publishes: allowed, linked files only, images without metadata.

A review's pictures and documents live in ``reviews/<id>/``. A file is published with the
review only when it is of a type on the allowlist (``redaction.assets.ATTACHMENT_TYPES``,
each with an extractor that gives the checks all its text) and the review links to it.
Hidden files, office documents and unknown types are refused with a clear error; an
allowed file that the review does not link to stays unpublished and is listed at INFO
level. Images are published with every metadata block removed (see ``strip_metadata``).
"""

from __future__ import annotations

import io
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from review_library.redaction.assets import (
    PUBLISHED_IMAGE_SUFFIXES,
    linked_files,
    refusal,
)
from review_library.safefiles import is_markdown


@dataclass(frozen=True)
class Attachment:
    """A file to publish: its URI in the site and its source."""

    uri: str
    path: Path
    strip: bool
    """True for images: published without metadata."""


@dataclass
class AttachmentPlan:
    """What the review folders of one build publish, refuse and leave out."""

    publish: list[Attachment] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    """(file, why) of every file the build refuses; the build stops on any."""
    unlinked: list[Path] = field(default_factory=list)
    """Allowed files no review links to: left out of the site, listed at INFO level."""


def plan_attachments(reviews_dir: Path, reviews: list[tuple[str, Path]]) -> AttachmentPlan:
    """The plan for the folders of the published ``reviews`` (id, Markdown file)."""
    plan = AttachmentPlan()
    for review_id, markdown in reviews:
        folder = reviews_dir / review_id
        if not folder.is_dir():
            continue
        linked = {_key(p) for p in linked_files(markdown)}
        for path, relative in _walk(folder):
            if is_markdown(path.name) and not relative.startswith("."):
                continue  # a review file of its own (found and checked as a review)
            why = _refusal_in(folder, path, relative)
            if why is not None:
                plan.refused.append((path, why))
            elif _key(path) in linked:
                uri = f"reviews/{review_id}/{relative}"
                strip = path.suffix.lower() in PUBLISHED_IMAGE_SUFFIXES
                plan.publish.append(Attachment(uri, path, strip))
            else:
                plan.unlinked.append(path)
    return plan


def folder_refusals(folder: Path) -> list[tuple[Path, str]]:
    """(file, why) of every file of a review's folder that is never published: hidden files
    and folders, office documents, unknown types, links leaving the folder. The build and
    ``review-library check`` refuse the same files."""
    return [
        (path, why)
        for path, relative in _walk(folder)
        if not (is_markdown(path.name) and not relative.startswith("."))
        and (why := _refusal_in(folder, path, relative)) is not None
    ]


def _refusal_in(folder: Path, path: Path, relative: str) -> str | None:
    return refusal(relative) or _link_refusal(path, folder)


def _walk(folder: Path) -> list[tuple[Path, str]]:
    """Every file under ``folder`` (hidden ones too, so they can be refused), sorted."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            found.append((path, path.relative_to(folder).as_posix()))
        # A hidden folder is refused as a whole: its files are listed (above) by name.
        for name in dirs:
            if (Path(root) / name).is_symlink():
                found.append(
                    (Path(root) / name, (Path(root) / name).relative_to(folder).as_posix())
                )
    return found


def _link_refusal(path: Path, folder: Path) -> str | None:
    if not path.is_symlink():
        return None if path.is_file() else "only regular files are published"
    try:
        path.resolve(strict=True).relative_to(folder.resolve())
    except (OSError, ValueError, RuntimeError):
        return (
            "a symbolic link to a file outside the review's folder is never published; copy "
            "the file into the folder"
        )
    return None if path.resolve().is_file() else "only regular files are published"


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


# -- metadata stripping -------------------------------------------------------------------------
# JPEG segments kept: frame, tables, scans (and the JFIF and Adobe markers decoders need).
_JPEG_KEEP = {*range(0xC0, 0xD0), 0xDB, 0xDD, 0xDA, 0xDC}


class StripError(Exception):
    """An image that cannot be re-encoded; the message says what to do."""


def strip_metadata(path: Path) -> bytes:
    """The image's bytes with every metadata block removed, the pixels unchanged.

    JPEG: the metadata segments (EXIF, XMP, IPTC, ICC, comments) are dropped from the file
    as it is, without decoding, so no generation is lost. PNG, GIF and WebP are decoded and
    written again by Pillow with nothing but the pixels, palette, transparency and timing
    (WebP losslessly).
    """
    suffix = path.suffix.lower()
    raw = path.read_bytes()
    if suffix in {".jpg", ".jpeg"}:
        return _strip_jpeg(raw)
    return _reencode(raw, suffix)


def _strip_jpeg(raw: bytes) -> bytes:
    if not raw.startswith(b"\xff\xd8"):
        raise StripError("this is not a JPEG file; save it again as JPEG or PNG")
    out = bytearray(b"\xff\xd8")
    index = 2
    size = len(raw)
    while index < size:
        if raw[index] != 0xFF:
            raise StripError("this JPEG is damaged; save it again")
        marker = raw[index + 1] if index + 1 < size else 0xD9
        if marker == 0xFF:
            index += 1
            continue
        if marker == 0xD9:
            out += b"\xff\xd9"
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += raw[index : index + 2]
            index += 2
            continue
        if index + 4 > size:
            raise StripError("this JPEG is damaged; save it again")
        length = int.from_bytes(raw[index + 2 : index + 4], "big")
        segment = raw[index : index + 2 + length]
        keep = marker in _JPEG_KEEP
        if marker == 0xE0:
            keep = segment[4:9] in (b"JFIF\x00", b"JFXX\x00")
        elif marker == 0xEE:
            keep = segment[4:9] == b"Adobe"
        if keep:
            out += segment
        index += 2 + length
        if marker == 0xDA:
            # Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or
            # a restart marker.
            start = index
            while index + 1 < size:
                if raw[index] == 0xFF and raw[index + 1] not in (0x00, *range(0xD0, 0xD8)):
                    break
                index += 1
            out += raw[start:index]
            if index + 1 >= size:
                out += raw[index:]
                return bytes(out)
    return bytes(out)


def _reencode(raw: bytes, suffix: str) -> bytes:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(raw)) as image:
                image_format = image.format
                animated = getattr(image, "n_frames", 1) > 1
                keep = {
                    k: image.info[k]
                    for k in ("transparency", "duration", "loop", "background", "disposal")
                    if k in image.info
                }
                frames = (
                    [frame.copy() for frame in ImageSequence.Iterator(image)]
                    if animated
                    else [image.copy()]
                )
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise StripError("this image cannot be read; save it again as PNG or JPEG") from None
    for frame in frames:
        frame.info = {}  # nothing of the source's text, EXIF, XMP or ICC profile is written
    options: dict = {k: v for k, v in keep.items() if k != "background" or image_format == "GIF"}
    if animated:
        options.update(save_all=True, append_images=frames[1:])
    if image_format == "WEBP":
        options.update(lossless=True, quality=100, exact=True)
    out = io.BytesIO()
    try:
        frames[0].save(out, format=image_format, **options)
    except (OSError, ValueError, KeyError) as error:
        raise StripError(
            f"this image cannot be re-encoded ({type(error).__name__}); save it again as PNG"
        ) from None
    return out.getvalue()

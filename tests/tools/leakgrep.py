"""Grep every file of a built site for an identifier, binary metadata included."""

from __future__ import annotations

import contextlib
import gzip
import html
import re
import zlib
from pathlib import Path
from urllib.parse import quote


def _forms(identifier: str, whole: bool = False) -> list[bytes]:
    words = identifier.split()
    variants = {identifier, *words} if len(words) > 1 and not whole else {identifier}
    forms: set[bytes] = set()
    for text in variants:
        for variant in (text, text.lower(), text.upper(), quote(text), html.escape(text)):
            forms.add(variant.encode("utf-8"))
            forms.add(variant.encode("utf-16-le"))
            forms.add(variant.encode("utf-16-be"))
    return sorted(forms)


def _payloads(raw: bytes) -> list[bytes]:
    """The file, and what is compressed inside it (gzip files, PDF and PNG zlib streams)."""
    out = [raw]
    if raw.startswith(b"\x1f\x8b"):
        with contextlib.suppress(OSError):
            out.append(gzip.decompress(raw))
    for match in re.finditer(rb"stream\r?\n", raw):
        try:
            out.append(zlib.decompressobj().decompress(raw[match.end() : match.end() + 1_000_000]))
        except zlib.error:
            continue
    for match in re.finditer(rb"(zTXt|iTXt|iCCP)", raw):
        chunk = raw[match.end() : match.end() + 100_000]
        for start in range(len(chunk)):
            if chunk[start : start + 1] == b"\x78":
                try:
                    out.append(zlib.decompressobj().decompress(chunk[start:]))
                    break
                except zlib.error:
                    continue
    return out


def leaks(site_dir: Path, identifier: str, whole: bool = False) -> list[str]:
    """Files under ``site_dir`` holding ``identifier`` (or any of its words, unless
    ``whole``) in any case, as UTF-8 or UTF-16, percent- or HTML-encoded, raw or
    compressed."""
    forms = _forms(identifier, whole)
    found = []
    if not Path(site_dir).is_dir():
        return found
    for path in sorted(Path(site_dir).rglob("*")):
        if not path.is_file():
            continue
        for payload in _payloads(path.read_bytes()):
            lowered = payload.lower()
            if any(form.lower() in lowered or form in payload for form in forms):
                found.append(path.relative_to(site_dir).as_posix())
                break
    return found

"""Scan a built site for identifiers and for the text of unpublished reviews.

The source checks read what authors wrote; this reads what the build wrote, so it also
catches what a template, a search index, a feed or an export leaked. It runs every rule,
with the allowances the published reviews and pages declare, over every piece of text of
every file written: HTML text and attribute values (ids and anchors too), JSON strings,
XML, SVG, CSV, JavaScript and other text, PDF text and metadata, image metadata, gzip
members. A file it cannot read is a finding, unless it is a byte-identical copy of a
known-safe theme asset. Text seen before in this build (the same page chrome, a report
paragraph in its page and its search data) is matched by content hash, not scanned again.
It also proves that no draft, embargoed or withdrawn review's sentences reached the
output (rule ``unpublished-content``). Each finding names the source it came from.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import gzip
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from review_library.redaction import result_cache
from review_library.redaction.checked_text import DIGEST_SIZE, CheckedText
from review_library.redaction.config import RedactionConfig
from review_library.redaction.engine import VALUE_SEPARATOR, excerpt, find_hits
from review_library.redaction.extract import (
    Piece,
    Unreadable,
    css_pieces,
    json_pieces,
    markup_pieces,
    pdf_pieces,
)
from review_library.redaction.findings import Finding, Report, Suppression, fingerprint
from review_library.redaction.register import Register
from review_library.redaction.result_cache import ResultStore
from review_library.redaction.rules import registry, unpublished_content
from review_library.redaction.rules.text import line_starts

# The rules that declare ``output_scan=True`` (precise on any text). The scan runs every
# rule; these are the ones a board cannot expect to silence with an allowance.
HIGH_CONFIDENCE_RULES = tuple(rule.id for rule in registry() if rule.output_scan)
UNPUBLISHED_RULE = unpublished_content.RULE.id
UNPUBLISHED_MESSAGE = unpublished_content.RULE.message
METADATA_RULE = "asset-metadata"
LINK_RULE = "link-target"
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
XML_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".svg"})
JSON_SUFFIXES = frozenset({".json", ".jsonld", ".webmanifest", ".geojson", ".map"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".md", ".js", ".mjs", ".css"})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".tif", ".tiff"})
SHINGLE = 12
"""Words in a row that prove a leak; shorter forbidden sentences must appear whole."""
MIN_SENTENCE_WORDS = 4
MIN_SENTENCE_CHARS = 20
"""A shorter sentence ("Trial set for May.") is forbidden only as a whole sentence: ended by
'.', '!' or '?' in its source (a heading or a label is not one), at least two words, and
found in the output between sentence boundaries."""
MAX_GZIP = 64 * 1024 * 1024
_MEMO_LIMIT = 400_000
_RULES_PIECES = 1_000
_RULES_CHARS = 64_000
"""At most this many new pieces and characters in one pass of the rules (``_run_rules``).
A pass costs each rule a set-up of its own (about 1.3 ms for all of them), so a page's few new
pieces are read with the next pages'; but a pass over a very long text costs more than its
parts (the rules' work over the 22,000 new pieces of a 300-review site's review, agency and
search files: 7.6 s a file at a time, 4.6 s in passes of this size, 10.0 s in one pass)."""
_WORD = re.compile(r"[^\W_]+")


def _run_together(word: str, words: list[str]) -> bool:
    """Whether ``word`` is two or more consecutive ``words`` written as one."""
    for i in range(len(words) - 1):
        joined = words[i]
        for following in words[i + 1 :]:
            joined += following
            if joined == word:
                return True
            if len(joined) >= len(word):
                break
    return False


@dataclass
class FileScan:
    """What the scan found in one output file; leaks are candidates until ``finish_scan``."""

    shown: str
    findings: list[Finding] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    leaks: list[tuple[int, int, str, tuple[str, ...], tuple[str, ...]]] = field(
        default_factory=list
    )
    """(line, column, source, forbidden words, matched key) of each possible leak."""
    matched: list[str] = field(default_factory=list, repr=False)
    """The text of each finding, to find its source; never shown."""
    used: set[tuple[str, int]] = field(default_factory=set)
    """(source file, line) of each ``redaction.allow`` entry that silenced a match."""


class OutputScanner:
    """The output checks of one build, applied one file at a time, in any process.

    ``forbidden``: (review source path, text) of every unpublished or withdrawn review.
    ``allowed``: (rule, text) audited exceptions; ``allowance_files``: published reviews and
    pages whose declarations (pseudonyms, author, partnership, ``redaction.allow``,
    ``named_people``) apply to the site, as they did to their source. A match inside an
    allowed text becomes a Suppression, as in the source checks. ``safe``: absolute output
    path -> source of each known-safe theme asset, skipped when the bytes are identical.
    """

    def __init__(
        self,
        *,
        config: RedactionConfig,
        register: Register | None,
        forbidden: list[tuple[str, str]],
        allowed: Iterable[tuple[str, str]] = (),
        allowance_files: Iterable[str] = (),
        safe: dict[str, str] | None = None,
        safe_texts: Iterable[str] = (),
        checked: Iterable[str] = (),
        cache_dir: str | None = None,
        previous: OutputScanner | None = None,
        **_ignored,
    ):
        """``previous``: the scanner of the last build in this process, made from the same
        arguments but for ``checked`` and the contents of the allowance files (under
        `serve`, a rebuild after an edit; see ``scan_task``). What those do not change is
        taken from it, the rest made afresh: the result is the scanner these arguments
        make, without reading and indexing the whole library's declarations again."""
        from review_library.redaction.declarations import allowance

        self.config = config
        self.register = register
        if previous is not None:
            self.safe, self.safe_texts = previous.safe, previous.safe_texts
            allowances = list(previous.allowed)
        else:
            self.safe = dict(safe or {})
            self.safe_texts = {_words_key(text) for text in safe_texts}
            allowances = [
                allowance(text, frozenset({rule}), "allow", "redaction.allow of a published review")
                for rule, text in allowed
                if text.strip()
            ]
        self.allowed = tuple(allowances)
        origin: dict[int, str] = {}
        # Blocks of the published reviews that the source checks passed in this build
        # (``checked``: SHA-256 of each file's bytes as checked) are not scanned again.
        self.checked = CheckedText()
        self.parts: list[tuple[tuple[str, str, str], bytes]] = []
        """(path, SHA-256, how read) of each allowance file and its checked blocks' digests
        (see ``_READ``), in order: what a later scanner compares with its own."""
        allowances.extend(
            _declared_allowances(
                allowance_files,
                origin,
                frozenset(checked),
                self.checked,
                self.parts,
                previous.parts if previous is not None else None,
            )
        )
        if previous is not None:
            if len(previous.parts) == len(self.parts):
                self.checked.blocks = _patched_blocks(previous, self.parts)
            else:  # not the same files after all: every file's blocks
                for _, joined in self.parts:
                    self.checked.blocks.update(_digests_of(joined))
        if previous is not None and _same_items(previous.allowances.items, allowances):
            if previous.allowances.origin == origin:
                self.allowances = previous.allowances
            else:
                self.allowances = _AllowanceIndex(allowances, origin)
        else:
            self.allowances = _AllowanceIndex(allowances, origin)
        if previous is not None:
            self.index = previous.index
        else:
            self.index = _ForbiddenIndex(forbidden) if config.enabled(UNPUBLISHED_RULE) else None
        self.memo: dict[bytes, tuple] = {}
        self.skipped: set[bytes] = set()
        """Pieces the memo holds as having no hits because a checked block covered them:
        true only while ``checked`` is the same, so a later scanner drops them."""
        # What the rules found in each piece in earlier builds (result_cache): read when
        # this scanner first meets a piece it has not seen, written by the main process.
        self.cache_dir = cache_dir
        self.store: ResultStore | None = None
        if previous is not None:
            # The rules' results depend on the piece's text, the rules and the register
            # alone (the same here), so they stand; not the pieces a checked block covered.
            memo = previous.memo
            for key in previous.skipped:
                memo.pop(key, None)
            previous.memo, previous.skipped = {}, set()
            self.memo = memo
            self.store = previous.store

    def scan_file(self, file: Path, shown: str) -> FileScan | None:
        """Scan a file as written."""
        return self.scan_many([(shown, str(file), None)])[0]

    def scan_output(self, raw: str, suffix: str, shown: str) -> FileScan | None:
        """Scan a file's content before it is written (``suffix`` gives its format)."""
        return self.scan_many([(shown, suffix, raw)])[0]

    def scan_many(self, items: Iterable[tuple[str, str, str | None]]) -> list[FileScan | None]:
        """Scan (shown, suffix or path, content) items: ``content`` None means read the file
        at the path. The rules read the new pieces of several files in one joined pass
        (``_RULES_PIECES``, ``_RULES_CHARS``): a rule's cost per pass is much the same for a
        page's ten new pieces as for a thousand, and what it finds in a piece does not depend
        on the pieces beside it (engine.VALUE_SEPARATOR), so the scans are those of one file
        at a time."""
        out: list[FileScan | None] = []
        held: list[tuple[int, list[Piece], list[bytes], str]] = []
        todo: dict[bytes, Piece] = {}
        size = 0
        for shown, where, content in items:
            read = self._read(shown, where, content)
            out.append(read if not isinstance(read, list) else None)
            if not isinstance(read, list):
                continue
            memo = self._bounded_memo() if not held else self.memo
            keys = _piece_keys(read)
            held.append((len(out) - 1, read, keys, shown))
            for piece, key in zip(read, keys, strict=True):
                if key not in memo and key not in todo:
                    todo[key] = piece
                    size += len(piece.text)
            if len(todo) >= _RULES_PIECES or size >= _RULES_CHARS:
                self._run_rules(todo)
                for index, pieces, piece_keys, name in held:
                    out[index] = self._scan_keyed(pieces, piece_keys, name)
                held, todo, size = [], {}, 0
        if todo:
            self._run_rules(todo)
        for index, pieces, piece_keys, name in held:
            out[index] = self._scan_keyed(pieces, piece_keys, name)
        return out

    def _read(self, shown: str, where: str, content: str | None) -> FileScan | list[Piece] | None:
        """A file's pieces; or its scan, when it is a known-safe asset or unreadable (a
        finding); None when it cannot be opened."""
        if content is not None:
            raw, suffix = content.encode("utf-8"), where.lower()
        else:
            file = Path(where)
            source = self.safe.get(os.path.abspath(file))
            if source is not None and _same_bytes(file, Path(source)):
                return FileScan(shown)
            try:
                raw = file.read_bytes()
            except OSError:
                return None
            suffix = file.suffix.lower()
        try:
            if suffix == ".gz":  # sitemap.xml.gz: the member, read by its own type
                raw, suffix = _gunzip(raw), Path(Path(shown).stem).suffix.lower() or ".txt"
            return extract_pieces(raw, suffix)
        except Unreadable as error:
            scan = FileScan(shown)
            scan.findings.append(
                Finding(shown, 0, 0, METADATA_RULE, "error", error.message, suffix or "file")
            )
            scan.matched.append("")
            return scan

    def scan_text(self, text: str, shown: str) -> FileScan:
        """Scan plain text (one piece, lines kept)."""
        return self.scan_pieces([Piece(text, 1)], shown)

    def scan_pieces(self, pieces: list[Piece], shown: str) -> FileScan:
        keys = _piece_keys(pieces)
        self._fill_memo(pieces, keys)
        return self._scan_keyed(pieces, keys, shown)

    def _scan_keyed(self, pieces: list[Piece], keys: list[bytes], shown: str) -> FileScan:
        """The scan of a file's pieces whose rules' results are in the memo."""
        scan = FileScan(shown)
        config = self.config
        for piece, key in zip(pieces, keys, strict=True):
            hits = self.memo[key]
            if not hits:
                continue
            starts = line_starts(piece.text) if piece.line else None
            if self.safe_texts and _words_key(piece.text) in self.safe_texts:
                continue  # text the plugin ships (the rule table of the checks page)
            for start, end, rule, message in hits:
                if config.severity(rule) != "error":
                    continue  # warnings never block; the source checks list them
                matched = piece.text[start:end]
                if starts is not None:
                    row = bisect.bisect_right(starts, start) - 1
                    line, column = piece.line + row, start - starts[row] + 1
                else:
                    line, column = 0, 0
                if rule == METADATA_RULE:  # image metadata: the field, never its value
                    scan.findings.append(
                        Finding(shown, 0, 0, rule, config.severity(rule), message, piece.where)
                    )
                    scan.matched.append("")
                    continue
                covering = self.allowances.covering(rule, piece.text, start, end)
                if covering is not None:
                    if covering.line and covering.kind == "allow":
                        scan.used.add((self.allowances.origin.get(id(covering), ""), covering.line))
                    scan.suppressions.append(
                        Suppression(
                            shown, line, rule, excerpt(matched), "declared allowance", "allow"
                        )
                    )
                    continue
                where = f" (in {piece.where})" if piece.where and not piece.line else ""
                scan.findings.append(
                    Finding(
                        shown,
                        line,
                        column,
                        rule,
                        config.severity(rule),
                        message + where,
                        excerpt(matched),
                    )
                )
                scan.matched.append(matched)
        if self.index is not None:
            joined = " \n ".join(p.text for p in pieces)
            lines = [p.line for p in pieces]
            offsets = []
            position = 0
            for piece in pieces:
                offsets.append(position)
                position += len(piece.text) + 3
            for offset, source, words, key in self.index.find(joined):
                index = bisect.bisect_right(offsets, offset) - 1
                line = lines[index] + pieces[index].text.count("\n", 0, offset - offsets[index])
                scan.leaks.append((line, 0, source, tuple(words), key))
        return scan

    def _fill_memo(self, pieces: list[Piece], keys: list[bytes]) -> None:
        """Run the rules once over every piece not seen before (in one joined pass)."""
        memo = self._bounded_memo()
        todo: dict[bytes, Piece] = {}
        for piece, key in zip(pieces, keys, strict=True):
            if key not in memo and key not in todo:
                todo[key] = piece
        if todo:
            self._run_rules(todo)

    def _bounded_memo(self) -> dict[bytes, tuple]:
        """The memo, emptied first when it has grown past its limit (only between files'
        look-ups, so a file's pieces found in it stay there until the file is scanned)."""
        if len(self.memo) > _MEMO_LIMIT:
            self.memo.clear()
            self.skipped.clear()
        return self.memo

    def _run_rules(self, todo: dict[bytes, Piece]) -> None:
        """Fill the memo for these pieces (by key): metadata, cached results and checked
        blocks first, then the rules over the rest, joined in passes of a bounded size."""
        memo = self.memo
        metadata = {k: p for k, p in todo.items() if p.where.startswith("metadata:")}
        for key, piece in metadata.items():
            memo[key] = ((0, 0, METADATA_RULE, piece.text),)
            del todo[key]
        store = self._store()
        if store is not None:
            for key in list(todo):
                hits = store.get(key.hex())
                if hits is None:
                    continue
                # As without the cache: a block the source checks passed has no hits.
                if hits and self.checked.blocks and self.checked.covers(todo[key].text):
                    hits = ()
                    self.skipped.add(key)
                memo[key] = hits
                del todo[key]
        if self.checked.blocks:
            for key in [k for k, p in todo.items() if self.checked.covers(p.text)]:
                memo[key] = ()  # a block the source checks passed (see checked_text)
                self.skipped.add(key)
                del todo[key]
        if not todo:
            return
        keys, texts = list(todo), [p.text for p in todo.values()]
        first = 0
        while first < len(texts):
            last, size = first + 1, len(texts[first])
            while last < len(texts) and last - first < _RULES_PIECES:
                size += len(texts[last])
                if size > _RULES_CHARS:
                    break
                last += 1
            found = self._hits_of(texts[first:last])
            for index in range(first, last):
                memo[keys[index]] = hits = tuple(found.get(index - first, ()))
                if store is not None:
                    store.put(keys[index].hex(), [list(hit) for hit in hits] if hits else 0)
            first = last

    def _hits_of(self, texts: list[str]) -> dict[int, list]:
        """The rules' hits in each text (by its index), in one pass over the texts joined."""
        joined = VALUE_SEPARATOR.join(texts)
        starts = []
        position = 0
        for text in texts:
            starts.append(position)
            position += len(text) + len(VALUE_SEPARATOR)
        found: dict[int, list] = {}
        for hit in find_hits(joined, config=self.config, register=self.register):
            index = bisect.bisect_right(starts, hit.start) - 1
            base = starts[index]
            found.setdefault(index, []).append(
                (hit.start - base, hit.end - base, hit.rule, hit.message)
            )
        return found

    def _store(self) -> ResultStore | None:
        if self.store is None and self.cache_dir is not None:
            self.store = piece_store(Path(self.cache_dir), self.config, self.register)
        return self.store

    def fresh(self) -> dict[str, object]:
        """The pieces' results found since the last call, for the main process to save."""
        if self.store is None or not self.store.fresh:
            return {}
        fresh, self.store.fresh = self.store.fresh, {}
        return fresh


MAX_STORED_PIECES = 2_000_000
"""Pieces' results kept on disk (a 1,000-review site has about N; the oldest go first)."""


def piece_store(root: Path, config: RedactionConfig, register: Register | None) -> ResultStore:
    """The persistent results of the rules over output pieces (see result_cache): by the
    piece's digest, under the rules' fingerprint. Allowances and the checked blocks are
    applied after it, as to a fresh result, so they are not part of the key."""
    return ResultStore(
        root,
        "output-pieces",
        result_cache.fingerprint("output-pieces", config, register),
        _decode_hits,
        MAX_STORED_PIECES,
    )


def _decode_hits(value: object) -> tuple:
    """A piece's stored hits: 0 for none, else [[start, end, rule, message], ...]."""
    if value == 0 and type(value) is int:
        return ()
    if not isinstance(value, list) or not value:
        raise ValueError("hits")
    hits = []
    for hit in value:
        if not (isinstance(hit, list) and len(hit) == 4):
            raise ValueError("hit")
        start, end, rule, message = hit
        if not (type(start) is int and type(end) is int and 0 <= start <= end):
            raise ValueError("span")
        if not (isinstance(rule, str) and isinstance(message, str)):
            raise ValueError("rule")
        hits.append((start, end, rule, message))
    return tuple(hits)


class ScanBatch(list):
    """The scans of a batch of files, and the pieces' results the rules found for them
    (``fresh``), which the main process writes to the cache."""

    fresh: dict[str, object]


def extract_pieces(raw: bytes, suffix: str) -> list[Piece]:
    """Every piece of text of an output file of this type. Raises Unreadable for a type
    that carries text the scan cannot read."""
    if suffix == ".pdf":
        texts, people = pdf_pieces(raw)
        pieces = list(texts)
        pieces.extend(Piece(p.text, 0, p.where) for p in people)
        return pieces + _pdf_fields(raw)
    if suffix in IMAGE_SUFFIXES:
        return _image_pieces(raw, suffix)
    text = raw.decode("utf-8-sig", errors="replace")
    if "\x00" in text[:8192] and suffix not in TEXT_SUFFIXES | JSON_SUFFIXES:
        raise Unreadable(
            f"a binary file of a type the output scan cannot read ('{suffix}'); publish only "
            "the allowed attachment types"
        )
    if suffix in HTML_SUFFIXES or suffix in XML_SUFFIXES:
        return markup_pieces(text)
    if suffix in JSON_SUFFIXES:
        return json_pieces(text)
    if suffix == ".css":
        return css_pieces(text)
    if suffix in (".csv", ".tsv"):
        return csv_pieces(text, "\t" if suffix == ".tsv" else ",")
    if suffix in TEXT_SUFFIXES:
        return [Piece(text, 1)]
    raise Unreadable(
        f"a file of a type the output scan does not read ('{suffix or 'no suffix'}'); publish "
        "only the allowed attachment types"
    )


def _gunzip(raw: bytes) -> bytes:
    import io

    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as member:
            inner = member.read(MAX_GZIP + 1)
    except (OSError, EOFError):
        raise Unreadable("this gzip file cannot be read") from None
    if len(inner) > MAX_GZIP:
        raise Unreadable("this gzip file is too large to check")
    return inner


def csv_pieces(text: str, delimiter: str = ",") -> list[Piece]:
    """Each cell of a CSV or TSV file, at its row's line (a cell is read on its own, as a
    spreadsheet shows it)."""
    import csv
    import io

    pieces = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for row in reader:
            line = reader.line_num
            pieces.extend(Piece(cell, line, "CSV cell") for cell in row if cell.strip())
    except csv.Error:
        return [Piece(text, 1)]
    return pieces


def _pdf_fields(raw: bytes) -> list[Piece]:
    from review_library.frontmatter import SourceError
    from review_library.redaction.assets import pdf_metadata

    try:
        fields = pdf_metadata(raw, "output")
    except SourceError as error:
        raise Unreadable(error.message) from None
    return [Piece(f.value, 0, f"PDF {f.name}") for f in fields]


def _image_pieces(raw: bytes, suffix: str) -> list[Piece]:
    """A published image must carry no metadata at all (attachments are stripped)."""
    from review_library.frontmatter import SourceError
    from review_library.redaction.assets import image_metadata

    try:
        fields = image_metadata(raw, "output")
    except SourceError as error:
        raise Unreadable(error.message) from None
    return [
        Piece(
            f"a published image carries metadata ({f.name}); publish images through a review's "
            "folder (they are stripped) or remove the metadata",
            0,
            f"metadata:{f.name}",
        )
        for f in fields
    ]


def _words_key(text: str) -> bytes:
    return _digest(" ".join(_WORD.findall(text.casefold())))


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


SHORT_PIECE = 200
"""Pieces up to this many characters have their digest kept (see _piece_keys)."""
_SHORT_KEYS: dict[str, bytes] = {}
_SHORT_KEYS_LIMIT = 50_000


def _piece_keys(pieces: list[Piece]) -> list[bytes]:
    """The digest of each piece's text. A site's pages repeat the same short pieces (the
    navigation, the footer, labels, links): 420,000 pieces of a 300-review site are 52,000
    different texts. A short text's digest is kept, so each is hashed once; long texts (a
    report's paragraphs, rarely repeated) are not kept, which bounds the memory."""
    known = _SHORT_KEYS
    keys = []
    add = keys.append
    for piece in pieces:
        text = piece.text
        if len(text) > SHORT_PIECE:
            add(_digest(text))
            continue
        key = known.get(text)
        if key is None:
            if len(known) >= _SHORT_KEYS_LIMIT:
                known.clear()
            key = known[text] = _digest(text)
        add(key)
    return keys


def _same_bytes(first: Path, second: Path) -> bool:
    try:
        if first.stat().st_size != second.stat().st_size:
            return False
        return first.read_bytes() == second.read_bytes()
    except OSError:
        return False


def allowance_index(files: Iterable[str]) -> _AllowanceIndex:
    """The declared allowances of these review or page files, indexed by word."""
    return _AllowanceIndex(_declared_allowances(files))


_READ: dict[tuple[str, str, str], tuple[bytes, list]] = {}
"""What ``_declared_allowances`` read from each file, by (path, SHA-256 of its bytes, blocks
read): under `mkdocs serve` the processes live on between rebuilds, and an edit changes one
review of a thousand, so each rebuild's output scan reads again only what changed. Allowances
are immutable, so sharing them is safe. The file's checked blocks are kept as their digests
end to end in one bytes object: the scanner holds them in its own set, and a set of them here
as well cost about 5 MB a process at 1,000 reviews (see ``_digests_of``)."""


def _digests_of(joined: bytes) -> list[bytes]:
    """The block digests ``_READ`` keeps joined (each ``DIGEST_SIZE`` bytes)."""
    return [joined[i : i + DIGEST_SIZE] for i in range(0, len(joined), DIGEST_SIZE)]


READ_LIMIT = 20_000


def _remember(key: tuple[str, str, str], value: tuple) -> None:
    if len(_READ) >= READ_LIMIT:  # a long session editing a large library: start afresh
        _READ.clear()
    _READ[key] = value


_DIGESTS: dict[str, tuple[tuple[int, int, int], str]] = {}
"""SHA-256 of each file ``_declared_allowances`` read, by its size, time and inode: a rebuild
under `serve` reads and hashes again only the files that changed (1,400 at 1,000 reviews)."""


def _file_digest(path: str, fresh: bool = False) -> tuple[bytes | None, str]:
    """(bytes or None, SHA-256) of a file: None when its stamp says it is unchanged since it
    was last hashed here (``fresh``: read it whatever the stamp)."""
    info = os.stat(path)
    stamp = (info.st_size, info.st_mtime_ns, info.st_ino)
    known = _DIGESTS.get(path)
    if not fresh and known is not None and known[0] == stamp:
        return None, known[1]
    raw = Path(path).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if len(_DIGESTS) >= READ_LIMIT:
        _DIGESTS.clear()
    _DIGESTS[path] = (stamp, digest)
    return raw, digest


def _declared_allowances(
    files: Iterable[str],
    origin: dict | None = None,
    checked: frozenset[str] = frozenset(),
    blocks: CheckedText | None = None,
    parts: list | None = None,
    known_parts: list | None = None,
) -> list:
    """The declarations of published reviews and hand-written pages, read from their files;
    ``origin`` gets the file of each (by ``id``).

    A file whose SHA-256 is in ``checked`` passed the source checks as it is: its text, as
    the source checks split it (front matter values, body), goes into ``blocks``; a
    hand-written page's (its digest marked ``PAGE_DIGEST``) as the page check reads it.
    ``parts`` gets each file's (path, digest, how read) and blocks' digests. With
    ``known_parts`` (an earlier scanner's, for the same files), ``blocks`` is left to the
    caller (``_patched_blocks``), which changes only what a changed file brought."""
    # With an earlier scanner's parts, the blocks are patched by the caller.
    gather = blocks if known_parts is None else None
    from review_library.frontmatter import SourceError, decode_source, split_source
    from review_library.redaction.declarations import read_declarations
    from review_library.redaction.engine import scanned_pieces
    from review_library.redaction.site_sources import PAGE_DIGEST, page_text

    def how_read(digest: str) -> str:
        """'review', 'page' (checked as such and passed) or '' (not to be skipped)."""
        if blocks is None:
            return ""
        if digest in checked:
            return "review"
        return "page" if PAGE_DIGEST + digest in checked else ""

    out = []
    for path in files:
        try:
            raw, digest = _file_digest(str(path))
            read = how_read(digest)
            key = (str(path), digest, read)
            known = _READ.get(key)
            found: CheckedText | None = None
            if known is None:
                if raw is None:  # known by its stamp, but its reading was not kept
                    raw, digest = _file_digest(str(path), fresh=True)
                    read = how_read(digest)
                    key = (str(path), digest, read)
                text = decode_source(raw, path)
                allowances = None
                if read:
                    if read == "page":
                        text = page_text(text)  # as _check_page reads it
                    # Read as the source checks read it (one YAML parse for both uses).
                    pieces, allowances = scanned_pieces(text, path)
                    found = CheckedText()
                    for piece in pieces:
                        found.add(piece)
                else:
                    document = split_source(text, path)
                    if document.has_front_matter:
                        allowances = read_declarations(document).allowances
                known = (b"".join(found.blocks) if found else b"", allowances or [])
                _remember(key, known)
            if gather is not None and found is not None:
                gather.blocks.update(found.blocks)  # read just now: its digests as they are
            elif gather is not None and known[0]:
                gather.blocks.update(_digests_of(known[0]))
            if parts is not None:
                parts.append((key, known[0]))
            allowances = known[1]
        except (OSError, SourceError):
            if parts is not None:
                parts.append(((str(path), "", ""), b""))
            continue  # the source checks report it
        for item in allowances:
            out.append(item)
            if origin is not None:
                origin[id(item)] = str(path)
    return out


def _patched_blocks(previous: OutputScanner, parts: list) -> set[bytes]:
    """The checked blocks of ``parts`` (same files as ``previous.parts``, in the same order):
    the earlier scanner's set, less the digests only a changed file had brought and no file
    holds now, plus those a changed file brings now."""
    blocks = set(previous.checked.blocks)
    changed = [
        (old, new)
        for (old_key, old), (new_key, new) in zip(previous.parts, parts, strict=True)
        if old_key != new_key or old != new
    ]
    if not changed:
        return blocks
    for old, new in changed:
        gone = set(_digests_of(old)) - set(_digests_of(new))
        for digest in gone:
            if not any(_holds(held, digest) for _, held in parts):
                blocks.discard(digest)
    for _, new in changed:
        blocks.update(_digests_of(new))
    return blocks


def _holds(joined: bytes, digest: bytes) -> bool:
    """Whether ``joined`` (digests end to end, see ``_READ``) has ``digest`` as one of them
    (not across two)."""
    index = joined.find(digest)
    while index >= 0:
        if index % DIGEST_SIZE == 0:
            return True
        index = joined.find(digest, index + 1)
    return False


def _same_items(first: list, second: list) -> bool:
    """Whether two lists hold the very same objects in the same order (allowances are
    memoised, so an unchanged declaration is the same object)."""
    return len(first) == len(second) and all(a is b for a, b in zip(first, second, strict=True))


class _AllowanceIndex:
    """Allowances by their words, so a hit is compared only with those that share one."""

    def __init__(self, allowances: list, origin: dict[int, str] | None = None):
        self.items = list(allowances)
        """Every allowance indexed, in order (a later scanner with the same ones reuses the
        index)."""
        self.origin = origin or {}
        """The file that declares each allowance (by ``id``), where known."""
        self.by_word: dict[str, list] = {}
        # An entry may name the fingerprint that check --explain printed instead of the text.
        self.by_fingerprint: dict[str, list] = {}
        self.by_rule: dict[str, list] = {}
        self._word_cache: dict[str, tuple[str, ...]] = {}
        for item in allowances:
            if getattr(item, "fingerprint", ""):
                self.by_fingerprint.setdefault(item.fingerprint, []).append(item)
                continue
            words = _WORD.findall(item.text.casefold()) or [item.text.casefold()]
            for word in set(words):
                self.by_word.setdefault(word, []).append(item)
            for rule in item.rules:
                self.by_rule.setdefault(rule, []).append(item)

    def covers(self, rule: str, text: str, start: int, end: int) -> bool:
        return self.covering(rule, text, start, end) is not None

    def covering(self, rule: str, text: str, start: int, end: int):
        """The allowance that covers text[start:end] for ``rule``, or None."""
        if self.by_fingerprint:
            for item in self.by_fingerprint.get(fingerprint(text[start:end]), ()):
                if rule in item.rules:
                    return item
        candidates: dict[int, object] = {}
        words = _WORD.findall(text[start:end].casefold())
        # A name-like word in a URL or file name ("cwm-arian-2023-child-e"): allowed when
        # it is a word of a declared name (the partnership's place, a pseudonym).
        if rule == LINK_RULE and len(words) == 1:
            for item in self.by_word.get(words[0], ()):
                if rule in item.rules:
                    return item
            # ... or a declared name of two or more words run together, as a file name
            # writes it ("brynmawr-2024-dhr" for the partnership "Bryn Mawr ...").
            for item in self.by_rule.get(rule, ()):
                if _run_together(words[0], _WORD.findall(item.text.casefold())):
                    return item
        for word in words:
            for item in self.by_word.get(word, ()):
                if rule in item.rules:
                    candidates[id(item)] = item
        if not candidates:
            # The hit is part of a word of an entry ("Zeb" in "photo-ZebHarrow.jpg"): those
            # of the rule's entries that contain it, compared as below.
            found = text[start:end].casefold()
            for item in self.by_rule.get(rule, ()):
                if found in item.text.casefold():
                    candidates[id(item)] = item
        low, high = max(0, start - 200), end + 200
        window: str | None = None
        for item in candidates.values():
            words = self._words(item.pattern_text)
            if words:
                # A date's words are shared by hundreds of entries ("2014", "March"): each
                # pattern was run on the window, for every hit (quadratic in the library's
                # size). An entry's words must all stand in the window for it to match.
                if window is None:
                    part = text[low:high]
                    window = part.lower() if part.isascii() else ""
                if window and not all(word in window for word in words):
                    continue
            for match in item.pattern.finditer(text, low, high):
                if match.start() <= start and end <= match.end():
                    return item
        return None

    def _words(self, pattern_text: str) -> tuple[str, ...]:
        """The words an entry's pattern matches literally (declarations._pattern), lower
        case, when all are ASCII: in ASCII text such a word matches only as itself in any
        case, so its absence from the lower-cased window rules the entry out. Empty (no
        test) for an entry with a non-ASCII word (it also matches its unaccented form, and
        case-insensitive matching folds some letters to ASCII ones) or with no words."""
        found = self._word_cache.get(pattern_text)
        if found is None:
            # _WORD splits words as declarations._pattern does.
            words = [w for w in _WORD.findall(pattern_text) if w.lower() != "and"]
            found = tuple(w.lower() for w in words) if all(w.isascii() for w in words) else ()
            self._word_cache[pattern_text] = found
        return found


def finish_scan(
    scans: Iterable[FileScan | None],
    config: RedactionConfig,
    published: Iterable[str] = (),
    origins: Iterable[str] = (),
) -> Report:
    """One report from the file scans, in file order.

    ``published``: texts of the published reviews. Wording they share with an unpublished
    one (a common recommendation, a draft revision of a published review) proves nothing, so
    a possible leak counts only through a key no published text contains; then each
    forbidden text is reported once per file, where it first appears. ``origins``: source
    files (reviews, pages, configuration) in which each finding's text is looked up, so the
    message says where to fix it.
    """
    report = Report()
    scans = [s for s in scans if s is not None]
    keys = {leak[4] for scan in scans for leak in scan.leaks}
    shared = _shared_keys(keys, published) if keys else set()
    locate = _Origins(list(origins))
    for scan in sorted(scans, key=lambda s: s.shown):
        report.files_checked += 1
        for finding, matched in zip(scan.findings, scan.matched, strict=False):
            origin = locate.find(matched) if matched else None
            if origin is not None:
                finding = replace(finding, message=f"{finding.message}; it comes from {origin}")
            elif matched and origins:
                finding = replace(
                    finding,
                    message=f"{finding.message}; it is in no source file as written (a "
                    "template, a decoded value or generated text)",
                )
            report.findings.append(finding)
        report.suppressions.extend(scan.suppressions)
        report.used_allowances |= scan.used  # source files by absolute path
        reported: set[tuple[str, ...]] = set()
        for line, column, source, words, key in sorted(scan.leaks):
            if key in shared or words in reported:
                continue
            reported.add(words)
            report.findings.append(
                Finding(
                    scan.shown,
                    line,
                    column,
                    UNPUBLISHED_RULE,
                    config.severity(UNPUBLISHED_RULE),
                    UNPUBLISHED_MESSAGE.format(source=source),
                    excerpt(" ".join(words[:8])),
                )
            )
    report.findings = sorted(set(report.findings))
    report.suppressions = sorted(set(report.suppressions))
    return report


class _Origins:
    """Finds the source file and line where a matched text is written.

    Sources are read as the checks read them (``normalise``: entities decoded, invisible
    characters and emphasis inside words removed), and a Markdown link's target may stand
    between two words ("[Zebedee](#x) Quennell"), so text that the search data or a page
    shows plainly is found however the author wrote it.
    """

    def __init__(self, files: list[str]):
        self.files = files
        self.texts: dict[str, tuple | None] = {}

    def _text(self, path: str) -> tuple | None:
        if path not in self.texts:
            from review_library.redaction.normalise import normalise

            try:
                raw = Path(path).read_bytes().decode("utf-8", errors="replace")
            except OSError:
                self.texts[path] = None
            else:
                self.texts[path] = (normalise(raw), line_starts(raw))
        return self.texts[path]

    def find(self, matched: str) -> str | None:
        words = _WORD.findall(matched)
        if not words:
            return None
        pattern = re.compile(_ORIGIN_GAP.join(re.escape(w) for w in words), re.I)
        from review_library.catalogue import project_relative

        for path in self.files:
            loaded = self._text(path)
            if loaded is None:
                continue
            seen, starts = loaded
            match = pattern.search(seen.text)
            if match is not None:
                start = seen.source_span(match.start(), match.end())[0] if seen.passes else None
                line = bisect.bisect_right(starts, match.start() if start is None else start)
                return f"{project_relative(Path(path))}:{line}"
        return None


_ORIGIN_GAP = r"(?>\]\([^()\[\]\s]*\)|[\W_])*"
"""What may stand between two words of a match in its source: spaces, punctuation, line
breaks, markup, a Markdown link's target (atomic: no backtracking on hostile text)."""


def scan_site(
    site_dir: Path,
    *,
    config: RedactionConfig,
    register: Register | None,
    forbidden: list[tuple[str, str]],
    allowed: Iterable[tuple[str, str]] = (),
    published: Iterable[str] = (),
    **options,
) -> Report:
    """Scan every file under ``site_dir`` (see OutputScanner)."""
    from review_library.catalogue import project_relative

    site_dir = Path(site_dir)
    if not site_dir.is_dir():
        return Report()
    scanner = OutputScanner(
        config=config, register=register, forbidden=forbidden, allowed=allowed, **options
    )
    scans = scanner.scan_many(
        (project_relative(file), str(file), None) for file in site_files(site_dir)
    )
    return finish_scan(scans, config, published, options.get("origins", ()))


def scan_task(
    token: str,
    scanner_args: dict,
    items: list[tuple[str, str, str | None]],
    base: str | None = None,
) -> ScanBatch:
    """Worker side: scan (shown, suffix or path, content) items with the build's scanner.

    ``content`` None means read the file at the path. The scanner (its forbidden-text index
    and its memo of text already scanned) is built once per worker and build, keyed by
    ``token`` (a hash of all its arguments). ``base``: a hash of them all but ``checked``
    (the allowance files by path); a scanner of the same ``base`` made for an earlier build
    in this process lends the new one what ``checked`` and the files' contents do not
    change (under `serve`, each rebuild changes the edited review's digest in ``checked``).
    """
    scanner = _SCANNERS.get(token)
    if scanner is None:
        previous = _SCANNERS.get(_BASE + base) if base is not None else None
        _SCANNERS.clear()
        scanner = _SCANNERS[token] = OutputScanner(**scanner_args, previous=previous)
        if base is not None:
            _SCANNERS[_BASE + base] = scanner
    with _heap_set_aside():
        out = ScanBatch(scanner.scan_many(items))
    out.fresh = scanner.fresh()
    return out


@contextlib.contextmanager
def _heap_set_aside() -> Iterator[None]:
    """While a batch is scanned, the objects alive before it are out of the cycle
    collector's reach (``gc.freeze``), and are its again after (``gc.unfreeze``). The scan
    makes many small containers (pieces, hits, the memo's entries), and each full
    collection they trigger traversed the whole build's heap as well (the site's pages,
    the search data, the rules' tables): in a one-process build of 300 reviews, about
    3 s of the scan. Nothing is freed any later than the batch's end, as the objects set
    aside were alive, or already garbage, when it began; what the batch makes is collected
    as before. A heap frozen already (a worker forked from a frozen parent, ``serve``
    after its first build) is left as it is, and not thawed here."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


_SCANNERS: dict[str, OutputScanner] = {}
_BASE = "base:"


PLUGIN_TEXT = (
    Path(__file__).resolve().parent.parent / "templates",
    Path(__file__).resolve().parent.parent / "pages",
)
"""The plugin's templates and page code: the wording every site carries."""


def boilerplate_texts(paths: Iterable[str]) -> Iterable[str]:
    """The text of hand-written pages, override templates and configuration (``paths``)
    and of the plugin's own templates and page code, read lazily: wording the site carries
    whatever the reviews say, so an unpublished review sharing it ("Not applicable.")
    proves nothing."""
    files = [Path(p) for p in paths]
    for folder in PLUGIN_TEXT:
        files.extend(sorted(p for p in folder.rglob("*") if p.suffix in (".html", ".py")))
    for file in files:
        try:
            yield file.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            continue


def _shared_keys(keys: set[tuple[str, ...]], published: Iterable[str]) -> set[tuple[str, ...]]:
    firsts = {key[0] for key in keys}
    sizes = {len(key) for key in keys}
    shared: set[tuple[str, ...]] = set()
    for text in published:
        words = [w.casefold() for w in _WORD.findall(text)]
        for index, word in enumerate(words):
            if word in firsts:
                for size in sizes:
                    key = tuple(words[index : index + size])
                    if key in keys:
                        shared.add(key)
    return shared


def site_files(site_dir: Path) -> list[Path]:
    """Every file under ``site_dir``, in a stable order (top-level dot-files, such as a
    deploy checkout's ``.git``, are not part of the build)."""
    found = []
    for root, dirs, files in os.walk(site_dir):
        top = Path(root) == Path(site_dir)
        dirs[:] = sorted(d for d in dirs if not (top and d.startswith(".")))
        found.extend(Path(root) / n for n in sorted(files) if not (top and n.startswith(".")))
    return found


# -- unpublished text ---------------------------------------------------------------------------
_MARKUP = re.compile(r"\]\([^)]*\)|<[^>\n]*>|^\s*(?:#+|[-*+]|\d+\.|>|\|)", re.M)
_SENTENCE_END = re.compile(
    r"(?<=[.!?;:])[\"'’”)\]]*\s+|\n\s*\n|\n(?=\s*(?:[-*+#|>]|\d+\.)\s)|\s*\|\s*"
)


# What a withdrawn review's tombstone shows (title, partnership, dates, the reason): never
# forbidden text. The rest of its text is.
TOMBSTONE_FIELDS = frozenset({"title", "partnership", "withdrawal", "subject", "author"})


def forbidden_sentences(review, withdrawn: bool = False) -> list[str]:
    """The sentences of an unpublished (or withdrawn) review that must not reach the site."""
    return review_sentences(review, skip=TOMBSTONE_FIELDS if withdrawn else frozenset())


def review_sentences(review, skip: frozenset[str] = frozenset()) -> list[str]:
    """Every sentence of a review that a reader would see: front matter text (summary,
    learning points, recommendations, FAQ, briefing, withdrawal reason ...) and the body,
    split at sentence ends, paragraphs, list items and table cells; link targets and tags
    dropped. Used both as the forbidden text of unpublished reviews and as the published
    text whose shared wording proves nothing."""
    texts: list[str] = []
    data = review.meta.model_dump(mode="json")
    _strings_of({k: v for k, v in data.items() if k not in skip}, texts)
    texts.append(review.body)
    out: list[str] = []
    for text in texts:
        cleaned = _MARKUP.sub(" ", text)
        for sentence in _SENTENCE_END.split(cleaned):
            sentence = " ".join(sentence.split())
            if not _is_short(sentence) or _is_whole_short_sentence(sentence):
                out.append(sentence)
    return out


def _is_short(sentence: str) -> bool:
    return len(_WORD.findall(sentence)) < MIN_SENTENCE_WORDS or len(sentence) < MIN_SENTENCE_CHARS


def _is_whole_short_sentence(sentence: str) -> bool:
    """A short text that is a sentence of its own: two or more words, ended by '.', '!' or
    '?' ("Trial set for May."); not a heading, a label or an initial ("H.")."""
    words = _WORD.findall(sentence)
    return len(words) >= 2 and sentence.rstrip("\"'’”)]").endswith((".", "!", "?"))


_NOT_PROSE = frozenset(
    {
        "id",
        "status",
        "nation",
        "region",
        "review_type",
        "age_band",
        "themes",
        "agencies",
        "published",
        "embargo_until",
        "updated",
        "date",
        "rule",
        "incident_year",
    }
)


def _strings_of(value: object, out: list[str], key: str = "") -> None:
    if isinstance(value, str):
        if key not in _NOT_PROSE:
            out.append(value)
    elif isinstance(value, dict):
        for name, item in value.items():
            _strings_of(item, out, str(name))
    elif isinstance(value, list):
        for item in value:
            _strings_of(item, out, key)


class _ForbiddenIndex:
    """Sentences of forbidden texts: SHINGLE words in a row of a long sentence, or the whole
    of a shorter one, found by their first two words. A short sentence (see
    MIN_SENTENCE_CHARS) counts only where the output has it as a sentence of its own."""

    def __init__(self, forbidden: list[tuple[str, str]]):
        self.keys: dict[tuple[str, ...], tuple[str, list[str]]] = {}
        self.starts: dict[tuple[str, str], set[int]] = {}
        self.whole: set[tuple[str, ...]] = set()
        for source, text in forbidden:
            words = [w.casefold() for w in _WORD.findall(text)]
            short = _is_short(text)
            if len(words) < 2 or (short and not _is_whole_short_sentence(text)):
                continue  # a word, a heading or a label proves nothing
            size = min(SHINGLE, len(words))
            for start in range(0, len(words) - size + 1):
                key = tuple(words[start : start + size])
                if short:
                    self.whole.add(key)
                if key not in self.keys:
                    self.keys[key] = (source, words)
                    self.starts.setdefault(key[:2], set()).add(size)

    def find(self, text: str) -> list[tuple[int, str, list[str], tuple[str, ...]]]:
        """(offset, source, words of the forbidden text, key) of every key found."""
        if not self.keys:
            return []
        matches = list(_WORD.finditer(text))
        words = [m.group().casefold() for m in matches]
        found = []
        seen: set[tuple[str, ...]] = set()
        starts = self.starts
        for index in range(len(words) - 1):
            sizes = starts.get((words[index], words[index + 1]))
            if not sizes:
                continue
            for size in sizes:
                key = tuple(words[index : index + size])
                entry = self.keys.get(key)
                if entry is None or key in seen:
                    continue
                if key in self.whole and not _stands_alone(
                    text, matches[index].start(), matches[index + size - 1].end()
                ):
                    continue  # "trial set for may" inside a longer sentence proves nothing
                seen.add(key)
                found.append((matches[index].start(), entry[0], entry[1], key))
        return found


_OPENERS = "\"'‘“(["
_CLOSERS = "\"'’”)]"


def _stands_alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a sentence of its own: what comes before it ends a sentence,
    a line or a piece of text, and what comes after ends it ('.', '!', '?', a line)."""
    before = text[max(0, start - 200) : start].rstrip(" \t" + _OPENERS)
    after = text[end : end + 200].lstrip(_CLOSERS + " \t")
    return (not before or before[-1] in ".!?:;\n|>") and (not after or after[0] in ".!?\n")

"""The identifier register: the real names, nicknames, addresses and schools of a case.

Two forms, matched the same way:

* a plain YAML file kept outside the repository (``identifiers: [...]``), given with
  ``--identifiers FILE``, the plugin option ``checks.identifiers`` or the environment
  variable ``REVIEW_LIBRARY_IDENTIFIERS`` (a path);
* a hashed register (JSON) that can sit next to the reports: salted, keyed BLAKE2b hashes of
  the normalised tokens and n-grams of each identifier, never the text
  (``review-library register add`` writes it; ``REVIEW_LIBRARY_REGISTER`` names one too).

Matching folds case and accents, drops possessives ("Zeb's"), treats hyphens, line breaks
and extra whitespace as word gaps, and rejoins words split by a hyphen at a line end.
A multi-word identifier also registers its distinctive single words ("Kayden Morris" ->
"Kayden", "Morris"; "14 Acacia Avenue" -> "Acacia"), because reports leak first names far
more often than full names.

The hashes keep the identifiers out of plain sight; they do not resist someone who has the
file and tries a list of likely names. Keep the hashed register private as well.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from review_library.redaction.rules.text import WORD_RE, fold, strip_possessive, word_set

FORMAT = "review-library/hashed-register"
VERSION = 1
ENV_PLAIN = "REVIEW_LIBRARY_IDENTIFIERS"
ENV_HASHED = "REVIEW_LIBRARY_REGISTER"
MAX_NGRAM = 8
# Consecutive words of an identifier may be apart by this many characters of spaces, line
# breaks or punctuation (tokens never have a word between them).
MAX_GAP = 12

# Words too common to register on their own when they are part of a longer identifier.
GENERIC_PARTS = word_set(
    """the and of at on in a an to for by with from st saint mr mrs ms miss mx dr
    road rd street avenue ave lane close drive way crescent court gardens grove place terrace
    walk hill park rise row square mews view green vale parade estate mount yard gate flat
    house farm cottage cottages lodge end north south east west upper lower new old great little
    primary secondary infant infants junior high grammar school academy college nursery
    preschool playgroup centre center children childrens family surgery medical practice
    health hospital ward unit clinic general royal district county community church catholic
    trust care home baby special city town village"""
)

# What splits one word in two: a hyphen at a line end, a soft hyphen, zero-width characters.
_JOINER = re.compile(r"-[ \t]*\n[ \t]*|\u00ad|[\u200b\u200c\u200d\u2060]")
# Words run together in ids, file names and tags ("ZebedeeQuennell"): a lower-case letter
# followed by a capital starts a new word, so each part is matched too.
_CAMEL = re.compile(r"(?<=[^\W\d_A-Z])(?=[A-Z])")
_WORD_END = re.compile(r"[^\W_]+\Z")
_WORD_START = re.compile(r"[^\W_]+")


class RegisterError(Exception):
    """A register file that cannot be read or is malformed."""


def tokens_of(text: str) -> list[str]:
    """Normalised words of an identifier or text: folded, possessive dropped."""
    out = []
    for word in WORD_RE.findall(text):
        key = fold(strip_possessive(word))
        if key:
            out.append(key)
    return out


@dataclass
class _Table:
    """Hashes made with one salt (a register merged from several files has several)."""

    salt: bytes
    entries: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    sizes: set[int] = field(default_factory=set)
    _memo: dict[str, str] = field(default_factory=dict, repr=False)

    def digest(self, key: str) -> str:
        found = self._memo.get(key)
        if found is None:
            found = hashlib.blake2b(key.encode("utf-8"), key=self.salt, digest_size=16).hexdigest()
            if len(self._memo) < 500_000:
                self._memo[key] = found
        return found

    def add_tokens(self, words: list[str]) -> bool:
        if not words:
            return False
        if len(words) > MAX_NGRAM:
            raise RegisterError(
                f"an identifier has {len(words)} words; the register takes at most {MAX_NGRAM} "
                "(split a long address into its distinctive parts)"
            )
        entry = self.digest(" ".join(words))
        new = entry not in self.entries
        self.entries.add(entry)
        self.sizes.add(len(words))
        if len(words) > 1:
            self.prefixes.add(self.digest(words[0]))
        return new

    def starts(self, key: str) -> bool:
        """True when some entry may start with this word (cheap first filter)."""
        digest = self.digest(key)
        return digest in self.prefixes or digest in self.entries


class Register:
    """Identifiers to find in text; see the module docstring for the forms and matching."""

    def __init__(self, tables: list[_Table] | None = None):
        self._tables: list[_Table] = tables if tables is not None else []
        # Chunks of text known not to start / to start an identifier; emptied on every change.
        self._chunks_no: set[str] = set()
        self._chunks_yes: set[str] = set()

    # -- construction -------------------------------------------------------------------
    @classmethod
    def new(cls, salt: bytes | None = None) -> Register:
        """An empty register with a fresh random salt, ready for :meth:`add` and :meth:`save`."""
        return cls([_Table(salt or secrets.token_bytes(16))])

    @classmethod
    def from_identifiers(cls, identifiers: Iterable[str]) -> Register:
        """A register of the given identifiers (hashed in memory with a random salt)."""
        register = cls.new()
        for text in identifiers:
            register.add(text)
        return register

    @classmethod
    def load_plain(cls, path: Path) -> Register:
        """Load a plain YAML register: ``identifiers: [text, ...]``. Raises RegisterError."""
        text = _read(path)
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark else ""
            raise RegisterError(f"{path}: not valid YAML{where}") from None
        if not isinstance(data, Mapping) or not isinstance(data.get("identifiers"), list):
            raise RegisterError(
                f"{path}: expected a YAML mapping with 'identifiers:' followed by a list of texts"
            )
        register = cls.new()
        for index, item in enumerate(data["identifiers"], start=1):
            value = item.get("text") if isinstance(item, Mapping) else item
            if not isinstance(value, str | int) or isinstance(value, bool):
                raise RegisterError(f"{path}: identifier {index} is not a text")
            if not tokens_of(str(value)):
                raise RegisterError(f"{path}: identifier {index} has no letters or digits")
            register.add(str(value))
        return register

    @classmethod
    def load_hashed(cls, path: Path) -> Register:
        """Load a hashed register written by :meth:`save`. Raises RegisterError."""
        text = _read(path)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise RegisterError(
                f"{path}: not a hashed register (invalid JSON at line {error.lineno})"
            ) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise RegisterError(
                f'{path}: not a hashed register (expected "format": "{FORMAT}"); '
                "a plain list of identifiers goes in --identifiers instead"
            )
        if data.get("version") != VERSION:
            raise RegisterError(f"{path}: unsupported register version {data.get('version')!r}")
        try:
            table = _Table(
                salt=bytes.fromhex(data["salt"]),
                entries=set(_hex_list(data["entries"])),
                prefixes=set(_hex_list(data.get("prefixes", []))),
                sizes={int(n) for n in data["ngram_sizes"]},
            )
        except (KeyError, ValueError, TypeError) as error:
            raise RegisterError(f"{path}: malformed hashed register ({error})") from None
        if not 8 <= len(table.salt) <= 64:
            raise RegisterError(f"{path}: malformed hashed register (salt length)")
        return cls([table])

    @classmethod
    def load(cls, path: Path) -> Register:
        """Load either form, recognising a hashed register by its ``format`` field."""
        text = _read(path)
        if text.lstrip().startswith("{") and FORMAT in text:
            return cls.load_hashed(path)
        return cls.load_plain(path)

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Register | None:
        """The register named by REVIEW_LIBRARY_IDENTIFIERS / REVIEW_LIBRARY_REGISTER, or None."""
        env = os.environ if environ is None else environ
        register: Register | None = None
        for name, load in ((ENV_PLAIN, cls.load), (ENV_HASHED, cls.load_hashed)):
            value = env.get(name, "").strip()
            if not value:
                continue
            path = Path(value).expanduser()
            if not path.is_file():
                # A mistyped path must not leave the build running without its register.
                raise RegisterError(f"{name} names {value}, which is not a file")
            loaded = load(path)
            register = loaded if register is None else register.merged(loaded)
        return register

    # -- changes and saving -------------------------------------------------------------
    def add(self, text: str) -> int:
        """Add an identifier; returns how many new hashes were stored (0 if known)."""
        if not self._tables:
            self._tables.append(_Table(secrets.token_bytes(16)))
        table = self._tables[0]
        self._chunks_no.clear()
        self._chunks_yes.clear()
        words = tokens_of(text)
        added = int(table.add_tokens(words))
        if len(words) > 1:
            for word in words:
                if len(word) >= 3 and word.isalpha() and word not in GENERIC_PARTS:
                    added += int(table.add_tokens([word]))
            # A person's initials ("TL", "T.L.") are matched next to a person cue.
            if 2 <= len(words) <= 3 and all(w.isalpha() for w in words):
                entry = table.digest(INITIALS + "".join(w[0] for w in words))
                added += int(entry not in table.entries)
                table.entries.add(entry)
        return added

    def save(self, path: Path) -> None:
        """Write the hashed form (never the text). Deterministic for the same content."""
        if len(self._tables) != 1:
            raise RegisterError("only a register loaded from one file (or new) can be saved")
        table = self._tables[0]
        data = {
            "format": FORMAT,
            "version": VERSION,
            "algorithm": "blake2b-128, keyed with the salt, over normalised words",
            "salt": table.salt.hex(),
            "ngram_sizes": sorted(table.sizes),
            "prefixes": sorted(table.prefixes),
            "entries": sorted(table.entries),
        }
        try:
            Path(path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        except OSError as error:
            raise RegisterError(f"cannot write {path} ({error.strerror})") from None

    def merged(self, other: Register) -> Register:
        """A register that matches what either matches."""
        return Register([*self._tables, *other._tables])

    def __len__(self) -> int:
        return sum(len(t.entries) for t in self._tables)

    def content_digest(self) -> str:
        """SHA-256 of the salted hashes (never the text): the same for the same hashed
        register file; a plain register is salted afresh at each load, so its digest is
        new at every load too (see redaction.result_cache)."""
        digest = hashlib.sha256()
        for table in self._tables:
            digest.update(table.salt.hex().encode() + b"\0")
            for values in (sorted(table.entries), sorted(table.prefixes), sorted(table.sizes)):
                digest.update((",".join(map(str, values)) + "\0").encode())
        return digest.hexdigest()

    # -- matching -----------------------------------------------------------------------
    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` that match an identifier, longest match first, not overlapping."""
        if not self._tables or not text:
            return []
        # Whitespace-separated chunks are found at C speed and repeat across texts, so each
        # is tested once (cached) against every table's first words.
        chunks = set(text.split())
        known_no, known_yes = self._chunks_no, self._chunks_yes
        candidates = list(chunks & known_yes)
        for chunk in chunks - known_no - known_yes:
            if any(t.starts(key) for key in _chunk_keys(chunk) for t in self._tables):
                known_yes.add(chunk)
                candidates.append(chunk)
            elif len(known_no) < 1_000_000:
                known_no.add(chunk)
        # A word split by a hyphen at a line end (or a soft hyphen) may start an identifier
        # only once rejoined: test those joins too.
        starts_at = []
        for join in _JOINER.finditer(text):
            before = _WORD_END.search(text, max(0, join.start() - 64), join.start())
            after = _WORD_START.match(text, join.end())
            if before and after:
                key = fold(before.group() + after.group())
                if key and any(t.starts(key) for t in self._tables):
                    starts_at.append(before.start())
        initials = _initials(text, self._tables) if _HAS_CAPS.search(text) else []
        if not candidates and not starts_at:
            return _union(initials)
        # Only the text from a candidate word on can hold a match: tokenise just that.
        longest = max(max(t.sizes, default=1) for t in self._tables)
        trigger = (
            re.compile("|".join(re.escape(c) for c in sorted(candidates, key=len, reverse=True)))
            if candidates
            else None
        )
        windows = _windows(text, trigger, starts_at, longest)
        spans: list[tuple[int, int]] = []
        for start, end in windows:
            piece = text[start:end]
            for stream in _streams(piece, bool(_JOINER.search(piece))):
                for table in self._tables:
                    spans.extend((s + start, e + start) for s, e in _match(stream, table))
        return _union(spans + initials)


def _windows(
    text: str, trigger: re.Pattern | None, starts_at: list[int], longest: int
) -> list[tuple[int, int]]:
    """Text from each candidate word (which can only start a match) to as far as the
    longest identifier can reach, widened to whole words."""
    reach = (MAX_GAP + 40) * longest
    positions = (
        sorted([m.start() for m in trigger.finditer(text)] if trigger is not None else [])
        + starts_at
    )
    merged: list[list[int]] = []
    for position in sorted(positions):
        start = position
        end = min(len(text), position + reach)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


@lru_cache(maxsize=200_000)
def _chunk_keys(chunk: str) -> tuple[str, ...]:
    words = WORD_RE.findall(chunk)
    if _CAMEL.search(chunk):
        words += [part for w in words for part in _CAMEL.split(w)]
    return tuple(v for w in words if (k := fold(strip_possessive(w))) for v in _variants(k))


def _streams(text: str, joined: bool) -> list[list[tuple[int, int, str]]]:
    """Token streams (start, end, key): as written and, if needed, with words run together
    split ("ZebedeeQuennell") or split words rejoined."""
    plain = []
    for match in WORD_RE.finditer(text):
        key = fold(strip_possessive(match.group()))
        if key:
            plain.append((match.start(), match.end(), key))
    streams = [plain]
    if _CAMEL.search(text):
        camel = []
        for match in WORD_RE.finditer(text):
            position = match.start()
            for part in _CAMEL.split(match.group()):
                key = fold(strip_possessive(part))
                if key:
                    camel.append((position, position + len(part), key))
                position += len(part)
        streams.append(camel)
    if not joined:
        return streams
    rejoined: list[tuple[int, int, str]] = []
    for token in plain:
        if rejoined and _JOINER.fullmatch(text, rejoined[-1][1], token[0]):
            start, _end, key = rejoined.pop()
            rejoined.append((start, token[1], key + token[2]))
        else:
            rejoined.append(token)
    return [*streams, rejoined]


def _variants(key: str) -> tuple[str, ...]:
    """A word and its forms without a plural or possessive "s" ("Lowrys'", "Tegans")."""
    if len(key) > 3 and key.endswith("s"):
        if key.endswith("es") and len(key) > 4:
            return (key, key[:-1], key[:-2])
        return (key, key[:-1])
    return (key,)


def _match(stream: list[tuple[int, int, str]], table: _Table) -> list[tuple[int, int]]:
    spans = []
    sizes = sorted(table.sizes, reverse=True)
    count = len(stream)
    index = 0
    while index < count:
        if not any(table.starts(k) for k in _variants(stream[index][2])):
            index += 1
            continue
        found = False
        for size in sizes:
            if index + size > count:
                continue
            window = stream[index : index + size]
            if size > 1 and not all(
                window[k][0] - window[k - 1][1] <= MAX_GAP for k in range(1, size)
            ):
                continue
            head = " ".join(t[2] for t in window[:-1])
            for last in _variants(window[-1][2]):
                if table.digest(f"{head} {last}" if head else last) in table.entries:
                    spans.append((window[0][0], window[-1][1]))
                    index += size - 1
                    found = True
                    break
            if found:
                break
        index += 1
    return spans


INITIALS = "initials:"
_HAS_CAPS = re.compile(r"[A-Z]\.?[ \t]?[A-Z]")
# Two or three capitals, with or without full stops ("TL", "T.L.", "T. L."), followed by a
# person cue: a verb of speech or action, an age, a possessive.
INITIALS_RE = re.compile(
    r"(?<![\w.])(?P<initials>[A-Z]\.?[ \t]?[A-Z]\.?(?:[ \t]?[A-Z]\.?)?)(?![\w])"
    r"(?=(?:['’]s)?[ \t]*(?:,[ \t]*aged|\(|[ \t](?:said|says|told|disclosed|reported|stated|"
    r"was|had|is|has|asked|explained|described|aged|attended|went|came|lived|alleged|denied|"
    r"admitted|mum|mother|dad|father|and (?:his|her))\b))"
)


def _initials(text: str, tables: list[_Table]) -> list[tuple[int, int]]:
    spans = []
    for match in INITIALS_RE.finditer(text):
        letters = "".join(c for c in match.group("initials") if c.isalpha()).lower()
        if any(t.digest(INITIALS + letters) in t.entries for t in tables):
            spans.append((match.start("initials"), match.end("initials")))
    return spans


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _read(path: Path) -> str:
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise RegisterError(f"cannot read the register {path} ({error.strerror})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RegisterError(f"{path}: the register is not a UTF-8 text file") from None


def _hex_list(values: object) -> list[str]:
    if not isinstance(values, list) or not all(
        isinstance(v, str) and re.fullmatch(r"[0-9a-f]{32}", v) for v in values
    ):
        raise ValueError("hash lists must hold 32-digit hex strings")
    return values

"""Read a review file and split it into YAML front matter and Markdown body, keeping line numbers.

MkDocs silently publishes broken front matter as page text, so review-library parses it
itself, strictly: timestamps stay strings (dates are validated by the schema with a clear
message instead of a ValueError deep inside PyYAML), and every mapping key and list item
keeps the 1-based line it came from in the source file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

FieldPath = tuple[str | int, ...]

_FENCE = re.compile(r"^---[ \t]*$")
_END_FENCE = re.compile(r"^(---|\.\.\.)[ \t]*$")


class SourceError(Exception):
    """A review file that cannot be read or parsed; carries file, line and field."""

    def __init__(self, path: str, line: int | None, message: str, field: str | None = None):
        self.path = path
        self.line = line
        self.field = field
        self.message = message
        super().__init__(self.render())

    def render(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        prefix = f"field '{self.field}': " if self.field else ""
        return f"{where}: {prefix}{self.message}"


@dataclass
class SourceDocument:
    """A review file as text: front matter block and body, with where each starts."""

    path: str
    """Path as shown to users (relative to the project when possible)."""
    text: str
    """Whole file, BOM removed, line endings normalised to \\n."""
    has_front_matter: bool
    front_matter: str
    """The YAML between the fences, without them."""
    front_matter_line: int
    """1-based line of the first YAML line (the line after the opening fence)."""
    body: str
    body_line: int
    """1-based line where the body starts."""


@dataclass
class ParsedFrontMatter:
    """Parsed YAML data plus the source line of every key and list item."""

    data: Any
    lines: dict[FieldPath, int] = field(default_factory=dict)
    scalars: list[tuple[FieldPath, str, int]] = field(default_factory=list)
    """Every value scalar: its path, its text as written and its line."""

    def line_of(self, path: FieldPath) -> int | None:
        """Line of ``path`` or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())


def decode_source(raw: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM) and normalise line endings, or raise SourceError."""
    if b"\x00" in raw[:8192]:
        raise SourceError(path, None, "this is a binary file, not a Markdown review")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SourceError(
            path,
            line,
            f"the file is not valid UTF-8 (byte 0x{raw[error.start]:02x}); "
            "save it as UTF-8 in your editor",
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_source(file_path: Path, display_path: str | None = None) -> SourceDocument:
    """Read and split a review file. Raises SourceError for unreadable or non-text files."""
    from review_library.safefiles import read_bytes

    shown = display_path or str(file_path)
    raw = read_bytes(file_path, shown)
    return split_source(decode_source(raw, shown), shown)


def split_source(text: str, path: str) -> SourceDocument:
    """Split already-decoded text into front matter and body."""
    lines = text.split("\n")
    if lines and _FENCE.match(lines[0]):
        for index in range(1, len(lines)):
            if _END_FENCE.match(lines[index]):
                return SourceDocument(
                    path=path,
                    text=text,
                    has_front_matter=True,
                    front_matter="\n".join(lines[1:index]),
                    front_matter_line=2,
                    body="\n".join(lines[index + 1 :]),
                    body_line=index + 2,
                )
        raise SourceError(
            path,
            1,
            "the front matter opened with '---' on line 1 is never closed; "
            "add a line containing only '---' after the last field",
        )
    return SourceDocument(path, text, False, "", 1, text, 1)


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that keeps timestamps as strings and refuses duplicate keys."""


_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# libyaml composes about ten times faster than pure Python; where PyYAML was built without it,
# the pure-Python loader does the same job. Errors are always reported by the pure-Python
# loader, so messages and hints do not depend on how PyYAML was built.
_FastLoader: type = getattr(yaml, "CSafeLoader", _StrictLoader)
if _FastLoader is not _StrictLoader:
    _FastLoader = type("_FastStrictLoader", (_FastLoader,), {})
    _FastLoader.yaml_implicit_resolvers = _StrictLoader.yaml_implicit_resolvers
_FastRawLoader: type = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


MAX_DEPTH = 20
"""Deepest nesting of lists and groups in front matter (the schema needs 4)."""
MAX_ALIASES = 100
"""YAML aliases (``*name``) in one front matter."""
MAX_VALUES = 50_000
"""Values in one front matter once aliases are expanded: a "billion laughs" alias bomb
expands a few lines into billions of values."""

_CORE_TAG = "tag:yaml.org,2002:"
_NULL_KEYS = frozenset({"", "~", "null", "Null", "NULL"})
# Control characters other than tab, newline and carriage return: invisible in an editor,
# they make feed.xml invalid XML and reach pages as raw bytes. U+FFFE and U+FFFF are not
# characters at all (XML refuses them too).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def control_character_name(char: str) -> str:
    """``U+001B`` style name of a refused character."""
    return f"U+{ord(char):04X}"


def _shown_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE_TAG) :] if tag.startswith(_CORE_TAG) else tag


@dataclass
class _Frame:
    kind: str  # "map" or "seq"
    value: Any
    path: FieldPath
    anchor: str | None
    size: int = 1
    key: str | None = None
    """Pending key of a mapping whose value has not been read yet."""
    skip: bool = False
    """Raw mode: a duplicated key whose value is read (its scalars seen) but not kept."""


class _Builder:
    """Plain data and source lines from the YAML event stream, within fixed limits.

    Events are read one at a time and nothing is recursive, so nesting, aliases and size
    are bounded before they cost memory or time. ``raw`` keeps every scalar as its text
    (as the redaction checks read it) and tolerates what the schema refuses (tags, merge
    keys, duplicate keys); otherwise values get their YAML types, timestamps stay text.
    """

    def __init__(self, document: SourceDocument, loader: type, raw: bool):
        self.document = document
        self.loader = loader
        self.raw = raw
        self.offset = document.front_matter_line - 1
        self.lines: dict[FieldPath, int] = {}
        self.scalars: list[tuple[FieldPath, str, int]] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.aliases = 0
        self.values = 0

    def fail(self, mark: Any, message: str, path: FieldPath = ()) -> SourceError:
        line = mark.line + 1 + self.offset if mark is not None else self.document.front_matter_line
        return SourceError(self.document.path, line, message, field=_dotted(path) or None)

    def run(self) -> ParsedFrontMatter:
        parser = self.loader(self.document.front_matter)
        frames: list[_Frame] = []
        result: list[Any] = []
        documents = 0
        # Dispatch on the exact event class, scalars first: they are most of the events, and
        # this loop runs for every review of every build.
        get_event = parser.get_event
        try:
            while True:
                event = get_event()
                kind = type(event)
                if kind is yaml.ScalarEvent:
                    self._scalar(event, frames, result)
                elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                    self._start(event, frames, result)
                elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                    frame = frames.pop()
                    if frame.anchor is not None:
                        self.open_anchors.discard(frame.anchor)
                        self.anchors[frame.anchor] = (frame.value, frame.size)
                    self._place(frame.value, frame.size, frames, result)
                elif kind is yaml.AliasEvent:
                    self._alias(event, frames, result)
                elif kind is yaml.DocumentStartEvent:
                    documents += 1
                    if documents > 1:
                        raise self.fail(
                            event.start_mark,
                            "the front matter holds more than one YAML document; "
                            "keep only 'field: value' lines between the two '---' lines",
                        )
                elif event is None or kind is yaml.StreamEndEvent:
                    break
        finally:
            parser.dispose()
        data = result[0] if result else None
        if not result:
            self.lines[()] = self.document.front_matter_line
        return ParsedFrontMatter(data=data, lines=self.lines, scalars=self.scalars)

    def _where(self, frames: list[_Frame], mark: Any) -> FieldPath | None:
        """The path of a value starting now, or None when it is a mapping key."""
        if not frames:
            self.lines[()] = mark.line + 1 + self.offset
            return ()
        top = frames[-1]
        if top.kind == "seq":
            path = (*top.path, len(top.value))
            self.lines[path] = mark.line + 1 + self.offset
            return path
        if top.key is None:
            return None
        return (*top.path, top.key)

    def _count(self, size: int, mark: Any, path: FieldPath) -> None:
        self.values += size
        if self.values > MAX_VALUES:
            raise self.fail(
                mark,
                f"the front matter holds more than {MAX_VALUES:,} values once its YAML "
                "aliases are expanded; write the values out instead of repeating aliases",
                path,
            )

    def _check_tag(self, event: Any, allowed: tuple[str, ...], path: FieldPath) -> None:
        tag = event.tag
        if self.raw or tag is None or tag == "!" or tag in allowed:
            return
        raise self.fail(
            event.start_mark,
            f"the YAML tag '{_shown_tag(tag)}' is not allowed; remove it and write the "
            "value plainly (a date as 2024-03-14, text in quotes)",
            path,
        )

    def _start(self, event: Any, frames: list[_Frame], result: list) -> None:
        mapping = isinstance(event, yaml.MappingStartEvent)
        path = self._where(frames, event.start_mark)
        if path is None:
            raise self.fail(
                event.start_mark,
                "a field name must be plain text, not a list or a group of fields",
                frames[-1].path,
            )
        self._check_tag(event, (_CORE_TAG + ("map" if mapping else "seq"),), path)
        if len(frames) >= MAX_DEPTH:
            raise self.fail(
                event.start_mark,
                f"lists and groups of fields are nested more than {MAX_DEPTH} levels deep; "
                "front matter needs at most 4",
                path[:2],
            )
        self._count(1, event.start_mark, path)
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        frames.append(
            _Frame("map" if mapping else "seq", {} if mapping else [], path, event.anchor)
        )

    def _place(self, value: Any, size: int, frames: list[_Frame], result: list) -> None:
        if not frames:
            result.append(value)
            return
        top = frames[-1]
        top.size += size
        if top.kind == "seq":
            top.value.append(value)
        else:
            if not top.skip:
                top.value[top.key] = value
            top.key = None
            top.skip = False

    def _key(self, event: Any, top: _Frame) -> None:
        text = event.value
        path = (*top.path, text)
        mark = event.start_mark
        if not self.raw:
            self._check_tag(event, (_CORE_TAG + "str",), top.path)
            plain = not event.style  # None from PyYAML, "" from libyaml
            if plain and text in _NULL_KEYS:
                raise self.fail(
                    mark,
                    "a field name is missing before ':'; write 'name: value'",
                    top.path,
                )
            if plain and text == "<<":
                raise self.fail(
                    mark,
                    "YAML merge keys ('<<') are not supported; write the fields out in full",
                    top.path,
                )
            found = CONTROL_CHARACTERS.search(text)
            if found:
                raise self.fail(
                    mark,
                    f"a field name contains the control character "
                    f"{control_character_name(found.group())}; delete it",
                    top.path,
                )
        if text in top.value:
            if not self.raw:
                raise self.fail(
                    mark,
                    f"the key '{shorten(text)}' appears twice; keep one of them",
                    (*top.path, shorten(text)),
                )
            top.skip = True
        else:
            self.lines[path] = mark.line + 1 + self.offset
        top.key = text

    def _scalar(self, event: Any, frames: list[_Frame], result: list) -> None:
        path = self._where(frames, event.start_mark)
        if path is None:
            self._key(event, frames[-1])
            return
        self._count(1, event.start_mark, path)
        line = event.start_mark.line + 1 + self.offset
        if self.raw:
            value: Any = event.value
            self.scalars.append((path, event.value, line))
        else:
            self._check_tag(event, (_CORE_TAG + "str",), path)
            tag = event.tag
            if tag is None or tag == "!":
                tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
            node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
            try:
                value = _SCALARS.construct_object(node)
            except (yaml.YAMLError, ValueError, OverflowError):
                raise self.fail(
                    event.start_mark, "this value cannot be read; put it in quotes", path
                ) from None
            if isinstance(value, str):
                found = CONTROL_CHARACTERS.search(value)
                if found:
                    raise self.fail(
                        event.start_mark,
                        f"contains the control character {control_character_name(found.group())}"
                        " (invisible, and it breaks feeds and pages); delete it",
                        path,
                    )
            self.scalars.append((path, event.value, line))
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1)
        self._place(value, 1, frames, result)

    def _alias(self, event: Any, frames: list[_Frame], result: list) -> None:
        path = self._where(frames, event.start_mark)
        if path is None:
            if self.raw:
                self._key(
                    yaml.ScalarEvent(None, None, (True, False), "", event.start_mark), frames[-1]
                )
                return
            raise self.fail(
                event.start_mark, "a field name must be plain text, not an alias", frames[-1].path
            )
        self.aliases += 1
        if self.aliases > MAX_ALIASES:
            raise self.fail(
                event.start_mark,
                f"more than {MAX_ALIASES} YAML aliases ('*name'); write the values out",
                path,
            )
        name = event.anchor
        if name in self.open_anchors:
            raise self.fail(
                event.start_mark,
                f"the alias '*{shorten(name)}' refers to a value that contains it "
                "(a recursive alias); write the value out",
                path,
            )
        if name not in self.anchors:
            raise self.fail(
                event.start_mark,
                f"the alias '*{shorten(name)}' refers to no anchor '&{shorten(name)}' above it",
                path,
            )
        value, size = self.anchors[name]
        self._count(size, event.start_mark, path)
        self._place(value, size, frames, result)


def shorten(text: str, limit: int = 60) -> str:
    """Text for a message: long values cut, so a 5,000-character id is not echoed whole."""
    text = str(text)
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text):,} characters)"


def parse_front_matter(document: SourceDocument, *, raw: bool = False) -> ParsedFrontMatter:
    """Parse the front matter YAML, recording line numbers. Raises SourceError on bad YAML.

    ``raw`` keeps every scalar as its text and tolerates tags, merge keys and duplicate
    keys (the redaction checks read front matter that the schema would refuse).
    """
    fast = _FastRawLoader if raw else _FastLoader
    slow = yaml.BaseLoader if raw else _StrictLoader
    try:
        try:
            return _Builder(document, fast, raw).run()
        except yaml.YAMLError:
            if fast is slow:
                raise
            # Errors are always reported by the pure-Python parser, so messages do not
            # depend on how PyYAML was built.
            return _Builder(document, slow, raw).run()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (
            mark.line + 1 + document.front_matter_line - 1 if mark else document.front_matter_line
        )
        problem = error.problem or "invalid YAML"
        hint = _yaml_hint(problem)
        raise SourceError(document.path, line, f"YAML syntax error: {problem}. {hint}") from None
    except yaml.YAMLError as error:  # pragma: no cover - non-marked errors are rare
        raise SourceError(
            document.path, document.front_matter_line, f"YAML error: {error}"
        ) from None


class _ScalarConstructor(yaml.constructor.SafeConstructor):
    """Builds one scalar at a time and keeps nothing between calls."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        finally:
            self.constructed_objects.clear()
            self.recursive_objects.clear()


_SCALARS = _ScalarConstructor()
_RESOLVER = _StrictLoader("")


def _dotted(path: FieldPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def dotted_field(path: FieldPath) -> str:
    """Human form of a field path: ``recommendations[0].status``."""
    return _dotted(path)


def _yaml_hint(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return "A value containing ': ' must be put in quotes."
    if "found character '\\t'" in problem or "tab" in problem:
        return "YAML does not allow tabs for indentation; use spaces."
    if "expected <block end>" in problem or "did not find expected" in problem:
        return "Check the indentation and that every list item starts with '- '."
    return "Check quotes and indentation on that line."

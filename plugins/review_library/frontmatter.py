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
    shown = display_path or str(file_path)
    try:
        raw = file_path.read_bytes()
    except OSError as error:
        raise SourceError(shown, None, f"cannot read the file ({error.strerror})") from None
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


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_FastLoader)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=_StrictLoader)


def parse_front_matter(document: SourceDocument) -> ParsedFrontMatter:
    """Parse the front matter YAML, recording line numbers. Raises SourceError on bad YAML."""
    offset = document.front_matter_line - 1
    try:
        node = _compose(document.front_matter)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 + offset if mark else document.front_matter_line
        problem = error.problem or "invalid YAML"
        hint = _yaml_hint(problem)
        raise SourceError(document.path, line, f"YAML syntax error: {problem}. {hint}") from None
    except yaml.YAMLError as error:  # pragma: no cover - non-marked errors are rare
        raise SourceError(
            document.path, document.front_matter_line, f"YAML error: {error}"
        ) from None
    if node is None:
        return ParsedFrontMatter(data=None, lines={(): document.front_matter_line})
    lines: dict[FieldPath, int] = {(): node.start_mark.line + 1 + offset}
    data = _construct(node, (), lines, offset, document.path)
    return ParsedFrontMatter(data=data, lines=lines)


def _construct(
    node: yaml.Node, path: FieldPath, lines: dict[FieldPath, int], offset: int, source: str
) -> Any:
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            key_text = str(key)
            line = key_node.start_mark.line + 1 + offset
            if key_text in result:
                raise SourceError(
                    source,
                    line,
                    f"the key '{key_text}' appears twice; keep one of them",
                    field=_dotted((*path, key_text)),
                )
            lines[(*path, key_text)] = line
            result[key_text] = _construct(value_node, (*path, key_text), lines, offset, source)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + 1 + offset
            items.append(_construct(item, (*path, index), lines, offset, source))
        return items
    return _scalar(node)


class _ScalarConstructor(yaml.constructor.SafeConstructor):
    """Builds one scalar at a time and keeps nothing between calls."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        finally:
            self.constructed_objects.clear()
            self.recursive_objects.clear()


_SCALARS = _ScalarConstructor()


def _scalar(node: yaml.Node) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        return None
    return _SCALARS.construct_object(node)


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

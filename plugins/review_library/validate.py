"""Validate a review file: YAML, schema and vocabulary, with messages naming file, line, field."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from review_library.commands import command
from review_library.frontmatter import (
    CONTROL_CHARACTERS,
    FieldPath,
    ParsedFrontMatter,
    SourceDocument,
    SourceError,
    control_character_name,
    decode_source,
    dotted_field,
    parse_front_matter,
    shorten,
    split_source,
)
from review_library.model import SLUG_PATTERN, STATUSES, Review, ReviewMeta
from review_library.scaffold import PLACEHOLDERS, is_template_body
from review_library.taxonomy import Taxonomy, suggest


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a review file."""

    path: str
    line: int | None
    field: str | None
    message: str

    def render(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class ReviewError(Exception):
    """A review file failed validation; ``problems`` lists every issue found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(p.render() for p in problems))


def _allowed_fields(loc: FieldPath) -> list[str]:
    model: Any = ReviewMeta
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        annotation = model.model_fields.get(part)
        if annotation is None:
            return []
        model = _model_of(annotation.annotation)
        if model is None:
            return []
    return list(model.model_fields)


def _model_of(annotation: Any) -> Any:
    from typing import get_args

    if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
        return annotation
    for arg in get_args(annotation):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"yes/no value ({'true' if value else 'false'})"
    if isinstance(value, int | float):
        return f"number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    if value is None:
        return "nothing"
    return f"'{shorten(value)}'"


def _slug(value: str) -> str:
    """A valid id close to ``value`` (accents dropped: 'café-2024' gives 'cafe-2024')."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = "-".join("".join(c if c.isalnum() else " " for c in ascii_text.lower()).split())
    slug = slug[:120].strip("-")
    return slug if re.fullmatch(SLUG_PATTERN, slug) else "northshire-2024-child-q"


def _schema_problem(error: dict, parsed: ParsedFrontMatter, path: str) -> Problem:
    loc: FieldPath = tuple(error["loc"])
    kind = error["type"]
    value = error.get("input")
    name = dotted_field(loc)
    line = parsed.line_of(loc)
    if kind == "missing":
        message = f"required field '{loc[-1]}' is missing; add it (`{command('new', 'ID')}` shows every field)"
        parent = dotted_field(loc[:-1])
        return Problem(path, line, parent or None, message)
    if kind == "extra_forbidden":
        allowed = _allowed_fields(loc)
        hint = suggest(str(loc[-1]), allowed) if len(str(loc[-1])) <= 100 else ""
        name = dotted_field((*loc[:-1], shorten(str(loc[-1]))))
        message = (
            f"unknown field '{shorten(str(loc[-1]))}'{hint or ''}"
            + ("" if hint else f"; allowed fields here: {', '.join(allowed)}")
            + ". Unknown fields are refused because they could publish identifying data"
        )
        return Problem(path, line, name, message)
    if kind in {"string_pattern_mismatch", "string_too_long"} and loc == ("id",):
        limit = " (at most 120 characters)" if kind == "string_too_long" else ""
        message = (
            f"{_describe(value)} is not a valid id: use lowercase letters, digits and hyphens "
            f"only{limit}, for example '{_slug(str(value))}'"
        )
    elif kind == "string_too_short":
        message = "is empty; write the text, or delete the line if the field is optional"
    elif kind in {
        "date_from_datetime_parsing",
        "date_parsing",
        "date_type",
        "date_from_datetime_inexact",
        "iso_date",
    }:
        message = f"{_describe(value)} is not a valid date; write it as YYYY-MM-DD, e.g. 2024-03-14"
    elif kind in {
        "datetime_from_date_parsing",
        "datetime_parsing",
        "datetime_type",
        "iso_datetime",
    }:
        message = (
            f"{_describe(value)} is not a valid date and time; write it as "
            "YYYY-MM-DDTHH:MM:SSZ, e.g. 2024-03-14T09:00:00Z"
        )
    elif kind == "literal_error" and loc == ("status",):
        message = f"{_describe(value)} is not a status; use one of {', '.join(STATUSES)}{suggest(str(value), STATUSES)}"
    elif kind == "string_type":
        message = f"expected text, found {_describe(value)}; put the value in quotes"
    elif kind == "list_type":
        message = f"expected a list, found {_describe(value)}; write each item on its own line starting with '- '"
    elif kind in {"model_type", "model_attributes_type", "dict_type"}:
        message = f"expected a group of fields (key: value lines), found {_describe(value)}"
    elif kind == "too_short":
        message = "must list at least one entry"
    elif kind in {"int_parsing", "int_type", "int_from_float"}:
        message = f"expected a whole number (a year such as 2022), found {_describe(value)}"
    elif kind in {"greater_than_equal", "less_than_equal"}:
        message = f"{_describe(value)} is out of range: {error['msg'].lower()}"
    elif kind == "bool_parsing" or kind == "bool_type":
        message = f"expected true or false, found {_describe(value)}"
    else:
        message = f"{error['msg']} (found {_describe(value)})"
    return Problem(path, line, name, message)


def _vocabulary_problems(
    data: dict, parsed: ParsedFrontMatter, path: str, taxonomy: Taxonomy, broken: set[FieldPath]
) -> list[Problem]:
    """Vocabulary problems of the raw data, so they are reported with the schema problems
    in one run; fields with a schema problem (``broken``) are left to that message."""
    problems: list[Problem] = []

    def is_broken(loc: FieldPath) -> bool:
        return any(loc[:n] in broken for n in range(1, len(loc) + 1))

    def text(value: Any) -> str | None:
        return value.strip() if isinstance(value, str) and value.strip() else None

    def items(value: Any) -> list:
        return value if isinstance(value, list) else []

    def check(value: Any, vocabulary: Any, what: str, loc: FieldPath) -> None:
        value = text(value)
        if value is None or is_broken(loc) or value in vocabulary:
            return
        hint = suggest(value, vocabulary) if len(value) <= 100 else ""
        problems.append(
            Problem(
                path,
                parsed.line_of(loc),
                dotted_field(loc),
                f"unknown {what} '{shorten(value)}'{hint}"
                + ("" if hint else "; see the valid values in site_src/taxonomy.yml"),
            )
        )

    review_type, nation = text(data.get("review_type")), text(data.get("nation"))
    check(review_type, taxonomy.review_types, "review type", ("review_type",))
    check(nation, taxonomy.nations, "nation", ("nation",))
    if nation in taxonomy.nations and not is_broken(("nation",)):
        check(
            data.get("region"),
            taxonomy.nations[nation].regions,
            f"region of {nation}",
            ("region",),
        )
    check(data.get("age_band"), taxonomy.age_bands, "age band", ("age_band",))
    themes = items(data.get("themes"))
    for index, theme in enumerate(themes):
        check(theme, taxonomy.themes, "theme", ("themes", index))
    for index, agency in enumerate(items(data.get("agencies"))):
        check(agency, taxonomy.agencies, "agency", ("agencies", index))
    recommendations = [r if isinstance(r, dict) else {} for r in items(data.get("recommendations"))]
    for r_index, rec in enumerate(recommendations):
        for index, agency in enumerate(items(rec.get("agencies"))):
            check(
                agency, taxonomy.agencies, "agency", ("recommendations", r_index, "agencies", index)
            )
        check(
            rec.get("status", "accepted"),
            taxonomy.recommendation_statuses,
            "recommendation status",
            ("recommendations", r_index, "status"),
        )
    _duplicates([text(t) for t in themes], "themes", "theme", parsed, path, problems)
    _duplicates(
        [text(r.get("id")) for r in recommendations],
        "recommendations",
        "recommendation id",
        parsed,
        path,
        problems,
    )
    if review_type in taxonomy.review_types and nation in taxonomy.nations:
        nations = taxonomy.review_types[review_type].nations
        if nations and nation not in nations:
            problems.append(
                Problem(
                    path,
                    parsed.line_of(("review_type",)),
                    "review_type",
                    f"a '{review_type}' review is held in {', '.join(nations)}, not in "
                    f"{nation}; check review_type and nation",
                )
            )
    if data.get("status") == "withdrawn" and data.get("withdrawal") is None:
        problems.append(
            Problem(
                path,
                parsed.line_of(("status",)),
                "withdrawal",
                "a withdrawn review needs 'withdrawal:' with 'date' and 'reason' "
                "(shown on the tombstone page that replaces it)",
            )
        )
    return problems


def _duplicates(
    values: list[str | None],
    field: str,
    what: str,
    parsed: ParsedFrontMatter,
    path: str,
    problems: list[Problem],
) -> None:
    seen: set[str] = set()
    for index, value in enumerate(values):
        if value is None:
            continue
        if value in seen:
            problems.append(
                Problem(
                    path,
                    parsed.line_of((field, index)),
                    f"{field}[{index}]",
                    f"{what} '{shorten(value)}' is listed twice",
                )
            )
        seen.add(value)


def _control_problems(text: str, path: str) -> list[Problem]:
    """Every control character (other than tab and line ends) in the file, by line."""
    problems = []
    for number, line in enumerate(text.split("\n"), start=1):
        for found in CONTROL_CHARACTERS.finditer(line):
            problems.append(
                Problem(
                    path,
                    number,
                    None,
                    f"control character {control_character_name(found.group())} at column "
                    f"{found.start() + 1}: it is invisible in most editors, makes feed.xml "
                    "invalid and reaches the page as a raw byte; delete it",
                )
            )
            if len(problems) >= MAX_LISTED_CHARACTERS:
                return problems
    return problems


MAX_LISTED_CHARACTERS = 20
"""Control characters listed per file: a binary pasted into a review would list thousands."""

_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_]+)\s*:")


def _early_fence(problems: list[Problem], document: SourceDocument, path: str) -> list[Problem]:
    """A '---' line inside the front matter ends it early: the fields after it are read as
    report text and reported missing. Say so, at that line, instead."""
    missing = {
        p.message.split("'")[1]
        for p in problems
        if p.field is None and p.message.startswith("required field")
    }
    if not missing:
        return problems
    after = []
    for line in document.body.split("\n"):
        if line.startswith("#") or _END_FENCE_LINE.match(line):
            break
        found = _TOP_LEVEL_KEY.match(line)
        if found and found.group(1) in ReviewMeta.model_fields:
            after.append(found.group(1))
    if not after:
        return problems
    kept = [
        p
        for p in problems
        if not (
            p.field is None
            and p.message.startswith("required field")
            and p.message.split("'")[1] in after
        )
    ]
    fence = document.body_line - 1
    kept.append(
        Problem(
            path,
            fence,
            None,
            f"this '---' line ends the front matter, so the fields after it "
            f"({', '.join(dict.fromkeys(after))}) are read as report text; delete this line "
            "(the front matter has one '---' line before its fields and one after)",
        )
    )
    return kept


_END_FENCE_LINE = re.compile(r"^(---|\.\.\.)[ \t]*$")


def _placeholder_problems(
    parsed: ParsedFrontMatter, document: SourceDocument, path: str
) -> list[Problem]:
    """Text left from the `review-library new` template: it would be published as it is."""
    problems = []
    for loc, raw, line in parsed.scalars:
        value = " ".join(str(raw).split())
        if value in PLACEHOLDERS:
            problems.append(
                Problem(
                    path,
                    line,
                    dotted_field(loc),
                    f"'{shorten(value)}' is the template's placeholder text; replace it with "
                    "this review's own text",
                )
            )
    if is_template_body(document.body):
        problems.append(
            Problem(
                path,
                document.body_line,
                None,
                "the report has only the template's headings and no text yet; write the "
                "report under them",
            )
        )
    return problems


def parse_review_text(
    text: str, display_path: str, taxonomy: Taxonomy, *, abs_path: str = "", content_hash: str = ""
) -> Review:
    """Validate decoded review text. Raises ReviewError listing every problem found.

    Problems of every kind are reported together (control characters, YAML or schema,
    vocabulary, template placeholders), so an author fixes them all in one round.
    """
    if not text.strip():
        raise ReviewError(
            [
                Problem(
                    display_path,
                    None,
                    None,
                    f"the file is empty; start from `{command('new', 'ID')}`",
                )
            ]
        )
    problems = _control_problems(text, display_path)

    def fail(more: list[Problem]) -> ReviewError:
        found = problems + more
        return ReviewError(sorted(found, key=lambda p: (p.line or 0, p.field or "", p.message)))

    try:
        document: SourceDocument = split_source(text, display_path)
        if not document.has_front_matter:
            raise SourceError(
                display_path,
                1,
                "no front matter: a review starts with a line '---', then its fields "
                f"(id, title, ...), then another '---' (`{command('new', 'ID')}` writes one)",
            )
    except SourceError as error:
        raise fail([Problem(error.path, error.line, error.field, error.message)]) from None
    if any(p.line is not None and p.line < document.body_line for p in problems):
        raise fail([])  # the YAML parser would only repeat them
    try:
        parsed = parse_front_matter(document)
    except SourceError as error:
        raise fail([Problem(error.path, error.line, error.field, error.message)]) from None
    if not isinstance(parsed.data, dict):
        raise fail(
            [
                Problem(
                    display_path,
                    document.front_matter_line,
                    None,
                    "the front matter must be a set of 'field: value' lines, "
                    f"found {_describe(parsed.data)}",
                )
            ]
        )
    meta: ReviewMeta | None = None
    broken: set[FieldPath] = set()
    try:
        meta = ReviewMeta.model_validate(parsed.data)
    except ValidationError as error:
        schema = [_schema_problem(e, parsed, display_path) for e in error.errors()]
        problems.extend(_early_fence(schema, document, display_path))
        broken = {tuple(e["loc"]) for e in error.errors()}
    problems.extend(_vocabulary_problems(parsed.data, parsed, display_path, taxonomy, broken))
    problems.extend(_placeholder_problems(parsed, document, display_path))
    if problems or meta is None:
        raise fail([])
    return Review(
        meta=meta,
        source_path=display_path,
        abs_path=abs_path,
        body=document.body,
        body_line=document.body_line,
        content_hash=content_hash,
        id_line=parsed.line_of(("id",)) or document.front_matter_line,
    )


def load_review(file_path: Path, display_path: str, taxonomy: Taxonomy) -> Review:
    """Read and validate one review file. Raises ReviewError."""
    from review_library.safefiles import read_bytes

    try:
        raw = read_bytes(file_path, display_path)
    except SourceError as error:
        raise ReviewError([Problem(display_path, None, None, error.message)]) from None
    return review_from_bytes(raw, file_path, display_path, taxonomy)


def review_from_bytes(raw: bytes, file_path: Path, display_path: str, taxonomy: Taxonomy) -> Review:
    """Validate a review file's bytes. Raises ReviewError."""
    try:
        text = decode_source(raw, display_path)
    except SourceError as error:
        raise ReviewError([Problem(error.path, error.line, None, error.message)]) from None
    return parse_review_text(
        text,
        display_path,
        taxonomy,
        abs_path=str(file_path.resolve()),
        content_hash=hashlib.sha256(raw).hexdigest(),
    )

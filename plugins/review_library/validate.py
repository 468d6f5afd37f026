"""Validate a review file: YAML, schema and vocabulary, with messages naming file, line, field."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from review_library.frontmatter import (
    FieldPath,
    ParsedFrontMatter,
    SourceDocument,
    SourceError,
    decode_source,
    dotted_field,
    parse_front_matter,
    split_source,
)
from review_library.model import STATUSES, Review, ReviewMeta
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
    return f"'{value}'"


def _schema_problem(error: dict, parsed: ParsedFrontMatter, path: str) -> Problem:
    loc: FieldPath = tuple(error["loc"])
    kind = error["type"]
    value = error.get("input")
    name = dotted_field(loc)
    line = parsed.line_of(loc)
    if kind == "missing":
        message = f"required field '{loc[-1]}' is missing; add it (`review-library new` shows every field)"
        parent = dotted_field(loc[:-1])
        return Problem(path, line, parent or None, message)
    if kind == "extra_forbidden":
        allowed = _allowed_fields(loc)
        hint = suggest(str(loc[-1]), allowed)
        message = (
            f"unknown field '{loc[-1]}'{hint or ''}"
            + ("" if hint else f"; allowed fields here: {', '.join(allowed)}")
            + ". Unknown fields are refused because they could publish identifying data"
        )
        return Problem(path, line, name, message)
    if kind == "string_pattern_mismatch" and loc == ("id",):
        slug = "-".join("".join(c if c.isalnum() else " " for c in str(value).lower()).split())
        message = (
            f"{_describe(value)} is not a valid id: use lowercase letters, digits and hyphens "
            f"only, for example '{slug or 'northshire-2024-child-q'}'"
        )
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
    meta: ReviewMeta, parsed: ParsedFrontMatter, path: str, taxonomy: Taxonomy
) -> list[Problem]:
    problems: list[Problem] = []

    def check(value: str, vocabulary: dict, what: str, loc: FieldPath) -> None:
        if value not in vocabulary:
            problems.append(
                Problem(
                    path,
                    parsed.line_of(loc),
                    dotted_field(loc),
                    f"unknown {what} '{value}'{suggest(value, vocabulary) or ''}"
                    + (
                        ""
                        if suggest(value, vocabulary)
                        else "; see the valid values in site_src/taxonomy.yml"
                    ),
                )
            )

    check(meta.review_type, taxonomy.review_types, "review type", ("review_type",))
    check(meta.nation, taxonomy.nations, "nation", ("nation",))
    if meta.region and meta.nation in taxonomy.nations:
        check(
            meta.region,
            taxonomy.nations[meta.nation].regions,
            f"region of {meta.nation}",
            ("region",),
        )
    if meta.age_band:
        check(meta.age_band, taxonomy.age_bands, "age band", ("age_band",))
    for index, theme in enumerate(meta.themes):
        check(theme, taxonomy.themes, "theme", ("themes", index))
    for index, agency in enumerate(meta.agencies):
        check(agency, taxonomy.agencies, "agency", ("agencies", index))
    for r_index, rec in enumerate(meta.recommendations):
        for index, agency in enumerate(rec.agencies):
            check(
                agency, taxonomy.agencies, "agency", ("recommendations", r_index, "agencies", index)
            )
        check(
            rec.status,
            taxonomy.recommendation_statuses,
            "recommendation status",
            ("recommendations", r_index, "status"),
        )
    _duplicates([t for t in meta.themes], "themes", "theme", parsed, path, problems)
    _duplicates(
        [r.id for r in meta.recommendations],
        "recommendations",
        "recommendation id",
        parsed,
        path,
        problems,
    )
    if meta.review_type in taxonomy.review_types and meta.nation in taxonomy.nations:
        nations = taxonomy.review_types[meta.review_type].nations
        if nations and meta.nation not in nations:
            problems.append(
                Problem(
                    path,
                    parsed.line_of(("review_type",)),
                    "review_type",
                    f"a '{meta.review_type}' review is held in {', '.join(nations)}, not in "
                    f"{meta.nation}; check review_type and nation",
                )
            )
    if meta.status == "withdrawn" and meta.withdrawal is None:
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
    values: list[str],
    field: str,
    what: str,
    parsed: ParsedFrontMatter,
    path: str,
    problems: list[Problem],
) -> None:
    seen: set[str] = set()
    for index, value in enumerate(values):
        if value in seen:
            problems.append(
                Problem(
                    path,
                    parsed.line_of((field, index)),
                    f"{field}[{index}]",
                    f"{what} '{value}' is listed twice",
                )
            )
        seen.add(value)


def parse_review_text(
    text: str, display_path: str, taxonomy: Taxonomy, *, abs_path: str = "", content_hash: str = ""
) -> Review:
    """Validate decoded review text. Raises ReviewError listing every problem."""
    if not text.strip():
        raise ReviewError(
            [
                Problem(
                    display_path, None, None, "the file is empty; start from `review-library new`"
                )
            ]
        )
    try:
        document: SourceDocument = split_source(text, display_path)
        if not document.has_front_matter:
            raise SourceError(
                display_path,
                1,
                "no front matter: a review starts with a line '---', then its fields "
                "(id, title, ...), then another '---' (`review-library new` writes one)",
            )
        parsed = parse_front_matter(document)
    except SourceError as error:
        raise ReviewError([Problem(error.path, error.line, error.field, error.message)]) from None
    if not isinstance(parsed.data, dict):
        raise ReviewError(
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
    try:
        meta = ReviewMeta.model_validate(parsed.data)
    except ValidationError as error:
        problems = [_schema_problem(e, parsed, display_path) for e in error.errors()]
        raise ReviewError(sorted(problems, key=lambda p: (p.line or 0, p.field or ""))) from None
    problems = _vocabulary_problems(meta, parsed, display_path, taxonomy)
    if problems:
        raise ReviewError(sorted(problems, key=lambda p: (p.line or 0, p.field or "")))
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

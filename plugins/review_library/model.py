"""The review front matter schema (v1) and the Review object built from it.

The schema is a pydantic model: it gives precise error locations (which we map to source
lines) and exports a JSON Schema for editors. Vocabulary checks (themes, agencies, ...)
depend on the taxonomy file and run afterwards in :mod:`review_library.validate`.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=120)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Key = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

STATUSES = ("draft", "approved", "published", "withdrawn")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)


def _iso_date(value: Any) -> dt.date:
    """Only a calendar date: pydantic's lax mode reads 20991231 or 0 as seconds since 1970,
    which would make an embargo 'passed' and a review dated 1970."""
    if isinstance(value, dt.datetime):
        raise PydanticCustomError("iso_date", "not a date")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PydanticCustomError("iso_date", "not a date")


def _iso_datetime(value: Any) -> dt.datetime:
    """Only an ISO 8601 date or date and time (never a number); no zone means UTC."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str) and _ISO_DATETIME.fullmatch(value.strip()):
        try:
            moment = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise PydanticCustomError("iso_datetime", "not a date and time") from None
    else:
        raise PydanticCustomError("iso_datetime", "not a date and time")
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
"""A date written as YYYY-MM-DD."""
IsoDateTime = Annotated[dt.datetime, BeforeValidator(_iso_datetime)]
"""A date, or a date and time, in ISO 8601 (2024-03-14 or 2024-03-14T09:00:00Z)."""


class _Strict(BaseModel):
    # Unknown keys are refused: an unexpected field can carry identifying data to the web.
    model_config = ConfigDict(extra="forbid", strict=False, frozen=True)


class Recommendation(_Strict):
    """A recommendation and its implementation status, as in the board's action plan."""

    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9.\-]*$")] = Field(
        description="Short reference used in the report, for example R1."
    )
    text: Text
    agencies: list[Key] = Field(default_factory=list, description="Agencies it is addressed to.")
    status: Key = Field(
        "accepted", description="accepted | in-progress | implemented | not-accepted"
    )
    updated: IsoDate | None = Field(None, description="Date of the last status update.")


class FaqEntry(_Strict):
    """A question practitioners ask about this review, with its answer."""

    q: Text
    a: Text


class AllowEntry(_Strict):
    """An audited exception to a redaction rule: the text, or the fingerprint that
    ``review-library check --explain`` prints so that the entry need not repeat it."""

    text: Text | None = None
    fingerprint: Annotated[str, StringConstraints(pattern=r"^fp-[0-9a-f]{16}$")] | None = None
    rule: Key
    reason: Text

    @model_validator(mode="after")
    def _text_or_fingerprint(self) -> AllowEntry:
        if (self.text is None) == (self.fingerprint is None):
            raise PydanticCustomError(
                "allow_entry",
                "give either 'text' or 'fingerprint' (as printed by review-library check "
                "--explain), not both and not neither",
            )
        return self


class NamedPerson(_Strict):
    """A real name published on purpose (family agreement, or the case is already public)."""

    name: Text
    reason: Text
    parts: bool = Field(
        True,
        description="The full name also allows its parts on their own (a first name, the "
        "surname, title and surname); false allows only the name as written.",
    )


class Redaction(_Strict):
    """Declarations the redaction checks read; every one is listed in every report."""

    allow: list[AllowEntry] = Field(default_factory=list)
    named_people: list[NamedPerson] = Field(default_factory=list)
    partnership_anonymised: bool = Field(
        False,
        description="True when the area alone would identify the family: the partnership "
        "name is then checked like any other text instead of being allowed.",
    )


class Briefing(_Strict):
    """Optional text for the 7-minute briefing; missing parts are derived from the review."""

    background: Text | None = None
    why_it_matters: Text | None = None
    key_findings: list[Text] | None = None
    what_to_remember: list[Text] | None = None
    what_to_do: list[Text] | None = None
    questions: list[Text] | None = None


class Withdrawal(_Strict):
    """Why and when a published review was withdrawn (its tombstone page shows this)."""

    date: IsoDate
    reason: Text
    learning_summary: Slug | None = Field(
        default=None,
        description="Id of a published review (a learning summary) that replaces this one; "
        "the tombstone links to it.",
    )


class ReviewMeta(_Strict):
    """Front matter of a review report (schema v1)."""

    id: Slug = Field(description="Stable URL slug: lowercase letters, digits and hyphens.")
    title: Text
    review_type: Key = Field(description="A key of review_types in taxonomy.yml.")
    subject: Text = Field(description="The pseudonym used in the report, e.g. 'Child Q'.")
    pseudonyms: list[Text] = Field(default_factory=list, description="Names the checks allow.")
    partnership: Text
    nation: Key = Field(description="england | wales | scotland | northern-ireland")
    region: Key | None = Field(None, description="A region key of the nation in taxonomy.yml.")
    published: IsoDate = Field(description="Publication date, YYYY-MM-DD.")
    incident_year: int | None = Field(None, ge=1950, le=2100, description="A year, never a date.")
    age_band: Key | None = Field(None, description="A key of age_bands in taxonomy.yml.")
    themes: Annotated[list[Key], Field(min_length=1)]
    agencies: list[Key] = Field(default_factory=list)
    author: Text = Field(description="The independent reviewer, named by statute.")
    summary: Text
    learning_points: Annotated[list[Text], Field(min_length=1)]
    recommendations: list[Recommendation] = Field(default_factory=list)
    faq: list[FaqEntry] = Field(default_factory=list)
    briefing: Briefing | None = None
    content_note: Text | None = Field(None, description="Overrides the site's content note.")
    status: Literal["draft", "approved", "published", "withdrawn"] = "draft"
    embargo_until: IsoDateTime | None = Field(
        None, description="Not built before this time (ISO 8601, e.g. 2024-03-14T09:00:00Z)."
    )
    withdrawal: Withdrawal | None = None
    redaction: Redaction = Field(default_factory=Redaction)


BODY_LEVEL = 1
"""zlib level of a packed report body: the fastest, and most of the gain."""


@dataclass(frozen=True, init=False)
class Review:
    """A validated review: its metadata, its body and where it came from.

    A build's catalogue holds each body compressed (``pack``) and gives it back as text when
    read: the catalogue lives for the whole build, in the build process and in the worker
    that makes the search data, and almost nothing reads a report's text once its page is
    built (the search data reads each once; the checks read the file). At 1,000 generated
    reviews the bodies are 31 million characters; zlib at level 1 keeps about a third."""

    meta: ReviewMeta
    source_path: str
    """Path shown in messages (relative to the project root)."""
    abs_path: str
    held_body: str | bytes = field(repr=False, compare=False)
    """The body, as text or (once packed) compressed; read it as ``body``."""
    body_line: int
    content_hash: str
    id_line: int = 2
    """Line of the ``id`` field, for duplicate-id messages."""

    def __init__(
        self,
        meta: ReviewMeta,
        source_path: str,
        abs_path: str,
        body: str,
        body_line: int,
        content_hash: str,
        id_line: int = 2,
    ) -> None:
        for name, value in (
            ("meta", meta),
            ("source_path", source_path),
            ("abs_path", abs_path),
            ("held_body", body),
            ("body_line", body_line),
            ("content_hash", content_hash),
            ("id_line", id_line),
        ):
            object.__setattr__(self, name, value)

    @property
    def body(self) -> str:
        """The report's Markdown after its front matter."""
        held = self.held_body
        if type(held) is str:
            return held
        return zlib.decompress(held).decode("utf-8", "surrogatepass")

    @property
    def packed_body(self) -> bytes:
        """The body compressed (as ``pack`` holds it)."""
        held = self.held_body
        if type(held) is bytes:
            return held
        return zlib.compress(held.encode("utf-8", "surrogatepass"), BODY_LEVEL)

    def pack(self) -> None:
        """Hold the body compressed from now on (what reads it sees no difference). Done by
        a build's catalogue, not by `review-library check`, which validates and drops."""
        if type(self.held_body) is str:
            object.__setattr__(self, "held_body", self.packed_body)

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def year(self) -> int:
        return self.meta.published.year

    def is_published(self, now: dt.datetime) -> bool:
        """True when this review may appear in the public library at ``now``."""
        if self.meta.status != "published":
            return False
        return self.meta.embargo_until is None or self.meta.embargo_until <= now

    def is_withdrawn(self) -> bool:
        return self.meta.status == "withdrawn"


def json_schema() -> dict:
    """The front matter schema as JSON Schema (draft 2020-12), for editors."""
    schema = ReviewMeta.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "review-library front matter (schema v1)"
    return schema

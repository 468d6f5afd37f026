"""What a report's Markdown may contain, enforced on its rendered HTML.

Reports are Markdown: headings, paragraphs, lists, links, pictures from the review's own folder,
tables, footnotes, admonitions, abbreviations, definition lists, and a few plain HTML tags
(``<abbr>``, ``<details>``, ``<sup>``, ``<br>``...). Nothing in a report may run script
(``<script>``, event-handler attributes such as ``onerror``, also through ``{: ... }`` attribute
lists, ``javascript:`` and ``data:`` links), submit data (forms), embed other documents (frames,
objects), or load anything from another host (a picture from another site tells it who read which
review).

``check`` finds each such thing in a review's rendered body and says where it is in the source
file; the build refuses the review. ``sanitise`` then cleans the same HTML with nh3 (a maintained
sanitiser built on a browser-grade parser), with the same allowlist, so anything the check did
not recognise is removed rather than published.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "aside", "b", "blockquote", "br", "caption", "cite", "code", "col",
        "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
        "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span", "strong", "sub",
        "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u",
        "ul", "var", "wbr",
    }
)  # fmt: skip
GLOBAL_ATTRIBUTES = frozenset({"id", "class", "title", "lang", "dir"})
TAG_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "td": frozenset({"colspan", "rowspan", "style"}),
    "th": frozenset({"colspan", "rowspan", "scope", "style"}),
    "col": frozenset({"span"}),
    "colgroup": frozenset({"span"}),
    "ol": frozenset({"start", "reversed", "type"}),
    "details": frozenset({"open"}),
    "time": frozenset({"datetime"}),
}
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
STYLE_PROPERTIES = frozenset({"text-align"})  # Markdown tables align columns with it
# Removed with their content: code, foreign documents, or form fields, never report text.
REMOVED_WITH_CONTENT = frozenset(
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math",
        "textarea", "select", "title", "xmp", "noembed", "noframes", "frameset",
    }
)  # fmt: skip
_RUNS_OR_LOADS = REMOVED_WITH_CONTENT | {"frame", "form", "input", "button", "link", "meta"}
_STYLE = re.compile(r"^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$", re.I)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.I)
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]")


@dataclass(frozen=True)
class Violation:
    """One thing the report may not contain: a message, and text to find it in the source."""

    message: str
    needle: str


@dataclass(frozen=True)
class BodyProblem:
    """A violation placed in the source file (line None when it cannot be found)."""

    path: str
    line: int | None
    message: str

    def render(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: report text: {self.message}"


def _scheme(url: str) -> str | None:
    """The URL's scheme as a browser reads it (tabs, newlines and spaces ignored)."""
    match = _SCHEME.match(_URL_NOISE.sub("", url))
    return match.group(1).lower() if match else None


def _other_host(url: str) -> bool:
    """True for a URL that a browser would load from another host."""
    cleaned = _URL_NOISE.sub("", url)
    return _scheme(url) is not None or cleaned.startswith(("//", "/\\", "\\\\", "\\/"))


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Violation] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            if tag in _RUNS_OR_LOADS:
                why = "scripts, styles, forms, frames and embedded objects never reach the library"
            else:
                why = (
                    "only Markdown and simple tags such as <abbr>, <details> and <sup> are allowed"
                )
            self.found.append(Violation(f"<{tag}> is not allowed ({why}); remove it", f"<{tag}"))
        allowed = GLOBAL_ATTRIBUTES | TAG_ATTRIBUTES.get(tag, frozenset())
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.found.append(
                    Violation(
                        f"event-handler attribute '{name}' on <{tag}> runs script; remove it "
                        "(from the tag, or from the '{: ... }' attribute list)",
                        name,
                    )
                )
            elif name == "style" and (name not in allowed or not _STYLE.match(value)):
                self.found.append(
                    Violation(
                        "inline styles are not allowed (only table column alignment); remove it",
                        "style",
                    )
                )
            elif name not in allowed:
                self.found.append(
                    Violation(f"attribute '{name}' on <{tag}> is not allowed; remove it", name)
                )
            elif name == "href" and (scheme := _scheme(value)) and scheme not in LINK_SCHEMES:
                self.found.append(
                    Violation(
                        f"a link to a '{scheme}:' address is not allowed; link to a web page "
                        "(https://...) or to a file in the review's own folder",
                        value.strip()[:12] or scheme,
                    )
                )
            elif name == "src" and _other_host(value):
                scheme = _scheme(value)
                if scheme in (None, "http", "https"):
                    message = (
                        "a picture from another site would tell that site who read this "
                        "review; save it in the review's folder (reviews/<id>/) and link it "
                        "as <id>/<file>"
                    )
                else:
                    message = (
                        f"a picture from a '{scheme}:' address is not allowed; save it in the "
                        "review's folder (reviews/<id>/) and link it as <id>/<file>"
                    )
                self.found.append(Violation(message, value.strip()[:24]))

    handle_startendtag = handle_starttag

    def handle_decl(self, decl: str) -> None:
        self.found.append(Violation(f"'<!{decl[:20]}>' is not allowed; remove it", "<!"))

    def handle_pi(self, data: str) -> None:
        self.found.append(Violation("'<?...>' is not allowed; remove it", "<?"))


_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_MARKUP = re.compile(r"<[^<>]*>?")
# Most of a rendered report is allowed tags with at most the always-allowed text attributes
# (headings' ids, admonitions' classes): skipped before parsing.
_PLAIN = re.compile(
    r"</?(?:"
    + "|".join(sorted(ALLOWED_TAGS))
    + r")(?:\s+(?:"
    + "|".join(sorted(GLOBAL_ATTRIBUTES))
    + r')="[^"]*")*\s*/?>'
)


def violations(body_html: str) -> list[Violation]:
    """Everything in a rendered report body that the policy does not allow, in order.

    Markdown escapes every '<' of the text, so each one left is markup; only the tags that
    are not plainly allowed reach the (slower) parser. Comments are no violation here: the
    sanitiser drops them and the redaction checks report them.
    """
    markup = _MARKUP.findall(_COMMENT.sub("", body_html))
    checker = _Checker()
    checker.feed("\n".join(tag for tag in markup if not _PLAIN.fullmatch(tag)))
    checker.close()
    return checker.found


def locate(found: list[Violation], path: str, body: str, body_line: int) -> list[BodyProblem]:
    """Place each violation on the first source line (after the previous one of the same
    kind) that holds its text, case-insensitively."""
    if not found:
        return []  # nearly every report: lowering and unescaping its lines took 0.7 s at 1,000
    raw = body.lower().split("\n")
    # The rendered HTML has entities decoded ('jav&#x61;script:' reads 'javascript:').
    decoded = [_URL_NOISE.sub("", html.unescape(line)) for line in raw]
    cursor: dict[str, int] = {}
    problems = []
    for violation in found:
        needle = violation.needle.lower()
        squeezed = _URL_NOISE.sub("", needle)
        start = cursor.get(needle, 0)
        order = [*range(start, len(raw)), *range(start)]
        index = next((i for i in order if needle in raw[i]), None)
        if index is None:
            index = next((i for i in order if squeezed and squeezed in decoded[i]), None)
        if index is not None:
            cursor[needle] = index + 1
        line = None if index is None else body_line + index
        problems.append(BodyProblem(path, line, violation.message))
    return problems


def _keep_src(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "src" and _other_host(value):
        return None
    return value


def sanitise(body_html: str) -> str:
    """The body with everything outside the policy removed (nh3)."""
    attributes = {tag: set(names) for tag, names in TAG_ATTRIBUTES.items()}
    attributes["*"] = set(GLOBAL_ATTRIBUTES)
    return nh3.clean(
        body_html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(REMOVED_WITH_CONTENT),
        attributes=attributes,
        attribute_filter=_keep_src,
        url_schemes=set(LINK_SCHEMES),
        filter_style_properties=set(STYLE_PROPERTIES),
        link_rel=None,
        strip_comments=True,
    )


def markers(nonce: str) -> tuple[str, str]:
    """Comments around a report body in the page's Markdown. The nonce is secret to the build,
    so a report cannot write the end marker to leave the checked region."""
    return f"<!-- review-library:body:{nonce} -->", f"<!-- review-library:end:{nonce} -->"


def wrap(body: str, nonce: str) -> str:
    start, end = markers(nonce)
    return f"\n{start}\n\n{body.strip()}\n\n{end}\n"


def split(html: str, nonce: str) -> tuple[str, str, str] | None:
    """(before, body, after) of a rendered page; None when the body markers are missing.
    A body that swallowed its end marker (an unclosed block) runs to the end of the page."""
    start, end = markers(nonce)
    before, found, rest = html.partition(start)
    if not found:
        return None
    body, closed, after = rest.partition(end)
    return (before, body, after) if closed else (before, rest, "")

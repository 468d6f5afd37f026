"""Property-based fuzz of hostile and broken review files (issue 11).

Hypothesis mutates a valid review (keys, value types, YAML features, encodings, sizes,
file kinds) and runs each result through `review-library validate`, `review-library check`
and a real `mkdocs build`. Whatever the input:

- no command raises (no traceback) or hangs (each is stopped after a timeout);
- `validate` and `check` exit 0, 1 (or 2 for validate's usage errors only), and every
  error line names the file;
- when `validate` finds an error the build fails, its error names the file, and a failed
  build leaves nothing publishable (no page in the site directory);
- a built site never carries the marker ``<x-evil>`` as markup (in HTML or XML; JSON and
  CSV hold it as data), and its XML, JSON and CSV files parse.

The seed is fixed (``derandomize``) and the examples bounded, so CI runs the same cases in
well under a minute.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from mkdocs.exceptions import Abort

from review_library.cli import main
from tests.helpers import BASE_BODY, BASE_META, SiteFixture

MARKER = "<x-evil>"
TIMEOUT = 30
REVIEW = "reviews/fuzz.md"


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: SIGALRM interrupts a blocking read (a FIFO) or wait."""

    def expired(signum, frame):
        raise TimeoutError(f"no result after {seconds} s: the command hangs")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# -- mutations -------------------------------------------------------------------------------
TEXT_FIELDS = ["title", "subject", "partnership", "author", "summary", "content_note"]
ODD_VALUES = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.just(""),
    st.just(20991231),
    st.just("2024-02-30"),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.text(max_size=40),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x9F), max_size=10),
    st.just(f"Child A {MARKER}<script>alert(1)</script>"),
    st.just("x" * 100_000),
)
YAML_SNIPPETS = [
    "<<: {title: merged}\n",
    "content_note: !foo bar\n",
    "content_note: !!python/object/apply:os.system ['true']\n",
    "content_note: !!binary aGVsbG8=\n",
    "embargo_until: !!timestamp 2024-02-30\n",
    "faq: &a [*a]\n",
    "faq: " + "[" * 3000 + "]" * 3000 + "\n",
    "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 9)),
    "null: value\n",
    "? [a]\n: b\n",
    "---\n",
    "...\n",
    "\tindented: with a tab\n",
    "title: 'unclosed\n",
    "briefing: !tag {background: x}\n",
    f"content_note: {MARKER}\n",
    "%YAML 1.1\n",
    "content_note: &anchor text\nsubject: *anchor\n",
    "title: *undefined\n",
]


BODY_SNIPPETS = [
    f"Raw markup {MARKER}here</x-evil>.",
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "A paragraph with an attribute.\n{: onmouseover=alert(1) }",
    "[a link](javascript:alert(1))",
    f"Code: `{MARKER}` stays text.",
    f"    {MARKER} in an indented code block",
    f"Entity &lt;x-evil&gt; and {MARKER.replace('<', '&#60;')}",
    '<iframe src="https://tracker.example/"></iframe>',
    f'!!! note "{MARKER}"\n    Admonition title.',
    f"*[HTML]: {MARKER}\n\nHTML abbreviation.",
]


def review_file(meta: dict, body: str) -> str:
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    return f"---\n{front}---\n{body}"


@st.composite
def mutated_review(draw) -> tuple[str, bytes | str]:
    """(kind, content): kind is 'file' (content: bytes) or a special file kind."""
    meta = {**BASE_META, "title": f"Child A {MARKER}", "summary": f"Summary {MARKER} & more."}
    body = BASE_BODY
    kinds = ["keys", "types", "yaml", "yaml", "body", "encoding", "size", "file kind"]
    kind = draw(st.sampled_from(kinds))
    event(kind)
    if kind == "keys":
        choice = draw(st.sampled_from(["drop", "rename", "add"]))
        key = draw(st.sampled_from(sorted(meta)))
        if choice == "drop":
            meta.pop(key)
        elif choice == "rename":
            meta[draw(st.text(min_size=1, max_size=12))] = meta.pop(key)
        else:
            meta[draw(st.text(max_size=12))] = draw(ODD_VALUES)
    elif kind == "types":
        key = draw(st.sampled_from([*sorted(meta), *TEXT_FIELDS]))
        meta[key] = draw(ODD_VALUES)
    elif kind == "yaml":
        snippet = draw(st.sampled_from(YAML_SNIPPETS))
        text = review_file(meta, body)
        at = draw(st.sampled_from(["top", "bottom"]))
        text = (
            "---\n" + snippet + text[4:]
            if at == "top"
            else text.replace("\n---\n", "\n" + snippet + "---\n", 1)
        )
        return "file", text.encode("utf-8")
    elif kind == "body":
        body = BASE_BODY + "\n" + draw(st.sampled_from(BODY_SNIPPETS)) + "\n"
    elif kind == "encoding":
        text = review_file(meta, body)
        encoding = draw(st.sampled_from(["bom", "crlf", "cr", "latin-1", "utf-16", "nul", "cut"]))
        if encoding == "bom":
            return "file", b"\xef\xbb\xbf" + text.encode("utf-8")
        if encoding == "crlf":
            return "file", text.replace("\n", "\r\n").encode("utf-8")
        if encoding == "cr":
            return "file", text.replace("\n", "\r").encode("utf-8")
        if encoding == "latin-1":
            return "file", (text + "Café\n").encode("latin-1")
        if encoding == "utf-16":
            return "file", text.encode("utf-16")
        if encoding == "nul":
            return "file", (text + "x" * 9000 + "\x00\n").encode("utf-8")
        raw = text.encode("utf-8")
        return "file", raw[: draw(st.integers(min_value=0, max_value=len(raw)))]
    elif kind == "size":
        size = draw(st.sampled_from([0, 1, 3_000_000]))
        if size == 0:
            return "file", b""
        if size == 1:
            meta["learning_points"] = [f"Point {i} {MARKER}." for i in range(2000)]
        else:
            body = BASE_BODY + ("word " * (size // 5))
    else:
        return draw(st.sampled_from(["fifo", "passwd link", "loop link", "folder"])), b""
    return "file", review_file(meta, body).encode("utf-8")


# -- one example -----------------------------------------------------------------------------
def _make(root: Path, kind: str, content: bytes) -> SiteFixture:
    site = SiteFixture(root)
    site.add_review(name="clean", id="testshire-2024-child-c")
    target = root / REVIEW
    if kind == "file":
        target.write_bytes(content)
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "passwd link":
        target.symlink_to("/etc/passwd")
    elif kind == "loop link":
        target.symlink_to(target)
    else:
        target.mkdir()
        (target / "inner.md").write_text("---\nid: x\n---\n", encoding="utf-8")
    return site


def _run(argv: list[str], capsys) -> tuple[int, str]:
    with deadline(TIMEOUT):
        code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _assert_site_is_safe(site_dir: Path) -> None:
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file() or path.suffix not in {".html", ".xml", ".json", ".csv", ".txt"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix in {".html", ".xml"}:  # JSON and CSV hold it as data, not markup
            assert MARKER not in text, f"{path} carries {MARKER} as markup"
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text), f"{path}: control character"
        if path.suffix == ".xml":
            ElementTree.fromstring(path.read_bytes())
        elif path.suffix == ".json":
            json.loads(text)
        elif path.suffix == ".csv":
            list(csv.reader(io.StringIO(text)))


@settings(
    max_examples=30,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(case=mutated_review())
def test_hostile_reviews_never_crash_hang_or_publish(case, capsys, caplog, monkeypatch):
    kind, content = case
    event(f"file: {kind}")
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        monkeypatch.chdir(root)
        site = _make(root, kind, content)
        code, output = _run(["validate", "--taxonomy", "site_src/taxonomy.yml", "reviews"], capsys)
        assert code in (0, 1), output
        assert "Traceback" not in output
        problems = [line for line in output.splitlines() if "file(s) validated" not in line]
        assert all(line.startswith("reviews/") for line in problems), output
        if code:
            assert REVIEW in output or "reviews/fuzz.md/" in output, output

        check_code, check_output = _run(["check", "reviews", "--format", "json"], capsys)
        assert check_code in (0, 1), check_output
        assert "Traceback" not in check_output
        report = json.loads(check_output[: check_output.rindex("}") + 1])
        assert all(f["file"].startswith("reviews/") for f in report["findings"])

        built = True
        caplog.clear()
        try:
            with deadline(TIMEOUT * 2):
                site.build()
        except Abort:
            built = False
        if code:
            assert not built, f"validate failed but the build published:\n{output}"
            logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= 40)
            assert "reviews/fuzz.md" in logged, logged
        if built:
            _assert_site_is_safe(site.site_dir)
        elif site.site_dir.exists():
            pages = [p for p in site.site_dir.rglob("*.html")]
            assert not pages, f"a failed build left {pages[:3]}"

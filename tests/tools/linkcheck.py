"""Stdlib link checker for a built static site: every internal link and #anchor must resolve.

Usage: python -m tests.tools.linkcheck SITE_DIR [--base-path /review-library/]
Exit 1 and one line per broken link. External URLs (with a scheme or host) are skipped: the site
must work offline and the check must not touch the network. --base-path is the path of
mkdocs.yml's site_url: MkDocs writes root-relative links under it into 404.html.
"""

from __future__ import annotations

import argparse
import posixpath
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Attributes holding a URL the browser follows or loads.
URL_ATTRS = ("href", "src")
SKIPPED_SCHEMES = ("mailto:", "tel:", "data:", "javascript:", "blob:")
# rel values pointing outside the site by design (site_url is the public address).
SKIPPED_RELS = {"canonical", "alternate"}


@dataclass(frozen=True)
class Broken:
    """One link that does not resolve."""

    page: str
    line: int
    url: str
    problem: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.problem}: {self.url}"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, int]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v for k, v in attrs if v is not None}
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "link" and SKIPPED_RELS & set(a.get("rel", "").split()):
            return
        for attr in URL_ATTRS:
            if a.get(attr):
                self.links.append((a[attr], self.getpos()[0]))
        if a.get("srcset"):
            for candidate in a["srcset"].split(","):
                if candidate.strip():
                    self.links.append((candidate.split()[0], self.getpos()[0]))


def _parse(path: Path) -> _Page:
    parser = _Page()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def _target(root: Path, page: Path, url: str, base_path: str) -> tuple[Path, str] | None:
    """The file and fragment a link points to, or None for an external link."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith(SKIPPED_SCHEMES):
        return None
    path = unquote(parts.path)
    if path.startswith("/"):
        # Root-relative: only valid under the site's base path; anything else leaves the site.
        if not path.startswith(base_path):
            return root.parent / "(outside the base path)", ""
        target = root / path[len(base_path) :]
    elif path:
        target = page.parent / path
    else:
        target = page
    target = Path(posixpath.normpath(str(target)))
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def check_site(root: Path, base_path: str = "/") -> tuple[int, int, list[Broken]]:
    """Check every HTML page under root; returns (pages, links, broken links)."""
    root = root.resolve()
    base_path = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
    pages = {path: _parse(path) for path in sorted(root.rglob("*.html"))}
    broken: list[Broken] = []
    for path, parsed in pages.items():
        name = path.relative_to(root).as_posix()
        for url, line in parsed.links:
            found = _target(root, path, url, base_path)
            if found is None:
                continue
            target, fragment = found
            if not target.is_relative_to(root):
                broken.append(Broken(name, line, url, "outside the site"))
            elif not target.is_file():
                broken.append(Broken(name, line, url, "broken link"))
            elif fragment and target in pages and fragment not in pages[target].ids:
                broken.append(Broken(name, line, url, "missing anchor"))
    return len(pages), sum(len(p.links) for p in pages.values()), broken


def main(argv: list[str] | None = None) -> int:
    """Command line: check the site dir given as the only argument."""
    parser = argparse.ArgumentParser(prog="python -m tests.tools.linkcheck")
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--base-path", default="/", help="path of site_url, e.g. /review-library/")
    args = parser.parse_args(argv)
    if not args.site_dir.is_dir():
        parser.error(f"{args.site_dir} is not a directory")
    pages, links, broken = check_site(args.site_dir, args.base_path)
    for item in broken:
        print(item)
    print(f"{pages} pages, {links} links, {len(broken)} broken")
    return 1 if broken or not pages else 0


if __name__ == "__main__":
    sys.exit(main())

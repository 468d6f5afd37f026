"""What a report's Markdown may contain: refused with file and line, sanitised in any case.

Each hostile construct is planted in a real review, built with real MkDocs: the build fails
naming the file and the line, and publishes nothing. What reports need (tables, footnotes,
admonitions, abbreviations, details, pictures and files from the review's own folder, links
to other sites) builds and is kept.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from review_library import report_html
from tests.helpers import BASE_BODY, SiteFixture, build_failure


def _line_of(path, text: str) -> int:
    return next(
        number for number, line in enumerate(path.read_text("utf-8").split("\n"), 1) if text in line
    )


HOSTILE = [
    ("<script>alert(1)</script>", "<script>", "<script>"),
    ("<img src=x onerror=alert(1)>", "onerror", "'onerror'"),
    ("<svg onload=alert(1)>", "<svg", "<svg>"),
    ("<details ontoggle=alert(1) open><summary>x</summary>y</details>", "ontoggle", "'ontoggle'"),
    ("Some text\n{: onmouseover=alert(1) }", "onmouseover", "'onmouseover'"),
    ("[click](javascript:alert(1))", "javascript:", "'javascript:'"),
    ("[data](data:text/html;base64,PHNjcmlwdD4=)", "data:text", "'data:'"),
    ('<a href="jav&#x61;script:alert(1)">x</a>', "jav&#x61;script", "'javascript:'"),
    ('<iframe src="https://tracker.example/"></iframe>', "<iframe", "<iframe>"),
    ("![pixel](https://tracker.example/p.gif)", "tracker.example", "another site"),
    ('<img src="//tracker.example/p.gif" alt="">', "tracker.example", "another site"),
    ('<form action="https://x.example/"><input name=q></form>', "<form", "<form>"),
    ('<p style="background:url(https://x.example/)">x</p>', "style=", "inline styles"),
    ('<meta http-equiv="refresh" content="0;url=https://x.example/">', "<meta", "<meta>"),
]


@pytest.mark.parametrize(("markup", "where", "says"), HOSTILE, ids=[h[0][:30] for h in HOSTILE])
def test_hostile_markup_is_refused_with_file_and_line(
    site: SiteFixture, caplog, markup: str, where: str, says: str
) -> None:
    site.write("site/.git/HEAD", "ref: refs/heads/gh-pages\n")
    path = site.add_review(body=BASE_BODY + "\n## More\n\nA paragraph.\n\n" + markup + "\n")
    message = build_failure(site, caplog)
    line = _line_of(path, where)
    assert f"reviews/testshire-2024-child-a.md:{line}: report text:" in message, message
    assert says in message and "nothing was published" in message
    assert "problem(s) in report text" in message
    assert sorted(p.name for p in site.site_dir.iterdir()) == [".git"]


def test_every_problem_of_a_report_is_listed_in_one_run(site: SiteFixture, caplog) -> None:
    body = BASE_BODY + "\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n"
    body += "\n[x](javascript:alert(3))\n"
    path = site.add_review(body=body)
    message = build_failure(site, caplog)
    for needle in ("<script>", "onerror", "javascript:"):
        assert f"reviews/testshire-2024-child-a.md:{_line_of(path, needle)}:" in message


def test_what_reports_need_is_published(site: SiteFixture) -> None:
    body = (
        BASE_BODY
        + """
## Evidence

| Agency | Contacts |
|:--|--:|
| Health visiting | 3 |

The GP practice was told[^1]. The MASH received the referral.

*[MASH]: Multi-Agency Safeguarding Hub

[^1]: In the spring.

!!! note "What the family said"
    The family said they were not offered a home visit.

<details><summary>Timeline</summary>
The timeline is in the appendix.
</details>

Child A was 7 months old<sup>a</sup>.<br>
See the [chart](testshire-2024-child-a/chart.svg) and the
[national panel](https://www.gov.uk/government/organisations/child-safeguarding-practice-review-panel).

![Contacts per month](testshire-2024-child-a/chart.svg){: width="300" }
"""
    )
    site.add_review(body=body)
    site.write(
        "reviews/testshire-2024-child-a/chart.svg",
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" role="img">'
        "<title>Contacts</title><rect width='10' height='10'/></svg>\n",
    )
    out = site.build()
    html = (out / "reviews/testshire-2024-child-a/index.html").read_text("utf-8")
    page = BeautifulSoup(html, "html.parser").select_one("article")
    assert page.select_one("table td[style='text-align:right']").get_text() == "3"
    assert page.select_one("abbr[title='Multi-Agency Safeguarding Hub']") is not None
    assert page.select_one("div.footnote li[id='fn:1']") is not None
    assert page.select_one("div.admonition.note p.admonition-title") is not None
    assert page.select_one("details summary").get_text() == "Timeline"
    assert [sup.get_text() for sup in page.select("sup")] == ["1", "a"]
    assert page.select_one("img[alt='Contacts per month']")["src"] == "chart.svg"
    assert page.select_one("img[alt='Contacts per month']")["width"] == "300"
    assert page.select_one("a[href='chart.svg']") is not None
    assert (out / "reviews/testshire-2024-child-a/chart.svg").is_file()
    assert "review-library:body" not in html and "review-library:end" not in html


def test_a_report_cannot_close_the_checked_region(site: SiteFixture, caplog) -> None:
    """The markers around the body carry a nonce secret to the build: a report that writes
    an end marker of its own is still checked to its end."""
    body = BASE_BODY + "\n<!-- review-library:end:0000 -->\n\n<script>alert(1)</script>\n"
    site.add_review(body=body)
    assert "<script>" in build_failure(site, caplog)


@pytest.mark.parametrize(
    "markup",
    [
        '<a href="java\tscript:alert(1)">x</a>',
        '<a href=" javascript:alert(1)">x</a>',
        '<img src="/\\tracker.example/p.gif">',
        "<scr<script>ipt>alert(1)</script>",
        '<div><img src="x" onerror="alert(1)"',
        '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
        '<p style="text-align: left; background: url(//x.example/)">x</p>',
    ],
)
def test_the_sanitiser_removes_what_the_check_might_miss(markup: str) -> None:
    clean = report_html.sanitise(markup)
    soup = BeautifulSoup(clean, "html.parser")
    for tag in soup.find_all(True):
        assert tag.name in report_html.ALLOWED_TAGS
        for name, value in tag.attrs.items():
            assert not name.startswith("on")
            text = " ".join(value) if isinstance(value, list) else value
            assert "script:" not in text.replace("\t", "").lower()
            assert "x.example" not in text and "tracker.example" not in text
    assert "<script" not in clean


def test_the_check_and_the_sanitiser_agree_on_what_is_allowed() -> None:
    allowed = (
        '<p class="x" id="y"><a href="https://example.org/">a</a> <a href="#fn:1">b</a> '
        '<a href="mailto:board@example.org">c</a> <abbr title="t">T</abbr></p>'
        '<table><tr><th style="text-align: left;">h</th></tr></table>'
        '<img src="child-a/chart.svg" alt="chart" width="300">'
    )
    assert report_html.violations(allowed) == []
    kept = BeautifulSoup(report_html.sanitise(allowed), "html.parser")
    original = BeautifulSoup(allowed, "html.parser")
    assert [(t.name, t.get("href"), t.get("src")) for t in kept.find_all(["a", "img"])] == [
        (t.name, t.get("href"), t.get("src")) for t in original.find_all(["a", "img"])
    ]
    assert kept.select_one("p")["class"] == ["x"] and kept.select_one("p")["id"] == "y"
    assert kept.select_one("abbr")["title"] == "t"
    assert kept.select_one("th")["style"] == "text-align:left"
    assert kept.select_one("img")["width"] == "300"

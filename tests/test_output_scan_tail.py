"""The output scan with workers: what no page brought (the files written after the pages)
is shared with the workers, and an identifier that reaches the site without passing the
source checks still stops the build, wherever it was made.

Each test forces a worker pool whatever the machine and builds a real site.
"""

from __future__ import annotations

import pytest

from review_library import plugin as plugin_module
from review_library.workers import Scheduler
from tests.helpers import build_failure

PHONE = "07700 900123"


@pytest.fixture
def sent(monkeypatch) -> list[list[str]]:
    """Force two workers in the plugin; record the files of each scan batch handed to one."""
    batches: list[list[str]] = []
    original = Scheduler.submit

    def spy(self, function, *args, **kwargs):
        job = original(self, function, *args, **kwargs)
        if job.sent and job.name == "scan_task":
            batches.append([shown for shown, _, _ in args[2]])
        return job

    monkeypatch.setattr(Scheduler, "submit", spy)
    monkeypatch.setattr(plugin_module, "default_workers", lambda: 3)
    return batches


def test_the_files_written_after_the_pages_go_to_the_workers(site, sent) -> None:
    """The search data, feed and sitemap are scanned in batches the workers may take (the
    main process used to scan them all itself while the workers idled)."""
    site.add_review()
    out = site.build()
    tail = {shown.rsplit("site/", 1)[-1] for batch in sent for shown in batch}
    assert {"sitemap.xml", "catalogue.json"} <= tail
    assert any(name.startswith("search/") and name.endswith(".json") for name in tail)
    assert (out / "sitemap.xml").is_file()


def test_a_generated_file_with_an_identifier_stops_the_build(site, sent, caplog) -> None:
    """A file another plugin writes after the pages (here a hook, before our scan) never
    passed the source checks: the scan of the tail, in a worker, finds it."""
    site.add_review()
    site.add_late_file("contacts.json", '{"office": "Ring 07700 900123"}')
    message = build_failure(site, caplog)
    assert "output scan" in message and "site/contacts.json" in message
    assert "phone-number" in message and "900123" not in message
    assert any(shown.endswith("site/contacts.json") for batch in sent for shown in batch)
    assert not any(site.site_dir.iterdir())  # emptied


def test_a_template_that_assembles_an_identifier_stops_the_build(site, sent, caplog) -> None:
    """A theme override whose text passes the source checks (the number is split in the
    template's source) but renders an identifier on every page: found on the pages, which
    are scanned in the workers as they are rendered."""
    site.mkdocs_extra = {"theme": {"name": "material", "font": False, "custom_dir": "overrides"}}
    site.write(
        "overrides/main.html",
        '{% extends "base.html" %}\n'
        "{% block footer %}<p>Out of hours, ring {{ '07700' ~ ' ' ~ '900' ~ '123' }}</p>"
        "{% endblock %}\n",
    )
    site.add_review()
    message = build_failure(site, caplog)
    assert "output scan" in message and "phone-number" in message
    assert "site/index.html" in message
    assert "site/reviews/testshire-2024-child-a/index.html" in message
    assert "900123" not in message
    assert not any(site.site_dir.iterdir())

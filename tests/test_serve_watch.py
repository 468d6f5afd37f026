"""`mkdocs serve` notices a save at once (serve_watch): MkDocs' own live-reload server, its
polling observer kept, with the native observer added by the plugin's ``hasten``."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from mkdocs.livereload import LiveReloadServer
from watchdog.events import FileModifiedEvent

from review_library import serve_watch


def _server(tmp_path: Path, polling: float) -> LiveReloadServer:
    site = tmp_path / "site"
    site.mkdir()
    # Not bound to a port (MkDocs binds in serve()); only the watching is used.
    return LiveReloadServer(
        builder=lambda: None, host="127.0.0.1", port=0, root=str(site), polling_interval=polling
    )


def _wants(server: LiveReloadServer, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with server._rebuild_cond:
            if server._want_rebuild:
                return True
        time.sleep(0.02)
    return False


def test_a_save_is_noticed_before_the_next_poll(tmp_path):
    reviews = tmp_path / "reviews"
    reviews.mkdir()
    review = reviews / "a.md"
    review.write_text("one\n")
    server = _server(tmp_path, polling=120.0)  # the poll would not come within the test
    server.watch(str(reviews))
    assert serve_watch.hasten(server)
    server.observer.start()
    try:
        time.sleep(0.3)
        assert not _wants(server, 0.1)
        review.write_text("two\n")
        assert _wants(server, 20.0)  # only the native observer can have seen it
    finally:
        server.observer.stop()


def test_the_poll_does_not_repeat_a_native_notice_but_reports_a_later_change(tmp_path):
    reviews = tmp_path / "reviews"
    reviews.mkdir()
    review = reviews / "a.md"
    review.write_text("one\n")
    server = _server(tmp_path, polling=0.1)
    server.watch(str(reviews))
    assert serve_watch.hasten(server)
    server.observer.start()
    try:
        time.sleep(0.5)
        review.write_text("two\n")
        assert _wants(server, 20.0)
        time.sleep(0.3)  # the native notices of this save have all come
        with server._rebuild_cond:
            server._want_rebuild = False
        # Several polls: each sees the file changed since the snapshot before the save, as
        # the native observer reported it; none asks for a second rebuild.
        assert not _wants(server, 1.5)
    finally:
        server.observer.stop()


def test_a_polled_change_the_native_observer_did_not_report_is_kept(tmp_path):
    review = tmp_path / "a.md"
    review.write_text("one\n")
    notices = serve_watch.Notices()
    event = FileModifiedEvent(str(review))
    assert not notices.known(event)  # never reported natively: the poll reports it
    notices.record(event)
    assert notices.known(event)
    review.write_text("a longer text\n")  # changed after the native notice (one it missed)
    assert not notices.known(event)
    review.unlink()
    assert not notices.known(event)


def test_a_server_without_mkdocs_observer_is_left_alone():
    class Bare:
        pass

    assert not serve_watch.hasten(Bare())


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_the_native_observer_stops_with_mkdocs_poll(tmp_path, kind):
    target = tmp_path / "watched"
    if kind == "file":
        target.write_text("x\n")
    else:
        target.mkdir()
    server = _server(tmp_path, polling=0.5)
    server.watch(str(target))
    made = []

    def native():
        from watchdog.observers import Observer

        made.append(Observer())
        return made[0]

    assert serve_watch.hasten(server, native)
    server.observer.start()
    assert made and made[0].is_alive()
    server.observer.stop()
    made[0].join(5)
    assert not made[0].is_alive()

"""`mkdocs serve`: notice a save at once instead of at the next poll.

MkDocs' live-reload server watches with watchdog's polling observer only (it takes a snapshot
of every watched folder every half second), because the kernel's notices do not reach it on
every file system (network mounts, folders shared into a container). So a save waits for the
next snapshot, a quarter of a second on average, and each snapshot stats every file of the
library (1,000 reviews) in a thread that competes with the rebuild.

``hasten`` keeps the polling observer exactly as MkDocs set it up, and adds the platform's
native observer (inotify on Linux) over the same paths, started with it: a save it sees asks
for a rebuild at once. A file the native observer reported is not reported again by the
poll while it is the same file (inode, size, time) as when the native notice was taken, so
one save makes one rebuild; a file changed since (or one the native observer never
reported) is reported by the poll as before, so a file system without native notices loses
nothing. Where the native observer cannot watch a path (no inotify, too many watches), the
poll alone watches it, as in plain MkDocs.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger("mkdocs.plugins.review_library")

Stamp = tuple[int, int, int] | None


def stamp(path: str) -> Stamp:
    """(inode, size, mtime_ns) of ``path``, or None when it does not exist."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def _paths(event: Any) -> list[str]:
    paths = [os.fsdecode(event.src_path)]
    dest = getattr(event, "dest_path", "")
    if dest:
        paths.append(os.fsdecode(dest))
    return paths


class Notices:
    """Files the native observer reported, with their stamps when it did."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.seen: dict[str, Stamp] = {}

    def record(self, event: Any) -> None:
        with self.lock:
            for path in _paths(event):
                self.seen[path] = stamp(path)

    def known(self, event: Any) -> bool:
        """True when every file of a polled ``event`` is as the native observer last reported
        it (so the poll would only repeat that notice)."""
        if event.is_directory:
            return False
        with self.lock:
            return all(
                path in self.seen and self.seen[path] == stamp(path) for path in _paths(event)
            )


def _polled_handlers(server: Any) -> list[Any] | None:
    """MkDocs' handlers on its polling observer, one per watched path, or None when the server
    is not laid out as MkDocs 1.6's (then nothing is changed)."""
    observer = getattr(server, "observer", None)
    refs = getattr(server, "_watch_refs", None)
    handlers = getattr(observer, "_handlers", None)
    if not isinstance(refs, dict) or not isinstance(handlers, dict):
        return None
    found = []
    for watch in refs.values():
        for handler in handlers.get(watch, ()):
            if not callable(getattr(handler, "on_any_event", None)):
                return None
            found.append(handler)
    return found


def _ask_rebuild(server: Any) -> None:
    """What MkDocs' own watch callback does."""
    with server._rebuild_cond:
        server._want_rebuild = True
        server._rebuild_cond.notify_all()


def hasten(server: Any, native: Callable[[], Any] | None = None) -> bool:
    """Add a native observer to MkDocs' live-reload ``server`` (see the module's docstring),
    started when MkDocs starts its own; False when the server or platform does not allow it
    (serve then watches as MkDocs does). ``native`` makes the observer (tests)."""
    observer = getattr(server, "observer", None)
    paths = getattr(server, "_watched_paths", None)
    if (
        observer is None
        or not isinstance(paths, dict)
        or not hasattr(server, "_rebuild_cond")
        or not hasattr(server, "_want_rebuild")
        or _polled_handlers(server) is None
    ):
        return False
    if native is None:
        try:
            from watchdog.observers import Observer
            from watchdog.observers.polling import PollingObserver
        except ImportError:
            return False
        if Observer is PollingObserver:
            return False  # no native observer on this platform
        native = Observer
    notices = Notices()
    start, stop = observer.start, observer.stop
    state: dict[str, Any] = {}

    def on_native(event: Any) -> None:
        if event.is_directory:
            return
        notices.record(event)
        _ask_rebuild(server)

    def started() -> None:
        # Every path is watched by now (MkDocs watches config.watch after on_serve).
        from watchdog.events import FileSystemEventHandler

        for handler in _polled_handlers(server) or ():
            polled = handler.on_any_event

            def filtered(event: Any, polled: Callable = polled) -> None:
                if not notices.known(event):
                    polled(event)

            handler.on_any_event = filtered
        quick = native()
        handler = FileSystemEventHandler()
        handler.on_any_event = on_native  # type: ignore[method-assign]
        for path in list(paths):
            try:
                quick.schedule(handler, path, recursive=os.path.isdir(path))
            except OSError as error:  # no inotify, too many watches: the poll watches it
                log.debug("no native watch of '%s' (%s)", path, type(error).__name__)
        quick.daemon = True
        quick.start()
        state["native"] = quick
        start()

    def stopped() -> None:
        stop()
        quick = state.pop("native", None)
        if quick is not None:
            quick.stop()

    observer.start = started
    observer.stop = stopped
    return True

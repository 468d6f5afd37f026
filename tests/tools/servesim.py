"""Run MkDocs' own `serve` command in this process, without a network server.

``mkdocs.commands.serve.serve`` is called as the CLI calls it; only its live-reload server is
replaced by ``FakeServer``, whose ``serve()`` runs a scenario: edit files, then ``rebuild()``,
which calls the server's builder exactly as the file watcher does after a save (with whatever
the plugin's ``on_serve`` made of it). So the initial build, the builder wrapping and every
rebuild are the real ones.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import IO
from unittest import mock

import mkdocs.commands.serve

from tests.tools.sitebuild import build_in_process

SERVE_URL = "http://127.0.0.1:8000/"


class FakeServer:
    """Stands in for mkdocs.livereload.LiveReloadServer."""

    def __init__(self, scenario: Callable[[FakeServer], None], builder, host, port, root, **_):
        self.scenario = scenario
        self.builder = builder
        self.root = Path(root)
        self.watched: list[str] = []
        self.error_handler = None

    def watch(self, path: str, *args, **kwargs) -> None:
        self.watched.append(path)

    def serve(self, open_in_browser: bool = False) -> None:
        self.scenario(self)

    def shutdown(self) -> None:
        pass

    def rebuild(self) -> None:
        self.builder()


def run_serve(config_file: Path | IO[bytes], scenario: Callable[[FakeServer], None]) -> None:
    """`mkdocs serve -f config_file`, running ``scenario`` while it serves. An open file is
    passed on as the CLI's ``-f`` passes it (MkDocs reads it by name again on a rebuild)."""

    def make(builder, host, port, root, **kwargs):
        return FakeServer(scenario, builder, host, port, root, **kwargs)

    with mock.patch.object(mkdocs.commands.serve, "LiveReloadServer", make):
        mkdocs.commands.serve.serve(
            config_file=str(config_file) if isinstance(config_file, Path) else config_file
        )


def snapshot(site_dir: Path) -> dict[str, bytes]:
    """Every file of a built site (top-level dot-files aside): path -> bytes."""
    out = {}
    for root, dirs, files in os.walk(site_dir):
        top = Path(root) == site_dir
        dirs[:] = [d for d in dirs if not (top and d.startswith("."))]
        for name in files:
            if top and name.startswith("."):
                continue
            path = Path(root, name)
            out[path.relative_to(site_dir).as_posix()] = path.read_bytes()
    return out


def clean_build(project: Path, config_name: str, out: Path) -> dict[str, bytes]:
    """A full build of a copy of ``project``, as serve would make it from scratch (same
    site_url), by MkDocs' plain build: the reference an incremental rebuild must equal."""
    copy = out.parent / f"{out.name}-project"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("site", ".cache"))
    build_in_process(copy / config_name, SERVE_URL, site_dir=str(out), site_url=SERVE_URL)
    return snapshot(out)


def differences(got: dict[str, bytes], want: dict[str, bytes], limit: int = 10) -> list[str]:
    """What differs between two snapshots, for an assertion message."""
    lines = [f"only in the incremental site: {p}" for p in sorted(got.keys() - want.keys())]
    lines += [f"missing from the incremental site: {p}" for p in sorted(want.keys() - got.keys())]
    lines += [f"differs: {p}" for p in sorted(got.keys() & want.keys()) if got[p] != want[p]]
    return lines[:limit]

"""The typer context every command receives: global options, the consoles, the open store, where output goes."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

import typer
from rich.console import Console, RenderableType
from rich.text import Text

from paperlist.config import db_named, db_path
from paperlist.store.db import Store, open_store
from paperlist.views.formats import Output, WriteContext
from paperlist.views.text import clean, to_json, to_jsonl

T = TypeVar("T")


@dataclass
class AppContext:
    """Global state for one command run (on the typer context, never in module globals)."""

    db_option: str | None = None
    debug: bool = False
    pager: bool = True  # long output to a terminal goes through $PAGER (less); --no-pager turns it off
    # stdout carries data (tables, JSON); stderr carries people-facing text (progress, warnings, summaries).
    out: Console = field(default_factory=lambda: Console(highlight=False, soft_wrap=False))
    err: Console = field(default_factory=lambda: Console(stderr=True, highlight=False, soft_wrap=True))
    _store: Store | None = None

    def store(self, *, create: bool = False) -> Store:
        """The database named by --db / $PAPERLIST_DB / the default, opened (and migrated) once.

        Only the commands that add papers (`ingest`, `add`) pass `create`: any other command given a database that
        does not exist says so (a typo in --db must not quietly start an empty library). The default library
        is created by any command, as a first run expects.
        """
        if self._store is None:
            self._store = open_store(db_path(self.db_option), create=create or not db_named(self.db_option))
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    @property
    def marks(self) -> bool:
        """Whether emphasis must be visible without colour (« » around matches): a pipe, a file, NO_COLOR."""
        return not self.out.is_terminal or self.out.no_color or self.out.color_system is None

    def emit(self, write: Callable[[Output], T], *, to: Path | None = None) -> T:
        """Run a writer on stdout (or the file `to`) as it writes: on a terminal, once its output outgrows a
        screen, the rest goes through the pager."""
        if to is not None:
            with _file_output(self.out, to) as out:
                return write(out)
        with _Stdout(self.out, paged=self._pages()) as out:
            return write(out)

    def show(self, renderable: RenderableType) -> None:
        """Print a rich renderable on stdout; through the pager when a terminal cannot hold it."""
        self.emit(lambda out: out.show(renderable))

    def write(self, text: str) -> None:
        """Write text (JSON, CSV, Markdown ...) on stdout; paged when long on a terminal."""
        self.emit(lambda out: out.write(text))

    def _pages(self) -> bool:
        return self.pager and self.out.is_terminal and sys.stdin.isatty()

    def writing(self, **extra: Any) -> WriteContext:
        """What writers need from this run: whether matches need visible marks."""
        return WriteContext(marks=self.marks, **extra)

    def say(self, message: str, style: str = "") -> None:
        """A line for people, on stderr; never parsed as markup (it may quote outside text)."""
        self.err.print(Text(clean(message), style=style))

    def warn(self, message: str) -> None:
        self.err.print(Text("warning: ", style="yellow") + Text(clean(message)))

    def emit_json(self, value: Any) -> None:
        self.write(to_json(value))

    def emit_lines(self, values: Iterable[Any]) -> None:
        self.write(to_jsonl(values))


class _Stdout:
    """stdout as a writer's Output. `paged`: what is written is held back until it outgrows a screen, then
    goes through $PAGER (less, as git runs it: -FRX unless $LESS says otherwise), which shows the first screen
    at once while the rest is still being written; output that fits a screen is written as is."""

    def __init__(self, console: Console, *, paged: bool) -> None:
        self._console = console
        self.width = console.width
        self.height = console.height
        self._held: list[str] | None = [] if paged else None
        self._lines = 0
        self._file: IO[str] = sys.stdout
        self._pager: Any = None  # the pager's process, once started

    def write(self, text: str) -> None:
        if self._held is None:
            self._file.write(text)
            return
        self._held.append(text)
        self._lines += text.count("\n")
        if self._lines >= self.height:
            self._start_pager()

    def show(self, renderable: RenderableType) -> None:
        with self._console.capture() as capture:
            self._console.print(renderable)
        self.write(capture.get())

    def _start_pager(self) -> None:
        held, self._held = self._held or [], None
        self._pager = _open_pager()
        if self._pager is not None:
            assert self._pager.stdin is not None
            self._file = self._pager.stdin
        self._file.write("".join(held))
        self._file.flush()

    def __enter__(self) -> _Stdout:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if self._pager is None:
            if self._held:
                self._file.write("".join(self._held))
            self._file.flush()
            return
        _close_pager(self._pager)


def _open_pager() -> Any:
    """The pager, reading from a pipe (None when it cannot be started: the output goes to stdout)."""
    import shlex
    import subprocess

    command = shlex.split(os.environ.get("PAGER") or "less")
    if not command:
        return None
    env = dict(os.environ)
    # As git does, for whatever pager (it may run less itself): quit when the text fits a screen, keep colours,
    # leave the text on the screen when done; unless $LESS says otherwise.
    env.setdefault("LESS", "-FRX")
    try:
        return subprocess.Popen(command, stdin=subprocess.PIPE, env=env, text=True, encoding="utf-8")
    except OSError:
        return None


def _close_pager(pager: Any) -> None:
    """Let the reader finish: close the pipe and wait for the pager (Ctrl-C belongs to it meanwhile: less uses
    it to stop a search)."""
    with contextlib.suppress(OSError, KeyboardInterrupt):  # (the reader quit early: a broken pipe)
        pager.stdin.close()
    while True:
        try:
            pager.wait()
            return
        except KeyboardInterrupt:
            continue


class _FileOutput:
    """A file as a writer's Output (export -o)."""

    def __init__(self, console: Console, handle: IO[str]) -> None:
        self._console = console
        self._handle = handle
        self.width = console.width
        self.height = console.height

    def write(self, text: str) -> None:
        self._handle.write(text)

    def show(self, renderable: RenderableType) -> None:
        with self._console.capture() as capture:
            self._console.print(renderable)
        self.write(capture.get())


@contextmanager
def _file_output(console: Console, path: Path) -> Iterator[_FileOutput]:
    """Write `path` whole or not at all: into a file beside it, which replaces it once complete (an export
    that fails half-way leaves the earlier file as it was)."""
    from paperlist.files import replacing

    with replacing(Path(os.path.realpath(path))) as handle:
        yield _FileOutput(console, handle)


def app_context(ctx: typer.Context) -> AppContext:
    """The AppContext of this run (created by the main callback)."""
    root = ctx.find_root()
    if not isinstance(root.obj, AppContext):
        root.obj = AppContext()
    return root.obj

"""The typed context every command receives: global options, the consoles, the open store."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import typer
from rich.console import Console, RenderableType
from rich.text import Text

from paperlist.config import db_named, db_path
from paperlist.store.db import Store, open_store
from paperlist.views.formats import WriteContext, keys_from
from paperlist.views.text import clean, to_json, to_jsonl


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

        Only a command that adds papers (`ingest`) passes `create`: any other command given a database that
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

    def show(self, renderable: RenderableType) -> None:
        """Print a rich renderable on stdout; through the pager when a terminal cannot hold it."""
        if not self._pages():
            self.out.print(renderable)
            return
        with self.out.capture() as capture:
            self.out.print(renderable)
        self.write(capture.get())

    def write(self, text: str) -> None:
        """Write text (JSON, CSV, Markdown, a captured table) on stdout; paged when long on a terminal."""
        if self._pages() and text.count("\n") >= self.out.height:
            import click  # only when paging: start-up stays light

            click.echo_via_pager(text)  # $PAGER, else less (with -R so colours survive) or more
            return
        sys.stdout.write(text)
        sys.stdout.flush()

    def _pages(self) -> bool:
        return self.pager and self.out.is_terminal and sys.stdin.isatty()

    def emit(self, output: RenderableType) -> None:
        """What a format's writer made: text (JSON, CSV, BibTeX ...) as it is, a renderable (a table) shown."""
        if isinstance(output, str):
            self.write(output)
        else:
            self.show(output)

    def writing(self, **extra: Any) -> WriteContext:
        """What writers need from this run: whether matches need visible marks, and citation keys."""
        return WriteContext(marks=self.marks, keys=keys_from(self.store()), **extra)

    def say(self, message: str, style: str = "") -> None:
        """A line for people, on stderr; never parsed as markup (it may quote outside text)."""
        self.err.print(Text(clean(message), style=style))

    def warn(self, message: str) -> None:
        self.err.print(Text("warning: ", style="yellow") + Text(clean(message)))

    def emit_json(self, value: Any) -> None:
        self.write(to_json(value))

    def emit_lines(self, values: Iterable[Any]) -> None:
        self.write(to_jsonl(values))


def app_context(ctx: typer.Context) -> AppContext:
    """The AppContext of this run (created by the main callback)."""
    root = ctx.find_root()
    if not isinstance(root.obj, AppContext):
        root.obj = AppContext()
    return root.obj

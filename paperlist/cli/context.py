"""The typed context every command receives: global options, the consoles, the open store."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import typer
from rich.console import Console, RenderableType
from rich.text import Text

from paperlist.config import db_path
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

    def store(self) -> Store:
        """The database named by --db / $PAPERLIST_DB / the default, opened (and migrated) once."""
        if self._store is None:
            self._store = open_store(db_path(self.db_option))
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
        """Write text (JSON, CSV, Markdown, a captured table) on stdout; paged only when a terminal cannot hold it."""
        if self._pages() and not fits(text, self.out.width, self.out.height):
            import click  # only when paging: start-up stays light

            # $PAGER, else less: without $LESS as `less -FRX` (quit at once if it fits after all, keep
            # colours, leave the text on the screen when it quits).
            os.environ.setdefault("LESS", LESS_DEFAULT)
            click.echo_via_pager(text)
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
        """What writers need from this run: whether matches need visible marks, the width, citation keys."""
        return WriteContext(marks=self.marks, width=self.out.width, keys=keys_from(self.store()), **extra)

    def say(self, message: str, style: str = "") -> None:
        """A line for people, on stderr; never parsed as markup (it may quote outside text)."""
        self.err.print(Text(clean(message), style=style))

    def warn(self, message: str) -> None:
        self.err.print(Text("warning: ", style="yellow") + Text(clean(message)))

    def emit_json(self, value: Any) -> None:
        self.write(to_json(value))

    def emit_lines(self, values: Iterable[Any]) -> None:
        self.write(to_jsonl(values))


LESS_DEFAULT = "-FRX"


def fits(text: str, width: int, height: int) -> bool:
    """Whether `text` fits on a screen of `height` rows of `width` columns (long lines wrap), with a row left
    for the shell's prompt."""
    from rich.cells import cell_len

    from paperlist.views.text import clean

    rows = 0
    for line in text.splitlines():
        rows += max(1, -(-cell_len(clean(line)) // max(width, 1)))
        if rows >= height:
            return False
    return True


def app_context(ctx: typer.Context) -> AppContext:
    """The AppContext of this run (created by the main callback)."""
    root = ctx.find_root()
    if not isinstance(root.obj, AppContext):
        root.obj = AppContext()
    return root.obj

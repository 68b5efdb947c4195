"""`paperlist mark`, `tag`, `note`, `star`, `unstar`: the user's own state on papers."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from paperlist.cli import completion
from paperlist.cli.context import AppContext, app_context
from paperlist.cli.options import IdArgument, IdsArgument, OptionalIdsArgument
from paperlist.errors import PaperlistError, UsageError
from paperlist.state import STATUSES, split_mark_args, split_tag_args
from paperlist.store.papers import find_paper, is_ref, papers_by_id

if TYPE_CHECKING:
    from paperlist.store.state import StateChange

# `tag 12 -todo`: words starting with "-" are tag removals, not options; only --help is an option there
# (click would read `-hot` as `-h -o -t`), and a lone `-h` is help, as on every command (see `tag`).
TAG_CONTEXT: dict[str, Any] = {"ignore_unknown_options": True, "help_option_names": ["--help"]}


def mark(
    ctx: typer.Context,
    papers: OptionalIdsArgument = None,
    status_word: Annotated[
        str, typer.Argument(metavar="STATUS", help=f"One of {STATUSES}.", show_default=False)
    ] = "",
) -> None:
    """Set the reading status of papers: unread, reading, read or skipped.

    Marking a paper read records when; one unknown id and nothing is changed.

    The status may come first as well: `paperlist mark read 12 13`.

    Example: paperlist mark 2004.11886 2011.04419 read
    """
    context = app_context(ctx)
    refs, status = split_mark_args([*(papers or []), status_word])
    from paperlist.store import state

    change = state.mark(context.store(), refs, status)
    report_change(context, change, f"marked {status.value}", f"already {status.value}")


def tag(
    ctx: typer.Context,
    args: Annotated[
        list[str],
        typer.Argument(
            metavar="ID... +TAG -TAG",
            help="Papers, then tags to add (+nlp or nlp) and to remove (-todo).",
            show_default=False,
            autocompletion=completion.tags,
        ),
    ],
) -> None:
    """Add and remove tags: +TAG (or a bare TAG) adds, -TAG removes.

    Tags are one word of letters and digits (any script) that may also hold - _ . / and are stored
    lower-case; a tag that looks like an id needs its + (+2024). One unknown id and nothing is changed.

    Example: paperlist tag 2004.11886 2011.04419 +nlp -todo
    """
    if "-h" in args[: args.index("--") if "--" in args else len(args)]:
        typer.echo(ctx.get_help())  # -h alone is help here too; `tag ID -- -h` removes a tag "h"
        raise typer.Exit()
    context = app_context(ctx)
    store = context.store()
    edit = split_tag_args([arg for arg in args if arg != "--"], is_ref)
    from paperlist.store import state

    change = state.change_tags(store, edit.refs, edit.add, edit.remove)
    words = [f"+{name}" for name in edit.add] + [f"-{name}" for name in edit.remove]
    report_change(context, change, f"tagged {' '.join(words)}", "tags unchanged")


def note(
    ctx: typer.Context,
    paper: IdArgument,
    text: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[TEXT]...",
            help='The note ("" clears it, - reads it from stdin); none opens $VISUAL or $EDITOR.',
            show_default=False,
        ),
    ] = None,
    append: Annotated[
        bool, typer.Option("--append", help="Add TEXT as a new paragraph after the note.")
    ] = False,
) -> None:
    """Write your note on a paper (searchable, shown by show and in exports).

    Without TEXT, your editor opens on the current note ($VISUAL, then $EDITOR).

    Example: paperlist note 2004.11886 "LSRA: conv for local context, attention for long range"
    """
    context = app_context(ctx)
    store = context.store()
    kept: Path | None = None  # the editor's file, kept until the note is stored
    read: str | None = None  # how the text was read, when not as plain UTF-8
    if text == ["-"]:
        body, read = _decoded(_stdin_bytes())
        if read:
            context.warn(f"the note on stdin was {read}")
    elif text:
        body = " ".join(text)
    else:
        current = find_paper(store, paper).note or ""
        edited = _edit("" if append else current)
        if edited is None:
            context.say("Note unchanged (the editor was closed without saving).")
            return
        kept, data = edited
        body, read = _decoded(data)
        if read:
            context.warn(
                f"your editor did not save the note as UTF-8: it was {read}; the file is kept: {kept}"
            )
    from paperlist.store import state

    try:
        change = state.set_note(store, paper, body, append=append)
    except PaperlistError as error:
        if kept is not None:  # what was typed is never lost: say where it is
            error.hint = f"{error.hint + '; ' if error.hint else ''}what you wrote is kept in {kept}"
        raise
    if kept is not None and not read:
        kept.unlink(missing_ok=True)
    cleared = not body.strip() and not append
    report_change(context, change, "note cleared" if cleared else "note saved", "note unchanged")


def _stdin_bytes() -> bytes:
    """Standard input as bytes (a terminal or a file in another encoding than UTF-8 must not fail)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        return bytes(stream.read())
    return sys.stdin.read().encode("utf-8", "surrogateescape")


def _decoded(data: bytes) -> tuple[str, str | None]:
    from paperlist.ingest.decode import decode_text  # only for text from stdin or an editor

    return decode_text(data)


def _edit(current: str) -> tuple[Path, bytes] | None:
    """The file the user edited in $VISUAL / $EDITOR, and what it holds; None when closed without saving.

    The file is a temporary one that is not removed here: what was typed stays on disk until it is stored.
    """
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor and not sys.stdin.isatty():
        raise UsageError(
            "no note text given and no editor to write one in",
            'give the text (`paperlist note ID "..."`), `-` to read it from stdin, or set $EDITOR',
        )
    import tempfile

    import click  # only when an editor is needed: start-up stays light

    handle, name = tempfile.mkstemp(prefix="paperlist-note-", suffix=".md")
    path = Path(name)
    original = current.encode("utf-8")
    with os.fdopen(handle, "wb") as stream:
        stream.write(original)
    written = path.stat().st_mtime_ns
    try:
        click.edit(editor=editor, filename=name)
    except click.ClickException as error:
        path.unlink(missing_ok=True)
        raise UsageError(
            f"could not start the editor: {error.format_message()}", "check $VISUAL / $EDITOR"
        ) from error
    try:
        changed = path.stat().st_mtime_ns != written
        data = path.read_bytes()
    except OSError as error:
        raise UsageError(
            f"the editor left no note to read: {name} ({error.strerror or error}); nothing was changed",
            "save the note in the editor before closing it, or give the text on the command line",
        ) from error
    if not changed and data == original:
        path.unlink(missing_ok=True)
        return None
    return path, data


def star(ctx: typer.Context, papers: IdsArgument) -> None:
    """Star papers: `next` puts them first after the ones you are reading, `list --starred` shows them.

    Example: paperlist star 2004.11886
    """
    context = app_context(ctx)
    from paperlist.store import state

    report_change(context, state.set_starred(context.store(), papers, True), "starred", "already starred")


def unstar(ctx: typer.Context, papers: IdsArgument) -> None:
    """Remove the star from papers.

    Example: paperlist unstar 2004.11886
    """
    context = app_context(ctx)
    from paperlist.store import state

    report_change(context, state.set_starred(context.store(), papers, False), "unstarred", "was not starred")


def confirm(ctx: typer.Context, papers: IdsArgument) -> None:
    """Keep papers held back as unconfirmed: title-only references no service found, whose digests name them
    only weakly (`paperlist list --unconfirmed` shows them). They join the reading list for good.

    Example: paperlist confirm 42
    """
    from paperlist.store import state

    context = app_context(ctx)
    report_change(
        context, state.confirm(context.store(), papers), "confirmed: on the reading list", "not held back"
    )


def report_change(context: AppContext, change: StateChange, done: str, unchanged: str) -> None:
    """One line per paper on stderr: what happened to it."""
    from paperlist.views import terminal as render

    for paper in papers_by_id(context.store(), change.paper_ids):
        changed = paper.id in change.changed
        context.err.print(render.state_line(paper, done if changed else unchanged, changed=changed))

"""`paperlist undo` and `history`: the journal of your changes."""

from __future__ import annotations

from typing import Annotated

import typer

from paperlist.cli.context import app_context
from paperlist.cli.options import TABLE, HistoryFormat
from paperlist.store.papers import resolve_ref
from paperlist.views.text import clean, plural, shorten


def undo(ctx: typer.Context) -> None:
    """Revert your last change (mark, tag, note, star, add, remove, restore, resolve, edit or merge),
    saying what it was; again to revert the one before. `history` lists them.

    Example: paperlist undo
    """
    from paperlist.store import journal  # (only when asked: `paperlist list` starts without it)

    context = app_context(ctx)
    undone = journal.undo_last(context.store())
    change = undone.change
    papers = "; ".join(
        f"{paper_id} {clean(shorten(title, 50))}"
        for paper_id, title in zip(change.paper_ids[:3], change.titles[:3], strict=False)
    )
    if len(change.paper_ids) > 3:
        papers += f"; and {len(change.paper_ids) - 3} more"
    context.say(f"Undid change {change.id}, {change.summary}: {papers}")
    if undone.gone:
        context.warn(
            f"{plural(len(undone.gone), 'paper')} it changed "
            f"{'no longer exists' if len(undone.gone) == 1 else 'no longer exist'} "
            f"({', '.join(map(str, undone.gone))}: merged or purged since) and could not be put back"
        )


def history(
    ctx: typer.Context,
    paper: Annotated[
        str | None, typer.Argument(metavar="[ID]", help="Only the changes of this paper.", show_default=False)
    ] = None,
    output: HistoryFormat = TABLE,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most this many changes.")
    ] = 20,
) -> None:
    """List your latest changes to the list, newest first, and which were undone.

    Example: paperlist history -n 5
    """
    from paperlist.store import journal  # (only when asked: `paperlist list` starts without it)

    context = app_context(ctx)
    store = context.store()
    paper_id = resolve_ref(store, paper) if paper is not None else None
    changes = journal.history(store, limit=limit, paper_id=paper_id)
    if changes or output is not TABLE:
        context.emit(lambda out: output.write_history(changes, context.writing(), out))
    if not changes:
        context.say(
            "No changes yet: `mark`, `tag`, `note`, `star`, `add`, `remove`, `edit`... are listed here."
        )

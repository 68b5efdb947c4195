"""`paperlist browse`: go through the reading list in an interactive terminal app."""

from __future__ import annotations

import sys

import typer

from paperlist.cli.context import app_context
from paperlist.cli.options import (
    AuthorOption,
    CategoryOption,
    DigestOption,
    MinMentionsOption,
    SinceOption,
    StarredOption,
    StatusOption,
    TagOption,
    UnresolvedOption,
    UntilOption,
    paper_filter,
)
from paperlist.errors import UsageError


def browse(
    ctx: typer.Context,
    status: StatusOption = None,
    tag: TagOption = None,
    category: CategoryOption = None,
    author: AuthorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    digest: DigestOption = None,
    unresolved: UnresolvedOption = False,
    starred: StarredOption = False,
    min_mentions: MinMentionsOption = 0,
) -> None:
    """Go through the reading list in an interactive app: read what the digests say, glance at the
    abstract, mark, star, tag, note, open, copy BibTeX; search as you type. ? lists every key.

    Sorted like `next` (reading and unread papers unless --status says otherwise); every change is saved at
    once. Needs a terminal (works over SSH).

    Example: paperlist browse --tag nlp
    """
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError(
            "browse needs a terminal (stdin and stdout are not one)",
            "run it in a terminal, or use `paperlist list` / `paperlist next` in scripts",
        )
    context = app_context(ctx)
    from paperlist.browse.app import BrowseApp  # Textual is imported by this command only

    BrowseApp(context.store(), paper_filter(ctx.params)).run()

"""`paperlist list`, `search` and `show`: the reading list, for people and for scripts."""

from __future__ import annotations

from typing import Annotated

import typer

from paperlist import render
from paperlist.cli.context import app_context
from paperlist.cli.options import (
    AuthorOption,
    CategoryOption,
    DigestOption,
    FormatOption,
    LimitOption,
    MinMentionsOption,
    OutputFormat,
    SinceOption,
    SortOption,
    StarredOption,
    StatusOption,
    TagOption,
    UnresolvedOption,
    UntilOption,
    paper_filter,
)
from paperlist.search import search as search_library
from paperlist.store.papers import find_paper
from paperlist.store.papers import list_papers as query_papers


def list_papers(
    ctx: typer.Context,
    output: FormatOption = OutputFormat.TABLE,
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
    sort: SortOption = None,
    limit: LimitOption = None,
) -> None:
    """Show the reading list (most recently added first).

    Example: paperlist list --status unread --category cs.CL
    """
    context = app_context(ctx)
    papers = query_papers(
        context.store(),
        paper_filter(
            status=status,
            tag=tag,
            category=category,
            author=author,
            since=since,
            until=until,
            digest=digest,
            unresolved=unresolved,
            starred=starred,
            min_mentions=min_mentions,
            sort=sort,
            limit=limit,
        ),
    )
    if output is OutputFormat.JSON:
        context.emit_json([render.paper_json(paper) for paper in papers])
    elif papers:
        context.show(render.papers_table(papers))
    if not papers:
        context.say("No papers match. Add some with `paperlist ingest PATH`, or loosen the filters.")


def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY", help="Words to look for (Chinese too); title:, author:, tag: narrow a word."
        ),
    ],
    output: FormatOption = OutputFormat.TABLE,
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
    sort: SortOption = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most this many papers.")
    ] = 20,
) -> None:
    """Find papers by words in their title, authors, abstract, the digests' summaries and your notes.

    Example: paperlist search transformer
    """
    context = app_context(ctx)
    text = " ".join(query)
    hits = search_library(
        context.store(),
        text,
        paper_filter(
            status=status,
            tag=tag,
            category=category,
            author=author,
            since=since,
            until=until,
            digest=digest,
            unresolved=unresolved,
            starred=starred,
            min_mentions=min_mentions,
            sort=sort,
            limit=limit,
        ),
    )
    if output is OutputFormat.JSON:
        context.emit_json([render.hit_json(hit) for hit in hits])
    elif hits:
        context.show(render.hits_table(hits))
    if not hits:
        context.say(f"No papers match '{text}'.")


def show(
    ctx: typer.Context,
    paper: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="paperlist's id, an arXiv id (any version) or URL, or an OpenReview URL."
        ),
    ],
    output: FormatOption = OutputFormat.TABLE,
) -> None:
    """Show everything known about one paper, including what each digest said about it.

    Example: paperlist show 2004.11886
    """
    context = app_context(ctx)
    found = find_paper(context.store(), paper)
    if output is OutputFormat.JSON:
        context.emit_json(render.paper_json(found))
    else:
        context.show(render.paper_view(found))

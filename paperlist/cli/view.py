"""`paperlist list`, `next`, `search`, `show` and `open`: the reading list, for people and for scripts."""

from __future__ import annotations

from typing import Annotated

import typer

from paperlist.cli.context import app_context
from paperlist.cli.options import (
    TABLE,
    AuthorOption,
    CategoryOption,
    DigestOption,
    IdArgument,
    LimitOption,
    ListFormat,
    MinCitationsOption,
    MinMentionsOption,
    NextFormat,
    PageLimitOption,
    RemovedOption,
    SearchFormat,
    ShowFormat,
    SinceOption,
    SortOption,
    StarredOption,
    StatusOption,
    TagOption,
    UnconfirmedOption,
    UnresolvedOption,
    UntilOption,
    VenueOption,
    paper_filter,
)
from paperlist.store.papers import find_paper, iter_next, iter_papers
from paperlist.views.formats import paper_to_show


def list_papers(
    ctx: typer.Context,
    output: ListFormat = TABLE,
    status: StatusOption = None,
    tag: TagOption = None,
    category: CategoryOption = None,
    author: AuthorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    digest: DigestOption = None,
    unresolved: UnresolvedOption = False,
    unconfirmed: UnconfirmedOption = False,
    starred: StarredOption = False,
    min_mentions: MinMentionsOption = 0,
    min_citations: MinCitationsOption = 0,
    venue: VenueOption = None,
    sort: SortOption = None,
    limit: LimitOption = None,
    removed: RemovedOption = False,
) -> None:
    """Show the reading list (most recently added first).

    Example: paperlist list --status unread --category cs.CL
    """
    context = app_context(ctx)
    papers = iter_papers(context.store(), paper_filter(ctx.params))
    if not context.emit(lambda out: output.write_papers("list", papers, context.writing(), out)):
        context.say(
            "No removed papers match."
            if removed
            else "No papers match. Add some with `paperlist ingest PATH` or `paperlist add ID`, or loosen the filters."
        )


def next_up(
    ctx: typer.Context,
    output: NextFormat = TABLE,
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
    min_citations: MinCitationsOption = 0,
    venue: VenueOption = None,
    sort: SortOption = None,
    limit: PageLimitOption = 10,
) -> None:
    """What to read now: papers you are reading, then starred ones, then the unread papers most digests
    agree on, the more cited first (by order of magnitude, Semantic Scholar's count), then the newest (read
    and skipped papers are left out unless --status asks for them). "Why now" says which of these counted.

    Example: paperlist next --category cs.CL -n 5
    """
    context = app_context(ctx)
    papers = iter_next(context.store(), paper_filter(ctx.params))
    if not context.emit(lambda out: output.write_papers("next", papers, context.writing(), out)):
        context.say("Nothing left to read here: every paper matching is read or skipped. Ingest new digests!")


def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY",
            help="Words to look for (Chinese too); title:, author:, abstract:, note:, tag: narrow a word.",
        ),
    ],
    output: SearchFormat = TABLE,
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
    min_citations: MinCitationsOption = 0,
    venue: VenueOption = None,
    sort: SortOption = None,
    limit: PageLimitOption = 20,
) -> None:
    """Find papers by words in their title, authors, abstract, the digests' summaries and your notes and tags.

    Best match first, with the excerpt that matched (matches are highlighted on a terminal and put
    between « and » in pipes, files and without colour). A query word that starts with - goes after --.

    Example: paperlist search transformer
    """
    context = app_context(ctx)
    text = " ".join(query)
    from paperlist.views.search import search_hits

    hits = search_hits(context.store(), text, paper_filter(ctx.params))
    if not context.emit(lambda out: output.write_hits(hits, context.writing(), out)):
        context.say(f"No papers match '{text}'.")


def show(ctx: typer.Context, paper: IdArgument, output: ShowFormat = TABLE) -> None:
    """Show everything known about one paper: metadata, links, each digest's own words, your note,
    tags and status.

    Example: paperlist show 2004.11886
    """
    context = app_context(ctx)
    found = paper_to_show(context.store(), paper, output)
    context.emit(lambda out: output.write_paper(found, context.writing(), out))


def open_paper(
    ctx: typer.Context,
    paper: IdArgument,
    pdf: Annotated[bool, typer.Option("--pdf", help="Open the PDF instead of the abstract page.")] = False,
    print_only: Annotated[
        bool, typer.Option("--print", help="Print the address on stdout instead of opening it.")
    ] = False,
) -> None:
    """Open a paper's arXiv abstract page (or its PDF) in your browser; OpenReview's page for papers
    that are not on arXiv. $BROWSER chooses the browser.

    Example: paperlist open 2004.11886 --pdf
    """
    context = app_context(ctx)
    from paperlist.views.links import open_in_browser, page_url

    url = page_url(find_paper(context.store(), paper), pdf=pdf)
    if print_only:
        context.write(url + "\n")
    elif open_in_browser(url):
        context.say(f"Opened {url}")
    else:
        context.write(url + "\n")
        context.warn("no web browser could be started (set $BROWSER); the address is printed above")

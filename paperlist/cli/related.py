"""`paperlist related`, `cites` and `refs`: what Semantic Scholar says to read next, what cites a paper and what
it cites, marked when already in the list; `--add N...` puts the chosen ones in it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from paperlist.cli.context import AppContext, app_context
from paperlist.cli.options import TABLE, CitesFormat, RefsFormat, RelatedFormat, complete_ids
from paperlist.errors import UsageError
from paperlist.views.formats import Format

if TYPE_CHECKING:
    from paperlist.http import Wait
    from paperlist.metadata import Found

# Network code is imported when one of these commands runs, not when any command starts.

PaperAndNumbers = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="ID [N]...",
        help="The paper (paperlist's id, an arXiv id or URL, an OpenReview URL); with --add, then the numbers "
        "(the # column) of the papers to add.",
        show_default=False,
        autocompletion=complete_ids,
    ),
]
AddOption = Annotated[
    bool,
    typer.Option("--add", help="Add the papers numbered N... (the # column) to your reading list."),
]
FoundLimit = Annotated[
    int, typer.Option("--limit", "-n", metavar="N", min=1, max=500, help="Show at most this many papers.")
]


def related(
    ctx: typer.Context,
    items: PaperAndNumbers = None,
    from_starred: Annotated[
        bool,
        typer.Option(
            "--from-starred",
            help="Recommend from all your starred and read papers at once (and away from your skipped ones); "
            "then give no ID.",
        ),
    ] = False,
    add: AddOption = False,
    output: RelatedFormat = TABLE,
    limit: FoundLimit = 20,
) -> None:
    """Papers to read after this one, from Semantic Scholar's recommendations; ✓ and its id mark the ones
    already in your list. Needs the network (and the paper's arXiv id, DOI or Semantic Scholar id).

    Example: paperlist related 2004.11886 --add 1 3
    """
    _run(app_context(ctx), "related", items, from_starred, add, output, limit)


def cites(
    ctx: typer.Context,
    items: PaperAndNumbers = None,
    add: AddOption = False,
    output: CitesFormat = TABLE,
    limit: FoundLimit = 20,
) -> None:
    """Papers that cite this one (Semantic Scholar's citations), ✓ and its id when already in your list.

    Example: paperlist cites 2004.11886 -n 50
    """
    _run(app_context(ctx), "cites", items, False, add, output, limit)


def refs(
    ctx: typer.Context,
    items: PaperAndNumbers = None,
    add: AddOption = False,
    output: RefsFormat = TABLE,
    limit: FoundLimit = 20,
) -> None:
    """Papers this one cites (Semantic Scholar's references), ✓ and its id when already in your list.

    Example: paperlist refs 2004.11886 --add 2
    """
    _run(app_context(ctx), "refs", items, False, add, output, limit)


def _paper_and_numbers(
    kind: str, items: list[str], from_starred: bool, add: bool
) -> tuple[str | None, tuple[int, ...]]:
    """(the paper's id, the numbers to add) from `ID [N]...` (no ID with --from-starred)."""
    if from_starred and items and not add:
        raise UsageError(
            f"give a paper ID or --from-starred, not both ({' '.join(items)})",
            f"e.g. `paperlist {kind} --from-starred`, or `--from-starred --add N...` to add what it shows",
        )
    paper = None if from_starred or not items else items[0]
    rest = items if from_starred else items[1:]
    if rest and not add:
        raise UsageError(
            f"unexpected {' '.join(rest)} after the paper's id",
            f"to add papers, put --add before their numbers: `paperlist {kind} {paper or '--from-starred'} --add "
            f"{' '.join(rest)}`",
        )
    wrong = [item for item in rest if not (item.isascii() and item.isdigit() and int(item) >= 1)]
    if wrong:
        raise UsageError(
            f"--add {' '.join(wrong)}: not a number from the # column", "give numbers like `--add 1 3`"
        )
    if add and not rest:
        raise UsageError("--add needs the numbers (the # column) of the papers to add", "e.g. `--add 1 3`")
    return paper, tuple(int(item) for item in rest)


def _run(
    context: AppContext,
    kind: str,
    items: list[str] | None,
    from_starred: bool,
    add: bool,
    output: Format,
    limit: int,
) -> None:
    from paperlist.config import service_settings
    from paperlist.enrich.related import Ask, find_related

    def waited(wait: Wait) -> None:
        if wait.throttled:
            context.warn(f"waiting {wait.seconds:.1f} s for {wait.service}: {wait.reason}")

    paper, numbers = _paper_and_numbers(kind, items or [], from_starred, add)
    ask = Ask(kind=kind, ref=paper, from_starred=from_starred, limit=limit, add=numbers)
    found = find_related(context.store(), ask, service_settings(), on_wait=waited)
    if found.papers or output is not TABLE:
        context.emit(lambda out: output.write_found(kind, found.papers, context.writing(), out))
    context.say(_summary(found))
    if found.added:
        _fetch_added(context, found)


def _summary(found: Found) -> str:
    what = {"related": "to read after", "cites": "citing", "refs": "cited by"}[found.kind]
    known = sum(1 for paper in found.papers if paper.in_list is not None and paper.in_list not in found.added)
    line = f"{len(found.papers)} paper{'s' if len(found.papers) != 1 else ''} {what} {found.about}"
    line += f" ({known} already in your list)." if found.papers else "."
    if found.added:
        line += f" Added {len(found.added)}: {', '.join(str(paper_id) for paper_id in found.added)}."
    elif found.papers:
        line += " Add some with --add N (the # column)."
    return line


def _fetch_added(context: AppContext, found: Found) -> None:
    """Papers added with an arXiv id get arXiv's metadata at once, as `ingest` does for what it found."""
    from paperlist.cli.enrich import run_enrichment
    from paperlist.models import EnrichState
    from paperlist.store.papers import papers_by_id

    waiting = [
        paper.id
        for paper in papers_by_id(context.store(), list(found.added))
        if paper.enrichment is EnrichState.PENDING
    ]
    if waiting:
        run_enrichment(context, waiting)

"""`paperlist add`, `remove`, `restore`, `edit`, `merge`, `resolve`, `refresh` and `doctor`: what is in the list
is the user's to decide.

The write side (`store.library`) is imported by the commands that use it: `paperlist list` starts without it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from paperlist.cli.context import AppContext, app_context
from paperlist.cli.enrich import DryRunOption, run_enrichment
from paperlist.cli.options import (
    TABLE,
    AuthorOption,
    CategoryOption,
    DigestOption,
    DoctorFormat,
    IdArgument,
    IdsArgument,
    MinMentionsOption,
    OptionalIdsArgument,
    SinceOption,
    StarredOption,
    StatusOption,
    TagOption,
    UnresolvedOption,
    UntilOption,
    paper_filter,
)
from paperlist.cli.state import report_change
from paperlist.errors import ServiceError, UsageError
from paperlist.models import EnrichState, ReadStatus
from paperlist.state import normalise_tag, parse_addition, parse_edit_file, parse_edits
from paperlist.store.papers import find_paper, paper_ids, papers_by_id, resolve_refs
from paperlist.views import terminal as render
from paperlist.views.text import edit_template, plural

OfflineOption = Annotated[
    bool,
    typer.Option("--offline", help="Do not contact arXiv or OpenReview (`paperlist enrich` does it later)."),
]


def add(
    ctx: typer.Context,
    items: Annotated[
        list[str],
        typer.Argument(
            metavar="ID|TITLE...",
            help="arXiv ids or URLs (or the DOI 10.48550/arXiv.ID), OpenReview URLs, or titles in quotes;"
            " - reads them from stdin, one a line.",
            show_default=False,
        ),
    ],
    tag: Annotated[
        list[str] | None, typer.Option("--tag", "-t", metavar="TAG", help="Tag them (repeatable).")
    ] = None,
    status: Annotated[
        ReadStatus | None,
        typer.Option("--status", "-s", metavar="STATUS", help="Their status: unread, reading..."),
    ] = None,
    note: Annotated[str | None, typer.Option("--note", metavar="TEXT", help="Your note on them.")] = None,
    offline: OfflineOption = False,
) -> None:
    """Add papers by hand: by arXiv id, URL or DOI, OpenReview URL, or title.

    Online, their metadata is fetched at once (many ids in one request). A title is looked up on arXiv as a
    digest's title would be, and never guessed: when unsure, the candidates are recorded for `resolve`.
    A paper already in the list gets your tags, status and note (and comes back if you removed it).

    Example: paperlist add 2106.09685 "Attention Is All You Need" --tag thesis
    """
    from paperlist.store import library

    context = app_context(ctx)
    given = _read_items(items)
    references = [parse_addition(text, line) for line, text in enumerate(given, start=1)]
    tags = [normalise_tag(name.lstrip("+")) for name in tag or ()]
    added = library.add_references(
        context.store(create=True), references, tags=tags, status=status, note=note
    )
    asked = [paper_id for paper_id in added.paper_ids if paper_id in added.new or paper_id in added.restored]
    if asked and not offline:
        run_enrichment(context, asked)
    for paper in papers_by_id(context.store(), added.paper_ids):
        if paper.id in added.new:
            what = "added"
        elif paper.id in added.restored:
            what = "added again (it was removed)"
        else:
            what = "already in the list"
        changed = paper.id not in added.known
        context.err.print(
            render.state_line(paper, what + _settled(paper.enrichment, paper.id), changed=changed)
        )
    if offline and added.new:
        context.say(
            f"{plural(len(added.new), 'paper')} added offline: `paperlist enrich` fetches the metadata."
        )


def _read_items(items: list[str]) -> list[str]:
    """The arguments, with `-` replaced by stdin's lines (blank lines and # comments skipped)."""
    given: list[str] = []
    for item in items:
        if item == "-":
            given += [
                line.strip()
                for line in sys.stdin.read().splitlines()
                if line.strip() and not line.startswith("#")
            ]
        elif item.strip():
            given.append(item.strip())
    if not given:
        raise UsageError("nothing to add", "give arXiv ids, URLs or titles (or - and one a line on stdin)")
    return given


def _settled(state: EnrichState, paper_id: int) -> str:
    """What the user should know about a paper's metadata after adding or resolving it."""
    if state is EnrichState.AMBIGUOUS:
        return f"; no sure arXiv match: `paperlist show {paper_id}` lists the candidates"
    if state is EnrichState.NOT_FOUND:
        return "; not found on arXiv"
    return ""


def remove(
    ctx: typer.Context,
    papers: OptionalIdsArgument = None,
    purge: Annotated[
        bool,
        typer.Option(
            "--purge",
            help="Delete them from the database for good (without IDs: every removed paper), after saying what goes.",
        ),
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Purge without asking.")] = False,
) -> None:
    """Remove papers from the list: hidden from every view and export, kept in the database (`list --removed`
    shows them, `restore` brings them back), and a digest read again does not bring them back.

    Example: paperlist remove 12 2004.11886
    """
    from paperlist.store import library

    context = app_context(ctx)
    store = context.store()
    if purge:
        _purge(context, papers, yes)
        return
    if not papers:
        raise UsageError("give the ids of the papers to remove", "e.g. `paperlist remove 12`")
    change = library.remove(store, papers)
    report_change(context, change, "removed (`paperlist restore` brings it back)", "already removed")


def _purge(context: AppContext, refs: list[str] | None, yes: bool) -> None:
    from paperlist.store import library

    store = context.store()
    plan = library.purge_plan(store, refs or None)
    if not plan.paper_ids:
        context.say("Nothing to purge: no paper is removed (`paperlist remove ID` removes one first).")
        return
    for paper in papers_by_id(store, plan.paper_ids):
        context.err.print(render.state_line(paper, "will be deleted for good", changed=False))
    lost = f"{plural(plan.mentions, 'mention')} by digests"
    if plan.with_state:
        lost += f", and your status, notes, stars, tags or edits on {plural(len(plan.with_state), 'paper')}"
    context.say(f"Purging deletes {plural(len(plan.paper_ids), 'paper')} with {lost}; it cannot be undone.")
    if not yes:
        import click

        try:
            confirmed = click.confirm("Delete them for good?", default=False, err=True)
        except click.Abort:
            confirmed = False
        if not confirmed:
            raise UsageError("not confirmed: nothing was deleted", "answer y, or pass --yes")
    library.purge(store, plan)
    context.say(f"Deleted {plural(len(plan.paper_ids), 'paper')} for good.")


def restore(ctx: typer.Context, papers: IdsArgument) -> None:
    """Bring removed papers back into the list.

    Example: paperlist restore 12
    """
    from paperlist.store import library

    context = app_context(ctx)
    report_change(context, library.restore(context.store(), papers), "restored", "was not removed")


def edit(
    ctx: typer.Context,
    paper: IdArgument,
    title: Annotated[str | None, typer.Option("--title", metavar="TEXT", help="Your title.")] = None,
    authors: Annotated[
        str | None, typer.Option("--authors", metavar="NAMES", help='Your authors, ";" between names.')
    ] = None,
    year: Annotated[str | None, typer.Option("--year", metavar="YYYY", help="Your year.")] = None,
    venue: Annotated[str | None, typer.Option("--venue", metavar="TEXT", help="Your venue.")] = None,
    from_file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            metavar="FILE",
            dir_okay=False,
            help="Read the fields from a TOML file (as the editor shows).",
        ),
    ] = None,
) -> None:
    """Correct a paper's title, authors, year or venue: yours are shown instead of the fetched ones,
    everywhere, and enrichment never overwrites them. "" goes back to the fetched value.

    Without options, $VISUAL or $EDITOR opens the fields as TOML; a file that does not parse is kept, and
    named, so that nothing you wrote is lost.

    Example: paperlist edit 12 --title "LoRA: Low-Rank Adaptation of Large Language Models"
    """
    from paperlist.store import library

    context = app_context(ctx)
    store = context.store()
    options = {"title": title, "authors": authors, "year": year, "venue": venue}
    given = {name: value for name, value in options.items() if value is not None}
    if given and from_file is not None:
        raise UsageError(
            "give either field options or --file, not both", "e.g. `paperlist edit 12 --year 2021`"
        )
    if given:
        values = parse_edits(given, "the options")
    elif from_file is not None:
        try:
            text = from_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"cannot read {from_file}: {error}", "give a TOML file") from error
        values = parse_edit_file(text, str(from_file))
    else:
        current = find_paper(store, paper)
        edited = _edit_in_editor(edit_template(current))
        if edited is None:
            context.say("Nothing changed (the editor was closed without saving).")
            return
        try:
            values = parse_edit_file(edited, "the edited file")
        except UsageError as error:
            kept = _keep(edited, Path(store.path).parent, current.id)
            raise UsageError(
                f"{error.message}; your text is kept in {kept}",
                f"fix it and run `paperlist edit {current.id} --file {kept}`",
            ) from None
    result = library.edit_fields(store, paper, values)
    from paperlist.store.state import StateChange

    words = [*result.set, *(f"{name} back to fetched" for name in result.cleared)]
    report_change(
        context,
        StateChange((result.paper_id,), (result.paper_id,) if words else ()),
        "edited " + ", ".join(words),
        "unchanged",
    )


def _edit_in_editor(text: str) -> str | None:
    import os

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor and not sys.stdin.isatty():
        raise UsageError(
            "no field given and no editor to edit them in",
            'give the fields (`paperlist edit ID --title "..."`), --file FILE, or set $EDITOR',
        )
    import click

    try:
        return click.edit(text, editor=editor, extension=".toml", require_save=True)
    except click.ClickException as error:
        raise UsageError(
            f"could not start the editor: {error.format_message()}", "check $VISUAL / $EDITOR"
        ) from error


def _keep(text: str, folder: Path, paper_id: int) -> Path:
    """Save what the user wrote where they will find it again (beside the database), under a new name."""
    for number in range(1, 1000):
        path = folder / f"paperlist-edit-{paper_id}{'' if number == 1 else f'-{number}'}.toml"
        try:
            with path.open("x", encoding="utf-8") as handle:
                handle.write(text)
            return path
        except FileExistsError:
            continue
    raise UsageError(f"could not save your edit beside the database in {folder}", "edit again")


def merge(ctx: typer.Context, keep: IdArgument, other: IdArgument) -> None:
    """Make one paper of two that are the same: every mention, both ids, your state on both combined.

    The first paper keeps its id. `paperlist doctor` lists likely duplicates.

    Example: paperlist merge 12 31
    """
    from paperlist.store import library

    context = app_context(ctx)
    merged = library.merge(context.store(), keep, other)
    (paper,) = papers_by_id(context.store(), [merged.kept])
    context.err.print(render.state_line(paper, f"merged with paper {merged.dropped}", changed=True))


def resolve(
    ctx: typer.Context,
    paper: IdArgument,
    candidate: Annotated[
        int | None,
        typer.Argument(
            metavar="[N]", help="The candidate to take (numbered as `show` lists them).", show_default=False
        ),
    ] = None,
    arxiv: Annotated[
        str | None, typer.Option("--arxiv", metavar="ID", help="The arXiv paper it is (id or URL).")
    ] = None,
    none: Annotated[bool, typer.Option("--none", help="It has no arXiv version.")] = False,
    offline: OfflineOption = False,
) -> None:
    """Settle which arXiv paper a paper is: one of its candidates, another arXiv id, or none.

    Also re-links a paper matched to the wrong arXiv id. Your decision is kept apart, and enrichment
    never overrides it.

    Example: paperlist resolve 44 2
    """
    from paperlist.ids import parse_arxiv_id
    from paperlist.store import library

    context = app_context(ctx)
    store = context.store()
    arxiv_id = None
    if arxiv is not None:
        parsed = parse_arxiv_id(arxiv)
        if parsed is None:
            raise UsageError(f"'{arxiv}' is not an arXiv id", "e.g. --arxiv 2004.11886")
        arxiv_id = parsed[0]
    resolved = library.resolve(store, paper, candidate=candidate, arxiv_id=arxiv_id, none=none)
    found = papers_by_id(store, [resolved.paper_id])[0]
    if not offline and found.enrichment is EnrichState.PENDING:
        run_enrichment(context, [resolved.paper_id])
        found = papers_by_id(store, [resolved.paper_id])[0]
    what = f"resolved: arXiv {resolved.arxiv_id}" if resolved.arxiv_id else "resolved: no arXiv version"
    if resolved.relinked_from:
        what += f" (was {resolved.relinked_from})"
    if resolved.merged_into is not None:
        what += f"; the same paper as {resolved.merged_into}, merged"
    context.err.print(render.state_line(found, what + _settled(found.enrichment, found.id), changed=True))


def refresh(
    ctx: typer.Context,
    papers: OptionalIdsArgument = None,
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
    dry_run: DryRunOption = False,
) -> None:
    """Ask arXiv and OpenReview again about papers already enriched (new versions, a journal reference, a
    changed title), and check again ids arXiv said do not exist: the papers named, or those the filters
    keep (the same as list), or all. Batched as `enrich` is; prints the plan first.

    Example: paperlist refresh --since 2024 --dry-run
    """
    context = app_context(ctx)
    store = context.store()
    chosen = paper_filter(ctx.params)
    if papers:
        from dataclasses import replace

        chosen = replace(chosen, ids=tuple(resolve_refs(store, papers)))
    scope = paper_ids(store, chosen)
    if not scope:
        context.say("No papers match: nothing to refresh.")
        return
    report = run_enrichment(context, scope, dry_run=dry_run, refresh=True)
    if report.stopped and not dry_run:
        raise ServiceError(report.stopped, "the papers not asked keep what they had; refresh again later")


def doctor(ctx: typer.Context, output: DoctorFormat = TABLE) -> None:
    """List likely duplicates (the same title, an arXiv and an OpenReview entry of one paper, a renamed
    version) and papers whose metadata is missing or suspicious, each with the command that fixes it.

    Example: paperlist doctor
    """
    from paperlist.enrich.doctor import diagnose

    context = app_context(ctx)
    diagnosis = diagnose(context.store())
    context.emit(lambda out: output.write_doctor(diagnosis, context.writing(), out))

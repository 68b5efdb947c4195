"""Options shared by several commands, declared once."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated, Any

import typer

from paperlist.errors import UsageError
from paperlist.models import PaperFilter, ReadStatus, SortKey
from paperlist.state import tag_key
from paperlist.views.formats import Format, default_format, find_format, format_help, offered


def _complete_tags(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    from paperlist.cli.completion import tags

    return tags(ctx, incomplete)


def _complete_ids(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    from paperlist.cli.completion import paper_ids

    return paper_ids(ctx, incomplete)


complete_ids = _complete_ids  # (for arguments declared beside their command: `related ID [N]...`)


_ID_HELP = "paperlist's id, an arXiv id (any version) or URL, or an OpenReview URL."
_IDS_HELP = "paperlist's ids, arXiv ids (any version) or URLs, or OpenReview URLs."

IdArgument = Annotated[
    str, typer.Argument(metavar="ID", help=_ID_HELP, show_default=False, autocompletion=_complete_ids)
]
IdsArgument = Annotated[
    list[str], typer.Argument(metavar="ID", help=_IDS_HELP, show_default=False, autocompletion=_complete_ids)
]
# For `mark ID... STATUS`: optional here so that a missing status gets paperlist's own message.
OptionalIdsArgument = Annotated[
    list[str] | None,
    typer.Argument(metavar="ID", help=_IDS_HELP, show_default=False, autocompletion=_complete_ids),
]


_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    if not _DATE.match(value):
        raise typer.BadParameter(f"'{value}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _format_option(command: str) -> Any:
    """`--format` for `command`: the formats the registry says it offers (names and aliases, any case)."""

    def parse(value: str | Format) -> Format:
        if isinstance(value, Format):
            return value
        try:
            return find_format(value, command)
        except UsageError as error:
            raise typer.BadParameter(str(error)) from None

    def complete(incomplete: str) -> list[tuple[str, str]]:
        return [(fmt.name, fmt.summary) for fmt in offered(command) if fmt.name.startswith(incomplete)]

    return typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        parser=parse,
        show_default=False,
        autocompletion=complete,
        help=f"{format_help(command)} Default: {default_format(command).name}.",
    )


ListFormat = Annotated[Format, _format_option("list")]
NextFormat = Annotated[Format, _format_option("next")]
SearchFormat = Annotated[Format, _format_option("search")]
ShowFormat = Annotated[Format, _format_option("show")]
StatsFormat = Annotated[Format, _format_option("stats")]
ExportFormat = Annotated[Format, _format_option("export")]
RelatedFormat = Annotated[Format, _format_option("related")]
CitesFormat = Annotated[Format, _format_option("cites")]
RefsFormat = Annotated[Format, _format_option("refs")]
HistoryFormat = Annotated[Format, _format_option("history")]
DoctorFormat = Annotated[Format, _format_option("doctor")]
ExtractFormat = Annotated[Format, _format_option("extract")]
TABLE = default_format("list")
BIBTEX = default_format("export")
StatusOption = Annotated[
    list[ReadStatus] | None,
    typer.Option(
        "--status",
        "-s",
        metavar="STATUS",
        help="Only papers with this status: unread, reading, read, skipped (repeatable).",
    ),
]
TagOption = Annotated[
    list[str] | None,
    typer.Option(
        "--tag",
        "-t",
        metavar="TAG",
        help="Only papers with this tag (repeatable: all).",
        autocompletion=_complete_tags,
    ),
]
CategoryOption = Annotated[
    list[str] | None,
    typer.Option(
        "--category",
        "-c",
        metavar="CATEGORY",
        help="Only papers in this arXiv category, e.g. cs.CL or cs (repeatable: any).",
    ),
]
AuthorOption = Annotated[
    str | None,
    typer.Option("--author", "-a", metavar="NAME", help="Only papers with an author matching this."),
]
SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since", metavar="DATE", callback=_date, help="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)."
    ),
]
UntilOption = Annotated[
    str | None,
    typer.Option(
        "--until",
        metavar="DATE",
        callback=_date,
        help="Published on or before (YYYY, YYYY-MM or YYYY-MM-DD).",
    ),
]
DigestOption = Annotated[
    str | None,
    typer.Option(
        "--digest", "-d", metavar="NAME", help="Only papers mentioned by a digest whose name contains this."
    ),
]
UnresolvedOption = Annotated[
    bool, typer.Option("--unresolved", help="Only papers not yet matched to arXiv/OpenReview metadata.")
]
StarredOption = Annotated[bool, typer.Option("--starred", help="Only starred papers.")]
RemovedOption = Annotated[
    bool,
    typer.Option("--removed", help="The papers you removed (hidden otherwise; `restore` brings them back)."),
]
UnconfirmedOption = Annotated[
    bool,
    typer.Option(
        "--unconfirmed",
        help="Only the references held back as unconfirmed (title-only, named weakly, found on no service);"
        " `paperlist confirm ID` keeps one.",
    ),
]


# A count larger than any library can hold: a bigger one means "all" (or, as a minimum, "none"). SQLite's
# integers end at 2**63, and `--limit 999999999999999999999` once crashed a query.
MAX_COUNT = 10**15


def at_most_max_count(value: int | None) -> int | None:
    """A count option's value, capped at MAX_COUNT (it means the same: more than any library holds)."""
    return None if value is None else min(value, MAX_COUNT)


MinMentionsOption = Annotated[
    int,
    typer.Option(
        "--min-mentions",
        metavar="N",
        min=0,
        callback=at_most_max_count,
        help="Only papers at least this many digests mention.",
    ),
]
MinCitationsOption = Annotated[
    int,
    typer.Option(
        "--min-citations",
        metavar="N",
        min=0,
        help="Only papers cited at least N times (Semantic Scholar's count; papers without one are left out).",
    ),
]
VenueOption = Annotated[
    str | None,
    typer.Option(
        "--venue",
        metavar="NAME",
        help="Only papers published at a venue named so, e.g. ICLR, NeurIPS, ACL (a word of its name starts "
        "with NAME).",
    ),
]
SortOption = Annotated[
    SortKey | None,
    typer.Option(
        "--sort",
        metavar="KEY",
        help="Order: added (newest first), published (newest first), title, mentions (most digests first), "
        "citations (most cited first), relevance (search: best match first; list: as `next` ranks).",
    ),
]
LimitOption = Annotated[
    int | None,
    typer.Option(
        "--limit", "-n", metavar="N", min=1, callback=at_most_max_count, help="Show at most this many papers."
    ),
]
# `next` and `search` show a page by default (the default is the command's own).
PageLimitOption = Annotated[
    int,
    typer.Option(
        "--limit", "-n", metavar="N", min=1, callback=at_most_max_count, help="Show at most this many papers."
    ),
]


def paper_filter(params: Mapping[str, Any]) -> PaperFilter:
    """Build the filter the store understands from a command's parsed options (`ctx.params`).

    Every view declares the same filter options (the aliases above) under the same names, so one
    function reads them all; a command without some option (e.g. `--limit`) simply leaves it unset.
    """
    # ctx.params holds what click parsed: choices may still be plain strings, so convert them here.
    sort = params.get("sort")
    return PaperFilter(
        status=tuple(ReadStatus(str(value)) for value in params.get("status") or ()),
        tags=tuple(tag_key(tag) for tag in params.get("tag") or ()),
        categories=tuple(params.get("category") or ()),
        author=params.get("author"),
        since=params.get("since"),
        until=_end_of(params.get("until")),
        digest=params.get("digest"),
        unresolved=bool(params.get("unresolved")),
        unconfirmed=bool(params.get("unconfirmed")),
        starred=bool(params.get("starred")),
        min_mentions=int(params.get("min_mentions") or 0),
        min_citations=int(params.get("min_citations") or 0),
        venue=(params.get("venue") or "").strip() or None,
        sort=SortKey(str(sort)) if sort is not None else None,
        limit=params.get("limit"),
        removed=bool(params.get("removed")),
    )


def _end_of(until: str | None) -> str | None:
    """`--until 2020` means up to the end of 2020; dates compare as text."""
    if until is None or len(until) == 10:
        return until
    return until + "-99" if len(until) == 7 else until + "-99-99"

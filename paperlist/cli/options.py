"""Options shared by several commands, declared once."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

import typer

from paperlist.models import PaperFilter, ReadStatus, SortKey


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    if not _DATE.match(value):
        raise typer.BadParameter(f"'{value}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="Output: a table for people, JSON for scripts (stdout)."),
]
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
    typer.Option("--tag", "-t", metavar="TAG", help="Only papers with this tag (repeatable: all)."),
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
MinMentionsOption = Annotated[
    int,
    typer.Option(
        "--min-mentions", metavar="N", min=0, help="Only papers at least this many digests mention."
    ),
]
SortOption = Annotated[
    SortKey | None,
    typer.Option(
        "--sort",
        metavar="KEY",
        help="Order: added, published, title, mentions (most digests first), relevance (search).",
    ),
]
LimitOption = Annotated[
    int | None, typer.Option("--limit", "-n", metavar="N", min=1, help="Show at most this many papers.")
]


def paper_filter(
    *,
    status: list[ReadStatus] | None,
    tag: list[str] | None,
    category: list[str] | None,
    author: str | None,
    since: str | None,
    until: str | None,
    digest: str | None,
    unresolved: bool,
    starred: bool,
    min_mentions: int,
    sort: SortKey | None,
    limit: int | None,
) -> PaperFilter:
    """Build the filter the store understands from the shared options."""
    return PaperFilter(
        status=tuple(status or ()),
        tags=tuple(tag or ()),
        categories=tuple(category or ()),
        author=author,
        since=since,
        until=_end_of(until),
        digest=digest,
        unresolved=unresolved,
        starred=starred,
        min_mentions=min_mentions,
        sort=sort,
        limit=limit,
    )


def _end_of(until: str | None) -> str | None:
    """`--until 2020` means up to the end of 2020; dates compare as text."""
    if until is None or len(until) == 10:
        return until
    return until + "-99" if len(until) == 7 else until + "-99-99"

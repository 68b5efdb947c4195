"""`paperlist stats`: the reading list counted."""

from __future__ import annotations

from typing import Annotated

import typer

from paperlist.cli.context import app_context
from paperlist.cli.options import TABLE, StatsFormat, at_most_max_count
from paperlist.store.stats import reading_stats


def stats(
    ctx: typer.Context,
    output: StatsFormat = TABLE,
    top: Annotated[
        int,
        typer.Option(
            "--top",
            metavar="N",
            min=1,
            callback=at_most_max_count,
            help="How many categories, digests, tags and papers to rank.",
        ),
    ] = 10,
) -> None:
    """Count the reading list: papers by status, metadata state, category and month, the digests that
    brought the most papers, your tags, and the papers most digests mention.

    Example: paperlist stats --format json
    """
    context = app_context(ctx)
    counted = reading_stats(context.store(), top=top)
    context.emit(lambda out: output.write_stats(counted, context.writing(), out))
    if not counted.papers:
        context.say("The reading list is empty. Add papers with `paperlist ingest PATH`.")

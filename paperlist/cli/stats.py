"""`paperlist stats`: the reading list counted."""

from __future__ import annotations

from typing import Annotated

import typer

from paperlist.cli.context import app_context
from paperlist.cli.options import FormatOption, OutputFormat
from paperlist.store.stats import reading_stats
from paperlist.views import terminal as render


def stats(
    ctx: typer.Context,
    output: FormatOption = OutputFormat.TABLE,
    top: Annotated[
        int,
        typer.Option(
            "--top", metavar="N", min=1, help="How many categories, digests, tags and papers to rank."
        ),
    ] = 10,
) -> None:
    """Count the reading list: papers by status, metadata state, category and month, the digests that
    brought the most papers, your tags, and the papers most digests mention.

    Example: paperlist stats --format json
    """
    context = app_context(ctx)
    counted = reading_stats(context.store(), top=top)
    if output is OutputFormat.JSON:
        context.emit_json(render.stats_json(counted))
    elif output is OutputFormat.JSONL:
        context.emit_lines(render.stats_rows(counted))
    elif output is OutputFormat.CSV:
        context.write(render.to_csv(render.stats_rows(counted), render.STATS_FIELDS))
    elif output is OutputFormat.MD:
        context.write(render.stats_markdown(counted))
    else:
        context.show(render.stats_view(counted))
    if not counted.papers:
        context.say("The reading list is empty. Add papers with `paperlist ingest PATH`.")

"""Progress for people on stderr: a bar on a terminal, nothing when piped."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from paperlist.cli.context import AppContext
from paperlist.ingest.sources import Source
from paperlist.store.digests import DigestOutcome
from paperlist.views.reports import plan_text
from paperlist.views.text import clean

if TYPE_CHECKING:  # (the network stack is imported only when enrichment runs: not for ingest --offline)
    from paperlist.enrich.run import Plan
    from paperlist.http import Wait


def progress_bar(console: Console, description: str) -> Progress | None:
    """A transient bar on stderr when it is a terminal; None when piped (no spinners in pipes)."""
    if not console.is_terminal:
        return None
    return Progress(
        TextColumn(description),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


class IngestProgress:
    """An IngestObserver that shows a progress bar (terminal only) and warns about skipped digests."""

    def __init__(self, context: AppContext) -> None:
        self._context = context
        self._progress = progress_bar(context.err, "reading digests")
        self._task: TaskID | None = None

    def __enter__(self) -> IngestProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def started(self, total: int) -> None:
        if self._progress is not None:
            self._task = self._progress.add_task("ingest", total=total)

    def digest_done(self, source: Source, outcome: DigestOutcome) -> None:
        self._advance()

    def digest_skipped(self, source: Source, reason: str) -> None:
        self._context.warn(reason)
        self._advance()

    def warning(self, message: str) -> None:
        self._context.warn(message)

    def _advance(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)


class EnrichProgress:
    """An EnrichObserver: the plan on stderr, then a bar (on a terminal) that says what it waits for and why."""

    def __init__(self, context: AppContext, delay: float, dry_run: bool = False) -> None:
        self._context = context
        self._delay = delay
        self._progress = progress_bar(context.err, "{task.description}")
        self._task: TaskID | None = None
        self._dry_run = dry_run

    def __enter__(self) -> EnrichProgress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def planned(self, plan: Plan) -> None:
        self._context.say(plan_text(plan, self._delay, dry_run=self._dry_run))
        if self._progress is not None and plan.to_ask and not plan.offline and not self._dry_run:
            self._progress.start()
            self._task = self._progress.add_task("asking", total=plan.steps)

    def asking(self, service: str, what: str) -> None:
        self._describe(f"asking {service}: {what}")

    def answered(self, service: str) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)

    def waiting(self, wait: Wait) -> None:
        text = f"waiting {wait.seconds:.1f} s for {wait.service}: {clean(wait.reason)}"
        if wait.throttled:
            if self._progress is None:
                self._context.warn(text)  # no bar (piped): rate limits still deserve a line
            self._describe(text, style="yellow")
        else:
            self._describe(text)

    def _describe(self, text: str, style: str = "") -> None:
        if self._progress is not None and self._task is not None:
            # Outside text (a service's error body) is never read as markup.
            shown = escape(text)
            self._progress.update(self._task, description=f"[{style}]{shown}[/]" if style else shown)

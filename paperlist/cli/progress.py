"""Progress for people on stderr: a bar on a terminal, nothing when piped."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from paperlist.cli.context import AppContext
from paperlist.sources import Source
from paperlist.store.digests import DigestOutcome


class IngestProgress:
    """An IngestObserver that shows a progress bar (terminal only) and warns about skipped digests."""

    def __init__(self, context: AppContext) -> None:
        self._context = context
        console: Console = context.err
        self._progress: Progress | None = None
        if console.is_terminal:
            self._progress = Progress(
                TextColumn("reading digests"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                transient=True,
            )
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

    def _advance(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)

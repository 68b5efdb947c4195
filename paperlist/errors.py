"""Typed domain errors. The CLI turns them into one line on stderr and a documented exit code."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes, documented in the README ("Exit codes")."""

    OK = 0
    FAILURE = 1  # an unexpected internal error (a bug: please report it, --debug shows the traceback)
    USAGE = 2  # bad command line: unknown option, bad value
    INPUT = 3  # a digest path or URL that cannot be read, an empty folder, nothing to ingest
    NOT_FOUND = 4  # an id that matches no paper in the reading list
    DATABASE = (
        5  # the database cannot be opened, is corrupt, locked, read-only, full or from a newer paperlist
    )
    SERVICE = 6  # arXiv / OpenReview / Semantic Scholar refused us (403) or could not be reached when asked explicitly
    INTERRUPTED = 130  # Ctrl-C; everything committed so far is kept


class PaperlistError(Exception):
    """An expected failure: what happened, and what to do about it."""

    exit_code: ExitCode = ExitCode.FAILURE

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}; {self.hint}" if self.hint else self.message


class UsageError(PaperlistError):
    exit_code = ExitCode.USAGE


class InputError(PaperlistError):
    exit_code = ExitCode.INPUT


class DigestNotRead(InputError):
    """A digest whose reading failed on a bug (a rule met a shape it was not written for): that digest is
    skipped with this message, never the rest of the run. Alone, it ends the command as an internal error."""

    exit_code = ExitCode.FAILURE


class PaperNotFound(PaperlistError):
    exit_code = ExitCode.NOT_FOUND


class DatabaseError(PaperlistError):
    exit_code = ExitCode.DATABASE


class ServiceError(PaperlistError):
    exit_code = ExitCode.SERVICE


class ServiceUnreachable(ServiceError):
    """The network or the service cannot be reached at all (DNS fails, connection refused): offline."""


class ServiceBlocked(ServiceError):
    """The service refused us (HTTP 403): stop asking it."""


class ServiceThrottled(ServiceError):
    """The service kept answering 429/503/errors past the bounded wait: try again later."""

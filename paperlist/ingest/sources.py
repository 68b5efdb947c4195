"""Which digests a command line names, and their bytes: files, folders (recursively) and URLs."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from paperlist.errors import InputError, ServiceError
from paperlist.ingest.decode import MAX_DIGEST_BYTES
from paperlist.ingest.extract.document import SUFFIXES

DIGEST_SUFFIXES = frozenset(SUFFIXES)


@dataclass(frozen=True, slots=True)
class Source:
    """One digest to read."""

    location: str  # absolute path, or URL, or `stdin:<sha256>` for a digest read from stdin
    name: str  # shown to people and in the JSON `digest` field
    data: bytes | None = None  # the digest's bytes, when they were read already (stdin)

    @property
    def is_url(self) -> bool:
        return is_url(self.location)


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


STDIN = "-"


def collect_sources(paths: Sequence[str], stdin: BinaryIO | None = None) -> list[Source]:
    """Expand files, folders and URLs into digests, in a stable order. Missing paths are errors.

    `-` is a digest read from `stdin` (default: the standard input), known by its content: the same text piped
    twice is one digest, other text another.
    """
    sources: dict[str, Source] = {}
    for given in paths:
        if given == STDIN:
            source = _from_stdin(stdin if stdin is not None else sys.stdin.buffer)
            sources.setdefault(source.location, source)
            continue
        if is_url(given):
            sources.setdefault(given, Source(given, given.rstrip("/").rsplit("/", 1)[-1] or given))
            continue
        path = Path(given).expanduser()
        if not path.exists():
            raise _missing(given, path)
        if path.is_dir():
            found = _walk(path)
            if not found:
                raise InputError(
                    f"no digests in {given}",
                    f"a digest is a {', '.join(sorted(DIGEST_SUFFIXES))} file; point at another folder",
                )
            for source in found:
                sources.setdefault(source.location, source)
        else:
            resolved = os.path.abspath(path)
            sources.setdefault(resolved, Source(resolved, path.name))
    return list(sources.values())


def _from_stdin(stream: BinaryIO) -> Source:
    data = stream.read(MAX_DIGEST_BYTES + 1)
    if len(data) > MAX_DIGEST_BYTES:
        raise InputError(
            f"stdin: more than {MAX_DIGEST_BYTES // (1024 * 1024)} MB, too large to be a digest",
            "save the part you want and ingest the file",
        )
    if not data.strip():
        raise InputError(
            "stdin is empty: no digest to read", "pipe a digest in: `cat digest.md | paperlist ingest -`"
        )
    return Source(f"stdin:{hashlib.sha256(data).hexdigest()}", "stdin", data)


def _missing(given: str, path: Path) -> InputError:
    """Why a path the user gave is not there: it does not exist, or it is a link to nothing or to itself."""
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:  # Python 3.11 reports a symlink loop so
            return InputError(f"{given} is a symbolic link loop", "point the link at a digest, or remove it")
        except OSError as error:
            if error.errno == errno.ELOOP:
                return InputError(
                    f"{given} is a symbolic link loop", "point the link at a digest, or remove it"
                )
        return InputError(
            f"{given} is a symbolic link to {os.readlink(path)}, which does not exist",
            "fix or remove the link",
        )
    return InputError(f"no such file or folder: {given}", "check the path and run again")


def _walk(folder: Path) -> list[Source]:
    found: list[Source] = []
    # followlinks=False: a symlink loop cannot make us walk forever.
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file_name in sorted(files):
            if file_name.startswith(".") or Path(file_name).suffix.lower() not in DIGEST_SUFFIXES:
                continue
            path = Path(root, file_name)
            found.append(Source(os.path.abspath(path), file_name))
    return found


def read_source(source: Source) -> bytes:
    """The raw bytes of a digest; InputError (naming it) when it cannot or should not be read."""
    if source.data is not None:
        return source.data
    if source.is_url:
        return fetch_digest(source.location)
    try:
        info = os.stat(source.location)
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or a device would block or never end: only regular files are digests.
            raise InputError(
                f"{source.location}: not a regular file (a pipe, socket or device)",
                "give the digest file itself",
            )
        if info.st_size > MAX_DIGEST_BYTES:
            raise InputError(
                f"{source.location}: {info.st_size / 1e6:.0f} MB is too large to be a digest (limit 20 MB)",
                "leave it out of the digest folder",
            )
        with open(source.location, "rb") as handle:
            return handle.read(MAX_DIGEST_BYTES + 1)
    except PermissionError as error:
        raise InputError(
            f"{source.location}: permission denied", "check the file's permissions (ls -l) or leave it out"
        ) from error
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(
                f"{source.location} is a symbolic link loop", "fix or remove the link"
            ) from error
        raise InputError(
            f"{source.location}: cannot read ({error.strerror or error})", "check the file, or leave it out"
        ) from error


def fetch_digest(url: str, *, timeout: float | None = None) -> bytes:
    """Download a digest page through the polite client, refusing anything larger than a digest can be or
    slower than `timeout` (default: $PAPERLIST_TIMEOUT, else 30 s). Redirects to other hosts are followed
    (pages move; the answer is only read as a digest), at most a few."""
    from paperlist.config import service_settings
    from paperlist.http import Answer, GaveUp, PoliteClient, TooLarge  # only for URLs: start-up stays light

    seconds = timeout if timeout is not None else service_settings().timeout

    def interpret(answer: Answer) -> bytes:
        if answer.status >= 400:
            raise InputError(
                f"{url}: the server answered HTTP {answer.status}",
                "check the address, or save the page and ingest the file",
            )
        return answer.body

    with PoliteClient(
        "the digest's server",
        delay=0.0,
        accept="text/html,text/plain;q=0.9,*/*;q=0.5",
        max_body=MAX_DIGEST_BYTES,
        timeout=seconds,
        max_wait=0.0,  # one try: the user is waiting, and can run the command again
        same_host_redirects=False,
    ) as client:
        try:
            return client.send("GET", url, interpret)
        except TooLarge:
            raise InputError(
                f"{url}: more than {MAX_DIGEST_BYTES // (1024 * 1024)} MB, too large to be a digest",
                "save the part you want and ingest the file",
            ) from None
        except GaveUp as error:
            if error.timed_out:
                raise InputError(
                    f"{url}: no whole answer within {seconds:g} s",
                    "try again later, or save the page and ingest the file",
                ) from None
            raise InputError(
                f"{url}: cannot fetch ({error.problem})",
                "check the address and your connection, or save the page and ingest the file",
            ) from None
        except ServiceError as error:
            raise InputError(
                f"{url}: cannot fetch ({error.message})",
                "check the address and your connection, or save the page and ingest the file",
            ) from None

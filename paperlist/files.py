"""Writing a file for the user (`export -o`): whole or not at all, and never over their database or a folder.

A file is written beside its target under a temporary name, synced, then renamed over the target: an
interruption, a full disk or an error leaves the old file as it was, never half of the new one. A target that
is the database in use (or its journal), any other SQLite database, or a folder is refused before anything is
written: `export -o library.db` once replaced a reading list with BibTeX.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from paperlist.errors import UsageError

SQLITE_HEADER = b"SQLite format 3\x00"
# What SQLite keeps beside a database: writing over one of these corrupts the database.
_COMPANIONS = ("-wal", "-shm", "-journal")


def is_sqlite_file(path: Path) -> bool:
    """Whether `path` is an SQLite database (by its first 16 bytes; unreadable files are not)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_target(path: Path, *, protect: Sequence[Path] = (), option: str = "--output") -> Path:
    """The file `path` names (through a symbolic link), if an export may be written there; else UsageError,
    naming `option`: a folder, a database in `protect` or its journal, any SQLite file."""
    target = Path(os.path.realpath(path))  # through a symbolic link, to the file it names
    hint = f"choose another {option} path"
    if target.is_dir():
        raise UsageError(f"{path} is a folder", f"{hint}: a file name, e.g. {path / 'export.bib'}")
    for database in protect:
        real = os.path.realpath(database)
        if str(target) == real:
            raise UsageError(f"{path} is the database paperlist is using: the export would replace it", hint)
        if any(str(target) == real + suffix for suffix in _COMPANIONS):
            raise UsageError(
                f"{path} belongs to the database paperlist is using: writing it would corrupt it", hint
            )
    if is_sqlite_file(target):
        raise UsageError(f"{path} is an SQLite database: an export would replace it", hint)
    return target


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[IO[str]]:
    """A text file (UTF-8) written beside `target` under a temporary name; once the block ends without an
    error it is synced and renamed over `target`, else removed (the old file stays as it was)."""
    mode = _mode_for(target)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode_for(target: Path) -> int:
    """The permissions the file gets: the old file's, else what a new file gets under the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask

"""Open the SQLite file, apply migrations, and turn SQLite failures into clear errors."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from paperlist.errors import DatabaseError
from paperlist.store import fts
from paperlist.store.schema import SCHEMA_VERSION

BUSY_TIMEOUT_MS = 10_000
BATCH_CACHE_KIB = 32_768
BATCH_WAL_PAGES = 20_000
# How long a batch, between two of its commits, lets others that wait for the write lock go first (at most).
YIELD_SECONDS = 3.0
# How long each of a batch's tries for the write lock waits in SQLite's busy handler (see Store.begin).
LONG_WRITER_TRY_MS = 50


class Turns:
    """Who waits for the write lock of one database, so that a long writer lets them in between its commits.

    SQLite's busy handler polls for a free write lock every 100 ms or so; a batch that begins its next
    transaction the instant it commits leaves a gap of microseconds, so a `star` during two ingests could wait
    its whole busy timeout and fail "locked" (issue 14). Every writer waiting to begin holds a shared lock on
    a small file named after the database (in the temporary folder, never beside your database); a batch that
    has just committed does not begin again while anyone holds it (up to YIELD_SECONDS). The file holds
    nothing; locks on it vanish with the process that held them (flock), so a killed writer leaves no trace
    that matters. Where flock does not exist, or the files cannot be made, nothing waits: as before.

    Long writers (batches) wait on a second file: a batch that begins does not race a short writer that waits
    (a `star` during two ingests would otherwise lose to the other ingest at every commit, issue 17's drills).
    """

    def __init__(self, database: str) -> None:
        self._fd: int | None = None  # (short writers: a command's one transaction)
        self._long_fd: int | None = None  # (long writers: batches)
        try:
            import fcntl  # noqa: F401 (POSIX only)
            import tempfile  # (start-up: a command that only reads never needs it)

            info = os.stat(database)
            name = os.path.join(tempfile.gettempdir(), f"paperlist-{info.st_dev}-{info.st_ino}")
            self._fd = os.open(f"{name}.turns", os.O_RDWR | os.O_CREAT, 0o666)
            self._long_fd = os.open(f"{name}.batches", os.O_RDWR | os.O_CREAT, 0o666)
        except (ImportError, OSError):
            self.close()

    @contextmanager
    def waiting(self, *, long: bool = False) -> Iterator[None]:
        """Say "I wait for the write lock" while the block runs (it begins a write transaction); `long`: as a
        batch."""
        fd = self._long_fd if long else self._fd
        if fd is None:
            yield
            return
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)

    def someone_waits(self) -> bool:
        """Whether any writer waits for the write lock."""
        return self.short_writer_waits() or _held(self._long_fd)

    def short_writer_waits(self) -> bool:
        """Whether a writer that is no batch waits for the write lock."""
        return _held(self._fd)

    def let_others_in(self, seconds: float = YIELD_SECONDS) -> None:
        """Called between two transactions of a long writer: wait while others wait for the lock (bounded)."""
        _wait_while(self.someone_waits, seconds)

    def let_short_writers_in(self, seconds: float = YIELD_SECONDS) -> None:
        """Called before a long writer begins: wait while a short writer waits for the lock (bounded)."""
        _wait_while(self.short_writer_waits, seconds)

    def close(self) -> None:
        for fd in (self._fd, self._long_fd):
            if fd is not None:
                os.close(fd)
        self._fd = self._long_fd = None


def _wait_while(waits: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while waits() and time.monotonic() < deadline:
        time.sleep(0.005)


def _held(fd: int | None) -> bool:
    """Whether another open file holds a lock on the file of `fd` (a writer waiting, see `Turns`)."""
    if fd is None:
        return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # (BlockingIOError: a writer holds it shared)
        return True
    fcntl.flock(fd, fcntl.LOCK_UN)
    return False


@dataclass
class Store:
    """An open paperlist database."""

    conn: sqlite3.Connection
    path: str
    # Papers whose search-index rows must be rebuilt before the open transaction commits. Rebuilding once per
    # commit, not per block, matters: FTS5 writes its pending index at every savepoint release.
    _stale: set[int] = field(default_factory=set)
    # Search-index text segmented ahead of time (raw → segmented), used by that rebuild; see fts.prepare_index_text.
    _prepared: dict[str, str] = field(default_factory=dict)
    _bulk_merging: bool = False  # the index merges less eagerly until this batch's last commit
    read_only: bool = False  # opened read-only (the file, folder or disk cannot be written)
    _turns: Turns | None = None

    @property
    def turns(self) -> Turns:
        """The write-lock queue of this database (made at the first write)."""
        if self._turns is None:
            self._turns = Turns(self.path)
        return self._turns

    def begin(self, *, long: bool = False) -> None:
        """BEGIN IMMEDIATE (take the write lock), saying meanwhile that this connection waits for it.

        `long`: for a batch, which lets a short writer that waits (a `star`) take the lock first: it asks for the
        lock in short tries, and between them waits while a short writer does, instead of racing it in SQLite's
        busy handler (up to the same busy timeout in all).
        """
        if not long:
            with self.turns.waiting():
                self.conn.execute("BEGIN IMMEDIATE")
            return
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        with self.turns.waiting(long=True):
            self.conn.execute(f"PRAGMA busy_timeout = {LONG_WRITER_TRY_MS}")
            try:
                while True:
                    self.turns.let_short_writers_in(max(0.0, deadline - time.monotonic()))
                    try:
                        self.conn.execute("BEGIN IMMEDIATE")
                        return
                    except sqlite3.OperationalError as error:
                        if (
                            error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY
                            or time.monotonic() >= deadline
                        ):
                            raise
            finally:
                self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def mark_stale(self, paper_ids: Iterable[int]) -> None:
        """Have these papers' full-text rows rebuilt from their data when the transaction commits."""
        self._stale.update(paper_ids)

    def prepared_index_text(self, segmented: Mapping[str, str]) -> None:
        """Offer search-index text already segmented elsewhere (a worker process) to the next rebuild."""
        self._prepared.update(segmented)

    def _in_transaction(self) -> bool:
        return self.conn.in_transaction

    def _rollback(self) -> None:
        # (A failed COMMIT may already have ended the transaction.)
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self._stale.clear()
        self._prepared.clear()
        self._bulk_merging = False  # (if it outlives a failed batch, the index only merges less eagerly)

    def _commit(self, *, last: bool = True) -> None:
        """Rebuild the stale search rows and commit. `last=False`: more commits of one batch follow."""
        if self._stale:
            if not last and not self._bulk_merging:  # a big write: let the index merge less eagerly
                fts.set_automerge(self.conn, fts.BULK_AUTOMERGE)
                self._bulk_merging = True
            fts.reindex(self.conn, self._stale, self._prepared)
            self._stale.clear()
        if last and self._bulk_merging:
            fts.set_automerge(self.conn, fts.DEFAULT_AUTOMERGE)
            self._bulk_merging = False
        self._prepared.clear()
        self.conn.execute("COMMIT")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block atomically: all of it is stored, or none of it.

        Outside a transaction this is one IMMEDIATE transaction; inside a `batch()` it is a savepoint, so a
        failing block undoes only itself.
        """
        with translate_errors(self.path):
            if self.conn.in_transaction:
                self.conn.execute("SAVEPOINT block")
                try:
                    yield self.conn
                except GeneratorExit:
                    # (closed unfinished, as a Ctrl-C can leave it: see below)
                    with contextlib.suppress(sqlite3.ProgrammingError):
                        self.conn.execute("ROLLBACK TO block")
                        self.conn.execute("RELEASE block")
                    raise
                except BaseException:
                    if self._in_transaction():  # (asked again: the block may have ended it)
                        self.conn.execute("ROLLBACK TO block")
                        self.conn.execute("RELEASE block")
                    else:  # SQLite rolled the whole transaction back itself (a full disk, an I/O error)
                        self._rollback()
                    raise
                self.conn.execute("RELEASE block")
                return
            self.begin()
            try:
                yield self.conn
                self._commit()
            except GeneratorExit:
                # A Ctrl-C that lands between entering the block and its start leaves this generator unfinished;
                # it is closed when collected, after the connection may have closed: then what is open was
                # rolled back with it, and there is no database to do anything on.
                with contextlib.suppress(sqlite3.ProgrammingError):
                    self._rollback()
                raise
            except BaseException:
                self._rollback()
                raise

    @contextmanager
    def batch(self, seconds: float = 0.5) -> Iterator[Batch]:
        """Group many small `transaction()` blocks into few commits (one every `seconds`, sooner when the caller
        would wait anyway: see `Batch.checkpoint`).

        Each block inside is a savepoint, so at any moment the open transaction holds only whole blocks: when
        the batch ends, even by an exception or Ctrl-C, what is complete is committed.
        """
        batch = Batch(self, seconds)
        with translate_errors(self.path):
            # A big batch rereads index pages from the OS at every lookup with the default 2 MB of page cache,
            # so it gets 32 MB (64 MB was no faster, and kept ingest's processes above 200 MB at 50,000
            # digests). Only here: a short read pays for a big cache (fresh memory for every page read), and
            # searches were measured much slower with it (benchmarks/RESULTS.md).
            self.conn.execute(f"PRAGMA cache_size = -{BATCH_CACHE_KIB}")
            # And the log is copied into the database every 80 MB instead of every 4 MB: pages rewritten by
            # successive commits are copied once, with fewer syncs.
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {BATCH_WAL_PAGES}")
            self.begin(long=True)
            try:
                yield batch
            except GeneratorExit:
                # (closed unfinished, as in `transaction`: the completed blocks are kept if the connection is
                # still open; once it is closed, there is nothing to do)
                with contextlib.suppress(sqlite3.ProgrammingError):
                    self._end_batch(batch)
                raise
            except BaseException:
                self._end_batch(batch)
                raise
            self._end_batch(batch)

    def _end_batch(self, batch: Batch) -> None:
        batch.finish()
        self.conn.execute("PRAGMA cache_size = -2000")  # (SQLite's defaults)
        self.conn.execute("PRAGMA wal_autocheckpoint = 1000")

    def refresh_statistics(self) -> None:
        """Keep the query planner's statistics true to the data after a batch of writes.

        Without statistics for every table (or with sampled ones, which misjudge skewed columns) SQLite can
        pick a poor plan, e.g. scan every paper to build a Bloom filter for a 50-row page. A full ANALYZE is
        cheap for a personal library (about 0.2 s at 100,000 papers) and runs only when the number of papers
        has drifted more than 10% from what the statistics record.
        """
        with translate_errors(self.path):
            papers = self.conn.execute("SELECT count(*) FROM papers").fetchone()[0]
            recorded = self._recorded_rows("papers")
            if recorded is not None and abs(papers - recorded) <= recorded / 10:
                return
            self.conn.execute("PRAGMA analysis_limit = 0")
            self.conn.execute("ANALYZE")

    def _recorded_rows(self, table: str) -> int | None:
        """How many rows `table` had when statistics were last gathered (None: never)."""
        if self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() is None:
            return None
        row = self.conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1", (table,)).fetchone()
        return int(str(row[0]).split()[0]) if row is not None else None

    def close(self) -> None:
        self.conn.close()
        if self._turns is not None:
            self._turns.close()


class Batch:
    """An open batch of blocks; `checkpoint()` commits when the batch has been open long enough."""

    def __init__(self, store: Store, seconds: float) -> None:
        self._store = store
        self._seconds = seconds
        self._started = time.monotonic()

    def checkpoint(self, *, idle: bool = False) -> None:
        """Call between blocks: commit and start anew if the batch is older than its time slice.

        `idle`: the caller would wait for its next block anyway; commit sooner (after a fifth of the slice), so
        the work a commit does (rebuilding search rows) fills the wait instead of adding to it.
        """
        if not self._store.conn.in_transaction:
            # (SQLite ended the transaction itself on a failure, a full disk or an I/O error, which is being
            # raised: nothing to commit, and a COMMIT would hide that failure behind its own)
            return
        age = time.monotonic() - self._started
        if age >= self._seconds or (idle and age >= self._seconds / 5):
            with translate_errors(self._store.path):
                self._store._commit(last=False)
                # Writers waiting for the lock (a `star`, another ingest) go first, or they may wait in vain.
                self._store.turns.let_others_in()
                self._store.begin(long=True)
            self._started = time.monotonic()

    def finish(self) -> None:
        conn = self._store.conn
        if not conn.in_transaction:
            return
        try:
            self._store._commit(last=True)
        except sqlite3.Error:
            self._store._rollback()
            raise


def open_store(path: str | Path, *, create: bool = True) -> Store:
    """Open (and create or migrate) the database at `path`.

    A database the user may read but not write (a read-only file, folder or disk) is opened read-only:
    reading works, and the first write fails with a DatabaseError that says the file is read-only.
    """
    db_path = Path(path).expanduser()
    location = str(db_path)
    if not create and not db_path.exists():
        raise DatabaseError(
            f"no database at {location}",
            "run `paperlist ingest PATH` first, or pass --db with the right file",
        )
    if db_path.exists() and db_path.is_dir():
        raise DatabaseError(f"{location} is a folder, not a database file", "pass --db with a file path")
    existed = db_path.exists()
    with translate_errors(location):
        if not existed:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so transactions are explicit and short.
        # The absolute path: SQLite reads a name starting with `file:` as a URI (`file:x.db?mode=memory` would
        # be a database in memory, and everything "saved" lost); the path the user gave is a path, always.
        conn = sqlite3.connect(os.path.abspath(db_path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            _prepare(conn, location)
        except sqlite3.OperationalError as error:
            conn.close()
            if not existed or not _cannot_write(error):
                raise
            return Store(conn=_open_read_only(db_path), path=location, read_only=True)
        except BaseException:
            conn.close()
            raise
    return Store(conn=conn, path=location)


def _prepare(conn: sqlite3.Connection, location: str) -> None:
    """Settings, the schema check, WAL and migrations on a read-write connection."""
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    version = _check_schema(conn, location)
    _use_wal(conn)
    if version < SCHEMA_VERSION:
        _migrate(conn, location)
    conn.execute("PRAGMA synchronous = NORMAL")
    # Savepoint journals (one per digest in ingest) and sorts stay in memory: on disk they were 3 of every
    # 4 page writes of an ingest.
    conn.execute("PRAGMA temp_store = MEMORY")


def _check_schema(conn: sqlite3.Connection, location: str) -> int:
    """The file's schema version; refuse, untouched, a file from a newer paperlist or of another program."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"{location} was written by a newer paperlist (schema {version}, this one knows {SCHEMA_VERSION})",
            "upgrade paperlist, or pass --db with another file",
        )
    if version == 0:
        tables = {
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not row[0].startswith("sqlite_")
        }
        if tables - {"_sqlite_migrations"} and "papers" not in tables:
            # Another program's database (a --db typo, a browser profile): adding our tables would be rude.
            raise DatabaseError(
                f"{location} is not a paperlist database (it holds {', '.join(sorted(tables)[:3])}"
                f"{', ...' if len(tables) > 3 else ''})",
                "pass --db with a paperlist database, or a new file name",
            )
    return version


def _cannot_write(error: sqlite3.OperationalError) -> bool:
    name = getattr(error, "sqlite_errorname", "")
    return name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY")) or "unable to open" in str(error)


def _open_read_only(db_path: Path) -> sqlite3.Connection:
    """Open a database that cannot be written (its file, folder or disk is read-only), for reading.

    Without a -wal file beside it, nothing is waiting to be checkpointed and no writer can exist (none
    could create the -wal either), so it is read as immutable: SQLite then needs no -shm file it could not
    create.
    """
    location = str(db_path)
    wal = Path(location + "-wal")
    uri = (
        db_path.resolve().as_uri()
        + "?mode=ro"
        + ("" if wal.exists() and wal.stat().st_size else "&immutable=1")
    )
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if _check_schema(conn, location) < SCHEMA_VERSION:
            raise DatabaseError(
                f"the database {location} is read-only and needs an upgrade to be read by this paperlist",
                "make it writable once (or work on a copy) and run again",
            )
    except BaseException:
        conn.close()
        raise
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Put the file in WAL mode (it stays so): readers never wait for a writer, writers wait for each other.

    Switching a new file needs every other connection gone for an instant, and SQLite does not wait for that
    through the busy handler but answers "locked" at once: processes creating the file together retry here.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _migrate(conn: sqlite3.Connection, location: str) -> None:
    """Apply pending migrations in one IMMEDIATE transaction.

    Two paperlist processes opening a new (or older) file at once must not both migrate: the second would
    fail on "table papers already exists" or on a lock upgrade. The write lock is taken first, so one
    migrates while the other waits (busy timeout), then finds the schema current and does nothing; and a
    process killed mid-migration leaves the file as it was.
    """
    from paperlist.store.migrations import apply_migrations  # sqlite-utils is only needed to migrate

    # Waiting in the queue like any writer: a process opening a new database while another already ingests
    # into it must get its turn (it finds the schema current and does nothing).
    turns = Turns(location)
    try:
        with turns.waiting():
            conn.execute("BEGIN IMMEDIATE")
    finally:
        turns.close()
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            apply_migrations(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextmanager
def translate_errors(location: str) -> Iterator[None]:
    """Turn sqlite3 failures into a DatabaseError that names the file and says what to do."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        raise _database_error(location, error) from error
    except PermissionError as error:
        raise DatabaseError(
            f"cannot open the database {location}: permission denied",
            "check the file's permissions or pass --db with a file you can write",
        ) from error
    except OSError as error:
        raise DatabaseError(
            f"cannot open the database {location}: {error.strerror or error}",
            "pass --db with a writable location",
        ) from error


def _database_error(location: str, error: sqlite3.DatabaseError) -> DatabaseError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError(
            f"the database {location} is locked by another paperlist", "wait for it to finish and run again"
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError(
            f"the database {location} is read-only", "check its permissions or pass --db with a writable file"
        )
    if "full" in text:
        return DatabaseError(
            f"the disk holding {location} is full", "free some space and run again; nothing stored was lost"
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseError(
            f"{location} is not a readable paperlist database ({error})",
            "restore it from a backup or pass --db with another file",
        )
    if "unable to open" in text:
        return DatabaseError(
            f"cannot open the database {location}", "check the folder exists and is writable, or pass --db"
        )
    return DatabaseError(f"database error in {location}: {error}", "run again; if it persists, report a bug")

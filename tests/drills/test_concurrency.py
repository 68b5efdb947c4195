"""Concurrency drill: two `paperlist ingest` runs and the user's own writes at the same time on one database.

All must succeed (WAL, a busy timeout, short transactions), nothing may be duplicated or lost, and a reader
looking at any moment never sees half of a digest or a paper without its user state or search index row.
"""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperlist.cli.app import app
from paperlist.errors import PaperlistError
from paperlist.store.db import open_store
from tests.conftest import SEEDS
from tests.drills.harness import (
    DigestPages,
    Done,
    Entry,
    Running,
    differences,
    environment,
    integrity,
    no_duplicates,
    poll,
    run,
    snapshot,
    synthetic_records,
    write_digests,
    writer_active,
)
from tests.servers.base import Fault

# The user's writes while the ingests run: (arXiv id, status, tag), each a real `mark` and `tag` command.
RECORDS = synthetic_records(900, seed=21)
IDS = list(RECORDS)
USER_WRITES = [
    (IDS[index], ("read", "reading", "skipped")[index % 3], f"topic{index % 5}") for index in range(0, 60, 6)
]


# The module's corpora and reference runs take a minute on a quiet machine, several on a busy one.
pytestmark = pytest.mark.timeout(900)


@dataclass
class Corpora:
    long: Path  # a corpus that takes a few seconds to ingest
    left: Path
    right: Path
    shared: Path
    mentions: dict[str, int]  # digest path → how many mentions a whole digest has
    reference: dict[str, list[str]]  # sequential ingest of both, then the user's writes


def _apply_user_writes(db: Path, deadline: float = 60.0) -> list[Done]:
    """`paperlist mark` and `paperlist tag` for each of USER_WRITES, each retried while its paper is not in
    the list yet (exit 4: an ingest has not recorded it); every other outcome is returned as it is."""
    results = []
    for arxiv_id, status, tag in USER_WRITES:
        for args in (("mark", arxiv_id, status), ("tag", arxiv_id, f"+{tag}")):
            give_up = time.monotonic() + deadline
            while True:
                done = run("--db", str(db), *args)
                if done.code != 4 or time.monotonic() > give_up:
                    break
                time.sleep(0.05)
            results.append(done)
    return results


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> Corpora:
    root = tmp_path_factory.mktemp("concurrency")
    records = list(RECORDS.values())
    # Two folders whose papers overlap by a third, and a folder both runs are given.
    left = [Entry("link", record) for record in records[:600]]
    right = [Entry("text", record) for record in records[300:]]
    write_digests(root / "left", left, digests=260, per_digest=7, padding=120, seed=31, prefix="l")
    write_digests(root / "right", right, digests=260, per_digest=7, padding=120, seed=32, prefix="r")
    write_digests(root / "shared", left[::3] + right[::3], digests=40, per_digest=7, seed=33, prefix="s")
    many = [Entry("link", record) for record in synthetic_records(3000, seed=34).values()]
    write_digests(root / "long", many, digests=900, per_digest=8, padding=300, seed=35, prefix="g")
    reference = root / "reference.db"
    for folder in ("left", "shared", "right"):
        done = run("--db", str(reference), "ingest", str(root / folder), "--offline")
        assert done.code == 0, done.stderr
    conn = sqlite3.connect(reference)
    mentions = dict(
        conn.execute(
            "SELECT d.path, count(m.id) FROM digests d LEFT JOIN mentions m ON m.digest_id = d.id GROUP BY d.id"
        ).fetchall()
    )
    conn.close()
    for done in _apply_user_writes(reference):
        assert done.code == 0, done.stderr
    return Corpora(
        root / "long", root / "left", root / "right", root / "shared", mentions, snapshot(reference)
    )


@dataclass
class Reader:
    """Looks at the database over and over while others write, each look one consistent read transaction."""

    db: Path
    mentions: dict[str, int]
    looks: int = 0
    problems: list[str] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)

    def look(self) -> None:
        try:
            conn = sqlite3.connect(self.db, timeout=5, isolation_level=None)
        except sqlite3.Error:
            return
        try:
            conn.execute("BEGIN")  # one snapshot for every query below
            partial = [
                (path, count, self.mentions.get(path))
                for path, count in conn.execute(
                    "SELECT d.path, count(m.id) FROM digests d LEFT JOIN mentions m ON m.digest_id = d.id"
                    " GROUP BY d.id"
                )
                if count != self.mentions.get(path)
            ]
            if partial:
                self.problems.append(f"half-written digests (path, seen, whole): {partial[:3]}")
            for name, sql in (
                ("papers without user state", "SELECT id FROM papers EXCEPT SELECT paper_id FROM user_state"),
                ("papers not in the index", "SELECT id FROM papers EXCEPT SELECT rowid FROM papers_fts"),
                ("index rows of no paper", "SELECT rowid FROM papers_fts EXCEPT SELECT id FROM papers"),
                ("papers nobody mentions", "SELECT id FROM papers EXCEPT SELECT paper_id FROM mentions"),
            ):
                rows = conn.execute(sql).fetchall()
                if rows:
                    self.problems.append(f"{name}: {rows[:5]}")
            conn.execute("COMMIT")
            self.looks += 1
        except sqlite3.OperationalError as error:
            if "no such table" not in str(error):  # the schema is not there yet
                self.problems.append(f"reader failed: {error}")
        finally:
            conn.close()

    def __enter__(self) -> Reader:
        def loop() -> None:
            while not self._stop.is_set():
                self.look()
                time.sleep(0.003)

        self._thread = threading.Thread(target=loop, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "shared.db"


@pytest.mark.slow
def test_two_ingests_and_user_writes_at_once_on_a_new_database(
    corpora: Corpora, db: Path, tmp_path: Path
) -> None:
    env = environment()
    left = Running(
        ["--db", str(db), "ingest", str(corpora.left), str(corpora.shared), "--offline"], tmp_path / "l", env
    )
    right = Running(
        ["--db", str(db), "ingest", str(corpora.shared), str(corpora.right), "--offline"], tmp_path / "r", env
    )
    with Reader(db, corpora.mentions) as reader:
        assert poll(lambda: writer_active(db) or not left.alive(), 30)
        writes = _apply_user_writes(db)
        lister = run("--db", str(db), "list", "--format", "json", env=env)
        results = [left.wait(), right.wait()]
        reader.look()
    for done in [*results, *writes]:
        assert done.code == 0, done.stderr
        assert "Traceback" not in done.stderr
    assert lister.code == 0, lister.stderr
    json.loads(lister.stdout)
    assert reader.looks > 20
    assert reader.problems == []
    assert integrity(db) == ["ok"]
    assert no_duplicates(db) == []
    diff = differences(corpora.reference, snapshot(db))
    assert not diff, "\n".join(diff)


def star_here(db: Path, arxiv_id: str) -> tuple[int, str, float]:
    """`paperlist star` in this process (no interpreter to start: the time is the command's own, mostly its
    wait for the write lock): (exit code, stderr, seconds)."""
    started = time.monotonic()
    result = CliRunner().invoke(app, ["--db", str(db), "star", arxiv_id], catch_exceptions=False)
    return result.exit_code, result.stderr, time.monotonic() - started


@pytest.mark.slow
def test_a_user_write_waits_at_most_a_moment_for_a_long_ingest(
    corpora: Corpora, db: Path, tmp_path: Path
) -> None:
    """Ingest commits every half second and lets writers waiting for the lock go first, so `star` during a
    long ingest gets its turn within about one commit (half a second), well inside the busy timeout (10 s),
    instead of failing with "locked" or waiting for the whole ingest. The bound asserted is ten commits: it
    holds on a busy machine."""
    first = run("--db", str(db), "ingest", str(corpora.left), "--offline")
    assert first.code == 0, first.stderr
    ingest = Running(["--db", str(db), "ingest", str(corpora.long), "--offline"], tmp_path / "i")
    assert poll(lambda: writer_active(db), 30)
    waits: list[float] = []
    while ingest.alive() and len(waits) < 8:
        code, stderr, seconds = star_here(db, IDS[0])
        assert code == 0, stderr
        waits.append(seconds)
    done = ingest.wait()
    assert done.code == 0, done.stderr
    assert len(waits) >= 2, "the ingest ended too soon to measure"
    assert max(waits) < 5.0, waits


@pytest.mark.slow
def test_two_ingests_on_a_new_database_and_a_star_every_fifth_of_a_second(
    corpora: Corpora, tmp_path: Path
) -> None:
    """Found by the second round of attacks (item 17): with two ingests writing a new database, a `star`
    every 0.2 s waited 11 s in 2 trials of 6 and failed "locked by another paperlist". Every one succeeds,
    within about a commit (the bound asserted, 5 s, is ten of them: it holds on a busy machine)."""
    env = environment()
    for trial in range(2):
        db = tmp_path / f"new{trial}.db"
        left = Running(
            ["--db", str(db), "ingest", str(corpora.left), "--offline"], tmp_path / f"l{trial}", env
        )
        right = Running(
            ["--db", str(db), "ingest", str(corpora.right), "--offline"], tmp_path / f"r{trial}", env
        )
        stars: list[tuple[int, str, float]] = []
        while left.alive() or right.alive():
            code, stderr, seconds = star_here(db, "1")  # the first paper either ingest records
            if code == 4 or (code == 5 and "no database" in stderr):
                time.sleep(0.05)  # not ingested yet
                continue
            stars.append((code, stderr, seconds))
            time.sleep(0.2)
        for done in (left.wait(), right.wait()):
            assert done.code == 0, done.stderr
        slow = [
            (code, round(seconds, 1), stderr)
            for code, stderr, seconds in stars
            if code != 0 or seconds >= 5.0
        ]
        assert not slow, (trial, slow)
        # (Fewer means the stars did not get their turn while the ingests ran: on an idle machine the two
        # ingests take some 15 s, time for dozens.)
        assert len(stars) >= 2, ("a star got its turn fewer than twice while two ingests ran", stars)
        assert integrity(db) == ["ok"]


def _open_at_once(
    path: str, barrier: multiprocessing.synchronize.Barrier, results: multiprocessing.Queue[str]
) -> None:
    barrier.wait()
    try:
        open_store(path).close()
        results.put("ok")
    except PaperlistError as error:
        results.put(str(error))


@pytest.mark.slow
def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    """Found by this drill: two first opens raced the migrations ("table papers already exists", "locked")."""
    context = multiprocessing.get_context("fork")
    outcomes: list[str] = []
    for attempt in range(12):
        path = str(tmp_path / f"new{attempt}.db")
        barrier = context.Barrier(6)
        results: multiprocessing.Queue[str] = context.Queue()
        processes = [context.Process(target=_open_at_once, args=(path, barrier, results)) for _ in range(6)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(30)
        outcomes += [results.get(timeout=5) for _ in processes]
        assert integrity(Path(path)) == ["ok"]
    assert set(outcomes) == {"ok"}


@pytest.mark.slow
def test_a_slow_web_page_does_not_hold_the_write_lock(tmp_path: Path) -> None:
    """Found by this drill: ingest fetched URL digests inside its write transaction, so a `mark` meanwhile
    waited for the slow server (and failed "locked" once the server took longer than 10 s)."""
    db = tmp_path / "library.db"
    seeded = run("--db", str(db), "ingest", str(SEEDS), "--offline")
    assert seeded.code == 0, seeded.stderr
    with DigestPages("## A page\nhttps://arxiv.org/abs/2101.00001\n") as pages:
        pages.push(Fault(kind="slow", seconds=4))
        ingest = Running(["--db", str(db), "ingest", pages.base_url + "/d.md", "--offline"], tmp_path / "i")
        assert pages.wait_for_arrivals(1, 30)
        started = time.monotonic()
        mark = CliRunner().invoke(app, ["--db", str(db), "mark", "2004.11886", "read"])
        seconds = time.monotonic() - started  # (in this process: no interpreter start in the measure)
        done = ingest.wait()
    assert mark.exit_code == 0, mark.stderr
    assert seconds < 2.5, seconds  # not the 4 s the page takes
    assert done.code == 0, done.stderr
    assert "Read 1 digest (1 new)" in done.stderr

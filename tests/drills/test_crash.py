"""Crash drill: `kill -9` a real `paperlist ingest` / `enrich` at many moments, then check that the database is
sound and that running the same command again reaches exactly the state of a run never interrupted.

Moments are found from outside, never through hooks in paperlist: a second connection that cannot take the
write lock proves a write transaction is open; row counts read through WAL show how far a run has committed;
the loopback imitations see a request arrive and hold their answer, so the kill lands mid-request.
"""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.drills.harness import (
    Entry,
    Running,
    copy_database,
    differences,
    environment,
    integrity,
    mixed_entries,
    no_duplicates,
    poll,
    run,
    scalar,
    set_user_state,
    snapshot,
    synthetic_notes,
    synthetic_records,
    write_digests,
    writer_active,
)
from tests.servers.arxiv_api import ArxivImitation
from tests.servers.base import Fault, rate_exceeded
from tests.servers.openreview_api import OpenReviewImitation
from tests.servers.semanticscholar_api import S2Imitation

# The shared world (corpora, reference runs) takes a minute on a quiet machine, several on a busy one.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

SLOW_ANSWER = Fault(kind="slow", seconds=20.0)  # held long enough to kill the client while it waits


@dataclass
class World:
    """Corpora and prepared databases shared by every moment (built once for the module)."""

    root: Path
    corpus: Path  # the base digests, two of them edited, and many new ones
    base_corpus: Path
    base_db: Path  # base digests ingested, the user's state on some papers
    fresh_reference: dict[str, list[str]]  # base digests ingested into a new database
    ingest_reference: dict[str, list[str]]  # base_db after an uninterrupted `ingest corpus --offline`
    new_digests: int
    online_corpus: Path  # digests naming the imitation's papers in every way
    pending_db: Path  # online_corpus ingested offline, user state on some papers
    enrich_reference: dict[str, list[str]]  # pending_db after an uninterrupted `enrich`
    ingest_seconds: float
    services: dict[str, str]


def _state_changes(ids: list[str]) -> list[tuple[str, str, list[str], str | None]]:
    statuses = ["read", "reading", "skipped"]
    return [
        (arxiv_id, statuses[index % 3], [f"t{index % 4}", "drill"], f"note {index}" if index % 2 else None)
        for index, arxiv_id in enumerate(ids)
    ]


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation]]:
    records = synthetic_records(240)
    notes = synthetic_notes(list(records.values())[-6:], 6)
    with (
        ArxivImitation(records) as arxiv,
        OpenReviewImitation(api=2) as v2,
        OpenReviewImitation(api=1, notes=notes) as v1,
    ):
        yield arxiv, v2, v1


@pytest.fixture(scope="module")
def semantic_scholar() -> Iterator[S2Imitation]:
    """Semantic Scholar's imitation: the runs ask it too, and must never reach the real service."""
    with S2Imitation() as s2:
        yield s2


def service_env(
    servers: tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation], s2_url: str, delay: float = 0.02
) -> dict[str, str]:
    arxiv, v2, v1 = servers
    return {
        "PAPERLIST_ARXIV_URL": arxiv.url,
        "PAPERLIST_OPENREVIEW_URL": v2.base_url,
        "PAPERLIST_OPENREVIEW_V1_URL": v1.base_url,
        "PAPERLIST_ARXIV_DELAY": str(delay),
        "PAPERLIST_OPENREVIEW_DELAY": "0.01",
        "PAPERLIST_S2_URL": s2_url,
        "PAPERLIST_S2_DELAY": "0.01",
    }


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory,
    servers: tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation],
    semantic_scholar: S2Imitation,
) -> World:
    root = tmp_path_factory.mktemp("crash")
    arxiv, _, v1 = servers
    records = arxiv.records
    env = environment(**service_env(servers, semantic_scholar.url))

    # Offline ingest: a base the user has worked on, then a corpus with two base digests edited and many new
    # (naming 2000 papers, each in a few digests, as real newsletters do).
    offline_records = synthetic_records(2000, seed=9)
    offline_entries = [Entry("link", record) for record in offline_records.values()] + [Entry("unknown")] * 6
    base_corpus = root / "base"
    write_digests(base_corpus, offline_entries, digests=30, seed=1, prefix="a")
    base_db = root / "base.db"
    done = run("--db", str(base_db), "ingest", str(base_corpus), "--offline", env=env)
    assert done.code == 0, done.stderr
    fresh_reference = snapshot(base_db)
    linked = [str(row) for row in _column(base_db, "SELECT arxiv_id FROM papers ORDER BY id LIMIT 12")]
    set_user_state(base_db, _state_changes(linked))

    corpus = root / "corpus"
    shutil.copytree(base_corpus, corpus)
    first, second = sorted(corpus.iterdir())[:2]
    # One edit drops the paper the user marked first (it must survive: the user's state is on it), one
    # drops papers nobody touched (they go), both add a paper.
    for path in (first, second):
        lines = path.read_text("utf-8").splitlines()
        kept = [line for line in lines if "arxiv.org" not in line or lines.index(line) > 8]
        path.write_text("\n".join([*kept, "", "9. Added later arXiv:2101.00001", ""]) + "\n", "utf-8")
    new = write_digests(corpus, offline_entries, digests=500, per_digest=8, padding=200, seed=2, prefix="b")

    reference_db = root / "reference.db"
    copy_database(base_db, reference_db)
    done = run("--db", str(reference_db), "ingest", str(corpus), "--offline", env=env)
    assert done.code == 0, done.stderr
    ingest_reference = snapshot(reference_db)
    ingest_seconds = done.seconds

    # Enrichment: digests naming the imitation's papers by link, `arXiv:` text, title and OpenReview forum.
    online_corpus = root / "online"
    entries = mixed_entries(records, v1.notes)
    write_digests(online_corpus, entries, digests=len(entries) // 6 + 1, seed=3, prefix="o")
    pending_db = root / "pending.db"
    done = run("--db", str(pending_db), "ingest", str(online_corpus), "--offline", env=env)
    assert done.code == 0, done.stderr
    marked = [
        str(row) for row in _column(pending_db, "SELECT arxiv_id FROM papers WHERE arxiv_id LIKE '2%'")
    ][:9]
    set_user_state(pending_db, _state_changes(marked))
    enriched_db = root / "enriched.db"
    copy_database(pending_db, enriched_db)
    done = run("--db", str(enriched_db), "enrich", env=env)
    assert done.code == 0, done.stderr
    for server in servers:
        server.clear()
    return World(
        root=root,
        corpus=corpus,
        base_corpus=base_corpus,
        base_db=base_db,
        fresh_reference=fresh_reference,
        ingest_reference=ingest_reference,
        new_digests=len(new),
        online_corpus=online_corpus,
        pending_db=pending_db,
        enrich_reference=snapshot(enriched_db),
        ingest_seconds=ingest_seconds,
        services=service_env(servers, semantic_scholar.url),
    )


def _column(path: Path, sql: str) -> list[object]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute(sql)]
    finally:
        conn.close()


# -- the moments ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Moment:
    """When to kill, and which run to kill and repeat."""

    name: str
    command: str  # "ingest-offline" | "ingest-fresh" | "ingest-online" | "enrich"
    wait: Callable[
        [Running, Path, World, tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation]], bool
    ]
    arm: Callable[[tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation]], None] | None = None
    delay: float = 0.02  # PAPERLIST_ARXIV_DELAY for this run
    needs: str | None = None  # papers of this kind must be pending, else the moment cannot come


FORUMS = "openreview_id IS NOT NULL"
TITLES = "arxiv_id IS NULL"


def _base_digests(db: Path) -> int:
    return int(scalar(db, "SELECT count(*) FROM digests") or 0)


def _committed_at_least(share: float) -> Callable[..., bool]:
    """Mid-transaction after `share` of the new digests are committed (visible to another reader)."""

    def wait(running: Running, db: Path, world: World, servers: object) -> bool:
        start = 30  # the base digests
        target = start + int(share * world.new_digests)
        poll(lambda: (scalar(db, "SELECT count(*) FROM digests") or 0) >= target or not running.alive(), 60)
        return poll(lambda: writer_active(db) or not running.alive(), 30, interval=0.0005) and running.alive()

    return wait


def _first_transaction(running: Running, db: Path, world: World, servers: object) -> bool:
    # The first batch holds the edited base digests: their old mentions deleted, orphans dropped, new ones in.
    ready = poll(
        lambda: (writer_active(db) and _base_digests(db) == 30) or not running.alive(), 30, interval=0.0005
    )
    return ready and running.alive()


def _at_start(running: Running, db: Path, world: World, servers: object) -> bool:
    time.sleep(0.05)
    return True


def _as_the_file_appears(running: Running, db: Path, world: World, servers: object) -> bool:
    return poll(db.exists, 30, interval=0.0002)


def _random_time(seed: int) -> Callable[..., bool]:
    """At a random point of the run: once a random share (15% to 60%) of the new digests is stored, and a random
    moment after that (in the middle of the next batch, or of its commit). Measured by the run's own progress, not
    by the clock: on a busy machine a run takes from half to several times as long as the reference run did."""

    def wait(running: Running, db: Path, world: World, servers: object) -> bool:
        rng = random.Random(seed)
        before = int(scalar(world.base_db, "SELECT count(*) FROM digests") or 0)
        total = sum(1 for path in world.corpus.iterdir() if path.is_file())
        target = before + max(1, round((total - before) * rng.uniform(0.15, 0.6)))
        poll(
            lambda: int(scalar(db, "SELECT count(*) FROM digests") or 0) >= target or not running.alive(),
            120,
            0.01,
        )
        time.sleep(rng.uniform(0.0, 0.3))
        return running.alive()

    return wait


def _arrival(server: int, count: int, extra: float = 0.0) -> Callable[..., bool]:
    """Mid-request: the `count`-th request to servers[server] has arrived and is being held."""

    def wait(running: Running, db: Path, world: World, servers: tuple[object, ...]) -> bool:
        target = servers[server]
        assert isinstance(target, ArxivImitation | OpenReviewImitation)
        arrived = poll(lambda: target.wait_for_arrivals(count, 0.05) or not running.alive(), 60)
        time.sleep(extra)
        return arrived and target.arrivals >= count

    return wait


def _hold(server: int, *faults: Fault) -> Callable[..., None]:
    def arm(servers: tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation]) -> None:
        servers[server].push(*faults)

    return arm


def _enrich_write(running: Running, db: Path, world: World, servers: object) -> bool:
    # Papers are written one short transaction each as answers come in: catch one open.
    return poll(lambda: writer_active(db) or not running.alive(), 60, interval=0.0002) and running.alive()


OK = Fault(kind="ok")
ID_BATCHES = 2  # the online corpus names ~190 ids: two id_list requests of at most 100

MOMENTS = [
    Moment("ingest: start-up, before the database is opened", "ingest-offline", _at_start),
    Moment("ingest into a new file: creating the schema", "ingest-fresh", _as_the_file_appears),
    Moment("ingest: first transaction open (edited digests replaced)", "ingest-offline", _first_transaction),
    Moment("ingest: mid-transaction, a quarter committed", "ingest-offline", _committed_at_least(0.25)),
    Moment("ingest: mid-transaction, half committed", "ingest-offline", _committed_at_least(0.5)),
    Moment("ingest: mid-transaction, four fifths committed", "ingest-offline", _committed_at_least(0.8)),
    Moment("ingest: at a random time (seed 1)", "ingest-offline", _random_time(1)),
    Moment("ingest: at a random time (seed 2)", "ingest-offline", _random_time(2)),
    Moment(
        "ingest online: mid-request, the first arXiv batch",
        "ingest-online",
        _arrival(0, 1),
        _hold(0, SLOW_ANSWER),
    ),
    Moment(
        "enrich: first batch answered, waiting its turn to ask again",
        "enrich",
        _arrival(0, 1, extra=0.3),
        delay=0.6,
    ),
    Moment("enrich: mid-request, the second id batch", "enrich", _arrival(0, 2), _hold(0, OK, SLOW_ANSWER)),
    Moment(
        "enrich: waiting out a 429's Retry-After",
        "enrich",
        _arrival(0, 1, extra=0.4),
        _hold(0, rate_exceeded("8")),
        delay=0.5,
    ),
    Moment(
        "enrich: mid-request to OpenReview", "enrich", _arrival(2, 1), _hold(2, SLOW_ANSWER), needs=FORUMS
    ),
    Moment(
        "enrich: mid-request, a title search",
        "enrich",
        _arrival(0, ID_BATCHES + 1),
        _hold(0, *[OK] * ID_BATCHES, SLOW_ANSWER),
        needs=TITLES,
    ),
    Moment("enrich: mid-transaction, writing what arXiv said", "enrich", _enrich_write),
]


@pytest.mark.parametrize("moment", MOMENTS, ids=[moment.name for moment in MOMENTS])
def test_kill_9_then_rerun_reaches_the_uninterrupted_state(
    moment: Moment,
    world: World,
    servers: tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation],
    tmp_path: Path,
) -> None:
    if moment.needs and not scalar(world.pending_db, f"SELECT count(*) FROM papers WHERE {moment.needs}"):
        pytest.skip(f"the extractor finds no such references in the corpus yet ({moment.needs})")
    for server in servers:
        server.clear()
    db = tmp_path / "drill.db"
    env = environment(**{**world.services, "PAPERLIST_ARXIV_DELAY": str(moment.delay)})
    if moment.command == "ingest-offline":
        copy_database(world.base_db, db)
        args, expected = ["ingest", str(world.corpus), "--offline"], world.ingest_reference
    elif moment.command == "ingest-fresh":
        args, expected = ["ingest", str(world.base_corpus), "--offline"], world.fresh_reference
    elif moment.command == "ingest-online":
        args, expected = ["ingest", str(world.online_corpus)], None
    else:
        copy_database(world.pending_db, db)
        args, expected = ["enrich"], world.enrich_reference
    if moment.arm is not None:
        moment.arm(servers)

    running = Running(["--db", str(db), *args], tmp_path / "killed", env)
    try:
        reached = moment.wait(running, db, world, servers)
    finally:
        killed = running.killed()
    assert reached, f"the moment never came; the run ended first:\n{killed.stderr[-2000:]}"
    assert killed.code == -9, f"the run had already ended ({killed.code}) before the kill:\n{killed.stderr}"
    assert running.orphans == [], "processes paperlist started outlived it"

    if db.exists():
        assert integrity(db) == ["ok"]
    for server in servers:
        server.clear()  # the service recovers
    again = run("--db", str(db), *args, env=environment(**world.services))
    assert again.code == 0, again.stderr
    assert "Traceback" not in again.stderr
    assert integrity(db) == ["ok"]
    assert no_duplicates(db) == []
    if expected is None:  # online ingest into a new file: the same as offline ingest, then enrich
        expected = _online_reference(world, tmp_path)
    diff = differences(expected, snapshot(db))
    assert not diff, "\n".join(diff)


def _online_reference(world: World, tmp_path: Path) -> dict[str, list[str]]:
    reference = tmp_path / "online-reference.db"
    done = run("--db", str(reference), "ingest", str(world.online_corpus), env=environment(**world.services))
    assert done.code == 0, done.stderr
    return snapshot(reference)


def test_ctrl_c_mid_transaction_keeps_what_was_stored_and_says_so(
    world: World, servers: tuple[ArxivImitation, OpenReviewImitation, OpenReviewImitation], tmp_path: Path
) -> None:
    """Ctrl-C (SIGINT to the process group) is not a crash: the digests recorded so far are committed, one
    line says so (no worker prints a traceback), exit 130, and the next run finishes the job exactly."""
    db = tmp_path / "drill.db"
    copy_database(world.base_db, db)
    args = ["ingest", str(world.corpus), "--offline"]
    running = Running(["--db", str(db), *args], tmp_path / "interrupted", environment())
    reached = _committed_at_least(0.3)(running, db, world, servers)
    running.interrupt()  # to the process group, as a terminal does: the ingest's workers get it too
    interrupted = running.wait()
    assert reached
    assert interrupted.code == 130, interrupted.stderr
    assert interrupted.lines[-1].startswith("paperlist: error: interrupted: everything stored"), (
        interrupted.stderr
    )
    assert "Traceback" not in interrupted.stderr
    assert integrity(db) == ["ok"]
    kept = scalar(db, "SELECT count(*) FROM digests")
    assert kept >= 30 + int(0.3 * world.new_digests)  # the committed digests and those of the open batch
    again = run("--db", str(db), *args, env=environment())
    assert again.code == 0, again.stderr
    diff = differences(world.ingest_reference, snapshot(db))
    assert not diff, "\n".join(diff)

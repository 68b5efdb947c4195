"""Batched writes: few commits, yet an interruption keeps exactly the blocks that completed."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperlist.store.db import Store, open_store


def titles(path: Path) -> list[str]:
    store = open_store(path)
    try:
        return [row[0] for row in store.conn.execute("SELECT title FROM papers ORDER BY id")]
    finally:
        store.close()


def add(store: Store, title: str, fail: BaseException | None = None) -> None:
    """One block: insert a paper, then (optionally) fail before the block ends."""
    with store.transaction() as conn:
        conn.execute("INSERT INTO papers (title, created_at) VALUES (?, 'now')", (title,))
        if fail is not None:
            raise fail


def interrupted_run(store: Store) -> None:
    with store.batch() as batch:
        for title in ("one", "two"):
            add(store, title)
            batch.checkpoint()
        add(store, "half", KeyboardInterrupt())


def test_interrupted_batch_keeps_completed_blocks_and_drops_the_broken_one(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    store = open_store(path)
    with pytest.raises(KeyboardInterrupt):
        interrupted_run(store)
    store.close()
    assert titles(path) == ["one", "two"]


def test_failing_block_inside_a_batch_undoes_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    store = open_store(path)
    with store.batch():
        add(store, "kept")
        with pytest.raises(ValueError, match="bad digest"):
            add(store, "undone", ValueError("bad digest"))
        add(store, "after")
    store.close()
    assert titles(path) == ["kept", "after"]


@pytest.mark.parametrize("in_batch", [False, True])
def test_a_block_left_unfinished_by_an_interruption_closes_quietly_after_the_store(
    tmp_path: Path, in_batch: bool
) -> None:
    # A Ctrl-C can land after a block is entered and before it starts: its generator is left unfinished and is
    # closed when collected, after the store has closed (CI once printed "Exception ignored in" and a traceback).
    path = tmp_path / "d.db"
    store = open_store(path)
    add(store, "stored")
    batch = store.batch()
    if in_batch:
        batch.__enter__()
    block = store.transaction()
    block.__enter__().execute("INSERT INTO papers (title, created_at) VALUES ('never', 'now')")
    store.close()
    block.gen.close()  # (what collecting them does: no error, no traceback)
    batch.gen.close()
    assert titles(path) == ["stored"]


def test_batch_commits_when_its_time_slice_is_over(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    store = open_store(path)
    other = open_store(path)
    with store.batch(seconds=0) as batch:
        add(store, "visible")
        batch.checkpoint()  # time slice 0: commits now
        assert [row[0] for row in other.conn.execute("SELECT title FROM papers")] == ["visible"]
    store.close()
    other.close()


def test_statistics_are_gathered_when_the_library_has_grown(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    for title in ("a", "b", "c"):
        add(store, title)
    store.refresh_statistics()
    stats = store.conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'papers'").fetchall()
    assert stats
    assert str(stats[0][0]).split()[0] == "3"
    add(store, "d")  # +33%: gathered again
    store.refresh_statistics()
    assert (
        store.conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'papers'").fetchone()[0].startswith("4")
    )
    for index in range(40):
        add(store, f"x{index}")
    store.refresh_statistics()
    before = store.conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'papers'").fetchone()[0]
    add(store, "one more")  # under 10%: left alone
    store.refresh_statistics()
    assert store.conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'papers'").fetchone()[0] == before
    store.close()


def test_a_big_batch_lets_the_index_merge_less_eagerly_then_restores_the_default(tmp_path: Path) -> None:
    store = open_store(tmp_path / "m.db")

    def automerge() -> int:
        row = store.conn.execute("SELECT v FROM papers_fts_config WHERE k = 'automerge'").fetchone()
        return int(row[0]) if row is not None else 4  # (FTS5's default when never set)

    seen = []
    with store.batch(seconds=0) as batch:  # every checkpoint commits
        for title in ("one", "two", "three"):
            with store.transaction() as conn:
                paper_id = conn.execute(
                    "INSERT INTO papers (title, created_at) VALUES (?, 'now')", (title,)
                ).lastrowid
                store.mark_stale([int(paper_id or 0)])
            batch.checkpoint()
            seen.append(automerge())
    assert seen == [16, 16, 16]
    assert automerge() == 4
    assert (
        store.conn.execute("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH 'three'").fetchone()[0]
        == 1
    )
    store.close()


def test_a_block_left_unfinished_and_collected_while_the_store_is_open_is_undone(tmp_path: Path) -> None:
    path = tmp_path / "e.db"
    store = open_store(path)
    block = store.transaction()
    block.__enter__().execute("INSERT INTO papers (title, created_at) VALUES ('never', 'now')")
    block.gen.close()
    add(store, "after")  # (the store goes on: no transaction was left open)
    store.close()
    assert titles(path) == ["after"]

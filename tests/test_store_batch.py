"""Batched writes: few commits, yet an interruption keeps exactly the blocks that completed."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperlist.store.db import open_store


def titles(path: Path) -> list[str]:
    store = open_store(path)
    try:
        return [row[0] for row in store.conn.execute("SELECT title FROM papers ORDER BY id")]
    finally:
        store.close()


def add(_: Path, title: str) -> str:
    return f"INSERT INTO papers (title, created_at) VALUES ('{title}', 'now')"


def test_interrupted_batch_keeps_completed_blocks_and_drops_the_broken_one(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    store = open_store(path)
    with pytest.raises(KeyboardInterrupt), store.batch() as batch:
        for title in ("one", "two"):
            with store.transaction() as conn:
                conn.execute(add(path, title))
            batch.checkpoint()
        with store.transaction() as conn:
            conn.execute(add(path, "half"))
            raise KeyboardInterrupt
    store.close()
    assert titles(path) == ["one", "two"]


def test_failing_block_inside_a_batch_undoes_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    store = open_store(path)
    with store.batch():
        with store.transaction() as conn:
            conn.execute(add(path, "kept"))
        with pytest.raises(ValueError), store.transaction() as conn:
            conn.execute(add(path, "undone"))
            raise ValueError("bad digest")
        with store.transaction() as conn:
            conn.execute(add(path, "after"))
    store.close()
    assert titles(path) == ["kept", "after"]


def test_batch_commits_when_its_time_slice_is_over(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    store = open_store(path)
    other = open_store(path)
    with store.batch(seconds=0) as batch:
        with store.transaction() as conn:
            conn.execute(add(path, "visible"))
        batch.checkpoint()  # time slice 0: commits now
        assert [row[0] for row in other.conn.execute("SELECT title FROM papers")] == ["visible"]
    store.close()
    other.close()

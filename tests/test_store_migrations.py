"""The schema: applied on open, append-only, plain names, and a database from the future is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from paperlist.errors import DatabaseError
from paperlist.store.db import SCHEMA_VERSION, open_store
from paperlist.store.migrations import known_migrations

TABLES = {
    "papers",
    "paper_titles",
    "digests",
    "mentions",
    "names",
    "user_state",
    "tags",
    "arxiv_missing",
    "papers_fts",
}


def test_new_database_has_every_table_with_plain_names(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.db")
    store.close()
    db = Database(tmp_path / "new.db")
    assert set(db.table_names()) >= TABLES
    assert {"id", "arxiv_id", "openreview_id", "title", "abstract", "enrichment"} <= set(
        db["papers"].columns_dict
    )
    assert {"paper_id", "digest_id", "line", "evidence", "raw", "summary"} <= set(db["mentions"].columns_dict)
    assert {"paper_id", "status", "note", "starred"} <= set(db["user_state"].columns_dict)


def test_schema_version_counts_the_migrations(tmp_path: Path) -> None:
    assert len(known_migrations()) == SCHEMA_VERSION
    store = open_store(tmp_path / "v.db")
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    applied = [row[0] for row in store.conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    assert applied == known_migrations()


def test_migration_names_are_numbered_in_order() -> None:
    names = known_migrations()
    assert names == sorted(names)
    assert all(name[0] == "m" and name[1:4].isdigit() for name in names)


def test_reopening_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "keep.db"
    store = open_store(path)
    store.conn.execute("INSERT INTO papers (title, created_at) VALUES ('kept', 'now')")
    store.close()
    again = open_store(path)
    assert again.conn.execute("SELECT title FROM papers").fetchall()[0][0] == "kept"


def test_database_from_a_newer_paperlist_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer paperlist"):
        open_store(path)
    assert path.read_bytes() == before


def test_unknown_applied_migration_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "odd.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 0")
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('paperlist', 'm999_x', 'now')"
        )
    with pytest.raises(DatabaseError, match="m999_x"):
        open_store(path)


def test_not_a_database_is_a_database_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"\x00junk" * 1000)
    with pytest.raises(DatabaseError, match="not a readable paperlist database"):
        open_store(path)

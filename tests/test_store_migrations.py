"""The schema: applied on open, append-only, plain names, and a database from the future is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from paperlist.digests import Digest, Extraction, Reference
from paperlist.errors import DatabaseError
from paperlist.models import Evidence
from paperlist.store.db import open_store
from paperlist.store.digests import record_digest
from paperlist.store.migrations import known_migrations
from paperlist.store.schema import SCHEMA_VERSION

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
    "paper_edits",
    "resolutions",
    "journal",
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


def v1_database(path: Path) -> None:
    """A database exactly as paperlist with schema 1 left it, with a paper mentioned by two digests."""
    from paperlist.store.migrations import migrations

    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="m002_sort_columns")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO papers (id, arxiv_id, title, primary_category, categories, created_at)"
        " VALUES (1, '2004.11886', 'Lite', 'cs.CL', '[\"cs.CL\", \"cs.LG\"]', 'now')"
    )
    conn.execute(
        "INSERT INTO papers (id, arxiv_id, title, created_at) VALUES (2, 'hep-th/9901001', 'Old', 'now')"
    )
    conn.execute(
        "INSERT INTO user_state (paper_id, status, note, added_at) VALUES (1, 'read', 'mine', 'now')"
    )
    conn.execute("INSERT INTO user_state (paper_id, added_at) VALUES (2, 'now')")
    for digest in (1, 2):
        conn.execute(
            "INSERT INTO digests (id, path, name, sha256, size, ingested_at) VALUES (?, ?, ?, 'x', 1, 'now')",
            (digest, f"/d{digest}.txt", f"d{digest}.txt"),
        )
        for line in (3, 9):  # two mentions in each digest: still two digests
            conn.execute(
                "INSERT INTO mentions (paper_id, digest_id, line, evidence, raw) VALUES (1, ?, ?, 'arxiv-link', 'x')",
                (digest, line),
            )
    conn.close()


def test_upgrading_a_schema_1_database_keeps_every_row_and_counts_digests(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    v1_database(path)
    store = open_store(path)
    rows = store.conn.execute("SELECT id, digest_count, dated FROM papers ORDER BY id").fetchall()
    assert [tuple(row) for row in rows] == [(1, 2, "2020-04"), (2, 0, "1999-01")]
    note = store.conn.execute("SELECT status, note FROM user_state WHERE paper_id = 1").fetchone()
    assert tuple(note) == ("read", "mine")
    assert store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 4


def test_digest_count_follows_mentions_through_inserts_deletes_and_merges(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    v1_database(path)
    store = open_store(path)
    conn = store.conn

    def counts() -> list[int]:
        return [row[0] for row in conn.execute("SELECT digest_count FROM papers ORDER BY id")]

    conn.execute("DELETE FROM mentions WHERE digest_id = 1 AND line = 3")
    assert counts() == [2, 0]  # digest 1 still mentions it on line 9
    conn.execute("DELETE FROM mentions WHERE digest_id = 1 AND line = 9")
    assert counts() == [1, 0]
    conn.execute("UPDATE mentions SET paper_id = 2 WHERE digest_id = 2 AND line = 3")
    assert counts() == [1, 1]
    conn.execute("UPDATE mentions SET paper_id = 1 WHERE paper_id = 2")  # a merge moves mentions
    assert counts() == [1, 0]  # (both mentions are of digest 2)
    conn.execute("DELETE FROM digests WHERE id = 2")  # cascades to its mentions
    assert counts() == [0, 0]


def test_ingest_counts_each_digest_once_as_digests_come_and_change(tmp_path: Path) -> None:
    store = open_store(tmp_path / "count.db")
    lite = Reference(Evidence.ARXIV_LINK, 1, "x", arxiv_id="2004.11886", title="Lite Transformer")
    by_title = Reference(Evidence.TITLE_ONLY, 5, "Lite Transformer", title="Lite Transformer")
    other = Reference(Evidence.ARXIV_LINK, 9, "y", arxiv_id="1706.03762")

    def record(path: str, sha: str, *references: Reference) -> None:
        digest = Digest(path=path, name=path, sha256=sha, size=1, encoding="utf-8")
        record_digest(store, digest, Extraction(references=references), "now")

    def counts() -> dict[str, int]:
        rows = store.conn.execute("SELECT arxiv_id, digest_count FROM papers")
        return {str(row[0]): int(row[1]) for row in rows}

    record("/a.md", "a1", lite, by_title)  # one paper twice in one digest: one digest
    assert counts() == {"2004.11886": 1}
    record("/b.md", "b1", other, by_title)
    assert counts() == {"2004.11886": 2, "1706.03762": 1}
    record("/b.md", "b2", by_title)  # b changed: it still names Lite Transformer, no longer 1706.03762
    assert counts() == {"2004.11886": 2}  # (an unread paper no digest mentions any more is dropped)
    record("/a.md", "a2", other)
    assert counts() == {"2004.11886": 1, "1706.03762": 1}


def test_published_date_wins_over_the_month_of_the_id(tmp_path: Path) -> None:
    store = open_store(tmp_path / "d.db")
    store.conn.execute(
        "INSERT INTO papers (arxiv_id, published, created_at) VALUES ('2004.11886', '2020-04-24', 'x')"
    )
    store.conn.execute("INSERT INTO papers (openreview_id, created_at) VALUES ('abc', 'x')")
    assert [row[0] for row in store.conn.execute("SELECT dated FROM papers ORDER BY id")] == [
        "2020-04-24",
        None,
    ]


def test_categories_become_rows_on_upgrade_and_follow_later_changes(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    v1_database(path)
    store = open_store(path)
    conn = store.conn

    def rows() -> list[tuple[int, str]]:
        return [
            tuple(row)
            for row in conn.execute("SELECT paper_id, category FROM paper_categories ORDER BY 1, 2")
        ]

    assert rows() == [(1, "cs.CL"), (1, "cs.LG")]
    conn.execute("UPDATE papers SET primary_category = 'hep-th', categories = '[\"hep-th\"]' WHERE id = 2")
    conn.execute("UPDATE papers SET categories = '[\"cs.CL\"]' WHERE id = 1")
    assert rows() == [(1, "cs.CL"), (2, "hep-th")]
    conn.execute(
        "INSERT INTO papers (id, primary_category, categories, created_at) VALUES (3, 'stat.ML', 'junk', 'x')"
    )
    assert rows()[-1] == (3, "stat.ML")  # malformed JSON never breaks a write
    conn.execute("DELETE FROM papers WHERE id = 3")
    assert (3, "stat.ML") not in rows()


def test_upgrading_to_user_control_keeps_every_row_and_adds_the_users_tables(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    v1_database(path)
    store = open_store(path)
    state = store.conn.execute(
        "SELECT status, note, removed_at, origin FROM user_state WHERE paper_id = 1"
    ).fetchone()
    assert tuple(state) == ("read", "mine", None, "digest")
    tables = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"paper_edits", "resolutions", "journal"} <= tables
    assert store.conn.execute("SELECT count(*) FROM journal").fetchone()[0] == 0
    store.close()


def test_upgrading_keeps_the_citation_keys_enriched_papers_had_and_counts_each_digests_papers(
    tmp_path: Path,
) -> None:
    from paperlist.store.migrations import migrations

    path = tmp_path / "v6.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="m007_citation_keys")
    conn.execute("PRAGMA user_version = 6")
    papers = [  # (arxiv id, title, authors, enrichment): three would share `attention2017`
        ("1706.03762", "Attention Is All You Need", "[]", "pending"),
        ("1706.05555", "Attention, Again", "[]", "enriched"),
        ("1706.07777", "Attention as Well", "[]", "enriched"),
        ("2004.11886", "Lite Transformer", '["Zhanghao Wu"]', "enriched"),
    ]
    for paper_id, (arxiv_id, title, authors, state) in enumerate(papers, start=1):
        conn.execute(
            "INSERT INTO papers (id, arxiv_id, title, authors, enrichment, created_at) VALUES (?, ?, ?, ?, ?, 'now')",
            (paper_id, arxiv_id, title, authors, state),
        )
        conn.execute("INSERT INTO user_state (paper_id, added_at) VALUES (?, 'now')", (paper_id,))
    conn.execute(
        "INSERT INTO digests (id, path, name, sha256, size, ingested_at) VALUES (1, '/d', 'd', 'x', 1, 'now')"
    )
    for paper_id, line in ((1, 1), (2, 2), (2, 5), (4, 9)):  # paper 2 twice: three papers
        conn.execute(
            "INSERT INTO mentions (paper_id, digest_id, line, evidence, raw) VALUES (?, 1, ?, 'arxiv-link', 'x')",
            (paper_id, line),
        )
    conn.close()
    store = open_store(path)
    keys = dict(store.conn.execute("SELECT paper_id, key FROM citation_keys").fetchall())
    # as the earlier paperlist gave them over the whole list; a pending paper's key is given when exported
    assert keys == {2: "attention2017a", 3: "attention2017b", 4: "wu2020lite"}
    assert store.conn.execute("SELECT paper_count FROM digests").fetchone()[0] == 3
    store.conn.execute("UPDATE mentions SET paper_id = 2 WHERE paper_id = 4")  # a merge
    assert store.conn.execute("SELECT paper_count FROM digests").fetchone()[0] == 2
    store.conn.execute("DELETE FROM mentions WHERE paper_id = 2 AND line = 2")
    assert store.conn.execute("SELECT paper_count FROM digests").fetchone()[0] == 2  # (line 5 still names it)
    store.conn.execute("DELETE FROM mentions WHERE paper_id = 1")
    assert store.conn.execute("SELECT paper_count FROM digests").fetchone()[0] == 1


def test_no_index_a_paper_is_looked_up_by_holds_a_generated_column(tmp_path: Path) -> None:
    # SQLite 3.40 reads a wrong value of a virtual generated column (`dated`) from an index it looks a row up by:
    # `export --since` found nothing once such an index (id, …, dated) existed.
    store = open_store(tmp_path / "new.db")
    conn = store.conn
    generated = {
        row[1] for row in conn.execute("PRAGMA table_xinfo(papers)") if row[6] in (2, 3)
    }  # (hidden = 2 or 3: a generated column)
    assert {"dated", "citation_tier"} <= generated
    for (index,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'papers'"
    ):
        columns = [row[2] for row in conn.execute(f"PRAGMA index_info({index})")]
        if columns and columns[0] == "id":
            assert not set(columns) & generated, index
    store.close()

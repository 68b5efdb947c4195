"""The schema, as append-only migrations (sqlite-utils Migrations). Never edit an applied one: add a new one.

Every table has a plain name so the file reads well in `sqlite-utils` or Datasette:

- papers        one row per paper (arXiv v1 and v2 are one paper); fetched metadata and enrichment state
- paper_titles  normalised titles (aliases) that point at a paper: how digest-only titles find their paper
- digests       each digest file or URL read: path, content hash, when ingested
- mentions      paper × digest × line: evidence kind, raw text, and the digest's own words about the paper
- names         papers a digest names only by a nickname (S4, Mamba): kept, never turned into papers
- user_state    the user's own state per paper (status, note, star, dates), apart from fetched metadata
- tags          the user's tags
- arxiv_missing ids arXiv said do not exist, so re-runs do not ask again
- papers_fts    full-text index (rowid = papers.id) over title, authors, abstract, digest words, note, tags
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from sqlite_utils import Database, Migrations

from paperlist.errors import DatabaseError
from paperlist.store.schema import SCHEMA_VERSION

migrations = Migrations("paperlist")
_names: list[str] = []


def migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register `fn` as the next migration (named after the function)."""
    _names.append(fn.__name__)
    return migrations()(fn)


def _run(db: Database, *statements: str) -> None:
    for statement in statements:
        db.execute(statement)


@migration
def m001_initial(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE papers (
            id INTEGER PRIMARY KEY,
            arxiv_id TEXT UNIQUE,
            openreview_id TEXT UNIQUE,
            title TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            abstract TEXT,
            published TEXT,
            updated TEXT,
            version INTEGER,
            primary_category TEXT,
            categories TEXT NOT NULL DEFAULT '[]',
            comment TEXT,
            doi TEXT,
            journal_ref TEXT,
            venue TEXT,
            enrichment TEXT NOT NULL DEFAULT 'pending'
                CHECK (enrichment IN ('pending', 'enriched', 'not_found', 'ambiguous', 'failed')),
            enrichment_reason TEXT,
            candidates TEXT,
            enriched_at TEXT,
            created_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX papers_enrichment ON papers (enrichment)",
        "CREATE INDEX papers_published ON papers (published)",
        "CREATE INDEX papers_primary_category ON papers (primary_category)",
        """
        CREATE TABLE paper_titles (
            title_key TEXT PRIMARY KEY,
            paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE
        )
        """,
        "CREATE INDEX paper_titles_paper ON paper_titles (paper_id)",
        """
        CREATE TABLE digests (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            encoding TEXT,
            ingested_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX digests_sha256 ON digests (sha256)",
        """
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            paper_id INTEGER NOT NULL REFERENCES papers (id),
            digest_id INTEGER NOT NULL REFERENCES digests (id) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            lines TEXT NOT NULL DEFAULT '[]',
            evidence TEXT NOT NULL
                CHECK (evidence IN ('arxiv-link', 'arxiv-text', 'openreview-link', 'title-only')),
            raw TEXT NOT NULL,
            title TEXT,
            version INTEGER,
            summary TEXT NOT NULL DEFAULT '',
            authors TEXT,
            affiliations TEXT,
            category TEXT,
            code_url TEXT
        )
        """,
        "CREATE INDEX mentions_paper ON mentions (paper_id)",
        "CREATE INDEX mentions_digest ON mentions (digest_id)",
        """
        CREATE TABLE names (
            id INTEGER PRIMARY KEY,
            digest_id INTEGER NOT NULL REFERENCES digests (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            line INTEGER NOT NULL,
            raw TEXT NOT NULL
        )
        """,
        "CREATE INDEX names_digest ON names (digest_id)",
        "CREATE INDEX names_name ON names (name)",
        """
        CREATE TABLE user_state (
            paper_id INTEGER PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,
            status TEXT NOT NULL DEFAULT 'unread' CHECK (status IN ('unread', 'reading', 'read', 'skipped')),
            note TEXT,
            starred INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL,
            read_at TEXT,
            updated_at TEXT
        )
        """,
        "CREATE INDEX user_state_status ON user_state (status)",
        "CREATE INDEX user_state_added ON user_state (added_at)",
        """
        CREATE TABLE tags (
            paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (paper_id, tag)
        )
        """,
        "CREATE INDEX tags_tag ON tags (tag)",
        """
        CREATE TABLE arxiv_missing (
            arxiv_id TEXT PRIMARY KEY,
            checked_at TEXT NOT NULL
        )
        """,
        """
        CREATE VIRTUAL TABLE papers_fts USING fts5(
            title, authors, abstract, digest_text, note, tags,
            tokenize = 'porter unicode61 remove_diacritics 2'
        )
        """,
    )


@migration
def m002_sort_columns(db: Database) -> None:
    """Columns and indexes that let every list sort and filter use an index instead of scanning.

    - papers.digest_count: how many distinct digests mention the paper, kept by triggers on mentions.
    - paper_categories: the arXiv categories of each paper as rows, kept by triggers on papers.
    - papers.dated: when the paper appeared, its v1 date once enriched, before that the month its arXiv id
      encodes (2004.11886 → 2020-04, hep-th/9901001 → 1999-01); a generated column, never written.
    """
    _run(
        db,
        "ALTER TABLE papers ADD COLUMN digest_count INTEGER NOT NULL DEFAULT 0",
        "UPDATE papers SET digest_count ="
        " (SELECT count(DISTINCT m.digest_id) FROM mentions m WHERE m.paper_id = papers.id)",
        """
        ALTER TABLE papers ADD COLUMN dated TEXT GENERATED ALWAYS AS (
            CASE
              WHEN published IS NOT NULL THEN published
              WHEN arxiv_id GLOB '[0-9][0-9][0-9][0-9].[0-9]*'
                THEN '20' || substr(arxiv_id, 1, 2) || '-' || substr(arxiv_id, 3, 2)
              WHEN arxiv_id GLOB '*/[0-9][0-9][0-9][0-9]*'
                THEN (CASE WHEN substr(arxiv_id, instr(arxiv_id, '/') + 1, 2) >= '91' THEN '19' ELSE '20' END)
                     || substr(arxiv_id, instr(arxiv_id, '/') + 1, 2) || '-'
                     || substr(arxiv_id, instr(arxiv_id, '/') + 3, 2)
            END
        ) VIRTUAL
        """,
        "CREATE INDEX papers_dated ON papers (dated)",
        "CREATE INDEX papers_digest_count ON papers (digest_count, dated)",  # `next` and --sort mentions
        "CREATE INDEX papers_title_sort ON papers (coalesce(title, arxiv_id, openreview_id) COLLATE NOCASE)",
        "CREATE INDEX mentions_paper_digest ON mentions (paper_id, digest_id)",
        "DROP INDEX mentions_paper",  # a prefix of mentions_paper_digest
        # Superseded: dates are filtered and sorted through `dated`, categories through paper_categories.
        "DROP INDEX papers_published",
        "DROP INDEX papers_primary_category",
        # One row per (paper, arXiv category), primary included, kept from papers.categories by triggers:
        # what `--category` filters on through an index.
        """
        CREATE TABLE paper_categories (
            paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
            category TEXT NOT NULL,
            PRIMARY KEY (category, paper_id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX paper_categories_paper ON paper_categories (paper_id)",
        """
        INSERT OR IGNORE INTO paper_categories (paper_id, category)
        SELECT p.id, j.value FROM papers p, json_each(p.categories) j WHERE json_valid(p.categories)
        UNION SELECT id, primary_category FROM papers WHERE primary_category IS NOT NULL
        """,
        """
        CREATE TRIGGER papers_categories_insert AFTER INSERT ON papers
        WHEN NEW.primary_category IS NOT NULL OR NEW.categories NOT IN ('[]', '')
        BEGIN
            INSERT OR IGNORE INTO paper_categories (paper_id, category)
            SELECT NEW.id, value FROM json_each(CASE WHEN json_valid(NEW.categories) THEN NEW.categories END)
            UNION SELECT NEW.id, NEW.primary_category WHERE NEW.primary_category IS NOT NULL;
        END
        """,
        """
        CREATE TRIGGER papers_categories_update AFTER UPDATE OF categories, primary_category ON papers
        BEGIN
            DELETE FROM paper_categories WHERE paper_id = NEW.id;
            INSERT OR IGNORE INTO paper_categories (paper_id, category)
            SELECT NEW.id, value FROM json_each(CASE WHEN json_valid(NEW.categories) THEN NEW.categories END)
            UNION SELECT NEW.id, NEW.primary_category WHERE NEW.primary_category IS NOT NULL;
        END
        """,
        """
        CREATE TRIGGER mentions_digest_count_insert AFTER INSERT ON mentions
        WHEN NOT EXISTS (
            SELECT 1 FROM mentions WHERE paper_id = NEW.paper_id AND digest_id = NEW.digest_id AND id != NEW.id
        )
        BEGIN
            UPDATE papers SET digest_count = digest_count + 1 WHERE id = NEW.paper_id;
        END
        """,
        """
        CREATE TRIGGER mentions_digest_count_delete AFTER DELETE ON mentions
        WHEN NOT EXISTS (SELECT 1 FROM mentions WHERE paper_id = OLD.paper_id AND digest_id = OLD.digest_id)
        BEGIN
            UPDATE papers SET digest_count = digest_count - 1 WHERE id = OLD.paper_id;
        END
        """,
        """
        CREATE TRIGGER mentions_digest_count_update AFTER UPDATE OF paper_id, digest_id ON mentions
        BEGIN
            UPDATE papers SET digest_count =
                (SELECT count(DISTINCT digest_id) FROM mentions WHERE paper_id = OLD.paper_id)
            WHERE id = OLD.paper_id;
            UPDATE papers SET digest_count =
                (SELECT count(DISTINCT digest_id) FROM mentions WHERE paper_id = NEW.paper_id)
            WHERE id = NEW.paper_id;
        END
        """,
    )


@migration
def m003_digest_count_kept_by_ingest(db: Database) -> None:
    """Ingest keeps digest_count itself when it adds mentions, instead of a row trigger.

    Any trigger on a table makes SQLite insert row by row through it: the trigger on new mentions cost
    ingest a quarter of its write time. Ingest is the only writer of mentions; the triggers that follow
    deleted and moved mentions (changed digests, merges) stay.
    """
    _run(db, "DROP TRIGGER mentions_digest_count_insert")


@migration
def m008_drills(db: Database) -> None:
    """Chinese author names and tags of any length are found (`tag:机器学习`, `王小明` by `小明`), and tags typed
    in full-width forms are the ordinary ones (`ＮＬＰ` is `nlp`).

    The search index now segments authors and tags as it segments titles: the papers whose authors or tags
    hold CJK text are indexed again. Tags are stored as `state.tag_key` makes them (a paper that had a tag in
    both forms keeps one). No data is lost: only the index and the spelling of tags change.
    """
    from paperlist.state import tag_key
    from paperlist.store import fts

    conn = db.conn
    retagged: set[int] = set()
    for (tag,) in conn.execute("SELECT DISTINCT tag FROM tags").fetchall():
        key = tag_key(tag)
        if key != tag:
            retagged |= {
                int(row[0]) for row in conn.execute("SELECT paper_id FROM tags WHERE tag = ?", (tag,))
            }
            conn.execute("UPDATE OR IGNORE tags SET tag = ? WHERE tag = ?", (key, tag))
            conn.execute("DELETE FROM tags WHERE tag = ?", (tag,))  # (those whose paper had both forms)
    cjk = fts.cjk_char()
    stale = retagged | {
        int(paper_id)
        for paper_id, authors, tags in conn.execute(
            "SELECT p.id, p.authors, (SELECT group_concat(tag, ' ') FROM tags t WHERE t.paper_id = p.id)"
            " FROM papers p"
        )
        if cjk.search(" ".join(json.loads(authors or "[]"))) or cjk.search(tags or "")
    }
    fts.reindex(conn, stale)


def known_migrations() -> list[str]:
    return list(_names)


def apply_migrations(conn: sqlite3.Connection) -> None:
    """Apply every pending migration, each in its own transaction; refuse a database from the future."""
    db = Database(conn)
    known = set(known_migrations())
    unknown = [applied.name for applied in migrations.applied(db) if applied.name not in known]
    if unknown:
        raise DatabaseError(
            f"the database has migrations this paperlist does not know ({', '.join(unknown)})",
            "upgrade paperlist, or pass --db with another file",
        )
    migrations.apply(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

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
- paper_edits   the user's own title, authors, year or venue for a paper (an override layer)
- resolutions   the user's decision on which arXiv paper a paper is (or that it has none)
- journal       every change the user made, with what it replaced, for `undo` and `history`
  (papers also carry what Semantic Scholar says: venue and year of publication, citations, TL;DR: m006)
- papers_fts    full-text index (rowid = papers.id) over title, authors, abstract, digest words, note, tags

Held back: a paper with `unconfirmed = 1` (named only weakly, found on no service) is left out of the lists
until the user confirms it (`user_state.confirmed_at`) or a digest names it with evidence.
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
def m004_unconfirmed(db: Database) -> None:
    """Why each title was taken, and references held back until confirmed (issue 12).

    - mentions.reason: why the digest's title was read as a paper's title (a sentence; NULL without a title);
    - mentions.weak: 1 when that reason alone does not make a paper (an item of a list of papers, a quoted
      name): such a title-only paper is a paper once a service or the user confirms it;
    - papers.unconfirmed: 1 for a paper held back from the lists: named only weakly and found on no service;
    - user_state.confirmed_at: when the user promoted it (`paperlist confirm`), so it is never held back again.
    """
    _run(
        db,
        "ALTER TABLE mentions ADD COLUMN reason TEXT",
        "ALTER TABLE mentions ADD COLUMN weak INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE papers ADD COLUMN unconfirmed INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE user_state ADD COLUMN confirmed_at TEXT",
        # The few held-back papers, for the lists' `NOT IN` (never a scan of papers).
        "CREATE INDEX papers_unconfirmed ON papers (id) WHERE unconfirmed = 1",
    )


@migration
def m005_user_control(db: Database) -> None:
    """What the user decides about the list, apart from fetched metadata, and the journal that undoes it.

    - user_state.removed_at: when the user removed the paper (hidden from every view and export, kept here,
      and not brought back by a re-ingest); user_state.origin: where the paper came from ('digest', or
      'hand' for `paperlist add`).
    - paper_edits: the user's own title, authors, year or venue (a JSON value each), shown instead of the
      fetched ones and never touched by enrichment.
    - resolutions: which arXiv paper the user says a paper is (arxiv_id), or that it has none (NULL);
      enrichment never overrides it.
    - journal: every change the user made (mark, tag, note, star, add, remove, restore, resolve, edit,
      merge, purge), with the rows as they were before it (`before`, JSON) so `paperlist undo` can put them
      back; NULL when it cannot be undone.
    """
    _run(
        db,
        "ALTER TABLE user_state ADD COLUMN removed_at TEXT",
        "ALTER TABLE user_state ADD COLUMN origin TEXT NOT NULL DEFAULT 'digest'"
        " CHECK (origin IN ('digest', 'hand'))",
        "CREATE INDEX user_state_removed ON user_state (removed_at) WHERE removed_at IS NOT NULL",
        """
        CREATE TABLE paper_edits (
            paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            edited_at TEXT NOT NULL,
            PRIMARY KEY (paper_id, field)
        )
        """,
        """
        CREATE TABLE resolutions (
            paper_id INTEGER PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,
            arxiv_id TEXT,
            decided_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE journal (
            id INTEGER PRIMARY KEY,
            changed_at TEXT NOT NULL,
            action TEXT NOT NULL,
            paper_ids TEXT NOT NULL DEFAULT '[]',
            summary TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}',
            before TEXT,
            undone_at TEXT
        )
        """,
    )


@migration
def m006_semantic_scholar(db: Database) -> None:
    """What Semantic Scholar adds to a paper, and the indexes its filters and orders use.

    - year: the year of publication (S2's `year`; for an arXiv paper it may differ from the v1 date);
    - venue_type ("conference" | "journal") and venue_names (JSON list: the venue's full name, its short and
      other names), beside the existing venue column, which holds the name shown (`ICLR`);
    - citation_count and citations_fetched_at (when the count was read), tldr, s2_id (S2's paperId, one paper
      each), open_access_pdf;
    - s2_checked_at: when Semantic Scholar last answered about the paper (found or not): a re-run does not ask
      again; NULL means not asked yet (or asking failed);
    - citation_tier: the number of digits of the citation count (0 when unknown), a generated column, so that
      `next` can weigh citations between papers as many digests mention and still walk an index.
    """
    _run(
        db,
        "ALTER TABLE papers ADD COLUMN year INTEGER",
        "ALTER TABLE papers ADD COLUMN venue_type TEXT",
        "ALTER TABLE papers ADD COLUMN venue_names TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE papers ADD COLUMN citation_count INTEGER",
        "ALTER TABLE papers ADD COLUMN citations_fetched_at TEXT",
        "ALTER TABLE papers ADD COLUMN tldr TEXT",
        "ALTER TABLE papers ADD COLUMN s2_id TEXT",
        "ALTER TABLE papers ADD COLUMN open_access_pdf TEXT",
        "ALTER TABLE papers ADD COLUMN s2_checked_at TEXT",
        """
        ALTER TABLE papers ADD COLUMN citation_tier INTEGER GENERATED ALWAYS AS (
            CASE WHEN citation_count > 0 THEN length(citation_count) ELSE 0 END
        ) VIRTUAL
        """,
        "CREATE UNIQUE INDEX papers_s2_id ON papers (s2_id) WHERE s2_id IS NOT NULL",
        "CREATE INDEX papers_citations ON papers (citation_count, dated)",  # --sort citations, --min-citations
        "CREATE INDEX papers_next ON papers (digest_count, citation_tier, dated)",  # `next`
        "CREATE INDEX papers_s2_unchecked ON papers (s2_checked_at) WHERE s2_checked_at IS NULL",
    )


@migration
def m007_citation_keys(db: Database) -> None:
    """Citation keys are stored when first given, and what lets `stats` count without reading every paper.

    - citation_keys: one key per paper (unique), given the first time the paper is exported or shown as
      BibTeX or CSL-JSON, kept for good (a later title or author from enrichment does not change it); `base`
      is the key before its clash letters (`wu2020lite` for `wu2020litea`), indexed so that giving a key looks
      up its clashes at once. Keys of papers enriched before this migration are the ones the earlier paperlist
      computed over the whole reading list (they may be in someone's .bib file already); the others get theirs
      when first exported.
    - What `stats` counts, from indexes alone instead of every (wide) row of papers, mentions and user_state:
      papers_primary_category, papers_published (an index on the generated column `dated` cannot stand in for
      its rows in SQLite 3.40), mentions_digest_paper, partial indexes of starred and annotated papers, and
      digests.paper_count (how many distinct papers a digest mentions: set by ingest, kept by triggers when
      mentions are deleted or moved by a merge), the digests that brought the most papers read off an index.
    """
    _run(
        db,
        """
        CREATE TABLE citation_keys (
            paper_id INTEGER PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,
            key TEXT NOT NULL UNIQUE,
            base TEXT NOT NULL,
            given_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX citation_keys_base ON citation_keys (base, length(key), key)",
        "CREATE INDEX papers_primary_category ON papers (primary_category)",
        "CREATE INDEX papers_published ON papers (published)",
        "CREATE INDEX mentions_digest_paper ON mentions (digest_id, paper_id)",
        "DROP INDEX mentions_digest",  # a prefix of mentions_digest_paper
        "CREATE INDEX user_state_starred ON user_state (paper_id) WHERE starred = 1",
        "CREATE INDEX user_state_noted ON user_state (paper_id) WHERE note IS NOT NULL",
        "ALTER TABLE digests ADD COLUMN paper_count INTEGER NOT NULL DEFAULT 0",
        "UPDATE digests SET paper_count ="
        " (SELECT count(DISTINCT m.paper_id) FROM mentions m WHERE m.digest_id = digests.id)",
        "CREATE INDEX digests_paper_count ON digests (paper_count DESC, name)",
        # Ingest sets paper_count as it records a digest's mentions; these follow what changes them later.
        """
        CREATE TRIGGER mentions_paper_count_delete AFTER DELETE ON mentions
        WHEN NOT EXISTS (SELECT 1 FROM mentions WHERE digest_id = OLD.digest_id AND paper_id = OLD.paper_id)
        BEGIN
            UPDATE digests SET paper_count = paper_count - 1 WHERE id = OLD.digest_id;
        END
        """,
        """
        CREATE TRIGGER mentions_paper_count_update AFTER UPDATE OF paper_id, digest_id ON mentions
        BEGIN
            UPDATE digests SET paper_count =
                (SELECT count(DISTINCT paper_id) FROM mentions WHERE digest_id = digests.id)
            WHERE id IN (OLD.digest_id, NEW.digest_id);
        END
        """,
    )
    _keep_keys_already_given(db.conn)


def _keep_keys_already_given(conn: sqlite3.Connection) -> None:
    """Store the keys an earlier paperlist handed out for enriched papers: given to every paper in the order they
    were added (its rule: computed over the whole list), then kept only where enrichment cannot change them."""
    from paperlist.dates import now_iso
    from paperlist.store.citekeys import KEY_COLUMNS, KeyGiver, keyed_paper

    rows = conn.execute(f"SELECT {KEY_COLUMNS} FROM papers p ORDER BY p.id")
    KeyGiver(conn, now_iso()).give_all(map(keyed_paper, rows))
    conn.execute(
        "DELETE FROM citation_keys WHERE paper_id IN (SELECT id FROM papers WHERE enrichment != 'enriched')"
    )


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


@migration
def m009_counts_by_id(db: Database) -> None:
    """An index of each paper's counts by its id (papers_counts: digest_count, citation_count), so that a search with
    `--min-mentions` or `--min-citations` tests every match against a narrow index instead of its wide row.

    Those filters run against the ranking: bm25 favours short index rows, and a paper that more digests mention (or
    that enrichment gave an abstract) has a longer one, so the best-ranked matches are the ones the filter drops
    and walking the matches best first read thousands of rows. Nothing stored changes.

    (Not the generated column `dated`: SQLite 3.40 reads a wrong value for it from an index it looks a row up by,
    and `export --since` found nothing; tests/test_export.py.)
    """
    _run(db, "CREATE INDEX papers_counts ON papers (id, digest_count, citation_count)")


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

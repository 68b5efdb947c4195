"""Full-text pieces: CJK segmentation and safe query building."""

from __future__ import annotations

import sqlite3

from hypothesis import example, given
from hypothesis import strategies as st

from paperlist.store import fts


def index(*documents: str) -> sqlite3.Connection:
    """An index with paperlist's columns; each document goes into the digest-text column."""
    conn = sqlite3.connect(":memory:")
    columns = ", ".join(fts.COLUMNS)
    conn.execute(
        f"CREATE VIRTUAL TABLE t USING fts5({columns}, tokenize = 'porter unicode61 remove_diacritics 2')"
    )
    conn.executemany(
        "INSERT INTO t (rowid, digest_text) VALUES (?, ?)",
        [(i, fts.segment(d)) for i, d in enumerate(documents)],
    )
    return conn


def found(conn: sqlite3.Connection, query: str) -> set[int]:
    parsed = fts.parse_query(query)
    assert parsed is not None
    return {row[0] for row in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (parsed.match,))}


def test_chinese_substrings_of_any_length_are_found() -> None:
    conn = index(
        "其中有一group负责局部上下文建模(通过卷积),而另一组负责", "监督式的对比学习方法", "English only text"
    )
    assert found(conn, "卷积") == {0}
    assert found(conn, "通过卷积") == {0}
    assert found(conn, "对比学习") == {1}
    assert found(conn, "比学") == {1}
    assert found(conn, "积") == {0}  # the last character of a run
    assert found(conn, "监") == {1}
    assert found(conn, "学习对比") == set()  # order matters inside a phrase


def test_latin_words_are_stemmed_and_case_blind() -> None:
    conn = index("Lite Transformer with Long-Short Range Attention", "Funnel-Transformers filter")
    assert found(conn, "transformers") == {0, 1}
    assert found(conn, "TRANSFORMER long-short") == {0}


def test_field_prefixes_restrict_to_a_column() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE papers_fts USING fts5({', '.join(fts.COLUMNS)})")
    conn.execute("INSERT INTO papers_fts (rowid, title, authors) VALUES (1, 'Attention', 'Song Han')")
    conn.execute("INSERT INTO papers_fts (rowid, title, authors) VALUES (2, 'Han dynasty', 'Someone')")
    parsed = fts.parse_query("author:han")
    assert parsed is not None
    rows = {
        row[0]
        for row in conn.execute("SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?", (parsed.match,))
    }
    assert rows == {1}


@example("title:x")
@example('author:"a b" tag:(c)')
@example('"unterminated')
@example("NEAR(a b) OR c* -d ^e")
@given(st.text(max_size=60))
def test_any_user_input_is_a_valid_query_or_nothing(query: str) -> None:
    conn = index("anything at all 任何东西")
    parsed = fts.parse_query(query)
    if parsed is not None:
        conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (parsed.match,)).fetchall()


def test_nothing_searchable_is_none() -> None:
    assert fts.parse_query("  *** ( ) : ") is None

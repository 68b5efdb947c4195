"""Whatever plan the store picks for a page (walking a sort index or sorting the filter's rows), the page is
exactly the first rows of the full, plainly sorted list."""

from __future__ import annotations

import random

import pytest

from paperlist.models import PaperFilter, ReadStatus, SortKey
from paperlist.store import fts
from paperlist.store.db import Store, open_store
from paperlist.store.papers import list_papers, next_papers, search_papers

# The whole order each sort promises, written out plainly over every row.
FULL_ORDER = {
    SortKey.ADDED: "s.added_at DESC, p.id ASC",
    SortKey.PUBLISHED: "p.dated IS NULL, p.dated DESC, p.id DESC",
    SortKey.TITLE: "coalesce(p.title, p.arxiv_id, p.openreview_id) COLLATE NOCASE, p.id",
    SortKey.MENTIONS: "p.digest_count DESC, p.dated IS NULL, p.dated DESC, s.added_at DESC, p.id",
    SortKey.RELEVANCE: "CASE s.status WHEN 'reading' THEN 0 ELSE 1 END, s.starred DESC, p.digest_count DESC,"
    " p.dated IS NULL, p.dated DESC, s.added_at DESC, p.id",
}
FULL_WHERE = {
    "none": ("1", PaperFilter()),
    "unread": ("s.status = 'unread'", PaperFilter(status=(ReadStatus.UNREAD,))),
    "reading": ("s.status = 'reading'", PaperFilter(status=(ReadStatus.READING,))),
    "cs.CL since 2020": ("p.primary_category = 'cs.CL' AND p.dated >= '2020'", PaperFilter(categories=("cs.CL",), since="2020")),
    "starred": ("s.starred = 1", PaperFilter(starred=True)),
    "mentioned twice": ("p.digest_count >= 2", PaperFilter(min_mentions=2)),
}  # fmt: skip


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """2,500 papers with skewed statuses, categories, dates, stars and mentions (enough for the broad plan)."""
    rng = random.Random(5)
    store = open_store(tmp_path_factory.mktemp("big") / "big.db")
    with store.transaction() as conn:
        for digest in range(1, 6):
            conn.execute(
                "INSERT INTO digests (id, path, name, sha256, size, ingested_at) VALUES (?, ?, ?, ?, 1, 'now')",
                (digest, f"/d{digest}", f"d{digest}", str(digest)),
            )
        for paper in range(1, 2501):
            published = None if rng.random() < 0.2 else f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-01"
            arxiv = (
                f"{rng.randint(15, 24)}{rng.randint(1, 12):02d}.{paper:05d}" if rng.random() < 0.8 else None
            )
            digests = rng.sample(range(1, 6), rng.choice([1, 1, 1, 2, 3]))
            conn.execute(
                "INSERT INTO papers (id, arxiv_id, title, published, primary_category, created_at, digest_count)"
                " VALUES (?, ?, ?, ?, ?, 'now', ?)",
                (
                    paper,
                    arxiv,
                    rng.choice(["alpha", "Beta", "gamma", None]),
                    published,
                    rng.choice(["cs.CL", "cs.CV", None]),
                    len(digests),  # (ingest keeps this count; here the mentions are written by hand)
                ),
            )
            conn.execute(
                "INSERT INTO user_state (paper_id, status, starred, added_at) VALUES (?, ?, ?, ?)",
                (paper, rng.choices(["unread", "reading", "read"], [80, 3, 17])[0], int(rng.random() < 0.03),
                 f"2026-01-{rng.randint(1, 28):02d}"),
            )  # fmt: skip
            for digest in digests:
                conn.execute(
                    "INSERT INTO mentions (paper_id, digest_id, line, evidence, raw) VALUES (?, ?, 1, 'arxiv-link', 'x')",
                    (paper, digest),
                )
    return store


def plainly(store: Store, where: str, order: str) -> list[int]:
    sql = f"SELECT p.id FROM papers p JOIN user_state s ON s.paper_id = p.id WHERE {where} ORDER BY {order}"
    return [row[0] for row in store.conn.execute(sql)]


@pytest.mark.parametrize(
    "sort", [SortKey.ADDED, SortKey.PUBLISHED, SortKey.TITLE, SortKey.MENTIONS, SortKey.RELEVANCE]
)
@pytest.mark.parametrize("name", list(FULL_WHERE))
@pytest.mark.parametrize("limit", [1, 7, 50, None])
def test_a_page_is_the_head_of_the_full_sorted_list(
    big_store: Store, sort: SortKey, name: str, limit: int | None
) -> None:
    where, paper_filter = FULL_WHERE[name]
    expected = plainly(big_store, where, FULL_ORDER[sort])[:limit]
    page = list_papers(big_store, PaperFilter(**{**_fields(paper_filter), "sort": sort, "limit": limit}))
    assert [paper.id for paper in page] == expected


def test_next_is_reading_then_unread_in_relevance_order(big_store: Store) -> None:
    where = "s.status IN ('reading', 'unread')"
    expected = plainly(big_store, where, FULL_ORDER[SortKey.RELEVANCE])[:30]
    assert [paper.id for paper in next_papers(big_store, PaperFilter(limit=30))] == expected


def _fields(paper_filter: PaperFilter) -> dict[str, object]:
    return {name: getattr(paper_filter, name) for name in paper_filter.__dataclass_fields__}


def test_store_is_large_enough_for_the_broad_plan(big_store: Store) -> None:
    unread = big_store.conn.execute("SELECT count(*) FROM user_state WHERE status = 'unread'").fetchone()[0]
    assert unread > 1000  # store.papers._BROAD: the index-walking plan is exercised above


SEARCH_WHERE = {
    "unread": ("s.status = 'unread'", PaperFilter(status=(ReadStatus.UNREAD,))),
    "starred": ("s.starred = 1", PaperFilter(starred=True)),
    "cs.CL": ("p.primary_category = 'cs.CL'", PaperFilter(categories=("cs.CL",))),
    "unread cs.CL": (
        "s.status = 'unread' AND p.primary_category = 'cs.CL'",
        PaperFilter(status=(ReadStatus.UNREAD,), categories=("cs.CL",)),
    ),
    # These read the papers row: matches are walked best first until the page is full.
    "cs.CL since 2020": FULL_WHERE["cs.CL since 2020"],
    # And these test each match against the index of counts, then rank those kept.
    "mentioned twice": FULL_WHERE["mentioned twice"],
    "mentioned twice since 2020": (
        "p.digest_count >= 2 AND p.dated >= '2020'",
        PaperFilter(min_mentions=2, since="2020"),
    ),
    "unread, mentioned twice": (
        "s.status = 'unread' AND p.digest_count >= 2",
        PaperFilter(status=(ReadStatus.UNREAD,), min_mentions=2),
    ),
}


@pytest.mark.parametrize("name", list(SEARCH_WHERE))
@pytest.mark.parametrize("limit", [1, 5, 60, None])
def test_filtered_search_is_the_head_of_the_plainly_ranked_matches(
    big_store: Store, name: str, limit: int | None
) -> None:
    with big_store.transaction():
        big_store.mark_stale(row[0] for row in big_store.conn.execute("SELECT id FROM papers"))
    where, paper_filter = SEARCH_WHERE[name]
    expected = [
        row[0]
        for row in big_store.conn.execute(
            f"SELECT p.id FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid JOIN user_state s"
            f" ON s.paper_id = p.id WHERE papers_fts MATCH 'alpha' AND {where} ORDER BY {fts.bm25_expression()}, p.id"
        )
    ][:limit]
    query = fts.parse_query("alpha")
    assert query is not None
    found = search_papers(big_store, query, PaperFilter(**{**_fields(paper_filter), "limit": limit}))
    assert [paper.id for paper, _ in found] == expected
    assert len(expected) >= min(limit or 10, 10)  # (enough matches that the order is tested)

"""Search, list and show at scale: core query time and whole-command time, against a naive LIKE scan.

Stores of 10,000 and 100,000 papers (enriched, 1-3 mentions each with Chinese summaries) are generated once
into benchmarks/out/ and reused. Goals: every core query under 20 ms median at 100,000 papers (a word in half the
papers with filters included), whole commands under 0.3 s.

    .venv/bin/python benchmarks/bench_search.py [--sizes 10000 100000] [--runs N] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from common import CACHE, header, median_ms, p95_ms, run_cli, timed
from generate import build_store

from paperlist.models import PaperFilter, ReadStatus, SortKey
from paperlist.store.db import Store, open_store
from paperlist.store.papers import find_paper, list_papers
from paperlist.views.search import search

QUERIES = {
    "english word": "transformer",
    "word in half the papers": "learning",
    "english phrase": '"contrastive learning"',
    "chinese 2 chars": "卷积",
    "chinese 4 chars": "对比学习",
    "field prefix": "title:diffusion",
}
# Filters on the user's state and categories; and one on the papers' own columns (a date range).
FILTERED = PaperFilter(status=(ReadStatus.UNREAD,), categories=("cs.CL",), limit=20)
DATED = PaperFilter(since="2020", min_mentions=2, limit=20)


def store_for(size: int) -> Path:
    path = CACHE / f"store_{size}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        build_store(path, size)
        print(f"(built {path.name} in {time.perf_counter() - start:.0f} s)")
    return path


def fresh(path: Path, query: Callable[[Store], object]) -> object:
    """Run `query` as a command does: on a newly opened store (SQLite's page cache starts empty)."""
    store = open_store(path)
    try:
        return query(store)
    finally:
        store.close()


def like_scan(conn: sqlite3.Connection, text: str) -> list[object]:
    """The naive way: LIKE over titles, abstracts and digest summaries, every match (ranking needs them all)."""
    pattern = f"%{text.strip(chr(34)).split(':')[-1]}%"
    return conn.execute(
        "SELECT DISTINCT p.id FROM papers p LEFT JOIN mentions m ON m.paper_id = p.id"
        " WHERE p.title LIKE ? OR p.abstract LIKE ? OR m.summary LIKE ?",
        (pattern, pattern, pattern),
    ).fetchall()


def bench(size: int, runs: int, path: Path | None = None) -> None:
    path = path or store_for(size)
    raw = sqlite3.connect(path)
    header(
        f"{size:,} papers: core query (in-process, fresh connection each run), median / p95 of {runs} runs;"
        f" load average {os.getloadavg()[0]:.1f}"
    )
    for label, query in QUERIES.items():
        for suffix, paper_filter in (
            ("", PaperFilter(limit=20)),
            (" +filters", FILTERED),
            (" +since +mentions", DATED),
        ):
            core = timed(lambda q=query, f=paper_filter: fresh(path, lambda st: search(st, q, f)), runs)  # type: ignore[misc]
            naive = timed(lambda q=query: like_scan(raw, q), max(3, runs // 3))  # type: ignore[misc]
            name = f"search {label}{suffix}"
            print(
                f"{name:42} {median_ms(core):8.1f} ms  p95 {p95_ms(core):8.1f} ms"
                f"   LIKE scan {median_ms(naive):8.1f} ms  (×{median_ms(naive) / median_ms(core):.1f})  goal < 20 ms"
            )
    cases = {
        "list (default sort, limit 50)": PaperFilter(limit=50),
        "list --status unread --sort published": PaperFilter(
            status=(ReadStatus.UNREAD,), sort=SortKey.PUBLISHED, limit=50
        ),
        "list --sort mentions": PaperFilter(sort=SortKey.MENTIONS, limit=50),
        "list --category cs.CL --since 2020": PaperFilter(categories=("cs.CL",), since="2020", limit=50),
        "list --min-mentions 2": PaperFilter(min_mentions=2, limit=50),
    }
    for label, paper_filter in cases.items():
        core = timed(lambda f=paper_filter: fresh(path, lambda st: list_papers(st, f)), runs)  # type: ignore[misc]
        print(f"{label:42} {median_ms(core):8.1f} ms  p95 {p95_ms(core):8.1f} ms  goal < 20 ms")
    some_id = raw.execute("SELECT arxiv_id FROM papers WHERE id = ?", (size // 2,)).fetchone()[0]
    core = timed(lambda: fresh(path, lambda st: find_paper(st, some_id)), runs)
    print(f"{'show ' + some_id:42} {median_ms(core):8.1f} ms  p95 {p95_ms(core):8.1f} ms")

    header(f"{size:,} papers: whole command (subprocess), median / p95 of {max(3, runs // 2)} runs")
    commands = {
        "paperlist search transformer": ["search", "transformer"],
        "paperlist search 对比学习": ["search", "对比学习"],
        "… transformer --status unread --category cs.CL": [
            "search",
            "transformer",
            "--status",
            "unread",
            "--category",
            "cs.CL",
        ],
        "… transformer --since 2020 --min-mentions 2": [
            "search",
            "transformer",
            "--since",
            "2020",
            "--min-mentions",
            "2",
        ],
        "paperlist list --limit 50": ["list", "--limit", "50"],
        "paperlist list --status unread -n 50": ["list", "--status", "unread", "--limit", "50"],
        f"paperlist show {some_id}": ["show", some_id],
    }
    for label, args in commands.items():
        whole = timed(lambda a=args: run_cli(a, path), max(3, runs // 2))  # type: ignore[misc]
        print(f"{label:42} {median_ms(whole):8.1f} ms  p95 {p95_ms(whole):8.1f} ms  goal < 300 ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--db", type=Path, help="measure this store (of --sizes' one size) instead")
    arguments = parser.parse_args()
    for size in arguments.sizes:
        bench(size, arguments.runs, arguments.db)


if __name__ == "__main__":
    main()

"""Write side of citation keys: each paper gets its key once, the first time it is exported, and keeps it.

The key's shape and the clash rule are `paperlist/citekeys.py`'s. A paper whose key is taken gets the letter
after the last one given for the same key: one lookup in the `citation_keys_base` index, however many papers
share it. (Works on a plain connection: the migration that created the table uses it too.)
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from paperlist.citekeys import base_key, candidates
from paperlist.models import Paper

# What a key is made of, as columns of papers p: the title and authors the user sees (their edit, if any).
_EDITED = "(SELECT json_extract(e.value, '$') FROM paper_edits e WHERE e.paper_id = p.id AND e.field = '{}')"
KEY_COLUMNS = (
    f"p.id, coalesce({_EDITED.format('title')}, p.title), coalesce({_EDITED.format('authors')}, p.authors),"
    " p.published, p.dated, p.arxiv_id, p.openreview_id"
)


def keyed_paper(row: Sequence[Any]) -> Paper:
    """A paper with just what its key is made of, from a row of `KEY_COLUMNS`."""
    return Paper(
        id=int(row[0]),
        title=row[1],
        authors=tuple(json.loads(row[2] or "[]")),
        published=row[3],
        dated=row[4],
        arxiv_id=row[5],
        openreview_id=row[6],
    )


class KeyGiver:
    """Gives keys to papers one by one, in the order they come (callers pass them in the order they were
    added: on a clash the paper added first keeps the plain key).

    `store_them=False` (a read-only database): keys are only remembered here, for this run, in `unsaved`.
    """

    def __init__(self, conn: sqlite3.Connection, now: str, *, store_them: bool = True) -> None:
        self._conn = conn
        self._now = now
        self._store = store_them
        self.unsaved: dict[int, str] = {}
        self._unsaved_last: dict[str, str] = {}  # base → the last key given to it in this run, unsaved
        self._unsaved_keys: set[str] = set()

    def give(self, paper: Paper) -> str:
        base = base_key(paper)
        key = base
        if self._taken(base):
            key = next(key for key in candidates(base, self._last(base) or base) if not self._taken(key))
        if self._store:
            self._conn.execute(
                "INSERT INTO citation_keys (paper_id, key, base, given_at) VALUES (?, ?, ?, ?)",
                (paper.id, key, base, self._now),
            )
        else:
            self.unsaved[paper.id] = key
            self._unsaved_last[base] = key
            self._unsaved_keys.add(key)
        return key

    def give_all(self, papers: Iterable[Paper]) -> None:
        for paper in papers:
            self.give(paper)

    def _last(self, base: str) -> str | None:
        """The last key given for `base` (the one furthest in its candidates), if any."""
        row = self._conn.execute(
            "SELECT key FROM citation_keys WHERE base = ? ORDER BY length(key) DESC, key DESC LIMIT 1",
            (base,),
        ).fetchone()
        stored = None if row is None else str(row[0])
        mine = self._unsaved_last.get(base)
        if stored is None or mine is None:
            return stored or mine
        return max(stored, mine, key=lambda key: (len(key), key))

    def _taken(self, key: str) -> bool:
        if key in self._unsaved_keys:
            return True
        return self._conn.execute("SELECT 1 FROM citation_keys WHERE key = ?", (key,)).fetchone() is not None

"""Where things live: the database path and the service endpoints, from options and environment."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "PAPERLIST_DB"


def default_db_path() -> Path:
    """The embedded default: a SQLite file in the user's data directory."""
    from platformdirs import user_data_path

    return user_data_path("paperlist", appauthor=False) / "paperlist.db"


def db_path(option: str | None) -> Path:
    """--db wins, then $PAPERLIST_DB, then the default."""
    chosen = option or os.environ.get(DB_ENV)
    return Path(chosen).expanduser() if chosen else default_db_path()

"""Where things live: the database path and the service endpoints, from options and environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from paperlist.errors import UsageError

DB_ENV = "PAPERLIST_DB"


def default_db_path() -> Path:
    """The embedded default: a SQLite file in the user's data directory."""
    from platformdirs import user_data_path

    return user_data_path("paperlist", appauthor=False) / "paperlist.db"


def db_path(option: str | None) -> Path:
    """--db wins, then $PAPERLIST_DB, then the default."""
    chosen = option or os.environ.get(DB_ENV)
    return Path(chosen).expanduser() if chosen else default_db_path()


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    """Where arXiv and OpenReview are, and how far apart requests go (tests and mirrors change them)."""

    arxiv_url: str = "https://export.arxiv.org/api/query"
    openreview_url: str = "https://api2.openreview.net"
    openreview_v1_url: str = "https://api.openreview.net"
    arxiv_delay: float = 3.0  # arXiv terms of use: one request every 3 seconds
    openreview_delay: float = 1.0


def service_settings(environ: Mapping[str, str] | None = None) -> ServiceSettings:
    """Endpoints and delays from $PAPERLIST_ARXIV_URL, $PAPERLIST_OPENREVIEW_URL, $PAPERLIST_OPENREVIEW_V1_URL,
    $PAPERLIST_ARXIV_DELAY and $PAPERLIST_OPENREVIEW_DELAY; unset or empty ones keep the defaults.
    """
    env = os.environ if environ is None else environ
    defaults = ServiceSettings()

    def seconds(name: str, default: float) -> float:
        value = env.get(name, "").strip()
        if not value:
            return default
        try:
            number = float(value)
        except ValueError:
            raise UsageError(
                f"${name} is '{value}', not a number of seconds", f"unset it or give e.g. {default:g}"
            ) from None
        if number < 0:
            raise UsageError(f"${name} is negative ({value})", f"give a number of seconds, e.g. {default:g}")
        return number

    return ServiceSettings(
        arxiv_url=env.get("PAPERLIST_ARXIV_URL") or defaults.arxiv_url,
        openreview_url=env.get("PAPERLIST_OPENREVIEW_URL") or defaults.openreview_url,
        openreview_v1_url=env.get("PAPERLIST_OPENREVIEW_V1_URL") or defaults.openreview_v1_url,
        arxiv_delay=seconds("PAPERLIST_ARXIV_DELAY", defaults.arxiv_delay),
        openreview_delay=seconds("PAPERLIST_OPENREVIEW_DELAY", defaults.openreview_delay),
    )

"""Where things live: the database path and the service endpoints, from options and environment."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from paperlist.errors import UsageError

DB_ENV = "PAPERLIST_DB"


def default_db_path() -> Path:
    """The embedded default: a SQLite file in the user's data directory."""
    from platformdirs import user_data_path

    return user_data_path("paperlist", appauthor=False) / "paperlist.db"


def db_path(option: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """--db wins, then $PAPERLIST_DB, then the default. Either is a file path, always (never an SQLite URI);
    an empty one is a UsageError, not a wish for the default library."""
    env = os.environ if environ is None else environ
    if option is not None:
        chosen, name = option, "--db"
    elif DB_ENV in env:
        chosen, name = env[DB_ENV], f"${DB_ENV}"
    else:
        return default_db_path()
    if not chosen.strip():
        raise UsageError(
            f"{name} is empty",
            "give the path of a database file, or leave it out to use your default library",
        )
    return Path(chosen).expanduser()


def db_named(option: str | None, environ: Mapping[str, str] | None = None) -> bool:
    """Whether the database was named (--db or $PAPERLIST_DB) rather than the default library: a named one that
    does not exist is more likely a typo than a new library."""
    env = os.environ if environ is None else environ
    return option is not None or DB_ENV in env


# The services' defaults: one home (the clients and the settings read them from here).
ARXIV_URL = "https://export.arxiv.org/api/query"
ARXIV_DELAY = 3.0  # arXiv terms of use: at most one request every 3 seconds
OPENREVIEW_URL = "https://api2.openreview.net"
OPENREVIEW_V1_URL = "https://api.openreview.net"
OPENREVIEW_DELAY = 1.0  # guests get about 20 searches a minute; notes by id are lighter, but be gentle
S2_URL = "https://api.semanticscholar.org"  # Semantic Scholar: /graph/v1 and /recommendations/v1 below it
S2_DELAY = 1.0  # Semantic Scholar's introductory rate with a key: 1 request a second across all endpoints
TIMEOUT = 30.0  # seconds a server may take to answer one request in full (digest pages too)
MAX_DELAY = 3600.0  # a delay or timeout beyond an hour is a typo, not a wish
MIN_TIMEOUT = 0.1


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    """Where the services are, and how far apart requests go (tests and mirrors change them)."""

    arxiv_url: str = ARXIV_URL
    openreview_url: str = OPENREVIEW_URL
    openreview_v1_url: str = OPENREVIEW_V1_URL
    arxiv_delay: float = ARXIV_DELAY
    openreview_delay: float = OPENREVIEW_DELAY
    timeout: float = TIMEOUT
    s2_url: str = S2_URL
    s2_delay: float = S2_DELAY
    s2_api_key: str | None = None  # sent as `x-api-key`; without one, Semantic Scholar's shared pool


def service_settings(environ: Mapping[str, str] | None = None) -> ServiceSettings:
    """Endpoints, delays and the timeout from $PAPERLIST_ARXIV_URL, $PAPERLIST_OPENREVIEW_URL,
    $PAPERLIST_OPENREVIEW_V1_URL, $PAPERLIST_ARXIV_DELAY, $PAPERLIST_OPENREVIEW_DELAY, $PAPERLIST_TIMEOUT,
    $PAPERLIST_S2_URL, $PAPERLIST_S2_DELAY and $PAPERLIST_S2_API_KEY; unset or empty ones keep the defaults. Every value is checked here, once: a bad one is a UsageError
    naming the variable.
    """
    env = os.environ if environ is None else environ
    return ServiceSettings(
        arxiv_url=_url(env, "PAPERLIST_ARXIV_URL", ARXIV_URL),
        openreview_url=_url(env, "PAPERLIST_OPENREVIEW_URL", OPENREVIEW_URL),
        openreview_v1_url=_url(env, "PAPERLIST_OPENREVIEW_V1_URL", OPENREVIEW_V1_URL),
        arxiv_delay=_seconds(env, "PAPERLIST_ARXIV_DELAY", ARXIV_DELAY),
        openreview_delay=_seconds(env, "PAPERLIST_OPENREVIEW_DELAY", OPENREVIEW_DELAY),
        timeout=max(_seconds(env, "PAPERLIST_TIMEOUT", TIMEOUT), MIN_TIMEOUT),
        s2_url=_url(env, "PAPERLIST_S2_URL", S2_URL),
        s2_delay=_seconds(env, "PAPERLIST_S2_DELAY", S2_DELAY),
        s2_api_key=_api_key(env, "PAPERLIST_S2_API_KEY"),
    )


def _api_key(env: Mapping[str, str], name: str) -> str | None:
    """An API key: printable ASCII without spaces (it travels in an HTTP header), or None when unset."""
    value = env.get(name, "").strip()
    if not value:
        return None
    if not value.isascii() or not value.isprintable() or " " in value:
        raise UsageError(
            f"${name} holds characters an API key never has (spaces, control or non-ASCII characters)",
            "paste the key again, or unset it to use the service without one",
        )
    return value


def _seconds(env: Mapping[str, str], name: str, default: float) -> float:
    """A number of seconds: finite, not negative, at most an hour (NaN would remove all pacing)."""
    value = env.get(name, "").strip()
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        raise UsageError(
            f"${name} is '{value}', not a number of seconds", f"unset it or give e.g. {default:g}"
        ) from None
    if not math.isfinite(number) or number < 0 or number > MAX_DELAY:
        raise UsageError(
            f"${name} is '{value}', not a number of seconds between 0 and {MAX_DELAY:g}",
            f"unset it or give e.g. {default:g}",
        )
    return number


def _url(env: Mapping[str, str], name: str, default: str) -> str:
    """An http(s) address with a host (a mirror or a test server)."""
    value = env.get(name, "").strip()
    if not value:
        return default
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 (reading it validates it: 'http://h:x' raises here)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in {"http", "https"} or not parts.hostname:
        raise UsageError(f"${name} is '{value}', not an http(s) address", f"unset it or give e.g. {default}")
    return value

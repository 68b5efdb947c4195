"""Timestamps as paperlist stores them: UTC, ISO 8601, to the second (`2026-11-30T21:34:18+00:00`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def now_iso() -> str:
    """The current moment as stored in every `*_at` / `added` column."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def days_ago(days: float) -> str:
    """The moment `days` days ago, as `now_iso` writes moments (so the two compare as text)."""
    return (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")

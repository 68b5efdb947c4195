"""Timestamps as paperlist stores them: UTC, ISO 8601, to the second (`2026-11-30T21:34:18+00:00`)."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    """The current moment as stored in every `*_at` / `added` column."""
    return datetime.now(UTC).isoformat(timespec="seconds")

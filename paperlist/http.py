"""Politeness and retry timing shared by the service clients: spacing, backoff with jitter, bounded waits.

No I/O here: clocks and sleeps are injected so tests can run the same policy fast.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Wait:
    """The client is about to sleep: how long and why (shown to people while it waits)."""

    service: str  # "arXiv" | "OpenReview"
    seconds: float
    reason: str  # "politeness: one request every 3 s", "rate limited (429 Rate exceeded.), retry 2"
    throttled: bool  # True when the service pushed back (429/503/...), False for ordinary spacing


class WaitListener(Protocol):
    def __call__(self, wait: Wait) -> None: ...


def ignore_wait(wait: Wait) -> None:
    """A listener that shows nothing."""


class Clock:
    """Monotonic time and sleep; replaced in tests."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)


class Pacer:
    """At least `interval` seconds between the starts of two requests to one service."""

    def __init__(self, interval: float, clock: Clock) -> None:
        self.interval = max(0.0, interval)
        self.clock = clock
        self._last: float | None = None

    def until_next(self) -> float:
        if self._last is None:
            return 0.0
        return max(0.0, self._last + self.interval - self.clock.now())

    def mark(self) -> None:
        """Record that a request starts now."""
        self._last = self.clock.now()


@dataclass
class Backoff:
    """Exponential backoff with jitter inside a bounded total wait.

    The n-th retry waits a random time in [d/2, d] with d = min(cap, base * 2**n) ("equal jitter": spreads
    clients apart without ever retrying at once). The sum of all waits for one request never exceeds `budget`.
    """

    base: float
    cap: float
    budget: float
    rng: Callable[[float, float], float] = random.uniform
    spent: float = 0.0
    attempt: int = 0

    def next_delay(self, retry_after: float | None = None) -> float | None:
        """Seconds to wait before the next try, or None when the budget does not allow another one."""
        if retry_after is not None:
            delay = max(retry_after, 0.0)
        else:
            ceiling = min(self.cap, self.base * (2**self.attempt))
            delay = self.rng(ceiling / 2, ceiling)
        if self.spent + delay > self.budget:
            return None
        self.attempt += 1
        self.spent += delay
        return delay


def parse_retry_after(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), None when absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now())

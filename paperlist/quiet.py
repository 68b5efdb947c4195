"""Libraries that log on stderr what paperlist says for itself: kept quiet while they read a digest."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def quiet_library(name: str) -> Iterator[None]:
    """Silence the logger `name` while the block runs, then restore its level.

    pypdf logs what it repairs (`EOF marker not found`), bibtexparser each entry it gives up on: Python prints such
    warnings on stderr when nothing handles them, beside paperlist's own one-line messages.
    """
    import logging  # (only for the digests that need these libraries: start-up stays light)

    log = logging.getLogger(name)
    was_level = log.level
    log.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        log.setLevel(was_level)

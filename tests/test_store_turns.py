"""Whose turn it is at the write lock: a long writer (an ingest's batch) lets a short one (a `star`) go first."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from paperlist.store.db import Turns, open_store


def test_a_batch_does_not_begin_while_a_short_writer_waits_and_does_once_it_is_in(tmp_path: Path) -> None:
    store = open_store(tmp_path / "turns.db")
    short = Turns(store.path)
    waiting, released = threading.Event(), []

    def a_star_waiting() -> None:
        with short.waiting():  # (a `star` waiting for the lock, as `Store.begin` says it does)
            waiting.set()
            time.sleep(0.5)
            released.append(time.monotonic())

    thread = threading.Thread(target=a_star_waiting)
    thread.start()
    waiting.wait(timeout=10)
    store.begin(long=True)  # the batch waits for it
    began = time.monotonic()
    thread.join(timeout=10)
    assert released
    assert began >= released[0]
    store.conn.execute("COMMIT")
    # (a batch waiting, on the other hand, is no short writer: another batch is not held back by it)
    other = Turns(store.path)
    with other.waiting(long=True):
        assert short.someone_waits()
        assert not short.short_writer_waits()
        start = time.monotonic()
        store.begin(long=True)
        assert time.monotonic() - start < 1.0
    store.conn.execute("COMMIT")
    short.close()
    other.close()
    store.close()

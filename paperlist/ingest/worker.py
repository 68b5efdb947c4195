"""What each of ingest's worker processes does: first, before it parses anything; then, its jobs.

A module of its own, importing nothing heavy: a worker started by `spawn` unpickles its initializer before anything
else, so the kernel is asked to end it with its parent (and Ctrl-C left to the parent) within a few milliseconds of
its start, not after the second a busy machine may take to import the extractor.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from paperlist.ingest.parse import JobResult
    from paperlist.ingest.sources import Source

WORKER_NICENESS = 10


def start_worker(parent: int) -> None:
    """In each worker: leave Ctrl-C to the parent, yield the CPU to it, and end when the parent is gone.

    A terminal sends Ctrl-C to the whole process group: the parent stops the pool and says it was
    interrupted; a worker must not also die printing a traceback. (It starts with Ctrl-C held back, see
    `run._ctrl_c_held`: ignored from here, one pressed meanwhile is dropped.) And a parent killed outright (kill -9,
    out of memory) cannot stop its pool: without this watch its workers would wait for work forever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with_parent()
    # The one writing process is what ingest waits for: workers use what CPU it leaves.
    if hasattr(os, "nice"):  # (POSIX only)
        os.nice(WORKER_NICENESS)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    # (where the kernel cannot be asked, or the parent was gone before it was: noticed within a fifth of a second,
    # once this process gets the CPU, which a busy machine may make it wait for)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def parse_jobs(jobs: list[tuple[Source, bytes | None]]) -> list[JobResult]:
    """In a worker process: read and parse digests (`parse.parse_jobs`).

    Handed to the pool from here, and `parse` imported at the first job, so that the writing process, which
    only hands jobs over, never imports decoding and extraction.
    """
    from paperlist.ingest.parse import parse_jobs as parse

    results = parse(jobs)
    _give_back_freed_memory()
    return results


def _die_with_parent() -> None:
    """On Linux, ask the kernel to kill this process the moment its parent dies (`PR_SET_PDEATHSIG`): at once,
    however busy the machine, where a watch must first be given the CPU."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return  # (a C library without prctl: the watch does it)


_PR_SET_PDEATHSIG = 1  # (linux/prctl.h)


def _give_back_freed_memory() -> None:
    """Hand the memory C's allocator holds free back to the system (glibc's `malloc_trim`).

    Importing the extractor compiles some thousand patterns: their scratch memory is freed but stays in the
    process, about 18 MB of a worker's 55 (and a large digest's reading leaves the like). Once per job, a
    fraction of a millisecond. Where the C library has no `malloc_trim` (not glibc), nothing is done.
    """
    if (trim := _malloc_trim()) is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # (a C library without it: musl's)
        return None
    return trim

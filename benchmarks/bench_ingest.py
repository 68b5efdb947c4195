"""Ingest end to end (decode + extract + store, --offline): MB/s and peak memory as the corpus grows.

Targets: at least 5 MB/s end to end, and peak memory under 300 MB at any corpus size (flat as it grows).

    .venv/bin/python benchmarks/bench_ingest.py [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

from common import CACHE, PAPERLIST, ROOT, header
from generate import CORPUS_VERSION, shape, write_corpus


def corpus(size: int) -> tuple[Path, int]:
    folder = CACHE / f"corpus{CORPUS_VERSION}_{size}"
    marker = folder / ".bytes"
    if not marker.exists():
        total = write_corpus(folder, size)
        marker.write_text(str(total))
    return folder, int(marker.read_text())


def ingest_once(folder: Path, db: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one `paperlist ingest --offline` run in a fresh process."""
    env = {**os.environ, "PAPERLIST_DB": str(db), "NO_COLOR": "1"}
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(PAPERLIST), "ingest", str(folder), "--offline"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"ingest of {folder} failed")
    return elapsed, usage.ru_maxrss / 1024  # Linux reports KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    header(f"Ingest --offline end to end, median of {arguments.runs} runs, fresh database each run")
    print(f"corpus: {shape(corpus(arguments.sizes[0])[0])}")
    print(f"seeds/: {shape(ROOT / 'seeds')}")
    for size in arguments.sizes:
        folder, total = corpus(size)
        times: list[float] = []
        peaks: list[float] = []
        for _ in range(arguments.runs):
            with tempfile.TemporaryDirectory() as tmp:
                seconds, peak = ingest_once(folder, Path(tmp) / "bench.db")
            times.append(seconds)
            peaks.append(peak)
        times.sort()
        seconds = times[len(times) // 2]
        megabytes = total / 1e6
        print(
            f"{size:>7,} digests {megabytes:7.1f} MB: {seconds:7.2f} s  {megabytes / seconds:6.2f} MB/s"
            f"  {size / seconds:8.0f} digests/s  peak memory {max(peaks):6.1f} MB"
        )
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "again.db"
        folder, total = corpus(arguments.sizes[0])
        ingest_once(folder, db)
        seconds, _ = ingest_once(folder, db)
    print(f"re-ingest of {arguments.sizes[0]:,} unchanged digests: {seconds:.2f} s (nothing written)")


if __name__ == "__main__":
    main()
